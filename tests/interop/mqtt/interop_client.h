/*
 * An MQTT client for the interop tests: a Tern context with its buffers, records and MQTT 5
 * state, and a record of everything its callback received (messages reassembled from
 * fragments, acknowledgements, reason codes, properties). Transport-agnostic: the test
 * passes the transport interface.
 */
#ifndef MQTT_INTEROP_CLIENT_H
#define MQTT_INTEROP_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core_mqtt.h"
#include "core_mqtt_v5.h"

#define CLIENT_MAX_MESSAGES 64U
#define CLIENT_ARENA_SIZE   (256U * 1024U)
#define CLIENT_MAX_BUFFER   (16U * 1024U)

typedef struct received
{
    char topic[128];
    size_t payloadStart; /* in the client's arena */
    size_t payloadLength;
    size_t fragments;
    bool complete;
    MQTTQoS_t qos;
    bool retain;
    bool dup;
    /* MQTT 5 */
    uint32_t present;
    char contentType[64];
    char responseTopic[64];
    char correlation[64];
    char userKey[32];
    char userValue[32];
    uint32_t subscriptionId;
    uint8_t payloadFormat;
} received_t;

typedef struct client
{
    MQTTContext_t context; /* first: the callback finds the client from the context */
    MQTTV5State_t v5;
    uint8_t buffer[CLIENT_MAX_BUFFER];
    uint8_t propertyBuffer[512];
    uint8_t aliases[8U * 66U];
    MQTTPubAckInfo_t outgoing[16];
    MQTTPubAckInfo_t incoming[16];
    received_t messages[CLIENT_MAX_MESSAGES];
    size_t messageCount;
    size_t arenaUsed;
    /* Acknowledgements and other packets seen. */
    unsigned pubacks, pubrecs, pubrels, pubcomps, subacks, unsubacks, pingresps;
    uint8_t lastReason; /* reason code of the last acknowledgement (MQTT 5) */
    uint8_t codes[8];   /* of the last SUBACK / UNSUBACK */
    size_t codeCount;
    uint8_t connackReason;
    char assignedClientId[64];
    uint16_t serverKeepAlive;
    uint8_t disconnectReason;
    bool disconnected;  /* the server sent DISCONNECT */
    MQTTStatus_t error; /* first error a loop call returned, else MQTTSuccess */
    bool active;
    uint8_t arena[CLIENT_ARENA_SIZE]; /* last: client_init clears everything before it */
} client_t;

/* Forgets every client (start of a test). */
void clients_reset(void);

/* Prepares a client with a network buffer of bufferSize bytes and starts pumping it. */
void client_init(client_t *pClient, TransportInterface_t transport, size_t bufferSize);

/* MQTT 3.1.1 connect with a 2 s CONNACK timeout. */
MQTTStatus_t client_connect(client_t *pClient, const char *pId, bool cleanSession,
                            uint16_t keepAlive, const MQTTPublishInfo_t *pWill,
                            bool *pSessionPresent);

/* MQTT 5 connect (properties may be NULL). */
MQTTStatus_t client_connect_v5(client_t *pClient, const char *pId, bool cleanStart,
                               uint16_t keepAlive, const MQTTPublishInfo_t *pWill,
                               const MQTTV5Properties_t *pProps,
                               const MQTTV5Properties_t *pWillProps, bool *pSessionPresent);

/* Subscribes to one filter and waits for the SUBACK; returns its first code, or -1. */
int client_subscribe(client_t *pClient, const char *pFilter, MQTTQoS_t qos);

/* Publishes (copying nothing; the payload must stay valid until this returns). */
MQTTStatus_t client_publish(client_t *pClient, const char *pTopic, const void *pPayload,
                            size_t length, MQTTQoS_t qos, bool retain);

/* Stops pumping a client (its transport was closed). */
void client_stop(client_t *pClient);

/*
 * Runs the loops of every active client until cond(arg) holds or timeoutMs pass.
 * Returns whether the condition held.
 */
bool pump_until(bool (*cond)(void *), void *pArg, uint32_t timeoutMs);

/* Runs the loops of every active client for ms milliseconds. */
void pump_for(uint32_t ms);

/* Waits until the client holds `count` complete messages. */
bool wait_messages(client_t *pClient, size_t count, uint32_t timeoutMs);

/* Waits until every outgoing publish of the client is acknowledged. */
bool wait_acknowledged(client_t *pClient, uint32_t timeoutMs);

/* The payload of message `index`. */
const uint8_t *message_payload(const client_t *pClient, size_t index);

/* Whether message `index` has the given topic and text payload. */
bool message_is(const client_t *pClient, size_t index, const char *pTopic, const char *pText);

#endif
