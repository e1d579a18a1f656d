/*
 * heap_common.h - what every heap_N.c shares: alignment arithmetic, the optional
 * application-provided heap array, the malloc-failed hook, pvPortCalloc, and
 * AddressSanitizer poisoning so that sanitizer builds catch use of freed heap memory.
 * Private to kernel/heap.
 */
#ifndef TERN_HEAP_COMMON_H
#define TERN_HEAP_COMMON_H

#include <string.h>

#include "FreeRTOS.h"
#include "task.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define HEAP_POISON(p, n)   __asan_poison_memory_region((p), (n))
#define HEAP_UNPOISON(p, n) __asan_unpoison_memory_region((p), (n))
#else
#define HEAP_POISON(p, n)   ((void)(p), (void)(n))
#define HEAP_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define HEAP_ALIGN_UP(n) (((n) + (size_t)portBYTE_ALIGNMENT_MASK) & ~((size_t)portBYTE_ALIGNMENT_MASK))

/* Rounds a request up to alignment plus 'overhead' bytes; 0 when it would overflow. */
static inline size_t heap_request_size(size_t wanted, size_t overhead)
{
    if (wanted == 0U || wanted > SIZE_MAX - overhead - (size_t)portBYTE_ALIGNMENT_MASK)
    {
        return 0U;
    }
    return HEAP_ALIGN_UP(wanted + overhead);
}

static inline void *heap_report(void *p, size_t size)
{
    (void)size; /* used only by traceMALLOC */
    if (p == NULL)
    {
#if (configUSE_MALLOC_FAILED_HOOK == 1)
        vApplicationMallocFailedHook();
#endif
    }
    else
    {
        traceMALLOC(p, size);
    }
    return p;
}

void *pvPortCalloc(size_t xNum, size_t xSize)
{
    void *p;
    if (xNum != 0U && xSize > SIZE_MAX / xNum)
    {
        return NULL;
    }
    p = pvPortMalloc(xNum * xSize);
    /* memset() returns p: a tail call. */
    return p != NULL ? memset(p, 0, xNum * xSize) : NULL;
}

#endif /* TERN_HEAP_COMMON_H */
