/*
 * timers.c - software timers: the timer service (daemon) task, its command ring, and the
 * list of running timers it fires; xTimerPendFunctionCall runs functions in the same task.
 * Relies on wait.c and tick.c to block the daemon and senders, and on task.c to create
 * the daemon.
 *
 * Running timers sit in one list sorted by expiry time relative to `base`, the time up to
 * which the daemon has fired them, so wrap-around of the tick counter needs no second list
 * (every pending expiry lies within one period after base). Commands carry the tick at
 * which they were sent; the daemon first fires what expired up to that tick, then applies
 * the command, so a late-running daemon behaves as if it had kept up. Auto-reload timers
 * expire at start + k * period exactly; a daemon that falls behind fires every missed
 * period, in expiry order across all timers, and never drifts.
 *
 * Commands go through a ring of fixed size private to this file rather than a general
 * queue: it behaves as FreeRTOS's timer queue does (first in, first out; a task waits up
 * to its block time for room, an interrupt fails at once when it is full), but an image
 * that only starts the scheduler links no queue code for it.
 */
#include "kernel.h"
#include "timers.h"

#if (configUSE_TIMERS == 1)

typedef struct tmrTimerControl
{
    link_t link;       /* in the active list while active; first, so a link is its timer */
    TickType_t expiry; /* next expiry while running */
    TickType_t period;
    const char *name;
    void *id;
    portTIMER_CALLBACK_ATTRIBUTE TimerCallbackFunction_t callback;
    /* Bytes of their own: tasks and the daemon write them apart. Each API call reads them
     * once, and the daemon re-reads them after every call out. */
    uint8_t active; /* pdTRUE while linked in the active list (the daemon's view) */
    uint8_t auto_reload;
#if (configSUPPORT_STATIC_ALLOCATION == 1) && (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    uint8_t from_heap;
#endif
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t number;
#endif
} Timer_t;

KERNEL_STATIC_ASSERT(static_timer_fits, sizeof(StaticTimer_t) >= sizeof(Timer_t));

/* Whether t's memory is the heap's: only a build with both kinds of allocation asks. */
static inline int from_heap(const Timer_t *t)
{
#if (configSUPPORT_STATIC_ALLOCATION == 1) && (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    return t->from_heap;
#else
    (void)t;
    return configSUPPORT_DYNAMIC_ALLOCATION == 1;
#endif
}

/* A command for the daemon: four words (a shift indexes the ring) unless pended calls,
 * which need a fifth, are configured in. */
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
#if (INCLUDE_xTimerPendFunctionCall == 1)
        struct
        {
            PendedFunction_t fn;
            void *arg1;
            uint32_t arg2;
        } call;
#endif
    } u;
} timer_command_t;

/* The daemon's state, and the ring of commands it has still to apply. */
static struct
{
    link_t active;   /* running timers, soonest expiry first */
    TickType_t base; /* expiries up to here have been fired */
    TaskHandle_t daemon;
    UBaseType_t first;   /* ring index of the oldest command */
    UBaseType_t count;   /* commands in the ring */
    wait_list_t senders; /* tasks waiting for room in the ring */
    wait_list_t idle;    /* the daemon, while it waits for a command or an expiry */
} timers = {.active = {&timers.active, &timers.active},
            .senders = {{&timers.senders.head, &timers.senders.head}},
            .idle = {{&timers.idle.head, &timers.idle.head}}};

#define RING_LENGTH ((UBaseType_t)configTIMER_QUEUE_LENGTH)

static timer_command_t ring[RING_LENGTH];

/* Folds a ring position below twice the length back into the ring: a mask when the length
 * is a power of two (the compiler drops the other branch). */
static inline UBaseType_t ring_slot(UBaseType_t i)
{
    if ((RING_LENGTH & (RING_LENGTH - 1U)) == 0U)
    {
        return i & (RING_LENGTH - 1U);
    }
    return i < RING_LENGTH ? i : i - RING_LENGTH;
}

static inline Timer_t *timer_of(link_t *l)
{
    return LINK_OWNER(l, Timer_t, link);
}

/* Ticks from base to when; the list's sort key. */
static inline TickType_t after_base(TickType_t when)
{
    return (TickType_t)(when - timers.base);
}

/* ---- The daemon's side: the active list ---- */

/* Links t by its expiry; equal expiries keep the order in which they were inserted. An
 * expiry before base (passed already) sorts last. */
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

static void run_callback(Timer_t *t)
{
    traceTIMER_EXPIRED(t);
    if (t->callback != NULL)
    {
        t->callback(t);
    }
}

/* One expiry of t: out of the list, an auto-reload timer goes back in a period later (so
 * its callback sees the next expiry, as in FreeRTOS), a one-shot one stops; then the
 * callback runs. */
static void expire(Timer_t *t)
{
    link_unlink(&t->link);
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

/* Fires, in expiry order, every timer due at or before `until`, and moves base there. A
 * reloaded expiry that is still due fires again in turn. A command sent before expiries the
 * daemon has already fired (queued while it last looked at the time) finds `until` before
 * base: nothing is left to fire then, and base, the daemon's now, stays. */
static void fire_until(TickType_t until)
{
    if (after_base(until) > after_base(kernel.tick))
    {
        return;
    }
    while (!list_empty(&timers.active))
    {
        Timer_t *t = timer_of(timers.active.next);

        if (after_base(t->expiry) > after_base(until))
        {
            break;
        }
        /* Base follows the expiry being fired, so a reloaded expiry is at most a period
         * ahead of it and the sort keys never wrap. */
        timers.base = t->expiry;
        expire(t);
    }
    timers.base = until;
}

/* Starts t (out of the list) with expiries at from + k * period; base is now for the daemon.
 * A start time so old that expiries have already passed fires them at once (once for a
 * one-shot timer, every missed period for an auto-reload one). A start time after base
 * (only xTimerGenericCommand() can pass one) counts as base. */
static void start_timer(Timer_t *t, TickType_t from)
{
    TickType_t at = timers.base;
    TickType_t late = (TickType_t)(at - from);

    if (late > portMAX_DELAY / 2U)
    {
        from = at;
        late = 0;
    }
    t->active = pdTRUE;
    t->expiry = (TickType_t)(from + t->period);
    /* A passed expiry sorts last (its key wraps); it is taken out again and fired. */
    active_insert(t);
    while (t->active && (TickType_t)(t->expiry - from) <= late)
    {
        expire(t);
    }
}

/* Applies c at base (which fire_until() has brought to c's time). */
static void execute(const timer_command_t *c)
{
    Timer_t *t = c->u.t.timer;
    BaseType_t id = c->id;
    TickType_t from = c->u.t.value;

#if (INCLUDE_xTimerPendFunctionCall == 1)
    if (id < 0)
    {
        c->u.call.fn(c->u.call.arg1, c->u.call.arg2);
        return;
    }
#endif
    traceTIMER_COMMAND_RECEIVED(t, id, from);
    if (id >= tmrFIRST_FROM_ISR_COMMAND)
    {
        id -= tmrFIRST_FROM_ISR_COMMAND - tmrCOMMAND_START; /* the same as from a task */
    }
    /* Every command stops the timer first. */
    if (t->active)
    {
        link_unlink(&t->link);
        t->active = pdFALSE;
    }
    if (id == tmrCOMMAND_DELETE)
    {
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
        if (from_heap(t))
        {
            vPortFree(t);
        }
#endif
        return;
    }
    if (id == tmrCOMMAND_STOP)
    {
        return;
    }
    if (id == tmrCOMMAND_CHANGE_PERIOD)
    {
        t->period = from;
        from = timers.base;
    }
    start_timer(t, from);
}

/* The wakes of the ring: wakes the first task of wl, if any, and switches to it if it
 * outranks the running task (woken as for sched_preempt()). */
static void wake_one(wait_list_t *wl, volatile BaseType_t *woken)
{
    if (!wait_list_empty(wl) && wait_wake_first(wl))
    {
        sched_preempt(woken);
    }
}

/* Takes the oldest command out of the ring into c, making room for a waiting sender, and
 * returns pdTRUE. With the ring empty, returns pdFALSE, but first, while the scheduler
 * runs (in the daemon), blocks until a command arrives or the first timer is due (worked
 * out with interrupts masked, so that no tick can slip in and make the wake-up late). */
static BaseType_t next_command(timer_command_t *c)
{
    BaseType_t got = pdFALSE;
    UBaseType_t saved = kernel_mask();

    if (timers.count == 0U && kernel.running)
    {
        TickType_t ticks = portMAX_DELAY; /* forever */
        if (!list_empty(&timers.active))
        {
            TickType_t expiry = timer_of(timers.active.next)->expiry;
            TickType_t now = kernel.tick;
            ticks = (TickType_t)(expiry - now);
            if (after_base(expiry) <= after_base(now))
            {
                ticks = 0U; /* due now */
            }
            /* Not forever: a tick early, then once more for the last tick. */
            ticks -= (TickType_t)(ticks == portMAX_DELAY);
        }
        if (ticks != 0U)
        {
            wait_block_current(&timers.idle, ticks);
            kernel_unmask(saved); /* the daemon runs on from here once woken, as masked */
            (void)kernel_mask();
        }
    }
    if (timers.count != 0U)
    {
        *c = ring[timers.first];
        timers.first = ring_slot(timers.first + 1U);
        timers.count--;
        wake_one(&timers.senders, NULL);
        got = pdTRUE;
    }
    kernel_unmask(saved);
    return got;
}

static void daemon_task(void *unused)
{
    timer_command_t c;

    (void)unused;
#if (configUSE_DAEMON_TASK_STARTUP_HOOK == 1)
    vApplicationDaemonTaskStartupHook();
#endif
    for (;;)
    {
        /* Each command applies at its time; the daemon blocks once they are all done and
         * nothing is due. The first time round the list is empty and base becomes now. */
        fire_until(xTaskGetTickCount());
        while (next_command(&c))
        {
            fire_until(c.sent);
            execute(&c);
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

/* What FreeRTOS's xTimerCreateTimerTask() does, so it carries that function's trace hooks. */
BaseType_t timers_create_daemon(void)
{
    BaseType_t created;

    traceENTER_xTimerCreateTimerTask();
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    {
        StaticTask_t *tcb = NULL;
        StackType_t *stack = NULL;
        configSTACK_DEPTH_TYPE depth = 0;
        vApplicationGetTimerTaskMemory(&tcb, &stack, &depth);
        timers.daemon = xTaskCreateStatic(
            daemon_task, configTIMER_SERVICE_TASK_NAME, depth, NULL,
            ((UBaseType_t)configTIMER_TASK_PRIORITY) | portPRIVILEGE_BIT, stack, tcb);
        created = timers.daemon != NULL ? pdPASS : pdFAIL;
    }
#else
    created =
        xTaskCreate(daemon_task, configTIMER_SERVICE_TASK_NAME, configTIMER_TASK_STACK_DEPTH, NULL,
                    ((UBaseType_t)configTIMER_TASK_PRIORITY) | portPRIVILEGE_BIT, &timers.daemon);
#endif
    traceRETURN_xTimerCreateTimerTask(created);
    return created;
}

void timers_reset_state(void)
{
    timer_command_t c;

    /* A timer deleted just before the scheduler ended never reached the daemon: free it
     * now rather than leak it. */
    while (next_command(&c))
    {
        if (c.id == tmrCOMMAND_DELETE)
        {
            execute(&c);
        }
    }
    /* No task is left to wait in senders or idle. */
    timers.daemon = NULL;
    list_init(&timers.active);
}

/* ---- Creating ---- */

static void init_timer(Timer_t *t, const char *name, TickType_t period, BaseType_t auto_reload,
                       void *id, TimerCallbackFunction_t callback, uint8_t heap)
{
    t->expiry = 0U;
    t->active = pdFALSE;
#if (configUSE_TRACE_FACILITY == 1)
    t->number = 0U;
#endif
    t->name = name;
    t->period = period;
    t->auto_reload = auto_reload != pdFALSE ? pdTRUE : pdFALSE;
    t->id = id;
    t->callback = callback;
#if (configSUPPORT_STATIC_ALLOCATION == 1) && (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    t->from_heap = heap;
#else
    (void)heap;
#endif
    traceTIMER_CREATE(t);
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
TimerHandle_t xTimerCreate(const char *const pcTimerName, const TickType_t xTimerPeriodInTicks,
                           const BaseType_t xAutoReload, void *const pvTimerID,
                           TimerCallbackFunction_t pxCallbackFunction)
{
    Timer_t *t;

    traceENTER_xTimerCreate(pcTimerName, xTimerPeriodInTicks, xAutoReload, pvTimerID,
                            pxCallbackFunction);
    if (xTimerPeriodInTicks == 0U)
    {
        traceTIMER_CREATE_FAILED();
        traceRETURN_xTimerCreate(NULL);
        return NULL;
    }
    t = pvPortMalloc(sizeof *t);
    if (t == NULL)
    {
        traceTIMER_CREATE_FAILED();
        traceRETURN_xTimerCreate(NULL);
        return NULL;
    }
    init_timer(t, pcTimerName, xTimerPeriodInTicks, xAutoReload, pvTimerID, pxCallbackFunction, 1U);
    traceRETURN_xTimerCreate(t);
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

    traceENTER_xTimerCreateStatic(pcTimerName, xTimerPeriodInTicks, xAutoReload, pvTimerID,
                                  pxCallbackFunction, pxTimerBuffer);
    if (t == NULL || xTimerPeriodInTicks == 0U)
    {
        traceTIMER_CREATE_FAILED();
        traceRETURN_xTimerCreateStatic(NULL);
        return NULL;
    }
    init_timer(t, pcTimerName, xTimerPeriodInTicks, xAutoReload, pvTimerID, pxCallbackFunction, 0U);
    traceRETURN_xTimerCreateStatic(t);
    return t;
}

BaseType_t xTimerGetStaticBuffer(TimerHandle_t xTimer, StaticTimer_t **ppxTimerBuffer)
{
    traceENTER_xTimerGetStaticBuffer(xTimer, ppxTimerBuffer);
    if (xTimer == NULL || ppxTimerBuffer == NULL || from_heap(xTimer))
    {
        traceRETURN_xTimerGetStaticBuffer(pdFALSE);
        return pdFALSE;
    }
    *ppxTimerBuffer = (StaticTimer_t *)(void *)xTimer;
    traceRETURN_xTimerGetStaticBuffer(pdTRUE);
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
    return ((id == tmrCOMMAND_CHANGE_PERIOD || id == tmrCOMMAND_CHANGE_PERIOD_FROM_ISR) &&
            value == 0U)
               ? pdFALSE
               : pdTRUE;
}

/* Stamps c with the tick count and adds it to the ring, waking the daemon if it waits:
 * from a task (woken NULL), waiting up to ticks for room while the scheduler runs and is
 * not suspended; from an ISR (ticks 0), telling of a woken daemon that outranks the running
 * task through woken. */
static BaseType_t post(timer_command_t *c, volatile BaseType_t *woken, TickType_t ticks)
{
    wait_budget_t b;

    if (!kernel.running || kernel.suspended != 0U)
    {
        ticks = 0U;
    }
    wait_budget_begin(&b, ticks);
    c->sent = b.start;
    while (timers.count >= RING_LENGTH)
    {
        if (b.left == 0U)
        {
            kernel_unmask(b.saved);
            return pdFAIL;
        }
        (void)wait_within_budget(&timers.senders, &b, NULL); /* the ring is never deleted */
    }
    ring[ring_slot(timers.first + timers.count)] = *c;
    timers.count++;
    wake_one(&timers.idle, woken);
    kernel_unmask(b.saved);
    return pdPASS;
}

static BaseType_t send_command(TimerHandle_t xTimer, BaseType_t id, TickType_t value,
                               volatile BaseType_t *woken, TickType_t ticks)
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
    result = post(&c, woken, ticks);
    traceTIMER_COMMAND_SEND(xTimer, id, value, result);
    return result;
}

BaseType_t xTimerGenericCommandFromTask(TimerHandle_t xTimer, const BaseType_t xCommandID,
                                        const TickType_t xOptionalValue,
                                        BaseType_t *const pxHigherPriorityTaskWoken,
                                        const TickType_t xTicksToWait)
{
    BaseType_t result;

    traceENTER_xTimerGenericCommandFromTask(xTimer, xCommandID, xOptionalValue,
                                            pxHigherPriorityTaskWoken, xTicksToWait);
    (void)pxHigherPriorityTaskWoken;
    result = send_command(xTimer, xCommandID, xOptionalValue, NULL, xTicksToWait);
    traceRETURN_xTimerGenericCommandFromTask(result);
    return result;
}

BaseType_t xTimerGenericCommandFromISR(TimerHandle_t xTimer, const BaseType_t xCommandID,
                                       const TickType_t xOptionalValue,
                                       BaseType_t *const pxHigherPriorityTaskWoken,
                                       const TickType_t xTicksToWait)
{
    BaseType_t result;

    traceENTER_xTimerGenericCommandFromISR(xTimer, xCommandID, xOptionalValue,
                                           pxHigherPriorityTaskWoken, xTicksToWait);
    (void)xTicksToWait;
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    result = send_command(xTimer, xCommandID, xOptionalValue,
                          sched_isr_woken(pxHigherPriorityTaskWoken), 0U);
    traceRETURN_xTimerGenericCommandFromISR(result);
    return result;
}

#if (INCLUDE_xTimerPendFunctionCall == 1)
static BaseType_t pend_call(BaseType_t id, PendedFunction_t fn, void *arg1, uint32_t arg2,
                            volatile BaseType_t *woken, TickType_t ticks)
{
    timer_command_t c;

    if (fn == NULL)
    {
        return pdFAIL;
    }
    c.id = id;
    c.u.call.fn = fn;
    c.u.call.arg1 = arg1;
    c.u.call.arg2 = arg2;
    return post(&c, woken, ticks);
}

BaseType_t xTimerPendFunctionCallFromISR(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                         uint32_t ulParameter2,
                                         BaseType_t *pxHigherPriorityTaskWoken)
{
    BaseType_t result;

    traceENTER_xTimerPendFunctionCallFromISR(xFunctionToPend, pvParameter1, ulParameter2,
                                             pxHigherPriorityTaskWoken);
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    result = pend_call(tmrCOMMAND_EXECUTE_CALLBACK_FROM_ISR, xFunctionToPend, pvParameter1,
                       ulParameter2, sched_isr_woken(pxHigherPriorityTaskWoken), 0U);
    tracePEND_FUNC_CALL_FROM_ISR(xFunctionToPend, pvParameter1, ulParameter2, result);
    traceRETURN_xTimerPendFunctionCallFromISR(result);
    return result;
}

BaseType_t xTimerPendFunctionCall(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                  uint32_t ulParameter2, TickType_t xTicksToWait)
{
    BaseType_t result;

    traceENTER_xTimerPendFunctionCall(xFunctionToPend, pvParameter1, ulParameter2, xTicksToWait);
    result = pend_call(tmrCOMMAND_EXECUTE_CALLBACK, xFunctionToPend, pvParameter1, ulParameter2,
                       NULL, xTicksToWait);
    tracePEND_FUNC_CALL(xFunctionToPend, pvParameter1, ulParameter2, result);
    traceRETURN_xTimerPendFunctionCall(result);
    return result;
}
#endif

/* ---- Identity and state ---- */

/* A pointer is read and written whole: the ID needs no masking. */
void *pvTimerGetTimerID(const TimerHandle_t xTimer)
{
    void *id;

    traceENTER_pvTimerGetTimerID(xTimer);
    id = xTimer != NULL ? xTimer->id : NULL;
    traceRETURN_pvTimerGetTimerID(id);
    return id;
}

void vTimerSetTimerID(TimerHandle_t xTimer, void *pvNewID)
{
    traceENTER_vTimerSetTimerID(xTimer, pvNewID);
    if (xTimer != NULL)
    {
        xTimer->id = pvNewID;
    }
    traceRETURN_vTimerSetTimerID();
}

/* The flags hold only pdTRUE or pdFALSE. */
BaseType_t xTimerIsTimerActive(TimerHandle_t xTimer)
{
    BaseType_t active;

    traceENTER_xTimerIsTimerActive(xTimer);
    active = xTimer != NULL ? (BaseType_t)xTimer->active : pdFALSE;
    traceRETURN_xTimerIsTimerActive(active);
    return active;
}

TaskHandle_t xTimerGetTimerDaemonTaskHandle(void)
{
    TaskHandle_t daemon;

    traceENTER_xTimerGetTimerDaemonTaskHandle();
    daemon = timers.daemon;
    traceRETURN_xTimerGetTimerDaemonTaskHandle(daemon);
    return daemon;
}

const char *pcTimerGetName(TimerHandle_t xTimer)
{
    const char *name;

    traceENTER_pcTimerGetName(xTimer);
    name = xTimer != NULL ? xTimer->name : NULL;
    traceRETURN_pcTimerGetName(name);
    return name;
}

void vTimerSetReloadMode(TimerHandle_t xTimer, const BaseType_t xAutoReload)
{
    traceENTER_vTimerSetReloadMode(xTimer, xAutoReload);
    if (xTimer != NULL)
    {
        xTimer->auto_reload = xAutoReload != pdFALSE ? pdTRUE : pdFALSE;
    }
    traceRETURN_vTimerSetReloadMode();
}

BaseType_t xTimerGetReloadMode(TimerHandle_t xTimer)
{
    BaseType_t auto_reload;

    traceENTER_xTimerGetReloadMode(xTimer);
    auto_reload = xTimer != NULL ? (BaseType_t)xTimer->auto_reload : pdFALSE;
    traceRETURN_xTimerGetReloadMode(auto_reload);
    return auto_reload;
}

UBaseType_t uxTimerGetReloadMode(TimerHandle_t xTimer)
{
    UBaseType_t auto_reload;

    traceENTER_uxTimerGetReloadMode(xTimer);
    auto_reload = (UBaseType_t)xTimerGetReloadMode(xTimer); /* nested, as in FreeRTOS */
    traceRETURN_uxTimerGetReloadMode(auto_reload);
    return auto_reload;
}

TickType_t xTimerGetPeriod(TimerHandle_t xTimer)
{
    TickType_t period;

    traceENTER_xTimerGetPeriod(xTimer);
    period = xTimer != NULL ? xTimer->period : 0U;
    traceRETURN_xTimerGetPeriod(period);
    return period;
}

TickType_t xTimerGetExpiryTime(TimerHandle_t xTimer)
{
    TickType_t expiry;
    UBaseType_t saved;

    traceENTER_xTimerGetExpiryTime(xTimer);
    if (xTimer == NULL)
    {
        traceRETURN_xTimerGetExpiryTime(0U);
        return 0U;
    }
    /* Masked only where a tick count is not read in one go. */
    saved = portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR();
    expiry = xTimer->expiry;
    portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_xTimerGetExpiryTime(expiry);
    return expiry;
}

#if (configUSE_TRACE_FACILITY == 1)
void vTimerSetTimerNumber(TimerHandle_t xTimer, UBaseType_t uxTimerNumber)
{
    traceENTER_vTimerSetTimerNumber(xTimer, uxTimerNumber);
    if (xTimer != NULL)
    {
        xTimer->number = uxTimerNumber;
    }
    traceRETURN_vTimerSetTimerNumber();
}

UBaseType_t uxTimerGetTimerNumber(TimerHandle_t xTimer)
{
    UBaseType_t number;

    traceENTER_uxTimerGetTimerNumber(xTimer);
    number = xTimer != NULL ? xTimer->number : 0U;
    traceRETURN_uxTimerGetTimerNumber(number);
    return number;
}
#endif

#endif /* configUSE_TIMERS == 1 */
