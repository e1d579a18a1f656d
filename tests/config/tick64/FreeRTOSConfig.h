/* Test variant: 64-bit ticks, starting 300 ticks before they wrap. */
#ifndef TERN_TICK64_CONFIG_H
#define TERN_TICK64_CONFIG_H
#include_next "FreeRTOSConfig.h"
#undef configTICK_TYPE_WIDTH_IN_BITS
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_64_BITS
#undef configINITIAL_TICK_COUNT
#define configINITIAL_TICK_COUNT 0xfffffffffffffed4ULL
#endif
