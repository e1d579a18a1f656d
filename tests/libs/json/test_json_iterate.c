/*
 * test_json_iterate.c: JSON_Iterate (every status, objects, arrays, malformed and cut-short
 * collections) and the JSON_Count query (paths, every status). Documents sit against a
 * guard page, so a read past the end faults.
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

typedef struct
{
    guarded_t guard;
    const char *buf;
    size_t max;
    size_t start;
    size_t next;
    JSONPair_t pair;
} iteration_t;

static void begin(iteration_t *it, const char *doc)
{
    memset(it, 0, sizeof *it);
    it->max = strlen(doc);
    it->buf = guarded_copy(&it->guard, doc, it->max, false);
}

static JSONStatus_t step(iteration_t *it)
{
    return JSON_Iterate(it->buf, it->max, &it->start, &it->next, &it->pair);
}

static void expect_member(iteration_t *it, const char *key, const char *value, JSONTypes_t type)
{
    JSONStatus_t st = step(it);
    if (st != JSONSuccess)
    {
        fail_msg("expected member %s, got %s", value, JSON_Status_strerror(st));
    }
    if (key == NULL)
    {
        assert_null(it->pair.key);
        assert_int_equal(it->pair.keyLength, 0);
    }
    else
    {
        assert_non_null(it->pair.key);
        assert_int_equal(it->pair.keyLength, strlen(key));
        assert_memory_equal(it->pair.key, key, strlen(key));
    }
    assert_int_equal(it->pair.valueLength, strlen(value));
    assert_memory_equal(it->pair.value, value, strlen(value));
    assert_int_equal(it->pair.jsonType, type);
}

static void finish(iteration_t *it, JSONStatus_t last)
{
    JSONPair_t before = it->pair;
    assert_int_equal(step(it), last);
    /* A failed call leaves the pair alone. */
    assert_memory_equal(&before, &it->pair, sizeof before);
    if (last == JSONNotFound)
    {
        assert_int_equal(step(it), JSONNotFound); /* and stays at the end */
    }
    guarded_release(&it->guard);
}

static void iterates_the_members_of_an_object(void **state)
{
    iteration_t it;
    (void)state;
    begin(&it, " { \"s\" : \"a\\\"b\" , \"n\":-1.5,\"t\":true,\"f\":false,\"z\":null,"
               "\"o\":{\"x\":[1]},\"a\":[ ],\"\":\"\" } ");
    expect_member(&it, "s", "a\\\"b", JSONString);
    assert_int_equal(it.start, 1); /* leading whitespace skipped */
    expect_member(&it, "n", "-1.5", JSONNumber);
    expect_member(&it, "t", "true", JSONTrue);
    expect_member(&it, "f", "false", JSONFalse);
    expect_member(&it, "z", "null", JSONNull);
    expect_member(&it, "o", "{\"x\":[1]}", JSONObject);
    expect_member(&it, "a", "[ ]", JSONArray);
    expect_member(&it, "", "", JSONString);
    finish(&it, JSONNotFound);
}

static void iterates_the_values_of_an_array(void **state)
{
    iteration_t it;
    (void)state;
    begin(&it, "[1, \"two\" ,[3],{\"four\":4}\n]");
    expect_member(&it, NULL, "1", JSONNumber);
    expect_member(&it, NULL, "two", JSONString);
    expect_member(&it, NULL, "[3]", JSONArray);
    expect_member(&it, NULL, "{\"four\":4}", JSONObject);
    finish(&it, JSONNotFound);
}

static void empty_collections_have_no_members(void **state)
{
    iteration_t it;
    (void)state;
    begin(&it, "{}");
    finish(&it, JSONNotFound);
    begin(&it, "[ \n ]");
    finish(&it, JSONNotFound);
}

static void iterates_a_nested_collection_found_by_search(void **state)
{
    static const char doc[] = "{\"cfg\":{\"x\":1,\"y\":[2]},\"z\":3}";
    const char *value;
    size_t length;
    iteration_t it;
    (void)state;
    assert_int_equal(JSON_SearchConst(doc, sizeof doc - 1, "cfg", 3, &value, &length, NULL),
                     JSONSuccess);
    {
        /* Only the document up to the end of the nested object, against the guard page. */
        char prefix[sizeof doc];
        size_t end = (size_t)(value - doc) + length;
        memcpy(prefix, doc, end);
        prefix[end] = '\0';
        begin(&it, prefix);
        it.start = (size_t)(value - doc);
    }
    expect_member(&it, "x", "1", JSONNumber);
    expect_member(&it, "y", "[2]", JSONArray);
    finish(&it, JSONNotFound);
}

static void malformed_collections_are_illegal(void **state)
{
    iteration_t it;
    (void)state;
    begin(&it, "[1 2]");
    expect_member(&it, NULL, "1", JSONNumber);
    finish(&it, JSONIllegalDocument); /* no comma */
    begin(&it, "[1,]");
    expect_member(&it, NULL, "1", JSONNumber);
    finish(&it, JSONIllegalDocument); /* trailing comma */
    begin(&it, "[,1]");
    finish(&it, JSONIllegalDocument);
    begin(&it, "{\"a\":1 \"b\":2}");
    expect_member(&it, "a", "1", JSONNumber);
    finish(&it, JSONIllegalDocument);
    begin(&it, "{\"a\" 1}");
    finish(&it, JSONIllegalDocument);
    begin(&it, "{1:1}");
    finish(&it, JSONIllegalDocument);
    begin(&it, "[tru]");
    finish(&it, JSONIllegalDocument);
    begin(&it, "{\"a\":[1,}");
    finish(&it, JSONIllegalDocument);
}

static void a_scalar_is_not_a_collection(void **state)
{
    iteration_t it;
    (void)state;
    begin(&it, "  \"text\"");
    finish(&it, JSONIllegalDocument);
    begin(&it, "42");
    finish(&it, JSONIllegalDocument);
}

static void cut_short_collections_are_partial(void **state)
{
    iteration_t it;
    (void)state;
    begin(&it, "[1,2");
    expect_member(&it, NULL, "1", JSONNumber);
    expect_member(&it, NULL, "2", JSONNumber);
    finish(&it, JSONPartial);
    begin(&it, "[1,");
    expect_member(&it, NULL, "1", JSONNumber);
    finish(&it, JSONPartial);
    begin(&it, "{\"a\"");
    finish(&it, JSONPartial);
    begin(&it, "{\"a\":[1");
    finish(&it, JSONPartial);
    begin(&it, "[\"abc");
    finish(&it, JSONPartial);
    begin(&it, "   ");
    finish(&it, JSONPartial);
}

static void members_are_limited_in_depth(void **state)
{
    char doc[2 * JSON_MAX_DEPTH + 8];
    size_t k, n = 0;
    iteration_t it;
    (void)state;
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        doc[n++] = '[';
    }
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        doc[n++] = ']';
    }
    doc[n] = '\0';
    begin(&it, doc);
    assert_int_equal(step(&it), JSONSuccess); /* the member nests JSON_MAX_DEPTH - 1 */
    finish(&it, JSONNotFound);
    memmove(doc + 1, doc, n + 1);
    doc[0] = '[';
    strcat(doc, "]");
    begin(&it, doc);
    finish(&it, JSONMaxDepthExceeded);
}

static void iterate_checks_its_parameters(void **state)
{
    const char doc[] = "[1]";
    size_t start = 0, next = 0;
    JSONPair_t pair;
    (void)state;
    assert_int_equal(JSON_Iterate(NULL, 3, &start, &next, &pair), JSONNullParameter);
    assert_int_equal(JSON_Iterate(doc, 3, NULL, &next, &pair), JSONNullParameter);
    assert_int_equal(JSON_Iterate(doc, 3, &start, NULL, &pair), JSONNullParameter);
    assert_int_equal(JSON_Iterate(doc, 3, &start, &next, NULL), JSONNullParameter);
    assert_int_equal(JSON_Iterate(doc, 0, &start, &next, &pair), JSONBadParameter);
    start = 3;
    assert_int_equal(JSON_Iterate(doc, 3, &start, &next, &pair), JSONBadParameter);
    start = 0;
    next = 4;
    assert_int_equal(JSON_Iterate(doc, 3, &start, &next, &pair), JSONBadParameter);
    next = 0;
    assert_int_equal(JSON_Iterate(doc, 3, &start, &next, &pair), JSONSuccess);
    assert_int_equal(JSON_Iterate(doc, 3, &start, &next, &pair), JSONNotFound);
}

/* Counts the collection at query in doc (query NULL: the top-level value). */
static JSONStatus_t count(const char *doc, const char *query, size_t *out)
{
    guarded_t g = {0};
    size_t length = strlen(doc);
    JSONStatus_t st;
    *out = 12345;
    st = JSON_Count(guarded_copy(&g, doc, length, false), length, query, query ? strlen(query) : 0,
                    out);
    guarded_release(&g);
    if (st != JSONSuccess)
    {
        assert_int_equal(*out, 12345); /* untouched on failure */
    }
    return st;
}

static void expect_count(const char *doc, const char *query, size_t want)
{
    size_t n;
    JSONStatus_t st = count(doc, query, &n);
    if (st != JSONSuccess)
    {
        fail_msg("count %s in %s: %s", query ? query : "(root)", doc, JSON_Status_strerror(st));
    }
    assert_int_equal(n, want);
}

static void expect_count_status(const char *doc, const char *query, JSONStatus_t want)
{
    size_t n;
    JSONStatus_t st = count(doc, query, &n);
    if (st != want)
    {
        fail_msg("count %s in %s: got %s, want %s", query ? query : "(root)", doc,
                 JSON_Status_strerror(st), JSON_Status_strerror(want));
    }
}

static void count_counts_members_at_a_path(void **state)
{
    static const char doc[] =
        "{\"tags\":[\"a\",\"b\",\"c\"],\"cfg\":{\"x\":1,\"y\":{\"z\":[]},\"w\":[1,[2,3]]},"
        "\"empty\":{},\"list\":[[],[1],[1,2],[{},{\"k\":[1,2,3,4]}]]}";
    (void)state;
    expect_count(doc, NULL, 4);
    expect_count(doc, "tags", 3);
    expect_count(doc, "cfg", 3);
    expect_count(doc, "cfg.y", 1);
    expect_count(doc, "cfg.y.z", 0);
    expect_count(doc, "cfg.w", 2);
    expect_count(doc, "cfg.w[1]", 2);
    expect_count(doc, "empty", 0);
    expect_count(doc, "list", 4);
    expect_count(doc, "list[0]", 0);
    expect_count(doc, "list[2]", 2);
    expect_count(doc, "list[3][1].k", 4);
    expect_count(" [ 1 , 2 , 3 ] ", NULL, 3);
    expect_count("[\"a,b\",\"[c]\",\"{d}\"]", NULL, 3); /* brackets in strings are text */
}

static void count_statuses(void **state)
{
    size_t n = 0;
    static const char doc[] = "{\"a\":[1,2],\"s\":\"x\",\"n\":3}";
    (void)state;
    expect_count_status(doc, "missing", JSONNotFound);
    expect_count_status(doc, "a[5]", JSONNotFound);
    expect_count_status(doc, "s", JSONNotFound); /* a string is not a collection */
    expect_count_status(doc, "n", JSONNotFound);
    expect_count_status("7", NULL, JSONNotFound);
    expect_count_status(doc, "a..b", JSONBadParameter);
    expect_count_status(doc, "[", JSONBadParameter);
    expect_count_status("[1,2,]", NULL, JSONIllegalDocument);
    expect_count_status("[1 2]", NULL, JSONIllegalDocument);
    expect_count_status("{\"a\":[1,{]}", "a", JSONIllegalDocument);
    expect_count_status("{\"b\":tru,\"a\":[]}", "a", JSONIllegalDocument); /* broken before */
    expect_count_status("{\"a\":x}", "a", JSONIllegalDocument);
    expect_count_status("{\"a\":[1,2", "a", JSONPartial);
    expect_count_status("{\"b\":1,", "a", JSONPartial);
    expect_count_status("[1,", NULL, JSONPartial);
    expect_count_status("  ", NULL, JSONPartial);
    {
        char deep[2 * JSON_MAX_DEPTH + 8];
        size_t k, d = 0;
        for (k = 0; k <= JSON_MAX_DEPTH; k++)
        {
            deep[d++] = '[';
        }
        deep[d++] = '1';
        for (k = 0; k <= JSON_MAX_DEPTH; k++)
        {
            deep[d++] = ']';
        }
        deep[d] = '\0';
        expect_count_status(deep, NULL, JSONMaxDepthExceeded);
        expect_count_status(deep, "[0]", JSONMaxDepthExceeded);
    }
    assert_int_equal(JSON_Count(NULL, 3, NULL, 0, &n), JSONNullParameter);
    assert_int_equal(JSON_Count("[1]", 3, NULL, 0, NULL), JSONNullParameter);
    assert_int_equal(JSON_Count("[1]", 3, NULL, 2, &n), JSONNullParameter);
    assert_int_equal(JSON_Count("[1]", 0, NULL, 0, &n), JSONBadParameter);
    assert_int_equal(JSON_Count("[1]", 3, "", 0, &n), JSONSuccess);
    assert_int_equal(n, 1);
}

static void count_reaches_the_deepest_level(void **state)
{
    char doc[2 * JSON_MAX_DEPTH + 8];
    char query[3 * JSON_MAX_DEPTH + 16];
    size_t k, n = 0, q = 0, got = 0;
    (void)state;
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        doc[n++] = '[';
    }
    for (k = 0; k < JSON_MAX_DEPTH; k++)
    {
        doc[n++] = ']';
    }
    doc[n] = '\0';
    for (k = 0; k + 1 < JSON_MAX_DEPTH; k++)
    {
        memcpy(query + q, "[0]", 3);
        q += 3;
    }
    query[q] = '\0';
    assert_int_equal(count(doc, query, &got), JSONSuccess);
    assert_int_equal(got, 0);
    memcpy(query + q, "[0]", 4);
    expect_count_status(doc, query, JSONNotFound);
    /* One level deeper than allowed: the collection at the end of the path, and a path
     * that would have to enter it. */
    memmove(doc + 1, doc, n + 1);
    doc[0] = '[';
    strcat(doc, "]");
    expect_count_status(doc, query, JSONMaxDepthExceeded);
    strcat(query, "[0]");
    expect_count_status(doc, query, JSONMaxDepthExceeded);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(iterates_the_members_of_an_object),
        cmocka_unit_test(iterates_the_values_of_an_array),
        cmocka_unit_test(empty_collections_have_no_members),
        cmocka_unit_test(iterates_a_nested_collection_found_by_search),
        cmocka_unit_test(malformed_collections_are_illegal),
        cmocka_unit_test(a_scalar_is_not_a_collection),
        cmocka_unit_test(cut_short_collections_are_partial),
        cmocka_unit_test(members_are_limited_in_depth),
        cmocka_unit_test(iterate_checks_its_parameters),
        cmocka_unit_test(count_counts_members_at_a_path),
        cmocka_unit_test(count_statuses),
        cmocka_unit_test(count_reaches_the_deepest_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
