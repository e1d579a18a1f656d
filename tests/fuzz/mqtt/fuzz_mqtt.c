/*
 * libFuzzer target for the MQTT library (label fuzz). The first input byte picks what is
 * fuzzed, the next two the receive chunk size and network buffer size; the rest is what
 * "the broker" sends:
 *   mode 0: the decoders on their own (fixed header, PUBLISH, acknowledgements, SUBACK
 *           codes, MQTT 5 property lists in every context);
 *   mode 1: the MQTT 3.1.1 receive path (MQTT_ProcessLoop after a CONNACK);
 *   mode 2: the MQTT 5 receive path (MQTTV5_Connect, then MQTT_ProcessLoop).
 * Beyond sanitizer findings it checks invariants a user relies on: every pointer handed to
 * the callback lies inside memory the library owns, fragments add up, the buffer index
 * stays within the buffer.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core_mqtt.h"
#include "core_mqtt_serializer.h"
#include "core_mqtt_state.h"
#include "core_mqtt_v5.h"

struct NetworkContext
{
    const uint8_t *pData;
    size_t length;
    size_t position;
    size_t chunk;
};

static MQTTContext_t context;
static MQTTV5State_t v5;
static uint8_t networkBuffer[1024];
static size_t networkBufferSize;
static uint8_t propertyBuffer[128];
static uint8_t aliasStorage[4 * 40];
static MQTTPubAckInfo_t outgoing[4];
static MQTTPubAckInfo_t incoming[4];
static uint32_t nowMs;
static size_t fragmentExpected;

static void check(bool condition)
{
    if (!condition)
    {
        abort();
    }
}

/* Whether [p, p + length) lies inside [base, base + size). */
static bool inside(const void *p, size_t length, const void *base, size_t size)
{
    const uint8_t *pByte = p;
    const uint8_t *pBase = base;
    return (length == 0U) || ((pByte >= pBase) && (pByte + length <= pBase + size));
}

static bool owned(const void *p, size_t length)
{
    return inside(p, length, networkBuffer, networkBufferSize) ||
           inside(p, length, aliasStorage, sizeof(aliasStorage));
}

/* Whether p points into the network buffer or the alias storage; the end counts, since an
 * empty remainder of a packet that ends the buffer points there. */
static bool points_into(const void *p)
{
    const uint8_t *pByte = p;
    return ((pByte >= networkBuffer) && (pByte <= &networkBuffer[networkBufferSize])) ||
           ((pByte >= aliasStorage) && (pByte <= &aliasStorage[sizeof(aliasStorage)]));
}

static int32_t fuzz_recv(NetworkContext_t *pNetwork, void *pBuffer, size_t length)
{
    size_t left = pNetwork->length - pNetwork->position;
    if (length > pNetwork->chunk)
    {
        length = pNetwork->chunk;
    }
    if (length > left)
    {
        length = left;
    }
    memcpy(pBuffer, &pNetwork->pData[pNetwork->position], length);
    pNetwork->position += length;
    return (int32_t)length;
}

static int32_t fuzz_send(NetworkContext_t *pNetwork, const void *pBuffer, size_t length)
{
    (void)pNetwork;
    (void)pBuffer;
    return (int32_t)length;
}

static uint32_t fuzz_time(void)
{
    nowMs += 700U; /* keep-alive and its timeouts come into play */
    return nowMs;
}

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    check(pContext == &context);
    check(points_into(pPacket->pRemainingData));
    if (pPacket->headerLength + pPacket->remainingLength <= networkBufferSize)
    {
        check(owned(pPacket->pRemainingData, pPacket->remainingLength));
    }
    if (pInfo->pPublishInfo != NULL)
    {
        const MQTTPublishInfo_t *pPublish = pInfo->pPublishInfo;
        check(owned(pPublish->pTopicName, pPublish->topicNameLength));
        check(owned(pPublish->pPayload, pPublish->payloadLength));
        check(pInfo->payloadOffset + pPublish->payloadLength <= pInfo->payloadTotalLength);
        /* Fragments of one message arrive in order, without gaps. */
        check((pInfo->payloadOffset == 0U) || (pInfo->payloadOffset == fragmentExpected));
        fragmentExpected = pInfo->payloadOffset + pPublish->payloadLength;
        /* Exercise the reason-code path of MQTT 5 acknowledgements. */
        pInfo->ackReasonCode = (uint8_t)(pPublish->payloadLength & 0x80U);
    }
    if (pInfo->pReasonCodes != NULL)
    {
        check(owned(pInfo->pReasonCodes, pInfo->reasonCodeCount));
    }
    if (pInfo->pProperties != NULL)
    {
        const MQTTV5Properties_t *pProps = pInfo->pProperties;
        MQTTV5UserProperty_t user;
        size_t cursor = 0U;
        uint32_t id;
        check(owned(pProps->pRaw, pProps->rawLength));
        check(owned(pProps->contentType.pData, pProps->contentType.length));
        check(owned(pProps->reasonString.pData, pProps->reasonString.length));
        while (MQTTV5_GetNextUserProperty(pProps, &cursor, &user))
        {
            check(owned(user.key.pData, user.key.length));
            check(owned(user.value.pData, user.value.length));
        }
        cursor = 0U;
        while (MQTTV5_GetNextSubscriptionId(pProps, &cursor, &id))
        {
            check(id != 0U);
        }
    }
}

static bool auth_callback(MQTTContext_t *pContext, uint8_t reasonCode,
                          const MQTTV5Properties_t *pReceived, MQTTV5Properties_t *pResponse)
{
    (void)pContext;
    (void)reasonCode;
    pResponse->present = MQTTV5_PROP_AUTHENTICATION_METHOD;
    pResponse->authenticationMethod = pReceived->authenticationMethod;
    return (pReceived->authenticationData.length & 1U) == 0U;
}

static void fuzz_decoders(const uint8_t *pData, size_t size)
{
    static uint8_t copy[4096];
    MQTTPacketInfo_t packet;
    MQTTPublishInfo_t publish;
    MQTTV5Properties_t props;
    uint16_t packetId = 0U;
    bool present = false;
    uint8_t *pCodes;
    size_t count;
    size_t consumed;
    int context;

    if (size > sizeof(copy))
    {
        size = sizeof(copy);
    }
    memcpy(copy, pData, size);
    if (MQTT_ProcessIncomingPacketTypeAndLength(copy, &size, &packet) == MQTTSuccess)
    {
        size_t available = size - packet.headerLength;
        packet.pRemainingData = &copy[packet.headerLength];
        if (packet.remainingLength > available)
        {
            packet.remainingLength = available; /* decode what is there */
        }
        if (MQTT_DeserializePublish(&packet, &packetId, &publish) == MQTTSuccess)
        {
            check(inside(publish.pTopicName, publish.topicNameLength, copy, size));
            check(inside(publish.pPayload, publish.payloadLength, copy, size));
        }
        (void)MQTT_DeserializeAck(&packet, &packetId, &present);
        if (MQTT_GetSubAckStatusCodes(&packet, &pCodes, &count) == MQTTSuccess)
        {
            check(inside(pCodes, count, copy, size));
        }
    }
    for (context = MQTTV5_PROPS_CONNECT; context <= MQTTV5_PROPS_AUTH; context++)
    {
        if (MQTTV5_DeserializeProperties(copy, size, (MQTTV5PropertyContext_t)context, &props,
                                         &consumed) == MQTTSuccess)
        {
            uint8_t encoded[4096];
            size_t written = 0U;
            check(consumed <= size);
            check(inside(props.pRaw, props.rawLength, copy, size));
            /* What decodes must encode again, to the same bytes when no user properties or
             * repeated identifiers reorder it (then at least to the same length). */
            if ((props.userPropertyCount == 0U) &&
                (MQTTV5_SerializeProperties(&props, (MQTTV5PropertyContext_t)context, encoded,
                                            sizeof(encoded), &written) == MQTTSuccess))
            {
                check(written <= consumed);
            }
        }
    }
}

static void fuzz_receive(const uint8_t *pData, size_t size, size_t chunk, bool mqtt5)
{
    static const uint8_t connack311[] = {0x20, 2, 0, 0};
    static const uint8_t connack5[] = {0x20, 3, 0, 0, 0};
    static uint8_t stream[8192];
    struct NetworkContext network;
    TransportInterface_t transport = {fuzz_recv, fuzz_send, NULL, &network};
    MQTTFixedBuffer_t fixed = {networkBuffer, networkBufferSize};
    MQTTConnectInfo_t connect = {false, 5U, "f", 1U, NULL, 0U, NULL, 0U};
    MQTTV5Config_t config = {propertyBuffer, sizeof(propertyBuffer), aliasStorage, 40U, 4U,
                             auth_callback};
    MQTTV5Properties_t props;
    size_t prefix = mqtt5 ? sizeof(connack5) : sizeof(connack311);
    bool present = false;
    size_t rounds;

    if (size + prefix > sizeof(stream))
    {
        size = sizeof(stream) - prefix;
    }
    memcpy(stream, mqtt5 ? connack5 : connack311, prefix);
    memcpy(&stream[prefix], pData, size);
    network.pData = stream;
    network.length = prefix + size;
    network.position = 0U;
    network.chunk = chunk;
    nowMs = 0U;
    fragmentExpected = 0U;

    check(MQTT_Init(&context, &transport, fuzz_time, on_event, &fixed) == MQTTSuccess);
    check(MQTT_InitStatefulQoS(&context, outgoing, 4U, incoming, 4U) == MQTTSuccess);
    if (mqtt5)
    {
        memset(&props, 0, sizeof(props));
        props.present = MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM | MQTTV5_PROP_RECEIVE_MAXIMUM;
        props.topicAliasMaximum = 4U;
        props.receiveMaximum = 3U;
        check(MQTTV5_Init(&context, &v5, &config) == MQTTSuccess);
        check(MQTTV5_Connect(&context, &connect, NULL, &props, NULL, 0U, &present) == MQTTSuccess);
    }
    else
    {
        check(MQTT_Connect(&context, &connect, NULL, 0U, &present) == MQTTSuccess);
    }
    /* Something of ours in flight, so that acknowledgements can match. */
    {
        MQTTPublishInfo_t info = {MQTTQoS2, false, false, "t", 1U, "p", 1U};
        (void)MQTT_Publish(&context, &info, 1U);
        info.qos = MQTTQoS1;
        (void)MQTT_Publish(&context, &info, 2U);
    }
    for (rounds = 0U; (rounds < network.length + 8U) && (network.position < network.length);
         rounds++)
    {
        (void)MQTT_ProcessLoop(&context);
        check(context.index <= networkBufferSize);
        check(context.incomingStream.keep < networkBufferSize);
        /* The protocol may have ended the session; keep feeding, nothing may break. */
        context.connectStatus = MQTTConnected;
    }
    (void)MQTT_ReceiveLoop(&context);
}

int LLVMFuzzerTestOneInput(const uint8_t *pData, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *pData, size_t size)
{
    uint8_t mode;
    size_t chunk;

    if (size < 3U)
    {
        return 0;
    }
    mode = (uint8_t)(pData[0] % 3U);
    chunk = 1U + (size_t)pData[1] * 4U;
    networkBufferSize = 16U + ((size_t)pData[2] * 4U) % (sizeof(networkBuffer) - 15U);
    if (mode == 0U)
    {
        fuzz_decoders(&pData[3], size - 3U);
    }
    else
    {
        fuzz_receive(&pData[3], size - 3U, chunk, mode == 2U);
    }
    return 0;
}
