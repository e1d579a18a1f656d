/* Test variant: 16-bit ticks, starting 300 ticks before they wrap. */
#ifndef TERN_TICK16_CONFIG_H
#define TERN_TICK16_CONFIG_H
#include_next "FreeRTOSConfig.h"
#undef configTICK_TYPE_WIDTH_IN_BITS
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_16_BITS
#undef configINITIAL_TICK_COUNT
#define configINITIAL_TICK_COUNT 0xfed4U
#endif
