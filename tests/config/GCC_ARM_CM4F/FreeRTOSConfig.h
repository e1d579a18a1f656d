/*
 * FreeRTOSConfig.h for Tern's own builds on QEMU mps2-an386 (Cortex-M4F, preset cm4f):
 * the Cortex-M3 configuration with the plain periodic tick instead of tickless idle, so
 * that the two presets between them run the kernel tests in both modes. The FPU needs
 * nothing here: the port stacks FPU registers lazily, for the tasks that use them.
 */
#define configUSE_TICKLESS_IDLE 0
#include "../GCC_ARM_CM3/FreeRTOSConfig.h"
