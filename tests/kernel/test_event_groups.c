/*
 * test_event_groups.c - event groups: waiting for any or all bits with and without
 * clearing, timeouts, several waiters judged against the same bits, the sync rendezvous of
 * several tasks, bits set and cleared from an interrupt (through the timer daemon),
 * deletion waking waiters, the usable bit width of each tick width, static creation and
 * every bad argument. Also built against the 16- and 64-bit tick variants.
 */
#include "harness.h"
#include "test_irq.h"
#include "event_groups.h"

#include <stdio.h>

#if (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_16_BITS)
#define USABLE_BITS 8U
#elif (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_32_BITS)
#define USABLE_BITS 24U
#else
#define USABLE_BITS 56U
#endif
#define TOP_BIT ((EventBits_t)1 << (USABLE_BITS - 1U))

#define HIGH (TEST_PRIORITY - 1U) /* below the controller, above the rest */
#define LOW  (TEST_PRIORITY - 3U)

/* A task that waits once and reports what it got. */
struct waiter
{
    EventGroupHandle_t group;
    EventBits_t want;
    EventBits_t set; /* for sync: the bits it sets */
    BaseType_t clear;
    BaseType_t all;
    TickType_t ticks;
    int sync;
    volatile int done;
    volatile EventBits_t got;
    volatile TickType_t at;
};

static void waiter_main(void *arg)
{
    struct waiter *w = arg;
    if (w->sync)
    {
        w->got = xEventGroupSync(w->group, w->set, w->want, w->ticks);
    }
    else
    {
        w->got = xEventGroupWaitBits(w->group, w->want, w->clear, w->all, w->ticks);
    }
    w->at = xTaskGetTickCount();
    w->done = 1;
    vTaskSuspend(NULL); /* the controller deletes it */
}

static TaskHandle_t start_waiter(struct waiter *w, EventGroupHandle_t g, EventBits_t want,
                                 BaseType_t clear, BaseType_t all, TickType_t ticks,
                                 UBaseType_t priority)
{
    w->group = g;
    w->want = want;
    w->set = 0;
    w->clear = clear;
    w->all = all;
    w->ticks = ticks;
    w->sync = 0;
    w->done = 0;
    w->got = 0;
    return test_task(waiter_main, "waiter", priority, w);
}

static EventGroupHandle_t make(void)
{
    EventGroupHandle_t g = xEventGroupCreate();
    CHECK(g != NULL);
    CHECK_EQ(xEventGroupGetBits(g), 0);
    return g;
}

/* ---- Waiting ---- */

static void wait_for_any_bit_wakes_on_the_first(void)
{
    EventGroupHandle_t g = make();
    static struct waiter w;
    TaskHandle_t t;

    t = start_waiter(&w, g, 0x0CU, pdFALSE, pdFALSE, portMAX_DELAY, HIGH);
    vTaskDelay(5);
    CHECK(!w.done);
    CHECK_EQ(xEventGroupSetBits(g, 0x01U), 0x01U); /* not one it waits for */
    vTaskDelay(1);
    CHECK(!w.done);
    CHECK_EQ(xEventGroupSetBits(g, 0x08U), 0x09U);
    vTaskDelay(1);
    CHECK(w.done);
    CHECK_EQ(w.got, 0x09U);
    CHECK_EQ(xEventGroupGetBits(g), 0x09U); /* not cleared */
    vTaskDelete(t);
    vEventGroupDelete(g);
}

static void wait_for_all_bits_needs_every_one(void)
{
    EventGroupHandle_t g = make();
    static struct waiter w;
    TaskHandle_t t;

    t = start_waiter(&w, g, 0x07U, pdTRUE, pdTRUE, portMAX_DELAY, HIGH);
    vTaskDelay(1);
    (void)xEventGroupSetBits(g, 0x01U);
    vTaskDelay(1);
    (void)xEventGroupSetBits(g, 0x12U);
    vTaskDelay(1);
    CHECK(!w.done);
    /* The last bit completes the set; the waiter clears only the bits it waited for. */
    CHECK_EQ(xEventGroupSetBits(g, 0x04U), 0x10U);
    vTaskDelay(1);
    CHECK(w.done);
    CHECK_EQ(w.got, 0x17U);
    CHECK_EQ(xEventGroupGetBits(g), 0x10U);
    vTaskDelete(t);
    vEventGroupDelete(g);
}

static void bits_already_set_return_at_once(void)
{
    EventGroupHandle_t g = make();
    TickType_t before;

    (void)xEventGroupSetBits(g, 0x05U);
    before = xTaskGetTickCount();
    CHECK_EQ(xEventGroupWaitBits(g, 0x04U, pdFALSE, pdFALSE, 100), 0x05U);
    CHECK_EQ(xEventGroupWaitBits(g, 0x05U, pdFALSE, pdTRUE, 100), 0x05U);
    CHECK_EQ(xEventGroupWaitBits(g, 0x01U, pdTRUE, pdTRUE, 0), 0x05U);
    CHECK_EQ(xEventGroupGetBits(g), 0x04U);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 0);
    /* Not met and no time to wait: the bits as they are, nothing cleared. */
    CHECK_EQ(xEventGroupWaitBits(g, 0x03U, pdTRUE, pdFALSE, 0), 0x04U);
    CHECK_EQ(xEventGroupWaitBits(g, 0x0CU, pdTRUE, pdTRUE, 0), 0x04U);
    CHECK_EQ(xEventGroupGetBits(g), 0x04U);
    vEventGroupDelete(g);
}

static void wait_times_out_with_the_bits_as_they_are(void)
{
    EventGroupHandle_t g = make();
    TickType_t before;

    (void)xEventGroupSetBits(g, 0x21U);
    before = xTaskGetTickCount();
    CHECK_EQ(xEventGroupWaitBits(g, 0x06U, pdTRUE, pdTRUE, 25), 0x21U);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 25);
    CHECK_EQ(xEventGroupGetBits(g), 0x21U);
    /* Part of an all-wait is not enough, and a timeout clears nothing. */
    (void)xEventGroupSetBits(g, 0x02U);
    CHECK_EQ(xEventGroupWaitBits(g, 0x06U, pdTRUE, pdTRUE, 5), 0x23U);
    CHECK_EQ(xEventGroupGetBits(g), 0x23U);
    vEventGroupDelete(g);
}

static void waiters_are_judged_against_the_same_bits(void)
{
    EventGroupHandle_t g = make();
    static struct waiter clearing;
    static struct waiter watching;
    static struct waiter other;
    TaskHandle_t t1, t2, t3;

    /* One waiter clears bit 0 on exit; a second waits for it too, without clearing; a
     * third waits for bit 1 only. */
    t1 = start_waiter(&clearing, g, 0x01U, pdTRUE, pdFALSE, portMAX_DELAY, HIGH);
    t2 = start_waiter(&watching, g, 0x03U, pdFALSE, pdFALSE, portMAX_DELAY, LOW);
    t3 = start_waiter(&other, g, 0x02U, pdFALSE, pdFALSE, portMAX_DELAY, LOW);
    vTaskDelay(1);
    /* Both bit-0 waiters wake and see it, then it is cleared. */
    CHECK_EQ(xEventGroupSetBits(g, 0x01U), 0);
    vTaskDelay(1);
    CHECK(clearing.done && watching.done);
    CHECK_EQ(clearing.got, 0x01U);
    CHECK_EQ(watching.got, 0x01U);
    CHECK(!other.done);
    CHECK_EQ(xEventGroupGetBits(g), 0);
    vTaskDelete(t1);
    vTaskDelete(t2);
    vTaskDelete(t3);
    vEventGroupDelete(g);
}

static void bits_set_as_a_wait_times_out_still_count(void)
{
    EventGroupHandle_t g = make();
    static struct waiter w;
    TaskHandle_t t;

    /* The waiter's timeout and this task's delay end on the same tick; this task runs
     * first and sets the bit, after the waiter has left the wait list. */
    t = start_waiter(&w, g, 0x10U, pdTRUE, pdTRUE, 10, LOW);
    vTaskDelay(10);
    CHECK(!w.done);
    (void)xEventGroupSetBits(g, 0x10U);
    vTaskDelay(1);
    CHECK(w.done);
    CHECK_EQ(w.got, 0x10U);
    CHECK_EQ(xEventGroupGetBits(g), 0); /* and it cleared them on exit */
    vTaskDelete(t);
    vEventGroupDelete(g);
}

static void aborted_wait_returns_the_bits_as_they_are(void)
{
    EventGroupHandle_t g = make();
    static struct waiter w;
    TaskHandle_t t;

    (void)xEventGroupSetBits(g, 0x40U);
    t = start_waiter(&w, g, 0x01U, pdTRUE, pdFALSE, portMAX_DELAY, HIGH);
    vTaskDelay(3);
    CHECK_EQ(xTaskAbortDelay(t), pdPASS);
    vTaskDelay(1);
    CHECK(w.done);
    CHECK_EQ(w.got, 0x40U);
    vTaskDelete(t);
    vEventGroupDelete(g);
}

static void deleting_a_group_wakes_its_waiters_with_zero(void)
{
    EventGroupHandle_t g = make();
    static struct waiter a;
    static struct waiter b;
    TaskHandle_t ta, tb;
    TickType_t start = xTaskGetTickCount();

    (void)xEventGroupSetBits(g, 0x80U);
    ta = start_waiter(&a, g, 0x01U, pdFALSE, pdFALSE, portMAX_DELAY, HIGH);
    tb = start_waiter(&b, g, 0x03U, pdTRUE, pdTRUE, 1000, LOW);
    vTaskDelay(2);
    vEventGroupDelete(g);
    vTaskDelay(1);
    CHECK(a.done && b.done);
    CHECK_EQ(a.got, 0);
    CHECK_EQ(b.got, 0);
    CHECK_EQ((TickType_t)(b.at - start), 2); /* at the deletion, long before its timeout */
    vTaskDelete(ta);
    vTaskDelete(tb);
}

/* ---- Sync ---- */

static void sync_is_a_rendezvous_of_several_tasks(void)
{
    EventGroupHandle_t g = make();
    static struct waiter w[3];
    TaskHandle_t t[3];
    UBaseType_t priority[3] = {HIGH, LOW, LOW + 1U};
    TickType_t arrive;
    int i;

    for (i = 0; i < 3; i++)
    {
        t[i] = start_waiter(&w[i], g, 0x0EU, pdTRUE, pdTRUE, portMAX_DELAY, priority[i]);
        w[i].sync = 1;
        w[i].set = (EventBits_t)(0x02U << i);
    }
    /* The waiters start one by one, each at its own tick, while this task sleeps. */
    (void)xEventGroupSetBits(g, 0x01U); /* a bit nobody syncs on */
    vTaskSuspend(t[1]);
    vTaskSuspend(t[2]);
    vTaskDelay(3);
    CHECK(!w[0].done);
    CHECK_EQ(xEventGroupGetBits(g), 0x03U);
    vTaskResume(t[1]);
    vTaskDelay(3);
    CHECK(!w[0].done && !w[1].done);
    CHECK_EQ(xEventGroupGetBits(g), 0x07U);
    arrive = xTaskGetTickCount();
    vTaskResume(t[2]); /* the last one completes the rendezvous without blocking */
    vTaskDelay(1);
    for (i = 0; i < 3; i++)
    {
        CHECK(w[i].done);
        CHECK_EQ(w[i].got & 0x0EU, 0x0EU);
        CHECK_EQ(w[i].at, arrive);
        vTaskDelete(t[i]);
    }
    /* The sync bits are cleared; the other bit stays. */
    CHECK_EQ(xEventGroupGetBits(g), 0x01U);
    vEventGroupDelete(g);
}

static void sync_times_out_leaving_its_bit_set(void)
{
    EventGroupHandle_t g = make();
    TickType_t before = xTaskGetTickCount();

    CHECK_EQ(xEventGroupSync(g, 0x01U, 0x03U, 20), 0x01U);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 20);
    CHECK_EQ(xEventGroupGetBits(g), 0x01U);
    /* No time to wait: returns at once. */
    CHECK_EQ(xEventGroupSync(g, 0x04U, 0x03U, 0), 0x05U);
    /* The bits it sets complete the set: they are reported and cleared. */
    CHECK_EQ(xEventGroupSync(g, 0x02U, 0x03U, 0), 0x07U);
    CHECK_EQ(xEventGroupGetBits(g), 0x04U);
    vEventGroupDelete(g);
}

static void sync_counts_bits_a_woken_waiter_cleared(void)
{
    EventGroupHandle_t g = make();
    static struct waiter w;
    TaskHandle_t t;

    /* A waiter clears bit 1 as the sync sets it: the sync still sees it set. */
    t = start_waiter(&w, g, 0x02U, pdTRUE, pdFALSE, portMAX_DELAY, HIGH);
    vTaskDelay(1);
    (void)xEventGroupSetBits(g, 0x01U);
    CHECK_EQ(xEventGroupSync(g, 0x02U, 0x03U, 0), 0x03U);
    CHECK_EQ(xEventGroupGetBits(g), 0);
    vTaskDelay(1);
    CHECK(w.done);
    CHECK_EQ(w.got, 0x03U);
    vTaskDelete(t);
    vEventGroupDelete(g);
}

/* ---- Interrupts ---- */

static EventGroupHandle_t isr_group;
static volatile int isr_action;
static volatile BaseType_t isr_result;
static volatile BaseType_t isr_woken;
static volatile EventBits_t isr_seen;

static void group_isr(void)
{
    BaseType_t woken = pdFALSE;

    isr_seen = xEventGroupGetBitsFromISR(isr_group);
    if (isr_action == 0)
    {
        isr_result = xEventGroupSetBitsFromISR(isr_group, 0x30U, &woken);
    }
    else
    {
        isr_result = xEventGroupClearBitsFromISR(isr_group, 0x10U);
    }
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void bits_set_and_cleared_from_an_interrupt(void)
{
    static struct waiter w;
    TaskHandle_t t;

    if (!test_irq_install(group_isr))
    {
        printf("  skipped: no test interrupt on this port\n");
        return;
    }
    isr_group = make();
    t = start_waiter(&w, isr_group, 0x20U, pdFALSE, pdTRUE, portMAX_DELAY, HIGH);
    (void)xEventGroupSetBits(isr_group, 0x01U);
    vTaskDelay(1);
    isr_action = 0;
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(isr_seen, 0x01U);
    /* The daemon outranks this task: the interrupt asked for a switch, the daemon set the
     * bits and the waiter has them by the time this task runs on. */
    CHECK_EQ(isr_woken, pdTRUE);
    CHECK_EQ(xEventGroupGetBits(isr_group), 0x31U);
    vTaskDelay(1);
    CHECK(w.done);
    CHECK_EQ(w.got, 0x31U);
    /* Clearing from an ISR cannot ask for a switch (no woken flag): the daemon does it at
     * the next scheduling point. */
    isr_action = 1;
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(isr_seen, 0x31U);
    vTaskDelay(1);
    CHECK_EQ(xEventGroupGetBits(isr_group), 0x21U);
    (void)test_irq_install(NULL);
    vTaskDelete(t);
    vEventGroupDelete(isr_group);
}

/* ---- Widths, static groups, bad arguments ---- */

static void every_usable_bit_works_and_control_bits_are_refused(void)
{
    EventGroupHandle_t g = make();
    EventBits_t all = (EventBits_t)(TOP_BIT | (TOP_BIT - 1U));
    BaseType_t woken = pdFALSE;

    CHECK_EQ(all & (EventBits_t)eventEVENT_BITS_CONTROL_BYTES, 0);
    CHECK_EQ(all | (EventBits_t)eventEVENT_BITS_CONTROL_BYTES, (EventBits_t) ~(EventBits_t)0);
    CHECK_EQ(xEventGroupSetBits(g, all), all);
    CHECK_EQ(xEventGroupWaitBits(g, all, pdTRUE, pdTRUE, 0), all);
    CHECK_EQ(xEventGroupGetBits(g), 0);
    CHECK_EQ(xEventGroupSetBits(g, TOP_BIT), TOP_BIT);
    /* Control bits: nothing is set, cleared or waited for. */
    CHECK_EQ(xEventGroupSetBits(g, (EventBits_t)eventCLEAR_EVENTS_ON_EXIT_BIT | 1U), TOP_BIT);
    CHECK_EQ(xEventGroupClearBits(g, (EventBits_t)eventWAIT_FOR_ALL_BITS | TOP_BIT), TOP_BIT);
    CHECK_EQ(xEventGroupGetBits(g), TOP_BIT);
    CHECK_EQ(
        xEventGroupWaitBits(g, (EventBits_t)eventUNBLOCKED_DUE_TO_BIT_SET, pdTRUE, pdFALSE, 100),
        TOP_BIT);
    CHECK_EQ(xEventGroupWaitBits(g, 0, pdTRUE, pdFALSE, 100), TOP_BIT);
    CHECK_EQ(xEventGroupSync(g, 1U, (EventBits_t)eventWAIT_FOR_ALL_BITS, 100), 0);
    CHECK_EQ(xEventGroupSync(g, (EventBits_t)eventWAIT_FOR_ALL_BITS, 1U, 100), 0);
    CHECK_EQ(xEventGroupSync(g, 1U, 0, 100), 0);
    CHECK_EQ(xEventGroupGetBits(g), TOP_BIT);
    CHECK_EQ(xEventGroupSetBitsFromISR(g, (EventBits_t)eventCLEAR_EVENTS_ON_EXIT_BIT, &woken),
             pdFAIL);
    CHECK_EQ(xEventGroupClearBitsFromISR(g, (EventBits_t)eventCLEAR_EVENTS_ON_EXIT_BIT), pdFAIL);
#if (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_64_BITS)
    /* The daemon's argument is 32 bits wide: higher bits cannot be set from an ISR. */
    CHECK_EQ(xEventGroupSetBitsFromISR(g, TOP_BIT, &woken), pdFAIL);
#endif
    CHECK_EQ(woken, pdFALSE);
    vEventGroupDelete(g);
}

#if (configSUPPORT_STATIC_ALLOCATION == 1)
static StaticEventGroup_t group_buffer;

static void static_group_uses_the_given_memory(void)
{
    EventGroupHandle_t g = xEventGroupCreateStatic(&group_buffer);
    EventGroupHandle_t d = make();
    StaticEventGroup_t *buffer = NULL;

    CHECK(g == (EventGroupHandle_t)(void *)&group_buffer);
    CHECK_EQ(xEventGroupGetStaticBuffer(g, &buffer), pdTRUE);
    CHECK(buffer == &group_buffer);
    CHECK_EQ(xEventGroupGetStaticBuffer(d, &buffer), pdFALSE);
    CHECK_EQ(xEventGroupSetBits(g, 0x3U), 0x3U);
    CHECK_EQ(xEventGroupWaitBits(g, 0x1U, pdTRUE, pdTRUE, 0), 0x3U);
    CHECK_EQ(xEventGroupGetBits(g), 0x2U);
#if (configUSE_TRACE_FACILITY == 1)
    vEventGroupSetNumber(g, 9);
    CHECK_EQ(uxEventGroupGetNumber(g), 9);
#endif
    vEventGroupDelete(g);
    vEventGroupDelete(d);
}
#endif

static void bad_arguments_are_rejected(void)
{
    BaseType_t woken = pdFALSE;

    CHECK_EQ(xEventGroupWaitBits(NULL, 1U, pdTRUE, pdTRUE, 10), 0);
    CHECK_EQ(xEventGroupSetBits(NULL, 1U), 0);
    CHECK_EQ(xEventGroupClearBits(NULL, 1U), 0);
    CHECK_EQ(xEventGroupGetBits(NULL), 0);
    CHECK_EQ(xEventGroupGetBitsFromISR(NULL), 0);
    CHECK_EQ(xEventGroupSync(NULL, 1U, 1U, 10), 0);
    CHECK_EQ(xEventGroupSetBitsFromISR(NULL, 1U, &woken), pdFAIL);
    CHECK_EQ(xEventGroupClearBitsFromISR(NULL, 1U), pdFAIL);
    CHECK_EQ(woken, pdFALSE);
    vEventGroupDelete(NULL);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    {
        StaticEventGroup_t *buffer = NULL;
        CHECK(xEventGroupCreateStatic(NULL) == NULL);
        CHECK_EQ(xEventGroupGetStaticBuffer(NULL, &buffer), pdFALSE);
    }
#endif
#if (configUSE_TRACE_FACILITY == 1)
    CHECK_EQ(uxEventGroupGetNumber(NULL), 0);
    vEventGroupSetNumber(NULL, 1);
#endif
}

int main(void)
{
    RUN_TEST(wait_for_any_bit_wakes_on_the_first);
    RUN_TEST(wait_for_all_bits_needs_every_one);
    RUN_TEST(bits_already_set_return_at_once);
    RUN_TEST(wait_times_out_with_the_bits_as_they_are);
    RUN_TEST(waiters_are_judged_against_the_same_bits);
    RUN_TEST(bits_set_as_a_wait_times_out_still_count);
    RUN_TEST(aborted_wait_returns_the_bits_as_they_are);
    RUN_TEST(deleting_a_group_wakes_its_waiters_with_zero);
    RUN_TEST(sync_is_a_rendezvous_of_several_tasks);
    RUN_TEST(sync_times_out_leaving_its_bit_set);
    RUN_TEST(sync_counts_bits_a_woken_waiter_cleared);
    RUN_TEST(bits_set_and_cleared_from_an_interrupt);
    RUN_TEST(every_usable_bit_works_and_control_bits_are_refused);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    RUN_TEST(static_group_uses_the_given_memory);
#endif
    RUN_TEST(bad_arguments_are_rejected);
    return test_summary();
}
