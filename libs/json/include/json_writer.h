/*
 * json_writer.h: Tern's JSON writer (not part of coreJSON). Builds one JSON document into a
 * caller's buffer: objects, arrays, escaped strings, integers, exact decimals, booleans,
 * null and pre-encoded values. It never allocates, never writes past the buffer, and never
 * produces invalid JSON: misuse is refused with a status instead. See docs/json.md.
 */
#ifndef JSON_WRITER_H_
#define JSON_WRITER_H_

#include "core_json.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The largest fractionDigits JSONWriter_Decimal() accepts: an int64_t has 19 digits. */
#define JSON_WRITER_MAX_FRACTION_DIGITS 19u

typedef enum
{
    JSONWriterSuccess = 0,      /* all calls so far succeeded */
    JSONWriterOverflow,         /* the document does not fit: the buffer holds its first
                                   `size` bytes and the writer keeps counting the rest, so
                                   JSONWriter_Finish() reports the size needed */
    JSONWriterNullParameter,    /* a NULL writer, or NULL text / buffer with a nonzero
                                   length / size */
    JSONWriterBadParameter,     /* a string or key that is not valid UTF-8, raw text that is
                                   not exactly one valid JSON value, or fractionDigits above
                                   JSON_WRITER_MAX_FRACTION_DIGITS */
    JSONWriterBadSequence,      /* the call is not allowed here: a key outside an object or
                                   twice in a row, a value where an object needs a key, an
                                   End that does not match the open collection, a second
                                   top-level value */
    JSONWriterMaxDepthExceeded, /* a Begin would nest deeper than JSON_MAX_DEPTH */
    JSONWriterIncomplete        /* JSONWriter_Finish(): no value yet, or collections open */
} JSONWriterStatus_t;

/*
 * Writer state. Lives wherever the caller likes (stack, static); its fields are private.
 * Under 32 bytes on a 32-bit target with the default JSON_MAX_DEPTH.
 */
typedef struct
{
    char *buffer;
    size_t size;
    size_t length; /* bytes of the document so far, including those that did not fit */
    size_t depth;  /* collections open */
    unsigned char objects[(JSON_MAX_DEPTH + 7) / 8]; /* one bit per level: 1 = object */
    bool member; /* the innermost collection has a member: the next needs a comma */
    bool key;    /* a key was written: its value comes next */
    bool done;   /* the top-level value is complete */
    JSONWriterStatus_t status;
} JSONWriter_t;

/*
 * Starts a document in buffer[0 .. size). buffer may be NULL with size 0 to only measure
 * the document (every call then reports JSONWriterOverflow and Finish the length needed).
 * Returns JSONWriterSuccess, or JSONWriterNullParameter if writer is NULL or buffer is NULL
 * with a nonzero size (the writer then refuses every call).
 */
JSONWriterStatus_t JSONWriter_Init(JSONWriter_t *writer, char *buffer, size_t size);

/*
 * Every call below writes one item at the current place in the document and returns the
 * writer's status after it. An error other than JSONWriterOverflow is sticky: the writer
 * stops writing and every later call returns that error, so a sequence of calls may be
 * checked once, at JSONWriter_Finish(). After JSONWriterOverflow the writer keeps checking
 * the sequence and counting bytes (a later misuse replaces the overflow status).
 * Commas and colons are inserted as needed. All functions are reentrant for distinct
 * writers, may be called from any task or ISR, and never block.
 */

/* '{' and '}': an object. Its members are JSONWriter_Key() each followed by one value. */
JSONWriterStatus_t JSONWriter_BeginObject(JSONWriter_t *writer);
JSONWriterStatus_t JSONWriter_EndObject(JSONWriter_t *writer);

/* '[' and ']': an array of values. */
JSONWriterStatus_t JSONWriter_BeginArray(JSONWriter_t *writer);
JSONWriterStatus_t JSONWriter_EndArray(JSONWriter_t *writer);

/*
 * A member key inside an object: key[0 .. keyLength) in UTF-8, escaped as a JSON string
 * ('"', '\\' and control characters; everything else is copied). key may be NULL if
 * keyLength is 0.
 */
JSONWriterStatus_t JSONWriter_Key(JSONWriter_t *writer, const char *key, size_t keyLength);

/* A string value: text[0 .. length) in UTF-8 (NUL bytes allowed), escaped as for keys. */
JSONWriterStatus_t JSONWriter_String(JSONWriter_t *writer, const char *text, size_t length);

/* An integer value in decimal: -9223372036854775808 .. 18446744073709551615. */
JSONWriterStatus_t JSONWriter_Int(JSONWriter_t *writer, int64_t value);
JSONWriterStatus_t JSONWriter_Uint(JSONWriter_t *writer, uint64_t value);

/*
 * An exact decimal value / 10^fractionDigits, written with exactly fractionDigits digits
 * after the point: (2375, 2) is 23.75, (-5, 3) is -0.005, (7, 0) is 7. No floating point.
 */
JSONWriterStatus_t JSONWriter_Decimal(JSONWriter_t *writer, int64_t value,
                                      unsigned fractionDigits);

/* true / false, and null. */
JSONWriterStatus_t JSONWriter_Bool(JSONWriter_t *writer, bool value);
JSONWriterStatus_t JSONWriter_Null(JSONWriter_t *writer);

/*
 * A pre-encoded value copied as is: json[0 .. length) must be exactly one valid JSON value
 * (surrounding whitespace allowed), nesting at most JSON_MAX_DEPTH minus the collections
 * open here; it is checked with the reader's validator.
 */
JSONWriterStatus_t JSONWriter_Raw(JSONWriter_t *writer, const char *json, size_t length);

/*
 * Ends the document. *outLength (outLength may be NULL) receives the document's length,
 * which after JSONWriterOverflow is the buffer size needed. Nothing is NUL-terminated.
 * Returns the writer's status if it is an error, JSONWriterIncomplete if no top-level
 * value was completed, JSONWriterSuccess otherwise (buffer[0 .. *outLength) is then one
 * valid JSON document). JSONWriterNullParameter if writer is NULL.
 */
JSONWriterStatus_t JSONWriter_Finish(const JSONWriter_t *writer, size_t *outLength);

/* The name of a status code, or "JSONWriterUnknownStatus". Never NULL. */
const char *JSONWriter_strerror(JSONWriterStatus_t status);

#ifdef __cplusplus
}
#endif

#endif /* JSON_WRITER_H_ */
