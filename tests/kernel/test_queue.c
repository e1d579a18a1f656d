/*
 * test_queue.c - queues: copy semantics and FIFO order (checked against a model for many
 * item sizes), send to front, overwrite, peek, blocking and timeouts (also across the wrap
 * of the tick counter; the kernel_queue_wrap build runs every scenario near the wrap),
 * wake order under contention, the ISR forms and their "higher priority task woken"
 * output, abort-delay, suspension of a waiter, reset, deletion with and without waiters,
 * static creation, the queue registry and bad arguments. Public API only.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "queue.h"
#include "test_irq.h"

#define LOW   1U
#define MID   3U
#define HIGH  5U
#define ABOVE (TEST_PRIORITY + 1U) /* preempts the controller */

#define FOREVER portMAX_DELAY

/* One blocking call made by a helper task, and what came of it. */
struct op
{
    QueueHandle_t q;
    TickType_t ticks;
    uint32_t value;
    UBaseType_t id;
    volatile BaseType_t result;
    volatile TickType_t elapsed;
    volatile int done;
};

/* Helpers record the order in which they finished. */
static volatile UBaseType_t order[16];
static volatile uint32_t order_value[16];
static volatile UBaseType_t order_len;

static void op_reset(struct op *op, QueueHandle_t q, TickType_t ticks, UBaseType_t id)
{
    memset(op, 0, sizeof *op);
    op->q = q;
    op->ticks = ticks;
    op->id = id;
    op->result = -1;
}

static void op_finish(struct op *op, BaseType_t result, TickType_t start)
{
    op->elapsed = (TickType_t)(xTaskGetTickCount() - start);
    op->result = result;
    if (order_len < sizeof order / sizeof order[0])
    {
        order_value[order_len] = op->value;
        order[order_len++] = op->id;
    }
    op->done = 1;
}

static void receiver(void *arg)
{
    struct op *op = arg;
    TickType_t start = xTaskGetTickCount();
    BaseType_t r = xQueueReceive(op->q, &op->value, op->ticks);
    op_finish(op, r, start);
    vTaskDelete(NULL);
}

static void sender(void *arg)
{
    struct op *op = arg;
    TickType_t start = xTaskGetTickCount();
    BaseType_t r = xQueueSend(op->q, &op->value, op->ticks);
    op_finish(op, r, start);
    vTaskDelete(NULL);
}

static void peeker(void *arg)
{
    struct op *op = arg;
    TickType_t start = xTaskGetTickCount();
    BaseType_t r = xQueuePeek(op->q, &op->value, op->ticks);
    op_finish(op, r, start);
    vTaskDelete(NULL);
}

static QueueHandle_t make_u32_queue(UBaseType_t length)
{
    QueueHandle_t q = xQueueCreate(length, sizeof(uint32_t));
    CHECK(q != NULL);
    return q;
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

/* ---- Order, copies and geometry ---- */

static void items_are_copied_and_received_in_fifo_order(void)
{
    QueueHandle_t q = make_u32_queue(4);
    uint32_t v;

    for (v = 1; v <= 4; v++)
    {
        CHECK_EQ(xQueueSend(q, &v, 0), pdPASS);
    }
    v = 99; /* the queue holds copies: the source may change */
    CHECK_EQ(uxQueueMessagesWaiting(q), 4);
    CHECK_EQ(uxQueueSpacesAvailable(q), 0);
    CHECK_EQ(take(q), 1);
    CHECK_EQ(take(q), 2);
    CHECK_EQ(uxQueueMessagesWaiting(q), 2);
    CHECK_EQ(uxQueueSpacesAvailable(q), 2);
    CHECK_EQ(take(q), 3);
    CHECK_EQ(take(q), 4);
    CHECK_EQ(xQueueReceive(q, &v, 0), errQUEUE_EMPTY);
    CHECK_EQ(v, 99); /* a failed receive leaves the buffer alone */
    CHECK_EQ(uxQueueGetQueueLength(q), 4);
    CHECK_EQ(uxQueueGetQueueItemSize(q), sizeof(uint32_t));
    vQueueDelete(q);
}

static void send_to_front_is_received_first(void)
{
    QueueHandle_t q = make_u32_queue(4);
    uint32_t v = 3;

    put(q, 1);
    put(q, 2);
    CHECK_EQ(xQueueSendToFront(q, &v, 0), pdPASS);
    v = 4;
    CHECK_EQ(xQueueSendToBack(q, &v, 0), pdPASS);
    CHECK_EQ(xQueueSendToFront(q, &v, 0), errQUEUE_FULL);
    CHECK_EQ(take(q), 3);
    CHECK_EQ(take(q), 1);
    CHECK_EQ(take(q), 2);
    CHECK_EQ(take(q), 4);
    vQueueDelete(q);
}

/* A tiny deterministic generator, so runs repeat exactly. */
static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1664525U + 1013904223U;
    return *state >> 8;
}

/* Random sends (back and front), receives and peeks on a queue of each item size, checked
 * step by step against a plain array model: covers wrap-around of the ring storage from
 * both ends and every item-copy path. */
static void queue_matches_a_model_for_every_item_size(void)
{
    static const UBaseType_t sizes[] = {1, 2, 3, 4, 5, 8, 12, 33};
    enum
    {
        LENGTH = 5,
        MAX_SIZE = 33,
        STEPS = 2000
    };
    uint8_t model[LENGTH][MAX_SIZE];
    uint32_t seed = 12345U;
    size_t s;

    for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
    {
        UBaseType_t size = sizes[s];
        QueueHandle_t q = xQueueCreate(LENGTH, size);
        UBaseType_t count = 0;
        uint8_t item[MAX_SIZE];
        uint8_t got[MAX_SIZE + 1];
        int step;

        CHECK(q != NULL);
        CHECK_EQ(uxQueueGetQueueItemSize(q), size);
        for (step = 0; step < STEPS; step++)
        {
            uint32_t r = next_random(&seed);
            UBaseType_t i;
            for (i = 0; i < size; i++)
            {
                item[i] = (uint8_t)next_random(&seed);
            }
            memset(got, 0xee, sizeof got);
            switch (r % 4U)
            {
                case 0: /* send to back */
                    if (count < LENGTH)
                    {
                        CHECK_EQ(xQueueSendToBack(q, item, 0), pdPASS);
                        memcpy(model[count++], item, size);
                    }
                    else
                    {
                        CHECK_EQ(xQueueSendToBack(q, item, 0), errQUEUE_FULL);
                    }
                    break;
                case 1: /* send to front */
                    if (count < LENGTH)
                    {
                        CHECK_EQ(xQueueSendToFront(q, item, 0), pdPASS);
                        memmove(model[1], model[0], (size_t)count * MAX_SIZE);
                        memcpy(model[0], item, size);
                        count++;
                    }
                    else
                    {
                        CHECK_EQ(xQueueSendToFront(q, item, 0), errQUEUE_FULL);
                    }
                    break;
                case 2: /* receive */
                    if (count > 0U)
                    {
                        CHECK_EQ(xQueueReceive(q, got, 0), pdPASS);
                        CHECK(memcmp(got, model[0], size) == 0);
                        CHECK_EQ(got[size], 0xee); /* exactly item-size bytes written */
                        count--;
                        memmove(model[0], model[1], (size_t)count * MAX_SIZE);
                    }
                    else
                    {
                        CHECK_EQ(xQueueReceive(q, got, 0), errQUEUE_EMPTY);
                    }
                    break;
                default: /* peek */
                    if (count > 0U)
                    {
                        CHECK_EQ(xQueuePeek(q, got, 0), pdPASS);
                        CHECK(memcmp(got, model[0], size) == 0);
                    }
                    else
                    {
                        CHECK_EQ(xQueuePeek(q, got, 0), errQUEUE_EMPTY);
                    }
                    break;
            }
            CHECK_EQ(uxQueueMessagesWaiting(q), count);
            CHECK_EQ(uxQueueSpacesAvailable(q), LENGTH - count);
        }
        vQueueDelete(q);
    }
}

static void state_queries_report_empty_and_full(void)
{
    QueueHandle_t q = make_u32_queue(2);

    CHECK_EQ(xQueueIsQueueEmptyFromISR(q), pdTRUE);
    CHECK_EQ(xQueueIsQueueFullFromISR(q), pdFALSE);
    CHECK_EQ(uxQueueMessagesWaitingFromISR(q), 0);
    put(q, 1);
    CHECK_EQ(xQueueIsQueueEmptyFromISR(q), pdFALSE);
    CHECK_EQ(xQueueIsQueueFullFromISR(q), pdFALSE);
    put(q, 2);
    CHECK_EQ(xQueueIsQueueFullFromISR(q), pdTRUE);
    CHECK_EQ(uxQueueMessagesWaitingFromISR(q), 2);
    vQueueDelete(q);
}

/* ---- Overwrite and peek ---- */

static void overwrite_replaces_the_item_of_a_full_length_one_queue(void)
{
    QueueHandle_t q = make_u32_queue(1);
    uint32_t v = 1;

    CHECK_EQ(xQueueOverwrite(q, &v), pdPASS); /* also works when empty */
    CHECK_EQ(uxQueueMessagesWaiting(q), 1);
    v = 2;
    CHECK_EQ(xQueueSend(q, &v, 0), errQUEUE_FULL);
    CHECK_EQ(xQueueOverwrite(q, &v), pdPASS);
    v = 3;
    CHECK_EQ(xQueueOverwrite(q, &v), pdPASS);
    CHECK_EQ(uxQueueMessagesWaiting(q), 1);
    CHECK_EQ(take(q), 3);
    CHECK_EQ(uxQueueMessagesWaiting(q), 0);
    vQueueDelete(q);
}

static void overwrite_is_refused_on_a_longer_queue(void)
{
    QueueHandle_t q = make_u32_queue(2);
    uint32_t v = 7;

    put(q, 1);
    put(q, 2);
    CHECK_EQ(xQueueOverwrite(q, &v), errQUEUE_FULL);
    CHECK_EQ(xQueueOverwriteFromISR(q, &v, NULL), errQUEUE_FULL);
    CHECK_EQ(take(q), 1);
    CHECK_EQ(xQueueOverwrite(q, &v), errQUEUE_FULL); /* not even with space */
    CHECK_EQ(take(q), 2);
    vQueueDelete(q);
}

static void overwrite_wakes_a_waiting_receiver(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct op rx;
    uint32_t v = 42;

    op_reset(&rx, q, FOREVER, 1);
    test_task(receiver, "rx", ABOVE, &rx);
    CHECK_EQ(xQueueOverwrite(q, &v), pdPASS);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 42);
    vQueueDelete(q);
}

static void peek_leaves_the_item_in_place(void)
{
    QueueHandle_t q = make_u32_queue(3);
    uint32_t v = 0;

    CHECK_EQ(xQueuePeek(q, &v, 0), errQUEUE_EMPTY);
    put(q, 5);
    put(q, 6);
    CHECK_EQ(xQueuePeek(q, &v, 0), pdPASS);
    CHECK_EQ(v, 5);
    v = 0;
    CHECK_EQ(xQueuePeek(q, &v, 0), pdPASS);
    CHECK_EQ(v, 5);
    CHECK_EQ(uxQueueMessagesWaiting(q), 2);
    CHECK_EQ(take(q), 5);
    CHECK_EQ(xQueuePeek(q, &v, 0), pdPASS);
    CHECK_EQ(v, 6);
    CHECK_EQ(take(q), 6);
    vQueueDelete(q);
}

static void peek_times_out_on_an_empty_queue(void)
{
    QueueHandle_t q = make_u32_queue(1);
    TickType_t start = xTaskGetTickCount();
    uint32_t v;

    CHECK_EQ(xQueuePeek(q, &v, 12), errQUEUE_EMPTY);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - start), 12);
    vQueueDelete(q);
}

/* A blocked peeker sees the item and leaves it for a blocked receiver, which then gets it
 * too, although the one send woke only the peeker. */
static void blocked_peeker_and_receiver_both_see_one_item(void)
{
    QueueHandle_t q = make_u32_queue(2);
    static struct op pk;
    static struct op rx;

    order_len = 0;
    op_reset(&pk, q, FOREVER, 1);
    op_reset(&rx, q, FOREVER, 2);
    test_task(peeker, "peek", HIGH, &pk);
    test_task(receiver, "rx", MID, &rx);
    vTaskDelay(2); /* both block */
    CHECK_EQ(pk.done + rx.done, 0);
    put(q, 77);
    vTaskDelay(2);
    CHECK_EQ(pk.done, 1);
    CHECK_EQ(pk.value, 77);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 77);
    CHECK_EQ(order[0], 1);
    CHECK_EQ(uxQueueMessagesWaiting(q), 0);
    vQueueDelete(q);
}

/* ---- Blocking, waking and timeouts ---- */

static void receive_times_out_after_exactly_the_block_time(void)
{
    QueueHandle_t q = make_u32_queue(1);
    TickType_t start = xTaskGetTickCount();
    uint32_t v = 0;

    CHECK_EQ(xQueueReceive(q, &v, 25), errQUEUE_EMPTY);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - start), 25);
    vQueueDelete(q);
}

static void send_to_a_full_queue_times_out_after_exactly_the_block_time(void)
{
    QueueHandle_t q = make_u32_queue(1);
    TickType_t start;
    uint32_t v = 2;

    put(q, 1);
    start = xTaskGetTickCount();
    CHECK_EQ(xQueueSend(q, &v, 17), errQUEUE_FULL);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - start), 17);
    CHECK_EQ(xQueueSend(q, &v, 0), errQUEUE_FULL);
    CHECK_EQ(take(q), 1);
    vQueueDelete(q);
}

static void higher_priority_receiver_runs_as_soon_as_an_item_arrives(void)
{
    QueueHandle_t q = make_u32_queue(2);
    static struct op rx;

    op_reset(&rx, q, FOREVER, 1);
    test_task(receiver, "rx", ABOVE, &rx);
    CHECK_EQ(rx.done, 0); /* it ran and blocked */
    put(q, 9);
    CHECK_EQ(rx.done, 1); /* and preempted the sender */
    CHECK_EQ(rx.result, pdPASS);
    CHECK_EQ(rx.value, 9);
    CHECK_EQ(rx.elapsed, 0);
    vQueueDelete(q);
}

static void lower_priority_receiver_runs_when_the_sender_blocks(void)
{
    QueueHandle_t q = make_u32_queue(2);
    static struct op rx;

    op_reset(&rx, q, FOREVER, 1);
    test_task(receiver, "rx", LOW, &rx);
    vTaskDelay(1);
    put(q, 9);
    CHECK_EQ(rx.done, 0);
    vTaskDelay(1);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 9);
    vQueueDelete(q);
}

static void blocked_sender_proceeds_when_space_appears(void)
{
    QueueHandle_t q = make_u32_queue(2);
    static struct op tx;

    put(q, 1);
    put(q, 2);
    op_reset(&tx, q, FOREVER, 1);
    tx.value = 3;
    test_task(sender, "tx", ABOVE, &tx);
    CHECK_EQ(tx.done, 0);
    CHECK_EQ(take(q), 1);
    CHECK_EQ(tx.done, 1); /* it ran at once and filled the queue again */
    CHECK_EQ(tx.result, pdPASS);
    CHECK_EQ(uxQueueMessagesWaiting(q), 2);
    CHECK_EQ(take(q), 2);
    CHECK_EQ(take(q), 3);
    vQueueDelete(q);
}

/* A receiver woken by an item that someone else takes first waits on for the rest of its
 * block time, not for the whole of it again, and not less. */
static void woken_receiver_that_loses_the_item_waits_out_the_rest(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct op rx;

    op_reset(&rx, q, 50, 1);
    test_task(receiver, "rx", LOW, &rx);
    vTaskDelay(10);       /* rx blocks at t+0 for 50 ticks */
    put(q, 1);            /* wakes rx ... */
    CHECK_EQ(take(q), 1); /* ... but the controller takes the item first */
    vTaskDelay(30);
    CHECK_EQ(rx.done, 0);
    vTaskDelay(20);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.result, errQUEUE_EMPTY);
    CHECK_EQ(rx.elapsed, 50);
    vQueueDelete(q);
}

/* Creates the helpers one at a time, each blocking before the next exists, so that the
 * order of arrival in the wait list is known: the creation order. */
static void start_in_order(TaskFunction_t fn, struct op *ops, const UBaseType_t *prio, int n)
{
    int i;
    for (i = 0; i < n; i++)
    {
        test_task(fn, "w", prio[i], &ops[i]);
        vTaskDelay(1);
        CHECK_EQ(ops[i].done, 0);
    }
}

/* Arrival order L1 H1 L2 M1 H2 L3: woken highest priority first, first come first served
 * among equals. */
static const UBaseType_t contention_prio[6] = {2, 4, 2, 3, 4, 2};
static const UBaseType_t contention_wake_order[6] = {2, 5, 4, 1, 3, 6};

static void receivers_wake_by_priority_then_arrival(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct op rx[6];
    int i;

    order_len = 0;
    for (i = 0; i < 6; i++)
    {
        op_reset(&rx[i], q, FOREVER, (UBaseType_t)i + 1U);
    }
    start_in_order(receiver, rx, contention_prio, 6);
    for (i = 0; i < 6; i++)
    {
        put(q, 100U + (uint32_t)i); /* one item wakes one receiver */
        vTaskDelay(1);
        CHECK_EQ(order_len, (UBaseType_t)i + 1U);
    }
    for (i = 0; i < 6; i++)
    {
        CHECK_EQ(order[i], contention_wake_order[i]);
        CHECK_EQ(order_value[i], 100U + (uint32_t)i);
    }
    vQueueDelete(q);
}

static void senders_wake_by_priority_then_arrival(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct op tx[6];
    int i;

    order_len = 0;
    put(q, 0);
    for (i = 0; i < 6; i++)
    {
        op_reset(&tx[i], q, FOREVER, (UBaseType_t)i + 1U);
        tx[i].value = (uint32_t)i + 1U;
    }
    start_in_order(sender, tx, contention_prio, 6);
    CHECK_EQ(take(q), 0);
    for (i = 0; i < 6; i++)
    {
        vTaskDelay(1); /* the woken sender puts its value in */
        CHECK_EQ(take(q), contention_wake_order[i]);
    }
    CHECK_EQ(order_len, 6);
    vQueueDelete(q);
}

/* Timeouts measured across the moment the tick counter wraps to zero: a wait that ends
 * before the wrap, one that ends after it, and an item sent after the wrap to a receiver
 * that blocked before it. In the kernel_queue_wrap build (which starts 300 ticks short of
 * the wrap); elsewhere it reports itself skipped. */
static void timeouts_survive_the_tick_counter_wrapping(void)
{
    QueueHandle_t q = make_u32_queue(1);
    QueueHandle_t q2 = make_u32_queue(1);
    static struct op early;
    static struct op late;
    static struct op fed;
    /* Ticks until 20 before the wrap (almost a full turn when the count starts at 0). */
    TickType_t until = (TickType_t)((TickType_t)0U - (TickType_t)20U - xTaskGetTickCount());
    TickType_t start;
    TickType_t end;

    if (until > 1000U)
    {
        /* Only the kernel_queue_wrap build starts near the wrap; jumping a whole turn of
         * the counter would take hours on a board with a real tick. */
        printf("  skipped: the tick starts far from its wrap in this build\n");
        vQueueDelete(q);
        vQueueDelete(q2);
        return;
    }
    vTaskDelay(until);
    start = xTaskGetTickCount();
    CHECK_EQ((TickType_t)(0U - start), 20);
    order_len = 0;
    op_reset(&early, q, 10, 1);
    op_reset(&late, q, 45, 2);
    op_reset(&fed, q2, 1000, 3);
    test_task(receiver, "early", HIGH, &early);
    test_task(receiver, "late", HIGH, &late);
    test_task(receiver, "fed", HIGH, &fed);
    /* The controller waits 30: past the wrap, between the two. */
    CHECK_EQ(xQueueReceive(q, &fed.value, 30), errQUEUE_EMPTY);
    end = xTaskGetTickCount();
    CHECK((TickType_t)(end - start) == 30U && end < start); /* wrapped */
    CHECK_EQ(early.done, 1);
    CHECK_EQ(early.elapsed, 10);
    CHECK_EQ(late.done, 0);
    put(q2, 5);
    vTaskDelay(1);
    CHECK_EQ(fed.done, 1);
    CHECK_EQ(fed.result, pdPASS);
    CHECK_EQ(fed.elapsed, 30);
    vTaskDelay(20);
    CHECK_EQ(late.done, 1);
    CHECK_EQ(late.result, errQUEUE_EMPTY);
    CHECK_EQ(late.elapsed, 45);
    CHECK_EQ(order[0], 1);
    CHECK_EQ(order[1], 3);
    CHECK_EQ(order[2], 2);
    vQueueDelete(q);
    vQueueDelete(q2);
}

/* With the scheduler suspended a send still wakes the receiver, which runs as soon as the
 * scheduler is resumed. */
static void send_with_the_scheduler_suspended_switches_at_resume(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct op rx;
    int ran_early;
    BaseType_t resumed;
    uint32_t v = 1;

    op_reset(&rx, q, FOREVER, 1);
    test_task(receiver, "rx", ABOVE, &rx);
    vTaskSuspendAll();
    (void)xQueueSend(q, &v, 0);
    ran_early = rx.done;
    resumed = xTaskResumeAll();
    CHECK_EQ(ran_early, 0);
    CHECK_EQ(resumed, pdTRUE);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 1);
    vQueueDelete(q);
}

/* ---- Abort, suspension, reset, deletion ---- */

struct abort_probe
{
    struct op op;
    volatile BaseType_t later_timeout;
};

static void receiver_then_timeout_check(void *arg)
{
    struct abort_probe *p = arg;
    TickType_t start = xTaskGetTickCount();
    TimeOut_t timeout;
    TickType_t ticks = 10;
    BaseType_t r = xQueueReceive(p->op.q, &p->op.value, p->op.ticks);

    /* An abort ends that one wait, not the next one. */
    vTaskSetTimeOutState(&timeout);
    p->later_timeout = xTaskCheckForTimeOut(&timeout, &ticks);
    op_finish(&p->op, r, start);
    vTaskDelete(NULL);
}

static void abort_delay_ends_a_wait_on_a_queue(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct abort_probe rx;
    static struct op tx;
    TaskHandle_t rx_task;
    TaskHandle_t tx_task;

    op_reset(&rx.op, q, FOREVER, 1);
    rx.later_timeout = -1;
    rx_task = test_task(receiver_then_timeout_check, "rx", LOW, &rx);
    vTaskDelay(5);
    CHECK_EQ(eTaskGetState(rx_task), eBlocked);
    CHECK_EQ(xTaskAbortDelay(rx_task), pdPASS);
    vTaskDelay(1);
    CHECK_EQ(rx.op.done, 1);
    CHECK_EQ(rx.op.result, errQUEUE_EMPTY);
    CHECK_EQ(rx.later_timeout, pdFALSE);

    put(q, 1);
    op_reset(&tx, q, FOREVER, 2);
    tx_task = test_task(sender, "tx", LOW, &tx);
    vTaskDelay(5);
    CHECK_EQ(xTaskAbortDelay(tx_task), pdPASS);
    vTaskDelay(1);
    CHECK_EQ(tx.done, 1);
    CHECK_EQ(tx.result, errQUEUE_FULL);
    CHECK_EQ(uxQueueMessagesWaiting(q), 1);
    vQueueDelete(q);
}

/* FreeRTOS semantics: suspension interrupts a wait, but after vTaskResume() the call goes
 * on waiting for what is left of its block time. */
static void resumed_waiter_goes_on_waiting(void)
{
    QueueHandle_t q = make_u32_queue(1);
    static struct op forever;
    static struct op timed;
    TaskHandle_t a;
    TaskHandle_t b;

    op_reset(&forever, q, FOREVER, 1);
    op_reset(&timed, q, 50, 2);
    a = test_task(receiver, "forever", MID, &forever);
    b = test_task(receiver, "timed", LOW, &timed);
    vTaskDelay(10);
    vTaskSuspend(a);
    vTaskSuspend(b);
    CHECK_EQ(eTaskGetState(a), eSuspended);
    vTaskDelay(10);
    vTaskResume(a);
    vTaskResume(b);
    vTaskDelay(5);
    CHECK_EQ(forever.done, 0);
    CHECK_EQ(timed.done, 0);
    CHECK_EQ(eTaskGetState(a), eBlocked);
    vTaskDelay(40); /* timed's 50 ticks end at t+50 */
    CHECK_EQ(timed.done, 1);
    CHECK_EQ(timed.result, errQUEUE_EMPTY);
    CHECK_EQ(timed.elapsed, 50);
    put(q, 3);
    vTaskDelay(1);
    CHECK_EQ(forever.done, 1);
    CHECK_EQ(forever.result, pdPASS);
    CHECK_EQ(forever.value, 3);
    vQueueDelete(q);
}

static void reset_empties_the_queue_and_lets_a_sender_in(void)
{
    QueueHandle_t q = make_u32_queue(2);
    static struct op tx;

    put(q, 1);
    put(q, 2);
    op_reset(&tx, q, FOREVER, 1);
    tx.value = 3;
    test_task(sender, "tx", ABOVE, &tx);
    CHECK_EQ(tx.done, 0);
    CHECK_EQ(xQueueReset(q), pdPASS);
    CHECK_EQ(tx.done, 1);
    CHECK_EQ(tx.result, pdPASS);
    CHECK_EQ(uxQueueMessagesWaiting(q), 1);
    CHECK_EQ(take(q), 3);
    vQueueDelete(q);
}

static void reset_leaves_receivers_waiting(void)
{
    QueueHandle_t q = make_u32_queue(2);
    static struct op rx;
    TaskHandle_t t;

    op_reset(&rx, q, FOREVER, 1);
    t = test_task(receiver, "rx", LOW, &rx);
    vTaskDelay(1);
    CHECK_EQ(xQueueReset(q), pdPASS);
    vTaskDelay(1);
    CHECK_EQ(rx.done, 0);
    CHECK_EQ(eTaskGetState(t), eBlocked);
    put(q, 4);
    vTaskDelay(1);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 4);
    vQueueDelete(q);
}

static void deleting_a_queue_without_waiters_frees_it(void)
{
    size_t before = xPortGetFreeHeapSize();
    QueueHandle_t q = xQueueCreate(10, 64);
    uint8_t item[64] = {1};

    CHECK(q != NULL);
    CHECK(xPortGetFreeHeapSize() < before - 10U * 64U);
    CHECK_EQ(xQueueSend(q, item, 0), pdPASS); /* items inside do not matter */
    vQueueDelete(q);
    CHECK_EQ(xPortGetFreeHeapSize(), before);
}

static void deleting_a_queue_fails_the_calls_waiting_on_it(void)
{
    QueueHandle_t empty = make_u32_queue(1);
    QueueHandle_t full = make_u32_queue(1);
    static struct op rx_low;
    static struct op rx_high;
    static struct op tx;

    put(full, 1);
    op_reset(&rx_low, empty, FOREVER, 1);
    op_reset(&rx_high, empty, 1000, 2);
    op_reset(&tx, full, FOREVER, 3);
    test_task(receiver, "rx_low", LOW, &rx_low);
    test_task(receiver, "rx_high", ABOVE, &rx_high);
    test_task(sender, "tx", LOW, &tx);
    vTaskDelay(1);
    CHECK_EQ(rx_low.done + rx_high.done + tx.done, 0);
    vQueueDelete(empty);
    CHECK_EQ(rx_high.done, 1); /* it outranks the deleter */
    CHECK_EQ(rx_high.result, errQUEUE_EMPTY);
    CHECK_EQ(rx_high.elapsed, 1);
    vQueueDelete(full);
    vTaskDelay(1);
    CHECK_EQ(rx_low.done, 1);
    CHECK_EQ(rx_low.result, errQUEUE_EMPTY);
    CHECK_EQ(tx.done, 1);
    CHECK_EQ(tx.result, errQUEUE_FULL);
}

/* ---- Static creation ---- */

static void static_queue_uses_only_the_given_memory(void)
{
    static StaticQueue_t control;
    static uint8_t storage[3 * sizeof(uint32_t)];
    size_t before = xPortGetFreeHeapSize();
    uint8_t *got_storage = NULL;
    StaticQueue_t *got_control = NULL;
    uint32_t first;
    QueueHandle_t dynamic;
    QueueHandle_t q;

    q = xQueueCreateStatic(3, sizeof(uint32_t), storage, &control);
    CHECK(q != NULL);
    CHECK_EQ(xPortGetFreeHeapSize(), before);
    put(q, 0x01020304U);
    memcpy(&first, storage, sizeof first); /* the item went into the given storage */
    CHECK_EQ(first, 0x01020304U);
    put(q, 2);
    put(q, 3);
    CHECK_EQ(xQueueSend(q, &before, 0), errQUEUE_FULL);
    CHECK_EQ(take(q), 0x01020304U);
    CHECK_EQ(xQueueGetStaticBuffers(q, &got_storage, &got_control), pdTRUE);
    CHECK(got_storage == storage);
    CHECK(got_control == &control);
    vQueueDelete(q);
    CHECK_EQ(xPortGetFreeHeapSize(), before);

    dynamic = make_u32_queue(1);
    CHECK_EQ(xQueueGetStaticBuffers(dynamic, &got_storage, &got_control), pdFALSE);
    vQueueDelete(dynamic);
}

/* ---- ISR forms ---- */

static QueueHandle_t isr_queue;
static uint32_t isr_value;
static volatile BaseType_t isr_result;
static volatile BaseType_t isr_woken;
static volatile BaseType_t isr_yield;
static volatile UBaseType_t isr_waiting;

static void isr_send(void)
{
    BaseType_t woken = pdFALSE;
    isr_result = xQueueSendFromISR(isr_queue, &isr_value, &woken);
    isr_woken = woken;
    if (isr_yield)
    {
        portYIELD_FROM_ISR(woken);
    }
}

static void isr_receive(void)
{
    BaseType_t woken = pdFALSE;
    isr_waiting = uxQueueMessagesWaitingFromISR(isr_queue);
    isr_result = xQueueReceiveFromISR(isr_queue, &isr_value, &woken);
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void isr_peek(void)
{
    isr_result = xQueuePeekFromISR(isr_queue, &isr_value);
}

static void isr_front_and_overwrite(void)
{
    BaseType_t woken = pdFALSE;
    uint32_t v = 2;
    isr_result = xQueueSendToBackFromISR(isr_queue, &v, &woken);
    v = 1;
    isr_result += xQueueSendToFrontFromISR(isr_queue, &v, &woken);
    isr_woken = woken;
}

static void isr_overwrite(void)
{
    BaseType_t woken = pdFALSE;
    isr_result = xQueueOverwriteFromISR(isr_queue, &isr_value, &woken);
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

static void isr_send_wakes_a_higher_priority_receiver_and_switches_to_it(void)
{
    static struct op rx;

    isr_queue = make_u32_queue(2);
    op_reset(&rx, isr_queue, FOREVER, 1);
    test_task(receiver, "rx", ABOVE, &rx);
    if (!have_irq(isr_send))
    {
        return;
    }
    isr_value = 31;
    isr_yield = pdTRUE;
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(isr_woken, pdTRUE);
    CHECK_EQ(rx.done, 1); /* ran straight after the interrupt */
    CHECK_EQ(rx.value, 31);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

static void isr_send_without_flag(void)
{
    isr_result = xQueueSendFromISR(isr_queue, &isr_value, NULL);
}

/* FreeRTOS V11: given no flag to report through, the ISR's wish to switch is remembered
 * and honoured at the next tick. */
static void isr_send_without_a_woken_flag_switches_at_the_next_tick(void)
{
    static struct op rx;
    TickType_t start;

    isr_queue = make_u32_queue(2);
    op_reset(&rx, isr_queue, FOREVER, 1);
    test_task(receiver, "rx", ABOVE, &rx);
    if (!have_irq(isr_send_without_flag))
    {
        vQueueDelete(isr_queue);
        return;
    }
    isr_value = 33;
    start = xTaskGetTickCount();
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(rx.done, 0);
    while (xTaskGetTickCount() == start)
    {
        /* busy: only the tick can switch to the receiver */
    }
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 33);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

static void isr_send_to_a_lower_priority_receiver_asks_for_no_switch(void)
{
    static struct op rx;

    isr_queue = make_u32_queue(2);
    op_reset(&rx, isr_queue, FOREVER, 1);
    test_task(receiver, "rx", LOW, &rx);
    vTaskDelay(1);
    if (!have_irq(isr_send))
    {
        return;
    }
    isr_value = 32;
    isr_yield = pdTRUE;
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(isr_woken, pdFALSE);
    CHECK_EQ(rx.done, 0);
    vTaskDelay(1);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 32);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

static void isr_send_to_a_full_queue_fails(void)
{
    isr_queue = make_u32_queue(1);
    put(isr_queue, 1);
    if (!have_irq(isr_send))
    {
        return;
    }
    isr_value = 2;
    isr_yield = pdTRUE;
    test_irq_trigger();
    CHECK_EQ(isr_result, errQUEUE_FULL);
    CHECK_EQ(isr_woken, pdFALSE);
    CHECK_EQ(take(isr_queue), 1);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

static void isr_receive_wakes_a_higher_priority_sender_and_switches_to_it(void)
{
    static struct op tx;

    isr_queue = make_u32_queue(1);
    put(isr_queue, 1);
    op_reset(&tx, isr_queue, FOREVER, 1);
    tx.value = 2;
    test_task(sender, "tx", ABOVE, &tx);
    if (!have_irq(isr_receive))
    {
        return;
    }
    test_irq_trigger();
    CHECK_EQ(isr_waiting, 1);
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(isr_value, 1);
    CHECK_EQ(isr_woken, pdTRUE);
    CHECK_EQ(tx.done, 1);
    CHECK_EQ(take(isr_queue), 2);
    test_irq_trigger(); /* now empty */
    CHECK_EQ(isr_result, errQUEUE_EMPTY);
    CHECK_EQ(isr_woken, pdFALSE);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

static void isr_peek_send_to_front_and_overwrite(void)
{
    isr_queue = make_u32_queue(2);
    if (!have_irq(isr_peek))
    {
        return;
    }
    test_irq_trigger();
    CHECK_EQ(isr_result, errQUEUE_EMPTY);
    put(isr_queue, 8);
    isr_value = 0;
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(isr_value, 8);
    CHECK_EQ(take(isr_queue), 8);

    (void)test_irq_install(isr_front_and_overwrite);
    test_irq_trigger();
    CHECK_EQ(isr_result, 2 * pdPASS);
    CHECK_EQ(take(isr_queue), 1);
    CHECK_EQ(take(isr_queue), 2);
    vQueueDelete(isr_queue);

    isr_queue = make_u32_queue(1);
    put(isr_queue, 1);
    (void)test_irq_install(isr_overwrite);
    isr_value = 9;
    test_irq_trigger();
    CHECK_EQ(isr_result, pdPASS);
    CHECK_EQ(uxQueueMessagesWaiting(isr_queue), 1);
    CHECK_EQ(take(isr_queue), 9);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

static void isr_overwrite_wakes_a_higher_priority_receiver(void)
{
    static struct op rx;

    isr_queue = make_u32_queue(1);
    op_reset(&rx, isr_queue, FOREVER, 1);
    test_task(receiver, "rx", ABOVE, &rx);
    if (!have_irq(isr_overwrite))
    {
        return;
    }
    isr_value = 12;
    test_irq_trigger();
    CHECK_EQ(isr_woken, pdTRUE);
    CHECK_EQ(rx.done, 1);
    CHECK_EQ(rx.value, 12);
    (void)test_irq_install(NULL);
    vQueueDelete(isr_queue);
}

/* ---- Registry ---- */

static void registry_names_renames_and_forgets_queues(void)
{
    QueueHandle_t q[configQUEUE_REGISTRY_SIZE + 1];
    size_t i;

    for (i = 0; i < sizeof q / sizeof q[0]; i++)
    {
        q[i] = make_u32_queue(1);
        CHECK(pcQueueGetName(q[i]) == NULL);
    }
    vQueueAddToRegistry(q[0], "first");
    CHECK(strcmp(pcQueueGetName(q[0]), "first") == 0);
    vQueueAddToRegistry(q[0], "renamed"); /* again: a new name, not a second entry */
    CHECK(strcmp(pcQueueGetName(q[0]), "renamed") == 0);
    vQueueAddToRegistry(q[0], NULL); /* a NULL name is ignored, as in FreeRTOS */
    CHECK(pcQueueGetName(q[0]) != NULL && strcmp(pcQueueGetName(q[0]), "renamed") == 0);
    for (i = 1; i < configQUEUE_REGISTRY_SIZE; i++)
    {
        vQueueAddToRegistry(q[i], "other");
    }
    /* The renaming above took no second slot, so the registry is now exactly full. */
    vQueueAddToRegistry(q[configQUEUE_REGISTRY_SIZE], "extra");
    CHECK(pcQueueGetName(q[configQUEUE_REGISTRY_SIZE]) == NULL);
    vQueueUnregisterQueue(q[0]);
    CHECK(pcQueueGetName(q[0]) == NULL);
    vQueueAddToRegistry(q[configQUEUE_REGISTRY_SIZE], "extra");
    CHECK(strcmp(pcQueueGetName(q[configQUEUE_REGISTRY_SIZE]), "extra") == 0);
    vQueueUnregisterQueue(q[0]); /* not registered: nothing happens */
    CHECK(pcQueueGetName(NULL) == NULL);
    /* Deleting a queue takes it out of the registry. */
    for (i = 0; i < sizeof q / sizeof q[0]; i++)
    {
        vQueueDelete(q[i]);
    }
    q[0] = make_u32_queue(1);
    for (i = 1; i <= configQUEUE_REGISTRY_SIZE; i++)
    {
        q[i] = make_u32_queue(1);
        vQueueAddToRegistry(q[i], "again");
        CHECK(pcQueueGetName(q[i]) != NULL);
    }
    for (i = 0; i < sizeof q / sizeof q[0]; i++)
    {
        vQueueDelete(q[i]);
    }
}

/* ---- For trace tools ---- */

static void trace_numbers_and_types_are_kept(void)
{
#if (configUSE_TRACE_FACILITY == 1)
    QueueHandle_t q = make_u32_queue(1);
    QueueHandle_t m = xQueueCreateMutex(queueQUEUE_TYPE_MUTEX);
    QueueHandle_t rm = xQueueCreateMutex(queueQUEUE_TYPE_RECURSIVE_MUTEX);
    QueueHandle_t cs = xQueueCreateCountingSemaphore(3, 1);
    QueueHandle_t bin = xQueueGenericCreate(1, 0, queueQUEUE_TYPE_BINARY_SEMAPHORE);

    CHECK(m != NULL && rm != NULL && cs != NULL && bin != NULL);
    CHECK_EQ(ucQueueGetQueueType(q), queueQUEUE_TYPE_BASE);
    CHECK_EQ(ucQueueGetQueueType(m), queueQUEUE_TYPE_MUTEX);
    CHECK_EQ(ucQueueGetQueueType(rm), queueQUEUE_TYPE_RECURSIVE_MUTEX);
    CHECK_EQ(ucQueueGetQueueType(cs), queueQUEUE_TYPE_COUNTING_SEMAPHORE);
    CHECK_EQ(ucQueueGetQueueType(bin), queueQUEUE_TYPE_BINARY_SEMAPHORE);
    vQueueSetQueueNumber(q, 42);
    CHECK_EQ(uxQueueGetQueueNumber(q), 42);
    CHECK_EQ(uxQueueGetQueueNumber(m), 0);
    CHECK(xQueueCreateMutex(queueQUEUE_TYPE_BINARY_SEMAPHORE) == NULL); /* not a mutex type */
    vQueueDelete(q);
    vQueueDelete(m);
    vQueueDelete(rm);
    vQueueDelete(cs);
    vQueueDelete(bin);
#else
    printf("  skipped: configUSE_TRACE_FACILITY is 0\n");
#endif
}

/* ---- Bad arguments ---- */

static void bad_arguments_are_refused(void)
{
    static StaticQueue_t control;
    static uint8_t storage[16];
    QueueHandle_t q = make_u32_queue(2);
    uint32_t v = 1;
    size_t heap = xPortGetFreeHeapSize();

    CHECK(xQueueCreate(0, 4) == NULL);
    CHECK(xQueueCreate((UBaseType_t)-1, (UBaseType_t)-1) == NULL); /* size overflows */
    CHECK(xQueueCreate(((UBaseType_t)-1) / 2U, 4) == NULL);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);
    CHECK(xQueueCreateStatic(4, 4, NULL, &control) == NULL);    /* no storage */
    CHECK(xQueueCreateStatic(4, 0, storage, &control) == NULL); /* storage for nothing */
    CHECK(xQueueCreateStatic(4, 4, storage, NULL) == NULL);
    CHECK(xQueueCreateStatic(0, 4, storage, &control) == NULL);

    CHECK_EQ(xQueueSend(NULL, &v, 0), errQUEUE_FULL);
    CHECK_EQ(xQueueSend(q, NULL, 0), errQUEUE_FULL);
    CHECK_EQ(xQueueGenericSend(q, &v, 0, (BaseType_t)7), errQUEUE_FULL);
    CHECK_EQ(xQueueSendFromISR(NULL, &v, NULL), errQUEUE_FULL);
    CHECK_EQ(xQueueSendFromISR(q, NULL, NULL), errQUEUE_FULL);
    CHECK_EQ(xQueueReceive(NULL, &v, 0), errQUEUE_EMPTY);
    CHECK_EQ(xQueuePeek(NULL, &v, 0), errQUEUE_EMPTY);
    CHECK_EQ(xQueueReceiveFromISR(NULL, &v, NULL), errQUEUE_EMPTY);
    CHECK_EQ(xQueuePeekFromISR(NULL, &v), errQUEUE_EMPTY);
    put(q, 5);
    CHECK_EQ(xQueueReceive(q, NULL, 0), errQUEUE_EMPTY);
    CHECK_EQ(xQueuePeek(q, NULL, 0), errQUEUE_EMPTY);
    CHECK_EQ(xQueueReceiveFromISR(q, NULL, NULL), errQUEUE_EMPTY);
    CHECK_EQ(xQueuePeekFromISR(q, NULL), errQUEUE_EMPTY);
    CHECK_EQ(uxQueueMessagesWaiting(q), 1); /* none of them took it */
    CHECK_EQ(xQueueReset(NULL), pdFAIL);
    CHECK_EQ(uxQueueMessagesWaiting(NULL), 0);
    CHECK_EQ(uxQueueSpacesAvailable(NULL), 0);
    CHECK(xQueueGetStaticBuffers(NULL, NULL, NULL) == pdFALSE);
    vQueueDelete(NULL);
    vQueueAddToRegistry(NULL, "none");
    CHECK(pcQueueGetName(NULL) == NULL);
    CHECK_EQ(take(q), 5);
    vQueueDelete(q);
}

int main(void)
{
    RUN_TEST(items_are_copied_and_received_in_fifo_order);
    RUN_TEST(send_to_front_is_received_first);
    RUN_TEST(queue_matches_a_model_for_every_item_size);
    RUN_TEST(state_queries_report_empty_and_full);
    RUN_TEST(overwrite_replaces_the_item_of_a_full_length_one_queue);
    RUN_TEST(overwrite_is_refused_on_a_longer_queue);
    RUN_TEST(overwrite_wakes_a_waiting_receiver);
    RUN_TEST(peek_leaves_the_item_in_place);
    RUN_TEST(peek_times_out_on_an_empty_queue);
    RUN_TEST(blocked_peeker_and_receiver_both_see_one_item);
    RUN_TEST(receive_times_out_after_exactly_the_block_time);
    RUN_TEST(send_to_a_full_queue_times_out_after_exactly_the_block_time);
    RUN_TEST(higher_priority_receiver_runs_as_soon_as_an_item_arrives);
    RUN_TEST(lower_priority_receiver_runs_when_the_sender_blocks);
    RUN_TEST(blocked_sender_proceeds_when_space_appears);
    RUN_TEST(woken_receiver_that_loses_the_item_waits_out_the_rest);
    RUN_TEST(receivers_wake_by_priority_then_arrival);
    RUN_TEST(senders_wake_by_priority_then_arrival);
    RUN_TEST(timeouts_survive_the_tick_counter_wrapping);
    RUN_TEST(send_with_the_scheduler_suspended_switches_at_resume);
    RUN_TEST(abort_delay_ends_a_wait_on_a_queue);
    RUN_TEST(resumed_waiter_goes_on_waiting);
    RUN_TEST(reset_empties_the_queue_and_lets_a_sender_in);
    RUN_TEST(reset_leaves_receivers_waiting);
    RUN_TEST(deleting_a_queue_without_waiters_frees_it);
    RUN_TEST(deleting_a_queue_fails_the_calls_waiting_on_it);
    RUN_TEST(static_queue_uses_only_the_given_memory);
    RUN_TEST(isr_send_wakes_a_higher_priority_receiver_and_switches_to_it);
    RUN_TEST(isr_send_without_a_woken_flag_switches_at_the_next_tick);
    RUN_TEST(isr_send_to_a_lower_priority_receiver_asks_for_no_switch);
    RUN_TEST(isr_send_to_a_full_queue_fails);
    RUN_TEST(isr_receive_wakes_a_higher_priority_sender_and_switches_to_it);
    RUN_TEST(isr_peek_send_to_front_and_overwrite);
    RUN_TEST(isr_overwrite_wakes_a_higher_priority_receiver);
    RUN_TEST(registry_names_renames_and_forgets_queues);
    RUN_TEST(trace_numbers_and_types_are_kept);
    RUN_TEST(bad_arguments_are_refused);
    return test_summary();
}
