/*
 * test_tasks.c - tasks and the scheduler: priority order, preemption, round robin,
 * delays, suspension, deletion, task information and application data, timeouts,
 * scheduler suspension, static creation, stack-overflow and malloc-failed hooks, and bad
 * arguments. Public API only; runs in virtual time on the simulator.
 */
#include <string.h>

#include "harness.h"

#define LOW  (TEST_PRIORITY - 2)
#define MID  (TEST_PRIORITY - 1)
#define HIGH (TEST_PRIORITY + 1)

static volatile UBaseType_t counter;
static volatile UBaseType_t order[8];
static volatile UBaseType_t order_len;
static volatile int stop;

static void bump_and_exit(void *arg)
{
    (void)arg;
    counter++;
    vTaskDelete(NULL);
}

static void record_and_exit(void *arg)
{
    order[order_len++] = (UBaseType_t)(uintptr_t)arg;
    vTaskDelete(NULL);
}

static void spin_counting(void *arg)
{
    volatile UBaseType_t *mine = arg;
    while (!stop)
    {
        (*mine)++;
    }
    vTaskDelete(NULL);
}

static void higher_priority_task_runs_at_once(void)
{
    counter = 0;
    test_task(bump_and_exit, "hi", HIGH, NULL);
    CHECK_EQ(counter, 1);
}

static void lower_priority_task_waits_for_the_higher_to_block(void)
{
    counter = 0;
    test_task(bump_and_exit, "lo", LOW, NULL);
    CHECK_EQ(counter, 0);
    vTaskDelay(1);
    CHECK_EQ(counter, 1);
}

static void ready_tasks_run_in_priority_order(void)
{
    order_len = 0;
    test_task(record_and_exit, "p1", LOW - 1, (void *)(uintptr_t)1);
    test_task(record_and_exit, "p3", MID, (void *)(uintptr_t)3);
    test_task(record_and_exit, "p2", LOW, (void *)(uintptr_t)2);
    vTaskDelay(2);
    CHECK_EQ(order_len, 3);
    CHECK_EQ(order[0], 3);
    CHECK_EQ(order[1], 2);
    CHECK_EQ(order[2], 1);
}

static void yield_and_record(void *arg)
{
    int i;
    for (i = 0; i < 3; i++)
    {
        order[order_len++] = (UBaseType_t)(uintptr_t)arg;
        taskYIELD();
    }
    vTaskDelete(NULL);
}

static void equal_priority_tasks_take_turns_on_yield(void)
{
    order_len = 0;
    test_task(yield_and_record, "a", LOW, (void *)(uintptr_t)1);
    test_task(yield_and_record, "b", LOW, (void *)(uintptr_t)2);
    vTaskDelay(5);
    CHECK_EQ(order_len, 6);
    CHECK_EQ(order[0], 1);
    CHECK_EQ(order[1], 2);
    CHECK_EQ(order[2], 1);
    CHECK_EQ(order[3], 2);
    CHECK_EQ(order[4], 1);
    CHECK_EQ(order[5], 2);
}

static void time_slicing_shares_the_cpu_between_busy_equals(void)
{
    static volatile UBaseType_t a_count;
    static volatile UBaseType_t b_count;
    a_count = 0;
    b_count = 0;
    stop = 0;
    test_task(spin_counting, "a", LOW, (void *)&a_count);
    test_task(spin_counting, "b", LOW, (void *)&b_count);
    /* Time passes while they compute: the tick makes them alternate. */
    vTaskDelay(20);
    stop = 1;
    CHECK(a_count > 0U);
    CHECK(b_count > 0U);
    vTaskDelay(2); /* let both see stop and exit */
}

static void delay_blocks_for_exactly_the_given_ticks(void)
{
    TickType_t before = xTaskGetTickCount();
    vTaskDelay(10);
    CHECK_EQ(ticks_since(before), 10);
    before = xTaskGetTickCount();
    vTaskDelay(0); /* only yields */
    CHECK_EQ(ticks_since(before), 0);
}

static void periodic(void *arg)
{
    TickType_t *wakes = arg;
    TickType_t last = xTaskGetTickCount();
    int i;
    wakes[0] = last;
    for (i = 1; i <= 20; i++)
    {
        volatile int work;
        for (work = 0; work < 1000; work++)
        {
        }
        CHECK(xTaskDelayUntil(&last, 7) == pdTRUE);
        wakes[i] = xTaskGetTickCount();
    }
    counter = 1;
    vTaskDelete(NULL);
}

static void delay_until_keeps_a_period_without_drift(void)
{
    static TickType_t wakes[21];
    TickType_t past;
    int i;

    counter = 0;
    test_task(periodic, "periodic", MID, wakes);
    CHECK(test_wait_for(&counter, 1, 200));
    for (i = 1; i <= 20; i++)
    {
        CHECK_EQ((TickType_t)(wakes[i] - wakes[0]), 7 * i);
    }
    /* A wake time already passed: no block, pdFALSE, the reference still advances. */
    past = xTaskGetTickCount() - 10;
    CHECK(xTaskDelayUntil(&past, 5) == pdFALSE);
    CHECK_EQ(ticks_since(past), 5);
}

static volatile TickType_t woke_at;

static void long_sleeper(void *arg)
{
    (void)arg;
    vTaskDelay(1000);
    woke_at = xTaskGetTickCount();
    counter = 1;
    vTaskDelete(NULL);
}

static void abort_delay_wakes_a_delayed_task(void)
{
    TaskHandle_t t;
    TickType_t start = xTaskGetTickCount();

    counter = 0;
    t = test_task(long_sleeper, "sleeper", MID, NULL);
    vTaskDelay(5);
    CHECK_EQ(eTaskGetState(t), eBlocked);
    CHECK(xTaskAbortDelay(t) == pdPASS);
    vTaskDelay(1);
    CHECK_EQ(counter, 1);
    CHECK_EQ((TickType_t)(woke_at - start), 5);
    /* Not blocked (deleted meanwhile is not checked; use ourselves): pdFAIL. */
    CHECK(xTaskAbortDelay(xTaskGetCurrentTaskHandle()) == pdFAIL);
}

static void suspend_and_resume_a_ready_task(void)
{
    static volatile UBaseType_t runs;
    TaskHandle_t t;
    UBaseType_t seen;

    runs = 0;
    stop = 0;
    t = test_task(spin_counting, "spin", LOW, (void *)&runs);
    vTaskSuspend(t);
    CHECK_EQ(eTaskGetState(t), eSuspended);
    vTaskDelay(5);
    CHECK_EQ(runs, 0);
    vTaskResume(t);
    CHECK_EQ(eTaskGetState(t), eReady);
    vTaskDelay(5);
    seen = runs;
    CHECK(seen > 0U);
    stop = 1;
    vTaskDelay(2);
}

static void suspending_a_delayed_task_cancels_its_timeout(void)
{
    TaskHandle_t t;

    counter = 0;
    t = test_task(long_sleeper, "sleeper", MID, NULL);
    vTaskDelay(2);
    vTaskSuspend(t);
    CHECK_EQ(eTaskGetState(t), eSuspended);
    vTaskDelay(1200);
    CHECK_EQ(counter, 0); /* its delay expired while suspended: nothing happened */
    vTaskResume(t);
    vTaskDelay(1);
    CHECK_EQ(counter, 1); /* resumed: carries on from where the delay was */
}

static void deleting_another_task_returns_its_memory(void)
{
    size_t before = xPortGetFreeHeapSize();
    TaskHandle_t t = test_task(long_sleeper, "victim", LOW, NULL);

    CHECK(xPortGetFreeHeapSize() < before);
    vTaskDelete(t);
    CHECK_EQ(xPortGetFreeHeapSize(), before);
}

static void a_task_deleting_itself_is_freed_by_the_idle_task(void)
{
    size_t before = xPortGetFreeHeapSize();
    UBaseType_t tasks = uxTaskGetNumberOfTasks();

    TaskHandle_t t;

    counter = 0;
    t = test_task(bump_and_exit, "self", HIGH, NULL);
    CHECK_EQ(counter, 1);
    /* Deleted, but counted and listed until the idle task frees it, as in FreeRTOS. */
    CHECK_EQ(uxTaskGetNumberOfTasks(), tasks + 1U);
    CHECK_EQ(eTaskGetState(t), eDeleted);
    vTaskDelay(2); /* the idle task runs and frees it */
    CHECK_EQ(uxTaskGetNumberOfTasks(), tasks);
    CHECK_EQ(xPortGetFreeHeapSize(), before);
}

static void task_information_is_reported(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();
    TaskHandle_t sleeper;
    TaskHandle_t spinner;
    TaskStatus_t status[8];
    TaskStatus_t info;
    configRUN_TIME_COUNTER_TYPE total = 0;
    static char text[1024];
    static volatile UBaseType_t spins;
    UBaseType_t n;
    UBaseType_t i;
    int found = 0;
    UBaseType_t kernel_tasks = uxTaskGetNumberOfTasks() - 1U; /* idle (and timer daemon) */

    counter = 0;
    stop = 0;
    sleeper = test_task(long_sleeper, "sleeper", MID, NULL);
    spinner = test_task(spin_counting, "spinner", LOW, (void *)&spins);
    vTaskDelay(3);

    CHECK(strcmp(pcTaskGetName(NULL), "test") == 0);
    CHECK(strcmp(pcTaskGetName(sleeper), "sleeper") == 0);
    CHECK(xTaskGetHandle("sleeper") == sleeper);
    CHECK(xTaskGetHandle("nobody") == NULL);
    CHECK(strcmp(pcTaskGetName(xTaskGetIdleTaskHandle()), configIDLE_TASK_NAME) == 0);
    CHECK_EQ(uxTaskGetNumberOfTasks(), 3 + kernel_tasks); /* test, sleeper, spinner */
    CHECK_EQ(eTaskGetState(self), eRunning);
    CHECK_EQ(eTaskGetState(sleeper), eBlocked);
    CHECK_EQ(eTaskGetState(spinner), eReady);
    CHECK_EQ(uxTaskPriorityGet(sleeper), MID);
    CHECK_EQ(uxTaskPriorityGet(NULL), TEST_PRIORITY);
    CHECK_EQ(uxTaskBasePriorityGet(sleeper), MID);

    vTaskGetInfo(sleeper, &info, pdTRUE, eInvalid);
    CHECK(info.xHandle == sleeper);
    CHECK(strcmp(info.pcTaskName, "sleeper") == 0);
    CHECK_EQ(info.eCurrentState, eBlocked);
    CHECK_EQ(info.uxCurrentPriority, MID);
    CHECK(info.usStackHighWaterMark > 0U && info.usStackHighWaterMark < TEST_STACK);

    CHECK_EQ(uxTaskGetSystemState(status, 2, NULL), 0); /* too small */
    n = uxTaskGetSystemState(status, 8, &total);
    CHECK_EQ(n, 3 + kernel_tasks);
    for (i = 0; i < n; i++)
    {
        if (status[i].xHandle == self)
        {
            CHECK_EQ(status[i].eCurrentState, eRunning);
            found++;
        }
        if (status[i].xHandle == spinner)
        {
            CHECK(status[i].ulRunTimeCounter > 0U);
            found++;
        }
    }
    CHECK_EQ(found, 2);
    CHECK(uxTaskGetStackHighWaterMark(NULL) > 0U);
    CHECK_EQ(uxTaskGetStackHighWaterMark2(NULL), uxTaskGetStackHighWaterMark(NULL));

    vTaskListTasks(text, sizeof text);
    CHECK(strstr(text, "sleeper") != NULL);
    CHECK(strstr(text, "\tB\t") != NULL);
    CHECK(strstr(text, "\tX\t") != NULL);
    CHECK(strstr(text, configIDLE_TASK_NAME) != NULL);
    vTaskListTasks(text, 10); /* truncated, still terminated */
    CHECK(strlen(text) == 9U);
    vTaskGetRunTimeStatistics(text, sizeof text);
    CHECK(strstr(text, "spinner") != NULL);
    CHECK(ulTaskGetRunTimeCounter(spinner) > 0U);
    CHECK(ulTaskGetRunTimePercent(spinner) <= 100U);

    stop = 1;
    vTaskDelete(sleeper);
    vTaskDelay(2);
}

static void raising_and_lowering_priorities_preempts_as_needed(void)
{
    TaskHandle_t t;

    counter = 0;
    t = test_task(bump_and_exit, "lo", LOW, NULL);
    CHECK_EQ(counter, 0);
    vTaskPrioritySet(t, HIGH); /* now outranks us: runs at once */
    CHECK_EQ(counter, 1);

    counter = 0;
    t = test_task(bump_and_exit, "mid", MID, NULL);
    CHECK_EQ(counter, 0);
    vTaskPrioritySet(NULL, LOW); /* we drop below it */
    CHECK_EQ(counter, 1);
    vTaskPrioritySet(NULL, TEST_PRIORITY);
    CHECK_EQ(uxTaskPriorityGet(NULL), TEST_PRIORITY);
    (void)t;
}

static BaseType_t tag_hook(void *arg)
{
    return (BaseType_t)(uintptr_t)arg + 1;
}

static void tags_and_thread_local_storage_are_per_task(void)
{
    TaskHandle_t other;
    int a = 1;
    int b = 2;

    counter = 0;
    other = test_task(long_sleeper, "other", MID, NULL);
    CHECK(xTaskCallApplicationTaskHook(NULL, NULL) == pdFAIL); /* no tag yet */
    vTaskSetApplicationTaskTag(NULL, tag_hook);
    CHECK(xTaskGetApplicationTaskTag(NULL) == tag_hook);
    CHECK(xTaskGetApplicationTaskTagFromISR(NULL) == tag_hook);
    CHECK(xTaskGetApplicationTaskTag(other) == NULL);
    CHECK_EQ(xTaskCallApplicationTaskHook(NULL, (void *)(uintptr_t)41), 42);

    vTaskSetThreadLocalStoragePointer(NULL, 0, &a);
    vTaskSetThreadLocalStoragePointer(other, 0, &b);
    vTaskSetThreadLocalStoragePointer(NULL, configNUM_THREAD_LOCAL_STORAGE_POINTERS, &b);
    vTaskSetThreadLocalStoragePointer(NULL, -1, &b);
    CHECK(pvTaskGetThreadLocalStoragePointer(NULL, 0) == &a);
    CHECK(pvTaskGetThreadLocalStoragePointer(other, 0) == &b);
    CHECK(pvTaskGetThreadLocalStoragePointer(NULL, 1) == NULL);
    CHECK(pvTaskGetThreadLocalStoragePointer(NULL, configNUM_THREAD_LOCAL_STORAGE_POINTERS) == NULL);
    vTaskSetApplicationTaskTag(NULL, NULL);
    vTaskDelete(other);
}

static void timeouts_count_down_and_expire(void)
{
    TimeOut_t timeout;
    TickType_t remaining = 10;
    TickType_t forever = portMAX_DELAY;

    vTaskSetTimeOutState(&timeout);
    vTaskDelay(4);
    CHECK(xTaskCheckForTimeOut(&timeout, &remaining) == pdFALSE);
    CHECK_EQ(remaining, 6);
    vTaskDelay(6);
    CHECK(xTaskCheckForTimeOut(&timeout, &remaining) == pdTRUE);
    CHECK_EQ(remaining, 0);
    vTaskSetTimeOutState(&timeout);
    vTaskDelay(100);
    CHECK(xTaskCheckForTimeOut(&timeout, &forever) == pdFALSE);
    CHECK_EQ(forever, portMAX_DELAY);
}

static void suspending_the_scheduler_defers_switches(void)
{
    counter = 0;
    CHECK_EQ(xTaskGetSchedulerState(), taskSCHEDULER_RUNNING);
    vTaskSuspendAll();
    CHECK_EQ(xTaskGetSchedulerState(), taskSCHEDULER_SUSPENDED);
    vTaskSuspendAll(); /* nests */
    test_task(bump_and_exit, "hi", HIGH, NULL);
    CHECK_EQ(counter, 0);
    CHECK(xTaskResumeAll() == pdFALSE);
    CHECK_EQ(counter, 0);
    CHECK(xTaskResumeAll() == pdTRUE); /* the higher-priority task ran */
    CHECK_EQ(counter, 1);
}

static void caught_up_ticks_wake_delayed_tasks(void)
{
    TickType_t before;

    counter = 0;
    test_task(long_sleeper, "sleeper", HIGH, NULL);
    before = xTaskGetTickCount();
    /* As if the tick had been off for 1000 ticks: the sleeper's delay ends. */
    CHECK(xTaskCatchUpTicks(1000) == pdTRUE);
    CHECK_EQ(counter, 1);
    /* At least the 1000 caught up; on hardware a real tick may also have come meanwhile. */
    CHECK(ticks_since(before) >= 1000U && ticks_since(before) <= 1002U);
}

static StackType_t static_stack[TEST_STACK];
static StaticTask_t static_tcb;

static void statically_created_tasks_use_the_callers_memory(void)
{
    size_t before = xPortGetFreeHeapSize();
    StackType_t *stack = NULL;
    StaticTask_t *tcb = NULL;
    TaskHandle_t t;

    counter = 0;
    t = xTaskCreateStatic(long_sleeper, "static", TEST_STACK, NULL, MID, static_stack, &static_tcb);
    CHECK(t != NULL);
    CHECK_EQ(xPortGetFreeHeapSize(), before);
    CHECK(xTaskGetStaticBuffers(t, &stack, &tcb) == pdTRUE);
    CHECK(stack == static_stack);
    CHECK(tcb == &static_tcb);
    CHECK(xTaskGetStaticBuffers(xTaskGetCurrentTaskHandle(), &stack, &tcb) == pdFALSE);
    vTaskDelete(t);
    CHECK_EQ(xPortGetFreeHeapSize(), before);
}

static void scribble_on_stack_bottom(void *arg)
{
    (void)arg;
    /* What an overflow does: the lowest words, still holding the fill pattern, change. */
    static_stack[0] = 0;
    static_stack[1] = 0;
    taskYIELD();
    for (;;)
    {
        vTaskDelay(1);
    }
}

static void stack_overflow_hook_names_the_task(void)
{
    TaskHandle_t t;

    t = xTaskCreateStatic(scribble_on_stack_bottom, "scribbler", TEST_STACK, NULL, MID,
                          static_stack, &static_tcb);
    vTaskDelay(2);
    CHECK(test_stack_overflows > 0U);
    CHECK(test_stack_overflow_task == t);
    vTaskDelete(t);
}

static void heap_exhaustion_calls_the_malloc_failed_hook(void)
{
    TaskHandle_t t = NULL;

    CHECK(pvPortMalloc(configTOTAL_HEAP_SIZE * 2U) == NULL);
    CHECK_EQ(test_malloc_failures, 1);
    CHECK_EQ(xTaskCreate(bump_and_exit, "huge", (configSTACK_DEPTH_TYPE)(configTOTAL_HEAP_SIZE),
                         NULL, LOW, &t),
             errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY);
    CHECK(t == NULL);
    CHECK_EQ(test_malloc_failures, 2);
}

static void bad_arguments_return_errors(void)
{
    TaskHandle_t t = NULL;
    TimeOut_t timeout;
    TickType_t ticks = 5;

    CHECK_EQ(xTaskCreate(NULL, "x", TEST_STACK, NULL, LOW, &t), pdFAIL);
    CHECK_EQ(xTaskCreate(bump_and_exit, "x", 0, NULL, LOW, &t), pdFAIL);
    CHECK(t == NULL);
    CHECK(xTaskCreateStatic(bump_and_exit, "x", TEST_STACK, NULL, LOW, NULL, &static_tcb) == NULL);
    CHECK(xTaskCreateStatic(bump_and_exit, "x", TEST_STACK, NULL, LOW, static_stack, NULL) == NULL);
    CHECK(xTaskAbortDelay(NULL) == pdFAIL);
    CHECK(xTaskGetHandle(NULL) == NULL);
    CHECK(xTaskDelayUntil(NULL, 5) == pdFALSE);
    CHECK(xTaskCheckForTimeOut(NULL, &ticks) == pdTRUE);
    CHECK(xTaskCheckForTimeOut(&timeout, NULL) == pdTRUE);
    CHECK(eTaskGetState(NULL) == eInvalid);

    /* Priorities beyond the last are capped, as in FreeRTOS. */
    counter = 0;
    CHECK_EQ(xTaskCreate(bump_and_exit, "capped", TEST_STACK, NULL, configMAX_PRIORITIES + 5, &t),
             pdPASS);
    CHECK_EQ(counter, 1);
    /* A long name is cut to configMAX_TASK_NAME_LEN - 1 characters. */
    t = xTaskCreateStatic(long_sleeper, "a-name-longer-than-sixteen", TEST_STACK, NULL, LOW,
                          static_stack, &static_tcb);
    CHECK_EQ(strlen(pcTaskGetName(t)), configMAX_TASK_NAME_LEN - 1);
    vTaskDelete(t);
}

int main(void)
{
    RUN_TEST(higher_priority_task_runs_at_once);
    RUN_TEST(lower_priority_task_waits_for_the_higher_to_block);
    RUN_TEST(ready_tasks_run_in_priority_order);
    RUN_TEST(equal_priority_tasks_take_turns_on_yield);
    RUN_TEST(time_slicing_shares_the_cpu_between_busy_equals);
    RUN_TEST(delay_blocks_for_exactly_the_given_ticks);
    RUN_TEST(delay_until_keeps_a_period_without_drift);
    RUN_TEST(abort_delay_wakes_a_delayed_task);
    RUN_TEST(suspend_and_resume_a_ready_task);
    RUN_TEST(suspending_a_delayed_task_cancels_its_timeout);
    RUN_TEST(deleting_another_task_returns_its_memory);
    RUN_TEST(a_task_deleting_itself_is_freed_by_the_idle_task);
    RUN_TEST(task_information_is_reported);
    RUN_TEST(raising_and_lowering_priorities_preempts_as_needed);
    RUN_TEST(tags_and_thread_local_storage_are_per_task);
    RUN_TEST(timeouts_count_down_and_expire);
    RUN_TEST(suspending_the_scheduler_defers_switches);
    RUN_TEST(caught_up_ticks_wake_delayed_tasks);
    RUN_TEST(statically_created_tasks_use_the_callers_memory);
    RUN_TEST(stack_overflow_hook_names_the_task);
    RUN_TEST(heap_exhaustion_calls_the_malloc_failed_hook);
    RUN_TEST(bad_arguments_return_errors);
    return test_summary();
}
