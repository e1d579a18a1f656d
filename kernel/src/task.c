/*
 * task.c - the life of a task: creation (heap or caller memory), deletion, suspension,
 * priorities, and per-task application data (names, tags, thread-local pointers).
 * Relies on sched.c (ready rings), tick.c and wait.c (taking a task out of a wait).
 */
#include "kernel.h"

#include <string.h>

KERNEL_STATIC_ASSERT(static_task_fits, sizeof(StaticTask_t) >= sizeof(TCB_t));

/* Fewer words than this cannot hold a port's initial frame and a useful call. */
#ifndef portMINIMUM_TASK_STACK_WORDS
#define portMINIMUM_TASK_STACK_WORDS 32U
#endif

#define STACK_FILL_BYTE 0xa5U

#if (configCHECK_FOR_STACK_OVERFLOW > 1) || (configUSE_TRACE_FACILITY == 1) ||                    \
    (INCLUDE_uxTaskGetStackHighWaterMark == 1) || (INCLUDE_uxTaskGetStackHighWaterMark2 == 1)
#define FILL_STACKS 1
#else
#define FILL_STACKS 0
#endif

static BaseType_t arguments_valid(TaskFunction_t code, configSTACK_DEPTH_TYPE depth)
{
    return (code != NULL && depth >= portMINIMUM_TASK_STACK_WORDS) ? pdTRUE : pdFALSE;
}

static void init_task(TCB_t *t, TaskFunction_t code, const char *name,
                      configSTACK_DEPTH_TYPE depth, void *params, UBaseType_t priority,
                      StackType_t *stack, uint8_t heap_parts)
{
    StackType_t *top;
    size_t i;

    memset(t, 0, sizeof *t);
    t->stack = stack;
    t->heap_parts = heap_parts;
#if (FILL_STACKS == 1)
    memset(stack, (int)STACK_FILL_BYTE, (size_t)depth * sizeof(StackType_t));
#endif
#if (portSTACK_GROWTH < 0)
    top = &stack[depth - 1U];
    top = (StackType_t *)(void *)((portPOINTER_SIZE_TYPE)top &
                                  ~((portPOINTER_SIZE_TYPE)portBYTE_ALIGNMENT_MASK));
#if (configRECORD_STACK_HIGH_ADDRESS == 1)
    t->stack_end = top;
#endif
#else
    top = stack;
    t->stack_end = &stack[depth - 1U];
#endif

    if (name != NULL)
    {
        for (i = 0; i < (size_t)configMAX_TASK_NAME_LEN - 1U && name[i] != '\0'; i++)
        {
            t->name[i] = name[i];
        }
    }
    priority &= ~portPRIVILEGE_BIT;
    if (priority >= (UBaseType_t)configMAX_PRIORITIES)
    {
        priority = (UBaseType_t)configMAX_PRIORITIES - 1U;
    }
    t->priority = priority;
    t->base_priority = priority;
    portSETUP_TCB(t);

#if (portHAS_STACK_OVERFLOW_CHECKING == 1)
#if (portSTACK_GROWTH < 0)
    t->pxTopOfStack = pxPortInitialiseStack(top, stack, code, params);
#else
    t->pxTopOfStack = pxPortInitialiseStack(top, t->stack_end, code, params);
#endif
#else
    t->pxTopOfStack = pxPortInitialiseStack(top, code, params);
#endif
}

/* Makes a newly initialised task known to the scheduler and ready. */
static void add_new_task(TCB_t *t)
{
    UBaseType_t saved = kernel_mask();
    TCB_t **end = &kernel.all_tasks;

    /* Kept in creation order, so task listings read naturally. */
    while (*end != NULL)
    {
        end = &(*end)->all_next;
    }
    *end = t;
    kernel.task_count++;
#if (configUSE_TRACE_FACILITY == 1)
    t->tcb_number = ++kernel.next_tcb_number;
#endif
    if (kernel.ready_index[0] == NULL)
    {
        UBaseType_t p;
        for (p = 0; p < (UBaseType_t)configMAX_PRIORITIES; p++)
        {
            list_init(&kernel.ready_end[p]);
            kernel.ready_index[p] = &kernel.ready_end[p];
        }
    }
    if (!kernel.running)
    {
        /* Until the scheduler starts, the current task is the last created of the
         * highest priority: that is the one vTaskStartScheduler() runs first. */
        if (pxCurrentTCB == NULL || t->priority >= pxCurrentTCB->priority)
        {
            pxCurrentTCB = t;
        }
        (void)sched_make_ready(t);
    }
    else if (sched_make_ready(t) && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
    traceTASK_CREATE(t);
    kernel_unmask(saved);
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
BaseType_t xTaskCreate(TaskFunction_t pxTaskCode, const char *const pcName,
                       const configSTACK_DEPTH_TYPE uxStackDepth, void *const pvParameters,
                       UBaseType_t uxPriority, TaskHandle_t *const pxCreatedTask)
{
    StackType_t *stack;
    TCB_t *t;

    traceENTER_xTaskCreate(pxTaskCode, pcName, uxStackDepth, pvParameters, uxPriority,
                           pxCreatedTask);
    if (!arguments_valid(pxTaskCode, uxStackDepth))
    {
        traceRETURN_xTaskCreate(pdFAIL);
        return pdFAIL;
    }
    if ((size_t)uxStackDepth > SIZE_MAX / sizeof(StackType_t))
    {
        traceRETURN_xTaskCreate(errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY);
        return errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY;
    }
    /* Stack first, then the TCB, so that a downward-growing stack overflowing runs into
     * free memory or other stacks before it reaches its own control block. */
    stack = pvPortMallocStack((size_t)uxStackDepth * sizeof(StackType_t));
    if (stack == NULL)
    {
        traceTASK_CREATE_FAILED();
        traceRETURN_xTaskCreate(errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY);
        return errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY;
    }
    t = pvPortMalloc(sizeof(TCB_t));
    if (t == NULL)
    {
        vPortFreeStack(stack);
        traceTASK_CREATE_FAILED();
        traceRETURN_xTaskCreate(errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY);
        return errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY;
    }
    init_task(t, pxTaskCode, pcName, uxStackDepth, pvParameters, uxPriority, stack,
              TASK_HEAP_TCB | TASK_HEAP_STACK);
    if (pxCreatedTask != NULL)
    {
        *pxCreatedTask = (TaskHandle_t)t;
    }
    add_new_task(t);
    traceRETURN_xTaskCreate(pdPASS);
    return pdPASS;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
TaskHandle_t xTaskCreateStatic(TaskFunction_t pxTaskCode, const char *const pcName,
                               const configSTACK_DEPTH_TYPE uxStackDepth,
                               void *const pvParameters, UBaseType_t uxPriority,
                               StackType_t *const puxStackBuffer, StaticTask_t *const pxTaskBuffer)
{
    TCB_t *t = (TCB_t *)(void *)pxTaskBuffer;

    traceENTER_xTaskCreateStatic(pxTaskCode, pcName, uxStackDepth, pvParameters, uxPriority,
                                 puxStackBuffer, pxTaskBuffer);
    if (puxStackBuffer == NULL || pxTaskBuffer == NULL ||
        !arguments_valid(pxTaskCode, uxStackDepth))
    {
        traceRETURN_xTaskCreateStatic(NULL);
        return NULL;
    }
    init_task(t, pxTaskCode, pcName, uxStackDepth, pvParameters, uxPriority, puxStackBuffer, 0U);
    add_new_task(t);
    traceRETURN_xTaskCreateStatic(t);
    return (TaskHandle_t)t;
}

BaseType_t xTaskGetStaticBuffers(TaskHandle_t xTask, StackType_t **ppuxStackBuffer,
                                 StaticTask_t **ppxTaskBuffer)
{
    TCB_t *t = (TCB_t *)xTask;

    traceENTER_xTaskGetStaticBuffers(xTask, ppuxStackBuffer, ppxTaskBuffer);
    if (t == NULL || ppuxStackBuffer == NULL || ppxTaskBuffer == NULL)
    {
        traceRETURN_xTaskGetStaticBuffers(pdFALSE);
        return pdFALSE;
    }
    if ((t->heap_parts & TASK_HEAP_TCB) != 0U)
    {
        traceRETURN_xTaskGetStaticBuffers(pdFALSE);
        return pdFALSE;
    }
    *ppuxStackBuffer = t->stack;
    *ppxTaskBuffer = (StaticTask_t *)(void *)t;
    traceRETURN_xTaskGetStaticBuffers(pdTRUE);
    return pdTRUE;
}
#endif

/* ---- Deletion ---- */

void task_free(TCB_t *t)
{
    portCLEAN_UP_TCB(t);
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    if ((t->heap_parts & TASK_HEAP_STACK) != 0U)
    {
        vPortFreeStack(t->stack);
    }
    if ((t->heap_parts & TASK_HEAP_TCB) != 0U)
    {
        vPortFree(t);
    }
#endif
}

static void forget(TCB_t *t)
{
    TCB_t **p = &kernel.all_tasks;

    while (*p != NULL && *p != t)
    {
        p = &(*p)->all_next;
    }
    if (*p == t)
    {
        *p = t->all_next;
    }
    kernel.task_count--;
}

void task_reap_terminated(void)
{
    for (;;)
    {
        TCB_t *t = NULL;
        UBaseType_t saved = kernel_mask();
        if (!list_empty(&kernel.terminated))
        {
            t = LINK_OWNER(kernel.terminated.next, TCB_t, sched);
            link_remove(&t->sched);
            forget(t);
            kernel.deleted_waiting--;
        }
        kernel_unmask(saved);
        if (t == NULL)
        {
            return;
        }
        task_free(t);
    }
}

/* Takes t out of whatever it is in: ready ring, delayed list, wait list. */
static void detach(TCB_t *t)
{
    if (t->state == TASK_READY)
    {
        sched_remove_ready(t);
    }
    else
    {
        tick_cancel_timeout(t);
        if (t->waiting_on != NULL)
        {
            wait_remove(t);
        }
    }
}

/* vTaskDelete()'s trace hooks, only where this is vTaskDelete() (see kernel.h). */
#if (INCLUDE_vTaskDelete == 1)
#define trace_enter_delete(task) traceENTER_vTaskDelete(task)
#define trace_return_delete()    traceRETURN_vTaskDelete()
#else
#define trace_enter_delete(task)
#define trace_return_delete()
#endif

/* Also how vTaskEndScheduler() ends every task, whatever INCLUDE_vTaskDelete says. */
void task_delete(TaskHandle_t xTaskToDelete)
{
    TCB_t *t;
    UBaseType_t saved;

    trace_enter_delete(xTaskToDelete);
    saved = kernel_mask();
    t = task_or_current(xTaskToDelete);
    if (t == NULL || t->state == TASK_DELETED)
    {
        kernel_unmask(saved);
        trace_return_delete();
        return;
    }
    traceTASK_DELETE(t);
    detach(t);
#if (configUSE_MUTEXES == 1)
    mutex_abandon_all(t);
#endif
    if (t == kernel.idle_task)
    {
        kernel.idle_task = NULL;
    }
    t->state = TASK_DELETED;
    if (t == pxCurrentTCB && kernel.running)
    {
        /* Still running on its stack: the idle task (or the end of the scheduler) frees it.
         * Until then it is still counted and listed, in the deleted state, as in FreeRTOS. */
        link_insert_before(&kernel.terminated, &t->sched);
        kernel.deleted_waiting++;
        portPRE_TASK_DELETE_HOOK(t, &kernel.yield_pending);
        configASSERT(kernel.suspended == 0U);
        sched_request_switch();
        kernel_unmask(saved);
        /* After the switch, as in FreeRTOS: not reached unless the switch cannot happen yet
         * (vTaskEndScheduler() deleting the running task with interrupts disabled). */
        trace_return_delete();
        return;
    }
    forget(t);
    if (t == pxCurrentTCB)
    {
        /* Before the scheduler starts: another task becomes the first to run. */
        pxCurrentTCB = NULL;
        for (TCB_t *o = kernel.all_tasks; o != NULL; o = o->all_next)
        {
            if (o->state == TASK_READY && (pxCurrentTCB == NULL || o->priority > pxCurrentTCB->priority))
            {
                pxCurrentTCB = o;
            }
        }
    }
    kernel_unmask(saved);
    task_free(t);
    trace_return_delete();
}

/* ---- Suspension ---- */

#if (INCLUDE_vTaskSuspend == 1)
void vTaskSuspend(TaskHandle_t xTaskToSuspend)
{
    TCB_t *t;
    UBaseType_t saved;
    UBaseType_t i;

    traceENTER_vTaskSuspend(xTaskToSuspend);
    saved = kernel_mask();
    t = task_or_current(xTaskToSuspend);
    if (t == NULL || t->state == TASK_DELETED || t->state == TASK_SUSPENDED)
    {
        kernel_unmask(saved);
        traceRETURN_vTaskSuspend();
        return;
    }
    traceTASK_SUSPEND(t);
    detach(t);
    t->state = TASK_SUSPENDED;
    for (i = 0; i < configTASK_NOTIFICATION_ARRAY_ENTRIES; i++)
    {
        /* A suspended task stops waiting for notifications too. */
        if (t->notify_state[i] == 1U)
        {
            t->notify_state[i] = 0U;
        }
    }
    if (t == pxCurrentTCB && kernel.running)
    {
        configASSERT(kernel.suspended == 0U);
        sched_request_switch();
    }
    kernel_unmask(saved);
    traceRETURN_vTaskSuspend();
}

static BaseType_t resume(TCB_t *t)
{
    if (t == NULL || t == pxCurrentTCB || t->state != TASK_SUSPENDED)
    {
        return pdFALSE;
    }
    return sched_make_ready(t);
}

void vTaskResume(TaskHandle_t xTaskToResume)
{
    UBaseType_t saved;
    TCB_t *t = (TCB_t *)xTaskToResume;

    traceENTER_vTaskResume(xTaskToResume);
    saved = kernel_mask();
    if (t != NULL && t->state == TASK_SUSPENDED)
    {
        traceTASK_RESUME(t);
    }
    if (resume(t) && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
    kernel_unmask(saved);
    traceRETURN_vTaskResume();
}

#if (INCLUDE_xTaskResumeFromISR == 1)
BaseType_t xTaskResumeFromISR(TaskHandle_t xTaskToResume)
{
    UBaseType_t saved;
    BaseType_t yield = pdFALSE;

    traceENTER_xTaskResumeFromISR(xTaskToResume);
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    if (resume((TCB_t *)xTaskToResume))
    {
        traceTASK_RESUME_FROM_ISR(xTaskToResume);
        if (kernel.suspended == 0U)
        {
            yield = pdTRUE;
        }
        /* Remembered too, in case the ISR does not yield (FreeRTOS V11 behaviour). */
        kernel.yield_pending = pdTRUE;
    }
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_xTaskResumeFromISR(yield);
    return yield;
}
#endif
#endif /* INCLUDE_vTaskSuspend */

/* ---- Priorities ---- */

#if (INCLUDE_uxTaskPriorityGet == 1)
UBaseType_t uxTaskPriorityGet(const TaskHandle_t xTask)
{
    UBaseType_t saved;
    UBaseType_t p;

    traceENTER_uxTaskPriorityGet(xTask);
    saved = kernel_mask();
    p = task_or_current(xTask)->priority;
    kernel_unmask(saved);
    traceRETURN_uxTaskPriorityGet(p);
    return p;
}

UBaseType_t uxTaskPriorityGetFromISR(const TaskHandle_t xTask)
{
    UBaseType_t saved;
    UBaseType_t p;

    traceENTER_uxTaskPriorityGetFromISR(xTask);
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    p = task_or_current(xTask)->priority;
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_uxTaskPriorityGetFromISR(p);
    return p;
}

UBaseType_t uxTaskBasePriorityGet(const TaskHandle_t xTask)
{
    UBaseType_t saved;
    UBaseType_t p;

    traceENTER_uxTaskBasePriorityGet(xTask);
    saved = kernel_mask();
    p = task_or_current(xTask)->base_priority;
    kernel_unmask(saved);
    traceRETURN_uxTaskBasePriorityGet(p);
    return p;
}

UBaseType_t uxTaskBasePriorityGetFromISR(const TaskHandle_t xTask)
{
    UBaseType_t saved;
    UBaseType_t p;

    traceENTER_uxTaskBasePriorityGetFromISR(xTask);
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    p = task_or_current(xTask)->base_priority;
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_uxTaskBasePriorityGetFromISR(p);
    return p;
}
#endif

#if (INCLUDE_vTaskPrioritySet == 1)
void vTaskPrioritySet(TaskHandle_t xTask, UBaseType_t uxNewPriority)
{
    UBaseType_t saved;
    TCB_t *t;
    UBaseType_t effective;

    traceENTER_vTaskPrioritySet(xTask, uxNewPriority);
    saved = kernel_mask();
    t = task_or_current(xTask);
    if (t == NULL || t->state == TASK_DELETED)
    {
        kernel_unmask(saved);
        traceRETURN_vTaskPrioritySet();
        return;
    }
    uxNewPriority &= ~portPRIVILEGE_BIT;
    if (uxNewPriority >= (UBaseType_t)configMAX_PRIORITIES)
    {
        uxNewPriority = (UBaseType_t)configMAX_PRIORITIES - 1U;
    }
    traceTASK_PRIORITY_SET(t, uxNewPriority);
    t->base_priority = uxNewPriority;
    effective = uxNewPriority;
#if (configUSE_MUTEXES == 1)
    {
        /* A mutex holder keeps what its waiters need. */
        UBaseType_t inherited = mutex_inherited_priority(t);
        if (inherited > effective)
        {
            effective = inherited;
        }
    }
#endif
    if (sched_set_effective_priority(t, effective) && configUSE_PREEMPTION && kernel.running)
    {
        sched_request_switch();
    }
    kernel_unmask(saved);
    traceRETURN_vTaskPrioritySet();
}
#endif

/* ---- Names and handles ---- */

UBaseType_t uxTaskGetNumberOfTasks(void)
{
    UBaseType_t count;

    traceENTER_uxTaskGetNumberOfTasks();
    count = kernel.task_count;
    traceRETURN_uxTaskGetNumberOfTasks(count);
    return count;
}

char *pcTaskGetName(TaskHandle_t xTaskToQuery)
{
    TCB_t *t;
    char *name;

    traceENTER_pcTaskGetName(xTaskToQuery);
    t = task_or_current(xTaskToQuery);
    name = t != NULL ? t->name : NULL;
    traceRETURN_pcTaskGetName(name);
    return name;
}

#if (INCLUDE_xTaskGetHandle == 1)
TaskHandle_t xTaskGetHandle(const char *pcNameToQuery)
{
    TCB_t *t;
    TCB_t *found = NULL;

    traceENTER_xTaskGetHandle(pcNameToQuery);
    if (pcNameToQuery == NULL)
    {
        traceRETURN_xTaskGetHandle(NULL);
        return NULL;
    }
    vTaskSuspendAll();
    for (t = kernel.all_tasks; t != NULL && found == NULL; t = t->all_next)
    {
        if (strncmp(t->name, pcNameToQuery, configMAX_TASK_NAME_LEN - 1) == 0 &&
            (strlen(pcNameToQuery) < (size_t)configMAX_TASK_NAME_LEN))
        {
            found = t;
        }
    }
    (void)xTaskResumeAll();
    traceRETURN_xTaskGetHandle(found);
    return (TaskHandle_t)found;
}
#endif

TaskHandle_t xTaskGetCurrentTaskHandle(void)
{
    TaskHandle_t current;

    traceENTER_xTaskGetCurrentTaskHandle();
    current = (TaskHandle_t)pxCurrentTCB;
    traceRETURN_xTaskGetCurrentTaskHandle(current);
    return current;
}

TaskHandle_t xTaskGetCurrentTaskHandleForCore(BaseType_t xCoreID)
{
    TaskHandle_t current;

    traceENTER_xTaskGetCurrentTaskHandleForCore(xCoreID);
    current = xCoreID == 0 ? (TaskHandle_t)pxCurrentTCB : NULL;
    traceRETURN_xTaskGetCurrentTaskHandleForCore(current);
    return current;
}

/* ---- Application data attached to tasks ---- */

#if (configUSE_APPLICATION_TASK_TAG == 1)
void vTaskSetApplicationTaskTag(TaskHandle_t xTask, TaskHookFunction_t pxHookFunction)
{
    UBaseType_t saved;

    traceENTER_vTaskSetApplicationTaskTag(xTask, pxHookFunction);
    saved = kernel_mask();
    task_or_current(xTask)->tag = pxHookFunction;
    kernel_unmask(saved);
    traceRETURN_vTaskSetApplicationTaskTag();
}

TaskHookFunction_t xTaskGetApplicationTaskTag(TaskHandle_t xTask)
{
    UBaseType_t saved;
    TaskHookFunction_t tag;

    traceENTER_xTaskGetApplicationTaskTag(xTask);
    saved = kernel_mask();
    tag = task_or_current(xTask)->tag;
    kernel_unmask(saved);
    traceRETURN_xTaskGetApplicationTaskTag(tag);
    return tag;
}

TaskHookFunction_t xTaskGetApplicationTaskTagFromISR(TaskHandle_t xTask)
{
    UBaseType_t saved;
    TaskHookFunction_t tag;

    traceENTER_xTaskGetApplicationTaskTagFromISR(xTask);
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    tag = task_or_current(xTask)->tag;
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_xTaskGetApplicationTaskTagFromISR(tag);
    return tag;
}

BaseType_t xTaskCallApplicationTaskHook(TaskHandle_t xTask, void *pvParameter)
{
    TCB_t *t;
    BaseType_t result = pdFAIL;

    traceENTER_xTaskCallApplicationTaskHook(xTask, pvParameter);
    t = task_or_current(xTask);
    if (t != NULL && t->tag != NULL)
    {
        result = t->tag(pvParameter);
    }
    traceRETURN_xTaskCallApplicationTaskHook(result);
    return result;
}
#endif

#if (configNUM_THREAD_LOCAL_STORAGE_POINTERS > 0)
void vTaskSetThreadLocalStoragePointer(TaskHandle_t xTaskToSet, BaseType_t xIndex, void *pvValue)
{
    traceENTER_vTaskSetThreadLocalStoragePointer(xTaskToSet, xIndex, pvValue);
    if (xIndex >= 0 && xIndex < configNUM_THREAD_LOCAL_STORAGE_POINTERS)
    {
        task_or_current(xTaskToSet)->tls[xIndex] = pvValue;
    }
    traceRETURN_vTaskSetThreadLocalStoragePointer();
}

void *pvTaskGetThreadLocalStoragePointer(TaskHandle_t xTaskToQuery, BaseType_t xIndex)
{
    void *value = NULL;

    traceENTER_pvTaskGetThreadLocalStoragePointer(xTaskToQuery, xIndex);
    if (xIndex >= 0 && xIndex < configNUM_THREAD_LOCAL_STORAGE_POINTERS)
    {
        value = task_or_current(xTaskToQuery)->tls[xIndex];
    }
    traceRETURN_pvTaskGetThreadLocalStoragePointer(value);
    return value;
}
#endif

#if (configUSE_TRACE_FACILITY == 1)
UBaseType_t uxTaskGetTaskNumber(TaskHandle_t xTask)
{
    UBaseType_t number;

    traceENTER_uxTaskGetTaskNumber(xTask);
    number = xTask != NULL ? ((TCB_t *)xTask)->task_number : 0U;
    traceRETURN_uxTaskGetTaskNumber(number);
    return number;
}

void vTaskSetTaskNumber(TaskHandle_t xTask, const UBaseType_t uxHandle)
{
    traceENTER_vTaskSetTaskNumber(xTask, uxHandle);
    if (xTask != NULL)
    {
        ((TCB_t *)xTask)->task_number = uxHandle;
    }
    traceRETURN_vTaskSetTaskNumber();
}
#endif
