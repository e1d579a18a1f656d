#!/usr/bin/env python3
"""Writes the seed corpus of mqtt_fuzz: one file per interesting input. Byte 0 is the mode
(0 decoders, 1 MQTT 3.1.1 receive path, 2 MQTT 5), byte 1 the chunk size / 4, byte 2 the
network buffer size / 4 (see fuzz_mqtt.c)."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def packet(first, body):
    return bytes([first]) + varint(len(body)) + body


def string(s):
    return len(s).to_bytes(2, "big") + s


def props(*items):
    body = b"".join(items)
    return varint(len(body)) + body


SEEDS = {
    # Decoders.
    "dec_publish_qos1": (0, 255, 255, packet(0x32, string(b"a/b") + b"\x00\x07" + b"hello")),
    "dec_connack": (0, 255, 255, packet(0x20, b"\x01\x00")),
    "dec_suback": (0, 255, 255, packet(0x90, b"\x00\x01\x00\x01\x02\x80")),
    "dec_bad_length": (0, 255, 255, b"\x30\xff\xff\xff\xff\x01"),
    "dec_props_connack": (0, 255, 255, props(b"\x21\x00\x05", b"\x24\x01", b"\x12" + string(b"id"),
                                             b"\x26" + string(b"k") + string(b"v"))),
    # MQTT 3.1.1 receive path.
    "v3_publishes": (1, 255, 255, packet(0x30, string(b"t") + b"x") +
                     packet(0x32, string(b"t") + b"\x00\x05y") +
                     packet(0x34, string(b"t") + b"\x00\x06z") + packet(0x62, b"\x00\x06")),
    "v3_acks": (1, 255, 255, packet(0x50, b"\x00\x01") + packet(0x70, b"\x00\x01") +
                packet(0x40, b"\x00\x02") + packet(0xD0, b"") + packet(0xB0, b"\x00\x09")),
    "v3_bytewise": (1, 0, 255, packet(0x32, string(b"slow") + b"\x00\x09" + b"data") +
                    packet(0x90, b"\x00\x03\x01")),
    "v3_oversize": (1, 8, 8, packet(0x32, string(b"big") + b"\x00\x0a" + bytes(range(200))) +
                    packet(0xD0, b"")),
    "v3_header_too_long": (1, 4, 2, packet(0x32, string(b"x" * 80) + b"\x00\x0b" + b"p") +
                           packet(0x30, string(b"k") + b"ok")),
    "v3_duplicate_qos2": (1, 255, 255, packet(0x34, string(b"d") + b"\x00\x07p") +
                          packet(0x3C, string(b"d") + b"\x00\x07p") + packet(0x62, b"\x00\x07")),
    "v3_garbage": (1, 255, 255, b"\x10\x00\xe0\x00\x36\x03\x00\x01a"),
    # A PINGRESP whose empty remainder ends the 16-byte buffer exactly.
    "v3_empty_packet_ends_buffer": (1, 255, 0, packet(0x30, string(b"t") + b"123456789") +
                                    packet(0xD0, b"")),
    # MQTT 5 receive path.
    "v5_publish_props": (2, 255, 255, packet(0x32, string(b"t") + b"\x00\x05" +
                                              props(b"\x23\x00\x01", b"\x0b\x03", b"\x0b\x07",
                                                    b"\x03" + string(b"text/plain"),
                                                    b"\x26" + string(b"k") + string(b"v")) +
                                              b"payload") +
                         packet(0x30, b"\x00\x00" + props(b"\x23\x00\x01") + b"alias")),
    "v5_acks_reasons": (2, 255, 255, packet(0x50, b"\x00\x01\x97") +
                        packet(0x40, b"\x00\x02\x10" + props(b"\x1f" + string(b"why"))) +
                        packet(0x90, b"\x00\x03" + props() + b"\x01\x87") +
                        packet(0xB0, b"\x00\x04" + props() + b"\x11")),
    "v5_disconnect": (2, 255, 255, packet(0xE0, b"\x8b" + props(b"\x1f" + string(b"bye")))),
    "v5_auth": (2, 255, 255, packet(0xF0, b"\x18" + props(b"\x15" + string(b"M"),
                                                          b"\x16" + string(b"cc")))),
    "v5_oversize_props": (2, 16, 10, packet(0x32, string(b"big") + b"\x00\x0a" +
                                            props(b"\x26" + string(b"k" * 30) + string(b"v" * 30)) +
                                            bytes(300)) + packet(0xD0, b"")),
    "v5_receive_maximum": (2, 255, 255, b"".join(packet(0x34, string(b"q") + bytes([0, i]) +
                                                        props() + b"m") for i in range(1, 6))),
}

os.makedirs(HERE, exist_ok=True)
for name, (mode, chunk, size, data) in SEEDS.items():
    with open(os.path.join(HERE, "seed_" + name), "wb") as f:
        f.write(bytes([mode, chunk, size]) + data)
