/*
 * FreeRTOSConfig.h for the MQTT agent benchmark on the simulator: the kernel benchmark's typical
 * application (bench/kernel-posix/config: preemption, time slicing, mutexes, counting
 * semaphores, notifications, heap_4, no asserts, no trace or run-time statistics, real time),
 * with what the simulator transport needs besides (xTaskGetSchedulerState).
 */
#ifndef MQTT_AGENT_BENCH_FREERTOS_CONFIG_H
#define MQTT_AGENT_BENCH_FREERTOS_CONFIG_H

#include "../../kernel-posix/config/FreeRTOSConfig.h"

#define INCLUDE_xTaskGetSchedulerState 1

/* Real time: the broker is a real process. */
#if configTERN_SIM_VIRTUAL_TIME != 0
#error "bench/mqtt-agent measures host time: configTERN_SIM_VIRTUAL_TIME must be 0"
#endif

#endif /* MQTT_AGENT_BENCH_FREERTOS_CONFIG_H */
