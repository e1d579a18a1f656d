/*
 * heap_freelist.h - the free-list allocator behind heap_2, heap_4 and heap_5. Each block
 * starts with a header {next, size}; the top bit of size marks a block in use. Free
 * blocks are kept in address order and merged with their neighbours when freed
 * (heap_4/heap_5), or in size order without merging (heap_2, HEAP_BEST_FIT), so the first
 * block that fits is also the best. Private to kernel/heap; the including file provides
 * heap_init() (which builds the free list) and may define HEAP_BEST_FIT.
 */
#ifndef TERN_HEAP_FREELIST_H
#define TERN_HEAP_FREELIST_H

#include "heap_common.h"

#if (configENABLE_HEAP_PROTECTOR == 1)
#error configENABLE_HEAP_PROTECTOR is not implemented by Tern yet; see docs/COMPATIBILITY.md.
#endif

typedef struct heap_block
{
    struct heap_block *next;
    size_t size; /* Whole block, header included; HEAP_IN_USE when allocated. */
} heap_block_t;

#define HEAP_HEADER    HEAP_ALIGN_UP(sizeof(heap_block_t))
#define HEAP_IN_USE    ((size_t)1 << (sizeof(size_t) * 8U - 1U))
#define HEAP_MIN_BLOCK (HEAP_HEADER * 2U) /* smaller leftovers stay with the allocation */

/* End markers never merge and never fit: size 0 in address order; in size order they must
 * sort last. Only the last region's marker ends the list (next NULL). */
#ifdef HEAP_BEST_FIT
#define HEAP_MARKER_SIZE      (HEAP_IN_USE - 1U)
#define HEAP_FOUND(b, wanted) ((b)->next != NULL) /* not the marker, where searches stop */
#else
#define HEAP_MARKER_SIZE      ((size_t)0)
#define HEAP_FOUND(b, wanted) ((b)->size >= (wanted))
#endif

/* All of the heap's state in one place: one base address to load, one memset to reset. */
static struct
{
    heap_block_t start; /* Dummy head of the free list; size stays 0. next NULL: no heap yet. */
    size_t free_bytes;
    size_t min_free_bytes;
    size_t allocations;
    size_t frees;
} heap;

static void heap_init(void);

static inline uint8_t *heap_payload(heap_block_t *b)
{
    return (uint8_t *)b + HEAP_HEADER;
}

/* Puts the free block b of 'size' bytes into the list: by address, merging with its
 * neighbours (or, for HEAP_BEST_FIT, by size). */
static void heap_insert_free(heap_block_t *b, size_t size)
{
    heap_block_t *prev = &heap.start;
    heap_block_t *after;

#ifdef HEAP_BEST_FIT
    while (prev->next->size < size)
    {
        prev = prev->next;
    }
    after = prev->next;
#else
    while ((uintptr_t)prev->next < (uintptr_t)b)
    {
        prev = prev->next;
    }
    after = prev->next;
    /* Merge with the block after, unless that is a region's end marker. */
    if ((uint8_t *)b + size == (uint8_t *)after && after->size != HEAP_MARKER_SIZE)
    {
        heap_block_t *merged = after;
        size += merged->size;
        after = merged->next;
        HEAP_POISON(merged, HEAP_HEADER);
    }
    /* Merge into the block before (never the list head: its size is 0). */
    if ((uint8_t *)prev + prev->size == (uint8_t *)b)
    {
        prev->size += size;
        prev->next = after;
        HEAP_POISON(b, HEAP_HEADER);
        return;
    }
#endif
    b->size = size;
    b->next = after;
    prev->next = b;
}

void *pvPortMalloc(size_t xWantedSize)
{
    heap_block_t *prev = &heap.start;
    heap_block_t *b;
    void *result = NULL;

    vTaskSuspendAll();
    if (heap.start.next == NULL)
    {
        heap_init();
    }
    /* Never 0, nor so large that rounding it up would overflow (a heap without regions
     * has no free bytes). A block that fits may still not exist: the search finds out. */
    if (xWantedSize - 1U < heap.free_bytes)
    {
        size_t wanted = HEAP_ALIGN_UP(xWantedSize + HEAP_HEADER);
        /* Not NULL: there are free bytes. The search stops at the last end marker. */
        for (b = prev->next; b->size < wanted && b->next != NULL; b = b->next)
        {
            prev = b;
        }
        if (HEAP_FOUND(b, wanted))
        {
            size_t size = b->size;
            prev->next = b->next;
            if (size - wanted > HEAP_MIN_BLOCK)
            {
                /* Split: the remainder takes the allocated block's place in the list. */
                heap_block_t *rest = (heap_block_t *)(void *)((uint8_t *)b + wanted);
                HEAP_UNPOISON(rest, HEAP_HEADER);
#ifdef HEAP_BEST_FIT
                heap_insert_free(rest, size - wanted);
#else
                rest->size = size - wanted;
                rest->next = prev->next;
                prev->next = rest;
#endif
                size = wanted;
            }
            heap.free_bytes -= size;
            if (heap.free_bytes < heap.min_free_bytes)
            {
                heap.min_free_bytes = heap.free_bytes;
            }
            b->size = size | HEAP_IN_USE;
            b->next = NULL;
            heap.allocations++;
            result = heap_payload(b);
            HEAP_UNPOISON(result, xWantedSize);
        }
    }
    (void)xTaskResumeAll();
    return heap_report(result, xWantedSize);
}

void vPortFree(void *pv)
{
    heap_block_t *b;
    size_t size;

    if (pv == NULL)
    {
        return;
    }
    b = (heap_block_t *)(void *)((uint8_t *)pv - HEAP_HEADER);
    /* Freeing something that is not an allocation is a programming error. */
    configASSERT((b->size & HEAP_IN_USE) != 0U && b->next == NULL);
    if ((b->size & HEAP_IN_USE) == 0U || b->next != NULL)
    {
        return;
    }
    size = b->size & ~HEAP_IN_USE;
#if (configHEAP_CLEAR_MEMORY_ON_FREE == 1)
    HEAP_UNPOISON(pv, size - HEAP_HEADER);
    memset(pv, 0, size - HEAP_HEADER);
#endif
    HEAP_POISON(pv, size - HEAP_HEADER);
    traceFREE(pv, size);
    vTaskSuspendAll();
    heap.free_bytes += size;
    heap_insert_free(b, size);
    heap.frees++;
    (void)xTaskResumeAll();
}

size_t xPortGetFreeHeapSize(void)
{
    return heap.free_bytes;
}

size_t xPortGetMinimumEverFreeHeapSize(void)
{
    return heap.min_free_bytes;
}

void vPortInitialiseBlocks(void)
{
    /* Nothing: the heap initialises itself on first use. */
}

void vPortGetHeapStats(HeapStats_t *pxHeapStats)
{
    heap_block_t *b;
    size_t largest = 0;
    size_t smallest = 0; /* none yet; as size - 1 wraps 0 to SIZE_MAX, any block is smaller */
    size_t count = 0;

    if (pxHeapStats == NULL)
    {
        return;
    }
    vTaskSuspendAll();
    for (b = heap.start.next; b != NULL; b = b->next)
    {
        if (b->size != HEAP_MARKER_SIZE)
        {
            count++;
            largest = b->size > largest ? b->size : largest;
            smallest = b->size - 1U < smallest - 1U ? b->size : smallest;
        }
    }
    pxHeapStats->xAvailableHeapSpaceInBytes = heap.free_bytes;
    pxHeapStats->xSizeOfLargestFreeBlockInBytes = largest;
    pxHeapStats->xSizeOfSmallestFreeBlockInBytes = smallest;
    pxHeapStats->xNumberOfFreeBlocks = count;
    pxHeapStats->xMinimumEverFreeBytesRemaining = heap.min_free_bytes;
    pxHeapStats->xNumberOfSuccessfulAllocations = heap.allocations;
    pxHeapStats->xNumberOfSuccessfulFrees = heap.frees;
    (void)xTaskResumeAll();
}

/* Forgets every block; the next allocation rebuilds the heap. */
static void heap_forget(void)
{
    memset(&heap, 0, sizeof heap);
}

/* Makes [start, start+size) one free block ended by an end marker, linked after 'last'
 * (the previous region's end marker, or the list head). Returns the new end marker, or
 * 'last' when the region is too small to hold a block. */
static heap_block_t *heap_add_region(heap_block_t *last, uint8_t *start, size_t size)
{
    size_t pad = (size_t)(0U - (uintptr_t)start) & (size_t)portBYTE_ALIGNMENT_MASK;
    heap_block_t *first;
    heap_block_t *marker;

    if (pad + HEAP_HEADER * 2U > size)
    {
        return last;
    }
    first = (heap_block_t *)(void *)(start + pad);
    marker = (heap_block_t *)(void *)(((uintptr_t)(start + size - HEAP_HEADER)) &
                                      ~(uintptr_t)portBYTE_ALIGNMENT_MASK);
    HEAP_UNPOISON(first, (size_t)((uint8_t *)marker - (uint8_t *)first) + HEAP_HEADER);
    first->size = (size_t)((uint8_t *)marker - (uint8_t *)first);
    first->next = marker;
    marker->size = HEAP_MARKER_SIZE;
    marker->next = NULL;
    last->next = first;
    heap.free_bytes += first->size;
    heap.min_free_bytes = heap.free_bytes;
    HEAP_POISON(heap_payload(first), first->size - HEAP_HEADER);
    return marker;
}

#endif /* TERN_HEAP_FREELIST_H */
