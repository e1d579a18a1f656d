/*
 * heap_5.c - heap_4's allocator over several memory regions that the application hands
 * over with vPortDefineHeapRegions() before the first allocation, as FreeRTOS's heap_5.
 * Each region ends in a marker that links to the next region's first block.
 */
#include "heap_freelist.h"

static void heap_init(void)
{
    /* Allocating before vPortDefineHeapRegions() is a programming error. */
    configASSERT(heap.start.next != NULL);
}

void vPortDefineHeapRegions(const HeapRegion_t *const pxHeapRegions)
{
    const HeapRegion_t *r;
    heap_block_t *last = &heap.start;

    configASSERT(heap.start.next == NULL);
    if (pxHeapRegions == NULL || heap.start.next != NULL)
    {
        return;
    }
    for (r = pxHeapRegions; r->xSizeInBytes > 0U; r++)
    {
        /* Regions must come in address order. */
        configASSERT(last == &heap.start || (uintptr_t)r->pucStartAddress > (uintptr_t)last);
        last = heap_add_region(last, r->pucStartAddress, r->xSizeInBytes);
    }
}

void vPortHeapResetState(void)
{
    heap_forget();
}
