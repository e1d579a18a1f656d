/*
 * harness.h - the kernel scenario test harness. A test binary runs scenarios one after
 * another; each scenario is a function run by a controller task on a freshly started
 * scheduler, which ends (vTaskEndScheduler) when the function returns. Uses only the
 * FreeRTOS API, printf and exit, so the same tests run on the simulator and on QEMU.
 */
#ifndef TERN_TEST_HARNESS_H
#define TERN_TEST_HARNESS_H

#include "FreeRTOS.h"
#include "task.h"

/* Priority of the controller task that runs each scenario. */
#define TEST_PRIORITY (configMAX_PRIORITIES - 2)

/* Stack for tasks a scenario creates. */
#define TEST_STACK (configMINIMAL_STACK_SIZE * 2)

typedef void (*test_fn)(void);

/* Runs one scenario and reports it. */
void test_run(const char *name, test_fn fn);
#define RUN_TEST(fn) test_run(#fn, fn)

/* Runs fn directly, without starting the scheduler (for code that needs none, such as the
 * heaps), and reports it. */
void test_run_plain(const char *name, test_fn fn);
#define RUN_PLAIN_TEST(fn) test_run_plain(#fn, fn)

/* Prints the summary; returns the exit status for main (0: all passed). */
int test_summary(void);

/* Records a failure and ends the scenario at once (from any task). */
void test_fail(const char *file, int line, const char *what);

#define CHECK(cond)                                                                                \
    do                                                                                             \
    {                                                                                              \
        if (!(cond))                                                                               \
        {                                                                                          \
            test_fail(__FILE__, __LINE__, #cond);                                                  \
        }                                                                                          \
    } while (0)

/* Integer comparison that prints both values. */
void test_check_eq(const char *file, int line, const char *what, long long got, long long want);
#define CHECK_EQ(got, want)                                                                        \
    test_check_eq(__FILE__, __LINE__, #got " == " #want, (long long)(got), (long long)(want))

/* What the harness's hooks saw during the current scenario. */
extern volatile UBaseType_t test_stack_overflows;
extern volatile TaskHandle_t test_stack_overflow_task;
extern volatile UBaseType_t test_malloc_failures;

/* Ticks from t0 to now, right across a wrap of the tick counter (of any width). */
static inline TickType_t ticks_since(TickType_t t0)
{
    return (TickType_t)(xTaskGetTickCount() - t0);
}

/* Creates a task with TEST_STACK and checks that it worked. */
TaskHandle_t test_task(TaskFunction_t fn, const char *name, UBaseType_t priority, void *arg);

/* Blocks the caller until 'count' reaches 'want' or 'ticks' pass; returns pdTRUE if met. */
BaseType_t test_wait_for(volatile UBaseType_t *count, UBaseType_t want, TickType_t ticks);

#endif /* TERN_TEST_HARNESS_H */
