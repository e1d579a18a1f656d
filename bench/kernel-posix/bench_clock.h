/*
 * bench_clock.h - the one thing the benchmarks need beyond the FreeRTOS API: a clock in
 * nanoseconds (bench_clock_posix.c on the simulator).
 */
#ifndef TERN_BENCH_CLOCK_H
#define TERN_BENCH_CLOCK_H

#include <stdint.h>

/* Nanoseconds from an arbitrary origin, monotonic. */
uint64_t bench_now_ns(void);

#endif /* TERN_BENCH_CLOCK_H */
