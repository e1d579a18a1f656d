/* Test variant for the heap tests: the port's test configuration with a small heap, so
 * that exhaustion is quick to reach. */
#ifndef TERN_HEAP_CONFIG_H
#define TERN_HEAP_CONFIG_H
#include_next "FreeRTOSConfig.h"
#undef configTOTAL_HEAP_SIZE
#define configTOTAL_HEAP_SIZE (512 * 1024)
#endif
