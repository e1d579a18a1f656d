/*
 * test_queue_stress.c - queues, mutexes and counting semaphores under contention: many
 * producers and consumers at mixed priorities (and an interrupt producing too) pass a
 * fixed number of messages through short queues, yielding, delaying and timing out at
 * pseudo-random points. Every message must arrive exactly once and in per-producer order;
 * a mutex must admit one task at a time and a counting semaphore no more than its count.
 * Deterministic per seed; independent of host speed.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "queue.h"
#include "semphr.h"
#include "test_irq.h"

#define PRODUCERS    6
#define MESSAGES     1500 /* per producer */
#define ISR_PRODUCER PRODUCERS
#define ISR_MESSAGES 500
#define SOURCES      (PRODUCERS + 1)
#define CONSUMERS    4
#define LIMIT_TICKS  200000U /* far beyond what any scenario needs */

struct message
{
    uint16_t producer;
    uint16_t check; /* ~producer: catches torn copies */
    uint32_t seq;
};

static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1664525U + 1013904223U;
    return *state >> 8;
}

/* Some random work, yields and short sleeps, so that tasks interleave in many ways. */
static void jitter(uint32_t *seed)
{
    uint32_t r = next_random(seed) % 16U;
    if (r == 0U)
    {
        vTaskDelay(1);
    }
    else if (r < 4U)
    {
        taskYIELD();
    }
    else if (r < 6U)
    {
        volatile uint32_t spin;
        for (spin = 0; spin < r * 50U; spin++)
        {
        }
    }
}

static QueueHandle_t channel;
static volatile UBaseType_t finished_producers;
static volatile UBaseType_t finished_consumers;
static volatile UBaseType_t received_total;
static volatile int stop_consumers;
static volatile UBaseType_t errors;
static volatile uint32_t first_error_line;

static void note_error(uint32_t line)
{
    taskENTER_CRITICAL();
    if (errors == 0U)
    {
        first_error_line = line;
    }
    errors++;
    taskEXIT_CRITICAL();
}
#define EXPECT(cond)                                                                               \
    do                                                                                             \
    {                                                                                              \
        if (!(cond))                                                                               \
        {                                                                                          \
            note_error(__LINE__);                                                                  \
        }                                                                                          \
    } while (0)

static void producer(void *arg)
{
    uint16_t id = (uint16_t)(uintptr_t)arg;
    uint32_t seed = 1000U + id;
    uint32_t seq = 0;

    while (seq < MESSAGES)
    {
        struct message m;
        BaseType_t sent;
        m.producer = id;
        m.check = (uint16_t)~id;
        m.seq = seq;
        /* Half of them wait for ever, half with a short timeout and a retry. */
        if ((id & 1U) == 0U)
        {
            sent = xQueueSendToBack(channel, &m, portMAX_DELAY);
            EXPECT(sent == pdPASS);
        }
        else
        {
            sent = xQueueSend(channel, &m, next_random(&seed) % 3U);
        }
        if (sent == pdPASS)
        {
            seq++;
        }
        jitter(&seed);
    }
    taskENTER_CRITICAL();
    finished_producers++;
    taskEXIT_CRITICAL();
    vTaskDelete(NULL);
}

/* ---- One consumer: the order of reception is the queue's order ---- */

static uint32_t next_seq[SOURCES];

static void single_consumer(void *arg)
{
    uint32_t seed = 77U;
    (void)arg;

    while (received_total < (UBaseType_t)PRODUCERS * MESSAGES)
    {
        struct message m;
        if (xQueueReceive(channel, &m, 50) != pdPASS)
        {
            continue;
        }
        EXPECT(m.producer < PRODUCERS && (uint16_t)(m.check ^ m.producer) == 0xFFFFU);
        if (m.producer < PRODUCERS)
        {
            EXPECT(m.seq == next_seq[m.producer]);
            next_seq[m.producer] = m.seq + 1U;
        }
        received_total++;
        jitter(&seed);
    }
    finished_consumers++;
    vTaskDelete(NULL);
}

static void many_producers_one_consumer_keep_each_producers_order(void)
{
    static const UBaseType_t prio[PRODUCERS] = {1, 2, 3, 4, 5, 2};
    UBaseType_t i;

    channel = xQueueCreate(4, sizeof(struct message));
    CHECK(channel != NULL);
    memset(next_seq, 0, sizeof next_seq);
    finished_producers = 0;
    finished_consumers = 0;
    received_total = 0;
    errors = 0;
    first_error_line = 0;
    test_task(single_consumer, "consumer", 3, NULL);
    for (i = 0; i < PRODUCERS; i++)
    {
        test_task(producer, "producer", prio[i], (void *)(uintptr_t)i);
    }
    CHECK(test_wait_for(&finished_consumers, 1, LIMIT_TICKS));
    CHECK(test_wait_for(&finished_producers, PRODUCERS, LIMIT_TICKS));
    CHECK_EQ(first_error_line, 0);
    CHECK_EQ(errors, 0);
    CHECK_EQ(received_total, PRODUCERS * MESSAGES);
    for (i = 0; i < PRODUCERS; i++)
    {
        CHECK_EQ(next_seq[i], MESSAGES);
    }
    CHECK_EQ(uxQueueMessagesWaiting(channel), 0);
    vQueueDelete(channel);
}

/* ---- Many consumers: each message once; each consumer sees each producer in order ---- */

static uint8_t seen[SOURCES][MESSAGES];
static volatile uint32_t isr_seq;
static volatile UBaseType_t irq_available;

static void isr_producer(void)
{
    struct message m;
    BaseType_t woken = pdFALSE;

    if (isr_seq >= ISR_MESSAGES)
    {
        return;
    }
    m.producer = ISR_PRODUCER;
    m.check = (uint16_t)~ISR_PRODUCER;
    m.seq = isr_seq;
    if (xQueueSendToBackFromISR(channel, &m, &woken) == pdPASS)
    {
        isr_seq++;
    }
    portYIELD_FROM_ISR(woken);
}

static void consumer(void *arg)
{
    uint32_t seed = 500U + (uint32_t)(uintptr_t)arg;
    int32_t last[SOURCES];
    int i;

    for (i = 0; i < SOURCES; i++)
    {
        last[i] = -1;
    }
    while (!stop_consumers)
    {
        struct message m;
        if (xQueueReceive(channel, &m, 5) != pdPASS)
        {
            continue;
        }
        EXPECT(m.producer < SOURCES && (uint16_t)(m.check ^ m.producer) == 0xFFFFU &&
               m.seq < MESSAGES);
        if (m.producer < SOURCES && m.seq < MESSAGES)
        {
            EXPECT((int32_t)m.seq > last[m.producer]);
            last[m.producer] = (int32_t)m.seq;
            taskENTER_CRITICAL();
            EXPECT(seen[m.producer][m.seq] == 0U);
            seen[m.producer][m.seq] = 1U;
            received_total++;
            taskEXIT_CRITICAL();
        }
        jitter(&seed);
        /* Now and then, raise the interrupt that produces too. */
        if (irq_available != 0U && next_random(&seed) % 4U == 0U)
        {
            test_irq_trigger();
        }
    }
    taskENTER_CRITICAL();
    finished_consumers++;
    taskEXIT_CRITICAL();
    vTaskDelete(NULL);
}

static void many_producers_and_consumers_deliver_each_message_once(void)
{
    static const UBaseType_t producer_prio[PRODUCERS] = {5, 1, 4, 2, 3, 1};
    static const UBaseType_t consumer_prio[CONSUMERS] = {1, 2, 4, 5};
    UBaseType_t expected = (UBaseType_t)PRODUCERS * MESSAGES;
    UBaseType_t i;
    UBaseType_t s;

    channel = xQueueCreate(3, sizeof(struct message));
    CHECK(channel != NULL);
    memset(seen, 0, sizeof seen);
    finished_producers = 0;
    finished_consumers = 0;
    received_total = 0;
    stop_consumers = 0;
    errors = 0;
    first_error_line = 0;
    isr_seq = 0;
    irq_available = test_irq_install(isr_producer) != pdFALSE ? 1U : 0U;
    if (irq_available != 0U)
    {
        expected += ISR_MESSAGES;
    }
    else
    {
        printf("  (no test interrupt on this port: tasks only)\n");
    }
    for (i = 0; i < CONSUMERS; i++)
    {
        test_task(consumer, "consumer", consumer_prio[i], (void *)(uintptr_t)i);
    }
    for (i = 0; i < PRODUCERS; i++)
    {
        test_task(producer, "producer", producer_prio[i], (void *)(uintptr_t)i);
    }
    CHECK(test_wait_for(&finished_producers, PRODUCERS, LIMIT_TICKS));
    /* The consumers keep raising the interrupt until it has produced all of its share. */
    while (irq_available != 0U && isr_seq < ISR_MESSAGES)
    {
        vTaskDelay(1);
        test_irq_trigger();
    }
    CHECK(test_wait_for(&received_total, expected, LIMIT_TICKS));
    stop_consumers = 1;
    CHECK(test_wait_for(&finished_consumers, CONSUMERS, LIMIT_TICKS));
    (void)test_irq_install(NULL);
    CHECK_EQ(first_error_line, 0);
    CHECK_EQ(errors, 0);
    CHECK_EQ(received_total, expected);
    for (s = 0; s < SOURCES; s++)
    {
        UBaseType_t count =
            s == ISR_PRODUCER ? (irq_available != 0U ? ISR_MESSAGES : 0U) : MESSAGES;
        for (i = 0; i < count; i++)
        {
            if (seen[s][i] != 1U)
            {
                CHECK_EQ(seen[s][i], 1);
            }
        }
    }
    vQueueDelete(channel);
}

/* ---- A mutex and a counting semaphore under contention ---- */

#define LOCKERS 6
#define ROUNDS  400

static SemaphoreHandle_t lock;
static volatile UBaseType_t inside;
static volatile uint32_t shared_count;
static volatile UBaseType_t finished_lockers;

static void locker(void *arg)
{
    uint32_t seed = 3000U + (uint32_t)(uintptr_t)arg;
    UBaseType_t base = uxTaskPriorityGet(NULL);
    int i;

    for (i = 0; i < ROUNDS; i++)
    {
        uint32_t value;
        if ((i & 3) == 3)
        {
            /* Sometimes with a timeout that may run out. */
            if (xSemaphoreTake(lock, next_random(&seed) % 2U) != pdTRUE)
            {
                continue;
            }
        }
        else
        {
            EXPECT(xSemaphoreTake(lock, portMAX_DELAY) == pdTRUE);
        }
        EXPECT(inside == 0U);
        inside = 1;
        value = shared_count;
        jitter(&seed); /* others run, block on the lock and lend us their priority */
        shared_count = value + 1U;
        inside = 0;
        EXPECT(xSemaphoreGive(lock) == pdTRUE);
        /* Holding nothing, we run at our own priority again. */
        EXPECT(uxTaskPriorityGet(NULL) == base);
        jitter(&seed);
    }
    taskENTER_CRITICAL();
    finished_lockers++;
    taskEXIT_CRITICAL();
    vTaskDelete(NULL);
}

static void mutex_admits_one_task_at_a_time_under_contention(void)
{
    static const UBaseType_t prio[LOCKERS] = {1, 5, 2, 4, 3, 1};
    uint32_t expected_min = (uint32_t)LOCKERS * ROUNDS * 3U / 4U;
    UBaseType_t i;

    lock = xSemaphoreCreateMutex();
    CHECK(lock != NULL);
    inside = 0;
    shared_count = 0;
    finished_lockers = 0;
    errors = 0;
    first_error_line = 0;
    for (i = 0; i < LOCKERS; i++)
    {
        test_task(locker, "locker", prio[i], (void *)(uintptr_t)i);
    }
    CHECK(test_wait_for(&finished_lockers, LOCKERS, LIMIT_TICKS));
    CHECK_EQ(first_error_line, 0);
    CHECK_EQ(errors, 0);
    /* Every untimed take succeeded; timed ones may have given up. */
    CHECK(shared_count >= expected_min && shared_count <= (uint32_t)LOCKERS * ROUNDS);
    CHECK(xSemaphoreGetMutexHolder(lock) == NULL);
    vSemaphoreDelete(lock);
}

#define TOKENS 3

static SemaphoreHandle_t pool;
static volatile UBaseType_t in_pool;
static volatile UBaseType_t most_in_pool;

static void pool_user(void *arg)
{
    uint32_t seed = 4000U + (uint32_t)(uintptr_t)arg;
    int i;

    for (i = 0; i < ROUNDS; i++)
    {
        EXPECT(xSemaphoreTake(pool, portMAX_DELAY) == pdTRUE);
        taskENTER_CRITICAL();
        in_pool++;
        if (in_pool > most_in_pool)
        {
            most_in_pool = in_pool;
        }
        taskEXIT_CRITICAL();
        jitter(&seed);
        taskENTER_CRITICAL();
        in_pool--;
        taskEXIT_CRITICAL();
        EXPECT(xSemaphoreGive(pool) == pdTRUE);
        jitter(&seed);
    }
    taskENTER_CRITICAL();
    finished_lockers++;
    taskEXIT_CRITICAL();
    vTaskDelete(NULL);
}

static void counting_semaphore_admits_at_most_its_count(void)
{
    static const UBaseType_t prio[LOCKERS] = {2, 2, 3, 1, 5, 4};
    UBaseType_t i;

    pool = xSemaphoreCreateCounting(TOKENS, TOKENS);
    CHECK(pool != NULL);
    in_pool = 0;
    most_in_pool = 0;
    finished_lockers = 0;
    errors = 0;
    first_error_line = 0;
    for (i = 0; i < LOCKERS; i++)
    {
        test_task(pool_user, "pool", prio[i], (void *)(uintptr_t)i);
    }
    CHECK(test_wait_for(&finished_lockers, LOCKERS, LIMIT_TICKS));
    CHECK_EQ(first_error_line, 0);
    CHECK_EQ(errors, 0);
    CHECK_EQ(most_in_pool, TOKENS); /* reached, never passed */
    CHECK_EQ(uxSemaphoreGetCount(pool), TOKENS);
    vSemaphoreDelete(pool);
}

int main(void)
{
    RUN_TEST(many_producers_one_consumer_keep_each_producers_order);
    RUN_TEST(many_producers_and_consumers_deliver_each_message_once);
    RUN_TEST(mutex_admits_one_task_at_a_time_under_contention);
    RUN_TEST(counting_semaphore_admits_at_most_its_count);
    return test_summary();
}
