/*
 * The in-memory broker of the agent's unit tests (fake_broker.h).
 */
#include "fake_broker.h"

#include <string.h>

struct NetworkContext broker;
static uint32_t now_ms;

void broker_reset(void)
{
    memset(&broker, 0, sizeof(broker));
}

uint32_t broker_time(void)
{
    return ++now_ms;
}

void broker_send_raw(const uint8_t *pBytes, size_t length)
{
    if ((length != 0U) && (broker.toClientLength + length <= sizeof(broker.toClient)))
    {
        memcpy(&broker.toClient[broker.toClientLength], pBytes, length);
        broker.toClientLength += length;
    }
}

/* Appends a packet with fixed header `first` and the given body. */
static void send_packet(uint8_t first, const uint8_t *pBody, size_t length)
{
    uint8_t header[5];
    size_t used = 0U;
    size_t remaining = length;

    header[used++] = first;
    do
    {
        uint8_t digit = (uint8_t)(remaining % 128U);
        remaining /= 128U;
        header[used++] = (uint8_t)(digit | ((remaining > 0U) ? 0x80U : 0U));
    } while (remaining > 0U);
    broker_send_raw(header, used);
    broker_send_raw(pBody, length);
}

static void send_id_packet(uint8_t first, uint16_t packetId)
{
    const uint8_t body[2] = {(uint8_t)(packetId >> 8), (uint8_t)packetId};
    send_packet(first, body, 2U);
}

void broker_deliver(const char *pTopic, const void *pPayload, size_t length, MQTTQoS_t qos,
                    uint16_t packetId)
{
    uint8_t body[1024];
    size_t topicLength = strlen(pTopic);
    size_t used = 0U;

    body[used++] = (uint8_t)(topicLength >> 8);
    body[used++] = (uint8_t)topicLength;
    memcpy(&body[used], pTopic, topicLength);
    used += topicLength;
    if (qos != MQTTQoS0)
    {
        body[used++] = (uint8_t)(packetId >> 8);
        body[used++] = (uint8_t)packetId;
    }
    if (length != 0U)
    {
        memcpy(&body[used], pPayload, length);
        used += length;
    }
    send_packet((uint8_t)(0x30U | ((unsigned)qos << 1)), body, used);
}

size_t broker_count(uint8_t type)
{
    size_t i;
    size_t count = 0U;
    for (i = 0U; i < broker.seenCount; i++)
    {
        if ((broker.seen[i].type & 0xF0U) == type)
        {
            count++;
        }
    }
    return count;
}

static uint16_t read16(const uint8_t *p)
{
    return (uint16_t)(((unsigned)p[0] << 8) | p[1]);
}

/* Handles one complete packet from the client. */
static void handle(const uint8_t *pBody, size_t length, uint8_t first)
{
    seen_packet_t *pSeen =
        &broker
             .seen[broker.seenCount < BROKER_MAX_SEEN ? broker.seenCount++ : BROKER_MAX_SEEN - 1U];
    uint8_t type = (uint8_t)(first & 0xF0U);

    memset(pSeen, 0, sizeof(*pSeen));
    pSeen->type = first;
    if (type == 0x10U)
    {
        const uint8_t connack[2] = {broker.sessionPresent ? 1U : 0U, broker.connackCode};
        send_packet(0x20U, connack, 2U);
    }
    else if (type == 0x30U)
    {
        size_t topicLength = read16(pBody);
        size_t at = 2U + topicLength;
        pSeen->qos = (MQTTQoS_t)((first >> 1) & 3U);
        pSeen->dup = (first & 0x08U) != 0U;
        memcpy(pSeen->topic, &pBody[2], topicLength < 63U ? topicLength : 63U);
        if (pSeen->qos != MQTTQoS0)
        {
            pSeen->packetId = read16(&pBody[at]);
            at += 2U;
        }
        pSeen->payloadLength = length - at;
        if (pSeen->payloadLength > sizeof(pSeen->payload))
        {
            pSeen->payloadLength = sizeof(pSeen->payload);
        }
        memcpy(pSeen->payload, &pBody[at], pSeen->payloadLength);
        if (!broker.holdAcks && (pSeen->qos == MQTTQoS1))
        {
            send_id_packet(0x40U, pSeen->packetId);
        }
        else if (!broker.holdAcks && (pSeen->qos == MQTTQoS2))
        {
            send_id_packet(0x50U, pSeen->packetId);
        }
    }
    else if (type == 0x60U)
    {
        pSeen->packetId = read16(pBody);
        send_id_packet(0x70U, pSeen->packetId);
    }
    else if (type == 0x50U)
    {
        /* The client received our QoS 2 publish: release it. */
        pSeen->packetId = read16(pBody);
        send_id_packet(0x62U, pSeen->packetId);
    }
    else if ((type == 0x40U) || (type == 0x70U))
    {
        pSeen->packetId = read16(pBody);
    }
    else if ((type == 0x80U) || (type == 0xA0U))
    {
        uint8_t suback[2 + 16];
        size_t at = 2U;
        pSeen->packetId = read16(pBody);
        while (at + 2U <= length)
        {
            size_t filterLength = read16(&pBody[at]);
            at += 2U + filterLength;
            if (type == 0x80U)
            {
                suback[2U + pSeen->filterCount] =
                    broker.refuseSubscriptions ? 0x80U : (uint8_t)(pBody[at] & 3U);
                at++;
            }
            pSeen->filterCount++;
        }
        if (!broker.holdAcks && (type == 0x80U))
        {
            suback[0] = (uint8_t)(pSeen->packetId >> 8);
            suback[1] = (uint8_t)pSeen->packetId;
            send_packet(0x90U, suback, 2U + pSeen->filterCount);
        }
        else if (!broker.holdAcks)
        {
            send_id_packet(0xB0U, pSeen->packetId);
        }
    }
    else if (type == 0xC0U)
    {
        send_packet(0xD0U, NULL, 0U);
    }
    else
    {
        /* DISCONNECT: only recorded. */
    }
}

/* Handles every complete packet among the bytes received so far. */
static void take_bytes(const uint8_t *pBytes, size_t length)
{
    memcpy(&broker.fromClient[broker.fromClientLength], pBytes, length);
    broker.fromClientLength += length;
    for (;;)
    {
        size_t remaining = 0U;
        size_t multiplier = 1U;
        size_t at = 1U;
        size_t total;
        if (broker.fromClientLength < 2U)
        {
            return;
        }
        while ((at < broker.fromClientLength) && (at < 5U))
        {
            remaining += (size_t)(broker.fromClient[at] & 0x7FU) * multiplier;
            multiplier *= 128U;
            if ((broker.fromClient[at++] & 0x80U) == 0U)
            {
                break;
            }
        }
        total = at + remaining;
        if (total > broker.fromClientLength)
        {
            return;
        }
        handle(&broker.fromClient[at], remaining, broker.fromClient[0]);
        memmove(broker.fromClient, &broker.fromClient[total], broker.fromClientLength - total);
        broker.fromClientLength -= total;
    }
}

static int32_t fake_recv(NetworkContext_t *pContext, void *pBuffer, size_t length)
{
    size_t available = pContext->toClientLength - pContext->toClientRead;
    if (pContext->recvFails ||
        ((pContext->recvFailsAtSeen != 0U) && (pContext->seenCount >= pContext->recvFailsAtSeen)))
    {
        return -1;
    }
    if (length > available)
    {
        length = available;
    }
    if (length == 0U)
    {
        return 0;
    }
    memcpy(pBuffer, &pContext->toClient[pContext->toClientRead], length);
    pContext->toClientRead += length;
    if (pContext->toClientRead == pContext->toClientLength)
    {
        pContext->toClientRead = 0U;
        pContext->toClientLength = 0U;
    }
    return (int32_t)length;
}

static int32_t fake_send(NetworkContext_t *pContext, const void *pBuffer, size_t length)
{
    if (pContext->sendFails)
    {
        return -1;
    }
    if (length > sizeof(pContext->fromClient) - pContext->fromClientLength)
    {
        length = sizeof(pContext->fromClient) - pContext->fromClientLength;
    }
    take_bytes((const uint8_t *)pBuffer, length);
    return (int32_t)length;
}

TransportInterface_t broker_transport(void)
{
    TransportInterface_t transport;
    memset(&transport, 0, sizeof(transport));
    transport.recv = fake_recv;
    transport.send = fake_send;
    transport.writev = NULL;
    transport.pNetworkContext = &broker;
    return transport;
}
