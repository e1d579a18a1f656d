/*
 * bench.c - kernel cost on the Linux simulator, in wall time: round trips between two
 * tasks (notification, semaphore, length-1 queue) at equal and at different priorities, a
 * yield between equals, queue send+receive without blocking, uncontended mutex and
 * recursive mutex take+give, and pvPortMalloc(32)+vPortFree. Only the FreeRTOS API plus
 * bench_clock.h (a nanosecond clock), so it builds against any FreeRTOS-compatible kernel
 * with a POSIX port.
 *
 *   kernel_posix_bench           every figure, the median of 5 runs, one line each:
 *                                bench: posix.<figure> <ns> ns
 *   kernel_posix_bench FIG N     FIG only, N iterations, once, printing nothing: for
 *                                counting instructions (bench/kernel-posix/run runs two
 *                                N under callgrind and divides the difference).
 *
 * A controller task runs each scenario in turn: it creates the scenario's tasks below its
 * own priority, sleeps until the measuring task reports, then deletes them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "FreeRTOS.h"
#include "queue.h"
#include "semphr.h"
#include "task.h"

#include "bench_clock.h"

#define RUNS            5
#define WARMUP          100U
#define STACK_WORDS     configMINIMAL_STACK_SIZE
#define PRIO_LOW        1U
#define PRIO_MID        2U
#define PRIO_HIGH       3U
#define PRIO_CONTROLLER 4U

/* What one figure needs: the measuring task, its partner (or NULL), the partner's
 * priority, iterations per run, and operations per iteration (a yield iteration is two
 * switches). */
struct figure
{
    const char *name;
    TaskFunction_t measure;
    TaskFunction_t partner;
    UBaseType_t partner_priority;
    uint32_t iterations;
    uint32_t ops_per_iteration;
};

static TaskHandle_t controller;
static TaskHandle_t task_a;
static TaskHandle_t task_b;
static QueueHandle_t queue_ab;
static QueueHandle_t queue_ba;
static SemaphoreHandle_t sem_ab;
static SemaphoreHandle_t sem_ba;
static SemaphoreHandle_t mutex;
static SemaphoreHandle_t rmutex;
static uint32_t iterations;
static volatile uint64_t elapsed_ns;
static int failed;

static void finish(uint64_t start)
{
    elapsed_ns = bench_now_ns() - start;
    (void)xTaskNotifyGive(controller);
    vTaskSuspend(NULL);
}

/* ---- Notification round trip ---- */

static void notify_partner(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
        (void)xTaskNotifyGive(task_a);
    }
}

static void notify_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        (void)xTaskNotifyGive(task_b);
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
    }
    finish(start);
}

/* ---- Yield between equals ---- */

static void yield_partner(void *arg)
{
    (void)arg;
    for (;;)
    {
        taskYIELD();
    }
}

static void yield_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        taskYIELD();
    }
    finish(start);
}

/* ---- Binary semaphore round trip ---- */

static void sem_partner(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)xSemaphoreTake(sem_ab, portMAX_DELAY);
        (void)xSemaphoreGive(sem_ba);
    }
}

static void sem_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        (void)xSemaphoreGive(sem_ab);
        (void)xSemaphoreTake(sem_ba, portMAX_DELAY);
    }
    finish(start);
}

/* ---- Length-1 queue of uint32_t round trip ---- */

static void queue_partner(void *arg)
{
    uint32_t v;
    (void)arg;
    for (;;)
    {
        (void)xQueueReceive(queue_ab, &v, portMAX_DELAY);
        (void)xQueueSend(queue_ba, &v, portMAX_DELAY);
    }
}

static void queue_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    uint32_t v;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        (void)xQueueSend(queue_ab, &i, portMAX_DELAY);
        (void)xQueueReceive(queue_ba, &v, portMAX_DELAY);
        if (v != i)
        {
            failed = 1;
        }
    }
    finish(start);
}

/* ---- One task, never blocking ---- */

static void send_recv_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    uint32_t v = 0;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        (void)xQueueSend(queue_ab, &i, 0);
        (void)xQueueReceive(queue_ab, &v, 0);
    }
    if (v != i - 1U)
    {
        failed = 1;
    }
    finish(start);
}

static void mutex_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        if (xSemaphoreTake(mutex, 0) != pdTRUE)
        {
            failed = 1;
        }
        (void)xSemaphoreGive(mutex);
    }
    finish(start);
}

static void rmutex_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        if (xSemaphoreTakeRecursive(rmutex, 0) != pdTRUE)
        {
            failed = 1;
        }
        (void)xSemaphoreGiveRecursive(rmutex);
    }
    finish(start);
}

static void malloc_measure(void *arg)
{
    uint64_t start = 0;
    uint32_t i;
    (void)arg;
    for (i = 0; i < WARMUP + iterations; i++)
    {
        void *volatile p;
        if (i == WARMUP)
        {
            start = bench_now_ns();
        }
        p = pvPortMalloc(32);
        if (p == NULL)
        {
            failed = 1;
        }
        vPortFree(p);
    }
    finish(start);
}

static const struct figure figures[] = {
    {"notify_rt_eq", notify_measure, notify_partner, PRIO_MID, 200000U, 1U},
    {"notify_rt_hi", notify_measure, notify_partner, PRIO_HIGH, 200000U, 1U},
    {"yield", yield_measure, yield_partner, PRIO_MID, 200000U, 2U},
    {"sem_rt_eq", sem_measure, sem_partner, PRIO_MID, 200000U, 1U},
    {"sem_rt_hi", sem_measure, sem_partner, PRIO_HIGH, 200000U, 1U},
    {"queue_rt_eq", queue_measure, queue_partner, PRIO_MID, 200000U, 1U},
    {"queue_rt_hi", queue_measure, queue_partner, PRIO_HIGH, 200000U, 1U},
    {"queue_send_recv", send_recv_measure, NULL, 0U, 1000000U, 1U},
    {"mutex", mutex_measure, NULL, 0U, 1000000U, 1U},
    {"rmutex", rmutex_measure, NULL, 0U, 1000000U, 1U},
    {"malloc_free", malloc_measure, NULL, 0U, 1000000U, 1U},
};
#define FIGURES (sizeof figures / sizeof figures[0])

/* Runs one figure once; returns nanoseconds per operation. */
static double run_once(const struct figure *f, uint32_t n)
{
    iterations = n;
    queue_ab = xQueueCreate(1, sizeof(uint32_t));
    queue_ba = xQueueCreate(1, sizeof(uint32_t));
    sem_ab = xSemaphoreCreateBinary();
    sem_ba = xSemaphoreCreateBinary();
    mutex = xSemaphoreCreateMutex();
    rmutex = xSemaphoreCreateRecursiveMutex();
    if (queue_ab == NULL || queue_ba == NULL || sem_ab == NULL || sem_ba == NULL || mutex == NULL ||
        rmutex == NULL)
    {
        failed = 1;
        return 0.0;
    }
    task_b = NULL;
    if (f->partner != NULL &&
        xTaskCreate(f->partner, "b", STACK_WORDS, NULL, f->partner_priority, &task_b) != pdPASS)
    {
        failed = 1;
    }
    if (xTaskCreate(f->measure, "a", STACK_WORDS, NULL, PRIO_MID, &task_a) != pdPASS)
    {
        failed = 1;
    }
    (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
    vTaskDelete(task_a);
    if (task_b != NULL)
    {
        vTaskDelete(task_b);
    }
    vQueueDelete(queue_ab);
    vQueueDelete(queue_ba);
    vSemaphoreDelete(sem_ab);
    vSemaphoreDelete(sem_ba);
    vSemaphoreDelete(mutex);
    vSemaphoreDelete(rmutex);
    vTaskDelay(2); /* the idle task frees the deleted tasks */
    return (double)elapsed_ns / ((double)n * f->ops_per_iteration);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Set by main(): one figure and its iteration count, or all figures when only is NULL. */
static const struct figure *only;
static uint32_t only_iterations;

static void control(void *arg)
{
    (void)arg;
    if (only != NULL)
    {
        (void)run_once(only, only_iterations);
    }
    else
    {
        for (size_t f = 0; f < FIGURES; f++)
        {
            double samples[RUNS];
            int r;
            for (r = 0; r < RUNS; r++)
            {
                samples[r] = run_once(&figures[f], figures[f].iterations);
            }
            qsort(samples, RUNS, sizeof samples[0], by_value);
            printf("bench: posix.%s %.1f ns\n", figures[f].name, samples[RUNS / 2]);
            fflush(stdout);
        }
    }
    vTaskEndScheduler();
}

int main(int argc, char **argv)
{
    if (argc == 3)
    {
        size_t f;
        for (f = 0; f < FIGURES && only == NULL; f++)
        {
            if (strcmp(argv[1], figures[f].name) == 0)
            {
                only = &figures[f];
            }
        }
        only_iterations = (uint32_t)strtoul(argv[2], NULL, 10);
        if (only == NULL || only_iterations == 0U)
        {
            fprintf(stderr, "usage: %s [FIGURE ITERATIONS]\n", argv[0]);
            return 2;
        }
    }
    else if (argc != 1)
    {
        fprintf(stderr, "usage: %s [FIGURE ITERATIONS]\n", argv[0]);
        return 2;
    }
    if (xTaskCreate(control, "control", STACK_WORDS, NULL, PRIO_CONTROLLER, &controller) != pdPASS)
    {
        return 1;
    }
    vTaskStartScheduler();
    if (failed)
    {
        fprintf(stderr, "kernel_posix_bench: a benchmark saw a wrong result\n");
        return 1;
    }
    return 0;
}
