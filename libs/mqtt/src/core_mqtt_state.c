/*
 * Publish state records (core_mqtt_state.h): which QoS 1/2 publishes are in flight and what
 * each still waits for. Records sit in the application's arrays in the order their publishes
 * started, so resends after a resumed session keep the original order.
 */
#include "mqtt_internal.h"

/* How each acknowledgement moves a record, indexed by packet type * 2 + operation. */
typedef struct ack_rule
{
    uint16_t allowedStates; /* bit per MQTTPublishState_t the record may be in */
    uint8_t newState;       /* state afterwards (MQTTPublishDone frees the record) */
    uint8_t outgoing;       /* record lives in the outgoing array */
} ack_rule_t;

#define BIT(state) ((uint16_t)(1U << (state)))

static const ack_rule_t ackRules[8] = {
    /* PUBACK sent: incoming QoS 1 complete. */
    {BIT(MQTTPubAckSend), MQTTPublishDone, 0U},
    /* PUBACK received: outgoing QoS 1 complete. */
    {BIT(MQTTPubAckPending), MQTTPublishDone, 1U},
    /* PUBREC sent (again, for a duplicate PUBLISH). */
    {BIT(MQTTPubRecSend) | BIT(MQTTPubRelPending), MQTTPubRelPending, 0U},
    /* PUBREC received (again, if the broker repeats it). */
    {BIT(MQTTPubRecPending) | BIT(MQTTPubRelSend) | BIT(MQTTPubCompPending), MQTTPubRelSend, 1U},
    /* PUBREL sent (again, when a session resumes). */
    {BIT(MQTTPubRelSend) | BIT(MQTTPubCompPending), MQTTPubCompPending, 1U},
    /* PUBREL received (again, if our PUBCOMP was lost). */
    {BIT(MQTTPubRelPending) | BIT(MQTTPubCompSend), MQTTPubCompSend, 0U},
    /* PUBCOMP sent: incoming QoS 2 complete. */
    {BIT(MQTTPubCompSend), MQTTPublishDone, 0U},
    /* PUBCOMP received: outgoing QoS 2 complete. */
    {BIT(MQTTPubCompPending), MQTTPublishDone, 1U},
};

MQTTPubAckInfo_t *mqtt_find_record(MQTTPubAckInfo_t *pRecords, size_t count, uint16_t packetId)
{
    size_t i;
    for (i = 0U; (pRecords != NULL) && (i < count) && (packetId != 0U); i++)
    {
        if (pRecords[i].packetId == packetId)
        {
            return &pRecords[i];
        }
    }
    return NULL;
}

size_t mqtt_count_records(const MQTTPubAckInfo_t *pRecords, size_t count)
{
    size_t i;
    size_t used = 0U;
    for (i = 0U; (pRecords != NULL) && (i < count); i++)
    {
        used += (pRecords[i].packetId != 0U) ? 1U : 0U;
    }
    return used;
}

static void free_record(MQTTPubAckInfo_t *pRecord)
{
    pRecord->packetId = 0U;
    pRecord->qos = MQTTQoS0;
    pRecord->publishState = MQTTStateNull;
}

/*
 * Appends a record after the last one in use, compacting the array first when the end is
 * reached, so that array order stays the order in which publishes started.
 */
static MQTTStatus_t add_record(MQTTPubAckInfo_t *pRecords, size_t count, uint16_t packetId,
                               MQTTQoS_t qos, MQTTPublishState_t state)
{
    size_t i;
    size_t used = 0U;
    size_t end = 0U;

    for (i = 0U; i < count; i++)
    {
        if (pRecords[i].packetId == packetId)
        {
            return MQTTStateCollision;
        }
        if (pRecords[i].packetId != 0U)
        {
            used++;
            end = i + 1U;
        }
    }
    if (end == count)
    {
        if (used == count)
        {
            return MQTTNoMemory;
        }
        for (i = 0U, end = 0U; i < count; i++)
        {
            if (pRecords[i].packetId != 0U)
            {
                pRecords[end++] = pRecords[i];
            }
        }
        for (i = end; i < count; i++)
        {
            free_record(&pRecords[i]);
        }
    }
    pRecords[end].packetId = packetId;
    pRecords[end].qos = qos;
    pRecords[end].publishState = state;
    return MQTTSuccess;
}

void mqtt_clear_records(MQTTContext_t *pContext)
{
    size_t i;
    for (i = 0U; i < pContext->outgoingPublishRecordMaxCount; i++)
    {
        MQTTPubAckInfo_t *pRecord = &pContext->outgoingPublishRecords[i];
        /* A publish not yet acknowledged (PUBACK / PUBREC) may have a stored copy. */
        if ((pContext->clearFunction != NULL) && (pRecord->packetId != 0U) &&
            (pRecord->publishState != MQTTPubRelSend) &&
            (pRecord->publishState != MQTTPubCompPending))
        {
            pContext->clearFunction(pContext, pRecord->packetId);
        }
        free_record(pRecord);
    }
    for (i = 0U; i < pContext->incomingPublishRecordMaxCount; i++)
    {
        free_record(&pContext->incomingPublishRecords[i]);
    }
}

MQTTStatus_t MQTT_ReserveState(const MQTTContext_t *pMqttContext, uint16_t packetId, MQTTQoS_t qos)
{
    if ((pMqttContext == NULL) || (packetId == 0U) || (qos == MQTTQoS0) || ((unsigned)qos > 2U))
    {
        return MQTTBadParameter;
    }
    return add_record(pMqttContext->outgoingPublishRecords,
                      pMqttContext->outgoingPublishRecordMaxCount, packetId, qos, MQTTPublishSend);
}

MQTTPublishState_t MQTT_CalculateStatePublish(MQTTStateOperation_t opType, MQTTQoS_t qos)
{
    static const uint8_t states[2][3] = {
        {MQTTPublishDone, MQTTPubAckPending, MQTTPubRecPending}, /* MQTT_SEND */
        {MQTTPublishDone, MQTTPubAckSend, MQTTPubRecSend},       /* MQTT_RECEIVE */
    };
    if (((unsigned)qos > 2U) || ((unsigned)opType > 1U))
    {
        return MQTTStateNull;
    }
    return (MQTTPublishState_t)states[opType][qos];
}

MQTTStatus_t MQTT_UpdateStatePublish(const MQTTContext_t *pMqttContext, uint16_t packetId,
                                     MQTTStateOperation_t opType, MQTTQoS_t qos,
                                     MQTTPublishState_t *pNewState)
{
    MQTTPublishState_t newState = MQTT_CalculateStatePublish(opType, qos);
    MQTTPubAckInfo_t *pRecord;
    MQTTStatus_t status = MQTTSuccess;

    if ((pMqttContext == NULL) || (pNewState == NULL) || (newState == MQTTStateNull) ||
        ((qos != MQTTQoS0) && (packetId == 0U)))
    {
        return MQTTBadParameter;
    }
    if (qos != MQTTQoS0)
    {
        if (opType == MQTT_SEND)
        {
            pRecord = mqtt_find_record(pMqttContext->outgoingPublishRecords,
                                       pMqttContext->outgoingPublishRecordMaxCount, packetId);
            if (pRecord == NULL)
            {
                return MQTTBadParameter;
            }
            /* Reserved for this send, or already pending: a resend with DUP. */
            if ((pRecord->qos != qos) ||
                ((pRecord->publishState != MQTTPublishSend) && (pRecord->publishState != newState)))
            {
                return MQTTIllegalState;
            }
            pRecord->publishState = newState;
        }
        else
        {
            pRecord = mqtt_find_record(pMqttContext->incomingPublishRecords,
                                       pMqttContext->incomingPublishRecordMaxCount, packetId);
            if (pRecord != NULL)
            {
                /* The broker redelivered a publish we already hold. */
                newState = pRecord->publishState;
                status = MQTTStateCollision;
            }
            else if (pMqttContext->incomingPublishRecords == NULL)
            {
                status = MQTTNoMemory;
            }
            else
            {
                status = add_record(pMqttContext->incomingPublishRecords,
                                    pMqttContext->incomingPublishRecordMaxCount, packetId, qos,
                                    newState);
            }
        }
    }
    *pNewState = newState;
    return status;
}

MQTTStatus_t MQTT_RemoveStateRecord(const MQTTContext_t *pMqttContext, uint16_t packetId)
{
    MQTTPubAckInfo_t *pRecord = NULL;
    if (pMqttContext != NULL)
    {
        pRecord = mqtt_find_record(pMqttContext->outgoingPublishRecords,
                                   pMqttContext->outgoingPublishRecordMaxCount, packetId);
    }
    if (pRecord == NULL)
    {
        return MQTTBadParameter;
    }
    free_record(pRecord);
    return MQTTSuccess;
}

MQTTPublishState_t MQTT_CalculateStateAck(MQTTPubAckType_t packetType, MQTTStateOperation_t opType,
                                          MQTTQoS_t qos)
{
    MQTTQoS_t expected = (packetType == MQTTPuback) ? MQTTQoS1 : MQTTQoS2;
    if (((unsigned)packetType > 3U) || ((unsigned)opType > 1U) || (qos != expected))
    {
        return MQTTStateNull;
    }
    return (MQTTPublishState_t)ackRules[(unsigned)packetType * 2U + (unsigned)opType].newState;
}

MQTTStatus_t MQTT_UpdateStateAck(const MQTTContext_t *pMqttContext, uint16_t packetId,
                                 MQTTPubAckType_t packetType, MQTTStateOperation_t opType,
                                 MQTTPublishState_t *pNewState)
{
    const ack_rule_t *pRule;
    MQTTPubAckInfo_t *pRecord;
    MQTTPublishState_t newState;

    if ((pMqttContext == NULL) || (pNewState == NULL) || (packetId == 0U) ||
        ((unsigned)packetType > 3U) || ((unsigned)opType > 1U))
    {
        return MQTTBadParameter;
    }
    pRule = &ackRules[(unsigned)packetType * 2U + (unsigned)opType];
    pRecord = pRule->outgoing
                  ? mqtt_find_record(pMqttContext->outgoingPublishRecords,
                                     pMqttContext->outgoingPublishRecordMaxCount, packetId)
                  : mqtt_find_record(pMqttContext->incomingPublishRecords,
                                     pMqttContext->incomingPublishRecordMaxCount, packetId);
    if (pRecord == NULL)
    {
        return MQTTBadResponse;
    }
    newState = MQTT_CalculateStateAck(packetType, opType, pRecord->qos);
    if ((newState == MQTTStateNull) || ((pRule->allowedStates & BIT(pRecord->publishState)) == 0U))
    {
        return MQTTIllegalState;
    }
    if (newState == MQTTPublishDone)
    {
        free_record(pRecord);
    }
    else
    {
        pRecord->publishState = newState;
    }
    *pNewState = newState;
    return MQTTSuccess;
}

/* Next outgoing record from *pCursor whose state is in `states`; 0 at the end. */
static uint16_t next_outgoing(const MQTTContext_t *pContext, MQTTStateCursor_t *pCursor,
                              uint16_t states)
{
    size_t i;
    if ((pContext == NULL) || (pCursor == NULL))
    {
        return 0U;
    }
    for (i = *pCursor; i < pContext->outgoingPublishRecordMaxCount; i++)
    {
        const MQTTPubAckInfo_t *pRecord = &pContext->outgoingPublishRecords[i];
        if ((pRecord->packetId != 0U) && ((states & BIT(pRecord->publishState)) != 0U))
        {
            *pCursor = i + 1U;
            return pRecord->packetId;
        }
    }
    *pCursor = i;
    return 0U;
}

uint16_t MQTT_PubrelToResend(const MQTTContext_t *pMqttContext, MQTTStateCursor_t *pCursor,
                             MQTTPublishState_t *pState)
{
    uint16_t packetId = 0U;
    if (pState != NULL)
    {
        packetId =
            next_outgoing(pMqttContext, pCursor, BIT(MQTTPubRelSend) | BIT(MQTTPubCompPending));
        if (packetId != 0U)
        {
            *pState = MQTTPubRelSend;
        }
    }
    return packetId;
}

uint16_t MQTT_PublishToResend(const MQTTContext_t *pMqttContext, MQTTStateCursor_t *pCursor)
{
    return next_outgoing(pMqttContext, pCursor, BIT(MQTTPubAckPending) | BIT(MQTTPubRecPending));
}
