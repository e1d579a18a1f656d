/*
 * FreeRTOSConfig.h for compat_defaults.c: only what FreeRTOS.h requires an application to
 * define (plus the interrupt priority FreeRTOS's Cortex-M ports require), so that every
 * other setting takes its default.
 */
#ifndef FREERTOS_CONFIG_H
#define FREERTOS_CONFIG_H

#define configUSE_PREEMPTION          1
#define configUSE_IDLE_HOOK           0
#define configUSE_TICK_HOOK           0
#define configTICK_RATE_HZ            1000
#define configMAX_PRIORITIES          5
#define configMINIMAL_STACK_SIZE      256
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_32_BITS

#define configMAX_SYSCALL_INTERRUPT_PRIORITY (5 << 5)

#endif /* FREERTOS_CONFIG_H */
