/*
 * json_search.c: JSON_SearchConst and JSON_SearchT (JSON_Search is a macro over the
 * latter). One pass: json_locate follows the key path, passing over the members that do
 * not match, and the scanner then measures the matched value.
 */
#include "json_internal.h"

JSONStatus_t JSON_SearchConst(const char *buf, size_t max, const char *query, size_t queryLength,
                              const char **outValue, size_t *outValueLength, JSONTypes_t *outType)
{
    size_t start = 0;
    size_t end;
    size_t depth = 0;
    JSONStatus_t status;
    JSONTypes_t type;

    if ((buf == NULL) || (query == NULL) || (outValue == NULL) || (outValueLength == NULL))
    {
        return JSONNullParameter;
    }
    if ((max == 0u) || (queryLength == 0u) || (json_check_query(query, queryLength) != JSONSuccess))
    {
        return JSONBadParameter;
    }
    status = json_locate(buf, max, query, queryLength, &start, &depth);
    end = start;
    if (status == JSONSuccess)
    {
        status = json_scan_value(buf, max, &end, (size_t)JSON_MAX_DEPTH - depth);
    }
    if (status != JSONSuccess)
    {
        /* coreJSON reports a malformed or truncated document here as "not found". */
        return JSONNotFound;
    }
    type = json_value_span(buf, &start, &end);
    *outValue = buf + start;
    *outValueLength = end - start;
    if (outType != NULL)
    {
        *outType = type;
    }
    return JSONSuccess;
}

JSONStatus_t JSON_SearchT(char *buf, size_t max, const char *query, size_t queryLength,
                          char **outValue, size_t *outValueLength, JSONTypes_t *outType)
{
    const char *value = NULL;
    JSONStatus_t status = JSON_SearchConst(
        buf, max, query, queryLength, (outValue != NULL) ? &value : NULL, outValueLength, outType);

    if (status == JSONSuccess)
    {
        /* value points into buf, which the caller gave us writable. */
        *outValue = buf + (value - buf);
    }
    return status;
}
