/*
 * Receive polling with the default configuration (MQTT_RECV_POLLING_TIMEOUT_MS 10): once
 * part of a packet is in, the loop keeps reading for the rest until 10 ms pass without a
 * byte, then returns MQTTNeedMoreBytes keeping what arrived.
 */
#include "test_util.h"

#include "core_mqtt.h"
#include "mock_transport.h"

static MQTTContext_t context;
static uint8_t networkBuffer[256];
static unsigned delivered;

static void on_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                     MQTTDeserializedInfo_t *pInfo)
{
    (void)pContext;
    (void)pInfo;
    if ((pPacket->type & 0xF0U) == MQTT_PACKET_TYPE_PUBLISH)
    {
        delivered++;
    }
}

static void partial_packet_is_polled_for_then_kept(void **state)
{
    TransportInterface_t transport = mock_transport(true);
    MQTTFixedBuffer_t fixed = {networkBuffer, sizeof(networkBuffer)};
    MQTTConnectInfo_t info = {true, 0U, "c", 1U, NULL, 0U, NULL, 0U};
    bool present = false;
    (void)state;

    mock_reset();
    assert_int_equal(MQTT_Init(&context, &transport, mock_time, on_event, &fixed), MQTTSuccess);
    mock_feed(BYTES(0x20, 2, 0, 0));
    assert_int_equal(MQTT_Connect(&context, &info, NULL, 1000U, &present), MQTTSuccess);

    /* Every clock reading advances 1 ms: about ten more reads, then the call gives up. */
    mockTimeStepMs = 1U;
    mockNetwork.recvCalls = 0U;
    mock_feed(BYTES(0x30, 5, 0, 1, 't'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTNeedMoreBytes);
    assert_true(mockNetwork.recvCalls >= 5U);
    assert_true(mockNetwork.recvCalls <= 15U);
    assert_int_equal(delivered, 0U);

    /* Nothing buffered: one read only. */
    mock_feed(BYTES('h', 'i'));
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(delivered, 1U);
    mockNetwork.recvCalls = 0U;
    assert_int_equal(MQTT_ProcessLoop(&context), MQTTSuccess);
    assert_int_equal(mockNetwork.recvCalls, 1U);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(partial_packet_is_polled_for_then_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
