/*
 * MQTT packet serializer and deserializer (coreMQTT v2.3 API). Usable on its own to build a
 * minimal client: every function works on caller-provided buffers and never allocates.
 * The functions here speak MQTT 3.1.1; MQTT 5 packets are built by core_mqtt_v5.h.
 */
#ifndef CORE_MQTT_SERIALIZER_H
#define CORE_MQTT_SERIALIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "transport_interface.h"

#ifdef __cplusplus
extern "C"
{
#endif

/* First byte of each control packet (type in the high nibble, required flags low). */
#define MQTT_PACKET_TYPE_CONNECT     ((uint8_t)0x10U)
#define MQTT_PACKET_TYPE_CONNACK     ((uint8_t)0x20U)
#define MQTT_PACKET_TYPE_PUBLISH     ((uint8_t)0x30U)
#define MQTT_PACKET_TYPE_PUBACK      ((uint8_t)0x40U)
#define MQTT_PACKET_TYPE_PUBREC      ((uint8_t)0x50U)
#define MQTT_PACKET_TYPE_PUBREL      ((uint8_t)0x62U)
#define MQTT_PACKET_TYPE_PUBCOMP     ((uint8_t)0x70U)
#define MQTT_PACKET_TYPE_SUBSCRIBE   ((uint8_t)0x82U)
#define MQTT_PACKET_TYPE_SUBACK      ((uint8_t)0x90U)
#define MQTT_PACKET_TYPE_UNSUBSCRIBE ((uint8_t)0xA2U)
#define MQTT_PACKET_TYPE_UNSUBACK    ((uint8_t)0xB0U)
#define MQTT_PACKET_TYPE_PINGREQ     ((uint8_t)0xC0U)
#define MQTT_PACKET_TYPE_PINGRESP    ((uint8_t)0xD0U)
#define MQTT_PACKET_TYPE_DISCONNECT  ((uint8_t)0xE0U)
/* Tern: MQTT 5 only. */
#define MQTT_PACKET_TYPE_AUTH ((uint8_t)0xF0U)

/* Size of a PUBACK, PUBREC, PUBREL or PUBCOMP in MQTT 3.1.1. */
#define MQTT_PUBLISH_ACK_PACKET_SIZE (4UL)

    struct MQTTFixedBuffer;
    struct MQTTConnectInfo;
    struct MQTTSubscribeInfo;
    struct MQTTPublishInfo;
    struct MQTTPacketInfo;

    /* Result of every library function. */
    typedef enum MQTTStatus
    {
        MQTTSuccess = 0,      /* done */
        MQTTBadParameter,     /* an argument was invalid */
        MQTTNoMemory,         /* a buffer or record array was too small */
        MQTTSendFailed,       /* the transport failed, or did not take the packet in time */
        MQTTRecvFailed,       /* the transport failed while receiving */
        MQTTBadResponse,      /* the peer sent a malformed or unexpected packet */
        MQTTServerRefused,    /* the server refused a CONNECT or a subscription */
        MQTTNoDataAvailable,  /* nothing arrived from the transport */
        MQTTIllegalState,     /* a packet does not fit the state of its publish */
        MQTTStateCollision,   /* the packet identifier is already in use */
        MQTTKeepAliveTimeout, /* no PINGRESP within MQTT_PINGRESP_TIMEOUT_MS */
        MQTTNeedMoreBytes,    /* part of a packet arrived; call the loop again */
        /* Tern additions (not in coreMQTT v2.3). */
        MQTTPublishStoreFailed,    /* the retransmit store callback refused a publish */
        MQTTPublishRetrieveFailed, /* the retransmit retrieve callback failed on resume */
        MQTTServerDisconnected     /* MQTT 5: the server sent DISCONNECT (reason in the callback) */
    } MQTTStatus_t;

    /* Quality of service of a publish or subscription. */
    typedef enum MQTTQoS
    {
        MQTTQoS0 = 0, /* at most once */
        MQTTQoS1 = 1, /* at least once */
        MQTTQoS2 = 2  /* exactly once */
    } MQTTQoS_t;

    /* A buffer the caller owns; the library never keeps a copy of the bytes it points to. */
    typedef struct MQTTFixedBuffer
    {
        uint8_t *pBuffer; /* first byte */
        size_t size;      /* capacity in bytes */
    } MQTTFixedBuffer_t;

    /* Parameters of a CONNECT packet. */
    typedef struct MQTTConnectInfo
    {
        bool cleanSession;               /* start a new session (true) or resume the stored one */
        uint16_t keepAliveSeconds;       /* keep-alive interval, 0 disables keep-alive */
        const char *pClientIdentifier;   /* client identifier, unique per broker */
        uint16_t clientIdentifierLength; /* its length; 0 asks the broker to assign one */
        const char *pUserName;           /* user name, or NULL */
        uint16_t userNameLength;         /* its length */
        const char *pPassword;           /* password (binary allowed), or NULL */
        uint16_t passwordLength;         /* its length */
    } MQTTConnectInfo_t;

    /*
     * One topic filter of a SUBSCRIBE or UNSUBSCRIBE (qos and the MQTT 5 options are ignored for
     * UNSUBSCRIBE).
     */
    typedef struct MQTTSubscribeInfo
    {
        MQTTQoS_t qos;              /* maximum QoS requested */
        const char *pTopicFilter;   /* topic filter, wildcards allowed */
        uint16_t topicFilterLength; /* its length, at least 1 */
        /* Tern additions: MQTT 5 subscription options, ignored on MQTT 3.1.1 connections. */
        bool noLocal;           /* do not receive own publishes on this filter */
        bool retainAsPublished; /* keep the RETAIN flag of forwarded messages */
        uint8_t retainHandling; /* 0 send retained, 1 only for new subscriptions, 2 never */
    } MQTTSubscribeInfo_t;

    /* Parameters of a PUBLISH packet, outgoing or received (and of the will message). */
    typedef struct MQTTPublishInfo
    {
        MQTTQoS_t qos;            /* quality of service */
        bool retain;              /* retained message */
        bool dup;                 /* DUP flag: this is a redelivery */
        const char *pTopicName;   /* topic name, no wildcards */
        uint16_t topicNameLength; /* its length */
        const void *pPayload;     /* payload, NULL when payloadLength is 0 */
        size_t payloadLength;     /* payload length in bytes */
    } MQTTPublishInfo_t;

    /* A received packet: its type and where its bytes after the fixed header are. */
    typedef struct MQTTPacketInfo
    {
        uint8_t type;            /* first byte of the packet (type and flags) */
        uint8_t *pRemainingData; /* bytes after the fixed header */
        size_t remainingLength;  /* their count, from the Remaining Length field */
        size_t headerLength;     /* length of the fixed header (type byte and length field) */
    } MQTTPacketInfo_t;

    /*
     * Computes the Remaining Length and total size of the CONNECT packet for pConnectInfo and the
     * optional will (pWillInfo may be NULL).
     * Returns MQTTBadParameter for NULL arguments, an inconsistent user name / password, a will
     * without topic or with a payload longer than 65535 bytes, or a packet over the MQTT limit;
     * MQTTSuccess otherwise. Never blocks; callable from any context.
     */
    MQTTStatus_t MQTT_GetConnectPacketSize(const MQTTConnectInfo_t *pConnectInfo,
                                           const MQTTPublishInfo_t *pWillInfo,
                                           size_t *pRemainingLength, size_t *pPacketSize);

    /*
     * Writes the CONNECT packet into pFixedBuffer. remainingLength must come from
     * MQTT_GetConnectPacketSize for the same arguments.
     * Returns MQTTBadParameter for invalid arguments, MQTTNoMemory when the buffer is too small,
     * MQTTSuccess otherwise.
     */
    MQTTStatus_t MQTT_SerializeConnect(const MQTTConnectInfo_t *pConnectInfo,
                                       const MQTTPublishInfo_t *pWillInfo, size_t remainingLength,
                                       const MQTTFixedBuffer_t *pFixedBuffer);

    /*
     * Computes the Remaining Length and size of a SUBSCRIBE for subscriptionCount filters.
     * Returns MQTTBadParameter for NULL arguments, a count of 0, an empty filter, a QoS above 2
     * or a packet over the MQTT limit; MQTTSuccess otherwise.
     */
    MQTTStatus_t MQTT_GetSubscribePacketSize(const MQTTSubscribeInfo_t *pSubscriptionList,
                                             size_t subscriptionCount, size_t *pRemainingLength,
                                             size_t *pPacketSize);

    /*
     * Writes a SUBSCRIBE into pFixedBuffer. packetId must be non-zero; remainingLength must come
     * from MQTT_GetSubscribePacketSize. Returns MQTTBadParameter, MQTTNoMemory or MQTTSuccess.
     */
    MQTTStatus_t MQTT_SerializeSubscribe(const MQTTSubscribeInfo_t *pSubscriptionList,
                                         size_t subscriptionCount, uint16_t packetId,
                                         size_t remainingLength,
                                         const MQTTFixedBuffer_t *pFixedBuffer);

    /* As MQTT_GetSubscribePacketSize, for an UNSUBSCRIBE. */
    MQTTStatus_t MQTT_GetUnsubscribePacketSize(const MQTTSubscribeInfo_t *pSubscriptionList,
                                               size_t subscriptionCount, size_t *pRemainingLength,
                                               size_t *pPacketSize);

    /* As MQTT_SerializeSubscribe, for an UNSUBSCRIBE. */
    MQTTStatus_t MQTT_SerializeUnsubscribe(const MQTTSubscribeInfo_t *pSubscriptionList,
                                           size_t subscriptionCount, uint16_t packetId,
                                           size_t remainingLength,
                                           const MQTTFixedBuffer_t *pFixedBuffer);

    /*
     * Computes the Remaining Length and size of a PUBLISH.
     * Returns MQTTBadParameter for NULL arguments, an empty topic, a QoS above 2, a NULL payload
     * with a non-zero length, or a packet over the MQTT limit; MQTTSuccess otherwise.
     */
    MQTTStatus_t MQTT_GetPublishPacketSize(const MQTTPublishInfo_t *pPublishInfo,
                                           size_t *pRemainingLength, size_t *pPacketSize);

    /*
     * Writes a whole PUBLISH (header and payload) into pFixedBuffer. packetId must be non-zero
     * for QoS 1 and 2 and is ignored for QoS 0. Returns MQTTBadParameter, MQTTNoMemory or
     * MQTTSuccess.
     */
    MQTTStatus_t MQTT_SerializePublish(const MQTTPublishInfo_t *pPublishInfo, uint16_t packetId,
                                       size_t remainingLength,
                                       const MQTTFixedBuffer_t *pFixedBuffer);

    /*
     * Writes the fixed header, the Remaining Length and the two topic-length bytes of a PUBLISH
     * into pBuffer (at least 7 bytes), and the number of bytes written into *headerSize. The
     * caller sends the topic, packet identifier and payload itself.
     * Returns MQTTBadParameter for NULL arguments, MQTTSuccess otherwise.
     */
    MQTTStatus_t MQTT_SerializePublishHeaderWithoutTopic(const MQTTPublishInfo_t *pPublishInfo,
                                                         size_t remainingLength, uint8_t *pBuffer,
                                                         size_t *headerSize);

    /*
     * Writes a PUBLISH without its payload into pFixedBuffer (which need not hold the payload)
     * and the header length into *pHeaderSize. Returns MQTTBadParameter, MQTTNoMemory or
     * MQTTSuccess.
     */
    MQTTStatus_t MQTT_SerializePublishHeader(const MQTTPublishInfo_t *pPublishInfo,
                                             uint16_t packetId, size_t remainingLength,
                                             const MQTTFixedBuffer_t *pFixedBuffer,
                                             size_t *pHeaderSize);

    /*
     * Writes a PUBACK, PUBREC, PUBREL or PUBCOMP (packetType) for packetId (non-zero).
     * Returns MQTTBadParameter, MQTTNoMemory (buffer under 4 bytes) or MQTTSuccess.
     */
    MQTTStatus_t MQTT_SerializeAck(const MQTTFixedBuffer_t *pFixedBuffer, uint8_t packetType,
                                   uint16_t packetId);

    /* Size of a DISCONNECT (2). Returns MQTTBadParameter when pPacketSize is NULL. */
    MQTTStatus_t MQTT_GetDisconnectPacketSize(size_t *pPacketSize);

    /* Writes a DISCONNECT. Returns MQTTBadParameter, MQTTNoMemory or MQTTSuccess. */
    MQTTStatus_t MQTT_SerializeDisconnect(const MQTTFixedBuffer_t *pFixedBuffer);

    /* Size of a PINGREQ (2). Returns MQTTBadParameter when pPacketSize is NULL. */
    MQTTStatus_t MQTT_GetPingreqPacketSize(size_t *pPacketSize);

    /* Writes a PINGREQ. Returns MQTTBadParameter, MQTTNoMemory or MQTTSuccess. */
    MQTTStatus_t MQTT_SerializePingreq(const MQTTFixedBuffer_t *pFixedBuffer);

    /*
     * Decodes a received MQTT 3.1.1 PUBLISH. The topic and payload pointers in *pPublishInfo
     * point into pIncomingPacket->pRemainingData. *pPacketId is 0 for QoS 0.
     * Returns MQTTBadParameter for NULL arguments or a packet that is not a PUBLISH,
     * MQTTBadResponse for a malformed packet (QoS 3, DUP on QoS 0, empty topic, missing packet
     * identifier, topic longer than the packet), MQTTSuccess otherwise.
     */
    MQTTStatus_t MQTT_DeserializePublish(const MQTTPacketInfo_t *pIncomingPacket,
                                         uint16_t *pPacketId, MQTTPublishInfo_t *pPublishInfo);

    /*
     * Decodes a received MQTT 3.1.1 CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBACK, UNSUBACK
     * or PINGRESP. pPacketId receives the packet identifier (not for CONNACK and PINGRESP);
     * pSessionPresent receives the CONNACK session-present flag (CONNACK only).
     * Returns MQTTBadParameter for NULL arguments; MQTTBadResponse for a malformed packet or any
     * other packet type; MQTTServerRefused for a CONNACK refusing the connection or a SUBACK with
     * a failed subscription; MQTTSuccess otherwise.
     */
    MQTTStatus_t MQTT_DeserializeAck(const MQTTPacketInfo_t *pIncomingPacket, uint16_t *pPacketId,
                                     bool *pSessionPresent);

    /*
     * Reads a packet's fixed header directly from the transport (one byte at a time) into
     * pIncomingPacket (type, remainingLength). Returns MQTTNoDataAvailable when no byte is
     * waiting, MQTTRecvFailed on transport failure, MQTTBadResponse for a packet type a client
     * never receives or a malformed Remaining Length, MQTTBadParameter, or MQTTSuccess.
     */
    MQTTStatus_t MQTT_GetIncomingPacketTypeAndLength(TransportRecv_t readFunc,
                                                     NetworkContext_t *pNetworkContext,
                                                     MQTTPacketInfo_t *pIncomingPacket);

    /*
     * Decodes a fixed header from the *pIndex bytes at pBuffer into pIncomingPacket (type,
     * remainingLength, headerLength). Returns MQTTNoDataAvailable when *pIndex is 0,
     * MQTTNeedMoreBytes when the header is incomplete, MQTTBadResponse for an invalid type or
     * Remaining Length, MQTTBadParameter, or MQTTSuccess.
     */
    MQTTStatus_t MQTT_ProcessIncomingPacketTypeAndLength(const uint8_t *pBuffer,
                                                         const size_t *pIndex,
                                                         MQTTPacketInfo_t *pIncomingPacket);

    /*
     * Building blocks kept for source compatibility with coreMQTT, which declares them in this
     * header: each writes the start of a packet at pIndex and returns the first byte after it.
     * The caller guarantees the space and valid arguments.
     */
    uint8_t *MQTT_SerializeConnectFixedHeader(uint8_t *pIndex,
                                              const MQTTConnectInfo_t *pConnectInfo,
                                              const MQTTPublishInfo_t *pWillInfo,
                                              size_t remainingLength);
    uint8_t *MQTT_SerializeSubscribeHeader(size_t remainingLength, uint8_t *pIndex,
                                           uint16_t packetId);
    uint8_t *MQTT_SerializeUnsubscribeHeader(size_t remainingLength, uint8_t *pIndex,
                                             uint16_t packetId);

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_SERIALIZER_H */
