/*
 * TLS transport over mbedTLS for POSIX hosts (see transport_mbedtls_posix.h). Sockets come
 * from mbedTLS's net layer; receive waits are mbedTLS read timeouts, send waits a socket
 * option. A gathered write is copied into one TLS record when small enough.
 */
#define _POSIX_C_SOURCE 200809L

#include "transport_mbedtls_posix.h"

#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <mbedtls/error.h>

/* Largest gathered write copied into one record; larger pieces go out separately. */
#define GATHER_BUFFER_SIZE (1024U)
/* The handshake may take longer than a receive poll. */
#define HANDSHAKE_TIMEOUT_MS (10000U)

static void release(TlsTransportParams_t *pParams)
{
    mbedtls_net_free(&pParams->socket);
    mbedtls_ssl_free(&pParams->ssl);
    mbedtls_ssl_config_free(&pParams->config);
    mbedtls_x509_crt_free(&pParams->rootCa);
    mbedtls_x509_crt_free(&pParams->clientCertificate);
    mbedtls_pk_free(&pParams->clientKey);
    mbedtls_ctr_drbg_free(&pParams->random);
    mbedtls_entropy_free(&pParams->entropy);
}

/* Loads the CA and client credentials into the configuration. */
static TlsTransportStatus_t load_credentials(TlsTransportParams_t *pParams,
                                             const TlsCredentials_t *pCredentials)
{
    if (pCredentials->disableServerVerification)
    {
        mbedtls_ssl_conf_authmode(&pParams->config, MBEDTLS_SSL_VERIFY_NONE);
    }
    else
    {
        if (mbedtls_x509_crt_parse_file(&pParams->rootCa, pCredentials->pRootCaPath) != 0)
        {
            return TLS_TRANSPORT_INVALID_CREDENTIALS;
        }
        mbedtls_ssl_conf_ca_chain(&pParams->config, &pParams->rootCa, NULL);
        mbedtls_ssl_conf_authmode(&pParams->config, MBEDTLS_SSL_VERIFY_REQUIRED);
    }
    if (pCredentials->pClientCertPath != NULL)
    {
        if ((pCredentials->pPrivateKeyPath == NULL) ||
            (mbedtls_x509_crt_parse_file(&pParams->clientCertificate,
                                         pCredentials->pClientCertPath) != 0) ||
            (mbedtls_pk_parse_keyfile(&pParams->clientKey, pCredentials->pPrivateKeyPath, NULL) !=
             0) ||
            (mbedtls_ssl_conf_own_cert(&pParams->config, &pParams->clientCertificate,
                                       &pParams->clientKey) != 0))
        {
            return TLS_TRANSPORT_INVALID_CREDENTIALS;
        }
    }
    return TLS_TRANSPORT_SUCCESS;
}

TlsTransportStatus_t TLS_Posix_Connect(NetworkContext_t *pNetworkContext, const char *pHostName,
                                       uint16_t port, const TlsCredentials_t *pCredentials,
                                       uint32_t sendTimeoutMs, uint32_t recvTimeoutMs)
{
    static const char personalisation[] = "tern-mqtt-tls";
    TlsTransportParams_t *pParams;
    TlsTransportStatus_t status = TLS_TRANSPORT_SUCCESS;

    if ((pNetworkContext == NULL) || (pNetworkContext->pParams == NULL) || (pHostName == NULL) ||
        (pCredentials == NULL) ||
        (!pCredentials->disableServerVerification && (pCredentials->pRootCaPath == NULL)))
    {
        return TLS_TRANSPORT_INVALID_PARAMETER;
    }
    pParams = pNetworkContext->pParams;
    memset(pParams, 0, sizeof(*pParams));
    mbedtls_net_init(&pParams->socket);
    mbedtls_ssl_init(&pParams->ssl);
    mbedtls_ssl_config_init(&pParams->config);
    mbedtls_x509_crt_init(&pParams->rootCa);
    mbedtls_x509_crt_init(&pParams->clientCertificate);
    mbedtls_pk_init(&pParams->clientKey);
    mbedtls_entropy_init(&pParams->entropy);
    mbedtls_ctr_drbg_init(&pParams->random);
    pParams->recvTimeoutMs = (recvTimeoutMs == 0U) ? 1U : recvTimeoutMs;

    if ((mbedtls_ctr_drbg_seed(&pParams->random, mbedtls_entropy_func, &pParams->entropy,
                               (const unsigned char *)personalisation,
                               sizeof(personalisation) - 1U) != 0) ||
        (mbedtls_ssl_config_defaults(&pParams->config, MBEDTLS_SSL_IS_CLIENT,
                                     MBEDTLS_SSL_TRANSPORT_STREAM,
                                     MBEDTLS_SSL_PRESET_DEFAULT) != 0))
    {
        status = TLS_TRANSPORT_INTERNAL_ERROR;
    }
    if (status == TLS_TRANSPORT_SUCCESS)
    {
        mbedtls_ssl_conf_rng(&pParams->config, mbedtls_ctr_drbg_random, &pParams->random);
        mbedtls_ssl_conf_read_timeout(&pParams->config, HANDSHAKE_TIMEOUT_MS);
        status = load_credentials(pParams, pCredentials);
    }
    if ((status == TLS_TRANSPORT_SUCCESS) && (pCredentials->pAlpnProtocols != NULL) &&
        (mbedtls_ssl_conf_alpn_protocols(&pParams->config, pCredentials->pAlpnProtocols) != 0))
    {
        status = TLS_TRANSPORT_INVALID_PARAMETER;
    }
    if ((status == TLS_TRANSPORT_SUCCESS) &&
        ((mbedtls_ssl_setup(&pParams->ssl, &pParams->config) != 0) ||
         (mbedtls_ssl_set_hostname(&pParams->ssl, (pCredentials->pServerName != NULL)
                                                      ? pCredentials->pServerName
                                                      : pHostName) != 0)))
    {
        status = TLS_TRANSPORT_INTERNAL_ERROR;
    }
    if (status == TLS_TRANSPORT_SUCCESS)
    {
        char portText[8];
        (void)snprintf(portText, sizeof(portText), "%u", (unsigned)port);
        if (mbedtls_net_connect(&pParams->socket, pHostName, portText, MBEDTLS_NET_PROTO_TCP) != 0)
        {
            status = TLS_TRANSPORT_CONNECT_FAILURE;
        }
    }
    if (status == TLS_TRANSPORT_SUCCESS)
    {
        struct timeval timeout;
        int result;
        timeout.tv_sec = (time_t)(sendTimeoutMs / 1000U);
        timeout.tv_usec = (suseconds_t)((sendTimeoutMs % 1000U) * 1000U);
        (void)setsockopt(pParams->socket.fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
        mbedtls_ssl_set_bio(&pParams->ssl, &pParams->socket, mbedtls_net_send, NULL,
                            mbedtls_net_recv_timeout);
        do
        {
            result = mbedtls_ssl_handshake(&pParams->ssl);
        } while ((result == MBEDTLS_ERR_SSL_WANT_READ) || (result == MBEDTLS_ERR_SSL_WANT_WRITE));
        if (result != 0)
        {
            status = TLS_TRANSPORT_HANDSHAKE_FAILED;
        }
    }
    if (status == TLS_TRANSPORT_SUCCESS)
    {
        /* From now on a read waits only as long as a receive poll. */
        mbedtls_ssl_conf_read_timeout(&pParams->config, pParams->recvTimeoutMs);
    }
    else
    {
        release(pParams);
    }
    return status;
}

void TLS_Posix_Disconnect(NetworkContext_t *pNetworkContext)
{
    if ((pNetworkContext != NULL) && (pNetworkContext->pParams != NULL))
    {
        (void)mbedtls_ssl_close_notify(&pNetworkContext->pParams->ssl);
        release(pNetworkContext->pParams);
    }
}

int32_t TLS_Posix_recv(NetworkContext_t *pNetworkContext, void *pBuffer, size_t bytesToRecv)
{
    int result =
        mbedtls_ssl_read(&pNetworkContext->pParams->ssl, (unsigned char *)pBuffer, bytesToRecv);
    if (result > 0)
    {
        return (int32_t)result;
    }
    if ((result == MBEDTLS_ERR_SSL_WANT_READ) || (result == MBEDTLS_ERR_SSL_WANT_WRITE) ||
        (result == MBEDTLS_ERR_SSL_TIMEOUT))
    {
        return 0; /* nothing within the receive timeout */
    }
    return -1; /* closed (0 or close_notify) or failed */
}

int32_t TLS_Posix_send(NetworkContext_t *pNetworkContext, const void *pBuffer, size_t bytesToSend)
{
    int result = mbedtls_ssl_write(&pNetworkContext->pParams->ssl, (const unsigned char *)pBuffer,
                                   bytesToSend);
    if (result >= 0)
    {
        return (int32_t)result;
    }
    if ((result == MBEDTLS_ERR_SSL_WANT_READ) || (result == MBEDTLS_ERR_SSL_WANT_WRITE))
    {
        return 0;
    }
    return -1;
}

int32_t TLS_Posix_writev(NetworkContext_t *pNetworkContext, TransportOutVector_t *pIoVec,
                         size_t ioVecCount)
{
    unsigned char gather[GATHER_BUFFER_SIZE];
    size_t length = 0U;
    size_t i;

    /* A first piece too large to copy goes out on its own. */
    if ((ioVecCount != 0U) && (pIoVec[0].iov_len > sizeof(gather)))
    {
        return TLS_Posix_send(pNetworkContext, pIoVec[0].iov_base, pIoVec[0].iov_len);
    }
    for (i = 0U; (i < ioVecCount) && (length + pIoVec[i].iov_len <= sizeof(gather)); i++)
    {
        if (pIoVec[i].iov_len != 0U)
        {
            memcpy(&gather[length], pIoVec[i].iov_base, pIoVec[i].iov_len);
            length += pIoVec[i].iov_len;
        }
    }
    return TLS_Posix_send(pNetworkContext, gather, length);
}
