/*
 * MQTT 3.1.1 packet encoding and decoding (core_mqtt_serializer.h), and the byte-level
 * primitives (Remaining Length, big-endian integers, length-prefixed strings) that the client
 * and the MQTT 5 code share. Pure functions over caller buffers; no state, no allocation.
 */
#include "mqtt_internal.h"

#define CONNECT_VARIABLE_HEADER_SIZE (10U)

size_t mqtt_varint_size(size_t value)
{
    size_t size = 1U;
    while (value >= 128U)
    {
        value >>= 7;
        size++;
    }
    return size;
}

uint8_t *mqtt_put_varint(uint8_t *pOut, size_t value)
{
    do
    {
        uint8_t byte = (uint8_t)(value & 0x7FU);
        value >>= 7;
        if (value != 0U)
        {
            byte |= 0x80U;
        }
        *pOut++ = byte;
    } while (value != 0U);
    return pOut;
}

uint8_t *mqtt_put_u16(uint8_t *pOut, uint16_t value)
{
    pOut[0] = (uint8_t)(value >> 8);
    pOut[1] = (uint8_t)value;
    return pOut + 2;
}

uint16_t mqtt_get_u16(const uint8_t *pIn)
{
    return (uint16_t)(((uint16_t)pIn[0] << 8) | pIn[1]);
}

MQTTStatus_t mqtt_get_varint(const uint8_t *pIn, size_t available, size_t *pValue, size_t *pUsed)
{
    size_t value = 0U;
    size_t used = 0U;
    uint8_t byte;

    do
    {
        if (used == 4U)
        {
            return MQTTBadResponse; /* a fifth byte is never valid */
        }
        if (used == available)
        {
            return MQTTNeedMoreBytes;
        }
        byte = pIn[used];
        value |= (size_t)(byte & 0x7FU) << (7U * used);
        used++;
    } while ((byte & 0x80U) != 0U);

    /* MQTT requires the shortest encoding: a trailing zero byte would be padding. */
    if ((used > 1U) && (byte == 0U))
    {
        return MQTTBadResponse;
    }
    *pValue = value;
    *pUsed = used;
    return MQTTSuccess;
}

/* Writes a two-byte length and the bytes after it. */
static uint8_t *put_string(uint8_t *pOut, const void *pData, uint16_t length)
{
    pOut = mqtt_put_u16(pOut, length);
    if (length != 0U)
    {
        (void)memcpy(pOut, pData, length);
    }
    return pOut + length;
}

/* Total size of a packet from its Remaining Length. */
static size_t packet_size(size_t remaining)
{
    return 1U + mqtt_varint_size(remaining) + remaining;
}

/* Checks the fixed buffer: MQTTBadParameter for NULL, MQTTNoMemory when under `needed`. */
static MQTTStatus_t check_buffer(const MQTTFixedBuffer_t *pBuffer, size_t needed)
{
    if ((pBuffer == NULL) || (pBuffer->pBuffer == NULL))
    {
        return MQTTBadParameter;
    }
    return (pBuffer->size < needed) ? MQTTNoMemory : MQTTSuccess;
}

/* ------------------------------------------------------------------------------------------ */
/* CONNECT                                                                                    */

MQTTStatus_t mqtt_connect_remaining(const MQTTConnectInfo_t *pInfo, const MQTTPublishInfo_t *pWill,
                                    size_t extra, bool v5, size_t *pRemaining)
{
    size_t length;

    if ((pInfo == NULL) || (pRemaining == NULL) ||
        ((pInfo->pClientIdentifier == NULL) && (pInfo->clientIdentifierLength != 0U)))
    {
        return MQTTBadParameter;
    }
    length = CONNECT_VARIABLE_HEADER_SIZE + extra + 2U + pInfo->clientIdentifierLength;
    if (pInfo->pUserName != NULL)
    {
        length += 2U + (size_t)pInfo->userNameLength;
    }
    if (pInfo->pPassword != NULL)
    {
        /* MQTT 3.1.1 forbids a password without a user name; MQTT 5 allows it. */
        if ((pInfo->pUserName == NULL) && !v5)
        {
            return MQTTBadParameter;
        }
        length += 2U + (size_t)pInfo->passwordLength;
    }
    if (pWill != NULL)
    {
        if ((pWill->pTopicName == NULL) || (pWill->topicNameLength == 0U) ||
            ((unsigned)pWill->qos > 2U) || (pWill->payloadLength > 0xFFFFU) ||
            ((pWill->pPayload == NULL) && (pWill->payloadLength != 0U)))
        {
            return MQTTBadParameter;
        }
        length += 4U + (size_t)pWill->topicNameLength + pWill->payloadLength;
    }
    if (length > MQTT_REMAINING_LENGTH_MAX)
    {
        return MQTTBadParameter;
    }
    *pRemaining = length;
    return MQTTSuccess;
}

uint8_t *mqtt_put_connect_header(uint8_t *pOut, const MQTTConnectInfo_t *pInfo,
                                 const MQTTPublishInfo_t *pWill, size_t remaining, uint8_t level)
{
    static const uint8_t protocolName[6] = {0U, 4U, 'M', 'Q', 'T', 'T'};
    uint8_t flags = 0U;

    *pOut++ = MQTT_PACKET_TYPE_CONNECT;
    pOut = mqtt_put_varint(pOut, remaining);
    (void)memcpy(pOut, protocolName, sizeof(protocolName));
    pOut += sizeof(protocolName);
    *pOut++ = level;

    if (pInfo->cleanSession)
    {
        flags |= 0x02U;
    }
    if (pWill != NULL)
    {
        flags |= (uint8_t)(0x04U | ((unsigned)pWill->qos << 3));
        if (pWill->retain)
        {
            flags |= 0x20U;
        }
    }
    if (pInfo->pPassword != NULL)
    {
        flags |= 0x40U;
    }
    if (pInfo->pUserName != NULL)
    {
        flags |= 0x80U;
    }
    *pOut++ = flags;
    return mqtt_put_u16(pOut, pInfo->keepAliveSeconds);
}

uint8_t *MQTT_SerializeConnectFixedHeader(uint8_t *pIndex, const MQTTConnectInfo_t *pConnectInfo,
                                          const MQTTPublishInfo_t *pWillInfo,
                                          size_t remainingLength)
{
    return mqtt_put_connect_header(pIndex, pConnectInfo, pWillInfo, remainingLength,
                                   MQTT_VERSION_311);
}

MQTTStatus_t MQTT_GetConnectPacketSize(const MQTTConnectInfo_t *pConnectInfo,
                                       const MQTTPublishInfo_t *pWillInfo, size_t *pRemainingLength,
                                       size_t *pPacketSize)
{
    MQTTStatus_t status = MQTTBadParameter;
    if ((pRemainingLength != NULL) && (pPacketSize != NULL))
    {
        status = mqtt_connect_remaining(pConnectInfo, pWillInfo, 0U, false, pRemainingLength);
        if (status == MQTTSuccess)
        {
            *pPacketSize = packet_size(*pRemainingLength);
        }
    }
    return status;
}

MQTTStatus_t MQTT_SerializeConnect(const MQTTConnectInfo_t *pConnectInfo,
                                   const MQTTPublishInfo_t *pWillInfo, size_t remainingLength,
                                   const MQTTFixedBuffer_t *pFixedBuffer)
{
    size_t expected;
    MQTTStatus_t status = mqtt_connect_remaining(pConnectInfo, pWillInfo, 0U, false, &expected);

    if ((status == MQTTSuccess) && (expected != remainingLength))
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        status = check_buffer(pFixedBuffer, packet_size(remainingLength));
    }
    if (status == MQTTSuccess)
    {
        uint8_t *pOut = MQTT_SerializeConnectFixedHeader(pFixedBuffer->pBuffer, pConnectInfo,
                                                         pWillInfo, remainingLength);
        pOut =
            put_string(pOut, pConnectInfo->pClientIdentifier, pConnectInfo->clientIdentifierLength);
        if (pWillInfo != NULL)
        {
            pOut = put_string(pOut, pWillInfo->pTopicName, pWillInfo->topicNameLength);
            pOut = put_string(pOut, pWillInfo->pPayload, (uint16_t)pWillInfo->payloadLength);
        }
        if (pConnectInfo->pUserName != NULL)
        {
            pOut = put_string(pOut, pConnectInfo->pUserName, pConnectInfo->userNameLength);
        }
        if (pConnectInfo->pPassword != NULL)
        {
            (void)put_string(pOut, pConnectInfo->pPassword, pConnectInfo->passwordLength);
        }
    }
    return status;
}

/* ------------------------------------------------------------------------------------------ */
/* SUBSCRIBE, UNSUBSCRIBE                                                                     */

MQTTStatus_t mqtt_subscribe_remaining(const MQTTSubscribeInfo_t *pList, size_t count,
                                      bool subscribe, size_t extra, bool v5, size_t *pRemaining)
{
    size_t length = 2U + extra;
    size_t i;

    if ((pList == NULL) || (count == 0U) || (pRemaining == NULL))
    {
        return MQTTBadParameter;
    }
    for (i = 0U; i < count; i++)
    {
        const MQTTSubscribeInfo_t *pSub = &pList[i];
        if ((pSub->pTopicFilter == NULL) || (pSub->topicFilterLength == 0U))
        {
            return MQTTBadParameter;
        }
        if (subscribe && (((unsigned)pSub->qos > 2U) || (v5 && (pSub->retainHandling > 2U))))
        {
            return MQTTBadParameter;
        }
        length += 2U + (size_t)pSub->topicFilterLength + (subscribe ? 1U : 0U);
        if (length > MQTT_REMAINING_LENGTH_MAX)
        {
            return MQTTBadParameter;
        }
    }
    *pRemaining = length;
    return MQTTSuccess;
}

static uint8_t *put_sub_header(uint8_t type, size_t remaining, uint8_t *pOut, uint16_t packetId)
{
    *pOut++ = type;
    pOut = mqtt_put_varint(pOut, remaining);
    return mqtt_put_u16(pOut, packetId);
}

uint8_t *MQTT_SerializeSubscribeHeader(size_t remainingLength, uint8_t *pIndex, uint16_t packetId)
{
    return put_sub_header(MQTT_PACKET_TYPE_SUBSCRIBE, remainingLength, pIndex, packetId);
}

uint8_t *MQTT_SerializeUnsubscribeHeader(size_t remainingLength, uint8_t *pIndex, uint16_t packetId)
{
    return put_sub_header(MQTT_PACKET_TYPE_UNSUBSCRIBE, remainingLength, pIndex, packetId);
}

static MQTTStatus_t sub_size(const MQTTSubscribeInfo_t *pList, size_t count, bool subscribe,
                             size_t *pRemainingLength, size_t *pPacketSize)
{
    MQTTStatus_t status = MQTTBadParameter;
    if (pPacketSize != NULL)
    {
        status = mqtt_subscribe_remaining(pList, count, subscribe, 0U, false, pRemainingLength);
        if (status == MQTTSuccess)
        {
            *pPacketSize = packet_size(*pRemainingLength);
        }
    }
    return status;
}

static MQTTStatus_t sub_serialize(const MQTTSubscribeInfo_t *pList, size_t count, uint16_t packetId,
                                  size_t remainingLength, const MQTTFixedBuffer_t *pBuffer,
                                  bool subscribe)
{
    size_t expected = 0U;
    MQTTStatus_t status = mqtt_subscribe_remaining(pList, count, subscribe, 0U, false, &expected);

    if ((status == MQTTSuccess) && ((expected != remainingLength) || (packetId == 0U)))
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        status = check_buffer(pBuffer, packet_size(remainingLength));
    }
    if (status == MQTTSuccess)
    {
        size_t i;
        uint8_t *pOut =
            put_sub_header(subscribe ? MQTT_PACKET_TYPE_SUBSCRIBE : MQTT_PACKET_TYPE_UNSUBSCRIBE,
                           remainingLength, pBuffer->pBuffer, packetId);
        for (i = 0U; i < count; i++)
        {
            pOut = put_string(pOut, pList[i].pTopicFilter, pList[i].topicFilterLength);
            if (subscribe)
            {
                *pOut++ = (uint8_t)pList[i].qos;
            }
        }
    }
    return status;
}

MQTTStatus_t MQTT_GetSubscribePacketSize(const MQTTSubscribeInfo_t *pSubscriptionList,
                                         size_t subscriptionCount, size_t *pRemainingLength,
                                         size_t *pPacketSize)
{
    return sub_size(pSubscriptionList, subscriptionCount, true, pRemainingLength, pPacketSize);
}

MQTTStatus_t MQTT_SerializeSubscribe(const MQTTSubscribeInfo_t *pSubscriptionList,
                                     size_t subscriptionCount, uint16_t packetId,
                                     size_t remainingLength, const MQTTFixedBuffer_t *pFixedBuffer)
{
    return sub_serialize(pSubscriptionList, subscriptionCount, packetId, remainingLength,
                         pFixedBuffer, true);
}

MQTTStatus_t MQTT_GetUnsubscribePacketSize(const MQTTSubscribeInfo_t *pSubscriptionList,
                                           size_t subscriptionCount, size_t *pRemainingLength,
                                           size_t *pPacketSize)
{
    return sub_size(pSubscriptionList, subscriptionCount, false, pRemainingLength, pPacketSize);
}

MQTTStatus_t MQTT_SerializeUnsubscribe(const MQTTSubscribeInfo_t *pSubscriptionList,
                                       size_t subscriptionCount, uint16_t packetId,
                                       size_t remainingLength,
                                       const MQTTFixedBuffer_t *pFixedBuffer)
{
    return sub_serialize(pSubscriptionList, subscriptionCount, packetId, remainingLength,
                         pFixedBuffer, false);
}

/* ------------------------------------------------------------------------------------------ */
/* PUBLISH                                                                                    */

MQTTStatus_t mqtt_publish_remaining(const MQTTPublishInfo_t *pInfo, size_t extra,
                                    bool allowEmptyTopic, size_t *pRemaining)
{
    size_t length;

    if ((pInfo == NULL) || (pRemaining == NULL) || ((unsigned)pInfo->qos > 2U) ||
        ((pInfo->pTopicName == NULL) && (pInfo->topicNameLength != 0U)) ||
        ((pInfo->topicNameLength == 0U) && !allowEmptyTopic) ||
        ((pInfo->pPayload == NULL) && (pInfo->payloadLength != 0U)) ||
        (pInfo->payloadLength > MQTT_REMAINING_LENGTH_MAX))
    {
        return MQTTBadParameter;
    }
    length = 2U + (size_t)pInfo->topicNameLength + extra + pInfo->payloadLength +
             ((pInfo->qos != MQTTQoS0) ? 2U : 0U);
    if (length > MQTT_REMAINING_LENGTH_MAX)
    {
        return MQTTBadParameter;
    }
    *pRemaining = length;
    return MQTTSuccess;
}

uint8_t mqtt_publish_first_byte(const MQTTPublishInfo_t *pInfo)
{
    uint8_t byte = (uint8_t)(MQTT_PACKET_TYPE_PUBLISH | ((unsigned)pInfo->qos << 1));
    if (pInfo->retain)
    {
        byte |= 0x01U;
    }
    if (pInfo->dup)
    {
        byte |= 0x08U;
    }
    return byte;
}

MQTTStatus_t MQTT_GetPublishPacketSize(const MQTTPublishInfo_t *pPublishInfo,
                                       size_t *pRemainingLength, size_t *pPacketSize)
{
    MQTTStatus_t status = MQTTBadParameter;
    if (pPacketSize != NULL)
    {
        status = mqtt_publish_remaining(pPublishInfo, 0U, false, pRemainingLength);
        if (status == MQTTSuccess)
        {
            *pPacketSize = packet_size(*pRemainingLength);
        }
    }
    return status;
}

MQTTStatus_t MQTT_SerializePublishHeaderWithoutTopic(const MQTTPublishInfo_t *pPublishInfo,
                                                     size_t remainingLength, uint8_t *pBuffer,
                                                     size_t *headerSize)
{
    uint8_t *pOut;
    if ((pPublishInfo == NULL) || (pBuffer == NULL) || (headerSize == NULL) ||
        (remainingLength > MQTT_REMAINING_LENGTH_MAX))
    {
        return MQTTBadParameter;
    }
    pBuffer[0] = mqtt_publish_first_byte(pPublishInfo);
    pOut = mqtt_put_varint(&pBuffer[1], remainingLength);
    pOut = mqtt_put_u16(pOut, pPublishInfo->topicNameLength);
    *headerSize = (size_t)(pOut - pBuffer);
    return MQTTSuccess;
}

/* Writes a PUBLISH, with the payload or without it. */
static MQTTStatus_t serialize_publish(const MQTTPublishInfo_t *pInfo, uint16_t packetId,
                                      size_t remainingLength, const MQTTFixedBuffer_t *pBuffer,
                                      bool withPayload, size_t *pHeaderSize)
{
    size_t expected = 0U;
    size_t headerSize;
    MQTTStatus_t status = mqtt_publish_remaining(pInfo, 0U, false, &expected);

    if ((status == MQTTSuccess) &&
        ((expected != remainingLength) || ((pInfo->qos != MQTTQoS0) && (packetId == 0U))))
    {
        status = MQTTBadParameter;
    }
    if (status == MQTTSuccess)
    {
        headerSize = packet_size(remainingLength) - pInfo->payloadLength;
        status = check_buffer(pBuffer, withPayload ? packet_size(remainingLength) : headerSize);
    }
    if (status == MQTTSuccess)
    {
        uint8_t *pOut = pBuffer->pBuffer;
        size_t written = 0U;
        (void)MQTT_SerializePublishHeaderWithoutTopic(pInfo, remainingLength, pOut, &written);
        pOut += written;
        (void)memcpy(pOut, pInfo->pTopicName, pInfo->topicNameLength);
        pOut += pInfo->topicNameLength;
        if (pInfo->qos != MQTTQoS0)
        {
            pOut = mqtt_put_u16(pOut, packetId);
        }
        if (withPayload && (pInfo->payloadLength != 0U))
        {
            (void)memcpy(pOut, pInfo->pPayload, pInfo->payloadLength);
        }
        if (pHeaderSize != NULL)
        {
            *pHeaderSize = headerSize;
        }
    }
    return status;
}

MQTTStatus_t MQTT_SerializePublish(const MQTTPublishInfo_t *pPublishInfo, uint16_t packetId,
                                   size_t remainingLength, const MQTTFixedBuffer_t *pFixedBuffer)
{
    return serialize_publish(pPublishInfo, packetId, remainingLength, pFixedBuffer, true, NULL);
}

MQTTStatus_t MQTT_SerializePublishHeader(const MQTTPublishInfo_t *pPublishInfo, uint16_t packetId,
                                         size_t remainingLength,
                                         const MQTTFixedBuffer_t *pFixedBuffer, size_t *pHeaderSize)
{
    if (pHeaderSize == NULL)
    {
        return MQTTBadParameter;
    }
    return serialize_publish(pPublishInfo, packetId, remainingLength, pFixedBuffer, false,
                             pHeaderSize);
}

/* ------------------------------------------------------------------------------------------ */
/* Acknowledgements, DISCONNECT, PINGREQ                                                      */

MQTTStatus_t MQTT_SerializeAck(const MQTTFixedBuffer_t *pFixedBuffer, uint8_t packetType,
                               uint16_t packetId)
{
    MQTTStatus_t status = MQTTBadParameter;
    if ((packetId != 0U) &&
        ((packetType == MQTT_PACKET_TYPE_PUBACK) || (packetType == MQTT_PACKET_TYPE_PUBREC) ||
         (packetType == MQTT_PACKET_TYPE_PUBREL) || (packetType == MQTT_PACKET_TYPE_PUBCOMP)))
    {
        status = check_buffer(pFixedBuffer, MQTT_PUBLISH_ACK_PACKET_SIZE);
    }
    if (status == MQTTSuccess)
    {
        pFixedBuffer->pBuffer[0] = packetType;
        pFixedBuffer->pBuffer[1] = 2U;
        (void)mqtt_put_u16(&pFixedBuffer->pBuffer[2], packetId);
    }
    return status;
}

/* Both DISCONNECT and PINGREQ are two bytes: the type and a zero Remaining Length. */
static MQTTStatus_t two_byte_size(size_t *pPacketSize)
{
    if (pPacketSize == NULL)
    {
        return MQTTBadParameter;
    }
    *pPacketSize = 2U;
    return MQTTSuccess;
}

static MQTTStatus_t two_byte_serialize(const MQTTFixedBuffer_t *pBuffer, uint8_t type)
{
    MQTTStatus_t status = check_buffer(pBuffer, 2U);
    if (status == MQTTSuccess)
    {
        pBuffer->pBuffer[0] = type;
        pBuffer->pBuffer[1] = 0U;
    }
    return status;
}

MQTTStatus_t MQTT_GetDisconnectPacketSize(size_t *pPacketSize)
{
    return two_byte_size(pPacketSize);
}

MQTTStatus_t MQTT_SerializeDisconnect(const MQTTFixedBuffer_t *pFixedBuffer)
{
    return two_byte_serialize(pFixedBuffer, MQTT_PACKET_TYPE_DISCONNECT);
}

MQTTStatus_t MQTT_GetPingreqPacketSize(size_t *pPacketSize)
{
    return two_byte_size(pPacketSize);
}

MQTTStatus_t MQTT_SerializePingreq(const MQTTFixedBuffer_t *pFixedBuffer)
{
    return two_byte_serialize(pFixedBuffer, MQTT_PACKET_TYPE_PINGREQ);
}

/* ------------------------------------------------------------------------------------------ */
/* Decoding                                                                                   */

/* Whether a client may receive a packet starting with this byte. */
static bool valid_incoming_type(uint8_t type, bool v5)
{
    /* Bit n set: packet type n may reach a client (CONNACK .. PINGRESP, DISCONNECT/AUTH v5). */
    uint16_t allowed = v5 ? 0xEAFCU : 0x2AFCU;
    uint8_t kind = (uint8_t)(type >> 4);
    uint8_t required = (kind == 6U) ? 0x62U : (uint8_t)(kind << 4);

    return (((allowed >> kind) & 1U) != 0U) &&
           ((kind == 3U) || (type == required)); /* only PUBLISH has free flags */
}

MQTTStatus_t mqtt_decode_fixed_header(const uint8_t *pIn, size_t available, bool v5,
                                      MQTTPacketInfo_t *pPacket)
{
    size_t used = 0U;
    MQTTStatus_t status;

    if (available == 0U)
    {
        return MQTTNoDataAvailable;
    }
    if (!valid_incoming_type(pIn[0], v5))
    {
        return MQTTBadResponse;
    }
    status = mqtt_get_varint(&pIn[1], available - 1U, &pPacket->remainingLength, &used);
    if (status == MQTTSuccess)
    {
        pPacket->type = pIn[0];
        pPacket->headerLength = 1U + used;
    }
    return status;
}

MQTTStatus_t MQTT_ProcessIncomingPacketTypeAndLength(const uint8_t *pBuffer, const size_t *pIndex,
                                                     MQTTPacketInfo_t *pIncomingPacket)
{
    if ((pBuffer == NULL) || (pIndex == NULL) || (pIncomingPacket == NULL))
    {
        return MQTTBadParameter;
    }
    return mqtt_decode_fixed_header(pBuffer, *pIndex, false, pIncomingPacket);
}

MQTTStatus_t MQTT_GetIncomingPacketTypeAndLength(TransportRecv_t readFunc,
                                                 NetworkContext_t *pNetworkContext,
                                                 MQTTPacketInfo_t *pIncomingPacket)
{
    uint8_t header[5];
    size_t count = 0U;
    MQTTStatus_t status = MQTTNeedMoreBytes;

    if ((readFunc == NULL) || (pIncomingPacket == NULL))
    {
        return MQTTBadParameter;
    }
    /* One byte per read, so that nothing after the fixed header is consumed. */
    while (status == MQTTNeedMoreBytes)
    {
        int32_t received = readFunc(pNetworkContext, &header[count], 1U);
        if (received < 0)
        {
            return MQTTRecvFailed;
        }
        if (received == 0)
        {
            /* Nothing yet is "no data"; silence inside the header is a malformed packet. */
            return (count == 0U) ? MQTTNoDataAvailable : MQTTBadResponse;
        }
        count++;
        status = mqtt_decode_fixed_header(header, count, false, pIncomingPacket);
    }
    return status;
}

MQTTStatus_t mqtt_parse_publish(uint8_t type, const uint8_t *pIn, size_t available,
                                size_t remaining, uint16_t *pPacketId, MQTTPublishInfo_t *pInfo,
                                size_t *pHeaderEnd)
{
    unsigned qos = ((unsigned)type >> 1) & 3U;
    size_t end;
    uint16_t topicLength;

    /* QoS 3 is reserved; DUP is meaningless, hence forbidden, on QoS 0. */
    if ((qos == 3U) || ((qos == 0U) && ((type & 0x08U) != 0U)) || (remaining < 2U))
    {
        return MQTTBadResponse;
    }
    if (available < 2U)
    {
        return MQTTNeedMoreBytes;
    }
    topicLength = mqtt_get_u16(pIn);
    end = 2U + (size_t)topicLength + ((qos != 0U) ? 2U : 0U);
    if (end > remaining)
    {
        return MQTTBadResponse;
    }
    if (end > available)
    {
        return MQTTNeedMoreBytes;
    }
    *pPacketId = 0U;
    if (qos != 0U)
    {
        *pPacketId = mqtt_get_u16(&pIn[end - 2U]);
        if (*pPacketId == 0U)
        {
            return MQTTBadResponse;
        }
    }
    pInfo->qos = (MQTTQoS_t)qos;
    pInfo->retain = ((type & 0x01U) != 0U);
    pInfo->dup = ((type & 0x08U) != 0U);
    pInfo->pTopicName = (const char *)&pIn[2];
    pInfo->topicNameLength = topicLength;
    pInfo->pPayload = NULL;
    pInfo->payloadLength = 0U;
    *pHeaderEnd = end;
    return MQTTSuccess;
}

MQTTStatus_t MQTT_DeserializePublish(const MQTTPacketInfo_t *pIncomingPacket, uint16_t *pPacketId,
                                     MQTTPublishInfo_t *pPublishInfo)
{
    size_t end = 0U;
    size_t remaining;
    MQTTStatus_t status;

    if ((pIncomingPacket == NULL) || (pPacketId == NULL) || (pPublishInfo == NULL) ||
        (pIncomingPacket->pRemainingData == NULL) ||
        ((pIncomingPacket->type & 0xF0U) != MQTT_PACKET_TYPE_PUBLISH))
    {
        return MQTTBadParameter;
    }
    remaining = pIncomingPacket->remainingLength;
    status = mqtt_parse_publish(pIncomingPacket->type, pIncomingPacket->pRemainingData, remaining,
                                remaining, pPacketId, pPublishInfo, &end);
    if ((status == MQTTSuccess) && (pPublishInfo->topicNameLength == 0U))
    {
        status = MQTTBadResponse; /* MQTT 3.1.1 topic names have at least one character */
    }
    if ((status == MQTTSuccess) && (end < remaining))
    {
        pPublishInfo->pPayload = &pIncomingPacket->pRemainingData[end];
        pPublishInfo->payloadLength = remaining - end;
    }
    return status;
}

MQTTStatus_t MQTT_DeserializeAck(const MQTTPacketInfo_t *pIncomingPacket, uint16_t *pPacketId,
                                 bool *pSessionPresent)
{
    const uint8_t *pIn;
    size_t length;
    size_t i;
    MQTTStatus_t status = MQTTSuccess;

    if ((pIncomingPacket == NULL) ||
        ((pIncomingPacket->pRemainingData == NULL) && (pIncomingPacket->remainingLength != 0U)))
    {
        return MQTTBadParameter;
    }
    pIn = pIncomingPacket->pRemainingData;
    length = pIncomingPacket->remainingLength;

    switch (pIncomingPacket->type)
    {
        case MQTT_PACKET_TYPE_CONNACK:
            if (pSessionPresent == NULL)
            {
                return MQTTBadParameter;
            }
            /* Flags byte (only bit 0 defined) and a return code 0 .. 5. A refusal must not
             * claim a session. */
            if ((length != 2U) || ((pIn[0] & 0xFEU) != 0U) || (pIn[1] > 5U) ||
                ((pIn[1] != 0U) && (pIn[0] != 0U)))
            {
                return MQTTBadResponse;
            }
            *pSessionPresent = (pIn[0] != 0U);
            return (pIn[1] == 0U) ? MQTTSuccess : MQTTServerRefused;

        case MQTT_PACKET_TYPE_PINGRESP:
            return (length == 0U) ? MQTTSuccess : MQTTBadResponse;

        case MQTT_PACKET_TYPE_SUBACK:
            if (length < 3U)
            {
                return MQTTBadResponse;
            }
            for (i = 2U; i < length; i++)
            {
                if (pIn[i] == MQTTSubAckFailure)
                {
                    status = MQTTServerRefused;
                }
                else if (pIn[i] > 2U)
                {
                    return MQTTBadResponse;
                }
            }
            break;

        case MQTT_PACKET_TYPE_PUBACK:
        case MQTT_PACKET_TYPE_PUBREC:
        case MQTT_PACKET_TYPE_PUBREL:
        case MQTT_PACKET_TYPE_PUBCOMP:
        case MQTT_PACKET_TYPE_UNSUBACK:
            if (length != 2U)
            {
                return MQTTBadResponse;
            }
            break;

        default:
            return MQTTBadResponse;
    }

    if (pPacketId == NULL)
    {
        return MQTTBadParameter;
    }
    *pPacketId = mqtt_get_u16(pIn);
    return (*pPacketId == 0U) ? MQTTBadResponse : status;
}
