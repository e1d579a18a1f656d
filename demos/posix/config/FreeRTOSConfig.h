/*
 * FreeRTOSConfig.h for the simulator demo: real time, 1 kHz tick, run-time statistics and
 * the formatting functions on, software timers and stream buffers used.
 */
#ifndef FREERTOS_CONFIG_H
#define FREERTOS_CONFIG_H

#define configUSE_PREEMPTION                 1
#define configUSE_IDLE_HOOK                  0
#define configUSE_TICK_HOOK                  0
#define configTICK_RATE_HZ                   1000
#define configMAX_PRIORITIES                 6
#define configMINIMAL_STACK_SIZE             4096
#define configTOTAL_HEAP_SIZE                (1024 * 1024)
#define configMAX_TASK_NAME_LEN              12
#define configTICK_TYPE_WIDTH_IN_BITS        TICK_TYPE_WIDTH_32_BITS
#define configUSE_MUTEXES                    1
#define configUSE_TRACE_FACILITY             1
#define configUSE_STATS_FORMATTING_FUNCTIONS 1
#define configGENERATE_RUN_TIME_STATS        1
#define configCHECK_FOR_STACK_OVERFLOW       2
#define configUSE_TIMERS                     1
#define configTIMER_TASK_PRIORITY            (configMAX_PRIORITIES - 1)
#define configTIMER_QUEUE_LENGTH             8
#define configTIMER_TASK_STACK_DEPTH         configMINIMAL_STACK_SIZE

#define INCLUDE_vTaskDelay        1
#define INCLUDE_xTaskDelayUntil   1
#define INCLUDE_vTaskDelete       1
#define INCLUDE_vTaskSuspend      1

/* The simulator keeps to the host's clock (the tests use virtual time instead). */
#define configTERN_SIM_VIRTUAL_TIME 0

void demo_assert_failed(const char *file, int line);
#define configASSERT(x)                                                                            \
    do                                                                                             \
    {                                                                                              \
        if (!(x))                                                                                  \
        {                                                                                          \
            demo_assert_failed(__FILE__, __LINE__);                                                \
        }                                                                                          \
    } while (0)

#endif /* FREERTOS_CONFIG_H */
