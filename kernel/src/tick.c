/*
 * tick.c - time: the tick count, the delayed list of tasks blocked with a timeout,
 * vTaskDelay / xTaskDelayUntil / xTaskAbortDelay, timeouts for code that blocks in loops,
 * and tickless-idle support. Relies on sched.c to make woken tasks ready.
 *
 * The delayed list is sorted by wake time relative to now, so wrap-around needs no second
 * list: every pending wake time lies within portMAX_DELAY ticks ahead of now.
 * kernel.next_wake is never later than the earliest wake time, so the tick interrupt does
 * one comparison when nothing is due.
 */
#include "kernel.h"

static inline TickType_t ticks_ahead(TickType_t when)
{
    return (TickType_t)(when - kernel.tick);
}

/* Takes the running task out of its ready ring and blocks it: until wake if timed (on the
 * delayed list, sorted by wake time), else until something wakes it. The switch happens
 * when the caller unmasks interrupts. */
static void block_current(TickType_t wake, BaseType_t timed)
{
    TCB_t *t = pxCurrentTCB;

    portASSERT_IF_IN_ISR();
    configASSERT(kernel.suspended == 0U);
    sched_remove_ready(t);
    t->state = TASK_BLOCKED;
    t->wake_reason = WAKE_TIMEOUT;
    if (timed)
    {
        TickType_t ahead = ticks_ahead(wake);
        link_t *pos = kernel.delayed.prev;

        /* Walk back from the latest: new timeouts are usually the latest. Equal wake times
         * keep their order of arrival. */
        while (pos != &kernel.delayed &&
               ticks_ahead(LINK_OWNER(pos, TCB_t, sched)->wake_tick) > ahead)
        {
            pos = pos->prev;
        }
        t->wake_tick = wake;
        link_insert_before(pos->next, &t->sched);
        if (ahead < ticks_ahead(kernel.next_wake))
        {
            kernel.next_wake = wake;
        }
        traceMOVED_TASK_TO_DELAYED_LIST();
    }
    sched_request_switch();
}

void tick_delay_current(TickType_t ticks)
{
    block_current((TickType_t)(kernel.tick + ticks), pdTRUE);
}

void tick_block_current(TickType_t ticks)
{
    block_current((TickType_t)(kernel.tick + ticks),
                  (ticks != portMAX_DELAY || INCLUDE_vTaskSuspend == 0) ? pdTRUE : pdFALSE);
}

void tick_cancel_timeout(TCB_t *t)
{
    tick_cancel_timeout_inline(t);
}

BaseType_t tick_wake(TCB_t *t, enum wake_reason reason)
{
    tick_cancel_timeout_inline(t);
    if (t->waiting_on != NULL)
    {
        wait_remove(t); /* for a mutex's waiter, its holder's priority may drop */
    }
    t->wake_reason = (uint8_t)reason;
    return sched_make_ready_inline(t);
}

/* Wakes every task due at now; returns pdTRUE if one outranks the running task. External
 * only so that the compiler keeps it out of the tick's fast path. */
BaseType_t tick_expire(TickType_t now);
BaseType_t tick_expire(TickType_t now)
{
    BaseType_t preempt = pdFALSE;

    for (;;)
    {
        TCB_t *t;
        if (list_empty(&kernel.delayed))
        {
            kernel.next_wake = now - 1U; /* nothing due for a full turn of the counter */
            break;
        }
        t = LINK_OWNER(kernel.delayed.next, TCB_t, sched);
        if (t->wake_tick != now)
        {
            kernel.next_wake = t->wake_tick;
            break;
        }
        if (tick_wake(t, WAKE_TIMEOUT) != pdFALSE)
        {
            preempt = pdTRUE;
        }
    }
    return preempt;
}

/* Whether the tick should end in a context switch, once wake-ups are done: a switch asked
 * for meanwhile, or (time slicing) another ready task of the running task's priority. */
static KERNEL_FORCE_INLINE BaseType_t switch_after_tick(BaseType_t woke_higher)
{
#if (configUSE_PREEMPTION == 1)
    BaseType_t switch_needed = kernel.yield_pending | woke_higher;
#if (configUSE_TIME_SLICING == 1)
    if (sched_has_peers(pxCurrentTCB))
    {
        switch_needed = pdTRUE;
    }
#endif
    return switch_needed;
#else
    (void)woke_higher;
    return pdFALSE;
#endif
}

static void call_tick_hook(void)
{
#if (configUSE_TICK_HOOK == 1)
    /* Not again for each pended tick when they are processed later. */
    if (kernel.pended_ticks == 0U || kernel.suspended != 0U)
    {
        vApplicationTickHook();
    }
#endif
}

/* The ticks that have wake-ups due, and the ticks while the scheduler is suspended: out of
 * line, so the common tick stays a leaf. External only to keep the compiler from inlining
 * them back. */
BaseType_t tick_with_wakeups(TickType_t now);
BaseType_t tick_with_wakeups(TickType_t now)
{
    BaseType_t woke_higher = tick_expire(now);
    call_tick_hook();
    return switch_after_tick(woke_higher);
}

BaseType_t tick_while_suspended(void);
BaseType_t tick_while_suspended(void)
{
    kernel.pended_ticks = kernel.pended_ticks + 1U;
    call_tick_hook();
    return pdFALSE;
}

BaseType_t xTaskIncrementTick(void)
{
    TickType_t now;
    BaseType_t switch_needed;

    traceENTER_xTaskIncrementTick();
    if (kernel.suspended != 0U)
    {
        switch_needed = tick_while_suspended();
        traceRETURN_xTaskIncrementTick(switch_needed);
        return switch_needed;
    }
    now = kernel.tick + 1U;
    kernel.tick = now;
    traceTASK_INCREMENT_TICK(now);
    if (now == kernel.next_wake)
    {
        switch_needed = tick_with_wakeups(now);
        traceRETURN_xTaskIncrementTick(switch_needed);
        return switch_needed;
    }
#if (configUSE_TICK_HOOK == 1)
    call_tick_hook();
#endif
    switch_needed = switch_after_tick(pdFALSE);
    traceRETURN_xTaskIncrementTick(switch_needed);
    return switch_needed;
}

TickType_t xTaskGetTickCount(void)
{
    TickType_t now;

    traceENTER_xTaskGetTickCount();
    portTICK_TYPE_ENTER_CRITICAL();
    now = kernel.tick;
    portTICK_TYPE_EXIT_CRITICAL();
    traceRETURN_xTaskGetTickCount(now);
    return now;
}

TickType_t xTaskGetTickCountFromISR(void)
{
    TickType_t now;
    UBaseType_t saved;

    traceENTER_xTaskGetTickCountFromISR();
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR();
    now = kernel.tick;
    portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_xTaskGetTickCountFromISR(now);
    return now;
}

/* ---- Delays ---- */

#if (INCLUDE_vTaskDelay == 1)
void vTaskDelay(const TickType_t xTicksToDelay)
{
    traceENTER_vTaskDelay(xTicksToDelay);
    if (xTicksToDelay > 0U)
    {
        UBaseType_t saved = kernel_mask();
        traceTASK_DELAY();
        tick_delay_current(xTicksToDelay);
        kernel_unmask(saved);
    }
    else
    {
        portYIELD_WITHIN_API();
    }
    traceRETURN_vTaskDelay();
}
#endif

#if (INCLUDE_xTaskDelayUntil == 1)
BaseType_t xTaskDelayUntil(TickType_t *const pxPreviousWakeTime, const TickType_t xTimeIncrement)
{
    BaseType_t should_delay = pdFALSE;
    UBaseType_t saved;
    TickType_t now;
    TickType_t wake;

    traceENTER_xTaskDelayUntil(pxPreviousWakeTime, xTimeIncrement);
    if (pxPreviousWakeTime == NULL || xTimeIncrement == 0U)
    {
        traceRETURN_xTaskDelayUntil(pdFALSE);
        return pdFALSE;
    }
    saved = kernel_mask();
    now = kernel.tick;
    wake = *pxPreviousWakeTime + xTimeIncrement;
    /* The wake time is in the future unless it lies in (previous wake, now], counting
     * round the wrap of the tick counter. */
    if ((TickType_t)(now - *pxPreviousWakeTime) < xTimeIncrement)
    {
        should_delay = pdTRUE;
    }
    *pxPreviousWakeTime = wake;
    if (should_delay)
    {
        traceTASK_DELAY_UNTIL(wake);
        block_current(wake, pdTRUE);
    }
    kernel_unmask(saved);
    if (!should_delay)
    {
        /* As in FreeRTOS, the call reschedules even when the time has passed. */
        portYIELD_WITHIN_API();
    }
    traceRETURN_xTaskDelayUntil(should_delay);
    return should_delay;
}
#endif

#if (INCLUDE_xTaskAbortDelay == 1)
BaseType_t xTaskAbortDelay(TaskHandle_t xTask)
{
    TCB_t *t = (TCB_t *)xTask;
    BaseType_t result = pdFAIL;
    BaseType_t preempt = pdFALSE;
    UBaseType_t saved;
    UBaseType_t i;

    traceENTER_xTaskAbortDelay(xTask);
    if (t == NULL)
    {
        traceRETURN_xTaskAbortDelay(pdFAIL);
        return pdFAIL;
    }
    saved = kernel_mask();
    if (t->state == TASK_BLOCKED)
    {
        t->flags |= TF_DELAY_ABORTED;
        for (i = 0; i < configTASK_NOTIFICATION_ARRAY_ENTRIES; i++)
        {
            if (t->notify_state[i] == 1U)
            {
                t->notify_state[i] = 0U;
            }
        }
        preempt = tick_wake(t, WAKE_ABORTED);
        result = pdPASS;
    }
    if (preempt && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
    kernel_unmask(saved);
    traceRETURN_xTaskAbortDelay(result);
    return result;
}
#endif

/* ---- Timeouts for blocking loops ---- */

static inline void set_time_out_state(TimeOut_t *t)
{
    t->xOverflowCount = 0;
    t->xTimeOnEntering = kernel.tick;
}

void vTaskInternalSetTimeOutState(TimeOut_t *const pxTimeOut)
{
    traceENTER_vTaskInternalSetTimeOutState(pxTimeOut);
    set_time_out_state(pxTimeOut);
    traceRETURN_vTaskInternalSetTimeOutState();
}

void vTaskSetTimeOutState(TimeOut_t *const pxTimeOut)
{
    UBaseType_t saved;

    traceENTER_vTaskSetTimeOutState(pxTimeOut);
    if (pxTimeOut == NULL)
    {
        traceRETURN_vTaskSetTimeOutState();
        return;
    }
    saved = kernel_mask();
    set_time_out_state(pxTimeOut); /* not through the public call: FreeRTOS's does not nest */
    kernel_unmask(saved);
    traceRETURN_vTaskSetTimeOutState();
}

BaseType_t xTaskCheckForTimeOut(TimeOut_t *const pxTimeOut, TickType_t *const pxTicksToWait)
{
    BaseType_t timed_out;
    UBaseType_t saved;
    TickType_t elapsed;

    traceENTER_xTaskCheckForTimeOut(pxTimeOut, pxTicksToWait);
    if (pxTimeOut == NULL || pxTicksToWait == NULL)
    {
        traceRETURN_xTaskCheckForTimeOut(pdTRUE);
        return pdTRUE;
    }
    saved = kernel_mask();
    elapsed = (TickType_t)(kernel.tick - pxTimeOut->xTimeOnEntering);
    if (INCLUDE_xTaskAbortDelay == 1 && (pxCurrentTCB->flags & TF_DELAY_ABORTED) != 0U)
    {
        pxCurrentTCB->flags &= (uint8_t)~TF_DELAY_ABORTED;
        timed_out = pdTRUE;
    }
#if (INCLUDE_vTaskSuspend == 1)
    else if (*pxTicksToWait == portMAX_DELAY)
    {
        timed_out = pdFALSE;
    }
#endif
    else if (elapsed < *pxTicksToWait)
    {
        *pxTicksToWait -= elapsed;
        vTaskInternalSetTimeOutState(pxTimeOut);
        timed_out = pdFALSE;
    }
    else
    {
        *pxTicksToWait = 0;
        timed_out = pdTRUE;
    }
    kernel_unmask(saved);
    traceRETURN_xTaskCheckForTimeOut(timed_out);
    return timed_out;
}

BaseType_t xTaskCatchUpTicks(TickType_t xTicksToCatchUp)
{
    UBaseType_t saved;
    BaseType_t yielded;

    traceENTER_xTaskCatchUpTicks(xTicksToCatchUp);
    configASSERT(kernel.suspended == 0U);
    vTaskSuspendAll();
    saved = kernel_mask();
    kernel.pended_ticks += xTicksToCatchUp;
    kernel_unmask(saved);
    yielded = xTaskResumeAll();
    traceRETURN_xTaskCatchUpTicks(yielded);
    return yielded;
}

/* ---- Tickless idle ----
 * As in FreeRTOS, only with configUSE_TICKLESS_IDLE, or for a port that runs its own idle
 * processing (portTERN_IDLE_HOOK: the simulator steps the tick over idle time). */
#if (configUSE_TICKLESS_IDLE != 0) || defined(portTERN_IDLE_HOOK)

TickType_t tick_until_next_wake(void)
{
    if (list_empty(&kernel.delayed))
    {
        return portMAX_DELAY;
    }
    /* next_wake, not the head's time: it may be earlier (a task left the list), and
     * vTaskStepTick() must not jump past it. */
    return ticks_ahead(kernel.next_wake);
}

TickType_t xTaskGetExpectedIdleTime(void)
{
    if ((kernel.ready_bits & ~1UL) != 0U || pxCurrentTCB->priority > tskIDLE_PRIORITY ||
        sched_has_peers(pxCurrentTCB))
    {
        return 0;
    }
    return tick_until_next_wake();
}

void vTaskStepTick(TickType_t xTicksToJump)
{
    UBaseType_t saved;
    TickType_t until_wake;

    traceENTER_vTaskStepTick(xTicksToJump);
    saved = kernel_mask();
    until_wake = ticks_ahead(kernel.next_wake);
    configASSERT(xTicksToJump <= until_wake);
    if (xTicksToJump >= until_wake && xTicksToJump > 0U)
    {
        /* Land one short, and let the tick processing reach the wake-up itself. */
        xTicksToJump = until_wake - 1U;
        kernel.pended_ticks = kernel.pended_ticks + 1U;
    }
    kernel.tick += xTicksToJump;
    traceINCREASE_TICK_COUNT(xTicksToJump);
    if (kernel.suspended == 0U && kernel.pended_ticks != 0U)
    {
        /* Counted as pended while it is processed, so that the tick hook is not called. */
        BaseType_t preempt = xTaskIncrementTick();
        kernel.pended_ticks = kernel.pended_ticks - 1U;
        if (preempt != pdFALSE)
        {
            kernel.yield_pending = pdTRUE;
            sched_request_switch();
        }
    }
    kernel_unmask(saved);
    traceRETURN_vTaskStepTick();
}

eSleepModeStatus eTaskConfirmSleepModeStatus(void)
{
    traceENTER_eTaskConfirmSleepModeStatus();
    /* Anything ready besides the idle task, a pending switch or pended ticks: stay awake. */
    if (kernel.yield_pending != pdFALSE || kernel.pended_ticks != 0U)
    {
        traceRETURN_eTaskConfirmSleepModeStatus(eAbortSleep);
        return eAbortSleep;
    }
    if ((kernel.ready_bits & ~1UL) != 0U || sched_has_peers(pxCurrentTCB))
    {
        traceRETURN_eTaskConfirmSleepModeStatus(eAbortSleep);
        return eAbortSleep;
    }
#if (INCLUDE_vTaskSuspend == 1)
    if (list_empty(&kernel.delayed))
    {
        traceRETURN_eTaskConfirmSleepModeStatus(eNoTasksWaitingTimeout);
        return eNoTasksWaitingTimeout;
    }
#endif
    traceRETURN_eTaskConfirmSleepModeStatus(eStandardSleep);
    return eStandardSleep;
}

#endif /* tickless idle */
