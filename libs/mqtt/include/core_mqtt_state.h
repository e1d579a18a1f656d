/*
 * Publish state records (coreMQTT v2.3 API): the bookkeeping behind QoS 1 and 2, used by the
 * client and available to applications that resend publishes after a resumed session.
 * Records live in the arrays given to MQTT_InitStatefulQoS, in the order publishes started.
 */
#ifndef CORE_MQTT_STATE_H
#define CORE_MQTT_STATE_H

#include "core_mqtt.h"

#ifdef __cplusplus
extern "C"
{
#endif

/* Start value of a cursor for MQTT_PublishToResend / MQTT_PubrelToResend. */
#define MQTT_STATE_CURSOR_INITIALIZER ((size_t)0)

    /* Position in a record array while iterating. */
    typedef size_t MQTTStateCursor_t;

    /* Direction of the packet that changes a record. */
    typedef enum MQTTStateOperation
    {
        MQTT_SEND,
        MQTT_RECEIVE
    } MQTTStateOperation_t;

    /*
     * Reserves an outgoing record for a QoS 1/2 publish about to be sent (state MQTTPublishSend).
     * Returns MQTTBadParameter (NULL context, id 0, QoS 0), MQTTStateCollision (id in use),
     * MQTTNoMemory (array full) or MQTTSuccess.
     */
    MQTTStatus_t MQTT_ReserveState(const MQTTContext_t *pMqttContext, uint16_t packetId,
                                   MQTTQoS_t qos);

    /* State a publish enters once sent (MQTT_SEND) or received (MQTT_RECEIVE) with this QoS. */
    MQTTPublishState_t MQTT_CalculateStatePublish(MQTTStateOperation_t opType, MQTTQoS_t qos);

    /*
     * Records that a PUBLISH was sent (the record must be reserved, or pending for a resend) or
     * received (a record is created; a QoS 2 duplicate leaves it unchanged and returns
     * MQTTStateCollision). *pNewState receives the resulting state.
     * Returns MQTTBadParameter, MQTTIllegalState, MQTTStateCollision, MQTTNoMemory or
     * MQTTSuccess. QoS 0 changes nothing and returns MQTTSuccess with MQTTPublishDone.
     */
    MQTTStatus_t MQTT_UpdateStatePublish(const MQTTContext_t *pMqttContext, uint16_t packetId,
                                         MQTTStateOperation_t opType, MQTTQoS_t qos,
                                         MQTTPublishState_t *pNewState);

    /* Frees the outgoing record of packetId. Returns MQTTBadParameter if there is none. */
    MQTTStatus_t MQTT_RemoveStateRecord(const MQTTContext_t *pMqttContext, uint16_t packetId);

    /*
     * State that follows a PUBACK, PUBREC, PUBREL or PUBCOMP sent or received for a publish of
     * the given QoS; MQTTStateNull when that acknowledgement has no place in such an exchange.
     */
    MQTTPublishState_t MQTT_CalculateStateAck(MQTTPubAckType_t packetType,
                                              MQTTStateOperation_t opType, MQTTQoS_t qos);

    /*
     * Applies an acknowledgement sent or received to the record of packetId; the record is
     * freed when the exchange completes (*pNewState MQTTPublishDone).
     * Returns MQTTBadParameter, MQTTBadResponse (no record with that identifier),
     * MQTTIllegalState (the acknowledgement does not fit the record's state) or MQTTSuccess.
     */
    MQTTStatus_t MQTT_UpdateStateAck(const MQTTContext_t *pMqttContext, uint16_t packetId,
                                     MQTTPubAckType_t packetType, MQTTStateOperation_t opType,
                                     MQTTPublishState_t *pNewState);

    /*
     * Iterates the outgoing QoS 2 publishes that still owe a PUBREL (received PUBREC, or PUBREL
     * sent and PUBCOMP outstanding); returns each packet identifier in turn, then 0.
     * *pState receives MQTTPubRelSend.
     */
    uint16_t MQTT_PubrelToResend(const MQTTContext_t *pMqttContext, MQTTStateCursor_t *pCursor,
                                 MQTTPublishState_t *pState);

    /*
     * Iterates the outgoing publishes still waiting for PUBACK or PUBREC, in the order they were
     * first sent; returns each packet identifier in turn, then 0. After a resumed session the
     * application resends them with MQTT_Publish, the same identifier and dup set.
     */
    uint16_t MQTT_PublishToResend(const MQTTContext_t *pMqttContext, MQTTStateCursor_t *pCursor);

    /* Name of a publish state ("MQTTPubAckPending", ...), or "Invalid state". */
    const char *MQTT_State_strerror(MQTTPublishState_t state);

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_STATE_H */
