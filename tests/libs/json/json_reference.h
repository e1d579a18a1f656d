/*
 * json_reference.h: an independent, recursive JSON validator used as a test oracle (see
 * json_reference.c). Returns exactly what JSON_Validate must return for the same input.
 */
#ifndef JSON_REFERENCE_H
#define JSON_REFERENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "core_json.h"

JSONStatus_t reference_validate(const void *data, size_t length, size_t max_depth,
                                bool collections_only);

#endif /* JSON_REFERENCE_H */
