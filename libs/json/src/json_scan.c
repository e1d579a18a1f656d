/*
 * json_scan.c: the validating scanner behind every reader function, and JSON_Validate.
 * One loop with an explicit stack of closing brackets instead of recursion. Plain ASCII in
 * strings and runs of digits are passed over a machine word at a time, everything else a
 * byte at a time. Relies on memcpy only for those word loads, which compilers turn into one
 * instruction.
 *
 * The helpers take the index where their token starts and return the index just past it,
 * or 0 on failure with the reason in *status. No token ends at index 0, and keeping the
 * index out of memory lets the compiler hold it in a register through the whole loop.
 */
#include "json_internal.h"

#include <string.h>

/* Bytes tested at once: size_t is the widest integer a target loads in one go. */
#define WORD_BYTES sizeof(size_t)
#define ONES       ((size_t)-1 / 0xFFu) /* 0x01 in every byte */
#define HIGHS      (ONES * 0x80u)       /* 0x80 in every byte */

/* Byte j holds WORD_BYTES - 1 - j: see first_flagged_byte(). */
#if SIZE_MAX > 0xFFFFFFFFu
#define BYTE_INDEXES ((size_t)0x0001020304050607ull)
#elif SIZE_MAX > 0xFFFFu
#define BYTE_INDEXES ((size_t)0x00010203ul)
#else
#define BYTE_INDEXES ((size_t)0x0001u)
#endif

static bool is_digit(unsigned char c)
{
    return (unsigned)(c - '0') < 10u;
}

static size_t skip_space(const char *buf, size_t max, size_t i)
{
    while (i < max)
    {
        unsigned char c = (unsigned char)buf[i];
        if ((c > ' ') || ((c != ' ') && (c != '\n') && (c != '\r') && (c != '\t')))
        {
            break;
        }
        i++;
    }
    return i;
}

/* skip_space() with the common case, no whitespace at all, tested first. */
static inline size_t next_token(const char *buf, size_t max, size_t i)
{
    if ((i < max) && ((unsigned char)buf[i] > ' '))
    {
        return i;
    }
    return skip_space(buf, max, i);
}

size_t json_skip_space(const char *buf, size_t max, size_t i)
{
    return skip_space(buf, max, i);
}

/* Records why a scan failed and returns the failure index, 0. */
static size_t failed(JSONStatus_t *status, JSONStatus_t why)
{
    *status = why;
    return 0u;
}

/* Is the first byte in memory the least significant byte of a loaded word? Compilers fold
 * this to a constant. */
static bool words_load_little_endian(void)
{
    const size_t one = 1u;
    unsigned char first;
    memcpy(&first, &one, 1u);
    return first == 1u;
}

/*
 * The index of the first flagged byte (0x80 set in its place, as the word tests below
 * produce) of a little-endian word. The lowest flag is 0x80 << 8k; shifted down to 1 << 8k
 * it moves BYTE_INDEXES up k bytes, which brings the byte holding k to the top.
 */
static size_t first_flagged_byte(size_t flags)
{
    size_t lowest = flags & (0u - flags);
    return ((lowest >> 7) * BYTE_INDEXES) >> ((WORD_BYTES - 1u) * 8u);
}

/*
 * Flags the bytes of w that a string scan must look at: '"', '\\', below 0x20 or above
 * 0x7F. The subtractions borrow across bytes only out of a byte that is itself flagged, so
 * the flag nearest the start of memory is exact when words load little-endian (borrows run
 * towards later bytes), and "some byte needs care" is exact either way.
 */
static size_t string_word_flags(size_t w)
{
    size_t quote = w ^ (ONES * 0x22u);
    size_t backslash = w ^ (ONES * 0x5Cu);
    size_t found =
        ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | (w - ONES * 0x20u) | w;
    return found & HIGHS;
}

/* The index just past the run of digits that starts at i (i itself if there is none). */
static inline size_t skip_digits(const char *buf, size_t max, size_t i)
{
    while (max - i >= WORD_BYTES)
    {
        size_t word;
        size_t flags;
        memcpy(&word, buf + i, WORD_BYTES);
        /* Flags each byte outside '0'..'9'; borrows and carries leave flagged bytes only,
         * as in string_word_flags(). */
        flags = ((word - ONES * 0x30u) | (word + ONES * 0x46u)) & HIGHS;
        if (flags != 0u)
        {
            if (words_load_little_endian())
            {
                return i + first_flagged_byte(flags);
            }
            break;
        }
        i += WORD_BYTES;
    }
    while ((i < max) && is_digit((unsigned char)buf[i]))
    {
        i++;
    }
    return i;
}

/*
 * Reads the four hex digits of a \u escape at buf[i ..] into *unit. low_surrogate says
 * whether the escape must be the low half of a surrogate pair (U+DC00..U+DFFF) or must not
 * be (a low half on its own). Both are decided from the first two digits, so that a buffer
 * ending inside an escape that can no longer be valid is illegal, not partial.
 */
static size_t scan_hex4(const char *buf, size_t max, size_t i, bool low_surrogate, unsigned *unit,
                        JSONStatus_t *status)
{
    unsigned value = 0;
    size_t k;

    for (k = 1u; k <= 4u; k++, i++)
    {
        unsigned c, digit;
        if (i >= max)
        {
            return failed(status, JSONPartial);
        }
        c = (unsigned char)buf[i];
        digit = c - '0';
        if (digit > 9u)
        {
            /* Folding to lower case maps 'A'..'F' onto 'a'..'f' and nothing else there. */
            digit = (c | 0x20u) - 'a';
            if (digit > 5u)
            {
                return failed(status, JSONIllegalDocument);
            }
            digit += 10u;
        }
        value = (value << 4) | digit;
        if (((k == 1u) && low_surrogate && (value != 0xDu)) ||
            ((k == 2u) && (((value & 0xFCu) == 0xDCu) != low_surrogate)))
        {
            return failed(status, JSONIllegalDocument);
        }
    }
    *unit = value;
    return i;
}

/*
 * Scans the escape sequence whose backslash is at i. A \u escape of a high surrogate must
 * be followed at once by the escape of a low surrogate; a low surrogate alone is refused.
 */
static size_t scan_escape(const char *buf, size_t max, size_t i, JSONStatus_t *status)
{
    unsigned unit = 0;

    i++;
    if (i >= max)
    {
        return failed(status, JSONPartial);
    }
    switch (buf[i])
    {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            return i + 1u;
        case 'u':
            break;
        default:
            return failed(status, JSONIllegalDocument);
    }
    i = scan_hex4(buf, max, i + 1u, false, &unit, status);
    if ((i != 0u) && ((unit & 0xFC00u) == 0xD800u))
    {
        if ((i < max) && (buf[i] != '\\'))
        {
            return failed(status, JSONIllegalDocument);
        }
        if ((i + 1u < max) && (buf[i + 1u] != 'u'))
        {
            return failed(status, JSONIllegalDocument);
        }
        if (i + 1u >= max)
        {
            return failed(status, JSONPartial);
        }
        i = scan_hex4(buf, max, i + 2u, true, &unit, status);
    }
    return i;
}

size_t json_scan_utf8(const char *buf, size_t max, size_t i, JSONStatus_t *status)
{
    unsigned lead = (unsigned char)buf[i];
    unsigned low = 0x80u;
    unsigned high = 0xBFu;
    size_t end;

    if ((lead < 0xC2u) || (lead > 0xF4u))
    {
        return failed(status, JSONIllegalDocument);
    }
    if (lead < 0xE0u)
    {
        end = i + 2u;
    }
    else if (lead < 0xF0u)
    {
        end = i + 3u;
        low = (lead == 0xE0u) ? 0xA0u : low;   /* shorter forms of U+0000..U+07FF */
        high = (lead == 0xEDu) ? 0x9Fu : high; /* surrogates U+D800..U+DFFF */
    }
    else
    {
        end = i + 4u;
        low = (lead == 0xF0u) ? 0x90u : low;   /* shorter forms of U+0000..U+FFFF */
        high = (lead == 0xF4u) ? 0x8Fu : high; /* above U+10FFFF */
    }
    for (i++; i < end; i++)
    {
        unsigned c;
        if (i >= max)
        {
            return failed(status, JSONPartial);
        }
        c = (unsigned char)buf[i];
        if ((c < low) || (c > high))
        {
            return failed(status, JSONIllegalDocument);
        }
        low = 0x80u;
        high = 0xBFu;
    }
    return end;
}

/* Scans the string whose opening quote is at i. Called from one place, so that it is
 * inlined into the scanner loop. */
static size_t scan_string(const char *buf, size_t max, size_t i, JSONStatus_t *status)
{
    i++;
    for (;;)
    {
        unsigned char c;

        /* i <= max always holds here, so max - i cannot wrap. */
        while (max - i >= WORD_BYTES)
        {
            size_t word;
            size_t flags;
            memcpy(&word, buf + i, WORD_BYTES);
            flags = string_word_flags(word);
            if (flags != 0u)
            {
                if (words_load_little_endian())
                {
                    i += first_flagged_byte(flags);
                }
                break;
            }
            i += WORD_BYTES;
        }
        /* Up to the byte that needs care: the next one, unless words load big-endian or
         * fewer than a word's bytes are left. */
        for (;;)
        {
            if (i >= max)
            {
                return failed(status, JSONPartial);
            }
            c = (unsigned char)buf[i];
            if (c == '"')
            {
                return i + 1u;
            }
            if ((c == '\\') || (c >= 0x80u))
            {
                break;
            }
            if (c < 0x20u)
            {
                return failed(status, JSONIllegalDocument);
            }
            i++;
        }
        /* Runs of non-ASCII letters and escapes stay here rather than retrying the word
         * test after each one. */
        do
        {
            i = (c == '\\') ? scan_escape(buf, max, i, status)
                            : json_scan_utf8(buf, max, i, status);
            if (i == 0u)
            {
                return 0u;
            }
            c = (i < max) ? (unsigned char)buf[i] : 0u;
        } while ((c >= 0x80u) || (c == '\\'));
    }
}

/* After a run of digits that should have started at `start` and ended at i: none is
 * partial at the end of the buffer and illegal elsewhere. */
static size_t digits_present(size_t start, size_t i, size_t max, JSONStatus_t *status)
{
    if (i > start)
    {
        return i;
    }
    return failed(status, (i >= max) ? JSONPartial : JSONIllegalDocument);
}

/* Scans a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static size_t scan_number(const char *buf, size_t max, size_t i, JSONStatus_t *status)
{
    size_t start;

    if (buf[i] == '-')
    {
        i++;
    }
    start = i;
    i = digits_present(start, skip_digits(buf, max, i), max, status);
    if ((i > start + 1u) && (buf[start] == '0'))
    {
        return failed(status, JSONIllegalDocument); /* a leading zero */
    }
    if ((i != 0u) && (i < max) && (buf[i] == '.'))
    {
        start = i + 1u;
        i = digits_present(start, skip_digits(buf, max, start), max, status);
    }
    if ((i != 0u) && (i < max) && ((buf[i] | 0x20) == 'e'))
    {
        i++;
        if ((i < max) && ((buf[i] == '+') || (buf[i] == '-')))
        {
            i++;
        }
        i = digits_present(i, skip_digits(buf, max, i), max, status);
    }
    return i;
}

/* Scans "true", "false" or "null", whose first byte has been seen at i. */
static size_t scan_literal(const char *buf, size_t max, size_t i, JSONStatus_t *status)
{
    const char *text = "null";

    if (buf[i] == 't')
    {
        text = "true";
    }
    else if (buf[i] == 'f')
    {
        text = "false";
    }
    for (i++, text++; *text != '\0'; i++, text++)
    {
        if (i >= max)
        {
            return failed(status, JSONPartial);
        }
        if (buf[i] != *text)
        {
            return failed(status, JSONIllegalDocument);
        }
    }
    return i;
}

JSONStatus_t json_scan_members(const char *buf, size_t max, size_t *index, size_t depth_limit,
                               bool object, size_t *count)
{
    char closers[JSON_MAX_DEPTH]; /* closing bracket of each open collection */
    char closer = '\0';           /* the innermost one */
    size_t depth = 0;
    size_t scanned = 0;
    size_t i = *index;
    bool want_key = object; /* an object member's key comes next, not a value */
    JSONStatus_t status = JSONSuccess;

    for (;;)
    {
        unsigned char c;

        /* A value (or a key) starts here. */
        i = next_token(buf, max, i);
        if (i >= max)
        {
            return JSONPartial;
        }
        c = (unsigned char)buf[i];
        if (c == '"')
        {
            i = scan_string(buf, max, i, &status);
            if ((i != 0u) && want_key)
            {
                i = next_token(buf, max, i);
                if (i >= max)
                {
                    return JSONPartial;
                }
                if (buf[i] != ':')
                {
                    return JSONIllegalDocument;
                }
                i++;
                want_key = false;
                continue;
            }
        }
        else if (want_key)
        {
            return JSONIllegalDocument;
        }
        else if ((c == '-') || is_digit(c))
        {
            i = scan_number(buf, max, i, &status);
        }
        else if ((c == '{') || (c == '['))
        {
            if (depth >= depth_limit)
            {
                return JSONMaxDepthExceeded;
            }
            closer = (char)(c + 2u); /* '{' + 2 is '}', '[' + 2 is ']' */
            closers[depth] = closer;
            depth++;
            i = next_token(buf, max, i + 1u);
            if (i >= max)
            {
                return JSONPartial;
            }
            if (buf[i] != closer)
            {
                want_key = (closer == '}');
                continue;
            }
            i++;
            depth--;
            closer = (depth > 0u) ? closers[depth - 1u] : '\0';
        }
        else if ((c == 't') || (c == 'f') || (c == 'n'))
        {
            i = scan_literal(buf, max, i, &status);
        }
        else
        {
            return JSONIllegalDocument;
        }
        if (i == 0u)
        {
            return status;
        }

        /* A value ends here: a comma or closing brackets may follow. */
        for (;;)
        {
            if (depth == 0u)
            {
                /* A member done. A comma is looked for only when more are wanted, so a
                 * single value costs nothing here. */
                scanned++;
                if (scanned < *count)
                {
                    size_t next = next_token(buf, max, i);
                    if ((next < max) && (buf[next] == ','))
                    {
                        i = next + 1u;
                        want_key = object;
                        break;
                    }
                }
                *index = i;
                *count = scanned;
                return JSONSuccess;
            }
            i = next_token(buf, max, i);
            if (i >= max)
            {
                return JSONPartial;
            }
            c = (unsigned char)buf[i];
            i++;
            if (c == ',')
            {
                want_key = (closer == '}');
                break;
            }
            if (c != (unsigned char)closer)
            {
                return JSONIllegalDocument;
            }
            depth--;
            closer = (depth > 0u) ? closers[depth - 1u] : '\0';
        }
    }
}

JSONStatus_t json_scan_value(const char *buf, size_t max, size_t *index, size_t depth_limit)
{
    size_t one = 1u;
    return json_scan_members(buf, max, index, depth_limit, false, &one);
}

JSONStatus_t JSON_Validate(const char *buf, size_t max)
{
    size_t i = 0;
    JSONStatus_t status;

    if (buf == NULL)
    {
        return JSONNullParameter;
    }
    if (max == 0u)
    {
        return JSONBadParameter;
    }
#ifdef JSON_VALIDATE_COLLECTIONS_ONLY
    i = skip_space(buf, max, 0u);
    if ((i < max) && (buf[i] != '{') && (buf[i] != '['))
    {
        return JSONIllegalDocument;
    }
#endif
    status = json_scan_value(buf, max, &i, JSON_MAX_DEPTH);
    if ((status == JSONSuccess) && (skip_space(buf, max, i) != max))
    {
        status = JSONIllegalDocument;
    }
    return status;
}
