/*
 * MQTT 3.1.1 serializer and deserializer: exact bytes of every packet the client builds, and
 * an error status (never a crash) for every kind of malformed or unexpected input.
 */
#include "test_util.h"

#include "core_mqtt.h"
#include "core_mqtt_serializer.h"
#include "mock_transport.h"

static uint8_t buffer[512];
static MQTTFixedBuffer_t fixed = {buffer, sizeof(buffer)};

static void connect_packet_matches_specification(void **state)
{
    MQTTConnectInfo_t info = {true, 60U, "cid", 3U, "u", 1U, "pw", 2U};
    MQTTPublishInfo_t will = {MQTTQoS1, true, false, "w", 1U, "bye", 3U};
    size_t remaining = 0U, size = 0U;
    (void)state;

    assert_int_equal(MQTT_GetConnectPacketSize(&info, &will, &remaining, &size), MQTTSuccess);
    assert_int_equal(remaining, 10U + 5U + 3U + 5U + 3U + 4U);
    assert_int_equal(size, remaining + 2U);
    assert_int_equal(MQTT_SerializeConnect(&info, &will, remaining, &fixed), MQTTSuccess);
    assert_bytes(buffer, size,
                 BYTES(0x10, 30, 0, 4, 'M', 'Q', 'T', 'T', 4,
                       0xEE, /* user, password, will retain, will QoS 1, will, clean */
                       0, 60, 0, 3, 'c', 'i', 'd', 0, 1, 'w', 0, 3, 'b', 'y', 'e', 0, 1, 'u', 0, 2,
                       'p', 'w'));
}

static void connect_without_options_is_minimal(void **state)
{
    MQTTConnectInfo_t info = {false, 0U, "x", 1U, NULL, 0U, NULL, 0U};
    size_t remaining = 0U, size = 0U;
    (void)state;

    assert_int_equal(MQTT_GetConnectPacketSize(&info, NULL, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializeConnect(&info, NULL, remaining, &fixed), MQTTSuccess);
    assert_bytes(buffer, size, BYTES(0x10, 13, 0, 4, 'M', 'Q', 'T', 'T', 4, 0, 0, 0, 0, 1, 'x'));
}

static void connect_rejects_invalid_arguments(void **state)
{
    MQTTConnectInfo_t info = {true, 0U, "x", 1U, NULL, 0U, "pw", 2U};
    MQTTPublishInfo_t will = {MQTTQoS0, false, false, NULL, 0U, NULL, 0U};
    uint8_t small[4];
    MQTTFixedBuffer_t tiny = {small, sizeof(small)};
    size_t remaining = 0U, size = 0U;
    (void)state;

    /* MQTT 3.1.1: a password needs a user name. */
    assert_int_equal(MQTT_GetConnectPacketSize(&info, NULL, &remaining, &size), MQTTBadParameter);
    info.pPassword = NULL;
    info.passwordLength = 0U;
    assert_int_equal(MQTT_GetConnectPacketSize(NULL, NULL, &remaining, &size), MQTTBadParameter);
    assert_int_equal(MQTT_GetConnectPacketSize(&info, NULL, NULL, &size), MQTTBadParameter);
    /* A will needs a topic, and its payload a two-byte length. */
    assert_int_equal(MQTT_GetConnectPacketSize(&info, &will, &remaining, &size), MQTTBadParameter);
    will.pTopicName = "t";
    will.topicNameLength = 1U;
    will.pPayload = buffer;
    will.payloadLength = 65536U;
    assert_int_equal(MQTT_GetConnectPacketSize(&info, &will, &remaining, &size), MQTTBadParameter);
    info.pClientIdentifier = NULL;
    assert_int_equal(MQTT_GetConnectPacketSize(&info, NULL, &remaining, &size), MQTTBadParameter);
    info.pClientIdentifier = "x";

    assert_int_equal(MQTT_GetConnectPacketSize(&info, NULL, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializeConnect(&info, NULL, remaining, &tiny), MQTTNoMemory);
    assert_int_equal(MQTT_SerializeConnect(&info, NULL, remaining + 1U, &fixed), MQTTBadParameter);
    assert_int_equal(MQTT_SerializeConnect(&info, NULL, remaining, NULL), MQTTBadParameter);
}

static void subscribe_and_unsubscribe_packets_match_specification(void **state)
{
    MQTTSubscribeInfo_t list[2] = {{MQTTQoS1, "a/+", 3U, false, false, 0U},
                                   {MQTTQoS2, "#", 1U, false, false, 0U}};
    size_t remaining = 0U, size = 0U;
    (void)state;

    assert_int_equal(MQTT_GetSubscribePacketSize(list, 2U, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializeSubscribe(list, 2U, 0x1234U, remaining, &fixed), MQTTSuccess);
    assert_bytes(buffer, size, BYTES(0x82, 12, 0x12, 0x34, 0, 3, 'a', '/', '+', 1, 0, 1, '#', 2));

    assert_int_equal(MQTT_GetUnsubscribePacketSize(list, 2U, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializeUnsubscribe(list, 2U, 7U, remaining, &fixed), MQTTSuccess);
    assert_bytes(buffer, size, BYTES(0xA2, 10, 0, 7, 0, 3, 'a', '/', '+', 0, 1, '#'));
}

static void subscribe_rejects_invalid_arguments(void **state)
{
    MQTTSubscribeInfo_t sub = {MQTTQoS1, "", 0U, false, false, 0U};
    size_t remaining = 0U, size = 0U;
    (void)state;

    assert_int_equal(MQTT_GetSubscribePacketSize(&sub, 1U, &remaining, &size), MQTTBadParameter);
    sub.pTopicFilter = "a";
    sub.topicFilterLength = 1U;
    assert_int_equal(MQTT_GetSubscribePacketSize(&sub, 0U, &remaining, &size), MQTTBadParameter);
    assert_int_equal(MQTT_GetSubscribePacketSize(NULL, 1U, &remaining, &size), MQTTBadParameter);
    sub.qos = (MQTTQoS_t)3;
    assert_int_equal(MQTT_GetSubscribePacketSize(&sub, 1U, &remaining, &size), MQTTBadParameter);
    /* UNSUBSCRIBE ignores the QoS. */
    assert_int_equal(MQTT_GetUnsubscribePacketSize(&sub, 1U, &remaining, &size), MQTTSuccess);
    sub.qos = MQTTQoS0;
    assert_int_equal(MQTT_GetSubscribePacketSize(&sub, 1U, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializeSubscribe(&sub, 1U, 0U, remaining, &fixed), MQTTBadParameter);
    assert_int_equal(MQTT_SerializeSubscribe(&sub, 1U, 1U, remaining - 1U, &fixed),
                     MQTTBadParameter);
}

static void publish_packets_match_specification(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS1, true, true, "t/1", 3U, "hi", 2U};
    size_t remaining = 0U, size = 0U, header = 0U;
    uint8_t head[8];
    (void)state;

    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializePublish(&info, 0xABCDU, remaining, &fixed), MQTTSuccess);
    assert_bytes(buffer, size, BYTES(0x3B, 9, 0, 3, 't', '/', '1', 0xAB, 0xCD, 'h', 'i'));

    assert_int_equal(MQTT_SerializePublishHeader(&info, 0xABCDU, remaining, &fixed, &header),
                     MQTTSuccess);
    assert_int_equal(header, size - 2U);

    assert_int_equal(MQTT_SerializePublishHeaderWithoutTopic(&info, remaining, head, &header),
                     MQTTSuccess);
    assert_bytes(head, header, BYTES(0x3B, 9, 0, 3));

    info.qos = MQTTQoS0;
    info.dup = false;
    info.retain = false;
    info.pPayload = NULL;
    info.payloadLength = 0U;
    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializePublish(&info, 0U, remaining, &fixed), MQTTSuccess);
    assert_bytes(buffer, size, BYTES(0x30, 5, 0, 3, 't', '/', '1'));
}

static void publish_rejects_invalid_arguments(void **state)
{
    MQTTPublishInfo_t info = {MQTTQoS1, false, false, "t", 1U, NULL, 5U};
    size_t remaining = 0U, size = 0U;
    uint8_t small[6];
    MQTTFixedBuffer_t tiny = {small, sizeof(small)};
    (void)state;

    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTBadParameter);
    info.payloadLength = 0U;
    info.topicNameLength = 0U;
    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTBadParameter);
    info.topicNameLength = 1U;
    info.qos = (MQTTQoS_t)3;
    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTBadParameter);
    info.qos = MQTTQoS1;
    info.pPayload = buffer;
    info.payloadLength = 268435455U;
    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTBadParameter);
    info.payloadLength = 268435455U - 5U;
    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTSuccess);
    assert_int_equal(remaining, 268435455U);
    assert_int_equal(size, 268435455U + 5U);

    info.payloadLength = 10U;
    assert_int_equal(MQTT_GetPublishPacketSize(&info, &remaining, &size), MQTTSuccess);
    assert_int_equal(MQTT_SerializePublish(&info, 0U, remaining, &fixed), MQTTBadParameter);
    assert_int_equal(MQTT_SerializePublish(&info, 1U, remaining, &tiny), MQTTNoMemory);
    /* The header alone fits where the whole packet does not. */
    {
        uint8_t header[8];
        MQTTFixedBuffer_t headerOnly = {header, sizeof(header)};
        size_t headerSize = 0U;
        assert_int_equal(
            MQTT_SerializePublishHeader(&info, 1U, remaining, &headerOnly, &headerSize),
            MQTTSuccess);
        assert_int_equal(headerSize, 7U);
    }
    assert_int_equal(MQTT_SerializePublishHeaderWithoutTopic(NULL, remaining, small, &size),
                     MQTTBadParameter);
}

static void acknowledgements_and_short_packets_match_specification(void **state)
{
    size_t size = 0U;
    uint8_t small[3];
    MQTTFixedBuffer_t tiny = {small, sizeof(small)};
    (void)state;

    assert_int_equal(MQTT_SerializeAck(&fixed, MQTT_PACKET_TYPE_PUBREL, 0x0102U), MQTTSuccess);
    assert_bytes(buffer, 4U, BYTES(0x62, 2, 1, 2));
    assert_int_equal(MQTT_SerializeAck(&fixed, MQTT_PACKET_TYPE_SUBACK, 1U), MQTTBadParameter);
    assert_int_equal(MQTT_SerializeAck(&fixed, MQTT_PACKET_TYPE_PUBACK, 0U), MQTTBadParameter);
    assert_int_equal(MQTT_SerializeAck(&tiny, MQTT_PACKET_TYPE_PUBACK, 1U), MQTTNoMemory);

    assert_int_equal(MQTT_GetDisconnectPacketSize(&size), MQTTSuccess);
    assert_int_equal(size, 2U);
    assert_int_equal(MQTT_SerializeDisconnect(&fixed), MQTTSuccess);
    assert_bytes(buffer, 2U, BYTES(0xE0, 0));
    assert_int_equal(MQTT_GetPingreqPacketSize(&size), MQTTSuccess);
    assert_int_equal(MQTT_SerializePingreq(&fixed), MQTTSuccess);
    assert_bytes(buffer, 2U, BYTES(0xC0, 0));
    assert_int_equal(MQTT_GetPingreqPacketSize(NULL), MQTTBadParameter);
    assert_int_equal(MQTT_SerializePingreq(NULL), MQTTBadParameter);
    tiny.size = 1U;
    assert_int_equal(MQTT_SerializeDisconnect(&tiny), MQTTNoMemory);
}

/* Decodes a fixed header from the given bytes. */
static MQTTStatus_t header_of(const uint8_t *pBytes, size_t length, MQTTPacketInfo_t *pPacket)
{
    return MQTT_ProcessIncomingPacketTypeAndLength(pBytes, &length, pPacket);
}

static void remaining_length_decodes_at_every_boundary(void **state)
{
    MQTTPacketInfo_t packet;
    (void)state;

    assert_int_equal(header_of(BYTES(0x30, 0x00), &packet), MQTTSuccess);
    assert_int_equal(packet.remainingLength, 0U);
    assert_int_equal(header_of(BYTES(0x30, 0x7F), &packet), MQTTSuccess);
    assert_int_equal(packet.remainingLength, 127U);
    assert_int_equal(header_of(BYTES(0x30, 0x80, 0x01), &packet), MQTTSuccess);
    assert_int_equal(packet.remainingLength, 128U);
    assert_int_equal(packet.headerLength, 3U);
    assert_int_equal(header_of(BYTES(0x30, 0xFF, 0x7F), &packet), MQTTSuccess);
    assert_int_equal(packet.remainingLength, 16383U);
    assert_int_equal(header_of(BYTES(0x30, 0x80, 0x80, 0x01), &packet), MQTTSuccess);
    assert_int_equal(packet.remainingLength, 16384U);
    assert_int_equal(header_of(BYTES(0x30, 0xFF, 0xFF, 0xFF, 0x7F), &packet), MQTTSuccess);
    assert_int_equal(packet.remainingLength, 268435455U);
    assert_int_equal(packet.headerLength, 5U);
    assert_int_equal(packet.type, 0x30U);
}

static void malformed_remaining_length_is_rejected(void **state)
{
    MQTTPacketInfo_t packet;
    size_t zero = 0U;
    (void)state;

    /* A fifth length byte. */
    assert_int_equal(header_of(BYTES(0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01), &packet),
                     MQTTBadResponse);
    /* Not the shortest encoding. */
    assert_int_equal(header_of(BYTES(0x30, 0x80, 0x00), &packet), MQTTBadResponse);
    assert_int_equal(header_of(BYTES(0x30, 0xFF, 0x80, 0x00), &packet), MQTTBadResponse);
    /* Truncated: more bytes needed, not an error yet. */
    assert_int_equal(header_of(BYTES(0x30, 0x80), &packet), MQTTNeedMoreBytes);
    assert_int_equal(header_of(BYTES(0x30), &packet), MQTTNeedMoreBytes);
    assert_int_equal(MQTT_ProcessIncomingPacketTypeAndLength(buffer, &zero, &packet),
                     MQTTNoDataAvailable);
    assert_int_equal(MQTT_ProcessIncomingPacketTypeAndLength(NULL, &zero, &packet),
                     MQTTBadParameter);
}

static void packet_types_a_client_never_receives_are_rejected(void **state)
{
    static const uint8_t invalid[] = {0x00, 0x10, 0x82, 0xA2, 0xC0, 0xE0, 0xF0,
                                      0x60, 0x41, 0x21, 0x92, 0xD1, 0x72};
    static const uint8_t valid[] = {0x20, 0x30, 0x3D, 0x40, 0x50, 0x62, 0x70, 0x90, 0xB0, 0xD0};
    MQTTPacketInfo_t packet;
    size_t i;
    (void)state;

    for (i = 0U; i < sizeof(invalid); i++)
    {
        uint8_t bytes[2] = {invalid[i], 0};
        assert_int_equal(header_of(bytes, 2U, &packet), MQTTBadResponse);
    }
    for (i = 0U; i < sizeof(valid); i++)
    {
        uint8_t bytes[2] = {valid[i], 0};
        assert_int_equal(header_of(bytes, 2U, &packet), MQTTSuccess);
    }
}

/* Describes `bytes` (after the fixed header) as a received packet of the given type. */
static MQTTPacketInfo_t packet_of(uint8_t type, const uint8_t *pBytes, size_t length)
{
    MQTTPacketInfo_t packet;
    static uint8_t copy[256];
    memcpy(copy, pBytes, length);
    packet.type = type;
    packet.pRemainingData = copy;
    packet.remainingLength = length;
    packet.headerLength = 2U;
    return packet;
}

static void publish_deserializes(void **state)
{
    MQTTPublishInfo_t info;
    uint16_t id = 0U;
    MQTTPacketInfo_t packet = packet_of(0x3B, BYTES(0, 2, 'a', 'b', 0, 9, 'x', 'y', 'z'));
    (void)state;

    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTSuccess);
    assert_int_equal(id, 9U);
    assert_int_equal(info.qos, MQTTQoS1);
    assert_true(info.retain);
    assert_true(info.dup);
    assert_bytes(info.pTopicName, info.topicNameLength, "ab", 2U);
    assert_bytes(info.pPayload, info.payloadLength, "xyz", 3U);

    packet = packet_of(0x30, BYTES(0, 1, 'a'));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTSuccess);
    assert_int_equal(id, 0U);
    assert_null(info.pPayload);
    assert_int_equal(info.payloadLength, 0U);
}

static void malformed_publish_is_rejected(void **state)
{
    MQTTPublishInfo_t info;
    uint16_t id = 0U;
    MQTTPacketInfo_t packet;
    (void)state;

    /* Topic longer than the packet. */
    packet = packet_of(0x30, BYTES(0, 9, 'a'));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    /* QoS 3. */
    packet = packet_of(0x36, BYTES(0, 1, 'a', 0, 1));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    /* DUP on QoS 0. */
    packet = packet_of(0x38, BYTES(0, 1, 'a'));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    /* Packet identifier 0, or missing. */
    packet = packet_of(0x32, BYTES(0, 1, 'a', 0, 0));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    packet = packet_of(0x32, BYTES(0, 1, 'a', 7));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    /* Empty topic (MQTT 3.1.1). */
    packet = packet_of(0x30, BYTES(0, 0, 'p'));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    /* Too short for a topic length. */
    packet = packet_of(0x30, BYTES(0));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadResponse);
    /* Not a PUBLISH, or no data. */
    packet = packet_of(0x40, BYTES(0, 1));
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadParameter);
    packet.type = 0x30;
    packet.pRemainingData = NULL;
    assert_int_equal(MQTT_DeserializePublish(&packet, &id, &info), MQTTBadParameter);
}

static void acknowledgements_deserialize(void **state)
{
    MQTTPacketInfo_t packet;
    uint16_t id = 0U;
    bool present = false;
    (void)state;

    packet = packet_of(MQTT_PACKET_TYPE_CONNACK, BYTES(1, 0));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, &present), MQTTSuccess);
    assert_true(present);
    packet = packet_of(MQTT_PACKET_TYPE_CONNACK, BYTES(0, 5));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, &present), MQTTServerRefused);
    packet = packet_of(MQTT_PACKET_TYPE_PUBCOMP, BYTES(0x10, 0x01));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTSuccess);
    assert_int_equal(id, 0x1001U);
    packet = packet_of(MQTT_PACKET_TYPE_SUBACK, BYTES(0, 3, 0, 1, 2));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTSuccess);
    assert_int_equal(id, 3U);
    packet = packet_of(MQTT_PACKET_TYPE_SUBACK, BYTES(0, 3, 0, 0x80));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTServerRefused);
    packet = packet_of(MQTT_PACKET_TYPE_PINGRESP, BYTES(0));
    packet.remainingLength = 0U;
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, NULL), MQTTSuccess);
}

static void malformed_acknowledgements_are_rejected(void **state)
{
    MQTTPacketInfo_t packet;
    uint16_t id = 0U;
    bool present = false;
    (void)state;

    /* CONNACK: unknown return code, reserved flags, session with refusal, wrong length. */
    packet = packet_of(MQTT_PACKET_TYPE_CONNACK, BYTES(0, 6));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, &present), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_CONNACK, BYTES(2, 0));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, &present), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_CONNACK, BYTES(1, 4));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, &present), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_CONNACK, BYTES(0, 0, 0));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, &present), MQTTBadResponse);
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, NULL), MQTTBadParameter);
    /* Acks: identifier 0, wrong length. */
    packet = packet_of(MQTT_PACKET_TYPE_PUBACK, BYTES(0, 0));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_PUBREC, BYTES(0, 1, 0));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_UNSUBACK, BYTES(0));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTBadResponse);
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, NULL), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_PUBACK, BYTES(0, 1));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, NULL), MQTTBadParameter);
    /* SUBACK: no codes, invalid code. */
    packet = packet_of(MQTT_PACKET_TYPE_SUBACK, BYTES(0, 1));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_SUBACK, BYTES(0, 1, 3));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, NULL), MQTTBadResponse);
    /* PINGRESP with a body; types that are not acknowledgements. */
    packet = packet_of(MQTT_PACKET_TYPE_PINGRESP, BYTES(0));
    assert_int_equal(MQTT_DeserializeAck(&packet, NULL, NULL), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_PUBLISH, BYTES(0, 1));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, &present), MQTTBadResponse);
    packet = packet_of(MQTT_PACKET_TYPE_CONNECT, BYTES(0, 1));
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, &present), MQTTBadResponse);
    assert_int_equal(MQTT_DeserializeAck(NULL, &id, &present), MQTTBadParameter);
    packet.pRemainingData = NULL;
    assert_int_equal(MQTT_DeserializeAck(&packet, &id, &present), MQTTBadParameter);
}

static void fixed_header_reads_from_transport_byte_by_byte(void **state)
{
    MQTTPacketInfo_t packet;
    (void)state;

    mock_reset();
    mock_feed(BYTES(0x90, 0x80, 0x01, 0xAA));
    assert_int_equal(MQTT_GetIncomingPacketTypeAndLength(mock_recv, &mockNetwork, &packet),
                     MQTTSuccess);
    assert_int_equal(packet.type, 0x90U);
    assert_int_equal(packet.remainingLength, 128U);
    assert_int_equal(mock_pending(), 1U); /* the body is left for the caller */

    mock_reset();
    assert_int_equal(MQTT_GetIncomingPacketTypeAndLength(mock_recv, &mockNetwork, &packet),
                     MQTTNoDataAvailable);
    mock_feed(BYTES(0x30, 0x80));
    assert_int_equal(MQTT_GetIncomingPacketTypeAndLength(mock_recv, &mockNetwork, &packet),
                     MQTTBadResponse);
    mock_feed(BYTES(0x10, 0x00));
    assert_int_equal(MQTT_GetIncomingPacketTypeAndLength(mock_recv, &mockNetwork, &packet),
                     MQTTBadResponse);
    mockNetwork.recvResult = -1;
    assert_int_equal(MQTT_GetIncomingPacketTypeAndLength(mock_recv, &mockNetwork, &packet),
                     MQTTRecvFailed);
    assert_int_equal(MQTT_GetIncomingPacketTypeAndLength(NULL, &mockNetwork, &packet),
                     MQTTBadParameter);
}

static void topic_matching_follows_wildcard_rules(void **state)
{
    static const struct
    {
        const char *pName;
        const char *pFilter;
        bool match;
    } cases[] = {
        {"a/b", "a/b", true},    {"a/b", "a/c", false},    {"a/b", "a/+", true},
        {"a/b/c", "a/+", false}, {"a", "a/+", false},      {"a/b/c", "a/#", true},
        {"a", "a/#", true},      {"a/", "a/#", true},      {"a/b", "#", true},
        {"a//b", "a/+/b", true}, {"/x", "+/+", true},      {"/x", "+", false},
        {"$SYS/x", "#", false},  {"$SYS/x", "+/x", false}, {"$SYS/x", "$SYS/#", true},
        {"a/b", "a/b/", false},  {"ab", "a+", false},      {"ab", "a#", false},
        {"a/b", "#/b", false},   {"a/b", "a/b+", false},   {"a", "ab", false},
        {"abc", "ab", false},    {"a/b", "+/+/#", true},   {"a/b/c/d", "a/+/c/#", true},
    };
    size_t i;
    bool match = false;
    (void)state;

    for (i = 0U; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        assert_int_equal(MQTT_MatchTopic(cases[i].pName, (uint16_t)strlen(cases[i].pName),
                                         cases[i].pFilter, (uint16_t)strlen(cases[i].pFilter),
                                         &match),
                         MQTTSuccess);
        if (match != cases[i].match)
        {
            fail_msg("'%s' vs '%s': expected %d", cases[i].pName, cases[i].pFilter,
                     (int)cases[i].match);
        }
    }
    assert_int_equal(MQTT_MatchTopic("a", 0U, "a", 1U, &match), MQTTBadParameter);
    assert_int_equal(MQTT_MatchTopic(NULL, 1U, "a", 1U, &match), MQTTBadParameter);
    assert_int_equal(MQTT_MatchTopic("a", 1U, "a", 1U, NULL), MQTTBadParameter);
}

static void suback_codes_and_names_are_reported(void **state)
{
    MQTTPacketInfo_t packet = packet_of(MQTT_PACKET_TYPE_SUBACK, BYTES(0, 1, 0, 0x80));
    uint8_t *pCodes = NULL;
    size_t count = 0U;
    (void)state;

    assert_int_equal(MQTT_GetSubAckStatusCodes(&packet, &pCodes, &count), MQTTSuccess);
    assert_bytes(pCodes, count, BYTES(0, 0x80));
    packet.type = MQTT_PACKET_TYPE_UNSUBACK;
    assert_int_equal(MQTT_GetSubAckStatusCodes(&packet, &pCodes, &count), MQTTBadParameter);
    packet = packet_of(MQTT_PACKET_TYPE_SUBACK, BYTES(0, 1));
    assert_int_equal(MQTT_GetSubAckStatusCodes(&packet, &pCodes, &count), MQTTBadParameter);

    assert_string_equal(MQTT_Status_strerror(MQTTSuccess), "MQTTSuccess");
    assert_string_equal(MQTT_Status_strerror(MQTTNeedMoreBytes), "MQTTNeedMoreBytes");
    assert_string_equal(MQTT_Status_strerror(MQTTServerDisconnected), "MQTTServerDisconnected");
    assert_string_equal(MQTT_Status_strerror((MQTTStatus_t)99), "Invalid status code!");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(connect_packet_matches_specification),
        cmocka_unit_test(connect_without_options_is_minimal),
        cmocka_unit_test(connect_rejects_invalid_arguments),
        cmocka_unit_test(subscribe_and_unsubscribe_packets_match_specification),
        cmocka_unit_test(subscribe_rejects_invalid_arguments),
        cmocka_unit_test(publish_packets_match_specification),
        cmocka_unit_test(publish_rejects_invalid_arguments),
        cmocka_unit_test(acknowledgements_and_short_packets_match_specification),
        cmocka_unit_test(remaining_length_decodes_at_every_boundary),
        cmocka_unit_test(malformed_remaining_length_is_rejected),
        cmocka_unit_test(packet_types_a_client_never_receives_are_rejected),
        cmocka_unit_test(publish_deserializes),
        cmocka_unit_test(malformed_publish_is_rejected),
        cmocka_unit_test(acknowledgements_deserialize),
        cmocka_unit_test(malformed_acknowledgements_are_rejected),
        cmocka_unit_test(fixed_header_reads_from_transport_byte_by_byte),
        cmocka_unit_test(topic_matching_follows_wildcard_rules),
        cmocka_unit_test(suback_codes_and_names_are_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
