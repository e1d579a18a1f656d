/*
 * json_iterate.c: JSON_Iterate, one member of a collection per call. The caller's *next
 * carries the position between calls; json_next_member insists on the comma between
 * members, so a malformed collection is reported rather than read past.
 */
#include "json_internal.h"

JSONStatus_t JSON_Iterate(const char *buf, size_t max, size_t *start, size_t *next,
                          JSONPair_t *outPair)
{
    size_t open;
    size_t i;
    size_t value;
    size_t key = 0;
    size_t key_length = 0;
    bool object;
    bool first;
    JSONStatus_t status;
    JSONTypes_t type;

    if ((buf == NULL) || (start == NULL) || (next == NULL) || (outPair == NULL))
    {
        return JSONNullParameter;
    }
    if ((max == 0u) || (*start >= max) || (*next > max))
    {
        return JSONBadParameter;
    }
    open = json_skip_space(buf, max, *start);
    *start = open;
    if (open >= max)
    {
        return JSONPartial;
    }
    if ((buf[open] != '{') && (buf[open] != '['))
    {
        return JSONIllegalDocument;
    }
    object = (buf[open] == '{');
    /* Every position this function stores is past the first member's value, so anything
     * at or before the first byte inside the collection means "start from the beginning". */
    first = (*next <= open + 1u);
    i = first ? (open + 1u) : *next;
    status = json_next_member(buf, max, &i, first, object, &key, &key_length);
    if (status != JSONSuccess)
    {
        return status;
    }
    value = i;
    status = json_scan_value(buf, max, &i, (size_t)JSON_MAX_DEPTH - 1u);
    if (status != JSONSuccess)
    {
        return status;
    }
    *next = i;
    type = json_value_span(buf, &value, &i);
    outPair->key = object ? (buf + key) : NULL;
    outPair->keyLength = key_length;
    outPair->value = buf + value;
    outPair->valueLength = i - value;
    outPair->jsonType = type;
    return JSONSuccess;
}
