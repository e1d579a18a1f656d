/*
 * sched.c - the scheduler: one ring of ready tasks per priority, a bitmap of non-empty
 * rings for O(1) selection, the context-switch decision the port calls
 * (vTaskSwitchContext), scheduler suspension, start and end, and the idle task.
 * Relies on tick.c for time and task.c for creating and freeing tasks.
 *
 * Each ring has an end marker and an index on the task selected last; selection advances
 * the index past the marker, so equal-priority tasks take turns exactly as FreeRTOS's
 * listGET_OWNER_OF_NEXT_ENTRY makes them, and a task made ready joins just before the index.
 */
#include "kernel.h"

#include <string.h>

struct kernel_state kernel = {
    .tick = (TickType_t)configINITIAL_TICK_COUNT,
    .next_wake = (TickType_t)configINITIAL_TICK_COUNT - 1U,
    .delayed = {&kernel.delayed, &kernel.delayed},
    .terminated = {&kernel.terminated, &kernel.terminated},
};

#if (configUSE_PORT_OPTIMISED_TASK_SELECTION == 1)
static inline UBaseType_t top_ready_priority(void)
{
    UBaseType_t uxTopPriority;
    portGET_HIGHEST_PRIORITY(uxTopPriority, kernel.ready_bits);
    return uxTopPriority;
}
#else
static inline UBaseType_t top_ready_priority(void)
{
    uint32_t bits = kernel.ready_bits;
    UBaseType_t top = 0;
    if (bits >= (1UL << 16))
    {
        bits >>= 16;
        top += 16;
    }
    if (bits >= (1UL << 8))
    {
        bits >>= 8;
        top += 8;
    }
    if (bits >= (1UL << 4))
    {
        bits >>= 4;
        top += 4;
    }
    if (bits >= (1UL << 2))
    {
        bits >>= 2;
        top += 2;
    }
    if (bits >= (1UL << 1))
    {
        top += 1;
    }
    return top;
}
#endif

BaseType_t sched_make_ready(TCB_t *t)
{
    return sched_make_ready_inline(t);
}

void sched_remove_ready(TCB_t *t)
{
    UBaseType_t p = t->priority;

    if (kernel.ready_index[p] == &t->sched)
    {
        kernel.ready_index[p] = t->sched.prev;
    }
    link_remove(&t->sched);
    if (kernel.ready_end[p].next == &kernel.ready_end[p])
    {
        kernel.ready_bits &= ~(1UL << p);
    }
}

void sched_request_switch(void)
{
    portYIELD_WITHIN_API();
}

void sched_preempt(volatile BaseType_t *woken)
{
    if (woken != NULL)
    {
        *woken = pdTRUE;
    }
    else if (configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
}

BaseType_t sched_set_effective_priority(TCB_t *t, UBaseType_t priority)
{
    UBaseType_t old = t->priority;
    BaseType_t yield = pdFALSE;

    if (priority == old)
    {
        return pdFALSE;
    }
    if (t->state == TASK_READY)
    {
        sched_remove_ready(t);
        t->priority = priority;
        yield = sched_make_ready(t);
        if (t == pxCurrentTCB)
        {
            /* Lowering the running task may let another run: reschedule, as FreeRTOS does. */
            yield = priority < old ? pdTRUE : pdFALSE;
        }
    }
    else
    {
        t->priority = priority;
        if (t->waiting_on != NULL)
        {
            wait_reposition(t);
        }
    }
    return yield;
}

#if (configCHECK_FOR_STACK_OVERFLOW > 0)
static void check_stack_of(TCB_t *t)
{
    BaseType_t overflowed = pdFALSE;
#if (portSTACK_GROWTH < 0)
    if ((StackType_t *)t->pxTopOfStack <= t->stack)
    {
        overflowed = pdTRUE;
    }
#if (configCHECK_FOR_STACK_OVERFLOW > 1)
    {
        /* The lowest words still hold the fill pattern unless the stack reached them. */
        static const uint8_t fill[16] = {0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5,
                                         0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5};
        if (memcmp(t->stack, fill, sizeof fill) != 0)
        {
            overflowed = pdTRUE;
        }
    }
#endif
#else
    if ((StackType_t *)t->pxTopOfStack >= t->stack_end)
    {
        overflowed = pdTRUE;
    }
#endif
    if (overflowed)
    {
        vApplicationStackOverflowHook((TaskHandle_t)t, t->name);
    }
}
#endif

void vTaskSwitchContext(void)
{
    TCB_t *next;
    UBaseType_t p;

    traceENTER_vTaskSwitchContext();
    if (kernel.suspended != 0U)
    {
        kernel.yield_pending = pdTRUE;
        traceRETURN_vTaskSwitchContext();
        return;
    }
    kernel.yield_pending = pdFALSE;
    traceTASK_SWITCHED_OUT();

#if (configGENERATE_RUN_TIME_STATS == 1)
    {
        configRUN_TIME_COUNTER_TYPE now;
#ifdef portALT_GET_RUN_TIME_COUNTER_VALUE
        portALT_GET_RUN_TIME_COUNTER_VALUE(now);
#else
        now = (configRUN_TIME_COUNTER_TYPE)portGET_RUN_TIME_COUNTER_VALUE();
#endif
        if (now > kernel.switched_in_at)
        {
            pxCurrentTCB->run_time += now - kernel.switched_in_at;
        }
        kernel.switched_in_at = now;
    }
#endif
#if (configCHECK_FOR_STACK_OVERFLOW > 0)
    if (pxCurrentTCB->state != TASK_DELETED)
    {
        check_stack_of(pxCurrentTCB);
    }
#endif

    p = top_ready_priority();
    {
        link_t *n = kernel.ready_index[p]->next;
        if (n == &kernel.ready_end[p])
        {
            n = n->next;
        }
        kernel.ready_index[p] = n;
        next = LINK_OWNER(n, TCB_t, sched);
    }
    pxCurrentTCB = next;
    traceTASK_SWITCHED_IN();
    traceRETURN_vTaskSwitchContext();
}

void vTaskMissedYield(void)
{
    traceENTER_vTaskMissedYield();
    kernel.yield_pending = pdTRUE;
    traceRETURN_vTaskMissedYield();
}

void vTaskSuspendAll(void)
{
    traceENTER_vTaskSuspendAll();
    portSOFTWARE_BARRIER();
    kernel.suspended = kernel.suspended + 1U;
    portMEMORY_BARRIER();
    traceRETURN_vTaskSuspendAll();
}

BaseType_t xTaskResumeAll(void)
{
    BaseType_t yielded = pdFALSE;
    UBaseType_t saved;

    traceENTER_xTaskResumeAll();
    saved = kernel_mask();
    configASSERT(kernel.suspended != 0U);
    kernel.suspended = kernel.suspended - 1U;
    if (kernel.suspended == 0U && kernel.running)
    {
        TickType_t pended = kernel.pended_ticks;
        while (pended > 0U)
        {
            if (xTaskIncrementTick() != pdFALSE)
            {
                kernel.yield_pending = pdTRUE;
            }
            pended--;
        }
        kernel.pended_ticks = 0;
#if (configUSE_PREEMPTION == 1)
        if (kernel.yield_pending != pdFALSE)
        {
            yielded = pdTRUE;
            sched_request_switch();
        }
#endif
    }
    kernel_unmask(saved);
    traceRETURN_xTaskResumeAll(yielded);
    return yielded;
}

#if (INCLUDE_xTaskGetSchedulerState == 1) || (configUSE_TIMERS == 1)
BaseType_t xTaskGetSchedulerState(void)
{
    BaseType_t state;

    traceENTER_xTaskGetSchedulerState();
    if (!kernel.running)
    {
        state = taskSCHEDULER_NOT_STARTED;
    }
    else
    {
        state = kernel.suspended == 0U ? taskSCHEDULER_RUNNING : taskSCHEDULER_SUSPENDED;
    }
    traceRETURN_xTaskGetSchedulerState(state);
    return state;
}
#endif

/* ---- The idle task ---- */

#ifndef portTERN_IDLE_HOOK
#define portTERN_IDLE_HOOK()
#endif

#if (configUSE_TICKLESS_IDLE != 0)
static void idle_sleep(void)
{
    TickType_t expected = tick_until_next_wake();

    if (expected < configEXPECTED_IDLE_TIME_BEFORE_SLEEP)
    {
        return;
    }
    vTaskSuspendAll();
    /* Re-read: an interrupt may have readied a task or moved the next wake-up. */
    expected = tick_until_next_wake();
    if (expected >= configEXPECTED_IDLE_TIME_BEFORE_SLEEP &&
        eTaskConfirmSleepModeStatus() != eAbortSleep)
    {
        configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING(expected);
        if (expected > 0U)
        {
            traceLOW_POWER_IDLE_BEGIN();
            portSUPPRESS_TICKS_AND_SLEEP(expected);
            traceLOW_POWER_IDLE_END();
        }
    }
    (void)xTaskResumeAll();
}
#endif

static void idle_task(void *unused)
{
    (void)unused;
    for (;;)
    {
        if (kernel.deleted_waiting != 0U)
        {
            task_reap_terminated();
        }
#if (configUSE_PREEMPTION == 0)
        /* Cooperative: let any other ready task run. */
        taskYIELD();
#elif (configIDLE_SHOULD_YIELD == 1)
        if (sched_has_peers(pxCurrentTCB))
        {
            taskYIELD();
        }
#endif
#if (configUSE_IDLE_HOOK == 1)
        vApplicationIdleHook();
#endif
#if (configUSE_TICKLESS_IDLE != 0)
        idle_sleep();
#endif
        portTERN_IDLE_HOOK();
    }
}

#if (configSUPPORT_STATIC_ALLOCATION == 1) && (configKERNEL_PROVIDED_STATIC_MEMORY == 1)
void vApplicationGetIdleTaskMemory(StaticTask_t **ppxIdleTaskTCBBuffer,
                                   StackType_t **ppxIdleTaskStackBuffer,
                                   configSTACK_DEPTH_TYPE *puxIdleTaskStackSize)
{
    static StaticTask_t idle_tcb;
    static StackType_t idle_stack[configMINIMAL_STACK_SIZE];
    *ppxIdleTaskTCBBuffer = &idle_tcb;
    *ppxIdleTaskStackBuffer = idle_stack;
    *puxIdleTaskStackSize = configMINIMAL_STACK_SIZE;
}
#endif

static BaseType_t create_idle_task(void)
{
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    StaticTask_t *tcb = NULL;
    StackType_t *stack = NULL;
    configSTACK_DEPTH_TYPE depth = 0;
    vApplicationGetIdleTaskMemory(&tcb, &stack, &depth);
    kernel.idle_task = (TCB_t *)xTaskCreateStatic(idle_task, configIDLE_TASK_NAME, depth, NULL,
                                                  tskIDLE_PRIORITY | portPRIVILEGE_BIT, stack, tcb);
    return kernel.idle_task != NULL ? pdPASS : pdFAIL;
#else
    return xTaskCreate(idle_task, configIDLE_TASK_NAME, configMINIMAL_STACK_SIZE, NULL,
                       tskIDLE_PRIORITY | portPRIVILEGE_BIT, (TaskHandle_t *)&kernel.idle_task);
#endif
}

#if (INCLUDE_xTaskGetIdleTaskHandle == 1)
TaskHandle_t xTaskGetIdleTaskHandle(void)
{
    TaskHandle_t idle;

    traceENTER_xTaskGetIdleTaskHandle();
    idle = (TaskHandle_t)kernel.idle_task;
    traceRETURN_xTaskGetIdleTaskHandle(idle);
    return idle;
}

TaskHandle_t xTaskGetIdleTaskHandleForCore(BaseType_t xCoreID)
{
    TaskHandle_t idle;

    traceENTER_xTaskGetIdleTaskHandleForCore(xCoreID);
    idle = xCoreID == 0 ? (TaskHandle_t)kernel.idle_task : NULL;
    traceRETURN_xTaskGetIdleTaskHandleForCore(idle);
    return idle;
}
#endif

/* ---- Start and end ---- */

void vTaskStartScheduler(void)
{
    traceENTER_vTaskStartScheduler();
    /* Defines pxCurrentTCB, FreeRTOS's name for the running task, as kernel.current (no
     * code: an assembler symbol, emitted wherever this function is). */
    __asm__(".globl pxCurrentTCB\n"
            ".type pxCurrentTCB, %%object\n"
            ".size pxCurrentTCB, %c1\n"
            ".set pxCurrentTCB, %c0\n"
            :
            : "i"(&kernel.current), "i"(sizeof kernel.current));
    if (create_idle_task() != pdPASS)
    {
        traceRETURN_vTaskStartScheduler();
        return;
    }
#if (configUSE_TIMERS == 1)
    if (timers_create_daemon() != pdPASS)
    {
        traceRETURN_vTaskStartScheduler();
        return;
    }
#endif

    portDISABLE_INTERRUPTS();
    kernel.tick = (TickType_t)configINITIAL_TICK_COUNT;
    kernel.next_wake = kernel.tick - 1U;
    kernel.running = pdTRUE;
    /* The first task is the last-created task of the highest priority, as in FreeRTOS;
     * the first switch then starts that priority's ring from its beginning. */
    if (pxCurrentTCB == NULL || pxCurrentTCB->state != TASK_READY ||
        pxCurrentTCB->priority < top_ready_priority())
    {
        pxCurrentTCB = LINK_OWNER(kernel.ready_end[top_ready_priority()].prev, TCB_t, sched);
    }
    portCONFIGURE_TIMER_FOR_RUN_TIME_STATS();
#if (configGENERATE_RUN_TIME_STATS == 1)
#ifdef portALT_GET_RUN_TIME_COUNTER_VALUE
    portALT_GET_RUN_TIME_COUNTER_VALUE(kernel.switched_in_at);
#else
    kernel.switched_in_at = (configRUN_TIME_COUNTER_TYPE)portGET_RUN_TIME_COUNTER_VALUE();
#endif
#endif
    traceTASK_SWITCHED_IN();
    traceSTART();

    (void)xPortStartScheduler();

    /* Back from vTaskEndScheduler(), which says what to do now: through a pointer, so that
     * applications which never end the scheduler do not carry the clean-up. */
    if (kernel.after_end != NULL)
    {
        kernel.after_end();
    }
    traceRETURN_vTaskStartScheduler();
}

/* Frees what is left and forgets everything, so that the scheduler can be started again. */
static void clean_up_after_end(void)
{
    task_reap_terminated();
    vTaskResetState();
}

void vTaskEndScheduler(void)
{
    TCB_t *t;

    traceENTER_vTaskEndScheduler();
    portDISABLE_INTERRUPTS();
    /* Every task goes; the caller's own memory (and that of tasks that deleted themselves
     * and still await the idle task) is freed once we are back in main(). */
    t = kernel.all_tasks;
    while (t != NULL)
    {
        TCB_t *next = t->all_next;
        if (t->state != TASK_DELETED)
        {
            task_delete((TaskHandle_t)t);
        }
        t = next;
    }
    kernel.running = pdFALSE;
    kernel.after_end = clean_up_after_end;
    traceEND();
    vPortEndScheduler();
    /* Where FreeRTOS has it; not reached on Tern's ports, whose vPortEndScheduler() goes
     * straight back to the caller of vTaskStartScheduler(). */
    traceRETURN_vTaskEndScheduler();
}

void vTaskResetState(void)
{
#if (configUSE_TIMERS == 1)
    timers_reset_state();
#endif
    memset(&kernel, 0, sizeof kernel);
    list_init(&kernel.delayed);
    list_init(&kernel.terminated);
    kernel.tick = (TickType_t)configINITIAL_TICK_COUNT;
    kernel.next_wake = kernel.tick - 1U;
    pxCurrentTCB = NULL;
}
