/*
 * The client's incoming side (MQTT_ProcessLoop, MQTT_ReceiveLoop): reads from the transport
 * into the network buffer, decodes every complete packet, drives the QoS state machines,
 * calls the application and keeps the connection alive. A packet larger than the buffer
 * keeps the stream's framing: a PUBLISH is delivered in fragments, anything else is skipped
 * (docs/mqtt.md, "Packets larger than the buffer").
 */
#include "mqtt_internal.h"

void mqtt_notify(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket, MQTTDeserializedInfo_t *pInfo)
{
    pContext->appCallback(pContext, pPacket, pInfo);
}

/* One transport read into the free part of the buffer, at most `limit` bytes. */
static MQTTStatus_t read_some(MQTTContext_t *pContext, size_t limit)
{
    size_t room = pContext->networkBuffer.size - pContext->index;
    int32_t received;

    if (room > limit)
    {
        room = limit;
    }
    if (room == 0U)
    {
        return MQTTNoDataAvailable;
    }
    received =
        pContext->transportInterface.recv(pContext->transportInterface.pNetworkContext,
                                          &pContext->networkBuffer.pBuffer[pContext->index], room);
    if ((received < 0) || ((size_t)received > room))
    {
        LogError(("Transport receive failed: %ld", (long)received));
        return MQTTRecvFailed;
    }
    if (received == 0)
    {
        return MQTTNoDataAvailable;
    }
    pContext->index += (size_t)received;
    pContext->lastPacketRxTime = mqtt_now(pContext);
    if (pContext->waitingForPingResp)
    {
        /* The server is alive; its PINGRESP may be queued behind a long message. */
        pContext->pingReqSendTimeMs = pContext->lastPacketRxTime;
    }
    return MQTTSuccess;
}

/* Decodes a PUBLISH's topic, packet identifier and (MQTT 5) properties. */
static MQTTStatus_t decode_publish(MQTTContext_t *pContext, const MQTTPacketInfo_t *pPacket,
                                   size_t available, uint16_t *pPacketId, MQTTPublishInfo_t *pInfo,
                                   size_t *pHeaderEnd)
{
    size_t end = 0U;
    MQTTStatus_t status = mqtt_parse_publish(pPacket->type, pPacket->pRemainingData, available,
                                             pPacket->remainingLength, pPacketId, pInfo, &end);
    if (status == MQTTSuccess)
    {
        if (MQTT_IS_V5(pContext))
        {
            size_t consumed = 0U;
            status = pContext->pV5State->pHooks->publishProperties(
                pContext, &pPacket->pRemainingData[end], available - end,
                pPacket->remainingLength - end, *pPacketId, pInfo, &consumed);
            end += consumed;
        }
        else if (pInfo->topicNameLength == 0U)
        {
            status = MQTTBadResponse;
        }
        else
        {
            /* MQTT 3.1.1 PUBLISH: header complete. */
        }
    }
    *pHeaderEnd = end;
    return status;
}

/* Gives the application one part (or all) of an incoming PUBLISH's payload. */
static void deliver(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket, MQTTPublishInfo_t *pInfo,
                    MQTTIncomingStream_t *pStream, const uint8_t *pPayload, size_t length)
{
    MQTTDeserializedInfo_t info;
    MQTTPacketInfo_t packet = *pPacket;

    /* The packet as far as it is in memory: the header and this part of the payload, which
     * follows it directly, so MQTT_DeserializePublish on it yields this part too. */
    packet.remainingLength = (size_t)(pPayload - pPacket->pRemainingData) + length;
    (void)memset(&info, 0, sizeof(info));
    pInfo->pPayload = (length != 0U) ? pPayload : NULL;
    pInfo->payloadLength = length;
    info.packetIdentifier = pStream->packetId;
    info.pPublishInfo = pInfo;
    info.payloadOffset = pStream->payloadOffset;
    info.payloadTotalLength = pStream->payloadTotal;
    if (MQTT_IS_V5(pContext))
    {
        info.pProperties = &pContext->pV5State->properties;
    }
    mqtt_notify(pContext, &packet, &info);
    if (info.ackReasonCode != 0U)
    {
        pStream->ackReasonCode = info.ackReasonCode;
    }
    pStream->payloadOffset += length;
}

/*
 * Takes in a PUBLISH whose first `available` bytes after the fixed header are in memory:
 * records a QoS 2 publish, recognises a redelivered one, and delivers the payload bytes at
 * hand (the whole payload of a complete packet, the first fragment of a larger one).
 * *pStream says what remains to do once the packet has been read.
 */
static MQTTStatus_t accept_publish(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                                   size_t available, MQTTIncomingStream_t *pStream)
{
    MQTTPublishInfo_t info;
    size_t end = 0U;
    MQTTStatus_t status;

    pStream->type = pPacket->type;
    pStream->packetId = 0U;
    status = decode_publish(pContext, pPacket, available, &pStream->packetId, &info, &end);

    /* A fragment needs its header wholly in the buffer with room left for payload. */
    if ((status == MQTTSuccess) && (end == available) && (available < pPacket->remainingLength))
    {
        status = MQTTNeedMoreBytes;
    }
    if (status == MQTTNeedMoreBytes)
    {
        /* Cannot be delivered. Acknowledge it if its identifier was seen, so that the broker
         * does not offer it again and again; MQTT 5 says why. */
        pStream->flags = MQTT_STREAM_DROPPED;
        if (pStream->packetId != 0U)
        {
            pStream->flags |= MQTT_STREAM_ACK;
        }
        pStream->ackReasonCode = MQTTV5_REASON_IMPLEMENTATION_SPECIFIC_ERROR;
        return MQTTSuccess;
    }
    if (status != MQTTSuccess)
    {
        return status;
    }

    pStream->flags = MQTT_STREAM_DELIVER;
    if (info.qos != MQTTQoS0)
    {
        pStream->flags |= MQTT_STREAM_ACK;
    }
    if (info.qos == MQTTQoS2)
    {
        MQTTPublishState_t state;
        MQTT_PRE_STATE_UPDATE_HOOK(pContext);
        status =
            MQTT_UpdateStatePublish(pContext, pStream->packetId, MQTT_RECEIVE, MQTTQoS2, &state);
        MQTT_POST_STATE_UPDATE_HOOK(pContext);
        if (status == MQTTStateCollision)
        {
            /* Redelivered: acknowledge again, but the application has it already. */
            pStream->flags = MQTT_STREAM_ACK;
        }
        else if (status != MQTTSuccess)
        {
            /* No free record: leave it unacknowledged; the broker keeps it. */
            pStream->flags = MQTT_STREAM_DROPPED;
        }
        else
        {
            /* Recorded. */
        }
        status = MQTTSuccess;
    }
    pStream->keep = pPacket->headerLength + end;
    pStream->payloadTotal = pPacket->remainingLength - end;
    pStream->payloadOffset = 0U;
    if ((pStream->flags & MQTT_STREAM_DELIVER) != 0U)
    {
        deliver(pContext, pPacket, &info, pStream, &pPacket->pRemainingData[end], available - end);
    }
    return status;
}

/* Completes an incoming packet once all its bytes were read: acknowledgement, bookkeeping. */
static MQTTStatus_t finish_publish(MQTTContext_t *pContext, const MQTTIncomingStream_t *pStream)
{
    MQTTStatus_t status = MQTTSuccess;
    uint8_t reason = MQTT_IS_V5(pContext) ? pStream->ackReasonCode : 0U;
    bool qos2 = ((pStream->type & 0x06U) == 0x04U);

    if ((pStream->flags & MQTT_STREAM_DROPPED) != 0U)
    {
        LogWarn(("Incoming packet skipped: it does not fit the network buffer"));
        pContext->droppedPacketCount++;
        status = MQTTNoMemory;
    }
    if ((pStream->flags & MQTT_STREAM_ACK) != 0U)
    {
        MQTTStatus_t sent =
            mqtt_send_ack(pContext, qos2 ? MQTT_PACKET_TYPE_PUBREC : MQTT_PACKET_TYPE_PUBACK,
                          pStream->packetId, reason);
        if (qos2)
        {
            MQTTPublishState_t state;
            MQTT_PRE_STATE_UPDATE_HOOK(pContext);
            if (reason >= 0x80U)
            {
                /* A failure PUBREC ends the exchange (MQTT 5): forget the publish. */
                MQTTPubAckInfo_t *pRecord =
                    mqtt_find_record(pContext->incomingPublishRecords,
                                     pContext->incomingPublishRecordMaxCount, pStream->packetId);
                if (pRecord != NULL)
                {
                    pRecord->packetId = 0U;
                    pRecord->publishState = MQTTStateNull;
                }
            }
            else if (sent == MQTTSuccess)
            {
                (void)MQTT_UpdateStateAck(pContext, pStream->packetId, MQTTPubrec, MQTT_SEND,
                                          &state);
            }
            else
            {
                /* Not sent: the record stays in MQTTPubRecSend. */
            }
            MQTT_POST_STATE_UPDATE_HOOK(pContext);
        }
        if (sent != MQTTSuccess)
        {
            status = sent;
        }
    }
    return status;
}

/* PUBACK, PUBREC, PUBREL, PUBCOMP. */
static MQTTStatus_t handle_pub_ack(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket)
{
    MQTTDeserializedInfo_t info;
    MQTTPublishState_t state = MQTTStateNull;
    MQTTPubAckType_t ackType = (MQTTPubAckType_t)(((unsigned)pPacket->type >> 4) - 4U);
    MQTTStatus_t status;
    uint16_t packetId;

    (void)memset(&info, 0, sizeof(info));
    if (MQTT_IS_V5(pContext))
    {
        status = pContext->pV5State->pHooks->ackDetails(pContext, pPacket, &info);
    }
    else
    {
        status = MQTT_DeserializeAck(pPacket, &info.packetIdentifier, NULL);
    }
    if (status != MQTTSuccess)
    {
        return status;
    }
    packetId = info.packetIdentifier;

    MQTT_PRE_STATE_UPDATE_HOOK(pContext);
    status = MQTT_UpdateStateAck(pContext, packetId, ackType, MQTT_RECEIVE, &state);
    if ((status == MQTTSuccess) && (ackType == MQTTPubrec) && (info.reasonCode >= 0x80U))
    {
        /* MQTT 5: a failure PUBREC ends the exchange, no PUBREL follows. */
        (void)MQTT_RemoveStateRecord(pContext, packetId);
        state = MQTTPublishDone;
    }
    MQTT_POST_STATE_UPDATE_HOOK(pContext);

    if (status == MQTTBadResponse)
    {
        /* Unknown identifier. A PUBREL is still answered, so that the broker can release a
         * message whose PUBCOMP was lost with an earlier connection; MQTT 5 answers a stray
         * PUBREC likewise. Any other stray acknowledgement is a protocol violation. */
        if (ackType == MQTTPubrel)
        {
            return mqtt_send_ack(pContext, MQTT_PACKET_TYPE_PUBCOMP, packetId,
                                 MQTTV5_REASON_PACKET_IDENTIFIER_NOT_FOUND);
        }
        if (MQTT_IS_V5(pContext) && (ackType == MQTTPubrec))
        {
            return mqtt_send_ack(pContext, MQTT_PACKET_TYPE_PUBREL, packetId,
                                 MQTTV5_REASON_PACKET_IDENTIFIER_NOT_FOUND);
        }
        LogError(("Acknowledgement for unknown packet identifier %u", (unsigned)packetId));
        return MQTTBadResponse;
    }
    if (status != MQTTSuccess)
    {
        return status;
    }
    /* Once PUBACK or PUBREC arrived the PUBLISH itself is never resent. */
    if ((pContext->clearFunction != NULL) && ((ackType == MQTTPuback) || (ackType == MQTTPubrec)))
    {
        pContext->clearFunction(pContext, packetId);
    }
    mqtt_notify(pContext, pPacket, &info);

    if ((state == MQTTPubRelSend) || (state == MQTTPubCompSend))
    {
        bool release = (state == MQTTPubRelSend);
        status = mqtt_send_ack(
            pContext, release ? MQTT_PACKET_TYPE_PUBREL : MQTT_PACKET_TYPE_PUBCOMP, packetId, 0U);
        if (status == MQTTSuccess)
        {
            MQTT_PRE_STATE_UPDATE_HOOK(pContext);
            status = MQTT_UpdateStateAck(pContext, packetId, release ? MQTTPubrel : MQTTPubcomp,
                                         MQTT_SEND, &state);
            MQTT_POST_STATE_UPDATE_HOOK(pContext);
        }
    }
    return status;
}

/* SUBACK, UNSUBACK, PINGRESP. */
static MQTTStatus_t handle_other_ack(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket)
{
    MQTTDeserializedInfo_t info;
    MQTTStatus_t status;

    (void)memset(&info, 0, sizeof(info));
    if (MQTT_IS_V5(pContext) && (pPacket->type != MQTT_PACKET_TYPE_PINGRESP))
    {
        status = pContext->pV5State->pHooks->ackDetails(pContext, pPacket, &info);
    }
    else
    {
        status = MQTT_DeserializeAck(pPacket, &info.packetIdentifier, NULL);
        info.deserializationResult = status;
        if ((pPacket->type == MQTT_PACKET_TYPE_SUBACK) && (status != MQTTBadResponse))
        {
            info.pReasonCodes = &pPacket->pRemainingData[2];
            info.reasonCodeCount = pPacket->remainingLength - 2U;
            status = MQTTSuccess; /* a refused subscription is news, not an error */
        }
    }
    if (status == MQTTSuccess)
    {
        if (pPacket->type == MQTT_PACKET_TYPE_PINGRESP)
        {
            pContext->waitingForPingResp = false;
        }
        mqtt_notify(pContext, pPacket, &info);
    }
    return status;
}

/* One complete packet, all of it in the buffer. */
static MQTTStatus_t handle_packet(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket)
{
    MQTTStatus_t status;

    switch (pPacket->type & 0xF0U)
    {
        case MQTT_PACKET_TYPE_PUBLISH:
        {
            MQTTIncomingStream_t stream;
            (void)memset(&stream, 0, sizeof(stream));
            status = accept_publish(pContext, pPacket, pPacket->remainingLength, &stream);
            if (status == MQTTSuccess)
            {
                status = finish_publish(pContext, &stream);
            }
            break;
        }
        case MQTT_PACKET_TYPE_PUBACK:
        case MQTT_PACKET_TYPE_PUBREC:
        case (MQTT_PACKET_TYPE_PUBREL & 0xF0U):
        case MQTT_PACKET_TYPE_PUBCOMP:
            status = handle_pub_ack(pContext, pPacket);
            break;
        case MQTT_PACKET_TYPE_SUBACK:
        case MQTT_PACKET_TYPE_UNSUBACK:
        case MQTT_PACKET_TYPE_PINGRESP:
            status = handle_other_ack(pContext, pPacket);
            break;
        case MQTT_PACKET_TYPE_DISCONNECT:
        case MQTT_PACKET_TYPE_AUTH:
            /* Decoding accepted these only on an MQTT 5 connection. */
            status = pContext->pV5State->pHooks->controlPacket(pContext, pPacket);
            break;
        default:
            LogError(("Unexpected packet type 0x%02x", (unsigned)pPacket->type));
            status = MQTTBadResponse; /* a CONNACK outside MQTT_Connect */
            break;
    }
    return status;
}

/* Starts reading a packet that does not fit: the buffer is full with its first bytes. */
static void start_stream(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket, size_t total)
{
    MQTTIncomingStream_t *pStream = &pContext->incomingStream;
    (void)memset(pStream, 0, sizeof(*pStream));
    pStream->type = pPacket->type;
    pStream->remaining = total - pContext->index;
    pStream->flags = MQTT_STREAM_DROPPED;
    if ((pPacket->type & 0xF0U) == MQTT_PACKET_TYPE_PUBLISH)
    {
        MQTTStatus_t status =
            accept_publish(pContext, pPacket, pContext->index - pPacket->headerLength, pStream);
        if (status != MQTTSuccess)
        {
            pStream->flags = MQTT_STREAM_DROPPED; /* malformed header: skip it whole */
        }
    }
    pContext->index = ((pStream->flags & MQTT_STREAM_DELIVER) != 0U) ? pStream->keep : 0U;
}

/* Reads the next part of a packet larger than the buffer. */
static MQTTStatus_t stream_step(MQTTContext_t *pContext)
{
    MQTTIncomingStream_t *pStream = &pContext->incomingStream;
    uint8_t *pBuffer = pContext->networkBuffer.pBuffer;
    size_t before = pContext->index;
    MQTTStatus_t status = read_some(pContext, pStream->remaining);

    if (status != MQTTSuccess)
    {
        return status;
    }
    pStream->remaining -= pContext->index - before;
    if ((pContext->index == pContext->networkBuffer.size) || (pStream->remaining == 0U))
    {
        if ((pStream->flags & MQTT_STREAM_DELIVER) != 0U)
        {
            /* The header kept at the start of the buffer describes the publish again. */
            MQTTPacketInfo_t packet;
            MQTTPublishInfo_t info;
            uint16_t packetId = 0U;
            size_t end = 0U;
            (void)mqtt_decode_fixed_header(pBuffer, pStream->keep, MQTT_IS_V5(pContext), &packet);
            packet.pRemainingData = &pBuffer[packet.headerLength];
            (void)decode_publish(pContext, &packet, pStream->keep - packet.headerLength, &packetId,
                                 &info, &end);
            deliver(pContext, &packet, &info, pStream, &pBuffer[pStream->keep],
                    pContext->index - pStream->keep);
        }
        pContext->index = ((pStream->flags & MQTT_STREAM_DELIVER) != 0U) ? pStream->keep : 0U;
        if (pStream->remaining == 0U)
        {
            MQTTIncomingStream_t done = *pStream;
            (void)memset(pStream, 0, sizeof(*pStream));
            pContext->index = 0U;
            status = finish_publish(pContext, &done);
        }
    }
    return status;
}

/* Handles every complete packet in the buffer and keeps what remains at its start. */
static MQTTStatus_t process_buffer(MQTTContext_t *pContext, bool *pProgress)
{
    uint8_t *pBuffer = pContext->networkBuffer.pBuffer;
    size_t position = 0U;
    MQTTStatus_t status = MQTTSuccess;

    while ((status == MQTTSuccess) && (position < pContext->index))
    {
        MQTTPacketInfo_t packet;
        size_t available = pContext->index - position;
        size_t total;

        status =
            mqtt_decode_fixed_header(&pBuffer[position], available, MQTT_IS_V5(pContext), &packet);
        if (status != MQTTSuccess)
        {
            if (status == MQTTNeedMoreBytes)
            {
                status = MQTTSuccess;
            }
            break;
        }
        total = packet.headerLength + packet.remainingLength;
        if (MQTT_IS_V5(pContext) && (pContext->pV5State->clientMaximumPacketSize != 0U) &&
            (total > pContext->pV5State->clientMaximumPacketSize))
        {
            pContext->pV5State->pHooks->protocolError(pContext, MQTTV5_REASON_PACKET_TOO_LARGE);
            status = MQTTBadResponse;
            break;
        }
        packet.pRemainingData = &pBuffer[position + packet.headerLength];
        if (total > available)
        {
            if ((position == 0U) && (available == pContext->networkBuffer.size))
            {
                start_stream(pContext, &packet, total);
                *pProgress = true;
            }
            break;
        }
        position += total;
        *pProgress = true;
        status = handle_packet(pContext, &packet);
    }
    if (position != 0U)
    {
        pContext->index -= position;
        (void)memmove(pBuffer, &pBuffer[position], pContext->index);
    }
    return status;
}

/* Sends PINGREQ when the connection has been quiet, fails when PINGRESP is overdue. */
static MQTTStatus_t keep_alive(MQTTContext_t *pContext)
{
    uint32_t interval = (uint32_t)pContext->keepAliveIntervalSec * 1000U;
    uint32_t txLimit = interval;
    uint32_t rxLimit = interval;
    uint32_t now;

    if ((interval == 0U) || (pContext->connectStatus != MQTTConnected))
    {
        return MQTTSuccess;
    }
    now = mqtt_now(pContext);
    if (pContext->waitingForPingResp)
    {
        return mqtt_elapsed(now - pContext->pingReqSendTimeMs, MQTT_PINGRESP_TIMEOUT_MS)
                   ? MQTTKeepAliveTimeout
                   : MQTTSuccess;
    }
    if ((PACKET_TX_TIMEOUT_MS != 0U) && (PACKET_TX_TIMEOUT_MS < txLimit))
    {
        txLimit = PACKET_TX_TIMEOUT_MS;
    }
    if ((PACKET_RX_TIMEOUT_MS != 0U) && (PACKET_RX_TIMEOUT_MS < rxLimit))
    {
        rxLimit = PACKET_RX_TIMEOUT_MS;
    }
    if (((now - pContext->lastPacketTxTime) >= txLimit) ||
        ((now - pContext->lastPacketRxTime) >= rxLimit))
    {
        pContext->controlPacketSent = true;
        return MQTT_Ping(pContext);
    }
    return MQTTSuccess;
}

static MQTTStatus_t receive_loop(MQTTContext_t *pContext, bool manageKeepAlive)
{
    MQTTStatus_t status = MQTTSuccess;
    bool progress = false;
    bool readDone = false;
    uint32_t lastData;

    if ((pContext == NULL) || (pContext->networkBuffer.pBuffer == NULL) ||
        (pContext->appCallback == NULL))
    {
        return MQTTBadParameter;
    }
    pContext->controlPacketSent = false;
    lastData = mqtt_now(pContext);

    for (;;)
    {
        if (pContext->incomingStream.remaining != 0U)
        {
            status = stream_step(pContext);
            readDone = true;
            progress = progress || (status == MQTTSuccess);
        }
        else
        {
            status = process_buffer(pContext, &progress);
            if ((status != MQTTSuccess) || (pContext->incomingStream.remaining != 0U))
            {
                if (status == MQTTSuccess)
                {
                    continue;
                }
                break;
            }
            /* One read per call, more only to complete a packet within the polling time. */
            if (readDone && ((pContext->index == 0U) || (MQTT_RECV_POLLING_TIMEOUT_MS == 0U)))
            {
                break;
            }
            status = read_some(pContext, SIZE_MAX);
            readDone = true;
        }
        if (status == MQTTNoDataAvailable)
        {
            status = MQTTSuccess;
            if (((pContext->index == 0U) && (pContext->incomingStream.remaining == 0U)) ||
                mqtt_elapsed(mqtt_now(pContext) - lastData, MQTT_RECV_POLLING_TIMEOUT_MS))
            {
                break;
            }
            continue;
        }
        if (status != MQTTSuccess)
        {
            break;
        }
        lastData = mqtt_now(pContext);
    }

    if ((status == MQTTSuccess) && !progress &&
        ((pContext->index != 0U) || (pContext->incomingStream.remaining != 0U)))
    {
        status = MQTTNeedMoreBytes;
    }
    if ((status == MQTTBadResponse) && MQTT_IS_V5(pContext) &&
        (pContext->connectStatus == MQTTConnected))
    {
        pContext->pV5State->pHooks->protocolError(pContext, MQTTV5_REASON_PROTOCOL_ERROR);
    }
    if (manageKeepAlive &&
        ((status == MQTTSuccess) || (status == MQTTNeedMoreBytes) || (status == MQTTNoMemory)))
    {
        MQTTStatus_t keepAliveStatus = keep_alive(pContext);
        if (keepAliveStatus != MQTTSuccess)
        {
            status = keepAliveStatus;
        }
    }
    return status;
}

MQTTStatus_t MQTT_ProcessLoop(MQTTContext_t *pContext)
{
    return receive_loop(pContext, true);
}

MQTTStatus_t MQTT_ReceiveLoop(MQTTContext_t *pContext)
{
    return receive_loop(pContext, false);
}
