/*
 * FreeRTOSConfig.h for the kernel_wrap test variant: the port's test configuration, with
 * the tick counter starting 300 ticks before it wraps to zero, so that every timeout in
 * the scenarios built against this variant is measured across the wrap.
 */
#ifndef TERN_WRAP_CONFIG_H
#define TERN_WRAP_CONFIG_H

#include_next "FreeRTOSConfig.h"

#undef configINITIAL_TICK_COUNT
#define configINITIAL_TICK_COUNT ((TickType_t)((TickType_t)0U - (TickType_t)300U))

#endif /* TERN_WRAP_CONFIG_H */
