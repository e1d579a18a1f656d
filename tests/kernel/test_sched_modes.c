/*
 * test_sched_modes.c - scheduling that depends on the configuration: built against the
 * cooperative (configUSE_PREEMPTION 0) and no-time-slicing (configUSE_TIME_SLICING 0)
 * kernel variants, it checks what each promises; against the default kernel, the
 * preemptive time-sliced behaviour.
 */
#include "harness.h"

static volatile UBaseType_t a_count;
static volatile UBaseType_t ran;


static void mark_and_exit(void *arg)
{
    (void)arg;
    ran++;
    vTaskDelete(NULL);
}

#if (configUSE_PREEMPTION == 0)

static void a_higher_priority_task_waits_for_a_yield(void)
{
    ran = 0;
    test_task(mark_and_exit, "hi", TEST_PRIORITY + 1, NULL);
    CHECK_EQ(ran, 0); /* no preemption, even by a higher priority */
    taskYIELD();
    CHECK_EQ(ran, 1);
}

static void busy_until(void *arg)
{
    TickType_t until = *(TickType_t *)arg;
    while ((TickType_t)(until - xTaskGetTickCount()) <= 1000U && xTaskGetTickCount() != until)
    {
        a_count++;
    }
    ran++;
    vTaskDelete(NULL);
}

static void the_tick_does_not_preempt_a_busy_task(void)
{
    static TickType_t until;
    TickType_t start = xTaskGetTickCount();

    ran = 0;
    until = start + 20;
    test_task(busy_until, "busy", TEST_PRIORITY - 1, &until);
    /* Our 5-tick delay ends while the busy task computes; we only get the CPU back when
     * it gives it up, 20 ticks in. */
    vTaskDelay(5);
    CHECK_EQ(ran, 1);
    CHECK(ticks_since(start) >= 20U);
}

#else

static volatile int stop;
static volatile UBaseType_t b_count;

static void spin(void *arg)
{
    volatile UBaseType_t *mine = arg;
    while (!stop)
    {
        (*mine)++;
    }
    vTaskDelete(NULL);
}

static void equal_busy_tasks(void)
{
    a_count = 0;
    b_count = 0;
    stop = 0;
    test_task(spin, "a", TEST_PRIORITY - 1, (void *)&a_count);
    test_task(spin, "b", TEST_PRIORITY - 1, (void *)&b_count);
    vTaskDelay(20);
}

#if (configUSE_TIME_SLICING == 0)
static void ticks_do_not_rotate_equal_priority_tasks(void)
{
    equal_busy_tasks();
    /* Only the first ran: nothing made it give way until we woke. */
    CHECK(a_count > 0U);
    CHECK_EQ(b_count, 0);
    stop = 1;
    vTaskDelay(2);
}
#else
static void ticks_rotate_equal_priority_tasks(void)
{
    equal_busy_tasks();
    CHECK(a_count > 0U);
    CHECK(b_count > 0U);
    stop = 1;
    vTaskDelay(2);
}
#endif

static void a_higher_priority_task_preempts_at_once(void)
{
    ran = 0;
    test_task(mark_and_exit, "hi", TEST_PRIORITY + 1, NULL);
    CHECK_EQ(ran, 1);
}

#endif

int main(void)
{
#if (configUSE_PREEMPTION == 0)
    RUN_TEST(a_higher_priority_task_waits_for_a_yield);
    RUN_TEST(the_tick_does_not_preempt_a_busy_task);
#else
#if (configUSE_TIME_SLICING == 0)
    RUN_TEST(ticks_do_not_rotate_equal_priority_tasks);
#else
    RUN_TEST(ticks_rotate_equal_priority_tasks);
#endif
    RUN_TEST(a_higher_priority_task_preempts_at_once);
#endif
    return test_summary();
}
