/*
 * compat_api.h - entry points of compat_api.c, the compile-compatibility half of the
 * compat test: an application's use of every FreeRTOS V11.1 name the kernel headers give.
 */
#ifndef TERN_COMPAT_API_H
#define TERN_COMPAT_API_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Takes the address of every API function through a pointer of the type FreeRTOS declares
 * it with; returns how many. compat_function(i) then gives the i-th address (NULL if the
 * kernel does not define it) and its name. */
size_t compat_take_functions(void);
void (*compat_function(size_t i, const char **name))(void);

/* Expands every function-like macro of the headers; runs nothing unless run is non-zero
 * (never, in the test: compiling is the point). */
void compat_use_macros(int run);

/* Declares an object of every type and touches every documented member with its exact
 * type; returns the sum of their sizes. */
size_t compat_use_types(void);

#ifdef __cplusplus
}
#endif

#endif /* TERN_COMPAT_API_H */
