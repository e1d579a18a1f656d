/*
 * bench.c - kernel cost in instructions on Cortex-M, for any FreeRTOS-compatible kernel:
 * only the FreeRTOS API, plus bench_hw.h for a timer and an interrupt. Run under
 * `qemu-system-arm -icount shift=0` (one instruction = 1 ns, timer at 25 MHz = 40
 * instructions per count); every figure is an average over ITERATIONS.
 *
 * One controller task runs each scenario in turn: it creates the scenario's tasks, waits
 * for the measuring task to report, deletes them, and prints one line per figure:
 *   bench: cm3.<figure> <instructions, one decimal> instr
 * Scenario tasks use priorities 1..3; the controller (4) is blocked while they run.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "FreeRTOS.h"
#include "task.h"
#include "queue.h"
#include "semphr.h"

#include "bench_hw.h"

#ifndef ITERATIONS
#define ITERATIONS 10000U
#endif
#ifndef TICK_SAMPLES
#define TICK_SAMPLES 500U /* ticks over which the cost of one tick is averaged */
#endif
#define STACK_WORDS     256U
#define PRIO_LOW        1U
#define PRIO_MID        2U
#define PRIO_HIGH       3U
#define PRIO_CONTROLLER 4U

static TaskHandle_t controller;
static TaskHandle_t task_a;
static TaskHandle_t task_b;
static SemaphoreHandle_t sem_ab;
static SemaphoreHandle_t sem_ba;
static QueueHandle_t queue_ab;
static QueueHandle_t queue_ba;

/* Result of the running scenario: elapsed timer counts, and the divisor that turns them
 * into "per operation". */
static volatile uint64_t result_counts;
static volatile uint32_t result_ops;
static int failures;

static void finish(uint64_t counts, uint32_t ops)
{
    result_counts = counts;
    result_ops = ops;
    xTaskNotifyGive(controller);
    vTaskSuspend(NULL);
}

static void report(const char *figure)
{
    /* Tenths of an instruction, rounded. */
    uint64_t tenths = (result_counts * BENCH_INSTR_PER_COUNT * 10U + result_ops / 2U) / result_ops;
    printf("bench: cm3.%s %lu.%lu instr\n", figure, (unsigned long)(tenths / 10U),
           (unsigned long)(tenths % 10U));
}

/* ---- yield: two equal-priority tasks yield to each other; one switch per yield ---- */

static void yield_measure(void *arg)
{
    (void)arg;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        taskYIELD();
    }
    finish(bench_now() - start, 2U * ITERATIONS);
}

static void yield_partner(void *arg)
{
    (void)arg;
    for (;;)
    {
        taskYIELD();
    }
}

/* ---- notification ping-pong: A gives to B and waits; B takes and gives back ---- */

static void notify_measure(void *arg)
{
    (void)arg;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        xTaskNotifyGive(task_b);
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
    }
    finish(bench_now() - start, ITERATIONS);
}

static void notify_partner(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
        xTaskNotifyGive(task_a);
    }
}

/* ---- binary semaphore ping-pong ---- */

static void sem_measure(void *arg)
{
    (void)arg;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        (void)xSemaphoreGive(sem_ab);
        (void)xSemaphoreTake(sem_ba, portMAX_DELAY);
    }
    finish(bench_now() - start, ITERATIONS);
}

static void sem_partner(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)xSemaphoreTake(sem_ab, portMAX_DELAY);
        (void)xSemaphoreGive(sem_ba);
    }
}

/* ---- queue ping-pong, length-1 queues of uint32_t ---- */

static void queue_measure(void *arg)
{
    (void)arg;
    uint32_t value = 0;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        (void)xQueueSend(queue_ab, &i, portMAX_DELAY);
        (void)xQueueReceive(queue_ba, &value, portMAX_DELAY);
    }
    uint32_t end = bench_now();
    if (value != ITERATIONS - 1U)
    {
        printf("queue ping-pong: last value %lu\n", (unsigned long)value);
        failures++;
    }
    finish(end - start, ITERATIONS);
}

static void queue_partner(void *arg)
{
    (void)arg;
    uint32_t value;
    for (;;)
    {
        (void)xQueueReceive(queue_ab, &value, portMAX_DELAY);
        (void)xQueueSend(queue_ba, &value, portMAX_DELAY);
    }
}

/* ---- single-task operations ---- */

static void queue_send_recv_measure(void *arg)
{
    (void)arg;
    uint32_t value = 0;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        (void)xQueueSend(queue_ab, &i, 0);
        (void)xQueueReceive(queue_ab, &value, 0);
    }
    finish(bench_now() - start, ITERATIONS);
}

static void mutex_measure(void *arg)
{
    (void)arg;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        (void)xSemaphoreTake(sem_ab, portMAX_DELAY);
        (void)xSemaphoreGive(sem_ab);
    }
    finish(bench_now() - start, ITERATIONS);
}

static void rmutex_measure(void *arg)
{
    (void)arg;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        (void)xSemaphoreTakeRecursive(sem_ab, portMAX_DELAY);
        (void)xSemaphoreGiveRecursive(sem_ab);
    }
    finish(bench_now() - start, ITERATIONS);
}

static void malloc_free_measure(void *arg)
{
    (void)arg;
    uint32_t start = bench_now();
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        void *block = pvPortMalloc(32);
        vPortFree(block);
    }
    finish(bench_now() - start, ITERATIONS);
}

/* ---- interrupt to task latency ----
 * The low task reads the timer and triggers the interrupt; the ISR wakes the high task,
 * which reads the timer as soon as its blocking call returns. Each sample is quantised to
 * 40 instructions, so a pseudo-random delay of 0..39 instructions before the first read
 * spreads its phase evenly and the average converges on the true latency. */

static volatile uint32_t irq_t0;
static volatile uint32_t samples_taken;
static uint64_t latency_sum;
static uint32_t dither_state = 12345U;

static uint32_t next_dither(void)
{
    dither_state = dither_state * 1103515245U + 12345U;
    return (dither_state >> 16) % BENCH_INSTR_PER_COUNT;
}

static void irq_notify_handler(void)
{
    BaseType_t woken = pdFALSE;
    vTaskNotifyGiveFromISR(task_b, &woken);
    portYIELD_FROM_ISR(woken);
}

static void irq_sem_handler(void)
{
    BaseType_t woken = pdFALSE;
    (void)xSemaphoreGiveFromISR(sem_ab, &woken);
    portYIELD_FROM_ISR(woken);
}

static void irq_trigger_task(void *arg)
{
    (void)arg;
    for (uint32_t i = 0; i < ITERATIONS; i++)
    {
        bench_delay(next_dither());
        irq_t0 = bench_now();
        bench_irq_trigger();
    }
    if (samples_taken != ITERATIONS)
    {
        printf("irq latency: %lu of %lu samples\n", (unsigned long)samples_taken,
               (unsigned long)ITERATIONS);
        failures++;
    }
    finish(latency_sum, ITERATIONS);
}

static void irq_notify_waiter(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
        uint32_t t1 = bench_now();
        latency_sum += t1 - irq_t0;
        samples_taken++;
    }
}

static void irq_sem_waiter(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)xSemaphoreTake(sem_ab, portMAX_DELAY);
        uint32_t t1 = bench_now();
        latency_sum += t1 - irq_t0;
        samples_taken++;
    }
}

/* ---- one tick interrupt with nothing expiring ----
 * The same busy loop runs once with the tick masked and once with it running; the
 * difference divided by the ticks that occurred is the cost of one tick. */

static __attribute__((noinline)) void busy(volatile uint32_t *counter, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
    {
        (*counter)++;
    }
}

static void tick_measure(void *arg)
{
    (void)arg;
    volatile uint32_t counter = 0;
    /* About TICK_SAMPLES milliseconds of loop at one instruction per nanosecond. */
    const uint32_t loops = TICK_SAMPLES * 1000000U / 5U;

    taskENTER_CRITICAL();
    uint32_t start = bench_now();
    busy(&counter, loops);
    uint32_t masked = bench_now() - start;
    taskEXIT_CRITICAL();

    vTaskDelay(1); /* start at a tick boundary's distance that does not matter */
    TickType_t ticks_before = xTaskGetTickCount();
    start = bench_now();
    busy(&counter, loops);
    uint32_t open = bench_now() - start;
    TickType_t ticks = xTaskGetTickCount() - ticks_before;

    if (ticks < TICK_SAMPLES / 2U || open < masked)
    {
        printf("tick: %lu ticks, %lu vs %lu counts\n", (unsigned long)ticks, (unsigned long)open,
               (unsigned long)masked);
        failures++;
        ticks = 1;
    }
    finish((uint64_t)(open - masked), (uint32_t)ticks);
}

/* ---- controller ---- */

static void run(const char *figure, TaskFunction_t measure, UBaseType_t measure_prio,
                TaskFunction_t partner, UBaseType_t partner_prio)
{
    (void)ulTaskNotifyTake(pdTRUE, 0);
    samples_taken = 0;
    latency_sum = 0;
    if (partner != NULL &&
        xTaskCreate(partner, "b", STACK_WORDS, NULL, partner_prio, &task_b) != pdPASS)
    {
        printf("%s: cannot create partner task\n", figure);
        exit(1);
    }
    if (xTaskCreate(measure, "a", STACK_WORDS, NULL, measure_prio, &task_a) != pdPASS)
    {
        printf("%s: cannot create measuring task\n", figure);
        exit(1);
    }
    (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
    vTaskDelete(task_a);
    if (partner != NULL)
    {
        vTaskDelete(task_b);
    }
    task_b = NULL;
    report(figure);
    vTaskDelay(2); /* let the idle task free the deleted tasks */
}

static void controller_task(void *arg)
{
    (void)arg;

    run("yield", yield_measure, PRIO_MID, yield_partner, PRIO_MID);
    run("notify_rt_eq", notify_measure, PRIO_MID, notify_partner, PRIO_MID);
    run("notify_rt_hi", notify_measure, PRIO_MID, notify_partner, PRIO_HIGH);

    sem_ab = xSemaphoreCreateBinary();
    sem_ba = xSemaphoreCreateBinary();
    run("sem_rt_eq", sem_measure, PRIO_MID, sem_partner, PRIO_MID);
    run("sem_rt_hi", sem_measure, PRIO_MID, sem_partner, PRIO_HIGH);
    vSemaphoreDelete(sem_ab);
    vSemaphoreDelete(sem_ba);

    queue_ab = xQueueCreate(1, sizeof(uint32_t));
    queue_ba = xQueueCreate(1, sizeof(uint32_t));
    run("queue_rt_eq", queue_measure, PRIO_MID, queue_partner, PRIO_MID);
    run("queue_rt_hi", queue_measure, PRIO_MID, queue_partner, PRIO_HIGH);
    run("queue_send_recv", queue_send_recv_measure, PRIO_MID, NULL, 0);
    vQueueDelete(queue_ab);
    vQueueDelete(queue_ba);

    sem_ab = xSemaphoreCreateMutex();
    run("mutex", mutex_measure, PRIO_MID, NULL, 0);
    vSemaphoreDelete(sem_ab);
    sem_ab = xSemaphoreCreateRecursiveMutex();
    run("rmutex", rmutex_measure, PRIO_MID, NULL, 0);
    vSemaphoreDelete(sem_ab);

    run("malloc_free", malloc_free_measure, PRIO_MID, NULL, 0);

    bench_irq_install(irq_notify_handler);
    run("irq_notify", irq_trigger_task, PRIO_LOW, irq_notify_waiter, PRIO_HIGH);
    sem_ab = xSemaphoreCreateBinary();
    bench_irq_install(irq_sem_handler);
    run("irq_sem", irq_trigger_task, PRIO_LOW, irq_sem_waiter, PRIO_HIGH);
    vSemaphoreDelete(sem_ab);

    run("tick", tick_measure, PRIO_MID, NULL, 0);

    exit(failures == 0 ? 0 : 1);
}

int main(void)
{
    if (xTaskCreate(controller_task, "ctl", 1024, NULL, PRIO_CONTROLLER, &controller) != pdPASS)
    {
        printf("cannot create the controller task\n");
        return 1;
    }
    vTaskStartScheduler();
    printf("the scheduler did not start\n");
    return 1;
}
