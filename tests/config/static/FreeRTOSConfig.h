/* Test variant: static allocation only; the kernel is linked without any heap. */
#ifndef TERN_STATIC_CONFIG_H
#define TERN_STATIC_CONFIG_H
#include_next "FreeRTOSConfig.h"
#undef configSUPPORT_DYNAMIC_ALLOCATION
#define configSUPPORT_DYNAMIC_ALLOCATION 0
#undef configUSE_MALLOC_FAILED_HOOK
#define configUSE_MALLOC_FAILED_HOOK 0
#endif
