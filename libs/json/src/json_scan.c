/*
 * json_scan.c: the validating scanner behind every reader function, and JSON_Validate.
 * One loop with an explicit stack of closing brackets instead of recursion. Plain ASCII in
 * strings is passed over a machine word at a time; everything else a byte at a time.
 * Relies on memcpy only for those word loads, which compilers turn into one instruction.
 */
#include "json_internal.h"

#include <string.h>

/* Bytes of string tested at once: size_t is the widest integer a target loads in one go. */
#define WORD_BYTES sizeof(size_t)
#define ONES       ((size_t)-1 / 0xFFu) /* 0x01 in every byte */
#define HIGHS      (ONES * 0x80u)       /* 0x80 in every byte */

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

size_t json_skip_space(const char *buf, size_t max, size_t i)
{
    return skip_space(buf, max, i);
}

/*
 * Nonzero if some byte of w is '"', '\\', below 0x20 or above 0x7F. The subtractions can
 * borrow across bytes, but only out of a byte that is itself flagged, so the answer to
 * "is there such a byte" is exact; where it is, the byte loop finds out.
 */
static size_t word_needs_care(size_t w)
{
    size_t quote = w ^ (ONES * 0x22u);
    size_t backslash = w ^ (ONES * 0x5Cu);
    size_t found = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) |
                   (w - ONES * 0x20u) | w;
    return found & HIGHS;
}

/*
 * Reads the four hex digits of a \u escape at buf[i ..] into *unit. low_surrogate says
 * whether the escape must be the low half of a surrogate pair (U+DC00..U+DFFF) or must not
 * be (a low half on its own). Both are decided from the first two digits, so that a buffer
 * ending inside an escape that can no longer be valid is illegal, not partial.
 */
static JSONStatus_t scan_hex4(const char *buf, size_t max, size_t i, bool low_surrogate,
                              unsigned *unit)
{
    unsigned value = 0;
    size_t k;

    for (k = 1u; k <= 4u; k++, i++)
    {
        unsigned c, digit;
        if (i >= max)
        {
            return JSONPartial;
        }
        c = (unsigned char)buf[i];
        digit = c - '0';
        if (digit > 9u)
        {
            /* Folding to lower case maps 'A'..'F' onto 'a'..'f' and nothing else there. */
            digit = (c | 0x20u) - 'a';
            if (digit > 5u)
            {
                return JSONIllegalDocument;
            }
            digit += 10u;
        }
        value = (value << 4) | digit;
        if (((k == 1u) && low_surrogate && (value != 0xDu)) ||
            ((k == 2u) && (((value & 0xFCu) == 0xDCu) != low_surrogate)))
        {
            return JSONIllegalDocument;
        }
    }
    *unit = value;
    return JSONSuccess;
}

/*
 * Scans the escape sequence whose backslash is at *index. A \u escape of a high surrogate
 * must be followed at once by one of a low surrogate; a low surrogate alone is refused.
 */
static JSONStatus_t scan_escape(const char *buf, size_t max, size_t *index)
{
    size_t i = *index + 1u;
    unsigned unit = 0;
    JSONStatus_t status;

    if (i >= max)
    {
        return JSONPartial;
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
            *index = i + 1u;
            return JSONSuccess;
        case 'u':
            break;
        default:
            return JSONIllegalDocument;
    }
    status = scan_hex4(buf, max, i + 1u, false, &unit);
    i += 5u;
    if ((status == JSONSuccess) && ((unit & 0xFC00u) == 0xD800u))
    {
        /* A high surrogate: the escape of a low one must follow at once. */
        if ((i < max) && (buf[i] != '\\'))
        {
            return JSONIllegalDocument;
        }
        if ((i + 1u < max) && (buf[i + 1u] != 'u'))
        {
            return JSONIllegalDocument;
        }
        if (i + 1u >= max)
        {
            return JSONPartial;
        }
        status = scan_hex4(buf, max, i + 2u, true, &unit);
        i += 6u;
    }
    if (status == JSONSuccess)
    {
        *index = i;
    }
    return status;
}

JSONStatus_t json_scan_utf8(const char *buf, size_t max, size_t *index)
{
    size_t i = *index;
    unsigned lead = (unsigned char)buf[i];
    unsigned low = 0x80u;
    unsigned high = 0xBFu;
    size_t extra;

    if ((lead < 0xC2u) || (lead > 0xF4u))
    {
        return JSONIllegalDocument;
    }
    if (lead < 0xE0u)
    {
        extra = 1u;
    }
    else if (lead < 0xF0u)
    {
        extra = 2u;
        low = (lead == 0xE0u) ? 0xA0u : low;   /* shorter forms of U+0000..U+07FF */
        high = (lead == 0xEDu) ? 0x9Fu : high; /* surrogates U+D800..U+DFFF */
    }
    else
    {
        extra = 3u;
        low = (lead == 0xF0u) ? 0x90u : low;   /* shorter forms of U+0000..U+FFFF */
        high = (lead == 0xF4u) ? 0x8Fu : high; /* above U+10FFFF */
    }
    do
    {
        unsigned c;
        i++;
        if (i >= max)
        {
            return JSONPartial;
        }
        c = (unsigned char)buf[i];
        if ((c < low) || (c > high))
        {
            return JSONIllegalDocument;
        }
        low = 0x80u;
        high = 0xBFu;
        extra--;
    } while (extra > 0u);
    *index = i + 1u;
    return JSONSuccess;
}

JSONStatus_t json_scan_string(const char *buf, size_t max, size_t *index)
{
    size_t i = *index + 1u;
    JSONStatus_t status = JSONSuccess;

    for (;;)
    {
        unsigned char c;

        /* i <= max always holds here, so max - i cannot wrap. */
        while (max - i >= WORD_BYTES)
        {
            size_t word;
            memcpy(&word, buf + i, WORD_BYTES);
            if (word_needs_care(word) != 0u)
            {
                break;
            }
            i += WORD_BYTES;
        }
        for (;;)
        {
            if (i >= max)
            {
                return JSONPartial;
            }
            c = (unsigned char)buf[i];
            if (c == '"')
            {
                *index = i + 1u;
                return JSONSuccess;
            }
            if ((c == '\\') || (c >= 0x80u))
            {
                break;
            }
            if (c < 0x20u)
            {
                return JSONIllegalDocument;
            }
            i++;
        }
        /* Runs of non-ASCII letters and escapes stay here rather than retrying the word
         * test after each one. */
        do
        {
            status = (c == '\\') ? scan_escape(buf, max, &i) : json_scan_utf8(buf, max, &i);
            if (status != JSONSuccess)
            {
                return status;
            }
            c = (i < max) ? (unsigned char)buf[i] : 0u;
        } while ((c >= 0x80u) || (c == '\\'));
    }
}

static JSONStatus_t scan_digits_after(const char *buf, size_t max, size_t *index)
{
    size_t i = *index;

    if (i >= max)
    {
        return JSONPartial;
    }
    if (!is_digit((unsigned char)buf[i]))
    {
        return JSONIllegalDocument;
    }
    do
    {
        i++;
    } while ((i < max) && is_digit((unsigned char)buf[i]));
    *index = i;
    return JSONSuccess;
}

/* Scans a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static JSONStatus_t scan_number(const char *buf, size_t max, size_t *index)
{
    size_t i = *index;
    JSONStatus_t status;

    if (buf[i] == '-')
    {
        i++;
    }
    if ((i < max) && (buf[i] == '0'))
    {
        i++;
    }
    else
    {
        status = scan_digits_after(buf, max, &i);
        if (status != JSONSuccess)
        {
            return status;
        }
    }
    if ((i < max) && (buf[i] == '.'))
    {
        i++;
        status = scan_digits_after(buf, max, &i);
        if (status != JSONSuccess)
        {
            return status;
        }
    }
    if ((i < max) && ((buf[i] == 'e') || (buf[i] == 'E')))
    {
        i++;
        if ((i < max) && ((buf[i] == '+') || (buf[i] == '-')))
        {
            i++;
        }
        status = scan_digits_after(buf, max, &i);
        if (status != JSONSuccess)
        {
            return status;
        }
    }
    *index = i;
    return JSONSuccess;
}

/* Scans "true", "false" or "null", whose first byte has been seen at *index. */
static JSONStatus_t scan_literal(const char *buf, size_t max, size_t *index, const char *text,
                                 size_t length)
{
    size_t i = *index;
    size_t k;

    for (k = 1u; k < length; k++)
    {
        if (i + k >= max)
        {
            return JSONPartial;
        }
        if (buf[i + k] != text[k])
        {
            return JSONIllegalDocument;
        }
    }
    *index = i + length;
    return JSONSuccess;
}

/* Scans `"key" :` with the whitespace around it, leaving *index after the colon. */
static JSONStatus_t scan_key(const char *buf, size_t max, size_t *index)
{
    size_t i = skip_space(buf, max, *index);
    JSONStatus_t status;

    if (i >= max)
    {
        return JSONPartial;
    }
    if (buf[i] != '"')
    {
        return JSONIllegalDocument;
    }
    status = json_scan_string(buf, max, &i);
    if (status != JSONSuccess)
    {
        return status;
    }
    i = skip_space(buf, max, i);
    if (i >= max)
    {
        return JSONPartial;
    }
    if (buf[i] != ':')
    {
        return JSONIllegalDocument;
    }
    *index = i + 1u;
    return JSONSuccess;
}

JSONStatus_t json_scan_value(const char *buf, size_t max, size_t *index, size_t depth_limit)
{
    char closers[JSON_MAX_DEPTH]; /* closing bracket of each open collection */
    char closer = '\0';           /* the innermost one */
    size_t depth = 0;
    size_t i = *index;
    JSONStatus_t status;

    if (depth_limit > (size_t)JSON_MAX_DEPTH)
    {
        depth_limit = JSON_MAX_DEPTH;
    }
    for (;;)
    {
        unsigned char c;

        /* A value starts here. */
        i = skip_space(buf, max, i);
        if (i >= max)
        {
            return JSONPartial;
        }
        c = (unsigned char)buf[i];
        if (c == '"')
        {
            status = json_scan_string(buf, max, &i);
        }
        else if ((c == '-') || is_digit(c))
        {
            status = scan_number(buf, max, &i);
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
            i = skip_space(buf, max, i + 1u);
            if (i >= max)
            {
                return JSONPartial;
            }
            if (buf[i] != closer)
            {
                if (closer == '}')
                {
                    status = scan_key(buf, max, &i);
                    if (status != JSONSuccess)
                    {
                        return status;
                    }
                }
                continue;
            }
            i++;
            depth--;
            closer = (depth > 0u) ? closers[depth - 1u] : '\0';
            status = JSONSuccess;
        }
        else if (c == 't')
        {
            status = scan_literal(buf, max, &i, "true", 4u);
        }
        else if (c == 'f')
        {
            status = scan_literal(buf, max, &i, "false", 5u);
        }
        else if (c == 'n')
        {
            status = scan_literal(buf, max, &i, "null", 4u);
        }
        else
        {
            status = JSONIllegalDocument;
        }
        if (status != JSONSuccess)
        {
            return status;
        }

        /* A value ends here: a comma or closing brackets may follow. */
        for (;;)
        {
            if (depth == 0u)
            {
                *index = i;
                return JSONSuccess;
            }
            i = skip_space(buf, max, i);
            if (i >= max)
            {
                return JSONPartial;
            }
            c = (unsigned char)buf[i];
            i++;
            if (c == ',')
            {
                if (closer == '}')
                {
                    status = scan_key(buf, max, &i);
                    if (status != JSONSuccess)
                    {
                        return status;
                    }
                }
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
