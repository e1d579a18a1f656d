/*
 * port_tickless.c - tickless idle (vPortSuppressTicksAndSleep): while every task waits,
 * the idle task stops the periodic tick and sleeps until the next wake-up; afterwards the
 * tick count is exactly what the delays say and agrees with a free-running timer, whether
 * the sleep ran to its end, hit the longest period SysTick can time (several sleeps), or
 * was cut short by another interrupt. Runs with QEMU's sleep=on (tools/qemu-run --sleep):
 * under sleep=off QEMU 7.2 delivers the first timer interrupt after a WFI one period late.
 */
#include <stdio.h>

#include "FreeRTOS.h"
#include "task.h"

#include "board.h"
#include "port_test.h"

#define TIMER1_IRQ      9
#define TIMER1_CTRL     (*(volatile uint32_t *)0x40001000UL)
#define TIMER1_VALUE    (*(volatile uint32_t *)0x40001004UL)
#define TIMER1_RELOAD   (*(volatile uint32_t *)0x40001008UL)
#define TIMER1_INTCLEAR (*(volatile uint32_t *)0x4000100CUL)

#define COUNTS_PER_MS (BOARD_SYSCLK_HZ / 1000U)

static volatile unsigned long ticks_processed;
static volatile unsigned long sleeps;
static TaskHandle_t tester;

void vApplicationTickHook(void)
{
    ticks_processed++;
}

void port_test_pre_sleep(unsigned long expected_ticks)
{
    (void)expected_ticks;
    sleeps++;
}

/* Elapsed milliseconds of the free-running Timer0, rounded. */
static long ms_since(uint32_t start)
{
    return (long)((board_timer_now() - start + COUNTS_PER_MS / 2U) / COUNTS_PER_MS);
}

static void delay_is_exact_and_asleep(TickType_t ticks)
{
    unsigned long hooks_before = ticks_processed;
    unsigned long sleeps_before = sleeps;
    TickType_t start_tick = xTaskGetTickCount();
    uint32_t start = board_timer_now();

    vTaskDelay(ticks);

    long ms = ms_since(start);
    printf("  vTaskDelay(%lu): %ld ms, %lu sleeps, %lu ticks processed\n", (unsigned long)ticks, ms,
           sleeps - sleeps_before, ticks_processed - hooks_before);
    CHECK_EQ(xTaskGetTickCount() - start_tick, ticks);
    CHECK_RANGE(ms, (long)ticks - 1, (long)ticks + 1);
    CHECK(sleeps - sleeps_before >= 1U);
    /* Most ticks were never taken: the idle task slept through them. */
    CHECK(ticks_processed - hooks_before <= ticks / 4U + 2U);
}

static void timer1_handler(void)
{
    BaseType_t woken = pdFALSE;
    TIMER1_CTRL = 0; /* one shot */
    TIMER1_INTCLEAR = 1U;
    vTaskNotifyGiveFromISR(tester, &woken);
    portYIELD_FROM_ISR(woken);
}

static void other_interrupt_ends_the_sleep_early(void)
{
    /* 73.3 ms from now, in the middle of a tick period. */
    const uint32_t counts = 73U * COUNTS_PER_MS + 3U * COUNTS_PER_MS / 10U;
    TickType_t start_tick = xTaskGetTickCount();
    uint32_t start = board_timer_now();

    TIMER1_RELOAD = counts;
    TIMER1_VALUE = counts;
    TIMER1_CTRL = 0x9U; /* enable, interrupt enable */
    uint32_t got = ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(500));

    long ms = ms_since(start);
    TickType_t ticks = xTaskGetTickCount() - start_tick;
    printf("  woken by Timer1 after %ld ms, %lu ticks\n", ms, (unsigned long)ticks);
    CHECK_EQ(got, 1);
    CHECK_RANGE(ms, 72, 74);
    CHECK_RANGE(ticks, 72, 74);
}

static void tester_task(void *arg)
{
    (void)arg;
    TickType_t first_tick = xTaskGetTickCount();
    uint32_t first = board_timer_now();

    board_irq_set_handler(TIMER1_IRQ, timer1_handler);
    board_irq_set_priority(TIMER1_IRQ, 0xC0);
    board_irq_enable(TIMER1_IRQ);

    delay_is_exact_and_asleep(5);
    delay_is_exact_and_asleep(37);
    delay_is_exact_and_asleep(200);
    /* Longer than SysTick's 24 bits can time at 25 MHz (671 ticks): several sleeps. */
    delay_is_exact_and_asleep(1500);
    other_interrupt_ends_the_sleep_early();
    /* The tick resumed correctly after the cut-short sleep. */
    delay_is_exact_and_asleep(10);
    delay_is_exact_and_asleep(100);

    /* No drift accumulated over all of it. */
    long total_ms = ms_since(first);
    long total_ticks = (long)(xTaskGetTickCount() - first_tick);
    printf("  in total %ld ticks in %ld ms\n", total_ticks, total_ms);
    CHECK_RANGE(total_ticks - total_ms, -2, 2);

    board_irq_disable(TIMER1_IRQ);
    vTaskEndScheduler();
}

int main(void)
{
    printf("port_tickless: sleeping through idle ticks keeps time\n");
    if (xTaskCreate(tester_task, "tester", configMINIMAL_STACK_SIZE, NULL, 2, &tester) != pdPASS)
    {
        port_test_fail(__FILE__, __LINE__, "xTaskCreate");
    }
    else
    {
        vTaskStartScheduler();
    }
    return port_test_summary("port_tickless");
}
