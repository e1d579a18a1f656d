/*
 * test_tasks.c - tasks and the scheduler: priorities, round robin, delays, suspension,
 * deletion, task information.
 */
#include "harness.h"

static volatile UBaseType_t counter;

static void bump_and_exit(void *arg)
{
    (void)arg;
    counter++;
    vTaskDelete(NULL);
}

static void higher_priority_task_runs_at_once(void)
{
    counter = 0;
    test_task(bump_and_exit, "hi", TEST_PRIORITY + 1, NULL);
    /* Creating a higher-priority task switched to it before xTaskCreate returned. */
    CHECK_EQ(counter, 1);
}

int main(void)
{
    RUN_TEST(higher_priority_task_runs_at_once);
    return test_summary();
}
