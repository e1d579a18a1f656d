/*
 * json_internal.h: what the reader's files share: the validating scanner (json_scan.c) and
 * the member stepper and key-path walker (json_walk.c). Not part of the public API.
 */
#ifndef JSON_INTERNAL_H
#define JSON_INTERNAL_H

#include "core_json.h"

#include <stdint.h>

#if (JSON_QUERY_KEY_SEPARATOR == '\\') || (JSON_QUERY_KEY_SEPARATOR == '[') ||               \
    (JSON_QUERY_KEY_SEPARATOR == ']')
#error "JSON_QUERY_KEY_SEPARATOR must not be '\\', '[' or ']'"
#endif

#if JSON_MAX_DEPTH < 1
#error "JSON_MAX_DEPTH must be at least 1"
#endif

/* Returns the index of the first non-whitespace byte at or after i (max if none). */
size_t json_skip_space(const char *buf, size_t max, size_t i);

/*
 * Scans the string whose opening quote is at *index. On JSONSuccess *index is just past the
 * closing quote; otherwise JSONPartial (the buffer ends inside a string that is valid so
 * far) or JSONIllegalDocument, with *index unchanged.
 */
JSONStatus_t json_scan_string(const char *buf, size_t max, size_t *index);

/*
 * Scans the UTF-8 sequence whose lead byte (0x80 or above) is at *index: shortest form
 * only, no surrogates, nothing above U+10FFFF (RFC 3629). On JSONSuccess *index is past
 * it; otherwise JSONPartial (cut short by the end of the buffer) or JSONIllegalDocument.
 */
JSONStatus_t json_scan_utf8(const char *buf, size_t max, size_t *index);

/*
 * Scans one complete value starting at or after *index (leading whitespace is skipped),
 * nesting at most depth_limit collections. On JSONSuccess *index is just past the value;
 * otherwise JSONPartial, JSONIllegalDocument or JSONMaxDepthExceeded, *index unchanged.
 */
JSONStatus_t json_scan_value(const char *buf, size_t max, size_t *index, size_t depth_limit);

/*
 * Steps to the next member of a collection. *index is just past the opening bracket (first
 * is true) or just past the previous member's value (first is false). On JSONSuccess
 * *index is at the member's value and, in an object, *key / *key_length give its key
 * without quotes. Returns JSONNotFound at the closing bracket (with *index at it),
 * JSONPartial if the buffer ends first, JSONIllegalDocument for a missing comma, colon or
 * key, or a trailing comma.
 */
JSONStatus_t json_next_member(const char *buf, size_t max, size_t *index, bool first,
                              bool object, size_t *key, size_t *key_length);

/*
 * Checks the syntax of a whole query: JSONSuccess or JSONBadParameter.
 */
JSONStatus_t json_check_query(const char *query, size_t query_length);

/*
 * Follows a checked, non-empty query from the top-level value. On JSONSuccess *value is
 * the index of the matched value's first byte and *depth the number of collections
 * entered to reach it. Returns JSONNotFound if the path does not exist, or the first
 * problem found in the document on the way (JSONPartial, JSONIllegalDocument,
 * JSONMaxDepthExceeded).
 */
JSONStatus_t json_locate(const char *buf, size_t max, const char *query, size_t query_length,
                         size_t *value, size_t *depth);

/* The type of the value whose first byte is c. */
JSONTypes_t json_type_of(char c);

#endif /* JSON_INTERNAL_H */
