/* Test variant: cooperative scheduling (configUSE_PREEMPTION 0). */
#ifndef TERN_COOP_CONFIG_H
#define TERN_COOP_CONFIG_H
#include_next "FreeRTOSConfig.h"
#undef configUSE_PREEMPTION
#define configUSE_PREEMPTION 0
#endif
