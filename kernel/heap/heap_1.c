/*
 * heap_1.c - the simplest heap, as FreeRTOS's heap_1: allocations are carved off one
 * array in turn and never freed. Deterministic; for systems that create everything at
 * start-up.
 */
#include "heap_common.h"

#if (configAPPLICATION_ALLOCATED_HEAP == 1)
extern uint8_t ucHeap[configTOTAL_HEAP_SIZE];
#else
static uint8_t ucHeap[configTOTAL_HEAP_SIZE];
#endif

static size_t used; /* bytes from the aligned start */

static uint8_t *aligned_start(void)
{
    return (uint8_t *)HEAP_ALIGN_UP((size_t)(uintptr_t)&ucHeap[0]);
}

static size_t usable(void)
{
    return sizeof ucHeap - (size_t)(aligned_start() - &ucHeap[0]);
}

void *pvPortMalloc(size_t xWantedSize)
{
    size_t wanted = heap_request_size(xWantedSize, 0U);
    void *result = NULL;

    vTaskSuspendAll();
    if (wanted != 0U && wanted <= usable() - used)
    {
        result = aligned_start() + used;
        used += wanted;
    }
    (void)xTaskResumeAll();
    return heap_report(result, xWantedSize);
}

void vPortFree(void *pv)
{
    /* heap_1 cannot free; freeing anything but NULL is a programming error. */
    configASSERT(pv == NULL);
    (void)pv;
}

size_t xPortGetFreeHeapSize(void)
{
    return usable() - used;
}

size_t xPortGetMinimumEverFreeHeapSize(void)
{
    return usable() - used;
}

void vPortInitialiseBlocks(void)
{
    used = 0;
}

void vPortHeapResetState(void)
{
    used = 0;
}

void vPortGetHeapStats(HeapStats_t *pxHeapStats)
{
    if (pxHeapStats != NULL)
    {
        memset(pxHeapStats, 0, sizeof *pxHeapStats);
        pxHeapStats->xAvailableHeapSpaceInBytes = usable() - used;
        pxHeapStats->xSizeOfLargestFreeBlockInBytes = usable() - used;
        pxHeapStats->xSizeOfSmallestFreeBlockInBytes = usable() - used;
        pxHeapStats->xNumberOfFreeBlocks = (usable() - used) > 0U ? 1U : 0U;
        pxHeapStats->xMinimumEverFreeBytesRemaining = usable() - used;
    }
}
