/*
 * test_json_config.c: the library built with every configuration macro changed
 * (JSON_MAX_DEPTH=4, JSON_QUERY_KEY_SEPARATOR='/', JSON_VALIDATE_COLLECTIONS_ONLY; see
 * CMakeLists.txt): each setting takes effect in the reader and the writer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core_json.h"
#include "json_guarded.h"
#include "json_reference.h"
#include "json_test_util.h"
#include "json_writer.h"

#if JSON_MAX_DEPTH != 4 || JSON_QUERY_KEY_SEPARATOR != '/' ||                                      \
    !defined(JSON_VALIDATE_COLLECTIONS_ONLY)
#error "built without the test configuration"
#endif

static JSONStatus_t validate(const char *text)
{
    guarded_t g = {0};
    size_t length = strlen(text);
    JSONStatus_t st = JSON_Validate(guarded_copy(&g, text, length, false), length);
    guarded_release(&g);
    assert_int_equal(st, reference_validate(text, length, 4, true));
    return st;
}

static void only_collections_are_documents(void **state)
{
    (void)state;
    assert_int_equal(validate("1"), JSONIllegalDocument);
    assert_int_equal(validate("  \"a\""), JSONIllegalDocument);
    assert_int_equal(validate("true"), JSONIllegalDocument);
    assert_int_equal(validate("x"), JSONIllegalDocument);
    assert_int_equal(validate("[1]"), JSONSuccess);
    assert_int_equal(validate(" {} "), JSONSuccess);
    assert_int_equal(validate("  "), JSONPartial);
    assert_int_equal(validate("[1,"), JSONPartial);
}

static void depth_limit_is_four(void **state)
{
    (void)state;
    assert_int_equal(validate("[[[[1]]]]"), JSONSuccess);
    assert_int_equal(validate("[[[[[1]]]]]"), JSONMaxDepthExceeded);
    assert_int_equal(validate("{\"a\":{\"b\":[[{}]]}}"), JSONMaxDepthExceeded);
}

static void separator_is_a_slash(void **state)
{
    static const char doc[] = "{\"a\":{\"b\":[1,{\"c\":2}]},\"a.b\":3,\"x/y\":4}";
    const char *value;
    size_t length;
    (void)state;
    assert_int_equal(JSON_SearchConst(doc, sizeof doc - 1, "a/b[1]/c", 8, &value, &length, NULL),
                     JSONSuccess);
    assert_memory_equal(value, "2", length);
    assert_int_equal(JSON_SearchConst(doc, sizeof doc - 1, "a.b", 3, &value, &length, NULL),
                     JSONSuccess);
    assert_memory_equal(value, "3", length);
    assert_int_equal(JSON_SearchConst(doc, sizeof doc - 1, "x\\/y", 4, &value, &length, NULL),
                     JSONSuccess);
    assert_memory_equal(value, "4", length);
    assert_int_equal(JSON_SearchConst(doc, sizeof doc - 1, "a/", 2, &value, &length, NULL),
                     JSONBadParameter);
}

static void search_and_count_respect_the_depth(void **state)
{
    static const char doc[] = "[[[[1]]],[[[[2]]]]]";
    const char *value;
    size_t length, n;
    (void)state;
    assert_int_equal(
        JSON_SearchConst(doc, sizeof doc - 1, "[0][0][0][0]", 12, &value, &length, NULL),
        JSONSuccess);
    assert_int_equal(JSON_SearchConst(doc, sizeof doc - 1, "[1]", 3, &value, &length, NULL),
                     JSONNotFound);
    assert_int_equal(JSON_Count(doc, sizeof doc - 1, "[0][0]", 6, &n), JSONSuccess);
    assert_int_equal(n, 1);
    assert_int_equal(JSON_Count(doc, sizeof doc - 1, "[1][0][0]", 9, &n), JSONMaxDepthExceeded);
}

static void writer_depth_limit_is_four(void **state)
{
    char out[64];
    JSONWriter_t w;
    int k;
    (void)state;
    JSONWriter_Init(&w, out, sizeof out);
    for (k = 0; k < 4; k++)
    {
        assert_int_equal(JSONWriter_BeginArray(&w), JSONWriterSuccess);
    }
    assert_int_equal(JSONWriter_BeginArray(&w), JSONWriterMaxDepthExceeded);
    /* The writer still writes scalar top-level documents; only validation is stricter. */
    JSONWriter_Init(&w, out, sizeof out);
    assert_int_equal(JSONWriter_Raw(&w, "5", 1), JSONWriterSuccess);
}

static void random_documents_match_the_reference(void **state)
{
    test_rng_t rng = {42};
    char out[2048];
    unsigned round;
    (void)state;
    for (round = 0; round < 20000; round++)
    {
        text_t t = {out, sizeof out, 0};
        random_value(&rng, &t, rng_below(&rng, 7));
        if (t.length > sizeof out)
        {
            continue;
        }
        if (rng_below(&rng, 2) && t.length > 1)
        {
            t.length = 1 + rng_below(&rng, (uint32_t)t.length);
        }
        assert_int_equal(JSON_Validate(out, t.length), reference_validate(out, t.length, 4, true));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(only_collections_are_documents),
        cmocka_unit_test(depth_limit_is_four),
        cmocka_unit_test(separator_is_a_slash),
        cmocka_unit_test(search_and_count_respect_the_depth),
        cmocka_unit_test(writer_depth_limit_is_four),
        cmocka_unit_test(random_documents_match_the_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
