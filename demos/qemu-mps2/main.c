/*
 * main.c - Tern on a Cortex-M3 (QEMU mps2-an385): a sensor task samples every 100 ms
 * (vTaskDelayUntil) into a queue, a logger task prints the samples, the CMSDK Timer1
 * interrupt wakes a task through a task notification four times a second, and after
 * three seconds a supervisor prints the task list and run-time statistics, ends the
 * scheduler and main() returns, which ends QEMU. Everything goes to UART0, one line at a
 * time under a mutex.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "FreeRTOS.h"
#include "queue.h"
#include "semphr.h"
#include "task.h"

#include "board.h"

#define TIMER1_IRQ            9
#define TIMER1_CTRL           (*(volatile uint32_t *)0x40001000UL)
#define TIMER1_RELOAD         (*(volatile uint32_t *)0x40001008UL)
#define TIMER1_INTCLEAR       (*(volatile uint32_t *)0x4000100CUL)
#define TIMER_CTRL_ENABLE     0x1U
#define TIMER_CTRL_IRQ_ENABLE 0x8U

#define DEMO_SECONDS 3

struct sample
{
    TickType_t when;
    uint32_t value;
};

static QueueHandle_t samples;
static SemaphoreHandle_t console; /* one task prints at a time: lines stay whole */
static TaskHandle_t irq_task;
static volatile uint32_t irq_count;

static void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    (void)xSemaphoreTake(console, portMAX_DELAY);
    printf("[%5lu ms] ", (unsigned long)pdTICKS_TO_MS(xTaskGetTickCount()));
    vprintf(format, args);
    (void)xSemaphoreGive(console);
    va_end(args);
}

static void sensor_task(void *arg)
{
    (void)arg;
    TickType_t wake = xTaskGetTickCount();
    uint32_t noise = 1;
    for (;;)
    {
        vTaskDelayUntil(&wake, pdMS_TO_TICKS(100));
        /* A made-up reading: 18 to 24 degrees. */
        noise = noise * 1103515245U + 12345U;
        struct sample s = {wake, 18U + (noise >> 16) % 7U};
        (void)xQueueSend(samples, &s, 0);
    }
}

static void logger_task(void *arg)
{
    (void)arg;
    struct sample s;
    for (;;)
    {
        if (xQueueReceive(samples, &s, portMAX_DELAY) == pdPASS)
        {
            say("sensor: %lu C (sampled at %lu ms)\n", (unsigned long)s.value,
                (unsigned long)pdTICKS_TO_MS(s.when));
        }
    }
}

/* Timer1 interrupt: tells the waiting task, which runs as soon as the handler returns. */
static void timer1_handler(void)
{
    BaseType_t woken = pdFALSE;
    TIMER1_INTCLEAR = 1U;
    irq_count++;
    vTaskNotifyGiveFromISR(irq_task, &woken);
    portYIELD_FROM_ISR(woken);
}

static void irq_waiter_task(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
        say("timer interrupt %lu woke me\n", (unsigned long)irq_count);
    }
}

static void start_timer1(void)
{
    /* Priority 0xC0: less urgent than configMAX_SYSCALL_INTERRUPT_PRIORITY, so the
     * handler may use the FromISR API. */
    board_irq_set_handler(TIMER1_IRQ, timer1_handler);
    board_irq_set_priority(TIMER1_IRQ, 0xC0);
    board_irq_enable(TIMER1_IRQ);
    TIMER1_RELOAD = BOARD_SYSCLK_HZ / 4U;
    TIMER1_CTRL = TIMER_CTRL_ENABLE | TIMER_CTRL_IRQ_ENABLE;
}

static void supervisor_task(void *arg)
{
    (void)arg;
    static char text[512];

    start_timer1();
    vTaskDelay(pdMS_TO_TICKS(DEMO_SECONDS * 1000));
    TIMER1_CTRL = 0;

    (void)xSemaphoreTake(console, portMAX_DELAY);
    vTaskListTasks(text, sizeof text);
    printf("\nname          state  prio  stack  num\n%s", text);
    vTaskGetRunTimeStatistics(text, sizeof text);
    printf("\nname          time (25 MHz counts)  share\n%s", text);
    printf("free heap: %lu bytes\n\n", (unsigned long)xPortGetFreeHeapSize());
    (void)xSemaphoreGive(console);
    vTaskEndScheduler();
}

void vAssertCalled(const char *file, int line)
{
    printf("assertion failed at %s:%d\n", file, line);
    exit(2);
}

void vApplicationStackOverflowHook(TaskHandle_t xTask, char *pcTaskName)
{
    (void)xTask;
    printf("stack overflow in %s\n", pcTaskName);
    exit(3);
}

void vApplicationMallocFailedHook(void)
{
    printf("out of heap\n");
    exit(4);
}

int main(void)
{
    printf("Tern %s on %s, tick %d Hz\n", tskTERN_VERSION_NUMBER, "mps2-an385 (Cortex-M3)",
           configTICK_RATE_HZ);
    samples = xQueueCreate(4, sizeof(struct sample));
    console = xSemaphoreCreateMutex();
    if (samples == NULL || console == NULL ||
        xTaskCreate(sensor_task, "sensor", configMINIMAL_STACK_SIZE, NULL, 2, NULL) != pdPASS ||
        xTaskCreate(logger_task, "logger", configMINIMAL_STACK_SIZE, NULL, 1, NULL) != pdPASS ||
        xTaskCreate(irq_waiter_task, "irq", configMINIMAL_STACK_SIZE, NULL, 3, &irq_task) !=
            pdPASS ||
        xTaskCreate(supervisor_task, "super", configMINIMAL_STACK_SIZE, NULL, 4, NULL) != pdPASS)
    {
        printf("cannot create the demo's tasks\n");
        return 1;
    }
    vTaskStartScheduler();
    vQueueDelete(samples);
    vSemaphoreDelete(console);
    printf("scheduler ended after %d s; back in main()\n", DEMO_SECONDS);
    return 0;
}
