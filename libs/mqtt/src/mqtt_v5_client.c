/*
 * MQTT 5 connections (core_mqtt_v5.h): the MQTTV5_ functions, CONNACK and AUTH handling
 * during connect, and the hooks the receive path calls for MQTT 5 packets (properties,
 * topic aliases, reason codes, server DISCONNECT, re-authentication). Everything here is
 * reached from MQTTV5_ functions only, so that 3.1.1-only applications link none of it.
 */
#include "mqtt_internal.h"

#define PROP(name) MQTTV5_PROP_##name

/* Encodes properties into the property buffer at *pOffset. NULL properties encode nothing. */
static MQTTStatus_t encode(const MQTTContext_t *pContext, const MQTTV5Properties_t *pProps,
                           MQTTV5PropertyContext_t kind, size_t *pOffset, const uint8_t **ppOut,
                           size_t *pLength)
{
    const MQTTV5Config_t *pConfig = &pContext->pV5State->config;
    MQTTStatus_t status = MQTTSuccess;

    *ppOut = NULL;
    *pLength = 0U;
    if (pProps != NULL)
    {
        if (pConfig->pPropertyBuffer == NULL)
        {
            return MQTTNoMemory;
        }
        status = MQTTV5_SerializeProperties(pProps, kind, &pConfig->pPropertyBuffer[*pOffset],
                                            pConfig->propertyBufferSize - *pOffset, pLength);
        *ppOut = &pConfig->pPropertyBuffer[*pOffset];
        *pOffset += *pLength;
    }
    return status;
}

static bool is_v5(const MQTTContext_t *pContext)
{
    return (pContext != NULL) && MQTT_IS_V5(pContext);
}

/* Checks for an MQTT 5 connection and encodes the properties (NULL: none) for one packet. */
static MQTTStatus_t prepare(const MQTTContext_t *pContext, const MQTTV5Properties_t *pProps,
                            MQTTV5PropertyContext_t kind, const uint8_t **ppOut, size_t *pLength)
{
    size_t offset = 0U;
    if (!is_v5(pContext))
    {
        return MQTTBadParameter;
    }
    return encode(pContext, pProps, kind, &offset, ppOut, pLength);
}

/*
 * Decodes "reason code, then properties" found at `offset` in a packet; both may be left
 * out at the end of the packet (meaning success and no properties).
 */
static MQTTStatus_t reason_and_properties(const MQTTPacketInfo_t *pPacket, size_t offset,
                                          MQTTV5PropertyContext_t kind, uint8_t *pReason,
                                          MQTTV5Properties_t *pProps)
{
    size_t remaining = pPacket->remainingLength;
    size_t consumed = 0U;

    (void)memset(pProps, 0, sizeof(*pProps));
    *pReason = 0U;
    if (remaining < offset)
    {
        return MQTTBadResponse;
    }
    if (remaining > offset)
    {
        *pReason = pPacket->pRemainingData[offset];
    }
    if ((remaining > offset + 1U) &&
        ((MQTTV5_DeserializeProperties(&pPacket->pRemainingData[offset + 1U],
                                       remaining - offset - 1U, kind, pProps,
                                       &consumed) != MQTTSuccess) ||
         (consumed != remaining - offset - 1U)))
    {
        return MQTTBadResponse;
    }
    return MQTTSuccess;
}

static void protocol_error(MQTTContext_t *pContext, uint8_t reasonCode)
{
    LogError(("Protocol violation by the server, disconnecting with 0x%02x", (unsigned)reasonCode));
    (void)mqtt_send_reason_packet(pContext, MQTT_PACKET_TYPE_DISCONNECT, reasonCode, NULL, 0U);
    pContext->connectStatus = MQTTNotConnected;
}

/* An AUTH from the server: during connect (continue) or after MQTTV5_Authenticate. */
static MQTTStatus_t handle_auth(MQTTContext_t *pContext, const MQTTPacketInfo_t *pPacket,
                                bool connecting)
{
    MQTTV5State_t *pState = pContext->pV5State;
    MQTTV5Properties_t response;
    uint8_t reason = 0U;
    MQTTStatus_t status =
        reason_and_properties(pPacket, 0U, MQTTV5_PROPS_AUTH, &reason, &pState->properties);

    if (status != MQTTSuccess)
    {
        return status;
    }
    if (!pState->authInProgress || (pState->config.authCallback == NULL) ||
        ((reason != MQTTV5_REASON_CONTINUE_AUTHENTICATION) && (connecting || (reason != 0U))))
    {
        return MQTTBadResponse; /* AUTH nobody asked for, or an impossible reason code */
    }
    (void)memset(&response, 0, sizeof(response));
    if (!pState->config.authCallback(pContext, reason, &pState->properties, &response))
    {
        if (connecting)
        {
            return MQTTServerRefused;
        }
        protocol_error(pContext, MQTTV5_REASON_NOT_AUTHORIZED);
        return MQTTBadResponse;
    }
    if (reason == 0U)
    {
        pState->authInProgress = false; /* re-authentication succeeded */
    }
    else
    {
        const uint8_t *pProps = NULL;
        size_t length = 0U;
        status = prepare(pContext, &response, MQTTV5_PROPS_AUTH, &pProps, &length);
        if (status == MQTTSuccess)
        {
            status =
                mqtt_send_reason_packet(pContext, MQTT_PACKET_TYPE_AUTH, reason, pProps, length);
        }
    }
    return status;
}

/* CONNACK (and AUTH before it) while MQTTV5_Connect waits. */
static MQTTStatus_t connect_packet(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                                   bool *pSessionPresent, bool *pDone)
{
    MQTTV5State_t *pState = pContext->pV5State;
    const MQTTV5Properties_t *pProps = &pState->properties;
    MQTTDeserializedInfo_t info;
    uint8_t reason = 0U;
    uint8_t flags;
    MQTTStatus_t status;

    if (pPacket->type == MQTT_PACKET_TYPE_AUTH)
    {
        return handle_auth(pContext, pPacket, true);
    }
    if ((pPacket->type != MQTT_PACKET_TYPE_CONNACK) || (pPacket->remainingLength < 2U))
    {
        return MQTTBadResponse;
    }
    flags = pPacket->pRemainingData[0];
    status = reason_and_properties(pPacket, 1U, MQTTV5_PROPS_CONNACK, &reason, &pState->properties);
    if ((status != MQTTSuccess) || ((flags & 0xFEU) != 0U) ||
        ((reason >= 0x80U) && (flags != 0U)) || ((reason != 0U) && (reason < 0x80U)))
    {
        return MQTTBadResponse;
    }

    /* What the server allows this connection; absent properties take the defaults. */
    pState->serverReceiveMaximum =
        ((pProps->present & PROP(RECEIVE_MAXIMUM)) != 0U) ? pProps->receiveMaximum : 0xFFFFU;
    pState->serverMaximumQoS =
        ((pProps->present & PROP(MAXIMUM_QOS)) != 0U) ? pProps->maximumQoS : 2U;
    pState->serverRetainAvailable =
        ((pProps->present & PROP(RETAIN_AVAILABLE)) == 0U) || (pProps->retainAvailable != 0U);
    pState->serverWildcardSubscriptionAvailable =
        ((pProps->present & PROP(WILDCARD_SUBSCRIPTION_AVAILABLE)) == 0U) ||
        (pProps->wildcardSubscriptionAvailable != 0U);
    pState->serverSubscriptionIdentifiersAvailable =
        ((pProps->present & PROP(SUBSCRIPTION_IDENTIFIERS_AVAILABLE)) == 0U) ||
        (pProps->subscriptionIdentifiersAvailable != 0U);
    pState->serverSharedSubscriptionAvailable =
        ((pProps->present & PROP(SHARED_SUBSCRIPTION_AVAILABLE)) == 0U) ||
        (pProps->sharedSubscriptionAvailable != 0U);
    pState->serverTopicAliasMaximum = pProps->topicAliasMaximum;
    pState->serverMaximumPacketSize = pProps->maximumPacketSize;
    if ((pProps->present & PROP(SERVER_KEEP_ALIVE)) != 0U)
    {
        pContext->keepAliveIntervalSec = pProps->serverKeepAlive;
    }
    pState->serverKeepAlive = pContext->keepAliveIntervalSec;
    pState->connackReasonCode = reason;
    pState->authInProgress = false;

    (void)memset(&info, 0, sizeof(info));
    info.reasonCode = reason;
    info.pProperties = pProps;
    info.deserializationResult = (reason >= 0x80U) ? MQTTServerRefused : MQTTSuccess;
    mqtt_notify(pContext, pPacket, &info);

    *pSessionPresent = (flags != 0U);
    *pDone = true;
    return info.deserializationResult;
}

MQTTStatus_t MQTTV5_Connect(MQTTContext_t *pContext, const MQTTConnectInfo_t *pConnectInfo,
                            const MQTTPublishInfo_t *pWillInfo,
                            const MQTTV5Properties_t *pConnectProperties,
                            const MQTTV5Properties_t *pWillProperties, uint32_t timeoutMs,
                            bool *pSessionPresent)
{
    MQTTV5State_t *pState;
    const uint8_t *pProps = NULL;
    const uint8_t *pWillProps = NULL;
    size_t propsLength = 0U;
    size_t willPropsLength = 0U;
    size_t offset = 0U;
    uint16_t i;
    MQTTStatus_t status;

    if (!MQTT_V5_ENABLED || (pContext == NULL) || (pContext->pV5State == NULL) ||
        (pConnectInfo == NULL) || ((pWillInfo == NULL) && (pWillProperties != NULL)))
    {
        return MQTTBadParameter;
    }
    pState = pContext->pV5State;
    status =
        encode(pContext, pConnectProperties, MQTTV5_PROPS_CONNECT, &offset, &pProps, &propsLength);
    if (status == MQTTSuccess)
    {
        status = encode(pContext, pWillProperties, MQTTV5_PROPS_WILL, &offset, &pWillProps,
                        &willPropsLength);
    }
    if (status != MQTTSuccess)
    {
        return status;
    }

    /* What this client announces, and so enforces on what it receives. */
    pState->clientReceiveMaximum = 0xFFFFU;
    pState->clientMaximumPacketSize = 0U;
    pState->clientTopicAliasMaximum = 0U;
    pState->authInProgress = false;
    if (pConnectProperties != NULL)
    {
        uint32_t present = pConnectProperties->present;
        if ((present & PROP(RECEIVE_MAXIMUM)) != 0U)
        {
            pState->clientReceiveMaximum = pConnectProperties->receiveMaximum;
        }
        if ((present & PROP(MAXIMUM_PACKET_SIZE)) != 0U)
        {
            pState->clientMaximumPacketSize = pConnectProperties->maximumPacketSize;
        }
        if ((present & PROP(TOPIC_ALIAS_MAXIMUM)) != 0U)
        {
            pState->clientTopicAliasMaximum = pConnectProperties->topicAliasMaximum;
        }
        pState->authInProgress = ((present & PROP(AUTHENTICATION_METHOD)) != 0U);
    }
    if (pState->clientTopicAliasMaximum > pState->config.topicAliasCount)
    {
        return MQTTBadParameter;
    }
    /* Topic aliases live as long as one network connection. */
    for (i = 0U; i < pState->config.topicAliasCount; i++)
    {
        (void)mqtt_put_u16(
            &pState->config.pTopicAliasStorage[i * pState->config.topicAliasSlotSize], 0U);
    }
    pState->serverMaximumPacketSize = 0U;
    pState->connackReasonCode = 0U;
    pState->disconnectReasonCode = 0U;
    pContext->protocolVersion = MQTT_VERSION_5;
    return mqtt_connect(pContext, pConnectInfo, pWillInfo, pProps, propsLength, pWillProps,
                        willPropsLength, timeoutMs, pSessionPresent, connect_packet);
}

MQTTStatus_t MQTTV5_Publish(MQTTContext_t *pContext, const MQTTPublishInfo_t *pPublishInfo,
                            uint16_t packetId, const MQTTV5Properties_t *pProperties)
{
    const MQTTV5State_t *pState;
    const uint8_t *pProps = NULL;
    size_t length = 0U;
    bool alias = (pProperties != NULL) && ((pProperties->present & PROP(TOPIC_ALIAS)) != 0U);
    MQTTStatus_t status =
        prepare(pContext, pProperties, MQTTV5_PROPS_PUBLISH_OUT, &pProps, &length);

    if ((status != MQTTSuccess) || (pPublishInfo == NULL))
    {
        return (status != MQTTSuccess) ? status : MQTTBadParameter;
    }
    pState = pContext->pV5State;
    if (((unsigned)pPublishInfo->qos > pState->serverMaximumQoS) ||
        (pPublishInfo->retain && !pState->serverRetainAvailable) ||
        (alias && (pProperties->topicAlias > pState->serverTopicAliasMaximum)) ||
        ((pPublishInfo->topicNameLength == 0U) && !alias))
    {
        return MQTTBadParameter;
    }
    /* Flow control: the server takes at most Receive Maximum unacknowledged publishes. */
    if ((pPublishInfo->qos != MQTTQoS0) && !pPublishInfo->dup &&
        (mqtt_count_records(pContext->outgoingPublishRecords,
                            pContext->outgoingPublishRecordMaxCount) >=
         pState->serverReceiveMaximum))
    {
        return MQTTNoMemory;
    }
    return mqtt_publish(pContext, pPublishInfo, packetId, pProps, length);
}

static MQTTStatus_t subscribe_v5(MQTTContext_t *pContext, const MQTTSubscribeInfo_t *pList,
                                 size_t count, uint16_t packetId,
                                 const MQTTV5Properties_t *pProperties, bool subscribe)
{
    const uint8_t *pProps = NULL;
    size_t length = 0U;
    MQTTStatus_t status =
        prepare(pContext, pProperties,
                subscribe ? MQTTV5_PROPS_SUBSCRIBE : MQTTV5_PROPS_UNSUBSCRIBE, &pProps, &length);

    if ((status == MQTTSuccess) && subscribe && (pProperties != NULL) &&
        ((pProperties->present & PROP(SUBSCRIPTION_IDENTIFIER)) != 0U) &&
        !pContext->pV5State->serverSubscriptionIdentifiersAvailable)
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        status = mqtt_subscribe(pContext, pList, count, packetId, subscribe, pProps, length);
    }
    return status;
}

MQTTStatus_t MQTTV5_Subscribe(MQTTContext_t *pContext, const MQTTSubscribeInfo_t *pSubscriptionList,
                              size_t subscriptionCount, uint16_t packetId,
                              const MQTTV5Properties_t *pProperties)
{
    return subscribe_v5(pContext, pSubscriptionList, subscriptionCount, packetId, pProperties,
                        true);
}

MQTTStatus_t MQTTV5_Unsubscribe(MQTTContext_t *pContext,
                                const MQTTSubscribeInfo_t *pSubscriptionList,
                                size_t subscriptionCount, uint16_t packetId,
                                const MQTTV5Properties_t *pProperties)
{
    return subscribe_v5(pContext, pSubscriptionList, subscriptionCount, packetId, pProperties,
                        false);
}

MQTTStatus_t MQTTV5_Disconnect(MQTTContext_t *pContext, uint8_t reasonCode,
                               const MQTTV5Properties_t *pProperties)
{
    const uint8_t *pProps = NULL;
    size_t length = 0U;
    MQTTStatus_t status =
        prepare(pContext, pProperties, MQTTV5_PROPS_DISCONNECT_OUT, &pProps, &length);

    if (status == MQTTSuccess)
    {
        status = mqtt_send_reason_packet(pContext, MQTT_PACKET_TYPE_DISCONNECT, reasonCode, pProps,
                                         length);
        pContext->connectStatus = MQTTNotConnected;
    }
    return status;
}

MQTTStatus_t MQTTV5_Authenticate(MQTTContext_t *pContext, uint8_t reasonCode,
                                 const MQTTV5Properties_t *pProperties)
{
    const uint8_t *pProps = NULL;
    size_t length = 0U;
    MQTTStatus_t status = MQTTBadParameter;

    if ((pProperties != NULL) && ((pProperties->present & PROP(AUTHENTICATION_METHOD)) != 0U) &&
        ((reasonCode == MQTTV5_REASON_REAUTHENTICATE) ||
         (reasonCode == MQTTV5_REASON_CONTINUE_AUTHENTICATION)))
    {
        status = prepare(pContext, pProperties, MQTTV5_PROPS_AUTH, &pProps, &length);
    }
    if ((status == MQTTSuccess) && (pContext->pV5State->config.authCallback == NULL))
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        status =
            mqtt_send_reason_packet(pContext, MQTT_PACKET_TYPE_AUTH, reasonCode, pProps, length);
    }
    if (status == MQTTSuccess)
    {
        pContext->pV5State->authInProgress = true;
    }
    return status;
}

/* ------------------------------------------------------------------------------------------ */
/* Receive-path hooks                                                                         */

static MQTTStatus_t publish_properties(MQTTContext_t *pContext, const uint8_t *pIn,
                                       size_t available, size_t remaining, uint16_t packetId,
                                       MQTTPublishInfo_t *pInfo, size_t *pConsumed)
{
    MQTTV5State_t *pState = pContext->pV5State;
    const MQTTV5Properties_t *pProps = &pState->properties;
    size_t listLength = 0U;
    size_t used = 0U;
    MQTTStatus_t status = mqtt_get_varint(pIn, available, &listLength, &used);

    if (status == MQTTNeedMoreBytes)
    {
        return (available < remaining) ? MQTTNeedMoreBytes : MQTTBadResponse;
    }
    if ((status != MQTTSuccess) || (listLength > remaining - used))
    {
        return MQTTBadResponse;
    }
    if (listLength > available - used)
    {
        return MQTTNeedMoreBytes;
    }
    if (MQTTV5_DeserializeProperties(pIn, used + listLength, MQTTV5_PROPS_PUBLISH_IN,
                                     &pState->properties, pConsumed) != MQTTSuccess)
    {
        return MQTTBadResponse;
    }

    if ((pProps->present & PROP(TOPIC_ALIAS)) != 0U)
    {
        uint8_t *pSlot;
        if (pProps->topicAlias > pState->clientTopicAliasMaximum)
        {
            protocol_error(pContext, MQTTV5_REASON_TOPIC_ALIAS_INVALID);
            return MQTTBadResponse;
        }
        pSlot = pState->config.pTopicAliasStorage +
                ((size_t)(pProps->topicAlias - 1U) * pState->config.topicAliasSlotSize);
        if (pInfo->topicNameLength != 0U)
        {
            /* Remember the topic for later PUBLISH packets that carry only the alias. */
            if ((size_t)pInfo->topicNameLength + 2U > pState->config.topicAliasSlotSize)
            {
                return MQTTNoMemory;
            }
            (void)memcpy(pSlot + 2, pInfo->pTopicName, pInfo->topicNameLength);
            (void)mqtt_put_u16(pSlot, pInfo->topicNameLength);
        }
        else
        {
            pInfo->topicNameLength = mqtt_get_u16(pSlot);
            pInfo->pTopicName = (const char *)(pSlot + 2);
        }
    }
    if (pInfo->topicNameLength == 0U)
    {
        return MQTTBadResponse; /* neither a topic nor a known alias */
    }
    /* The server may have at most Receive Maximum QoS 2 publishes unanswered by PUBCOMP. */
    if ((pInfo->qos == MQTTQoS2) &&
        (mqtt_find_record(pContext->incomingPublishRecords, pContext->incomingPublishRecordMaxCount,
                          packetId) == NULL) &&
        (mqtt_count_records(pContext->incomingPublishRecords,
                            pContext->incomingPublishRecordMaxCount) >=
         pState->clientReceiveMaximum))
    {
        protocol_error(pContext, MQTTV5_REASON_RECEIVE_MAXIMUM_EXCEEDED);
        return MQTTBadResponse;
    }
    return MQTTSuccess;
}

static MQTTStatus_t ack_details(MQTTContext_t *pContext, const MQTTPacketInfo_t *pPacket,
                                MQTTDeserializedInfo_t *pInfo)
{
    /* Reason codes each acknowledgement may carry (MQTT 5.0, 3.4.2.1 and 3.6.2.1). */
    static const uint8_t publishCodes[] = {0x00U, 0x10U, 0x80U, 0x83U, 0x87U,
                                           0x90U, 0x91U, 0x97U, 0x99U};
    static const uint8_t releaseCodes[] = {0x00U, 0x92U};
    MQTTV5State_t *pState = pContext->pV5State;
    const uint8_t *pIn = pPacket->pRemainingData;
    size_t remaining = pPacket->remainingLength;
    MQTTStatus_t status;

    if ((remaining < 2U) || (mqtt_get_u16(pIn) == 0U))
    {
        return MQTTBadResponse;
    }
    pInfo->packetIdentifier = mqtt_get_u16(pIn);
    pInfo->pProperties = &pState->properties;

    if ((pPacket->type == MQTT_PACKET_TYPE_SUBACK) || (pPacket->type == MQTT_PACKET_TYPE_UNSUBACK))
    {
        bool suback = (pPacket->type == MQTT_PACKET_TYPE_SUBACK);
        size_t consumed = 0U;
        if (MQTTV5_DeserializeProperties(&pIn[2], remaining - 2U,
                                         suback ? MQTTV5_PROPS_SUBACK : MQTTV5_PROPS_UNSUBACK,
                                         &pState->properties, &consumed) != MQTTSuccess)
        {
            return MQTTBadResponse;
        }
        pInfo->pReasonCodes = &pIn[2U + consumed];
        pInfo->reasonCodeCount = remaining - 2U - consumed;
        if (pInfo->reasonCodeCount == 0U)
        {
            return MQTTBadResponse;
        }
        pInfo->deserializationResult = MQTTSuccess;
        for (size_t i = 0U; i < pInfo->reasonCodeCount; i++)
        {
            uint8_t code = pInfo->pReasonCodes[i];
            if (code >= 0x80U)
            {
                pInfo->deserializationResult = MQTTServerRefused;
            }
            else if ((suback && (code > 2U)) || (!suback && (code != 0U) && (code != 0x11U)))
            {
                return MQTTBadResponse;
            }
            else
            {
                /* Granted, or unsubscribed. */
            }
        }
        return MQTTSuccess;
    }

    status = reason_and_properties(pPacket, 2U, MQTTV5_PROPS_ACK, &pInfo->reasonCode,
                                   &pState->properties);
    if (status == MQTTSuccess)
    {
        bool release = ((pPacket->type == MQTT_PACKET_TYPE_PUBREL) ||
                        (pPacket->type == MQTT_PACKET_TYPE_PUBCOMP));
        if (memchr(release ? releaseCodes : publishCodes, pInfo->reasonCode,
                   release ? sizeof(releaseCodes) : sizeof(publishCodes)) == NULL)
        {
            return MQTTBadResponse;
        }
        pInfo->deserializationResult =
            (pInfo->reasonCode >= 0x80U) ? MQTTServerRefused : MQTTSuccess;
    }
    return status;
}

static MQTTStatus_t control_packet(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket)
{
    MQTTV5State_t *pState = pContext->pV5State;
    MQTTDeserializedInfo_t info;
    MQTTStatus_t status;

    if (pPacket->type == MQTT_PACKET_TYPE_AUTH)
    {
        return handle_auth(pContext, pPacket, false);
    }
    (void)memset(&info, 0, sizeof(info));
    status = reason_and_properties(pPacket, 0U, MQTTV5_PROPS_DISCONNECT_IN, &info.reasonCode,
                                   &pState->properties);
    if (status == MQTTSuccess)
    {
        LogWarn(("Server sent DISCONNECT, reason 0x%02x", (unsigned)info.reasonCode));
        pState->disconnectReasonCode = info.reasonCode;
        pContext->connectStatus = MQTTNotConnected;
        info.pProperties = &pState->properties;
        mqtt_notify(pContext, pPacket, &info);
        status = MQTTServerDisconnected;
    }
    return status;
}

static const struct MQTTV5Hooks v5Hooks = {publish_properties, ack_details, control_packet,
                                           protocol_error};

MQTTStatus_t MQTTV5_Init(MQTTContext_t *pContext, MQTTV5State_t *pState,
                         const MQTTV5Config_t *pConfig)
{
    if ((pContext == NULL) || (pState == NULL) || (pConfig == NULL) ||
        ((pConfig->pPropertyBuffer == NULL) != (pConfig->propertyBufferSize == 0U)) ||
        ((pConfig->topicAliasCount != 0U) &&
         ((pConfig->pTopicAliasStorage == NULL) || (pConfig->topicAliasSlotSize < 3U))))
    {
        return MQTTBadParameter;
    }
    (void)memset(pState, 0, sizeof(*pState));
    pState->pHooks = &v5Hooks;
    pState->config = *pConfig;
    pContext->pV5State = pState;
    return MQTTSuccess;
}
