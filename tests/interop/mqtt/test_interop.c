/*
 * The Tern MQTT client against a real mosquitto broker (label interop). The test starts
 * mosquitto on a free loopback port with its own configuration, runs every case against it
 * and stops it by PID. Covers every QoS both ways, a third-party client (mosquitto_pub/sub),
 * retained messages, wildcards, unsubscribe, persistent sessions broken mid-QoS 2 (no loss,
 * no duplicate), keep-alive expiry on both sides, wills, a message larger than the network
 * buffer, and MQTT 5 properties, topic aliases and reason codes.
 * Run through ctest, which names mosquitto, its command-line clients and a work directory in
 * the environment (TERN_MOSQUITTO, TERN_MOSQUITTO_PUB, TERN_MOSQUITTO_SUB, TERN_WORK_DIR).
 */
#define _GNU_SOURCE

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "broker.h"
#include "core_mqtt_state.h"
#include "interop_client.h"
#include "transport_posix.h"

#define CLIENTS 5U

static broker_t broker;
static const char *pMosquittoPub;
static const char *pMosquittoSub;
static client_t clients[CLIENTS];
static struct NetworkContext networks[CLIENTS];

/* Opens client i over a fresh TCP connection. */
static client_t *open_client(size_t i, size_t bufferSize)
{
    assert_int_equal(posix_connect(&networks[i], "127.0.0.1", broker.port, 5U, 2000U), 0);
    client_init(&clients[i], posix_transport(&networks[i]), bufferSize);
    return &clients[i];
}

/* A new TCP connection for client i, keeping its MQTT context and records. */
static void reopen_transport(size_t i)
{
    posix_close(&networks[i]);
    assert_int_equal(posix_connect(&networks[i], "127.0.0.1", broker.port, 5U, 2000U), 0);
}

static client_t *connected(size_t i, const char *pId)
{
    client_t *pClient = open_client(i, 4096U);
    assert_int_equal(client_connect(pClient, pId, true, 30U, NULL, NULL), MQTTSuccess);
    return pClient;
}

static int start_test(void **state)
{
    size_t i;
    (void)state;
    clients_reset();
    for (i = 0U; i < CLIENTS; i++)
    {
        networks[i].socket = -1;
    }
    return 0;
}

static int end_test(void **state)
{
    size_t i;
    (void)state;
    for (i = 0U; i < CLIENTS; i++)
    {
        posix_close(&networks[i]);
    }
    return 0;
}

static bool failed(void *pArg)
{
    return ((client_t *)pArg)->error != MQTTSuccess;
}

/* ------------------------------------------------------------------------------------------ */

static void every_qos_in_both_directions(void **state)
{
    client_t *pA = connected(0U, "qos-a");
    client_t *pB = connected(1U, "qos-b");
    client_t *pC = connected(2U, "qos-c");
    MQTTQoS_t qos;
    (void)state;

    assert_int_equal(client_subscribe(pA, "qos/a", MQTTQoS2), 2);
    assert_int_equal(client_subscribe(pB, "qos/b", MQTTQoS2), 2);
    assert_int_equal(client_subscribe(pC, "qos/b", MQTTQoS1), 1);

    for (qos = MQTTQoS0; qos <= MQTTQoS2; qos++)
    {
        char text[8];
        snprintf(text, sizeof(text), "a%d", (int)qos);
        assert_int_equal(client_publish(pA, "qos/b", text, 2U, qos, false), MQTTSuccess);
        snprintf(text, sizeof(text), "b%d", (int)qos);
        assert_int_equal(client_publish(pB, "qos/a", text, 2U, qos, false), MQTTSuccess);
    }
    assert_true(wait_messages(pA, 3U, 3000U));
    assert_true(wait_messages(pB, 3U, 3000U));
    assert_true(wait_messages(pC, 3U, 3000U));
    assert_true(wait_acknowledged(pA, 3000U));
    assert_true(wait_acknowledged(pB, 3000U));
    for (qos = MQTTQoS0; qos <= MQTTQoS2; qos++)
    {
        char text[8];
        snprintf(text, sizeof(text), "a%d", (int)qos);
        assert_true(message_is(pB, (size_t)qos, "qos/b", text));
        assert_int_equal(pB->messages[qos].qos, qos);
        /* The QoS 1 subscription receives at most QoS 1. */
        assert_int_equal(pC->messages[qos].qos, (qos == MQTTQoS2) ? MQTTQoS1 : qos);
        snprintf(text, sizeof(text), "b%d", (int)qos);
        assert_true(message_is(pA, (size_t)qos, "qos/a", text));
        assert_int_equal(pA->messages[qos].qos, qos);
    }
    assert_int_equal(pA->pubacks, 1U);
    assert_int_equal(pA->pubrecs, 1U);
    assert_int_equal(pA->pubcomps, 1U);
    assert_int_equal(pB->pubcomps, 1U);
    assert_int_equal(pA->error, MQTTSuccess);
    assert_int_equal(MQTT_Disconnect(&pA->context), MQTTSuccess);
}

/* Runs a shell command line; returns its first output line (without newline) in pOut. */
static FILE *start_command(const char *pCommand)
{
    FILE *pPipe = popen(pCommand, "r");
    assert_non_null(pPipe);
    return pPipe;
}

static void interworks_with_mosquitto_command_line_clients(void **state)
{
    client_t *pA = connected(0U, "cli-a");
    char command[512];
    char line[64] = {0};
    FILE *pPipe;
    (void)state;

    /* Tern publishes (retained, so the subscriber needs no head start); mosquitto_sub reads. */
    assert_int_equal(client_publish(pA, "cli/out", "from-tern", 9U, MQTTQoS2, true), MQTTSuccess);
    assert_true(wait_acknowledged(pA, 3000U));
    snprintf(command, sizeof(command), "%s -h 127.0.0.1 -p %u -t cli/out -q 2 -C 1 -W 5",
             pMosquittoSub, (unsigned)broker.port);
    pPipe = start_command(command);
    assert_non_null(fgets(line, sizeof(line), pPipe));
    assert_int_equal(pclose(pPipe), 0);
    assert_string_equal(line, "from-tern\n");

    /* mosquitto_pub publishes; Tern receives. */
    assert_int_equal(client_subscribe(pA, "cli/in", MQTTQoS2), 2);
    snprintf(command, sizeof(command), "%s -h 127.0.0.1 -p %u -t cli/in -q 2 -m from-mosquitto",
             pMosquittoPub, (unsigned)broker.port);
    pPipe = start_command(command);
    assert_int_equal(pclose(pPipe), 0);
    assert_true(wait_messages(pA, 1U, 3000U));
    assert_true(message_is(pA, 0U, "cli/in", "from-mosquitto"));
    assert_int_equal(pA->messages[0].qos, MQTTQoS2);
}

static void retained_messages_reach_later_subscribers(void **state)
{
    client_t *pA = connected(0U, "ret-a");
    client_t *pB;
    client_t *pC;
    (void)state;

    assert_int_equal(client_publish(pA, "ret/1", "keep", 4U, MQTTQoS1, true), MQTTSuccess);
    assert_int_equal(client_publish(pA, "ret/2", "plain", 5U, MQTTQoS1, false), MQTTSuccess);
    assert_true(wait_acknowledged(pA, 3000U));

    pB = connected(1U, "ret-b");
    assert_int_equal(client_subscribe(pB, "ret/#", MQTTQoS1), 1);
    assert_true(wait_messages(pB, 1U, 3000U));
    assert_true(message_is(pB, 0U, "ret/1", "keep"));
    assert_true(pB->messages[0].retain);

    /* An empty retained message clears it. */
    assert_int_equal(client_publish(pA, "ret/1", NULL, 0U, MQTTQoS1, true), MQTTSuccess);
    assert_true(wait_acknowledged(pA, 3000U));
    pC = connected(2U, "ret-c");
    assert_int_equal(client_subscribe(pC, "ret/#", MQTTQoS1), 1);
    pump_for(300U);
    assert_int_equal(pC->messageCount, 0U);
}

static void wildcards_select_the_matching_topics(void **state)
{
    static const char *const topics[] = {"w/1/x", "w/2/y", "w/x", "w/1/x/z", "v/1/x"};
    client_t *pA = connected(0U, "wild-a");
    client_t *pPlus = connected(1U, "wild-plus");
    client_t *pHash = connected(2U, "wild-hash");
    size_t i;
    (void)state;

    assert_int_equal(client_subscribe(pPlus, "w/+/x", MQTTQoS1), 1);
    assert_int_equal(client_subscribe(pHash, "w/#", MQTTQoS1), 1);
    for (i = 0U; i < 5U; i++)
    {
        assert_int_equal(
            client_publish(pA, topics[i], topics[i], strlen(topics[i]), MQTTQoS1, false),
            MQTTSuccess);
    }
    assert_true(wait_messages(pHash, 4U, 3000U));
    pump_for(200U);
    assert_int_equal(pPlus->messageCount, 1U);
    assert_true(message_is(pPlus, 0U, "w/1/x", "w/1/x"));
    assert_int_equal(pHash->messageCount, 4U);
    for (i = 0U; i < 4U; i++)
    {
        assert_true(message_is(pHash, i, topics[i], topics[i]));
    }
}

static bool got_unsuback(void *pArg)
{
    return ((client_t *)pArg)->unsubacks != 0U;
}

static void unsubscribe_stops_delivery(void **state)
{
    client_t *pA = connected(0U, "unsub-a");
    client_t *pB = connected(1U, "unsub-b");
    MQTTSubscribeInfo_t subscription = {MQTTQoS1, "u/t", 3U, false, false, 0U};
    (void)state;

    assert_int_equal(client_subscribe(pB, "u/t", MQTTQoS1), 1);
    assert_int_equal(client_publish(pA, "u/t", "one", 3U, MQTTQoS1, false), MQTTSuccess);
    assert_true(wait_messages(pB, 1U, 3000U));
    assert_int_equal(
        MQTT_Unsubscribe(&pB->context, &subscription, 1U, MQTT_GetPacketId(&pB->context)),
        MQTTSuccess);
    assert_true(pump_until(got_unsuback, pB, 3000U));
    assert_int_equal(client_publish(pA, "u/t", "two", 3U, MQTTQoS1, false), MQTTSuccess);
    assert_true(wait_acknowledged(pA, 3000U));
    pump_for(300U);
    assert_int_equal(pB->messageCount, 1U);
}

/* --- Persistent sessions broken in the middle of QoS 2 ----------------------------------- */

static uint8_t storedPacket[16][256];
static size_t storedLength[16];

static bool store(MQTTContext_t *pContext, uint16_t packetId, MQTTVec_t *pVec)
{
    (void)pContext;
    storedLength[packetId % 16U] = MQTT_GetBytesInMQTTVec(pVec);
    if (storedLength[packetId % 16U] > sizeof(storedPacket[0]))
    {
        return false;
    }
    MQTT_SerializeMQTTVec(storedPacket[packetId % 16U], pVec);
    return true;
}

static bool retrieve(MQTTContext_t *pContext, uint16_t packetId, uint8_t **ppPacket,
                     size_t *pLength)
{
    (void)pContext;
    *ppPacket = storedPacket[packetId % 16U];
    *pLength = storedLength[packetId % 16U];
    return *pLength != 0U;
}

static void clear(MQTTContext_t *pContext, uint16_t packetId)
{
    (void)pContext;
    storedLength[packetId % 16U] = 0U;
}

/*
 * The publisher's connection is cut around `cutType` of its QoS 2 PUBLISH; it reconnects with
 * the same session; the subscriber must get the message exactly once.
 */
static void publisher_session_survives_cut(posix_cut_t cut, uint8_t cutType, const char *pId)
{
    client_t *pSubscriber = connected(0U, "sess-sub");
    client_t *pPublisher = open_client(1U, 4096U);
    bool present = true;

    memset(storedLength, 0, sizeof(storedLength));
    assert_int_equal(MQTT_InitRetransmits(&pPublisher->context, store, retrieve, clear),
                     MQTTSuccess);
    assert_int_equal(client_subscribe(pSubscriber, "sess/out", MQTTQoS2), 2);
    assert_int_equal(client_connect(pPublisher, pId, true, 30U, NULL, &present), MQTTSuccess);
    assert_int_equal(MQTT_Disconnect(&pPublisher->context), MQTTSuccess);
    reopen_transport(1U);
    assert_int_equal(client_connect(pPublisher, pId, false, 30U, NULL, &present), MQTTSuccess);
    assert_false(present);

    networks[1].cut = cut;
    networks[1].cutType = cutType;
    assert_int_equal(client_publish(pPublisher, "sess/out", "exactly-once", 12U, MQTTQoS2, false),
                     MQTTSuccess);
    (void)pump_until(failed, pPublisher, 3000U);
    assert_true(networks[1].cutDone);

    /* Same client identifier, same context, new connection: the broker resumes the session. */
    reopen_transport(1U);
    assert_int_equal(client_connect(pPublisher, pId, false, 30U, NULL, &present), MQTTSuccess);
    assert_true(present);
    assert_true(wait_acknowledged(pPublisher, 3000U));
    assert_true(wait_messages(pSubscriber, 1U, 3000U));
    pump_for(300U);
    assert_int_equal(pSubscriber->messageCount, 1U);
    assert_true(message_is(pSubscriber, 0U, "sess/out", "exactly-once"));
}

static void session_resumes_after_cut_before_pubrel(void **state)
{
    (void)state;
    publisher_session_survives_cut(POSIX_CUT_BEFORE, 0x62, "sess-pub-1");
}

static void session_resumes_after_cut_after_pubrel(void **state)
{
    (void)state;
    publisher_session_survives_cut(POSIX_CUT_AFTER, 0x62, "sess-pub-2");
}

static void session_resumes_after_cut_after_publish(void **state)
{
    (void)state;
    /* The PUBREC is never read: the PUBLISH itself is resent (retransmit store, DUP). */
    publisher_session_survives_cut(POSIX_CUT_AFTER, 0x34, "sess-pub-3");
}

/* The subscriber's connection is cut around its PUBREC; it must see the message once. */
static void subscriber_session_survives_cut(posix_cut_t cut, const char *pId)
{
    client_t *pPublisher = connected(0U, "sess-src");
    client_t *pSubscriber = open_client(1U, 4096U);
    bool present = true;

    assert_int_equal(client_connect(pSubscriber, pId, true, 30U, NULL, &present), MQTTSuccess);
    assert_int_equal(MQTT_Disconnect(&pSubscriber->context), MQTTSuccess);
    reopen_transport(1U);
    assert_int_equal(client_connect(pSubscriber, pId, false, 30U, NULL, &present), MQTTSuccess);
    assert_int_equal(client_subscribe(pSubscriber, "sess/in", MQTTQoS2), 2);

    networks[1].cut = cut;
    networks[1].cutType = 0x50; /* PUBREC */
    assert_int_equal(client_publish(pPublisher, "sess/in", "once-only", 9U, MQTTQoS2, false),
                     MQTTSuccess);
    assert_true(pump_until(failed, pSubscriber, 3000U));
    assert_true(networks[1].cutDone);
    assert_int_equal(pSubscriber->messageCount, 1U);

    reopen_transport(1U);
    assert_int_equal(client_connect(pSubscriber, pId, false, 30U, NULL, &present), MQTTSuccess);
    assert_true(present);
    assert_true(wait_acknowledged(pPublisher, 3000U));
    pump_for(500U);
    assert_int_equal(pSubscriber->messageCount, 1U);
    assert_true(message_is(pSubscriber, 0U, "sess/in", "once-only"));
    assert_int_equal(pSubscriber->context.incomingPublishRecords[0].packetId, 0U);
    assert_int_equal(pSubscriber->error, MQTTSuccess);
}

static void subscriber_session_resumes_after_cut_before_pubrec(void **state)
{
    (void)state;
    /* The broker resends the PUBLISH (DUP); the client recognises it. */
    subscriber_session_survives_cut(POSIX_CUT_BEFORE, "sess-sub-1");
}

static void subscriber_session_resumes_after_cut_after_pubrec(void **state)
{
    (void)state;
    /* The broker resends PUBREL; the client completes with PUBCOMP. */
    subscriber_session_survives_cut(POSIX_CUT_AFTER, "sess-sub-2");
}

/* --- Keep-alive and wills ----------------------------------------------------------------- */

static void keep_alive_detects_an_unresponsive_broker(void **state)
{
    client_t *pClient = open_client(0U, 4096U);
    uint32_t start;
    (void)state;

    assert_int_equal(client_connect(pClient, "ka-client", true, 1U, NULL, NULL), MQTTSuccess);
    pump_for(1500U); /* a ping answered in time */
    assert_int_equal(pClient->error, MQTTSuccess);
    assert_true(pClient->pingresps >= 1U);

    broker_pause(&broker);
    start = posix_time_ms();
    (void)pump_until(failed, pClient, 5000U);
    broker_resume(&broker);
    assert_int_equal(pClient->error, MQTTKeepAliveTimeout);
    /* One keep-alive interval to send PINGREQ, then MQTT_PINGRESP_TIMEOUT_MS (1 s here). */
    assert_true(posix_time_ms() - start <= 2600U);
}

static void will_is_published_when_the_connection_drops(void **state)
{
    client_t *pWatcher = connected(0U, "will-watch");
    client_t *pDropped = open_client(1U, 4096U);
    client_t *pPolite = open_client(2U, 4096U);
    MQTTPublishInfo_t will = {MQTTQoS1, false, false, "will/dropped", 12U, "gone", 4U};
    MQTTPublishInfo_t politeWill = {MQTTQoS1, false, false, "will/polite", 11U, "bye", 3U};
    (void)state;

    assert_int_equal(client_subscribe(pWatcher, "will/#", MQTTQoS1), 1);
    assert_int_equal(client_connect(pDropped, "will-drop", true, 30U, &will, NULL), MQTTSuccess);
    assert_int_equal(client_connect(pPolite, "will-polite", true, 30U, &politeWill, NULL),
                     MQTTSuccess);
    /* A DISCONNECT discards the will; a dropped connection publishes it. */
    assert_int_equal(MQTT_Disconnect(&pPolite->context), MQTTSuccess);
    client_stop(pPolite);
    client_stop(pDropped);
    posix_close(&networks[1]);
    assert_true(wait_messages(pWatcher, 1U, 3000U));
    pump_for(300U);
    assert_int_equal(pWatcher->messageCount, 1U);
    assert_true(message_is(pWatcher, 0U, "will/dropped", "gone"));
    assert_int_equal(pWatcher->messages[0].qos, MQTTQoS1);
}

static void broker_drops_a_silent_client_and_sends_its_will(void **state)
{
    client_t *pWatcher = connected(0U, "silent-watch");
    client_t *pSilent = open_client(1U, 4096U);
    MQTTPublishInfo_t will = {MQTTQoS0, false, false, "silent/will", 11U, "timeout", 7U};
    (void)state;

    assert_int_equal(client_subscribe(pWatcher, "silent/#", MQTTQoS1), 1);
    assert_int_equal(client_connect(pSilent, "silent", true, 1U, &will, NULL), MQTTSuccess);
    /* The client stops running its loop: no PINGREQ. The broker gives up after 1.5 keep-alive
     * intervals; mosquitto 2.0 looks every few seconds, hence the generous wait. */
    client_stop(pSilent);
    assert_true(wait_messages(pWatcher, 1U, 10000U));
    assert_true(message_is(pWatcher, 0U, "silent/will", "timeout"));
    /* When the client looks again, its connection is gone. */
    assert_int_equal(MQTT_ProcessLoop(&pSilent->context), MQTTRecvFailed);
}

/* --- Messages larger than the network buffer ------------------------------------------- */

static uint8_t bigPayload[100000];

static void message_larger_than_the_buffer_arrives_whole(void **state)
{
    client_t *pA = connected(0U, "big-a");
    client_t *pB = open_client(1U, 512U);
    size_t i;
    (void)state;

    for (i = 0U; i < sizeof(bigPayload); i++)
    {
        bigPayload[i] = (uint8_t)((i * 131U) >> 3);
    }
    assert_int_equal(client_connect(pB, "big-b", true, 30U, NULL, NULL), MQTTSuccess);
    assert_int_equal(client_subscribe(pB, "big/#", MQTTQoS1), 1);
    assert_int_equal(client_publish(pA, "big/one", bigPayload, sizeof(bigPayload), MQTTQoS1, false),
                     MQTTSuccess);
    assert_int_equal(client_publish(pA, "big/two", "after", 5U, MQTTQoS1, false), MQTTSuccess);
    assert_true(wait_messages(pB, 2U, 5000U));
    assert_int_equal(pB->messages[0].payloadLength, sizeof(bigPayload));
    assert_true(pB->messages[0].fragments > 100U);
    assert_memory_equal(message_payload(pB, 0U), bigPayload, sizeof(bigPayload));
    assert_true(message_is(pB, 1U, "big/two", "after"));
    assert_int_equal(pB->context.droppedPacketCount, 0U);
    assert_int_equal(pB->error, MQTTSuccess);
}

/* --- MQTT 5 ------------------------------------------------------------------------------- */

static client_t *connected_v5(size_t i, const char *pId, const MQTTV5Properties_t *pProps)
{
    client_t *pClient = open_client(i, 4096U);
    assert_int_equal(client_connect_v5(pClient, pId, true, 30U, NULL, pProps, NULL, NULL),
                     MQTTSuccess);
    return pClient;
}

static void mqtt5_connect_negotiates_limits(void **state)
{
    static const MQTTV5UserProperty_t user = {{"device", 6U}, {"tern", 4U}};
    client_t *pClient = open_client(0U, 4096U);
    MQTTV5Properties_t props;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_SESSION_EXPIRY_INTERVAL | MQTTV5_PROP_RECEIVE_MAXIMUM |
                    MQTTV5_PROP_MAXIMUM_PACKET_SIZE | MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM |
                    MQTTV5_PROP_REQUEST_PROBLEM_INFORMATION;
    props.sessionExpiryInterval = 60U;
    props.receiveMaximum = 8U;
    props.maximumPacketSize = 65536U;
    props.topicAliasMaximum = 8U;
    props.requestProblemInformation = 1U;
    props.pUserProperties = &user;
    props.userPropertyCount = 1U;
    /* Empty client identifier: the broker assigns one. Keep-alive 60 exceeds the broker's
     * max_keepalive of 30, which it announces as Server Keep Alive. */
    assert_int_equal(client_connect_v5(pClient, "", true, 60U, NULL, &props, NULL, NULL),
                     MQTTSuccess);
    assert_int_equal(pClient->connackReason, 0U);
    assert_true(strlen(pClient->assignedClientId) > 0U);
    assert_int_equal(pClient->serverKeepAlive, 30U);
    assert_int_equal(pClient->context.keepAliveIntervalSec, 30U);
    assert_true(pClient->v5.serverReceiveMaximum >= 1U);
    assert_true(pClient->v5.serverTopicAliasMaximum >= 1U);
    assert_int_equal(MQTTV5_Disconnect(&pClient->context, 0U, NULL), MQTTSuccess);
}

static void mqtt5_publish_properties_reach_the_subscriber(void **state)
{
    static const MQTTV5UserProperty_t user = {{"k", 1U}, {"v", 1U}};
    client_t *pPublisher = connected_v5(0U, "v5-pub", NULL);
    client_t *pSubscriber = connected_v5(1U, "v5-sub", NULL);
    MQTTSubscribeInfo_t subscription = {MQTTQoS1, "v5/p", 4U, false, false, 0U};
    MQTTV5Properties_t subProps;
    MQTTV5Properties_t props;
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "v5/p", 4U, "{\"t\":1}", 7U};
    (void)state;

    memset(&subProps, 0, sizeof(subProps));
    subProps.present = MQTTV5_PROP_SUBSCRIPTION_IDENTIFIER;
    subProps.subscriptionIdentifier = 42U;
    assert_int_equal(MQTTV5_Subscribe(&pSubscriber->context, &subscription, 1U,
                                      MQTT_GetPacketId(&pSubscriber->context), &subProps),
                     MQTTSuccess);
    pump_for(200U);
    assert_int_equal(pSubscriber->subacks, 1U);

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_PAYLOAD_FORMAT_INDICATOR | MQTTV5_PROP_MESSAGE_EXPIRY_INTERVAL |
                    MQTTV5_PROP_CONTENT_TYPE | MQTTV5_PROP_RESPONSE_TOPIC |
                    MQTTV5_PROP_CORRELATION_DATA;
    props.payloadFormatIndicator = 1U;
    props.messageExpiryInterval = 60U;
    props.contentType.pData = "application/json";
    props.contentType.length = 16U;
    props.responseTopic.pData = "v5/reply";
    props.responseTopic.length = 8U;
    props.correlationData.pData = "c-1";
    props.correlationData.length = 3U;
    props.pUserProperties = &user;
    props.userPropertyCount = 1U;
    assert_int_equal(
        MQTTV5_Publish(&pPublisher->context, &info, MQTT_GetPacketId(&pPublisher->context), &props),
        MQTTSuccess);
    assert_true(wait_messages(pSubscriber, 1U, 3000U));
    assert_true(message_is(pSubscriber, 0U, "v5/p", "{\"t\":1}"));
    assert_string_equal(pSubscriber->messages[0].contentType, "application/json");
    assert_string_equal(pSubscriber->messages[0].responseTopic, "v5/reply");
    assert_string_equal(pSubscriber->messages[0].correlation, "c-1");
    assert_string_equal(pSubscriber->messages[0].userKey, "k");
    assert_string_equal(pSubscriber->messages[0].userValue, "v");
    assert_int_equal(pSubscriber->messages[0].subscriptionId, 42U);
    assert_int_equal(pSubscriber->messages[0].payloadFormat, 1U);
    assert_true((pSubscriber->messages[0].present & MQTTV5_PROP_MESSAGE_EXPIRY_INTERVAL) != 0U);
}

static void mqtt5_topic_alias_replaces_the_topic(void **state)
{
    client_t *pPublisher = connected_v5(0U, "alias-pub", NULL);
    client_t *pSubscriber = connected(1U, "alias-sub");
    MQTTV5Properties_t props;
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "alias/long/topic/name", 21U, "1", 1U};
    (void)state;

    assert_int_equal(client_subscribe(pSubscriber, "alias/#", MQTTQoS1), 1);
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_TOPIC_ALIAS;
    props.topicAlias = 1U;
    assert_int_equal(
        MQTTV5_Publish(&pPublisher->context, &info, MQTT_GetPacketId(&pPublisher->context), &props),
        MQTTSuccess);
    info.topicNameLength = 0U; /* the alias alone */
    info.pPayload = "2";
    assert_int_equal(
        MQTTV5_Publish(&pPublisher->context, &info, MQTT_GetPacketId(&pPublisher->context), &props),
        MQTTSuccess);
    assert_true(wait_messages(pSubscriber, 2U, 3000U));
    assert_true(message_is(pSubscriber, 0U, "alias/long/topic/name", "1"));
    assert_true(message_is(pSubscriber, 1U, "alias/long/topic/name", "2"));
    assert_int_equal(pPublisher->error, MQTTSuccess);
}

static bool got_puback(void *pArg)
{
    return ((client_t *)pArg)->pubacks != 0U;
}

static void mqtt5_reason_codes_are_reported(void **state)
{
    client_t *pClient = connected_v5(0U, "reasons", NULL);
    client_t *pRefused = open_client(1U, 4096U);
    MQTTSubscribeInfo_t never = {MQTTQoS0, "never/subscribed", 16U, false, false, 0U};
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "nobody/listens", 14U, "x", 1U};
    MQTTV5Properties_t props;
    (void)state;

    /* PUBACK 0x10: no matching subscribers (still a success). */
    assert_int_equal(
        MQTTV5_Publish(&pClient->context, &info, MQTT_GetPacketId(&pClient->context), NULL),
        MQTTSuccess);
    assert_true(pump_until(got_puback, pClient, 3000U));
    assert_int_equal(pClient->lastReason, MQTTV5_REASON_NO_MATCHING_SUBSCRIBERS);

    /* UNSUBACK 0x11: there was no such subscription. */
    assert_int_equal(MQTTV5_Unsubscribe(&pClient->context, &never, 1U,
                                        MQTT_GetPacketId(&pClient->context), NULL),
                     MQTTSuccess);
    assert_true(pump_until(got_unsuback, pClient, 3000U));
    assert_int_equal(pClient->codeCount, 1U);
    assert_int_equal(pClient->codes[0], MQTTV5_REASON_NO_SUBSCRIPTION_EXISTED);

    /* CONNACK 0x8C: an authentication method the broker does not know. */
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_AUTHENTICATION_METHOD;
    props.authenticationMethod.pData = "NO-SUCH-METHOD";
    props.authenticationMethod.length = 14U;
    assert_int_equal(client_connect_v5(pRefused, "refused", true, 30U, NULL, &props, NULL, NULL),
                     MQTTServerRefused);
    assert_int_equal(pRefused->v5.connackReasonCode, MQTTV5_REASON_BAD_AUTHENTICATION_METHOD);
}

static void mqtt5_server_disconnect_carries_its_reason(void **state)
{
    client_t *pClient = connected_v5(0U, "violator", NULL);
    MQTTPublishInfo_t info = {MQTTQoS0, false, false, "t", 1U, "x", 1U};
    MQTTV5Properties_t props;
    (void)state;

    /* mosquitto 2.0 closes a session taken over without a DISCONNECT, but answers a
     * protocol violation with one: pretend the broker allowed more topic aliases than it
     * announced, and use one beyond its limit. */
    assert_true(pClient->v5.serverTopicAliasMaximum < 50U);
    pClient->v5.serverTopicAliasMaximum = 100U;
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_TOPIC_ALIAS;
    props.topicAlias = 50U;
    assert_int_equal(MQTTV5_Publish(&pClient->context, &info, 0U, &props), MQTTSuccess);
    assert_true(pump_until(failed, pClient, 3000U));
    assert_int_equal(pClient->error, MQTTServerDisconnected);
    assert_true(pClient->disconnected);
    assert_int_equal(pClient->disconnectReason, MQTTV5_REASON_TOPIC_ALIAS_INVALID);
    assert_int_equal(pClient->v5.disconnectReasonCode, MQTTV5_REASON_TOPIC_ALIAS_INVALID);
    assert_int_equal(pClient->context.connectStatus, MQTTNotConnected);
}

static void mqtt5_will_with_properties_and_offline_queue(void **state)
{
    client_t *pWatcher = connected_v5(0U, "v5-watch", NULL);
    client_t *pDropped = open_client(1U, 4096U);
    client_t *pSleeper = open_client(2U, 4096U);
    MQTTPublishInfo_t will = {MQTTQoS1, false, false, "v5will/gone", 11U, "bye", 3U};
    MQTTV5Properties_t willProps;
    MQTTV5Properties_t sessionProps;
    bool present = true;
    (void)state;

    assert_int_equal(client_subscribe(pWatcher, "v5will/#", MQTTQoS1), 1);
    memset(&willProps, 0, sizeof(willProps));
    willProps.present = MQTTV5_PROP_CONTENT_TYPE | MQTTV5_PROP_WILL_DELAY_INTERVAL;
    willProps.contentType.pData = "text/will";
    willProps.contentType.length = 9U;
    willProps.willDelayInterval = 0U;
    assert_int_equal(
        client_connect_v5(pDropped, "v5-dropped", true, 30U, &will, NULL, &willProps, NULL),
        MQTTSuccess);
    client_stop(pDropped);
    posix_close(&networks[1]);
    assert_true(wait_messages(pWatcher, 1U, 3000U));
    assert_true(message_is(pWatcher, 0U, "v5will/gone", "bye"));
    assert_string_equal(pWatcher->messages[0].contentType, "text/will");

    /* A session with an expiry interval outlives its connection and queues QoS 1. */
    memset(&sessionProps, 0, sizeof(sessionProps));
    sessionProps.present = MQTTV5_PROP_SESSION_EXPIRY_INTERVAL;
    sessionProps.sessionExpiryInterval = 60U;
    assert_int_equal(
        client_connect_v5(pSleeper, "v5-sleeper", true, 30U, NULL, &sessionProps, NULL, &present),
        MQTTSuccess);
    assert_int_equal(client_subscribe(pSleeper, "v5q/#", MQTTQoS1), 1);
    client_stop(pSleeper);
    posix_close(&networks[2]);
    pump_for(100U);
    assert_int_equal(client_publish(pWatcher, "v5q/m", "queued", 6U, MQTTQoS1, false), MQTTSuccess);
    assert_true(wait_acknowledged(pWatcher, 3000U));
    reopen_transport(2U);
    assert_int_equal(
        client_connect_v5(pSleeper, "v5-sleeper", false, 30U, NULL, &sessionProps, NULL, &present),
        MQTTSuccess);
    assert_true(present);
    assert_true(wait_messages(pSleeper, 1U, 3000U));
    assert_true(message_is(pSleeper, 0U, "v5q/m", "queued"));
}

static void mqtt5_expired_retained_message_is_not_delivered(void **state)
{
    client_t *pPublisher = connected_v5(0U, "expiry-pub", NULL);
    client_t *pLate;
    MQTTPublishInfo_t info = {MQTTQoS1, true, false, "exp/t", 5U, "stale", 5U};
    MQTTV5Properties_t props;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_MESSAGE_EXPIRY_INTERVAL;
    props.messageExpiryInterval = 1U;
    assert_int_equal(
        MQTTV5_Publish(&pPublisher->context, &info, MQTT_GetPacketId(&pPublisher->context), &props),
        MQTTSuccess);
    assert_true(wait_acknowledged(pPublisher, 3000U));
    pump_for(2200U);
    pLate = connected_v5(1U, "expiry-late", NULL);
    assert_int_equal(client_subscribe(pLate, "exp/#", MQTTQoS1), 1);
    pump_for(300U);
    assert_int_equal(pLate->messageCount, 0U);
}

/* ------------------------------------------------------------------------------------------ */

static int start_broker(void **state)
{
    (void)state;
    return broker_start(&broker, getenv("TERN_MOSQUITTO"), getenv("TERN_WORK_DIR"), NULL,
                        "max_keepalive 30\n");
}

static int stop_broker(void **state)
{
    (void)state;
    broker_stop(&broker);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(every_qos_in_both_directions, start_test, end_test),
        cmocka_unit_test_setup_teardown(interworks_with_mosquitto_command_line_clients, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(retained_messages_reach_later_subscribers, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(wildcards_select_the_matching_topics, start_test, end_test),
        cmocka_unit_test_setup_teardown(unsubscribe_stops_delivery, start_test, end_test),
        cmocka_unit_test_setup_teardown(session_resumes_after_cut_before_pubrel, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(session_resumes_after_cut_after_pubrel, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(session_resumes_after_cut_after_publish, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(subscriber_session_resumes_after_cut_before_pubrec,
                                        start_test, end_test),
        cmocka_unit_test_setup_teardown(subscriber_session_resumes_after_cut_after_pubrec,
                                        start_test, end_test),
        cmocka_unit_test_setup_teardown(keep_alive_detects_an_unresponsive_broker, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(will_is_published_when_the_connection_drops, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(broker_drops_a_silent_client_and_sends_its_will, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(message_larger_than_the_buffer_arrives_whole, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(mqtt5_connect_negotiates_limits, start_test, end_test),
        cmocka_unit_test_setup_teardown(mqtt5_publish_properties_reach_the_subscriber, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(mqtt5_topic_alias_replaces_the_topic, start_test, end_test),
        cmocka_unit_test_setup_teardown(mqtt5_reason_codes_are_reported, start_test, end_test),
        cmocka_unit_test_setup_teardown(mqtt5_server_disconnect_carries_its_reason, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(mqtt5_will_with_properties_and_offline_queue, start_test,
                                        end_test),
        cmocka_unit_test_setup_teardown(mqtt5_expired_retained_message_is_not_delivered, start_test,
                                        end_test),
    };
    int failures;

    /* Set by CTest (tests/interop/mqtt/CMakeLists.txt). */
    pMosquittoPub = getenv("TERN_MOSQUITTO_PUB");
    pMosquittoSub = getenv("TERN_MOSQUITTO_SUB");
    if ((getenv("TERN_MOSQUITTO") == NULL) || (getenv("TERN_WORK_DIR") == NULL) ||
        (pMosquittoPub == NULL) || (pMosquittoSub == NULL))
    {
        fprintf(stderr, "TERN_MOSQUITTO, TERN_MOSQUITTO_PUB, TERN_MOSQUITTO_SUB and "
                        "TERN_WORK_DIR must be set (run through ctest)\n");
        return 2;
    }
    if (getenv("TERN_TEST_FILTER") != NULL)
    {
        cmocka_set_test_filter(getenv("TERN_TEST_FILTER"));
    }
    failures = cmocka_run_group_tests(tests, start_broker, stop_broker);
    if (failures != 0)
    {
        broker_dump_log(&broker); /* files kept for a look */
    }
    else
    {
        broker_remove_files(&broker);
    }
    return failures;
}
