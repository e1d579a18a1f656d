/*
 * TLS for the simulator transport: mbedTLS over the connection's non-blocking socket. Its
 * I/O callbacks never wait; "would block" goes back to transport_sim.c, which waits on a
 * kernel object for the I/O thread's event and tries again. (The host TLS transport in
 * libs/mqtt/transport owns a blocking socket and cannot be reused for that.)
 */
#define _GNU_SOURCE

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <mbedtls/error.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/version.h>

#include "transport_sim_internal.h"

/* ---- mbedTLS's view of the socket ---- */

static int bio_send(void *pArgument, const unsigned char *pBuffer, size_t length)
{
    NetworkContext_t *pContext = (NetworkContext_t *)pArgument;
    for (;;)
    {
        ssize_t sent = send(pContext->socket, pBuffer, length, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent >= 0)
        {
            return (int)sent;
        }
        if (errno != EINTR)
        {
            return ((errno == EAGAIN) || (errno == EWOULDBLOCK)) ? MBEDTLS_ERR_SSL_WANT_WRITE
                                                                 : MBEDTLS_ERR_NET_SEND_FAILED;
        }
    }
}

static int bio_recv(void *pArgument, unsigned char *pBuffer, size_t length)
{
    NetworkContext_t *pContext = (NetworkContext_t *)pArgument;
    for (;;)
    {
        ssize_t received = recv(pContext->socket, pBuffer, length, MSG_DONTWAIT);
        if (received >= 0)
        {
            return (int)received; /* 0: the peer closed the connection */
        }
        if (errno != EINTR)
        {
            return ((errno == EAGAIN) || (errno == EWOULDBLOCK)) ? MBEDTLS_ERR_SSL_WANT_READ
                                                                 : MBEDTLS_ERR_NET_RECV_FAILED;
        }
    }
}

/* ---- Set-up ---- */

static SimTransportStatus_t load_credentials(NetworkContext_t *pContext,
                                             const SimTlsCredentials_t *pCredentials)
{
    if (pCredentials->disableServerVerification)
    {
        mbedtls_ssl_conf_authmode(&pContext->tlsConfig, MBEDTLS_SSL_VERIFY_NONE);
    }
    else
    {
        if (mbedtls_x509_crt_parse_file(&pContext->rootCa, pCredentials->pRootCaPath) != 0)
        {
            return SIM_TRANSPORT_INVALID_CREDENTIALS;
        }
        mbedtls_ssl_conf_ca_chain(&pContext->tlsConfig, &pContext->rootCa, NULL);
        mbedtls_ssl_conf_authmode(&pContext->tlsConfig, MBEDTLS_SSL_VERIFY_REQUIRED);
    }
    if (pCredentials->pClientCertPath != NULL)
    {
#if MBEDTLS_VERSION_NUMBER >= 0x03000000
        int keyResult =
            mbedtls_pk_parse_keyfile(&pContext->clientKey, pCredentials->pPrivateKeyPath, NULL,
                                     mbedtls_ctr_drbg_random, &pContext->random);
#else
        int keyResult =
            mbedtls_pk_parse_keyfile(&pContext->clientKey, pCredentials->pPrivateKeyPath, NULL);
#endif
        if ((mbedtls_x509_crt_parse_file(&pContext->clientCertificate,
                                         pCredentials->pClientCertPath) != 0) ||
            (keyResult != 0) ||
            (mbedtls_ssl_conf_own_cert(&pContext->tlsConfig, &pContext->clientCertificate,
                                       &pContext->clientKey) != 0))
        {
            return SIM_TRANSPORT_INVALID_CREDENTIALS;
        }
    }
    return SIM_TRANSPORT_SUCCESS;
}

SimTransportStatus_t sim_tls_setup(NetworkContext_t *pContext,
                                   const SimTlsCredentials_t *pCredentials)
{
    static const char personalisation[] = "tern-sim-transport";
    SimTransportStatus_t status = SIM_TRANSPORT_SUCCESS;

    mbedtls_ssl_init(&pContext->ssl);
    mbedtls_ssl_config_init(&pContext->tlsConfig);
    mbedtls_x509_crt_init(&pContext->rootCa);
    mbedtls_x509_crt_init(&pContext->clientCertificate);
    mbedtls_pk_init(&pContext->clientKey);
    mbedtls_entropy_init(&pContext->entropy);
    mbedtls_ctr_drbg_init(&pContext->random);
    pContext->tlsReady = true;

    if ((mbedtls_ctr_drbg_seed(&pContext->random, mbedtls_entropy_func, &pContext->entropy,
                               (const unsigned char *)personalisation,
                               sizeof(personalisation) - 1U) != 0) ||
        (mbedtls_ssl_config_defaults(&pContext->tlsConfig, MBEDTLS_SSL_IS_CLIENT,
                                     MBEDTLS_SSL_TRANSPORT_STREAM,
                                     MBEDTLS_SSL_PRESET_DEFAULT) != 0))
    {
        return SIM_TRANSPORT_INTERNAL_ERROR;
    }
    mbedtls_ssl_conf_rng(&pContext->tlsConfig, mbedtls_ctr_drbg_random, &pContext->random);
    status = load_credentials(pContext, pCredentials);
    if ((status == SIM_TRANSPORT_SUCCESS) && (pCredentials->pAlpnProtocols != NULL) &&
        (mbedtls_ssl_conf_alpn_protocols(&pContext->tlsConfig, pCredentials->pAlpnProtocols) != 0))
    {
        status = SIM_TRANSPORT_INVALID_PARAMETER;
    }
    if ((status == SIM_TRANSPORT_SUCCESS) &&
        ((mbedtls_ssl_setup(&pContext->ssl, &pContext->tlsConfig) != 0) ||
         (mbedtls_ssl_set_hostname(&pContext->ssl, (pCredentials->pServerName != NULL)
                                                       ? pCredentials->pServerName
                                                       : pContext->hostName) != 0)))
    {
        status = SIM_TRANSPORT_INTERNAL_ERROR;
    }
    if (status == SIM_TRANSPORT_SUCCESS)
    {
        mbedtls_ssl_set_bio(&pContext->ssl, pContext, bio_send, bio_recv, NULL);
    }
    return status;
}

SimTransportStatus_t sim_tls_handshake(NetworkContext_t *pContext, TimeOut_t *pTimeout,
                                       TickType_t *pRemaining)
{
    for (;;)
    {
        int result = mbedtls_ssl_handshake(&pContext->ssl);
        uint32_t want;
        if (result == 0)
        {
            return SIM_TRANSPORT_SUCCESS;
        }
        if (result == MBEDTLS_ERR_SSL_WANT_READ)
        {
            want = SIM_EVENT_RX;
        }
        else if (result == MBEDTLS_ERR_SSL_WANT_WRITE)
        {
            want = SIM_EVENT_TX;
        }
        else
        {
            return SIM_TRANSPORT_HANDSHAKE_FAILED;
        }
        if (!sim_wait(pContext, want, pTimeout, pRemaining))
        {
            return SIM_TRANSPORT_TIMEOUT;
        }
    }
}

/* ---- Moving bytes ---- */

/* Maps a "would block" result to the event to wait for; anything else is a failure. */
static int32_t would_block(int result, uint32_t *pWant)
{
    if (result == MBEDTLS_ERR_SSL_WANT_READ)
    {
        *pWant = SIM_EVENT_RX;
        return 0;
    }
    if (result == MBEDTLS_ERR_SSL_WANT_WRITE)
    {
        *pWant = SIM_EVENT_TX;
        return 0;
    }
    return -1;
}

int32_t sim_tls_recv(NetworkContext_t *pContext, void *pBuffer, size_t length, uint32_t *pWant)
{
    int result = mbedtls_ssl_read(&pContext->ssl, (unsigned char *)pBuffer, length);
    if (result > 0)
    {
        return (int32_t)result;
    }
    /* 0 and close_notify: the peer closed the connection. */
    return (result == 0) ? -1 : would_block(result, pWant);
}

int32_t sim_tls_send(NetworkContext_t *pContext, const void *pBuffer, size_t length,
                     uint32_t *pWant)
{
    int result = mbedtls_ssl_write(&pContext->ssl, (const unsigned char *)pBuffer, length);
    if (result > 0)
    {
        return (int32_t)result;
    }
    return (result == 0) ? 0 : would_block(result, pWant);
}

void sim_tls_close(NetworkContext_t *pContext)
{
    if (pContext->tlsReady)
    {
        (void)mbedtls_ssl_close_notify(&pContext->ssl);
    }
}

void sim_tls_free(NetworkContext_t *pContext)
{
    if (!pContext->tlsReady)
    {
        return;
    }
    mbedtls_ssl_free(&pContext->ssl);
    mbedtls_ssl_config_free(&pContext->tlsConfig);
    mbedtls_x509_crt_free(&pContext->rootCa);
    mbedtls_x509_crt_free(&pContext->clientCertificate);
    mbedtls_pk_free(&pContext->clientKey);
    mbedtls_ctr_drbg_free(&pContext->random);
    mbedtls_entropy_free(&pContext->entropy);
    pContext->tlsReady = false;
}
