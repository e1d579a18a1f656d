/*
 * FreeRTOSConfig.h for Tern's own builds on QEMU mps2-an385 (Cortex-M3, preset cm3): the
 * kernel scenario tests, the port's tests and the demo. Written as an application for this
 * core would write it; GCC_ARM_CM4F/FreeRTOSConfig.h (mps2-an386) includes it. Features
 * follow the simulator's test configuration so that the same tests run everywhere.
 */
#ifndef FREERTOS_CONFIG_H
#define FREERTOS_CONFIG_H

/* ---- Clocks: the mps2 images run the core and SysTick at 25 MHz ---- */
#define configCPU_CLOCK_HZ            25000000UL
#define configTICK_RATE_HZ            1000
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_32_BITS

/* ---- Interrupt priorities (8-bit NVIC values, lower is more urgent) ----
 * Real AN385 silicon implements the top 3 bits, QEMU all 8; these values mean the same
 * on both. Interrupts at 0x00..0x80 are never masked by the kernel and must not call it;
 * 0xA0..0xE0 may call the FromISR API. */
#define configKERNEL_INTERRUPT_PRIORITY      0xE0
#define configMAX_SYSCALL_INTERRUPT_PRIORITY 0xA0

/* ---- Scheduler ---- */
#define configUSE_PREEMPTION                    1
#define configUSE_TIME_SLICING                  1
#define configUSE_PORT_OPTIMISED_TASK_SELECTION 1
#define configMAX_PRIORITIES                    8
#define configMINIMAL_STACK_SIZE                512
#define configMAX_TASK_NAME_LEN                 16
/* The periodic tick. Tickless idle (the port's vPortSuppressTicksAndSleep) has its own
 * test, ports/cortex-m/tests: QEMU 7.2 delivers the first timer interrupt after a WFI one
 * period late under -icount sleep=off, which is how CTest runs these images. */
#ifndef configUSE_TICKLESS_IDLE
#define configUSE_TICKLESS_IDLE 0
#endif

/* ---- Memory ---- */
#define configSUPPORT_DYNAMIC_ALLOCATION    1
#define configSUPPORT_STATIC_ALLOCATION     1
#define configKERNEL_PROVIDED_STATIC_MEMORY 1
#define configTOTAL_HEAP_SIZE               (1024U * 1024U)

/* ---- Features: as the simulator's test configuration (tests/config/GCC_POSIX) ---- */
#define configUSE_MUTEXES                       1
#define configUSE_RECURSIVE_MUTEXES             1
#define configUSE_COUNTING_SEMAPHORES           1
#define configUSE_QUEUE_SETS                    1
#define configQUEUE_REGISTRY_SIZE               8
#define configUSE_TASK_NOTIFICATIONS            1
#define configTASK_NOTIFICATION_ARRAY_ENTRIES   3
#define configNUM_THREAD_LOCAL_STORAGE_POINTERS 2
#define configUSE_APPLICATION_TASK_TAG          1
#define configUSE_TRACE_FACILITY                1
#define configUSE_STATS_FORMATTING_FUNCTIONS    1
#define configUSE_TIMERS                        1
#define configTIMER_TASK_PRIORITY               (configMAX_PRIORITIES - 1)
#define configTIMER_QUEUE_LENGTH                16
#define configTIMER_TASK_STACK_DEPTH            configMINIMAL_STACK_SIZE
#define configUSE_DAEMON_TASK_STARTUP_HOOK      0
#define configUSE_SB_COMPLETED_CALLBACK         1

/* ---- Hooks and checks ---- */
#define configUSE_IDLE_HOOK            0
#define configUSE_TICK_HOOK            0
#define configUSE_MALLOC_FAILED_HOOK   1
#define configCHECK_FOR_STACK_OVERFLOW 2

/* ---- Run-time statistics from the mps2's free-running Timer0 (25 MHz, counts down) ---- */
#define configGENERATE_RUN_TIME_STATS 1
#define portCONFIGURE_TIMER_FOR_RUN_TIME_STATS()
#define portGET_RUN_TIME_COUNTER_VALUE() (~(*(volatile unsigned long *)0x40000004UL))

/* ---- Optional API ---- */
#define INCLUDE_vTaskPrioritySet             1
#define INCLUDE_uxTaskPriorityGet            1
#define INCLUDE_vTaskDelete                  1
#define INCLUDE_vTaskSuspend                 1
#define INCLUDE_xTaskDelayUntil              1
#define INCLUDE_vTaskDelay                   1
#define INCLUDE_xTaskGetIdleTaskHandle       1
#define INCLUDE_xTaskAbortDelay              1
#define INCLUDE_xQueueGetMutexHolder         1
#define INCLUDE_xTaskGetHandle               1
#define INCLUDE_uxTaskGetStackHighWaterMark  1
#define INCLUDE_uxTaskGetStackHighWaterMark2 1
#define INCLUDE_eTaskGetState                1
#define INCLUDE_xTaskResumeFromISR           1
#define INCLUDE_xTimerPendFunctionCall       1
#define INCLUDE_xTaskGetSchedulerState       1
#define INCLUDE_xTaskGetCurrentTaskHandle    1

/* A failed assertion fails the test that hit it (the test harness, or the program,
 * defines vAssertCalled). */
void vAssertCalled(const char *file, int line);
#define configASSERT(x)                                                                            \
    do                                                                                             \
    {                                                                                              \
        if (!(x))                                                                                  \
        {                                                                                          \
            vAssertCalled(__FILE__, __LINE__);                                                     \
        }                                                                                          \
    } while (0)

#endif /* FREERTOS_CONFIG_H */
