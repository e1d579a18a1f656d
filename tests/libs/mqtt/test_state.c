/*
 * Publish state records: every legal transition of QoS 1 and 2 in both directions, the
 * refusal of illegal ones, and the order-preserving iteration used for resends.
 */
#include "test_util.h"

#include "core_mqtt_state.h"

static MQTTContext_t context;
static MQTTPubAckInfo_t outgoing[4];
static MQTTPubAckInfo_t incoming[4];

static int setup(void **state)
{
    (void)state;
    memset(&context, 0, sizeof(context));
    assert_int_equal(MQTT_InitStatefulQoS(&context, outgoing, 4U, incoming, 4U), MQTTSuccess);
    return 0;
}

static void outgoing_qos1_completes_on_puback(void **state)
{
    MQTTPublishState_t next = MQTTStateNull;
    (void)state;

    assert_int_equal(MQTT_ReserveState(&context, 5U, MQTTQoS1), MQTTSuccess);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 5U, MQTT_SEND, MQTTQoS1, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubAckPending);
    assert_int_equal(MQTT_UpdateStateAck(&context, 5U, MQTTPuback, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPublishDone);
    /* The record is gone: a second PUBACK names an unknown publish. */
    assert_int_equal(MQTT_UpdateStateAck(&context, 5U, MQTTPuback, MQTT_RECEIVE, &next),
                     MQTTBadResponse);
}

static void outgoing_qos2_walks_pubrec_pubrel_pubcomp(void **state)
{
    MQTTPublishState_t next = MQTTStateNull;
    (void)state;

    assert_int_equal(MQTT_ReserveState(&context, 9U, MQTTQoS2), MQTTSuccess);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 9U, MQTT_SEND, MQTTQoS2, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubRecPending);
    /* PUBCOMP before PUBREC is illegal. */
    assert_int_equal(MQTT_UpdateStateAck(&context, 9U, MQTTPubcomp, MQTT_RECEIVE, &next),
                     MQTTIllegalState);
    assert_int_equal(MQTT_UpdateStateAck(&context, 9U, MQTTPubrec, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubRelSend);
    assert_int_equal(MQTT_UpdateStateAck(&context, 9U, MQTTPubrel, MQTT_SEND, &next), MQTTSuccess);
    assert_int_equal(next, MQTTPubCompPending);
    /* A repeated PUBREC asks for PUBREL again. */
    assert_int_equal(MQTT_UpdateStateAck(&context, 9U, MQTTPubrec, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubRelSend);
    assert_int_equal(MQTT_UpdateStateAck(&context, 9U, MQTTPubrel, MQTT_SEND, &next), MQTTSuccess);
    assert_int_equal(MQTT_UpdateStateAck(&context, 9U, MQTTPubcomp, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPublishDone);
    assert_int_equal(outgoing[0].packetId, 0U);
}

static void incoming_qos2_detects_duplicates(void **state)
{
    MQTTPublishState_t next = MQTTStateNull;
    (void)state;

    assert_int_equal(MQTT_UpdateStatePublish(&context, 3U, MQTT_RECEIVE, MQTTQoS2, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubRecSend);
    assert_int_equal(MQTT_UpdateStateAck(&context, 3U, MQTTPubrec, MQTT_SEND, &next), MQTTSuccess);
    assert_int_equal(next, MQTTPubRelPending);
    /* The broker resends the PUBLISH: recognised, state kept. */
    assert_int_equal(MQTT_UpdateStatePublish(&context, 3U, MQTT_RECEIVE, MQTTQoS2, &next),
                     MQTTStateCollision);
    assert_int_equal(next, MQTTPubRelPending);
    assert_int_equal(MQTT_UpdateStateAck(&context, 3U, MQTTPubrel, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubCompSend);
    /* A repeated PUBREL while our PUBCOMP is due is accepted. */
    assert_int_equal(MQTT_UpdateStateAck(&context, 3U, MQTTPubrel, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(MQTT_UpdateStateAck(&context, 3U, MQTTPubcomp, MQTT_SEND, &next), MQTTSuccess);
    assert_int_equal(next, MQTTPublishDone);
    assert_int_equal(MQTT_UpdateStateAck(&context, 3U, MQTTPubrel, MQTT_RECEIVE, &next),
                     MQTTBadResponse);
}

static void incoming_qos1_and_qos0(void **state)
{
    MQTTPublishState_t next = MQTTStateNull;
    (void)state;

    assert_int_equal(MQTT_UpdateStatePublish(&context, 4U, MQTT_RECEIVE, MQTTQoS1, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPubAckSend);
    assert_int_equal(MQTT_UpdateStateAck(&context, 4U, MQTTPubrec, MQTT_SEND, &next),
                     MQTTIllegalState);
    assert_int_equal(MQTT_UpdateStateAck(&context, 4U, MQTTPuback, MQTT_SEND, &next), MQTTSuccess);
    assert_int_equal(next, MQTTPublishDone);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 0U, MQTT_RECEIVE, MQTTQoS0, &next),
                     MQTTSuccess);
    assert_int_equal(next, MQTTPublishDone);
}

static void reservation_collides_and_fills_up(void **state)
{
    MQTTPublishState_t next = MQTTStateNull;
    uint16_t id;
    (void)state;

    for (id = 1U; id <= 4U; id++)
    {
        assert_int_equal(MQTT_ReserveState(&context, id, MQTTQoS1), MQTTSuccess);
    }
    assert_int_equal(MQTT_ReserveState(&context, 2U, MQTTQoS1), MQTTStateCollision);
    assert_int_equal(MQTT_ReserveState(&context, 5U, MQTTQoS1), MQTTNoMemory);
    assert_int_equal(MQTT_ReserveState(&context, 0U, MQTTQoS1), MQTTBadParameter);
    assert_int_equal(MQTT_ReserveState(&context, 6U, MQTTQoS0), MQTTBadParameter);
    assert_int_equal(MQTT_ReserveState(NULL, 6U, MQTTQoS1), MQTTBadParameter);
    /* Sending with the wrong QoS, or an unreserved id, is refused. */
    assert_int_equal(MQTT_UpdateStatePublish(&context, 1U, MQTT_SEND, MQTTQoS2, &next),
                     MQTTIllegalState);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 7U, MQTT_SEND, MQTTQoS1, &next),
                     MQTTBadParameter);
    assert_int_equal(MQTT_RemoveStateRecord(&context, 3U), MQTTSuccess);
    assert_int_equal(MQTT_RemoveStateRecord(&context, 3U), MQTTBadParameter);
    assert_int_equal(MQTT_ReserveState(&context, 5U, MQTTQoS1), MQTTSuccess);
}

static void resend_iteration_keeps_the_original_order(void **state)
{
    MQTTPublishState_t next = MQTTStateNull;
    MQTTStateCursor_t cursor = MQTT_STATE_CURSOR_INITIALIZER;
    uint16_t order[4];
    size_t count = 0U;
    uint16_t id;
    (void)state;

    /* 10, 11, 12, 13 sent; 11 completes; 14 is sent into the freed room. */
    for (id = 10U; id <= 13U; id++)
    {
        assert_int_equal(MQTT_ReserveState(&context, id, (id == 12U) ? MQTTQoS2 : MQTTQoS1),
                         MQTTSuccess);
        assert_int_equal(MQTT_UpdateStatePublish(&context, id, MQTT_SEND,
                                                 (id == 12U) ? MQTTQoS2 : MQTTQoS1, &next),
                         MQTTSuccess);
    }
    assert_int_equal(MQTT_UpdateStateAck(&context, 11U, MQTTPuback, MQTT_RECEIVE, &next),
                     MQTTSuccess);
    assert_int_equal(MQTT_ReserveState(&context, 14U, MQTTQoS1), MQTTSuccess);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 14U, MQTT_SEND, MQTTQoS1, &next),
                     MQTTSuccess);
    /* 12 got its PUBREC: it owes a PUBREL, no longer a PUBLISH. */
    assert_int_equal(MQTT_UpdateStateAck(&context, 12U, MQTTPubrec, MQTT_RECEIVE, &next),
                     MQTTSuccess);

    while ((id = MQTT_PublishToResend(&context, &cursor)) != 0U)
    {
        order[count++] = id;
    }
    assert_int_equal(count, 3U);
    assert_int_equal(order[0], 10U);
    assert_int_equal(order[1], 13U);
    assert_int_equal(order[2], 14U);

    cursor = MQTT_STATE_CURSOR_INITIALIZER;
    next = MQTTStateNull;
    assert_int_equal(MQTT_PubrelToResend(&context, &cursor, &next), 12U);
    assert_int_equal(next, MQTTPubRelSend);
    assert_int_equal(MQTT_PubrelToResend(&context, &cursor, &next), 0U);
    assert_int_equal(MQTT_PublishToResend(NULL, &cursor), 0U);
}

static void state_calculations_and_names(void **state)
{
    (void)state;
    assert_int_equal(MQTT_CalculateStatePublish(MQTT_SEND, MQTTQoS0), MQTTPublishDone);
    assert_int_equal(MQTT_CalculateStatePublish(MQTT_SEND, MQTTQoS2), MQTTPubRecPending);
    assert_int_equal(MQTT_CalculateStatePublish(MQTT_RECEIVE, MQTTQoS1), MQTTPubAckSend);
    assert_int_equal(MQTT_CalculateStatePublish(MQTT_RECEIVE, (MQTTQoS_t)3), MQTTStateNull);
    assert_int_equal(MQTT_CalculateStateAck(MQTTPuback, MQTT_RECEIVE, MQTTQoS1), MQTTPublishDone);
    assert_int_equal(MQTT_CalculateStateAck(MQTTPuback, MQTT_RECEIVE, MQTTQoS2), MQTTStateNull);
    assert_int_equal(MQTT_CalculateStateAck(MQTTPubrel, MQTT_RECEIVE, MQTTQoS2), MQTTPubCompSend);
    assert_int_equal(MQTT_CalculateStateAck(MQTTPubrec, MQTT_SEND, MQTTQoS2), MQTTPubRelPending);
    assert_string_equal(MQTT_State_strerror(MQTTPubRelPending), "MQTTPubRelPending");
    assert_string_equal(MQTT_State_strerror(MQTTStateNull), "MQTTStateNull");
    assert_string_equal(MQTT_State_strerror((MQTTPublishState_t)42), "Invalid state");
}

static void arguments_are_checked(void **state)
{
    MQTTPublishState_t next;
    (void)state;
    assert_int_equal(MQTT_UpdateStatePublish(NULL, 1U, MQTT_SEND, MQTTQoS1, &next),
                     MQTTBadParameter);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 1U, MQTT_SEND, MQTTQoS1, NULL),
                     MQTTBadParameter);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 0U, MQTT_RECEIVE, MQTTQoS1, &next),
                     MQTTBadParameter);
    assert_int_equal(MQTT_UpdateStateAck(&context, 0U, MQTTPuback, MQTT_RECEIVE, &next),
                     MQTTBadParameter);
    assert_int_equal(MQTT_UpdateStateAck(&context, 1U, (MQTTPubAckType_t)4, MQTT_RECEIVE, &next),
                     MQTTBadParameter);
    assert_int_equal(MQTT_InitStatefulQoS(&context, NULL, 2U, NULL, 0U), MQTTBadParameter);
    assert_int_equal(MQTT_InitStatefulQoS(&context, outgoing, 0U, NULL, 0U), MQTTBadParameter);
    /* Without incoming records a QoS 2 publish cannot be recorded. */
    assert_int_equal(MQTT_InitStatefulQoS(&context, outgoing, 4U, NULL, 0U), MQTTSuccess);
    assert_int_equal(MQTT_UpdateStatePublish(&context, 1U, MQTT_RECEIVE, MQTTQoS2, &next),
                     MQTTNoMemory);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(outgoing_qos1_completes_on_puback, setup),
        cmocka_unit_test_setup(outgoing_qos2_walks_pubrec_pubrel_pubcomp, setup),
        cmocka_unit_test_setup(incoming_qos2_detects_duplicates, setup),
        cmocka_unit_test_setup(incoming_qos1_and_qos0, setup),
        cmocka_unit_test_setup(reservation_collides_and_fills_up, setup),
        cmocka_unit_test_setup(resend_iteration_keeps_the_original_order, setup),
        cmocka_unit_test_setup(state_calculations_and_names, setup),
        cmocka_unit_test_setup(arguments_are_checked, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
