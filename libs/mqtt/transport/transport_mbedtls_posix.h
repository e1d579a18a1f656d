/*
 * TLS transport for host builds (Linux simulator, tests, tools): TCP through mbedTLS's socket
 * layer, TLS through mbedTLS (Debian libmbedtls-dev). Verifies the server certificate against
 * a CA file and the host name unless explicitly told not to; presents a client certificate
 * when one is given. Implements the transport_interface.h functions.
 */
#ifndef TRANSPORT_MBEDTLS_POSIX_H
#define TRANSPORT_MBEDTLS_POSIX_H

#include <stdbool.h>
#include <stdint.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "transport_interface.h"

#ifdef __cplusplus
extern "C"
{
#endif

    /* Everything one TLS connection needs; the application provides the storage. */
    typedef struct TlsTransportParams
    {
        mbedtls_net_context socket;
        mbedtls_ssl_context ssl;
        mbedtls_ssl_config config;
        mbedtls_entropy_context entropy;
        mbedtls_ctr_drbg_context random;
        mbedtls_x509_crt rootCa;
        mbedtls_x509_crt clientCertificate;
        mbedtls_pk_context clientKey;
        uint32_t recvTimeoutMs;
    } TlsTransportParams_t;

    /* The network context of this transport: a pointer to its parameters. */
    struct NetworkContext
    {
        TlsTransportParams_t *pParams;
    };

    /* What the connection trusts and presents. Paths name PEM (or DER) files. */
    typedef struct TlsCredentials
    {
        const char *pRootCaPath;        /* CA certificate(s) the server's chain must lead to */
        const char *pClientCertPath;    /* client certificate, or NULL */
        const char *pPrivateKeyPath;    /* its private key, or NULL */
        const char *pServerName;        /* name the certificate must carry (and SNI); NULL: host */
        const char **pAlpnProtocols;    /* NULL-terminated ALPN list, or NULL */
        bool disableServerVerification; /* true only for tests against self-made servers */
    } TlsCredentials_t;

    typedef enum TlsTransportStatus
    {
        TLS_TRANSPORT_SUCCESS = 0,
        TLS_TRANSPORT_INVALID_PARAMETER,   /* NULL argument, missing CA without opting out */
        TLS_TRANSPORT_INVALID_CREDENTIALS, /* a certificate or key file could not be loaded */
        TLS_TRANSPORT_CONNECT_FAILURE,     /* no TCP connection to host:port */
        TLS_TRANSPORT_HANDSHAKE_FAILED,    /* TLS handshake failed, including verification */
        TLS_TRANSPORT_INTERNAL_ERROR       /* mbedTLS set-up failed */
    } TlsTransportStatus_t;

    /*
     * Opens a TCP connection to pHostName:port and performs the TLS handshake. recvTimeoutMs is
     * how long TLS_Posix_recv waits for data before returning 0 (keep it short, e.g. 10-100 ms);
     * sendTimeoutMs bounds a blocked send. On failure everything is released again.
     * Blocks; not for ISRs.
     */
    TlsTransportStatus_t TLS_Posix_Connect(NetworkContext_t *pNetworkContext, const char *pHostName,
                                           uint16_t port, const TlsCredentials_t *pCredentials,
                                           uint32_t sendTimeoutMs, uint32_t recvTimeoutMs);

    /* Sends close_notify (best effort), closes the socket and frees the TLS state. */
    void TLS_Posix_Disconnect(NetworkContext_t *pNetworkContext);

    /* transport_interface.h functions. */
    int32_t TLS_Posix_recv(NetworkContext_t *pNetworkContext, void *pBuffer, size_t bytesToRecv);
    int32_t TLS_Posix_send(NetworkContext_t *pNetworkContext, const void *pBuffer,
                           size_t bytesToSend);
    int32_t TLS_Posix_writev(NetworkContext_t *pNetworkContext, TransportOutVector_t *pIoVec,
                             size_t ioVecCount);

#ifdef __cplusplus
}
#endif

#endif /* TRANSPORT_MBEDTLS_POSIX_H */
