/*
 * portable.h - the narrow interface between the kernel and a port (portmacro.h plus the
 * functions below), and the heap API every heap_N.c implements. docs/PORTING.md explains
 * what a port must provide.
 */
#ifndef PORTABLE_H
#define PORTABLE_H

#include "deprecated_definitions.h"
#include "portmacro.h"

#if portBYTE_ALIGNMENT == 32
#define portBYTE_ALIGNMENT_MASK (0x001f)
#elif portBYTE_ALIGNMENT == 16
#define portBYTE_ALIGNMENT_MASK (0x000f)
#elif portBYTE_ALIGNMENT == 8
#define portBYTE_ALIGNMENT_MASK (0x0007)
#elif portBYTE_ALIGNMENT == 4
#define portBYTE_ALIGNMENT_MASK (0x0003)
#elif portBYTE_ALIGNMENT == 2
#define portBYTE_ALIGNMENT_MASK (0x0001)
#elif portBYTE_ALIGNMENT == 1
#define portBYTE_ALIGNMENT_MASK (0x0000)
#else
#error portBYTE_ALIGNMENT must be 1, 2, 4, 8, 16 or 32.
#endif

#ifndef portNUM_CONFIGURABLE_REGIONS
#define portNUM_CONFIGURABLE_REGIONS 1
#endif
#ifndef portHAS_STACK_OVERFLOW_CHECKING
#define portHAS_STACK_OVERFLOW_CHECKING 0
#endif
#ifndef portARCH_NAME
#define portARCH_NAME NULL
#endif
#ifndef configSTACK_DEPTH_TYPE
#define configSTACK_DEPTH_TYPE StackType_t
#endif
#ifndef configSTACK_ALLOCATION_FROM_SEPARATE_HEAP
#define configSTACK_ALLOCATION_FROM_SEPARATE_HEAP 0
#endif

#ifdef __cplusplus
extern "C" {
#endif

#include "mpu_wrappers.h"

/* Prepares a new task's stack so that the first switch to it starts pxCode(pvParameters).
 * pxTopOfStack is the highest usable, aligned address (lowest for upward-growing stacks);
 * returns the value to store as the task's saved stack pointer. Ports that check stack
 * bounds themselves (portHAS_STACK_OVERFLOW_CHECKING) also receive the other end. */
#if (portHAS_STACK_OVERFLOW_CHECKING == 1)
StackType_t *pxPortInitialiseStack(StackType_t *pxTopOfStack, StackType_t *pxEndOfStack,
                                   TaskFunction_t pxCode, void *pvParameters);
#else
StackType_t *pxPortInitialiseStack(StackType_t *pxTopOfStack, TaskFunction_t pxCode,
                                   void *pvParameters);
#endif

/* One region of memory given to heap_5. */
typedef struct HeapRegion
{
    uint8_t *pucStartAddress;
    size_t xSizeInBytes;
} HeapRegion_t;

/* What vPortGetHeapStats() reports. */
typedef struct xHeapStats
{
    size_t xAvailableHeapSpaceInBytes;      /* Free bytes now. */
    size_t xSizeOfLargestFreeBlockInBytes;  /* Largest free block now. */
    size_t xSizeOfSmallestFreeBlockInBytes; /* Smallest free block now. */
    size_t xNumberOfFreeBlocks;             /* Free blocks now. */
    size_t xMinimumEverFreeBytesRemaining;  /* Low-water mark of free bytes. */
    size_t xNumberOfSuccessfulAllocations;  /* pvPortMalloc() calls that returned memory. */
    size_t xNumberOfSuccessfulFrees;        /* vPortFree() calls that freed memory. */
} HeapStats_t;

/* heap_5 only: hands the heap its regions, in address order, ended by a { NULL, 0 } entry.
 * Must be called before the first allocation. */
void vPortDefineHeapRegions(const HeapRegion_t *const pxHeapRegions) PRIVILEGED_FUNCTION;

/* Fills *pxHeapStats (heap_4 and heap_5). */
void vPortGetHeapStats(HeapStats_t *pxHeapStats);

/* Allocates xWantedSize bytes aligned to portBYTE_ALIGNMENT, or returns NULL (and calls
 * vApplicationMallocFailedHook() when configUSE_MALLOC_FAILED_HOOK is 1). */
void *pvPortMalloc(size_t xWantedSize) PRIVILEGED_FUNCTION;

/* Allocates xNum * xSize zeroed bytes; NULL on overflow or when out of memory. */
void *pvPortCalloc(size_t xNum, size_t xSize) PRIVILEGED_FUNCTION;

/* Returns memory from pvPortMalloc() to the heap; NULL is ignored. heap_1 cannot free. */
void vPortFree(void *pv) PRIVILEGED_FUNCTION;

void vPortInitialiseBlocks(void) PRIVILEGED_FUNCTION;
size_t xPortGetFreeHeapSize(void) PRIVILEGED_FUNCTION;
size_t xPortGetMinimumEverFreeHeapSize(void) PRIVILEGED_FUNCTION;

/* Forgets every allocation and returns the heap to its initial state (for restarting the
 * kernel in tests, as FreeRTOS's vPortHeapResetState). */
void vPortHeapResetState(void) PRIVILEGED_FUNCTION;

#if (configSTACK_ALLOCATION_FROM_SEPARATE_HEAP == 1)
void *pvPortMallocStack(size_t xSize) PRIVILEGED_FUNCTION;
void vPortFreeStack(void *pv) PRIVILEGED_FUNCTION;
#else
#define pvPortMallocStack pvPortMalloc
#define vPortFreeStack    vPortFree
#endif

#if (configUSE_MALLOC_FAILED_HOOK == 1)
/* Defined by the application: called when pvPortMalloc() (or a kernel object's creation)
 * finds no memory. */
void vApplicationMallocFailedHook(void);
#endif

/* Starts the first task (the kernel has set pxCurrentTCB). Returns only when
 * vTaskEndScheduler() is called, on ports that support ending the scheduler. */
BaseType_t xPortStartScheduler(void) PRIVILEGED_FUNCTION;

/* Stops the tick and returns to the caller of xPortStartScheduler(). */
void vPortEndScheduler(void) PRIVILEGED_FUNCTION;

#ifdef __cplusplus
}
#endif

#endif /* PORTABLE_H */
