/*
 * smoke.c - proves the board support without a kernel: initialised data and zeroed bss,
 * printf over UART0, malloc from the newlib heap, Timer0 counting, a software-pended
 * interrupt reaching a handler installed at run time, and the exit status travelling
 * through semihosting (the test fails unless main's return value arrives as 0).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board.h"

static volatile uint32_t initialised = 0x5EED1234U;
static volatile uint32_t zeroed;
static volatile unsigned irq_calls;

static void soft_irq_handler(void)
{
    irq_calls++;
}

static int failures;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    if (!ok)
    {
        failures++;
    }
}

int main(void)
{
    check(initialised == 0x5EED1234U, ".data holds its initial value");
    check(zeroed == 0U, ".bss starts zeroed");

    char text[32];
    snprintf(text, sizeof text, "%d-%s-%x", -42, "mps2", 0xBEEFU);
    check(strcmp(text, "-42-mps2-beef") == 0, "snprintf formats");

    char *block = malloc(1000);
    check(block != NULL, "malloc returns memory");
    if (block != NULL)
    {
        memset(block, 0xA5, 1000);
        free(block);
    }

    uint32_t t0 = board_timer_now();
    for (volatile int i = 0; i < 10000; i++)
    {
    }
    uint32_t t1 = board_timer_now();
    check(t1 - t0 > 0U && t1 - t0 < BOARD_SYSCLK_HZ, "Timer0 counts up");

    board_irq_set_handler(BOARD_IRQ_SOFT0, soft_irq_handler);
    board_irq_set_priority(BOARD_IRQ_SOFT0, 0x80);
    board_irq_enable(BOARD_IRQ_SOFT0);
    board_irq_pend(BOARD_IRQ_SOFT0);
    check(irq_calls == 1U, "pended interrupt runs its installed handler at once");
    board_irq_disable(BOARD_IRQ_SOFT0);
    board_irq_pend(BOARD_IRQ_SOFT0);
    check(irq_calls == 1U, "disabled interrupt stays pending");

    printf("smoke: %d failure(s)\n", failures);
    return failures == 0 ? 0 : 1;
}
