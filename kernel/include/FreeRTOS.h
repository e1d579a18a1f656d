/*
 * FreeRTOS.h - included first by every application and kernel file. Pulls in the
 * application's FreeRTOSConfig.h, gives every configuration macro FreeRTOS V11 knows its
 * default, defines the trace hooks (empty unless the application defines them) and the
 * Static... types used for static allocation. Relies on projdefs.h and portable.h.
 */
#ifndef INC_FREERTOS_H
#define INC_FREERTOS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#include "FreeRTOSConfig.h"

/* ---- Tick width: configTICK_TYPE_WIDTH_IN_BITS, or the older configUSE_16_BIT_TICKS ---- */
#define TICK_TYPE_WIDTH_16_BITS 0
#define TICK_TYPE_WIDTH_32_BITS 1
#define TICK_TYPE_WIDTH_64_BITS 2

#if defined(configUSE_16_BIT_TICKS) && defined(configTICK_TYPE_WIDTH_IN_BITS)
#error Define only one of configUSE_16_BIT_TICKS and configTICK_TYPE_WIDTH_IN_BITS.
#endif
#ifndef configTICK_TYPE_WIDTH_IN_BITS
#ifndef configUSE_16_BIT_TICKS
#error Missing definition: configTICK_TYPE_WIDTH_IN_BITS must be defined in FreeRTOSConfig.h.
#endif
#if (configUSE_16_BIT_TICKS == 1)
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_16_BITS
#else
#define configTICK_TYPE_WIDTH_IN_BITS TICK_TYPE_WIDTH_32_BITS
#endif
#endif
#if (configTICK_TYPE_WIDTH_IN_BITS != TICK_TYPE_WIDTH_16_BITS) &&                                 \
    (configTICK_TYPE_WIDTH_IN_BITS != TICK_TYPE_WIDTH_32_BITS) &&                                 \
    (configTICK_TYPE_WIDTH_IN_BITS != TICK_TYPE_WIDTH_64_BITS)
#error configTICK_TYPE_WIDTH_IN_BITS must be TICK_TYPE_WIDTH_16_BITS, _32_BITS or _64_BITS.
#endif

/* Settings that projdefs.h, portable.h or a port's portmacro.h may test. */
#ifndef configNUMBER_OF_CORES
#define configNUMBER_OF_CORES 1
#endif
#ifndef configUSE_MPU_WRAPPERS_V1
#define configUSE_MPU_WRAPPERS_V1 0
#endif
#ifndef configENABLE_ACCESS_CONTROL_LIST
#define configENABLE_ACCESS_CONTROL_LIST 0
#endif
#ifndef configUSE_MALLOC_FAILED_HOOK
#define configUSE_MALLOC_FAILED_HOOK 0
#endif

#include "projdefs.h"
#include "portable.h"

/* ---- Required settings ---- */
#ifndef configMINIMAL_STACK_SIZE
#error Missing definition: configMINIMAL_STACK_SIZE must be defined in FreeRTOSConfig.h (stack of the idle task, in words).
#endif
#ifndef configMAX_PRIORITIES
#error Missing definition: configMAX_PRIORITIES must be defined in FreeRTOSConfig.h.
#endif
#if configMAX_PRIORITIES < 1
#error configMAX_PRIORITIES must be at least 1.
#endif
#if configMAX_PRIORITIES > 32
#error Tern supports at most 32 priorities (configMAX_PRIORITIES); see docs/COMPATIBILITY.md.
#endif
#ifndef configUSE_PREEMPTION
#error Missing definition: configUSE_PREEMPTION must be defined in FreeRTOSConfig.h as 1 or 0.
#endif
#ifndef configUSE_IDLE_HOOK
#error Missing definition: configUSE_IDLE_HOOK must be defined in FreeRTOSConfig.h as 1 or 0.
#endif
#ifndef configUSE_TICK_HOOK
#error Missing definition: configUSE_TICK_HOOK must be defined in FreeRTOSConfig.h as 1 or 0.
#endif
#ifndef configTICK_RATE_HZ
#error Missing definition: configTICK_RATE_HZ must be defined in FreeRTOSConfig.h.
#endif

/* ---- INCLUDE_ API switches ---- */
#if defined(INCLUDE_xTaskDelayUntil) && defined(INCLUDE_vTaskDelayUntil)
#error Define only INCLUDE_xTaskDelayUntil (INCLUDE_vTaskDelayUntil is its old name).
#endif
#ifndef INCLUDE_vTaskPrioritySet
#define INCLUDE_vTaskPrioritySet 0
#endif
#ifndef INCLUDE_uxTaskPriorityGet
#define INCLUDE_uxTaskPriorityGet 0
#endif
#ifndef INCLUDE_vTaskDelete
#define INCLUDE_vTaskDelete 0
#endif
#ifndef INCLUDE_vTaskSuspend
#define INCLUDE_vTaskSuspend 0
#endif
#ifndef INCLUDE_xTaskDelayUntil
#ifdef INCLUDE_vTaskDelayUntil
#define INCLUDE_xTaskDelayUntil INCLUDE_vTaskDelayUntil
#else
#define INCLUDE_xTaskDelayUntil 0
#endif
#endif
#ifndef INCLUDE_vTaskDelay
#define INCLUDE_vTaskDelay 0
#endif
#ifndef INCLUDE_xTaskGetIdleTaskHandle
#define INCLUDE_xTaskGetIdleTaskHandle 0
#endif
#ifndef INCLUDE_xTaskAbortDelay
#define INCLUDE_xTaskAbortDelay 0
#endif
#ifndef INCLUDE_xQueueGetMutexHolder
#define INCLUDE_xQueueGetMutexHolder 0
#endif
#ifndef INCLUDE_xSemaphoreGetMutexHolder
#define INCLUDE_xSemaphoreGetMutexHolder INCLUDE_xQueueGetMutexHolder
#endif
#ifndef INCLUDE_xTaskGetHandle
#define INCLUDE_xTaskGetHandle 0
#endif
#ifndef INCLUDE_uxTaskGetStackHighWaterMark
#define INCLUDE_uxTaskGetStackHighWaterMark 0
#endif
#ifndef INCLUDE_uxTaskGetStackHighWaterMark2
#define INCLUDE_uxTaskGetStackHighWaterMark2 0
#endif
#ifndef INCLUDE_eTaskGetState
#define INCLUDE_eTaskGetState 0
#endif
#ifndef INCLUDE_xTaskResumeFromISR
#define INCLUDE_xTaskResumeFromISR 1
#endif
#ifndef INCLUDE_xTimerPendFunctionCall
#define INCLUDE_xTimerPendFunctionCall 0
#endif
#ifndef INCLUDE_xTaskGetSchedulerState
#define INCLUDE_xTaskGetSchedulerState 0
#endif
#ifndef INCLUDE_xTaskGetCurrentTaskHandle
#define INCLUDE_xTaskGetCurrentTaskHandle 1
#endif

/* ---- Feature switches ---- */
#ifndef configUSE_CO_ROUTINES
#define configUSE_CO_ROUTINES 0
#endif
#if configUSE_CO_ROUTINES != 0
#error Co-routines (configUSE_CO_ROUTINES) are not implemented by Tern; see docs/COMPATIBILITY.md.
#endif
#ifndef configUSE_DAEMON_TASK_STARTUP_HOOK
#define configUSE_DAEMON_TASK_STARTUP_HOOK 0
#endif
#ifndef configUSE_APPLICATION_TASK_TAG
#define configUSE_APPLICATION_TASK_TAG 0
#endif
#ifndef configNUM_THREAD_LOCAL_STORAGE_POINTERS
#define configNUM_THREAD_LOCAL_STORAGE_POINTERS 0
#endif
#ifndef configUSE_RECURSIVE_MUTEXES
#define configUSE_RECURSIVE_MUTEXES 0
#endif
#ifndef configUSE_MUTEXES
#define configUSE_MUTEXES 0
#endif
#ifndef configUSE_TIMERS
#define configUSE_TIMERS 0
#endif
#ifndef configUSE_EVENT_GROUPS
#define configUSE_EVENT_GROUPS 1
#endif
#ifndef configUSE_STREAM_BUFFERS
#define configUSE_STREAM_BUFFERS 1
#endif
#ifndef configUSE_COUNTING_SEMAPHORES
#define configUSE_COUNTING_SEMAPHORES 0
#endif
#ifndef configUSE_TASK_PREEMPTION_DISABLE
#define configUSE_TASK_PREEMPTION_DISABLE 0
#endif
#ifndef configUSE_ALTERNATIVE_API
#define configUSE_ALTERNATIVE_API 0
#endif
#if configUSE_ALTERNATIVE_API != 0
#error The alternative queue API (configUSE_ALTERNATIVE_API) was removed in FreeRTOS V9 and is not in Tern.
#endif
#if (configUSE_RECURSIVE_MUTEXES == 1) && (configUSE_MUTEXES != 1)
#error configUSE_RECURSIVE_MUTEXES is 1: configUSE_MUTEXES must be 1 too.
#endif
#if (configUSE_DAEMON_TASK_STARTUP_HOOK != 0) && (configUSE_TIMERS == 0)
#error configUSE_DAEMON_TASK_STARTUP_HOOK is 1, but there is no daemon task: configUSE_TIMERS is 0.
#endif
#ifndef configMAX_TASK_NAME_LEN
#define configMAX_TASK_NAME_LEN 16
#endif
#if configMAX_TASK_NAME_LEN < 1
#error configMAX_TASK_NAME_LEN must be at least 1.
#endif
#ifndef configIDLE_SHOULD_YIELD
#define configIDLE_SHOULD_YIELD 1
#endif
#ifndef configUSE_TASK_NOTIFICATIONS
#define configUSE_TASK_NOTIFICATIONS 1
#endif
#ifndef configTASK_NOTIFICATION_ARRAY_ENTRIES
#define configTASK_NOTIFICATION_ARRAY_ENTRIES 1
#endif
#if configTASK_NOTIFICATION_ARRAY_ENTRIES < 1
#error configTASK_NOTIFICATION_ARRAY_ENTRIES must be at least 1.
#endif
#ifndef configQUEUE_REGISTRY_SIZE
#define configQUEUE_REGISTRY_SIZE 0U
#endif
#ifndef configUSE_QUEUE_SETS
#define configUSE_QUEUE_SETS 0
#endif
#ifndef configUSE_TIME_SLICING
#define configUSE_TIME_SLICING 1
#endif
#ifndef configUSE_PORT_OPTIMISED_TASK_SELECTION
#define configUSE_PORT_OPTIMISED_TASK_SELECTION 0
#endif
#ifndef configUSE_NEWLIB_REENTRANT
#define configUSE_NEWLIB_REENTRANT 0
#endif
#if configUSE_NEWLIB_REENTRANT != 0
#error configUSE_NEWLIB_REENTRANT is not implemented by Tern yet; see docs/COMPATIBILITY.md.
#endif
#ifndef configUSE_PICOLIBC_TLS
#define configUSE_PICOLIBC_TLS 0
#endif
#if configUSE_PICOLIBC_TLS != 0
#error configUSE_PICOLIBC_TLS is not implemented by Tern yet; see docs/COMPATIBILITY.md.
#endif
#ifndef configUSE_C_RUNTIME_TLS_SUPPORT
#define configUSE_C_RUNTIME_TLS_SUPPORT 0
#endif
#if configUSE_C_RUNTIME_TLS_SUPPORT != 0
#error configUSE_C_RUNTIME_TLS_SUPPORT (per-task C library TLS blocks) is not implemented by Tern yet; see docs/COMPATIBILITY.md.
#endif
#ifndef configENABLE_BACKWARD_COMPATIBILITY
#define configENABLE_BACKWARD_COMPATIBILITY 1
#endif
#ifndef configUSE_POSIX_ERRNO
#define configUSE_POSIX_ERRNO 0
#endif
#if configUSE_POSIX_ERRNO != 0
#error configUSE_POSIX_ERRNO (the per-task FreeRTOS_errno) is not implemented by Tern yet; see docs/COMPATIBILITY.md.
#endif
#ifndef configUSE_MINI_LIST_ITEM
#define configUSE_MINI_LIST_ITEM 1
#endif
#ifndef configUSE_SB_COMPLETED_CALLBACK
#define configUSE_SB_COMPLETED_CALLBACK 0
#endif
#if configNUMBER_OF_CORES != 1
#error The Tern kernel is single-core for now: configNUMBER_OF_CORES must be 1.
#endif
#ifndef configRUN_MULTIPLE_PRIORITIES
#define configRUN_MULTIPLE_PRIORITIES 0
#endif
#ifndef configUSE_CORE_AFFINITY
#define configUSE_CORE_AFFINITY 0
#endif
#ifndef configUSE_PASSIVE_IDLE_HOOK
#define configUSE_PASSIVE_IDLE_HOOK 0
#endif
/* As in FreeRTOS, these multi-core features are refused on a single core. */
#if configUSE_TASK_PREEMPTION_DISABLE != 0
#error configUSE_TASK_PREEMPTION_DISABLE is not supported in single-core FreeRTOS (nor Tern).
#endif
#if configUSE_CORE_AFFINITY != 0
#error configUSE_CORE_AFFINITY is not supported in single-core FreeRTOS (nor Tern).
#endif
#ifndef configUSE_TASK_FPU_SUPPORT
#define configUSE_TASK_FPU_SUPPORT 1
#endif

/* ---- Memory ---- */
#ifndef configSUPPORT_STATIC_ALLOCATION
#define configSUPPORT_STATIC_ALLOCATION 0
#endif
#ifndef configSUPPORT_DYNAMIC_ALLOCATION
#define configSUPPORT_DYNAMIC_ALLOCATION 1
#endif
#if (configSUPPORT_STATIC_ALLOCATION == 0) && (configSUPPORT_DYNAMIC_ALLOCATION == 0)
#error At least one of configSUPPORT_STATIC_ALLOCATION and configSUPPORT_DYNAMIC_ALLOCATION must be 1.
#endif
#ifndef configKERNEL_PROVIDED_STATIC_MEMORY
#define configKERNEL_PROVIDED_STATIC_MEMORY 0
#endif
#ifndef configAPPLICATION_ALLOCATED_HEAP
#define configAPPLICATION_ALLOCATED_HEAP 0
#endif
#ifndef configSTACK_ALLOCATION_FROM_SEPARATE_HEAP
#define configSTACK_ALLOCATION_FROM_SEPARATE_HEAP 0
#endif
#ifndef configHEAP_CLEAR_MEMORY_ON_FREE
#define configHEAP_CLEAR_MEMORY_ON_FREE 0
#endif
#ifndef configENABLE_HEAP_PROTECTOR
#define configENABLE_HEAP_PROTECTOR 0
#endif
#ifndef configSTACK_DEPTH_TYPE
#define configSTACK_DEPTH_TYPE StackType_t
#endif
#ifndef configMESSAGE_BUFFER_LENGTH_TYPE
#define configMESSAGE_BUFFER_LENGTH_TYPE size_t
#endif

/* ---- Hooks, checks and statistics ---- */
#ifndef configCHECK_FOR_STACK_OVERFLOW
#define configCHECK_FOR_STACK_OVERFLOW 0
#endif
#if (configCHECK_FOR_STACK_OVERFLOW < 0) || (configCHECK_FOR_STACK_OVERFLOW > 2)
#error configCHECK_FOR_STACK_OVERFLOW must be 0, 1 or 2.
#endif
#ifndef configRECORD_STACK_HIGH_ADDRESS
#define configRECORD_STACK_HIGH_ADDRESS 0
#endif
#ifndef configUSE_TRACE_FACILITY
#define configUSE_TRACE_FACILITY 0
#endif
#ifndef configGENERATE_RUN_TIME_STATS
#define configGENERATE_RUN_TIME_STATS 0
#endif
#ifndef configUSE_STATS_FORMATTING_FUNCTIONS
#define configUSE_STATS_FORMATTING_FUNCTIONS 0
#endif
#ifndef configRUN_TIME_COUNTER_TYPE
#define configRUN_TIME_COUNTER_TYPE uint32_t
#endif
#ifndef configSTATS_BUFFER_MAX_LENGTH
#define configSTATS_BUFFER_MAX_LENGTH 0xFFFF
#endif
#ifndef configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H
#define configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H 0
#endif
#if configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H != 0
#error configINCLUDE_FREERTOS_TASK_C_ADDITIONS_H (freertos_tasks_c_additions.h) is not supported by Tern; see docs/COMPATIBILITY.md.
#endif
#if configGENERATE_RUN_TIME_STATS == 1
#ifndef portCONFIGURE_TIMER_FOR_RUN_TIME_STATS
#error configGENERATE_RUN_TIME_STATS is 1: portCONFIGURE_TIMER_FOR_RUN_TIME_STATS() must be defined.
#endif
#ifndef portGET_RUN_TIME_COUNTER_VALUE
#ifndef portALT_GET_RUN_TIME_COUNTER_VALUE
#error configGENERATE_RUN_TIME_STATS is 1: define portGET_RUN_TIME_COUNTER_VALUE() or portALT_GET_RUN_TIME_COUNTER_VALUE().
#endif
#endif
#endif
#ifndef portCONFIGURE_TIMER_FOR_RUN_TIME_STATS
#define portCONFIGURE_TIMER_FOR_RUN_TIME_STATS()
#endif

/* ---- Timers ---- */
#if configUSE_TIMERS == 1
#ifndef configTIMER_TASK_PRIORITY
#error If configUSE_TIMERS is 1 then configTIMER_TASK_PRIORITY must be defined.
#endif
#ifndef configTIMER_QUEUE_LENGTH
#error If configUSE_TIMERS is 1 then configTIMER_QUEUE_LENGTH must be defined.
#endif
#ifndef configTIMER_TASK_STACK_DEPTH
#error If configUSE_TIMERS is 1 then configTIMER_TASK_STACK_DEPTH must be defined.
#endif
#ifndef portTIMER_CALLBACK_ATTRIBUTE
#define portTIMER_CALLBACK_ATTRIBUTE
#endif
#endif
#ifndef configTIMER_SERVICE_TASK_NAME
#define configTIMER_SERVICE_TASK_NAME "Tmr Svc"
#endif
#ifndef configIDLE_TASK_NAME
#define configIDLE_TASK_NAME "IDLE"
#endif

/* ---- Low power ---- */
#ifndef configUSE_TICKLESS_IDLE
#define configUSE_TICKLESS_IDLE 0
#endif
#ifndef configEXPECTED_IDLE_TIME_BEFORE_SLEEP
#define configEXPECTED_IDLE_TIME_BEFORE_SLEEP 2
#endif
#if configEXPECTED_IDLE_TIME_BEFORE_SLEEP < 2
#error configEXPECTED_IDLE_TIME_BEFORE_SLEEP must not be less than 2.
#endif
#ifndef configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING
#define configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING(x)
#endif
#ifndef configPRE_SLEEP_PROCESSING
#define configPRE_SLEEP_PROCESSING(x)
#endif
#ifndef configPOST_SLEEP_PROCESSING
#define configPOST_SLEEP_PROCESSING(x)
#endif
#ifndef portSUPPRESS_TICKS_AND_SLEEP
#define portSUPPRESS_TICKS_AND_SLEEP(xExpectedIdleTime)
#endif
#ifndef configINITIAL_TICK_COUNT
#define configINITIAL_TICK_COUNT 0
#endif

/* ---- Assertions ---- */
#ifndef configASSERT
#define configASSERT(x)
#define configASSERT_DEFINED 0
#else
#define configASSERT_DEFINED 1
#endif
#ifndef configPRECONDITION
#define configPRECONDITION(X) configASSERT(X)
#define configPRECONDITION_DEFINED 0
#else
#define configPRECONDITION_DEFINED 1
#endif
#ifndef configCHECK_HANDLER_INSTALLATION
#define configCHECK_HANDLER_INSTALLATION 1
#elif (configCHECK_HANDLER_INSTALLATION == 1) && (configASSERT_DEFINED == 0)
#error configCHECK_HANDLER_INSTALLATION is 1: configASSERT() must be defined for its checks.
#endif
#ifndef configPRINTF
#define configPRINTF(X)
#endif
#ifndef configRUN_ADDITIONAL_TESTS
#define configRUN_ADDITIONAL_TESTS 0
#endif
#ifndef configCONTROL_INFINITE_LOOP
#define configCONTROL_INFINITE_LOOP()
#endif
#ifndef configLIST_VOLATILE
#define configLIST_VOLATILE
#endif
#ifndef configMAX
#define configMAX(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef configMIN
#define configMIN(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef mtCOVERAGE_TEST_MARKER
#define mtCOVERAGE_TEST_MARKER()
#endif
#ifndef mtCOVERAGE_TEST_DELAY
#define mtCOVERAGE_TEST_DELAY()
#endif

/* ---- MPU and TrustZone settings (accepted; Tern has no MPU port yet) ---- */
#ifndef configENABLE_MPU
#define configENABLE_MPU 0
#endif
#ifndef configENABLE_FPU
#define configENABLE_FPU 1
#endif
#ifndef configENABLE_MVE
#define configENABLE_MVE 0
#endif
#ifndef configENABLE_TRUSTZONE
#define configENABLE_TRUSTZONE 1
#endif
#ifndef configRUN_FREERTOS_SECURE_ONLY
#define configRUN_FREERTOS_SECURE_ONLY 0
#endif
#ifndef configINCLUDE_APPLICATION_DEFINED_PRIVILEGED_FUNCTIONS
#define configINCLUDE_APPLICATION_DEFINED_PRIVILEGED_FUNCTIONS 0
#endif

/* ---- Port defaults ---- */
#ifndef portMEMORY_BARRIER
#define portMEMORY_BARRIER()
#endif
#ifndef portSOFTWARE_BARRIER
#define portSOFTWARE_BARRIER()
#endif
/* A port whose interrupts nest masks them with the FROM_ISR pair; one whose interrupts do
 * not nest needs no mask inside an interrupt. */
#ifndef portHAS_NESTED_INTERRUPTS
#if defined(portSET_INTERRUPT_MASK_FROM_ISR) && defined(portCLEAR_INTERRUPT_MASK_FROM_ISR)
#define portHAS_NESTED_INTERRUPTS 1
#else
#define portHAS_NESTED_INTERRUPTS 0
#endif
#endif
#ifndef portSET_INTERRUPT_MASK_FROM_ISR
#if (portHAS_NESTED_INTERRUPTS == 1)
#error portHAS_NESTED_INTERRUPTS is 1: the port must define portSET_INTERRUPT_MASK_FROM_ISR().
#endif
#define portSET_INTERRUPT_MASK_FROM_ISR() 0
#elif (portHAS_NESTED_INTERRUPTS == 0)
#error portHAS_NESTED_INTERRUPTS is 0: the port must not define portSET_INTERRUPT_MASK_FROM_ISR().
#endif
#ifndef portCLEAR_INTERRUPT_MASK_FROM_ISR
#if (portHAS_NESTED_INTERRUPTS == 1)
#error portHAS_NESTED_INTERRUPTS is 1: the port must define portCLEAR_INTERRUPT_MASK_FROM_ISR().
#endif
#define portCLEAR_INTERRUPT_MASK_FROM_ISR(uxSavedStatusValue) (void)(uxSavedStatusValue)
#elif (portHAS_NESTED_INTERRUPTS == 0)
#error portHAS_NESTED_INTERRUPTS is 0: the port must not define portCLEAR_INTERRUPT_MASK_FROM_ISR().
#endif
#ifndef portCLEAN_UP_TCB
#define portCLEAN_UP_TCB(pxTCB) (void)(pxTCB)
#endif
#ifndef portPRE_TASK_DELETE_HOOK
#define portPRE_TASK_DELETE_HOOK(pvTaskToDelete, pxYieldPending)
#endif
#ifndef portSETUP_TCB
#define portSETUP_TCB(pxTCB) (void)(pxTCB)
#endif
#ifndef portTASK_SWITCH_HOOK
#define portTASK_SWITCH_HOOK(pxTCB) (void)(pxTCB)
#endif
#ifndef portPOINTER_SIZE_TYPE
#define portPOINTER_SIZE_TYPE uint32_t
#endif
#ifndef portYIELD_WITHIN_API
#define portYIELD_WITHIN_API portYIELD
#endif
#ifndef portPRIVILEGE_BIT
#define portPRIVILEGE_BIT ((UBaseType_t)0x00)
#endif
#ifndef portTICK_TYPE_IS_ATOMIC
#define portTICK_TYPE_IS_ATOMIC 0
#endif
#if portTICK_TYPE_IS_ATOMIC == 0
#define portTICK_TYPE_ENTER_CRITICAL()                    portENTER_CRITICAL()
#define portTICK_TYPE_EXIT_CRITICAL()                     portEXIT_CRITICAL()
#define portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR()       portSET_INTERRUPT_MASK_FROM_ISR()
#define portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR(x)    portCLEAR_INTERRUPT_MASK_FROM_ISR((x))
#else
#define portTICK_TYPE_ENTER_CRITICAL()
#define portTICK_TYPE_EXIT_CRITICAL()
#define portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR()       0
#define portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR(x)    (void)(x)
#endif
#ifndef portASSERT_IF_INTERRUPT_PRIORITY_INVALID
#define portASSERT_IF_INTERRUPT_PRIORITY_INVALID()
#endif
#ifndef portASSERT_IF_IN_ISR
#define portASSERT_IF_IN_ISR()
#endif
#ifndef portTASK_USES_FLOATING_POINT
#define portTASK_USES_FLOATING_POINT()
#endif
#ifndef portALLOCATE_SECURE_CONTEXT
#define portALLOCATE_SECURE_CONTEXT(ulSecureStackSize)
#endif
#ifndef portDONT_DISCARD
#define portDONT_DISCARD
#endif
#ifndef portCRITICAL_NESTING_IN_TCB
#define portCRITICAL_NESTING_IN_TCB 0
#endif

/* Single-core forms of the multi-core port interface. */
#ifndef portGET_CORE_ID
#define portGET_CORE_ID() 0
#endif
#ifndef portYIELD_CORE
#define portYIELD_CORE(x) portYIELD()
#endif
#ifndef portGET_TASK_LOCK
#define portGET_TASK_LOCK()
#endif
#ifndef portRELEASE_TASK_LOCK
#define portRELEASE_TASK_LOCK()
#endif
#ifndef portGET_ISR_LOCK
#define portGET_ISR_LOCK()
#endif
#ifndef portRELEASE_ISR_LOCK
#define portRELEASE_ISR_LOCK()
#endif

/* 1 when a task may have been created either way, so that deleting it must check which of
 * its parts came from the heap (FreeRTOS's definition). */
#define tskSTATIC_AND_DYNAMIC_ALLOCATION_POSSIBLE                                                  \
    (((portUSING_MPU_WRAPPERS == 0) && (configSUPPORT_DYNAMIC_ALLOCATION == 1) &&                 \
      (configSUPPORT_STATIC_ALLOCATION == 1)) ||                                                   \
     ((portUSING_MPU_WRAPPERS == 1) && (configSUPPORT_DYNAMIC_ALLOCATION == 1)))

#include "freertos_trace.h"

#if (configQUEUE_REGISTRY_SIZE < 1)
#define vQueueAddToRegistry(xQueue, pcName)
#define vQueueUnregisterQueue(xQueue)
#define pcQueueGetName(xQueue)
#endif

/* ---- Types for static allocation ----
 * Opaque storage with the size and alignment of the kernel's private structures; the
 * kernel checks at compile time that each is large enough. Do not use their members. */
struct xSTATIC_LIST_ITEM
{
#if (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES == 1)
    TickType_t xDummy1;
#endif
    TickType_t xDummy2;
    void *pvDummy3[4];
#if (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES == 1)
    TickType_t xDummy4;
#endif
};
typedef struct xSTATIC_LIST_ITEM StaticListItem_t;

#if configUSE_MINI_LIST_ITEM == 1
struct xSTATIC_MINI_LIST_ITEM
{
#if (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES == 1)
    TickType_t xDummy1;
#endif
    TickType_t xDummy2;
    void *pvDummy3[2];
};
typedef struct xSTATIC_MINI_LIST_ITEM StaticMiniListItem_t;
#else
typedef struct xSTATIC_LIST_ITEM StaticMiniListItem_t;
#endif

typedef struct xSTATIC_LIST
{
#if (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES == 1)
    TickType_t xDummy1;
#endif
    UBaseType_t uxDummy2;
    void *pvDummy3;
    StaticMiniListItem_t xDummy4;
#if (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES == 1)
    TickType_t xDummy5;
#endif
} StaticList_t;

/* Mirrors the task control block in kernel/src/kernel.h. */
typedef struct xSTATIC_TCB
{
    void *pxDummy1;
    void *pxDummy2[7];
    TickType_t xDummy3;
    UBaseType_t uxDummy4[3];
    void *pxDummy5[3];
    uint8_t ucDummy6[4];
    uint8_t ucDummy7[configTASK_NOTIFICATION_ARRAY_ENTRIES];
    uint32_t ulDummy8[configTASK_NOTIFICATION_ARRAY_ENTRIES];
    char ucDummy9[configMAX_TASK_NAME_LEN];
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t uxDummy10[2];
#endif
#if (configUSE_APPLICATION_TASK_TAG == 1)
    void *pxDummy11;
#endif
#if (configNUM_THREAD_LOCAL_STORAGE_POINTERS > 0)
    void *pvDummy12[configNUM_THREAD_LOCAL_STORAGE_POINTERS];
#endif
#if (configGENERATE_RUN_TIME_STATS == 1)
    configRUN_TIME_COUNTER_TYPE ulDummy13;
#endif
#if (portSTACK_GROWTH > 0) || (configRECORD_STACK_HIGH_ADDRESS == 1)
    void *pxDummy14;
#endif
#if (portCRITICAL_NESTING_IN_TCB == 1)
    UBaseType_t uxDummy15;
#endif
} StaticTask_t;

/* Mirrors the queue structure in kernel/src/queue.c (queues, semaphores, mutexes). */
typedef struct xSTATIC_QUEUE
{
    void *pvDummy1[4];
    void *pvDummy2[4];
    UBaseType_t uxDummy3[4];
    uint8_t ucDummy4[4];
#if (configUSE_QUEUE_SETS == 1)
    void *pvDummy5;
#endif
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t uxDummy6;
#endif
} StaticQueue_t;
typedef StaticQueue_t StaticSemaphore_t;

/* Mirrors the event group structure in kernel/src/event_groups.c. */
typedef struct xSTATIC_EVENT_GROUP
{
    TickType_t xDummy1;
    void *pvDummy2[2];
    uint8_t ucDummy3[4];
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t uxDummy4;
#endif
} StaticEventGroup_t;

/* Mirrors the software timer structure in kernel/src/timers.c. */
typedef struct xSTATIC_TIMER
{
    void *pvDummy1;
    void *pvDummy2[2];
    TickType_t xDummy3[2];
    void *pvDummy4[2];
    uint8_t ucDummy5[4];
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t uxDummy6;
#endif
} StaticTimer_t;

/* Mirrors the stream buffer structure in kernel/src/stream_buffer.c (two wait lists and
 * the storage pointer: five pointers). */
typedef struct xSTATIC_STREAM_BUFFER
{
    size_t uxDummy1[4];
    void *pvDummy2[5];
    uint8_t ucDummy3[4];
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t uxDummy4;
#endif
#if (configUSE_SB_COMPLETED_CALLBACK == 1)
    void *pvDummy5[2];
#endif
    UBaseType_t uxDummy6;
} StaticStreamBuffer_t;
typedef StaticStreamBuffer_t StaticMessageBuffer_t;

/* ---- Names from before FreeRTOS V8, kept for old code ---- */
#if configENABLE_BACKWARD_COMPATIBILITY == 1
#define eTaskStateGet                eTaskGetState
#define portTickType                 TickType_t
#define xTaskHandle                  TaskHandle_t
#define xQueueHandle                 QueueHandle_t
#define xSemaphoreHandle             SemaphoreHandle_t
#define xQueueSetHandle              QueueSetHandle_t
#define xQueueSetMemberHandle        QueueSetMemberHandle_t
#define xTimeOutType                 TimeOut_t
#define xMemoryRegion                MemoryRegion_t
#define xTaskParameters              TaskParameters_t
#define xTaskStatusType              TaskStatus_t
#define xTimerHandle                 TimerHandle_t
#define xCoRoutineHandle             CoRoutineHandle_t
#define pdTASK_HOOK_CODE             TaskHookFunction_t
#define portTICK_RATE_MS             portTICK_PERIOD_MS
#define pcTaskGetTaskName            pcTaskGetName
#define pcTimerGetTimerName          pcTimerGetName
#define pcQueueGetQueueName          pcQueueGetName
#define vTaskGetTaskInfo             vTaskGetInfo
#define xTaskGetIdleRunTimeCounter   ulTaskGetIdleRunTimeCounter
#define tmrTIMER_CALLBACK            TimerCallbackFunction_t
#define pdTASK_CODE                  TaskFunction_t
#define xListItem                    ListItem_t
#define xList                        List_t
#define pxContainer                  pvContainer
#endif

#ifdef __cplusplus
}
#endif

#endif /* INC_FREERTOS_H */
