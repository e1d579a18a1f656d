/*
 * FreeRTOSConfig.h for the Cortex-M kernel benchmarks (bench/kernel-cm): the configuration
 * issue 7 fixes for comparing with FreeRTOS V11.1 on mps2-an385: preemption, 1 kHz tick,
 * time slicing, 5 priorities, timers, mutexes, recursive mutexes, counting semaphores, one
 * notification slot, event groups, stream buffers, heap_4 with 16 KiB, no trace, no
 * run-time stats, no asserts. Used unchanged for the footprint images.
 */
#ifndef FREERTOS_CONFIG_H
#define FREERTOS_CONFIG_H

#define configCPU_CLOCK_HZ            25000000UL
#define configTICK_RATE_HZ            1000
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_32_BITS

#define configKERNEL_INTERRUPT_PRIORITY      0xE0
#define configMAX_SYSCALL_INTERRUPT_PRIORITY 0xA0

#define configUSE_PREEMPTION                    1
#define configUSE_TIME_SLICING                  1
#define configUSE_PORT_OPTIMISED_TASK_SELECTION 1
#define configMAX_PRIORITIES                    5
#define configMINIMAL_STACK_SIZE                128
#define configMAX_TASK_NAME_LEN                 12
#define configUSE_TICKLESS_IDLE                 0

#define configSUPPORT_DYNAMIC_ALLOCATION 1
#define configSUPPORT_STATIC_ALLOCATION  0
#define configTOTAL_HEAP_SIZE            (16U * 1024U)

#define configUSE_MUTEXES                     1
#define configUSE_RECURSIVE_MUTEXES           1
#define configUSE_COUNTING_SEMAPHORES         1
#define configUSE_TASK_NOTIFICATIONS          1
#define configTASK_NOTIFICATION_ARRAY_ENTRIES 1
#define configUSE_TIMERS                      1
#define configTIMER_TASK_PRIORITY             (configMAX_PRIORITIES - 1)
#define configTIMER_QUEUE_LENGTH              8
#define configTIMER_TASK_STACK_DEPTH          256
#define configUSE_EVENT_GROUPS                1
#define configUSE_STREAM_BUFFERS              1
#define configUSE_QUEUE_SETS                  0
#define configQUEUE_REGISTRY_SIZE             0

#define configUSE_TRACE_FACILITY       0
#define configGENERATE_RUN_TIME_STATS  0
#define configUSE_IDLE_HOOK            0
#define configUSE_TICK_HOOK            0
#define configUSE_MALLOC_FAILED_HOOK   0
#define configCHECK_FOR_STACK_OVERFLOW 0

#define INCLUDE_vTaskDelay   1
#define INCLUDE_vTaskDelete  1
#define INCLUDE_vTaskSuspend 1

#endif /* FREERTOS_CONFIG_H */
