/*
 * json_walk.c: stepping through the members of one collection, and following a key path
 * (the query syntax of JSON_Search) from the top-level value. Shared by JSON_Search,
 * JSON_Iterate and JSON_Count; relies on the scanner in json_scan.c to pass over values.
 */
#include "json_internal.h"

/* One step of a query: an object key (as written in the query) or an array index. */
typedef struct
{
    size_t start;  /* first byte of the key in the query */
    size_t length; /* bytes of the key in the query, escaping backslashes included */
    size_t index;  /* the array index */
    bool is_index;
} query_part_t;

JSONTypes_t json_type_of(char c)
{
    /* The first byte of each type, in the order of JSONTypes_t from JSONString on. */
    static const char firsts[] = "\"-tfn{[";
    size_t k;

    if ((c >= '0') && (c <= '9'))
    {
        return JSONNumber;
    }
    for (k = 0; k < sizeof firsts - 1u; k++)
    {
        if (firsts[k] == c)
        {
            return (JSONTypes_t)(JSONString + k);
        }
    }
    return JSONInvalid;
}

JSONStatus_t json_next_member(const char *buf, size_t max, size_t *index, bool first, bool object,
                              size_t *key, size_t *key_length)
{
    size_t i = json_skip_space(buf, max, *index);

    if (i >= max)
    {
        return JSONPartial;
    }
    if (buf[i] == (object ? '}' : ']'))
    {
        *index = i;
        return JSONNotFound;
    }
    if (!first)
    {
        if (buf[i] != ',')
        {
            return JSONIllegalDocument;
        }
        i = json_skip_space(buf, max, i + 1u);
    }
    if (object)
    {
        size_t key_start = i;
        JSONStatus_t status;

        if (i >= max)
        {
            return JSONPartial;
        }
        if (buf[i] != '"')
        {
            return JSONIllegalDocument;
        }
        status = json_scan_value(buf, max, &i, 0u); /* a string, as checked above */
        if (status != JSONSuccess)
        {
            return status;
        }
        *key = key_start + 1u;
        *key_length = i - key_start - 2u;
        i = json_skip_space(buf, max, i);
        if (i >= max)
        {
            return JSONPartial;
        }
        if (buf[i] != ':')
        {
            return JSONIllegalDocument;
        }
        i = json_skip_space(buf, max, i + 1u);
    }
    *index = i;
    return JSONSuccess;
}

/*
 * Reads the query part at *at and the separator after it, if any. Grammar: a part is
 * "[digits]" or a non-empty key running to an unescaped separator or '['; a backslash and
 * the byte after it always belong to the key together. A separator must be followed by a
 * part. An index may be followed by a key without a separator ("[0]a"), as in coreJSON.
 */
static JSONStatus_t query_next(const char *query, size_t length, size_t *at, query_part_t *part)
{
    size_t i = *at;

    part->is_index = (query[i] == '[');
    if (part->is_index)
    {
        size_t value = 0;
        size_t digits = ++i;
        while ((i < length) && (query[i] >= '0') && (query[i] <= '9'))
        {
            size_t digit = (size_t)(query[i] - '0');
            if (value > ((size_t)MAX_INDEX_VALUE - digit) / 10u)
            {
                return JSONBadParameter;
            }
            value = (value * 10u) + digit;
            i++;
        }
        if ((i == digits) || (i >= length) || (query[i] != ']'))
        {
            return JSONBadParameter;
        }
        i++;
        part->index = value;
    }
    else
    {
        part->start = i;
        while ((i < length) && (query[i] != JSON_QUERY_KEY_SEPARATOR) && (query[i] != '['))
        {
            if ((query[i] == '\\') && (i + 1u < length))
            {
                i++;
            }
            i++;
        }
        if (i == part->start)
        {
            return JSONBadParameter;
        }
        part->length = i - part->start;
    }
    if ((i < length) && (query[i] == JSON_QUERY_KEY_SEPARATOR))
    {
        i++;
        if (i == length)
        {
            return JSONBadParameter;
        }
    }
    *at = i;
    return JSONSuccess;
}

JSONStatus_t json_check_query(const char *query, size_t query_length)
{
    size_t at = 0;
    query_part_t part;

    while (at < query_length)
    {
        if (query_next(query, query_length, &at, &part) != JSONSuccess)
        {
            return JSONBadParameter;
        }
    }
    return JSONSuccess;
}

/* Does the document key (raw bytes between its quotes) match the query part? */
static bool key_matches(const char *query, const query_part_t *part, const char *key,
                        size_t key_length)
{
    const char *q = query + part->start;
    size_t n = part->length;
    size_t qi = 0;
    size_t ki = 0;

    while (qi < n)
    {
        char want = q[qi];
        if ((want == '\\') && (qi + 1u < n))
        {
            /* "\." and "\[" stand for the byte alone; any other pair is compared as is. */
            if ((q[qi + 1u] == JSON_QUERY_KEY_SEPARATOR) || (q[qi + 1u] == '['))
            {
                want = q[qi + 1u];
            }
            else
            {
                if ((ki >= key_length) || (key[ki] != want))
                {
                    return false;
                }
                ki++;
                want = q[qi + 1u];
            }
            qi++;
        }
        if ((ki >= key_length) || (key[ki] != want))
        {
            return false;
        }
        ki++;
        qi++;
    }
    return ki == key_length;
}

JSONStatus_t json_not_found_at(const char *buf, size_t max, size_t i, size_t depth_limit)
{
    JSONStatus_t status = json_scan_value(buf, max, &i, depth_limit);
    return (status == JSONSuccess) ? JSONNotFound : status;
}

JSONTypes_t json_value_span(const char *buf, size_t *start, size_t *end)
{
    JSONTypes_t type = json_type_of(buf[*start]);
    if (type == JSONString)
    {
        (*start)++;
        (*end)--;
    }
    return type;
}

JSONStatus_t json_locate(const char *buf, size_t max, const char *query, size_t query_length,
                         size_t *value, size_t *depth)
{
    size_t at = 0;
    size_t level = 0;
    size_t i = json_skip_space(buf, max, 0u);
    query_part_t part;
    JSONStatus_t status;

    while (at < query_length)
    {
        bool first = true;
        size_t position = 0;

        if (query_next(query, query_length, &at, &part) != JSONSuccess)
        {
            return JSONBadParameter;
        }
        if (i >= max)
        {
            return JSONPartial;
        }
        if (buf[i] != (part.is_index ? '[' : '{'))
        {
            return json_not_found_at(buf, max, i, (size_t)JSON_MAX_DEPTH - level);
        }
        if (level >= (size_t)JSON_MAX_DEPTH)
        {
            return JSONMaxDepthExceeded;
        }
        level++;
        i++;
        for (;;)
        {
            size_t key = 0;
            size_t key_length = 0;

            status = json_next_member(buf, max, &i, first, !part.is_index, &key, &key_length);
            if (status != JSONSuccess)
            {
                return status; /* JSONNotFound at the closing bracket */
            }
            if (part.is_index && (part.index > position))
            {
                /* Pass over all the elements before the wanted one in a single scan. */
                size_t count = part.index - position;
                status =
                    json_scan_members(buf, max, &i, (size_t)JSON_MAX_DEPTH - level, false, &count);
                position += count;
            }
            else if (part.is_index || key_matches(query, &part, buf + key, key_length))
            {
                break;
            }
            else
            {
                status = json_scan_value(buf, max, &i, (size_t)JSON_MAX_DEPTH - level);
                position++;
            }
            if (status != JSONSuccess)
            {
                return status;
            }
            first = false;
        }
    }
    *value = i;
    *depth = level;
    return JSONSuccess;
}
