/*
 * core_json.h: Tern's JSON reader, source-compatible with coreJSON v3.3 (same names, types,
 * values and semantics), plus JSON_Count and JSON_Status_strerror. Every function works in
 * place on the caller's buffer, never allocates, never recurses, and never reads outside
 * buf[0 .. max). The buffer need not be NUL-terminated. See docs/json.md.
 */
#ifndef CORE_JSON_H_
#define CORE_JSON_H_

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Deepest nesting of objects and arrays accepted, counted from the outermost collection
 * (so "[[1]]" has depth 2). The scanner keeps one byte per level on the stack for the
 * duration of a call. Override with -DJSON_MAX_DEPTH=n when building the library.
 */
#ifndef JSON_MAX_DEPTH
#define JSON_MAX_DEPTH 32
#endif

/*
 * The byte that separates keys in a JSON_Search() query ("bar.foo"). Override with
 * -DJSON_QUERY_KEY_SEPARATOR='/' when building the library. It must not be '\\', '[' or
 * ']', which have their own meaning in a query.
 */
#ifndef JSON_QUERY_KEY_SEPARATOR
#define JSON_QUERY_KEY_SEPARATOR '.'
#endif

/*
 * Define JSON_VALIDATE_COLLECTIONS_ONLY when building the library to make JSON_Validate()
 * accept only documents whose top-level value is an object or an array. By default any
 * value ("1", "true", "\"text\"") is a valid document, as RFC 8259 says.
 */

/* The largest array index a query may name: 2^31 - 9, as in coreJSON. */
#define MAX_INDEX_VALUE (0x7FFFFFF7)

/* Status codes. The numeric values are coreJSON's and are part of the ABI. */
typedef enum
{
    JSONPartial = 0,      /* the buffer ends before the document (or element) is complete,
                             and everything up to the end is valid so far */
    JSONSuccess,          /* the document is valid and complete / the query matched */
    JSONIllegalDocument,  /* the document is not valid JSON (RFC 8259), or is not a
                             collection where one is required */
    JSONMaxDepthExceeded, /* objects and arrays nest deeper than JSON_MAX_DEPTH */
    JSONNotFound,         /* the query matched nothing, or an iteration has no more
                             elements */
    JSONNullParameter,    /* a required pointer argument is NULL */
    JSONBadParameter      /* max is 0, the query is empty or malformed, an index exceeds
                             MAX_INDEX_VALUE, or an iteration index is out of range */
} JSONStatus_t;

/* The type of a value, from its first byte. */
typedef enum
{
    JSONInvalid = 0, /* not a JSON value */
    JSONString,      /* "..." (reported without its quotes) */
    JSONNumber,      /* -12.5e3 */
    JSONTrue,        /* true */
    JSONFalse,       /* false */
    JSONNull,        /* null */
    JSONObject,      /* {...} */
    JSONArray        /* [...] */
} JSONTypes_t;

/* One member of a collection, as output by JSON_Iterate(). Pointers point into the
 * caller's buffer; nothing is NUL-terminated. */
typedef struct
{
    const char *key;      /* an object member's key without its quotes; NULL in arrays */
    size_t keyLength;     /* length of key in bytes (0 in arrays) */
    const char *value;    /* the value; a string without its quotes */
    size_t valueLength;   /* length of value in bytes */
    JSONTypes_t jsonType; /* the type of value */
} JSONPair_t;

/*
 * Checks that buf[0 .. max) holds exactly one JSON value (RFC 8259 / ECMA-404), optionally
 * surrounded by whitespace: strings must be valid UTF-8 with no unescaped control
 * characters and no lone surrogate escapes, numbers have no leading zeros, collections no
 * trailing commas. Nothing after the value but whitespace is allowed (not even a NUL).
 *
 * buf: the document; need not be NUL-terminated.  max: its length in bytes.
 *
 * Returns JSONSuccess if the document is valid; JSONNullParameter if buf is NULL;
 * JSONBadParameter if max is 0; JSONPartial if the buffer is a proper prefix of some valid
 * document (including whitespace only); JSONMaxDepthExceeded if nesting exceeds
 * JSON_MAX_DEPTH before any other error; JSONIllegalDocument otherwise (and, when built
 * with JSON_VALIDATE_COLLECTIONS_ONLY, when the top-level value is not a collection).
 *
 * Reentrant; safe from any task or ISR; never blocks. Stack: about JSON_MAX_DEPTH bytes.
 */
JSONStatus_t JSON_Validate(const char *buf, size_t max);

/*
 * Finds the value at a key path and outputs a pointer to it inside buf.
 *
 * The query is a sequence of object keys and array indexes: "bar.foo", "[2].bar[0]",
 * "a[1][0]". Keys are separated by JSON_QUERY_KEY_SEPARATOR; an index is "[n]" in decimal,
 * at most MAX_INDEX_VALUE, and may follow a key or index directly or after a separator.
 * A query key is compared byte for byte with the key as written in the document, escape
 * sequences included: the query a\"b matches the document key "a\"b". In a query key, a
 * backslash before the separator or '[' makes that byte part of the key ("a\.b" names the
 * key "a.b"); before any other byte the backslash and the byte are both compared as they
 * are (so "a\\" still names the key written "a\\"). The first matching member of an
 * object wins.
 *
 * The walk validates what it passes over, up to the end of the matched value; bytes after
 * it are not examined, so a document may be found valid up to the match but broken later.
 *
 * buf, max: the document. query, queryLength: the key path (not NUL-terminated).
 * outValue, outValueLength: receive the value: for a string, its contents without the
 * quotes (escapes not decoded); for other types, the whole value. outType (JSON_SearchT and
 * JSON_SearchConst only; may be NULL): receives the type of the value.
 *
 * Returns JSONSuccess if the query matched; JSONNullParameter if buf, query, outValue or
 * outValueLength is NULL; JSONBadParameter if max or queryLength is 0, or the query is
 * malformed (an empty key, a leading, doubled or trailing separator, "[]", a non-digit or
 * missing ']' in an index, an index above MAX_INDEX_VALUE); JSONNotFound if no value
 * matches, including when the document is malformed, truncated or too deep before the
 * match (as coreJSON does; JSON_Count reports those cases precisely).
 *
 * Reentrant; safe from any task or ISR; never blocks.
 */
#define JSON_Search(buf, max, query, queryLength, outValue, outValueLength)                   \
    JSON_SearchT(buf, max, query, queryLength, outValue, outValueLength, NULL)

/* JSON_Search() that also outputs the type of the value found (outType may be NULL). */
JSONStatus_t JSON_SearchT(char *buf, size_t max, const char *query, size_t queryLength,
                          char **outValue, size_t *outValueLength, JSONTypes_t *outType);

/* JSON_SearchT() for a const buffer. */
JSONStatus_t JSON_SearchConst(const char *buf, size_t max, const char *query,
                              size_t queryLength, const char **outValue, size_t *outValueLength,
                              JSONTypes_t *outType);

/*
 * Outputs the members of a collection one at a time: each key and value of an object, or
 * each value of an array, in document order, with each value validated.
 *
 * buf, max: the document. start: index of the collection (leading whitespace is skipped and
 * *start updated); set it to 0 for the top-level value. next: where the next member is
 * sought; set it to 0 before the first call and then leave it to this function (its value
 * is opaque). outPair: receives the member.
 *
 * Returns JSONSuccess if a member was output; JSONNotFound if the collection has no further
 * members (its closing bracket was reached; outPair is not touched); JSONNullParameter if
 * any pointer is NULL; JSONBadParameter if max is 0, *start >= max or *next > max;
 * JSONIllegalDocument if there is no collection at *start or the next member is malformed;
 * JSONPartial if the buffer ends before the next member or the closing bracket;
 * JSONMaxDepthExceeded if the member nests deeper than JSON_MAX_DEPTH - 1.
 *
 * Reentrant; safe from any task or ISR; never blocks.
 */
JSONStatus_t JSON_Iterate(const char *buf, size_t max, size_t *start, size_t *next,
                          JSONPair_t *outPair);

/*
 * Tern extension: counts the members of the object or array at a key path (the query
 * syntax of JSON_Search), validating the whole collection on the way.
 *
 * buf, max: the document. query, queryLength: the key path; queryLength 0 (query may then
 * be NULL) names the top-level value. outCount: receives the number of members.
 *
 * Returns JSONSuccess with *outCount set; JSONNullParameter if buf or outCount is NULL, or
 * query is NULL while queryLength > 0; JSONBadParameter if max is 0 or the query is
 * malformed; JSONNotFound if the path does not exist or names a value that is not a
 * collection; JSONIllegalDocument, JSONPartial or JSONMaxDepthExceeded if the document is
 * malformed, truncated or too deep before the end of the counted collection.
 *
 * Reentrant; safe from any task or ISR; never blocks.
 */
JSONStatus_t JSON_Count(const char *buf, size_t max, const char *query, size_t queryLength,
                        size_t *outCount);

/*
 * Tern extension: the name of a status code ("JSONSuccess", ...), or "JSONUnknownStatus"
 * for a value outside the enumeration. Never returns NULL.
 */
const char *JSON_Status_strerror(JSONStatus_t status);

#ifdef __cplusplus
}
#endif

#endif /* CORE_JSON_H_ */
