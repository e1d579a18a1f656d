/*
 * test_trace_hooks.c - the kernel calls FreeRTOS V11.1's per-function trace hooks as FreeRTOS
 * does. Built against a kernel whose FreeRTOSConfig.h (trace_hooks/) defines every
 * traceENTER_xxx / traceRETURN_xxx hook to record its call here. Each scenario calls one area
 * of the API, from tasks and from the test interrupt, and checks every call's record: it opens
 * with the ENTER of the function called, closes with that function's RETURN carrying the value
 * the caller got, and whatever lies between (calls the function makes, a context switch while
 * it blocks, a tick) nests properly. Simple calls are also checked to nest nothing of their
 * own. Last, every hook must have been called, except those of the functions Tern does not
 * have (the list below, as in docs/COMPATIBILITY.md).
 */
#include "harness.h"
#include "test_irq.h"

#include "FreeRTOS.h"
#include "event_groups.h"
#include "list.h"
#include "message_buffer.h"
#include "queue.h"
#include "semphr.h"
#include "stream_buffer.h"
#include "task.h"
#include "timers.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- The recorder ---- */

#define MAX_ARGS 8 /* the most any hook takes */

enum event_kind
{
    EVENT_ENTER,
    EVENT_RETURN
};

struct event
{
    TaskHandle_t task; /* running when the hook was called (interrupts: the one interrupted) */
    uint16_t hook;     /* enum trace_hook */
    uint8_t kind;      /* enum event_kind */
    uint8_t count;     /* an ENTER's arguments; 1 for a RETURN with a value, else 0 */
    uintptr_t values[MAX_ARGS];
};

/* The latest events; a check looks back at most this far. */
#define RING_EVENTS 65536UL
static struct event ring[RING_EVENTS];
static unsigned long recorded; /* events so far; event i is ring[i % RING_EVENTS] */

static unsigned long entered[TRACE_HOOK_COUNT];
static unsigned long returned[TRACE_HOOK_COUNT];
static const char *const hook_names[TRACE_HOOK_COUNT] = {TRACE_HOOK_NAMES};

/* Nonzero while the recorder asks the kernel which task runs: that call is not recorded.
 * Interrupts are masked meanwhile, so that no other code runs while it is set. */
static int quiet;

static TaskHandle_t running_task(void)
{
    UBaseType_t saved = taskENTER_CRITICAL_FROM_ISR();
    TaskHandle_t task;

    quiet++;
    task = xTaskGetCurrentTaskHandle();
    quiet--;
    taskEXIT_CRITICAL_FROM_ISR(saved);
    return task;
}

/* Hooks run wherever the kernel is, interrupts masked or not: an interrupt must not land in
 * the middle of an event. Unmasking at the end may let one in, as it would have just after
 * the hook anyway. */
static void record(enum trace_hook hook, enum event_kind kind, unsigned count,
                   const uintptr_t *values)
{
    UBaseType_t saved = taskENTER_CRITICAL_FROM_ISR();
    struct event *e = &ring[recorded % RING_EVENTS];
    unsigned i;

    e->task = running_task();
    e->hook = (uint16_t)hook;
    e->kind = (uint8_t)kind;
    e->count = (uint8_t)count;
    for (i = 0; i < count && i < MAX_ARGS; i++)
    {
        e->values[i] = values[i];
    }
    recorded++;
    if (kind == EVENT_ENTER)
    {
        entered[hook]++;
    }
    else
    {
        returned[hook]++;
    }
    taskEXIT_CRITICAL_FROM_ISR(saved);
}

void trace_hook_enter(enum trace_hook hook, unsigned count, ...)
{
    uintptr_t values[MAX_ARGS];
    va_list args;
    unsigned i;

    if (quiet)
    {
        return;
    }
    va_start(args, count);
    for (i = 0; i < count && i < MAX_ARGS; i++)
    {
        values[i] = va_arg(args, uintptr_t);
    }
    va_end(args);
    record(hook, EVENT_ENTER, count, values);
}

void trace_hook_return(enum trace_hook hook, unsigned count, uintptr_t value)
{
    const uintptr_t values[1] = {value};

    if (quiet)
    {
        return;
    }
    record(hook, EVENT_RETURN, count > 1U ? 1U : count, values);
}

/* ---- Checking a call's record ----
 * TRACED(fn, expr) evaluates expr, a call that should trace as fn (the function itself, or
 * what the macro called expands to), checks the events the calling task recorded meanwhile,
 * and yields expr's value as a uintptr_t. Before the call's ENTER there may be complete pairs
 * of calls made to work out its arguments (xTimerStart() calls xTaskGetTickCount()), and
 * around it a tick or a context switch. The _LEAF forms also insist that nothing nests inside
 * but what an interrupt or a context switch brings; the _VOID forms are for functions
 * returning nothing. UNTRACED(stmt) checks that stmt, which has no hooks of its own, leaves
 * only properly nested pairs. A failure is kept, with where it was found, until
 * trace_verdict() reports it from a task: checks also run in the test interrupt. */

#define TRACED(fn, expr)                                                                           \
    (trace_begin(), trace_end(__FILE__, __LINE__, TRACE_HOOK_##fn, 1, (uintptr_t)(expr), 0))
#define TRACED_LEAF(fn, expr)                                                                      \
    (trace_begin(), trace_end(__FILE__, __LINE__, TRACE_HOOK_##fn, 1, (uintptr_t)(expr), 1))
#define TRACED_VOID(fn, stmt)                                                                      \
    do                                                                                             \
    {                                                                                              \
        trace_begin();                                                                             \
        stmt;                                                                                      \
        (void)trace_end(__FILE__, __LINE__, TRACE_HOOK_##fn, 0, 0U, 0);                            \
    } while (0)
#define TRACED_VOID_LEAF(fn, stmt)                                                                 \
    do                                                                                             \
    {                                                                                              \
        trace_begin();                                                                             \
        stmt;                                                                                      \
        (void)trace_end(__FILE__, __LINE__, TRACE_HOOK_##fn, 0, 0U, 1);                            \
    } while (0)
#define UNTRACED(stmt)                                                                             \
    do                                                                                             \
    {                                                                                              \
        trace_begin();                                                                             \
        stmt;                                                                                      \
        (void)trace_end(__FILE__, __LINE__, TRACE_HOOK_COUNT, 0, 0U, 0);                           \
    } while (0)

/* Where each task's call under check began. */
#define MAX_TASKS 16
static struct
{
    TaskHandle_t task;
    unsigned long from;
} marks[MAX_TASKS];

static char failure[256];
static const char *failure_file;
static int failure_line;

/* The arguments of the last checked call's ENTER. */
static uintptr_t last_args[MAX_ARGS];

static void trace_failed(const char *file, int line, const char *what, const char *about)
{
    if (failure_file == NULL)
    {
        (void)snprintf(failure, sizeof failure, "%s %s", what, about);
        failure_file = file;
        failure_line = line;
    }
}

static void trace_verdict(void)
{
    if (failure_file != NULL)
    {
        test_fail(failure_file, failure_line, failure);
    }
}

/* Each scenario starts with no marks and no failure. */
static void trace_start_scenario(void)
{
    memset(marks, 0, sizeof marks);
    failure_file = NULL;
}

static unsigned long *mark_of(TaskHandle_t task)
{
    unsigned i;

    for (i = 0; i < MAX_TASKS; i++)
    {
        if (marks[i].task == task || marks[i].task == NULL)
        {
            marks[i].task = task;
            return &marks[i].from;
        }
    }
    return NULL;
}

static void trace_begin(void)
{
    unsigned long *from = mark_of(running_task());

    if (from == NULL)
    {
        trace_failed(__FILE__, __LINE__, "too many tasks for the recorder", "");
        return;
    }
    *from = recorded;
}

/* Hooks that interrupts and context switches bring into any call. */
static int interrupt_hook(unsigned hook)
{
    return hook == TRACE_HOOK_xTaskIncrementTick || hook == TRACE_HOOK_vTaskSwitchContext;
}

/* Checks the calling task's events since trace_begin(). hook: the function expected to open
 * and close them (TRACE_HOOK_COUNT: none, only nested pairs). */
static uintptr_t trace_end(const char *file, int line, unsigned hook, int has_value,
                           uintptr_t value, int leaf)
{
    TaskHandle_t self = running_task();
    unsigned long *from = mark_of(self);
    unsigned long end = recorded;
    unsigned long i;
    unsigned stack[64];
    unsigned depth = 0;
    int opened = 0;
    int closed = 0;
    char about[160];
    const char *name = hook < TRACE_HOOK_COUNT ? hook_names[hook] : "(a call without hooks)";

    if (from == NULL)
    {
        return value;
    }
    if (end - *from > RING_EVENTS)
    {
        trace_failed(file, line, "more events than the recorder keeps during", name);
        return value;
    }
    for (i = *from; i < end && failure_file == NULL; i++)
    {
        const struct event *e = &ring[i % RING_EVENTS];
        const char *seen = hook_names[e->hook];

        if (e->task != self)
        {
            continue;
        }
        if (e->kind == EVENT_ENTER)
        {
            if (depth == 0 && !opened && e->hook == hook)
            {
                opened = 1; /* the call itself */
                memset(last_args, 0, sizeof last_args);
                memcpy(last_args, e->values, e->count * sizeof e->values[0]);
            }
            else if (depth == 0 && closed && !interrupt_hook(e->hook))
            {
                (void)snprintf(about, sizeof about, "%s after the RETURN of %s", seen, name);
                trace_failed(file, line, "recorded", about);
            }
            else if (leaf && opened && !closed && depth == 1 && !interrupt_hook(e->hook))
            {
                (void)snprintf(about, sizeof about, "%s inside %s", seen, name);
                trace_failed(file, line, "nested", about);
            }
            if (depth == sizeof stack / sizeof stack[0])
            {
                trace_failed(file, line, "nesting too deep in", name);
                break;
            }
            stack[depth++] = e->hook;
        }
        else if (depth == 0 || stack[depth - 1] != e->hook)
        {
            (void)snprintf(about, sizeof about, "of %s, which was not the innermost call, in %s",
                           seen, name);
            trace_failed(file, line, "RETURN", about);
        }
        else if (--depth == 0 && opened && !closed)
        {
            closed = 1; /* the call's own RETURN: no other is open at depth 0 once it is */
            if (e->count != (has_value ? 1U : 0U))
            {
                trace_failed(file, line, "RETURN with the wrong number of values:", name);
            }
            else if (has_value && e->values[0] != value)
            {
                (void)snprintf(about, sizeof about, "%s: 0x%lx, the call returned 0x%lx", name,
                               (unsigned long)e->values[0], (unsigned long)value);
                trace_failed(file, line, "RETURN value differs,", about);
            }
        }
    }
    if (failure_file == NULL && hook != TRACE_HOOK_COUNT && !closed)
    {
        trace_failed(file, line, opened ? "no RETURN of" : "no ENTER of", name);
    }
    if (failure_file == NULL && depth != 0)
    {
        trace_failed(file, line, "unbalanced hooks in", name);
    }
    return value;
}

/* ---- The test interrupt: runs a scenario's FromISR calls ---- */

static void (*isr_body)(void);

static void isr_handler(void)
{
    isr_body();
}

static void run_in_isr(void (*body)(void))
{
    isr_body = body;
    CHECK(test_irq_install(isr_handler) == pdTRUE);
    test_irq_trigger();
    (void)test_irq_install(NULL);
    trace_verdict();
}

/* What the FromISR calls returned, for the task to check. */
static uintptr_t isr_got[16];

/* ---- Helper tasks ---- */

/* Suspends itself whenever it runs. */
static void suspender(void *arg)
{
    (void)arg;
    for (;;)
    {
        vTaskSuspend(NULL);
    }
}

/* Sleeps until its delay is aborted, then waits to be deleted. */
static void sleeper(void *arg)
{
    (void)arg;
    vTaskDelay(1000);
    vTaskSuspend(NULL);
}

static BaseType_t tag_hook(void *arg)
{
    return (BaseType_t)(uintptr_t)arg + 1;
}

/* ---- Tasks ---- */

static TaskHandle_t worker;
static TaskHandle_t to_resume_from_isr;

static void tasks_from_isr(void)
{
    isr_got[0] = TRACED_LEAF(uxTaskPriorityGetFromISR, uxTaskPriorityGetFromISR(worker));
    isr_got[1] = TRACED_LEAF(uxTaskBasePriorityGetFromISR, uxTaskBasePriorityGetFromISR(NULL));
    isr_got[2] =
        TRACED_LEAF(xTaskGetApplicationTaskTagFromISR, xTaskGetApplicationTaskTagFromISR(NULL));
    isr_got[3] = TRACED_LEAF(xTaskGetTickCountFromISR, xTaskGetTickCountFromISR());
    isr_got[4] = TRACED_LEAF(xTaskResumeFromISR, xTaskResumeFromISR(to_resume_from_isr));
    portYIELD_FROM_ISR((BaseType_t)isr_got[4]);
}

static void task_calls_trace_their_hooks(void)
{
    static StaticTask_t tcb;
    static StackType_t stack[TEST_STACK];
    static TaskStatus_t statuses[8];
    static char text[1024];
    StaticTask_t *tcb_got = NULL;
    StackType_t *stack_got = NULL;
    TaskHandle_t fixed;
    TaskHandle_t self;
    TaskStatus_t status;
    int local = 0;

    trace_start_scenario();
    worker = NULL;
    CHECK_EQ(TRACED(xTaskCreate,
                    xTaskCreate(suspender, "worker", TEST_STACK, NULL, TEST_PRIORITY + 1, &worker)),
             pdPASS);
    CHECK(last_args[0] == (uintptr_t)suspender && last_args[2] == TEST_STACK &&
          last_args[4] == TEST_PRIORITY + 1 && last_args[5] == (uintptr_t)&worker);
    CHECK_EQ((BaseType_t)TRACED(xTaskCreate, xTaskCreate(NULL, "none", TEST_STACK, NULL, 1, NULL)),
             pdFAIL);
    fixed = (TaskHandle_t)TRACED(
        xTaskCreateStatic,
        xTaskCreateStatic(suspender, "fixed", TEST_STACK, NULL, TEST_PRIORITY + 1, stack, &tcb));
    CHECK(fixed != NULL);
    CHECK_EQ(TRACED_LEAF(xTaskGetStaticBuffers, xTaskGetStaticBuffers(fixed, &stack_got, &tcb_got)),
             pdTRUE);
    CHECK(stack_got == stack && tcb_got == &tcb);
    CHECK_EQ(
        TRACED_LEAF(xTaskGetStaticBuffers, xTaskGetStaticBuffers(worker, &stack_got, &tcb_got)),
        pdFALSE);

    CHECK_EQ(TRACED_LEAF(eTaskGetState, eTaskGetState(worker)), eSuspended);
    CHECK_EQ(TRACED_LEAF(uxTaskPriorityGet, uxTaskPriorityGet(worker)), TEST_PRIORITY + 1);
    CHECK_EQ(TRACED_LEAF(uxTaskBasePriorityGet, uxTaskBasePriorityGet(NULL)), TEST_PRIORITY);
    TRACED_VOID_LEAF(vTaskPrioritySet, vTaskPrioritySet(worker, TEST_PRIORITY + 1));
    /* The worker outranks this task: it runs inside the call, and suspends itself again. */
    TRACED_VOID(vTaskResume, vTaskResume(worker));
    TRACED_VOID_LEAF(vTaskSuspend, vTaskSuspend(worker)); /* already suspended */
    CHECK_EQ(TRACED_LEAF(uxTaskGetNumberOfTasks, uxTaskGetNumberOfTasks()), 5); /* + idle, timers */
    CHECK(strcmp((const char *)TRACED_LEAF(pcTaskGetName, pcTaskGetName(worker)), "worker") == 0);
    CHECK(TRACED(xTaskGetHandle, xTaskGetHandle("fixed")) == (uintptr_t)fixed);
    self = (TaskHandle_t)TRACED_LEAF(xTaskGetCurrentTaskHandle, xTaskGetCurrentTaskHandle());
    CHECK(self != NULL && self != worker);
    CHECK(TRACED_LEAF(xTaskGetCurrentTaskHandleForCore, xTaskGetCurrentTaskHandleForCore(0)) ==
          (uintptr_t)self);
    CHECK(TRACED_LEAF(xTaskGetIdleTaskHandle, xTaskGetIdleTaskHandle()) != 0U);
    CHECK(TRACED_LEAF(xTaskGetIdleTaskHandleForCore, xTaskGetIdleTaskHandleForCore(1)) == 0U);
    CHECK_EQ(TRACED_LEAF(xTaskGetSchedulerState, xTaskGetSchedulerState()), taskSCHEDULER_RUNNING);
    TRACED_VOID_LEAF(vTaskSuspendAll, vTaskSuspendAll());
    CHECK_EQ(TRACED_LEAF(xTaskGetSchedulerState, xTaskGetSchedulerState()),
             taskSCHEDULER_SUSPENDED);
    (void)TRACED_LEAF(xTaskResumeAll, xTaskResumeAll());
    (void)TRACED_LEAF(xTaskGetTickCount, xTaskGetTickCount());
    CHECK(TRACED_LEAF(uxTaskGetStackHighWaterMark, uxTaskGetStackHighWaterMark(worker)) > 0U);
    CHECK(TRACED_LEAF(uxTaskGetStackHighWaterMark2, uxTaskGetStackHighWaterMark2(NULL)) > 0U);

    TRACED_VOID_LEAF(vTaskSetApplicationTaskTag, vTaskSetApplicationTaskTag(NULL, tag_hook));
    CHECK(TRACED_LEAF(xTaskGetApplicationTaskTag, xTaskGetApplicationTaskTag(NULL)) ==
          (uintptr_t)tag_hook);
    CHECK_EQ(TRACED_LEAF(xTaskCallApplicationTaskHook,
                         xTaskCallApplicationTaskHook(NULL, (void *)(uintptr_t)41)),
             42);
    CHECK_EQ(TRACED_LEAF(xTaskCallApplicationTaskHook, xTaskCallApplicationTaskHook(worker, NULL)),
             pdFAIL);
    TRACED_VOID_LEAF(vTaskSetThreadLocalStoragePointer,
                     vTaskSetThreadLocalStoragePointer(NULL, 1, &local));
    CHECK(TRACED_LEAF(pvTaskGetThreadLocalStoragePointer,
                      pvTaskGetThreadLocalStoragePointer(NULL, 1)) == (uintptr_t)&local);
    CHECK(TRACED_LEAF(pvTaskGetThreadLocalStoragePointer,
                      pvTaskGetThreadLocalStoragePointer(NULL, 5)) == 0U);
    TRACED_VOID_LEAF(vTaskSetTaskNumber, vTaskSetTaskNumber(worker, 7));
    CHECK_EQ(TRACED_LEAF(uxTaskGetTaskNumber, uxTaskGetTaskNumber(worker)), 7);

    /* These nest the calls FreeRTOS's make too (eTaskGetState, vTaskGetInfo, ...). */
    TRACED_VOID(vTaskGetInfo, vTaskGetInfo(worker, &status, pdTRUE, eInvalid));
    CHECK(status.xHandle == worker && status.eCurrentState == eSuspended);
    CHECK_EQ(TRACED(uxTaskGetSystemState, uxTaskGetSystemState(statuses, 8, NULL)), 5);
    TRACED_VOID(vTaskListTasks, vTaskListTasks(text, sizeof text));
    CHECK(strstr(text, "worker") != NULL);
    TRACED_VOID(vTaskGetRunTimeStatistics, vTaskGetRunTimeStatistics(text, sizeof text));
    CHECK(strstr(text, "fixed") != NULL);
    (void)TRACED_LEAF(ulTaskGetRunTimeCounter, ulTaskGetRunTimeCounter(NULL));
    (void)TRACED_LEAF(ulTaskGetRunTimePercent, ulTaskGetRunTimePercent(worker));
    (void)TRACED_LEAF(ulTaskGetIdleRunTimeCounter, ulTaskGetIdleRunTimeCounter());
    (void)TRACED(ulTaskGetIdleRunTimePercent, ulTaskGetIdleRunTimePercent());

    /* The port interface, harmless from a task: nothing pended, nothing to step. */
    CHECK_EQ(TRACED(xTaskCatchUpTicks, xTaskCatchUpTicks(0)), pdFALSE);
    CHECK_EQ(TRACED_LEAF(eTaskConfirmSleepModeStatus, eTaskConfirmSleepModeStatus()), eAbortSleep);
    TRACED_VOID_LEAF(vTaskStepTick, vTaskStepTick(0));
    TRACED_VOID_LEAF(vTaskMissedYield, vTaskMissedYield());

    /* From the interrupt: the fixed task outranks this one and runs once the handler ends. */
    to_resume_from_isr = fixed;
    run_in_isr(tasks_from_isr);
    CHECK_EQ(isr_got[0], TEST_PRIORITY + 1);
    CHECK_EQ(isr_got[1], TEST_PRIORITY);
    CHECK(isr_got[2] == (uintptr_t)tag_hook);
    CHECK_EQ(isr_got[4], pdTRUE);
    CHECK_EQ(eTaskGetState(fixed), eSuspended);

    TRACED_VOID(vTaskDelete, vTaskDelete(worker));
    TRACED_VOID(vTaskDelete, vTaskDelete(fixed));
    trace_verdict();
}

/* ---- Delays and time-outs ---- */

static void delays_and_timeouts_trace_their_hooks(void)
{
    TaskHandle_t sleeping;
    TimeOut_t timeout;
    TickType_t wake;
    TickType_t left = 5;

    trace_start_scenario();
    TRACED_VOID(vTaskDelay, vTaskDelay(2)); /* a switch to idle and back inside */
    CHECK(last_args[0] == 2U);
    TRACED_VOID_LEAF(vTaskDelay, vTaskDelay(0));
    wake = (TickType_t)TRACED_LEAF(xTaskGetTickCount, xTaskGetTickCount());
    CHECK_EQ(TRACED(xTaskDelayUntil, xTaskDelayUntil(&wake, 3)), pdTRUE);
    CHECK_EQ(TRACED_LEAF(xTaskDelayUntil, xTaskDelayUntil(NULL, 3)), pdFALSE);

    TRACED_VOID_LEAF(vTaskSetTimeOutState, vTaskSetTimeOutState(&timeout));
    /* Nests vTaskInternalSetTimeOutState(), as in FreeRTOS. */
    CHECK_EQ(TRACED(xTaskCheckForTimeOut, xTaskCheckForTimeOut(&timeout, &left)), pdFALSE);
    TRACED_VOID_LEAF(vTaskInternalSetTimeOutState, vTaskInternalSetTimeOutState(&timeout));

    sleeping = test_task(sleeper, "sleeper", TEST_PRIORITY - 1, NULL);
    vTaskDelay(1); /* the sleeper starts its long delay */
    CHECK_EQ(TRACED_LEAF(xTaskAbortDelay, xTaskAbortDelay(sleeping)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xTaskAbortDelay, xTaskAbortDelay(sleeping)), pdFAIL); /* not blocked */
    CHECK_EQ(TRACED_LEAF(xTaskAbortDelay, xTaskAbortDelay(NULL)), pdFAIL);
    vTaskDelete(sleeping);
    trace_verdict();
}

/* ---- Notifications ---- */

static TaskHandle_t notify_target;

static void notifier(void *arg)
{
    (void)arg;
    (void)TRACED_LEAF(xTaskGenericNotify, xTaskNotifyGive(notify_target));
    vTaskSuspend(NULL);
}

static void notifications_from_isr(void)
{
    BaseType_t woken = pdFALSE;
    uint32_t previous = 0;

    isr_got[0] = TRACED_LEAF(
        xTaskGenericNotifyFromISR,
        xTaskNotifyAndQueryFromISR(notify_target, 3, eSetValueWithOverwrite, &previous, &woken));
    isr_got[1] = previous;
    TRACED_VOID_LEAF(vTaskGenericNotifyGiveFromISR, vTaskNotifyGiveFromISR(notify_target, &woken));
    TRACED_VOID_LEAF(vTaskGenericNotifyGiveFromISR,
                     vTaskNotifyGiveIndexedFromISR(notify_target, 99, &woken)); /* refused */
    portYIELD_FROM_ISR(woken);
}

static void notifications_trace_their_hooks(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();
    TaskHandle_t helper;
    uint32_t value = 0;
    uint32_t previous = 0;

    trace_start_scenario();
    notify_target = self;
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotify, xTaskNotifyGive(self)), pdPASS);
    CHECK(last_args[0] == (uintptr_t)self && last_args[1] == 0U && last_args[3] == eIncrement &&
          last_args[4] == 0U);
    CHECK_EQ(TRACED_LEAF(ulTaskGenericNotifyTake, ulTaskNotifyTake(pdTRUE, 0)), 1);
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotify, xTaskNotify(self, 0x5, eSetBits)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotifyWait, xTaskNotifyWait(0, 0xffffffffUL, &value, 0)),
             pdTRUE);
    CHECK_EQ(value, 0x5);
    CHECK_EQ(TRACED(xTaskGenericNotifyWait, xTaskNotifyWait(0, 0, &value, 2)), pdFALSE);
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotify,
                         xTaskNotifyAndQuery(self, 9, eSetValueWithOverwrite, &previous)),
             pdPASS);
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotify, xTaskNotifyIndexed(self, 99, 1, eSetBits)), pdFAIL);
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotifyStateClear, xTaskNotifyStateClear(NULL)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xTaskGenericNotifyStateClear, xTaskNotifyStateClear(NULL)), pdFAIL);
    CHECK_EQ(TRACED_LEAF(ulTaskGenericNotifyValueClear, ulTaskNotifyValueClear(NULL, 0xff)), 9);
    CHECK_EQ(TRACED_LEAF(ulTaskGenericNotifyTake, ulTaskNotifyTakeIndexed(99, pdTRUE, 0)), 0);

    /* Blocks until a lower-priority task notifies: a switch nests inside. */
    helper = test_task(notifier, "notifier", TEST_PRIORITY - 1, NULL);
    CHECK_EQ(TRACED(ulTaskGenericNotifyTake, ulTaskNotifyTake(pdTRUE, 100)), 1);

    run_in_isr(notifications_from_isr);
    CHECK_EQ(isr_got[0], pdPASS);
    CHECK_EQ(ulTaskNotifyTake(pdTRUE, 0), 4); /* set to 3, then given */
    vTaskDelay(1);                            /* the helper finishes its own checked call */
    vTaskDelete(helper);
    trace_verdict();
}

/* ---- Queues ---- */

static QueueHandle_t queue;
static QueueHandle_t single;

static void queue_sender(void *arg)
{
    uint32_t item = 0x600d;

    (void)arg;
    (void)TRACED_LEAF(xQueueGenericSend, xQueueSend(queue, &item, 0));
    vTaskSuspend(NULL);
}

static void queues_from_isr(void)
{
    BaseType_t woken = pdFALSE;
    uint32_t item = 0x15;
    uint32_t got = 0;

    isr_got[0] = TRACED_LEAF(xQueueGenericSendFromISR, xQueueSendFromISR(queue, &item, &woken));
    isr_got[1] = TRACED_LEAF(uxQueueMessagesWaitingFromISR, uxQueueMessagesWaitingFromISR(queue));
    isr_got[2] = TRACED_LEAF(xQueueIsQueueEmptyFromISR, xQueueIsQueueEmptyFromISR(queue));
    /* Nests uxQueueSpacesAvailable(), Tern's way of keeping it small. */
    isr_got[3] = TRACED(xQueueIsQueueFullFromISR, xQueueIsQueueFullFromISR(single));
    isr_got[4] = TRACED_LEAF(xQueuePeekFromISR, xQueuePeekFromISR(queue, &got));
    isr_got[5] = TRACED_LEAF(xQueueReceiveFromISR, xQueueReceiveFromISR(queue, &got, &woken));
    isr_got[6] = got;
    isr_got[7] = TRACED_LEAF(xQueueReceiveFromISR, xQueueReceiveFromISR(queue, &got, &woken));
    portYIELD_FROM_ISR(woken);
}

static void queues_trace_their_hooks(void)
{
    static StaticQueue_t single_buffer;
    static uint8_t single_storage[sizeof(uint32_t)];
    StaticQueue_t *buffer_got = NULL;
    uint8_t *storage_got = NULL;
    TaskHandle_t helper;
    uint32_t item = 1;
    uint32_t got = 0;

    trace_start_scenario();
    queue = (QueueHandle_t)TRACED(xQueueGenericCreate, xQueueCreate(2, sizeof(uint32_t)));
    CHECK(queue != NULL);
    CHECK(last_args[0] == 2U && last_args[1] == sizeof(uint32_t) &&
          last_args[2] == queueQUEUE_TYPE_BASE);
    CHECK(TRACED_LEAF(xQueueGenericCreate, xQueueCreate(0, sizeof(uint32_t))) == 0U);
    single = (QueueHandle_t)TRACED_LEAF(
        xQueueGenericCreateStatic,
        xQueueCreateStatic(1, sizeof(uint32_t), single_storage, &single_buffer));
    CHECK(single != NULL);
    CHECK_EQ(TRACED_LEAF(xQueueGenericGetStaticBuffers,
                         xQueueGetStaticBuffers(single, &storage_got, &buffer_got)),
             pdTRUE);
    CHECK(storage_got == single_storage && buffer_got == &single_buffer);
    CHECK_EQ(TRACED_LEAF(xQueueGenericGetStaticBuffers,
                         xQueueGetStaticBuffers(queue, &storage_got, &buffer_got)),
             pdFALSE);

    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xQueueSend(queue, &item, 1)), pdPASS); /* room */
    CHECK(last_args[0] == (uintptr_t)queue && last_args[1] == (uintptr_t)&item &&
          last_args[2] == 1U && last_args[3] == queueSEND_TO_BACK);
    item = 2;
    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xQueueSendToFront(queue, &item, 0)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xQueueSend(queue, &item, 0)), errQUEUE_FULL);
    CHECK_EQ(TRACED_LEAF(uxQueueMessagesWaiting, uxQueueMessagesWaiting(queue)), 2);
    CHECK_EQ(TRACED_LEAF(uxQueueSpacesAvailable, uxQueueSpacesAvailable(queue)), 0);
    CHECK_EQ(TRACED_LEAF(uxQueueGetQueueItemSize, uxQueueGetQueueItemSize(queue)), 4);
    CHECK_EQ(TRACED_LEAF(uxQueueGetQueueLength, uxQueueGetQueueLength(queue)), 2);
    CHECK_EQ(TRACED_LEAF(xQueuePeek, xQueuePeek(queue, &got, 0)), pdPASS);
    CHECK_EQ(got, 2);
    CHECK_EQ(TRACED_LEAF(xQueueReceive, xQueueReceive(queue, &got, 0)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueReceive, xQueueReceive(queue, &got, 0)), pdPASS);
    CHECK_EQ(got, 1);
    CHECK_EQ(TRACED_LEAF(xQueueReceive, xQueueReceive(queue, &got, 0)), errQUEUE_EMPTY);
    CHECK_EQ(TRACED_LEAF(xQueuePeek, xQueuePeek(queue, &got, 0)), errQUEUE_EMPTY);
    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xQueueOverwrite(single, &item)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueGenericReset, xQueueReset(single)), pdPASS);

    TRACED_VOID_LEAF(vQueueAddToRegistry, vQueueAddToRegistry(queue, "traced"));
    CHECK(strcmp((const char *)TRACED_LEAF(pcQueueGetName, pcQueueGetName(queue)), "traced") == 0);
    TRACED_VOID_LEAF(vQueueUnregisterQueue, vQueueUnregisterQueue(queue));
    CHECK(TRACED_LEAF(pcQueueGetName, pcQueueGetName(queue)) == 0U);
    TRACED_VOID_LEAF(vQueueSetQueueNumber, vQueueSetQueueNumber(queue, 3));
    CHECK_EQ(TRACED_LEAF(uxQueueGetQueueNumber, uxQueueGetQueueNumber(queue)), 3);
    CHECK_EQ(TRACED_LEAF(ucQueueGetQueueType, ucQueueGetQueueType(queue)), queueQUEUE_TYPE_BASE);

    /* Blocking: a lower-priority task sends while this one waits. */
    helper = test_task(queue_sender, "sender", TEST_PRIORITY - 1, NULL);
    CHECK_EQ(TRACED(xQueueReceive, xQueueReceive(queue, &got, 100)), pdPASS);
    CHECK_EQ(got, 0x600d);
    CHECK_EQ(TRACED(xQueueReceive, xQueueReceive(queue, &got, 2)), errQUEUE_EMPTY);

    run_in_isr(queues_from_isr);
    CHECK_EQ(isr_got[0], pdPASS);
    CHECK_EQ(isr_got[1], 1);
    CHECK_EQ(isr_got[2], pdFALSE);
    CHECK_EQ(isr_got[3], pdFALSE);
    CHECK_EQ(isr_got[4], pdPASS);
    CHECK_EQ(isr_got[5], pdPASS);
    CHECK_EQ(isr_got[6], 0x15);
    CHECK_EQ(isr_got[7], errQUEUE_EMPTY);

    vTaskDelay(1); /* the helper finishes its own checked call */
    vTaskDelete(helper);
    /* Nests vQueueUnregisterQueue(), as FreeRTOS's does, and freeing. */
    TRACED_VOID(vQueueDelete, vQueueDelete(queue));
    TRACED_VOID(vQueueDelete, vQueueDelete(single));
    trace_verdict();
}

/* ---- Semaphores and mutexes ---- */

static SemaphoreHandle_t binary;
static SemaphoreHandle_t mutex;

static void semaphores_from_isr(void)
{
    BaseType_t woken = pdFALSE;

    isr_got[0] = TRACED_LEAF(xQueueGiveFromISR, xSemaphoreGiveFromISR(binary, &woken));
    isr_got[1] = TRACED_LEAF(xQueueGiveFromISR, xSemaphoreGiveFromISR(binary, &woken));
    isr_got[2] = TRACED_LEAF(xQueueReceiveFromISR, xSemaphoreTakeFromISR(binary, &woken));
    isr_got[3] = TRACED_LEAF(xQueueGetMutexHolderFromISR, xSemaphoreGetMutexHolderFromISR(mutex));
    isr_got[4] = TRACED_LEAF(uxQueueMessagesWaitingFromISR, uxSemaphoreGetCountFromISR(binary));
    portYIELD_FROM_ISR(woken);
}

static void semaphores_trace_their_hooks(void)
{
    static StaticSemaphore_t counting_buffer;
    static StaticSemaphore_t mutex_buffer;
    SemaphoreHandle_t counting;
    SemaphoreHandle_t fixed_counting;
    SemaphoreHandle_t fixed_mutex;
    SemaphoreHandle_t recursive;
    TaskHandle_t self = xTaskGetCurrentTaskHandle();

    trace_start_scenario();
    binary = (SemaphoreHandle_t)TRACED(xQueueGenericCreate, xSemaphoreCreateBinary());
    CHECK(binary != NULL);
    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xSemaphoreGive(binary)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xSemaphoreGive(binary)), pdFAIL);
    CHECK_EQ(TRACED_LEAF(uxQueueMessagesWaiting, uxSemaphoreGetCount(binary)), 1);
    CHECK_EQ(TRACED_LEAF(xQueueSemaphoreTake, xSemaphoreTake(binary, 0)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueSemaphoreTake, xSemaphoreTake(binary, 0)), pdFAIL);
    CHECK_EQ(TRACED(xQueueSemaphoreTake, xSemaphoreTake(binary, 2)), pdFAIL); /* blocks */

    /* The creation calls nest the general one, as in FreeRTOS. */
    counting =
        (SemaphoreHandle_t)TRACED(xQueueCreateCountingSemaphore, xSemaphoreCreateCounting(3, 1));
    CHECK(counting != NULL);
    CHECK(last_args[0] == 3U && last_args[1] == 1U);
    CHECK(TRACED_LEAF(xQueueCreateCountingSemaphore, xSemaphoreCreateCounting(0, 0)) == 0U);
    fixed_counting =
        (SemaphoreHandle_t)TRACED(xQueueCreateCountingSemaphoreStatic,
                                  xSemaphoreCreateCountingStatic(2, 2, &counting_buffer));
    CHECK(fixed_counting != NULL);
    CHECK_EQ(uxSemaphoreGetCount(fixed_counting), 2);

    mutex = (SemaphoreHandle_t)TRACED(xQueueCreateMutex, xSemaphoreCreateMutex());
    CHECK(mutex != NULL);
    CHECK(TRACED_LEAF(xQueueCreateMutex, xQueueCreateMutex(queueQUEUE_TYPE_BASE)) == 0U);
    fixed_mutex = (SemaphoreHandle_t)TRACED(xQueueCreateMutexStatic,
                                            xSemaphoreCreateMutexStatic(&mutex_buffer));
    CHECK(fixed_mutex != NULL);
    CHECK_EQ(TRACED_LEAF(xQueueSemaphoreTake, xSemaphoreTake(mutex, 0)), pdPASS);
    CHECK(TRACED_LEAF(xQueueGetMutexHolder, xSemaphoreGetMutexHolder(mutex)) == (uintptr_t)self);
    CHECK_EQ(TRACED_LEAF(xQueueGenericSend, xSemaphoreGive(mutex)), pdPASS);
    CHECK(TRACED_LEAF(xQueueGetMutexHolder, xSemaphoreGetMutexHolder(binary)) == 0U);

    recursive = (SemaphoreHandle_t)TRACED(xQueueCreateMutex, xSemaphoreCreateRecursiveMutex());
    CHECK(recursive != NULL);
    /* The first take nests xQueueSemaphoreTake(), as FreeRTOS's does; the second only counts. */
    CHECK_EQ(TRACED(xQueueTakeMutexRecursive, xSemaphoreTakeRecursive(recursive, 0)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueTakeMutexRecursive, xSemaphoreTakeRecursive(recursive, 0)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueTakeMutexRecursive, xSemaphoreTakeRecursive(mutex, 0)), pdFAIL);
    CHECK_EQ(TRACED_LEAF(xQueueGiveMutexRecursive, xSemaphoreGiveRecursive(recursive)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueGiveMutexRecursive, xSemaphoreGiveRecursive(recursive)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueGiveMutexRecursive, xSemaphoreGiveRecursive(recursive)), pdFAIL);

    run_in_isr(semaphores_from_isr);
    CHECK_EQ(isr_got[0], pdPASS);
    CHECK_EQ(isr_got[1], errQUEUE_FULL);
    CHECK_EQ(isr_got[2], pdPASS);
    CHECK_EQ(isr_got[3], 0);
    CHECK_EQ(isr_got[4], 0);

    vSemaphoreDelete(binary);
    vSemaphoreDelete(counting);
    vSemaphoreDelete(fixed_counting);
    vSemaphoreDelete(mutex);
    vSemaphoreDelete(fixed_mutex);
    vSemaphoreDelete(recursive);
    trace_verdict();
}

/* ---- Queue sets ---- */

static QueueSetHandle_t set;
static SemaphoreHandle_t set_semaphore;

static void sets_from_isr(void)
{
    BaseType_t woken = pdFALSE;

    (void)xSemaphoreGiveFromISR(set_semaphore, &woken);
    /* Nests xQueueReceiveFromISR(), as FreeRTOS's does. */
    isr_got[0] = TRACED(xQueueSelectFromSetFromISR, xQueueSelectFromSetFromISR(set));
    isr_got[1] = (uintptr_t)xSemaphoreTakeFromISR(set_semaphore, &woken);
    portYIELD_FROM_ISR(woken);
}

static void queue_sets_trace_their_hooks(void)
{
    static uint8_t static_set_storage[2 * sizeof(QueueHandle_t)];
    static StaticQueue_t static_set_buffer;
    QueueSetHandle_t static_set;
    QueueHandle_t member;
    uint32_t item = 3;

    trace_start_scenario();
    /* Nests xQueueGenericCreateStatic(), as FreeRTOS's does. */
    static_set = (QueueSetHandle_t)TRACED(
        xQueueCreateSetStatic, xQueueCreateSetStatic(2, static_set_storage, &static_set_buffer));
    CHECK(static_set != NULL);
    vQueueDelete(static_set);
    set = (QueueSetHandle_t)TRACED(xQueueCreateSet, xQueueCreateSet(4));
    CHECK(set != NULL);
    member = xQueueCreate(2, sizeof(uint32_t));
    set_semaphore = xSemaphoreCreateBinary();
    CHECK_EQ(TRACED_LEAF(xQueueAddToSet, xQueueAddToSet(member, set)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueAddToSet, xQueueAddToSet(set_semaphore, set)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueAddToSet, xQueueAddToSet(set, set)), pdFAIL);
    (void)xQueueSend(member, &item, 0);
    /* Nests xQueueReceive(), as FreeRTOS's does. */
    CHECK(TRACED(xQueueSelectFromSet, xQueueSelectFromSet(set, 0)) == (uintptr_t)member);
    CHECK(TRACED(xQueueSelectFromSet, xQueueSelectFromSet(set, 2)) == 0U); /* blocks, times out */
    (void)xQueueReceive(member, &item, 0);

    run_in_isr(sets_from_isr);
    CHECK(isr_got[0] == (uintptr_t)set_semaphore);
    CHECK_EQ(isr_got[1], pdPASS);

    CHECK_EQ(TRACED_LEAF(xQueueRemoveFromSet, xQueueRemoveFromSet(member, set)), pdPASS);
    CHECK_EQ(TRACED_LEAF(xQueueRemoveFromSet, xQueueRemoveFromSet(member, set)), pdFAIL);
    CHECK_EQ(TRACED_LEAF(xQueueRemoveFromSet, xQueueRemoveFromSet(set_semaphore, set)), pdPASS);
    vQueueDelete(member);
    vSemaphoreDelete(set_semaphore);
    vQueueDelete(set);
    trace_verdict();
}

/* ---- Software timers ---- */

static volatile UBaseType_t timer_fired;
static volatile UBaseType_t calls_pended;
static TimerHandle_t fixed_timer;

static void timer_callback(TimerHandle_t timer)
{
    (void)timer;
    timer_fired++;
}

static void pended(void *arg1, uint32_t arg2)
{
    (void)arg1;
    calls_pended += arg2;
}

static void timers_from_isr(void)
{
    BaseType_t woken = pdFALSE;

    isr_got[0] = TRACED_LEAF(xTimerGenericCommandFromISR, xTimerStartFromISR(fixed_timer, &woken));
    isr_got[1] = TRACED_LEAF(xTimerPendFunctionCallFromISR,
                             xTimerPendFunctionCallFromISR(pended, NULL, 10, &woken));
    portYIELD_FROM_ISR(woken);
}

static void timers_trace_their_hooks(void)
{
    static StaticTimer_t timer_buffer;
    StaticTimer_t *buffer_got = NULL;
    TimerHandle_t timer;
    TickType_t expiry;

    trace_start_scenario();
    timer_fired = 0;
    calls_pended = 0;
    timer = (TimerHandle_t)TRACED(
        xTimerCreate, xTimerCreate("traced", 5, pdFALSE, (void *)(uintptr_t)1, timer_callback));
    CHECK(timer != NULL);
    CHECK(last_args[1] == 5U && last_args[2] == pdFALSE && last_args[3] == 1U &&
          last_args[4] == (uintptr_t)timer_callback);
    CHECK(TRACED_LEAF(xTimerCreate, xTimerCreate("zero", 0, pdFALSE, NULL, timer_callback)) == 0U);
    fixed_timer = (TimerHandle_t)TRACED_LEAF(
        xTimerCreateStatic,
        xTimerCreateStatic("fixed", 3, pdTRUE, NULL, timer_callback, &timer_buffer));
    CHECK(fixed_timer != NULL);
    CHECK_EQ(TRACED_LEAF(xTimerGetStaticBuffer, xTimerGetStaticBuffer(fixed_timer, &buffer_got)),
             pdTRUE);
    CHECK(buffer_got == &timer_buffer);
    CHECK_EQ(TRACED_LEAF(xTimerGetStaticBuffer, xTimerGetStaticBuffer(timer, &buffer_got)),
             pdFALSE);

    CHECK(strcmp((const char *)TRACED_LEAF(pcTimerGetName, pcTimerGetName(timer)), "traced") == 0);
    CHECK_EQ(TRACED_LEAF(pvTimerGetTimerID, pvTimerGetTimerID(timer)), 1);
    TRACED_VOID_LEAF(vTimerSetTimerID, vTimerSetTimerID(timer, (void *)(uintptr_t)2));
    CHECK_EQ(TRACED_LEAF(pvTimerGetTimerID, pvTimerGetTimerID(timer)), 2);
    CHECK_EQ(TRACED_LEAF(xTimerGetPeriod, xTimerGetPeriod(timer)), 5);
    TRACED_VOID_LEAF(vTimerSetReloadMode, vTimerSetReloadMode(timer, pdTRUE));
    CHECK_EQ(TRACED_LEAF(xTimerGetReloadMode, xTimerGetReloadMode(timer)), pdTRUE);
    /* Nests xTimerGetReloadMode(), as FreeRTOS's does. */
    CHECK_EQ(TRACED(uxTimerGetReloadMode, uxTimerGetReloadMode(timer)), 1);
    TRACED_VOID_LEAF(vTimerSetReloadMode, vTimerSetReloadMode(timer, pdFALSE));
    CHECK_EQ(TRACED_LEAF(xTimerIsTimerActive, xTimerIsTimerActive(timer)), pdFALSE);
    CHECK(TRACED_LEAF(xTimerGetTimerDaemonTaskHandle, xTimerGetTimerDaemonTaskHandle()) != 0U);
    TRACED_VOID_LEAF(vTimerSetTimerNumber, vTimerSetTimerNumber(timer, 4));
    CHECK_EQ(TRACED_LEAF(uxTimerGetTimerNumber, uxTimerGetTimerNumber(timer)), 4);

    /* The daemon outranks this task: it takes each command inside the call. */
    CHECK_EQ(TRACED(xTimerGenericCommandFromTask, xTimerStart(timer, 0)), pdPASS);
    CHECK(last_args[0] == (uintptr_t)timer && last_args[1] == tmrCOMMAND_START);
    CHECK_EQ(TRACED_LEAF(xTimerIsTimerActive, xTimerIsTimerActive(timer)), pdTRUE);
    expiry = (TickType_t)TRACED_LEAF(xTimerGetExpiryTime, xTimerGetExpiryTime(timer));
    CHECK((TickType_t)(expiry - xTaskGetTickCount()) - 1U < 5U); /* 1 to 5 ticks ahead */
    vTaskDelay(6);
    CHECK_EQ(timer_fired, 1);
    CHECK_EQ(TRACED(xTimerPendFunctionCall, xTimerPendFunctionCall(pended, NULL, 1, 0)), pdPASS);
    CHECK_EQ(calls_pended, 1);

    run_in_isr(timers_from_isr);
    CHECK_EQ(isr_got[0], pdPASS);
    CHECK_EQ(isr_got[1], pdPASS);
    CHECK_EQ(calls_pended, 11); /* the daemon ran as the interrupt ended */

    CHECK_EQ(TRACED(xTimerGenericCommandFromTask, xTimerStop(fixed_timer, 0)), pdPASS);
    CHECK_EQ(TRACED(xTimerGenericCommandFromTask, xTimerDelete(fixed_timer, 0)), pdPASS);
    CHECK_EQ(TRACED(xTimerGenericCommandFromTask, xTimerDelete(timer, 0)), pdPASS);
    vTaskDelay(1);
    trace_verdict();
}

/* ---- Event groups ---- */

static EventGroupHandle_t group;

static void bit_setter(void *arg)
{
    (void)arg;
    (void)TRACED_LEAF(xEventGroupSetBits, xEventGroupSetBits(group, 0x8));
    vTaskSuspend(NULL);
}

static void event_groups_from_isr(void)
{
    BaseType_t woken = pdFALSE;

    /* Both nest xTimerPendFunctionCallFromISR(), as FreeRTOS's do. */
    isr_got[0] = TRACED(xEventGroupSetBitsFromISR, xEventGroupSetBitsFromISR(group, 0x20, &woken));
    isr_got[1] = TRACED(xEventGroupClearBitsFromISR, xEventGroupClearBitsFromISR(group, 0x10));
    isr_got[2] = TRACED_LEAF(xEventGroupGetBitsFromISR, xEventGroupGetBitsFromISR(group));
    portYIELD_FROM_ISR(woken);
}

static void event_groups_trace_their_hooks(void)
{
    static StaticEventGroup_t group_buffer;
    StaticEventGroup_t *buffer_got = NULL;
    EventGroupHandle_t fixed_group;
    TaskHandle_t helper;
    EventBits_t bits;

    trace_start_scenario();
    group = (EventGroupHandle_t)TRACED(xEventGroupCreate, xEventGroupCreate());
    CHECK(group != NULL);
    fixed_group = (EventGroupHandle_t)TRACED_LEAF(xEventGroupCreateStatic,
                                                  xEventGroupCreateStatic(&group_buffer));
    CHECK(fixed_group != NULL);
    CHECK(TRACED_LEAF(xEventGroupCreateStatic, xEventGroupCreateStatic(NULL)) == 0U);
    CHECK_EQ(TRACED_LEAF(xEventGroupGetStaticBuffer,
                         xEventGroupGetStaticBuffer(fixed_group, &buffer_got)),
             pdTRUE);
    CHECK(buffer_got == &group_buffer);
    CHECK_EQ(
        TRACED_LEAF(xEventGroupGetStaticBuffer, xEventGroupGetStaticBuffer(group, &buffer_got)),
        pdFALSE);

    CHECK_EQ(TRACED_LEAF(xEventGroupSetBits, xEventGroupSetBits(group, 0x3)), 0x3);
    CHECK_EQ(TRACED_LEAF(xEventGroupClearBits, xEventGroupClearBits(group, 0x1)), 0x3);
    CHECK_EQ(TRACED_LEAF(xEventGroupClearBits, xEventGroupGetBits(group)), 0x2);
    CHECK_EQ(TRACED_LEAF(xEventGroupWaitBits, xEventGroupWaitBits(group, 0x2, pdTRUE, pdFALSE, 0)),
             0x2);
    CHECK(last_args[0] == (uintptr_t)group && last_args[1] == 0x2U && last_args[2] == pdTRUE &&
          last_args[3] == pdFALSE && last_args[4] == 0U);
    CHECK_EQ(TRACED(xEventGroupWaitBits, xEventGroupWaitBits(group, 0x1, pdFALSE, pdFALSE, 2)), 0);
    /* Invalid bits: reads the group through xEventGroupGetBitsFromISR(), nested. */
    CHECK_EQ(TRACED(xEventGroupWaitBits, xEventGroupWaitBits(group, 0, pdFALSE, pdFALSE, 0)), 0);
    CHECK_EQ(TRACED_LEAF(xEventGroupSync, xEventGroupSync(group, 0x4, 0x4, 0)), 0x4);
    CHECK_EQ(TRACED_LEAF(xEventGroupSync, xEventGroupSync(group, 0x4, 0, 0)), 0); /* refused */

    /* Blocks until a lower-priority task sets the bit. */
    helper = test_task(bit_setter, "setter", TEST_PRIORITY - 1, NULL);
    bits = (EventBits_t)TRACED(xEventGroupWaitBits,
                               xEventGroupWaitBits(group, 0x8, pdTRUE, pdTRUE, 100));
    CHECK((bits & 0x8U) != 0U);

    TRACED_VOID_LEAF(vEventGroupSetNumber, vEventGroupSetNumber(group, 5));
    CHECK_EQ(TRACED_LEAF(uxEventGroupGetNumber, uxEventGroupGetNumber(group)), 5);
    /* The daemon's callbacks nest the calls they make, as in FreeRTOS. */
    TRACED_VOID(vEventGroupSetBitsCallback, vEventGroupSetBitsCallback(group, 0x10));
    TRACED_VOID(vEventGroupClearBitsCallback, vEventGroupClearBitsCallback(group, 0x10));

    run_in_isr(event_groups_from_isr);
    CHECK_EQ(isr_got[0], pdPASS);
    CHECK_EQ(isr_got[1], pdPASS);
    CHECK_EQ(isr_got[2] & 0x20U, 0); /* not yet: the daemon sets it */
    vTaskDelay(1);
    CHECK_EQ(xEventGroupGetBits(group) & 0x30U, 0x20);

    vTaskDelay(1); /* the helper finishes its own checked call */
    vTaskDelete(helper);
    TRACED_VOID(vEventGroupDelete, vEventGroupDelete(group));
    TRACED_VOID_LEAF(vEventGroupDelete, vEventGroupDelete(fixed_group));
    trace_verdict();
}

/* ---- Stream and message buffers ---- */

static StreamBufferHandle_t stream;
static StreamBufferHandle_t fixed_stream;

static void stream_sender(void *arg)
{
    (void)arg;
    (void)TRACED_LEAF(xStreamBufferSend, xStreamBufferSend(stream, "late", 4, 0));
    vTaskSuspend(NULL);
}

static void streams_from_isr(void)
{
    BaseType_t woken = pdFALSE;
    char got[8];

    isr_got[0] = TRACED_LEAF(xStreamBufferSendFromISR,
                             xStreamBufferSendFromISR(fixed_stream, "xy", 2, &woken));
    isr_got[1] = TRACED_LEAF(xStreamBufferReceiveFromISR,
                             xStreamBufferReceiveFromISR(fixed_stream, got, sizeof got, &woken));
    isr_got[2] = TRACED_LEAF(xStreamBufferResetFromISR, xStreamBufferResetFromISR(fixed_stream));
    isr_got[3] = TRACED_LEAF(xStreamBufferSendCompletedFromISR,
                             xStreamBufferSendCompletedFromISR(fixed_stream, &woken));
    isr_got[4] = TRACED_LEAF(xStreamBufferReceiveCompletedFromISR,
                             xStreamBufferReceiveCompletedFromISR(fixed_stream, &woken));
    isr_got[5] = TRACED_LEAF(xStreamBufferSendCompletedFromISR,
                             xStreamBufferSendCompletedFromISR(NULL, &woken));
    portYIELD_FROM_ISR(woken);
}

static void stream_buffers_trace_their_hooks(void)
{
    static StaticStreamBuffer_t stream_buffer;
    static uint8_t stream_storage[16];
    StaticStreamBuffer_t *buffer_got = NULL;
    uint8_t *storage_got = NULL;
    MessageBufferHandle_t messages;
    TaskHandle_t helper;
    char got[16];

    trace_start_scenario();
    stream = (StreamBufferHandle_t)TRACED(xStreamBufferGenericCreate, xStreamBufferCreate(16, 1));
    CHECK(stream != NULL);
    CHECK(last_args[0] == 16U && last_args[1] == 1U && last_args[2] == sbTYPE_STREAM_BUFFER);
    CHECK(TRACED_LEAF(xStreamBufferGenericCreate, xStreamBufferCreate(0, 0)) == 0U);
    fixed_stream = (StreamBufferHandle_t)TRACED_LEAF(
        xStreamBufferGenericCreateStatic,
        xStreamBufferCreateStatic(sizeof stream_storage, 1, stream_storage, &stream_buffer));
    CHECK(fixed_stream != NULL);
    CHECK_EQ(TRACED_LEAF(xStreamBufferGetStaticBuffers,
                         xStreamBufferGetStaticBuffers(fixed_stream, &storage_got, &buffer_got)),
             pdTRUE);
    CHECK(storage_got == stream_storage && buffer_got == &stream_buffer);
    CHECK_EQ(TRACED_LEAF(xStreamBufferGetStaticBuffers,
                         xStreamBufferGetStaticBuffers(stream, &storage_got, &buffer_got)),
             pdFALSE);

    CHECK_EQ(TRACED_LEAF(xStreamBufferSend, xStreamBufferSend(stream, "hello", 5, 0)), 5);
    CHECK_EQ(TRACED_LEAF(xStreamBufferBytesAvailable, xStreamBufferBytesAvailable(stream)), 5);
    CHECK_EQ(TRACED_LEAF(xStreamBufferSpacesAvailable, xStreamBufferSpacesAvailable(stream)), 11);
    CHECK_EQ(TRACED_LEAF(xStreamBufferIsEmpty, xStreamBufferIsEmpty(stream)), pdFALSE);
    CHECK_EQ(TRACED_LEAF(xStreamBufferIsFull, xStreamBufferIsFull(stream)), pdFALSE);
    CHECK_EQ(TRACED_LEAF(xStreamBufferReceive, xStreamBufferReceive(stream, got, sizeof got, 0)),
             5);
    CHECK_EQ(TRACED(xStreamBufferReceive, xStreamBufferReceive(stream, got, sizeof got, 2)), 0);
    CHECK_EQ(TRACED_LEAF(xStreamBufferSetTriggerLevel, xStreamBufferSetTriggerLevel(stream, 4)),
             pdTRUE);
    CHECK_EQ(TRACED_LEAF(xStreamBufferSetTriggerLevel, xStreamBufferSetTriggerLevel(stream, 100)),
             pdFALSE);
    CHECK_EQ(TRACED_LEAF(xStreamBufferSetTriggerLevel, xStreamBufferSetTriggerLevel(stream, 1)),
             pdTRUE);
    CHECK_EQ(TRACED_LEAF(xStreamBufferReset, xStreamBufferReset(stream)), pdPASS);
    TRACED_VOID_LEAF(vStreamBufferSetStreamBufferNotificationIndex,
                     vStreamBufferSetStreamBufferNotificationIndex(stream, 1));
    CHECK_EQ(TRACED_LEAF(uxStreamBufferGetStreamBufferNotificationIndex,
                         uxStreamBufferGetStreamBufferNotificationIndex(stream)),
             1);
    TRACED_VOID_LEAF(vStreamBufferSetStreamBufferNumber,
                     vStreamBufferSetStreamBufferNumber(stream, 6));
    CHECK_EQ(TRACED_LEAF(uxStreamBufferGetStreamBufferNumber,
                         uxStreamBufferGetStreamBufferNumber(stream)),
             6);
    CHECK_EQ(
        TRACED_LEAF(ucStreamBufferGetStreamBufferType, ucStreamBufferGetStreamBufferType(stream)),
        sbTYPE_STREAM_BUFFER);

    /* Blocking: a lower-priority task sends while this one waits. */
    helper = test_task(stream_sender, "sender", TEST_PRIORITY - 1, NULL);
    CHECK_EQ(TRACED(xStreamBufferReceive, xStreamBufferReceive(stream, got, sizeof got, 100)), 4);

    /* Message buffers are stream buffers under other names. */
    messages = (MessageBufferHandle_t)TRACED(xStreamBufferGenericCreate, xMessageBufferCreate(32));
    CHECK(messages != NULL);
    CHECK(last_args[2] == sbTYPE_MESSAGE_BUFFER);
    CHECK_EQ(TRACED_LEAF(xStreamBufferSend, xMessageBufferSend(messages, "abc", 3, 0)), 3);
    CHECK_EQ(
        TRACED_LEAF(xStreamBufferNextMessageLengthBytes, xMessageBufferNextLengthBytes(messages)),
        3);
    CHECK_EQ(TRACED_LEAF(xStreamBufferReceive, xMessageBufferReceive(messages, got, sizeof got, 0)),
             3);
    CHECK_EQ(
        TRACED_LEAF(xStreamBufferNextMessageLengthBytes, xMessageBufferNextLengthBytes(messages)),
        0);
    CHECK_EQ(
        TRACED_LEAF(ucStreamBufferGetStreamBufferType, ucStreamBufferGetStreamBufferType(messages)),
        sbTYPE_MESSAGE_BUFFER);

    run_in_isr(streams_from_isr);
    CHECK_EQ(isr_got[0], 2);
    CHECK_EQ(isr_got[1], 2);
    CHECK_EQ(isr_got[2], pdPASS);
    CHECK_EQ(isr_got[3], pdFALSE); /* nobody waits */
    CHECK_EQ(isr_got[4], pdFALSE);
    CHECK_EQ(isr_got[5], pdFALSE);

    vTaskDelay(1); /* the helper finishes its own checked call */
    vTaskDelete(helper);
    TRACED_VOID(vStreamBufferDelete, vStreamBufferDelete(stream));
    TRACED_VOID(vStreamBufferDelete, vMessageBufferDelete(messages));
    TRACED_VOID_LEAF(vStreamBufferDelete, vStreamBufferDelete(fixed_stream));
    trace_verdict();
}

/* ---- The heap and lists ---- */

static void heap_and_lists_trace_their_hooks(void)
{
    List_t list;
    ListItem_t first;
    ListItem_t second;
    void *memory = NULL;

    trace_start_scenario();
    /* The heap has no hooks of its own in FreeRTOS V11.1; what it calls nests properly. */
    UNTRACED(memory = pvPortMalloc(32));
    CHECK(memory != NULL);
    UNTRACED(vPortFree(memory));

    TRACED_VOID_LEAF(vListInitialise, vListInitialise(&list));
    TRACED_VOID_LEAF(vListInitialiseItem, vListInitialiseItem(&first));
    TRACED_VOID_LEAF(vListInitialiseItem, vListInitialiseItem(&second));
    listSET_LIST_ITEM_VALUE(&first, 5);
    TRACED_VOID_LEAF(vListInsert, vListInsert(&list, &first));
    CHECK(last_args[0] == (uintptr_t)&list && last_args[1] == (uintptr_t)&first);
    TRACED_VOID_LEAF(vListInsertEnd, vListInsertEnd(&list, &second));
    CHECK_EQ(TRACED_LEAF(uxListRemove, uxListRemove(&first)), 1);
    CHECK_EQ(TRACED_LEAF(uxListRemove, uxListRemove(&second)), 0);
    trace_verdict();
}

/* ---- Every hook is called ---- */

/* The functions FreeRTOS V11.1 has hooks for that Tern does not have (docs/COMPATIBILITY.md,
 * "Trace hooks"): co-routines, multiple cores, the MPU, critical sections kept in the TCB,
 * and FreeRTOS's internal interface between its own modules. */
static const char *const not_in_tern[] = {
    "xQueueCRSend",
    "xQueueCRReceive",
    "xQueueCRSendFromISR",
    "xQueueCRReceiveFromISR",
    "xCoRoutineCreate",
    "vCoRoutineAddToDelayedList",
    "vCoRoutineSchedule",
    "xCoRoutineRemoveFromEventList",
    "xTaskCreateAffinitySet",
    "xTaskCreateStaticAffinitySet",
    "xTaskCreateRestrictedAffinitySet",
    "xTaskCreateRestrictedStaticAffinitySet",
    "vTaskCoreAffinitySet",
    "vTaskCoreAffinityGet",
    "vTaskPreemptionDisable",
    "vTaskPreemptionEnable",
    "vTaskYieldWithinAPI",
    "vTaskEnterCriticalFromISR",
    "vTaskExitCriticalFromISR",
    "xTaskCreateRestricted",
    "xTaskCreateRestrictedStatic",
    "vTaskAllocateMPURegions",
    "xTaskGetMPUSettings",
    "vTaskEnterCritical",
    "vTaskExitCritical",
    "vTaskPlaceOnEventList",
    "vTaskPlaceOnUnorderedEventList",
    "vTaskPlaceOnEventListRestricted",
    "xTaskRemoveFromEventList",
    "vTaskRemoveFromUnorderedEventList",
    "uxTaskResetEventItemValue",
    "xTaskPriorityInherit",
    "xTaskPriorityDisinherit",
    "vTaskPriorityDisinheritAfterTimeout",
    "pvTaskIncrementMutexHeldCount",
    "vQueueWaitForMessageRestricted",
};

/* Called, but never return on Tern's ports: the scheduler ends by going back to main(). */
static const char *const never_return[] = {"vTaskEndScheduler"};

static int listed(const char *name, const char *const *names, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++)
    {
        if (strcmp(names[i], name) == 0)
        {
            return 1;
        }
    }
    return 0;
}

static void every_hook_is_called_but_those_of_functions_tern_lacks(void)
{
    size_t absent_count = sizeof not_in_tern / sizeof not_in_tern[0];
    size_t never_count = sizeof never_return / sizeof never_return[0];
    unsigned wrong = 0;
    size_t i;
    unsigned h;

    for (i = 0; i < absent_count; i++)
    {
        int known = 0;
        for (h = 0; h < TRACE_HOOK_COUNT; h++)
        {
            known |= strcmp(hook_names[h], not_in_tern[i]) == 0;
        }
        if (!known)
        {
            printf("  %s is listed as absent but has no hooks\n", not_in_tern[i]);
            wrong++;
        }
    }
    for (h = 0; h < TRACE_HOOK_COUNT; h++)
    {
        int absent = listed(hook_names[h], not_in_tern, absent_count);

        if (absent && (entered[h] != 0U || returned[h] != 0U))
        {
            printf("  %s's hooks were called, yet it is listed as absent\n", hook_names[h]);
            wrong++;
        }
        else if (!absent && entered[h] == 0U)
        {
            printf("  traceENTER_%s was never called\n", hook_names[h]);
            wrong++;
        }
        else if (!absent && returned[h] == 0U && !listed(hook_names[h], never_return, never_count))
        {
            printf("  traceRETURN_%s was never called\n", hook_names[h]);
            wrong++;
        }
    }
    CHECK_EQ(wrong, 0);
}

int main(void)
{
    RUN_TEST(task_calls_trace_their_hooks);
    RUN_TEST(delays_and_timeouts_trace_their_hooks);
    RUN_TEST(notifications_trace_their_hooks);
    RUN_TEST(queues_trace_their_hooks);
    RUN_TEST(semaphores_trace_their_hooks);
    RUN_TEST(queue_sets_trace_their_hooks);
    RUN_TEST(timers_trace_their_hooks);
    RUN_TEST(event_groups_trace_their_hooks);
    RUN_TEST(stream_buffers_trace_their_hooks);
    RUN_TEST(heap_and_lists_trace_their_hooks);
    RUN_PLAIN_TEST(every_hook_is_called_but_those_of_functions_tern_lacks);
    return test_summary();
}
