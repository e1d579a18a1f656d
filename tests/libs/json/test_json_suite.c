/*
 * test_json_suite.c: JSON_Validate against the JSONTestSuite parsing corpus committed in
 * JSONTestSuite/test_parsing: every y_ file accepted, every n_ file rejected, every i_ file
 * answered; each file and every prefix of it also checked against the reference validator,
 * and every reader function run over each file, all from buffers that end (and start) at
 * an inaccessible page so that a stray read faults.
 */
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_json.h"
#include "json_guarded.h"
#include "json_reference.h"

#ifndef JSON_SUITE_DIR
#error "JSON_SUITE_DIR must name the test_parsing directory"
#endif

typedef struct
{
    char name[256];
    char *data;
    size_t length;
} corpus_file_t;

static corpus_file_t *files;
static size_t file_count;

static int by_name(const void *a, const void *b)
{
    return strcmp(((const corpus_file_t *)a)->name, ((const corpus_file_t *)b)->name);
}

static int load_corpus(void **state)
{
    DIR *dir = opendir(JSON_SUITE_DIR);
    struct dirent *entry;
    size_t capacity = 0;

    (void)state;
    if (dir == NULL)
    {
        fprintf(stderr, "cannot open %s\n", JSON_SUITE_DIR);
        return -1;
    }
    while ((entry = readdir(dir)) != NULL)
    {
        char path[1024];
        FILE *f;
        long size;
        corpus_file_t *file;

        if (strlen(entry->d_name) < 6 || strcmp(entry->d_name + strlen(entry->d_name) - 5, ".json"))
        {
            continue;
        }
        if (file_count == capacity)
        {
            capacity = capacity ? capacity * 2 : 64;
            files = realloc(files, capacity * sizeof *files);
            if (files == NULL)
            {
                return -1;
            }
        }
        file = &files[file_count];
        snprintf(file->name, sizeof file->name, "%s", entry->d_name);
        snprintf(path, sizeof path, "%s/%s", JSON_SUITE_DIR, entry->d_name);
        f = fopen(path, "rb");
        if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
            fseek(f, 0, SEEK_SET) != 0)
        {
            return -1;
        }
        file->length = (size_t)size;
        file->data = malloc(file->length ? file->length : 1);
        if (file->data == NULL || fread(file->data, 1, file->length, f) != file->length)
        {
            return -1;
        }
        fclose(f);
        file_count++;
    }
    closedir(dir);
    qsort(files, file_count, sizeof *files, by_name);
    return 0;
}

static int free_corpus(void **state)
{
    size_t k;
    (void)state;
    for (k = 0; k < file_count; k++)
    {
        free(files[k].data);
    }
    free(files);
    return 0;
}

/* Validates a file from both kinds of guarded buffer; the answers must agree. */
static JSONStatus_t validate_guarded(const corpus_file_t *file, size_t length)
{
    guarded_t g = {0};
    JSONStatus_t at_end, at_start;

    at_end = JSON_Validate(guarded_copy(&g, file->data, length, false), length);
    guarded_release(&g);
    at_start = JSON_Validate(guarded_copy(&g, file->data, length, true), length);
    guarded_release(&g);
    assert_int_equal(at_end, at_start);
    return at_end;
}

static void count_prefix(char prefix, size_t *total, size_t *accepted)
{
    size_t k;
    *total = 0;
    *accepted = 0;
    for (k = 0; k < file_count; k++)
    {
        if (files[k].name[0] == prefix)
        {
            (*total)++;
            if (validate_guarded(&files[k], files[k].length) == JSONSuccess)
            {
                (*accepted)++;
            }
        }
    }
}

static void every_y_file_is_accepted(void **state)
{
    size_t total, accepted, k;
    (void)state;
    for (k = 0; k < file_count; k++)
    {
        if (files[k].name[0] == 'y' && validate_guarded(&files[k], files[k].length) != JSONSuccess)
        {
            fail_msg("valid document rejected: %s (%s)", files[k].name,
                     JSON_Status_strerror(validate_guarded(&files[k], files[k].length)));
        }
    }
    count_prefix('y', &total, &accepted);
    print_message("y_: %zu/%zu accepted\n", accepted, total);
    assert_int_equal(total, 95);
    assert_int_equal(accepted, 95);
}

static void every_n_file_is_rejected(void **state)
{
    size_t total, accepted, k;
    (void)state;
    for (k = 0; k < file_count; k++)
    {
        if (files[k].name[0] == 'n' && validate_guarded(&files[k], files[k].length) == JSONSuccess)
        {
            fail_msg("invalid document accepted: %s", files[k].name);
        }
    }
    count_prefix('n', &total, &accepted);
    print_message("n_: %zu/%zu rejected\n", total - accepted, total);
    assert_int_equal(total, 188);
    assert_int_equal(accepted, 0);
}

static void every_i_file_is_answered(void **state)
{
    size_t total, accepted, k;
    (void)state;
    for (k = 0; k < file_count; k++)
    {
        if (files[k].name[0] == 'i')
        {
            JSONStatus_t st = validate_guarded(&files[k], files[k].length);
            assert_true(st == JSONSuccess || st == JSONIllegalDocument ||
                        st == JSONMaxDepthExceeded || st == JSONPartial);
        }
    }
    count_prefix('i', &total, &accepted);
    print_message("i_: %zu/%zu accepted\n", accepted, total);
    assert_int_equal(total, 35);
}

static void every_file_and_prefix_matches_the_reference(void **state)
{
    size_t k, cut;
    (void)state;
    for (k = 0; k < file_count; k++)
    {
        const corpus_file_t *file = &files[k];
        /* Long files: check the first and last 600 prefixes, enough for every token kind. */
        for (cut = 1; cut <= file->length; cut++)
        {
            JSONStatus_t got, want;
            if (cut > 600 && cut + 600 < file->length)
            {
                continue;
            }
            got = validate_guarded(file, cut);
            want = reference_validate(file->data, cut, JSON_MAX_DEPTH, false);
            if (got != want)
            {
                fail_msg("%s cut at %zu: got %s, reference says %s", file->name, cut,
                         JSON_Status_strerror(got), JSON_Status_strerror(want));
            }
            if (file->name[0] == 'y' && cut < file->length)
            {
                /* A proper prefix of a valid document is never illegal. */
                assert_true(got == JSONPartial || got == JSONSuccess);
            }
        }
    }
}

/* Search, count and iterate never fault or loop on any corpus file. */
static void reader_functions_never_fault(void **state)
{
    static const char *const queries[] = {"a", "[0]", "[1]", "a.b", "[0][0]", "[0].a", "\xc3\xa9"};
    size_t k, q;
    (void)state;
    for (k = 0; k < file_count; k++)
    {
        guarded_t g = {0};
        const char *doc = guarded_copy(&g, files[k].data, files[k].length, false);
        size_t max = files[k].length;
        size_t start = 0, next = 0, count = 0, rounds = 0;
        JSONPair_t pair;
        JSONStatus_t st;

        if (max == 0)
        {
            guarded_release(&g);
            continue;
        }
        for (q = 0; q < sizeof queries / sizeof queries[0]; q++)
        {
            const char *value = NULL;
            size_t value_length = 0;
            JSONTypes_t type = JSONInvalid;
            st = JSON_SearchConst(doc, max, queries[q], strlen(queries[q]), &value, &value_length,
                                  &type);
            if (st == JSONSuccess)
            {
                assert_true(value >= doc && value + value_length <= doc + max);
                assert_int_not_equal(type, JSONInvalid);
            }
            else
            {
                assert_int_equal(st, JSONNotFound);
            }
            st = JSON_Count(doc, max, queries[q], strlen(queries[q]), &count);
            assert_true(st != JSONNullParameter && st != JSONBadParameter);
        }
        do
        {
            st = JSON_Iterate(doc, max, &start, &next, &pair);
            if (st == JSONSuccess)
            {
                assert_true(pair.value >= doc && pair.value + pair.valueLength <= doc + max);
            }
            rounds++;
        } while (st == JSONSuccess && rounds <= max);
        assert_true(rounds <= max);
        guarded_release(&g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_y_file_is_accepted),
        cmocka_unit_test(every_n_file_is_rejected),
        cmocka_unit_test(every_i_file_is_answered),
        cmocka_unit_test(every_file_and_prefix_matches_the_reference),
        cmocka_unit_test(reader_functions_never_fault),
    };
    return cmocka_run_group_tests(tests, load_corpus, free_corpus);
}
