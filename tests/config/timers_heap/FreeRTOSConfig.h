/*
 * FreeRTOSConfig.h for the kernel_timers_heap test variant: the port's test configuration
 * without static allocation (the timer daemon's task comes from the heap and must go back
 * to it when the scheduler ends), with the daemon startup hook, and with
 * the tick counter starting 1500 ticks before it wraps, so timers run across the wrap.
 */
#ifndef TERN_TIMERS_HEAP_CONFIG_H
#define TERN_TIMERS_HEAP_CONFIG_H

#include_next "FreeRTOSConfig.h"

#undef configSUPPORT_STATIC_ALLOCATION
#define configSUPPORT_STATIC_ALLOCATION 0
#undef configKERNEL_PROVIDED_STATIC_MEMORY
#define configKERNEL_PROVIDED_STATIC_MEMORY 0
#undef configUSE_DAEMON_TASK_STARTUP_HOOK
#define configUSE_DAEMON_TASK_STARTUP_HOOK 1
#undef configINITIAL_TICK_COUNT
#define configINITIAL_TICK_COUNT ((TickType_t)((TickType_t)0U - (TickType_t)1500U))

#endif /* TERN_TIMERS_HEAP_CONFIG_H */
