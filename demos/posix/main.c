/*
 * main.c - Tern's flagship demo on the Linux simulator. Shows, in about ten seconds:
 *   - periodic tasks at different priorities (a 10 Hz "sensor", a 1 Hz report),
 *   - a simulated device interrupt feeding a stream buffer that a task reads line by line,
 *   - task notifications carrying values between tasks,
 *   - a software timer driving the report,
 *   - a task table with run-time statistics printed every second,
 *   - MQTT (mqtt_demo.c): telemetry published through the MQTT agent to a broker (a local
 *     mosquitto the demo starts, or the one named by the argument or TERN_DEMO_BROKER), and
 *     commands taken from a topic,
 * then ends the scheduler and returns to main(), which sums up what happened. Ctrl-C ends
 * it early, through a simulated interrupt.
 */
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "FreeRTOS.h"
#include "stream_buffer.h"
#include "task.h"
#include "timers.h"

#include "mqtt_demo.h"
#include "tern_sim.h"
#include "uart_sim.h"

#define UART_IRQ     1U
#define STOP_IRQ     2U
#define RUN_SECONDS  10U
#define STOP_BIT     0x80000000UL

#define PRIO_REPORT  4U
#define PRIO_SENSOR  3U
#define PRIO_CONSOLE 2U
#define PRIO_LOGGER  1U

/* Shared with the MQTT part: commands change the period, telemetry reports the reading. */
volatile uint32_t demo_sensor_period_ms = 100U;
volatile uint32_t demo_latest_reading;

static StreamBufferHandle_t uart_stream;
static TaskHandle_t logger_task;
static TaskHandle_t report_task;

static struct
{
    unsigned samples;        /* sensor periods */
    unsigned late_samples;   /* periods not met on time */
    unsigned interrupts;     /* device interrupts taken */
    unsigned lines;          /* text lines reassembled from the stream buffer */
    unsigned notifications;  /* values the logger received */
    long long value_sum;
    unsigned reports;
    int stopped_by_user;
} seen;

/* ---- The device interrupt: bytes from the UART FIFO into the stream buffer ---- */

static void uart_isr(void)
{
    uint8_t chunk[64];
    size_t n;
    BaseType_t woken = pdFALSE;

    seen.interrupts++;
    while ((n = uart_sim_read(chunk, sizeof chunk)) > 0U)
    {
        (void)xStreamBufferSendFromISR(uart_stream, chunk, n, &woken);
    }
    portYIELD_FROM_ISR(woken);
}

static void console(void *arg)
{
    char line[64];
    size_t len = 0;
    (void)arg;
    for (;;)
    {
        uint8_t c;
        if (xStreamBufferReceive(uart_stream, &c, 1, portMAX_DELAY) == 1U)
        {
            if (c == '\n')
            {
                line[len] = '\0';
                if (len > 0U && line[0] == '$')
                {
                    seen.lines++;
                }
                len = 0;
            }
            else if (len < sizeof line - 1U)
            {
                line[len++] = (char)c;
            }
        }
    }
}

/* ---- Periodic sensor and its logger ---- */

static void sensor(void *arg)
{
    TickType_t last = xTaskGetTickCount();
    unsigned k = 0;
    (void)arg;
    for (;;)
    {
        uint32_t reading = (uint32_t)(500.0 + 400.0 * sin((double)k * 0.2));
        if (xTaskDelayUntil(&last, pdMS_TO_TICKS(demo_sensor_period_ms)) == pdFALSE)
        {
            seen.late_samples++;
        }
        seen.samples++;
        demo_latest_reading = reading;
        k++;
        (void)xTaskNotify(logger_task, reading, eSetValueWithOverwrite);
    }
}

static void logger(void *arg)
{
    (void)arg;
    for (;;)
    {
        uint32_t value;
        if (xTaskNotifyWait(0, 0, &value, portMAX_DELAY) == pdTRUE)
        {
            seen.notifications++;
            seen.value_sum += value;
        }
    }
}

/* ---- Report: a software timer wakes the report task once a second ---- */

static void report_tick(TimerHandle_t timer)
{
    (void)timer;
    (void)xTaskNotifyGive(report_task);
}

static void report(void *arg)
{
    static char table[2048];
    (void)arg;
    for (;;)
    {
        uint32_t why = 0;
        (void)xTaskNotifyWait(0, 0xffffffffUL, &why, portMAX_DELAY);
        if ((why & STOP_BIT) != 0U)
        {
            seen.stopped_by_user = 1;
            break;
        }
        seen.reports++;
        vTaskGetRunTimeStatistics(table, sizeof table);
        printf("\n--- second %u: %u samples, %u interrupts, %u lines, heap free %u bytes\n",
               seen.reports, seen.samples, seen.interrupts, seen.lines,
               (unsigned)xPortGetFreeHeapSize());
        printf("Task         Run time (us)   Share\n%s", table);
        vTaskListTasks(table, sizeof table);
        printf("Task         State   Prio   Stack free   Number\n%s", table);
        fflush(stdout);
        if (seen.reports >= RUN_SECONDS)
        {
            break;
        }
    }
    mqtt_demo_finish();
    vTaskEndScheduler();
}

/* ---- Ctrl-C: a host signal becomes a simulated interrupt ---- */

static void stop_isr(void)
{
    BaseType_t woken = pdFALSE;
    (void)xTaskNotifyFromISR(report_task, STOP_BIT, eSetBits, &woken);
    portYIELD_FROM_ISR(woken);
}

static void on_sigint(int sig)
{
    (void)sig;
    sim_irq_raise(STOP_IRQ);
}

void demo_assert_failed(const char *file, int line)
{
    fprintf(stderr, "demo: assertion failed at %s:%d\n", file, line);
    abort();
}

void vApplicationStackOverflowHook(TaskHandle_t task, char *name)
{
    (void)task;
    fprintf(stderr, "demo: stack overflow in task %s\n", name);
    abort();
}

int main(int argc, char **argv)
{
    TimerHandle_t timer;

    printf("Tern %s demo on the Linux simulator (FreeRTOS %s API). Runs for %u seconds; "
           "Ctrl-C ends it sooner.\n",
           tskTERN_VERSION_NUMBER, tskKERNEL_VERSION_NUMBER, RUN_SECONDS);
    uart_stream = xStreamBufferCreate(128, 1);
    timer = xTimerCreate("report", pdMS_TO_TICKS(1000), pdTRUE, NULL, report_tick);
    if (uart_stream == NULL || timer == NULL ||
        xTaskCreate(report, "report", configMINIMAL_STACK_SIZE * 2, NULL, PRIO_REPORT,
                    &report_task) != pdPASS ||
        xTaskCreate(sensor, "sensor", configMINIMAL_STACK_SIZE, NULL, PRIO_SENSOR, NULL) != pdPASS ||
        xTaskCreate(console, "console", configMINIMAL_STACK_SIZE, NULL, PRIO_CONSOLE, NULL) != pdPASS ||
        xTaskCreate(logger, "logger", configMINIMAL_STACK_SIZE, NULL, PRIO_LOGGER, &logger_task) != pdPASS)
    {
        fprintf(stderr, "demo: out of memory\n");
        return 1;
    }
    (void)mqtt_demo_start(argc > 1 ? argv[1] : NULL, PRIO_CONSOLE, PRIO_LOGGER);
    (void)xTimerStart(timer, 0);
    sim_irq_set_handler(UART_IRQ, uart_isr);
    sim_irq_set_handler(STOP_IRQ, stop_isr);
    signal(SIGINT, on_sigint);
    uart_sim_start(UART_IRQ);

    vTaskStartScheduler(); /* returns after vTaskEndScheduler() */

    uart_sim_stop();
    (void)xTimerDelete(timer, 0);
    vStreamBufferDelete(uart_stream);
    printf("\nThe demo %s after %u one-second reports. It showed:\n",
           seen.stopped_by_user ? "was stopped with Ctrl-C" : "ended by itself", seen.reports);
    printf("  - a sensor task (priority %u): %u periods by xTaskDelayUntil, %u late, its period "
           "now %u ms;\n",
           PRIO_SENSOR, seen.samples, seen.late_samples, (unsigned)demo_sensor_period_ms);
    printf("  - %u values passed by task notification to the logger (priority %u), mean %lld;\n",
           seen.notifications, PRIO_LOGGER,
           seen.notifications > 0U ? seen.value_sum / seen.notifications : 0LL);
    printf("  - %u simulated device interrupts feeding a stream buffer, reassembled into %u "
           "lines by the console task (priority %u);\n",
           seen.interrupts, seen.lines, PRIO_CONSOLE);
    printf("  - a software timer waking the report task (priority %u) every second, which "
           "printed the task table with run-time statistics;\n",
           PRIO_REPORT);
    mqtt_demo_report();
    printf("  - vTaskEndScheduler() returning to main(), with every task deleted.\n");
    return 0;
}
