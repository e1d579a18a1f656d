/*
 * harness.c - runs kernel scenarios (see harness.h), checks that each leaves no task and
 * no heap memory behind, and provides the application hooks the kernel calls.
 */
#include "harness.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

volatile UBaseType_t test_stack_overflows;
volatile TaskHandle_t test_stack_overflow_task;
volatile UBaseType_t test_malloc_failures;

static unsigned passed;
static unsigned failed;
static volatile int scenario_failed;
static const char *scenario_name;

struct controller_arg
{
    test_fn fn;
};

static void controller(void *arg)
{
    test_fn fn = ((struct controller_arg *)arg)->fn;
    fn();
    vTaskEndScheduler();
}

void test_fail(const char *file, int line, const char *what)
{
    if (!scenario_failed)
    {
        printf("  failed: %s:%d: %s\n", file, line, what);
    }
    scenario_failed = 1;
    if (xTaskGetSchedulerState() != taskSCHEDULER_NOT_STARTED)
    {
        vTaskEndScheduler();
    }
}

void test_check_eq(const char *file, int line, const char *what, long long got, long long want)
{
    if (got != want)
    {
        char text[256];
        /* As two 32-bit halves when needed: newlib-nano's printf has no %lld. */
        if (got >= LONG_MIN && got <= LONG_MAX && want >= LONG_MIN && want <= LONG_MAX)
        {
            (void)snprintf(text, sizeof text, "%s (got %ld, want %ld)", what, (long)got,
                           (long)want);
        }
        else
        {
            (void)snprintf(text, sizeof text, "%s (got 0x%08lx%08lx, want 0x%08lx%08lx)", what,
                           (unsigned long)((unsigned long long)got >> 32),
                           (unsigned long)((unsigned long long)got & 0xffffffffUL),
                           (unsigned long)((unsigned long long)want >> 32),
                           (unsigned long)((unsigned long long)want & 0xffffffffUL));
        }
        test_fail(file, line, text);
    }
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
TaskHandle_t test_task(TaskFunction_t fn, const char *name, UBaseType_t priority, void *arg)
{
    TaskHandle_t handle = NULL;
    if (xTaskCreate(fn, name, TEST_STACK, arg, priority, &handle) != pdPASS)
    {
        test_fail(__FILE__, __LINE__, "xTaskCreate failed");
    }
    return handle;
}
#endif

/* The controller task, from the heap, or from static memory when there is none. */
static BaseType_t create_controller(struct controller_arg *arg)
{
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    return xTaskCreate(controller, "test", TEST_STACK, arg, TEST_PRIORITY, NULL);
#else
    static StackType_t stack[TEST_STACK];
    static StaticTask_t tcb;
    return xTaskCreateStatic(controller, "test", TEST_STACK, arg, TEST_PRIORITY, stack, &tcb) != NULL
               ? pdPASS
               : pdFAIL;
#endif
}

static size_t heap_free(void)
{
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    return xPortGetFreeHeapSize();
#else
    return 0;
#endif
}

BaseType_t test_wait_for(volatile UBaseType_t *count, UBaseType_t want, TickType_t ticks)
{
    TickType_t start = xTaskGetTickCount();
    while (*count < want)
    {
        if ((TickType_t)(xTaskGetTickCount() - start) >= ticks)
        {
            return pdFALSE;
        }
        vTaskDelay(1);
    }
    return pdTRUE;
}

static void report(const char *name)
{
    if (scenario_failed)
    {
        failed++;
        printf("[ FAIL ] %s\n", name);
    }
    else
    {
        passed++;
        printf("[   OK ] %s\n", name);
    }
}

void test_run_plain(const char *name, test_fn fn)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    scenario_name = name;
    scenario_failed = 0;
    test_malloc_failures = 0;
    printf("[ RUN  ] %s\n", name);
    fn();
    report(name);
}

void test_run(const char *name, test_fn fn)
{
    static struct controller_arg arg;
    size_t heap_before;

    /* Line by line, so that a hung or crashed scenario still shows how far it got. */
    static int buffering_set;
    if (!buffering_set)
    {
        setvbuf(stdout, NULL, _IOLBF, 0);
        buffering_set = 1;
    }
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    /* Make sure the heap has initialised itself before measuring it. */
    vPortFree(pvPortMalloc(16));
#endif
    heap_before = heap_free();

    scenario_name = name;
    scenario_failed = 0;
    test_stack_overflows = 0;
    test_stack_overflow_task = NULL;
    test_malloc_failures = 0;
    printf("[ RUN  ] %s\n", name);
    arg.fn = fn;
    if (create_controller(&arg) != pdPASS)
    {
        printf("  failed: cannot create the controller task\n");
        scenario_failed = 1;
    }
    else
    {
        vTaskStartScheduler();
    }
    if (!scenario_failed && uxTaskGetNumberOfTasks() != 0U)
    {
        printf("  failed: %u tasks left after the scheduler ended\n",
               (unsigned)uxTaskGetNumberOfTasks());
        scenario_failed = 1;
    }
    if (!scenario_failed && heap_free() != heap_before)
    {
        printf("  failed: heap leak: %ld bytes not returned\n",
               (long)heap_before - (long)heap_free());
        scenario_failed = 1;
    }
    report(name);
}

int test_summary(void)
{
    printf("%u passed, %u failed\n", passed, failed);
    return failed == 0U ? 0 : 1;
}

/* ---- Hooks ---- */

void vAssertCalled(const char *file, int line)
{
    printf("  assertion failed at %s:%d in scenario %s\n", file, line,
           scenario_name != NULL ? scenario_name : "(none)");
    fflush(stdout);
    /* At once: no exit handlers, no leak checks of a process in an unknown state. */
    _Exit(2);
}

#if (configCHECK_FOR_STACK_OVERFLOW > 0)
void vApplicationStackOverflowHook(TaskHandle_t xTask, char *pcTaskName)
{
    (void)pcTaskName;
    test_stack_overflows++;
    test_stack_overflow_task = xTask;
}
#endif

#if (configUSE_MALLOC_FAILED_HOOK == 1)
void vApplicationMallocFailedHook(void)
{
    test_malloc_failures++;
}
#endif
