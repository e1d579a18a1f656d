/*
 * The send and state-update hooks, as an MQTT agent would use them (one mutex behind all
 * four): every send and every change of the QoS records is bracketed, brackets always close,
 * and no hook is ever entered while another is active (so a non-recursive mutex suffices),
 * through connect with session resumption, QoS 2 both ways and keep-alive.
 */
#include "test_util.h"

#include "core_mqtt_config.h"
#include "core_mqtt.h"
#include "core_mqtt_state.h"
#include "mock_transport.h"

static MQTTContext_t context;
static uint8_t networkBuffer[256];
static MQTTPubAckInfo_t outgoing[4];
static MQTTPubAckInfo_t incoming[4];
static int active = -1; /* kind of the hook in progress, -1 none */
static unsigned entered[2];
static unsigned nested;

void test_hook_enter(const void *pContext, int kind)
{
    assert_ptr_equal(pContext, &context);
    if (active != -1)
    {
        nested++;
    }
    active = kind;
    entered[kind]++;
}

void test_hook_leave(const void *pContext, int kind)
{
    assert_ptr_equal(pContext, &context);
    assert_int_equal(active, kind);
    active = -1;
}

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    (void)pPacket;
    (void)pInfo;
    /* The callback runs outside every hook, so it may publish (an agent completes commands). */
    assert_int_equal(active, -1);
    if ((pPacket->type & 0xF0U) == MQTT_PACKET_TYPE_PUBLISH)
    {
        MQTTPublishInfo_t echo = {MQTTQoS0, false, false, "echo", 4U, NULL, 0U};
        assert_int_equal(MQTT_Publish(pContext, &echo, 0U), MQTTSuccess);
    }
}

static void hooks_bracket_sends_and_state_changes_without_nesting(void **state)
{
    TransportInterface_t transport = mock_transport(true);
    MQTTFixedBuffer_t fixed = {networkBuffer, sizeof(networkBuffer)};
    MQTTConnectInfo_t info = {false, 1U, "c", 1U, NULL, 0U, NULL, 0U};
    MQTTPublishInfo_t publish = {MQTTQoS2, false, false, "t", 1U, "p", 1U};
    bool present = false;
    unsigned sends;
    (void)state;

    mock_reset();
    assert_int_equal(MQTT_Init(&context, &transport, mock_time, on_event, &fixed), MQTTSuccess);
    assert_int_equal(MQTT_InitStatefulQoS(&context, outgoing, 4U, incoming, 4U), MQTTSuccess);
    mock_feed(BYTES(0x20, 2, 0, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);
    assert_int_equal(MQTT_Publish(&context, &publish, 1U), MQTTSuccess);
    mock_feed(BYTES(0x50, 2, 0, 1));                 /* PUBREC: we send PUBREL */
    mock_feed(BYTES(0x34, 6, 0, 1, 'i', 0, 9, 'x')); /* incoming QoS 2 */
    mock_feed(BYTES(0x62, 2, 0, 9));                 /* its PUBREL: we send PUBCOMP */
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    mockTimeMs += 1000U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess); /* PINGREQ */
    /* Reconnect with the session: the PUBREL for 1 is resent. */
    mock_feed(BYTES(0x20, 2, 1, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);
    assert_true(present);
    mock_feed(BYTES(0x70, 2, 0, 1));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);

    /* CONNECT, PUBLISH, PUBREL, PUBREC, echo, PUBCOMP, PINGREQ, CONNECT, PUBREL again. */
    sends = 9U;
    assert_int_equal(entered[0], sends);
    assert_true(entered[1] >= 6U);
    assert_int_equal(nested, 0U);
    assert_int_equal(active, -1);
    assert_int_equal(outgoing[0].packetId, 0U);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hooks_bracket_sends_and_state_changes_without_nesting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
