/*
 * Footprint probe: an application using the whole MQTT 3.1.1 API (as app_v311.c) and the
 * MQTT 5 API (connect, publish, subscribe, unsubscribe, disconnect and authenticate with
 * properties, user property and subscription identifier readers). Linked with
 * --gc-sections it keeps the library code such an application pulls in. Never run.
 */
#include "core_mqtt.h"
#include "core_mqtt_state.h"
#include "core_mqtt_v5.h"

struct NetworkContext
{
    int unused;
};

static uint8_t buffer[1024];
static uint8_t properties[128];
static uint8_t aliases[4 * 34];
static MQTTPubAckInfo_t outgoing[8];
static MQTTPubAckInfo_t incoming[8];
static MQTTContext_t context;
static MQTTV5State_t v5;
static struct NetworkContext network;
volatile uint32_t sink;

static int32_t transport_recv(NetworkContext_t *pContext, void *pBuffer, size_t length)
{
    (void)pContext;
    (void)pBuffer;
    return (int32_t)length;
}

static int32_t transport_send(NetworkContext_t *pContext, const void *pBuffer, size_t length)
{
    (void)pContext;
    (void)pBuffer;
    return (int32_t)length;
}

static uint32_t now_ms(void)
{
    return sink;
}

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    MQTTV5UserProperty_t user;
    uint8_t *pCodes;
    size_t count;
    size_t cursor = 0U;
    uint32_t id;
    (void)pContext;
    if (MQTT_GetSubAckStatusCodes(pPacket, &pCodes, &count) == MQTTSuccess)
    {
        sink += count;
    }
    while (MQTTV5_GetNextUserProperty(pInfo->pProperties, &cursor, &user))
    {
        sink += user.key.length;
    }
    cursor = 0U;
    while (MQTTV5_GetNextSubscriptionId(pInfo->pProperties, &cursor, &id))
    {
        sink += id;
    }
}

static bool on_auth(MQTTContext_t *pContext, uint8_t reasonCode,
                    const MQTTV5Properties_t *pReceived, MQTTV5Properties_t *pResponse)
{
    (void)pContext;
    (void)reasonCode;
    *pResponse = *pReceived;
    return true;
}

int main(void)
{
    TransportInterface_t transport = {transport_recv, transport_send, NULL, &network};
    MQTTFixedBuffer_t fixed = {buffer, sizeof(buffer)};
    MQTTV5Config_t config = {properties, sizeof(properties), aliases, 34U, 4U, on_auth};
    MQTTConnectInfo_t connect = {true, 60U, "id", 2U, NULL, 0U, NULL, 0U};
    MQTTPublishInfo_t publish = {MQTTQoS1, false, false, "t", 1U, "p", 1U};
    MQTTSubscribeInfo_t subscription = {MQTTQoS1, "t/#", 3U, false, false, 0U};
    MQTTV5Properties_t props = {0};
    MQTTStateCursor_t cursor = MQTT_STATE_CURSOR_INITIALIZER;
    bool present = false;
    bool match = false;
    uint16_t id;

    props.present = MQTTV5_PROP_SESSION_EXPIRY_INTERVAL;
    props.sessionExpiryInterval = (uint32_t)sink;
    sink += (uint32_t)MQTT_Init(&context, &transport, now_ms, on_event, &fixed);
    sink += (uint32_t)MQTT_InitStatefulQoS(&context, outgoing, 8U, incoming, 8U);
    sink += (uint32_t)MQTTV5_Init(&context, &v5, &config);
    if (sink == 0U)
    {
        sink += (uint32_t)MQTT_Connect(&context, &connect, &publish, 1000U, &present);
    }
    sink += (uint32_t)MQTTV5_Connect(&context, &connect, &publish, &props, NULL, 1000U, &present);
    id = MQTT_GetPacketId(&context);
    sink += (uint32_t)MQTT_Subscribe(&context, &subscription, 1U, id);
    sink += (uint32_t)MQTTV5_Subscribe(&context, &subscription, 1U, id, &props);
    sink += (uint32_t)MQTT_Publish(&context, &publish, MQTT_GetPacketId(&context));
    sink += (uint32_t)MQTTV5_Publish(&context, &publish, MQTT_GetPacketId(&context), &props);
    sink += (uint32_t)MQTT_CancelCallback(&context, id);
    sink += (uint32_t)MQTT_Ping(&context);
    sink += (uint32_t)MQTT_ProcessLoop(&context);
    sink += (uint32_t)MQTT_ReceiveLoop(&context);
    sink += (uint32_t)MQTT_Unsubscribe(&context, &subscription, 1U, MQTT_GetPacketId(&context));
    sink += (uint32_t)MQTTV5_Unsubscribe(&context, &subscription, 1U, id, &props);
    sink += (uint32_t)MQTTV5_Authenticate(&context, MQTTV5_REASON_REAUTHENTICATE, &props);
    sink += MQTT_PublishToResend(&context, &cursor);
    sink += (uint32_t)MQTT_MatchTopic("a/b", 3U, "a/+", 3U, &match);
    sink += (uint32_t)MQTT_Status_strerror(MQTTSuccess)[0];
    sink += (uint32_t)MQTT_State_strerror(MQTTPublishDone)[0];
    sink += (uint32_t)MQTTV5_Disconnect(&context, 0U, &props);
    sink += (uint32_t)MQTT_Disconnect(&context);
    return (int)match;
}
