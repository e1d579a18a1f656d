/*
 * Tern MQTT client (coreMQTT v2.3 API): connection, publish/subscribe with QoS 0, 1 and 2 in
 * both directions, persistent sessions, keep-alive. Single-threaded by design: calls on one
 * context must not overlap (an agent layered on top serialises them). Never allocates; the
 * application supplies the transport, the network buffer and the QoS record arrays.
 * MQTT 5 is added per connection by core_mqtt_v5.h.
 */
#ifndef CORE_MQTT_H
#define CORE_MQTT_H

#include "core_mqtt_serializer.h"
#include "transport_interface.h"

#ifdef __cplusplus
extern "C"
{
#endif

/* The coreMQTT API level this library implements. */
#define MQTT_LIBRARY_VERSION "v2.3.1"

/* Packet identifier 0 is never valid. */
#define MQTT_PACKET_ID_INVALID ((uint16_t)0U)

    struct MQTTPubAckInfo;
    struct MQTTContext;
    struct MQTTDeserializedInfo;
    struct MQTTV5State;
    struct MQTTV5Properties;

    /* Opaque description of a serialized outgoing PUBLISH, given to the store callback. */
    typedef struct MQTTVec MQTTVec_t;

    /*
     * Milliseconds since any fixed epoch. Only differences are used, so wrap-around is fine.
     * An application without a clock may return 0 and then passes 0 timeouts (see MQTT_Connect).
     */
    typedef uint32_t (*MQTTGetCurrentTimeFunc_t)(void);

    /*
     * Called from MQTT_ProcessLoop / MQTT_ReceiveLoop (and, for an MQTT 5 CONNACK or AUTH, from
     * MQTTV5_Connect) for every packet received: incoming PUBLISH, PUBACK, PUBREC, PUBREL,
     * PUBCOMP, SUBACK, UNSUBACK, PINGRESP (and MQTT 5 DISCONNECT, AUTH, CONNACK).
     * pPacketInfo->type tells which. The pointers in both structures are valid only during the
     * call. The callback may publish, subscribe or ping on the same context, but must not call
     * MQTT_ProcessLoop, MQTT_ReceiveLoop or MQTT_Connect.
     */
    typedef void (*MQTTEventCallback_t)(struct MQTTContext *pContext,
                                        struct MQTTPacketInfo *pPacketInfo,
                                        struct MQTTDeserializedInfo *pDeserializedInfo);

    /*
     * Optional retransmit store (Tern addition, same shape as later coreMQTT): called after an
     * outgoing QoS 1/2 PUBLISH was sent. Copy the packet with MQTT_GetBytesInMQTTVec and
     * MQTT_SerializeMQTTVec into storage kept until the clear callback. Return false when it
     * cannot be stored (MQTT_Publish then returns MQTTPublishStoreFailed).
     */
    typedef bool (*MQTTStorePacketForRetransmit)(struct MQTTContext *pContext, uint16_t packetId,
                                                 MQTTVec_t *pMqttVec);

    /*
     * Gives back the bytes stored for packetId so that MQTT_Connect can resend them when a
     * session resumes. Return false when they are gone. The library sets the DUP flag in the
     * first byte of the returned memory before sending it.
     */
    typedef bool (*MQTTRetrievePacketForRetransmit)(struct MQTTContext *pContext, uint16_t packetId,
                                                    uint8_t **pSerializedMqttVec,
                                                    size_t *pSerializedMqttVecLen);

    /* The stored copy for packetId is no longer needed (acknowledged, cancelled or dropped). */
    typedef void (*MQTTClearPacketForRetransmit)(struct MQTTContext *pContext, uint16_t packetId);

    /* Whether the context has an MQTT session with the broker. */
    typedef enum MQTTConnectionStatus
    {
        MQTTNotConnected, /* no session (before MQTT_Connect, after MQTT_Disconnect) */
        MQTTConnected     /* CONNACK accepted */
    } MQTTConnectionStatus_t;

    /* Where a QoS 1/2 publish is in its exchange of packets. */
    typedef enum MQTTPublishState
    {
        MQTTStateNull = 0,  /* record unused */
        MQTTPublishSend,    /* outgoing PUBLISH reserved, about to be sent */
        MQTTPubAckSend,     /* incoming QoS 1 PUBLISH, PUBACK to send */
        MQTTPubRecSend,     /* incoming QoS 2 PUBLISH, PUBREC to send */
        MQTTPubRelSend,     /* outgoing QoS 2: PUBREC received, PUBREL to send */
        MQTTPubCompSend,    /* incoming QoS 2: PUBREL received, PUBCOMP to send */
        MQTTPubAckPending,  /* outgoing QoS 1 sent, waiting for PUBACK */
        MQTTPubRecPending,  /* outgoing QoS 2 sent, waiting for PUBREC */
        MQTTPubRelPending,  /* incoming QoS 2: PUBREC sent, waiting for PUBREL */
        MQTTPubCompPending, /* outgoing QoS 2: PUBREL sent, waiting for PUBCOMP */
        MQTTPublishDone     /* exchange complete */
    } MQTTPublishState_t;

    /* The four publish acknowledgements. */
    typedef enum MQTTPubAckType
    {
        MQTTPuback,
        MQTTPubrec,
        MQTTPubrel,
        MQTTPubcomp
    } MQTTPubAckType_t;

    /* SUBACK return codes (MQTT 3.1.1). */
    typedef enum MQTTSubAckStatus
    {
        MQTTSubAckSuccessQos0 = 0x00,
        MQTTSubAckSuccessQos1 = 0x01,
        MQTTSubAckSuccessQos2 = 0x02,
        MQTTSubAckFailure = 0x80
    } MQTTSubAckStatus_t;

    /* One QoS 1/2 publish in flight, in either direction. */
    typedef struct MQTTPubAckInfo
    {
        uint16_t packetId;               /* its packet identifier, 0 when unused */
        MQTTQoS_t qos;                   /* its QoS */
        MQTTPublishState_t publishState; /* where its exchange is */
    } MQTTPubAckInfo_t;

    /*
     * Tern: progress through an incoming packet larger than the network buffer (see
     * docs/mqtt.md, "Packets larger than the buffer"). Internal; zero when no such packet is
     * being received.
     */
    typedef struct MQTTIncomingStream
    {
        size_t remaining;      /* bytes of the packet still to come from the transport */
        size_t keep;           /* bytes at the start of the buffer kept across fragments */
        size_t payloadOffset;  /* payload bytes already delivered */
        size_t payloadTotal;   /* whole payload length */
        uint16_t packetId;     /* packet identifier of the PUBLISH, 0 if none or unknown */
        uint8_t type;          /* first byte of the packet */
        uint8_t flags;         /* internal MQTT_STREAM_* flags */
        uint8_t ackReasonCode; /* MQTT 5 reason code for the PUBACK/PUBREC to send */
    } MQTTIncomingStream_t;

    /* One MQTT connection. Initialise with MQTT_Init; do not modify the fields directly. */
    typedef struct MQTTContext
    {
        MQTTPubAckInfo_t *outgoingPublishRecords; /* QoS 1/2 publishes sent by this client */
        MQTTPubAckInfo_t *incomingPublishRecords; /* QoS 2 publishes received */
        size_t outgoingPublishRecordMaxCount;     /* capacity of outgoingPublishRecords */
        size_t incomingPublishRecordMaxCount;     /* capacity of incomingPublishRecords */
        TransportInterface_t transportInterface;  /* how bytes move */
        MQTTFixedBuffer_t networkBuffer;          /* receive buffer */
        uint16_t nextPacketId;                    /* next identifier MQTT_GetPacketId returns */
        MQTTConnectionStatus_t connectStatus;     /* whether a session is established */
        MQTTGetCurrentTimeFunc_t getTime;         /* millisecond clock */
        MQTTEventCallback_t appCallback;          /* receives incoming packets */
        uint32_t lastPacketTxTime;                /* when the last packet was sent */
        uint32_t lastPacketRxTime;                /* when bytes last arrived */
        bool controlPacketSent;                   /* a loop call sent an ack or a ping */
        size_t index;                             /* bytes held in networkBuffer */
        uint16_t keepAliveIntervalSec;            /* keep-alive of the current connection */
        uint32_t pingReqSendTimeMs;               /* when the outstanding PINGREQ was sent */
        bool waitingForPingResp;                  /* a PINGREQ awaits its PINGRESP */
        /* Tern additions. */
        MQTTStorePacketForRetransmit storeFunction;       /* optional, MQTT_InitRetransmits */
        MQTTRetrievePacketForRetransmit retrieveFunction; /* optional */
        MQTTClearPacketForRetransmit clearFunction;       /* optional */
        MQTTIncomingStream_t incomingStream;              /* packet larger than the buffer */
        uint32_t droppedPacketCount;  /* incoming packets skipped because they did not fit */
        uint8_t protocolVersion;      /* 4 (MQTT 3.1.1) or 5, set by the connect functions */
        struct MQTTV5State *pV5State; /* MQTT 5 state, attached by MQTTV5_Init, else NULL */
    } MQTTContext_t;

    /* What the event callback learns about a received packet. */
    typedef struct MQTTDeserializedInfo
    {
        uint16_t packetIdentifier;          /* packet identifier, 0 if the packet has none */
        MQTTPublishInfo_t *pPublishInfo;    /* incoming PUBLISH, else NULL */
        MQTTStatus_t deserializationResult; /* MQTTSuccess, or MQTTServerRefused for a SUBACK
                                               (or MQTT 5 ack) reporting failure */
        /* Tern additions. */
        size_t payloadOffset;        /* PUBLISH: where pPublishInfo->pPayload sits in the message */
        size_t payloadTotalLength;   /* PUBLISH: length of the whole message payload */
        const uint8_t *pReasonCodes; /* SUBACK/UNSUBACK: one code per topic filter, else NULL */
        size_t reasonCodeCount;      /* number of codes at pReasonCodes */
        const struct MQTTV5Properties *pProperties; /* MQTT 5: properties, else NULL */
        uint8_t reasonCode;    /* MQTT 5: reason code of an ack, DISCONNECT, AUTH, CONNACK */
        uint8_t ackReasonCode; /* MQTT 5, incoming PUBLISH: the callback may set the reason
                                  code of the PUBACK/PUBREC the library sends (default 0) */
    } MQTTDeserializedInfo_t;

    /*
     * Prepares pContext for use with the given transport, clock, callback and network buffer
     * (copied; the buffer memory itself must outlive the context). The buffer holds incoming
     * packets; outgoing packets are sent straight from the caller's data.
     * Returns MQTTBadParameter when an argument is NULL or the buffer empty, else MQTTSuccess.
     * Not callable from an ISR; does not block.
     */
    MQTTStatus_t MQTT_Init(MQTTContext_t *pContext, const TransportInterface_t *pTransportInterface,
                           MQTTGetCurrentTimeFunc_t getTimeFunction,
                           MQTTEventCallback_t userCallback,
                           const MQTTFixedBuffer_t *pNetworkBuffer);

    /*
     * Gives the context the record arrays QoS 1 and 2 need: outgoing records bound the number of
     * unacknowledged publishes this client sends, incoming records the QoS 2 publishes it
     * receives at once. Either array may be NULL with a count of 0 (that direction then supports
     * QoS 0 only, and QoS 1 received). The arrays are cleared.
     * Returns MQTTBadParameter for a NULL context or an array/count mismatch, else MQTTSuccess.
     */
    MQTTStatus_t MQTT_InitStatefulQoS(MQTTContext_t *pContext,
                                      MQTTPubAckInfo_t *pOutgoingPublishRecords,
                                      size_t outgoingPublishCount,
                                      MQTTPubAckInfo_t *pIncomingPublishRecords,
                                      size_t incomingPublishCount);

    /*
     * Tern addition (the shape later coreMQTT versions use): registers the retransmit store.
     * With it, MQTT_Connect resends unacknowledged QoS 1/2 PUBLISH packets itself when a session
     * resumes; without it the application resends them (MQTT_PublishToResend).
     * Returns MQTTBadParameter if any argument is NULL, else MQTTSuccess.
     */
    MQTTStatus_t MQTT_InitRetransmits(MQTTContext_t *pContext,
                                      MQTTStorePacketForRetransmit storeFunction,
                                      MQTTRetrievePacketForRetransmit retrieveFunction,
                                      MQTTClearPacketForRetransmit clearFunction);

    /* Bytes needed to store the packet described by pVec (inside the store callback). */
    size_t MQTT_GetBytesInMQTTVec(const MQTTVec_t *pVec);

    /* Copies the packet described by pVec into pAllocatedMem (MQTT_GetBytesInMQTTVec bytes). */
    void MQTT_SerializeMQTTVec(uint8_t *pAllocatedMem, const MQTTVec_t *pVec);

    /*
     * Sends CONNECT (MQTT 3.1.1) and waits for the CONNACK. The transport must already be
     * connected. pWillInfo may be NULL. Waits at most timeoutMs for the CONNACK; with 0 it
     * instead tries the transport's receive MQTT_MAX_CONNACK_RECEIVE_RETRY_COUNT times.
     * Any data left over from an earlier connection on this context is discarded.
     * With cleanSession false and a session present at the broker, PUBREL packets still owed are
     * resent, and unacknowledged PUBLISH packets too when a retransmit store is registered;
     * otherwise the QoS records are cleared.
     * Returns MQTTBadParameter, MQTTNoMemory (CONNACK does not fit the buffer), MQTTSendFailed,
     * MQTTRecvFailed, MQTTNoDataAvailable (no CONNACK in time), MQTTBadResponse (malformed or
     * unexpected packet), MQTTServerRefused (return code in the CONNACK),
     * MQTTPublishRetrieveFailed, or MQTTSuccess with *pSessionPresent set. Blocks; not callable
     * from an ISR.
     */
    MQTTStatus_t MQTT_Connect(MQTTContext_t *pContext, const MQTTConnectInfo_t *pConnectInfo,
                              const MQTTPublishInfo_t *pWillInfo, uint32_t timeoutMs,
                              bool *pSessionPresent);

    /*
     * Sends a SUBSCRIBE for the subscriptionCount filters with packetId (from MQTT_GetPacketId).
     * The SUBACK arrives later through the loop and the event callback.
     * Returns MQTTBadParameter, MQTTSendFailed or MQTTSuccess. Blocks while sending.
     */
    MQTTStatus_t MQTT_Subscribe(MQTTContext_t *pContext,
                                const MQTTSubscribeInfo_t *pSubscriptionList,
                                size_t subscriptionCount, uint16_t packetId);

    /*
     * Sends a PUBLISH. For QoS 1 and 2, packetId comes from MQTT_GetPacketId and a free outgoing
     * record is needed; the acknowledgements arrive through the loop. To resend after a resumed
     * session, call again with the same packetId and dup set.
     * Returns MQTTBadParameter, MQTTNoMemory (no free record), MQTTStateCollision (packetId in
     * use by another publish), MQTTSendFailed, MQTTPublishStoreFailed, or MQTTSuccess.
     */
    MQTTStatus_t MQTT_Publish(MQTTContext_t *pContext, const MQTTPublishInfo_t *pPublishInfo,
                              uint16_t packetId);

    /*
     * Forgets the outgoing QoS 1/2 publish packetId: its acknowledgements will no longer reach
     * the callback and its record is freed (the PUBLISH itself may already have been sent).
     * Returns MQTTBadParameter when the context is NULL or no such publish is pending.
     */
    MQTTStatus_t MQTT_CancelCallback(const MQTTContext_t *pContext, uint16_t packetId);

    /* Sends a PINGREQ. Returns MQTTBadParameter, MQTTSendFailed or MQTTSuccess. */
    MQTTStatus_t MQTT_Ping(MQTTContext_t *pContext);

    /* As MQTT_Subscribe, for an UNSUBSCRIBE (the qos fields are ignored). */
    MQTTStatus_t MQTT_Unsubscribe(MQTTContext_t *pContext,
                                  const MQTTSubscribeInfo_t *pSubscriptionList,
                                  size_t subscriptionCount, uint16_t packetId);

    /*
     * Sends DISCONNECT and marks the context not connected (also when sending fails: the
     * application closes the transport next). Returns MQTTBadParameter, MQTTSendFailed or
     * MQTTSuccess.
     */
    MQTTStatus_t MQTT_Disconnect(MQTTContext_t *pContext);

    /*
     * Receives what the transport has, handles every complete packet (callbacks,
     * acknowledgements, QoS state) and manages keep-alive: sends PINGREQ when due, and returns
     * MQTTKeepAliveTimeout when a PINGRESP is overdue. Call it repeatedly.
     * Returns MQTTSuccess (including when nothing arrived), MQTTNeedMoreBytes (part of a packet
     * is buffered), MQTTBadParameter, MQTTRecvFailed, MQTTSendFailed, MQTTBadResponse (protocol
     * violation by the peer), MQTTIllegalState, MQTTNoMemory (a packet had to be skipped, see
     * docs/mqtt.md; the connection stays usable), MQTTKeepAliveTimeout, MQTTServerDisconnected.
     * Blocks at most about the transport's receive timeout plus the callback's run time.
     */
    MQTTStatus_t MQTT_ProcessLoop(MQTTContext_t *pContext);

    /* As MQTT_ProcessLoop without keep-alive handling (the application pings itself). */
    MQTTStatus_t MQTT_ReceiveLoop(MQTTContext_t *pContext);

    /* Returns the next packet identifier (never 0, never one of an outgoing publish in flight). */
    uint16_t MQTT_GetPacketId(MQTTContext_t *pContext);

    /*
     * Whether topic name pTopicName matches topic filter pTopicFilter ('+' one level, '#' the
     * rest, '$' topics not matched by a leading wildcard). Lengths exclude any terminator.
     * Returns MQTTBadParameter for NULL pointers or zero lengths, else MQTTSuccess with
     * *pIsMatch set (false also for a malformed filter).
     */
    MQTTStatus_t MQTT_MatchTopic(const char *pTopicName, const uint16_t topicNameLength,
                                 const char *pTopicFilter, const uint16_t topicFilterLength,
                                 bool *pIsMatch);

    /*
     * Points *pPayloadStart at the return codes of an MQTT 3.1.1 SUBACK (as given to the event
     * callback) and sets *pPayloadSize to their count. Returns MQTTBadParameter for NULL
     * arguments, a packet that is not a SUBACK or one without codes, else MQTTSuccess.
     */
    MQTTStatus_t MQTT_GetSubAckStatusCodes(const MQTTPacketInfo_t *pSubackPacket,
                                           uint8_t **pPayloadStart, size_t *pPayloadSize);

    /* Name of a status code ("MQTTSuccess", ...), or "Invalid status code!". */
    const char *MQTT_Status_strerror(MQTTStatus_t status);

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_H */
