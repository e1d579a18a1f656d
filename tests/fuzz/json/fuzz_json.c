/*
 * fuzz_json.c: libFuzzer target for libs/json (built with ASan+UBSan by
 * tern_add_fuzz_target). Each input is used three ways:
 *   - as a document: JSON_Validate must agree with the independent reference validator,
 *     every proper prefix of a valid document must be JSONPartial or JSONSuccess, and
 *     JSON_Iterate / JSON_Count / JSON_Search must stay inside the buffer and agree with
 *     each other and with the validator;
 *   - as "query length, query, document" for JSON_SearchConst and JSON_Count;
 *   - as a program of writer calls, whose output, when complete, must validate and read
 *     back, at every buffer size up to the needed one.
 * Any disagreement calls abort(), which libFuzzer reports as a crash.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_json.h"
#include "json_reference.h"
#include "json_writer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(condition)                                                                           \
    do                                                                                             \
    {                                                                                              \
        if (!(condition))                                                                          \
        {                                                                                          \
            fprintf(stderr, "fuzz_json: %s:%d: %s\n", __FILE__, __LINE__, #condition);             \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static bool inside(const char *buf, size_t max, const char *p, size_t length)
{
    return p >= buf && length <= max && (size_t)(p - buf) <= max - length;
}

/* A found value must itself be well-formed when the document was. */
static void check_value_alone(const char *value, size_t length, JSONTypes_t type)
{
    if (type == JSONString)
    {
        static char copy[1 << 16];
        if (length + 2 > sizeof copy)
        {
            return;
        }
        copy[0] = '"';
        memcpy(copy + 1, value, length);
        copy[length + 1] = '"';
        CHECK(JSON_Validate(copy, length + 2) == JSONSuccess);
    }
    else
    {
        CHECK(JSON_Validate(value, length) == JSONSuccess);
    }
}

static void as_document(const char *buf, size_t max)
{
    JSONStatus_t st = JSON_Validate(buf, max);
    JSONStatus_t want = reference_validate(buf, max, JSON_MAX_DEPTH, false);
    size_t start = 0, next = 0, members = 0, count = 0, rounds = 0;
    JSONPair_t pair;
    JSONStatus_t it, counted;

    CHECK(st == want);
    if (st == JSONSuccess && max > 1 && max < 4096)
    {
        size_t cut;
        for (cut = 1; cut < max; cut++)
        {
            JSONStatus_t prefix = JSON_Validate(buf, cut);
            CHECK(prefix == JSONPartial || prefix == JSONSuccess);
        }
    }

    /* Iterate the top-level collection and count it: they must agree. */
    do
    {
        it = JSON_Iterate(buf, max, &start, &next, &pair);
        if (it == JSONSuccess)
        {
            CHECK(inside(buf, max, pair.value, pair.valueLength));
            CHECK(pair.key == NULL || inside(buf, max, pair.key, pair.keyLength));
            if (st == JSONSuccess)
            {
                check_value_alone(pair.value, pair.valueLength, pair.jsonType);
            }
            members++;
        }
        rounds++;
        CHECK(rounds <= max + 1);
    } while (it == JSONSuccess);
    counted = JSON_Count(buf, max, NULL, 0, &count);
    if (st == JSONSuccess)
    {
        CHECK(counted == JSONSuccess || counted == JSONNotFound);
        if (counted == JSONSuccess)
        {
            CHECK(it == JSONNotFound);
            CHECK(count == members);
        }
        else
        {
            CHECK(it == JSONIllegalDocument); /* a scalar document */
        }
    }
    if (counted == JSONSuccess)
    {
        CHECK(it == JSONNotFound && count == members);
    }

    /* The first member found by iteration is found by search too. */
    if (st == JSONSuccess && members > 0)
    {
        const char *value;
        size_t length;
        JSONTypes_t type;
        start = 0;
        next = 0;
        CHECK(JSON_Iterate(buf, max, &start, &next, &pair) == JSONSuccess);
        if (pair.key == NULL)
        {
            CHECK(JSON_SearchConst(buf, max, "[0]", 3, &value, &length, &type) == JSONSuccess);
            CHECK(value == pair.value && length == pair.valueLength && type == pair.jsonType);
        }
        else if (pair.keyLength > 0 && memchr(pair.key, '\\', pair.keyLength) == NULL &&
                 memchr(pair.key, JSON_QUERY_KEY_SEPARATOR, pair.keyLength) == NULL &&
                 memchr(pair.key, '[', pair.keyLength) == NULL)
        {
            CHECK(JSON_SearchConst(buf, max, pair.key, pair.keyLength, &value, &length, &type) ==
                  JSONSuccess);
            CHECK(value == pair.value && length == pair.valueLength && type == pair.jsonType);
        }
    }
}

static void as_query_and_document(const uint8_t *data, size_t size)
{
    size_t query_length, max, count = 0;
    const char *query, *buf, *value = NULL;
    size_t length = 0;
    JSONTypes_t type = JSONInvalid;
    JSONStatus_t st;

    if (size < 2)
    {
        return;
    }
    query_length = data[0] % 24u;
    if (query_length + 1 > size)
    {
        return;
    }
    query = (const char *)data + 1;
    buf = query + query_length;
    max = size - 1 - query_length;
    if (max == 0)
    {
        return;
    }
    st = JSON_SearchConst(buf, max, query, query_length, &value, &length, &type);
    CHECK(st == JSONSuccess || st == JSONNotFound || st == JSONBadParameter);
    if (st == JSONSuccess)
    {
        CHECK(inside(buf, max, value, length));
        CHECK(type != JSONInvalid);
        if (JSON_Validate(buf, max) == JSONSuccess)
        {
            check_value_alone(value, length, type);
        }
    }
    st = JSON_Count(buf, max, query, query_length, &count);
    CHECK(st != JSONNullParameter);
    if (st == JSONSuccess)
    {
        CHECK(count <= max);
    }
}

/* Replays data as writer calls into a buffer of `size` bytes. */
static JSONWriterStatus_t write_program(const uint8_t *data, size_t n, char *out, size_t size,
                                        size_t *length)
{
    JSONWriter_t w;
    size_t pc = 0;

    JSONWriter_Init(&w, out, size);
    while (pc < n)
    {
        uint8_t op = data[pc++];
        size_t arg = (pc < n) ? data[pc] : 0;
        size_t text = (arg % 8u < n - pc) ? arg % 8u : n - pc;
        switch (op % 12u)
        {
            case 0:
                JSONWriter_BeginObject(&w);
                break;
            case 1:
                JSONWriter_BeginArray(&w);
                break;
            case 2:
                JSONWriter_EndObject(&w);
                break;
            case 3:
                JSONWriter_EndArray(&w);
                break;
            case 4:
                JSONWriter_Key(&w, (const char *)data + pc, text);
                pc += text;
                break;
            case 5:
                JSONWriter_String(&w, (const char *)data + pc, text);
                pc += text;
                break;
            case 6:
                JSONWriter_Int(&w, (int64_t)(arg * 0x9E3779B97F4A7C15ull));
                pc++;
                break;
            case 7:
                JSONWriter_Uint(&w, (uint64_t)arg << (arg % 56u));
                pc++;
                break;
            case 8:
                JSONWriter_Decimal(&w, (int64_t)arg - 128, (unsigned)(arg % 21u));
                pc++;
                break;
            case 9:
                JSONWriter_Bool(&w, (arg & 1u) != 0);
                break;
            case 10:
                JSONWriter_Null(&w);
                break;
            default:
                JSONWriter_Raw(&w, (const char *)data + pc, text);
                pc += text;
                break;
        }
    }
    return JSONWriter_Finish(&w, length);
}

static void as_writer_program(const uint8_t *data, size_t size)
{
    static char full[1 << 16];
    static char part[1 << 16];
    size_t length = 0, cut;
    JSONWriterStatus_t st = write_program(data, size, full, sizeof full, &length);

    if (st != JSONWriterSuccess)
    {
        CHECK(st != JSONWriterNullParameter);
        return;
    }
    CHECK(length <= sizeof full);
    CHECK(JSON_Validate(full, length) == JSONSuccess);
    CHECK(reference_validate(full, length, JSON_MAX_DEPTH, false) == JSONSuccess);
    /* Smaller buffers: overflow, the right length, and a prefix of the same document. */
    for (cut = 0; cut < length && cut < 64; cut++)
    {
        size_t needed = 0;
        memset(part, 0x5A, length);
        CHECK(write_program(data, size, part, cut, &needed) == JSONWriterOverflow);
        CHECK(needed == length);
        CHECK(memcmp(part, full, cut) == 0);
        CHECK((unsigned char)part[cut] == 0x5A); /* nothing written past the buffer */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A private copy of exactly `size` bytes: ASan reports any read past it. */
    char *buf = malloc(size ? size : 1);
    if (buf == NULL)
    {
        return 0;
    }
    memcpy(buf, data, size);
    if (size > 0)
    {
        as_document(buf, size);
    }
    as_query_and_document(data, size);
    as_writer_program(data, size);
    free(buf);
    return 0;
}
