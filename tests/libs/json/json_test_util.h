/*
 * json_test_util.h: small helpers shared by the libs/json unit tests: a deterministic random
 * generator and a generator of random valid documents (test code may recurse).
 */
#ifndef JSON_TEST_UTIL_H
#define JSON_TEST_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct
{
    uint64_t state;
} test_rng_t;

static inline uint32_t rng_next(test_rng_t *rng)
{
    /* xorshift64*: plenty for picking test cases, and the same on every machine. */
    rng->state ^= rng->state >> 12;
    rng->state ^= rng->state << 25;
    rng->state ^= rng->state >> 27;
    return (uint32_t)((rng->state * 0x2545F4914F6CDD1Dull) >> 32);
}

static inline uint32_t rng_below(test_rng_t *rng, uint32_t bound)
{
    return rng_next(rng) % bound;
}

typedef struct
{
    char *out;
    size_t size;
    size_t length;
} text_t;

static inline void text_put(text_t *t, const char *s, size_t n)
{
    if (t->length + n <= t->size)
    {
        memcpy(t->out + t->length, s, n);
    }
    t->length += n;
}

static inline void text_puts(text_t *t, const char *s)
{
    text_put(t, s, strlen(s));
}

/* Pieces of string content: plain, escaped, surrogate pairs, UTF-8 of every length. */
static const char *const json_string_pieces[] = {
    "a",
    "Z",
    " ",
    "hello world",
    "\\n",
    "\\\"",
    "\\\\",
    "\\/",
    "\\b",
    "\\f",
    "\\r",
    "\\t",
    "\\u0041",
    "\\u00e9",
    "\\u0000",
    "\\uD83D\\uDE00",
    "\\udbff\\udfff",
    "\xc3\xa9",
    "\xe2\x82\xac",
    "\xf0\x9f\x98\x80",
    "\xf4\x8f\xbf\xbf",
    "\xef\xbf\xbf",
    "\x7f",
    "12345678",
};

static const char *const json_number_pieces[] = {
    "0",      "-0",  "1",    "-1",     "12",       "1234567890123", "0.5",
    "-0.125", "1e5", "1E+2", "2.5e-3", "-9.75E10", "100",
};

static inline void random_string(test_rng_t *rng, text_t *t)
{
    uint32_t parts = rng_below(rng, 6);
    uint32_t k;
    text_puts(t, "\"");
    for (k = 0; k < parts; k++)
    {
        text_puts(t, json_string_pieces[rng_below(rng, sizeof json_string_pieces /
                                                           sizeof json_string_pieces[0])]);
    }
    text_puts(t, "\"");
}

static inline void random_space(test_rng_t *rng, text_t *t)
{
    static const char *const spaces[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
    text_puts(t, spaces[rng_below(rng, sizeof spaces / sizeof spaces[0])]);
}

/* Appends a random valid value nesting at most `depth` collections. */
static inline void random_value(test_rng_t *rng, text_t *t, unsigned depth)
{
    uint32_t kind = rng_below(rng, depth > 0 ? 8 : 6);
    uint32_t k, members;

    switch (kind)
    {
        case 0:
        case 1:
            random_string(rng, t);
            break;
        case 2:
            text_puts(t, json_number_pieces[rng_below(rng, sizeof json_number_pieces /
                                                               sizeof json_number_pieces[0])]);
            break;
        case 3:
            text_puts(t, "true");
            break;
        case 4:
            text_puts(t, rng_below(rng, 2) ? "false" : "null");
            break;
        case 5:
            text_puts(t, rng_below(rng, 2) ? "{}" : "[]");
            break;
        default:
            members = rng_below(rng, 5);
            text_puts(t, kind == 6 ? "{" : "[");
            for (k = 0; k < members; k++)
            {
                if (k > 0)
                {
                    text_puts(t, ",");
                }
                random_space(rng, t);
                if (kind == 6)
                {
                    random_string(rng, t);
                    random_space(rng, t);
                    text_puts(t, ":");
                    random_space(rng, t);
                }
                random_value(rng, t, depth - 1);
                random_space(rng, t);
            }
            text_puts(t, kind == 6 ? "}" : "]");
            break;
    }
}

#endif /* JSON_TEST_UTIL_H */
