/*
 * test_json_writer.c: the JSON writer: exact output of every kind of item, escaping, every
 * misuse and its status, overflow at every byte position into a buffer that ends at an
 * inaccessible page, and round trips writer -> JSON_Validate -> JSON_Search / JSON_Count.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_json.h"
#include "json_guarded.h"
#include "json_reference.h"
#include "json_test_util.h"
#include "json_writer.h"

static char out[4096];

#define KEY(w, k) JSONWriter_Key(w, k, strlen(k))
#define STR(w, s) JSONWriter_String(w, s, strlen(s))

/* Checks that the writer finished with exactly `want` in the buffer, and that it is valid. */
static void expect_output(const JSONWriter_t *w, const char *want)
{
    size_t length = 0;
    JSONWriterStatus_t st = JSONWriter_Finish(w, &length);
    if (st != JSONWriterSuccess)
    {
        fail_msg("Finish: %s", JSONWriter_strerror(st));
    }
    if (length != strlen(want) || memcmp(out, want, length) != 0)
    {
        fail_msg("wrote \"%.*s\", want \"%s\"", (int)length, out, want);
    }
    assert_int_equal(JSON_Validate(out, length), JSONSuccess);
}

static void writes_a_shadow_update(void **state)
{
    JSONWriter_t w;
    (void)state;
    assert_int_equal(JSONWriter_Init(&w, out, sizeof out), JSONWriterSuccess);
    JSONWriter_BeginObject(&w);
    KEY(&w, "state");
    JSONWriter_BeginObject(&w);
    KEY(&w, "reported");
    JSONWriter_BeginObject(&w);
    KEY(&w, "temperature");
    JSONWriter_Decimal(&w, 2375, 2);
    KEY(&w, "on");
    JSONWriter_Bool(&w, true);
    KEY(&w, "mode");
    STR(&w, "eco");
    KEY(&w, "errors");
    JSONWriter_BeginArray(&w);
    JSONWriter_EndArray(&w);
    KEY(&w, "last");
    JSONWriter_Null(&w);
    JSONWriter_EndObject(&w);
    JSONWriter_EndObject(&w);
    KEY(&w, "clientToken");
    STR(&w, "t-1");
    KEY(&w, "version");
    JSONWriter_Uint(&w, 42);
    assert_int_equal(JSONWriter_EndObject(&w), JSONWriterSuccess);
    expect_output(&w, "{\"state\":{\"reported\":{\"temperature\":23.75,\"on\":true,\"mode\":"
                      "\"eco\",\"errors\":[],\"last\":null}},\"clientToken\":\"t-1\","
                      "\"version\":42}");
}

static void writes_each_kind_of_value_at_top_level(void **state)
{
    JSONWriter_t w;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_Int(&w, -12);
    expect_output(&w, "-12");
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_Bool(&w, false);
    expect_output(&w, "false");
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_Null(&w);
    expect_output(&w, "null");
    JSONWriter_Init(&w, out, sizeof out);
    STR(&w, "");
    expect_output(&w, "\"\"");
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginArray(&w);
    JSONWriter_Int(&w, 1);
    JSONWriter_BeginArray(&w);
    JSONWriter_EndArray(&w);
    JSONWriter_BeginObject(&w);
    JSONWriter_EndObject(&w);
    STR(&w, "x");
    JSONWriter_Raw(&w, " {\"r\": [1, 2]} ", 15);
    JSONWriter_EndArray(&w);
    expect_output(&w, "[1,[],{},\"x\", {\"r\": [1, 2]} ]");
}

static void integers_cover_the_full_range(void **state)
{
    static const struct
    {
        int64_t value;
        const char *text;
    } ints[] = {
        {0, "0"},
        {-1, "-1"},
        {9, "9"},
        {10, "10"},
        {4294967295, "4294967295"},
        {4294967296, "4294967296"},
        {-4294967296, "-4294967296"},
        {INT64_MAX, "9223372036854775807"},
        {INT64_MIN, "-9223372036854775808"},
    };
    size_t k;
    JSONWriter_t w;
    (void)state;
    for (k = 0; k < sizeof ints / sizeof ints[0]; k++)
    {
        JSONWriter_Init(&w, out, sizeof out);
        JSONWriter_Int(&w, ints[k].value);
        expect_output(&w, ints[k].text);
    }
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_Uint(&w, UINT64_MAX);
    expect_output(&w, "18446744073709551615");
}

static void decimals_are_exact(void **state)
{
    static const struct
    {
        int64_t value;
        unsigned digits;
        const char *text;
    } decimals[] = {
        {2375, 2, "23.75"},
        {-5, 3, "-0.005"},
        {0, 2, "0.00"},
        {7, 0, "7"},
        {-7, 0, "-7"},
        {100, 2, "1.00"},
        {1, 1, "0.1"},
        {-10, 1, "-1.0"},
        {1, 19, "0.0000000000000000001"},
        {INT64_MIN, 19, "-0.9223372036854775808"},
        {INT64_MAX, 3, "9223372036854775.807"},
    };
    size_t k;
    JSONWriter_t w;
    (void)state;
    for (k = 0; k < sizeof decimals / sizeof decimals[0]; k++)
    {
        JSONWriter_Init(&w, out, sizeof out);
        JSONWriter_Decimal(&w, decimals[k].value, decimals[k].digits);
        expect_output(&w, decimals[k].text);
    }
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(JSONWriter_Decimal(&w, 1, JSON_WRITER_MAX_FRACTION_DIGITS + 1),
                     JSONWriterBadParameter);
    assert_int_equal(JSONWriter_Finish(&w, NULL), JSONWriterBadParameter);
}

static void strings_are_escaped(void **state)
{
    char all_controls[32];
    char want[512];
    size_t k, n = 0;
    JSONWriter_t w;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    STR(&w, "q\" b\\ s/ del\x7f caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
    expect_output(&w, "\"q\\\" b\\\\ s/ del\x7f caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
    for (k = 0; k < 32; k++)
    {
        all_controls[k] = (char)k;
    }
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_String(&w, all_controls, 32);
    want[n++] = '"';
    for (k = 0; k < 32; k++)
    {
        static const char *const shorts[] = {
            [8] = "\\b", [9] = "\\t", [10] = "\\n", [12] = "\\f", [13] = "\\r"};
        if (k < 14 && shorts[k] != NULL)
        {
            n += (size_t)sprintf(want + n, "%s", shorts[k]);
        }
        else
        {
            n += (size_t)sprintf(want + n, "\\u%04zx", k);
        }
    }
    want[n++] = '"';
    want[n] = '\0';
    expect_output(&w, want);
    /* Keys are escaped the same way. */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    JSONWriter_Key(&w, "a\"\n\0", 4);
    JSONWriter_Int(&w, 1);
    JSONWriter_EndObject(&w);
    expect_output(&w, "{\"a\\\"\\n\\u0000\":1}");
}

static void invalid_utf8_is_refused(void **state)
{
    static const char *const bad[] = {
        "\x80", "\xc3",       "\xc3\x41", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
        "\xff", "ok\xe2\x82",
    };
    size_t k;
    JSONWriter_t w;
    (void)state;
    for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    {
        JSONWriter_Init(&w, out, sizeof out);
        assert_int_equal(STR(&w, bad[k]), JSONWriterBadParameter);
        JSONWriter_Init(&w, out, sizeof out);
        JSONWriter_BeginObject(&w);
        assert_int_equal(KEY(&w, bad[k]), JSONWriterBadParameter);
    }
}

static void raw_values_must_be_one_valid_value(void **state)
{
    static const char *const bad[] = {"", " ", "{", "[1,]", "1 2", "\"\\x\"", "{}}", "tru"};
    size_t k;
    JSONWriter_t w;
    (void)state;
    for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    {
        JSONWriter_Init(&w, out, sizeof out);
        size_t length = 99;
        assert_int_equal(JSONWriter_Raw(&w, bad[k], strlen(bad[k])), JSONWriterBadParameter);
        assert_int_equal(JSONWriter_Finish(&w, &length), JSONWriterBadParameter);
        assert_int_equal(length, 0); /* nothing written */
    }
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(JSONWriter_Raw(&w, NULL, 1), JSONWriterNullParameter);
    /* A raw value may not push the document past JSON_MAX_DEPTH. */
    JSONWriter_Init(&w, out, sizeof out);
    for (k = 0; k + 1 < JSON_MAX_DEPTH; k++)
    {
        JSONWriter_BeginArray(&w);
    }
    assert_int_equal(JSONWriter_Raw(&w, "[[1]]", 5), JSONWriterBadParameter);
    JSONWriter_Init(&w, out, sizeof out);
    for (k = 0; k + 1 < JSON_MAX_DEPTH; k++)
    {
        JSONWriter_BeginArray(&w);
    }
    assert_int_equal(JSONWriter_Raw(&w, "[1]", 3), JSONWriterSuccess);
}

static void misuse_is_a_bad_sequence(void **state)
{
    JSONWriter_t w;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(KEY(&w, "a"), JSONWriterBadSequence); /* a key at top level */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginArray(&w);
    assert_int_equal(KEY(&w, "a"), JSONWriterBadSequence); /* a key in an array */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    assert_int_equal(JSONWriter_Int(&w, 1), JSONWriterBadSequence); /* a value without key */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    KEY(&w, "a");
    assert_int_equal(KEY(&w, "b"), JSONWriterBadSequence); /* two keys */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    KEY(&w, "a");
    assert_int_equal(JSONWriter_EndObject(&w), JSONWriterBadSequence); /* key, no value */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    assert_int_equal(JSONWriter_EndArray(&w), JSONWriterBadSequence); /* wrong bracket */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginArray(&w);
    assert_int_equal(JSONWriter_EndObject(&w), JSONWriterBadSequence);
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(JSONWriter_EndArray(&w), JSONWriterBadSequence); /* nothing open */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_Int(&w, 1);
    assert_int_equal(JSONWriter_Int(&w, 2), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Uint(&w, 2), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Bool(&w, true), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Null(&w), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_BeginObject(&w), JSONWriterBadSequence); /* a second document */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginArray(&w);
    JSONWriter_EndArray(&w);
    assert_int_equal(JSONWriter_BeginObject(&w), JSONWriterBadSequence);
}

static void errors_are_sticky(void **state)
{
    JSONWriter_t w;
    size_t length;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginArray(&w);
    JSONWriter_Int(&w, 1);
    assert_int_equal(KEY(&w, "a"), JSONWriterBadSequence);
    JSONWriter_Finish(&w, &length);
    /* Later calls, even valid ones, do nothing and repeat the error. */
    assert_int_equal(JSONWriter_Int(&w, 2), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Uint(&w, 2), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Bool(&w, true), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Null(&w), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_BeginObject(&w), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_EndArray(&w), JSONWriterBadSequence);
    assert_int_equal(STR(&w, "x"), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Raw(&w, "1", 1), JSONWriterBadSequence);
    assert_int_equal(JSONWriter_Decimal(&w, 1, 99), JSONWriterBadSequence);
    {
        size_t after = 0;
        assert_int_equal(JSONWriter_Finish(&w, &after), JSONWriterBadSequence);
        assert_int_equal(after, length);
    }
}

static void nesting_is_limited(void **state)
{
    JSONWriter_t w;
    size_t k;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        assert_int_equal(JSONWriter_BeginArray(&w), JSONWriterSuccess);
    }
    assert_int_equal(JSONWriter_BeginObject(&w), JSONWriterMaxDepthExceeded);
    assert_int_equal(JSONWriter_EndArray(&w), JSONWriterMaxDepthExceeded);
    /* Objects and arrays alternate correctly across the byte boundaries of the bit stack. */
    JSONWriter_Init(&w, out, sizeof out);
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        if (k % 3 == 0)
        {
            JSONWriter_BeginArray(&w);
        }
        else
        {
            JSONWriter_BeginObject(&w);
            KEY(&w, "k");
        }
    }
    if ((JSON_MAX_DEPTH - 1) % 3 != 0)
    {
        JSONWriter_Null(&w); /* the innermost object's key needs a value */
    }
    for (k = JSON_MAX_DEPTH; k-- > 0;)
    {
        assert_int_equal((k % 3 == 0) ? JSONWriter_EndArray(&w) : JSONWriter_EndObject(&w),
                         JSONWriterSuccess);
    }
    assert_int_equal(JSONWriter_Finish(&w, NULL), JSONWriterSuccess);
    assert_int_equal(JSON_Validate(out, w.length), JSONSuccess);
}

static void finish_reports_incomplete_documents(void **state)
{
    JSONWriter_t w;
    size_t length = 99;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(JSONWriter_Finish(&w, &length), JSONWriterIncomplete);
    assert_int_equal(length, 0);
    JSONWriter_BeginObject(&w);
    assert_int_equal(JSONWriter_Finish(&w, &length), JSONWriterIncomplete);
    assert_int_equal(length, 1);
    JSONWriter_EndObject(&w);
    assert_int_equal(JSONWriter_Finish(&w, &length), JSONWriterSuccess);
    assert_int_equal(length, 2);
}

static void null_parameters(void **state)
{
    JSONWriter_t w;
    (void)state;
    assert_int_equal(JSONWriter_Init(NULL, out, 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_BeginObject(NULL), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_EndObject(NULL), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_BeginArray(NULL), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_EndArray(NULL), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Key(NULL, "a", 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_String(NULL, "a", 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Int(NULL, 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Uint(NULL, 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Decimal(NULL, 1, 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Bool(NULL, true), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Null(NULL), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Raw(NULL, "1", 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Finish(NULL, NULL), JSONWriterNullParameter);
    /* A NULL buffer with a size: the writer refuses everything. */
    assert_int_equal(JSONWriter_Init(&w, NULL, 8), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Int(&w, 1), JSONWriterNullParameter);
    assert_int_equal(JSONWriter_Finish(&w, NULL), JSONWriterNullParameter);
    /* NULL text is fine only when empty. */
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    assert_int_equal(JSONWriter_Key(&w, NULL, 0), JSONWriterSuccess);
    assert_int_equal(JSONWriter_String(&w, NULL, 0), JSONWriterSuccess);
    JSONWriter_EndObject(&w);
    expect_output(&w, "{\"\":\"\"}");
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(JSONWriter_String(&w, NULL, 1), JSONWriterNullParameter);
    JSONWriter_Init(&w, out, sizeof out);
    JSONWriter_BeginObject(&w);
    assert_int_equal(JSONWriter_Key(&w, NULL, 1), JSONWriterNullParameter);
}

static void every_status_has_a_name(void **state)
{
    (void)state;
    assert_string_equal(JSONWriter_strerror(JSONWriterSuccess), "JSONWriterSuccess");
    assert_string_equal(JSONWriter_strerror(JSONWriterOverflow), "JSONWriterOverflow");
    assert_string_equal(JSONWriter_strerror(JSONWriterNullParameter), "JSONWriterNullParameter");
    assert_string_equal(JSONWriter_strerror(JSONWriterBadParameter), "JSONWriterBadParameter");
    assert_string_equal(JSONWriter_strerror(JSONWriterBadSequence), "JSONWriterBadSequence");
    assert_string_equal(JSONWriter_strerror(JSONWriterMaxDepthExceeded),
                        "JSONWriterMaxDepthExceeded");
    assert_string_equal(JSONWriter_strerror(JSONWriterIncomplete), "JSONWriterIncomplete");
    assert_string_equal(JSONWriter_strerror((JSONWriterStatus_t)77), "JSONWriterUnknownStatus");
}

/* Writes a document exercising every item kind; used at every buffer size. */
static JSONWriterStatus_t write_sample(JSONWriter_t *w)
{
    JSONWriter_BeginObject(w);
    KEY(w, "id");
    JSONWriter_Int(w, -9007199254740993);
    KEY(w, "name\t");
    STR(w, "caf\xc3\xa9 \"\\\x01");
    KEY(w, "vals");
    JSONWriter_BeginArray(w);
    JSONWriter_Decimal(w, -125, 3);
    JSONWriter_Uint(w, 18446744073709551615u);
    JSONWriter_Bool(w, true);
    JSONWriter_Bool(w, false);
    JSONWriter_Null(w);
    JSONWriter_Raw(w, "{\"r\":[1]}", 9);
    JSONWriter_BeginObject(w);
    JSONWriter_EndObject(w);
    JSONWriter_EndArray(w);
    return JSONWriter_EndObject(w);
}

static void overflow_at_every_byte_never_writes_past_the_buffer(void **state)
{
    JSONWriter_t w;
    size_t full = 0, size;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(write_sample(&w), JSONWriterSuccess);
    assert_int_equal(JSONWriter_Finish(&w, &full), JSONWriterSuccess);
    assert_int_equal(JSON_Validate(out, full), JSONSuccess);
    /* Measuring only: no buffer at all. */
    JSONWriter_Init(&w, NULL, 0);
    assert_int_equal(write_sample(&w), JSONWriterOverflow);
    {
        size_t measured = 0;
        assert_int_equal(JSONWriter_Finish(&w, &measured), JSONWriterOverflow);
        assert_int_equal(measured, full);
    }
    for (size = 0; size <= full; size++)
    {
        guarded_t g = {0};
        /* A write one byte past the end hits the guard page and kills the test. */
        char *buf = guarded_copy(&g, out, size, false);
        size_t reported = 0;
        JSONWriterStatus_t st;
        memset(buf, '#', size);
        JSONWriter_Init(&w, buf, size);
        st = write_sample(&w);
        assert_int_equal(st, size < full ? JSONWriterOverflow : JSONWriterSuccess);
        assert_int_equal(JSONWriter_Finish(&w, &reported), st);
        assert_int_equal(reported, full);
        /* The buffer holds exactly the first `size` bytes of the document. */
        assert_memory_equal(buf, out, size);
        guarded_release(&g);
    }
}

static void overflow_then_misuse_reports_the_misuse(void **state)
{
    JSONWriter_t w;
    char small[2];
    (void)state;
    JSONWriter_Init(&w, small, sizeof small);
    JSONWriter_BeginArray(&w);
    assert_int_equal(STR(&w, "long string"), JSONWriterOverflow);
    assert_int_equal(KEY(&w, "k"), JSONWriterBadSequence);
}

static void round_trip_through_the_reader(void **state)
{
    JSONWriter_t w;
    size_t length = 0, n = 0;
    const char *value;
    size_t value_length;
    JSONTypes_t type;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(write_sample(&w), JSONWriterSuccess);
    assert_int_equal(JSONWriter_Finish(&w, &length), JSONWriterSuccess);
    assert_int_equal(JSON_Validate(out, length), JSONSuccess);
    assert_int_equal(JSON_SearchConst(out, length, "id", 2, &value, &value_length, &type),
                     JSONSuccess);
    assert_int_equal(type, JSONNumber);
    assert_memory_equal(value, "-9007199254740993", value_length);
    assert_int_equal(JSON_SearchConst(out, length, "name\\t", 6, &value, &value_length, &type),
                     JSONSuccess);
    assert_int_equal(type, JSONString);
    assert_int_equal(value_length, strlen("caf\xc3\xa9 \\\"\\\\\\u0001"));
    assert_memory_equal(value, "caf\xc3\xa9 \\\"\\\\\\u0001", value_length);
    assert_int_equal(JSON_SearchConst(out, length, "vals[0]", 7, &value, &value_length, &type),
                     JSONSuccess);
    assert_memory_equal(value, "-0.125", value_length);
    assert_int_equal(
        JSON_SearchConst(out, length, "vals[5].r[0]", 12, &value, &value_length, &type),
        JSONSuccess);
    assert_memory_equal(value, "1", value_length);
    assert_int_equal(JSON_Count(out, length, "vals", 4, &n), JSONSuccess);
    assert_int_equal(n, 7);
    assert_int_equal(JSON_Count(out, length, NULL, 0, &n), JSONSuccess);
    assert_int_equal(n, 3);
}

/*
 * Random documents built by the writer from random calls: mostly calls that fit the
 * document so far (tracked by a model in the test), now and then any call at all. Whatever
 * the writer completes must validate, agree with the reference validator, and give back
 * the first integer written into the top-level object at its path. Refusals must be the
 * misuse statuses.
 */
typedef struct
{
    bool object[JSON_MAX_DEPTH + 1]; /* what is open at each level */
    size_t depth;
    bool want_value; /* a key was written */
    bool done;
} model_t;

static unsigned pick_fitting_call(test_rng_t *rng, const model_t *m)
{
    /* 0 BeginObject, 1 BeginArray, 2 EndObject, 3 EndArray, 4 Key, 5.. values */
    if (m->depth > 0 && m->object[m->depth - 1] && !m->want_value)
    {
        return rng_below(rng, 3) ? 4 : 2;
    }
    if (m->depth > 0 && !m->want_value && rng_below(rng, 4) == 0)
    {
        return m->object[m->depth - 1] ? 2 : 3;
    }
    if (m->depth >= JSON_MAX_DEPTH - 1)
    {
        return 5 + rng_below(rng, 6);
    }
    return (rng_below(rng, 3) == 0) ? rng_below(rng, 2) : 5 + rng_below(rng, 6);
}

static void random_writer_documents_read_back(void **state)
{
    test_rng_t rng = {0x1234567887654321ull};
    unsigned round, completed = 0, refused = 0;
    (void)state;
    for (round = 0; round < 20000; round++)
    {
        JSONWriter_t w;
        model_t m = {{false}, 0, false, false};
        unsigned calls = 1 + rng_below(&rng, 60), k;
        size_t length = 0;
        int64_t first_int = 0;
        char path[16] = "";
        char last_key[16] = "";
        bool have_path = false, misused = false;
        JSONWriterStatus_t st = JSONWriterSuccess;

        JSONWriter_Init(&w, out, sizeof out);
        for (k = 0; k < calls && !m.done; k++)
        {
            unsigned call = pick_fitting_call(&rng, &m);
            if (rng_below(&rng, 200) == 0)
            {
                call = rng_below(&rng, 11); /* anything at all */
                misused = true;
            }
            switch (call)
            {
                case 0:
                case 1:
                    st = (call == 0) ? JSONWriter_BeginObject(&w) : JSONWriter_BeginArray(&w);
                    m.object[m.depth++] = (call == 0);
                    m.want_value = false;
                    break;
                case 2:
                case 3:
                    st = (call == 2) ? JSONWriter_EndObject(&w) : JSONWriter_EndArray(&w);
                    if (m.depth > 0)
                    {
                        m.depth--;
                    }
                    m.want_value = false;
                    m.done = (m.depth == 0);
                    break;
                case 4:
                    snprintf(last_key, sizeof last_key, "k%u", k);
                    st = KEY(&w, last_key);
                    m.want_value = true;
                    break;
                default:
                {
                    bool top_member = (m.depth == 1 && m.object[0] && m.want_value);
                    if (call == 5)
                    {
                        int64_t v = (int64_t)rng_next(&rng) - 2147483647;
                        st = JSONWriter_Int(&w, v);
                        if (top_member && !have_path && !misused)
                        {
                            have_path = true;
                            first_int = v;
                            snprintf(path, sizeof path, "%s", last_key);
                        }
                    }
                    else if (call == 6)
                    {
                        char text[16];
                        size_t n = rng_below(&rng, sizeof text), j;
                        for (j = 0; j < n; j++)
                        {
                            text[j] = (char)rng_below(&rng, 128);
                        }
                        st = JSONWriter_String(&w, text, n);
                    }
                    else if (call == 7)
                    {
                        st = JSONWriter_Decimal(&w, (int64_t)rng_next(&rng) * 7919,
                                                rng_below(&rng, 20));
                    }
                    else if (call == 8)
                    {
                        st = JSONWriter_Bool(&w, rng_below(&rng, 2));
                    }
                    else if (call == 9)
                    {
                        st = JSONWriter_Null(&w);
                    }
                    else
                    {
                        st = JSONWriter_Raw(&w, "[1,{\"a\":null}]", 14);
                    }
                    m.want_value = false;
                    m.done = (m.depth == 0);
                    break;
                }
            }
            if (!misused)
            {
                /* A call that fits the document is never refused. */
                assert_int_equal(st, JSONWriterSuccess);
            }
        }
        /* Close whatever the model says is open. */
        while (!misused && m.depth > 0)
        {
            if (m.want_value)
            {
                JSONWriter_Null(&w);
                m.want_value = false;
            }
            m.depth--;
            st = m.object[m.depth] ? JSONWriter_EndObject(&w) : JSONWriter_EndArray(&w);
            assert_int_equal(st, JSONWriterSuccess);
        }
        st = JSONWriter_Finish(&w, &length);
        if (st != JSONWriterSuccess)
        {
            refused++;
            assert_true(misused || st == JSONWriterIncomplete);
            assert_true(st == JSONWriterBadSequence || st == JSONWriterBadParameter ||
                        st == JSONWriterIncomplete || st == JSONWriterMaxDepthExceeded);
            continue;
        }
        completed++;
        assert_int_equal(JSON_Validate(out, length), JSONSuccess);
        assert_int_equal(reference_validate(out, length, JSON_MAX_DEPTH, false), JSONSuccess);
        if (have_path)
        {
            const char *value;
            size_t value_length;
            char want[32];
            assert_int_equal(
                JSON_SearchConst(out, length, path, strlen(path), &value, &value_length, NULL),
                JSONSuccess);
            snprintf(want, sizeof want, "%" PRId64, first_int);
            assert_int_equal(value_length, strlen(want));
            assert_memory_equal(value, want, value_length);
        }
    }
    print_message("random writer: %u completed, %u refused\n", completed, refused);
    assert_true(completed > 10000 && refused > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(writes_a_shadow_update),
        cmocka_unit_test(writes_each_kind_of_value_at_top_level),
        cmocka_unit_test(integers_cover_the_full_range),
        cmocka_unit_test(decimals_are_exact),
        cmocka_unit_test(strings_are_escaped),
        cmocka_unit_test(invalid_utf8_is_refused),
        cmocka_unit_test(raw_values_must_be_one_valid_value),
        cmocka_unit_test(misuse_is_a_bad_sequence),
        cmocka_unit_test(errors_are_sticky),
        cmocka_unit_test(nesting_is_limited),
        cmocka_unit_test(finish_reports_incomplete_documents),
        cmocka_unit_test(null_parameters),
        cmocka_unit_test(every_status_has_a_name),
        cmocka_unit_test(overflow_at_every_byte_never_writes_past_the_buffer),
        cmocka_unit_test(overflow_then_misuse_reports_the_misuse),
        cmocka_unit_test(round_trip_through_the_reader),
        cmocka_unit_test(random_writer_documents_read_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
