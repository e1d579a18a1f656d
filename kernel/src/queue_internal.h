/*
 * queue_internal.h - private to the queue family (queue.c, semaphore.c, queue_set.c,
 * queue_registry.c): one structure serves queues, semaphores, mutexes and queue sets, as
 * in FreeRTOS, so that they share the send/receive machinery and the queue-set hooks.
 */
#ifndef TERN_QUEUE_INTERNAL_H
#define TERN_QUEUE_INTERNAL_H

#include "kernel.h"
#include "queue.h"

typedef struct QueueDefinition
{
    /* Bytes first, where Thumb's 16-bit byte loads reach them. */
    uint8_t flags; /* QF_*: zero keeps the object on the fast paths */
    uint8_t type;  /* queueQUEUE_TYPE_* */
    uint8_t from_heap;
    int8_t *head; /* storage (NULL for semaphores and mutexes) */
    int8_t *tail; /* one past the storage */
    union
    {
        struct
        {
            int8_t *write_to;  /* next free slot */
            int8_t *read_from; /* slot of the item read last */
        } q;
        struct
        {
            TCB_t *holder;                     /* NULL when free */
            UBaseType_t recursion;             /* recursive takes outstanding (when held) */
            struct QueueDefinition *next_held; /* holder's other mutexes (when held) */
        } m;
    } u;
    wait_list_t senders;   /* tasks waiting for space */
    wait_list_t receivers; /* tasks waiting for an item (or to take) */
    UBaseType_t count;     /* changed only with interrupts masked */
    UBaseType_t length;
    UBaseType_t item_size;
#if (configUSE_QUEUE_SETS == 1)
    struct QueueDefinition *set; /* the set this queue belongs to, or NULL */
#endif
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t number;
#endif
} Queue_t;

KERNEL_STATIC_ASSERT(static_queue_fits, sizeof(StaticQueue_t) >= sizeof(Queue_t));

/* What the fast paths look at: zero is a plain semaphore, QF_ITEMS a plain queue. */
#define QF_MUTEX  0x01u /* a mutex or recursive mutex: holders, inheritance */
#define QF_IN_SET 0x02u /* a queue set member: items are announced to the set */
#define QF_ITEMS  0x04u /* items have a size (a queue, not a semaphore or mutex) */

static inline int queue_is_mutex(const Queue_t *q)
{
    return (q->flags & QF_MUTEX) != 0U;
}

/* The complete send and receive (or peek, or take), with blocking and every special case;
 * the public calls, task and ISR forms, end here. `how` is the send's position (checked by
 * the caller) or QUEUE_PEEK, with QUEUE_FROM_ISR for an interrupt, which never waits and
 * learns from QUEUE_WOKE in the result whether it woke a task that outranks the running
 * one. A receive from a mutex takes it, a send gives it back; the interrupt forms refuse
 * mutexes before they get here. QUEUE_TO_SET: a member's
 * announcement to its set (interrupts masked; sent as from an interrupt, not traced as a
 * send). */
#define QUEUE_PEEK     0x01
#define QUEUE_POSITION 0x03
#define QUEUE_WOKE     0x02
#define QUEUE_FROM_ISR 0x04
#define QUEUE_TO_SET   0x08
BaseType_t queue_send(Queue_t *q, const void *item, TickType_t ticks, BaseType_t how);
BaseType_t queue_receive(Queue_t *q, void *buffer, TickType_t ticks, BaseType_t how);

#if (configUSE_MUTEXES == 1)
/* The holder gives the mutex back: forget it and drop the holder's inherited priority to
 * what its remaining mutexes need. Returns pdTRUE if the caller should yield. */
BaseType_t mutex_released(Queue_t *q);
#endif

#if (configUSE_QUEUE_SETS == 1)
/* Posts q's handle to its set; returns pdTRUE if a task waiting on the set outranks the
 * running task. Interrupts masked. */
BaseType_t queue_set_notify(Queue_t *q);
#endif

#endif /* TERN_QUEUE_INTERNAL_H */
