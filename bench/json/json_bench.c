/*
 * json_bench.c: libs/json throughput. Generates the same document on every run (records
 * of objects, arrays, escaped strings, surrogate-pair escapes, UTF-8 text and numbers,
 * from a fixed-seed generator), then times JSON_Validate over all of it and JSON_Search of
 * the last element of its big array, in MB per second of the thread's CPU time (the same
 * as wall time on an idle machine, and steadier on a shared one; the wall-time rates go to
 * stderr). Modes:
 *   json_bench throughput [bytes]  prints "bench: json.validate" and "json.search_array"
 *   json_bench validate-once bytes validates once (for callgrind); prints the size
 *   json_bench search-once bytes   searches once (for callgrind); prints the size
 * Figures go to stdout, everything else to stderr.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core_json.h"

typedef struct
{
    char *data;
    size_t length;
    size_t capacity;
} doc_t;

static void put(doc_t *d, const char *s)
{
    size_t n = strlen(s);
    if (d->length + n > d->capacity)
    {
        d->capacity = (d->length + n) * 2;
        d->data = realloc(d->data, d->capacity);
        if (d->data == NULL)
        {
            perror("realloc");
            exit(1);
        }
    }
    memcpy(d->data + d->length, s, n);
    d->length += n;
}

static uint64_t seed = 0x2545F4914F6CDD1Dull;

static uint32_t next_random(void)
{
    seed ^= seed >> 12;
    seed ^= seed << 25;
    seed ^= seed >> 27;
    return (uint32_t)((seed * 0x2545F4914F6CDD1Dull) >> 32);
}

static const char *const words[] = {
    "alpha", "beta", "gamma", "delta", "sensor", "valve", "pump", "kitchen", "garage", "north",
};

/* UTF-8 text: Latin with accents, Greek, CJK, emoji. */
static const char *const texts[] = {
    "Gr\xc3\xbc\xc3\x9f"
    "e aus K\xc3\xb6ln, na\xc3\xafve fa\xc3\xa7"
    "ade",
    "\xce\xb8\xce\xb5\xcf\x81\xce\xbc\xce\xbf\xcf\x83\xcf\x84\xce\xac\xcf\x84\xce\xb7\xcf\x82 "
    "\xce\xbf\xce\xba",
    "\xe6\xb8\xa9\xe5\xba\xa6\xe3\x82\xbb\xe3\x83\xb3\xe3\x82\xb5\xe3\x83\xbc\xe3\x81\xaf"
    "\xe6\xad\xa3\xe5\xb8\xb8\xe3\x81\xa7\xe3\x81\x99",
    "status ok \xe2\x9c\x93 battery \xf0\x9f\x94\x8b 87%",
    "plain ASCII text that goes on for a while, like a log line would",
};

/* Escaped strings: quotes, backslashes, control escapes, \u escapes, surrogate pairs. */
static const char *const escaped[] = {
    "line \\\"quoted\\\" \\\\ path\\/to\\n\\tend",
    "caf\\u00e9 \\ud83d\\ude00 smile \\uD83C\\uDF0D globe",
    "C:\\\\Program Files\\\\Tern\\\\bin\\r\\n",
    "\\u0041\\u0042\\u0043 \\b\\f tab\\tsep",
};

static void record(doc_t *d, unsigned index)
{
    char number[64];
    unsigned k, n;

    snprintf(number, sizeof number, "{\"id\":%u,\"device\":\"%s-%06u\",\"active\":%s,", index,
             words[next_random() % 10], next_random() % 1000000u,
             (next_random() & 1u) ? "true" : "false");
    put(d, number);
    snprintf(number, sizeof number, "\"location\":{\"lat\":%d.%06u,\"lon\":-%u.%06u,",
             (int)(next_random() % 180u) - 90, next_random() % 1000000u, next_random() % 180u,
             next_random() % 1000000u);
    put(d, number);
    snprintf(number, sizeof number, "\"alt\":%ue%d},\"tags\":[", next_random() % 5000u,
             (int)(next_random() % 7u) - 3);
    put(d, number);
    n = 1 + next_random() % 4u;
    for (k = 0; k < n; k++)
    {
        put(d, k ? ",\"" : "\"");
        put(d, words[next_random() % 10]);
        put(d, "\"");
    }
    put(d, "],\"readings\":[");
    n = 2 + next_random() % 6u;
    for (k = 0; k < n; k++)
    {
        snprintf(number, sizeof number, "%s%s%u.%u", k ? "," : "", (next_random() & 1u) ? "-" : "",
                 next_random() % 1000u, next_random() % 100u);
        put(d, number);
    }
    put(d, "],\"note\":\"");
    put(d, escaped[next_random() % 4]);
    put(d, "\",\"text\":\"");
    put(d, texts[next_random() % 5]);
    put(d, "\",\"error\":null}");
}

/* Builds {"records":[ ... ]} of at least `size` bytes; returns the number of records. */
static unsigned generate(doc_t *d, size_t size)
{
    unsigned count = 0;
    put(d, "{\"version\":3,\"source\":\"json_bench\",\"records\":[\n");
    while (d->length < size)
    {
        if (count > 0)
        {
            put(d, ",\n");
        }
        record(d, count++);
    }
    put(d, "\n]}\n");
    return count;
}

/* Seconds of CPU time this thread has used: unlike wall time, it does not count the time
 * other processes on a shared machine hold the CPU. */
static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double wall_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* MB/s of `bytes` per second of CPU time for one run: the operation repeated for at least
 * 0.25 s. *wall_rate receives the same per second of wall time. */
static double rate(const doc_t *d, const char *query, size_t bytes, double *wall_rate)
{
    unsigned reps = 0;
    double start = cpu_now(), wall_start = wall_now(), elapsed;
    do
    {
        JSONStatus_t st;
        if (query == NULL)
        {
            st = JSON_Validate(d->data, d->length);
        }
        else
        {
            char *value;
            size_t length;
            st = JSON_Search(d->data, d->length, query, strlen(query), &value, &length);
        }
        if (st != JSONSuccess)
        {
            fprintf(stderr, "json_bench: %s failed: %s\n", query ? query : "validate",
                    JSON_Status_strerror(st));
            exit(1);
        }
        reps++;
        elapsed = cpu_now() - start;
    } while (elapsed < 0.25);
    *wall_rate = (double)bytes * reps / (wall_now() - wall_start) / 1e6;
    return (double)bytes * reps / elapsed / 1e6;
}

static double median5(double *rates)
{
    qsort(rates, 5, sizeof rates[0], by_value);
    return rates[2];
}

int main(int argc, char **argv)
{
    doc_t d = {NULL, 0, 0};
    const char *mode = (argc > 1) ? argv[1] : "throughput";
    size_t size = (argc > 2) ? (size_t)strtoull(argv[2], NULL, 0) : 10u * 1000u * 1000u;
    unsigned count = generate(&d, size);
    char query[64];
    const char *value;
    size_t value_length;

    snprintf(query, sizeof query, "records[%u].id", count - 1);
    if (strcmp(mode, "validate-once") == 0 || strcmp(mode, "search-once") == 0)
    {
        /* Under callgrind, only the one call below is counted (--toggle-collect). */
        JSONStatus_t st = (mode[0] == 'v')
                              ? JSON_Validate(d.data, d.length)
                              : JSON_SearchConst(d.data, d.length, query, strlen(query), &value,
                                                 &value_length, NULL);
        printf("%zu\n", d.length);
        fprintf(stderr, "json_bench: %zu bytes, %u records: %s\n", d.length, count,
                JSON_Status_strerror(st));
        return st == JSONSuccess ? 0 : 1;
    }
    if (JSON_Validate(d.data, d.length) != JSONSuccess ||
        JSON_SearchConst(d.data, d.length, query, strlen(query), &value, &value_length, NULL) !=
            JSONSuccess)
    {
        fprintf(stderr, "json_bench: the generated document does not validate\n");
        return 1;
    }
    fprintf(stderr, "json_bench: %zu bytes, %u records, query %s (match ends at byte %zu)\n",
            d.length, count, query, (size_t)(value - d.data) + value_length);
    if (strcmp(mode, "throughput") != 0)
    {
        fprintf(stderr, "usage: json_bench [throughput|validate-once|search-once] [bytes]\n");
        return 2;
    }
    {
        /* Validate and search take turns, so that both see the same load on the machine. */
        double validate[5], search[5], validate_wall[5], search_wall[5];
        size_t searched = (size_t)(value - d.data) + value_length;
        int run;
        for (run = 0; run < 5; run++)
        {
            validate[run] = rate(&d, NULL, d.length, &validate_wall[run]);
            /* The searched element is the last one: the search passes over the whole array,
             * and its rate counts only the bytes up to the end of the match. */
            search[run] = rate(&d, query, searched, &search_wall[run]);
        }
        printf("bench: json.validate %.0f MB/s\n", median5(validate));
        printf("bench: json.search_array %.0f MB/s\n", median5(search));
        fprintf(stderr,
                "json_bench: per second of wall time: validate %.0f MB/s, search %.0f MB/s\n",
                median5(validate_wall), median5(search_wall));
    }
    free(d.data);
    return 0;
}
