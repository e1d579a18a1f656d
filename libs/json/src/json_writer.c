/*
 * json_writer.c: the JSON writer. Every byte goes through put(), the one place that checks
 * the buffer bound. Strings are checked as UTF-8 and raw values validated with the
 * reader's scanner (json_scan.c), so whatever the writer completes is valid JSON.
 */
#include "json_writer.h"

#include "json_internal.h"

static bool stopped(const JSONWriter_t *w)
{
    return (w->status != JSONWriterSuccess) && (w->status != JSONWriterOverflow);
}

static JSONWriterStatus_t fail(JSONWriter_t *w, JSONWriterStatus_t status)
{
    w->status = status;
    return status;
}

static void put(JSONWriter_t *w, char c)
{
    if (w->length < w->size)
    {
        w->buffer[w->length] = c;
    }
    else
    {
        w->status = JSONWriterOverflow;
    }
    w->length++;
}

static void put_text(JSONWriter_t *w, const char *text)
{
    while (*text != '\0')
    {
        put(w, *text);
        text++;
    }
}

static bool in_object(const JSONWriter_t *w)
{
    size_t level = w->depth - 1u;
    return (w->objects[level / 8u] & (1u << (level % 8u))) != 0u;
}

/* Checks that a value may come here and writes the comma before it. */
static bool value_allowed(JSONWriter_t *w)
{
    if (stopped(w))
    {
        return false;
    }
    if (w->depth == 0u)
    {
        if (w->done)
        {
            (void)fail(w, JSONWriterBadSequence);
            return false;
        }
    }
    else if (in_object(w))
    {
        if (!w->key)
        {
            (void)fail(w, JSONWriterBadSequence);
            return false;
        }
    }
    else if (w->member)
    {
        put(w, ',');
    }
    return true;
}

/* Records that a value (scalar or whole collection) was completed. */
static JSONWriterStatus_t value_done(JSONWriter_t *w)
{
    if (w->depth == 0u)
    {
        w->done = true;
    }
    else
    {
        w->member = true;
        w->key = false;
    }
    return w->status;
}

/* Writes text[0 .. length) as the inside of a JSON string. */
static JSONWriterStatus_t put_escaped(JSONWriter_t *w, const char *text, size_t length)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;

    /* Check the whole string first so that a refused one leaves no partial output. */
    while (i < length)
    {
        if ((unsigned char)text[i] < 0x80u)
        {
            i++;
        }
        else
        {
            JSONStatus_t why;
            i = json_scan_utf8(text, length, i, &why);
            if (i == 0u)
            {
                return fail(w, JSONWriterBadParameter);
            }
        }
    }
    put(w, '"');
    for (i = 0; i < length; i++)
    {
        unsigned char c = (unsigned char)text[i];
        char short_form = '\0';

        switch (c)
        {
            case '"':
                short_form = '"';
                break;
            case '\\':
                short_form = '\\';
                break;
            case '\b':
                short_form = 'b';
                break;
            case '\f':
                short_form = 'f';
                break;
            case '\n':
                short_form = 'n';
                break;
            case '\r':
                short_form = 'r';
                break;
            case '\t':
                short_form = 't';
                break;
            default:
                break;
        }
        if (short_form != '\0')
        {
            put(w, '\\');
            put(w, short_form);
        }
        else if (c < 0x20u)
        {
            put_text(w, "\\u00");
            put(w, hex[c >> 4]);
            put(w, hex[c & 0xFu]);
        }
        else
        {
            put(w, (char)c);
        }
    }
    put(w, '"');
    return w->status;
}

/* Writes the decimal digits of value, with a point before the last `fraction` of them
 * (zero-padded so that at least one digit precedes the point). */
static void put_digits(JSONWriter_t *w, uint64_t value, unsigned fraction)
{
    char digits[20];
    unsigned count = 0;
    unsigned i;

    /* 32-bit division where it suffices: far cheaper on the small targets. */
    while (value > UINT32_MAX)
    {
        digits[count++] = (char)('0' + (unsigned)(value % 10u));
        value /= 10u;
    }
    {
        uint32_t small = (uint32_t)value;
        do
        {
            digits[count++] = (char)('0' + (unsigned)(small % 10u));
            small /= 10u;
        } while (small != 0u);
    }
    while (count <= fraction)
    {
        digits[count++] = '0';
    }
    for (i = count; i > 0u; i--)
    {
        if (i == fraction) /* never for fraction 0: i stays above 0 */
        {
            put(w, '.');
        }
        put(w, digits[i - 1u]);
    }
}

static JSONWriterStatus_t put_signed(JSONWriter_t *w, int64_t value, unsigned fraction)
{
    uint64_t magnitude = (uint64_t)value;

    if (!value_allowed(w))
    {
        return w->status;
    }
    if (value < 0)
    {
        put(w, '-');
        magnitude = 0u - magnitude; /* well defined for INT64_MIN too */
    }
    put_digits(w, magnitude, fraction);
    return value_done(w);
}

static JSONWriterStatus_t begin(JSONWriter_t *w, bool object)
{
    size_t level;

    if (!value_allowed(w))
    {
        return w->status;
    }
    if (w->depth >= (size_t)JSON_MAX_DEPTH)
    {
        return fail(w, JSONWriterMaxDepthExceeded);
    }
    level = w->depth;
    if (object)
    {
        w->objects[level / 8u] = (unsigned char)(w->objects[level / 8u] | (1u << (level % 8u)));
    }
    else
    {
        w->objects[level / 8u] = (unsigned char)(w->objects[level / 8u] & ~(1u << (level % 8u)));
    }
    w->depth++;
    w->member = false;
    w->key = false;
    put(w, object ? '{' : '[');
    return w->status;
}

static JSONWriterStatus_t end(JSONWriter_t *w, bool object)
{
    if (stopped(w))
    {
        return w->status;
    }
    if ((w->depth == 0u) || (in_object(w) != object) || w->key)
    {
        return fail(w, JSONWriterBadSequence);
    }
    put(w, object ? '}' : ']');
    w->depth--;
    return value_done(w);
}

JSONWriterStatus_t JSONWriter_Init(JSONWriter_t *writer, char *buffer, size_t size)
{
    size_t i;

    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    writer->buffer = buffer;
    writer->size = size;
    writer->length = 0;
    writer->depth = 0;
    for (i = 0; i < sizeof writer->objects; i++)
    {
        writer->objects[i] = 0u;
    }
    writer->member = false;
    writer->key = false;
    writer->done = false;
    writer->status =
        ((buffer == NULL) && (size > 0u)) ? JSONWriterNullParameter : JSONWriterSuccess;
    return writer->status;
}

JSONWriterStatus_t JSONWriter_BeginObject(JSONWriter_t *writer)
{
    return (writer == NULL) ? JSONWriterNullParameter : begin(writer, true);
}

JSONWriterStatus_t JSONWriter_EndObject(JSONWriter_t *writer)
{
    return (writer == NULL) ? JSONWriterNullParameter : end(writer, true);
}

JSONWriterStatus_t JSONWriter_BeginArray(JSONWriter_t *writer)
{
    return (writer == NULL) ? JSONWriterNullParameter : begin(writer, false);
}

JSONWriterStatus_t JSONWriter_EndArray(JSONWriter_t *writer)
{
    return (writer == NULL) ? JSONWriterNullParameter : end(writer, false);
}

JSONWriterStatus_t JSONWriter_Key(JSONWriter_t *writer, const char *key, size_t keyLength)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (stopped(writer))
    {
        return writer->status;
    }
    if ((key == NULL) && (keyLength > 0u))
    {
        return fail(writer, JSONWriterNullParameter);
    }
    if ((writer->depth == 0u) || !in_object(writer) || writer->key)
    {
        return fail(writer, JSONWriterBadSequence);
    }
    if (writer->member)
    {
        put(writer, ',');
    }
    if (put_escaped(writer, key, keyLength) == JSONWriterBadParameter)
    {
        return JSONWriterBadParameter;
    }
    put(writer, ':');
    writer->key = true;
    return writer->status;
}

JSONWriterStatus_t JSONWriter_String(JSONWriter_t *writer, const char *text, size_t length)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (!stopped(writer) && (text == NULL) && (length > 0u))
    {
        return fail(writer, JSONWriterNullParameter);
    }
    if (!value_allowed(writer))
    {
        return writer->status;
    }
    if (put_escaped(writer, text, length) == JSONWriterBadParameter)
    {
        return JSONWriterBadParameter;
    }
    return value_done(writer);
}

JSONWriterStatus_t JSONWriter_Int(JSONWriter_t *writer, int64_t value)
{
    return (writer == NULL) ? JSONWriterNullParameter : put_signed(writer, value, 0u);
}

JSONWriterStatus_t JSONWriter_Uint(JSONWriter_t *writer, uint64_t value)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (!value_allowed(writer))
    {
        return writer->status;
    }
    put_digits(writer, value, 0u);
    return value_done(writer);
}

JSONWriterStatus_t JSONWriter_Decimal(JSONWriter_t *writer, int64_t value, unsigned fractionDigits)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (!stopped(writer) && (fractionDigits > JSON_WRITER_MAX_FRACTION_DIGITS))
    {
        return fail(writer, JSONWriterBadParameter);
    }
    return put_signed(writer, value, fractionDigits);
}

JSONWriterStatus_t JSONWriter_Bool(JSONWriter_t *writer, bool value)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (!value_allowed(writer))
    {
        return writer->status;
    }
    put_text(writer, value ? "true" : "false");
    return value_done(writer);
}

JSONWriterStatus_t JSONWriter_Null(JSONWriter_t *writer)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (!value_allowed(writer))
    {
        return writer->status;
    }
    put_text(writer, "null");
    return value_done(writer);
}

JSONWriterStatus_t JSONWriter_Raw(JSONWriter_t *writer, const char *json, size_t length)
{
    size_t end_of_value = 0;
    size_t i;

    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (stopped(writer))
    {
        return writer->status;
    }
    if ((json == NULL) && (length > 0u))
    {
        return fail(writer, JSONWriterNullParameter);
    }
    if ((length == 0u) ||
        (json_scan_value(json, length, &end_of_value, (size_t)JSON_MAX_DEPTH - writer->depth) !=
         JSONSuccess) ||
        (json_skip_space(json, length, end_of_value) != length))
    {
        return fail(writer, JSONWriterBadParameter);
    }
    if (!value_allowed(writer))
    {
        return writer->status;
    }
    for (i = 0; i < length; i++)
    {
        put(writer, json[i]);
    }
    return value_done(writer);
}

JSONWriterStatus_t JSONWriter_Finish(const JSONWriter_t *writer, size_t *outLength)
{
    if (writer == NULL)
    {
        return JSONWriterNullParameter;
    }
    if (outLength != NULL)
    {
        *outLength = writer->length;
    }
    if (writer->status != JSONWriterSuccess)
    {
        return writer->status;
    }
    return writer->done ? JSONWriterSuccess : JSONWriterIncomplete;
}

const char *JSONWriter_strerror(JSONWriterStatus_t status)
{
    switch (status)
    {
        case JSONWriterSuccess:
            return "JSONWriterSuccess";
        case JSONWriterOverflow:
            return "JSONWriterOverflow";
        case JSONWriterNullParameter:
            return "JSONWriterNullParameter";
        case JSONWriterBadParameter:
            return "JSONWriterBadParameter";
        case JSONWriterBadSequence:
            return "JSONWriterBadSequence";
        case JSONWriterMaxDepthExceeded:
            return "JSONWriterMaxDepthExceeded";
        case JSONWriterIncomplete:
            return "JSONWriterIncomplete";
        default:
            return "JSONWriterUnknownStatus";
    }
}
