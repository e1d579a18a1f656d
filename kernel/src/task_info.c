/*
 * task_info.c - what the kernel can tell about its tasks: state, stack high-water marks,
 * run-time statistics, the system state snapshot and the formatted task tables. Kept apart
 * from task.c so that an application that never asks pays nothing for it.
 */
#include "kernel.h"

#include <stdio.h>
#include <string.h>

#if (INCLUDE_eTaskGetState == 1) || (configUSE_TRACE_FACILITY == 1) ||                             \
    (INCLUDE_xTaskAbortDelay == 1)
eTaskState eTaskGetState(TaskHandle_t xTask)
{
    TCB_t *t = (TCB_t *)xTask;
    eTaskState state;
    UBaseType_t saved;

    traceENTER_eTaskGetState(xTask);
    if (t == NULL)
    {
        traceRETURN_eTaskGetState(eInvalid);
        return eInvalid;
    }
    saved = kernel_mask();
    if (t == pxCurrentTCB && t->state == TASK_READY)
    {
        state = eRunning;
    }
    else
    {
        switch (t->state)
        {
            case TASK_READY:
                state = eReady;
                break;
            case TASK_BLOCKED:
                state = eBlocked;
                break;
            case TASK_SUSPENDED:
                state = eSuspended;
                break;
            case TASK_DELETED:
                state = eDeleted;
                break;
            default:
                state = eInvalid;
                break;
        }
    }
    kernel_unmask(saved);
    traceRETURN_eTaskGetState(state);
    return state;
}
#endif

#if (INCLUDE_uxTaskGetStackHighWaterMark == 1) || (INCLUDE_uxTaskGetStackHighWaterMark2 == 1) ||   \
    (configUSE_TRACE_FACILITY == 1)
/* Ports whose memory checkers object to reading a stack below its stack pointer are told
 * which stretch is about to be read. */
#ifndef portSTACK_SCAN_PREPARE
#define portSTACK_SCAN_PREPARE(low, bytes) ((void)(low), (void)(bytes))
#endif

static configSTACK_DEPTH_TYPE free_stack_words(const TCB_t *t)
{
    const uint8_t *p;
    size_t unused = 0;

#if (portSTACK_GROWTH < 0)
    p = (const uint8_t *)t->stack;
    {
        uint8_t here = 0; /* only its address counts: the top of the running stack */
        const uint8_t *in_use = t == pxCurrentTCB ? &here : (const uint8_t *)t->pxTopOfStack;
        portSTACK_SCAN_PREPARE(p, (size_t)(in_use - p));
    }
    while (p[unused] == 0xa5U)
    {
        unused++;
    }
#else
    p = (const uint8_t *)t->stack_end;
    while (*(p - unused) == 0xa5U)
    {
        unused++;
    }
#endif
    return (configSTACK_DEPTH_TYPE)(unused / sizeof(StackType_t));
}
#endif

#if (INCLUDE_uxTaskGetStackHighWaterMark == 1)
UBaseType_t uxTaskGetStackHighWaterMark(TaskHandle_t xTask)
{
    UBaseType_t words;

    traceENTER_uxTaskGetStackHighWaterMark(xTask);
    words = (UBaseType_t)free_stack_words(task_or_current(xTask));
    traceRETURN_uxTaskGetStackHighWaterMark(words);
    return words;
}
#endif

#if (INCLUDE_uxTaskGetStackHighWaterMark2 == 1)
configSTACK_DEPTH_TYPE uxTaskGetStackHighWaterMark2(TaskHandle_t xTask)
{
    configSTACK_DEPTH_TYPE words;

    traceENTER_uxTaskGetStackHighWaterMark2(xTask);
    words = free_stack_words(task_or_current(xTask));
    traceRETURN_uxTaskGetStackHighWaterMark2(words);
    return words;
}
#endif

#if (configGENERATE_RUN_TIME_STATS == 1) || (configUSE_TRACE_FACILITY == 1)
static configRUN_TIME_COUNTER_TYPE run_time_now(void)
{
#if (configGENERATE_RUN_TIME_STATS == 1)
    configRUN_TIME_COUNTER_TYPE now;
#ifdef portALT_GET_RUN_TIME_COUNTER_VALUE
    portALT_GET_RUN_TIME_COUNTER_VALUE(now);
#else
    now = (configRUN_TIME_COUNTER_TYPE)portGET_RUN_TIME_COUNTER_VALUE();
#endif
    return now;
#else
    return 0;
#endif
}

static configRUN_TIME_COUNTER_TYPE run_time_of(const TCB_t *t)
{
#if (configGENERATE_RUN_TIME_STATS == 1)
    configRUN_TIME_COUNTER_TYPE total = t->run_time;
    if (t == pxCurrentTCB)
    {
        /* Include the slice the running task is in. */
        total += run_time_now() - kernel.switched_in_at;
    }
    return total;
#else
    (void)t;
    return 0;
#endif
}
#endif

#if (configGENERATE_RUN_TIME_STATS == 1)
configRUN_TIME_COUNTER_TYPE ulTaskGetRunTimeCounter(const TaskHandle_t xTask)
{
    configRUN_TIME_COUNTER_TYPE counter;

    traceENTER_ulTaskGetRunTimeCounter(xTask);
    counter = run_time_of(task_or_current(xTask));
    traceRETURN_ulTaskGetRunTimeCounter(counter);
    return counter;
}

static configRUN_TIME_COUNTER_TYPE percent_of(configRUN_TIME_COUNTER_TYPE part)
{
    configRUN_TIME_COUNTER_TYPE total = run_time_now() / 100U;
    return total > 0U ? part / total : 0U;
}

configRUN_TIME_COUNTER_TYPE ulTaskGetRunTimePercent(const TaskHandle_t xTask)
{
    configRUN_TIME_COUNTER_TYPE percent;

    traceENTER_ulTaskGetRunTimePercent(xTask);
    percent = percent_of(run_time_of(task_or_current(xTask)));
    traceRETURN_ulTaskGetRunTimePercent(percent);
    return percent;
}
#endif

#if (configGENERATE_RUN_TIME_STATS == 1) && (INCLUDE_xTaskGetIdleTaskHandle == 1)
configRUN_TIME_COUNTER_TYPE ulTaskGetIdleRunTimeCounter(void)
{
    configRUN_TIME_COUNTER_TYPE counter;

    traceENTER_ulTaskGetIdleRunTimeCounter();
    counter = kernel.idle_task != NULL ? run_time_of(kernel.idle_task) : 0U;
    traceRETURN_ulTaskGetIdleRunTimeCounter(counter);
    return counter;
}

configRUN_TIME_COUNTER_TYPE ulTaskGetIdleRunTimePercent(void)
{
    configRUN_TIME_COUNTER_TYPE percent;

    traceENTER_ulTaskGetIdleRunTimePercent();
    /* Through the public call, which keeps this small: a trace shows
     * ulTaskGetIdleRunTimeCounter() inside. */
    percent = percent_of(ulTaskGetIdleRunTimeCounter());
    traceRETURN_ulTaskGetIdleRunTimePercent(percent);
    return percent;
}
#endif

#if (configUSE_TRACE_FACILITY == 1)
void vTaskGetInfo(TaskHandle_t xTask, TaskStatus_t *pxTaskStatus, BaseType_t xGetFreeStackSpace,
                  eTaskState eState)
{
    TCB_t *t;

    traceENTER_vTaskGetInfo(xTask, pxTaskStatus, xGetFreeStackSpace, eState);
    t = task_or_current(xTask);
    if (t == NULL || pxTaskStatus == NULL)
    {
        traceRETURN_vTaskGetInfo();
        return;
    }
    pxTaskStatus->xHandle = (TaskHandle_t)t;
    pxTaskStatus->pcTaskName = t->name;
    pxTaskStatus->uxCurrentPriority = t->priority;
    pxTaskStatus->uxBasePriority = t->base_priority;
    pxTaskStatus->pxStackBase = t->stack;
#if ((portSTACK_GROWTH > 0) || (configRECORD_STACK_HIGH_ADDRESS == 1))
    pxTaskStatus->pxTopOfStack = (StackType_t *)t->pxTopOfStack;
    pxTaskStatus->pxEndOfStack = t->stack_end;
#endif
    pxTaskStatus->xTaskNumber = t->tcb_number;
    pxTaskStatus->ulRunTimeCounter = run_time_of(t);
    pxTaskStatus->eCurrentState = eState != eInvalid ? eState : eTaskGetState((TaskHandle_t)t);
    if (pxTaskStatus->eCurrentState == eReady && t == pxCurrentTCB)
    {
        pxTaskStatus->eCurrentState = eRunning;
    }
    pxTaskStatus->usStackHighWaterMark = xGetFreeStackSpace != pdFALSE ? free_stack_words(t) : 0U;
#if (configUSE_CORE_AFFINITY == 1)
    pxTaskStatus->uxCoreAffinityMask = tskNO_AFFINITY;
#endif
    traceRETURN_vTaskGetInfo();
}

UBaseType_t uxTaskGetSystemState(TaskStatus_t *const pxTaskStatusArray,
                                 const UBaseType_t uxArraySize,
                                 configRUN_TIME_COUNTER_TYPE *const pulTotalRunTime)
{
    UBaseType_t n = 0;
    TCB_t *t;

    traceENTER_uxTaskGetSystemState(pxTaskStatusArray, uxArraySize, pulTotalRunTime);
    if (pxTaskStatusArray == NULL)
    {
        traceRETURN_uxTaskGetSystemState(0);
        return 0;
    }
    vTaskSuspendAll();
    if (uxArraySize >= kernel.task_count)
    {
        for (t = kernel.all_tasks; t != NULL; t = t->all_next)
        {
            vTaskGetInfo((TaskHandle_t)t, &pxTaskStatusArray[n], pdTRUE, eInvalid);
            n++;
        }
        if (pulTotalRunTime != NULL)
        {
            *pulTotalRunTime = run_time_now();
        }
    }
    (void)xTaskResumeAll();
    traceRETURN_uxTaskGetSystemState(n);
    return n;
}
#endif

#if (configUSE_TRACE_FACILITY == 1) && (configUSE_STATS_FORMATTING_FUNCTIONS > 0) &&               \
    (configSUPPORT_DYNAMIC_ALLOCATION == 1)

/* Appends text to the buffer without overflowing it; returns the new used length. */
static size_t append(char *buf, size_t size, size_t used, const char *text)
{
    size_t n = strlen(text);
    if (used + 1U >= size)
    {
        return used;
    }
    if (n > size - used - 1U)
    {
        n = size - used - 1U;
    }
    memcpy(buf + used, text, n);
    used += n;
    buf[used] = '\0';
    return used;
}

/* The task's name padded with spaces to configMAX_TASK_NAME_LEN - 1, so columns line up. */
static size_t append_name(char *buf, size_t size, size_t used, const char *name)
{
    char padded[configMAX_TASK_NAME_LEN];
    size_t n = strlen(name);
    memcpy(padded, name, n);
    while (n < (size_t)configMAX_TASK_NAME_LEN - 1U)
    {
        padded[n++] = ' ';
    }
    padded[n] = '\0';
    return append(buf, size, used, padded);
}

/* A snapshot of every task, from the heap as in FreeRTOS (it is too large for a task's
 * stack); *count receives how many entries were filled. NULL when out of memory. */
static TaskStatus_t *snapshot(UBaseType_t *count, configRUN_TIME_COUNTER_TYPE *total)
{
    UBaseType_t room = kernel.task_count + 2U; /* tasks created meanwhile */
    TaskStatus_t *tasks = pvPortMalloc(room * sizeof(TaskStatus_t));

    if (tasks != NULL)
    {
        *count = uxTaskGetSystemState(tasks, room, total);
    }
    return tasks;
}

void vTaskListTasks(char *pcWriteBuffer, size_t uxBufferLength)
{
    TaskStatus_t *tasks;
    UBaseType_t n = 0;
    UBaseType_t i;
    size_t used = 0;

    traceENTER_vTaskListTasks(pcWriteBuffer, uxBufferLength);
    if (pcWriteBuffer == NULL || uxBufferLength == 0U)
    {
        traceRETURN_vTaskListTasks();
        return;
    }
    pcWriteBuffer[0] = '\0';
    tasks = snapshot(&n, NULL);
    if (tasks == NULL)
    {
        traceRETURN_vTaskListTasks();
        return;
    }
    for (i = 0; i < n; i++)
    {
        char line[64];
        char status;
        switch (tasks[i].eCurrentState)
        {
            case eRunning:
                status = 'X';
                break;
            case eReady:
                status = 'R';
                break;
            case eBlocked:
                status = 'B';
                break;
            case eSuspended:
                status = 'S';
                break;
            case eDeleted:
                status = 'D';
                break;
            default:
                status = '?';
                break;
        }
        used = append_name(pcWriteBuffer, uxBufferLength, used, tasks[i].pcTaskName);
        (void)snprintf(line, sizeof line, "\t%c\t%u\t%u\t%u\r\n", status,
                       (unsigned int)tasks[i].uxCurrentPriority,
                       (unsigned int)tasks[i].usStackHighWaterMark,
                       (unsigned int)tasks[i].xTaskNumber);
        used = append(pcWriteBuffer, uxBufferLength, used, line);
    }
    vPortFree(tasks);
    traceRETURN_vTaskListTasks();
}

#if (configGENERATE_RUN_TIME_STATS == 1)
void vTaskGetRunTimeStatistics(char *pcWriteBuffer, size_t uxBufferLength)
{
    TaskStatus_t *tasks;
    configRUN_TIME_COUNTER_TYPE total = 0;
    UBaseType_t n = 0;
    UBaseType_t i;
    size_t used = 0;

    traceENTER_vTaskGetRunTimeStatistics(pcWriteBuffer, uxBufferLength);
    if (pcWriteBuffer == NULL || uxBufferLength == 0U)
    {
        traceRETURN_vTaskGetRunTimeStatistics();
        return;
    }
    pcWriteBuffer[0] = '\0';
    tasks = snapshot(&n, &total);
    if (tasks == NULL)
    {
        traceRETURN_vTaskGetRunTimeStatistics();
        return;
    }
    total /= 100U;
    for (i = 0; i < n; i++)
    {
        char line[64];
        unsigned long percent =
            total > 0U ? (unsigned long)(tasks[i].ulRunTimeCounter / total) : 0UL;
        used = append_name(pcWriteBuffer, uxBufferLength, used, tasks[i].pcTaskName);
        if (percent > 0UL)
        {
            (void)snprintf(line, sizeof line, "\t%lu\t\t%lu%%\r\n",
                           (unsigned long)tasks[i].ulRunTimeCounter, percent);
        }
        else
        {
            (void)snprintf(line, sizeof line, "\t%lu\t\t<1%%\r\n",
                           (unsigned long)tasks[i].ulRunTimeCounter);
        }
        used = append(pcWriteBuffer, uxBufferLength, used, line);
    }
    vPortFree(tasks);
    traceRETURN_vTaskGetRunTimeStatistics();
}
#endif
#endif
