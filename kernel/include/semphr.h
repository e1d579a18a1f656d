/*
 * semphr.h - binary and counting semaphores, mutexes and recursive mutexes: the FreeRTOS
 * V11 macros over the queue API (queue.h), with the same names and semantics. A mutex
 * holder inherits the priority of its highest waiter (see docs/COMPATIBILITY.md for how
 * Tern's inheritance is stricter than FreeRTOS's).
 */
#ifndef SEMAPHORE_H
#define SEMAPHORE_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before semphr.h"
#endif

#include "queue.h"

typedef QueueHandle_t SemaphoreHandle_t;

#define semBINARY_SEMAPHORE_QUEUE_LENGTH ((uint8_t)1U)
#define semSEMAPHORE_QUEUE_ITEM_LENGTH   ((uint8_t)0U)
#define semGIVE_BLOCK_TIME               ((TickType_t)0U)

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Old form: creates a binary semaphore that is already given. */
#define vSemaphoreCreateBinary(xSemaphore)                                                         \
    do                                                                                             \
    {                                                                                              \
        (xSemaphore) = xQueueGenericCreate((UBaseType_t)1, semSEMAPHORE_QUEUE_ITEM_LENGTH,         \
                                           queueQUEUE_TYPE_BINARY_SEMAPHORE);                      \
        if ((xSemaphore) != NULL)                                                                  \
        {                                                                                          \
            (void)xSemaphoreGive((xSemaphore));                                                    \
        }                                                                                          \
    } while (0)

/* A binary semaphore, created empty (take blocks until a give). NULL when out of memory. */
#define xSemaphoreCreateBinary()                                                                   \
    xQueueGenericCreate((UBaseType_t)1, semSEMAPHORE_QUEUE_ITEM_LENGTH,                            \
                        queueQUEUE_TYPE_BINARY_SEMAPHORE)

/* A counting semaphore holding uxInitialCount of at most uxMaxCount. */
#define xSemaphoreCreateCounting(uxMaxCount, uxInitialCount)                                       \
    xQueueCreateCountingSemaphore((uxMaxCount), (uxInitialCount))

/* A mutex (priority inheritance; only the holder may give it; not for ISRs). */
#define xSemaphoreCreateMutex() xQueueCreateMutex(queueQUEUE_TYPE_MUTEX)

/* A mutex its holder may take again; each take needs its own give. */
#define xSemaphoreCreateRecursiveMutex() xQueueCreateMutex(queueQUEUE_TYPE_RECURSIVE_MUTEX)
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
#define xSemaphoreCreateBinaryStatic(pxStaticSemaphore)                                            \
    xQueueGenericCreateStatic((UBaseType_t)1, semSEMAPHORE_QUEUE_ITEM_LENGTH, NULL,                \
                              (pxStaticSemaphore), queueQUEUE_TYPE_BINARY_SEMAPHORE)
#define xSemaphoreCreateCountingStatic(uxMaxCount, uxInitialCount, pxSemaphoreBuffer)              \
    xQueueCreateCountingSemaphoreStatic((uxMaxCount), (uxInitialCount), (pxSemaphoreBuffer))
#define xSemaphoreCreateMutexStatic(pxMutexBuffer)                                                 \
    xQueueCreateMutexStatic(queueQUEUE_TYPE_MUTEX, (pxMutexBuffer))
#define xSemaphoreCreateRecursiveMutexStatic(pxStaticSemaphore)                                    \
    xQueueCreateMutexStatic(queueQUEUE_TYPE_RECURSIVE_MUTEX, (pxStaticSemaphore))
/* Reports the StaticSemaphore_t a semaphore was created in (pdFALSE if from the heap). */
#define xSemaphoreGetStaticBuffer(xSemaphore, ppxSemaphoreBuffer)                                  \
    xQueueGenericGetStaticBuffers((QueueHandle_t)(xSemaphore), NULL, (ppxSemaphoreBuffer))
#endif

/* Takes, waiting up to xBlockTime ticks. pdTRUE if taken, pdFALSE on timeout. */
#define xSemaphoreTake(xSemaphore, xBlockTime) xQueueSemaphoreTake((xSemaphore), (xBlockTime))
#define xSemaphoreTakeRecursive(xMutex, xBlockTime)                                                \
    xQueueTakeMutexRecursive((xMutex), (xBlockTime))

/* Gives; pdFALSE if the semaphore is already full, or the caller does not hold the mutex. */
#define xSemaphoreGive(xSemaphore)                                                                 \
    xQueueGenericSend((QueueHandle_t)(xSemaphore), NULL, semGIVE_BLOCK_TIME, queueSEND_TO_BACK)
#define xSemaphoreGiveRecursive(xMutex) xQueueGiveMutexRecursive((xMutex))

#define xSemaphoreGiveFromISR(xSemaphore, pxHigherPriorityTaskWoken)                               \
    xQueueGiveFromISR((QueueHandle_t)(xSemaphore), (pxHigherPriorityTaskWoken))
#define xSemaphoreTakeFromISR(xSemaphore, pxHigherPriorityTaskWoken)                               \
    xQueueReceiveFromISR((QueueHandle_t)(xSemaphore), NULL, (pxHigherPriorityTaskWoken))

#define vSemaphoreDelete(xSemaphore) vQueueDelete((QueueHandle_t)(xSemaphore))

/* The task holding a mutex, or NULL (also for semaphores that are not mutexes). */
#define xSemaphoreGetMutexHolder(xSemaphore) xQueueGetMutexHolder((xSemaphore))
#define xSemaphoreGetMutexHolderFromISR(xSemaphore) xQueueGetMutexHolderFromISR((xSemaphore))

/* A counting semaphore's count; 1 or 0 for binary semaphores and mutexes. */
#define uxSemaphoreGetCount(xSemaphore) uxQueueMessagesWaiting((QueueHandle_t)(xSemaphore))
#define uxSemaphoreGetCountFromISR(xSemaphore)                                                     \
    uxQueueMessagesWaitingFromISR((QueueHandle_t)(xSemaphore))

#endif /* SEMAPHORE_H */
