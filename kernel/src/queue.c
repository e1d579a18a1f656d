/*
 * queue.c - queues: creation and deletion, sending and receiving by copy (task and ISR
 * forms), peeking, resetting and state queries. Semaphores and mutexes are queues whose
 * items have no size (semaphore.c adds their specifics); queue sets are queues of
 * handles (queue_set.c). Relies on wait.c and tick.c to block and wake.
 */
#include "queue_internal.h"

#include <string.h>

/* Copies an item; the commonest size (a pointer or a 32-bit value) as one load and store. */
static KERNEL_FORCE_INLINE void copy_item(void *dst, const void *src, UBaseType_t size)
{
    if (size == 4U)
    {
        memcpy(dst, src, 4);
    }
    else
    {
        memcpy(dst, src, (size_t)size);
    }
}

static void reset_positions(Queue_t *q)
{
    q->count = 0;
    if (!queue_is_mutex(q))
    {
        q->u.q.write_to = q->head;
        q->u.q.read_from = q->head != NULL ? q->tail - q->item_size : NULL;
    }
}

/* Makes q a queue-family object (storage is unused when item_size is 0), marked for freeing
 * on deletion when from_heap. */
static void queue_init(Queue_t *q, UBaseType_t length, UBaseType_t item_size, int8_t *storage,
                       uint8_t type, uint8_t from_heap)
{
    memset(q, 0, sizeof *q);
    q->type = type;
    q->from_heap = from_heap;
    q->length = length;
    q->item_size = item_size;
    if (type == queueQUEUE_TYPE_MUTEX || type == queueQUEUE_TYPE_RECURSIVE_MUTEX)
    {
        q->flags = QF_MUTEX;
    }
    if (item_size > 0U)
    {
        q->flags |= QF_ITEMS;
        q->head = storage;
        q->tail = storage + (size_t)length * item_size;
    }
    wait_list_init(&q->senders);
    wait_list_init(&q->receivers);
    reset_positions(q);
    traceQUEUE_CREATE(q);
}

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* Whether length * item_size bytes can be stored. */
static BaseType_t size_valid(UBaseType_t length, UBaseType_t item_size)
{
    return (length > 0U && (item_size == 0U || length <= SIZE_MAX / item_size)) ? pdTRUE : pdFALSE;
}
#endif

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
QueueHandle_t xQueueGenericCreate(const UBaseType_t uxQueueLength, const UBaseType_t uxItemSize,
                                  const uint8_t ucQueueType)
{
    Queue_t *q;
    size_t storage;

    traceENTER_xQueueGenericCreate(uxQueueLength, uxItemSize, ucQueueType);
    /* The structure and the storage must fit in a size_t (which also keeps the product
     * from overflowing). */
    if (uxQueueLength == 0U ||
        (uxItemSize != 0U && uxQueueLength > (SIZE_MAX - sizeof(Queue_t)) / uxItemSize))
    {
        traceQUEUE_CREATE_FAILED(ucQueueType);
        traceRETURN_xQueueGenericCreate(NULL);
        return NULL;
    }
    storage = (size_t)uxQueueLength * uxItemSize;
    /* One allocation: the structure, then the storage. */
    q = pvPortMalloc(sizeof(Queue_t) + storage);
    if (q == NULL)
    {
        traceQUEUE_CREATE_FAILED(ucQueueType);
        traceRETURN_xQueueGenericCreate(NULL);
        return NULL;
    }
    queue_init(q, uxQueueLength, uxItemSize, (int8_t *)(void *)(q + 1), ucQueueType, 1U);
    traceRETURN_xQueueGenericCreate(q);
    return q;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
QueueHandle_t xQueueGenericCreateStatic(const UBaseType_t uxQueueLength,
                                        const UBaseType_t uxItemSize, uint8_t *pucQueueStorage,
                                        StaticQueue_t *pxStaticQueue, const uint8_t ucQueueType)
{
    Queue_t *q = (Queue_t *)(void *)pxStaticQueue;

    traceENTER_xQueueGenericCreateStatic(uxQueueLength, uxItemSize, pucQueueStorage, pxStaticQueue,
                                         ucQueueType);
    if (q == NULL || !size_valid(uxQueueLength, uxItemSize) ||
        ((uxItemSize > 0U) != (pucQueueStorage != NULL)))
    {
        traceQUEUE_CREATE_FAILED(ucQueueType);
        traceRETURN_xQueueGenericCreateStatic(NULL);
        return NULL;
    }
    queue_init(q, uxQueueLength, uxItemSize, (int8_t *)pucQueueStorage, ucQueueType, 0U);
    traceRETURN_xQueueGenericCreateStatic(q);
    return q;
}

BaseType_t xQueueGenericGetStaticBuffers(QueueHandle_t xQueue, uint8_t **ppucQueueStorage,
                                         StaticQueue_t **ppxStaticQueue)
{
    Queue_t *q = xQueue;

    traceENTER_xQueueGenericGetStaticBuffers(xQueue, ppucQueueStorage, ppxStaticQueue);
    if (q == NULL || q->from_heap)
    {
        traceRETURN_xQueueGenericGetStaticBuffers(pdFALSE);
        return pdFALSE;
    }
    if (ppucQueueStorage != NULL)
    {
        *ppucQueueStorage = (uint8_t *)q->head;
    }
    if (ppxStaticQueue != NULL)
    {
        *ppxStaticQueue = (StaticQueue_t *)(void *)q;
    }
    traceRETURN_xQueueGenericGetStaticBuffers(pdTRUE);
    return pdTRUE;
}
#endif

void vQueueDelete(QueueHandle_t xQueue)
{
    Queue_t *q = xQueue;
    UBaseType_t saved;

    traceENTER_vQueueDelete(xQueue);
    if (q == NULL)
    {
        traceRETURN_vQueueDelete();
        return;
    }
    traceQUEUE_DELETE(q);
    saved = kernel_mask();
    /* Waiters must not stay on a list that is about to be freed. */
    wait_release_all(&q->senders, &q->receivers);
#if (configUSE_MUTEXES == 1)
    if (queue_is_mutex(q) && q->u.m.holder != NULL)
    {
        (void)mutex_released(q);
    }
#endif
#if (configUSE_QUEUE_SETS == 1)
    q->set = NULL;
#endif
    kernel_unmask(saved);
#if (configQUEUE_REGISTRY_SIZE > 0)
    vQueueUnregisterQueue(q);
#endif
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    if (q->from_heap)
#endif
    {
        vPortFree(q); /* without static allocation, every queue came from the heap */
    }
#endif
    traceRETURN_vQueueDelete();
}

BaseType_t xQueueGenericReset(QueueHandle_t xQueue, BaseType_t xNewQueue)
{
    Queue_t *q = xQueue;
    UBaseType_t saved;

    traceENTER_xQueueGenericReset(xQueue, xNewQueue);
    if (q == NULL)
    {
        traceRETURN_xQueueGenericReset(pdFAIL);
        return pdFAIL;
    }
    saved = kernel_mask();
    reset_positions(q);
    /* Space appeared: one waiting sender may proceed. Receivers keep waiting. */
    if (!xNewQueue && !wait_list_empty(&q->senders))
    {
        if (wait_wake_first(&q->senders) && configUSE_PREEMPTION)
        {
            sched_request_switch();
        }
    }
    traceQUEUE_RESET(q, xNewQueue);
    kernel_unmask(saved);
    traceRETURN_xQueueGenericReset(pdPASS);
    return pdPASS;
}

/* Whether position is one of queueSEND_TO_BACK, queueSEND_TO_FRONT, queueOVERWRITE. */
static inline int position_valid(BaseType_t position)
{
    return (UBaseType_t)position <= (UBaseType_t)queueOVERWRITE;
}

/* What a FromISR call returns, having told the caller of a woken task. External (as
 * tern_queue_isr_result) only so that the compiler keeps one copy for both callers. */
#define queue_isr_result tern_queue_isr_result
BaseType_t queue_isr_result(BaseType_t result, BaseType_t *pxHigherPriorityTaskWoken);
BaseType_t queue_isr_result(BaseType_t result, BaseType_t *pxHigherPriorityTaskWoken)
{
    sched_yield_from_isr(result & QUEUE_WOKE, pxHigherPriorityTaskWoken);
    return result & pdPASS;
}

/* wait_budget_begin() with interrupts already masked (saved: the mask to restore). */
static inline void start_budget(wait_budget_t *b, TickType_t ticks, UBaseType_t saved)
{
    b->left = ticks;
    b->total = ticks;
    b->start = kernel.tick;
    b->saved = saved;
}

BaseType_t queue_send(Queue_t *q, const void *item, TickType_t ticks, BaseType_t how)
{
    BaseType_t position = how & QUEUE_POSITION;
    BaseType_t result = pdPASS;
    BaseType_t yield = pdFALSE;
    UBaseType_t saved;
    UBaseType_t count;

    if (q == NULL || (item == NULL && q->item_size != 0U))
    {
        return errQUEUE_FULL;
    }
    saved = kernel_mask();
#if (configUSE_MUTEXES == 1)
    if (queue_is_mutex(q))
    {
        TCB_t *holder = q->u.m.holder;
        /* Only the holder gives a mutex back (so it was empty), and that never waits. */
        if (holder != pxCurrentTCB || q->count != 0U)
        {
            if (q->count != 0U && position != queueOVERWRITE)
            {
                traceQUEUE_SEND_FAILED(q);
            }
            kernel_unmask(saved);
            return pdFAIL;
        }
        traceQUEUE_SEND(q);
        /* Commonly the mutex it took last, with nothing inherited: a pop. */
        if (holder->held_mutexes == q && holder->priority == holder->base_priority)
        {
            holder->held_mutexes = q->u.m.next_held;
            q->u.m.holder = NULL;
        }
        else
        {
            yield = mutex_released(q);
        }
        q->count = 1U;
        count = 0U;
    }
    else
#endif
    {
        if (position == queueOVERWRITE)
        {
            if (q->length != 1U)
            {
                kernel_unmask(saved);
                return errQUEUE_FULL; /* only a queue of one item is overwritten */
            }
        }
        else if (q->count >= q->length)
        {
            wait_budget_t b;
            start_budget(&b, ticks, saved);
            do
            {
                if (b.left == 0U)
                {
                    if ((how & QUEUE_FROM_ISR) != 0)
                    {
                        traceQUEUE_SEND_FROM_ISR_FAILED(q);
                    }
                    else
                    {
                        traceQUEUE_SEND_FAILED(q);
                    }
                    kernel_unmask(saved);
                    return errQUEUE_FULL;
                }
                traceBLOCKING_ON_QUEUE_SEND(q);
                if (!wait_within_budget(&q->senders, &b, NULL))
                {
                    kernel_unmask(saved);
                    return errQUEUE_FULL; /* deleted meanwhile */
                }
            } while (q->count >= q->length);
        }
        if ((how & QUEUE_FROM_ISR) == 0)
        {
            traceQUEUE_SEND(q);
        }
        else if ((how & QUEUE_TO_SET) == 0)
        {
            traceQUEUE_SEND_FROM_ISR(q);
        }
        count = q->count;
        if (q->item_size != 0U)
        {
            if (position == queueSEND_TO_BACK)
            {
                int8_t *to = q->u.q.write_to;
                int8_t *next = to + q->item_size;
                q->u.q.write_to = next < q->tail ? next : q->head;
                copy_item(to, item, q->item_size);
            }
            else
            {
                /* To the front (or over the only item): into the slot before the next to
                 * be read. */
                int8_t *to = q->u.q.read_from;
                int8_t *prev = to - q->item_size;
                q->u.q.read_from = prev >= q->head ? prev : q->tail - q->item_size;
                memcpy(to, item, (size_t)q->item_size);
            }
        }
        /* An overwritten queue (of one item) holds one, whatever it held. */
        q->count = position == queueOVERWRITE ? 1U : count + 1U;
    }
#if (configUSE_QUEUE_SETS == 1)
    if (q->set != NULL)
    {
        /* An overwrite of an item already announced changes nothing for the set. */
        if (position != queueOVERWRITE || count == 0U)
        {
            yield |= queue_set_notify(q);
        }
    }
    else
#endif
        if (!wait_list_empty(&q->receivers))
    {
        yield |= wait_wake_first(&q->receivers);
    }
    if (yield)
    {
        if ((how & QUEUE_FROM_ISR) != 0)
        {
            result |= QUEUE_WOKE;
        }
        else if (configUSE_PREEMPTION)
        {
            sched_request_switch();
        }
    }
    kernel_unmask(saved);
    return result;
}

BaseType_t xQueueGenericSend(QueueHandle_t xQueue, const void *const pvItemToQueue,
                             TickType_t xTicksToWait, const BaseType_t xCopyPosition)
{
    BaseType_t result;

    traceENTER_xQueueGenericSend(xQueue, pvItemToQueue, xTicksToWait, xCopyPosition);
    if (!position_valid(xCopyPosition))
    {
        traceRETURN_xQueueGenericSend(errQUEUE_FULL);
        return errQUEUE_FULL;
    }
    result = queue_send(xQueue, pvItemToQueue, xTicksToWait, xCopyPosition);
    traceRETURN_xQueueGenericSend(result);
    return result;
}

BaseType_t xQueueGenericSendFromISR(QueueHandle_t xQueue, const void *const pvItemToQueue,
                                    BaseType_t *const pxHigherPriorityTaskWoken,
                                    const BaseType_t xCopyPosition)
{
    BaseType_t result;

    traceENTER_xQueueGenericSendFromISR(xQueue, pvItemToQueue, pxHigherPriorityTaskWoken,
                                        xCopyPosition);
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    /* Mutexes belong to tasks. */
    if (!position_valid(xCopyPosition) || (xQueue != NULL && queue_is_mutex(xQueue)))
    {
        traceRETURN_xQueueGenericSendFromISR(errQUEUE_FULL);
        return errQUEUE_FULL;
    }
    result = queue_isr_result(queue_send(xQueue, pvItemToQueue, 0U, xCopyPosition | QUEUE_FROM_ISR),
                              pxHigherPriorityTaskWoken);
    traceRETURN_xQueueGenericSendFromISR(result);
    return result;
}

BaseType_t xQueueGiveFromISR(QueueHandle_t xQueue, BaseType_t *const pxHigherPriorityTaskWoken)
{
    Queue_t *q = xQueue;
    BaseType_t result = errQUEUE_FULL;
    UBaseType_t saved;

    traceENTER_xQueueGiveFromISR(xQueue, pxHigherPriorityTaskWoken);
    /* The common interrupt-to-task signal, so written out in full rather than through
     * the general send. Mutexes belong to tasks. */
    if (q == NULL || (q->flags & (QF_ITEMS | QF_MUTEX)) != 0U)
    {
        traceRETURN_xQueueGiveFromISR(errQUEUE_FULL);
        return errQUEUE_FULL;
    }
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    if (q->count < q->length)
    {
        BaseType_t woke;
        traceQUEUE_SEND_FROM_ISR(q);
        q->count = q->count + 1U;
#if (configUSE_QUEUE_SETS == 1)
        if (q->set != NULL)
        {
            woke = queue_set_notify(q);
        }
        else
#endif
            if (wait_list_empty(&q->receivers))
        {
            woke = pdFALSE;
        }
        else
        {
            /* tick_wake(), inline and knowing that t waits on a list, not a mutex's. */
            TCB_t *t = wait_list_first(&q->receivers);
            tick_cancel_timeout_inline(t);
            link_unlink(&t->wait);
            t->waiting_on = NULL;
            t->wake_reason = WAKE_EVENT;
            woke = sched_make_ready_inline(t);
        }
        sched_yield_from_isr(woke, pxHigherPriorityTaskWoken);
        result = pdPASS;
    }
    else
    {
        traceQUEUE_SEND_FROM_ISR_FAILED(q);
    }
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_xQueueGiveFromISR(result);
    return result;
}

BaseType_t queue_receive(Queue_t *q, void *buffer, TickType_t ticks, BaseType_t how)
{
    BaseType_t from_isr = how & QUEUE_FROM_ISR;
    BaseType_t result = pdPASS;
    BaseType_t woke = pdFALSE;
    BaseType_t plain;
    UBaseType_t saved;
    UBaseType_t count;
    wait_list_t *next;

    if (q == NULL || (buffer == NULL && q->item_size != 0U))
    {
        return errQUEUE_EMPTY;
    }
    /* Whose first waiter may proceed afterwards: a sender when an item goes, another
     * reader when a task peeks (the item stays). */
    next = &q->receivers;
    /* Neither a peek nor a take of a mutex: the item goes, and a sender may follow. */
    plain = ((how & QUEUE_PEEK) | (q->flags & QF_MUTEX)) == 0U;
    saved = kernel_mask();
    if (q->count == 0U)
    {
        /* A taker waiting for a mutex lends its priority to the holder meanwhile. */
        Queue_t *inherit = plain || (how & QUEUE_PEEK) != 0 ? NULL : q;
        wait_budget_t b;
        start_budget(&b, ticks, saved);
        do
        {
            if (b.left == 0U)
            {
                if (from_isr)
                {
                    if ((how & QUEUE_PEEK) != 0)
                    {
                        traceQUEUE_PEEK_FROM_ISR_FAILED(q);
                    }
                    else
                    {
                        traceQUEUE_RECEIVE_FROM_ISR_FAILED(q);
                    }
                }
                else if ((how & QUEUE_PEEK) != 0)
                {
                    traceQUEUE_PEEK_FAILED(q);
                }
                else
                {
                    traceQUEUE_RECEIVE_FAILED(q);
                }
                kernel_unmask(saved);
                return errQUEUE_EMPTY;
            }
            if ((how & QUEUE_PEEK) != 0)
            {
                traceBLOCKING_ON_QUEUE_PEEK(q);
            }
            else
            {
                traceBLOCKING_ON_QUEUE_RECEIVE(q);
            }
            if (!wait_within_budget(&q->receivers, &b, inherit))
            {
                kernel_unmask(saved);
                return errQUEUE_EMPTY; /* deleted meanwhile */
            }
        } while (q->count == 0U);
    }
    count = q->count;
    if (q->item_size != 0U)
    {
        /* The front item sits in the slot after the one read last. */
        int8_t *from = q->u.q.read_from + q->item_size;
        if (from >= q->tail)
        {
            from = q->head;
        }
        if ((how & QUEUE_PEEK) == 0)
        {
            q->u.q.read_from = from;
        }
        copy_item(buffer, from, q->item_size);
    }
    if (plain)
    {
        if (from_isr)
        {
            traceQUEUE_RECEIVE_FROM_ISR(q);
        }
        else
        {
            traceQUEUE_RECEIVE(q);
        }
        q->count = count - 1U;
        next = &q->senders;
    }
    else if ((how & QUEUE_PEEK) != 0)
    {
        if (from_isr)
        {
            traceQUEUE_PEEK_FROM_ISR(q);
            next = NULL;
        }
        else
        {
            traceQUEUE_PEEK(q);
        }
    }
#if (configUSE_MUTEXES == 1)
    else
    {
        /* A task takes a mutex: it holds it now (recorded newest first). */
        TCB_t *self = pxCurrentTCB;
        traceQUEUE_RECEIVE(q);
        q->count = 0U;
        q->u.m.holder = self;
        q->u.m.recursion = 1;
        q->u.m.next_held = self->held_mutexes;
        self->held_mutexes = q;
        if (!wait_list_empty(&q->receivers))
        {
            /* Others still wait: the new holder runs at their priority. */
            mutex_waiters_changed(&q->receivers);
        }
        next = NULL;
    }
#endif
    if (next != NULL && !wait_list_empty(next))
    {
        woke = wait_wake_first(next);
    }
    if (woke)
    {
        if (from_isr)
        {
            result |= QUEUE_WOKE;
        }
        else if (configUSE_PREEMPTION)
        {
            sched_request_switch();
        }
    }
    kernel_unmask(saved);
    return result;
}

BaseType_t xQueueReceive(QueueHandle_t xQueue, void *const pvBuffer, TickType_t xTicksToWait)
{
    BaseType_t result;

    traceENTER_xQueueReceive(xQueue, pvBuffer, xTicksToWait);
    result = queue_receive(xQueue, pvBuffer, xTicksToWait, 0);
    traceRETURN_xQueueReceive(result);
    return result;
}

BaseType_t xQueuePeek(QueueHandle_t xQueue, void *const pvBuffer, TickType_t xTicksToWait)
{
    BaseType_t result;

    traceENTER_xQueuePeek(xQueue, pvBuffer, xTicksToWait);
    result = queue_receive(xQueue, pvBuffer, xTicksToWait, QUEUE_PEEK);
    traceRETURN_xQueuePeek(result);
    return result;
}

BaseType_t xQueueReceiveFromISR(QueueHandle_t xQueue, void *const pvBuffer,
                                BaseType_t *const pxHigherPriorityTaskWoken)
{
    BaseType_t result;

    traceENTER_xQueueReceiveFromISR(xQueue, pvBuffer, pxHigherPriorityTaskWoken);
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    /* Mutexes belong to tasks. */
    if (xQueue != NULL && queue_is_mutex(xQueue))
    {
        traceRETURN_xQueueReceiveFromISR(errQUEUE_EMPTY);
        return errQUEUE_EMPTY;
    }
    result = queue_isr_result(queue_receive(xQueue, pvBuffer, 0U, QUEUE_FROM_ISR),
                              pxHigherPriorityTaskWoken);
    traceRETURN_xQueueReceiveFromISR(result);
    return result;
}

BaseType_t xQueuePeekFromISR(QueueHandle_t xQueue, void *const pvBuffer)
{
    BaseType_t result;

    traceENTER_xQueuePeekFromISR(xQueue, pvBuffer);
    /* Peeking a semaphore from an interrupt is refused, as FreeRTOS asserts. */
    if (xQueue == NULL || xQueue->item_size == 0U)
    {
        traceRETURN_xQueuePeekFromISR(errQUEUE_EMPTY);
        return errQUEUE_EMPTY;
    }
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    result = queue_receive(xQueue, pvBuffer, 0U, QUEUE_PEEK | QUEUE_FROM_ISR);
    traceRETURN_xQueuePeekFromISR(result);
    return result;
}

/* ---- State ---- */

/* The state queries read one field each: no masking needed. The count is read here, not
 * through uxQueueMessagesWaiting(), so that a trace of the calls below shows only them. */
static inline UBaseType_t messages_waiting(const Queue_t *q)
{
    return q != NULL ? q->count : 0U;
}

UBaseType_t uxQueueMessagesWaiting(const QueueHandle_t xQueue)
{
    UBaseType_t waiting;

    traceENTER_uxQueueMessagesWaiting(xQueue);
    waiting = messages_waiting(xQueue);
    traceRETURN_uxQueueMessagesWaiting(waiting);
    return waiting;
}

UBaseType_t uxQueueMessagesWaitingFromISR(const QueueHandle_t xQueue)
{
    UBaseType_t waiting;

    traceENTER_uxQueueMessagesWaitingFromISR(xQueue);
    waiting = messages_waiting(xQueue);
    traceRETURN_uxQueueMessagesWaitingFromISR(waiting);
    return waiting;
}

UBaseType_t uxQueueSpacesAvailable(const QueueHandle_t xQueue)
{
    UBaseType_t spaces;

    traceENTER_uxQueueSpacesAvailable(xQueue);
    /* One read of the count, as uxQueueMessagesWaiting() makes. */
    spaces = xQueue != NULL ? xQueue->length - xQueue->count : 0U;
    traceRETURN_uxQueueSpacesAvailable(spaces);
    return spaces;
}

BaseType_t xQueueIsQueueEmptyFromISR(const QueueHandle_t xQueue)
{
    BaseType_t empty;

    traceENTER_xQueueIsQueueEmptyFromISR(xQueue);
    empty = messages_waiting(xQueue) == 0U ? pdTRUE : pdFALSE;
    traceRETURN_xQueueIsQueueEmptyFromISR(empty);
    return empty;
}

BaseType_t xQueueIsQueueFullFromISR(const QueueHandle_t xQueue)
{
    BaseType_t full;

    traceENTER_xQueueIsQueueFullFromISR(xQueue);
    /* Through the public call, which the compiler keeps out of line, so that this stays
     * small: a trace shows uxQueueSpacesAvailable() inside. */
    full = uxQueueSpacesAvailable(xQueue) == 0U ? pdTRUE : pdFALSE; /* also for NULL */
    traceRETURN_xQueueIsQueueFullFromISR(full);
    return full;
}

UBaseType_t uxQueueGetQueueItemSize(QueueHandle_t xQueue)
{
    UBaseType_t size;

    traceENTER_uxQueueGetQueueItemSize(xQueue);
    size = xQueue != NULL ? xQueue->item_size : 0U;
    traceRETURN_uxQueueGetQueueItemSize(size);
    return size;
}

UBaseType_t uxQueueGetQueueLength(QueueHandle_t xQueue)
{
    UBaseType_t length;

    traceENTER_uxQueueGetQueueLength(xQueue);
    length = xQueue != NULL ? xQueue->length : 0U;
    traceRETURN_uxQueueGetQueueLength(length);
    return length;
}

#if (configUSE_TRACE_FACILITY == 1)
void vQueueSetQueueNumber(QueueHandle_t xQueue, UBaseType_t uxQueueNumber)
{
    traceENTER_vQueueSetQueueNumber(xQueue, uxQueueNumber);
    if (xQueue != NULL)
    {
        xQueue->number = uxQueueNumber;
    }
    traceRETURN_vQueueSetQueueNumber();
}

UBaseType_t uxQueueGetQueueNumber(QueueHandle_t xQueue)
{
    UBaseType_t number;

    traceENTER_uxQueueGetQueueNumber(xQueue);
    number = xQueue != NULL ? xQueue->number : 0U;
    traceRETURN_uxQueueGetQueueNumber(number);
    return number;
}

uint8_t ucQueueGetQueueType(QueueHandle_t xQueue)
{
    uint8_t type;

    traceENTER_ucQueueGetQueueType(xQueue);
    type = xQueue != NULL ? xQueue->type : 0U;
    traceRETURN_ucQueueGetQueueType(type);
    return type;
}
#endif
