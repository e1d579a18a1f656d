/*
 * Footprint probe: an application using every function of core_mqtt.h and core_mqtt_state.h
 * that a coreMQTT v2.3 application can call (MQTT 3.1.1 only). Linked with --gc-sections it
 * keeps exactly the library code such an application pulls in. Never run.
 */
#include "core_mqtt.h"
#include "core_mqtt_state.h"

struct NetworkContext
{
    int unused;
};

static uint8_t buffer[1024];
static MQTTPubAckInfo_t outgoing[8];
static MQTTPubAckInfo_t incoming[8];
static MQTTContext_t context;
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
    uint8_t *pCodes;
    size_t count;
    (void)pContext;
    (void)pInfo;
    if (MQTT_GetSubAckStatusCodes(pPacket, &pCodes, &count) == MQTTSuccess)
    {
        sink += count;
    }
}

int main(void)
{
    TransportInterface_t transport = {transport_recv, transport_send, NULL, &network};
    MQTTFixedBuffer_t fixed = {buffer, sizeof(buffer)};
    MQTTConnectInfo_t connect = {true, 60U, "id", 2U, NULL, 0U, NULL, 0U};
    MQTTPublishInfo_t publish = {MQTTQoS1, false, false, "t", 1U, "p", 1U};
    MQTTSubscribeInfo_t subscription = {MQTTQoS1, "t/#", 3U, false, false, 0U};
    MQTTStateCursor_t cursor = MQTT_STATE_CURSOR_INITIALIZER;
    bool present = false;
    bool match = false;
    uint16_t id;

    sink += (uint32_t)MQTT_Init(&context, &transport, now_ms, on_event, &fixed);
    sink += (uint32_t)MQTT_InitStatefulQoS(&context, outgoing, 8U, incoming, 8U);
    sink += (uint32_t)MQTT_Connect(&context, &connect, &publish, 1000U, &present);
    id = MQTT_GetPacketId(&context);
    sink += (uint32_t)MQTT_Subscribe(&context, &subscription, 1U, id);
    sink += (uint32_t)MQTT_Publish(&context, &publish, MQTT_GetPacketId(&context));
    sink += (uint32_t)MQTT_CancelCallback(&context, id);
    sink += (uint32_t)MQTT_Ping(&context);
    sink += (uint32_t)MQTT_ProcessLoop(&context);
    sink += (uint32_t)MQTT_ReceiveLoop(&context);
    sink += (uint32_t)MQTT_Unsubscribe(&context, &subscription, 1U, MQTT_GetPacketId(&context));
    sink += MQTT_PublishToResend(&context, &cursor);
    sink += (uint32_t)MQTT_MatchTopic("a/b", 3U, "a/+", 3U, &match);
    sink += (uint32_t)MQTT_Status_strerror(MQTTSuccess)[0];
    sink += (uint32_t)MQTT_State_strerror(MQTTPublishDone)[0];
    sink += (uint32_t)MQTT_Disconnect(&context);
    return (int)match;
}
