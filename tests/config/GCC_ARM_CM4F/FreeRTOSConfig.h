/*
 * FreeRTOSConfig.h for Tern's own builds on QEMU mps2-an386 (Cortex-M4F, preset cm4f):
 * the same configuration as the Cortex-M3 build. The FPU needs nothing here: the port
 * stacks FPU registers lazily, for the tasks that use them.
 */
#include "../GCC_ARM_CM3/FreeRTOSConfig.h"
