/*
 * Transport interface: the three functions through which the MQTT client (and the other
 * protocol libraries) move bytes. The library owns no socket; the application supplies these
 * over plain TCP, TLS, a kernel stack, or an in-memory script in tests.
 */
#ifndef TRANSPORT_INTERFACE_H_
#define TRANSPORT_INTERFACE_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C"
{
#endif

    /*
     * Defined by the transport implementation (a socket, a TLS session, ...). The library only
     * passes the pointer back to the transport functions.
     */
    struct NetworkContext;
    typedef struct NetworkContext NetworkContext_t;

    /*
     * Receives at most bytesToRecv bytes into pBuffer.
     * Returns the number of bytes received (> 0), 0 when no data arrived within the transport's
     * own (short) wait, or a negative value when the connection failed or was closed.
     * May block up to the transport's receive timeout; keep that short (tens of milliseconds),
     * because the library calls it from its loops.
     */
    typedef int32_t (*TransportRecv_t)(NetworkContext_t *pNetworkContext, void *pBuffer,
                                       size_t bytesToRecv);

    /*
     * Sends at most bytesToSend bytes from pBuffer.
     * Returns the number of bytes accepted (> 0), 0 when nothing could be sent right now, or a
     * negative value when the connection failed.
     */
    typedef int32_t (*TransportSend_t)(NetworkContext_t *pNetworkContext, const void *pBuffer,
                                       size_t bytesToSend);

    /* One piece of a gathered write. */
    typedef struct TransportOutVector
    {
        const void *iov_base; /* first byte of the piece */
        size_t iov_len;       /* its length in bytes */
    } TransportOutVector_t;

    /*
     * Optional gathered send: sends the pieces in order, as one stream of bytes.
     * Same return convention as TransportSend_t (count of bytes accepted across all pieces).
     * When NULL, the library calls send once per piece.
     */
    typedef int32_t (*TransportWritev_t)(NetworkContext_t *pNetworkContext,
                                         TransportOutVector_t *pIoVec, size_t ioVecCount);

    /* The transport as the library sees it. */
    typedef struct TransportInterface
    {
        TransportRecv_t recv;              /* required */
        TransportSend_t send;              /* required */
        TransportWritev_t writev;          /* optional, may be NULL */
        NetworkContext_t *pNetworkContext; /* passed back to the three functions */
    } TransportInterface_t;

#ifdef __cplusplus
}
#endif

#endif /* TRANSPORT_INTERFACE_H_ */
