/*
 * Plain TCP transport for the MQTT interop tests (transport_posix.h): blocking sockets,
 * poll() for the receive timeout, SO_SNDTIMEO for sends, sendmsg() for gathered writes.
 */
#define _GNU_SOURCE

#include "transport_posix.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

int posix_connect(NetworkContext_t *pContext, const char *pHost, uint16_t port,
                  uint32_t recvTimeoutMs, uint32_t sendTimeoutMs)
{
    struct sockaddr_in address;
    struct timeval timeout;
    int one = 1;

    memset(pContext, 0, sizeof(*pContext));
    pContext->socket = -1;
    pContext->recvTimeoutMs = recvTimeoutMs;
    memset(&address, 0, sizeof(address));
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (inet_pton(AF_INET, pHost, &address.sin_addr) != 1)
    {
        return -1;
    }
    pContext->socket = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (pContext->socket < 0)
    {
        return -1;
    }
    timeout.tv_sec = (time_t)(sendTimeoutMs / 1000U);
    timeout.tv_usec = (suseconds_t)((sendTimeoutMs % 1000U) * 1000U);
    (void)setsockopt(pContext->socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
    (void)setsockopt(pContext->socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (connect(pContext->socket, (struct sockaddr *)&address, sizeof(address)) != 0)
    {
        posix_close(pContext);
        return -1;
    }
    return 0;
}

void posix_close(NetworkContext_t *pContext)
{
    if (pContext->socket >= 0)
    {
        (void)shutdown(pContext->socket, SHUT_RDWR);
        (void)close(pContext->socket);
        pContext->socket = -1;
    }
}

void posix_set_busy_poll(NetworkContext_t *pContext, uint32_t microseconds)
{
    pContext->busyPollUs = microseconds;
}

static uint64_t now_us(void)
{
    struct timespec now;
    (void)clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000U + (uint64_t)now.tv_nsec / 1000U;
}

/* One non-blocking read: the bytes received, 0 when none are waiting, -1 when the peer closed
 * the connection or it failed. */
static int32_t try_recv(const NetworkContext_t *pContext, void *pBuffer, size_t length)
{
    ssize_t received = recv(pContext->socket, pBuffer, length, MSG_DONTWAIT);
    if (received > 0)
    {
        return (int32_t)received;
    }
    if ((received < 0) && ((errno == EAGAIN) || (errno == EWOULDBLOCK) || (errno == EINTR)))
    {
        return 0;
    }
    return -1;
}

int32_t posix_recv(NetworkContext_t *pContext, void *pBuffer, size_t length)
{
    struct pollfd waiting;
    int32_t received;
    int ready;

    if (pContext->socket < 0)
    {
        return -1;
    }
    /* Data already waiting costs one call; only an empty socket is polled. */
    received = try_recv(pContext, pBuffer, length);
    if (received != 0)
    {
        return received;
    }
    if (pContext->busyPollUs != 0U)
    {
        uint64_t start = now_us();
        do
        {
            (void)sched_yield();
            received = try_recv(pContext, pBuffer, length);
            if (received != 0)
            {
                return received;
            }
        } while (now_us() - start < pContext->busyPollUs);
    }
    waiting.fd = pContext->socket;
    waiting.events = POLLIN;
    waiting.revents = 0;
    ready = poll(&waiting, 1, (int)pContext->recvTimeoutMs);
    if (ready == 0 || ((ready < 0) && (errno == EINTR)))
    {
        return 0;
    }
    if (ready < 0)
    {
        return -1;
    }
    return try_recv(pContext, pBuffer, length);
}

/* Applies the configured cut to a send starting with `first`; true when it must not go out. */
static bool cut_before(NetworkContext_t *pContext, uint8_t first)
{
    if ((pContext->cut == POSIX_CUT_BEFORE) && !pContext->cutDone && (first == pContext->cutType))
    {
        pContext->cutDone = true;
        posix_close(pContext);
        return true;
    }
    return false;
}

static void cut_after(NetworkContext_t *pContext, uint8_t first)
{
    if ((pContext->cut == POSIX_CUT_AFTER) && !pContext->cutDone && (first == pContext->cutType))
    {
        pContext->cutDone = true;
        posix_close(pContext);
    }
}

static int32_t send_result(ssize_t sent)
{
    if (sent >= 0)
    {
        return (int32_t)sent;
    }
    return ((errno == EAGAIN) || (errno == EWOULDBLOCK) || (errno == EINTR)) ? 0 : -1;
}

int32_t posix_send(NetworkContext_t *pContext, const void *pBuffer, size_t length)
{
    uint8_t first = (length != 0U) ? *(const uint8_t *)pBuffer : 0U;
    ssize_t sent;

    if ((pContext->socket < 0) || cut_before(pContext, first))
    {
        return -1;
    }
    sent = send(pContext->socket, pBuffer, length, MSG_NOSIGNAL);
    if (sent == (ssize_t)length)
    {
        cut_after(pContext, first);
    }
    return send_result(sent);
}

int32_t posix_writev(NetworkContext_t *pContext, TransportOutVector_t *pVectors, size_t count)
{
    struct iovec pieces[16];
    struct msghdr message;
    size_t total = 0U;
    size_t i;
    ssize_t sent;
    uint8_t first = 0U;

    if (pContext->socket < 0)
    {
        return -1;
    }
    if (count > 16U)
    {
        count = 16U;
    }
    for (i = 0U; i < count; i++)
    {
        pieces[i].iov_base = (void *)(uintptr_t)pVectors[i].iov_base;
        pieces[i].iov_len = pVectors[i].iov_len;
        if ((total == 0U) && (pVectors[i].iov_len != 0U))
        {
            first = *(const uint8_t *)pVectors[i].iov_base;
        }
        total += pVectors[i].iov_len;
    }
    if (cut_before(pContext, first))
    {
        return -1;
    }
    memset(&message, 0, sizeof(message));
    message.msg_iov = pieces;
    message.msg_iovlen = count;
    sent = sendmsg(pContext->socket, &message, MSG_NOSIGNAL);
    if (sent == (ssize_t)total)
    {
        cut_after(pContext, first);
    }
    return send_result(sent);
}

TransportInterface_t posix_transport(NetworkContext_t *pContext)
{
    TransportInterface_t transport;
    transport.recv = posix_recv;
    transport.send = posix_send;
    transport.writev = posix_writev;
    transport.pNetworkContext = pContext;
    return transport;
}

uint32_t posix_time_ms(void)
{
    return (uint32_t)(now_us() / 1000U);
}
