/*
 * semaphore.c - counting and binary semaphores, mutexes and recursive mutexes on top of
 * the queue structure (queue.c), with priority inheritance that is stricter than
 * FreeRTOS's: a holder always runs at the highest priority its waiters need, following
 * chains of holders, dropping as soon as a waiter leaves (time-out, deletion, suspension)
 * and dropping exactly to what the mutexes it still holds require when it gives one back.
 */
#include "queue_internal.h"

#include "semphr.h"

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1) &&                                                     \
    (configUSE_COUNTING_SEMAPHORES == 1 || configUSE_MUTEXES == 1)
/* A semaphore or mutex (type) from the heap that counts up to max, holding count now.
 * External (as tern_create_counting) only so that the compiler keeps one copy. */
#define create_counting tern_create_counting
QueueHandle_t create_counting(UBaseType_t max, UBaseType_t count, uint8_t type);
QueueHandle_t create_counting(UBaseType_t max, UBaseType_t count, uint8_t type)
{
    QueueHandle_t q = xQueueGenericCreate(max, 0, type);

    if (q != NULL)
    {
        q->count = count;
    }
    return q;
}
#endif

#if (configUSE_COUNTING_SEMAPHORES == 1)
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
QueueHandle_t xQueueCreateCountingSemaphore(const UBaseType_t uxMaxCount,
                                            const UBaseType_t uxInitialCount)
{
    QueueHandle_t q;

    traceENTER_xQueueCreateCountingSemaphore(uxMaxCount, uxInitialCount);
    if (uxMaxCount == 0U || uxInitialCount > uxMaxCount)
    {
        traceCREATE_COUNTING_SEMAPHORE_FAILED();
        traceRETURN_xQueueCreateCountingSemaphore(NULL);
        return NULL;
    }
    q = create_counting(uxMaxCount, uxInitialCount, queueQUEUE_TYPE_COUNTING_SEMAPHORE);
    if (q != NULL)
    {
        traceCREATE_COUNTING_SEMAPHORE();
    }
    else
    {
        traceCREATE_COUNTING_SEMAPHORE_FAILED();
    }
    traceRETURN_xQueueCreateCountingSemaphore(q);
    return q;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
QueueHandle_t xQueueCreateCountingSemaphoreStatic(const UBaseType_t uxMaxCount,
                                                  const UBaseType_t uxInitialCount,
                                                  StaticQueue_t *pxStaticQueue)
{
    QueueHandle_t q;

    traceENTER_xQueueCreateCountingSemaphoreStatic(uxMaxCount, uxInitialCount, pxStaticQueue);
    if (uxMaxCount == 0U || uxInitialCount > uxMaxCount)
    {
        traceCREATE_COUNTING_SEMAPHORE_FAILED();
        traceRETURN_xQueueCreateCountingSemaphoreStatic(NULL);
        return NULL;
    }
    q = xQueueGenericCreateStatic(uxMaxCount, 0, NULL, pxStaticQueue,
                                  queueQUEUE_TYPE_COUNTING_SEMAPHORE);
    if (q != NULL)
    {
        q->count = uxInitialCount;
        traceCREATE_COUNTING_SEMAPHORE();
    }
    traceRETURN_xQueueCreateCountingSemaphoreStatic(q);
    return q;
}
#endif
#endif /* configUSE_COUNTING_SEMAPHORES */

BaseType_t xQueueSemaphoreTake(QueueHandle_t xQueue, TickType_t xTicksToWait)
{
    BaseType_t result;
#if (configUSE_MUTEXES == 1)
    Queue_t *q = xQueue;
#endif

    traceENTER_xQueueSemaphoreTake(xQueue, xTicksToWait);
#if (configUSE_MUTEXES == 1)
    /* Fast path: a free mutex no one else waits for. */
    if (q != NULL && queue_is_mutex(q))
    {
        UBaseType_t saved = kernel_mask();
        if (q->count != 0U && wait_list_empty(&q->receivers))
        {
            TCB_t *self = pxCurrentTCB;
            traceQUEUE_RECEIVE(q);
            q->count = 0;
            q->u.m.holder = self;
            q->u.m.recursion = 1;
            q->u.m.next_held = self->held_mutexes;
            self->held_mutexes = q;
            kernel_unmask(saved);
            traceRETURN_xQueueSemaphoreTake(pdPASS);
            return pdPASS;
        }
        kernel_unmask(saved);
    }
#endif
    result = queue_receive(xQueue, NULL, xTicksToWait, 0);
    traceRETURN_xQueueSemaphoreTake(result);
    return result;
}

#if (configUSE_MUTEXES == 1)

#if (configSUPPORT_STATIC_ALLOCATION == 1)
static QueueHandle_t init_mutex(QueueHandle_t q)
{
    if (q != NULL)
    {
        q->count = 1; /* created available, held by no one (queue_init() zeroed it) */
        traceCREATE_MUTEX(q);
    }
    else
    {
        traceCREATE_MUTEX_FAILED();
    }
    return q;
}
#endif

static BaseType_t mutex_type(uint8_t type)
{
    return type == queueQUEUE_TYPE_MUTEX || type == queueQUEUE_TYPE_RECURSIVE_MUTEX;
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
QueueHandle_t xQueueCreateMutex(const uint8_t ucQueueType)
{
    QueueHandle_t q;

    traceENTER_xQueueCreateMutex(ucQueueType);
    if (!mutex_type(ucQueueType))
    {
        traceRETURN_xQueueCreateMutex(NULL);
        return NULL;
    }
    q = create_counting(1, 1, ucQueueType); /* available, held by no one */
    if (q != NULL)
    {
        traceCREATE_MUTEX(q);
    }
    else
    {
        traceCREATE_MUTEX_FAILED();
    }
    traceRETURN_xQueueCreateMutex(q);
    return q;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
QueueHandle_t xQueueCreateMutexStatic(const uint8_t ucQueueType, StaticQueue_t *pxStaticQueue)
{
    QueueHandle_t q;

    traceENTER_xQueueCreateMutexStatic(ucQueueType, pxStaticQueue);
    if (!mutex_type(ucQueueType))
    {
        traceRETURN_xQueueCreateMutexStatic(NULL);
        return NULL;
    }
    q = init_mutex(xQueueGenericCreateStatic(1, 0, NULL, pxStaticQueue, ucQueueType));
    traceRETURN_xQueueCreateMutexStatic(q);
    return q;
}
#endif

UBaseType_t mutex_inherited_priority(const TCB_t *t)
{
    const Queue_t *m;
    UBaseType_t highest = 0;

    for (m = t->held_mutexes; m != NULL; m = m->u.m.next_held)
    {
        const TCB_t *waiter = wait_list_first(&m->receivers);
        if (waiter != NULL && waiter->priority > highest)
        {
            highest = waiter->priority;
        }
    }
    return highest;
}

/* Moves t to the priority its own setting and its mutexes' waiters call for; returns
 * pdTRUE if the running task should yield as a result. */
static BaseType_t settle_priority(TCB_t *t)
{
    UBaseType_t wanted = t->base_priority;
    UBaseType_t inherited = mutex_inherited_priority(t);

    if (inherited > wanted)
    {
        wanted = inherited;
    }
    if (wanted == t->priority)
    {
        return pdFALSE;
    }
    if (wanted > t->priority)
    {
        traceTASK_PRIORITY_INHERIT(t, wanted);
    }
    else
    {
        traceTASK_PRIORITY_DISINHERIT(t, wanted);
    }
    /* May come back here through wait_reposition() when t itself waits on a mutex: that
     * is how the change travels along a chain of holders. */
    return sched_set_effective_priority(t, wanted);
}

void mutex_waiters_changed(wait_list_t *wl)
{
    Queue_t *q = LINK_OWNER(wl, Queue_t, receivers);

    if (q->u.m.holder != NULL && settle_priority(q->u.m.holder) && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
}

BaseType_t mutex_released(Queue_t *q)
{
    TCB_t *holder = q->u.m.holder;
    Queue_t **link = (Queue_t **)&holder->held_mutexes;

    /* A held mutex is always on its holder's list: every take adds it, and the holder
     * (released here) or the holder's deletion (mutex_abandon_all()) is all that takes it
     * off again. */
    while (*link != q)
    {
        link = &(*link)->u.m.next_held;
    }
    *link = q->u.m.next_held;
    q->u.m.holder = NULL;
    if (holder->priority != holder->base_priority)
    {
        return settle_priority(holder);
    }
    return pdFALSE;
}

#if (INCLUDE_xSemaphoreGetMutexHolder == 1)
TaskHandle_t xQueueGetMutexHolder(QueueHandle_t xSemaphore)
{
    TaskHandle_t holder = NULL;
    UBaseType_t saved;

    traceENTER_xQueueGetMutexHolder(xSemaphore);
    if (xSemaphore == NULL || !queue_is_mutex(xSemaphore))
    {
        traceRETURN_xQueueGetMutexHolder(NULL);
        return NULL;
    }
    saved = kernel_mask();
    holder = (TaskHandle_t)xSemaphore->u.m.holder;
    kernel_unmask(saved);
    traceRETURN_xQueueGetMutexHolder(holder);
    return holder;
}

TaskHandle_t xQueueGetMutexHolderFromISR(QueueHandle_t xSemaphore)
{
    TaskHandle_t holder;

    traceENTER_xQueueGetMutexHolderFromISR(xSemaphore);
    if (xSemaphore == NULL || !queue_is_mutex(xSemaphore))
    {
        traceRETURN_xQueueGetMutexHolderFromISR(NULL);
        return NULL;
    }
    holder = (TaskHandle_t)xSemaphore->u.m.holder;
    traceRETURN_xQueueGetMutexHolderFromISR(holder);
    return holder;
}
#endif

#if (configUSE_RECURSIVE_MUTEXES == 1)
BaseType_t xQueueTakeMutexRecursive(QueueHandle_t xMutex, TickType_t xTicksToWait)
{
    BaseType_t result;

    traceENTER_xQueueTakeMutexRecursive(xMutex, xTicksToWait);
    if (xMutex == NULL || xMutex->type != queueQUEUE_TYPE_RECURSIVE_MUTEX)
    {
        traceRETURN_xQueueTakeMutexRecursive(pdFAIL);
        return pdFAIL;
    }
    traceTAKE_MUTEX_RECURSIVE(xMutex);
    if (xMutex->u.m.holder == pxCurrentTCB)
    {
        xMutex->u.m.recursion++;
        traceRETURN_xQueueTakeMutexRecursive(pdPASS);
        return pdPASS;
    }
    result = xQueueSemaphoreTake(xMutex, xTicksToWait); /* a take sets recursion to 1 */
    if (result != pdPASS)
    {
        traceTAKE_MUTEX_RECURSIVE_FAILED(xMutex);
    }
    traceRETURN_xQueueTakeMutexRecursive(result);
    return result;
}

BaseType_t xQueueGiveMutexRecursive(QueueHandle_t xMutex)
{
    BaseType_t result = pdPASS;

    traceENTER_xQueueGiveMutexRecursive(xMutex);
    if (xMutex == NULL || xMutex->type != queueQUEUE_TYPE_RECURSIVE_MUTEX ||
        xMutex->u.m.holder != pxCurrentTCB)
    {
        traceGIVE_MUTEX_RECURSIVE_FAILED(xMutex);
        traceRETURN_xQueueGiveMutexRecursive(pdFAIL);
        return pdFAIL;
    }
    traceGIVE_MUTEX_RECURSIVE(xMutex);
    if (--xMutex->u.m.recursion == 0U)
    {
        /* The last give: the holder gives the mutex back, which cannot fail. */
        result = queue_send(xMutex, NULL, 0, queueSEND_TO_BACK);
    }
    traceRETURN_xQueueGiveMutexRecursive(result);
    return result;
}
#endif

#endif /* configUSE_MUTEXES */

#if (configUSE_MUTEXES == 1)
void mutex_abandon_all(TCB_t *t)
{
    /* The mutexes stay taken, as in FreeRTOS, but no longer point at freed memory. */
    while (t->held_mutexes != NULL)
    {
        Queue_t *q = t->held_mutexes;
        t->held_mutexes = q->u.m.next_held;
        q->u.m.holder = NULL;
    }
}
#endif
