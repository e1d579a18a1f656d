/*
 * Declarations shared by the MQTT library's own sources: byte-level encoding helpers, the
 * client's send and connect machinery, and the hooks through which an MQTT 5 connection
 * extends the receive path. Not installed; applications never include it.
 */
#ifndef MQTT_INTERNAL_H
#define MQTT_INTERNAL_H

#include <string.h>

#include "core_mqtt_config_defaults.h"
#include "core_mqtt.h"
#include "core_mqtt_state.h"
#include "core_mqtt_v5.h"

#define MQTT_VERSION_311          (4U)
#define MQTT_VERSION_5            (5U)
#define MQTT_REMAINING_LENGTH_MAX (268435455UL)
#define MQTT_IS_V5(pContext)      (MQTT_V5_ENABLED && ((pContext)->protocolVersion == MQTT_VERSION_5))

/* Flags of MQTTIncomingStream_t. */
#define MQTT_STREAM_DELIVER (0x01U) /* payload fragments go to the callback */
#define MQTT_STREAM_ACK     (0x02U) /* acknowledge the PUBLISH once it is complete */
#define MQTT_STREAM_DROPPED (0x04U) /* the packet could not be delivered */

/* What MQTTVec_t hides: the pieces of a serialized PUBLISH. */
struct MQTTVec
{
    TransportOutVector_t *pVector;
    size_t vectorLen;
};

/*
 * Whether `elapsed` milliseconds reach `limit`. A function rather than an inline comparison,
 * so that a configured limit of 0 does not make the compiler flag an always-true test.
 */
static inline bool mqtt_elapsed(uint32_t elapsed, uint32_t limit)
{
    return elapsed >= limit;
}

/* Encoding primitives (core_mqtt_serializer.c). */
size_t mqtt_varint_size(size_t value);
uint8_t *mqtt_put_varint(uint8_t *pOut, size_t value);
uint8_t *mqtt_put_u16(uint8_t *pOut, uint16_t value);
uint16_t mqtt_get_u16(const uint8_t *pIn);
MQTTStatus_t mqtt_get_varint(const uint8_t *pIn, size_t available, size_t *pValue, size_t *pUsed);
uint8_t mqtt_publish_first_byte(const MQTTPublishInfo_t *pInfo);

/*
 * Remaining Length of a CONNECT, PUBLISH, SUBSCRIBE or UNSUBSCRIBE whose MQTT 5 property
 * lists (length prefixes included) take `extra` bytes; the arguments are validated.
 */
MQTTStatus_t mqtt_connect_remaining(const MQTTConnectInfo_t *pInfo, const MQTTPublishInfo_t *pWill,
                                    size_t extra, bool v5, size_t *pRemaining);
MQTTStatus_t mqtt_publish_remaining(const MQTTPublishInfo_t *pInfo, size_t extra,
                                    bool allowEmptyTopic, size_t *pRemaining);
MQTTStatus_t mqtt_subscribe_remaining(const MQTTSubscribeInfo_t *pList, size_t count,
                                      bool subscribe, size_t extra, bool v5, size_t *pRemaining);
uint8_t *mqtt_put_connect_header(uint8_t *pOut, const MQTTConnectInfo_t *pInfo,
                                 const MQTTPublishInfo_t *pWill, size_t remaining, uint8_t level);

/*
 * Decodes the fixed header at pIn (available bytes). Accepts only packet types a client can
 * receive (with DISCONNECT and AUTH when v5). MQTTNoDataAvailable, MQTTNeedMoreBytes,
 * MQTTBadResponse or MQTTSuccess.
 */
MQTTStatus_t mqtt_decode_fixed_header(const uint8_t *pIn, size_t available, bool v5,
                                      MQTTPacketInfo_t *pPacket);

/*
 * Decodes the topic and packet identifier of a PUBLISH whose first byte is type, from the
 * `available` leading bytes of its `remaining` bytes after the fixed header.
 * *pHeaderEnd is where the properties (MQTT 5) or the payload start. MQTTNeedMoreBytes when
 * they lie beyond `available`, MQTTBadResponse when malformed.
 */
MQTTStatus_t mqtt_parse_publish(uint8_t type, const uint8_t *pIn, size_t available,
                                size_t remaining, uint16_t *pPacketId, MQTTPublishInfo_t *pInfo,
                                size_t *pHeaderEnd);

/* State records (core_mqtt_state.c). */
MQTTPubAckInfo_t *mqtt_find_record(MQTTPubAckInfo_t *pRecords, size_t count, uint16_t packetId);
void mqtt_clear_records(MQTTContext_t *pContext);
size_t mqtt_count_records(const MQTTPubAckInfo_t *pRecords, size_t count);

/* Client machinery (mqtt_client.c, mqtt_receive.c). */
uint32_t mqtt_now(const MQTTContext_t *pContext);
MQTTStatus_t mqtt_send_vectors(MQTTContext_t *pContext, TransportOutVector_t *pVectors,
                               size_t count);
MQTTStatus_t mqtt_check_packet_size(const MQTTContext_t *pContext, size_t remaining);
MQTTStatus_t mqtt_send_ack(MQTTContext_t *pContext, uint8_t type, uint16_t packetId,
                           uint8_t reasonCode);
MQTTStatus_t mqtt_send_reason_packet(MQTTContext_t *pContext, uint8_t type, uint8_t reasonCode,
                                     const uint8_t *pProps, size_t propsLength);
MQTTStatus_t mqtt_publish(MQTTContext_t *pContext, const MQTTPublishInfo_t *pInfo,
                          uint16_t packetId, const uint8_t *pProps, size_t propsLength);
MQTTStatus_t mqtt_subscribe(MQTTContext_t *pContext, const MQTTSubscribeInfo_t *pList, size_t count,
                            uint16_t packetId, bool subscribe, const uint8_t *pProps,
                            size_t propsLength);

/*
 * Handles one packet received while MQTT_Connect / MQTTV5_Connect wait for the CONNACK.
 * Sets *pDone when it was the CONNACK.
 */
typedef MQTTStatus_t (*mqtt_connect_handler_t)(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                                               bool *pSessionPresent, bool *pDone);

/*
 * The connect exchange shared by both protocol versions: sends CONNECT (with the encoded
 * property lists for MQTT 5, NULL for none), waits for CONNACK, then resumes or clears the
 * session.
 */
MQTTStatus_t mqtt_connect(MQTTContext_t *pContext, const MQTTConnectInfo_t *pInfo,
                          const MQTTPublishInfo_t *pWill, const uint8_t *pProps, size_t propsLength,
                          const uint8_t *pWillProps, size_t willPropsLength, uint32_t timeoutMs,
                          bool *pSessionPresent, mqtt_connect_handler_t handler);

/* Calls the application's callback. */
void mqtt_notify(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket, MQTTDeserializedInfo_t *pInfo);

/*
 * What an MQTT 5 connection adds to the receive path (mqtt_v5_client.c). Reached only
 * through MQTTV5State_t.pHooks, so that a 3.1.1-only application links none of it.
 */
struct MQTTV5Hooks
{
    /*
     * Decodes the properties of an incoming PUBLISH at pIn (available of its remaining bytes
     * in memory), resolves a topic alias and checks the receive maximum. *pConsumed: bytes
     * of the property list. MQTTNeedMoreBytes when the list is not all in memory.
     */
    MQTTStatus_t (*publishProperties)(MQTTContext_t *pContext, const uint8_t *pIn, size_t available,
                                      size_t remaining, uint16_t packetId, MQTTPublishInfo_t *pInfo,
                                      size_t *pConsumed);
    /* Decodes packet identifier, reason codes and properties of an acknowledgement. */
    MQTTStatus_t (*ackDetails)(MQTTContext_t *pContext, const MQTTPacketInfo_t *pPacket,
                               MQTTDeserializedInfo_t *pInfo);
    /* Handles DISCONNECT and AUTH from the server entirely. */
    MQTTStatus_t (*controlPacket)(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket);
    /* Tells the server about a protocol violation (DISCONNECT with reasonCode). */
    void (*protocolError)(MQTTContext_t *pContext, uint8_t reasonCode);
};

#endif /* MQTT_INTERNAL_H */
