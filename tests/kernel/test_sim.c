/*
 * test_sim.c - the Linux simulator's own promises (posix only): interrupts raised by real
 * host threads reach tasks through the ISR API; the ...FromISR API refuses raw host
 * threads; virtual time jumps over idle time, but follows the real clock while a host
 * thread waits for outside I/O; busy tasks are preempted even in tight loops.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "semphr.h"
#include "tern_sim.h"

#define HOST_IRQ 5U

static SemaphoreHandle_t sem;
static volatile UBaseType_t isr_runs;
static volatile UBaseType_t taken;

static void host_isr(void)
{
    BaseType_t woken = pdFALSE;
    isr_runs++;
    (void)xSemaphoreGiveFromISR(sem, &woken);
    portYIELD_FROM_ISR(woken);
}

static volatile int host_done;

static void *host_thread(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 20; i++)
    {
        struct timespec pause = {0, 2 * 1000 * 1000};
        sim_irq_raise(HOST_IRQ);
        nanosleep(&pause, NULL);
    }
    __atomic_store_n(&host_done, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void taker(void *arg)
{
    (void)arg;
    for (;;)
    {
        if (xSemaphoreTake(sem, portMAX_DELAY) == pdPASS)
        {
            taken++;
        }
    }
}

static void interrupts_from_a_host_thread_wake_tasks(void)
{
    pthread_t thread;
    TaskHandle_t t;

    isr_runs = 0;
    taken = 0;
    host_done = 0;
    sem = xSemaphoreCreateCounting(100, 0);
    CHECK(sim_irq_set_handler(HOST_IRQ, host_isr) == pdPASS);
    t = test_task(taker, "taker", TEST_PRIORITY + 1, NULL);
    sim_io_begin(); /* the host thread is "outside": time must not run away meanwhile */
    CHECK(pthread_create(&thread, NULL, host_thread, NULL) == 0);
    while (!__atomic_load_n(&host_done, __ATOMIC_ACQUIRE))
    {
        vTaskDelay(1);
    }
    vTaskDelay(2);
    sim_io_end();
    CHECK(pthread_join(thread, NULL) == 0);
    /* Raises may merge while one is pending, as on hardware; each handler run was one
     * give, and every give reached the task. */
    CHECK(isr_runs >= 1U && isr_runs <= 20U);
    CHECK_EQ(taken, isr_runs);
    vTaskDelete(t);
    vSemaphoreDelete(sem);
    (void)sim_irq_set_handler(HOST_IRQ, NULL);
}

static void bad_lines_are_refused(void)
{
    CHECK(sim_irq_set_handler(SIM_IRQ_TICK, host_isr) == pdFAIL);
    CHECK(sim_irq_set_handler(SIM_IRQ_LINES, host_isr) == pdFAIL);
    sim_irq_raise(SIM_IRQ_LINES + 3U); /* ignored */
}

static void *raw_from_isr_call(void *arg)
{
    BaseType_t woken = pdFALSE;
    (void)arg;
    (void)xSemaphoreGiveFromISR(sem, &woken); /* not through an interrupt: must assert */
    return NULL;
}

/* Run in a fresh copy of this program (see main): must end in the assertion handler,
 * which exits with status 2. */
static void raw_host_thread_calls_the_isr_api(void)
{
    pthread_t thread;

    sem = xSemaphoreCreateBinary();
    (void)pthread_create(&thread, NULL, raw_from_isr_call, NULL);
    (void)pthread_join(thread, NULL);
    vSemaphoreDelete(sem);
}

static const char *self_path;

static void from_isr_api_refuses_raw_host_threads(void)
{
    pid_t child;
    int status = 0;

    fflush(stdout);
    child = fork();
    if (child == 0)
    {
        execl(self_path, self_path, "--raw-from-isr", (char *)NULL);
        _exit(1);
    }
    CHECK(child > 0);
    CHECK(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK_EQ(WEXITSTATUS(status), 2);
}

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void virtual_time_is_exact(void)
{
    TickType_t start = xTaskGetTickCount();

    CHECK(sim_time_is_virtual() == pdTRUE);
    vTaskDelay(pdMS_TO_TICKS(60000)); /* a minute passes at once */
    CHECK_EQ(ticks_since(start), pdMS_TO_TICKS(60000));
}

static void virtual_time_follows_the_clock_while_io_is_outstanding(void)
{
    TickType_t start = xTaskGetTickCount();
    double wall = now_seconds();

    sim_io_begin();
    vTaskDelay(50);
    sim_io_end();
    CHECK_EQ(ticks_since(start), 50);
    /* Idle time was not skipped: at least the 50 ms really passed. */
    CHECK(now_seconds() - wall >= 0.045);
}

static volatile int stop;
static volatile UBaseType_t spins;

static void tight_loop(void *arg)
{
    (void)arg;
    while (!stop)
    {
        spins++;
    }
    vTaskDelete(NULL);
}

static void a_tight_loop_is_preempted_by_time(void)
{
    TickType_t start = xTaskGetTickCount();

    stop = 0;
    spins = 0;
    test_task(tight_loop, "loop", TEST_PRIORITY - 1, NULL);
    /* We can only wake if the tick preempts the loop. */
    vTaskDelay(5);
    CHECK(ticks_since(start) >= 5U);
    CHECK(spins > 0U);
    stop = 1;
    vTaskDelay(1);
}

int main(int argc, char **argv)
{
    self_path = argv[0];
    if (argc > 1 && strcmp(argv[1], "--raw-from-isr") == 0)
    {
        RUN_TEST(raw_host_thread_calls_the_isr_api);
        return 0; /* reached only if the assertion did not fire */
    }
    RUN_TEST(interrupts_from_a_host_thread_wake_tasks);
    RUN_TEST(bad_lines_are_refused);
    RUN_TEST(from_isr_api_refuses_raw_host_threads);
    RUN_TEST(virtual_time_is_exact);
    RUN_TEST(virtual_time_follows_the_clock_while_io_is_outstanding);
    RUN_TEST(a_tight_loop_is_preempted_by_time);
    return test_summary();
}
