/*
 * heap_2.c - best-fit allocator over one array of configTOTAL_HEAP_SIZE bytes that does
 * not merge free blocks, as FreeRTOS's heap_2 (suits programs that free and allocate
 * blocks of the same few sizes). heap_4 is the better choice for new code.
 */
#define HEAP_BEST_FIT 1
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
