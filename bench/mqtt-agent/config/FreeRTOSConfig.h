/*
 * FreeRTOSConfig.h for the MQTT agent benchmark on the simulator: the kernel benchmark's
 * typical application (preemption, time slicing, mutexes, counting semaphores,
 * notifications, heap_4, no asserts, no trace or run-time statistics), with what the
 * simulator transport asks for (xTaskGetSchedulerState), and the simulator in real time:
 * the broker is a real process.
 */
#ifndef FREERTOS_CONFIG_H
#define FREERTOS_CONFIG_H

#define configTICK_RATE_HZ            1000
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_32_BITS
#define configUSE_PREEMPTION          1
#define configUSE_TIME_SLICING        1
#define configMAX_PRIORITIES          5
#define configMINIMAL_STACK_SIZE      4096
#define configMAX_TASK_NAME_LEN       12

#define configSUPPORT_DYNAMIC_ALLOCATION 1
#define configSUPPORT_STATIC_ALLOCATION  0
#define configTOTAL_HEAP_SIZE            (2048U * 1024U)

#define configUSE_MUTEXES                     1
#define configUSE_RECURSIVE_MUTEXES           1
#define configUSE_COUNTING_SEMAPHORES         1
#define configUSE_TASK_NOTIFICATIONS          1
#define configTASK_NOTIFICATION_ARRAY_ENTRIES 1
#define configUSE_TIMERS                      0
#define configUSE_QUEUE_SETS                  0
#define configQUEUE_REGISTRY_SIZE             0

#define configUSE_TRACE_FACILITY       0
#define configGENERATE_RUN_TIME_STATS  0
#define configUSE_IDLE_HOOK            0
#define configUSE_TICK_HOOK            0
#define configUSE_MALLOC_FAILED_HOOK   0
#define configCHECK_FOR_STACK_OVERFLOW 0

/* Real time: the tick follows the host clock. */
#define configTERN_SIM_VIRTUAL_TIME 0

#define INCLUDE_vTaskDelay             1
#define INCLUDE_vTaskDelete            1
#define INCLUDE_vTaskSuspend           1
#define INCLUDE_xTaskGetSchedulerState 1

#endif /* FREERTOS_CONFIG_H */
