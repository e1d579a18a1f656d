/*
 * bench_clock_posix.c - bench_clock.h on a POSIX host: CLOCK_MONOTONIC.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "bench_clock.h"

uint64_t bench_now_ns(void)
{
    struct timespec now;
    (void)clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000000U + (uint64_t)now.tv_nsec;
}
