/*
 * task.h - tasks, the scheduler, time and task notifications: the FreeRTOS V11 task API
 * with the same names, signatures and semantics. Implemented in kernel/src (sched.c,
 * task.c, tick.c, notify.c, task_info.c).
 */
#ifndef INC_TASK_H
#define INC_TASK_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before task.h"
#endif

#include "list.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The FreeRTOS API version Tern implements. */
#define tskKERNEL_VERSION_NUMBER "V11.1.0"
#define tskKERNEL_VERSION_MAJOR  11
#define tskKERNEL_VERSION_MINOR  1
#define tskKERNEL_VERSION_BUILD  0

/* Tern's own version. */
#define tskTERN_VERSION_NUMBER "0.1.0"

/* Region attributes for MemoryRegion_t.ulParameters (MPU ports; accepted, unused). */
#define tskMPU_REGION_READ_ONLY     (1U << 0U)
#define tskMPU_REGION_READ_WRITE    (1U << 1U)
#define tskMPU_REGION_EXECUTE_NEVER (1U << 2U)
#define tskMPU_REGION_NORMAL_MEMORY (1U << 3U)
#define tskMPU_REGION_DEVICE_MEMORY (1U << 4U)

/* Access permissions an MPU port records per region. */
#define tskMPU_READ_PERMISSION  (1U << 0U)
#define tskMPU_WRITE_PERMISSION (1U << 1U)

/* The notification slot the non-Indexed notification calls use. */
#define tskDEFAULT_INDEX_TO_NOTIFY (0)

/* A handle to a task. */
struct tskTaskControlBlock;
typedef struct tskTaskControlBlock *TaskHandle_t;
typedef const struct tskTaskControlBlock *ConstTaskHandle_t;

/* The type of an application task tag hook. */
typedef BaseType_t (*TaskHookFunction_t)(void *arg);

/* What eTaskGetState() reports. */
typedef enum
{
    eRunning = 0, /* The task asking is the task being queried. */
    eReady,       /* In a ready list. */
    eBlocked,     /* Waiting for an event or a time. */
    eSuspended,   /* Suspended, or blocked with no timeout. */
    eDeleted,     /* Deleted, its memory not yet freed by the idle task. */
    eInvalid      /* Not a valid state. */
} eTaskState;

/* What a notification does to the receiving task's notification value. */
typedef enum
{
    eNoAction = 0,            /* Notify without changing the value. */
    eSetBits,                 /* value |= ulValue. */
    eIncrement,               /* value += 1. */
    eSetValueWithOverwrite,   /* value = ulValue. */
    eSetValueWithoutOverwrite /* value = ulValue, unless a notification is pending (fails). */
} eNotifyAction;

/* State captured by vTaskSetTimeOutState(), for xTaskCheckForTimeOut(). */
typedef struct xTIME_OUT
{
    BaseType_t xOverflowCount;
    TickType_t xTimeOnEntering;
} TimeOut_t;

/* A memory region an MPU-protected task may access. Tern has no MPU port: the type exists
 * so that code describing regions compiles (xTaskCreateRestricted() is not provided). */
typedef struct xMEMORY_REGION
{
    void *pvBaseAddress;
    uint32_t ulLengthInBytes;
    uint32_t ulParameters; /* tskMPU_REGION_... */
} MemoryRegion_t;

/* Everything xTaskCreateRestricted() takes, on MPU ports. */
typedef struct xTASK_PARAMETERS
{
    TaskFunction_t pvTaskCode;
    const char *pcName;
    configSTACK_DEPTH_TYPE usStackDepth;
    void *pvParameters;
    UBaseType_t uxPriority;
    StackType_t *puxStackBuffer;
    MemoryRegion_t xRegions[portNUM_CONFIGURABLE_REGIONS];
#if ((portUSING_MPU_WRAPPERS == 1) && (configSUPPORT_STATIC_ALLOCATION == 1))
    StaticTask_t *const pxTaskBuffer;
#endif
} TaskParameters_t;

/* What uxTaskGetSystemState() and vTaskGetInfo() report about a task. */
typedef struct xTASK_STATUS
{
    TaskHandle_t xHandle;
    const char *pcTaskName;
    UBaseType_t xTaskNumber;     /* Unique, in order of creation. */
    eTaskState eCurrentState;
    UBaseType_t uxCurrentPriority;
    UBaseType_t uxBasePriority;  /* The priority before any mutex inheritance. */
    configRUN_TIME_COUNTER_TYPE ulRunTimeCounter;
    StackType_t *pxStackBase;    /* Lowest address of the stack. */
#if ((portSTACK_GROWTH > 0) || (configRECORD_STACK_HIGH_ADDRESS == 1))
    StackType_t *pxTopOfStack;
    StackType_t *pxEndOfStack;
#endif
    configSTACK_DEPTH_TYPE usStackHighWaterMark; /* Least free stack ever, in words. */
#if ((configUSE_CORE_AFFINITY == 1) && (configNUMBER_OF_CORES > 1))
    UBaseType_t uxCoreAffinityMask;
#endif
} TaskStatus_t;

/* What eTaskConfirmSleepModeStatus() tells a tickless idle implementation. */
typedef enum
{
    eAbortSleep = 0,         /* Something became ready: do not sleep. */
    eStandardSleep,          /* Sleep no longer than the expected idle time. */
#if (INCLUDE_vTaskSuspend == 1)
    eNoTasksWaitingTimeout   /* No task waits with a timeout: sleep until an interrupt. */
#endif
} eSleepModeStatus;

#define tskIDLE_PRIORITY ((UBaseType_t)0U)
#define tskNO_AFFINITY   ((UBaseType_t)-1) /* Every core (multi-core FreeRTOS). */

/* ---- Critical sections and yielding ---- */
#define taskYIELD()                        portYIELD()
#define taskENTER_CRITICAL()               portENTER_CRITICAL()
#define taskENTER_CRITICAL_FROM_ISR()      portSET_INTERRUPT_MASK_FROM_ISR()
#define taskEXIT_CRITICAL()                portEXIT_CRITICAL()
#define taskEXIT_CRITICAL_FROM_ISR(x)      portCLEAR_INTERRUPT_MASK_FROM_ISR(x)
#define taskDISABLE_INTERRUPTS()           portDISABLE_INTERRUPTS()
#define taskENABLE_INTERRUPTS()            portENABLE_INTERRUPTS()

/* xTaskGetSchedulerState() results. */
#define taskSCHEDULER_SUSPENDED   ((BaseType_t)0)
#define taskSCHEDULER_NOT_STARTED ((BaseType_t)1)
#define taskSCHEDULER_RUNNING     ((BaseType_t)2)

/* pdTRUE if xCoreID names a core (only 0 on a single core). */
#define taskVALID_CORE_ID(xCoreID)                                                                 \
    ((((BaseType_t)0 <= (xCoreID)) && ((xCoreID) < (BaseType_t)configNUMBER_OF_CORES)) ? pdTRUE  \
                                                                                       : pdFALSE)

/* ---- Creating and deleting tasks ---- */

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Creates a task whose control block and stack come from the heap.
 * pxTaskCode: the task function (must never return; delete the task instead).
 * pcName: a name for debugging, copied (truncated to configMAX_TASK_NAME_LEN - 1).
 * uxStackDepth: stack size in words (StackType_t), not bytes.
 * uxPriority: 0 .. configMAX_PRIORITIES - 1 (larger values are capped).
 * pxCreatedTask: receives the handle; may be NULL.
 * Returns pdPASS, or errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY. Not callable from an ISR. */
BaseType_t xTaskCreate(TaskFunction_t pxTaskCode, const char *const pcName,
                       const configSTACK_DEPTH_TYPE uxStackDepth, void *const pvParameters,
                       UBaseType_t uxPriority, TaskHandle_t *const pxCreatedTask) PRIVILEGED_FUNCTION;
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* Creates a task in memory the caller provides: puxStackBuffer holds uxStackDepth words
 * and pxTaskBuffer the control block; both must stay valid until the task is deleted.
 * Returns the task's handle, or NULL if either buffer is NULL. Not callable from an ISR. */
TaskHandle_t xTaskCreateStatic(TaskFunction_t pxTaskCode, const char *const pcName,
                               const configSTACK_DEPTH_TYPE uxStackDepth,
                               void *const pvParameters, UBaseType_t uxPriority,
                               StackType_t *const puxStackBuffer,
                               StaticTask_t *const pxTaskBuffer) PRIVILEGED_FUNCTION;

/* Reports the buffers a task was created with. Returns pdTRUE for a statically created
 * task, pdFALSE for a task whose memory came from the heap (or a NULL handle). */
BaseType_t xTaskGetStaticBuffers(TaskHandle_t xTask, StackType_t **ppuxStackBuffer,
                                 StaticTask_t **ppxTaskBuffer) PRIVILEGED_FUNCTION;
#endif

/* Deletes a task (NULL: the calling task). A task deleting itself is freed later by the
 * idle task; another task is freed at once. Needs INCLUDE_vTaskDelete. */
void vTaskDelete(TaskHandle_t xTaskToDelete) PRIVILEGED_FUNCTION;

/* ---- Time ---- */

/* Blocks the calling task for xTicksToDelay ticks (0: just yields). Needs INCLUDE_vTaskDelay. */
void vTaskDelay(const TickType_t xTicksToDelay) PRIVILEGED_FUNCTION;

/* Blocks until *pxPreviousWakeTime + xTimeIncrement, then advances *pxPreviousWakeTime by
 * xTimeIncrement: a fixed period without drift. Returns pdFALSE (without blocking) when
 * that time has already passed. Needs INCLUDE_xTaskDelayUntil. */
BaseType_t xTaskDelayUntil(TickType_t *const pxPreviousWakeTime,
                           const TickType_t xTimeIncrement) PRIVILEGED_FUNCTION;

#define vTaskDelayUntil(pxPreviousWakeTime, xTimeIncrement)                                        \
    do                                                                                             \
    {                                                                                              \
        (void)xTaskDelayUntil((pxPreviousWakeTime), (xTimeIncrement));                             \
    } while (0)

/* Makes a blocked task ready at once; the call it was blocked in reports a timeout.
 * Returns pdFAIL if the task was not blocked. Needs INCLUDE_xTaskAbortDelay. */
BaseType_t xTaskAbortDelay(TaskHandle_t xTask) PRIVILEGED_FUNCTION;

/* The tick count since the scheduler started (plus configINITIAL_TICK_COUNT). */
TickType_t xTaskGetTickCount(void) PRIVILEGED_FUNCTION;
TickType_t xTaskGetTickCountFromISR(void) PRIVILEGED_FUNCTION;

/* Records the current time for a later xTaskCheckForTimeOut(). */
void vTaskSetTimeOutState(TimeOut_t *const pxTimeOut) PRIVILEGED_FUNCTION;
void vTaskInternalSetTimeOutState(TimeOut_t *const pxTimeOut) PRIVILEGED_FUNCTION;

/* Returns pdTRUE if the time *pxTicksToWait, counted from *pxTimeOut, has passed;
 * otherwise reduces *pxTicksToWait to the time remaining (measured from now and updates
 * *pxTimeOut) and returns pdFALSE. portMAX_DELAY never times out; an aborted delay counts
 * as a timeout. */
BaseType_t xTaskCheckForTimeOut(TimeOut_t *const pxTimeOut,
                                TickType_t *const pxTicksToWait) PRIVILEGED_FUNCTION;

/* Adds xTicksToCatchUp ticks that elapsed while the tick interrupt was off, processing
 * each (wakes, timers). Returns pdTRUE if a context switch happened. */
BaseType_t xTaskCatchUpTicks(TickType_t xTicksToCatchUp) PRIVILEGED_FUNCTION;

/* ---- Priorities, suspension, state ---- */

UBaseType_t uxTaskPriorityGet(const TaskHandle_t xTask) PRIVILEGED_FUNCTION;
UBaseType_t uxTaskPriorityGetFromISR(const TaskHandle_t xTask) PRIVILEGED_FUNCTION;
UBaseType_t uxTaskBasePriorityGet(const TaskHandle_t xTask) PRIVILEGED_FUNCTION;
UBaseType_t uxTaskBasePriorityGetFromISR(const TaskHandle_t xTask) PRIVILEGED_FUNCTION;

/* Sets a task's (base) priority (NULL: the caller). A task holding a mutex keeps any
 * higher inherited priority. May switch tasks. Needs INCLUDE_vTaskPrioritySet. */
void vTaskPrioritySet(TaskHandle_t xTask, UBaseType_t uxNewPriority) PRIVILEGED_FUNCTION;

/* Suspends a task (NULL: the caller) until vTaskResume(); calls do not nest. A task that
 * was blocked stops waiting. Needs INCLUDE_vTaskSuspend. */
void vTaskSuspend(TaskHandle_t xTaskToSuspend) PRIVILEGED_FUNCTION;

/* Makes a suspended task ready. Needs INCLUDE_vTaskSuspend. */
void vTaskResume(TaskHandle_t xTaskToResume) PRIVILEGED_FUNCTION;

/* vTaskResume() for ISRs. Returns pdTRUE if the resumed task should run now (the ISR
 * should then call portYIELD_FROM_ISR). Needs INCLUDE_xTaskResumeFromISR. */
BaseType_t xTaskResumeFromISR(TaskHandle_t xTaskToResume) PRIVILEGED_FUNCTION;

/* The state of a task. Needs INCLUDE_eTaskGetState. */
eTaskState eTaskGetState(TaskHandle_t xTask) PRIVILEGED_FUNCTION;

#if (configUSE_TRACE_FACILITY == 1)
/* Fills *pxTaskStatus for a task (NULL: the caller). xGetFreeStackSpace pdFALSE skips the
 * stack scan; eState eInvalid asks the kernel for the state. Needs configUSE_TRACE_FACILITY. */
void vTaskGetInfo(TaskHandle_t xTask, TaskStatus_t *pxTaskStatus, BaseType_t xGetFreeStackSpace,
                  eTaskState eState) PRIVILEGED_FUNCTION;
#endif

/* ---- The scheduler ---- */

/* Creates the idle (and timer) task and starts scheduling. Returns only if there was not
 * enough memory for them, or after vTaskEndScheduler(). */
void vTaskStartScheduler(void) PRIVILEGED_FUNCTION;

/* Deletes every task, stops the tick and returns from vTaskStartScheduler() (on ports
 * that support it: the simulator and Tern's Cortex-M ports). The scheduler may then be
 * started again. */
void vTaskEndScheduler(void) PRIVILEGED_FUNCTION;

/* Stops context switches (interrupts stay on) until the matching xTaskResumeAll(); nests.
 * Must not be called from an ISR; nothing may block while the scheduler is suspended. */
void vTaskSuspendAll(void) PRIVILEGED_FUNCTION;

/* Ends one vTaskSuspendAll(); when the last one ends, processes ticks that arrived
 * meanwhile. Returns pdTRUE if that caused a context switch. */
BaseType_t xTaskResumeAll(void) PRIVILEGED_FUNCTION;

/* taskSCHEDULER_NOT_STARTED, taskSCHEDULER_RUNNING or taskSCHEDULER_SUSPENDED. */
BaseType_t xTaskGetSchedulerState(void) PRIVILEGED_FUNCTION;

/* ---- Information about tasks ---- */

UBaseType_t uxTaskGetNumberOfTasks(void) PRIVILEGED_FUNCTION;

/* The task's name (NULL: the caller's). */
char *pcTaskGetName(TaskHandle_t xTaskToQuery) PRIVILEGED_FUNCTION;

/* The first task with this name, or NULL. Slow: walks all tasks. Needs INCLUDE_xTaskGetHandle. */
TaskHandle_t xTaskGetHandle(const char *pcNameToQuery) PRIVILEGED_FUNCTION;

TaskHandle_t xTaskGetCurrentTaskHandle(void) PRIVILEGED_FUNCTION;
TaskHandle_t xTaskGetIdleTaskHandle(void) PRIVILEGED_FUNCTION;

/* The same for one core; Tern has one, core 0: other IDs return NULL. */
TaskHandle_t xTaskGetCurrentTaskHandleForCore(BaseType_t xCoreID) PRIVILEGED_FUNCTION;
TaskHandle_t xTaskGetIdleTaskHandleForCore(BaseType_t xCoreID) PRIVILEGED_FUNCTION;

/* The least free stack a task (NULL: the caller) has had, in words. */
UBaseType_t uxTaskGetStackHighWaterMark(TaskHandle_t xTask) PRIVILEGED_FUNCTION;
configSTACK_DEPTH_TYPE uxTaskGetStackHighWaterMark2(TaskHandle_t xTask) PRIVILEGED_FUNCTION;

#if (configUSE_TRACE_FACILITY == 1)
/* Fills up to uxArraySize entries, one per task; returns how many were filled (0 if the
 * array is too small). *pulTotalRunTime (may be NULL) receives the run-time clock.
 * Needs configUSE_TRACE_FACILITY. */
UBaseType_t uxTaskGetSystemState(TaskStatus_t *const pxTaskStatusArray,
                                 const UBaseType_t uxArraySize,
                                 configRUN_TIME_COUNTER_TYPE *const pulTotalRunTime) PRIVILEGED_FUNCTION;
#endif

/* The formatting functions take a snapshot of every task from the heap, so Tern provides
 * them only with configSUPPORT_DYNAMIC_ALLOCATION (FreeRTOS refuses the configuration). */
#if (configUSE_TRACE_FACILITY == 1) && (configUSE_STATS_FORMATTING_FUNCTIONS > 0) &&             \
    (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Writes a table of all tasks (name, state X/R/B/S/D, priority, stack high-water mark,
 * number), in order of creation, into pcWriteBuffer, at most uxBufferLength bytes including
 * the terminating NUL. Needs configUSE_TRACE_FACILITY and configUSE_STATS_FORMATTING_FUNCTIONS. */
void vTaskListTasks(char *pcWriteBuffer, size_t uxBufferLength) PRIVILEGED_FUNCTION;

#if (configGENERATE_RUN_TIME_STATS == 1)
/* Writes each task's run time (absolute and percent) into pcWriteBuffer (at most
 * uxBufferLength bytes). Needs configGENERATE_RUN_TIME_STATS and
 * configUSE_STATS_FORMATTING_FUNCTIONS. */
void vTaskGetRunTimeStatistics(char *pcWriteBuffer, size_t uxBufferLength) PRIVILEGED_FUNCTION;
#endif
#endif

/* The older forms, which assume a buffer of configSTATS_BUFFER_MAX_LENGTH bytes. */
#define vTaskList(pcWriteBuffer) vTaskListTasks((pcWriteBuffer), configSTATS_BUFFER_MAX_LENGTH)
#define vTaskGetRunTimeStats(pcWriteBuffer)                                                        \
    vTaskGetRunTimeStatistics((pcWriteBuffer), configSTATS_BUFFER_MAX_LENGTH)

configRUN_TIME_COUNTER_TYPE ulTaskGetRunTimeCounter(const TaskHandle_t xTask) PRIVILEGED_FUNCTION;
configRUN_TIME_COUNTER_TYPE ulTaskGetRunTimePercent(const TaskHandle_t xTask) PRIVILEGED_FUNCTION;
configRUN_TIME_COUNTER_TYPE ulTaskGetIdleRunTimeCounter(void) PRIVILEGED_FUNCTION;
configRUN_TIME_COUNTER_TYPE ulTaskGetIdleRunTimePercent(void) PRIVILEGED_FUNCTION;

/* ---- Per-task application data ---- */

#if (configUSE_APPLICATION_TASK_TAG == 1)
void vTaskSetApplicationTaskTag(TaskHandle_t xTask, TaskHookFunction_t pxHookFunction) PRIVILEGED_FUNCTION;
TaskHookFunction_t xTaskGetApplicationTaskTag(TaskHandle_t xTask) PRIVILEGED_FUNCTION;
TaskHookFunction_t xTaskGetApplicationTaskTagFromISR(TaskHandle_t xTask) PRIVILEGED_FUNCTION;
#endif

/* Calls the task's tag as a hook function with pvParameter; returns its result, or
 * pdFAIL when the task has no tag. */
BaseType_t xTaskCallApplicationTaskHook(TaskHandle_t xTask, void *pvParameter) PRIVILEGED_FUNCTION;

#if (configNUM_THREAD_LOCAL_STORAGE_POINTERS > 0)
/* Thread-local storage: xIndex < configNUM_THREAD_LOCAL_STORAGE_POINTERS; out-of-range
 * indexes are ignored (set) or return NULL (get). */
void vTaskSetThreadLocalStoragePointer(TaskHandle_t xTaskToSet, BaseType_t xIndex,
                                       void *pvValue) PRIVILEGED_FUNCTION;
void *pvTaskGetThreadLocalStoragePointer(TaskHandle_t xTaskToQuery,
                                         BaseType_t xIndex) PRIVILEGED_FUNCTION;
#endif

/* ---- Application hooks (defined by the application when enabled) ---- */

#if (configCHECK_FOR_STACK_OVERFLOW > 0)
void vApplicationStackOverflowHook(TaskHandle_t xTask, char *pcTaskName);
#endif
#if (configUSE_IDLE_HOOK == 1)
void vApplicationIdleHook(void);
#endif
#if (configUSE_TICK_HOOK != 0)
void vApplicationTickHook(void);
#endif
#if (configSUPPORT_STATIC_ALLOCATION == 1)
void vApplicationGetIdleTaskMemory(StaticTask_t **ppxIdleTaskTCBBuffer,
                                   StackType_t **ppxIdleTaskStackBuffer,
                                   configSTACK_DEPTH_TYPE *puxIdleTaskStackSize);
#endif
/* vApplicationMallocFailedHook() is declared in portable.h, as in FreeRTOS. */

/* ---- Task notifications ---- */

/* Sends a notification to xTaskToNotify's slot uxIndexToNotify, applying eAction with
 * ulValue; *pulPreviousNotificationValue (may be NULL) receives the value before. Returns
 * pdFAIL only for eSetValueWithoutOverwrite when a notification was already pending. */
BaseType_t xTaskGenericNotify(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                              uint32_t ulValue, eNotifyAction eAction,
                              uint32_t *pulPreviousNotificationValue) PRIVILEGED_FUNCTION;

/* xTaskGenericNotify() for ISRs; *pxHigherPriorityTaskWoken (may be NULL) is set to pdTRUE
 * if the notified task should run now. */
BaseType_t xTaskGenericNotifyFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                     uint32_t ulValue, eNotifyAction eAction,
                                     uint32_t *pulPreviousNotificationValue,
                                     BaseType_t *pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* Waits up to xTicksToWait for a notification in slot uxIndexToWaitOn. Clears
 * ulBitsToClearOnEntry from the value first (if none is pending) and ulBitsToClearOnExit
 * when one is received; *pulNotificationValue (may be NULL) receives the value.
 * Returns pdTRUE if a notification was received, pdFALSE on timeout. */
BaseType_t xTaskGenericNotifyWait(UBaseType_t uxIndexToWaitOn, uint32_t ulBitsToClearOnEntry,
                                  uint32_t ulBitsToClearOnExit, uint32_t *pulNotificationValue,
                                  TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* Increments slot uxIndexToNotify's value (a give) from an ISR. */
void vTaskGenericNotifyGiveFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                   BaseType_t *pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* Waits up to xTicksToWait for the value of slot uxIndexToWaitOn to be non-zero (a
 * semaphore take). Returns the value before it was cleared to zero (xClearCountOnExit
 * pdTRUE) or decremented (pdFALSE); 0 on timeout. */
uint32_t ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit,
                                 TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* Clears a pending notification (NULL: the caller). Returns pdTRUE if one was pending. */
BaseType_t xTaskGenericNotifyStateClear(TaskHandle_t xTask,
                                        UBaseType_t uxIndexToClear) PRIVILEGED_FUNCTION;

/* Clears ulBitsToClear in a task's notification value; returns the value before. */
uint32_t ulTaskGenericNotifyValueClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear,
                                       uint32_t ulBitsToClear) PRIVILEGED_FUNCTION;

#define xTaskNotify(xTaskToNotify, ulValue, eAction)                                               \
    xTaskGenericNotify((xTaskToNotify), (tskDEFAULT_INDEX_TO_NOTIFY), (ulValue), (eAction), NULL)
#define xTaskNotifyIndexed(xTaskToNotify, uxIndexToNotify, ulValue, eAction)                       \
    xTaskGenericNotify((xTaskToNotify), (uxIndexToNotify), (ulValue), (eAction), NULL)
#define xTaskNotifyAndQuery(xTaskToNotify, ulValue, eAction, pulPreviousNotifyValue)               \
    xTaskGenericNotify((xTaskToNotify), (tskDEFAULT_INDEX_TO_NOTIFY), (ulValue), (eAction),        \
                       (pulPreviousNotifyValue))
#define xTaskNotifyAndQueryIndexed(xTaskToNotify, uxIndexToNotify, ulValue, eAction,               \
                                   pulPreviousNotifyValue)                                         \
    xTaskGenericNotify((xTaskToNotify), (uxIndexToNotify), (ulValue), (eAction),                   \
                       (pulPreviousNotifyValue))
#define xTaskNotifyFromISR(xTaskToNotify, ulValue, eAction, pxHigherPriorityTaskWoken)             \
    xTaskGenericNotifyFromISR((xTaskToNotify), (tskDEFAULT_INDEX_TO_NOTIFY), (ulValue), (eAction), \
                              NULL, (pxHigherPriorityTaskWoken))
#define xTaskNotifyIndexedFromISR(xTaskToNotify, uxIndexToNotify, ulValue, eAction,                \
                                  pxHigherPriorityTaskWoken)                                       \
    xTaskGenericNotifyFromISR((xTaskToNotify), (uxIndexToNotify), (ulValue), (eAction), NULL,      \
                              (pxHigherPriorityTaskWoken))
#define xTaskNotifyAndQueryFromISR(xTaskToNotify, ulValue, eAction, pulPreviousNotificationValue,  \
                                   pxHigherPriorityTaskWoken)                                      \
    xTaskGenericNotifyFromISR((xTaskToNotify), (tskDEFAULT_INDEX_TO_NOTIFY), (ulValue), (eAction), \
                              (pulPreviousNotificationValue), (pxHigherPriorityTaskWoken))
#define xTaskNotifyAndQueryIndexedFromISR(xTaskToNotify, uxIndexToNotify, ulValue, eAction,        \
                                          pulPreviousNotificationValue, pxHigherPriorityTaskWoken) \
    xTaskGenericNotifyFromISR((xTaskToNotify), (uxIndexToNotify), (ulValue), (eAction),            \
                              (pulPreviousNotificationValue), (pxHigherPriorityTaskWoken))
#define xTaskNotifyWait(ulBitsToClearOnEntry, ulBitsToClearOnExit, pulNotificationValue,           \
                        xTicksToWait)                                                              \
    xTaskGenericNotifyWait(tskDEFAULT_INDEX_TO_NOTIFY, (ulBitsToClearOnEntry),                     \
                           (ulBitsToClearOnExit), (pulNotificationValue), (xTicksToWait))
#define xTaskNotifyWaitIndexed(uxIndexToWaitOn, ulBitsToClearOnEntry, ulBitsToClearOnExit,         \
                               pulNotificationValue, xTicksToWait)                                 \
    xTaskGenericNotifyWait((uxIndexToWaitOn), (ulBitsToClearOnEntry), (ulBitsToClearOnExit),       \
                           (pulNotificationValue), (xTicksToWait))
#define xTaskNotifyGive(xTaskToNotify)                                                             \
    xTaskGenericNotify((xTaskToNotify), (tskDEFAULT_INDEX_TO_NOTIFY), (0), eIncrement, NULL)
#define xTaskNotifyGiveIndexed(xTaskToNotify, uxIndexToNotify)                                     \
    xTaskGenericNotify((xTaskToNotify), (uxIndexToNotify), (0), eIncrement, NULL)
#define vTaskNotifyGiveFromISR(xTaskToNotify, pxHigherPriorityTaskWoken)                           \
    vTaskGenericNotifyGiveFromISR((xTaskToNotify), (tskDEFAULT_INDEX_TO_NOTIFY),                   \
                                  (pxHigherPriorityTaskWoken))
#define vTaskNotifyGiveIndexedFromISR(xTaskToNotify, uxIndexToNotify, pxHigherPriorityTaskWoken)   \
    vTaskGenericNotifyGiveFromISR((xTaskToNotify), (uxIndexToNotify), (pxHigherPriorityTaskWoken))
#define ulTaskNotifyTake(xClearCountOnExit, xTicksToWait)                                          \
    ulTaskGenericNotifyTake((tskDEFAULT_INDEX_TO_NOTIFY), (xClearCountOnExit), (xTicksToWait))
#define ulTaskNotifyTakeIndexed(uxIndexToWaitOn, xClearCountOnExit, xTicksToWait)                  \
    ulTaskGenericNotifyTake((uxIndexToWaitOn), (xClearCountOnExit), (xTicksToWait))
#define xTaskNotifyStateClear(xTask)                                                               \
    xTaskGenericNotifyStateClear((xTask), (tskDEFAULT_INDEX_TO_NOTIFY))
#define xTaskNotifyStateClearIndexed(xTask, uxIndexToClear)                                        \
    xTaskGenericNotifyStateClear((xTask), (uxIndexToClear))
#define ulTaskNotifyValueClear(xTask, ulBitsToClear)                                               \
    ulTaskGenericNotifyValueClear((xTask), (tskDEFAULT_INDEX_TO_NOTIFY), (ulBitsToClear))
#define ulTaskNotifyValueClearIndexed(xTask, uxIndexToClear, ulBitsToClear)                        \
    ulTaskGenericNotifyValueClear((xTask), (uxIndexToClear), (ulBitsToClear))

/* ---- For ports and kernel modules (FreeRTOS's port contract) ---- */

/* The yield the kernel's API functions use (portYIELD_WITHIN_API on a single core). */
#define taskYIELD_WITHIN_API() portYIELD_WITHIN_API()

/* Called by the port's tick interrupt with interrupts masked. Advances the tick, wakes
 * tasks whose time has come; returns pdTRUE if a context switch should follow. */
BaseType_t xTaskIncrementTick(void) PRIVILEGED_FUNCTION;

/* Called by the port's context-switch handler: makes pxCurrentTCB the highest-priority
 * ready task (round robin among equals). Defers if the scheduler is suspended. */
void vTaskSwitchContext(void) PRIVILEGED_FUNCTION;

/* Tickless idle support: advances the tick by xTicksToJump after a sleep (never past the
 * next wake-up), and tells whether sleeping is still appropriate. */
void vTaskStepTick(TickType_t xTicksToJump) PRIVILEGED_FUNCTION;
eSleepModeStatus eTaskConfirmSleepModeStatus(void) PRIVILEGED_FUNCTION;

/* Ticks until the next task's timed wake-up: 0 if a task other than idle is ready,
 * portMAX_DELAY if no task waits with a timeout. For tickless idle and the simulator. */
TickType_t xTaskGetExpectedIdleTime(void) PRIVILEGED_FUNCTION;

/* Records that a yield was requested while it could not be honoured. */
void vTaskMissedYield(void) PRIVILEGED_FUNCTION;

#if (configUSE_TRACE_FACILITY == 1)
/* A number for trace tools to identify the task by (0 until set). */
UBaseType_t uxTaskGetTaskNumber(TaskHandle_t xTask) PRIVILEGED_FUNCTION;
void vTaskSetTaskNumber(TaskHandle_t xTask, const UBaseType_t uxHandle) PRIVILEGED_FUNCTION;
#endif

/* Returns the kernel to its state before the first vTaskStartScheduler() (used by
 * vTaskEndScheduler and by tests). */
void vTaskResetState(void) PRIVILEGED_FUNCTION;

#ifdef __cplusplus
}
#endif

#endif /* INC_TASK_H */
