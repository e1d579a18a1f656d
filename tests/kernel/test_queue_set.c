/*
 * test_queue_set.c - queue sets: selecting the member that holds data (queues, binary and
 * counting semaphores), in the order events happened; blocking and timeouts on a set;
 * the rules for adding and removing members; overwrite of an announced member; the ISR
 * forms; static creation. Public API only.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "queue.h"
#include "semphr.h"
#include "test_irq.h"

#define FOREVER portMAX_DELAY
#define ABOVE   (TEST_PRIORITY + 1U)

static QueueHandle_t make_queue(UBaseType_t length)
{
    QueueHandle_t q = xQueueCreate(length, sizeof(uint32_t));
    CHECK(q != NULL);
    return q;
}

static QueueSetHandle_t make_set(UBaseType_t length)
{
    QueueSetHandle_t s = xQueueCreateSet(length);
    CHECK(s != NULL);
    return s;
}

static void put(QueueHandle_t q, uint32_t v)
{
    CHECK_EQ(xQueueSend(q, &v, 0), pdPASS);
}

static uint32_t take(QueueHandle_t q)
{
    uint32_t v = 0xdeadbeefU;
    CHECK_EQ(xQueueReceive(q, &v, 0), pdPASS);
    return v;
}

static void select_reports_the_member_that_has_data(void)
{
    QueueSetHandle_t set = make_set(5);
    QueueHandle_t q1 = make_queue(2);
    QueueHandle_t q2 = make_queue(2);
    SemaphoreHandle_t sem = xSemaphoreCreateBinary();

    CHECK(sem != NULL);
    CHECK_EQ(xQueueAddToSet(q1, set), pdPASS);
    CHECK_EQ(xQueueAddToSet(q2, set), pdPASS);
    CHECK_EQ(xQueueAddToSet(sem, set), pdPASS);
    CHECK(xQueueSelectFromSet(set, 0) == NULL);

    put(q2, 20);
    CHECK(xQueueSelectFromSet(set, 0) == q2);
    CHECK_EQ(take(q2), 20);
    CHECK(xQueueSelectFromSet(set, 0) == NULL);

    CHECK_EQ(xSemaphoreGive(sem), pdTRUE);
    CHECK(xQueueSelectFromSet(set, 0) == sem);
    CHECK_EQ(xSemaphoreTake(sem, 0), pdTRUE);

    /* Events come out in the order they happened, one per item. */
    put(q1, 1);
    put(q2, 2);
    CHECK_EQ(xSemaphoreGive(sem), pdTRUE);
    put(q1, 3);
    CHECK_EQ(uxQueueMessagesWaiting(set), 4);
    CHECK(xQueueSelectFromSet(set, 0) == q1);
    CHECK_EQ(take(q1), 1);
    CHECK(xQueueSelectFromSet(set, 0) == q2);
    CHECK_EQ(take(q2), 2);
    CHECK(xQueueSelectFromSet(set, 0) == sem);
    CHECK_EQ(xSemaphoreTake(sem, 0), pdTRUE);
    CHECK(xQueueSelectFromSet(set, 0) == q1);
    CHECK_EQ(take(q1), 3);
    CHECK(xQueueSelectFromSet(set, 0) == NULL);

    CHECK_EQ(xQueueRemoveFromSet(q1, set), pdPASS);
    CHECK_EQ(xQueueRemoveFromSet(q2, set), pdPASS);
    CHECK_EQ(xQueueRemoveFromSet(sem, set), pdPASS);
    vQueueDelete(q1);
    vQueueDelete(q2);
    vSemaphoreDelete(sem);
    vQueueDelete(set);
}

static void counting_semaphore_member_reports_every_give(void)
{
    QueueSetHandle_t set = make_set(3);
    SemaphoreHandle_t sem = xSemaphoreCreateCounting(3, 0);
    int i;

    CHECK(sem != NULL);
    CHECK_EQ(xQueueAddToSet(sem, set), pdPASS);
    for (i = 0; i < 3; i++)
    {
        CHECK_EQ(xSemaphoreGive(sem), pdTRUE);
    }
    CHECK_EQ(xSemaphoreGive(sem), pdFALSE); /* full: no event either */
    for (i = 0; i < 3; i++)
    {
        CHECK(xQueueSelectFromSet(set, 0) == sem);
        CHECK_EQ(xSemaphoreTake(sem, 0), pdTRUE);
    }
    CHECK(xQueueSelectFromSet(set, 0) == NULL);
    CHECK_EQ(xQueueRemoveFromSet(sem, set), pdPASS);
    vSemaphoreDelete(sem);
    vQueueDelete(set);
}

static void overwriting_an_announced_member_adds_no_event(void)
{
    QueueSetHandle_t set = make_set(1);
    QueueHandle_t mailbox = make_queue(1);
    uint32_t v = 1;

    CHECK_EQ(xQueueAddToSet(mailbox, set), pdPASS);
    CHECK_EQ(xQueueOverwrite(mailbox, &v), pdPASS);
    v = 2;
    CHECK_EQ(xQueueOverwrite(mailbox, &v), pdPASS);
    CHECK_EQ(uxQueueMessagesWaiting(set), 1);
    CHECK(xQueueSelectFromSet(set, 0) == mailbox);
    CHECK_EQ(take(mailbox), 2);
    CHECK(xQueueSelectFromSet(set, 0) == NULL);
    v = 3;
    CHECK_EQ(xQueueOverwrite(mailbox, &v), pdPASS); /* empty again: a new event */
    CHECK(xQueueSelectFromSet(set, 0) == mailbox);
    CHECK_EQ(take(mailbox), 3);
    CHECK_EQ(xQueueRemoveFromSet(mailbox, set), pdPASS);
    vQueueDelete(mailbox);
    vQueueDelete(set);
}

static void select_times_out_after_exactly_the_block_time(void)
{
    QueueSetHandle_t set = make_set(1);
    QueueHandle_t q = make_queue(1);
    TickType_t start;

    CHECK_EQ(xQueueAddToSet(q, set), pdPASS);
    start = xTaskGetTickCount();
    CHECK(xQueueSelectFromSet(set, 14) == NULL);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - start), 14);
    CHECK_EQ(xQueueRemoveFromSet(q, set), pdPASS);
    vQueueDelete(q);
    vQueueDelete(set);
}

struct selector
{
    QueueSetHandle_t set;
    volatile QueueSetMemberHandle_t got;
    volatile uint32_t value;
    volatile int done;
};

static void select_and_read(void *arg)
{
    struct selector *s = arg;
    QueueSetMemberHandle_t m = xQueueSelectFromSet(s->set, FOREVER);
    uint32_t v = 0;

    if (m != NULL && uxQueueGetQueueItemSize(m) != 0U)
    {
        (void)xQueueReceive(m, &v, 0);
    }
    else if (m != NULL)
    {
        (void)xSemaphoreTake(m, 0);
    }
    s->value = v;
    s->got = m;
    s->done = 1;
    vTaskDelete(NULL);
}

static void send_to_a_member_wakes_a_task_selecting_the_set(void)
{
    QueueSetHandle_t set = make_set(4);
    QueueHandle_t q1 = make_queue(2);
    QueueHandle_t q2 = make_queue(2);
    static struct selector s;

    CHECK_EQ(xQueueAddToSet(q1, set), pdPASS);
    CHECK_EQ(xQueueAddToSet(q2, set), pdPASS);
    memset(&s, 0, sizeof s);
    s.set = set;
    test_task(select_and_read, "select", ABOVE, &s);
    CHECK_EQ(s.done, 0);
    put(q2, 77);
    CHECK_EQ(s.done, 1); /* it preempted the sender */
    CHECK(s.got == q2);
    CHECK_EQ(s.value, 77);
    CHECK_EQ(uxQueueMessagesWaiting(q2), 0);
    CHECK_EQ(uxQueueMessagesWaiting(set), 0);
    CHECK_EQ(xQueueRemoveFromSet(q1, set), pdPASS);
    CHECK_EQ(xQueueRemoveFromSet(q2, set), pdPASS);
    vQueueDelete(q1);
    vQueueDelete(q2);
    vQueueDelete(set);
}

static void members_are_added_and_removed_only_when_empty(void)
{
    QueueSetHandle_t set = make_set(2);
    QueueSetHandle_t other = make_set(2);
    QueueHandle_t q = make_queue(2);

    put(q, 1);
    CHECK_EQ(xQueueAddToSet(q, set), pdFAIL); /* holds an item the set never heard of */
    CHECK_EQ(take(q), 1);
    CHECK_EQ(xQueueAddToSet(q, set), pdPASS);
    CHECK_EQ(xQueueAddToSet(q, set), pdFAIL);   /* already a member */
    CHECK_EQ(xQueueAddToSet(q, other), pdFAIL); /* of one set only */
    CHECK_EQ(xQueueRemoveFromSet(q, other), pdFAIL);
    put(q, 2);
    CHECK_EQ(xQueueRemoveFromSet(q, set), pdFAIL); /* its event is still in the set */
    CHECK(xQueueSelectFromSet(set, 0) == q);
    CHECK_EQ(take(q), 2);
    CHECK_EQ(xQueueRemoveFromSet(q, set), pdPASS);
    CHECK_EQ(xQueueRemoveFromSet(q, set), pdFAIL);
    put(q, 3); /* no longer a member: nothing reported */
    CHECK(xQueueSelectFromSet(set, 0) == NULL);
    CHECK_EQ(take(q), 3);
    CHECK_EQ(xQueueAddToSet(q, other), pdPASS); /* free to join another */
    put(q, 4);
    CHECK(xQueueSelectFromSet(other, 0) == q);
    CHECK_EQ(take(q), 4);
    CHECK_EQ(xQueueRemoveFromSet(q, other), pdPASS);

    CHECK_EQ(xQueueAddToSet(NULL, set), pdFAIL);
    CHECK_EQ(xQueueAddToSet(q, NULL), pdFAIL);
    CHECK_EQ(xQueueAddToSet(set, set), pdFAIL);
    CHECK_EQ(xQueueRemoveFromSet(NULL, set), pdFAIL);
    CHECK_EQ(xQueueRemoveFromSet(q, NULL), pdFAIL);
    CHECK(xQueueSelectFromSet(NULL, 0) == NULL);
    CHECK(xQueueCreateSet(0) == NULL);
    vQueueDelete(q);
    vQueueDelete(set);
    vQueueDelete(other);
}

static void static_set_uses_only_the_given_memory(void)
{
    static StaticQueue_t control;
    static uint8_t storage[3 * sizeof(QueueSetMemberHandle_t)];
    size_t heap;
    QueueSetHandle_t set;
    QueueHandle_t q = make_queue(3);

    heap = xPortGetFreeHeapSize();
    set = xQueueCreateSetStatic(3, storage, &control);
    CHECK(set != NULL);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);
    CHECK_EQ(xQueueAddToSet(q, set), pdPASS);
    put(q, 1);
    put(q, 2);
    CHECK(xQueueSelectFromSet(set, 0) == q);
    CHECK(xQueueSelectFromSet(set, 0) == q);
    CHECK(xQueueSelectFromSet(set, 0) == NULL);
    CHECK_EQ(take(q), 1);
    CHECK_EQ(take(q), 2);
    CHECK_EQ(xQueueRemoveFromSet(q, set), pdPASS);
    vQueueDelete(set);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);
    vQueueDelete(q);
}

/* ---- Interrupts ---- */

static QueueSetHandle_t isr_set;
static QueueHandle_t isr_member;
static SemaphoreHandle_t isr_sem;
static volatile BaseType_t isr_woken;
static volatile QueueSetMemberHandle_t isr_selected;

static void isr_send_to_member(void)
{
    BaseType_t woken = pdFALSE;
    uint32_t v = 55;
    (void)xQueueSendFromISR(isr_member, &v, &woken);
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void isr_give_member(void)
{
    BaseType_t woken = pdFALSE;
    (void)xSemaphoreGiveFromISR(isr_sem, &woken);
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void isr_select(void)
{
    isr_selected = xQueueSelectFromSetFromISR(isr_set);
}

static void isr_sends_to_members_wake_a_task_selecting_the_set(void)
{
    static struct selector s;

    isr_set = make_set(3);
    isr_member = make_queue(2);
    isr_sem = xSemaphoreCreateBinary();
    CHECK(isr_sem != NULL);
    CHECK_EQ(xQueueAddToSet(isr_member, isr_set), pdPASS);
    CHECK_EQ(xQueueAddToSet(isr_sem, isr_set), pdPASS);
    if (test_irq_install(isr_send_to_member) == pdFALSE)
    {
        printf("  skipped: no test interrupt on this port\n");
    }
    else
    {
        memset(&s, 0, sizeof s);
        s.set = isr_set;
        test_task(select_and_read, "select", ABOVE, &s);
        isr_woken = pdFALSE;
        test_irq_trigger();
        CHECK_EQ(isr_woken, pdTRUE);
        CHECK_EQ(s.done, 1);
        CHECK(s.got == isr_member);
        CHECK_EQ(s.value, 55);

        memset(&s, 0, sizeof s);
        s.set = isr_set;
        test_task(select_and_read, "select", ABOVE, &s);
        (void)test_irq_install(isr_give_member);
        isr_woken = pdFALSE;
        test_irq_trigger();
        CHECK_EQ(isr_woken, pdTRUE);
        CHECK_EQ(s.done, 1);
        CHECK(s.got == isr_sem);
        CHECK_EQ(uxSemaphoreGetCount(isr_sem), 0);

        (void)test_irq_install(isr_select);
        test_irq_trigger();
        CHECK(isr_selected == NULL);
        put(isr_member, 1);
        test_irq_trigger();
        CHECK(isr_selected == isr_member);
        CHECK_EQ(take(isr_member), 1);
        (void)test_irq_install(NULL);
    }
    CHECK_EQ(xQueueRemoveFromSet(isr_member, isr_set), pdPASS);
    CHECK_EQ(xQueueRemoveFromSet(isr_sem, isr_set), pdPASS);
    vQueueDelete(isr_member);
    vSemaphoreDelete(isr_sem);
    vQueueDelete(isr_set);
}

int main(void)
{
    RUN_TEST(select_reports_the_member_that_has_data);
    RUN_TEST(counting_semaphore_member_reports_every_give);
    RUN_TEST(overwriting_an_announced_member_adds_no_event);
    RUN_TEST(select_times_out_after_exactly_the_block_time);
    RUN_TEST(send_to_a_member_wakes_a_task_selecting_the_set);
    RUN_TEST(members_are_added_and_removed_only_when_empty);
    RUN_TEST(static_set_uses_only_the_given_memory);
    RUN_TEST(isr_sends_to_members_wake_a_task_selecting_the_set);
    return test_summary();
}
