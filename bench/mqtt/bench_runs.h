/*
 * bench_runs.h - what the MQTT throughput benchmarks (bench/mqtt, bench/mqtt-agent) share on the
 * host: the median of a figure's runs, the process's CPU time, and choosing figures by name.
 */
#ifndef TERN_BENCH_RUNS_H
#define TERN_BENCH_RUNS_H

#include <stdbool.h>
#include <stddef.h>

/* The median of the count values at pValues (count > 0), which it sorts in place. */
double bench_median(double *pValues, size_t count);

/* The CPU time the whole process (every thread) has used so far, user plus system, seconds. */
double bench_cpu_seconds(void);

/* Whether pName is one of the count names at pNames (e.g. figures named on the command line). */
bool bench_name_listed(const char *pName, char *const *pNames, size_t count);

#endif /* TERN_BENCH_RUNS_H */
