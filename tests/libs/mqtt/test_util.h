/* Shared helpers for the MQTT unit tests: cmocka headers and byte-array shorthands. */
#ifndef MQTT_TEST_UTIL_H
#define MQTT_TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

/* The bytes of a literal array, and their count. */
#define BYTES(...) ((const uint8_t[]){__VA_ARGS__}), sizeof((const uint8_t[]){__VA_ARGS__})

/*
 * Asserts that memory at `actual` (actualLength bytes) equals the expected bytes, given as a
 * pointer and a length or as BYTES(...).
 */
#define assert_bytes(actual, actualLength, ...) assert_bytes_n(actual, actualLength, __VA_ARGS__)
#define assert_bytes_n(actual, actualLength, expected, expectedLength)                             \
    do                                                                                             \
    {                                                                                              \
        assert_int_equal((actualLength), (expectedLength));                                        \
        assert_memory_equal((actual), (expected), (expectedLength));                               \
    } while (0)

#endif
