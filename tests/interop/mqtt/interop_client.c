/*
 * Interop test client (interop_client.h): callback bookkeeping and loop pumping for several
 * clients in one thread.
 */
#include "interop_client.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_mqtt_state.h"
#include "transport_posix.h"

#define MAX_ACTIVE 8U

static client_t *active[MAX_ACTIVE];
static size_t activeCount;

void clients_reset(void)
{
    activeCount = 0U;
}

static void copy_text(char *pOut, size_t size, const char *pText, size_t length)
{
    if (length >= size)
    {
        length = size - 1U;
    }
    if (length != 0U)
    {
        memcpy(pOut, pText, length);
    }
    pOut[length] = '\0';
}

static void record_properties(received_t *pMessage, const MQTTV5Properties_t *pProps)
{
    MQTTV5UserProperty_t user;
    size_t cursor = 0U;

    pMessage->present = pProps->present;
    copy_text(pMessage->contentType, sizeof(pMessage->contentType), pProps->contentType.pData,
              pProps->contentType.length);
    copy_text(pMessage->responseTopic, sizeof(pMessage->responseTopic), pProps->responseTopic.pData,
              pProps->responseTopic.length);
    copy_text(pMessage->correlation, sizeof(pMessage->correlation), pProps->correlationData.pData,
              pProps->correlationData.length);
    pMessage->subscriptionId = pProps->subscriptionIdentifier;
    pMessage->payloadFormat = pProps->payloadFormatIndicator;
    if (MQTTV5_GetNextUserProperty(pProps, &cursor, &user))
    {
        copy_text(pMessage->userKey, sizeof(pMessage->userKey), user.key.pData, user.key.length);
        copy_text(pMessage->userValue, sizeof(pMessage->userValue), user.value.pData,
                  user.value.length);
    }
}

static void on_publish(client_t *pClient, const MQTTDeserializedInfo_t *pInfo)
{
    const MQTTPublishInfo_t *pPublish = pInfo->pPublishInfo;
    received_t *pMessage;

    if (pInfo->payloadOffset == 0U)
    {
        if ((pClient->messageCount == CLIENT_MAX_MESSAGES) ||
            (pClient->arenaUsed + pInfo->payloadTotalLength > CLIENT_ARENA_SIZE))
        {
            fprintf(stderr, "interop client: out of room for messages\n");
            return;
        }
        pMessage = &pClient->messages[pClient->messageCount++];
        memset(pMessage, 0, sizeof(*pMessage));
        copy_text(pMessage->topic, sizeof(pMessage->topic), pPublish->pTopicName,
                  pPublish->topicNameLength);
        pMessage->payloadStart = pClient->arenaUsed;
        pMessage->qos = pPublish->qos;
        pMessage->retain = pPublish->retain;
        pMessage->dup = pPublish->dup;
        pClient->arenaUsed += pInfo->payloadTotalLength;
        if (pInfo->pProperties != NULL)
        {
            record_properties(pMessage, pInfo->pProperties);
        }
    }
    else
    {
        pMessage = &pClient->messages[pClient->messageCount - 1U];
    }
    if (pPublish->payloadLength != 0U)
    {
        memcpy(&pClient->arena[pMessage->payloadStart + pInfo->payloadOffset], pPublish->pPayload,
               pPublish->payloadLength);
    }
    pMessage->payloadLength = pInfo->payloadOffset + pPublish->payloadLength;
    pMessage->fragments++;
    pMessage->complete = (pMessage->payloadLength == pInfo->payloadTotalLength);
}

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    client_t *pClient = (client_t *)(void *)pContext;

    if (getenv("TERN_MQTT_TRACE") != NULL)
    {
        fprintf(stderr, "trace: client %p packet 0x%02x id %u reason 0x%02x\n", (void *)pClient,
                (unsigned)pPacket->type, (unsigned)pInfo->packetIdentifier,
                (unsigned)pInfo->reasonCode);
    }
    pClient->lastReason = pInfo->reasonCode;
    if (pInfo->pReasonCodes != NULL)
    {
        pClient->codeCount = (pInfo->reasonCodeCount < 8U) ? pInfo->reasonCodeCount : 8U;
        memcpy(pClient->codes, pInfo->pReasonCodes, pClient->codeCount);
    }
    switch (pPacket->type & 0xF0U)
    {
        case MQTT_PACKET_TYPE_PUBLISH:
            on_publish(pClient, pInfo);
            break;
        case MQTT_PACKET_TYPE_PUBACK:
            pClient->pubacks++;
            break;
        case MQTT_PACKET_TYPE_PUBREC:
            pClient->pubrecs++;
            break;
        case MQTT_PACKET_TYPE_PUBREL & 0xF0U:
            pClient->pubrels++;
            break;
        case MQTT_PACKET_TYPE_PUBCOMP:
            pClient->pubcomps++;
            break;
        case MQTT_PACKET_TYPE_SUBACK:
            pClient->subacks++;
            break;
        case MQTT_PACKET_TYPE_UNSUBACK:
            pClient->unsubacks++;
            break;
        case MQTT_PACKET_TYPE_PINGRESP:
            pClient->pingresps++;
            break;
        case MQTT_PACKET_TYPE_CONNACK:
            pClient->connackReason = pInfo->reasonCode;
            if ((pInfo->pProperties != NULL) &&
                ((pInfo->pProperties->present & MQTTV5_PROP_ASSIGNED_CLIENT_IDENTIFIER) != 0U))
            {
                copy_text(pClient->assignedClientId, sizeof(pClient->assignedClientId),
                          pInfo->pProperties->assignedClientIdentifier.pData,
                          pInfo->pProperties->assignedClientIdentifier.length);
            }
            if ((pInfo->pProperties != NULL) &&
                ((pInfo->pProperties->present & MQTTV5_PROP_SERVER_KEEP_ALIVE) != 0U))
            {
                pClient->serverKeepAlive = pInfo->pProperties->serverKeepAlive;
            }
            break;
        case MQTT_PACKET_TYPE_DISCONNECT:
            pClient->disconnected = true;
            pClient->disconnectReason = pInfo->reasonCode;
            break;
        default:
            break;
    }
}

void client_init(client_t *pClient, TransportInterface_t transport, size_t bufferSize)
{
    MQTTFixedBuffer_t fixed;
    MQTTV5Config_t config;

    memset(pClient, 0, offsetof(client_t, arena));
    fixed.pBuffer = pClient->buffer;
    fixed.size = (bufferSize <= CLIENT_MAX_BUFFER) ? bufferSize : CLIENT_MAX_BUFFER;
    (void)MQTT_Init(&pClient->context, &transport, posix_time_ms, on_event, &fixed);
    (void)MQTT_InitStatefulQoS(&pClient->context, pClient->outgoing, 16U, pClient->incoming, 16U);
    memset(&config, 0, sizeof(config));
    config.pPropertyBuffer = pClient->propertyBuffer;
    config.propertyBufferSize = sizeof(pClient->propertyBuffer);
    config.pTopicAliasStorage = pClient->aliases;
    config.topicAliasSlotSize = 66U;
    config.topicAliasCount = 8U;
    (void)MQTTV5_Init(&pClient->context, &pClient->v5, &config);
    pClient->active = true;
    if (activeCount < MAX_ACTIVE)
    {
        active[activeCount++] = pClient;
    }
}

void client_stop(client_t *pClient)
{
    pClient->active = false;
}

MQTTStatus_t client_connect(client_t *pClient, const char *pId, bool cleanSession,
                            uint16_t keepAlive, const MQTTPublishInfo_t *pWill,
                            bool *pSessionPresent)
{
    MQTTConnectInfo_t info;
    bool present = false;
    MQTTStatus_t status;

    memset(&info, 0, sizeof(info));
    info.cleanSession = cleanSession;
    info.keepAliveSeconds = keepAlive;
    info.pClientIdentifier = pId;
    info.clientIdentifierLength = (uint16_t)strlen(pId);
    status = MQTT_Connect(&pClient->context, &info, pWill, 2000U, &present);
    if (pSessionPresent != NULL)
    {
        *pSessionPresent = present;
    }
    pClient->error = MQTTSuccess;
    pClient->active = (status == MQTTSuccess);
    return status;
}

MQTTStatus_t client_connect_v5(client_t *pClient, const char *pId, bool cleanStart,
                               uint16_t keepAlive, const MQTTPublishInfo_t *pWill,
                               const MQTTV5Properties_t *pProps,
                               const MQTTV5Properties_t *pWillProps, bool *pSessionPresent)
{
    MQTTConnectInfo_t info;
    bool present = false;
    MQTTStatus_t status;

    memset(&info, 0, sizeof(info));
    info.cleanSession = cleanStart;
    info.keepAliveSeconds = keepAlive;
    info.pClientIdentifier = pId;
    info.clientIdentifierLength = (uint16_t)strlen(pId);
    status = MQTTV5_Connect(&pClient->context, &info, pWill, pProps, pWillProps, 2000U, &present);
    if (pSessionPresent != NULL)
    {
        *pSessionPresent = present;
    }
    pClient->error = MQTTSuccess;
    pClient->active = (status == MQTTSuccess);
    return status;
}

static bool got_suback(void *pArg)
{
    client_t *pClient = pArg;
    return (pClient->subacks != 0U) || (pClient->error != MQTTSuccess);
}

int client_subscribe(client_t *pClient, const char *pFilter, MQTTQoS_t qos)
{
    MQTTSubscribeInfo_t subscription;
    memset(&subscription, 0, sizeof(subscription));
    subscription.qos = qos;
    subscription.pTopicFilter = pFilter;
    subscription.topicFilterLength = (uint16_t)strlen(pFilter);
    pClient->subacks = 0U;
    if (MQTT_Subscribe(&pClient->context, &subscription, 1U, MQTT_GetPacketId(&pClient->context)) !=
        MQTTSuccess)
    {
        return -1;
    }
    if (!pump_until(got_suback, pClient, 3000U) || (pClient->codeCount == 0U))
    {
        return -1;
    }
    return pClient->codes[0];
}

MQTTStatus_t client_publish(client_t *pClient, const char *pTopic, const void *pPayload,
                            size_t length, MQTTQoS_t qos, bool retain)
{
    MQTTPublishInfo_t info;
    memset(&info, 0, sizeof(info));
    info.qos = qos;
    info.retain = retain;
    info.pTopicName = pTopic;
    info.topicNameLength = (uint16_t)strlen(pTopic);
    info.pPayload = (length != 0U) ? pPayload : NULL;
    info.payloadLength = length;
    return MQTT_Publish(&pClient->context, &info,
                        (qos == MQTTQoS0) ? 0U : MQTT_GetPacketId(&pClient->context));
}

static void pump_once(void)
{
    size_t i;
    for (i = 0U; i < activeCount; i++)
    {
        client_t *pClient = active[i];
        if (pClient->active)
        {
            MQTTStatus_t status = MQTT_ProcessLoop(&pClient->context);
            if ((status != MQTTSuccess) && (status != MQTTNeedMoreBytes))
            {
                if (pClient->error == MQTTSuccess)
                {
                    pClient->error = status;
                }
                pClient->active = false;
            }
        }
    }
}

bool pump_until(bool (*cond)(void *), void *pArg, uint32_t timeoutMs)
{
    uint32_t start = posix_time_ms();
    while (!cond(pArg))
    {
        if ((posix_time_ms() - start) >= timeoutMs)
        {
            return false;
        }
        pump_once();
    }
    return true;
}

static bool never(void *pArg)
{
    (void)pArg;
    return false;
}

void pump_for(uint32_t ms)
{
    (void)pump_until(never, NULL, ms);
}

typedef struct message_goal
{
    client_t *pClient;
    size_t count;
} message_goal_t;

static bool has_messages(void *pArg)
{
    message_goal_t *pGoal = pArg;
    return (pGoal->pClient->messageCount >= pGoal->count) &&
           pGoal->pClient->messages[pGoal->count - 1U].complete;
}

bool wait_messages(client_t *pClient, size_t count, uint32_t timeoutMs)
{
    message_goal_t goal = {pClient, count};
    return (count == 0U) || pump_until(has_messages, &goal, timeoutMs);
}

static bool all_acknowledged(void *pArg)
{
    client_t *pClient = pArg;
    MQTTStateCursor_t publishes = MQTT_STATE_CURSOR_INITIALIZER;
    MQTTStateCursor_t releases = MQTT_STATE_CURSOR_INITIALIZER;
    MQTTPublishState_t state;
    return (MQTT_PublishToResend(&pClient->context, &publishes) == 0U) &&
           (MQTT_PubrelToResend(&pClient->context, &releases, &state) == 0U);
}

bool wait_acknowledged(client_t *pClient, uint32_t timeoutMs)
{
    return pump_until(all_acknowledged, pClient, timeoutMs);
}

const uint8_t *message_payload(const client_t *pClient, size_t index)
{
    return &pClient->arena[pClient->messages[index].payloadStart];
}

bool message_is(const client_t *pClient, size_t index, const char *pTopic, const char *pText)
{
    const received_t *pMessage = &pClient->messages[index];
    return (index < pClient->messageCount) && pMessage->complete &&
           (strcmp(pMessage->topic, pTopic) == 0) && (pMessage->payloadLength == strlen(pText)) &&
           (memcmp(message_payload(pClient, index), pText, pMessage->payloadLength) == 0);
}
