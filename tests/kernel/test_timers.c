/*
 * test_timers.c - software timers and the timer service task: exact periods, one-shot and
 * auto-reload timers, ordering of timers due on the same tick, every command from tasks and
 * interrupts, a starved daemon catching up without drift, xTimerPendFunctionCall, a full
 * command queue, and every bad argument. Also built against the 16- and 64-bit tick
 * variants and tests/config/timers_heap (daemon memory from the heap, the startup hook, a
 * tick count that wraps during each scenario).
 */
#include "harness.h"
#include "test_irq.h"
#include "timers.h"

#include <stdio.h>
#include <string.h>

#define MAX_RECORDS 128

static TaskHandle_t controller;
static int ids[2];
static UBaseType_t scenarios; /* scenarios started so far, this one included */
static volatile UBaseType_t fired;
static TickType_t fired_at[MAX_RECORDS];
static TimerHandle_t fired_by[MAX_RECORDS];
static volatile UBaseType_t notify_after; /* callback notifies the controller at this count */

static void begin(void)
{
    controller = xTaskGetCurrentTaskHandle();
    scenarios++;
    fired = 0;
    notify_after = 0;
    memset(fired_at, 0, sizeof fired_at);
    memset(fired_by, 0, sizeof fired_by);
}

/* Records when and which timer fired; wakes the controller once `notify_after` is reached. */
static void record(TimerHandle_t t)
{
    UBaseType_t n = fired;
    if (n < MAX_RECORDS)
    {
        fired_at[n] = xTaskGetTickCount();
        fired_by[n] = t;
    }
    fired = n + 1U;
    if (notify_after != 0U && fired == notify_after)
    {
        xTaskNotifyGive(controller);
    }
}

/* Waits for the callback's notification up to `ticks`, which may exceed what a 16-bit
 * TickType_t holds. */
static BaseType_t wait_notified(uint32_t ticks)
{
    while (ticks > 0U)
    {
        uint32_t chunk = ticks > 10000U ? 10000U : ticks;
        if (ulTaskNotifyTake(pdTRUE, (TickType_t)chunk) != 0U)
        {
            return pdTRUE;
        }
        ticks -= chunk;
    }
    return pdFALSE;
}

static TimerHandle_t make(const char *name, TickType_t period, BaseType_t reload)
{
    TimerHandle_t t = xTimerCreate(name, period, reload, NULL, record);
    CHECK(t != NULL);
    return t;
}

static void destroy(TimerHandle_t t)
{
    CHECK_EQ(xTimerDelete(t, 0), pdPASS);
}

/* ---- Periods ---- */

static void auto_reload_timer_fires_exactly_every_period(void)
{
    TimerHandle_t t;
    TickType_t start;
    UBaseType_t i;

    begin();
    t = make("period", 1000, pdTRUE);
    notify_after = 100;
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    CHECK(xTimerIsTimerActive(t));
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(start + 1000U));
    CHECK(wait_notified(100UL * 1000UL + 10UL));
    for (i = 0; i < 100U; i++)
    {
        CHECK_EQ(fired_at[i], (TickType_t)(start + (i + 1U) * 1000U));
    }
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(start + 101U * 1000U));
    CHECK(xTimerIsTimerActive(t));
    CHECK_EQ(xTimerStop(t, 0), pdPASS);
    CHECK(!xTimerIsTimerActive(t));
    vTaskDelay(3000);
    CHECK_EQ(fired, 100);
    destroy(t);
}

static void one_shot_timer_fires_once_then_goes_dormant(void)
{
    TimerHandle_t t;
    TickType_t start;

    begin();
    t = make("once", 50, pdFALSE);
    CHECK(!xTimerIsTimerActive(t));
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    CHECK(xTimerIsTimerActive(t));
    vTaskDelay(49);
    CHECK_EQ(fired, 0);
    vTaskDelay(1);
    CHECK_EQ(fired, 1);
    CHECK_EQ(fired_at[0], (TickType_t)(start + 50U));
    CHECK(!xTimerIsTimerActive(t));
    vTaskDelay(500);
    CHECK_EQ(fired, 1);
    /* A dormant one-shot timer can be started again. */
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(60);
    CHECK_EQ(fired, 2);
    CHECK_EQ(fired_at[1], (TickType_t)(start + 50U));
    destroy(t);
}

static void timers_due_on_the_same_tick_fire_in_start_order(void)
{
    TimerHandle_t a, b, c, d;
    TickType_t start;

    begin();
    a = make("a", 30, pdFALSE);
    b = make("b", 20, pdFALSE);
    c = make("c", 10, pdFALSE);
    d = make("d", 5, pdFALSE);
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(a, 0), pdPASS); /* due at start + 30 */
    vTaskDelay(10);
    CHECK_EQ(xTimerStart(b, 0), pdPASS); /* due at start + 30 */
    vTaskDelay(10);
    CHECK_EQ(xTimerStart(c, 0), pdPASS); /* due at start + 30 */
    CHECK_EQ(xTimerStart(d, 0), pdPASS); /* due at start + 25: first */
    vTaskDelay(20);
    CHECK_EQ(fired, 4);
    CHECK(fired_by[0] == d);
    CHECK(fired_by[1] == a);
    CHECK(fired_by[2] == b);
    CHECK(fired_by[3] == c);
    CHECK_EQ(fired_at[0], (TickType_t)(start + 25U));
    CHECK_EQ(fired_at[1], (TickType_t)(start + 30U));
    CHECK_EQ(fired_at[3], (TickType_t)(start + 30U));
    destroy(a);
    destroy(b);
    destroy(c);
    destroy(d);
}

static void restarting_moves_the_expiry_and_keeps_the_order_of_equals(void)
{
    TimerHandle_t a, b;
    TickType_t start;

    begin();
    a = make("a", 40, pdFALSE);
    b = make("b", 40, pdFALSE);
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(a, 0), pdPASS);
    CHECK_EQ(xTimerStart(b, 0), pdPASS);
    /* Restarting a on the same tick puts it behind b. */
    CHECK_EQ(xTimerStart(a, 0), pdPASS);
    vTaskDelay(40);
    CHECK_EQ(fired, 2);
    CHECK(fired_by[0] == b);
    CHECK(fired_by[1] == a);
    CHECK_EQ(fired_at[1], (TickType_t)(start + 40U));
    destroy(a);
    destroy(b);
}

/* ---- Commands ---- */

static void reset_pushes_the_expiry_back(void)
{
    TimerHandle_t t;
    TickType_t start;

    begin();
    t = make("reset", 100, pdFALSE);
    /* Reset starts a dormant timer. */
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerReset(t, 0), pdPASS);
    CHECK(xTimerIsTimerActive(t));
    vTaskDelay(60);
    CHECK_EQ(xTimerReset(t, 0), pdPASS);
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(start + 160U));
    vTaskDelay(60);
    CHECK_EQ(fired, 0);
    vTaskDelay(40);
    CHECK_EQ(fired, 1);
    CHECK_EQ(fired_at[0], (TickType_t)(start + 160U));
    destroy(t);
}

static void stop_prevents_the_expiry(void)
{
    TimerHandle_t t;

    begin();
    t = make("stop", 20, pdTRUE);
    /* Stopping a dormant timer is accepted and changes nothing. */
    CHECK_EQ(xTimerStop(t, 0), pdPASS);
    CHECK(!xTimerIsTimerActive(t));
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(50); /* fires at 20 and 40 */
    CHECK_EQ(fired, 2);
    CHECK_EQ(xTimerStop(t, 0), pdPASS);
    CHECK(!xTimerIsTimerActive(t));
    vTaskDelay(100);
    CHECK_EQ(fired, 2);
    destroy(t);
}

static void change_period_restarts_from_the_call(void)
{
    TimerHandle_t t;
    TickType_t start;

    begin();
    t = make("period", 100, pdTRUE);
    /* On a dormant timer it starts the timer with the new period. */
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerChangePeriod(t, 30, 0), pdPASS);
    CHECK(xTimerIsTimerActive(t));
    CHECK_EQ(xTimerGetPeriod(t), 30);
    vTaskDelay(40);
    CHECK_EQ(fired, 1);
    CHECK_EQ(fired_at[0], (TickType_t)(start + 30U));
    /* On a running timer the next expiry counts from the call, not from the last expiry. */
    CHECK_EQ(xTimerChangePeriod(t, 25, 0), pdPASS);
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(start + 65U));
    vTaskDelay(50);
    CHECK_EQ(fired, 3);
    CHECK_EQ(fired_at[1], (TickType_t)(start + 65U));
    CHECK_EQ(fired_at[2], (TickType_t)(start + 90U));
    destroy(t);
}

static void reload_mode_can_be_switched(void)
{
    TimerHandle_t t;

    begin();
    t = make("mode", 10, pdFALSE);
    CHECK_EQ(xTimerGetReloadMode(t), pdFALSE);
    CHECK_EQ(uxTimerGetReloadMode(t), 0);
    vTimerSetReloadMode(t, pdTRUE);
    CHECK_EQ(xTimerGetReloadMode(t), pdTRUE);
    CHECK_EQ(uxTimerGetReloadMode(t), 1);
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(35);
    CHECK_EQ(fired, 3);
    /* Back to one-shot: it fires once more and stops. */
    vTimerSetReloadMode(t, pdFALSE);
    vTaskDelay(50);
    CHECK_EQ(fired, 4);
    CHECK(!xTimerIsTimerActive(t));
    destroy(t);
}

static void deleted_timer_never_fires_again(void)
{
    TimerHandle_t t;

    begin();
    t = make("del", 10, pdTRUE);
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(25);
    CHECK_EQ(fired, 2);
    CHECK_EQ(xTimerDelete(t, 0), pdPASS);
    vTaskDelay(50);
    CHECK_EQ(fired, 2);
    /* The harness checks that the timer's memory went back to the heap. */
}

static void delete_self(TimerHandle_t t)
{
    record(t);
    CHECK_EQ(xTimerDelete(t, 0), pdPASS);
}

static void timer_may_delete_itself_from_its_callback(void)
{
    TimerHandle_t t;

    begin();
    t = xTimerCreate("self", 10, pdTRUE, NULL, delete_self);
    CHECK(t != NULL);
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(50);
    CHECK_EQ(fired, 1);
}

/* ---- Identity ---- */

static void identity_and_daemon_handle(void)
{
    TimerHandle_t t;
    TaskHandle_t daemon;

    begin();
    t = xTimerCreate("identity", 7, pdFALSE, &ids[0], record);
    CHECK(t != NULL);
    CHECK(strcmp(pcTimerGetName(t), "identity") == 0);
    CHECK(pvTimerGetTimerID(t) == &ids[0]);
    vTimerSetTimerID(t, &ids[1]);
    CHECK(pvTimerGetTimerID(t) == &ids[1]);
    CHECK_EQ(xTimerGetPeriod(t), 7);
    daemon = xTimerGetTimerDaemonTaskHandle();
    CHECK(daemon != NULL);
    CHECK(strcmp(pcTaskGetName(daemon), configTIMER_SERVICE_TASK_NAME) == 0);
    CHECK_EQ(uxTaskPriorityGet(daemon), configTIMER_TASK_PRIORITY);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    {
        StaticTimer_t *buffer = NULL;
        CHECK_EQ(xTimerGetStaticBuffer(t, &buffer), pdFALSE);
    }
#endif
#if (configUSE_TRACE_FACILITY == 1)
    vTimerSetTimerNumber(t, 42);
    CHECK_EQ(uxTimerGetTimerNumber(t), 42);
#endif
    destroy(t);
}

#if (configSUPPORT_STATIC_ALLOCATION == 1)
static StaticTimer_t static_timer;

static void static_timer_runs_in_caller_memory(void)
{
    TimerHandle_t t;
    StaticTimer_t *buffer = NULL;
    TickType_t start;

    begin();
    t = xTimerCreateStatic("static", 15, pdTRUE, NULL, record, &static_timer);
    CHECK(t != NULL);
    CHECK_EQ(xTimerGetStaticBuffer(t, &buffer), pdTRUE);
    CHECK(buffer == &static_timer);
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(31);
    CHECK_EQ(fired, 2);
    CHECK_EQ(fired_at[1], (TickType_t)(start + 30U));
    CHECK_EQ(xTimerDelete(t, 0), pdPASS);
    CHECK(!xTimerIsTimerActive(t));
    /* The buffer can hold a new timer at once. */
    t = xTimerCreateStatic("again", 5, pdFALSE, NULL, record, &static_timer);
    CHECK(t != NULL);
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(6);
    CHECK_EQ(fired, 3);
    CHECK_EQ(xTimerDelete(t, 0), pdPASS);
}
#endif

/* ---- Interrupts ---- */

static TimerHandle_t isr_timer;
static volatile BaseType_t isr_command;
static volatile BaseType_t isr_result;
static volatile BaseType_t isr_woken;
static volatile TickType_t isr_tick;

static void pended(void *arg1, uint32_t arg2);

static void timer_isr(void)
{
    BaseType_t woken = pdFALSE;

    isr_tick = xTaskGetTickCountFromISR();
    switch (isr_command)
    {
        case tmrCOMMAND_START_FROM_ISR:
            isr_result = xTimerStartFromISR(isr_timer, &woken);
            break;
        case tmrCOMMAND_RESET_FROM_ISR:
            isr_result = xTimerResetFromISR(isr_timer, &woken);
            break;
        case tmrCOMMAND_STOP_FROM_ISR:
            isr_result = xTimerStopFromISR(isr_timer, &woken);
            break;
        case tmrCOMMAND_CHANGE_PERIOD_FROM_ISR:
            isr_result = xTimerChangePeriodFromISR(isr_timer, 40, &woken);
            break;
        default:
            isr_result = xTimerPendFunctionCallFromISR(pended, &ids[1], 99U, &woken);
            break;
    }
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static volatile UBaseType_t pended_calls;
static volatile void *pended_arg1;
static volatile uint32_t pended_arg2;
static volatile TaskHandle_t pended_in;

static void pended(void *arg1, uint32_t arg2)
{
    pended_arg1 = arg1;
    pended_arg2 = arg2;
    pended_in = xTaskGetCurrentTaskHandle();
    pended_calls++;
}

/* The interrupt sends command; expected: pdPASS, or pdFAIL (queue full). The result starts
 * opposite to what is expected, so that an interrupt that did not run fails the check. */
static void isr_command_returns(BaseType_t command, BaseType_t expected)
{
    BaseType_t woken = expected == pdPASS ? pdTRUE : pdFALSE;

    isr_command = command;
    isr_result = expected == pdPASS ? pdFAIL : pdPASS;
    isr_woken = !woken;
    test_irq_trigger();
    CHECK_EQ(isr_result, expected);
    /* Accepted: the daemon outranks this task, so the interrupt asked for a switch to it,
     * and it has handled the command by now. Refused: nobody was woken. */
    CHECK_EQ(isr_woken, woken);
}

static void isr_command_runs(BaseType_t command)
{
    isr_command_returns(command, pdPASS);
}

/* begin(), then the interrupt and a one-shot timer it drives; pdFALSE (and a note) on a port
 * without a test interrupt. */
static BaseType_t begin_with_isr_timer(const char *name)
{
    begin();
    if (!test_irq_install(timer_isr))
    {
        printf("  skipped: no test interrupt on this port\n");
        return pdFALSE;
    }
    isr_timer = make(name, 20, pdFALSE);
    return pdTRUE;
}

static void commands_from_an_interrupt(void)
{
    TickType_t start;

    if (!begin_with_isr_timer("isr"))
    {
        return;
    }

    isr_command_runs(tmrCOMMAND_START_FROM_ISR);
    start = isr_tick;
    CHECK(xTimerIsTimerActive(isr_timer));
    CHECK_EQ(xTimerGetExpiryTime(isr_timer), (TickType_t)(start + 20U));
    vTaskDelay(10);
    isr_command_runs(tmrCOMMAND_RESET_FROM_ISR);
    CHECK_EQ(xTimerGetExpiryTime(isr_timer), (TickType_t)(start + 30U));
    vTaskDelay(5);
    isr_command_runs(tmrCOMMAND_STOP_FROM_ISR);
    CHECK(!xTimerIsTimerActive(isr_timer));
    vTaskDelay(40);
    CHECK_EQ(fired, 0);
    isr_command_runs(tmrCOMMAND_CHANGE_PERIOD_FROM_ISR);
    start = isr_tick;
    CHECK(xTimerIsTimerActive(isr_timer));
    CHECK_EQ(xTimerGetPeriod(isr_timer), 40);
    vTaskDelay(45);
    CHECK_EQ(fired, 1);
    CHECK_EQ(fired_at[0], (TickType_t)(start + 40U));

    pended_calls = 0;
    isr_command_runs(tmrCOMMAND_EXECUTE_CALLBACK_FROM_ISR);
    CHECK_EQ(pended_calls, 1);
    CHECK(pended_arg1 == (void *)&ids[1]);
    CHECK_EQ(pended_arg2, 99);
    CHECK(pended_in == xTimerGetTimerDaemonTaskHandle());

    (void)test_irq_install(NULL);
    destroy(isr_timer);
}

static void pend_function_call_runs_in_the_daemon_in_order(void)
{
    TimerHandle_t t;

    begin();
    pended_calls = 0;
    t = make("order", 1000, pdFALSE);
    /* With the daemon suspended, commands queue up and run in the order sent. */
    vTaskSuspend(xTimerGetTimerDaemonTaskHandle());
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    CHECK_EQ(xTimerPendFunctionCall(pended, &ids[0], 7U, 0), pdPASS);
    CHECK(!xTimerIsTimerActive(t));
    CHECK_EQ(pended_calls, 0);
    vTaskResume(xTimerGetTimerDaemonTaskHandle());
    CHECK_EQ(pended_calls, 1);
    CHECK(pended_arg1 == (void *)&ids[0]);
    CHECK_EQ(pended_arg2, 7);
    CHECK(pended_in == xTimerGetTimerDaemonTaskHandle());
    CHECK(xTimerIsTimerActive(t));
    destroy(t);
}

/* ---- A daemon that falls behind ---- */

static volatile int hog_until_set;
static volatile TickType_t hog_until;

static void hog(void *arg)
{
    (void)arg;
    /* Runs without blocking (so lower priorities get no CPU) until the tick count passes
     * hog_until. */
    while ((TickType_t)(xTaskGetTickCount() - hog_until) > (TickType_t)(portMAX_DELAY / 2U))
    {
    }
    hog_until_set = 0;
    vTaskDelete(NULL);
}

static void starved_daemon_catches_up_without_drift(void)
{
    TimerHandle_t t;
    TaskHandle_t daemon = xTimerGetTimerDaemonTaskHandle();
    TickType_t start;
    UBaseType_t i;

    begin();
    t = make("steady", 10, pdTRUE);
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(5);
    /* The daemon drops below a task that computes until start + 95. */
    vTaskPrioritySet(daemon, tskIDLE_PRIORITY + 1U);
    hog_until = (TickType_t)(start + 95U);
    hog_until_set = 1;
    (void)test_task(hog, "hog", TEST_PRIORITY + 1U, NULL);
    CHECK_EQ(hog_until_set, 0);
    CHECK_EQ(fired, 0);
    /* This task now blocks: the daemon runs and fires every missed period at once. */
    vTaskDelay(1);
    CHECK_EQ(fired, 9);
    vTaskPrioritySet(daemon, configTIMER_TASK_PRIORITY);
    notify_after = 12;
    CHECK(wait_notified(100));
    /* Late ones first, then on the original grid: no drift. */
    for (i = 0; i < 9U; i++)
    {
        CHECK((TickType_t)(fired_at[i] - start) >= 95U);
    }
    CHECK_EQ(fired_at[9], (TickType_t)(start + 100U));
    CHECK_EQ(fired_at[10], (TickType_t)(start + 110U));
    CHECK_EQ(fired_at[11], (TickType_t)(start + 120U));
    destroy(t);
}

static volatile TickType_t expiries[MAX_RECORDS];

static void record_expiry(TimerHandle_t t)
{
    UBaseType_t n = fired;
    if (n < MAX_RECORDS)
    {
        /* The timer is already rearmed (or dormant) when its callback runs. */
        expiries[n] = xTimerGetReloadMode(t)
                          ? (TickType_t)(xTimerGetExpiryTime(t) - xTimerGetPeriod(t))
                          : xTimerGetExpiryTime(t);
        fired_by[n] = t;
    }
    fired = n + 1U;
}

static void missed_expiries_of_several_timers_fire_in_time_order(void)
{
    TimerHandle_t a, b, c;
    TaskHandle_t daemon = xTimerGetTimerDaemonTaskHandle();
    TickType_t start;
    UBaseType_t i, na = 0, nb = 0, nc = 0;

    begin();
    a = xTimerCreate("a", 10, pdTRUE, NULL, record_expiry);
    b = xTimerCreate("b", 15, pdTRUE, NULL, record_expiry);
    c = xTimerCreate("c", 42, pdFALSE, NULL, record_expiry);
    CHECK(a != NULL && b != NULL && c != NULL);
    start = xTaskGetTickCount();
    /* Suspended, the daemon queues the starts and falls 100 ticks behind. */
    vTaskSuspend(daemon);
    CHECK_EQ(xTimerStart(a, 0), pdPASS);
    CHECK_EQ(xTimerStart(b, 0), pdPASS);
    CHECK_EQ(xTimerStart(c, 0), pdPASS);
    vTaskDelay(100);
    vTaskResume(daemon);
    /* a: 10..100 (10), b: 15..90 (6), c: 42 (1). */
    CHECK_EQ(fired, 17);
    for (i = 0; i < 17U; i++)
    {
        TickType_t at = (TickType_t)(expiries[i] - start);
        if (i > 0U)
        {
            CHECK((TickType_t)(expiries[i] - expiries[i - 1U]) <= 100U);
        }
        CHECK(at >= 10U && at <= 100U);
        if (fired_by[i] == a)
        {
            na++;
            CHECK_EQ(at, na * 10U);
        }
        else if (fired_by[i] == b)
        {
            nb++;
            CHECK_EQ(at, nb * 15U);
        }
        else
        {
            nc++;
            CHECK_EQ(at, 42);
        }
    }
    CHECK_EQ(na, 10);
    CHECK_EQ(nb, 6);
    CHECK_EQ(nc, 1);
    CHECK_EQ(xTimerGetExpiryTime(a), (TickType_t)(start + 110U));
    CHECK_EQ(xTimerGetExpiryTime(b), (TickType_t)(start + 105U));
    CHECK(!xTimerIsTimerActive(c));
    destroy(a);
    destroy(b);
    destroy(c);
}

static void start_time_in_the_past_fires_missed_periods(void)
{
    TimerHandle_t t;
    TickType_t now;

    begin();
    t = make("past", 10, pdTRUE);
    now = xTaskGetTickCount();
    /* As if started 35 ticks ago: expiries at -25, -15, -5 have passed; next at +5. */
    CHECK_EQ(xTimerGenericCommand(t, tmrCOMMAND_START, (TickType_t)(now - 35U), NULL, 0), pdPASS);
    CHECK_EQ(fired, 3);
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(now + 5U));
    vTaskDelay(5);
    CHECK_EQ(fired, 4);
    CHECK_EQ(fired_at[3], (TickType_t)(now + 5U));
    /* A one-shot timer whose time has passed fires once and stops. */
    vTimerSetReloadMode(t, pdFALSE);
    now = xTaskGetTickCount();
    CHECK_EQ(xTimerGenericCommand(t, tmrCOMMAND_START, (TickType_t)(now - 35U), NULL, 0), pdPASS);
    CHECK_EQ(fired, 5);
    CHECK(!xTimerIsTimerActive(t));
    /* A start time in the future counts as now. */
    vTimerSetReloadMode(t, pdTRUE);
    now = xTaskGetTickCount();
    CHECK_EQ(xTimerGenericCommand(t, tmrCOMMAND_START, (TickType_t)(now + 5U), NULL, 0), pdPASS);
    CHECK_EQ(fired, 5);
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(now + 10U));
    destroy(t);
}

/* ---- The command queue ---- */

static volatile BaseType_t late_result;

static void late_sender(void *arg)
{
    late_result = xTimerStart((TimerHandle_t)arg, portMAX_DELAY);
    vTaskDelete(NULL);
}

static void full_command_queue_fails_or_waits(void)
{
    TimerHandle_t t;
    TaskHandle_t daemon = xTimerGetTimerDaemonTaskHandle();
    TickType_t before;
    BaseType_t woken = pdFALSE;
    UBaseType_t i;

    begin();
    t = make("queue", 1000, pdFALSE);
    vTaskSuspend(daemon);
    for (i = 0; i < configTIMER_QUEUE_LENGTH; i++)
    {
        CHECK_EQ(xTimerStart(t, 0), pdPASS);
    }
    CHECK_EQ(xTimerStop(t, 0), pdFAIL);
    CHECK_EQ(xTimerPendFunctionCall(pended, NULL, 0, 0), pdFAIL);
    CHECK_EQ(xTimerStopFromISR(t, &woken), pdFAIL);
    CHECK_EQ(woken, pdFALSE);
    before = xTaskGetTickCount();
    CHECK_EQ(xTimerStop(t, 10), pdFAIL);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 10);
    /* A sender that waits gets in once the daemon makes room. */
    late_result = pdFAIL;
    (void)test_task(late_sender, "late", TEST_PRIORITY + 1U, t);
    CHECK_EQ(late_result, pdFAIL);
    vTaskResume(daemon);
    CHECK_EQ(late_result, pdPASS);
    CHECK(xTimerIsTimerActive(t));
    destroy(t);
}

static volatile UBaseType_t calls_logged;
static volatile uint32_t call_log[MAX_RECORDS];

static void log_call(void *arg1, uint32_t arg2)
{
    (void)arg1;
    if (calls_logged < MAX_RECORDS)
    {
        call_log[calls_logged] = arg2;
    }
    calls_logged++;
}

static volatile BaseType_t waiter_result[2];

/* Sends the pended call numbered arg2 once there is room (the low waiter waits forever,
 * the high one up to 100 ticks). */
static void low_waiter(void *arg)
{
    waiter_result[0] =
        xTimerPendFunctionCall(log_call, NULL, (uint32_t)(uintptr_t)arg, portMAX_DELAY);
    vTaskDelete(NULL);
}

static void high_waiter(void *arg)
{
    waiter_result[1] = xTimerPendFunctionCall(log_call, NULL, (uint32_t)(uintptr_t)arg, 100);
    vTaskDelete(NULL);
}

static void waiting_senders_get_room_by_priority_and_order_holds_round_the_queue(void)
{
    TaskHandle_t daemon = xTimerGetTimerDaemonTaskHandle();
    uint32_t i;

    begin();
    calls_logged = 0;
    /* A few commands first, so that the full queue below starts part-way round. */
    for (i = 0; i < 3U; i++)
    {
        CHECK_EQ(xTimerPendFunctionCall(log_call, NULL, 100U + i, 0), pdPASS);
    }
    CHECK_EQ(calls_logged, 3);
    calls_logged = 0;
    vTaskSuspend(daemon);
    for (i = 1; i <= configTIMER_QUEUE_LENGTH; i++)
    {
        CHECK_EQ(xTimerPendFunctionCall(log_call, NULL, i, 0), pdPASS);
    }
    CHECK_EQ(xTimerPendFunctionCall(log_call, NULL, 999U, 0), pdFAIL);
    /* The low waiter blocks first, then the high one: room goes to the high one. */
    waiter_result[0] = pdFAIL;
    waiter_result[1] = pdFAIL;
    (void)test_task(low_waiter, "low", TEST_PRIORITY - 2U,
                    (void *)(uintptr_t)(configTIMER_QUEUE_LENGTH + 1U));
    vTaskDelay(2);
    (void)test_task(high_waiter, "high", TEST_PRIORITY - 1U,
                    (void *)(uintptr_t)(configTIMER_QUEUE_LENGTH + 2U));
    vTaskDelay(2);
    CHECK_EQ(calls_logged, 0);
    vTaskResume(daemon);
    vTaskDelay(2);
    CHECK_EQ(waiter_result[0], pdPASS);
    CHECK_EQ(waiter_result[1], pdPASS);
    CHECK_EQ(calls_logged, configTIMER_QUEUE_LENGTH + 2U);
    for (i = 0; i < configTIMER_QUEUE_LENGTH; i++)
    {
        CHECK_EQ(call_log[i], i + 1U);
    }
    CHECK_EQ(call_log[configTIMER_QUEUE_LENGTH], configTIMER_QUEUE_LENGTH + 2U);
    CHECK_EQ(call_log[configTIMER_QUEUE_LENGTH + 1U], configTIMER_QUEUE_LENGTH + 1U);
}

static void full_command_queue_refuses_an_interrupt(void)
{
    TaskHandle_t daemon = xTimerGetTimerDaemonTaskHandle();
    UBaseType_t i;

    if (!begin_with_isr_timer("isrfull"))
    {
        return;
    }
    pended_calls = 0;
    vTaskSuspend(daemon);
    for (i = 0; i < configTIMER_QUEUE_LENGTH; i++)
    {
        CHECK_EQ(xTimerStop(isr_timer, 0), pdPASS);
    }
    isr_command_returns(tmrCOMMAND_START_FROM_ISR, pdFAIL);
    isr_command_returns(tmrCOMMAND_EXECUTE_CALLBACK_FROM_ISR, pdFAIL);
    vTaskResume(daemon);
    /* Neither refused command ever happens. */
    vTaskDelay(30);
    CHECK(!xTimerIsTimerActive(isr_timer));
    CHECK_EQ(fired, 0);
    CHECK_EQ(pended_calls, 0);
    /* With room again the interrupt gets in. */
    isr_command_runs(tmrCOMMAND_START_FROM_ISR);
    CHECK(xTimerIsTimerActive(isr_timer));
    (void)test_irq_install(NULL);
    destroy(isr_timer);
}

/* ---- Bad arguments ---- */

static void bad_arguments_are_rejected(void)
{
    TimerHandle_t t;
    BaseType_t woken = pdFALSE;

    begin();
    CHECK(xTimerCreate("zero", 0, pdFALSE, NULL, record) == NULL);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    {
        StaticTimer_t *buffer = NULL;
        CHECK(xTimerCreateStatic("zero", 0, pdFALSE, NULL, record, &static_timer) == NULL);
        CHECK(xTimerCreateStatic("null", 10, pdFALSE, NULL, record, NULL) == NULL);
        CHECK_EQ(xTimerGetStaticBuffer(NULL, &buffer), pdFALSE);
    }
#endif
    CHECK_EQ(xTimerStart(NULL, 0), pdFAIL);
    CHECK_EQ(xTimerStop(NULL, 0), pdFAIL);
    CHECK_EQ(xTimerReset(NULL, 0), pdFAIL);
    CHECK_EQ(xTimerChangePeriod(NULL, 10, 0), pdFAIL);
    CHECK_EQ(xTimerDelete(NULL, 0), pdFAIL);
    CHECK_EQ(xTimerStartFromISR(NULL, &woken), pdFAIL);
    CHECK_EQ(xTimerPendFunctionCallFromISR(NULL, NULL, 0, &woken), pdFAIL);
    CHECK_EQ(woken, pdFALSE);
    CHECK_EQ(xTimerPendFunctionCall(NULL, NULL, 0, 0), pdFAIL);
    CHECK(pvTimerGetTimerID(NULL) == NULL);
    vTimerSetTimerID(NULL, &ids[0]);
    CHECK(pcTimerGetName(NULL) == NULL);
    CHECK_EQ(xTimerIsTimerActive(NULL), pdFALSE);
    CHECK_EQ(xTimerGetPeriod(NULL), 0);
    CHECK_EQ(xTimerGetExpiryTime(NULL), 0);
    CHECK_EQ(xTimerGetReloadMode(NULL), pdFALSE);
    vTimerSetReloadMode(NULL, pdTRUE);

    t = make("bad", 10, pdFALSE);
    /* A zero period and unknown commands are refused; the timer is untouched. */
    CHECK_EQ(xTimerChangePeriod(t, 0, 0), pdFAIL);
    CHECK_EQ(xTimerGetPeriod(t), 10);
    CHECK_EQ(xTimerGenericCommandFromTask(t, 42, 0, NULL, 0), pdFAIL);
    CHECK_EQ(xTimerGenericCommandFromTask(t, tmrCOMMAND_EXECUTE_CALLBACK, 0, NULL, 0), pdFAIL);
    CHECK(!xTimerIsTimerActive(t));
    vTaskDelay(20);
    CHECK_EQ(fired, 0);
    destroy(t);
}

#if (configUSE_DAEMON_TASK_STARTUP_HOOK == 1)
static volatile UBaseType_t hook_calls;
static volatile TaskHandle_t hook_task;
static volatile TickType_t hook_tick;

void vApplicationDaemonTaskStartupHook(void)
{
    hook_calls++;
    hook_task = xTaskGetCurrentTaskHandle();
    hook_tick = xTaskGetTickCount();
}

static void daemon_runs_the_startup_hook_once(void)
{
    TimerHandle_t t;

    begin();
    /* The hook ran once for every start of the scheduler, in the daemon, first thing. */
    CHECK_EQ(hook_calls, scenarios);
    CHECK(hook_task == xTimerGetTimerDaemonTaskHandle());
    CHECK_EQ(hook_tick, (TickType_t)configINITIAL_TICK_COUNT);
    t = make("hooked", 5, pdFALSE);
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    vTaskDelay(10);
    CHECK_EQ(fired, 1);
    CHECK_EQ(hook_calls, scenarios);
    destroy(t);
}
#endif

static void long_period_expires_a_whole_counter_turn_later(void)
{
    TimerHandle_t t;
    TickType_t start;

    begin();
    t = make("long", portMAX_DELAY, pdFALSE);
    start = xTaskGetTickCount();
    CHECK_EQ(xTimerStart(t, 0), pdPASS);
    CHECK_EQ(xTimerGetExpiryTime(t), (TickType_t)(start + portMAX_DELAY));
    vTaskDelay(100);
    CHECK_EQ(fired, 0);
    CHECK(xTimerIsTimerActive(t));
    destroy(t);
}

int main(void)
{
    RUN_TEST(auto_reload_timer_fires_exactly_every_period);
    RUN_TEST(one_shot_timer_fires_once_then_goes_dormant);
    RUN_TEST(timers_due_on_the_same_tick_fire_in_start_order);
    RUN_TEST(restarting_moves_the_expiry_and_keeps_the_order_of_equals);
    RUN_TEST(reset_pushes_the_expiry_back);
    RUN_TEST(stop_prevents_the_expiry);
    RUN_TEST(change_period_restarts_from_the_call);
    RUN_TEST(reload_mode_can_be_switched);
    RUN_TEST(deleted_timer_never_fires_again);
    RUN_TEST(timer_may_delete_itself_from_its_callback);
    RUN_TEST(identity_and_daemon_handle);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    RUN_TEST(static_timer_runs_in_caller_memory);
#endif
    RUN_TEST(commands_from_an_interrupt);
    RUN_TEST(pend_function_call_runs_in_the_daemon_in_order);
    RUN_TEST(starved_daemon_catches_up_without_drift);
    RUN_TEST(missed_expiries_of_several_timers_fire_in_time_order);
    RUN_TEST(start_time_in_the_past_fires_missed_periods);
    RUN_TEST(full_command_queue_fails_or_waits);
    RUN_TEST(waiting_senders_get_room_by_priority_and_order_holds_round_the_queue);
    RUN_TEST(full_command_queue_refuses_an_interrupt);
    RUN_TEST(bad_arguments_are_rejected);
#if (configUSE_DAEMON_TASK_STARTUP_HOOK == 1)
    RUN_TEST(daemon_runs_the_startup_hook_once);
#endif
    RUN_TEST(long_period_expires_a_whole_counter_turn_later);
    return test_summary();
}
