/*
 * json_internal.h: what the reader's files share: the validating scanner (json_scan.c) and
 * the member stepper and key-path walker (json_walk.c). Not part of the public API.
 */
#ifndef JSON_INTERNAL_H
#define JSON_INTERNAL_H

#include "core_json.h"

#include <stdint.h>

#if (JSON_QUERY_KEY_SEPARATOR == '\\') || (JSON_QUERY_KEY_SEPARATOR == '[') ||                     \
    (JSON_QUERY_KEY_SEPARATOR == ']')
#error "JSON_QUERY_KEY_SEPARATOR must not be '\\', '[' or ']'"
#endif

#if JSON_MAX_DEPTH < 1
#error "JSON_MAX_DEPTH must be at least 1"
#endif

/* Returns the index of the first non-whitespace byte at or after i (max if none). */
size_t json_skip_space(const char *buf, size_t max, size_t i);

/*
 * Scans the UTF-8 sequence whose lead byte (0x80 or above) is at i: shortest form only, no
 * surrogates, nothing above U+10FFFF (RFC 3629). Returns the index just past it, or 0 with
 * *status set to JSONPartial (cut short by the end of the buffer) or JSONIllegalDocument.
 */
size_t json_scan_utf8(const char *buf, size_t max, size_t i, JSONStatus_t *status);

/*
 * Scans up to *count members of a collection, starting at or before the first one (its key
 * when object is true, else its value; leading whitespace is skipped), each member's value
 * nesting at most depth_limit collections (at most JSON_MAX_DEPTH, the size of the stack). Members
 * are separated by commas; scanning stops after the *count-th value, or earlier after a value that
 * no comma follows. On JSONSuccess *index is just past the last value scanned and *count is the
 * number of members scanned; otherwise JSONPartial, JSONIllegalDocument or JSONMaxDepthExceeded,
 * and neither is changed. One call passes over many members at the cost of a single value.
 */
JSONStatus_t json_scan_members(const char *buf, size_t max, size_t *index, size_t depth_limit,
                               bool object, size_t *count);

/*
 * Scans one complete value starting at or after *index (leading whitespace is skipped),
 * nesting at most depth_limit (<= JSON_MAX_DEPTH) collections. On JSONSuccess *index is just past
 * the value; otherwise JSONPartial, JSONIllegalDocument or JSONMaxDepthExceeded, *index unchanged.
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
JSONStatus_t json_next_member(const char *buf, size_t max, size_t *index, bool first, bool object,
                              size_t *key, size_t *key_length);

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

/*
 * For the value buf[*start .. *end): returns its type and, for a string, narrows the span
 * to the string's contents (without the quotes).
 */
JSONTypes_t json_value_span(const char *buf, size_t *start, size_t *end);

/*
 * The value at i is not what a query looked for: JSONNotFound if it is well-formed (nesting
 * at most depth_limit), else why it is not (JSONPartial, JSONIllegalDocument,
 * JSONMaxDepthExceeded).
 */
JSONStatus_t json_not_found_at(const char *buf, size_t max, size_t i, size_t depth_limit);

#endif /* JSON_INTERNAL_H */
