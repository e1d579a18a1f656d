/*
 * Plain TCP transport over blocking host sockets with timeouts, for the MQTT interop tests
 * and benchmarks. It can also cut its connection around a chosen packet, so that tests can
 * break a session in the middle of a QoS 2 exchange.
 */
#ifndef MQTT_TEST_TRANSPORT_POSIX_H
#define MQTT_TEST_TRANSPORT_POSIX_H

#include <stdbool.h>
#include <stdint.h>

#include "transport_interface.h"

/* When to cut the connection (see cutType). */
typedef enum posix_cut
{
    POSIX_CUT_NEVER,
    POSIX_CUT_BEFORE, /* the matching packet is not sent; the socket closes */
    POSIX_CUT_AFTER   /* the matching packet is sent, then the socket closes */
} posix_cut_t;

struct NetworkContext
{
    int socket;             /* -1 when closed */
    uint32_t recvTimeoutMs; /* how long recv waits for data before returning 0 */
    uint32_t busyPollUs;    /* how long recv polls without sleeping first (0: never) */
    posix_cut_t cut;        /* fault injection */
    uint8_t cutType;        /* first byte of the packet that triggers the cut */
    bool cutDone;
};

/* Connects to host:port (numeric IPv4). Returns 0, or -1 when the connection fails. */
int posix_connect(NetworkContext_t *pContext, const char *pHost, uint16_t port,
                  uint32_t recvTimeoutMs, uint32_t sendTimeoutMs);

/* Lets recv keep polling an empty socket for up to `microseconds`, yielding the CPU between
 * tries, before it sleeps in poll(). Waking a sleeping thread is what a loopback message costs
 * most on a virtual machine; the benchmark uses this (docs/PERFORMANCE.md, "MQTT"). */
void posix_set_busy_poll(NetworkContext_t *pContext, uint32_t microseconds);

/* Closes the socket without any MQTT goodbye (a dropped connection, as far as MQTT goes). */
void posix_close(NetworkContext_t *pContext);

int32_t posix_recv(NetworkContext_t *pContext, void *pBuffer, size_t length);
int32_t posix_send(NetworkContext_t *pContext, const void *pBuffer, size_t length);
int32_t posix_writev(NetworkContext_t *pContext, TransportOutVector_t *pVectors, size_t count);

/* A transport interface over pContext. */
TransportInterface_t posix_transport(NetworkContext_t *pContext);

/* Milliseconds from a monotonic clock (the MQTTGetCurrentTimeFunc_t of the tests). */
uint32_t posix_time_ms(void);

#endif
