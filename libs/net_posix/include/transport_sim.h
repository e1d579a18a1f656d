/*
 * Network transport for applications on the Linux simulator: TCP over host sockets, with TLS
 * (mbedTLS) on top when asked, behind the transport_interface.h functions that the MQTT
 * client and the other protocol libraries use.
 *
 * Tasks never wait inside a host system call. Each connection has a host I/O thread that
 * waits for the socket (connect, readable, writable) and raises a simulated interrupt; the
 * interrupt gives a semaphore that the waiting task blocks on. The socket itself is only
 * touched with non-blocking calls. While a connection is open the simulator counts it as
 * outstanding outside I/O (sim_io_begin), so virtual time follows the real clock when every
 * task is idle and never jumps past an answer that is on its way. See docs/mqtt.md,
 * "Transports".
 */
#ifndef TRANSPORT_SIM_H
#define TRANSPORT_SIM_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "FreeRTOS.h"
#include "semphr.h"

#include "transport_interface.h"

#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#endif

#ifdef __cplusplus
extern "C"
{
#endif

/* The simulated interrupt line the transport uses for every connection (1 .. 31). */
#ifndef SIM_TRANSPORT_IRQ
#define SIM_TRANSPORT_IRQ 31U
#endif

/* Longest host name SimTransport_Connect accepts. */
#define SIM_TRANSPORT_MAX_HOST_LENGTH 255U

    /*
     * Called from the transport's interrupt handler whenever data arrives for a connection (or
     * it is closed) after a receive found nothing. ISR rules apply: only the ...FromISR API;
     * set *pxHigherPriorityTaskWoken to pdTRUE when a task was woken. Agent_WakeFromISR
     * (freertos_agent_message.h) fits behind it to wake an MQTT agent.
     */
    typedef void (*SimTransportReceiveCallback_t)(void *pCallbackContext,
                                                  BaseType_t *pxHigherPriorityTaskWoken);

    /* What a TLS connection trusts and presents. Paths name PEM (or DER) files. */
    typedef struct SimTlsCredentials
    {
        const char *pRootCaPath;        /* CA(s) the server's chain must lead to; required unless
                                           disableServerVerification */
        const char *pClientCertPath;    /* client certificate, or NULL */
        const char *pPrivateKeyPath;    /* its private key (required with a certificate) */
        const char *pServerName;        /* name the certificate must carry (and SNI); NULL: the
                                           host name */
        const char **pAlpnProtocols;    /* NULL-terminated ALPN list, or NULL */
        bool disableServerVerification; /* accept any server: for tests only */
    } SimTlsCredentials_t;

    /* How to connect. Zero-initialise, then fill in. */
    typedef struct SimTransportConfig
    {
        const char *pHostName;           /* numeric address or a name the host resolves */
        uint16_t port;                   /* TCP port */
        uint32_t connectTimeoutMs;       /* TCP connect and TLS handshake together; 0: 10000 */
        uint32_t recvTimeoutMs;          /* how long a receive waits for data before returning 0 */
        uint32_t sendTimeoutMs;          /* how long a send waits for room before returning 0 */
        const SimTlsCredentials_t *pTls; /* NULL: plain TCP; else TLS with these */
    } SimTransportConfig_t;

    typedef enum SimTransportStatus
    {
        SIM_TRANSPORT_SUCCESS = 0,
        SIM_TRANSPORT_INVALID_PARAMETER,   /* NULL or invalid argument, scheduler not running,
                                              TLS without a CA and without opting out */
        SIM_TRANSPORT_NO_TLS,              /* TLS asked for, but built without mbedTLS */
        SIM_TRANSPORT_INVALID_CREDENTIALS, /* a certificate or key could not be loaded */
        SIM_TRANSPORT_DNS_FAILURE,         /* the host name did not resolve */
        SIM_TRANSPORT_CONNECT_FAILURE,     /* no TCP connection (refused, unreachable) */
        SIM_TRANSPORT_TIMEOUT,             /* not connected within connectTimeoutMs */
        SIM_TRANSPORT_HANDSHAKE_FAILED,    /* TLS handshake failed, including verification */
        SIM_TRANSPORT_INTERNAL_ERROR       /* a host or kernel resource could not be had */
    } SimTransportStatus_t;

    /*
     * One connection. The application provides the storage (nothing is allocated on its
     * behalf except the host I/O thread, and the kernel semaphores when static allocation is
     * off); the fields are the transport's own.
     */
    struct NetworkContext
    {
        struct NetworkContext *pNext; /* open connections, walked by the interrupt handler */
        int socket;                   /* -1 until connected */
        int wakePipe[2];              /* tasks wake the I/O thread through it */
        pthread_t ioThread;
        bool threadStarted;
        bool ioCounted;   /* sim_io_begin was called for this connection */
        bool open;        /* between a successful set-up and Disconnect */
        uint32_t armed;   /* events the I/O thread watches for (atomic) */
        uint32_t pending; /* events for the interrupt handler (atomic) */
        int threadState;  /* connecting, connected or failed (atomic) */
        int threadExited; /* the I/O thread has ended (atomic) */
        int quit;         /* the I/O thread is to end (atomic) */
        SimTransportStatus_t connectError;
        SemaphoreHandle_t rxEvent; /* given when the socket became readable */
        SemaphoreHandle_t txEvent; /* writable, connected, or the I/O thread ended */
#if (configSUPPORT_STATIC_ALLOCATION == 1)
        StaticSemaphore_t rxEventStorage;
        StaticSemaphore_t txEventStorage;
#endif
        SimTransportReceiveCallback_t receiveCallback;
        void *pReceiveCallbackContext;
        uint32_t recvTimeoutMs;
        uint32_t sendTimeoutMs;
        char hostName[SIM_TRANSPORT_MAX_HOST_LENGTH + 1U];
        uint16_t port;
        bool useTls;
#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
        bool tlsReady;
        mbedtls_ssl_context ssl;
        mbedtls_ssl_config tlsConfig;
        mbedtls_entropy_context entropy;
        mbedtls_ctr_drbg_context random;
        mbedtls_x509_crt rootCa;
        mbedtls_x509_crt clientCertificate;
        mbedtls_pk_context clientKey;
#endif
    };

    /*
     * Opens a connection: resolves and connects on the I/O thread, then (with pTls) performs
     * the TLS handshake in the calling task, verifying the server against pRootCaPath and the
     * server name unless disableServerVerification. The calling task blocks on a kernel
     * object meanwhile (other tasks run). On failure everything is released again.
     * Task context with the scheduler running; not from an ISR.
     */
    SimTransportStatus_t SimTransport_Connect(NetworkContext_t *pNetworkContext,
                                              const SimTransportConfig_t *pConfig);

    /*
     * Closes the connection (a TLS close_notify first, best effort), ends the I/O thread and
     * releases everything. Safe on a context that is not open, and twice. Callable from a
     * task, or from main() after the scheduler ended. Blocks (on kernel objects) until the
     * I/O thread has ended.
     */
    void SimTransport_Disconnect(NetworkContext_t *pNetworkContext);

    /*
     * Calls callback (from the transport's interrupt) when data arrives after a receive found
     * none. NULL removes it. Set it after SimTransport_Connect (which starts without one).
     * Any task.
     */
    void SimTransport_SetReceiveCallback(NetworkContext_t *pNetworkContext,
                                         SimTransportReceiveCallback_t callback,
                                         void *pCallbackContext);

    /*
     * transport_interface.h functions. Receive returns the bytes received, 0 when none arrived
     * within recvTimeoutMs, -1 when the connection is closed or failed. Send and writev return
     * the bytes accepted, 0 when no room appeared within sendTimeoutMs, -1 on failure. Each
     * blocks only on kernel objects. One task at a time per direction.
     */
    int32_t SimTransport_Recv(NetworkContext_t *pNetworkContext, void *pBuffer, size_t bytesToRecv);
    int32_t SimTransport_Send(NetworkContext_t *pNetworkContext, const void *pBuffer,
                              size_t bytesToSend);
    int32_t SimTransport_Writev(NetworkContext_t *pNetworkContext, TransportOutVector_t *pIoVec,
                                size_t ioVecCount);

    /* The three functions over pNetworkContext, ready for MQTT_Init / MQTTAgent_Init. */
    TransportInterface_t SimTransport_Interface(NetworkContext_t *pNetworkContext);

    /* Name of a status ("SIM_TRANSPORT_SUCCESS", ...), or "unknown status". */
    const char *SimTransport_strerror(SimTransportStatus_t status);

#ifdef __cplusplus
}
#endif

#endif /* TRANSPORT_SIM_H */
