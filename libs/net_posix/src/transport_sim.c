/*
 * Simulator transport (transport_sim.h): connections, the host I/O thread each one has, the
 * simulated interrupt that carries its events to tasks, and plain TCP over non-blocking host
 * sockets. Relies on tern_sim.h for interrupts and outstanding I/O, on the kernel for
 * semaphores and time-outs, and on transport_sim_tls.c for TLS.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include "FreeRTOS.h"
#include "semphr.h"
#include "task.h"
#include "tern_sim.h"

#include "transport_sim_internal.h"

/* Most pieces a gathered write hands to the host at once (the rest goes next call). */
#define MAX_IOVECS 16U

#define DEFAULT_CONNECT_TIMEOUT_MS 10000U

/* Open connections, for the interrupt handler. Changed by tasks in critical sections. */
static NetworkContext_t *connections;
static bool handler_installed;

TickType_t sim_ms_to_ticks(uint32_t milliseconds)
{
    uint64_t ticks = (((uint64_t)milliseconds * (uint64_t)configTICK_RATE_HZ) + 999U) / 1000U;
    return (ticks >= (uint64_t)portMAX_DELAY) ? portMAX_DELAY : (TickType_t)ticks;
}

/* ---- Host side: the I/O thread ---- */

/* Hands events to the interrupt handler. Any thread. */
static void post_events(NetworkContext_t *pContext, uint32_t events)
{
    (void)__atomic_fetch_or(&pContext->pending, events, __ATOMIC_ACQ_REL);
    sim_irq_raise(SIM_TRANSPORT_IRQ);
}

static void wake_thread(NetworkContext_t *pContext)
{
    const char byte = 1;
    /* A full pipe already wakes the thread; nothing else can go wrong here. */
    ssize_t written = write(pContext->wakePipe[1], &byte, 1U);
    (void)written;
}

static void drain_pipe(NetworkContext_t *pContext)
{
    char bytes[64];
    while (read(pContext->wakePipe[0], bytes, sizeof(bytes)) > 0)
    {
    }
}

static bool quitting(NetworkContext_t *pContext)
{
    return __atomic_load_n(&pContext->quit, __ATOMIC_ACQUIRE) != 0;
}

/* Waits (host) until fd is writable or the thread is told to quit. True when writable. */
static bool wait_connected(NetworkContext_t *pContext, int fd)
{
    for (;;)
    {
        struct pollfd fds[2];
        fds[0].fd = pContext->wakePipe[0];
        fds[0].events = POLLIN;
        fds[1].fd = fd;
        fds[1].events = POLLOUT;
        fds[0].revents = 0;
        fds[1].revents = 0;
        if ((poll(fds, 2U, -1) < 0) && (errno != EINTR))
        {
            return false;
        }
        if ((fds[0].revents & POLLIN) != 0)
        {
            drain_pipe(pContext);
            if (quitting(pContext))
            {
                return false;
            }
        }
        if ((fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0)
        {
            int error = 0;
            socklen_t length = sizeof(error);
            return (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0) && (error == 0);
        }
    }
}

/* Resolves the host and connects to the first address that answers. Returns the socket. */
static int open_socket(NetworkContext_t *pContext)
{
    struct addrinfo hints;
    struct addrinfo *pResults = NULL;
    struct addrinfo *pAddress;
    char port[8];
    int fd = -1;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    (void)snprintf(port, sizeof(port), "%u", (unsigned)pContext->port);
    if (getaddrinfo(pContext->hostName, port, &hints, &pResults) != 0)
    {
        pContext->connectError = SIM_TRANSPORT_DNS_FAILURE;
        return -1;
    }
    pContext->connectError = SIM_TRANSPORT_CONNECT_FAILURE;
    for (pAddress = pResults; (pAddress != NULL) && !quitting(pContext);
         pAddress = pAddress->ai_next)
    {
        fd = socket(pAddress->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
        {
            continue;
        }
        if (((connect(fd, pAddress->ai_addr, pAddress->ai_addrlen) == 0) ||
             (errno == EINPROGRESS)) &&
            wait_connected(pContext, fd))
        {
            int on = 1;
            /* MQTT packets are small and latency matters more than coalescing. */
            (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
            break;
        }
        (void)close(fd);
        fd = -1;
    }
    freeaddrinfo(pResults);
    return fd;
}

/* Watches the socket for what tasks armed, reporting each event once per arming. */
static void watch(NetworkContext_t *pContext)
{
    while (!quitting(pContext))
    {
        struct pollfd fds[2];
        uint32_t armed = __atomic_load_n(&pContext->armed, __ATOMIC_ACQUIRE);
        uint32_t fired = 0U;

        fds[0].fd = pContext->wakePipe[0];
        fds[0].events = POLLIN;
        fds[0].revents = 0;
        /* Unwatched, the socket is left out: a closed peer would otherwise spin the poll. */
        fds[1].fd = (armed != 0U) ? pContext->socket : -1;
        fds[1].events = (short)((((armed & SIM_EVENT_RX) != 0U) ? POLLIN : 0) |
                                (((armed & SIM_EVENT_TX) != 0U) ? POLLOUT : 0));
        fds[1].revents = 0;
        if ((poll(fds, 2U, -1) < 0) && (errno != EINTR))
        {
            break;
        }
        if ((fds[0].revents & POLLIN) != 0)
        {
            drain_pipe(pContext);
        }
        if (((armed & SIM_EVENT_RX) != 0U) &&
            ((fds[1].revents & (POLLIN | POLLERR | POLLHUP)) != 0))
        {
            fired |= SIM_EVENT_RX;
        }
        if (((armed & SIM_EVENT_TX) != 0U) &&
            ((fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0))
        {
            fired |= SIM_EVENT_TX;
        }
        if (fired != 0U)
        {
            /* Disarm before telling: a task that arms again must wake this thread anew. */
            (void)__atomic_fetch_and(&pContext->armed, ~fired, __ATOMIC_ACQ_REL);
            post_events(pContext, fired);
        }
    }
}

static void *io_thread(void *pArgument)
{
    NetworkContext_t *pContext = (NetworkContext_t *)pArgument;
    int fd = open_socket(pContext);

    if (fd >= 0)
    {
        pContext->socket = fd;
        __atomic_store_n(&pContext->threadState, SIM_THREAD_CONNECTED, __ATOMIC_RELEASE);
        post_events(pContext, SIM_EVENT_STATE);
        watch(pContext);
    }
    else
    {
        __atomic_store_n(&pContext->threadState, SIM_THREAD_FAILED, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&pContext->threadExited, 1, __ATOMIC_RELEASE);
    post_events(pContext, SIM_EVENT_STATE);
    return NULL;
}

/* ---- Kernel side: the interrupt and waiting ---- */

static void transport_isr(void)
{
    BaseType_t woken = pdFALSE;
    NetworkContext_t *pContext;

    for (pContext = connections; pContext != NULL; pContext = pContext->pNext)
    {
        uint32_t events = __atomic_exchange_n(&pContext->pending, 0U, __ATOMIC_ACQ_REL);
        if ((events & SIM_EVENT_RX) != 0U)
        {
            (void)xSemaphoreGiveFromISR(pContext->rxEvent, &woken);
            if (pContext->receiveCallback != NULL)
            {
                pContext->receiveCallback(pContext->pReceiveCallbackContext, &woken);
            }
        }
        if ((events & (SIM_EVENT_TX | SIM_EVENT_STATE)) != 0U)
        {
            (void)xSemaphoreGiveFromISR(pContext->txEvent, &woken);
        }
    }
    portYIELD_FROM_ISR(woken);
}

static void arm(NetworkContext_t *pContext, uint32_t event)
{
    uint32_t before = __atomic_fetch_or(&pContext->armed, event, __ATOMIC_ACQ_REL);
    if ((before & event) == 0U)
    {
        wake_thread(pContext);
    }
}

bool sim_wait(NetworkContext_t *pContext, uint32_t event, TimeOut_t *pTimeout,
              TickType_t *pRemaining)
{
    SemaphoreHandle_t semaphore = (event == SIM_EVENT_RX) ? pContext->rxEvent : pContext->txEvent;

    /* A wake-up left from an earlier arming would end this wait for nothing. */
    (void)xSemaphoreTake(semaphore, 0);
    arm(pContext, event);
    if (xTaskCheckForTimeOut(pTimeout, pRemaining) != pdFALSE)
    {
        return false;
    }
    (void)xSemaphoreTake(semaphore, *pRemaining);
    return true;
}

/* ---- Setting up and tearing down ---- */

static bool make_semaphores(NetworkContext_t *pContext)
{
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    pContext->rxEvent = xSemaphoreCreateBinaryStatic(&pContext->rxEventStorage);
    pContext->txEvent = xSemaphoreCreateBinaryStatic(&pContext->txEventStorage);
#else
    pContext->rxEvent = xSemaphoreCreateBinary();
    pContext->txEvent = xSemaphoreCreateBinary();
#endif
    return (pContext->rxEvent != NULL) && (pContext->txEvent != NULL);
}

/* Tells the I/O thread to end and waits until it has. */
static void stop_thread(NetworkContext_t *pContext)
{
    if (!pContext->threadStarted)
    {
        return;
    }
    __atomic_store_n(&pContext->quit, 1, __ATOMIC_RELEASE);
    wake_thread(pContext);
    if (xTaskGetSchedulerState() == taskSCHEDULER_RUNNING)
    {
        /* Block on the kernel, not in pthread_join: the thread may still be resolving. */
        while (__atomic_load_n(&pContext->threadExited, __ATOMIC_ACQUIRE) == 0)
        {
            (void)xSemaphoreTake(pContext->txEvent, sim_ms_to_ticks(10U));
        }
    }
    /* The thread has ended (or nothing else runs): this returns at once. */
    (void)pthread_join(pContext->ioThread, NULL);
    pContext->threadStarted = false;
}

/* Undoes whatever part of SimTransport_Connect happened. */
static void release(NetworkContext_t *pContext)
{
    NetworkContext_t **ppLink;

    stop_thread(pContext);
    taskENTER_CRITICAL();
    for (ppLink = &connections; *ppLink != NULL; ppLink = &(*ppLink)->pNext)
    {
        if (*ppLink == pContext)
        {
            *ppLink = pContext->pNext;
            break;
        }
    }
    taskEXIT_CRITICAL();
    if (pContext->socket >= 0)
    {
        (void)close(pContext->socket);
        pContext->socket = -1;
    }
    if (pContext->wakePipe[0] >= 0)
    {
        (void)close(pContext->wakePipe[0]);
        (void)close(pContext->wakePipe[1]);
        pContext->wakePipe[0] = -1;
        pContext->wakePipe[1] = -1;
    }
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
    sim_tls_free(pContext);
#endif
    if (pContext->rxEvent != NULL)
    {
        vSemaphoreDelete(pContext->rxEvent);
        pContext->rxEvent = NULL;
    }
    if (pContext->txEvent != NULL)
    {
        vSemaphoreDelete(pContext->txEvent);
        pContext->txEvent = NULL;
    }
    if (pContext->ioCounted)
    {
        sim_io_end();
        pContext->ioCounted = false;
    }
    pContext->open = false;
}

static SimTransportStatus_t check_config(const NetworkContext_t *pContext,
                                         const SimTransportConfig_t *pConfig)
{
    if ((pContext == NULL) || (pConfig == NULL) || (pConfig->pHostName == NULL) ||
        (pConfig->pHostName[0] == '\0') ||
        (strlen(pConfig->pHostName) > SIM_TRANSPORT_MAX_HOST_LENGTH) || (pConfig->port == 0U) ||
        (xTaskGetSchedulerState() != taskSCHEDULER_RUNNING))
    {
        return SIM_TRANSPORT_INVALID_PARAMETER;
    }
    if (pConfig->pTls != NULL)
    {
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
        if ((!pConfig->pTls->disableServerVerification && (pConfig->pTls->pRootCaPath == NULL)) ||
            ((pConfig->pTls->pClientCertPath != NULL) && (pConfig->pTls->pPrivateKeyPath == NULL)))
        {
            return SIM_TRANSPORT_INVALID_PARAMETER;
        }
#else
        return SIM_TRANSPORT_NO_TLS;
#endif
    }
    return SIM_TRANSPORT_SUCCESS;
}

/* Waits for the I/O thread's verdict on the TCP connection. */
static SimTransportStatus_t await_connection(NetworkContext_t *pContext, TimeOut_t *pTimeout,
                                             TickType_t *pRemaining)
{
    for (;;)
    {
        int state = __atomic_load_n(&pContext->threadState, __ATOMIC_ACQUIRE);
        if (state == SIM_THREAD_CONNECTED)
        {
            return SIM_TRANSPORT_SUCCESS;
        }
        if (state == SIM_THREAD_FAILED)
        {
            return pContext->connectError;
        }
        if (xTaskCheckForTimeOut(pTimeout, pRemaining) != pdFALSE)
        {
            return SIM_TRANSPORT_TIMEOUT;
        }
        (void)xSemaphoreTake(pContext->txEvent, *pRemaining);
    }
}

SimTransportStatus_t SimTransport_Connect(NetworkContext_t *pNetworkContext,
                                          const SimTransportConfig_t *pConfig)
{
    SimTransportStatus_t status = check_config(pNetworkContext, pConfig);
    TimeOut_t timeout;
    TickType_t remaining;

    if (status != SIM_TRANSPORT_SUCCESS)
    {
        return status;
    }
    memset(pNetworkContext, 0, sizeof(*pNetworkContext));
    pNetworkContext->socket = -1;
    pNetworkContext->wakePipe[0] = -1;
    pNetworkContext->wakePipe[1] = -1;
    /* check_config made sure it fits, terminator included. */
    memcpy(pNetworkContext->hostName, pConfig->pHostName, strlen(pConfig->pHostName) + 1U);
    pNetworkContext->port = pConfig->port;
    pNetworkContext->recvTimeoutMs = pConfig->recvTimeoutMs;
    pNetworkContext->sendTimeoutMs = pConfig->sendTimeoutMs;
    pNetworkContext->useTls = pConfig->pTls != NULL;
    remaining = sim_ms_to_ticks((pConfig->connectTimeoutMs != 0U) ? pConfig->connectTimeoutMs
                                                                  : DEFAULT_CONNECT_TIMEOUT_MS);
    vTaskSetTimeOutState(&timeout);

#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
    if (pNetworkContext->useTls)
    {
        status = sim_tls_setup(pNetworkContext, pConfig->pTls);
    }
#endif
    if ((status == SIM_TRANSPORT_SUCCESS) &&
        (!make_semaphores(pNetworkContext) ||
         (pipe2(pNetworkContext->wakePipe, O_NONBLOCK | O_CLOEXEC) != 0)))
    {
        status = SIM_TRANSPORT_INTERNAL_ERROR;
    }
    if (status == SIM_TRANSPORT_SUCCESS)
    {
        taskENTER_CRITICAL();
        if (!handler_installed)
        {
            handler_installed = sim_irq_set_handler(SIM_TRANSPORT_IRQ, transport_isr) == pdPASS;
        }
        pNetworkContext->pNext = connections;
        connections = pNetworkContext;
        taskEXIT_CRITICAL();
        /* From here on an answer may be on its way: virtual time must not skip it. */
        sim_io_begin();
        pNetworkContext->ioCounted = true;
        if (!handler_installed ||
            (pthread_create(&pNetworkContext->ioThread, NULL, io_thread, pNetworkContext) != 0))
        {
            status = SIM_TRANSPORT_INTERNAL_ERROR;
        }
        else
        {
            pNetworkContext->threadStarted = true;
        }
    }
    if (status == SIM_TRANSPORT_SUCCESS)
    {
        status = await_connection(pNetworkContext, &timeout, &remaining);
    }
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
    if ((status == SIM_TRANSPORT_SUCCESS) && pNetworkContext->useTls)
    {
        status = sim_tls_handshake(pNetworkContext, &timeout, &remaining);
    }
#endif
    if (status != SIM_TRANSPORT_SUCCESS)
    {
        release(pNetworkContext);
        return status;
    }
    pNetworkContext->open = true;
    /* Watch for data from the start, so that a receive callback hears of the first bytes. */
    arm(pNetworkContext, SIM_EVENT_RX);
    return SIM_TRANSPORT_SUCCESS;
}

void SimTransport_Disconnect(NetworkContext_t *pNetworkContext)
{
    if ((pNetworkContext == NULL) || !pNetworkContext->open)
    {
        return;
    }
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
    if (pNetworkContext->useTls)
    {
        sim_tls_close(pNetworkContext);
    }
#endif
    release(pNetworkContext);
}

void SimTransport_SetReceiveCallback(NetworkContext_t *pNetworkContext,
                                     SimTransportReceiveCallback_t callback, void *pCallbackContext)
{
    if (pNetworkContext == NULL)
    {
        return;
    }
    taskENTER_CRITICAL();
    pNetworkContext->receiveCallback = callback;
    pNetworkContext->pReceiveCallbackContext = pCallbackContext;
    taskEXIT_CRITICAL();
}

/* ---- Moving bytes ---- */

/* One non-blocking attempt on the plain socket; 0 when it would block. */
static int32_t plain_recv(NetworkContext_t *pContext, void *pBuffer, size_t length)
{
    for (;;)
    {
        ssize_t received = recv(pContext->socket, pBuffer, length, MSG_DONTWAIT);
        if (received > 0)
        {
            return (int32_t)received;
        }
        if (received == 0)
        {
            return -1; /* the peer closed the connection */
        }
        if (errno == EINTR)
        {
            continue;
        }
        return ((errno == EAGAIN) || (errno == EWOULDBLOCK)) ? 0 : -1;
    }
}

static int32_t plain_send(NetworkContext_t *pContext, const struct iovec *pVectors, size_t count)
{
    struct msghdr message;

    memset(&message, 0, sizeof(message));
    message.msg_iov = (struct iovec *)(uintptr_t)pVectors;
    message.msg_iovlen = count;
    for (;;)
    {
        ssize_t sent = sendmsg(pContext->socket, &message, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent >= 0)
        {
            return (sent > INT32_MAX) ? INT32_MAX : (int32_t)sent;
        }
        if (errno == EINTR)
        {
            continue;
        }
        return ((errno == EAGAIN) || (errno == EWOULDBLOCK)) ? 0 : -1;
    }
}

static size_t clamp(size_t length)
{
    return (length > (size_t)INT32_MAX) ? (size_t)INT32_MAX : length;
}

int32_t SimTransport_Recv(NetworkContext_t *pNetworkContext, void *pBuffer, size_t bytesToRecv)
{
    TimeOut_t timeout;
    TickType_t remaining;

    if ((pNetworkContext == NULL) || (pBuffer == NULL) || !pNetworkContext->open)
    {
        return -1;
    }
    if (bytesToRecv == 0U)
    {
        return 0;
    }
    bytesToRecv = clamp(bytesToRecv);
    remaining = sim_ms_to_ticks(pNetworkContext->recvTimeoutMs);
    vTaskSetTimeOutState(&timeout);
    for (;;)
    {
        uint32_t want = SIM_EVENT_RX;
        int32_t received;
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
        if (pNetworkContext->useTls)
        {
            received = sim_tls_recv(pNetworkContext, pBuffer, bytesToRecv, &want);
        }
        else
#endif
        {
            received = plain_recv(pNetworkContext, pBuffer, bytesToRecv);
        }
        if (received != 0)
        {
            return received;
        }
        if (!sim_wait(pNetworkContext, want, &timeout, &remaining))
        {
            return 0;
        }
    }
}

/* Sends the pieces (TLS: the first buffer only, see the TLS writev), waiting for room. */
static int32_t send_vectors(NetworkContext_t *pContext, const struct iovec *pVectors, size_t count)
{
    TimeOut_t timeout;
    TickType_t remaining = sim_ms_to_ticks(pContext->sendTimeoutMs);

    vTaskSetTimeOutState(&timeout);
    for (;;)
    {
        uint32_t want = SIM_EVENT_TX;
        int32_t sent;
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
        if (pContext->useTls)
        {
            sent = sim_tls_send(pContext, pVectors[0].iov_base, pVectors[0].iov_len, &want);
        }
        else
#endif
        {
            sent = plain_send(pContext, pVectors, count);
        }
        if (sent != 0)
        {
            return sent;
        }
        if (!sim_wait(pContext, want, &timeout, &remaining))
        {
            return 0;
        }
    }
}

int32_t SimTransport_Send(NetworkContext_t *pNetworkContext, const void *pBuffer,
                          size_t bytesToSend)
{
    struct iovec vector;

    if ((pNetworkContext == NULL) || (pBuffer == NULL) || !pNetworkContext->open)
    {
        return -1;
    }
    if (bytesToSend == 0U)
    {
        return 0;
    }
    vector.iov_base = (void *)(uintptr_t)pBuffer;
    vector.iov_len = clamp(bytesToSend);
    return send_vectors(pNetworkContext, &vector, 1U);
}

/* TLS: pieces are gathered into one record when they fit this buffer. */
#define GATHER_BYTES 2048U

int32_t SimTransport_Writev(NetworkContext_t *pNetworkContext, TransportOutVector_t *pIoVec,
                            size_t ioVecCount)
{
    struct iovec vectors[MAX_IOVECS];
    size_t count = 0U;
    size_t total = 0U;
    size_t i;

    if ((pNetworkContext == NULL) || ((pIoVec == NULL) && (ioVecCount != 0U)) ||
        !pNetworkContext->open)
    {
        return -1;
    }
    for (i = 0U; (i < ioVecCount) && (count < MAX_IOVECS); i++)
    {
        if (pIoVec[i].iov_len == 0U)
        {
            continue;
        }
        if (pIoVec[i].iov_base == NULL)
        {
            return -1;
        }
        if (total + pIoVec[i].iov_len > (size_t)INT32_MAX)
        {
            break;
        }
        vectors[count].iov_base = (void *)(uintptr_t)pIoVec[i].iov_base;
        vectors[count].iov_len = pIoVec[i].iov_len;
        total += pIoVec[i].iov_len;
        count++;
    }
    if (count == 0U)
    {
        return 0;
    }
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
    if (pNetworkContext->useTls && (count > 1U) && (vectors[0].iov_len < GATHER_BYTES))
    {
        /* One record instead of one per piece. A retry after 0 bytes accepted gathers the
           same bytes again, as mbedTLS requires. */
        unsigned char gather[GATHER_BYTES];
        size_t used = 0U;
        for (i = 0U; (i < count) && (used + vectors[i].iov_len <= sizeof(gather)); i++)
        {
            memcpy(&gather[used], vectors[i].iov_base, vectors[i].iov_len);
            used += vectors[i].iov_len;
        }
        vectors[0].iov_base = gather;
        vectors[0].iov_len = used;
        return send_vectors(pNetworkContext, vectors, 1U);
    }
#endif
    return send_vectors(pNetworkContext, vectors, count);
}

TransportInterface_t SimTransport_Interface(NetworkContext_t *pNetworkContext)
{
    TransportInterface_t transport;
    transport.recv = SimTransport_Recv;
    transport.send = SimTransport_Send;
    transport.writev = SimTransport_Writev;
    transport.pNetworkContext = pNetworkContext;
    return transport;
}

const char *SimTransport_strerror(SimTransportStatus_t status)
{
    static const char *const names[] = {
        "SIM_TRANSPORT_SUCCESS",       "SIM_TRANSPORT_INVALID_PARAMETER",
        "SIM_TRANSPORT_NO_TLS",        "SIM_TRANSPORT_INVALID_CREDENTIALS",
        "SIM_TRANSPORT_DNS_FAILURE",   "SIM_TRANSPORT_CONNECT_FAILURE",
        "SIM_TRANSPORT_TIMEOUT",       "SIM_TRANSPORT_HANDSHAKE_FAILED",
        "SIM_TRANSPORT_INTERNAL_ERROR"};
    if ((unsigned)status >= sizeof(names) / sizeof(names[0]))
    {
        return "unknown status";
    }
    return names[status];
}
