/*
 * bench_hw.h - the little hardware the kernel benchmarks need beyond the FreeRTOS API: a
 * free-running timer, one software-triggered interrupt, and an exact-length delay used to
 * spread the phase of timer reads. For QEMU mps2 (boards/qemu-mps2); the timer read and
 * the trigger are inline register accesses so that they add as few instructions as
 * possible to what is measured.
 */
#ifndef BENCH_HW_H
#define BENCH_HW_H

#include <stdint.h>

/* Instructions per timer count under `qemu -icount shift=0` (1 ns per instruction,
 * 25 MHz timer). */
#define BENCH_INSTR_PER_COUNT 40U

/* CMSDK Timer0 VALUE (counts down from 0xFFFFFFFF, set up by the board) and the NVIC's
 * set-pending register for the board's spare line BOARD_IRQ_SOFT0 (IRQ 30). */
#define BENCH_TIMER_VALUE (*(volatile uint32_t *)0x40000004UL)
#define BENCH_NVIC_ISPR0  (*(volatile uint32_t *)0xE000E200UL)
#define BENCH_IRQ         30U

/* The free-running timer, counting up. */
static inline uint32_t bench_now(void)
{
    return ~BENCH_TIMER_VALUE;
}

/* Makes the benchmark interrupt pending; it has run (and any switch it asked for has
 * happened) before the next instruction of the caller. */
static inline void bench_irq_trigger(void)
{
    BENCH_NVIC_ISPR0 = 1UL << BENCH_IRQ;
    __asm volatile("dsb\n isb" ::: "memory");
}

/* Installs handler for the benchmark interrupt, at a priority that may use the FreeRTOS
 * FromISR API, and enables it. */
void bench_irq_install(void (*handler)(void));

/* Executes a fixed prologue plus exactly `extra` (0 .. 63) one-instruction steps. */
void bench_delay(uint32_t extra);

#endif /* BENCH_HW_H */
