/*
 * json_guarded.h: test buffers that sit right against an inaccessible page, so that a read
 * one byte past the end (or before the start) of the buffer kills the test with SIGSEGV in
 * every build, not only under a sanitizer. POSIX mmap/mprotect; host tests only.
 */
#ifndef JSON_GUARDED_H
#define JSON_GUARDED_H

#include <stdbool.h>
#include <stddef.h>

typedef struct
{
    void *map;
    size_t map_size;
    char *data;
} guarded_t;

/* Copies data[0 .. length) into memory ending at a guard page (at_start false) or starting
 * right after one (at_start true). Returns the copy, valid until the next call or
 * guarded_release(); aborts if mapping fails. */
char *guarded_copy(guarded_t *g, const void *data, size_t length, bool at_start);

/* Unmaps a copy made by guarded_copy. */
void guarded_release(guarded_t *g);

#endif /* JSON_GUARDED_H */
