/*
 * wait.c - the lists of tasks waiting on a kernel object (queue, semaphore, event group,
 * stream buffer), kept highest priority first and first-come first-served among equals.
 * Relies on tick.c to block and wake tasks. All calls need interrupts masked.
 */
#include "kernel.h"

static void insert_by_priority(wait_list_t *wl, TCB_t *t)
{
    link_t *pos = wl->head.next;

    while (pos != &wl->head && LINK_OWNER(pos, TCB_t, wait)->priority >= t->priority)
    {
        pos = pos->next;
    }
    link_insert_before(pos, &t->wait);
    t->waiting_on = wl;
}

void wait_block_current(wait_list_t *wl, TickType_t ticks)
{
    insert_by_priority(wl, pxCurrentTCB);
    tick_block_current(ticks);
}

BaseType_t wait_wake_first(wait_list_t *wl)
{
    return tick_wake(LINK_OWNER(wl->head.next, TCB_t, wait), WAKE_EVENT);
}

BaseType_t wait_wake_all(wait_list_t *wl, enum wake_reason reason)
{
    BaseType_t preempt = pdFALSE;

    while (!list_empty(&wl->head))
    {
        if (tick_wake(LINK_OWNER(wl->head.next, TCB_t, wait), reason) != pdFALSE)
        {
            preempt = pdTRUE;
        }
    }
    return preempt;
}

void wait_release_all(wait_list_t *a, wait_list_t *b)
{
    if ((wait_wake_all(a, WAKE_DELETED) | wait_wake_all(b, WAKE_DELETED)) && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
}

void wait_remove(TCB_t *t)
{
    wait_list_t *wl = t->waiting_on;

    link_unlink(&t->wait);
    t->waiting_on = NULL;
#if (configUSE_MUTEXES == 1)
    if ((t->flags & TF_WAITS_MUTEX) != 0U)
    {
        t->flags &= (uint8_t)~TF_WAITS_MUTEX;
        /* Whatever the reason the waiter left, the holder may no longer need its priority. */
        mutex_waiters_changed(wl);
    }
#else
    (void)wl;
#endif
}

void wait_reposition(TCB_t *t)
{
    wait_list_t *wl = t->waiting_on;

    link_unlink(&t->wait);
    insert_by_priority(wl, t);
#if (configUSE_MUTEXES == 1)
    if ((t->flags & TF_WAITS_MUTEX) != 0U)
    {
        mutex_waiters_changed(wl);
    }
#endif
}

BaseType_t wait_within_budget(wait_list_t *wl, wait_budget_t *b, struct QueueDefinition *mutex)
{
    TCB_t *self = pxCurrentTCB;

    configASSERT(kernel.suspended == 0U);
    insert_by_priority(wl, self);
#if (configUSE_MUTEXES == 1)
    if (mutex != NULL)
    {
        self->flags |= TF_WAITS_MUTEX;
        mutex_waiters_changed(wl); /* wl is the mutex's list: its holder inherits */
    }
#else
    (void)mutex;
#endif
    tick_block_current(b->left);
    kernel_unmask(b->saved); /* other tasks run until this one is woken */
    b->saved = kernel_mask();

    if (self->wake_reason == WAKE_EVENT && b->total == portMAX_DELAY && INCLUDE_vTaskSuspend == 1)
    {
        return pdTRUE; /* the common case: no budget to recompute */
    }
    if (self->wake_reason == WAKE_DELETED)
    {
        return pdFALSE;
    }
    if (INCLUDE_xTaskAbortDelay == 1 && self->wake_reason == WAKE_ABORTED)
    {
        /* One more try, then give up. The flag xTaskAbortDelay() left is for
         * xTaskCheckForTimeOut(), which FreeRTOS's blocking calls consume and this wait does
         * not use: clear it, or the task's next timeout check would fail at once. */
        self->flags &= (uint8_t)~TF_DELAY_ABORTED;
        b->left = 0;
    }
    else if (b->total != portMAX_DELAY || INCLUDE_vTaskSuspend == 0)
    {
        /* Woken by the object, by the timeout, or resumed after a vTaskSuspend(): as in
         * FreeRTOS, wait on for whatever is left of the block time (none after a timeout). */
        TickType_t elapsed = (TickType_t)(kernel.tick - b->start);
        b->left = elapsed >= b->total ? 0U : (TickType_t)(b->total - elapsed);
    }
    return pdTRUE;
}
