/*
 * bench_hw.h - the little hardware the kernel benchmarks need beyond the FreeRTOS API: a
 * free-running timer, one software-triggered interrupt, and an exact-length delay used to
 * spread the phase of timer reads. bench_hw_mps2.c implements it for QEMU mps2.
 */
#ifndef BENCH_HW_H
#define BENCH_HW_H

#include <stdint.h>

/* Instructions per timer count under `qemu -icount shift=0` (1 ns per instruction,
 * 25 MHz timer). */
#define BENCH_INSTR_PER_COUNT 40U

/* The free-running timer, counting up. */
uint32_t bench_now(void);

/* Installs handler for the benchmark interrupt (at a priority that may use the FreeRTOS
 * FromISR API) and enables it; bench_irq_trigger() makes it pending and returns after it
 * has run. */
void bench_irq_install(void (*handler)(void));
void bench_irq_trigger(void);

/* Executes a fixed prologue plus exactly `extra` (0 .. 63) one-instruction steps. */
void bench_delay(uint32_t extra);

#endif /* BENCH_HW_H */
