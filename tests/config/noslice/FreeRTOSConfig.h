/* Test variant: preemption without time slicing (configUSE_TIME_SLICING 0). */
#ifndef TERN_NOSLICE_CONFIG_H
#define TERN_NOSLICE_CONFIG_H
#include_next "FreeRTOSConfig.h"
#undef configUSE_TIME_SLICING
#define configUSE_TIME_SLICING 0
#endif
