/*
 * timers.c - software timers: the timer service (daemon) task, its command queue, and the
 * list of running timers it fires; xTimerPendFunctionCall runs functions in the same task.
 * Relies on queue.c for the command queue (and its receivers list, to block the daemon
 * until an exact tick) and on task.c to create the daemon.
 *
 * Running timers sit in one list sorted by expiry time relative to `base`, the time up to
 * which the daemon has fired them, so wrap-around of the tick counter needs no second list
 * (every pending expiry lies within one period after base). Commands carry the tick at
 * which they were sent; the daemon first fires what expired up to that tick, then applies
 * the command, so a late-running daemon behaves as if it had kept up. Auto-reload timers
 * expire at start + k * period exactly; a daemon that falls behind fires every missed
 * period, in expiry order across all timers, and never drifts.
 */
#include "queue_internal.h"
#include "timers.h"

#include <string.h>

#if (configUSE_TIMERS == 1)

typedef struct tmrTimerControl
{
    const char *name;
    link_t link; /* in the active list while running */
    TickType_t period;
    TickType_t expiry; /* next expiry while running */
    void *id;
    portTIMER_CALLBACK_ATTRIBUTE TimerCallbackFunction_t callback;
    volatile uint8_t active; /* bytes of their own: tasks and the daemon write them apart */
    volatile uint8_t auto_reload;
    uint8_t from_heap;
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t number;
#endif
} Timer_t;

KERNEL_STATIC_ASSERT(static_timer_fits, sizeof(StaticTimer_t) >= sizeof(Timer_t));

/* What the daemon's queue carries. */
typedef struct
{
    BaseType_t id;   /* tmrCOMMAND_... */
    TickType_t sent; /* tick count when queued */
    union
    {
        struct
        {
            Timer_t *timer;
            TickType_t value; /* start time, or new period */
        } t;
        struct
        {
            PendedFunction_t fn;
            void *arg1;
            uint32_t arg2;
        } call;
    } u;
} timer_command_t;

static struct
{
    QueueHandle_t queue;
    TaskHandle_t daemon;
    link_t active;   /* running timers, soonest expiry first */
    TickType_t base; /* expiries up to here have been fired */
} timers = {NULL, NULL, {&timers.active, &timers.active}, 0};

#if (configSUPPORT_STATIC_ALLOCATION == 1)
static StaticQueue_t queue_struct;
static uint8_t queue_storage[(size_t)configTIMER_QUEUE_LENGTH * sizeof(timer_command_t)];
#endif

static inline Timer_t *timer_of(link_t *l)
{
    return LINK_OWNER(l, Timer_t, link);
}

/* Ticks from base to when; the list's sort key. */
static inline TickType_t after_base(TickType_t when)
{
    return (TickType_t)(when - timers.base);
}

/* Creates the command queue on first use (a timer may be created before the scheduler
 * starts, and commands queued then are handled once the daemon runs). Unlike FreeRTOS,
 * which names it "TmrQ" in the queue registry, it takes no registry slot: those are all
 * the application's. */
static BaseType_t ensure_queue(void)
{
    if (timers.queue != NULL)
    {
        return pdPASS;
    }
    /* Two tasks creating their first timers at once must not both make a queue. */
    vTaskSuspendAll();
    if (timers.queue == NULL)
    {
#if (configSUPPORT_STATIC_ALLOCATION == 1)
        timers.queue = xQueueCreateStatic((UBaseType_t)configTIMER_QUEUE_LENGTH,
                                          sizeof(timer_command_t), queue_storage, &queue_struct);
#else
        timers.queue = xQueueCreate((UBaseType_t)configTIMER_QUEUE_LENGTH, sizeof(timer_command_t));
#endif
    }
    (void)xTaskResumeAll();
    return timers.queue != NULL ? pdPASS : pdFAIL;
}

/* ---- The daemon's side: the active list ---- */

/* Links t by its expiry (which must not be before base); equal expiries keep the order in
 * which they were inserted. */
static void active_insert(Timer_t *t)
{
    TickType_t key = after_base(t->expiry);
    link_t *pos = timers.active.prev;

    /* Walk back from the latest: a restarted timer usually goes last. */
    while (pos != &timers.active && after_base(timer_of(pos)->expiry) > key)
    {
        pos = pos->prev;
    }
    link_insert_before(pos->next, &t->link);
}

static void active_remove(Timer_t *t)
{
    if (link_linked(&t->link))
    {
        link_remove(&t->link);
    }
}

static void run_callback(Timer_t *t)
{
    traceTIMER_EXPIRED(t);
    if (t->callback != NULL)
    {
        t->callback(t);
    }
}

/* Fires, in expiry order, every timer due at or before `until` (not before base), and
 * moves base there. An auto-reload timer is back in the list, a period later, before its
 * callback runs; if that is still due it fires again in turn. */
static void fire_until(TickType_t until)
{
    TickType_t span = after_base(until);

    while (!list_empty(&timers.active))
    {
        Timer_t *t = timer_of(timers.active.next);
        TickType_t due = after_base(t->expiry);

        if (due > span)
        {
            break;
        }
        link_remove(&t->link);
        /* Base follows the expiry being fired, so a reloaded expiry is at most a period
         * ahead of it and the sort keys never wrap. */
        span = (TickType_t)(span - due);
        timers.base = t->expiry;
        if (t->auto_reload)
        {
            t->expiry = (TickType_t)(t->expiry + t->period);
            active_insert(t);
        }
        else
        {
            t->active = pdFALSE;
        }
        run_callback(t);
    }
    timers.base = until;
}

/* Starts t with expiries at from + k * period; `at` (== base) is now for the daemon. A
 * start time so old that expiries have already passed fires them at once (once for a
 * one-shot timer, every missed period for an auto-reload one). A start time after `at`
 * (only xTimerGenericCommand() can pass one) counts as `at`. */
static void start_timer(Timer_t *t, TickType_t from, TickType_t at)
{
    TickType_t late = (TickType_t)(at - from);
    TickType_t offset = t->period;

    if (late > portMAX_DELAY / 2U)
    {
        from = at;
        late = 0;
    }
    active_remove(t);
    t->active = pdTRUE;
    while (offset <= late)
    {
        if (!t->auto_reload)
        {
            t->expiry = (TickType_t)(from + offset);
            t->active = pdFALSE;
            run_callback(t);
            return;
        }
        if ((TickType_t)(late - offset) < t->period)
        {
            break; /* the next expiry is in the future */
        }
        t->expiry = (TickType_t)(from + offset);
        run_callback(t);
        offset = (TickType_t)(offset + t->period);
    }
    if (offset <= late)
    {
        /* The last missed expiry: reinsert first, as fire_until() does. */
        t->expiry = (TickType_t)(from + offset + t->period);
        active_insert(t);
        run_callback(t);
        return;
    }
    t->expiry = (TickType_t)(from + offset);
    active_insert(t);
}

/* Forgets a timer the daemon was told to delete. */
static void release_timer(Timer_t *t)
{
    active_remove(t);
    t->active = pdFALSE;
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    if (t->from_heap)
    {
        vPortFree(t);
    }
#endif
}

static void execute(const timer_command_t *c, TickType_t at)
{
    Timer_t *t = c->u.t.timer;

    if (c->id < 0)
    {
        c->u.call.fn(c->u.call.arg1, c->u.call.arg2);
        return;
    }
    traceTIMER_COMMAND_RECEIVED(t, c->id, c->u.t.value);
    switch (c->id)
    {
        case tmrCOMMAND_START_DONT_TRACE:
        case tmrCOMMAND_START:
        case tmrCOMMAND_RESET:
        case tmrCOMMAND_START_FROM_ISR:
        case tmrCOMMAND_RESET_FROM_ISR:
            start_timer(t, c->u.t.value, at);
            break;
        case tmrCOMMAND_STOP:
        case tmrCOMMAND_STOP_FROM_ISR:
            active_remove(t);
            t->active = pdFALSE;
            break;
        case tmrCOMMAND_CHANGE_PERIOD:
        case tmrCOMMAND_CHANGE_PERIOD_FROM_ISR:
            t->period = c->u.t.value;
            start_timer(t, at, at);
            break;
        case tmrCOMMAND_DELETE:
            release_timer(t);
            break;
        default:
            break;
    }
}

/* Blocks the daemon until a command arrives or the first timer is due. The wait is worked
 * out with interrupts masked, so no tick can slip in between and make the wake-up late. */
static void wait_for_work(void)
{
    Queue_t *q = timers.queue;
    UBaseType_t saved = kernel_mask();

    if (q->count == 0U)
    {
        if (list_empty(&timers.active))
        {
            wait_enqueue_current(&q->receivers);
            tick_block_current(portMAX_DELAY);
        }
        else
        {
            TickType_t expiry = timer_of(timers.active.next)->expiry;
            if (after_base(expiry) > after_base(kernel.tick))
            {
                wait_enqueue_current(&q->receivers);
                tick_delay_current((TickType_t)(expiry - kernel.tick));
            }
        }
    }
    kernel_unmask(saved);
}

static void daemon_task(void *unused)
{
    timer_command_t c;

    (void)unused;
#if (configUSE_DAEMON_TASK_STARTUP_HOOK == 1)
    vApplicationDaemonTaskStartupHook();
#endif
    timers.base = xTaskGetTickCount();
    for (;;)
    {
        fire_until(xTaskGetTickCount());
        wait_for_work();
        while (xQueueReceive(timers.queue, &c, 0) == pdPASS)
        {
            /* Read after the command arrived, so its send time is not after now. */
            TickType_t now = xTaskGetTickCount();
            TickType_t at = c.sent;
            if (after_base(at) > after_base(now))
            {
                /* Sent before expiries the daemon has already fired (it was queued late,
                 * or carried an old time): apply it now. */
                at = timers.base;
            }
            fire_until(at);
            execute(&c, at);
        }
    }
}

#if (configSUPPORT_STATIC_ALLOCATION == 1) && (configKERNEL_PROVIDED_STATIC_MEMORY == 1)
void vApplicationGetTimerTaskMemory(StaticTask_t **ppxTimerTaskTCBBuffer,
                                    StackType_t **ppxTimerTaskStackBuffer,
                                    configSTACK_DEPTH_TYPE *puxTimerTaskStackSize)
{
    static StaticTask_t daemon_tcb;
    static StackType_t daemon_stack[configTIMER_TASK_STACK_DEPTH];
    *ppxTimerTaskTCBBuffer = &daemon_tcb;
    *ppxTimerTaskStackBuffer = daemon_stack;
    *puxTimerTaskStackSize = configTIMER_TASK_STACK_DEPTH;
}
#endif

BaseType_t timers_create_daemon(void)
{
    if (ensure_queue() != pdPASS)
    {
        return pdFAIL;
    }
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    {
        StaticTask_t *tcb = NULL;
        StackType_t *stack = NULL;
        configSTACK_DEPTH_TYPE depth = 0;
        vApplicationGetTimerTaskMemory(&tcb, &stack, &depth);
        timers.daemon = xTaskCreateStatic(
            daemon_task, configTIMER_SERVICE_TASK_NAME, depth, NULL,
            ((UBaseType_t)configTIMER_TASK_PRIORITY) | portPRIVILEGE_BIT, stack, tcb);
        return timers.daemon != NULL ? pdPASS : pdFAIL;
    }
#else
    return xTaskCreate(daemon_task, configTIMER_SERVICE_TASK_NAME, configTIMER_TASK_STACK_DEPTH,
                       NULL, ((UBaseType_t)configTIMER_TASK_PRIORITY) | portPRIVILEGE_BIT,
                       &timers.daemon);
#endif
}

void timers_reset_state(void)
{
    if (timers.queue != NULL)
    {
        timer_command_t c;
        /* A timer deleted just before the scheduler ended never reached the daemon: free it
         * now rather than leak it. */
        while (xQueueReceive(timers.queue, &c, 0) == pdPASS)
        {
            if (c.id == tmrCOMMAND_DELETE)
            {
                release_timer(c.u.t.timer);
            }
        }
        vQueueDelete(timers.queue);
    }
    timers.queue = NULL;
    timers.daemon = NULL;
    list_init(&timers.active);
    timers.base = 0;
}

/* ---- Creating ---- */

static void init_timer(Timer_t *t, const char *name, TickType_t period, BaseType_t auto_reload,
                       void *id, TimerCallbackFunction_t callback, uint8_t from_heap)
{
    memset(t, 0, sizeof *t);
    t->name = name;
    t->period = period;
    t->auto_reload = auto_reload != pdFALSE ? pdTRUE : pdFALSE;
    t->id = id;
    t->callback = callback;
    t->from_heap = from_heap;
    traceTIMER_CREATE(t);
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
TimerHandle_t xTimerCreate(const char *const pcTimerName, const TickType_t xTimerPeriodInTicks,
                           const BaseType_t xAutoReload, void *const pvTimerID,
                           TimerCallbackFunction_t pxCallbackFunction)
{
    Timer_t *t;

    if (xTimerPeriodInTicks == 0U || ensure_queue() != pdPASS)
    {
        traceTIMER_CREATE_FAILED();
        return NULL;
    }
    t = pvPortMalloc(sizeof *t);
    if (t == NULL)
    {
        traceTIMER_CREATE_FAILED();
        return NULL;
    }
    init_timer(t, pcTimerName, xTimerPeriodInTicks, xAutoReload, pvTimerID, pxCallbackFunction, 1U);
    return t;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
TimerHandle_t xTimerCreateStatic(const char *const pcTimerName,
                                 const TickType_t xTimerPeriodInTicks, const BaseType_t xAutoReload,
                                 void *const pvTimerID, TimerCallbackFunction_t pxCallbackFunction,
                                 StaticTimer_t *pxTimerBuffer)
{
    Timer_t *t = (Timer_t *)(void *)pxTimerBuffer;

    if (t == NULL || xTimerPeriodInTicks == 0U || ensure_queue() != pdPASS)
    {
        traceTIMER_CREATE_FAILED();
        return NULL;
    }
    init_timer(t, pcTimerName, xTimerPeriodInTicks, xAutoReload, pvTimerID, pxCallbackFunction, 0U);
    return t;
}

BaseType_t xTimerGetStaticBuffer(TimerHandle_t xTimer, StaticTimer_t **ppxTimerBuffer)
{
    if (xTimer == NULL || ppxTimerBuffer == NULL || xTimer->from_heap)
    {
        return pdFALSE;
    }
    *ppxTimerBuffer = (StaticTimer_t *)(void *)xTimer;
    return pdTRUE;
}
#endif

/* ---- Commands ---- */

static BaseType_t command_valid(const Timer_t *t, BaseType_t id, TickType_t value)
{
    if (t == NULL || id < tmrCOMMAND_START_DONT_TRACE || id > tmrCOMMAND_CHANGE_PERIOD_FROM_ISR)
    {
        return pdFALSE;
    }
    if ((id == tmrCOMMAND_CHANGE_PERIOD || id == tmrCOMMAND_CHANGE_PERIOD_FROM_ISR) && value == 0U)
    {
        return pdFALSE;
    }
    return timers.queue != NULL ? pdTRUE : pdFALSE;
}

/* A task may wait for room only while the scheduler runs and is not suspended. */
static TickType_t usable_wait(TickType_t ticks)
{
    return (kernel.running && kernel.suspended == 0U) ? ticks : 0U;
}

/* Stamps c with the tick count and queues it, from a task (waiting up to ticks for room)
 * or from an ISR. */
static BaseType_t post(timer_command_t *c, BaseType_t from_isr, BaseType_t *woken, TickType_t ticks)
{
    if (from_isr)
    {
        c->sent = xTaskGetTickCountFromISR();
        return xQueueSendToBackFromISR(timers.queue, c, woken);
    }
    c->sent = xTaskGetTickCount();
    return xQueueSendToBack(timers.queue, c, usable_wait(ticks));
}

static BaseType_t send_command(TimerHandle_t xTimer, BaseType_t id, TickType_t value,
                               BaseType_t from_isr, BaseType_t *woken, TickType_t ticks)
{
    timer_command_t c;
    BaseType_t result;

    if (!command_valid(xTimer, id, value))
    {
        return pdFAIL;
    }
    c.id = id;
    c.u.t.timer = xTimer;
    c.u.t.value = value;
    result = post(&c, from_isr, woken, ticks);
    traceTIMER_COMMAND_SEND(xTimer, id, value, result);
    return result;
}

BaseType_t xTimerGenericCommandFromTask(TimerHandle_t xTimer, const BaseType_t xCommandID,
                                        const TickType_t xOptionalValue,
                                        BaseType_t *const pxHigherPriorityTaskWoken,
                                        const TickType_t xTicksToWait)
{
    (void)pxHigherPriorityTaskWoken;
    return send_command(xTimer, xCommandID, xOptionalValue, pdFALSE, NULL, xTicksToWait);
}

BaseType_t xTimerGenericCommandFromISR(TimerHandle_t xTimer, const BaseType_t xCommandID,
                                       const TickType_t xOptionalValue,
                                       BaseType_t *const pxHigherPriorityTaskWoken,
                                       const TickType_t xTicksToWait)
{
    (void)xTicksToWait;
    return send_command(xTimer, xCommandID, xOptionalValue, pdTRUE, pxHigherPriorityTaskWoken, 0U);
}

#if (INCLUDE_xTimerPendFunctionCall == 1)
static BaseType_t pend_call(BaseType_t id, PendedFunction_t fn, void *arg1, uint32_t arg2,
                            BaseType_t *woken, TickType_t ticks)
{
    timer_command_t c;

    if (fn == NULL || timers.queue == NULL)
    {
        return pdFAIL;
    }
    c.id = id;
    c.u.call.fn = fn;
    c.u.call.arg1 = arg1;
    c.u.call.arg2 = arg2;
    return post(&c, id == tmrCOMMAND_EXECUTE_CALLBACK_FROM_ISR, woken, ticks);
}

BaseType_t xTimerPendFunctionCallFromISR(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                         uint32_t ulParameter2,
                                         BaseType_t *pxHigherPriorityTaskWoken)
{
    BaseType_t result = pend_call(tmrCOMMAND_EXECUTE_CALLBACK_FROM_ISR, xFunctionToPend,
                                  pvParameter1, ulParameter2, pxHigherPriorityTaskWoken, 0U);
    tracePEND_FUNC_CALL_FROM_ISR(xFunctionToPend, pvParameter1, ulParameter2, result);
    return result;
}

BaseType_t xTimerPendFunctionCall(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                  uint32_t ulParameter2, TickType_t xTicksToWait)
{
    BaseType_t result = pend_call(tmrCOMMAND_EXECUTE_CALLBACK, xFunctionToPend, pvParameter1,
                                  ulParameter2, NULL, xTicksToWait);
    tracePEND_FUNC_CALL(xFunctionToPend, pvParameter1, ulParameter2, result);
    return result;
}
#endif

/* ---- Identity and state ---- */

void *pvTimerGetTimerID(const TimerHandle_t xTimer)
{
    void *id;
    UBaseType_t saved;

    if (xTimer == NULL)
    {
        return NULL;
    }
    saved = kernel_mask();
    id = xTimer->id;
    kernel_unmask(saved);
    return id;
}

void vTimerSetTimerID(TimerHandle_t xTimer, void *pvNewID)
{
    if (xTimer != NULL)
    {
        UBaseType_t saved = kernel_mask();
        xTimer->id = pvNewID;
        kernel_unmask(saved);
    }
}

BaseType_t xTimerIsTimerActive(TimerHandle_t xTimer)
{
    return (xTimer != NULL && xTimer->active) ? pdTRUE : pdFALSE;
}

TaskHandle_t xTimerGetTimerDaemonTaskHandle(void)
{
    return timers.daemon;
}

const char *pcTimerGetName(TimerHandle_t xTimer)
{
    return xTimer != NULL ? xTimer->name : NULL;
}

void vTimerSetReloadMode(TimerHandle_t xTimer, const BaseType_t xAutoReload)
{
    if (xTimer != NULL)
    {
        xTimer->auto_reload = xAutoReload != pdFALSE ? pdTRUE : pdFALSE;
    }
}

BaseType_t xTimerGetReloadMode(TimerHandle_t xTimer)
{
    return (xTimer != NULL && xTimer->auto_reload) ? pdTRUE : pdFALSE;
}

UBaseType_t uxTimerGetReloadMode(TimerHandle_t xTimer)
{
    return (UBaseType_t)xTimerGetReloadMode(xTimer);
}

TickType_t xTimerGetPeriod(TimerHandle_t xTimer)
{
    return xTimer != NULL ? xTimer->period : 0U;
}

TickType_t xTimerGetExpiryTime(TimerHandle_t xTimer)
{
    TickType_t expiry;
    UBaseType_t saved;

    if (xTimer == NULL)
    {
        return 0U;
    }
    saved = kernel_mask();
    expiry = xTimer->expiry;
    kernel_unmask(saved);
    return expiry;
}

#if (configUSE_TRACE_FACILITY == 1)
void vTimerSetTimerNumber(TimerHandle_t xTimer, UBaseType_t uxTimerNumber)
{
    if (xTimer != NULL)
    {
        xTimer->number = uxTimerNumber;
    }
}

UBaseType_t uxTimerGetTimerNumber(TimerHandle_t xTimer)
{
    return xTimer != NULL ? xTimer->number : 0U;
}
#endif

#endif /* configUSE_TIMERS == 1 */
