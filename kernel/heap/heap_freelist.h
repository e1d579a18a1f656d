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

#define HEAP_HEADER     HEAP_ALIGN_UP(sizeof(heap_block_t))
#define HEAP_IN_USE     ((size_t)1 << (sizeof(size_t) * 8U - 1U))
#define HEAP_MIN_BLOCK  (HEAP_HEADER * 2U) /* smaller leftovers stay with the allocation */

/* End markers never merge and never fit: size 0 in address order; in size order they must
 * sort last. */
#ifdef HEAP_BEST_FIT
#define HEAP_MARKER_SIZE (HEAP_IN_USE - 1U)
#else
#define HEAP_MARKER_SIZE ((size_t)0)
#endif

static heap_block_t heap_start;    /* Dummy head of the free list. */
static heap_block_t *heap_end;     /* End marker of the last region; NULL until initialised. */
static size_t heap_free_bytes;
static size_t heap_min_free_bytes;
static size_t heap_allocations;
static size_t heap_frees;

static void heap_init(void);

static inline uint8_t *heap_payload(heap_block_t *b)
{
    return (uint8_t *)b + HEAP_HEADER;
}

/* Puts a free block into the list: by address, merging with neighbours (or, for
 * HEAP_BEST_FIT, by size). */
static void heap_insert_free(heap_block_t *b)
{
    heap_block_t *prev = &heap_start;

#ifdef HEAP_BEST_FIT
    while (prev->next->size < b->size)
    {
        prev = prev->next;
    }
    b->next = prev->next;
    prev->next = b;
#else
    while ((uintptr_t)prev->next < (uintptr_t)b)
    {
        prev = prev->next;
    }
    /* Merge with the block after, unless that is a region's end marker. */
    if ((uint8_t *)b + b->size == (uint8_t *)prev->next && prev->next->size != HEAP_MARKER_SIZE)
    {
        heap_block_t *after = prev->next;
        b->size += after->size;
        b->next = after->next;
        HEAP_POISON(after, HEAP_HEADER);
    }
    else
    {
        b->next = prev->next;
    }
    /* Merge into the block before. */
    if (prev != &heap_start && (uint8_t *)prev + prev->size == (uint8_t *)b)
    {
        prev->size += b->size;
        prev->next = b->next;
        HEAP_POISON(b, HEAP_HEADER);
    }
    else
    {
        prev->next = b;
    }
#endif
}

void *pvPortMalloc(size_t xWantedSize)
{
    size_t wanted = heap_request_size(xWantedSize, HEAP_HEADER);
    void *result = NULL;

    vTaskSuspendAll();
    if (heap_end == NULL)
    {
        heap_init();
    }
    if (heap_end != NULL && wanted != 0U && (wanted & HEAP_IN_USE) == 0U &&
        wanted <= heap_free_bytes)
    {
        heap_block_t *prev = &heap_start;
        heap_block_t *b = heap_start.next;
        while (b->size < wanted && b->next != NULL)
        {
            prev = b;
            b = b->next;
        }
        if (b != heap_end && b->size >= wanted)
        {
            prev->next = b->next;
            if (b->size - wanted > HEAP_MIN_BLOCK)
            {
                /* Split: the remainder takes the allocated block's place in the list. */
                heap_block_t *rest = (heap_block_t *)(void *)((uint8_t *)b + wanted);
                HEAP_UNPOISON(rest, HEAP_HEADER);
                rest->size = b->size - wanted;
                b->size = wanted;
#ifdef HEAP_BEST_FIT
                heap_insert_free(rest);
#else
                rest->next = prev->next;
                prev->next = rest;
#endif
            }
            heap_free_bytes -= b->size;
            if (heap_free_bytes < heap_min_free_bytes)
            {
                heap_min_free_bytes = heap_free_bytes;
            }
            b->size |= HEAP_IN_USE;
            b->next = NULL;
            heap_allocations++;
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
    b->size = size;
    heap_free_bytes += size;
    heap_insert_free(b);
    heap_frees++;
    (void)xTaskResumeAll();
}

size_t xPortGetFreeHeapSize(void)
{
    return heap_free_bytes;
}

size_t xPortGetMinimumEverFreeHeapSize(void)
{
    return heap_min_free_bytes;
}

void vPortInitialiseBlocks(void)
{
    /* Nothing: the heap initialises itself on first use. */
}

void vPortGetHeapStats(HeapStats_t *pxHeapStats)
{
    heap_block_t *b;
    size_t largest = 0;
    size_t smallest = SIZE_MAX;
    size_t count = 0;

    if (pxHeapStats == NULL)
    {
        return;
    }
    vTaskSuspendAll();
    if (heap_end != NULL)
    {
        for (b = heap_start.next; b != NULL && b != heap_end; b = b->next)
        {
            if (b->size == HEAP_MARKER_SIZE)
            {
                continue; /* a region's end marker (heap_5) */
            }
            count++;
            largest = b->size > largest ? b->size : largest;
            smallest = b->size < smallest ? b->size : smallest;
        }
    }
    pxHeapStats->xAvailableHeapSpaceInBytes = heap_free_bytes;
    pxHeapStats->xSizeOfLargestFreeBlockInBytes = largest;
    pxHeapStats->xSizeOfSmallestFreeBlockInBytes = count > 0U ? smallest : 0U;
    pxHeapStats->xNumberOfFreeBlocks = count;
    pxHeapStats->xMinimumEverFreeBytesRemaining = heap_min_free_bytes;
    pxHeapStats->xNumberOfSuccessfulAllocations = heap_allocations;
    pxHeapStats->xNumberOfSuccessfulFrees = heap_frees;
    (void)xTaskResumeAll();
}

/* Forgets every block; the next allocation rebuilds the heap. */
static void heap_forget(void)
{
    heap_start.next = NULL;
    heap_end = NULL;
    heap_free_bytes = 0;
    heap_min_free_bytes = 0;
    heap_allocations = 0;
    heap_frees = 0;
}

/* Makes [start, start+size) one free block ended by an end marker, linked after 'last'
 * (the previous region's end marker, or the list head). Returns the new end marker. */
static heap_block_t *heap_add_region(heap_block_t *last, uint8_t *start, size_t size)
{
    uint8_t *aligned = (uint8_t *)HEAP_ALIGN_UP((size_t)(uintptr_t)start);
    uint8_t *stop;
    heap_block_t *first;
    heap_block_t *marker;

    if ((size_t)(aligned - start) + HEAP_HEADER * 2U > size)
    {
        return last;
    }
    size -= (size_t)(aligned - start);
    stop = (uint8_t *)(((uintptr_t)(aligned + size - HEAP_HEADER)) &
                       ~(uintptr_t)portBYTE_ALIGNMENT_MASK);
    HEAP_UNPOISON(aligned, (size_t)(stop - aligned) + HEAP_HEADER);
    first = (heap_block_t *)(void *)aligned;
    marker = (heap_block_t *)(void *)stop;
    first->size = (size_t)(stop - aligned);
    first->next = marker;
    marker->size = HEAP_MARKER_SIZE;
    marker->next = NULL;
    last->next = first;
    heap_free_bytes += first->size;
    heap_min_free_bytes = heap_free_bytes;
    HEAP_POISON(heap_payload(first), first->size - HEAP_HEADER);
    return marker;
}

#endif /* TERN_HEAP_FREELIST_H */
