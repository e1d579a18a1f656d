/*
 * test_mutex.c - mutexes and recursive mutexes: holders, who may give, priority
 * inheritance (simple; transitive along a chain of holders; dropping when a waiter times
 * out, is suspended, resumed, deleted or re-prioritised; nested mutexes released in any
 * order dropping exactly to what the rest still need; vTaskPrioritySet on a holder),
 * recursive take/give counts, wake order, deletion, static creation and the ISR rules.
 *
 * Scenario tasks are "actors" below the controller's priority: the controller hands one a
 * command (take, give, ...) through a task notification, then sleeps a tick, during which
 * the actor carries it out or blocks trying.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "semphr.h"
#include "test_irq.h"

#define FOREVER portMAX_DELAY

enum command
{
    CMD_TAKE,
    CMD_GIVE,
    CMD_TAKE_RECURSIVE,
    CMD_GIVE_RECURSIVE,
    CMD_RECEIVE
};

struct actor
{
    TaskHandle_t task;
    UBaseType_t id;
    volatile enum command cmd;
    SemaphoreHandle_t m; /* or the queue, for CMD_RECEIVE */
    TickType_t ticks;
    volatile BaseType_t result;
    volatile int busy;
    volatile TickType_t elapsed;
};

static volatile UBaseType_t order[8];
static volatile UBaseType_t order_len;

static void actor_main(void *arg)
{
    struct actor *a = arg;
    for (;;)
    {
        TickType_t start;
        BaseType_t r = pdFAIL;
        uint32_t item;

        (void)ulTaskNotifyTake(pdTRUE, FOREVER);
        start = xTaskGetTickCount();
        switch (a->cmd)
        {
            case CMD_TAKE:
                r = xSemaphoreTake(a->m, a->ticks);
                break;
            case CMD_GIVE:
                r = xSemaphoreGive(a->m);
                break;
            case CMD_TAKE_RECURSIVE:
                r = xSemaphoreTakeRecursive(a->m, a->ticks);
                break;
            case CMD_GIVE_RECURSIVE:
                r = xSemaphoreGiveRecursive(a->m);
                break;
            case CMD_RECEIVE:
                r = xQueueReceive(a->m, &item, a->ticks);
                break;
            default:
                break;
        }
        a->elapsed = (TickType_t)(xTaskGetTickCount() - start);
        a->result = r;
        if ((a->cmd == CMD_TAKE || a->cmd == CMD_TAKE_RECURSIVE || a->cmd == CMD_RECEIVE) &&
            order_len < sizeof order / sizeof order[0])
        {
            order[order_len++] = a->id;
        }
        a->busy = 0;
    }
}

static void actor_start(struct actor *a, UBaseType_t id, UBaseType_t priority)
{
    memset(a, 0, sizeof *a);
    a->id = id;
    a->task = test_task(actor_main, "actor", priority, a);
}

/* Hands the actor a command and gives it one tick to carry it out (or block on it). */
static void actor_do(struct actor *a, enum command cmd, SemaphoreHandle_t m, TickType_t ticks)
{
    CHECK_EQ(a->busy, 0);
    a->cmd = cmd;
    a->m = m;
    a->ticks = ticks;
    a->result = -1;
    a->busy = 1;
    (void)xTaskNotifyGive(a->task);
    vTaskDelay(1);
}

static void actor_stop(struct actor *a)
{
    vTaskDelete(a->task);
    a->task = NULL;
}

static UBaseType_t prio(const struct actor *a)
{
    return uxTaskPriorityGet(a->task);
}

static SemaphoreHandle_t make_mutex(void)
{
    SemaphoreHandle_t m = xSemaphoreCreateMutex();
    CHECK(m != NULL);
    return m;
}

/* ---- Holders ---- */

static void mutex_is_created_free_and_reports_its_holder(void)
{
    SemaphoreHandle_t m = make_mutex();
    TickType_t start;

    CHECK_EQ(uxSemaphoreGetCount(m), 1);
    CHECK(xSemaphoreGetMutexHolder(m) == NULL);
    CHECK_EQ(xSemaphoreGive(m), pdFALSE); /* not taken */
    CHECK_EQ(xSemaphoreTake(m, 0), pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == xTaskGetCurrentTaskHandle());
    CHECK_EQ(uxSemaphoreGetCount(m), 0);
    /* Not recursive: the holder cannot take it again. */
    start = xTaskGetTickCount();
    CHECK_EQ(xSemaphoreTake(m, 5), pdFALSE);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - start), 5);
    CHECK_EQ(uxTaskPriorityGet(NULL), TEST_PRIORITY);
    CHECK_EQ(xSemaphoreGive(m), pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == NULL);
    CHECK_EQ(xSemaphoreGive(m), pdFALSE);
    vSemaphoreDelete(m);
}

static void only_the_holder_can_give_a_mutex(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor a;

    actor_start(&a, 1, 2);
    actor_do(&a, CMD_TAKE, m, 0);
    CHECK_EQ(a.result, pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == a.task);
    CHECK_EQ(xSemaphoreGive(m), pdFALSE);
    CHECK(xSemaphoreGetMutexHolder(m) == a.task);
    CHECK_EQ(xSemaphoreTake(m, 0), pdFALSE);
    actor_do(&a, CMD_GIVE, m, 0);
    CHECK_EQ(a.result, pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == NULL);
    actor_stop(&a);
    vSemaphoreDelete(m);
}

static void mutex_waiters_wake_by_priority_then_arrival(void)
{
    static const UBaseType_t prios[5] = {2, 4, 2, 3, 4};
    static const UBaseType_t want[5] = {2, 5, 4, 1, 3};
    SemaphoreHandle_t m = make_mutex();
    static struct actor a[5];
    int i;

    CHECK_EQ(xSemaphoreTake(m, 0), pdTRUE);
    order_len = 0;
    for (i = 0; i < 5; i++)
    {
        actor_start(&a[i], (UBaseType_t)i + 1U, prios[i]);
        actor_do(&a[i], CMD_TAKE, m, FOREVER);
    }
    CHECK_EQ(order_len, 0);
    CHECK_EQ(xSemaphoreGive(m), pdTRUE);
    vTaskDelay(1);
    for (i = 0; i < 5; i++)
    {
        struct actor *winner;
        CHECK_EQ(order_len, (UBaseType_t)i + 1U);
        CHECK_EQ(order[i], want[i]);
        winner = &a[want[i] - 1U];
        CHECK(xSemaphoreGetMutexHolder(m) == winner->task);
        actor_do(winner, CMD_GIVE, m, 0); /* the next one gets it */
    }
    for (i = 0; i < 5; i++)
    {
        actor_stop(&a[i]);
    }
    vSemaphoreDelete(m);
}

/* ---- Priority inheritance ---- */

static void holder_runs_at_the_priority_of_its_highest_waiter(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor low;
    static struct actor mid;
    static struct actor high;

    actor_start(&low, 1, 1);
    actor_start(&mid, 2, 3);
    actor_start(&high, 3, 5);
    actor_do(&low, CMD_TAKE, m, 0);
    CHECK_EQ(prio(&low), 1);
    actor_do(&mid, CMD_TAKE, m, FOREVER);
    CHECK_EQ(prio(&low), 3);
    actor_do(&high, CMD_TAKE, m, FOREVER);
    CHECK_EQ(prio(&low), 5);
    CHECK_EQ(uxTaskBasePriorityGet(low.task), 1);
    CHECK_EQ(prio(&mid), 3); /* waiters keep their own */
    /* Giving drops the holder at once; the highest waiter gets the mutex and, holding it
     * with another waiter behind it, runs at its own priority, which is higher. */
    actor_do(&low, CMD_GIVE, m, 0);
    CHECK_EQ(low.result, pdTRUE);
    CHECK_EQ(prio(&low), 1);
    CHECK_EQ(high.result, pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == high.task);
    CHECK_EQ(prio(&high), 5);
    actor_do(&high, CMD_GIVE, m, 0);
    CHECK_EQ(mid.result, pdTRUE);
    CHECK_EQ(prio(&mid), 3);
    actor_do(&mid, CMD_GIVE, m, 0);
    actor_stop(&low);
    actor_stop(&mid);
    actor_stop(&high);
    vSemaphoreDelete(m);
}

/* A waiter that rose while the mutex was changing hands lends its priority to the task
 * that takes it next. */
static void new_holder_inherits_from_the_waiters_left_behind(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor mid;
    static struct actor other;

    actor_start(&mid, 1, 3);
    actor_start(&other, 2, 2);
    CHECK_EQ(xSemaphoreTake(m, 0), pdTRUE);
    actor_do(&mid, CMD_TAKE, m, FOREVER);
    actor_do(&other, CMD_TAKE, m, FOREVER);
    CHECK_EQ(xSemaphoreGive(m), pdTRUE); /* mid is woken but has not run yet */
    vTaskPrioritySet(other.task, 5);
    vTaskDelay(1);
    CHECK_EQ(mid.result, pdTRUE);
    CHECK_EQ(prio(&mid), 5);
    actor_do(&mid, CMD_GIVE, m, 0);
    CHECK_EQ(prio(&mid), 3);
    CHECK_EQ(other.result, pdTRUE);
    actor_do(&other, CMD_GIVE, m, 0);
    actor_stop(&mid);
    actor_stop(&other);
    vSemaphoreDelete(m);
}

/* The classic inversion: a low-priority holder, a high-priority waiter and a busy task in
 * between. Inheritance lets the holder run past the busy task and give the mutex back;
 * without it the busy task would starve the holder and the waiter would time out. */
static SemaphoreHandle_t inversion_mutex;
static volatile int inversion_stop;
static volatile BaseType_t inversion_result;
static volatile TickType_t inversion_elapsed;

static void inversion_low(void *arg)
{
    (void)arg;
    (void)xSemaphoreTake(inversion_mutex, 0);
    vTaskDelay(5); /* wakes while the busy task runs */
    (void)xSemaphoreGive(inversion_mutex);
    vTaskDelete(NULL);
}

static void inversion_busy(void *arg)
{
    (void)arg;
    while (!inversion_stop)
    {
    }
    vTaskDelete(NULL);
}

static void inversion_high(void *arg)
{
    TickType_t start;
    (void)arg;
    vTaskDelay(2);
    start = xTaskGetTickCount();
    inversion_result = xSemaphoreTake(inversion_mutex, 1000);
    inversion_elapsed = (TickType_t)(xTaskGetTickCount() - start);
    if (inversion_result == pdTRUE)
    {
        (void)xSemaphoreGive(inversion_mutex);
    }
    vTaskDelete(NULL);
}

static void inheritance_lets_the_holder_run_past_a_busy_middle_task(void)
{
    inversion_mutex = make_mutex();
    inversion_stop = 0;
    inversion_result = -1;
    test_task(inversion_low, "low", 1, NULL);
    vTaskDelay(1); /* low takes the mutex */
    test_task(inversion_busy, "busy", 3, NULL);
    test_task(inversion_high, "high", 5, NULL);
    vTaskDelay(10);
    CHECK_EQ(inversion_result, pdTRUE);
    /* low took the mutex at tick 0 and slept until 5; high blocked for it at 3. */
    CHECK_EQ(inversion_elapsed, 2);
    inversion_stop = 1;
    vTaskDelay(1);
    vSemaphoreDelete(inversion_mutex);
}

/* A waits for m1, held by B, who waits for m2, held by C: C runs at A's priority. */
static void inheritance_follows_a_chain_of_holders(void)
{
    SemaphoreHandle_t m1 = make_mutex();
    SemaphoreHandle_t m2 = make_mutex();
    static struct actor a;
    static struct actor b;
    static struct actor c;

    actor_start(&c, 3, 1);
    actor_start(&b, 2, 2);
    actor_start(&a, 1, 4);
    actor_do(&c, CMD_TAKE, m2, 0);
    actor_do(&b, CMD_TAKE, m1, 0);
    actor_do(&b, CMD_TAKE, m2, FOREVER);
    CHECK_EQ(prio(&c), 2);
    actor_do(&a, CMD_TAKE, m1, FOREVER);
    CHECK_EQ(prio(&b), 4);
    CHECK_EQ(prio(&c), 4);
    /* The far end of the chain lets go: C drops; B, holding both with A still waiting,
     * keeps A's priority. */
    actor_do(&c, CMD_GIVE, m2, 0);
    CHECK_EQ(prio(&c), 1);
    CHECK_EQ(b.result, pdTRUE);
    CHECK_EQ(prio(&b), 4);
    actor_do(&b, CMD_GIVE, m1, 0);
    CHECK_EQ(prio(&b), 2);
    CHECK_EQ(a.result, pdTRUE);
    actor_do(&b, CMD_GIVE, m2, 0);
    actor_do(&a, CMD_GIVE, m1, 0);
    CHECK_EQ(prio(&a), 4);
    CHECK_EQ(prio(&b), 2);
    actor_stop(&a);
    actor_stop(&b);
    actor_stop(&c);
    vSemaphoreDelete(m1);
    vSemaphoreDelete(m2);
}

static void inheritance_follows_a_chain_of_four(void)
{
    SemaphoreHandle_t m[3];
    static struct actor t[4];
    int i;

    for (i = 0; i < 3; i++)
    {
        m[i] = make_mutex();
    }
    /* t[3] holds m[2]; t[2] holds m[1] and waits for m[2]; t[1] holds m[0] and waits
     * for m[1]; t[0] waits for m[0]. */
    for (i = 3; i >= 0; i--)
    {
        actor_start(&t[i], (UBaseType_t)i + 1U, (UBaseType_t)(5 - i));
    }
    actor_do(&t[3], CMD_TAKE, m[2], 0);
    actor_do(&t[2], CMD_TAKE, m[1], 0);
    actor_do(&t[1], CMD_TAKE, m[0], 0);
    actor_do(&t[2], CMD_TAKE, m[2], FOREVER);
    actor_do(&t[1], CMD_TAKE, m[1], FOREVER);
    CHECK_EQ(prio(&t[3]), 4);
    actor_do(&t[0], CMD_TAKE, m[0], FOREVER);
    CHECK_EQ(prio(&t[1]), 5);
    CHECK_EQ(prio(&t[2]), 5);
    CHECK_EQ(prio(&t[3]), 5);
    /* The head of the chain leaves: everything falls back along it. */
    vTaskSuspend(t[0].task);
    CHECK_EQ(prio(&t[1]), 4);
    CHECK_EQ(prio(&t[2]), 4);
    CHECK_EQ(prio(&t[3]), 4);
    for (i = 0; i < 4; i++)
    {
        actor_stop(&t[i]);
    }
    for (i = 0; i < 3; i++)
    {
        vSemaphoreDelete(m[i]);
    }
}

static void holder_drops_back_when_its_highest_waiter_times_out(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor low;
    static struct actor mid;
    static struct actor high;

    actor_start(&low, 1, 1);
    actor_start(&mid, 2, 3);
    actor_start(&high, 3, 5);
    actor_do(&low, CMD_TAKE, m, 0);
    actor_do(&mid, CMD_TAKE, m, FOREVER);
    actor_do(&high, CMD_TAKE, m, 10);
    CHECK_EQ(prio(&low), 5);
    vTaskDelay(8);
    CHECK_EQ(prio(&low), 5);
    vTaskDelay(2);
    CHECK_EQ(high.result, pdFALSE);
    CHECK_EQ(high.elapsed, 10);
    CHECK_EQ(prio(&low), 3); /* what the remaining waiter needs */
    actor_do(&low, CMD_GIVE, m, 0);
    CHECK_EQ(prio(&low), 1);
    CHECK_EQ(mid.result, pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == mid.task);
    actor_do(&mid, CMD_GIVE, m, 0);
    CHECK(xSemaphoreGetMutexHolder(m) == NULL);
    actor_stop(&low);
    actor_stop(&mid);
    actor_stop(&high);
    vSemaphoreDelete(m);
}

static void chain_drops_back_when_the_waiter_at_its_head_times_out(void)
{
    SemaphoreHandle_t m1 = make_mutex();
    SemaphoreHandle_t m2 = make_mutex();
    static struct actor a;
    static struct actor b;
    static struct actor c;

    actor_start(&c, 3, 1);
    actor_start(&b, 2, 2);
    actor_start(&a, 1, 4);
    actor_do(&c, CMD_TAKE, m2, 0);
    actor_do(&b, CMD_TAKE, m1, 0);
    actor_do(&b, CMD_TAKE, m2, FOREVER);
    actor_do(&a, CMD_TAKE, m1, 5);
    CHECK_EQ(prio(&b), 4);
    CHECK_EQ(prio(&c), 4);
    vTaskDelay(5);
    CHECK_EQ(a.result, pdFALSE);
    CHECK_EQ(prio(&b), 2);
    CHECK_EQ(prio(&c), 2);
    actor_stop(&a);
    actor_stop(&b);
    actor_stop(&c);
    vSemaphoreDelete(m1);
    vSemaphoreDelete(m2);
}

/* One holder, two mutexes, a waiter on each: giving either one drops the holder to
 * exactly what the other still needs (FreeRTOS would keep the highest until both are
 * given back). */
static void nested_mutexes_given_in_any_order_drop_exactly(void)
{
    SemaphoreHandle_t m1 = make_mutex();
    SemaphoreHandle_t m2 = make_mutex();
    static struct actor low;
    static struct actor mid;
    static struct actor high;
    int round;

    actor_start(&low, 1, 1);
    actor_start(&mid, 2, 3);
    actor_start(&high, 3, 5);
    for (round = 0; round < 2; round++)
    {
        actor_do(&low, CMD_TAKE, m1, 0);
        actor_do(&low, CMD_TAKE, m2, 0);
        actor_do(&high, CMD_TAKE, m1, FOREVER);
        actor_do(&mid, CMD_TAKE, m2, FOREVER);
        CHECK_EQ(prio(&low), 5);
        if (round == 0)
        {
            actor_do(&low, CMD_GIVE, m1, 0); /* high's */
            CHECK_EQ(high.result, pdTRUE);
            CHECK_EQ(prio(&low), 3);
            actor_do(&low, CMD_GIVE, m2, 0);
            CHECK_EQ(mid.result, pdTRUE);
            CHECK_EQ(prio(&low), 1);
        }
        else
        {
            actor_do(&low, CMD_GIVE, m2, 0); /* mid's */
            CHECK_EQ(mid.result, pdTRUE);
            CHECK_EQ(prio(&low), 5);
            actor_do(&low, CMD_GIVE, m1, 0);
            CHECK_EQ(high.result, pdTRUE);
            CHECK_EQ(prio(&low), 1);
        }
        actor_do(&high, CMD_GIVE, m1, 0);
        actor_do(&mid, CMD_GIVE, m2, 0);
    }
    actor_stop(&low);
    actor_stop(&mid);
    actor_stop(&high);
    vSemaphoreDelete(m1);
    vSemaphoreDelete(m2);
}

static void waiter_suspended_resumed_or_deleted_moves_the_holder(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor low;
    static struct actor high;

    actor_start(&low, 1, 1);
    actor_start(&high, 2, 5);
    actor_do(&low, CMD_TAKE, m, 0);
    actor_do(&high, CMD_TAKE, m, FOREVER);
    CHECK_EQ(prio(&low), 5);
    vTaskSuspend(high.task);
    CHECK_EQ(prio(&low), 1);
    vTaskResume(high.task); /* it goes on waiting, and lends its priority again */
    vTaskDelay(1);
    CHECK_EQ(high.busy, 1);
    CHECK_EQ(prio(&low), 5);
    actor_stop(&high);
    CHECK_EQ(prio(&low), 1);
    actor_do(&low, CMD_GIVE, m, 0);
    CHECK_EQ(low.result, pdTRUE);
    actor_stop(&low);
    vSemaphoreDelete(m);
}

static void priority_set_on_a_holder_or_a_waiter(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor low;
    static struct actor mid;

    actor_start(&low, 1, 1);
    actor_start(&mid, 2, 3);
    actor_do(&low, CMD_TAKE, m, 0);
    actor_do(&mid, CMD_TAKE, m, FOREVER);
    CHECK_EQ(prio(&low), 3);
    vTaskPrioritySet(low.task, 2); /* below what it inherits: the base changes only */
    CHECK_EQ(prio(&low), 3);
    CHECK_EQ(uxTaskBasePriorityGet(low.task), 2);
    vTaskPrioritySet(low.task, 4); /* above: takes effect */
    CHECK_EQ(prio(&low), 4);
    vTaskPrioritySet(low.task, 1);
    CHECK_EQ(prio(&low), 3);
    vTaskPrioritySet(mid.task, 5); /* the waiter rises: so does the holder */
    CHECK_EQ(prio(&low), 5);
    vTaskPrioritySet(mid.task, 2); /* and falls */
    CHECK_EQ(prio(&low), 2);
    actor_do(&low, CMD_GIVE, m, 0);
    CHECK_EQ(prio(&low), 1);
    CHECK_EQ(mid.result, pdTRUE);
    actor_do(&mid, CMD_GIVE, m, 0);
    actor_stop(&low);
    actor_stop(&mid);
    vSemaphoreDelete(m);
}

/* A holder blocked on a queue moves up that queue's wait list when it inherits. */
static void inheriting_holder_moves_up_the_queue_it_waits_on(void)
{
    SemaphoreHandle_t m = make_mutex();
    QueueHandle_t q = xQueueCreate(1, sizeof(uint32_t));
    static struct actor holder;
    static struct actor rival;
    static struct actor high;
    uint32_t v = 1;

    CHECK(q != NULL);
    actor_start(&holder, 1, 1);
    actor_start(&rival, 2, 3);
    actor_start(&high, 3, 5);
    actor_do(&holder, CMD_TAKE, m, 0);
    actor_do(&rival, CMD_RECEIVE, q, FOREVER);
    actor_do(&holder, CMD_RECEIVE, q, FOREVER);
    actor_do(&high, CMD_TAKE, m, FOREVER);
    CHECK_EQ(prio(&holder), 5);
    order_len = 0;
    CHECK_EQ(xQueueSend(q, &v, 0), pdPASS);
    vTaskDelay(1);
    CHECK_EQ(holder.result, pdPASS); /* not the rival, which came first at 3 */
    CHECK_EQ(rival.busy, 1);
    actor_stop(&rival);
    actor_do(&holder, CMD_GIVE, m, 0);
    CHECK_EQ(high.result, pdTRUE);
    actor_do(&high, CMD_GIVE, m, 0);
    actor_stop(&holder);
    actor_stop(&high);
    vQueueDelete(q);
    vSemaphoreDelete(m);
}

/* ---- Deletion ---- */

/* As in FreeRTOS, a mutex whose holder is deleted stays taken; Tern also forgets the
 * holder rather than pointing at freed memory. */
static void deleting_the_holder_leaves_the_mutex_taken(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor a;

    actor_start(&a, 1, 2);
    actor_do(&a, CMD_TAKE, m, 0);
    actor_stop(&a);
    vTaskDelay(1);
    CHECK(xSemaphoreGetMutexHolder(m) == NULL);
    CHECK_EQ(uxSemaphoreGetCount(m), 0);
    CHECK_EQ(xSemaphoreTake(m, 3), pdFALSE);
    CHECK_EQ(xSemaphoreGive(m), pdFALSE);
    vSemaphoreDelete(m);
}

static void deleting_a_mutex_fails_its_waiters_and_drops_the_holder(void)
{
    SemaphoreHandle_t m = make_mutex();
    static struct actor low;
    static struct actor high;

    actor_start(&low, 1, 1);
    actor_start(&high, 2, 5);
    actor_do(&low, CMD_TAKE, m, 0);
    actor_do(&high, CMD_TAKE, m, FOREVER);
    CHECK_EQ(prio(&low), 5);
    vSemaphoreDelete(m);
    vTaskDelay(1);
    CHECK_EQ(high.busy, 0);
    CHECK_EQ(high.result, pdFALSE);
    CHECK_EQ(prio(&low), 1);
    actor_stop(&low);
    actor_stop(&high);
}

/* ---- Recursive mutexes ---- */

static void recursive_mutex_needs_one_give_per_take(void)
{
    SemaphoreHandle_t rm = xSemaphoreCreateRecursiveMutex();
    static struct actor other;
    int i;

    CHECK(rm != NULL);
    actor_start(&other, 1, 2);
    for (i = 0; i < 3; i++)
    {
        CHECK_EQ(xSemaphoreTakeRecursive(rm, 0), pdTRUE);
    }
    CHECK(xSemaphoreGetMutexHolder(rm) == xTaskGetCurrentTaskHandle());
    actor_do(&other, CMD_GIVE_RECURSIVE, rm, 0); /* not the holder */
    CHECK_EQ(other.result, pdFALSE);
    actor_do(&other, CMD_TAKE_RECURSIVE, rm, 2);
    vTaskDelay(2);
    CHECK_EQ(other.result, pdFALSE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdTRUE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(rm) == xTaskGetCurrentTaskHandle());
    actor_do(&other, CMD_TAKE_RECURSIVE, rm, 2);
    vTaskDelay(2);
    CHECK_EQ(other.result, pdFALSE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdTRUE); /* the third */
    CHECK(xSemaphoreGetMutexHolder(rm) == NULL);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdFALSE); /* one give too many */
    actor_do(&other, CMD_TAKE_RECURSIVE, rm, 0);
    CHECK_EQ(other.result, pdTRUE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdFALSE);
    CHECK_EQ(xSemaphoreTakeRecursive(rm, 0), pdFALSE);
    actor_do(&other, CMD_GIVE_RECURSIVE, rm, 0);
    CHECK_EQ(other.result, pdTRUE);
    CHECK_EQ(xSemaphoreTakeRecursive(rm, 0), pdTRUE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdTRUE);
    actor_stop(&other);
    vSemaphoreDelete(rm);
}

static void recursive_holder_keeps_inheriting_until_the_last_give(void)
{
    SemaphoreHandle_t rm = xSemaphoreCreateRecursiveMutex();
    static struct actor low;
    static struct actor high;

    CHECK(rm != NULL);
    actor_start(&low, 1, 1);
    actor_start(&high, 2, 5);
    actor_do(&low, CMD_TAKE_RECURSIVE, rm, 0);
    actor_do(&low, CMD_TAKE_RECURSIVE, rm, 0);
    actor_do(&high, CMD_TAKE_RECURSIVE, rm, FOREVER);
    CHECK_EQ(prio(&low), 5);
    actor_do(&low, CMD_GIVE_RECURSIVE, rm, 0);
    CHECK_EQ(prio(&low), 5);
    CHECK_EQ(high.busy, 1);
    actor_do(&low, CMD_GIVE_RECURSIVE, rm, 0);
    CHECK_EQ(prio(&low), 1);
    CHECK_EQ(high.result, pdTRUE);
    actor_do(&high, CMD_GIVE_RECURSIVE, rm, 0);
    actor_stop(&low);
    actor_stop(&high);
    vSemaphoreDelete(rm);
}

static void recursive_and_plain_calls_do_not_mix(void)
{
    SemaphoreHandle_t m = make_mutex();
    SemaphoreHandle_t bin = xSemaphoreCreateBinary();

    CHECK(bin != NULL);
    CHECK_EQ(xSemaphoreTakeRecursive(m, 0), pdFALSE);
    CHECK_EQ(uxSemaphoreGetCount(m), 1);
    CHECK_EQ(xSemaphoreTake(m, 0), pdTRUE);
    CHECK_EQ(xSemaphoreGiveRecursive(m), pdFALSE);
    CHECK_EQ(xSemaphoreGive(m), pdTRUE);
    CHECK_EQ(xSemaphoreTakeRecursive(bin, 0), pdFALSE);
    CHECK_EQ(xSemaphoreGiveRecursive(bin), pdFALSE);
    CHECK_EQ(xSemaphoreTakeRecursive(NULL, 0), pdFALSE);
    CHECK_EQ(xSemaphoreGiveRecursive(NULL), pdFALSE);
    vSemaphoreDelete(m);
    vSemaphoreDelete(bin);
}

/* ---- Static creation ---- */

static void static_mutexes_use_only_the_given_memory(void)
{
    static StaticSemaphore_t mbuf;
    static StaticSemaphore_t rbuf;
    size_t heap = xPortGetFreeHeapSize();
    StaticSemaphore_t *got = NULL;
    SemaphoreHandle_t m = xSemaphoreCreateMutexStatic(&mbuf);
    SemaphoreHandle_t rm = xSemaphoreCreateRecursiveMutexStatic(&rbuf);

    CHECK(m != NULL);
    CHECK(rm != NULL);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);
    CHECK_EQ(xSemaphoreTake(m, 0), pdTRUE);
    CHECK(xSemaphoreGetMutexHolder(m) == xTaskGetCurrentTaskHandle());
    CHECK_EQ(xSemaphoreGive(m), pdTRUE);
    CHECK_EQ(xSemaphoreTakeRecursive(rm, 0), pdTRUE);
    CHECK_EQ(xSemaphoreTakeRecursive(rm, 0), pdTRUE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdTRUE);
    CHECK_EQ(xSemaphoreGiveRecursive(rm), pdTRUE);
    CHECK_EQ(xSemaphoreGetStaticBuffer(m, &got), pdTRUE);
    CHECK(got == &mbuf);
    CHECK_EQ(xSemaphoreGetStaticBuffer(rm, &got), pdTRUE);
    CHECK(got == &rbuf);
    CHECK(xSemaphoreCreateMutexStatic(NULL) == NULL);
    vSemaphoreDelete(m);
    vSemaphoreDelete(rm);
    CHECK_EQ(xPortGetFreeHeapSize(), heap);
}

/* ---- Interrupts ---- */

static SemaphoreHandle_t isr_mutex;
static volatile TaskHandle_t isr_holder;
static volatile BaseType_t isr_give_result;
static volatile BaseType_t isr_take_result;

static void isr_on_mutex(void)
{
    isr_holder = xSemaphoreGetMutexHolderFromISR(isr_mutex);
    isr_give_result = xSemaphoreGiveFromISR(isr_mutex, NULL);
    isr_take_result = xSemaphoreTakeFromISR(isr_mutex, NULL);
}

static void interrupts_may_ask_who_holds_a_mutex_but_not_take_or_give_it(void)
{
    isr_mutex = make_mutex();
    if (test_irq_install(isr_on_mutex) == pdFALSE)
    {
        printf("  skipped: no test interrupt on this port\n");
        vSemaphoreDelete(isr_mutex);
        return;
    }
    test_irq_trigger();
    CHECK(isr_holder == NULL);
    CHECK_EQ(isr_take_result, pdFALSE);
    CHECK_EQ(uxSemaphoreGetCount(isr_mutex), 1);
    CHECK_EQ(xSemaphoreTake(isr_mutex, 0), pdTRUE);
    test_irq_trigger();
    CHECK(isr_holder == xTaskGetCurrentTaskHandle());
    CHECK_EQ(isr_give_result, pdFALSE);
    CHECK(xSemaphoreGetMutexHolder(isr_mutex) == xTaskGetCurrentTaskHandle());
    CHECK_EQ(xSemaphoreGive(isr_mutex), pdTRUE);
    (void)test_irq_install(NULL);
    vSemaphoreDelete(isr_mutex);
}

int main(void)
{
    RUN_TEST(mutex_is_created_free_and_reports_its_holder);
    RUN_TEST(only_the_holder_can_give_a_mutex);
    RUN_TEST(mutex_waiters_wake_by_priority_then_arrival);
    RUN_TEST(holder_runs_at_the_priority_of_its_highest_waiter);
    RUN_TEST(new_holder_inherits_from_the_waiters_left_behind);
    RUN_TEST(inheritance_lets_the_holder_run_past_a_busy_middle_task);
    RUN_TEST(inheritance_follows_a_chain_of_holders);
    RUN_TEST(inheritance_follows_a_chain_of_four);
    RUN_TEST(holder_drops_back_when_its_highest_waiter_times_out);
    RUN_TEST(chain_drops_back_when_the_waiter_at_its_head_times_out);
    RUN_TEST(nested_mutexes_given_in_any_order_drop_exactly);
    RUN_TEST(waiter_suspended_resumed_or_deleted_moves_the_holder);
    RUN_TEST(priority_set_on_a_holder_or_a_waiter);
    RUN_TEST(inheriting_holder_moves_up_the_queue_it_waits_on);
    RUN_TEST(deleting_the_holder_leaves_the_mutex_taken);
    RUN_TEST(deleting_a_mutex_fails_its_waiters_and_drops_the_holder);
    RUN_TEST(recursive_mutex_needs_one_give_per_take);
    RUN_TEST(recursive_holder_keeps_inheriting_until_the_last_give);
    RUN_TEST(recursive_and_plain_calls_do_not_mix);
    RUN_TEST(static_mutexes_use_only_the_given_memory);
    RUN_TEST(interrupts_may_ask_who_holds_a_mutex_but_not_take_or_give_it);
    return test_summary();
}
