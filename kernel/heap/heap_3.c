/*
 * heap_3.c - the C library's malloc() and free(), made safe from task switches by
 * suspending the scheduler around them, as FreeRTOS's heap_3. The heap size is the
 * linker's business; configTOTAL_HEAP_SIZE is not used.
 */
#include <stdlib.h>

#include "heap_common.h"

void *pvPortMalloc(size_t xWantedSize)
{
    void *result = NULL;

    if (xWantedSize > 0U)
    {
        vTaskSuspendAll();
        result = malloc(xWantedSize);
        (void)xTaskResumeAll();
    }
    return heap_report(result, xWantedSize);
}

void vPortFree(void *pv)
{
    if (pv != NULL)
    {
        vTaskSuspendAll();
        free(pv);
        traceFREE(pv, 0);
        (void)xTaskResumeAll();
    }
}

void vPortInitialiseBlocks(void)
{
}

void vPortHeapResetState(void)
{
}

size_t xPortGetFreeHeapSize(void)
{
    return 0; /* unknown: the C library owns the heap */
}

size_t xPortGetMinimumEverFreeHeapSize(void)
{
    return 0;
}

void vPortGetHeapStats(HeapStats_t *pxHeapStats)
{
    if (pxHeapStats != NULL)
    {
        memset(pxHeapStats, 0, sizeof *pxHeapStats);
    }
}
