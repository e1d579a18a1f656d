/*
 * An in-memory MQTT 3.1.1 broker behind a transport interface, for the agent's unit tests:
 * it decodes what the client sends and answers at once (CONNACK, PUBACK, PUBREC/PUBCOMP,
 * SUBACK, UNSUBACK, PINGRESP), records what it saw, can hold its acknowledgements back,
 * refuse subscriptions, send publishes of its own, and fail the connection.
 */
#ifndef AGENT_FAKE_BROKER_H
#define AGENT_FAKE_BROKER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core_mqtt.h"

#define BROKER_MAX_SEEN 64U

/* One packet the client sent. */
typedef struct seen_packet
{
    uint8_t type; /* first byte */
    uint16_t packetId;
    bool dup;
    MQTTQoS_t qos;
    char topic[64];
    uint8_t payload[256];
    size_t payloadLength;
    size_t filterCount; /* SUBSCRIBE / UNSUBSCRIBE */
} seen_packet_t;

struct NetworkContext
{
    uint8_t toClient[16384]; /* bytes the client has yet to receive */
    size_t toClientLength;
    size_t toClientRead;
    uint8_t fromClient[16384]; /* bytes of a packet not yet complete */
    size_t fromClientLength;
    seen_packet_t seen[BROKER_MAX_SEEN];
    size_t seenCount;
    bool sessionPresent; /* CONNACK flag to answer with */
    uint8_t connackCode; /* CONNACK return code */
    bool holdAcks;       /* answer nothing to PUBLISH / SUBSCRIBE / UNSUBSCRIBE */
    bool refuseSubscriptions;
    bool recvFails;         /* recv returns -1 */
    size_t recvFailsAtSeen; /* when non-zero, recv returns -1 once this many packets were seen */
    bool sendFails;         /* send returns -1 */
};

extern struct NetworkContext broker;

/* Empties the broker and sets its defaults (answers everything, no session). */
void broker_reset(void);

/* Queues a PUBLISH from the broker to the client. */
void broker_deliver(const char *pTopic, const void *pPayload, size_t length, MQTTQoS_t qos,
                    uint16_t packetId);

/* Queues raw bytes for the client. */
void broker_send_raw(const uint8_t *pBytes, size_t length);

/* Number of packets of a type (first byte & 0xF0) the client sent. */
size_t broker_count(uint8_t type);

/* The transport over the broker, and a millisecond clock that moves 1 ms per reading. */
TransportInterface_t broker_transport(void);
uint32_t broker_time(void);

#endif
