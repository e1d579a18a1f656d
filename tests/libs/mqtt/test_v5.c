/*
 * MQTT 5: property encoding and decoding, and the client over the scripted transport:
 * CONNECT/CONNACK properties and negotiated limits, PUBLISH properties and topic aliases,
 * reason codes on every acknowledgement, server DISCONNECT, AUTH, and protocol errors.
 */
#include "test_util.h"

#include "core_mqtt_state.h"
#include "core_mqtt_v5.h"
#include "mock_transport.h"

typedef struct event
{
    uint8_t type;
    uint16_t packetId;
    uint8_t reasonCode;
    MQTTStatus_t result;
    char topic[64];
    uint32_t present;
    char reasonString[64];
    char userKey[32];
    char userValue[32];
    size_t userCount;
    uint32_t subscriptionIds[4];
    size_t subscriptionIdCount;
    uint8_t codes[8];
    size_t codeCount;
} event_t;

static MQTTContext_t context;
static MQTTV5State_t v5;
static uint8_t networkBuffer[512];
static uint8_t propertyBuffer[256];
static uint8_t aliasStorage[4 * 34];
static MQTTPubAckInfo_t outgoing[4];
static MQTTPubAckInfo_t incoming[4];
static event_t events[16];
static size_t eventCount;
static uint8_t nextAckReason;

static void copy_string(char *pOut, size_t size, const MQTTV5String_t *pString)
{
    assert_true(pString->length < size);
    memcpy(pOut, pString->pData, pString->length);
    pOut[pString->length] = '\0';
}

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    event_t *pEvent = &events[eventCount < 16U ? eventCount++ : 15U];
    (void)pContext;
    memset(pEvent, 0, sizeof(*pEvent));
    pEvent->type = pPacket->type;
    pEvent->packetId = pInfo->packetIdentifier;
    pEvent->reasonCode = pInfo->reasonCode;
    pEvent->result = pInfo->deserializationResult;
    if (pInfo->pPublishInfo != NULL)
    {
        memcpy(pEvent->topic, pInfo->pPublishInfo->pTopicName,
               pInfo->pPublishInfo->topicNameLength);
        pInfo->ackReasonCode = nextAckReason;
    }
    if (pInfo->pReasonCodes != NULL)
    {
        pEvent->codeCount = pInfo->reasonCodeCount;
        memcpy(pEvent->codes, pInfo->pReasonCodes, pInfo->reasonCodeCount);
    }
    if (pInfo->pProperties != NULL)
    {
        const MQTTV5Properties_t *pProps = pInfo->pProperties;
        MQTTV5UserProperty_t user;
        size_t cursor = 0U;
        uint32_t id;
        pEvent->present = pProps->present;
        if ((pProps->present & MQTTV5_PROP_REASON_STRING) != 0U)
        {
            copy_string(pEvent->reasonString, sizeof(pEvent->reasonString), &pProps->reasonString);
        }
        if ((pProps->present & MQTTV5_PROP_ASSIGNED_CLIENT_IDENTIFIER) != 0U)
        {
            copy_string(pEvent->reasonString, sizeof(pEvent->reasonString),
                        &pProps->assignedClientIdentifier);
        }
        pEvent->userCount = pProps->userPropertyCount;
        if (MQTTV5_GetNextUserProperty(pProps, &cursor, &user))
        {
            copy_string(pEvent->userKey, sizeof(pEvent->userKey), &user.key);
            copy_string(pEvent->userValue, sizeof(pEvent->userValue), &user.value);
        }
        cursor = 0U;
        while (MQTTV5_GetNextSubscriptionId(pProps, &cursor, &id) &&
               (pEvent->subscriptionIdCount < 4U))
        {
            pEvent->subscriptionIds[pEvent->subscriptionIdCount++] = id;
        }
    }
}

static unsigned authCalls;
static bool auth_callback(MQTTContext_t *pContext, uint8_t reasonCode,
                          const MQTTV5Properties_t *pReceived, MQTTV5Properties_t *pResponse)
{
    (void)pContext;
    authCalls++;
    if (reasonCode == MQTTV5_REASON_CONTINUE_AUTHENTICATION)
    {
        /* Challenge "c?" is answered with "r!"; anything else refused. */
        if ((pReceived->authenticationData.length != 2U) ||
            (memcmp(pReceived->authenticationData.pData, "c?", 2U) != 0))
        {
            return false;
        }
        pResponse->present = MQTTV5_PROP_AUTHENTICATION_METHOD | MQTTV5_PROP_AUTHENTICATION_DATA;
        pResponse->authenticationMethod.pData = "M";
        pResponse->authenticationMethod.length = 1U;
        pResponse->authenticationData.pData = "r!";
        pResponse->authenticationData.length = 2U;
    }
    return true;
}

static int setup(void **state)
{
    TransportInterface_t transport = mock_transport(true);
    MQTTFixedBuffer_t fixed = {networkBuffer, sizeof(networkBuffer)};
    MQTTV5Config_t config = {propertyBuffer, sizeof(propertyBuffer), aliasStorage, 34U, 4U,
                             auth_callback};
    (void)state;
    mock_reset();
    eventCount = 0U;
    authCalls = 0U;
    nextAckReason = 0U;
    assert_int_equal(MQTT_Init(&context, &transport, mock_time, on_event, &fixed), MQTTSuccess);
    assert_int_equal(MQTT_InitStatefulQoS(&context, outgoing, 4U, incoming, 4U), MQTTSuccess);
    assert_int_equal(MQTTV5_Init(&context, &v5, &config), MQTTSuccess);
    return 0;
}

/* MQTT 5 connect; the broker answers with the given CONNACK properties. */
static void connect_v5(const MQTTV5Properties_t *pProps, const uint8_t *pConnackProps,
                       size_t connackPropsLength)
{
    MQTTConnectInfo_t info = {true, 60U, "c", 1U, NULL, 0U, NULL, 0U};
    uint8_t connack[64] = {0x20, 0, 0, 0};
    bool present = true;
    connack[1] = (uint8_t)(2U + connackPropsLength);
    memcpy(&connack[4], pConnackProps, connackPropsLength);
    mock_feed(connack, 4U + connackPropsLength);
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, pProps, NULL, 1000U, &present),
                     MQTTSuccess);
    assert_false(present);
    mock_clear_output();
    eventCount = 0U;
}

/* ------------------------------------------------------------------------------------------ */
/* Properties                                                                                 */

static void properties_round_trip(void **state)
{
    static const MQTTV5UserProperty_t users[2] = {{{"k", 1U}, {"v", 1U}}, {{"a", 1U}, {"", 0U}}};
    MQTTV5Properties_t out;
    MQTTV5Properties_t in;
    uint8_t encoded[128];
    size_t size = 0U, written = 0U, consumed = 0U, cursor = 0U;
    MQTTV5UserProperty_t user;
    (void)state;

    memset(&out, 0, sizeof(out));
    out.present = MQTTV5_PROP_PAYLOAD_FORMAT_INDICATOR | MQTTV5_PROP_MESSAGE_EXPIRY_INTERVAL |
                  MQTTV5_PROP_CONTENT_TYPE | MQTTV5_PROP_RESPONSE_TOPIC |
                  MQTTV5_PROP_CORRELATION_DATA | MQTTV5_PROP_TOPIC_ALIAS;
    out.payloadFormatIndicator = 1U;
    out.messageExpiryInterval = 0x01020304U;
    out.contentType.pData = "text/plain";
    out.contentType.length = 10U;
    out.responseTopic.pData = "r";
    out.responseTopic.length = 1U;
    out.correlationData.pData = "\x00\x01";
    out.correlationData.length = 2U;
    out.topicAlias = 3U;
    out.pUserProperties = users;
    out.userPropertyCount = 2U;

    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_PUBLISH_OUT, &size), MQTTSuccess);
    assert_int_equal(MQTTV5_SerializeProperties(&out, MQTTV5_PROPS_PUBLISH_OUT, encoded,
                                                sizeof(encoded), &written),
                     MQTTSuccess);
    assert_int_equal(written, size);
    assert_bytes(encoded, 12U, BYTES(size - 1U, 0x01, 1, 0x02, 1, 2, 3, 4, 0x03, 0, 10, 't'));
    assert_int_equal(
        MQTTV5_SerializeProperties(&out, MQTTV5_PROPS_PUBLISH_OUT, encoded, size - 1U, &written),
        MQTTNoMemory);

    /* Read back as a server would send them (PUBLISH_IN allows the same properties). */
    assert_int_equal(
        MQTTV5_DeserializeProperties(encoded, size, MQTTV5_PROPS_PUBLISH_IN, &in, &consumed),
        MQTTSuccess);
    assert_int_equal(consumed, size);
    assert_int_equal(in.present, out.present);
    assert_int_equal(in.messageExpiryInterval, 0x01020304U);
    assert_int_equal(in.topicAlias, 3U);
    assert_bytes(in.contentType.pData, in.contentType.length, "text/plain", 10U);
    assert_bytes(in.correlationData.pData, in.correlationData.length, "\x00\x01", 2U);
    assert_int_equal(in.userPropertyCount, 2U);
    assert_true(MQTTV5_GetNextUserProperty(&in, &cursor, &user));
    assert_bytes(user.key.pData, user.key.length, "k", 1U);
    assert_true(MQTTV5_GetNextUserProperty(&in, &cursor, &user));
    assert_int_equal(user.value.length, 0U);
    assert_false(MQTTV5_GetNextUserProperty(&in, &cursor, &user));

    /* Empty list: one zero byte. */
    memset(&out, 0, sizeof(out));
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_CONNECT, &size), MQTTSuccess);
    assert_int_equal(size, 1U);
}

static void properties_are_checked_against_their_packet(void **state)
{
    MQTTV5Properties_t out;
    size_t size = 0U;
    (void)state;

    memset(&out, 0, sizeof(out));
    out.present = MQTTV5_PROP_SUBSCRIPTION_IDENTIFIER;
    out.subscriptionIdentifier = 5U;
    /* A client never sends a subscription identifier in PUBLISH. */
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_PUBLISH_OUT, &size),
                     MQTTBadParameter);
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_SUBSCRIBE, &size), MQTTSuccess);
    out.subscriptionIdentifier = 0U;
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_SUBSCRIBE, &size),
                     MQTTBadParameter);
    out.present = MQTTV5_PROP_RECEIVE_MAXIMUM;
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_CONNECT, &size), MQTTBadParameter);
    out.present = MQTTV5_PROP_REQUEST_PROBLEM_INFORMATION;
    out.requestProblemInformation = 2U;
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_CONNECT, &size), MQTTBadParameter);
    out.present = 1UL << 22; /* not a property bit */
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_CONNECT, &size), MQTTBadParameter);
    out.present = MQTTV5_PROP_SERVER_KEEP_ALIVE; /* server-only */
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_CONNECT, &size), MQTTBadParameter);
    out.present = 0U;
    out.userPropertyCount = 1U;
    assert_int_equal(MQTTV5_GetPropertiesSize(&out, MQTTV5_PROPS_CONNECT, &size), MQTTBadParameter);
    assert_int_equal(MQTTV5_GetPropertiesSize(NULL, MQTTV5_PROPS_CONNECT, &size), MQTTBadParameter);
}

static void malformed_property_lists_are_rejected(void **state)
{
    static const struct
    {
        uint8_t bytes[12];
        size_t length;
        MQTTV5PropertyContext_t context;
    } bad[] = {
        {{5, 0x01, 1}, 3U, MQTTV5_PROPS_PUBLISH_IN},          /* length beyond the data */
        {{2, 0x01, 2}, 3U, MQTTV5_PROPS_PUBLISH_IN},          /* payload format 2 */
        {{4, 0x01, 1, 0x01, 0}, 5U, MQTTV5_PROPS_PUBLISH_IN}, /* twice */
        {{2, 0x7F, 0}, 3U, MQTTV5_PROPS_PUBLISH_IN},          /* unknown identifier */
        {{2, 0x12, 0}, 3U, MQTTV5_PROPS_PUBLISH_IN},          /* CONNACK-only property */
        {{3, 0x23, 0, 0}, 4U, MQTTV5_PROPS_PUBLISH_IN},       /* topic alias 0 */
        {{3, 0x21, 0, 0}, 4U, MQTTV5_PROPS_CONNACK},          /* receive maximum 0 */
        {{2, 0x0B, 0}, 3U, MQTTV5_PROPS_PUBLISH_IN},          /* subscription id 0 */
        {{3, 0x03, 0, 5}, 4U, MQTTV5_PROPS_PUBLISH_IN},       /* string longer than list */
        {{4, 0x26, 0, 1, 'k'}, 5U, MQTTV5_PROPS_ACK},         /* pair without value */
        {{2, 0x02, 1}, 3U, MQTTV5_PROPS_PUBLISH_IN},          /* truncated 4-byte integer */
        {{0x80}, 1U, MQTTV5_PROPS_ACK},                       /* truncated list length */
        {{0x80, 0x00}, 2U, MQTTV5_PROPS_ACK},                 /* padded list length */
        {{3, 0x0B, 0x80, 0x80}, 4U, MQTTV5_PROPS_PUBLISH_IN}, /* truncated varint */
        {{2, 0x24, 2}, 3U, MQTTV5_PROPS_CONNACK},             /* maximum QoS 2 */
        {{2, 0x11, 0}, 3U, MQTTV5_PROPS_DISCONNECT_IN},       /* session expiry from server */
    };
    MQTTV5Properties_t in;
    size_t consumed = 0U;
    size_t i;
    (void)state;

    for (i = 0U; i < sizeof(bad) / sizeof(bad[0]); i++)
    {
        if (MQTTV5_DeserializeProperties(bad[i].bytes, bad[i].length, bad[i].context, &in,
                                         &consumed) != MQTTBadResponse)
        {
            fail_msg("malformed list %zu accepted", i);
        }
    }
    /* Repeated subscription identifiers are allowed in an incoming PUBLISH. */
    assert_int_equal(MQTTV5_DeserializeProperties(BYTES(4, 0x0B, 1, 0x0B, 0x7F),
                                                  MQTTV5_PROPS_PUBLISH_IN, &in, &consumed),
                     MQTTSuccess);
    assert_int_equal(in.subscriptionIdentifier, 1U);
    assert_int_equal(MQTTV5_DeserializeProperties(NULL, 1U, MQTTV5_PROPS_ACK, &in, &consumed),
                     MQTTBadParameter);
}

/* ------------------------------------------------------------------------------------------ */
/* Client                                                                                     */

static void connect_sends_properties_and_applies_connack_limits(void **state)
{
    static const MQTTV5UserProperty_t user = {{"u", 1U}, {"1", 1U}};
    MQTTConnectInfo_t info = {false, 60U, "c", 1U, NULL, 0U, "pw", 2U};
    MQTTPublishInfo_t will = {MQTTQoS0, false, false, "w", 1U, "x", 1U};
    MQTTV5Properties_t props;
    MQTTV5Properties_t willProps;
    bool present = false;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_SESSION_EXPIRY_INTERVAL | MQTTV5_PROP_RECEIVE_MAXIMUM |
                    MQTTV5_PROP_MAXIMUM_PACKET_SIZE | MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM;
    props.sessionExpiryInterval = 300U;
    props.receiveMaximum = 2U;
    props.maximumPacketSize = 4096U;
    props.topicAliasMaximum = 4U;
    props.pUserProperties = &user;
    props.userPropertyCount = 1U;
    memset(&willProps, 0, sizeof(willProps));
    willProps.present = MQTTV5_PROP_WILL_DELAY_INTERVAL;
    willProps.willDelayInterval = 5U;

    /* CONNACK: session present, receive maximum 1, server keep alive 10, assigned id "z",
     * topic alias maximum 2, maximum QoS 1, retain not available. */
    mock_feed(BYTES(0x20, 20, 1, 0, 17, 0x21, 0, 1, 0x13, 0, 10, 0x12, 0, 1, 'z', 0x22, 0, 2, 0x24,
                    1, 0x25, 0));
    assert_int_equal(MQTTV5_Connect(&context, &info, &will, &props, &willProps, 1000U, &present),
                     MQTTSuccess);
    assert_true(present);
    /* Password without user name is fine in MQTT 5; level 5; property lists in place. */
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x10, 53, 0, 4, 'M', 'Q', 'T', 'T', 5, 0x44, 0, 60, 23, 0x11, 0, 0, 1, 44,
                       0x21, 0, 2, 0x22, 0, 4, 0x26, 0, 1, 'u', 0, 1, '1', 0x27, 0, 0, 0x10, 0, 0,
                       1, 'c', 5, 0x18, 0, 0, 0, 5, 0, 1, 'w', 0, 1, 'x', 0, 2, 'p', 'w'));
    assert_int_equal(v5.serverReceiveMaximum, 1U);
    assert_int_equal(v5.serverTopicAliasMaximum, 2U);
    assert_int_equal(v5.serverMaximumQoS, 1U);
    assert_false(v5.serverRetainAvailable);
    assert_int_equal(context.keepAliveIntervalSec, 10U);
    assert_int_equal(v5.clientReceiveMaximum, 2U);
    assert_int_equal(eventCount, 1U);
    assert_int_equal(events[0].type, MQTT_PACKET_TYPE_CONNACK);
    assert_string_equal(events[0].reasonString, "z"); /* assigned client identifier */
}

static void refused_connect_reports_the_reason(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    mock_feed(BYTES(0x20, 8, 0, 0x87, 5, 0x1F, 0, 2, 'n', 'o'));
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, NULL, NULL, 1000U, &present),
                     MQTTServerRefused);
    assert_int_equal(v5.connackReasonCode, 0x87U);
    assert_string_equal(events[0].reasonString, "no");
    assert_int_equal(events[0].result, MQTTServerRefused);

    mock_feed(BYTES(0x20, 3, 0, 0x05, 0)); /* not a valid MQTT 5 reason code */
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, NULL, NULL, 1000U, &present),
                     MQTTBadResponse);
    mock_feed(BYTES(0x20, 3, 1, 0x87, 0)); /* refusal claiming a session */
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, NULL, NULL, 1000U, &present),
                     MQTTBadResponse);
    mock_feed(BYTES(0x20, 5, 0, 0, 2, 0x13, 0)); /* property list running out */
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, NULL, NULL, 1000U, &present),
                     MQTTBadResponse);
}

static void enhanced_authentication_exchanges_auth_packets(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    MQTTV5Properties_t props;
    bool present = false;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_AUTHENTICATION_METHOD;
    props.authenticationMethod.pData = "M";
    props.authenticationMethod.length = 1U;
    /* Server: AUTH continue with challenge "c?", then CONNACK success. */
    mock_feed(BYTES(0xF0, 11, 0x18, 9, 0x15, 0, 1, 'M', 0x16, 0, 2, 'c', '?'));
    mock_feed(BYTES(0x20, 3, 0, 0, 0));
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, &props, NULL, 1000U, &present),
                     MQTTSuccess);
    assert_int_equal(authCalls, 1U);
    /* After the CONNECT (20 bytes): our AUTH continue with response "r!". */
    assert_bytes(&mockNetwork.output[20], mockNetwork.outputLength - 20U,
                 BYTES(0xF0, 11, 0x18, 9, 0x15, 0, 1, 'M', 0x16, 0, 2, 'r', '!'));

    /* Re-authentication: client starts, server challenges, then reports success. */
    mock_clear_output();
    assert_int_equal(MQTTV5_Authenticate(&context, MQTTV5_REASON_REAUTHENTICATE, &props),
                     MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0xF0, 6, 0x19, 4, 0x15, 0, 1, 'M'));
    mock_feed(BYTES(0xF0, 11, 0x18, 9, 0x15, 0, 1, 'M', 0x16, 0, 2, 'c', '?'));
    mock_feed(BYTES(0xF0, 6, 0x00, 4, 0x15, 0, 1, 'M'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(authCalls, 3U);
    assert_false(v5.authInProgress);

    /* An AUTH nobody asked for is a protocol error: DISCONNECT 0x82. */
    mock_clear_output();
    mock_feed(BYTES(0xF0, 6, 0x18, 4, 0x15, 0, 1, 'M'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 1, 0x82));
    assert_int_equal(context.connectStatus, MQTTNotConnected);
}

static void refused_challenge_fails_the_connect(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    MQTTV5Properties_t props;
    bool present = false;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_AUTHENTICATION_METHOD;
    props.authenticationMethod.pData = "M";
    props.authenticationMethod.length = 1U;
    mock_feed(BYTES(0xF0, 11, 0x18, 9, 0x15, 0, 1, 'M', 0x16, 0, 2, 'x', 'x'));
    assert_int_equal(MQTTV5_Connect(&context, &info, NULL, &props, NULL, 1000U, &present),
                     MQTTServerRefused);
}

static void publish_with_properties_and_flow_control(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "t", 1U, "p", 1U};
    MQTTV5Properties_t props;
    (void)state;

    /* Server: receive maximum 1, topic alias maximum 2, maximum QoS 1, retain unavailable,
     * maximum packet size 30. */
    connect_v5(NULL, BYTES(15, 0x21, 0, 1, 0x22, 0, 2, 0x24, 1, 0x25, 0, 0x27, 0, 0, 0, 30));
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_MESSAGE_EXPIRY_INTERVAL | MQTTV5_PROP_TOPIC_ALIAS;
    props.messageExpiryInterval = 9U;
    props.topicAlias = 2U;
    assert_int_equal(MQTTV5_Publish(&context, &info, 1U, &props), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x32, 15, 0, 1, 't', 0, 1, 8, 0x02, 0, 0, 0, 9, 0x23, 0, 2, 'p'));

    /* Receive maximum 1 reached. */
    assert_int_equal(MQTTV5_Publish(&context, &info, 2U, &props), MQTTNoMemory);
    mock_feed(BYTES(0x40, 2, 0, 1));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    /* Alias-only topic, after the alias was set. */
    info.topicNameLength = 0U;
    mock_clear_output();
    assert_int_equal(MQTTV5_Publish(&context, &info, 2U, &props), MQTTSuccess);
    assert_int_equal(mockNetwork.output[1], 14U);
    mock_feed(BYTES(0x40, 2, 0, 2));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);

    /* What the server cannot take. */
    props.present = 0U;
    assert_int_equal(MQTTV5_Publish(&context, &info, 3U, &props), MQTTBadParameter); /* no topic */
    info.topicNameLength = 1U;
    info.qos = MQTTQoS2;
    assert_int_equal(MQTTV5_Publish(&context, &info, 3U, NULL), MQTTBadParameter);
    info.qos = MQTTQoS0;
    info.retain = true;
    assert_int_equal(MQTTV5_Publish(&context, &info, 0U, NULL), MQTTBadParameter);
    info.retain = false;
    props.present = MQTTV5_PROP_TOPIC_ALIAS;
    props.topicAlias = 3U;
    assert_int_equal(MQTTV5_Publish(&context, &info, 0U, &props), MQTTBadParameter);
    info.payloadLength = 30U;
    info.pPayload = networkBuffer;
    assert_int_equal(MQTTV5_Publish(&context, &info, 0U, NULL), MQTTBadParameter); /* > 30 bytes */
    /* The 3.1.1 function works on an MQTT 5 connection (empty property list). */
    info.payloadLength = 1U;
    mock_clear_output();
    assert_int_equal(MQTT_Publish(&context, &info, 0U), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x30, 5, 0, 1, 't', 0, networkBuffer[0]));
}

static void incoming_publish_properties_and_topic_aliases(void **state)
{
    MQTTV5Properties_t props;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM;
    props.topicAliasMaximum = 4U;
    connect_v5(&props, BYTES(0));

    /* Topic "ab" with alias 1, subscription identifiers 3 and 7, a user property. */
    mock_feed(BYTES(0x30, 20, 0, 2, 'a', 'b', 14, 0x23, 0, 1, 0x0B, 3, 0x0B, 7, 0x26, 0, 1, 'k', 0,
                    1, 'v', 'x'));
    /* Alias 1 alone. */
    mock_feed(BYTES(0x30, 7, 0, 0, 3, 0x23, 0, 1, 'y'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(eventCount, 2U);
    assert_string_equal(events[0].topic, "ab");
    assert_int_equal(events[0].subscriptionIdCount, 2U);
    assert_int_equal(events[0].subscriptionIds[1], 7U);
    assert_string_equal(events[0].userKey, "k");
    assert_string_equal(events[0].userValue, "v");
    assert_string_equal(events[1].topic, "ab");

    /* Alias beyond our maximum: DISCONNECT 0x94. */
    mock_feed(BYTES(0x30, 7, 0, 0, 3, 0x23, 0, 5, 'y'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 1, 0x94));
}

static void unknown_alias_and_missing_topic_are_protocol_errors(void **state)
{
    MQTTV5Properties_t props;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM;
    props.topicAliasMaximum = 4U;
    connect_v5(&props, BYTES(0));
    mock_feed(BYTES(0x30, 7, 0, 0, 3, 0x23, 0, 2, 'y'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 1, 0x82));

    connect_v5(NULL, BYTES(0));
    mock_feed(BYTES(0x30, 4, 0, 0, 0, 'y'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
}

static void reason_codes_reach_the_application(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS2, false, false, "t", 1U, "p", 1U};
    MQTTSubscribeInfo_t subs[2] = {{MQTTQoS1, "a", 1U, true, true, 1U},
                                   {MQTTQoS2, "b", 1U, false, false, 2U}};
    MQTTV5Properties_t subProps;
    (void)state;
    connect_v5(NULL, BYTES(0));

    /* SUBSCRIBE with options and a subscription identifier. */
    memset(&subProps, 0, sizeof(subProps));
    subProps.present = MQTTV5_PROP_SUBSCRIPTION_IDENTIFIER;
    subProps.subscriptionIdentifier = 200U;
    assert_int_equal(MQTTV5_Subscribe(&context, subs, 2U, 5U, &subProps), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x82, 14, 0, 5, 3, 0x0B, 0xC8, 0x01, 0, 1, 'a', 0x1D, 0, 1, 'b', 0x22));
    mock_clear_output();
    assert_int_equal(MQTTV5_Unsubscribe(&context, subs, 1U, 6U, NULL), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xA2, 6, 0, 6, 0, 0, 1, 'a'));

    /* SUBACK granting QoS 1 and refusing the other (0x87) with a reason string. */
    mock_feed(BYTES(0x90, 9, 0, 5, 4, 0x1F, 0, 1, '!', 0x01, 0x87));
    mock_feed(BYTES(0xB0, 4, 0, 6, 0, 0x11)); /* UNSUBACK: no subscription existed */
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(events[0].result, MQTTServerRefused);
    assert_bytes(events[0].codes, events[0].codeCount, BYTES(0x01, 0x87));
    assert_string_equal(events[0].reasonString, "!");
    assert_bytes(events[1].codes, events[1].codeCount, BYTES(0x11));

    /* PUBREC with failure 0x97: the exchange ends, no PUBREL. */
    assert_int_equal(MQTTV5_Publish(&context, &info, 9U, NULL), MQTTSuccess);
    mock_clear_output();
    mock_feed(BYTES(0x50, 3, 0, 9, 0x97));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(events[2].reasonCode, 0x97U);
    assert_int_equal(events[2].result, MQTTServerRefused);
    assert_int_equal(mockNetwork.outputLength, 0U);
    assert_int_equal(outgoing[0].packetId, 0U);

    /* PUBACK "no matching subscribers" is a success. */
    info.qos = MQTTQoS1;
    assert_int_equal(MQTTV5_Publish(&context, &info, 10U, NULL), MQTTSuccess);
    mock_feed(BYTES(0x40, 4, 0, 10, 0x10, 0));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(events[3].reasonCode, 0x10U);
    assert_int_equal(events[3].result, MQTTSuccess);

    /* Invalid reason codes are protocol errors. */
    assert_int_equal(MQTTV5_Publish(&context, &info, 11U, NULL), MQTTSuccess);
    mock_feed(BYTES(0x40, 3, 0, 11, 0x92));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
}

static void application_chooses_the_ack_reason_code(void **state)
{
    (void)state;
    connect_v5(NULL, BYTES(0));
    nextAckReason = 0x87U; /* not authorized */
    mock_feed(BYTES(0x32, 6, 0, 1, 't', 0, 3, 0));
    mock_feed(BYTES(0x34, 6, 0, 1, 't', 0, 4, 0));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0x40, 3, 0, 3, 0x87, 0x50, 3, 0, 4, 0x87));
    /* The refused QoS 2 message leaves no record behind. */
    assert_int_equal(incoming[0].packetId, 0U);
}

static void server_disconnect_is_reported(void **state)
{
    (void)state;
    connect_v5(NULL, BYTES(0));
    mock_feed(BYTES(0xE0, 9, 0x8B, 7, 0x1F, 0, 4, 'b', 'y', 'e', '!'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTServerDisconnected);
    assert_int_equal(context.connectStatus, MQTTNotConnected);
    assert_int_equal(v5.disconnectReasonCode, 0x8BU);
    assert_int_equal(events[0].type, MQTT_PACKET_TYPE_DISCONNECT);
    assert_string_equal(events[0].reasonString, "bye!");
}

static void client_disconnect_carries_reason_and_properties(void **state)
{
    MQTTV5Properties_t props;
    (void)state;
    connect_v5(NULL, BYTES(0));
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_SESSION_EXPIRY_INTERVAL;
    props.sessionExpiryInterval = 0U;
    assert_int_equal(MQTTV5_Disconnect(&context, MQTTV5_REASON_DISCONNECT_WITH_WILL, &props),
                     MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength,
                 BYTES(0xE0, 7, 0x04, 5, 0x11, 0, 0, 0, 0));
    assert_int_equal(context.connectStatus, MQTTNotConnected);
    mock_clear_output();
    assert_int_equal(MQTTV5_Disconnect(&context, 0U, NULL), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 0));
}

static void limits_this_client_announced_are_enforced(void **state)
{
    MQTTV5Properties_t props;
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_RECEIVE_MAXIMUM | MQTTV5_PROP_MAXIMUM_PACKET_SIZE;
    props.receiveMaximum = 1U;
    props.maximumPacketSize = 20U;
    connect_v5(&props, BYTES(0));

    /* Two QoS 2 publishes outstanding where one was allowed: 0x93. */
    mock_feed(BYTES(0x34, 7, 0, 1, 't', 0, 1, 0, 'a'));
    mock_feed(BYTES(0x34, 7, 0, 1, 't', 0, 2, 0, 'b'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    assert_bytes(&mockNetwork.output[4], mockNetwork.outputLength - 4U, BYTES(0xE0, 1, 0x93));

    /* A packet above our maximum packet size: 0x95. */
    connect_v5(&props, BYTES(0));
    mock_feed(BYTES(0x30, 20, 0, 1, 't', 0, '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a',
                    'b', 'c', 'd', 'e', 'f'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 1, 0x95));
}

static void v5_functions_need_an_mqtt5_connection(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS0, false, false, "t", 1U, NULL, 0U};
    MQTTConnectInfo_t connect = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    MQTTV5Config_t config = {NULL, 16U, NULL, 0U, 0U, NULL};
    bool present = false;
    (void)state;

    assert_int_equal(MQTTV5_Publish(&context, &info, 0U, NULL), MQTTBadParameter);
    assert_int_equal(MQTTV5_Disconnect(&context, 0U, NULL), MQTTBadParameter);
    assert_int_equal(MQTTV5_Init(&context, &v5, &config), MQTTBadParameter);
    config.propertyBufferSize = 0U;
    config.topicAliasCount = 1U;
    assert_int_equal(MQTTV5_Init(&context, &v5, &config), MQTTBadParameter);
    assert_int_equal(MQTTV5_Init(NULL, &v5, &config), MQTTBadParameter);
    /* Without a property buffer only empty property lists can be sent. */
    config.topicAliasCount = 0U;
    assert_int_equal(MQTTV5_Init(&context, &v5, &config), MQTTSuccess);
    {
        MQTTV5Properties_t props;
        memset(&props, 0, sizeof(props));
        assert_int_equal(MQTTV5_Connect(&context, &connect, NULL, &props, NULL, 1000U, &present),
                         MQTTNoMemory);
    }
    /* A 3.1.1 connect on the same context switches back to MQTT 3.1.1. */
    mock_feed(BYTES(0x20, 2, 0, 0));
    assert_int_equal(MQTT_Connect(&context, &connect, NULL, 1000U, &present), MQTTSuccess);
    assert_int_equal(MQTTV5_Publish(&context, &info, 0U, NULL), MQTTBadParameter);
}

static void more_protocol_errors_and_refusals(void **state)
{
    MQTTV5Properties_t props;
    MQTTSubscribeInfo_t sub = {MQTTQoS1, "a", 1U, false, false, 0U};
    (void)state;

    /* The server says it has no subscription identifiers. */
    connect_v5(NULL, BYTES(2, 0x29, 0));
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_SUBSCRIPTION_IDENTIFIER;
    props.subscriptionIdentifier = 1U;
    assert_int_equal(MQTTV5_Subscribe(&context, &sub, 1U, 1U, &props), MQTTBadParameter);
    sub.retainHandling = 3U;
    assert_int_equal(MQTTV5_Subscribe(&context, &sub, 1U, 1U, NULL), MQTTBadParameter);
    /* Authenticate needs a method, a callback and a fitting reason code. */
    props.present = MQTTV5_PROP_AUTHENTICATION_METHOD;
    props.authenticationMethod.pData = "M";
    props.authenticationMethod.length = 1U;
    assert_int_equal(MQTTV5_Authenticate(&context, 0x00U, &props), MQTTBadParameter);
    assert_int_equal(MQTTV5_Authenticate(&context, MQTTV5_REASON_REAUTHENTICATE, NULL),
                     MQTTBadParameter);

    /* SUBACK without codes, SUBACK with a code that does not exist, UNSUBACK likewise. */
    mock_feed(BYTES(0x90, 3, 0, 1, 0));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    connect_v5(NULL, BYTES(0));
    mock_feed(BYTES(0x90, 4, 0, 1, 0, 0x05));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    connect_v5(NULL, BYTES(0));
    mock_feed(BYTES(0xB0, 4, 0, 1, 0, 0x01));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    /* An acknowledgement whose property list does not fill it. */
    connect_v5(NULL, BYTES(0));
    mock_feed(BYTES(0x40, 6, 0, 1, 0x00, 1, 0x1F, 0));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    /* A stray PUBREC is answered with PUBREL 0x92. */
    connect_v5(NULL, BYTES(0));
    mock_feed(BYTES(0x50, 2, 0, 33));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0x62, 3, 0, 33, 0x92));
}

static void refused_reauthentication_disconnects(void **state)
{
    MQTTV5Properties_t props;
    (void)state;
    connect_v5(NULL, BYTES(0));
    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_AUTHENTICATION_METHOD;
    props.authenticationMethod.pData = "M";
    props.authenticationMethod.length = 1U;
    assert_int_equal(MQTTV5_Authenticate(&context, MQTTV5_REASON_REAUTHENTICATE, &props),
                     MQTTSuccess);
    mock_clear_output();
    mock_feed(BYTES(0xF0, 11, 0x18, 9, 0x15, 0, 1, 'M', 0x16, 0, 2, 'n', 'o'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTBadResponse);
    assert_bytes(mockNetwork.output, mockNetwork.outputLength, BYTES(0xE0, 1, 0x87));
    assert_int_equal(context.connectStatus, MQTTNotConnected);
}

static void long_alias_topic_and_oversized_properties(void **state)
{
    MQTTV5Properties_t props;
    uint8_t packet[80];
    (void)state;

    memset(&props, 0, sizeof(props));
    props.present = MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM;
    props.topicAliasMaximum = 4U;
    connect_v5(&props, BYTES(0));
    /* A 40-character topic cannot be remembered in a 34-byte alias slot. */
    memset(packet, 'a', sizeof(packet));
    packet[0] = 0x30;
    packet[1] = 2 + 40 + 4 + 1;
    packet[2] = 0;
    packet[3] = 40;
    packet[44] = 3;
    packet[45] = 0x23;
    packet[46] = 0;
    packet[47] = 1;
    mock_feed(packet, 49U);
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNoMemory);
    assert_int_equal(eventCount, 0U);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(properties_round_trip, setup),
        cmocka_unit_test_setup(properties_are_checked_against_their_packet, setup),
        cmocka_unit_test_setup(malformed_property_lists_are_rejected, setup),
        cmocka_unit_test_setup(connect_sends_properties_and_applies_connack_limits, setup),
        cmocka_unit_test_setup(refused_connect_reports_the_reason, setup),
        cmocka_unit_test_setup(enhanced_authentication_exchanges_auth_packets, setup),
        cmocka_unit_test_setup(refused_challenge_fails_the_connect, setup),
        cmocka_unit_test_setup(publish_with_properties_and_flow_control, setup),
        cmocka_unit_test_setup(incoming_publish_properties_and_topic_aliases, setup),
        cmocka_unit_test_setup(unknown_alias_and_missing_topic_are_protocol_errors, setup),
        cmocka_unit_test_setup(reason_codes_reach_the_application, setup),
        cmocka_unit_test_setup(application_chooses_the_ack_reason_code, setup),
        cmocka_unit_test_setup(server_disconnect_is_reported, setup),
        cmocka_unit_test_setup(client_disconnect_carries_reason_and_properties, setup),
        cmocka_unit_test_setup(limits_this_client_announced_are_enforced, setup),
        cmocka_unit_test_setup(v5_functions_need_an_mqtt5_connection, setup),
        cmocka_unit_test_setup(more_protocol_errors_and_refusals, setup),
        cmocka_unit_test_setup(refused_reauthentication_disconnects, setup),
        cmocka_unit_test_setup(long_alias_topic_and_oversized_properties, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
