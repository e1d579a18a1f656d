/*
 * json_reference.c: a deliberately plain, recursive JSON validator used only as a test
 * oracle for JSON_Validate. It shares no code with the library and decides the same
 * questions a different way: UTF-8 by decoding whole code points, surrogate and truncated
 * escapes by trying every completion. Its answer for a prefix of a valid document is
 * JSONPartial exactly when some continuation makes it valid.
 */
#include "json_reference.h"

typedef struct
{
    const unsigned char *s;
    size_t n;
    size_t i;
    size_t depth;
    size_t max_depth;
} ref_t;

static JSONStatus_t ref_value(ref_t *r);

static void ref_space(ref_t *r)
{
    while (r->i < r->n &&
           (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' || r->s[r->i] == '\r'))
    {
        r->i++;
    }
}

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
    {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f')
    {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F')
    {
        return c - 'A' + 10;
    }
    return -1;
}

/* Reads up to four hex digits. Returns the count read before the buffer ended (0..4), or
 * -1 if a non-hex byte came first. */
static int ref_hex(ref_t *r, unsigned *value)
{
    int k;
    *value = 0;
    for (k = 0; k < 4; k++)
    {
        int h;
        if (r->i >= r->n)
        {
            return k;
        }
        h = hex_value(r->s[r->i]);
        if (h < 0)
        {
            return -1;
        }
        *value = (*value << 4) | (unsigned)h;
        r->i++;
    }
    return 4;
}

/* Can `have` digits forming `value` be completed into a unit that is (want_low) or is not
 * (!want_low) a low surrogate? Tries every completion. */
static int completable(unsigned value, int have, int want_low)
{
    unsigned missing = 4u - (unsigned)have;
    unsigned count = 1u << (4u * missing);
    unsigned tail;
    for (tail = 0; tail < count; tail++)
    {
        unsigned unit = (value << (4u * missing)) | tail;
        int low = unit >= 0xDC00u && unit <= 0xDFFFu;
        if (low == want_low)
        {
            return 1;
        }
    }
    return 0;
}

static JSONStatus_t ref_escape(ref_t *r)
{
    unsigned unit, second;
    int got;

    r->i++; /* the backslash */
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    switch (r->s[r->i])
    {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            r->i++;
            return JSONSuccess;
        case 'u':
            r->i++;
            break;
        default:
            return JSONIllegalDocument;
    }
    got = ref_hex(r, &unit);
    if (got < 0)
    {
        return JSONIllegalDocument;
    }
    if (got < 4)
    {
        return completable(unit, got, 0) ? JSONPartial : JSONIllegalDocument;
    }
    if (unit >= 0xDC00u && unit <= 0xDFFFu)
    {
        return JSONIllegalDocument;
    }
    if (unit < 0xD800u || unit > 0xDBFFu)
    {
        return JSONSuccess;
    }
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    if (r->s[r->i] != '\\')
    {
        return JSONIllegalDocument;
    }
    r->i++;
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    if (r->s[r->i] != 'u')
    {
        return JSONIllegalDocument;
    }
    r->i++;
    got = ref_hex(r, &second);
    if (got < 0)
    {
        return JSONIllegalDocument;
    }
    if (got < 4)
    {
        return completable(second, got, 1) ? JSONPartial : JSONIllegalDocument;
    }
    return (second >= 0xDC00u && second <= 0xDFFFu) ? JSONSuccess : JSONIllegalDocument;
}

/* Decodes one multi-byte UTF-8 character and checks the code point. */
static JSONStatus_t ref_utf8(ref_t *r)
{
    unsigned char lead = r->s[r->i];
    size_t length, k;
    unsigned long low_cp, high_cp, min_cp, max_cp;

    if (lead >= 0xC0 && lead <= 0xDF)
    {
        length = 2;
        min_cp = 0x80;
    }
    else if (lead >= 0xE0 && lead <= 0xEF)
    {
        length = 3;
        min_cp = 0x800;
    }
    else if (lead >= 0xF0 && lead <= 0xF7)
    {
        length = 4;
        min_cp = 0x10000;
    }
    else
    {
        return JSONIllegalDocument;
    }
    max_cp = (length == 2) ? 0x7FF : (length == 3) ? 0xFFFF : 0x10FFFF;
    /* low_cp / high_cp: the smallest and largest code point the bytes so far allow. */
    low_cp = high_cp = lead & (0x7Fu >> length);
    for (k = 1; k < length; k++)
    {
        unsigned char c;
        if (r->i + k >= r->n)
        {
            /* Cut short: fill the rest with the extreme continuation bytes. */
            for (; k < length; k++)
            {
                low_cp = low_cp << 6;
                high_cp = (high_cp << 6) | 0x3F;
            }
            if (low_cp < min_cp)
            {
                low_cp = min_cp;
            }
            if (high_cp > max_cp)
            {
                high_cp = max_cp;
            }
            if (low_cp > high_cp)
            {
                return JSONIllegalDocument;
            }
            /* Is there a code point in [low, high] outside the surrogates? */
            if (low_cp >= 0xD800 && high_cp <= 0xDFFF)
            {
                return JSONIllegalDocument;
            }
            return JSONPartial;
        }
        c = r->s[r->i + k];
        if ((c & 0xC0) != 0x80)
        {
            return JSONIllegalDocument;
        }
        low_cp = (low_cp << 6) | (c & 0x3Fu);
        high_cp = low_cp;
        /* An early byte can already rule every completion out. */
        {
            size_t rest = length - 1 - k;
            unsigned long lo = low_cp << (6 * rest);
            unsigned long hi = (high_cp << (6 * rest)) | ((1ul << (6 * rest)) - 1);
            if (hi < min_cp || lo > max_cp || (lo >= 0xD800 && hi <= 0xDFFF))
            {
                return JSONIllegalDocument;
            }
        }
    }
    if (low_cp < min_cp || low_cp > max_cp || (low_cp >= 0xD800 && low_cp <= 0xDFFF))
    {
        return JSONIllegalDocument;
    }
    r->i += length;
    return JSONSuccess;
}

static JSONStatus_t ref_string(ref_t *r)
{
    r->i++; /* the opening quote */
    for (;;)
    {
        unsigned char c;
        JSONStatus_t st;
        if (r->i >= r->n)
        {
            return JSONPartial;
        }
        c = r->s[r->i];
        if (c == '"')
        {
            r->i++;
            return JSONSuccess;
        }
        if (c < 0x20)
        {
            return JSONIllegalDocument;
        }
        if (c == '\\')
        {
            st = ref_escape(r);
        }
        else if (c >= 0x80)
        {
            st = ref_utf8(r);
        }
        else
        {
            r->i++;
            st = JSONSuccess;
        }
        if (st != JSONSuccess)
        {
            return st;
        }
    }
}

static JSONStatus_t ref_literal(ref_t *r, const char *word)
{
    while (*word != '\0')
    {
        if (r->i >= r->n)
        {
            return JSONPartial;
        }
        if (r->s[r->i] != (unsigned char)*word)
        {
            return JSONIllegalDocument;
        }
        r->i++;
        word++;
    }
    return JSONSuccess;
}

static int is_digit(const ref_t *r)
{
    return r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9';
}

/* One or more digits; Partial if the buffer ends before the first. */
static JSONStatus_t ref_digits(ref_t *r)
{
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    if (!is_digit(r))
    {
        return JSONIllegalDocument;
    }
    while (is_digit(r))
    {
        r->i++;
    }
    return JSONSuccess;
}

static JSONStatus_t ref_number(ref_t *r)
{
    JSONStatus_t st;
    if (r->s[r->i] == '-')
    {
        r->i++;
    }
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    if (r->s[r->i] == '0')
    {
        r->i++;
    }
    else if ((st = ref_digits(r)) != JSONSuccess)
    {
        return st;
    }
    if (r->i < r->n && r->s[r->i] == '.')
    {
        r->i++;
        if ((st = ref_digits(r)) != JSONSuccess)
        {
            return st;
        }
    }
    if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E'))
    {
        r->i++;
        if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-'))
        {
            r->i++;
        }
        if ((st = ref_digits(r)) != JSONSuccess)
        {
            return st;
        }
    }
    return JSONSuccess;
}

static JSONStatus_t ref_collection(ref_t *r, unsigned char close)
{
    JSONStatus_t st;
    if (r->depth >= r->max_depth)
    {
        return JSONMaxDepthExceeded;
    }
    r->depth++;
    r->i++;
    ref_space(r);
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    if (r->s[r->i] == close)
    {
        r->i++;
        r->depth--;
        return JSONSuccess;
    }
    for (;;)
    {
        if (close == '}')
        {
            ref_space(r);
            if (r->i >= r->n)
            {
                return JSONPartial;
            }
            if (r->s[r->i] != '"')
            {
                return JSONIllegalDocument;
            }
            if ((st = ref_string(r)) != JSONSuccess)
            {
                return st;
            }
            ref_space(r);
            if (r->i >= r->n)
            {
                return JSONPartial;
            }
            if (r->s[r->i] != ':')
            {
                return JSONIllegalDocument;
            }
            r->i++;
        }
        if ((st = ref_value(r)) != JSONSuccess)
        {
            return st;
        }
        ref_space(r);
        if (r->i >= r->n)
        {
            return JSONPartial;
        }
        if (r->s[r->i] == ',')
        {
            r->i++;
            continue;
        }
        if (r->s[r->i] == close)
        {
            r->i++;
            r->depth--;
            return JSONSuccess;
        }
        return JSONIllegalDocument;
    }
}

static JSONStatus_t ref_value(ref_t *r)
{
    unsigned char c;
    ref_space(r);
    if (r->i >= r->n)
    {
        return JSONPartial;
    }
    c = r->s[r->i];
    switch (c)
    {
        case '{':
            return ref_collection(r, '}');
        case '[':
            return ref_collection(r, ']');
        case '"':
            return ref_string(r);
        case 't':
            return ref_literal(r, "true");
        case 'f':
            return ref_literal(r, "false");
        case 'n':
            return ref_literal(r, "null");
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
            {
                return ref_number(r);
            }
            return JSONIllegalDocument;
    }
}

JSONStatus_t reference_validate(const void *data, size_t length, size_t max_depth,
                                bool collections_only)
{
    ref_t r;
    JSONStatus_t st;

    if (data == NULL)
    {
        return JSONNullParameter;
    }
    if (length == 0)
    {
        return JSONBadParameter;
    }
    r.s = data;
    r.n = length;
    r.i = 0;
    r.depth = 0;
    r.max_depth = max_depth;
    if (collections_only)
    {
        ref_space(&r);
        if (r.i < r.n && r.s[r.i] != '{' && r.s[r.i] != '[')
        {
            return JSONIllegalDocument;
        }
    }
    st = ref_value(&r);
    if (st == JSONSuccess)
    {
        ref_space(&r);
        if (r.i != r.n)
        {
            st = JSONIllegalDocument;
        }
    }
    return st;
}
