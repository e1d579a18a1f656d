/*
 * test_notify.c - direct-to-task notifications: every eNotifyAction, the give/take
 * (counting semaphore) form, the wait form with its bit clearing, indexed slots, the ISR
 * forms waking a higher-priority task, abort, suspension, and bad arguments.
 */
#include "harness.h"
#include "test_irq.h"

#define HIGH (TEST_PRIORITY + 1)
#define LOW  (TEST_PRIORITY - 1)

static volatile UBaseType_t done;
static volatile uint32_t got;
static volatile BaseType_t got_result;
static volatile TickType_t got_at;
static TaskHandle_t target;
static volatile BaseType_t isr_woken;

static void take_forever(void *arg)
{
    (void)arg;
    got = ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
    got_at = xTaskGetTickCount();
    done++;
    vTaskDelete(NULL);
}

static void wait_forever(void *arg)
{
    uint32_t value = 0;
    (void)arg;
    got_result = xTaskNotifyWait(0, 0xffffffffUL, &value, portMAX_DELAY);
    got = value;
    done++;
    vTaskDelete(NULL);
}

static void gives_accumulate_and_take_counts_down(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();

    CHECK(xTaskNotifyGive(self) == pdPASS);
    CHECK(xTaskNotifyGive(self) == pdPASS);
    CHECK(xTaskNotifyGive(self) == pdPASS);
    CHECK_EQ(ulTaskNotifyTake(pdFALSE, 0), 3); /* returns the count, then decrements */
    CHECK_EQ(ulTaskNotifyTake(pdFALSE, 0), 2);
    CHECK_EQ(ulTaskNotifyTake(pdTRUE, 0), 1); /* clears to zero */
    CHECK_EQ(ulTaskNotifyTake(pdTRUE, 0), 0);
}

static void take_blocks_until_given(void)
{
    done = 0;
    target = test_task(take_forever, "taker", HIGH, NULL);
    CHECK_EQ(done, 0);
    CHECK_EQ(eTaskGetState(target), eBlocked);
    xTaskNotifyGive(target); /* it outranks us: runs before the call returns */
    CHECK_EQ(done, 1);
    CHECK_EQ(got, 1);
}

static void take_times_out_after_the_given_ticks(void)
{
    TickType_t start = xTaskGetTickCount();
    CHECK_EQ(ulTaskNotifyTake(pdTRUE, 10), 0);
    CHECK_EQ(ticks_since(start), 10);
    CHECK(xTaskNotifyWait(0, 0, NULL, 5) == pdFALSE);
    CHECK_EQ(ticks_since(start), 15);
}

static void every_action_changes_the_value_as_documented(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();
    uint32_t value = 0;
    uint32_t before = 0;

    (void)xTaskNotifyStateClear(NULL);
    (void)ulTaskNotifyValueClear(NULL, 0xffffffffUL);

    CHECK(xTaskNotify(self, 0x5, eSetBits) == pdPASS);
    CHECK(xTaskNotify(self, 0x30, eSetBits) == pdPASS);
    CHECK(xTaskNotifyWait(0, 0, &value, 0) == pdTRUE);
    CHECK_EQ(value, 0x35);

    CHECK(xTaskNotify(self, 0, eIncrement) == pdPASS);
    CHECK(xTaskNotifyWait(0, 0, &value, 0) == pdTRUE);
    CHECK_EQ(value, 0x36);

    CHECK(xTaskNotify(self, 7, eSetValueWithOverwrite) == pdPASS);
    CHECK(xTaskNotify(self, 9, eSetValueWithOverwrite) == pdPASS); /* pending: still replaced */
    CHECK(xTaskNotifyWait(0, 0, &value, 0) == pdTRUE);
    CHECK_EQ(value, 9);

    CHECK(xTaskNotify(self, 11, eSetValueWithoutOverwrite) == pdPASS);
    CHECK(xTaskNotify(self, 12, eSetValueWithoutOverwrite) == pdFAIL); /* one is pending */
    CHECK(xTaskNotifyWait(0, 0, &value, 0) == pdTRUE);
    CHECK_EQ(value, 11);

    CHECK(xTaskNotify(self, 99, eNoAction) == pdPASS);
    CHECK(xTaskNotifyWait(0, 0, &value, 0) == pdTRUE); /* pending, value untouched */
    CHECK_EQ(value, 11);

    CHECK(xTaskNotifyAndQuery(self, 0x100, eSetBits, &before) == pdPASS);
    CHECK_EQ(before, 11);
    CHECK(xTaskNotifyWait(0, 0, &value, 0) == pdTRUE);
    CHECK_EQ(value, 0x10b);
}

static void wait_clears_bits_on_entry_and_on_exit(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();
    uint32_t value = 0;

    (void)xTaskNotifyStateClear(NULL);
    (void)ulTaskNotifyValueClear(NULL, 0xffffffffUL);
    /* Nothing pending: the entry mask applies before waiting. */
    CHECK(xTaskNotify(self, 0xff, eSetBits) == pdPASS);
    CHECK(xTaskNotifyWait(0, 0, NULL, 0) == pdTRUE); /* consume; value stays 0xff */
    CHECK(xTaskNotifyWait(0x0f, 0, &value, 0) == pdFALSE);
    CHECK_EQ(value, 0xf0);
    /* Pending: the entry mask is not applied; the exit mask is, after reading. */
    CHECK(xTaskNotify(self, 0x01, eSetBits) == pdPASS);
    CHECK(xTaskNotifyWait(0xf0, 0x0f, &value, 0) == pdTRUE);
    CHECK_EQ(value, 0xf1);
    CHECK_EQ(ulTaskNotifyValueClear(NULL, 0), 0xf0);
}

static void indexed_slots_are_independent(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();
    uint32_t value = 0;

    (void)xTaskNotifyStateClearIndexed(NULL, 0);
    CHECK(xTaskNotifyIndexed(self, 1, 0x42, eSetValueWithOverwrite) == pdPASS);
    CHECK(xTaskNotifyWaitIndexed(0, 0, 0, &value, 0) == pdFALSE); /* slot 0: nothing */
    CHECK(xTaskNotifyWaitIndexed(1, 0, 0, &value, 0) == pdTRUE);
    CHECK_EQ(value, 0x42);
    CHECK(xTaskNotifyGiveIndexed(self, 2) == pdPASS);
    CHECK_EQ(ulTaskNotifyTakeIndexed(2, pdTRUE, 0), 1);
    CHECK_EQ(ulTaskNotifyTakeIndexed(1, pdTRUE, 0), 0x42);
    CHECK(xTaskNotifyAndQueryIndexed(self, 2, 5, eSetValueWithOverwrite, NULL) == pdPASS);
    CHECK(xTaskNotifyStateClearIndexed(NULL, 2) == pdTRUE);
    CHECK(xTaskNotifyStateClearIndexed(NULL, 2) == pdFALSE);
    CHECK_EQ(ulTaskNotifyValueClearIndexed(NULL, 2, 0xffffffffUL), 5);
}

static void notify_isr(void)
{
    BaseType_t woken = pdFALSE;
    uint32_t previous = 0;
    (void)xTaskNotifyAndQueryFromISR(target, 0x8, eSetBits, &previous, &woken);
    vTaskNotifyGiveFromISR(target, &woken);
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void notify_from_isr_wakes_a_higher_priority_task(void)
{
    if (test_irq_install(notify_isr) != pdTRUE)
    {
        return; /* this port has no test interrupt */
    }
    done = 0;
    isr_woken = pdFALSE;
    target = test_task(take_forever, "taker", HIGH, NULL);
    test_irq_trigger();
    CHECK(isr_woken == pdTRUE);
    CHECK_EQ(done, 1);   /* it ran before the interrupt returned to us */
    CHECK_EQ(got, 0x9); /* bits set, then incremented */

    /* A lower-priority receiver: no switch asked for. */
    done = 0;
    target = test_task(take_forever, "low", LOW, NULL);
    vTaskDelay(1);
    test_irq_trigger();
    CHECK(isr_woken == pdFALSE);
    CHECK_EQ(done, 0);
    vTaskDelay(1);
    CHECK_EQ(done, 1);
    (void)test_irq_install(NULL);
}

static void aborted_wait_reports_no_notification(void)
{
    TickType_t start = xTaskGetTickCount();

    done = 0;
    target = test_task(wait_forever, "waiter", HIGH, NULL);
    vTaskDelay(3);
    CHECK(xTaskAbortDelay(target) == pdPASS);
    CHECK_EQ(done, 1);
    CHECK(got_result == pdFALSE);
    CHECK_EQ(ticks_since(start), 3);
}

static void a_suspended_waiter_keeps_the_notification_for_later(void)
{
    done = 0;
    target = test_task(wait_forever, "waiter", HIGH, NULL);
    vTaskSuspend(target);
    CHECK(xTaskNotify(target, 0x77, eSetValueWithOverwrite) == pdPASS);
    vTaskDelay(2);
    CHECK_EQ(done, 0); /* not woken while suspended */
    vTaskResume(target);
    CHECK_EQ(done, 1); /* resumed: finds the notification */
    CHECK(got_result == pdTRUE);
    CHECK_EQ(got, 0x77);
}

static void bad_arguments_fail_cleanly(void)
{
    uint32_t value = 123;
    BaseType_t woken = pdFALSE;

    CHECK(xTaskNotify(NULL, 1, eSetBits) == pdFAIL);
    CHECK(xTaskNotifyIndexed(xTaskGetCurrentTaskHandle(), configTASK_NOTIFICATION_ARRAY_ENTRIES,
                             1, eSetBits) == pdFAIL);
    CHECK(xTaskNotify(xTaskGetCurrentTaskHandle(), 1, (eNotifyAction)42) == pdFAIL);
    CHECK(xTaskNotifyFromISR(NULL, 1, eSetBits, &woken) == pdFAIL);
    CHECK(xTaskNotifyWaitIndexed(configTASK_NOTIFICATION_ARRAY_ENTRIES, 0, 0, &value, 0) == pdFALSE);
    CHECK_EQ(value, 123);
    CHECK_EQ(ulTaskNotifyTakeIndexed(configTASK_NOTIFICATION_ARRAY_ENTRIES, pdTRUE, 0), 0);
    CHECK(xTaskNotifyStateClearIndexed(NULL, configTASK_NOTIFICATION_ARRAY_ENTRIES) == pdFAIL);
    vTaskNotifyGiveFromISR(NULL, &woken);
    CHECK(woken == pdFALSE);
}

int main(void)
{
    RUN_TEST(gives_accumulate_and_take_counts_down);
    RUN_TEST(take_blocks_until_given);
    RUN_TEST(take_times_out_after_the_given_ticks);
    RUN_TEST(every_action_changes_the_value_as_documented);
    RUN_TEST(wait_clears_bits_on_entry_and_on_exit);
    RUN_TEST(indexed_slots_are_independent);
    RUN_TEST(notify_from_isr_wakes_a_higher_priority_task);
    RUN_TEST(aborted_wait_reports_no_notification);
    RUN_TEST(a_suspended_waiter_keeps_the_notification_for_later);
    RUN_TEST(bad_arguments_fail_cleanly);
    return test_summary();
}
