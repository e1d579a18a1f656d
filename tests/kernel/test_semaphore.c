/*
 * test_semaphore.c - binary and counting semaphores: creation (dynamic, static, the old
 * vSemaphoreCreateBinary), give and take with counts and limits, blocking and timeouts,
 * wake order, the ISR forms and their "higher priority task woken" output, abort-delay,
 * deletion with a waiter, and bad arguments. Public API only.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "semphr.h"
#include "test_irq.h"

#define LOW   1U
#define MID   3U
#define HIGH  5U
#define ABOVE (TEST_PRIORITY + 1U)

#define FOREVER portMAX_DELAY

struct taker
{
    SemaphoreHandle_t sem;
    TickType_t ticks;
    UBaseType_t id;
    volatile BaseType_t result;
    volatile TickType_t elapsed;
    volatile int done;
};

static volatile UBaseType_t order[8];
static volatile UBaseType_t order_len;

static void taker_reset(struct taker *t, SemaphoreHandle_t sem, TickType_t ticks, UBaseType_t id)
{
    memset(t, 0, sizeof *t);
    t->sem = sem;
    t->ticks = ticks;
    t->id = id;
    t->result = -1;
}

static void take_task(void *arg)
{
    struct taker *t = arg;
    TickType_t start = xTaskGetTickCount();
    BaseType_t r = xSemaphoreTake(t->sem, t->ticks);
    t->elapsed = (TickType_t)(xTaskGetTickCount() - start);
    t->result = r;
    if (order_len < sizeof order / sizeof order[0])
    {
        order[order_len++] = t->id;
    }
    t->done = 1;
    vTaskDelete(NULL);
}

/* ---- Binary ---- */

static void binary_semaphore_is_created_empty_and_holds_one_give(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateBinary();

    CHECK(s != NULL);
    CHECK_EQ(uxSemaphoreGetCount(s), 0);
    CHECK_EQ(xSemaphoreTake(s, 0), pdFALSE);
    CHECK_EQ(xSemaphoreGive(s), pdTRUE);
    CHECK_EQ(uxSemaphoreGetCount(s), 1);
    CHECK_EQ(xSemaphoreGive(s), pdFALSE); /* already given */
    CHECK_EQ(uxSemaphoreGetCount(s), 1);
    CHECK_EQ(xSemaphoreTake(s, 0), pdTRUE);
    CHECK_EQ(xSemaphoreTake(s, 0), pdFALSE);
    CHECK(xSemaphoreGetMutexHolder(s) == NULL); /* not a mutex */
    vSemaphoreDelete(s);
}

static void old_style_binary_semaphore_is_created_given(void)
{
    SemaphoreHandle_t s = NULL;

    vSemaphoreCreateBinary(s);
    CHECK(s != NULL);
    CHECK_EQ(uxSemaphoreGetCount(s), 1);
    CHECK_EQ(xSemaphoreTake(s, 0), pdTRUE);
    CHECK_EQ(xSemaphoreTake(s, 0), pdFALSE);
    vSemaphoreDelete(s);
}

static void give_wakes_a_higher_priority_taker_at_once(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateBinary();
    static struct taker t;

    CHECK(s != NULL);
    taker_reset(&t, s, FOREVER, 1);
    test_task(take_task, "take", ABOVE, &t);
    CHECK_EQ(t.done, 0);
    CHECK_EQ(xSemaphoreGive(s), pdTRUE);
    CHECK_EQ(t.done, 1);
    CHECK_EQ(t.result, pdTRUE);
    CHECK_EQ(uxSemaphoreGetCount(s), 0);
    vSemaphoreDelete(s);
}

static void take_times_out_after_exactly_the_block_time(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateBinary();
    TickType_t start;

    CHECK(s != NULL);
    start = xTaskGetTickCount();
    CHECK_EQ(xSemaphoreTake(s, 33), pdFALSE);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - start), 33);
    vSemaphoreDelete(s);
}

/* Arrival order L1 H1 L2 M1 H2 L3 (each blocks before the next is created); each give
 * wakes one taker: highest priority first, first come first served among equals. */
static void takers_wake_by_priority_then_arrival(void)
{
    static const UBaseType_t prio[6] = {2, 4, 2, 3, 4, 2};
    static const UBaseType_t want[6] = {2, 5, 4, 1, 3, 6};
    SemaphoreHandle_t s = xSemaphoreCreateCounting(6, 0);
    static struct taker t[6];
    int i;

    CHECK(s != NULL);
    order_len = 0;
    for (i = 0; i < 6; i++)
    {
        taker_reset(&t[i], s, FOREVER, (UBaseType_t)i + 1U);
        test_task(take_task, "take", prio[i], &t[i]);
        vTaskDelay(1);
    }
    CHECK_EQ(order_len, 0);
    for (i = 0; i < 6; i++)
    {
        CHECK_EQ(xSemaphoreGive(s), pdTRUE);
        vTaskDelay(1);
        CHECK_EQ(order_len, (UBaseType_t)i + 1U);
        CHECK_EQ(order[i], want[i]);
    }
    vSemaphoreDelete(s);
}

/* ---- Counting ---- */

static void counting_semaphore_counts_between_zero_and_max(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateCounting(5, 2);
    int i;

    CHECK(s != NULL);
    CHECK_EQ(uxSemaphoreGetCount(s), 2);
    for (i = 0; i < 3; i++)
    {
        CHECK_EQ(xSemaphoreGive(s), pdTRUE);
    }
    CHECK_EQ(uxSemaphoreGetCount(s), 5);
    CHECK_EQ(xSemaphoreGive(s), pdFALSE);
    CHECK_EQ(uxSemaphoreGetCount(s), 5);
    for (i = 0; i < 5; i++)
    {
        CHECK_EQ(xSemaphoreTake(s, 0), pdTRUE);
        CHECK_EQ(uxSemaphoreGetCount(s), (UBaseType_t)(4 - i));
    }
    CHECK_EQ(xSemaphoreTake(s, 0), pdFALSE);
    vSemaphoreDelete(s);
}

static void counting_semaphore_wakes_one_taker_per_give(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateCounting(3, 0);
    static struct taker t[3];
    int i;

    CHECK(s != NULL);
    order_len = 0;
    for (i = 0; i < 3; i++)
    {
        taker_reset(&t[i], s, FOREVER, (UBaseType_t)i + 1U);
        test_task(take_task, "take", MID, &t[i]);
    }
    vTaskDelay(1);
    CHECK_EQ(xSemaphoreGive(s), pdTRUE);
    CHECK_EQ(xSemaphoreGive(s), pdTRUE);
    vTaskDelay(1);
    CHECK_EQ(order_len, 2);
    CHECK_EQ(uxSemaphoreGetCount(s), 0);
    CHECK_EQ(xSemaphoreGive(s), pdTRUE);
    vTaskDelay(1);
    CHECK_EQ(order_len, 3);
    for (i = 0; i < 3; i++)
    {
        CHECK_EQ(t[i].result, pdTRUE);
    }
    vSemaphoreDelete(s);
}

static void counting_semaphore_limits_are_checked(void)
{
    SemaphoreHandle_t s;

    CHECK(xSemaphoreCreateCounting(3, 4) == NULL); /* initial above max */
    CHECK(xSemaphoreCreateCounting(0, 0) == NULL); /* max of zero */
    s = xSemaphoreCreateCounting(1, 1);
    CHECK(s != NULL);
    CHECK_EQ(uxSemaphoreGetCount(s), 1);
    vSemaphoreDelete(s);
}

/* ---- Static creation ---- */

static void static_semaphores_use_only_the_given_memory(void)
{
    static StaticSemaphore_t bin_buf;
    static StaticSemaphore_t cnt_buf;
    size_t heap = xPortGetFreeHeapSize();
    StaticSemaphore_t *got = NULL;
    SemaphoreHandle_t bin = xSemaphoreCreateBinaryStatic(&bin_buf);
    SemaphoreHandle_t cnt = xSemaphoreCreateCountingStatic(4, 3, &cnt_buf);
    SemaphoreHandle_t dyn;

    CHECK(bin != NULL);
    CHECK(cnt != NULL);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);
    CHECK_EQ(uxSemaphoreGetCount(bin), 0);
    CHECK_EQ(xSemaphoreGive(bin), pdTRUE);
    CHECK_EQ(xSemaphoreTake(bin, 0), pdTRUE);
    CHECK_EQ(uxSemaphoreGetCount(cnt), 3);
    CHECK_EQ(xSemaphoreGive(cnt), pdTRUE);
    CHECK_EQ(xSemaphoreGive(cnt), pdFALSE);
    CHECK_EQ(xSemaphoreGetStaticBuffer(bin, &got), pdTRUE);
    CHECK(got == &bin_buf);
    CHECK_EQ(xSemaphoreGetStaticBuffer(cnt, &got), pdTRUE);
    CHECK(got == &cnt_buf);
    CHECK(xSemaphoreCreateCountingStatic(2, 3, &cnt_buf) == NULL);
    CHECK(xSemaphoreCreateCountingStatic(2, 1, NULL) == NULL);
    CHECK(xSemaphoreCreateBinaryStatic(NULL) == NULL);
    vSemaphoreDelete(bin);
    vSemaphoreDelete(cnt);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);

    dyn = xSemaphoreCreateBinary();
    CHECK(dyn != NULL);
    CHECK_EQ(xSemaphoreGetStaticBuffer(dyn, &got), pdFALSE);
    vSemaphoreDelete(dyn);
}

/* ---- Abort, deletion ---- */

static void abort_delay_ends_a_take(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateBinary();
    static struct taker t;
    TaskHandle_t h;

    CHECK(s != NULL);
    taker_reset(&t, s, FOREVER, 1);
    h = test_task(take_task, "take", LOW, &t);
    vTaskDelay(3);
    CHECK_EQ(xTaskAbortDelay(h), pdPASS);
    vTaskDelay(1);
    CHECK_EQ(t.done, 1);
    CHECK_EQ(t.result, pdFALSE);
    vSemaphoreDelete(s);
}

static void deleting_a_semaphore_fails_a_waiting_take(void)
{
    SemaphoreHandle_t s = xSemaphoreCreateBinary();
    static struct taker t;

    CHECK(s != NULL);
    taker_reset(&t, s, FOREVER, 1);
    test_task(take_task, "take", ABOVE, &t);
    CHECK_EQ(t.done, 0);
    vSemaphoreDelete(s);
    CHECK_EQ(t.done, 1);
    CHECK_EQ(t.result, pdFALSE);
}

/* ---- ISR forms ---- */

static SemaphoreHandle_t isr_sem;
static volatile BaseType_t isr_result;
static volatile BaseType_t isr_woken;
static volatile UBaseType_t isr_count;

static void isr_give(void)
{
    BaseType_t woken = pdFALSE;
    isr_result = xSemaphoreGiveFromISR(isr_sem, &woken);
    isr_count = uxSemaphoreGetCountFromISR(isr_sem);
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void isr_take(void)
{
    BaseType_t woken = pdFALSE;
    isr_result = xSemaphoreTakeFromISR(isr_sem, &woken);
    isr_count = uxSemaphoreGetCountFromISR(isr_sem);
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static BaseType_t have_irq(test_irq_handler_t handler)
{
    if (test_irq_install(handler) == pdFALSE)
    {
        printf("  skipped: no test interrupt on this port\n");
        return pdFALSE;
    }
    return pdTRUE;
}

static void isr_give_wakes_a_higher_priority_taker_and_switches_to_it(void)
{
    static struct taker t;

    isr_sem = xSemaphoreCreateBinary();
    CHECK(isr_sem != NULL);
    taker_reset(&t, isr_sem, FOREVER, 1);
    test_task(take_task, "take", ABOVE, &t);
    if (!have_irq(isr_give))
    {
        vSemaphoreDelete(isr_sem);
        return;
    }
    test_irq_trigger();
    CHECK_EQ(isr_result, pdTRUE);
    CHECK_EQ(isr_woken, pdTRUE);
    CHECK_EQ(isr_count, 1); /* given, not yet taken: the taker runs after the ISR */
    CHECK_EQ(t.done, 1);
    CHECK_EQ(t.result, pdTRUE);
    CHECK_EQ(uxSemaphoreGetCount(isr_sem), 0);
    (void)test_irq_install(NULL);
    vSemaphoreDelete(isr_sem);
}

static void isr_give_to_a_lower_priority_taker_asks_for_no_switch(void)
{
    static struct taker t;

    isr_sem = xSemaphoreCreateBinary();
    CHECK(isr_sem != NULL);
    taker_reset(&t, isr_sem, FOREVER, 1);
    test_task(take_task, "take", LOW, &t);
    vTaskDelay(1);
    if (!have_irq(isr_give))
    {
        vSemaphoreDelete(isr_sem);
        return;
    }
    test_irq_trigger();
    CHECK_EQ(isr_result, pdTRUE);
    CHECK_EQ(isr_woken, pdFALSE);
    CHECK_EQ(t.done, 0);
    vTaskDelay(1);
    CHECK_EQ(t.done, 1);
    (void)test_irq_install(NULL);
    vSemaphoreDelete(isr_sem);
}

static void isr_give_and_take_respect_the_count(void)
{
    isr_sem = xSemaphoreCreateCounting(2, 1);
    CHECK(isr_sem != NULL);
    if (!have_irq(isr_give))
    {
        vSemaphoreDelete(isr_sem);
        return;
    }
    test_irq_trigger();
    CHECK_EQ(isr_result, pdTRUE);
    CHECK_EQ(isr_count, 2);
    test_irq_trigger();
    CHECK_EQ(isr_result, pdFALSE); /* full */
    CHECK_EQ(isr_count, 2);
    (void)test_irq_install(isr_take);
    test_irq_trigger();
    test_irq_trigger();
    CHECK_EQ(isr_result, pdTRUE);
    CHECK_EQ(isr_count, 0);
    test_irq_trigger();
    CHECK_EQ(isr_result, pdFALSE); /* empty */
    CHECK_EQ(isr_woken, pdFALSE);
    (void)test_irq_install(NULL);
    vSemaphoreDelete(isr_sem);
}

/* ---- Bad arguments ---- */

static void bad_arguments_are_refused(void)
{
    QueueHandle_t q = xQueueCreate(2, sizeof(uint32_t));
    uint32_t v = 1;

    CHECK(q != NULL);
    CHECK_EQ(xSemaphoreTake(NULL, 0), pdFALSE);
    CHECK_EQ(xSemaphoreGive(NULL), pdFALSE);
    CHECK_EQ(xSemaphoreGiveFromISR(NULL, NULL), pdFALSE);
    CHECK_EQ(xSemaphoreTakeFromISR(NULL, NULL), pdFALSE);
    CHECK_EQ(uxSemaphoreGetCount(NULL), 0);
    CHECK(xSemaphoreGetMutexHolder(NULL) == NULL);
    /* A queue of items is not a semaphore. */
    CHECK_EQ(xQueueSend(q, &v, 0), pdPASS);
    CHECK_EQ(xSemaphoreTake(q, 0), pdFALSE);
    CHECK_EQ(xSemaphoreGive(q), pdFALSE);
    CHECK_EQ(xSemaphoreGiveFromISR(q, NULL), pdFALSE);
    CHECK_EQ(uxQueueMessagesWaiting(q), 1);
    vQueueDelete(q);
}

int main(void)
{
    RUN_TEST(binary_semaphore_is_created_empty_and_holds_one_give);
    RUN_TEST(old_style_binary_semaphore_is_created_given);
    RUN_TEST(give_wakes_a_higher_priority_taker_at_once);
    RUN_TEST(take_times_out_after_exactly_the_block_time);
    RUN_TEST(takers_wake_by_priority_then_arrival);
    RUN_TEST(counting_semaphore_counts_between_zero_and_max);
    RUN_TEST(counting_semaphore_wakes_one_taker_per_give);
    RUN_TEST(counting_semaphore_limits_are_checked);
    RUN_TEST(static_semaphores_use_only_the_given_memory);
    RUN_TEST(abort_delay_ends_a_take);
    RUN_TEST(deleting_a_semaphore_fails_a_waiting_take);
    RUN_TEST(isr_give_wakes_a_higher_priority_taker_and_switches_to_it);
    RUN_TEST(isr_give_to_a_lower_priority_taker_asks_for_no_switch);
    RUN_TEST(isr_give_and_take_respect_the_count);
    RUN_TEST(bad_arguments_are_refused);
    return test_summary();
}
