/*
 * test_json_validate.c: JSON_Validate, status by status and edge by edge. Every document is
 * validated from a buffer that ends at an inaccessible page, and every answer is also
 * compared with the independent reference validator (json_reference.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_json.h"
#include "json_guarded.h"
#include "json_reference.h"
#include "json_test_util.h"

static JSONStatus_t validate(const char *text, size_t length)
{
    guarded_t g = {0};
    JSONStatus_t at_end, at_start, reference;

    at_end = JSON_Validate(guarded_copy(&g, text, length, false), length);
    guarded_release(&g);
    at_start = JSON_Validate(guarded_copy(&g, text, length, true), length);
    guarded_release(&g);
    reference = reference_validate(text, length, JSON_MAX_DEPTH, false);
    if (at_end != reference || at_start != reference)
    {
        fail_msg("\"%.*s\": JSON_Validate says %s, reference says %s", (int)length, text,
                 JSON_Status_strerror(at_end), JSON_Status_strerror(reference));
    }
    return at_end;
}

#define VALIDATE(literal) validate(literal, sizeof(literal) - 1)

static void expect_all(const char *const *docs, size_t count, JSONStatus_t want)
{
    size_t k;
    for (k = 0; k < count; k++)
    {
        JSONStatus_t got = validate(docs[k], strlen(docs[k]));
        if (got != want)
        {
            fail_msg("\"%s\": got %s, want %s", docs[k], JSON_Status_strerror(got),
                     JSON_Status_strerror(want));
        }
    }
}

#define EXPECT_ALL(array, status) expect_all(array, sizeof(array) / sizeof(array[0]), status)

static void null_buffer_is_a_null_parameter(void **state)
{
    (void)state;
    assert_int_equal(JSON_Validate(NULL, 4), JSONNullParameter);
    assert_int_equal(JSON_Validate(NULL, 0), JSONNullParameter);
}

static void zero_length_is_a_bad_parameter(void **state)
{
    (void)state;
    assert_int_equal(JSON_Validate("{}", 0), JSONBadParameter);
}

static void any_value_is_a_document(void **state)
{
    static const char *const docs[] = {
        "0",
        "-0",
        "1",
        "true",
        "false",
        "null",
        "\"\"",
        "\"text\"",
        " 12 ",
        "\n\"a\"\r\n",
        "{}",
        "[]",
        " { } ",
        "[\t]",
        "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}",
        "[1,-2.5,3e4,true,false,null,\"s\",{},[]]",
        "{\"\":\"\"}",
        "[[[]]]",
        "{ \"a\" : 1 , \"b\" : [ 2 , 3 ] }",
    };
    (void)state;
    EXPECT_ALL(docs, JSONSuccess);
}

static void numbers_follow_the_rfc_grammar(void **state)
{
    static const char *const good[] = {
        "0",     "-0",       "0.0", "-0.0e-0",
        "1E+2",  "1e-2",     "10",  "123456789012345678901234567890",
        "1e999", "-1.5E308", "0e1", "[0.5]",
        "[-1]",
    };
    static const char *const bad[] = {
        "01",   "-01",  "00",        "[01]", "[1.]",  "[.5]",       ".5",        "+1",
        "[+1]", "[1e]", "[1e+]",     "0x10", "[NaN]", "[Infinity]", "-Infinity", "1.e5",
        "1..2", "1ee2", "[1.0e+-1]", "- 1",  "[-]",   "1_000",      "2.",
    };
    (void)state;
    EXPECT_ALL(good, JSONSuccess);
    assert_int_equal(VALIDATE("2."), JSONPartial); /* "2.5" is a completion */
    assert_int_equal(VALIDATE("-"), JSONPartial);
    assert_int_equal(VALIDATE("1e"), JSONPartial);
    assert_int_equal(VALIDATE("1e-"), JSONPartial);
    {
        size_t k;
        for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
        {
            assert_int_not_equal(validate(bad[k], strlen(bad[k])), JSONSuccess);
        }
    }
    assert_int_equal(VALIDATE("01"), JSONIllegalDocument);
    assert_int_equal(VALIDATE("[1.]"), JSONIllegalDocument);
}

static void structure_errors_are_illegal(void **state)
{
    static const char *const docs[] = {
        "[1,]",
        "{\"a\":1,}",
        "[,1]",
        "{,}",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":}",
        "{1:2}",
        "{'a':1}",
        "{\"a\"::1}",
        "{\"a\":1 \"b\":2}",
        "[] []",
        "{}}",
        "[]]",
        "]",
        "}",
        ":",
        ",",
        "[1}",
        "{\"a\":1]",
        "{a:1}",
        "[True]",
        "[nul]",
        "[truex]",
        "\"a\"b",
        "1 2",
        "[\"a\",,\"b\"]",
        "{\"a\":1,,\"b\":2}",
        "/* c */ 1",
        "[1]//",
        "'a'",
        "[\"a\":1]",
        "{\"a\",1}",
        "[}",
        "{]",
        "x",
    };
    (void)state;
    EXPECT_ALL(docs, JSONIllegalDocument);
}

static void bytes_after_the_value_are_illegal_even_nul(void **state)
{
    (void)state;
    assert_int_equal(validate("{}\0", 3), JSONIllegalDocument);
    assert_int_equal(validate("1\0", 2), JSONIllegalDocument);
    assert_int_equal(VALIDATE("\xef\xbb\xbf{}"), JSONIllegalDocument); /* a BOM */
    assert_int_equal(VALIDATE("{} \x0b"), JSONIllegalDocument);        /* vertical tab */
    assert_int_equal(VALIDATE("{} \x0c"), JSONIllegalDocument);        /* form feed */
}

static void proper_prefixes_are_partial(void **state)
{
    static const char *const docs[] = {
        " ",
        "\n\t\r ",
        "[",
        "{",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1",
        "{\"a\":1,",
        "[1,",
        "[1",
        "\"abc",
        "t",
        "tru",
        "fals",
        "nul",
        "[tru",
        "-",
        "[1.",
        "1.",
        "1e",
        "1E+",
        "\"\\",
        "\"\\u12",
        "\"\\uD800",
        "\"\\uD800\\",
        "\"\\uD800\\u",
        "\"\\uD800\\uDC",
        "\"\\uD",
        "\"\xe2\x82",
        "[\"\xf0\x9f\x98",
        "{\"a\":[{\"b\":[",
        "[[[[",
        "{\"a\" ",
        "[\"x\" ",
        "\"\xf4\x8f",
        "\"\xe0\xa0",
        "\"\xed\x9f",
    };
    (void)state;
    EXPECT_ALL(docs, JSONPartial);
}

static void escapes_are_checked(void **state)
{
    static const char *const good[] = {
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0041\"",
        "\"\\u00e9\\u00E9\"",
        "\"\\uD83D\\uDE00\"",
        "\"\\udbff\\udfff\"",
        "\"\\uD800\\uDC00\"",
        "\"\\uFFFF\"",
        "\"\\u0000\"",
        "\"a\\u0000b\"",
    };
    static const char *const bad[] = {
        "\"\\x\"",
        "\"\\a\"",
        "\"\\U0041\"",
        "\"\\u12G4\"",
        "\"\\u-123\"",
        "\"\\'\"",
        "\"\\uDC00\"",        /* a low surrogate alone */
        "\"\\uD800\"",        /* a high surrogate alone */
        "\"\\uD800x\"",       /* ... followed by something else */
        "\"\\uD800\\n\"",     /* ... followed by another escape */
        "\"\\uD800\\u0041\"", /* ... followed by a plain \u escape */
        "\"\\uD800\\uD800\"", /* ... followed by a second high surrogate */
        "\"\\uDC",            /* cut short, but a low surrogate already */
        "\"\\uD800\\u0",      /* cut short, but can no longer be a low surrogate */
        "\"\\uD800\\uDB",     /* likewise */
        "\"\\\x01\"",
        "\"\\\t\"",
        "\"\\ \"",
    };
    (void)state;
    EXPECT_ALL(good, JSONSuccess);
    EXPECT_ALL(bad, JSONIllegalDocument);
}

static void raw_control_characters_in_strings_are_illegal(void **state)
{
    char doc[4] = {'"', 0, '"', 0};
    unsigned c;
    (void)state;
    for (c = 0; c < 0x20; c++)
    {
        doc[1] = (char)c;
        assert_int_equal(validate(doc, 3), JSONIllegalDocument);
    }
    doc[1] = 0x7f; /* DEL is allowed */
    assert_int_equal(validate(doc, 3), JSONSuccess);
}

static void utf8_is_checked(void **state)
{
    static const char *const good[] = {
        "\"\xc2\x80\"",
        "\"\xdf\xbf\"",
        "\"\xe0\xa0\x80\"",
        "\"\xef\xbf\xbf\"",
        "\"\xed\x9f\xbf\"",
        "\"\xee\x80\x80\"",
        "\"\xf0\x90\x80\x80\"",
        "\"\xf4\x8f\xbf\xbf\"",
        "\"caf\xc3\xa9 \xe6\xb8\xa9\xe5\xba\xa6 \xf0\x9f\x98\x80\"",
        "{\"\xc3\xa9\":1}",
    };
    static const char *const bad[] = {
        "\"\xc0\x80\"",         /* overlong NUL */
        "\"\xc1\xbf\"",         /* overlong */
        "\"\xe0\x80\x80\"",     /* overlong */
        "\"\xe0\x9f\xbf\"",     /* overlong */
        "\"\xf0\x80\x80\x80\"", /* overlong */
        "\"\xf0\x8f\xbf\xbf\"", /* overlong */
        "\"\xed\xa0\x80\"",     /* surrogate U+D800 */
        "\"\xed\xbf\xbf\"",     /* surrogate U+DFFF */
        "\"\xf4\x90\x80\x80\"", /* above U+10FFFF */
        "\"\xf5\x80\x80\x80\"",
        "\"\xf8\x88\x80\x80\x80\"",
        "\"\xfe\"",
        "\"\xff\"",
        "\"\x80\"", /* continuation without lead */
        "\"\xc3\"", /* lead without continuation */
        "\"\xc3\x41\"",
        "\"\xe2\x82\"",
        "\"\xe2\x82\x41\"",
        "\"\xf0\x9f\x98\"",
        "\xc3\xa9", /* outside a string */
        "[\xc3\xa9]",
    };
    (void)state;
    EXPECT_ALL(good, JSONSuccess);
    EXPECT_ALL(bad, JSONIllegalDocument);
}

static char *nested(const char *open, const char *close, size_t depth, bool closed)
{
    size_t o = strlen(open), c = strlen(close), k;
    char *doc = malloc(depth * (o + c) + 2);
    char *p = doc;
    assert_non_null(doc);
    for (k = 0; k < depth; k++, p += o)
    {
        memcpy(p, open, o);
    }
    *p++ = '1';
    for (k = 0; closed && k < depth; k++, p += c)
    {
        memcpy(p, close, c);
    }
    *p = '\0';
    return doc;
}

static void nesting_is_limited_to_json_max_depth(void **state)
{
    char *doc;
    (void)state;
    doc = nested("[", "]", JSON_MAX_DEPTH, true);
    assert_int_equal(validate(doc, strlen(doc)), JSONSuccess);
    free(doc);
    doc = nested("{\"k\":", "}", JSON_MAX_DEPTH, true);
    assert_int_equal(validate(doc, strlen(doc)), JSONSuccess);
    free(doc);
    doc = nested("[", "]", JSON_MAX_DEPTH + 1, true);
    assert_int_equal(validate(doc, strlen(doc)), JSONMaxDepthExceeded);
    free(doc);
    doc = nested("{\"k\":[", "]}", (JSON_MAX_DEPTH + 2) / 2, true);
    assert_int_equal(validate(doc, strlen(doc)), JSONMaxDepthExceeded);
    free(doc);
    /* Too deep and cut short: the depth is the first problem met. */
    doc = nested("[", "]", JSON_MAX_DEPTH + 1, false);
    assert_int_equal(validate(doc, strlen(doc)), JSONMaxDepthExceeded);
    free(doc);
    doc = nested("[", "]", JSON_MAX_DEPTH, false);
    assert_int_equal(validate(doc, strlen(doc)), JSONPartial);
    free(doc);
    /* An earlier error wins over a later excess. */
    doc = nested("[", "]", JSON_MAX_DEPTH + 5, true);
    doc[3] = 'x';
    assert_int_equal(validate(doc, strlen(doc)), JSONIllegalDocument);
    free(doc);
    /* Depth is counted, not accumulated: many shallow collections are fine. */
    assert_int_equal(VALIDATE("[[[1]],[[2]],[[3]],{\"a\":{\"b\":{}}}]"), JSONSuccess);
}

static void buffers_need_no_terminator(void **state)
{
    (void)state;
    assert_int_equal(validate("{\"a\":1}xyz", 7), JSONSuccess);
    assert_int_equal(validate("[1]]", 3), JSONSuccess);
    assert_int_equal(validate("\"abc\"", 4), JSONPartial);
    assert_int_equal(validate("truex", 4), JSONSuccess);
}

/*
 * Strings of every length with one special byte at every offset: exercises the word-at-
 * a-time scan at every alignment, against both ends of a guarded buffer.
 */
static void every_special_byte_at_every_offset(void **state)
{
    static const char *const specials[] = {
        "\"",   "\\n",  "\\u00e9", "\\uD83D\\uDE00", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
        "\x01", "\x1f", "\x7f",    "\x80",           "\\",       "\xc3",         "\xff",
        " ",
    };
    char doc[96];
    size_t length, offset, s;
    (void)state;
    for (s = 0; s < sizeof specials / sizeof specials[0]; s++)
    {
        for (length = 0; length < 40; length++)
        {
            for (offset = 0; offset <= length; offset++)
            {
                size_t n = 0, sl = strlen(specials[s]);
                doc[n++] = '"';
                memset(doc + n, 'a', offset);
                n += offset;
                memcpy(doc + n, specials[s], sl);
                n += sl;
                memset(doc + n, 'b', length - offset);
                n += length - offset;
                doc[n++] = '"';
                (void)validate(doc, n);     /* compared with the reference inside */
                (void)validate(doc, n - 1); /* and cut short before the closing quote */
            }
        }
    }
}

/* Random valid documents, mutated and cut at random, against the reference. */
static void random_documents_match_the_reference(void **state)
{
    test_rng_t rng = {0x9E3779B97F4A7C15ull};
    char out[4096];
    unsigned round;
    size_t successes = 0, partials = 0, illegals = 0, deep = 0;
    (void)state;
    for (round = 0; round < 60000; round++)
    {
        text_t t = {out, sizeof out, 0};
        uint32_t mutations, k;
        char closers[40];
        /* One round in eight wraps the value in enough collections to cross the limit. */
        uint32_t wrap = (round % 8 == 0) ? JSON_MAX_DEPTH - 4 + rng_below(&rng, 8) : 0;
        for (k = 0; k < wrap; k++)
        {
            closers[k] = rng_below(&rng, 2) ? ']' : '}';
            text_puts(&t, closers[k] == ']' ? "[" : "{\"k\":");
        }
        random_value(&rng, &t, rng_below(&rng, 6));
        while (wrap > 0)
        {
            text_put(&t, &closers[--wrap], 1);
        }
        if (t.length > sizeof out || t.length == 0)
        {
            continue;
        }
        mutations = rng_below(&rng, 4);
        for (k = 0; k < mutations && t.length > 0; k++)
        {
            static const char bytes[] = "{}[],:\"\\ u0-.e1tfn\x80\xc3\xed\xf4\x01";
            size_t at = rng_below(&rng, (uint32_t)t.length);
            switch (rng_below(&rng, 3))
            {
                case 0:
                    out[at] = bytes[rng_below(&rng, sizeof bytes - 1)];
                    break;
                case 1:
                    memmove(out + at, out + at + 1, t.length - at - 1);
                    t.length--;
                    break;
                default:
                    out[at] = (char)rng_below(&rng, 256);
                    break;
            }
        }
        if (t.length > 0 && rng_below(&rng, 3) == 0)
        {
            t.length = 1 + rng_below(&rng, (uint32_t)t.length);
        }
        if (t.length == 0)
        {
            continue;
        }
        switch (validate(out, t.length))
        {
            case JSONSuccess:
                successes++;
                break;
            case JSONPartial:
                partials++;
                break;
            case JSONMaxDepthExceeded:
                deep++;
                break;
            default:
                illegals++;
                break;
        }
    }
    print_message("random: %zu valid, %zu partial, %zu illegal, %zu too deep\n", successes,
                  partials, illegals, deep);
    /* The mix must exercise every outcome, or this test proves little. */
    assert_true(successes > 1000 && partials > 1000 && illegals > 1000 && deep > 10);
}

static void every_status_has_a_name(void **state)
{
    (void)state;
    assert_string_equal(JSON_Status_strerror(JSONPartial), "JSONPartial");
    assert_string_equal(JSON_Status_strerror(JSONSuccess), "JSONSuccess");
    assert_string_equal(JSON_Status_strerror(JSONIllegalDocument), "JSONIllegalDocument");
    assert_string_equal(JSON_Status_strerror(JSONMaxDepthExceeded), "JSONMaxDepthExceeded");
    assert_string_equal(JSON_Status_strerror(JSONNotFound), "JSONNotFound");
    assert_string_equal(JSON_Status_strerror(JSONNullParameter), "JSONNullParameter");
    assert_string_equal(JSON_Status_strerror(JSONBadParameter), "JSONBadParameter");
    assert_string_equal(JSON_Status_strerror((JSONStatus_t)99), "JSONUnknownStatus");
    /* The values are coreJSON's. */
    assert_int_equal(JSONPartial, 0);
    assert_int_equal(JSONBadParameter, 6);
    assert_int_equal(JSONInvalid, 0);
    assert_int_equal(JSONArray, 7);
    assert_int_equal(MAX_INDEX_VALUE, 0x7FFFFFF7);
    assert_int_equal(JSON_MAX_DEPTH, 32);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(null_buffer_is_a_null_parameter),
        cmocka_unit_test(zero_length_is_a_bad_parameter),
        cmocka_unit_test(any_value_is_a_document),
        cmocka_unit_test(numbers_follow_the_rfc_grammar),
        cmocka_unit_test(structure_errors_are_illegal),
        cmocka_unit_test(bytes_after_the_value_are_illegal_even_nul),
        cmocka_unit_test(proper_prefixes_are_partial),
        cmocka_unit_test(escapes_are_checked),
        cmocka_unit_test(raw_control_characters_in_strings_are_illegal),
        cmocka_unit_test(utf8_is_checked),
        cmocka_unit_test(nesting_is_limited_to_json_max_depth),
        cmocka_unit_test(buffers_need_no_terminator),
        cmocka_unit_test(every_special_byte_at_every_offset),
        cmocka_unit_test(random_documents_match_the_reference),
        cmocka_unit_test(every_status_has_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
