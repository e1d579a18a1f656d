/*
 * queue.h - queues, and the machinery behind semaphores, mutexes and queue sets: the
 * FreeRTOS V11 queue API with the same names, signatures and semantics. Items are copied
 * in and out by value. Implemented in kernel/src (queue.c, semaphore.c, queue_set.c,
 * queue_registry.c).
 */
#ifndef QUEUE_H
#define QUEUE_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before queue.h"
#endif

#include "task.h"

#ifdef __cplusplus
extern "C" {
#endif

struct QueueDefinition;
typedef struct QueueDefinition *QueueHandle_t;
typedef struct QueueDefinition *QueueSetHandle_t;
typedef struct QueueDefinition *QueueSetMemberHandle_t;

/* Where xQueueGenericSend() puts an item. */
#define queueSEND_TO_BACK  ((BaseType_t)0)
#define queueSEND_TO_FRONT ((BaseType_t)1)
#define queueOVERWRITE     ((BaseType_t)2)

/* What kind of object a queue structure is. */
#define queueQUEUE_TYPE_BASE               ((uint8_t)0U)
#define queueQUEUE_TYPE_SET                ((uint8_t)0U)
#define queueQUEUE_TYPE_MUTEX              ((uint8_t)1U)
#define queueQUEUE_TYPE_COUNTING_SEMAPHORE ((uint8_t)2U)
#define queueQUEUE_TYPE_BINARY_SEMAPHORE   ((uint8_t)3U)
#define queueQUEUE_TYPE_RECURSIVE_MUTEX    ((uint8_t)4U)

/* ---- Creating and deleting ---- */

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Creates a queue of uxQueueLength items of uxItemSize bytes each, from the heap.
 * Returns NULL when out of memory or when uxQueueLength is 0 or the size overflows. */
QueueHandle_t xQueueGenericCreate(const UBaseType_t uxQueueLength, const UBaseType_t uxItemSize,
                                  const uint8_t ucQueueType) PRIVILEGED_FUNCTION;
#define xQueueCreate(uxQueueLength, uxItemSize)                                                    \
    xQueueGenericCreate((uxQueueLength), (uxItemSize), (queueQUEUE_TYPE_BASE))
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* Creates a queue in caller memory: pucQueueStorage holds uxQueueLength * uxItemSize bytes
 * (NULL when uxItemSize is 0) and pxStaticQueue the queue structure. NULL on bad input. */
QueueHandle_t xQueueGenericCreateStatic(const UBaseType_t uxQueueLength,
                                        const UBaseType_t uxItemSize, uint8_t *pucQueueStorage,
                                        StaticQueue_t *pxStaticQueue,
                                        const uint8_t ucQueueType) PRIVILEGED_FUNCTION;
#define xQueueCreateStatic(uxQueueLength, uxItemSize, pucQueueStorage, pxQueueBuffer)              \
    xQueueGenericCreateStatic((uxQueueLength), (uxItemSize), (pucQueueStorage), (pxQueueBuffer),   \
                              (queueQUEUE_TYPE_BASE))

/* Reports the buffers of a statically created queue (either pointer may be NULL). Returns
 * pdFALSE for a queue created from the heap. */
BaseType_t xQueueGenericGetStaticBuffers(QueueHandle_t xQueue, uint8_t **ppucQueueStorage,
                                         StaticQueue_t **ppxStaticQueue) PRIVILEGED_FUNCTION;
#define xQueueGetStaticBuffers(xQueue, ppucQueueStorage, ppxStaticQueue)                           \
    xQueueGenericGetStaticBuffers((xQueue), (ppucQueueStorage), (ppxStaticQueue))
#endif

/* Deletes a queue (or semaphore, mutex, set). Tasks still blocked on it wake and see
 * their call fail. */
void vQueueDelete(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;

/* Empties a queue. A task waiting to send is woken; tasks waiting to receive stay blocked.
 * Returns pdPASS, or pdFAIL for a NULL queue. */
BaseType_t xQueueGenericReset(QueueHandle_t xQueue, BaseType_t xNewQueue) PRIVILEGED_FUNCTION;
#define xQueueReset(xQueue) xQueueGenericReset((xQueue), pdFALSE)

/* ---- Sending ---- */

/* Copies *pvItemToQueue into the queue at xCopyPosition, waiting up to xTicksToWait for
 * space (never for queueOVERWRITE, which needs a queue of length 1). Returns pdPASS, or
 * errQUEUE_FULL when no space came in time or the arguments are invalid. Task only. */
BaseType_t xQueueGenericSend(QueueHandle_t xQueue, const void *const pvItemToQueue,
                             TickType_t xTicksToWait, const BaseType_t xCopyPosition) PRIVILEGED_FUNCTION;

#define xQueueSendToFront(xQueue, pvItemToQueue, xTicksToWait)                                     \
    xQueueGenericSend((xQueue), (pvItemToQueue), (xTicksToWait), queueSEND_TO_FRONT)
#define xQueueSendToBack(xQueue, pvItemToQueue, xTicksToWait)                                      \
    xQueueGenericSend((xQueue), (pvItemToQueue), (xTicksToWait), queueSEND_TO_BACK)
#define xQueueSend(xQueue, pvItemToQueue, xTicksToWait)                                            \
    xQueueGenericSend((xQueue), (pvItemToQueue), (xTicksToWait), queueSEND_TO_BACK)
#define xQueueOverwrite(xQueue, pvItemToQueue)                                                     \
    xQueueGenericSend((xQueue), (pvItemToQueue), 0, queueOVERWRITE)

/* xQueueGenericSend() for ISRs: never blocks. *pxHigherPriorityTaskWoken (may be NULL) is
 * set to pdTRUE if a task woken by the item should run now. */
BaseType_t xQueueGenericSendFromISR(QueueHandle_t xQueue, const void *const pvItemToQueue,
                                    BaseType_t *const pxHigherPriorityTaskWoken,
                                    const BaseType_t xCopyPosition) PRIVILEGED_FUNCTION;

#define xQueueSendToFrontFromISR(xQueue, pvItemToQueue, pxHigherPriorityTaskWoken)                 \
    xQueueGenericSendFromISR((xQueue), (pvItemToQueue), (pxHigherPriorityTaskWoken),               \
                             queueSEND_TO_FRONT)
#define xQueueSendToBackFromISR(xQueue, pvItemToQueue, pxHigherPriorityTaskWoken)                  \
    xQueueGenericSendFromISR((xQueue), (pvItemToQueue), (pxHigherPriorityTaskWoken),               \
                             queueSEND_TO_BACK)
#define xQueueOverwriteFromISR(xQueue, pvItemToQueue, pxHigherPriorityTaskWoken)                   \
    xQueueGenericSendFromISR((xQueue), (pvItemToQueue), (pxHigherPriorityTaskWoken), queueOVERWRITE)
#define xQueueSendFromISR(xQueue, pvItemToQueue, pxHigherPriorityTaskWoken)                        \
    xQueueGenericSendFromISR((xQueue), (pvItemToQueue), (pxHigherPriorityTaskWoken),               \
                             queueSEND_TO_BACK)

/* Gives a semaphore from an ISR (not a mutex: those belong to tasks). */
BaseType_t xQueueGiveFromISR(QueueHandle_t xQueue,
                             BaseType_t *const pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* ---- Receiving ---- */

/* Moves the front item into *pvBuffer, waiting up to xTicksToWait for one. Returns pdPASS,
 * or errQUEUE_EMPTY (pdFAIL) on timeout or invalid arguments. Task only. */
BaseType_t xQueueReceive(QueueHandle_t xQueue, void *const pvBuffer,
                         TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* Copies the front item into *pvBuffer without removing it; otherwise as xQueueReceive(). */
BaseType_t xQueuePeek(QueueHandle_t xQueue, void *const pvBuffer,
                      TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* The ISR forms: never block. */
BaseType_t xQueueReceiveFromISR(QueueHandle_t xQueue, void *const pvBuffer,
                                BaseType_t *const pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;
BaseType_t xQueuePeekFromISR(QueueHandle_t xQueue, void *const pvBuffer) PRIVILEGED_FUNCTION;

/* ---- State ---- */

UBaseType_t uxQueueMessagesWaiting(const QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
UBaseType_t uxQueueMessagesWaitingFromISR(const QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
UBaseType_t uxQueueSpacesAvailable(const QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
BaseType_t xQueueIsQueueEmptyFromISR(const QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
BaseType_t xQueueIsQueueFullFromISR(const QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
UBaseType_t uxQueueGetQueueItemSize(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
UBaseType_t uxQueueGetQueueLength(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;

/* ---- Semaphores and mutexes (use the semphr.h macros) ---- */

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
QueueHandle_t xQueueCreateMutex(const uint8_t ucQueueType) PRIVILEGED_FUNCTION;
QueueHandle_t xQueueCreateCountingSemaphore(const UBaseType_t uxMaxCount,
                                            const UBaseType_t uxInitialCount) PRIVILEGED_FUNCTION;
#endif
#if (configSUPPORT_STATIC_ALLOCATION == 1)
QueueHandle_t xQueueCreateMutexStatic(const uint8_t ucQueueType,
                                      StaticQueue_t *pxStaticQueue) PRIVILEGED_FUNCTION;
QueueHandle_t xQueueCreateCountingSemaphoreStatic(const UBaseType_t uxMaxCount,
                                                  const UBaseType_t uxInitialCount,
                                                  StaticQueue_t *pxStaticQueue) PRIVILEGED_FUNCTION;
#endif

/* Takes a semaphore or mutex, waiting up to xTicksToWait. A task blocking on a mutex lends
 * its priority to the holder (and on along a chain of holders). */
BaseType_t xQueueSemaphoreTake(QueueHandle_t xQueue, TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

TaskHandle_t xQueueGetMutexHolder(QueueHandle_t xSemaphore) PRIVILEGED_FUNCTION;
TaskHandle_t xQueueGetMutexHolderFromISR(QueueHandle_t xSemaphore) PRIVILEGED_FUNCTION;

BaseType_t xQueueTakeMutexRecursive(QueueHandle_t xMutex, TickType_t xTicksToWait) PRIVILEGED_FUNCTION;
BaseType_t xQueueGiveMutexRecursive(QueueHandle_t xMutex) PRIVILEGED_FUNCTION;

/* ---- The queue registry (for debuggers) ---- */

#if (configQUEUE_REGISTRY_SIZE > 0)
/* Names a queue for kernel-aware debuggers; registering it again renames it. The name is
 * not copied. Silently ignored when the registry is full. */
void vQueueAddToRegistry(QueueHandle_t xQueue, const char *pcQueueName) PRIVILEGED_FUNCTION;
void vQueueUnregisterQueue(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
/* The registered name, or NULL. */
const char *pcQueueGetName(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
#endif

/* ---- Queue sets ---- */

#if (configUSE_QUEUE_SETS == 1)
/* Creates a set able to report uxEventQueueLength events: the sum of the lengths of the
 * queues and semaphores that will be members. */
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
QueueSetHandle_t xQueueCreateSet(const UBaseType_t uxEventQueueLength) PRIVILEGED_FUNCTION;
#endif
#if (configSUPPORT_STATIC_ALLOCATION == 1)
QueueSetHandle_t xQueueCreateSetStatic(const UBaseType_t uxEventQueueLength,
                                       uint8_t *pucQueueStorage,
                                       StaticQueue_t *pxStaticQueue) PRIVILEGED_FUNCTION;
#endif

/* Adds an empty queue or semaphore to a set (pdFAIL if it is not empty or already in a set). */
BaseType_t xQueueAddToSet(QueueSetMemberHandle_t xQueueOrSemaphore,
                          QueueSetHandle_t xQueueSet) PRIVILEGED_FUNCTION;

/* Removes an empty member from its set (pdFAIL if not empty or not a member). */
BaseType_t xQueueRemoveFromSet(QueueSetMemberHandle_t xQueueOrSemaphore,
                               QueueSetHandle_t xQueueSet) PRIVILEGED_FUNCTION;

/* Waits up to xTicksToWait for a member to hold data; returns that member (then read it
 * with a zero block time), or NULL on timeout. */
QueueSetMemberHandle_t xQueueSelectFromSet(QueueSetHandle_t xQueueSet,
                                           const TickType_t xTicksToWait) PRIVILEGED_FUNCTION;
QueueSetMemberHandle_t xQueueSelectFromSetFromISR(QueueSetHandle_t xQueueSet) PRIVILEGED_FUNCTION;
#endif

/* ---- For trace tools ---- */
#if (configUSE_TRACE_FACILITY == 1)
void vQueueSetQueueNumber(QueueHandle_t xQueue, UBaseType_t uxQueueNumber) PRIVILEGED_FUNCTION;
UBaseType_t uxQueueGetQueueNumber(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
uint8_t ucQueueGetQueueType(QueueHandle_t xQueue) PRIVILEGED_FUNCTION;
#endif

#ifdef __cplusplus
}
#endif

#endif /* QUEUE_H */
