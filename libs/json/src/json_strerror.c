/*
 * json_strerror.c: JSON_Status_strerror, the name of each JSONStatus_t value, for logs.
 * Kept apart so that applications that never print a status do not link the strings.
 */
#include "core_json.h"

const char *JSON_Status_strerror(JSONStatus_t status)
{
    switch (status)
    {
        case JSONPartial:
            return "JSONPartial";
        case JSONSuccess:
            return "JSONSuccess";
        case JSONIllegalDocument:
            return "JSONIllegalDocument";
        case JSONMaxDepthExceeded:
            return "JSONMaxDepthExceeded";
        case JSONNotFound:
            return "JSONNotFound";
        case JSONNullParameter:
            return "JSONNullParameter";
        case JSONBadParameter:
            return "JSONBadParameter";
        default:
            return "JSONUnknownStatus";
    }
}
