/*
 * In-memory transport for the MQTT unit tests: the test queues the bytes "the broker" sends,
 * inspects the bytes the client sent, and injects failures and short reads/writes. Also a
 * fake millisecond clock the test moves by hand.
 */
#ifndef MOCK_TRANSPORT_H
#define MOCK_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core_mqtt.h"

#define MOCK_CAPACITY 65536U

struct NetworkContext
{
    uint8_t input[MOCK_CAPACITY]; /* bytes waiting to be received by the client */
    size_t inputLength;
    size_t inputPosition;
    uint8_t output[MOCK_CAPACITY]; /* bytes the client sent */
    size_t outputLength;
    size_t maxRecv;       /* at most this many bytes per recv call (0: no limit) */
    size_t maxSend;       /* at most this many bytes per send call (0: no limit) */
    int32_t recvResult;   /* when non-zero, recv returns this instead (e.g. -1) */
    int32_t sendResult;   /* when non-zero, send returns this instead (e.g. -1 or 0) */
    size_t sendFailAfter; /* when non-zero, sends fail once this many bytes were sent */
    bool acceptNothing;   /* sends return 0 */
    unsigned recvCalls;
    unsigned sendCalls;
};

extern struct NetworkContext mockNetwork;
extern uint32_t mockTimeMs;     /* value the fake clock returns */
extern uint32_t mockTimeStepMs; /* added to the clock on every reading */

/* Clears the network and the clock. */
void mock_reset(void);

/* Queues bytes the client will receive. */
void mock_feed(const void *pBytes, size_t length);

/* Number of queued bytes the client has not read yet. */
size_t mock_pending(void);

/* Forgets what the client sent so far. */
void mock_clear_output(void);

/* Transport functions over mockNetwork, and the clock. */
int32_t mock_recv(NetworkContext_t *pContext, void *pBuffer, size_t length);
int32_t mock_send(NetworkContext_t *pContext, const void *pBuffer, size_t length);
int32_t mock_writev(NetworkContext_t *pContext, TransportOutVector_t *pVectors, size_t count);
uint32_t mock_time(void);

/* A transport interface over mockNetwork (writev included unless withWritev is false). */
TransportInterface_t mock_transport(bool withWritev);

#endif
