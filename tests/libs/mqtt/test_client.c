/*
 * The MQTT 3.1.1 client over a scripted in-memory transport: connect and session
 * resumption, QoS 0/1/2 in both directions, keep-alive, packets larger than the network
 * buffer, and a broker that breaks the protocol (each an error status, never a crash/hang).
 */
#include "test_util.h"

#include "core_mqtt.h"
#include "core_mqtt_state.h"
#include "mock_transport.h"

#define MAX_EVENTS 32U

typedef struct event
{
    uint8_t type;
    uint16_t packetId;
    MQTTStatus_t result;
    char topic[64];
    uint8_t payload[4096];
    size_t payloadLength;
    size_t payloadOffset;
    size_t payloadTotal;
    bool dup;
    MQTTQoS_t qos;
    size_t codes;
} event_t;

static MQTTContext_t context;
static uint8_t networkBuffer[1024];
static MQTTPubAckInfo_t outgoing[4];
static MQTTPubAckInfo_t incoming[4];
static event_t events[MAX_EVENTS];
static size_t eventCount;

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    event_t *pEvent = &events[eventCount < MAX_EVENTS ? eventCount++ : MAX_EVENTS - 1U];
    assert_ptr_equal(pContext, &context);
    memset(pEvent, 0, sizeof(*pEvent));
    pEvent->type = pPacket->type;
    pEvent->packetId = pInfo->packetIdentifier;
    pEvent->result = pInfo->deserializationResult;
    pEvent->codes = pInfo->reasonCodeCount;
    if (pInfo->pPublishInfo != NULL)
    {
        const MQTTPublishInfo_t *pPublish = pInfo->pPublishInfo;
        assert_true(pPublish->topicNameLength < sizeof(pEvent->topic));
        memcpy(pEvent->topic, pPublish->pTopicName, pPublish->topicNameLength);
        assert_true(pPublish->payloadLength <= sizeof(pEvent->payload));
        if (pPublish->payloadLength != 0U)
        {
            memcpy(pEvent->payload, pPublish->pPayload, pPublish->payloadLength);
        }
        pEvent->payloadLength = pPublish->payloadLength;
        pEvent->payloadOffset = pInfo->payloadOffset;
        pEvent->payloadTotal = pInfo->payloadTotalLength;
        pEvent->dup = pPublish->dup;
        pEvent->qos = pPublish->qos;
        {
            /* The packet info describes the bytes at hand: decoding it gives this part. */
            MQTTPublishInfo_t again;
            uint16_t id = 0U;
            assert_int_equal(MQTT_DeserializePublish(pPacket, &id, &again), MQTTSuccess);
            assert_ptr_equal(again.pPayload, pPublish->pPayload);
            assert_int_equal(again.payloadLength, pPublish->payloadLength);
        }
    }
}

/* A fresh context whose network buffer holds bufferSize bytes. */
static void init_client(size_t bufferSize, bool withWritev)
{
    TransportInterface_t transport = mock_transport(withWritev);
    MQTTFixedBuffer_t fixed = {networkBuffer, bufferSize};
    mock_reset();
    eventCount = 0U;
    assert_int_equal(MQTT_Init(&context, &transport, mock_time, on_event, &fixed), MQTTSuccess);
    assert_int_equal(MQTT_InitStatefulQoS(&context, outgoing, 4U, incoming, 4U), MQTTSuccess);
}

static int setup(void **state)
{
    (void)state;
    init_client(sizeof(networkBuffer), true);
    return 0;
}

/* Connects (the broker answers with `sessionPresent`) and forgets the CONNECT bytes. */
static void connect_client(bool cleanSession, bool sessionPresent, uint16_t keepAlive)
{
    MQTTConnectInfo_t info = {cleanSession, keepAlive, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = !sessionPresent;
    uint8_t connack[4] = {0x20, 2, sessionPresent ? 1 : 0, 0};
    mock_feed(connack, sizeof(connack));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);
    assert_int_equal(present, sessionPresent);
    assert_int_equal(context.connectStatus, MQTTConnected);
    mock_clear_output();
}

static void publish_qos(MQTTQoS_t qos, uint16_t packetId, const char *pPayload)
{
    MQTTPublishInfo_t info = {qos, false, false, "t", 1U, pPayload, strlen(pPayload)};
    assert_int_equal(MQTT_Publish(&context, &info, packetId), MQTTSuccess);
}

/* ------------------------------------------------------------------------------------------ */

static void init_rejects_bad_parameters(void **state)
{
    TransportInterface_t transport = mock_transport(true);
    MQTTFixedBuffer_t fixed = {networkBuffer, 0U};
    (void)state;

    assert_int_equal(MQTT_Init(&context, &transport, mock_time, on_event, &fixed),
                     MQTTBadParameter);
    fixed.size = 16U;
    assert_int_equal(MQTT_Init(NULL, &transport, mock_time, on_event, &fixed), MQTTBadParameter);
    assert_int_equal(MQTT_Init(&context, &transport, NULL, on_event, &fixed), MQTTBadParameter);
    assert_int_equal(MQTT_Init(&context, &transport, mock_time, NULL, &fixed), MQTTBadParameter);
    transport.recv = NULL;
    assert_int_equal(MQTT_Init(&context, &transport, mock_time, on_event, &fixed),
                     MQTTBadParameter);
    assert_int_equal(MQTT_ProcessLoop(NULL), MQTTBadParameter);
    assert_int_equal(MQTT_Publish(NULL, NULL, 0U), MQTTBadParameter);
    assert_int_equal(MQTT_Subscribe(NULL, NULL, 0U, 0U), MQTTBadParameter);
    assert_int_equal(MQTT_Ping(NULL), MQTTBadParameter);
    assert_int_equal(MQTT_Disconnect(NULL), MQTTBadParameter);
    assert_int_equal(MQTT_GetPacketId(NULL), 0U);
}

static void connect_sends_connect_and_reads_connack(void **state)
{
    MQTTConnectInfo_t info = {true, 30U, "dev", 3U, "me", 2U, "pw", 2U};
    MQTTPublishInfo_t will = {MQTTQoS1, true, false, "w", 1U, "x", 1U};
    bool present = true;
    (void)state;

    mock_feed(BYTES(0x20, 2, 0, 0));
    assert_int_equal(MQTT_Connect(&context, &info, &will, 1000U, &present), MQTTSuccess);
    assert_false(present);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x10, 29, 0, 4, 'M', 'Q', 'T', 'T', 4, 0xEE, 0, 30, 0, 3, 'd', 'e', 'v', 0,
                       1, 'w', 0, 1, 'x', 0, 2, 'm', 'e', 0, 2, 'p', 'w'));
    assert_int_equal(context.connectStatus, MQTTConnected);
    assert_int_equal(context.keepAliveIntervalSec, 30U);
}

static void connect_reports_refusal_and_bad_connack(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    mock_feed(BYTES(0x20, 2, 0, 5)); /* not authorised */
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTServerRefused);
    assert_int_equal(context.connectStatus, MQTTNotConnected);
    mock_feed(BYTES(0x20, 2, 1, 0)); /* clean session, yet "session present" */
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTBadResponse);
    mock_feed(BYTES(0x30, 3, 0, 1, 't')); /* a PUBLISH instead of CONNACK */
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTBadResponse);
    mock_feed(BYTES(0x20, 3, 0, 0, 0)); /* CONNACK with the wrong length */
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTBadResponse);
    mock_feed(BYTES(0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F)); /* malformed remaining length */
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTBadResponse);
    mockNetwork.recvResult = -1;
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTRecvFailed);
    mockNetwork.recvResult = 0;
    mockNetwork.sendResult = -1;
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSendFailed);
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, NULL), MQTTBadParameter);
}

static void connect_gives_up_without_connack(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    /* With a timeout: waits about that long by the clock. */
    mockTimeStepMs = 10U;
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 500U, &present), MQTTNoDataAvailable);
    assert_true(mockNetwork.recvCalls >= 40U);
    assert_true(mockNetwork.recvCalls <= 60U);

    /* Without: a fixed number of empty reads. */
    mockTimeStepMs = 0U;
    mockNetwork.recvCalls = 0U;
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 0U, &present), MQTTNoDataAvailable);
    assert_int_equal(mockNetwork.recvCalls, 6U);
}

static void connack_arriving_in_pieces_is_assembled(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    mockNetwork.maxRecv = 1U;
    mock_feed(BYTES(0x20, 2, 0, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 0U, &present), MQTTSuccess);
}

static void packets_following_connack_are_kept(void **state)
{
    MQTTConnectInfo_t info = {false, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    /* The broker sends a queued message in the same segment as the CONNACK. */
    mock_feed(BYTES(0x20, 2, 1, 0, 0x30, 4, 0, 1, 'q', '!'));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);
    assert_true(present);
    assert_int_equal(eventCount, 0U);
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 1U);
    assert_string_equal(events[0].topic, "q");
    assert_bytes(events[0].payload, events[0].payloadLength, "!", 1U);
}

static void qos0_publish_is_sent_as_is(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS0, true, false, "a/b", 3U, "xyz", 3U};
    (void)state;

    connect_client(true, false, 0U);
    assert_int_equal(MQTT_Publish(&context, &info, 0U), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x31, 8, 0, 3, 'a', '/', 'b', 'x', 'y', 'z'));
}

static void qos1_publish_completes_on_puback(void **state)
{
    (void)state;
    connect_client(true, false, 0U);
    publish_qos(MQTTQoS1, 7U, "m");
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x32, 6, 0, 1, 't', 0, 7, 'm'));
    assert_int_equal(outgoing[0].publishState, MQTTPubAckPending);

    mock_feed(BYTES(0x40, 2, 0, 7));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 1U);
    assert_int_equal(events[0].type, MQTT_PACKET_TYPE_PUBACK);
    assert_int_equal(events[0].packetId, 7U);
    assert_int_equal(outgoing[0].packetId, 0U);
}

static void qos2_publish_completes_after_pubrel_and_pubcomp(void **state)
{
    (void)state;
    connect_client(true, false, 0U);
    publish_qos(MQTTQoS2, 8U, "m");
    mock_clear_output();

    mock_feed(BYTES(0x50, 2, 0, 8));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_true(context.controlPacketSent);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x62, 2, 0, 8));
    assert_int_equal(outgoing[0].publishState, MQTTPubCompPending);

    mock_feed(BYTES(0x70, 2, 0, 8));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 2U);
    assert_int_equal(events[1].type, MQTT_PACKET_TYPE_PUBCOMP);
    assert_int_equal(outgoing[0].packetId, 0U);
}

static void publish_refusals(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "t", 1U, "p", 1U};
    uint16_t id;
    (void)state;
    connect_client(true, false, 0U);

    assert_int_equal(MQTT_Publish(&context, &info, 0U), MQTTBadParameter);
    for (id = 1U; id <= 4U; id++)
    {
        assert_int_equal(MQTT_Publish(&context, &info, id), MQTTSuccess);
    }
    assert_int_equal(MQTT_Publish(&context, &info, 5U), MQTTNoMemory);
    assert_int_equal(MQTT_Publish(&context, &info, 2U), MQTTStateCollision);
    /* A resend of a publish in flight (DUP) is allowed and goes out with the DUP flag. */
    info.dup = true;
    mock_clear_output();
    assert_int_equal(MQTT_Publish(&context, &info, 2U), MQTTSuccess);
    assert_int_equal(mockNetwork.output[0], 0x3A);
    /* MQTT_GetPacketId skips the identifiers in flight. */
    context.nextPacketId = 1U;
    assert_int_equal(MQTT_GetPacketId(&context), 5U);
    context.nextPacketId = 0xFFFFU;
    assert_int_equal(MQTT_GetPacketId(&context), 0xFFFFU);
    assert_int_equal(MQTT_GetPacketId(&context), 5U);
    /* Cancelling frees a record. */
    assert_int_equal(MQTT_CancelCallback(&context, 3U), MQTTSuccess);
    assert_int_equal(MQTT_CancelCallback(&context, 3U), MQTTBadParameter);
    info.dup = false;
    assert_int_equal(MQTT_Publish(&context, &info, 9U), MQTTSuccess);
}

static void failed_send_releases_the_record(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "t", 1U, "p", 1U};
    (void)state;
    connect_client(true, false, 0U);

    mockNetwork.sendResult = -1;
    assert_int_equal(MQTT_Publish(&context, &info, 3U), MQTTSendFailed);
    assert_int_equal(outgoing[0].packetId, 0U);

    /* A transport that accepts nothing is given MQTT_SEND_TIMEOUT_MS (20 s), then fails. */
    mockNetwork.sendResult = 0;
    mockNetwork.acceptNothing = true;
    mockNetwork.sendCalls = 0U;
    mockTimeStepMs = 1000U;
    assert_int_equal(MQTT_Publish(&context, &info, 3U), MQTTSendFailed);
    assert_true(mockNetwork.sendCalls >= 19U);
    assert_true(mockNetwork.sendCalls <= 22U);
    assert_int_equal(outgoing[0].packetId, 0U);
}

static void short_writes_without_writev_still_send_whole_packets(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "topic", 5U, "payload", 7U};
    (void)state;
    init_client(sizeof(networkBuffer), false);
    connect_client(true, false, 0U);

    mockNetwork.maxSend = 3U;
    assert_int_equal(MQTT_Publish(&context, &info, 0x0102U), MQTTSuccess);
    assert_bytes(
        mockNetwork.output, mockNetwork.outputLength,
        BYTES(0x32, 16, 0, 5, 't', 'o', 'p', 'i', 'c', 1, 2, 'p', 'a', 'y', 'l', 'o', 'a', 'd'));
    assert_true(mockNetwork.sendCalls >= 6U);
}

static void incoming_publishes_are_delivered_and_acknowledged(void **state)
{
    (void)state;
    connect_client(true, false, 0U);

    mock_feed(BYTES(0x30, 5, 0, 1, 'a', 'h', 'i'));  /* QoS 0 */
    mock_feed(BYTES(0x32, 6, 0, 1, 'b', 0, 4, '1')); /* QoS 1, id 4 */
    mock_feed(BYTES(0x34, 6, 0, 1, 'c', 0, 5, '2')); /* QoS 2, id 5 */
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 3U);
    assert_string_equal(events[0].topic, "a");
    assert_int_equal(events[1].qos, MQTTQoS1);
    assert_int_equal(events[1].packetId, 4U);
    assert_int_equal(events[2].qos, MQTTQoS2);
    assert_int_equal(events[2].payloadTotal, 1U);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x40, 2, 0, 4, 0x50, 2, 0, 5));
    assert_int_equal(incoming[0].publishState, MQTTPubRelPending);

    /* The broker resends the QoS 2 message: acknowledged again, not delivered again. */
    mock_clear_output();
    mock_feed(BYTES(0x3C, 6, 0, 1, 'c', 0, 5, '2'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 3U);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x50, 2, 0, 5));

    mock_clear_output();
    mock_feed(BYTES(0x62, 2, 0, 5));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x70, 2, 0, 5));
    assert_int_equal(incoming[0].packetId, 0U);
    assert_int_equal(eventCount, 4U);
    assert_int_equal(events[3].type, MQTT_PACKET_TYPE_PUBREL);
}

static void stray_pubrel_is_answered_other_strays_are_errors(void **state)
{
    (void)state;
    connect_client(true, false, 0U);

    /* Our PUBCOMP for 9 may have been lost with a previous connection. */
    mock_feed(BYTES(0x62, 2, 0, 9));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x70, 2, 0, 9));

    mock_feed(BYTES(0x40, 2, 0, 9)); /* PUBACK for nothing we sent */
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    mock_feed(BYTES(0x50, 2, 0, 9));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    mock_feed(BYTES(0x70, 2, 0, 9));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);

    /* An acknowledgement that does not fit the publish's state. */
    publish_qos(MQTTQoS1, 11U, "x");
    mock_feed(BYTES(0x70, 2, 0, 11));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTIllegalState);
    mock_feed(BYTES(0x50, 2, 0, 11));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTIllegalState);
    assert_int_equal(eventCount, 0U);
}

static void broker_protocol_violations_are_errors(void **state)
{
    static const struct
    {
        uint8_t bytes[8];
        size_t length;
    } violations[] = {
        {{0x20, 2, 0, 0}, 4U},                   /* CONNACK outside connect */
        {{0x10, 0}, 2U},                         /* CONNECT */
        {{0xC0, 0}, 2U},                         /* PINGREQ */
        {{0xE0, 0}, 2U},                         /* DISCONNECT (3.1.1 servers never send it) */
        {{0x00, 0}, 2U},                         /* reserved type */
        {{0x36, 5, 0, 1, 'a', 0, 1}, 7U},        /* QoS 3 PUBLISH */
        {{0x38, 3, 0, 1, 'a'}, 5U},              /* DUP on a QoS 0 PUBLISH */
        {{0x30, 3, 0, 0, 'a'}, 5U},              /* empty topic */
        {{0x30, 2, 0, 5}, 4U},                   /* topic longer than the packet */
        {{0x32, 4, 0, 1, 'a', 0}, 6U},           /* missing packet identifier */
        {{0x32, 5, 0, 1, 'a', 0, 0}, 7U},        /* packet identifier 0 */
        {{0x40, 3, 0, 1, 0}, 5U},                /* PUBACK too long */
        {{0x90, 3, 0, 1, 7}, 5U},                /* SUBACK with an invalid code */
        {{0xD0, 1, 0}, 3U},                      /* PINGRESP with a body */
        {{0x30, 0x80, 0x80, 0x80, 0x80, 1}, 6U}, /* five length bytes */
        {{0x30, 0x80, 0x00}, 3U},                /* padded length */
    };
    size_t i;
    (void)state;

    for (i = 0U; i < sizeof(violations) / sizeof(violations[0]); i++)
    {
        init_client(sizeof(networkBuffer), true);
        connect_client(true, false, 0U);
        mock_feed(violations[i].bytes, violations[i].length);
        if (MQTT_ProcessLoop(&context) != MQTTBadResponse)
        {
            fail_msg("violation %zu not reported", i);
        }
        assert_int_equal(eventCount, 0U);
    }
}

static void truncated_packets_wait_for_the_rest(void **state)
{
    (void)state;
    connect_client(true, false, 0U);

    mock_feed(BYTES(0x30, 5, 0, 1));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNeedMoreBytes);
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNeedMoreBytes);
    assert_int_equal(eventCount, 0U);
    mock_feed(BYTES('a', 'o', 'k'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 1U);
    assert_bytes(events[0].payload, events[0].payloadLength, "ok", 2U);

    /* One byte per read: every packet still arrives whole, in order. */
    mockNetwork.maxRecv = 1U;
    mock_feed(BYTES(0x30, 4, 0, 1, 'b', '1', 0x30, 4, 0, 1, 'c', '2'));
    while (mock_pending() != 0U)
    {
        MQTTStatus_t status = MQTT_ProcessLoop(&context);
        assert_true((status == MQTTSuccess) || (status == MQTTNeedMoreBytes));
    }
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 3U);
    assert_string_equal(events[2].topic, "c");
}

static void transport_failure_is_reported(void **state)
{
    (void)state;
    connect_client(true, false, 0U);
    mockNetwork.recvResult = -1;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTRecvFailed);
    assert_int_equal(MQTT_ReceiveLoop(&context), MQTTRecvFailed);
    mockNetwork.recvResult = 0;
    mock_feed(BYTES(0x32, 5, 0, 1, 'a', 0, 3));
    mockNetwork.sendResult = -1;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSendFailed);
}

static void large_publish_is_delivered_in_fragments(void **state)
{
    uint8_t packet[1010];
    uint8_t whole[1000];
    size_t i;
    size_t received = 0U;
    (void)state;
    init_client(64U, true);
    connect_client(true, false, 0U);

    /* QoS 1 PUBLISH "big" with 1000 payload bytes, then a PINGRESP right behind it. */
    packet[0] = 0x32;
    packet[1] = 0xEF; /* 1007 = 0x3EF */
    packet[2] = 0x07;
    packet[3] = 0;
    packet[4] = 3;
    memcpy(&packet[5], "big", 3U);
    packet[8] = 0x12;
    packet[9] = 0x34;
    for (i = 0U; i < 1000U; i++)
    {
        whole[i] = (uint8_t)(i * 7U);
    }
    memcpy(&packet[10], whole, 1000U);
    mock_feed(packet, sizeof(packet));
    mock_feed(BYTES(0xD0, 0));
    mockNetwork.maxRecv = 50U;

    while (mock_pending() != 0U)
    {
        MQTTStatus_t status = MQTT_ProcessLoop(&context);
        assert_true((status == MQTTSuccess) || (status == MQTTNeedMoreBytes));
    }
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);

    /* Fragments in order, each naming the topic, offsets adding up, then the PINGRESP. */
    assert_true(eventCount > 2U);
    for (i = 0U; i + 1U < eventCount; i++)
    {
        assert_int_equal(events[i].type, 0x32U);
        assert_string_equal(events[i].topic, "big");
        assert_int_equal(events[i].packetId, 0x1234U);
        assert_int_equal(events[i].payloadTotal, 1000U);
        assert_int_equal(events[i].payloadOffset, received);
        assert_memory_equal(events[i].payload, &whole[received], events[i].payloadLength);
        received += events[i].payloadLength;
    }
    assert_int_equal(received, 1000U);
    assert_int_equal(events[eventCount - 1U].type, MQTT_PACKET_TYPE_PINGRESP);
    /* Acknowledged once, after the last fragment. */
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x40, 2, 0x12, 0x34));
    assert_int_equal(context.droppedPacketCount, 0U);
}

static void undeliverable_packets_are_skipped_keeping_the_framing(void **state)
{
    uint8_t packet[120];
    (void)state;
    init_client(32U, true);
    connect_client(true, false, 0U);

    /* A QoS 1 PUBLISH whose 100-byte topic cannot fit a 32-byte buffer. */
    memset(packet, 'x', sizeof(packet));
    packet[0] = 0x32;
    packet[1] = 2U + 100U + 2U + 5U;
    packet[2] = 0;
    packet[3] = 100;
    packet[104] = 0;
    packet[105] = 77;
    mock_feed(packet, 2U + packet[1]);
    /* A SUBACK with 40 return codes. */
    memset(packet, 0, sizeof(packet));
    packet[0] = 0x90;
    packet[1] = 42;
    packet[3] = 1;
    mock_feed(packet, 44U);
    /* And a normal PUBLISH after both. */
    mock_feed(BYTES(0x30, 5, 0, 1, 'k', 'o', 'k'));

    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNoMemory);
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNoMemory);
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(context.droppedPacketCount, 2U);
    assert_int_equal(eventCount, 1U);
    assert_string_equal(events[0].topic, "k");
    /* The QoS 1 message's identifier sat behind its topic, out of reach: nothing to
     * acknowledge with. */
    assert_int_equal(mockNetwork.outputLength, 0U);
}

static void oversized_duplicate_qos2_is_not_delivered_twice(void **state)
{
    uint8_t packet[200];
    (void)state;
    init_client(48U, true);
    connect_client(true, false, 0U);

    memset(packet, 'p', sizeof(packet));
    packet[0] = 0x34;
    packet[1] = 150;
    packet[2] = 1;
    packet[3] = 0;
    packet[4] = 1;
    packet[5] = 'q';
    packet[6] = 0;
    packet[7] = 21;
    mock_feed(packet, 153U);
    while (mock_pending() != 0U)
    {
        (void)MQTT_ProcessLoop(&context);
    }
    assert_true(eventCount >= 3U);
    eventCount = 0U;
    packet[0] = 0x3C; /* DUP */
    mock_feed(packet, 153U);
    while (mock_pending() != 0U)
    {
        (void)MQTT_ProcessLoop(&context);
    }
    assert_int_equal(eventCount, 0U);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x50, 2, 0, 21, 0x50, 2, 0, 21));
}

static void keep_alive_pings_and_detects_silence(void **state)
{
    (void)state;
    connect_client(true, false, 2U); /* 2 s keep-alive */

    mockTimeMs += 1000U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(mockNetwork.outputLength, 0U);
    mockTimeMs += 1000U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xC0, 0));
    assert_true(context.waitingForPingResp);

    mock_feed(BYTES(0xD0, 0));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_false(context.waitingForPingResp);
    assert_int_equal(events[0].type, MQTT_PACKET_TYPE_PINGRESP);

    /* Next ping goes unanswered. */
    mock_clear_output();
    mockTimeMs += 2000U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xC0, 0));
    /* Data from the server (here a long message) extends the wait for PINGRESP. */
    mockTimeMs += 3000U;
    mock_feed(BYTES(0x30, 3, 0, 1, 'm'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    mockTimeMs += 4999U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    mockTimeMs += 1U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTKeepAliveTimeout);
    /* The receive loop leaves keep-alive to the application. */
    assert_int_equal(MQTT_ReceiveLoop(&context), MQTTSuccess);
}

static void receive_loop_never_pings(void **state)
{
    (void)state;
    connect_client(true, false, 1U);
    mockTimeMs += 10000U;
    assert_int_equal(MQTT_ReceiveLoop(&context), MQTTSuccess);
    assert_int_equal(mockNetwork.outputLength, 0U);
    assert_int_equal(MQTT_Ping(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xC0, 0));
}

static void subscribe_unsubscribe_and_disconnect_bytes(void **state)
{
    MQTTSubscribeInfo_t list[3] = {{MQTTQoS0, "a", 1U, true, true, 2U},
                                   {MQTTQoS1, "b/+", 3U, false, false, 0U},
                                   {MQTTQoS2, "#", 1U, false, false, 0U}};
    (void)state;
    connect_client(true, false, 0U);

    /* MQTT 5 options are ignored on a 3.1.1 connection. */
    assert_int_equal(MQTT_Subscribe(&context, list, 3U, 0x0A0BU), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x82, 16, 0x0A, 0x0B, 0, 1, 'a', 0, 0, 3, 'b', '/', '+', 1, 0, 1, '#', 2));
    mock_clear_output();
    assert_int_equal(MQTT_Unsubscribe(&context, list, 2U, 3U), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0xA2, 10, 0, 3, 0, 1, 'a', 0, 3, 'b', '/', '+'));
    mock_clear_output();
    assert_int_equal(MQTT_Subscribe(&context, list, 0U, 3U), MQTTBadParameter);
    assert_int_equal(MQTT_Subscribe(&context, list, 1U, 0U), MQTTBadParameter);

    mock_feed(BYTES(0x90, 5, 0x0A, 0x0B, 0, 1, 0x80, 0xB0, 2, 0, 3));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 2U);
    assert_int_equal(events[0].type, MQTT_PACKET_TYPE_SUBACK);
    assert_int_equal(events[0].result, MQTTServerRefused);
    assert_int_equal(events[0].codes, 3U);
    assert_int_equal(events[1].type, MQTT_PACKET_TYPE_UNSUBACK);
    assert_int_equal(events[1].packetId, 3U);

    assert_int_equal(MQTT_Disconnect(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 0));
    assert_int_equal(context.connectStatus, MQTTNotConnected);
}

static void many_filters_are_sent_in_batches(void **state)
{
    MQTTSubscribeInfo_t list[10];
    uint8_t expected[4 + 10 * 5];
    size_t i;
    (void)state;
    connect_client(true, false, 0U);

    expected[0] = 0x82;
    expected[1] = 2 + 10 * 5;
    expected[2] = 0;
    expected[3] = 1;
    for (i = 0U; i < 10U; i++)
    {
        static char names[10][2];
        names[i][0] = (char)('a' + i);
        list[i].qos = (MQTTQoS_t)(i % 3U);
        list[i].pTopicFilter = names[i];
        list[i].topicFilterLength = 2U;
        names[i][1] = '#';
        expected[4 + i * 5] = 0;
        expected[5 + i * 5] = 2;
        expected[6 + i * 5] = (uint8_t)names[i][0];
        expected[7 + i * 5] = '#';
        expected[8 + i * 5] = (uint8_t)(i % 3U);
    }
    assert_int_equal(MQTT_Subscribe(&context, list, 10U, 1U), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, expected, sizeof(expected));
}

/* ------------------------------------------------------------------------------------------ */
/* Persistent sessions                                                                        */

static uint8_t stored[4][64];
static size_t storedLength[4];
static uint16_t storedId[4];
static unsigned clears;

static bool store_packet(MQTTContext_t *pContext, uint16_t packetId, MQTTVec_t *pVec)
{
    size_t i = packetId % 4U;
    (void)pContext;
    storedLength[i] = MQTT_GetBytesInMQTTVec(pVec);
    assert_true(storedLength[i] <= sizeof(stored[i]));
    MQTT_SerializeMQTTVec(stored[i], pVec);
    storedId[i] = packetId;
    return true;
}

static bool retrieve_packet(MQTTContext_t *pContext, uint16_t packetId, uint8_t **ppPacket,
                            size_t *pLength)
{
    size_t i = packetId % 4U;
    (void)pContext;
    if (storedId[i] != packetId)
    {
        return false;
    }
    *ppPacket = stored[i];
    *pLength = storedLength[i];
    return true;
}

static void clear_packet(MQTTContext_t *pContext, uint16_t packetId)
{
    (void)pContext;
    if (storedId[packetId % 4U] == packetId)
    {
        storedId[packetId % 4U] = 0U;
    }
    clears++;
}

static void resumed_session_resends_pubrel(void **state)
{
    MQTTConnectInfo_t info = {false, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    MQTTStateCursor_t cursor = MQTT_STATE_CURSOR_INITIALIZER;
    MQTTPublishInfo_t again = {MQTTQoS1, false, true, "t", 1U, "b", 1U};
    bool present = false;
    (void)state;

    connect_client(false, false, 0U);
    publish_qos(MQTTQoS2, 21U, "a");
    publish_qos(MQTTQoS1, 22U, "b");
    mock_feed(BYTES(0x50, 2, 0, 21));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);

    /* The connection drops before PUBCOMP and PUBACK; the broker kept the session. */
    mock_clear_output();
    mock_feed(BYTES(0x20, 2, 1, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);
    assert_bytes(&mockNetwork.output[15], mockNetwork.outputLength - 15U, BYTES(0x62, 2, 0, 21));

    /* Without a retransmit store the application resends the PUBLISH itself. */
    assert_int_equal(MQTT_PublishToResend(&context, &cursor), 22U);
    assert_int_equal(MQTT_PublishToResend(&context, &cursor), 0U);
    mock_clear_output();
    assert_int_equal(MQTT_Publish(&context, &again, 22U), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x3A, 6, 0, 1, 't', 0, 22, 'b'));
    mock_feed(BYTES(0x70, 2, 0, 21, 0x40, 2, 0, 22));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(outgoing[0].packetId + outgoing[1].packetId, 0U);
}

static void resumed_session_resends_what_it_owes_in_order(void **state)
{
    MQTTConnectInfo_t info = {false, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    memset(storedId, 0, sizeof(storedId));
    clears = 0U;
    assert_int_equal(MQTT_InitRetransmits(&context, store_packet, retrieve_packet, clear_packet),
                     MQTTSuccess);
    connect_client(false, false, 0U);
    publish_qos(MQTTQoS1, 1U, "a"); /* unacknowledged */
    publish_qos(MQTTQoS2, 2U, "b"); /* PUBREC received, PUBREL sent, no PUBCOMP */
    publish_qos(MQTTQoS2, 3U, "c"); /* unacknowledged */
    mock_feed(BYTES(0x50, 2, 0, 2));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(clears, 1U); /* the PUBREC made the copy of 2 useless */

    mock_clear_output();
    mock_feed(BYTES(0x20, 2, 1, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);
    assert_true(present);
    assert_bytes(&mockNetwork.output[15], mockNetwork.outputLength - 15U,
                 BYTES(0x3A, 6, 0, 1, 't', 0, 1, 'a',   /* PUBLISH 1 again, DUP */
                       0x62, 2, 0, 2,                   /* PUBREL 2 */
                       0x3C, 6, 0, 1, 't', 0, 3, 'c')); /* PUBLISH 3 again, DUP */

    /* Everything completes; the copies are released. */
    mock_feed(BYTES(0x40, 2, 0, 1, 0x70, 2, 0, 2, 0x50, 2, 0, 3, 0x70, 2, 0, 3));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(clears, 3U);
    assert_int_equal(outgoing[0].packetId + outgoing[1].packetId + outgoing[2].packetId, 0U);
}

static void lost_session_clears_the_records(void **state)
{
    (void)state;
    memset(storedId, 0, sizeof(storedId));
    clears = 0U;
    assert_int_equal(MQTT_InitRetransmits(&context, store_packet, retrieve_packet, clear_packet),
                     MQTTSuccess);
    connect_client(false, false, 0U);
    publish_qos(MQTTQoS1, 1U, "a");
    mock_feed(BYTES(0x34, 6, 0, 1, 'c', 0, 5, '2'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(incoming[0].packetId, 5U);

    connect_client(false, false, 0U); /* the broker lost the session */
    assert_int_equal(outgoing[0].packetId, 0U);
    assert_int_equal(incoming[0].packetId, 0U);
    assert_int_equal(clears, 1U);
    assert_int_equal(mockNetwork.outputLength, 0U);
}

static void resume_fails_when_a_copy_is_missing(void **state)
{
    MQTTConnectInfo_t info = {false, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;
    memset(storedId, 0, sizeof(storedId));
    assert_int_equal(MQTT_InitRetransmits(&context, store_packet, retrieve_packet, clear_packet),
                     MQTTSuccess);
    assert_int_equal(MQTT_InitRetransmits(&context, NULL, retrieve_packet, clear_packet),
                     MQTTBadParameter);
    connect_client(false, false, 0U);
    publish_qos(MQTTQoS1, 1U, "a");
    storedId[1] = 0U;
    mock_feed(BYTES(0x20, 2, 1, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present),
                     MQTTPublishRetrieveFailed);
}

static bool refuse_store(MQTTContext_t *pContext, uint16_t packetId, MQTTVec_t *pVec)
{
    (void)pContext;
    (void)packetId;
    (void)pVec;
    return false;
}

static void store_refusal_and_cancel_reach_the_application(void **state)
{
    (void)state;
    clears = 0U;
    assert_int_equal(MQTT_InitRetransmits(&context, refuse_store, retrieve_packet, clear_packet),
                     MQTTSuccess);
    connect_client(false, false, 0U);
    {
        MQTTPublishInfo_t info = {MQTTQoS1, false, false, "t", 1U, "p", 1U};
        /* Sent, but not stored: the application is told; the publish is still in flight. */
        assert_int_equal(MQTT_Publish(&context, &info, 4U), MQTTPublishStoreFailed);
        assert_int_equal(outgoing[0].publishState, MQTTPubAckPending);
    }
    assert_int_equal(MQTT_CancelCallback(&context, 4U), MQTTSuccess);
    assert_int_equal(clears, 1U);
}

static void full_incoming_records_leave_qos2_unacknowledged(void **state)
{
    uint8_t id;
    (void)state;
    connect_client(true, false, 0U);
    for (id = 1U; id <= 5U; id++)
    {
        uint8_t publish[8] = {0x34, 6, 0, 1, 'q', 0, id, 'x'};
        mock_feed(publish, sizeof(publish));
    }
    /* Four records: the fifth QoS 2 message can be neither recorded nor acknowledged. */
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNoMemory);
    assert_int_equal(eventCount, 4U);
    assert_int_equal(context.droppedPacketCount, 1U);
    assert_int_equal(mockNetwork.outputLength, 16U);
}

static void malformed_oversized_publish_is_skipped(void **state)
{
    uint8_t packet[100];
    (void)state;
    init_client(32U, true);
    connect_client(true, false, 0U);
    /* A QoS 3 PUBLISH too large for the buffer: skipped whole, framing kept. */
    memset(packet, 'z', sizeof(packet));
    packet[0] = 0x36;
    packet[1] = 98;
    mock_feed(packet, sizeof(packet));
    mock_feed(BYTES(0x30, 4, 0, 1, 'k', '!'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNoMemory);
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 1U);
    assert_string_equal(events[0].topic, "k");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(init_rejects_bad_parameters, setup),
        cmocka_unit_test_setup(connect_sends_connect_and_reads_connack, setup),
        cmocka_unit_test_setup(connect_reports_refusal_and_bad_connack, setup),
        cmocka_unit_test_setup(connect_gives_up_without_connack, setup),
        cmocka_unit_test_setup(connack_arriving_in_pieces_is_assembled, setup),
        cmocka_unit_test_setup(packets_following_connack_are_kept, setup),
        cmocka_unit_test_setup(qos0_publish_is_sent_as_is, setup),
        cmocka_unit_test_setup(qos1_publish_completes_on_puback, setup),
        cmocka_unit_test_setup(qos2_publish_completes_after_pubrel_and_pubcomp, setup),
        cmocka_unit_test_setup(publish_refusals, setup),
        cmocka_unit_test_setup(failed_send_releases_the_record, setup),
        cmocka_unit_test_setup(short_writes_without_writev_still_send_whole_packets, setup),
        cmocka_unit_test_setup(incoming_publishes_are_delivered_and_acknowledged, setup),
        cmocka_unit_test_setup(stray_pubrel_is_answered_other_strays_are_errors, setup),
        cmocka_unit_test_setup(broker_protocol_violations_are_errors, setup),
        cmocka_unit_test_setup(truncated_packets_wait_for_the_rest, setup),
        cmocka_unit_test_setup(transport_failure_is_reported, setup),
        cmocka_unit_test_setup(large_publish_is_delivered_in_fragments, setup),
        cmocka_unit_test_setup(undeliverable_packets_are_skipped_keeping_the_framing, setup),
        cmocka_unit_test_setup(oversized_duplicate_qos2_is_not_delivered_twice, setup),
        cmocka_unit_test_setup(keep_alive_pings_and_detects_silence, setup),
        cmocka_unit_test_setup(receive_loop_never_pings, setup),
        cmocka_unit_test_setup(subscribe_unsubscribe_and_disconnect_bytes, setup),
        cmocka_unit_test_setup(many_filters_are_sent_in_batches, setup),
        cmocka_unit_test_setup(resumed_session_resends_pubrel, setup),
        cmocka_unit_test_setup(resumed_session_resends_what_it_owes_in_order, setup),
        cmocka_unit_test_setup(lost_session_clears_the_records, setup),
        cmocka_unit_test_setup(resume_fails_when_a_copy_is_missing, setup),
        cmocka_unit_test_setup(store_refusal_and_cancel_reach_the_application, setup),
        cmocka_unit_test_setup(full_incoming_records_leave_qos2_unacknowledged, setup),
        cmocka_unit_test_setup(malformed_oversized_publish_is_skipped, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
