/*
 * timers.h - software timers: the FreeRTOS V11 timer API with the same names, signatures
 * and semantics. Timers run their callbacks in the timer service (daemon) task, which
 * applications talk to through a command queue; xTimerPendFunctionCall() runs any
 * function there too. Implemented in kernel/src/timers.c; needs configUSE_TIMERS 1.
 */
#ifndef TIMERS_H
#define TIMERS_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before timers.h"
#endif

#include "task.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Commands sent to the daemon. Use them only through the macros below. Commands sent from
 * an interrupt have the highest numbers: xTimerGenericCommand() picks the ISR-safe path
 * for every id from tmrFIRST_FROM_ISR_COMMAND on. */
#define tmrCOMMAND_EXECUTE_CALLBACK_FROM_ISR ((BaseType_t)-2)
#define tmrCOMMAND_EXECUTE_CALLBACK          ((BaseType_t)-1)
#define tmrCOMMAND_START_DONT_TRACE          ((BaseType_t)0)
#define tmrCOMMAND_START                     ((BaseType_t)1)
#define tmrCOMMAND_RESET                     ((BaseType_t)2)
#define tmrCOMMAND_STOP                      ((BaseType_t)3)
#define tmrCOMMAND_CHANGE_PERIOD             ((BaseType_t)4)
#define tmrCOMMAND_DELETE                    ((BaseType_t)5)

#define tmrFIRST_FROM_ISR_COMMAND         ((BaseType_t)6)
#define tmrCOMMAND_START_FROM_ISR         ((BaseType_t)6)
#define tmrCOMMAND_RESET_FROM_ISR         ((BaseType_t)7)
#define tmrCOMMAND_STOP_FROM_ISR          ((BaseType_t)8)
#define tmrCOMMAND_CHANGE_PERIOD_FROM_ISR ((BaseType_t)9)

/* A handle to a timer. */
struct tmrTimerControl;
typedef struct tmrTimerControl *TimerHandle_t;

/* What a timer calls when it expires (in the daemon task; it must not block). */
typedef void (*TimerCallbackFunction_t)(TimerHandle_t xTimer);

/* A function xTimerPendFunctionCall() runs in the daemon task. */
typedef void (*PendedFunction_t)(void *arg1, uint32_t arg2);

/* ---- Creating ---- */

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Creates a timer, dormant until started, from the heap.
 * pcTimerName: a name for debugging; the pointer is kept, not the text.
 * xTimerPeriodInTicks: the period, at least 1 tick.
 * xAutoReload: pdTRUE restarts the timer each time it expires (period after period, without
 *   drift); pdFALSE makes a one-shot timer.
 * pvTimerID: any value, for the callback to tell timers apart (pvTimerGetTimerID()).
 * pxCallbackFunction: called in the daemon task at each expiry (NULL: nothing is called).
 * Returns the timer, or NULL if out of memory or the period is 0. Not from an ISR. */
TimerHandle_t xTimerCreate(const char *const pcTimerName, const TickType_t xTimerPeriodInTicks,
                           const BaseType_t xAutoReload, void *const pvTimerID,
                           TimerCallbackFunction_t pxCallbackFunction) PRIVILEGED_FUNCTION;
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* The same in caller memory: pxTimerBuffer holds the timer. Returns NULL if pxTimerBuffer
 * is NULL or the period is 0. */
TimerHandle_t xTimerCreateStatic(const char *const pcTimerName,
                                 const TickType_t xTimerPeriodInTicks,
                                 const BaseType_t xAutoReload, void *const pvTimerID,
                                 TimerCallbackFunction_t pxCallbackFunction,
                                 StaticTimer_t *pxTimerBuffer) PRIVILEGED_FUNCTION;

/* Reports the buffer of a statically created timer. Returns pdFALSE for a timer from the
 * heap (or bad arguments). */
BaseType_t xTimerGetStaticBuffer(TimerHandle_t xTimer,
                                 StaticTimer_t **ppxTimerBuffer) PRIVILEGED_FUNCTION;
#endif

/* ---- Identity and state (any task; the value getters also from an ISR) ---- */

/* The timer's ID (NULL for a NULL timer). */
void *pvTimerGetTimerID(const TimerHandle_t xTimer) PRIVILEGED_FUNCTION;

/* Replaces the timer's ID. */
void vTimerSetTimerID(TimerHandle_t xTimer, void *pvNewID) PRIVILEGED_FUNCTION;

/* pdTRUE while the timer runs: started and, for a one-shot timer, not yet expired. The
 * daemon applies commands, so a command takes effect once the daemon has processed it
 * (at once when the daemon has the highest priority, as is usual). */
BaseType_t xTimerIsTimerActive(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;

/* The daemon task (NULL before the scheduler has started). */
TaskHandle_t xTimerGetTimerDaemonTaskHandle(void) PRIVILEGED_FUNCTION;

/* The name given at creation (NULL for a NULL timer). */
const char *pcTimerGetName(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;

/* Makes the timer auto-reload (pdTRUE) or one-shot (pdFALSE) from its next expiry on. */
void vTimerSetReloadMode(TimerHandle_t xTimer, const BaseType_t xAutoReload) PRIVILEGED_FUNCTION;

/* pdTRUE for an auto-reload timer, pdFALSE for a one-shot one (or a NULL timer). */
BaseType_t xTimerGetReloadMode(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;
UBaseType_t uxTimerGetReloadMode(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;

/* The period in ticks (0 for a NULL timer). */
TickType_t xTimerGetPeriod(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;

/* The tick at which the running timer expires next (meaningless while it is dormant; 0 for
 * a NULL timer). */
TickType_t xTimerGetExpiryTime(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;

/* ---- Commands (queued to the daemon) ----
 * Each returns pdPASS once the command is queued, or pdFAIL if the queue stayed full for
 * xTicksToWait ticks (ignored, as 0, while the scheduler is not running or is suspended),
 * if xTimer is NULL or an argument is invalid. The ...FromISR forms never wait and set
 * *pxHigherPriorityTaskWoken (may be NULL) when the daemon should run at the end of the
 * interrupt. */

/* Sends any command; xOptionalValue is the start time for START/RESET, the new period for
 * CHANGE_PERIOD. */
BaseType_t xTimerGenericCommandFromTask(TimerHandle_t xTimer, const BaseType_t xCommandID,
                                        const TickType_t xOptionalValue,
                                        BaseType_t *const pxHigherPriorityTaskWoken,
                                        const TickType_t xTicksToWait) PRIVILEGED_FUNCTION;
BaseType_t xTimerGenericCommandFromISR(TimerHandle_t xTimer, const BaseType_t xCommandID,
                                       const TickType_t xOptionalValue,
                                       BaseType_t *const pxHigherPriorityTaskWoken,
                                       const TickType_t xTicksToWait) PRIVILEGED_FUNCTION;
#define xTimerGenericCommand(xTimer, xCommandID, xOptionalValue, pxHigherPriorityTaskWoken,      \
                             xTicksToWait)                                                       \
    (((xCommandID) < tmrFIRST_FROM_ISR_COMMAND)                                                  \
         ? xTimerGenericCommandFromTask((xTimer), (xCommandID), (xOptionalValue),                \
                                        (pxHigherPriorityTaskWoken), (xTicksToWait))             \
         : xTimerGenericCommandFromISR((xTimer), (xCommandID), (xOptionalValue),                 \
                                       (pxHigherPriorityTaskWoken), (xTicksToWait)))

/* Starts (or restarts) the timer: it expires xTimerGetPeriod() ticks after this call. */
#define xTimerStart(xTimer, xTicksToWait)                                                        \
    xTimerGenericCommand((xTimer), tmrCOMMAND_START, (xTaskGetTickCount()), NULL, (xTicksToWait))

/* Stops the timer; it becomes dormant. */
#define xTimerStop(xTimer, xTicksToWait)                                                         \
    xTimerGenericCommand((xTimer), tmrCOMMAND_STOP, 0U, NULL, (xTicksToWait))

/* Sets a new period (>= 1) and starts the timer: it expires xNewPeriod ticks after this
 * call. */
#define xTimerChangePeriod(xTimer, xNewPeriod, xTicksToWait)                                     \
    xTimerGenericCommand((xTimer), tmrCOMMAND_CHANGE_PERIOD, (xNewPeriod), NULL, (xTicksToWait))

/* Deletes the timer (the daemon frees it; do not use the handle afterwards). */
#define xTimerDelete(xTimer, xTicksToWait)                                                       \
    xTimerGenericCommand((xTimer), tmrCOMMAND_DELETE, 0U, NULL, (xTicksToWait))

/* Restarts the timer (starts it if dormant): it expires a period after this call. */
#define xTimerReset(xTimer, xTicksToWait)                                                        \
    xTimerGenericCommand((xTimer), tmrCOMMAND_RESET, (xTaskGetTickCount()), NULL, (xTicksToWait))

#define xTimerStartFromISR(xTimer, pxHigherPriorityTaskWoken)                                    \
    xTimerGenericCommand((xTimer), tmrCOMMAND_START_FROM_ISR, (xTaskGetTickCountFromISR()),      \
                         (pxHigherPriorityTaskWoken), 0U)
#define xTimerStopFromISR(xTimer, pxHigherPriorityTaskWoken)                                     \
    xTimerGenericCommand((xTimer), tmrCOMMAND_STOP_FROM_ISR, 0, (pxHigherPriorityTaskWoken), 0U)
#define xTimerChangePeriodFromISR(xTimer, xNewPeriod, pxHigherPriorityTaskWoken)                 \
    xTimerGenericCommand((xTimer), tmrCOMMAND_CHANGE_PERIOD_FROM_ISR, (xNewPeriod),              \
                         (pxHigherPriorityTaskWoken), 0U)
#define xTimerResetFromISR(xTimer, pxHigherPriorityTaskWoken)                                    \
    xTimerGenericCommand((xTimer), tmrCOMMAND_RESET_FROM_ISR, (xTaskGetTickCountFromISR()),      \
                         (pxHigherPriorityTaskWoken), 0U)

#if (INCLUDE_xTimerPendFunctionCall == 1)
/* Has the daemon call xFunctionToPend(pvParameter1, ulParameter2), after the commands
 * already queued: deferred interrupt handling. Returns pdPASS once queued, pdFAIL if the
 * queue is full (or the function is NULL). Never waits. */
BaseType_t xTimerPendFunctionCallFromISR(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                         uint32_t ulParameter2,
                                         BaseType_t *pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* The same from a task, waiting up to xTicksToWait for room in the queue. */
BaseType_t xTimerPendFunctionCall(PendedFunction_t xFunctionToPend, void *pvParameter1,
                                  uint32_t ulParameter2,
                                  TickType_t xTicksToWait) PRIVILEGED_FUNCTION;
#endif

#if (configUSE_TRACE_FACILITY == 1)
/* A number for trace tools. */
void vTimerSetTimerNumber(TimerHandle_t xTimer, UBaseType_t uxTimerNumber) PRIVILEGED_FUNCTION;
UBaseType_t uxTimerGetTimerNumber(TimerHandle_t xTimer) PRIVILEGED_FUNCTION;
#endif

/* ---- Application hooks ---- */

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* Supplies the daemon's control block and stack (in words). The kernel provides it when
 * configKERNEL_PROVIDED_STATIC_MEMORY is 1 (stack of configTIMER_TASK_STACK_DEPTH). */
void vApplicationGetTimerTaskMemory(StaticTask_t **ppxTimerTaskTCBBuffer,
                                    StackType_t **ppxTimerTaskStackBuffer,
                                    configSTACK_DEPTH_TYPE *puxTimerTaskStackSize);
#endif

#if (configUSE_DAEMON_TASK_STARTUP_HOOK == 1)
/* Called once by the daemon when it first runs, before it handles any timer: the place
 * for initialisation that needs the scheduler running. */
void vApplicationDaemonTaskStartupHook(void);
#endif

#ifdef __cplusplus
}
#endif

#endif /* TIMERS_H */
