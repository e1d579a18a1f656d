/*
 * The client's outgoing side (core_mqtt.h): context set-up, CONNECT/CONNACK with session
 * resumption, PUBLISH, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, DISCONNECT. Packets are sent straight
 * from the caller's data as transport vectors, so the network buffer serves reception only.
 * Relies on the serializer for encoding and on the state records for QoS 1/2.
 */
#include "mqtt_internal.h"

static const uint8_t zeroByte = 0U;

uint32_t mqtt_now(const MQTTContext_t *pContext)
{
    return pContext->getTime();
}

MQTTStatus_t MQTT_Init(MQTTContext_t *pContext, const TransportInterface_t *pTransportInterface,
                       MQTTGetCurrentTimeFunc_t getTimeFunction, MQTTEventCallback_t userCallback,
                       const MQTTFixedBuffer_t *pNetworkBuffer)
{
    if ((pContext == NULL) || (pTransportInterface == NULL) || (getTimeFunction == NULL) ||
        (userCallback == NULL) || (pNetworkBuffer == NULL) || (pNetworkBuffer->pBuffer == NULL) ||
        (pNetworkBuffer->size == 0U) || (pTransportInterface->recv == NULL) ||
        (pTransportInterface->send == NULL))
    {
        return MQTTBadParameter;
    }
    (void)memset(pContext, 0, sizeof(*pContext));
    pContext->transportInterface = *pTransportInterface;
    pContext->getTime = getTimeFunction;
    pContext->appCallback = userCallback;
    pContext->networkBuffer = *pNetworkBuffer;
    pContext->nextPacketId = 1U;
    pContext->protocolVersion = MQTT_VERSION_311;
    return MQTTSuccess;
}

MQTTStatus_t MQTT_InitStatefulQoS(MQTTContext_t *pContext,
                                  MQTTPubAckInfo_t *pOutgoingPublishRecords,
                                  size_t outgoingPublishCount,
                                  MQTTPubAckInfo_t *pIncomingPublishRecords,
                                  size_t incomingPublishCount)
{
    if ((pContext == NULL) || ((pOutgoingPublishRecords == NULL) != (outgoingPublishCount == 0U)) ||
        ((pIncomingPublishRecords == NULL) != (incomingPublishCount == 0U)))
    {
        return MQTTBadParameter;
    }
    pContext->outgoingPublishRecords = pOutgoingPublishRecords;
    pContext->outgoingPublishRecordMaxCount = outgoingPublishCount;
    pContext->incomingPublishRecords = pIncomingPublishRecords;
    pContext->incomingPublishRecordMaxCount = incomingPublishCount;
    if (outgoingPublishCount != 0U)
    {
        (void)memset(pOutgoingPublishRecords, 0, outgoingPublishCount * sizeof(MQTTPubAckInfo_t));
    }
    if (incomingPublishCount != 0U)
    {
        (void)memset(pIncomingPublishRecords, 0, incomingPublishCount * sizeof(MQTTPubAckInfo_t));
    }
    return MQTTSuccess;
}

MQTTStatus_t MQTT_InitRetransmits(MQTTContext_t *pContext,
                                  MQTTStorePacketForRetransmit storeFunction,
                                  MQTTRetrievePacketForRetransmit retrieveFunction,
                                  MQTTClearPacketForRetransmit clearFunction)
{
    if ((pContext == NULL) || (storeFunction == NULL) || (retrieveFunction == NULL) ||
        (clearFunction == NULL))
    {
        return MQTTBadParameter;
    }
    pContext->storeFunction = storeFunction;
    pContext->retrieveFunction = retrieveFunction;
    pContext->clearFunction = clearFunction;
    return MQTTSuccess;
}

size_t MQTT_GetBytesInMQTTVec(const MQTTVec_t *pVec)
{
    size_t total = 0U;
    size_t i;
    for (i = 0U; i < pVec->vectorLen; i++)
    {
        total += pVec->pVector[i].iov_len;
    }
    return total;
}

void MQTT_SerializeMQTTVec(uint8_t *pAllocatedMem, const MQTTVec_t *pVec)
{
    size_t i;
    for (i = 0U; i < pVec->vectorLen; i++)
    {
        if (pVec->pVector[i].iov_len != 0U)
        {
            (void)memcpy(pAllocatedMem, pVec->pVector[i].iov_base, pVec->pVector[i].iov_len);
            pAllocatedMem += pVec->pVector[i].iov_len;
        }
    }
}

uint16_t MQTT_GetPacketId(MQTTContext_t *pContext)
{
    uint16_t packetId = 0U;
    if (pContext != NULL)
    {
        /* Skip 0 and identifiers still used by an outgoing publish in flight. */
        do
        {
            packetId = pContext->nextPacketId;
            pContext->nextPacketId = (packetId >= 0xFFFFU) ? 1U : (uint16_t)(packetId + 1U);
        } while ((packetId == 0U) ||
                 (mqtt_find_record(pContext->outgoingPublishRecords,
                                   pContext->outgoingPublishRecordMaxCount, packetId) != NULL));
    }
    return packetId;
}

/* ------------------------------------------------------------------------------------------ */
/* Sending                                                                                    */

MQTTStatus_t mqtt_send_vectors(MQTTContext_t *pContext, TransportOutVector_t *pVectors,
                               size_t count)
{
    const TransportInterface_t *pTransport = &pContext->transportInterface;
    uint32_t start = mqtt_now(pContext);
    MQTTStatus_t status = MQTTSuccess;

    MQTT_PRE_SEND_HOOK(pContext);
    for (;;)
    {
        int32_t sent;
        size_t left;

        while ((count != 0U) && (pVectors->iov_len == 0U))
        {
            pVectors++;
            count--;
        }
        if (count == 0U)
        {
            break;
        }
        if (pTransport->writev != NULL)
        {
            sent = pTransport->writev(pTransport->pNetworkContext, pVectors, count);
        }
        else
        {
            sent = pTransport->send(pTransport->pNetworkContext, pVectors->iov_base,
                                    pVectors->iov_len);
        }
        if (sent < 0)
        {
            LogError(("Transport send failed: %ld", (long)sent));
            status = MQTTSendFailed;
            break;
        }
        if (sent == 0)
        {
            if (mqtt_elapsed(mqtt_now(pContext) - start, MQTT_SEND_TIMEOUT_MS))
            {
                LogError(("Transport accepted nothing for %u ms", (unsigned)MQTT_SEND_TIMEOUT_MS));
                status = MQTTSendFailed;
                break;
            }
            continue;
        }
        /* Drop the pieces that went out; shorten the one that went out in part. */
        left = (size_t)sent;
        while ((count != 0U) && (left >= pVectors->iov_len))
        {
            left -= pVectors->iov_len;
            pVectors++;
            count--;
        }
        if (left != 0U)
        {
            if (count == 0U)
            {
                status = MQTTSendFailed; /* the transport claims more than it was given */
                break;
            }
            pVectors->iov_base = (const uint8_t *)pVectors->iov_base + left;
            pVectors->iov_len -= left;
        }
    }
    MQTT_POST_SEND_HOOK(pContext);
    if (status == MQTTSuccess)
    {
        pContext->lastPacketTxTime = mqtt_now(pContext);
    }
    return status;
}

MQTTStatus_t mqtt_check_packet_size(const MQTTContext_t *pContext, size_t remaining)
{
    /* MQTT 5: a server may cap the packets it accepts; larger ones must not be sent. */
    if (MQTT_IS_V5(pContext) && (pContext->pV5State->serverMaximumPacketSize != 0U) &&
        ((1U + mqtt_varint_size(remaining) + remaining) >
         pContext->pV5State->serverMaximumPacketSize))
    {
        return MQTTBadParameter;
    }
    return MQTTSuccess;
}

/* Sends a packet given as a header buffer and up to two further pieces. */
static MQTTStatus_t send_three(MQTTContext_t *pContext, const uint8_t *pHeader, size_t headerLength,
                               const void *pSecond, size_t secondLength)
{
    TransportOutVector_t vectors[2];
    vectors[0].iov_base = pHeader;
    vectors[0].iov_len = headerLength;
    vectors[1].iov_base = pSecond;
    vectors[1].iov_len = secondLength;
    return mqtt_send_vectors(pContext, vectors, 2U);
}

MQTTStatus_t mqtt_send_ack(MQTTContext_t *pContext, uint8_t type, uint16_t packetId,
                           uint8_t reasonCode)
{
    uint8_t packet[5];
    packet[0] = type;
    packet[1] = 2U;
    (void)mqtt_put_u16(&packet[2], packetId);
    /* MQTT 5 omits a success reason code; any other goes in a third byte. */
    if (MQTT_IS_V5(pContext) && (reasonCode != 0U))
    {
        packet[1] = 3U;
        packet[4] = reasonCode;
    }
    pContext->controlPacketSent = true;
    return send_three(pContext, packet, (size_t)packet[1] + 2U, NULL, 0U);
}

MQTTStatus_t mqtt_send_reason_packet(MQTTContext_t *pContext, uint8_t type, uint8_t reasonCode,
                                     const uint8_t *pProps, size_t propsLength)
{
    uint8_t header[6];
    size_t remaining = 0U;
    uint8_t *pOut;

    /* MQTT 5 DISCONNECT and AUTH drop trailing defaults: no properties, then reason 0. */
    if (pProps != NULL)
    {
        remaining = 1U + propsLength;
    }
    else if (reasonCode != 0U)
    {
        remaining = 1U;
    }
    header[0] = type;
    pOut = mqtt_put_varint(&header[1], remaining);
    if (remaining != 0U)
    {
        *pOut++ = reasonCode;
    }
    return send_three(pContext, header, (size_t)(pOut - header), pProps,
                      (pProps != NULL) ? propsLength : 0U);
}

/* ------------------------------------------------------------------------------------------ */
/* CONNECT                                                                                    */

/* Default CONNACK handling for MQTT 3.1.1. */
static MQTTStatus_t connack_311(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                                bool *pSessionPresent, bool *pDone)
{
    (void)pContext;
    if (pPacket->type != MQTT_PACKET_TYPE_CONNACK)
    {
        return MQTTBadResponse;
    }
    *pDone = true;
    return MQTT_DeserializeAck(pPacket, NULL, pSessionPresent);
}

/* Waits for the CONNACK, handing every packet to the handler until it reports the CONNACK. */
static MQTTStatus_t wait_connack(MQTTContext_t *pContext, uint32_t timeoutMs, bool *pSessionPresent,
                                 mqtt_connect_handler_t handler)
{
    uint32_t start = mqtt_now(pContext);
    uint32_t attempts = 0U;
    bool done = false;
    MQTTStatus_t status = MQTTSuccess;

    while (!done && (status == MQTTSuccess))
    {
        MQTTPacketInfo_t packet;
        uint8_t *pBuffer = pContext->networkBuffer.pBuffer;

        status = mqtt_decode_fixed_header(pBuffer, pContext->index, MQTT_IS_V5(pContext), &packet);
        if (status == MQTTSuccess)
        {
            size_t total = packet.headerLength + packet.remainingLength;
            if (total > pContext->networkBuffer.size)
            {
                return MQTTNoMemory;
            }
            if (total <= pContext->index)
            {
                packet.pRemainingData = &pBuffer[packet.headerLength];
                status = handler(pContext, &packet, pSessionPresent, &done);
                /* Later packets (the broker may send some right after CONNACK) stay. */
                pContext->index -= total;
                (void)memmove(pBuffer, &pBuffer[total], pContext->index);
                continue;
            }
        }
        if ((status != MQTTSuccess) && (status != MQTTNeedMoreBytes) &&
            (status != MQTTNoDataAvailable))
        {
            break;
        }
        /* Give up after timeoutMs, or after the configured number of empty reads. */
        if (((timeoutMs != 0U) && ((mqtt_now(pContext) - start) >= timeoutMs)) ||
            ((timeoutMs == 0U) && (attempts > MQTT_MAX_CONNACK_RECEIVE_RETRY_COUNT)))
        {
            return MQTTNoDataAvailable;
        }
        {
            int32_t received = pContext->transportInterface.recv(
                pContext->transportInterface.pNetworkContext, &pBuffer[pContext->index],
                pContext->networkBuffer.size - pContext->index);
            if ((received < 0) ||
                ((size_t)received > pContext->networkBuffer.size - pContext->index))
            {
                return MQTTRecvFailed;
            }
            if (received == 0)
            {
                attempts++;
            }
            pContext->index += (size_t)received;
        }
        status = MQTTSuccess;
    }
    return status;
}

/* Resends what a resumed session still owes, in the order the publishes started. */
static MQTTStatus_t resume_session(MQTTContext_t *pContext)
{
    MQTTStatus_t status = MQTTSuccess;
    size_t i;

    for (i = 0U; (i < pContext->outgoingPublishRecordMaxCount) && (status == MQTTSuccess); i++)
    {
        MQTTPubAckInfo_t *pRecord = &pContext->outgoingPublishRecords[i];
        MQTTPublishState_t state = pRecord->publishState;

        if ((state == MQTTPubRelSend) || (state == MQTTPubCompPending))
        {
            status = mqtt_send_ack(pContext, MQTT_PACKET_TYPE_PUBREL, pRecord->packetId, 0U);
            MQTT_PRE_STATE_UPDATE_HOOK(pContext);
            pRecord->publishState = MQTTPubCompPending;
            MQTT_POST_STATE_UPDATE_HOOK(pContext);
        }
        else if (((state == MQTTPubAckPending) || (state == MQTTPubRecPending)) &&
                 (pContext->retrieveFunction != NULL))
        {
            uint8_t *pPacket = NULL;
            size_t length = 0U;
            if (!pContext->retrieveFunction(pContext, pRecord->packetId, &pPacket, &length) ||
                (pPacket == NULL) || (length == 0U))
            {
                status = MQTTPublishRetrieveFailed;
            }
            else
            {
                pPacket[0] |= 0x08U; /* DUP: this is a redelivery */
                status = send_three(pContext, pPacket, length, NULL, 0U);
            }
        }
        else
        {
            /* Nothing owed, or the application resends (MQTT_PublishToResend). */
        }
    }
    return status;
}

/* The pieces of a CONNECT: up to 14 vectors and the length prefixes they point at. */
typedef struct connect_pieces
{
    TransportOutVector_t vectors[14];
    uint8_t lengths[5][2];
    size_t count;
    size_t fields;
} connect_pieces_t;

static void add_piece(connect_pieces_t *pPieces, const void *pBase, size_t length)
{
    pPieces->vectors[pPieces->count].iov_base = pBase;
    pPieces->vectors[pPieces->count].iov_len = length;
    pPieces->count++;
}

/* A length-prefixed string or binary field. */
static void add_field(connect_pieces_t *pPieces, const void *pBase, size_t length)
{
    uint8_t *pLength = pPieces->lengths[pPieces->fields++];
    (void)mqtt_put_u16(pLength, (uint16_t)length);
    add_piece(pPieces, pLength, 2U);
    add_piece(pPieces, pBase, length);
}

MQTTStatus_t mqtt_connect(MQTTContext_t *pContext, const MQTTConnectInfo_t *pInfo,
                          const MQTTPublishInfo_t *pWill, const uint8_t *pProps, size_t propsLength,
                          const uint8_t *pWillProps, size_t willPropsLength, uint32_t timeoutMs,
                          bool *pSessionPresent, mqtt_connect_handler_t handler)
{
    bool v5 = MQTT_IS_V5(pContext);
    uint8_t header[16];
    connect_pieces_t pieces;
    size_t remaining = 0U;
    size_t extra = 0U;
    bool sessionPresent = false;
    MQTTStatus_t status;

    if (pSessionPresent == NULL)
    {
        return MQTTBadParameter;
    }
    if (v5)
    {
        /* A missing property list is sent as its zero length. */
        if (pProps == NULL)
        {
            pProps = &zeroByte;
            propsLength = 1U;
        }
        if ((pWill != NULL) && (pWillProps == NULL))
        {
            pWillProps = &zeroByte;
            willPropsLength = 1U;
        }
        extra = propsLength + ((pWill != NULL) ? willPropsLength : 0U);
    }
    status = mqtt_connect_remaining(pInfo, pWill, extra, v5, &remaining);
    if (status == MQTTSuccess)
    {
        status = mqtt_check_packet_size(pContext, remaining);
    }
    if (status != MQTTSuccess)
    {
        return status;
    }

    /* A new connection starts with an empty receive buffer and a fresh keep-alive. */
    pContext->index = 0U;
    (void)memset(&pContext->incomingStream, 0, sizeof(pContext->incomingStream));
    pContext->waitingForPingResp = false;
    pContext->keepAliveIntervalSec = pInfo->keepAliveSeconds;
    pContext->connectStatus = MQTTNotConnected;

    pieces.count = 0U;
    pieces.fields = 0U;
    add_piece(&pieces, header,
              (size_t)(mqtt_put_connect_header(header, pInfo, pWill, remaining,
                                               pContext->protocolVersion) -
                       header));
    add_piece(&pieces, pProps, propsLength);
    add_field(&pieces, pInfo->pClientIdentifier, pInfo->clientIdentifierLength);
    if (pWill != NULL)
    {
        add_piece(&pieces, pWillProps, willPropsLength);
        add_field(&pieces, pWill->pTopicName, pWill->topicNameLength);
        add_field(&pieces, pWill->pPayload, pWill->payloadLength);
    }
    if (pInfo->pUserName != NULL)
    {
        add_field(&pieces, pInfo->pUserName, pInfo->userNameLength);
    }
    if (pInfo->pPassword != NULL)
    {
        add_field(&pieces, pInfo->pPassword, pInfo->passwordLength);
    }

    status = mqtt_send_vectors(pContext, pieces.vectors, pieces.count);
    if (status == MQTTSuccess)
    {
        status = wait_connack(pContext, timeoutMs, &sessionPresent,
                              (handler != NULL) ? handler : connack_311);
    }
    if ((status == MQTTSuccess) && pInfo->cleanSession && sessionPresent)
    {
        status = MQTTBadResponse; /* a clean start cannot find a session */
    }
    if (status == MQTTSuccess)
    {
        LogInfo(("Connected, session present: %d", (int)sessionPresent));
        pContext->connectStatus = MQTTConnected;
        pContext->lastPacketRxTime = mqtt_now(pContext);
        if (sessionPresent)
        {
            status = resume_session(pContext); /* sends: outside the state hooks */
        }
        else
        {
            MQTT_PRE_STATE_UPDATE_HOOK(pContext);
            mqtt_clear_records(pContext);
            MQTT_POST_STATE_UPDATE_HOOK(pContext);
        }
        *pSessionPresent = sessionPresent;
    }
    return status;
}

MQTTStatus_t MQTT_Connect(MQTTContext_t *pContext, const MQTTConnectInfo_t *pConnectInfo,
                          const MQTTPublishInfo_t *pWillInfo, uint32_t timeoutMs,
                          bool *pSessionPresent)
{
    if (pContext == NULL)
    {
        return MQTTBadParameter;
    }
    pContext->protocolVersion = MQTT_VERSION_311;
    return mqtt_connect(pContext, pConnectInfo, pWillInfo, NULL, 0U, NULL, 0U, timeoutMs,
                        pSessionPresent, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* PUBLISH                                                                                    */

MQTTStatus_t mqtt_publish(MQTTContext_t *pContext, const MQTTPublishInfo_t *pInfo,
                          uint16_t packetId, const uint8_t *pProps, size_t propsLength)
{
    bool v5 = MQTT_IS_V5(pContext);
    uint8_t header[7];
    uint8_t middle[2];
    TransportOutVector_t vectors[6];
    TransportOutVector_t copy[6];
    size_t remaining = 0U;
    size_t written = 0U;
    bool reserved = false;
    MQTTStatus_t status;

    if (v5 && (pProps == NULL))
    {
        pProps = &zeroByte;
        propsLength = 1U;
    }
    /* MQTT 5 allows an empty topic when a topic alias stands in for it (checked by caller). */
    status = mqtt_publish_remaining(pInfo, v5 ? propsLength : 0U, v5 && (pProps != &zeroByte),
                                    &remaining);
    if ((status == MQTTSuccess) && (pInfo->qos != MQTTQoS0) && (packetId == 0U))
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        status = mqtt_check_packet_size(pContext, remaining);
    }
    if ((status == MQTTSuccess) && (pInfo->qos != MQTTQoS0))
    {
        MQTT_PRE_STATE_UPDATE_HOOK(pContext);
        status = MQTT_ReserveState(pContext, packetId, pInfo->qos);
        reserved = (status == MQTTSuccess);
        /* Resending a publish still in flight (dup) reuses its record. */
        if ((status == MQTTStateCollision) && pInfo->dup)
        {
            status = MQTTSuccess;
        }
        MQTT_POST_STATE_UPDATE_HOOK(pContext);
    }
    if (status != MQTTSuccess)
    {
        return status;
    }

    (void)MQTT_SerializePublishHeaderWithoutTopic(pInfo, remaining, header, &written);
    (void)mqtt_put_u16(middle, packetId);
    vectors[0].iov_base = header;
    vectors[0].iov_len = written;
    vectors[1].iov_base = pInfo->pTopicName;
    vectors[1].iov_len = pInfo->topicNameLength;
    vectors[2].iov_base = middle;
    vectors[2].iov_len = (pInfo->qos != MQTTQoS0) ? 2U : 0U;
    vectors[3].iov_base = pProps;
    vectors[3].iov_len = v5 ? propsLength : 0U;
    vectors[4].iov_base = pInfo->pPayload;
    vectors[4].iov_len = pInfo->payloadLength;
    (void)memcpy(copy, vectors, sizeof(copy));

    status = mqtt_send_vectors(pContext, vectors, 5U);

    if (pInfo->qos != MQTTQoS0)
    {
        MQTTPublishState_t newState = MQTTStateNull;
        MQTT_PRE_STATE_UPDATE_HOOK(pContext);
        if (status == MQTTSuccess)
        {
            status = MQTT_UpdateStatePublish(pContext, packetId, MQTT_SEND, pInfo->qos, &newState);
        }
        else if (reserved)
        {
            (void)MQTT_RemoveStateRecord(pContext, packetId); /* never went out whole */
        }
        else
        {
            /* A failed resend keeps the publish pending for the next session. */
        }
        MQTT_POST_STATE_UPDATE_HOOK(pContext);
        if ((status == MQTTSuccess) && reserved && (pContext->storeFunction != NULL))
        {
            MQTTVec_t vec;
            vec.pVector = copy;
            vec.vectorLen = 5U;
            if (!pContext->storeFunction(pContext, packetId, &vec))
            {
                status = MQTTPublishStoreFailed;
            }
        }
    }
    return status;
}

MQTTStatus_t MQTT_Publish(MQTTContext_t *pContext, const MQTTPublishInfo_t *pPublishInfo,
                          uint16_t packetId)
{
    if (pContext == NULL)
    {
        return MQTTBadParameter;
    }
    return mqtt_publish(pContext, pPublishInfo, packetId, NULL, 0U);
}

MQTTStatus_t MQTT_CancelCallback(const MQTTContext_t *pContext, uint16_t packetId)
{
    MQTTStatus_t status = MQTT_RemoveStateRecord(pContext, packetId);
    if ((status == MQTTSuccess) && (pContext->clearFunction != NULL))
    {
        pContext->clearFunction((MQTTContext_t *)(uintptr_t)pContext, packetId);
    }
    return status;
}

/* ------------------------------------------------------------------------------------------ */
/* SUBSCRIBE, UNSUBSCRIBE                                                                     */

#define SUB_VECTORS ((MQTT_SUB_UNSUB_MAX_VECTORS < 5U) ? 5U : MQTT_SUB_UNSUB_MAX_VECTORS)

MQTTStatus_t mqtt_subscribe(MQTTContext_t *pContext, const MQTTSubscribeInfo_t *pList, size_t count,
                            uint16_t packetId, bool subscribe, const uint8_t *pProps,
                            size_t propsLength)
{
    bool v5 = MQTT_IS_V5(pContext);
    uint8_t header[8];
    uint8_t scratch[SUB_VECTORS][3];
    TransportOutVector_t vectors[SUB_VECTORS];
    size_t used;
    size_t remaining = 0U;
    size_t i;
    MQTTStatus_t status;

    if (v5 && (pProps == NULL))
    {
        pProps = &zeroByte;
        propsLength = 1U;
    }
    status =
        mqtt_subscribe_remaining(pList, count, subscribe, v5 ? propsLength : 0U, v5, &remaining);
    if ((status == MQTTSuccess) && (packetId == 0U))
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        status = mqtt_check_packet_size(pContext, remaining);
    }
    if (status != MQTTSuccess)
    {
        return status;
    }

    vectors[0].iov_base = header;
    vectors[0].iov_len =
        (size_t)((subscribe ? MQTT_SerializeSubscribeHeader(remaining, header, packetId)
                            : MQTT_SerializeUnsubscribeHeader(remaining, header, packetId)) -
                 header);
    vectors[1].iov_base = pProps;
    vectors[1].iov_len = v5 ? propsLength : 0U;
    used = 2U;

    /* Each filter is its length, the filter and (SUBSCRIBE) the options byte. */
    for (i = 0U; (i < count) && (status == MQTTSuccess); i++)
    {
        const MQTTSubscribeInfo_t *pSub = &pList[i];
        uint8_t *pBytes;
        if (used + 3U > SUB_VECTORS)
        {
            status = mqtt_send_vectors(pContext, vectors, used);
            used = 0U;
        }
        pBytes = scratch[used];
        (void)mqtt_put_u16(pBytes, pSub->topicFilterLength);
        pBytes[2] = (uint8_t)pSub->qos;
        if (v5)
        {
            pBytes[2] |=
                (uint8_t)((pSub->noLocal ? 0x04U : 0U) | (pSub->retainAsPublished ? 0x08U : 0U) |
                          ((unsigned)pSub->retainHandling << 4));
        }
        vectors[used].iov_base = pBytes;
        vectors[used].iov_len = 2U;
        vectors[used + 1U].iov_base = pSub->pTopicFilter;
        vectors[used + 1U].iov_len = pSub->topicFilterLength;
        vectors[used + 2U].iov_base = &pBytes[2];
        vectors[used + 2U].iov_len = subscribe ? 1U : 0U;
        used += 3U;
    }
    if (status == MQTTSuccess)
    {
        status = mqtt_send_vectors(pContext, vectors, used);
    }
    return status;
}

MQTTStatus_t MQTT_Subscribe(MQTTContext_t *pContext, const MQTTSubscribeInfo_t *pSubscriptionList,
                            size_t subscriptionCount, uint16_t packetId)
{
    if (pContext == NULL)
    {
        return MQTTBadParameter;
    }
    return mqtt_subscribe(pContext, pSubscriptionList, subscriptionCount, packetId, true, NULL, 0U);
}

MQTTStatus_t MQTT_Unsubscribe(MQTTContext_t *pContext, const MQTTSubscribeInfo_t *pSubscriptionList,
                              size_t subscriptionCount, uint16_t packetId)
{
    if (pContext == NULL)
    {
        return MQTTBadParameter;
    }
    return mqtt_subscribe(pContext, pSubscriptionList, subscriptionCount, packetId, false, NULL,
                          0U);
}

/* ------------------------------------------------------------------------------------------ */
/* PINGREQ, DISCONNECT                                                                        */

MQTTStatus_t MQTT_Ping(MQTTContext_t *pContext)
{
    MQTTStatus_t status = MQTTBadParameter;
    if (pContext != NULL)
    {
        status = mqtt_send_reason_packet(pContext, MQTT_PACKET_TYPE_PINGREQ, 0U, NULL, 0U);
    }
    if (status == MQTTSuccess)
    {
        pContext->waitingForPingResp = true;
        pContext->pingReqSendTimeMs = pContext->lastPacketTxTime;
    }
    return status;
}

MQTTStatus_t MQTT_Disconnect(MQTTContext_t *pContext)
{
    MQTTStatus_t status = MQTTBadParameter;
    if (pContext != NULL)
    {
        status = mqtt_send_reason_packet(pContext, MQTT_PACKET_TYPE_DISCONNECT, 0U, NULL, 0U);
        pContext->connectStatus = MQTTNotConnected;
    }
    return status;
}

MQTTStatus_t MQTT_GetSubAckStatusCodes(const MQTTPacketInfo_t *pSubackPacket,
                                       uint8_t **pPayloadStart, size_t *pPayloadSize)
{
    if ((pSubackPacket == NULL) || (pPayloadStart == NULL) || (pPayloadSize == NULL) ||
        (pSubackPacket->type != MQTT_PACKET_TYPE_SUBACK) ||
        (pSubackPacket->pRemainingData == NULL) || (pSubackPacket->remainingLength < 3U))
    {
        return MQTTBadParameter;
    }
    *pPayloadStart = &pSubackPacket->pRemainingData[2];
    *pPayloadSize = pSubackPacket->remainingLength - 2U;
    return MQTTSuccess;
}
