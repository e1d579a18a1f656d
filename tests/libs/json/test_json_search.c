/*
 * test_json_search.c: JSON_Search / JSON_SearchT / JSON_SearchConst: parameters, the query
 * syntax, escaped keys, nested arrays, missing keys, partial and malformed documents, the
 * depth limit and unterminated buffers (every document sits against a guard page).
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

/* Searches doc for query; on success checks the value text and type. */
static JSONStatus_t search(const char *doc, const char *query, const char *want_value,
                           JSONTypes_t want_type)
{
    guarded_t g = {0};
    size_t length = strlen(doc);
    const char *buf = guarded_copy(&g, doc, length, false);
    const char *value = NULL;
    size_t value_length = 0;
    JSONTypes_t type = JSONInvalid;
    JSONStatus_t st =
        JSON_SearchConst(buf, length, query, strlen(query), &value, &value_length, &type);

    if (st == JSONSuccess)
    {
        assert_true(value >= buf && value + value_length <= buf + length);
        if (want_value != NULL &&
            (value_length != strlen(want_value) || memcmp(value, want_value, value_length)))
        {
            fail_msg("%s in %s: got \"%.*s\", want \"%s\"", query, doc, (int)value_length, value,
                     want_value);
        }
        assert_int_equal(type, want_type);
    }
    guarded_release(&g);
    return st;
}

#define FOUND(doc, query, value, type)                                                             \
    assert_int_equal(search(doc, query, value, type), JSONSuccess)
#define NOT_FOUND(doc, query) assert_int_equal(search(doc, query, NULL, JSONInvalid), JSONNotFound)
#define BAD_QUERY(doc, query)                                                                      \
    assert_int_equal(search(doc, query, NULL, JSONInvalid), JSONBadParameter)

static void null_pointers_are_null_parameters(void **state)
{
    char doc[] = "{\"a\":1}";
    char *value;
    const char *cvalue;
    size_t length;
    (void)state;
    assert_int_equal(JSON_Search(NULL, 7, "a", 1, &value, &length), JSONNullParameter);
    assert_int_equal(JSON_Search(doc, 7, NULL, 1, &value, &length), JSONNullParameter);
    assert_int_equal(JSON_Search(doc, 7, "a", 1, NULL, &length), JSONNullParameter);
    assert_int_equal(JSON_Search(doc, 7, "a", 1, &value, NULL), JSONNullParameter);
    assert_int_equal(JSON_SearchConst(NULL, 7, "a", 1, &cvalue, &length, NULL), JSONNullParameter);
    assert_int_equal(JSON_SearchConst(doc, 7, "a", 1, NULL, &length, NULL), JSONNullParameter);
    /* Pointers are checked before lengths, as in coreJSON. */
    assert_int_equal(JSON_Search(doc, 0, "a", 0, NULL, &length), JSONNullParameter);
}

static void empty_buffer_or_query_is_a_bad_parameter(void **state)
{
    char doc[] = "{\"a\":1}";
    char *value;
    size_t length;
    (void)state;
    assert_int_equal(JSON_Search(doc, 0, "a", 1, &value, &length), JSONBadParameter);
    assert_int_equal(JSON_Search(doc, 7, "a", 0, &value, &length), JSONBadParameter);
}

static void malformed_queries_are_bad_parameters(void **state)
{
    static const char *const queries[] = {
        ".a",   "a.",   "a..b", ".",    "[",       "[]",           "[a]",
        "[1",   "[-1]", "a[",   "a[1",  "[1]]x[",  "[2147483640]", "[99999999999999999999]",
        "[0].", "a.[",  "[ 1]", "[1 ]", "a[0]..b",
    };
    size_t k;
    (void)state;
    for (k = 0; k < sizeof queries / sizeof queries[0]; k++)
    {
        /* A bad query is refused whatever the document holds, even before any match. */
        if (search("{\"a\":[[1]],\"x\":2}", queries[k], NULL, JSONInvalid) != JSONBadParameter)
        {
            fail_msg("query \"%s\" was not refused", queries[k]);
        }
        BAD_QUERY("7", queries[k]);
    }
}

static void the_largest_index_is_accepted(void **state)
{
    (void)state;
    NOT_FOUND("[1,2]", "[2147483639]");
    FOUND("[1,2]", "[0001]", "2", JSONNumber);
}

static void core_json_examples(void **state)
{
    static const char obj[] = "{\"foo\":\"abc\",\"bar\":{\"foo\":\"xyz\"}}";
    static const char arr[] = "[123,456,{\"foo\":\"abc\",\"bar\":[88,99]}]";
    (void)state;
    FOUND(obj, "foo", "abc", JSONString);
    FOUND(obj, "bar", "{\"foo\":\"xyz\"}", JSONObject);
    FOUND(obj, "bar.foo", "xyz", JSONString);
    FOUND(arr, "[1]", "456", JSONNumber);
    FOUND(arr, "[2].foo", "abc", JSONString);
    FOUND(arr, "[2].bar[0]", "88", JSONNumber);
    FOUND(arr, "[2].bar[1]", "99", JSONNumber);
    FOUND(arr, "[2]", "{\"foo\":\"abc\",\"bar\":[88,99]}", JSONObject);
    FOUND(arr, "[2].bar", "[88,99]", JSONArray);
}

static void every_type_is_reported(void **state)
{
    static const char doc[] =
        " { \"s\" : \"t\\\"x\" , \"n\" : -1.5e3 , \"t\" : true , \"f\" : false , \"z\" : null ,"
        " \"o\" : { } , \"a\" : [ 1 , 2 ] , \"e\" : \"\" } ";
    (void)state;
    FOUND(doc, "s", "t\\\"x", JSONString); /* escapes are not decoded */
    FOUND(doc, "n", "-1.5e3", JSONNumber);
    FOUND(doc, "t", "true", JSONTrue);
    FOUND(doc, "f", "false", JSONFalse);
    FOUND(doc, "z", "null", JSONNull);
    FOUND(doc, "o", "{ }", JSONObject);
    FOUND(doc, "a", "[ 1 , 2 ]", JSONArray);
    FOUND(doc, "a[1]", "2", JSONNumber);
    FOUND(doc, "e", "", JSONString);
}

static void search_t_returns_a_writable_pointer_into_the_buffer(void **state)
{
    char doc[] = "{\"foo\":\"abc\",\"bar\":{\"foo\":\"xyz\"}}";
    char *value = NULL;
    size_t length = 0;
    JSONTypes_t type = JSONInvalid;
    (void)state;
    assert_int_equal(JSON_SearchT(doc, sizeof doc - 1, "bar.foo", 7, &value, &length, &type),
                     JSONSuccess);
    assert_ptr_equal(value, doc + 27);
    assert_int_equal(length, 3);
    assert_int_equal(type, JSONString);
    /* The value may be NUL-terminated in place for printing, then restored. */
    {
        char save = value[length];
        value[length] = '\0';
        assert_string_equal(value, "xyz");
        value[length] = save;
    }
    assert_int_equal(JSON_Search(doc, sizeof doc - 1, "foo", 3, &value, &length), JSONSuccess);
    assert_ptr_equal(value, doc + 8);
    assert_int_equal(JSON_Validate(doc, sizeof doc - 1), JSONSuccess);
}

static void missing_keys_and_indexes_are_not_found(void **state)
{
    static const char doc[] = "{\"a\":{\"b\":[10,[20,21],{\"c\":null}]},\"d\":\"e\"}";
    (void)state;
    NOT_FOUND(doc, "x");
    NOT_FOUND(doc, "a.x");
    NOT_FOUND(doc, "a.b[3]");
    NOT_FOUND(doc, "a.b[1][2]");
    NOT_FOUND(doc, "a.b[2].d");
    NOT_FOUND(doc, "a[0]");       /* an index into an object */
    NOT_FOUND(doc, "a.b.c");      /* a key into an array */
    NOT_FOUND(doc, "d.e");        /* a key into a string */
    NOT_FOUND(doc, "a.b[2].c.x"); /* a key into null */
    NOT_FOUND(doc, "[0]");        /* an index into the top-level object */
    NOT_FOUND("[1,2]", "a");
    NOT_FOUND("{}", "a");
    NOT_FOUND("[]", "[0]");
    NOT_FOUND("\"a\"", "a");
    NOT_FOUND("{\"ab\":1}", "a"); /* prefixes do not match */
    NOT_FOUND("{\"a\":1}", "ab");
    FOUND(doc, "a.b[1][1]", "21", JSONNumber);
    FOUND(doc, "a.b[2].c", "null", JSONNull);
}

static void query_separators_around_indexes(void **state)
{
    static const char doc[] = "[{\"a\":[[5,6]]}]";
    (void)state;
    FOUND(doc, "[0].a[0][1]", "6", JSONNumber);
    FOUND(doc, "[0].a.[0].[1]", "6", JSONNumber); /* a separator before an index */
    FOUND(doc, "[0]a[0][1]", "6", JSONNumber);    /* a key right after an index */
}

static void escaped_keys_are_matched_as_written(void **state)
{
    (void)state;
    /* A key containing the separator: escape it in the query. */
    FOUND("{\"a\":{\"b\":2},\"a.b\":1}", "a.b", "2", JSONNumber);
    FOUND("{\"a\":{\"b\":2},\"a.b\":1}", "a\\.b", "1", JSONNumber);
    FOUND("{\"x[0]\":5,\"x\":[6]}", "x\\[0]", "5", JSONNumber);
    FOUND("{\"x[0]\":5,\"x\":[6]}", "x[0]", "6", JSONNumber);
    /* Escapes in document keys are compared as written, not decoded. */
    FOUND("{\"a\\\"b\":3}", "a\\\"b", "3", JSONNumber);
    FOUND("{\"a\\\\\":4}", "a\\\\", "4", JSONNumber);
    FOUND("{\"a\\\\\":{\"b\":7}}", "a\\\\.b", "7", JSONNumber);
    FOUND("{\"\\u00e9\":6}", "\\u00e9", "6", JSONNumber);
    NOT_FOUND("{\"\\u00e9\":6}", "\xc3\xa9");
    FOUND("{\"\xc3\xa9\":8}", "\xc3\xa9", "8", JSONNumber);
    NOT_FOUND("{\"\":9}", "\\");        /* the empty key cannot be named, as in coreJSON */
    NOT_FOUND("{\"a\":1}", "a\\");      /* a lone trailing backslash is just a byte */
    NOT_FOUND("{\"ab\":1}", "ab\\\"c"); /* the key ends inside an escaped pair */
    NOT_FOUND("{\"a.b\":1}", "a\\.bc");
    NOT_FOUND("{\"a.bc\":1}", "a\\.b");
    FOUND("{\"\":9,\"k\":{\"\":10}}", "k", "{\"\":10}", JSONObject);
}

static void duplicate_keys_find_the_first(void **state)
{
    (void)state;
    FOUND("{\"a\":1,\"a\":2}", "a", "1", JSONNumber);
}

static void partial_and_malformed_documents(void **state)
{
    (void)state;
    /* Found before the document breaks: the search stops at the match. */
    FOUND("{\"a\":1,\"b\":", "a", "1", JSONNumber);
    FOUND("{\"a\":[1,2", "a[0]", "1", JSONNumber);
    FOUND("{\"a\":1,\"b\":}", "a", "1", JSONNumber);
    FOUND("{\"a\":1 garbage", "a", "1", JSONNumber);
    FOUND("{\"a\":{\"b\":1}", "a", "{\"b\":1}", JSONObject);
    /* Broken before or inside the match: not found, as coreJSON reports it. */
    NOT_FOUND("{\"a\":1,\"b\":", "b");
    NOT_FOUND("{\"a\":[1,2", "a");
    NOT_FOUND("{\"a\":tru,\"b\":1}", "b");
    NOT_FOUND("{\"a\":1 \"b\":2}", "b");
    NOT_FOUND("{\"a\":\"\\uDC00\",\"b\":2}", "b");
    NOT_FOUND("{\"a\":\"x\",,\"b\":2}", "b");
    NOT_FOUND("{\"a\":[1,],\"b\":2}", "b");
    NOT_FOUND("{\"a\" 1}", "a");
    NOT_FOUND("{\"a\":\"\xc3\"}", "a");
    NOT_FOUND("[1,2,]", "[2]");
    NOT_FOUND("{", "a");
    NOT_FOUND("   ", "a");
    NOT_FOUND("x", "a");
}

static void values_are_limited_to_json_max_depth(void **state)
{
    char doc[4 * JSON_MAX_DEPTH + 64];
    char query[4 * JSON_MAX_DEPTH];
    size_t k, n = 0, q = 0;
    (void)state;
    /* [[[...[7]...]]] exactly JSON_MAX_DEPTH deep: every level reachable. */
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        doc[n++] = '[';
    }
    doc[n++] = '7';
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        doc[n++] = ']';
    }
    doc[n] = '\0';
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        memcpy(query + q, "[0]", 3);
        q += 3;
    }
    query[q] = '\0';
    FOUND(doc, query, "7", JSONNumber);
    /* One level more, in a value that must be passed over or returned: not found. */
    memmove(doc + 1, doc, n + 1);
    doc[0] = '[';
    memcpy(doc + n + 1, "]", 2);
    NOT_FOUND(doc, "[0]");
    NOT_FOUND(doc, "[1]");
    /* The deep part is never reached: found. */
    {
        char wide[8 * JSON_MAX_DEPTH + 64];
        snprintf(wide, sizeof wide, "{\"a\":1,\"deep\":%s}", doc);
        FOUND(wide, "a", "1", JSONNumber);
        NOT_FOUND(wide, "deep");
    }
}

static void search_passes_over_long_arrays_once(void **state)
{
    /* 2000 elements; the last one is found and the array is not walked twice (a wrong
     * second walk would show as a wrong value, since each element differs). */
    size_t size = 2000 * 24 + 64, n = 0, k;
    char *doc = malloc(size);
    char want[32];
    (void)state;
    assert_non_null(doc);
    n += (size_t)snprintf(doc + n, size - n, "{\"list\":[");
    for (k = 0; k < 2000; k++)
    {
        n +=
            (size_t)snprintf(doc + n, size - n, "%s{\"v\":%zu,\"s\":\"e%zu\"}", k ? "," : "", k, k);
    }
    n += (size_t)snprintf(doc + n, size - n, "]}");
    assert_int_equal(strlen(doc), n);
    FOUND(doc, "list[1999].v", "1999", JSONNumber);
    FOUND(doc, "list[0].s", "e0", JSONString);
    snprintf(want, sizeof want, "e%d", 1234);
    FOUND(doc, "list[1234].s", want, JSONString);
    NOT_FOUND(doc, "list[2000]");
    free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(null_pointers_are_null_parameters),
        cmocka_unit_test(empty_buffer_or_query_is_a_bad_parameter),
        cmocka_unit_test(malformed_queries_are_bad_parameters),
        cmocka_unit_test(the_largest_index_is_accepted),
        cmocka_unit_test(core_json_examples),
        cmocka_unit_test(every_type_is_reported),
        cmocka_unit_test(search_t_returns_a_writable_pointer_into_the_buffer),
        cmocka_unit_test(missing_keys_and_indexes_are_not_found),
        cmocka_unit_test(query_separators_around_indexes),
        cmocka_unit_test(escaped_keys_are_matched_as_written),
        cmocka_unit_test(duplicate_keys_find_the_first),
        cmocka_unit_test(partial_and_malformed_documents),
        cmocka_unit_test(values_are_limited_to_json_max_depth),
        cmocka_unit_test(search_passes_over_long_arrays_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
