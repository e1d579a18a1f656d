/*
 * compat_defaults.c - compiled (not run) against defaults/FreeRTOSConfig.h, which defines
 * only what FreeRTOS.h requires: every other configuration macro must then have the
 * default FreeRTOS V11.1 gives it, and every default macro must exist. A wrong or missing
 * default is a compile error naming the macro. (configUSE_PORT_OPTIMISED_TASK_SELECTION's
 * value belongs to the port, as in FreeRTOS; only its presence is checked.)
 */
#include "FreeRTOS.h"
#include "task.h"
#include "list.h"
#include "atomic.h"

/* ---- Numeric defaults ---- */
#if !defined(INCLUDE_vTaskPrioritySet) || (INCLUDE_vTaskPrioritySet != 0)
#error INCLUDE_vTaskPrioritySet must default to 0
#endif
#if !defined(INCLUDE_uxTaskPriorityGet) || (INCLUDE_uxTaskPriorityGet != 0)
#error INCLUDE_uxTaskPriorityGet must default to 0
#endif
#if !defined(INCLUDE_vTaskDelete) || (INCLUDE_vTaskDelete != 0)
#error INCLUDE_vTaskDelete must default to 0
#endif
#if !defined(INCLUDE_vTaskSuspend) || (INCLUDE_vTaskSuspend != 0)
#error INCLUDE_vTaskSuspend must default to 0
#endif
#if !defined(INCLUDE_xTaskDelayUntil) || (INCLUDE_xTaskDelayUntil != 0)
#error INCLUDE_xTaskDelayUntil must default to 0
#endif
#if !defined(INCLUDE_vTaskDelay) || (INCLUDE_vTaskDelay != 0)
#error INCLUDE_vTaskDelay must default to 0
#endif
#if !defined(INCLUDE_xTaskGetIdleTaskHandle) || (INCLUDE_xTaskGetIdleTaskHandle != 0)
#error INCLUDE_xTaskGetIdleTaskHandle must default to 0
#endif
#if !defined(INCLUDE_xTaskAbortDelay) || (INCLUDE_xTaskAbortDelay != 0)
#error INCLUDE_xTaskAbortDelay must default to 0
#endif
#if !defined(INCLUDE_xQueueGetMutexHolder) || (INCLUDE_xQueueGetMutexHolder != 0)
#error INCLUDE_xQueueGetMutexHolder must default to 0
#endif
#if !defined(INCLUDE_xSemaphoreGetMutexHolder) || (INCLUDE_xSemaphoreGetMutexHolder != 0)
#error INCLUDE_xSemaphoreGetMutexHolder must default to 0
#endif
#if !defined(INCLUDE_xTaskGetHandle) || (INCLUDE_xTaskGetHandle != 0)
#error INCLUDE_xTaskGetHandle must default to 0
#endif
#if !defined(INCLUDE_uxTaskGetStackHighWaterMark) || (INCLUDE_uxTaskGetStackHighWaterMark != 0)
#error INCLUDE_uxTaskGetStackHighWaterMark must default to 0
#endif
#if !defined(INCLUDE_uxTaskGetStackHighWaterMark2) || (INCLUDE_uxTaskGetStackHighWaterMark2 != 0)
#error INCLUDE_uxTaskGetStackHighWaterMark2 must default to 0
#endif
#if !defined(INCLUDE_eTaskGetState) || (INCLUDE_eTaskGetState != 0)
#error INCLUDE_eTaskGetState must default to 0
#endif
#if !defined(INCLUDE_xTaskResumeFromISR) || (INCLUDE_xTaskResumeFromISR != 1)
#error INCLUDE_xTaskResumeFromISR must default to 1
#endif
#if !defined(INCLUDE_xTimerPendFunctionCall) || (INCLUDE_xTimerPendFunctionCall != 0)
#error INCLUDE_xTimerPendFunctionCall must default to 0
#endif
#if !defined(INCLUDE_xTaskGetSchedulerState) || (INCLUDE_xTaskGetSchedulerState != 0)
#error INCLUDE_xTaskGetSchedulerState must default to 0
#endif
#if !defined(INCLUDE_xTaskGetCurrentTaskHandle) || (INCLUDE_xTaskGetCurrentTaskHandle != 1)
#error INCLUDE_xTaskGetCurrentTaskHandle must default to 1
#endif
#if !defined(configUSE_MPU_WRAPPERS_V1) || (configUSE_MPU_WRAPPERS_V1 != 0)
#error configUSE_MPU_WRAPPERS_V1 must default to 0
#endif
#if !defined(configENABLE_ACCESS_CONTROL_LIST) || (configENABLE_ACCESS_CONTROL_LIST != 0)
#error configENABLE_ACCESS_CONTROL_LIST must default to 0
#endif
#if !defined(configNUMBER_OF_CORES) || (configNUMBER_OF_CORES != 1)
#error configNUMBER_OF_CORES must default to 1
#endif
#if !defined(configUSE_MALLOC_FAILED_HOOK) || (configUSE_MALLOC_FAILED_HOOK != 0)
#error configUSE_MALLOC_FAILED_HOOK must default to 0
#endif
#if !defined(configUSE_NEWLIB_REENTRANT) || (configUSE_NEWLIB_REENTRANT != 0)
#error configUSE_NEWLIB_REENTRANT must default to 0
#endif
#if !defined(configUSE_PICOLIBC_TLS) || (configUSE_PICOLIBC_TLS != 0)
#error configUSE_PICOLIBC_TLS must default to 0
#endif
#if !defined(configUSE_C_RUNTIME_TLS_SUPPORT) || (configUSE_C_RUNTIME_TLS_SUPPORT != 0)
#error configUSE_C_RUNTIME_TLS_SUPPORT must default to 0
#endif
#if !defined(configUSE_CO_ROUTINES) || (configUSE_CO_ROUTINES != 0)
#error configUSE_CO_ROUTINES must default to 0
#endif
#if !defined(configUSE_APPLICATION_TASK_TAG) || (configUSE_APPLICATION_TASK_TAG != 0)
#error configUSE_APPLICATION_TASK_TAG must default to 0
#endif
#if !defined(configNUM_THREAD_LOCAL_STORAGE_POINTERS) ||                                           \
    (configNUM_THREAD_LOCAL_STORAGE_POINTERS != 0)
#error configNUM_THREAD_LOCAL_STORAGE_POINTERS must default to 0
#endif
#if !defined(configUSE_RECURSIVE_MUTEXES) || (configUSE_RECURSIVE_MUTEXES != 0)
#error configUSE_RECURSIVE_MUTEXES must default to 0
#endif
#if !defined(configUSE_MUTEXES) || (configUSE_MUTEXES != 0)
#error configUSE_MUTEXES must default to 0
#endif
#if !defined(configUSE_TIMERS) || (configUSE_TIMERS != 0)
#error configUSE_TIMERS must default to 0
#endif
#if !defined(configUSE_EVENT_GROUPS) || (configUSE_EVENT_GROUPS != 1)
#error configUSE_EVENT_GROUPS must default to 1
#endif
#if !defined(configUSE_STREAM_BUFFERS) || (configUSE_STREAM_BUFFERS != 1)
#error configUSE_STREAM_BUFFERS must default to 1
#endif
#if !defined(configUSE_DAEMON_TASK_STARTUP_HOOK) || (configUSE_DAEMON_TASK_STARTUP_HOOK != 0)
#error configUSE_DAEMON_TASK_STARTUP_HOOK must default to 0
#endif
#if !defined(configUSE_COUNTING_SEMAPHORES) || (configUSE_COUNTING_SEMAPHORES != 0)
#error configUSE_COUNTING_SEMAPHORES must default to 0
#endif
#if !defined(configUSE_TASK_PREEMPTION_DISABLE) || (configUSE_TASK_PREEMPTION_DISABLE != 0)
#error configUSE_TASK_PREEMPTION_DISABLE must default to 0
#endif
#if !defined(configUSE_ALTERNATIVE_API) || (configUSE_ALTERNATIVE_API != 0)
#error configUSE_ALTERNATIVE_API must default to 0
#endif
#if !defined(portCRITICAL_NESTING_IN_TCB) || (portCRITICAL_NESTING_IN_TCB != 0)
#error portCRITICAL_NESTING_IN_TCB must default to 0
#endif
#if !defined(configMAX_TASK_NAME_LEN) || (configMAX_TASK_NAME_LEN != 16)
#error configMAX_TASK_NAME_LEN must default to 16
#endif
#if !defined(configIDLE_SHOULD_YIELD) || (configIDLE_SHOULD_YIELD != 1)
#error configIDLE_SHOULD_YIELD must default to 1
#endif
#if !defined(configASSERT_DEFINED) || (configASSERT_DEFINED != 0)
#error configASSERT_DEFINED must default to 0
#endif
#if !defined(configPRECONDITION_DEFINED) || (configPRECONDITION_DEFINED != 0)
#error configPRECONDITION_DEFINED must default to 0
#endif
#if !defined(configCHECK_HANDLER_INSTALLATION) || (configCHECK_HANDLER_INSTALLATION != 1)
#error configCHECK_HANDLER_INSTALLATION must default to 1
#endif
#if !defined(configRUN_MULTIPLE_PRIORITIES) || (configRUN_MULTIPLE_PRIORITIES != 0)
#error configRUN_MULTIPLE_PRIORITIES must default to 0
#endif
#if !defined(configUSE_CORE_AFFINITY) || (configUSE_CORE_AFFINITY != 0)
#error configUSE_CORE_AFFINITY must default to 0
#endif
#if !defined(configUSE_PASSIVE_IDLE_HOOK) || (configUSE_PASSIVE_IDLE_HOOK != 0)
#error configUSE_PASSIVE_IDLE_HOOK must default to 0
#endif
#if !defined(configQUEUE_REGISTRY_SIZE) || (configQUEUE_REGISTRY_SIZE != 0)
#error configQUEUE_REGISTRY_SIZE must default to 0
#endif
#if !defined(configUSE_MINI_LIST_ITEM) || (configUSE_MINI_LIST_ITEM != 1)
#error configUSE_MINI_LIST_ITEM must default to 1
#endif
#if !defined(configCHECK_FOR_STACK_OVERFLOW) || (configCHECK_FOR_STACK_OVERFLOW != 0)
#error configCHECK_FOR_STACK_OVERFLOW must default to 0
#endif
#if !defined(configRECORD_STACK_HIGH_ADDRESS) || (configRECORD_STACK_HIGH_ADDRESS != 0)
#error configRECORD_STACK_HIGH_ADDRESS must default to 0
#endif
#if !defined(configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H) ||                                         \
    (configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H != 0)
#error configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H must default to 0
#endif
#if !defined(configGENERATE_RUN_TIME_STATS) || (configGENERATE_RUN_TIME_STATS != 0)
#error configGENERATE_RUN_TIME_STATS must default to 0
#endif
#if !defined(configEXPECTED_IDLE_TIME_BEFORE_SLEEP) || (configEXPECTED_IDLE_TIME_BEFORE_SLEEP != 2)
#error configEXPECTED_IDLE_TIME_BEFORE_SLEEP must default to 2
#endif
#if !defined(configUSE_TICKLESS_IDLE) || (configUSE_TICKLESS_IDLE != 0)
#error configUSE_TICKLESS_IDLE must default to 0
#endif
#if !defined(configUSE_QUEUE_SETS) || (configUSE_QUEUE_SETS != 0)
#error configUSE_QUEUE_SETS must default to 0
#endif
#if !defined(configUSE_TIME_SLICING) || (configUSE_TIME_SLICING != 1)
#error configUSE_TIME_SLICING must default to 1
#endif
#if !defined(configINCLUDE_APPLICATION_DEFINED_PRIVILEGED_FUNCTIONS) ||                            \
    (configINCLUDE_APPLICATION_DEFINED_PRIVILEGED_FUNCTIONS != 0)
#error configINCLUDE_APPLICATION_DEFINED_PRIVILEGED_FUNCTIONS must default to 0
#endif
#if !defined(configUSE_STATS_FORMATTING_FUNCTIONS) || (configUSE_STATS_FORMATTING_FUNCTIONS != 0)
#error configUSE_STATS_FORMATTING_FUNCTIONS must default to 0
#endif
#if !defined(configUSE_TRACE_FACILITY) || (configUSE_TRACE_FACILITY != 0)
#error configUSE_TRACE_FACILITY must default to 0
#endif
#if !defined(configAPPLICATION_ALLOCATED_HEAP) || (configAPPLICATION_ALLOCATED_HEAP != 0)
#error configAPPLICATION_ALLOCATED_HEAP must default to 0
#endif
#if !defined(configENABLE_HEAP_PROTECTOR) || (configENABLE_HEAP_PROTECTOR != 0)
#error configENABLE_HEAP_PROTECTOR must default to 0
#endif
#if !defined(configUSE_TASK_NOTIFICATIONS) || (configUSE_TASK_NOTIFICATIONS != 1)
#error configUSE_TASK_NOTIFICATIONS must default to 1
#endif
#if !defined(configTASK_NOTIFICATION_ARRAY_ENTRIES) || (configTASK_NOTIFICATION_ARRAY_ENTRIES != 1)
#error configTASK_NOTIFICATION_ARRAY_ENTRIES must default to 1
#endif
#if !defined(configUSE_POSIX_ERRNO) || (configUSE_POSIX_ERRNO != 0)
#error configUSE_POSIX_ERRNO must default to 0
#endif
#if !defined(configUSE_SB_COMPLETED_CALLBACK) || (configUSE_SB_COMPLETED_CALLBACK != 0)
#error configUSE_SB_COMPLETED_CALLBACK must default to 0
#endif
#if !defined(configSUPPORT_STATIC_ALLOCATION) || (configSUPPORT_STATIC_ALLOCATION != 0)
#error configSUPPORT_STATIC_ALLOCATION must default to 0
#endif
#if !defined(configKERNEL_PROVIDED_STATIC_MEMORY) || (configKERNEL_PROVIDED_STATIC_MEMORY != 0)
#error configKERNEL_PROVIDED_STATIC_MEMORY must default to 0
#endif
#if !defined(configSUPPORT_DYNAMIC_ALLOCATION) || (configSUPPORT_DYNAMIC_ALLOCATION != 1)
#error configSUPPORT_DYNAMIC_ALLOCATION must default to 1
#endif
#if !defined(configSTATS_BUFFER_MAX_LENGTH) || (configSTATS_BUFFER_MAX_LENGTH != 0xFFFF)
#error configSTATS_BUFFER_MAX_LENGTH must default to 0xFFFF
#endif
#if !defined(configINITIAL_TICK_COUNT) || (configINITIAL_TICK_COUNT != 0)
#error configINITIAL_TICK_COUNT must default to 0
#endif
#if !defined(configENABLE_BACKWARD_COMPATIBILITY) || (configENABLE_BACKWARD_COMPATIBILITY != 1)
#error configENABLE_BACKWARD_COMPATIBILITY must default to 1
#endif
#if !defined(configUSE_TASK_FPU_SUPPORT) || (configUSE_TASK_FPU_SUPPORT != 1)
#error configUSE_TASK_FPU_SUPPORT must default to 1
#endif
#if !defined(configENABLE_MPU) || (configENABLE_MPU != 0)
#error configENABLE_MPU must default to 0
#endif
#if !defined(configENABLE_FPU) || (configENABLE_FPU != 1)
#error configENABLE_FPU must default to 1
#endif
#if !defined(configENABLE_MVE) || (configENABLE_MVE != 0)
#error configENABLE_MVE must default to 0
#endif
#if !defined(configENABLE_TRUSTZONE) || (configENABLE_TRUSTZONE != 1)
#error configENABLE_TRUSTZONE must default to 1
#endif
#if !defined(configRUN_FREERTOS_SECURE_ONLY) || (configRUN_FREERTOS_SECURE_ONLY != 0)
#error configRUN_FREERTOS_SECURE_ONLY must default to 0
#endif
#if !defined(configRUN_ADDITIONAL_TESTS) || (configRUN_ADDITIONAL_TESTS != 0)
#error configRUN_ADDITIONAL_TESTS must default to 0
#endif
#if !defined(configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES) ||                                         \
    (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES != 0)
#error configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES must default to 0
#endif
#if !defined(configSTACK_ALLOCATION_FROM_SEPARATE_HEAP) ||                                         \
    (configSTACK_ALLOCATION_FROM_SEPARATE_HEAP != 0)
#error configSTACK_ALLOCATION_FROM_SEPARATE_HEAP must default to 0
#endif
#if !defined(configHEAP_CLEAR_MEMORY_ON_FREE) || (configHEAP_CLEAR_MEMORY_ON_FREE != 0)
#error configHEAP_CLEAR_MEMORY_ON_FREE must default to 0
#endif
#if !defined(portUSING_MPU_WRAPPERS) || (portUSING_MPU_WRAPPERS != 0)
#error portUSING_MPU_WRAPPERS must default to 0
#endif
#if !defined(portNUM_CONFIGURABLE_REGIONS) || (portNUM_CONFIGURABLE_REGIONS != 1)
#error portNUM_CONFIGURABLE_REGIONS must default to 1
#endif
#if !defined(tskSTATIC_AND_DYNAMIC_ALLOCATION_POSSIBLE) ||                                         \
    (tskSTATIC_AND_DYNAMIC_ALLOCATION_POSSIBLE != 0)
#error tskSTATIC_AND_DYNAMIC_ALLOCATION_POSSIBLE must default to 0
#endif

/* ---- Macros that must have some default ---- */
#ifndef configASSERT
#error configASSERT must have a default
#endif
#ifndef configPRECONDITION
#error configPRECONDITION must have a default
#endif
#ifndef configPRINTF
#error configPRINTF must have a default
#endif
#ifndef configMAX
#error configMAX must have a default
#endif
#ifndef configMIN
#error configMIN must have a default
#endif
#ifndef configLIST_VOLATILE
#error configLIST_VOLATILE must have a default
#endif
#ifndef configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING
#error configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING must have a default
#endif
#ifndef configPRE_SLEEP_PROCESSING
#error configPRE_SLEEP_PROCESSING must have a default
#endif
#ifndef configPOST_SLEEP_PROCESSING
#error configPOST_SLEEP_PROCESSING must have a default
#endif
#ifndef configCONTROL_INFINITE_LOOP
#error configCONTROL_INFINITE_LOOP must have a default
#endif
#ifndef configSTACK_DEPTH_TYPE
#error configSTACK_DEPTH_TYPE must have a default
#endif
#ifndef configRUN_TIME_COUNTER_TYPE
#error configRUN_TIME_COUNTER_TYPE must have a default
#endif
#ifndef configMESSAGE_BUFFER_LENGTH_TYPE
#error configMESSAGE_BUFFER_LENGTH_TYPE must have a default
#endif
#ifndef mtCOVERAGE_TEST_MARKER
#error mtCOVERAGE_TEST_MARKER must have a default
#endif
#ifndef mtCOVERAGE_TEST_DELAY
#error mtCOVERAGE_TEST_DELAY must have a default
#endif
#ifndef portMEMORY_BARRIER
#error portMEMORY_BARRIER must have a default
#endif
#ifndef portSOFTWARE_BARRIER
#error portSOFTWARE_BARRIER must have a default
#endif
#ifndef portHAS_NESTED_INTERRUPTS
#error portHAS_NESTED_INTERRUPTS must have a default
#endif
#ifndef portSET_INTERRUPT_MASK_FROM_ISR
#error portSET_INTERRUPT_MASK_FROM_ISR must have a default
#endif
#ifndef portCLEAR_INTERRUPT_MASK_FROM_ISR
#error portCLEAR_INTERRUPT_MASK_FROM_ISR must have a default
#endif
#ifndef portCLEAN_UP_TCB
#error portCLEAN_UP_TCB must have a default
#endif
#ifndef portPRE_TASK_DELETE_HOOK
#error portPRE_TASK_DELETE_HOOK must have a default
#endif
#ifndef portSETUP_TCB
#error portSETUP_TCB must have a default
#endif
#ifndef portTASK_SWITCH_HOOK
#error portTASK_SWITCH_HOOK must have a default
#endif
#ifndef portPOINTER_SIZE_TYPE
#error portPOINTER_SIZE_TYPE must have a default
#endif
#ifndef portPRIVILEGE_BIT
#error portPRIVILEGE_BIT must have a default
#endif
#ifndef portYIELD_WITHIN_API
#error portYIELD_WITHIN_API must have a default
#endif
#ifndef portSUPPRESS_TICKS_AND_SLEEP
#error portSUPPRESS_TICKS_AND_SLEEP must have a default
#endif
#ifndef portTASK_USES_FLOATING_POINT
#error portTASK_USES_FLOATING_POINT must have a default
#endif
#ifndef portALLOCATE_SECURE_CONTEXT
#error portALLOCATE_SECURE_CONTEXT must have a default
#endif
#ifndef portDONT_DISCARD
#error portDONT_DISCARD must have a default
#endif
#ifndef portASSERT_IF_INTERRUPT_PRIORITY_INVALID
#error portASSERT_IF_INTERRUPT_PRIORITY_INVALID must have a default
#endif
#ifndef portASSERT_IF_IN_ISR
#error portASSERT_IF_IN_ISR must have a default
#endif
#ifndef portTICK_TYPE_IS_ATOMIC
#error portTICK_TYPE_IS_ATOMIC must have a default
#endif
#ifndef portTICK_TYPE_ENTER_CRITICAL
#error portTICK_TYPE_ENTER_CRITICAL must have a default
#endif
#ifndef portTICK_TYPE_EXIT_CRITICAL
#error portTICK_TYPE_EXIT_CRITICAL must have a default
#endif
#ifndef portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR
#error portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR must have a default
#endif
#ifndef portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR
#error portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR must have a default
#endif
#ifndef portCONFIGURE_TIMER_FOR_RUN_TIME_STATS
#error portCONFIGURE_TIMER_FOR_RUN_TIME_STATS must have a default
#endif
#ifndef portGET_CORE_ID
#error portGET_CORE_ID must have a default
#endif
#ifndef portYIELD_CORE
#error portYIELD_CORE must have a default
#endif
#ifndef portGET_TASK_LOCK
#error portGET_TASK_LOCK must have a default
#endif
#ifndef portRELEASE_TASK_LOCK
#error portRELEASE_TASK_LOCK must have a default
#endif
#ifndef portGET_ISR_LOCK
#error portGET_ISR_LOCK must have a default
#endif
#ifndef portRELEASE_ISR_LOCK
#error portRELEASE_ISR_LOCK must have a default
#endif
#ifndef portHAS_STACK_OVERFLOW_CHECKING
#error portHAS_STACK_OVERFLOW_CHECKING must have a default
#endif
#ifndef portARCH_NAME
#error portARCH_NAME must have a default
#endif
#ifndef portBYTE_ALIGNMENT_MASK
#error portBYTE_ALIGNMENT_MASK must have a default
#endif
#ifndef pvPortMallocStack
#error pvPortMallocStack must have a default
#endif
#ifndef vPortFreeStack
#error vPortFreeStack must have a default
#endif
#ifndef vQueueAddToRegistry
#error vQueueAddToRegistry must have a default
#endif
#ifndef vQueueUnregisterQueue
#error vQueueUnregisterQueue must have a default
#endif
#ifndef pcQueueGetName
#error pcQueueGetName must have a default
#endif
#ifndef configUSE_PORT_OPTIMISED_TASK_SELECTION
#error configUSE_PORT_OPTIMISED_TASK_SELECTION must have a default
#endif

/* ---- Type defaults, and empty defaults that must expand to statements ---- */
size_t compat_default_types(void);
size_t compat_default_types(void)
{
    StackType_t stack_word = 0;
    uint32_t counter = 0;
    size_t length = 0;
    configSTACK_DEPTH_TYPE *depth = &stack_word;         /* StackType_t */
    configRUN_TIME_COUNTER_TYPE *run_time = &counter;    /* uint32_t */
    configMESSAGE_BUFFER_LENGTH_TYPE *message = &length; /* size_t */

    configASSERT(depth != NULL);
    configPRECONDITION(run_time != NULL);
    configPRINTF(("%u", 1U));
    configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING(length);
    configPRE_SLEEP_PROCESSING(length);
    configPOST_SLEEP_PROCESSING(length);
    configCONTROL_INFINITE_LOOP();
    mtCOVERAGE_TEST_MARKER();
    mtCOVERAGE_TEST_DELAY();
    portSUPPRESS_TICKS_AND_SLEEP(length);
    portTASK_USES_FLOATING_POINT();
    portALLOCATE_SECURE_CONTEXT(length);
    portCONFIGURE_TIMER_FOR_RUN_TIME_STATS();
    portTASK_SWITCH_HOOK(depth);
    portSETUP_TCB(depth);
    portCLEAN_UP_TCB(depth);
    portPRE_TASK_DELETE_HOOK(depth, run_time);
    vQueueAddToRegistry(depth, "name");
    vQueueUnregisterQueue(depth);
    return sizeof *depth + sizeof *run_time + sizeof *message + (size_t)configMAX(1, 2) +
           (size_t)configMIN(1, 2);
}
