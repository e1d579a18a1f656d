/*
 * heap_4.c - first-fit allocator over one array of configTOTAL_HEAP_SIZE bytes, merging
 * neighbouring free blocks, as FreeRTOS's heap_4. The array is the kernel's own, or the
 * application's ucHeap when configAPPLICATION_ALLOCATED_HEAP is 1.
 */
#include "heap_freelist.h"

#if (configAPPLICATION_ALLOCATED_HEAP == 1)
extern uint8_t ucHeap[configTOTAL_HEAP_SIZE];
#else
static uint8_t ucHeap[configTOTAL_HEAP_SIZE];
#endif

static void heap_init(void)
{
    (void)heap_add_region(&heap.start, ucHeap, sizeof ucHeap);
}

void vPortHeapResetState(void)
{
    heap_forget();
}
