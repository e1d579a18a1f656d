/*
 * json_count.c: JSON_Count, the number of members of the collection at a key path. Uses
 * the same path walk as JSON_Search and validates every member it counts.
 */
#include "json_internal.h"

JSONStatus_t JSON_Count(const char *buf, size_t max, const char *query, size_t queryLength,
                        size_t *outCount)
{
    size_t i = 0;
    size_t depth = 0;
    size_t count = 0;
    size_t key = 0;
    size_t key_length = 0;
    bool object;
    JSONStatus_t status;

    if ((buf == NULL) || (outCount == NULL) || ((query == NULL) && (queryLength > 0u)))
    {
        return JSONNullParameter;
    }
    if (max == 0u)
    {
        return JSONBadParameter;
    }
    if (queryLength > 0u)
    {
        status = json_check_query(query, queryLength);
        if (status == JSONSuccess)
        {
            status = json_locate(buf, max, query, queryLength, &i, &depth);
        }
        if (status != JSONSuccess)
        {
            return status;
        }
    }
    else
    {
        i = json_skip_space(buf, max, 0u);
    }
    if (i >= max)
    {
        return JSONPartial;
    }
    if ((buf[i] != '{') && (buf[i] != '['))
    {
        return json_not_found_at(buf, max, i, 0u); /* a scalar has no members */
    }
    if (depth >= (size_t)JSON_MAX_DEPTH)
    {
        return JSONMaxDepthExceeded;
    }
    object = (buf[i] == '{');
    i = json_skip_space(buf, max, i + 1u);
    if ((i < max) && (buf[i] != (object ? '}' : ']')))
    {
        /* Every member in one scan; it stops at the first value no comma follows. */
        count = SIZE_MAX;
        status =
            json_scan_members(buf, max, &i, (size_t)JSON_MAX_DEPTH - depth - 1u, object, &count);
        if (status != JSONSuccess)
        {
            return status;
        }
    }
    /* What follows must be the closing bracket. */
    status = json_next_member(buf, max, &i, count == 0u, object, &key, &key_length);
    if (status != JSONNotFound)
    {
        return (status == JSONSuccess) ? JSONIllegalDocument : status;
    }
    *outCount = count;
    return JSONSuccess;
}
