/*
 * notify.c - direct-to-task notifications: each task has configTASK_NOTIFICATION_ARRAY_ENTRIES
 * slots of a 32-bit value and a state. The lightest way to signal a task; relies on
 * tick.c to block and wake.
 */
#include "kernel.h"

enum notify_state
{
    NOT_WAITING = 0,
    WAITING = 1,
    RECEIVED = 2
};

/* The task and ISR forms of xTaskGenericNotify: applies eAction to the slot, wakes the task
 * if it waited (woken: NULL from a task, see sched_isr_woken()). pdFAIL for bad arguments, or when eSetValueWithoutOverwrite finds a notification
 * pending. */
static BaseType_t notify(TaskHandle_t task, UBaseType_t index, uint32_t value, eNotifyAction action,
                         uint32_t *previous, volatile BaseType_t *woken)
{
    TCB_t *t = (TCB_t *)task;
    BaseType_t result = pdPASS;
    UBaseType_t saved;
    uint8_t old_state;
    uint32_t v;

    if (t == NULL || index >= configTASK_NOTIFICATION_ARRAY_ENTRIES ||
        (unsigned)action > (unsigned)eSetValueWithoutOverwrite)
    {
        return pdFAIL;
    }
    if (woken != NULL)
    {
        portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
        traceTASK_NOTIFY_FROM_ISR(index);
    }
    else
    {
        traceTASK_NOTIFY(index);
    }
    saved = kernel_mask();
    old_state = t->notify_state[index];
    v = t->notify_value[index];
    if (previous != NULL)
    {
        *previous = v;
    }
    switch (action)
    {
        case eSetBits:
            v |= value;
            break;
        case eIncrement:
            v++;
            break;
        case eSetValueWithoutOverwrite:
            if (old_state == RECEIVED)
            {
                result = pdFAIL;
                break;
            }
            v = value;
            break;
        case eSetValueWithOverwrite:
            v = value;
            break;
        default:
            break;
    }
    t->notify_value[index] = v;
    t->notify_state[index] = RECEIVED;
    if (old_state == WAITING && tick_wake(t, WAKE_EVENT))
    {
        sched_preempt(woken);
    }
    kernel_unmask(saved);
    return result;
}

BaseType_t xTaskGenericNotify(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                              uint32_t ulValue, eNotifyAction eAction,
                              uint32_t *pulPreviousNotificationValue)
{
    BaseType_t result;

    traceENTER_xTaskGenericNotify(xTaskToNotify, uxIndexToNotify, ulValue, eAction,
                                  pulPreviousNotificationValue);
    result = notify(xTaskToNotify, uxIndexToNotify, ulValue, eAction, pulPreviousNotificationValue,
                    NULL);
    traceRETURN_xTaskGenericNotify(result);
    return result;
}

BaseType_t xTaskGenericNotifyFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                     uint32_t ulValue, eNotifyAction eAction,
                                     uint32_t *pulPreviousNotificationValue,
                                     BaseType_t *pxHigherPriorityTaskWoken)
{
    BaseType_t result;

    traceENTER_xTaskGenericNotifyFromISR(xTaskToNotify, uxIndexToNotify, ulValue, eAction,
                                         pulPreviousNotificationValue, pxHigherPriorityTaskWoken);
    result = notify(xTaskToNotify, uxIndexToNotify, ulValue, eAction, pulPreviousNotificationValue,
                    sched_isr_woken(pxHigherPriorityTaskWoken));
    traceRETURN_xTaskGenericNotifyFromISR(result);
    return result;
}

void vTaskGenericNotifyGiveFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                   BaseType_t *pxHigherPriorityTaskWoken)
{
    TCB_t *t = (TCB_t *)xTaskToNotify;
    UBaseType_t saved;
    uint8_t old_state;

    traceENTER_vTaskGenericNotifyGiveFromISR(xTaskToNotify, uxIndexToNotify,
                                             pxHigherPriorityTaskWoken);
    if (t == NULL || uxIndexToNotify >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        traceRETURN_vTaskGenericNotifyGiveFromISR();
        return;
    }
    /* The commonest interrupt-to-task signal: written out rather than through notify(). */
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    traceTASK_NOTIFY_GIVE_FROM_ISR(uxIndexToNotify);
    old_state = t->notify_state[uxIndexToNotify];
    t->notify_value[uxIndexToNotify]++;
    t->notify_state[uxIndexToNotify] = RECEIVED;
    if (old_state == WAITING)
    {
        sched_yield_from_isr(tick_wake(t, WAKE_EVENT), pxHigherPriorityTaskWoken);
    }
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_vTaskGenericNotifyGiveFromISR();
}

uint32_t ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit,
                                 TickType_t xTicksToWait)
{
    TCB_t *self = pxCurrentTCB;
    UBaseType_t saved;
    uint32_t value;

    traceENTER_ulTaskGenericNotifyTake(uxIndexToWaitOn, xClearCountOnExit, xTicksToWait);
    if (uxIndexToWaitOn >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        traceRETURN_ulTaskGenericNotifyTake(0);
        return 0;
    }
    saved = kernel_mask();
    if (self->notify_value[uxIndexToWaitOn] == 0U && xTicksToWait > 0U)
    {
        self->notify_state[uxIndexToWaitOn] = WAITING;
        traceTASK_NOTIFY_TAKE_BLOCK(uxIndexToWaitOn);
        tick_block_current(xTicksToWait);
        kernel_unmask(saved); /* runs other tasks until notified or timed out */
        saved = kernel_mask();
    }
    traceTASK_NOTIFY_TAKE(uxIndexToWaitOn);
    value = self->notify_value[uxIndexToWaitOn];
    if (value != 0U)
    {
        self->notify_value[uxIndexToWaitOn] = xClearCountOnExit != pdFALSE ? 0U : value - 1U;
    }
    self->notify_state[uxIndexToWaitOn] = NOT_WAITING;
    kernel_unmask(saved);
    traceRETURN_ulTaskGenericNotifyTake(value);
    return value;
}

BaseType_t xTaskGenericNotifyWait(UBaseType_t uxIndexToWaitOn, uint32_t ulBitsToClearOnEntry,
                                  uint32_t ulBitsToClearOnExit, uint32_t *pulNotificationValue,
                                  TickType_t xTicksToWait)
{
    TCB_t *self = pxCurrentTCB;
    BaseType_t received;
    UBaseType_t saved;

    traceENTER_xTaskGenericNotifyWait(uxIndexToWaitOn, ulBitsToClearOnEntry, ulBitsToClearOnExit,
                                      pulNotificationValue, xTicksToWait);
    if (uxIndexToWaitOn >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        traceRETURN_xTaskGenericNotifyWait(pdFALSE);
        return pdFALSE;
    }
    saved = kernel_mask();
    if (self->notify_state[uxIndexToWaitOn] != RECEIVED)
    {
        self->notify_value[uxIndexToWaitOn] &= ~ulBitsToClearOnEntry;
        if (xTicksToWait > 0U)
        {
            self->notify_state[uxIndexToWaitOn] = WAITING;
            traceTASK_NOTIFY_WAIT_BLOCK(uxIndexToWaitOn);
            tick_block_current(xTicksToWait);
            kernel_unmask(saved);
            saved = kernel_mask();
        }
    }
    traceTASK_NOTIFY_WAIT(uxIndexToWaitOn);
    if (pulNotificationValue != NULL)
    {
        *pulNotificationValue = self->notify_value[uxIndexToWaitOn];
    }
    received = self->notify_state[uxIndexToWaitOn] == RECEIVED ? pdTRUE : pdFALSE;
    if (received)
    {
        self->notify_value[uxIndexToWaitOn] &= ~ulBitsToClearOnExit;
    }
    self->notify_state[uxIndexToWaitOn] = NOT_WAITING;
    kernel_unmask(saved);
    traceRETURN_xTaskGenericNotifyWait(received);
    return received;
}

BaseType_t xTaskGenericNotifyStateClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear)
{
    TCB_t *t;
    BaseType_t was_pending = pdFAIL;
    UBaseType_t saved;

    traceENTER_xTaskGenericNotifyStateClear(xTask, uxIndexToClear);
    t = task_or_current(xTask);
    if (t == NULL || uxIndexToClear >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        traceRETURN_xTaskGenericNotifyStateClear(pdFAIL);
        return pdFAIL;
    }
    saved = kernel_mask();
    if (t->notify_state[uxIndexToClear] == RECEIVED)
    {
        t->notify_state[uxIndexToClear] = NOT_WAITING;
        was_pending = pdPASS;
    }
    kernel_unmask(saved);
    traceRETURN_xTaskGenericNotifyStateClear(was_pending);
    return was_pending;
}

uint32_t ulTaskGenericNotifyValueClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear,
                                       uint32_t ulBitsToClear)
{
    TCB_t *t;
    uint32_t before;
    UBaseType_t saved;

    traceENTER_ulTaskGenericNotifyValueClear(xTask, uxIndexToClear, ulBitsToClear);
    t = task_or_current(xTask);
    if (t == NULL || uxIndexToClear >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        traceRETURN_ulTaskGenericNotifyValueClear(0);
        return 0;
    }
    saved = kernel_mask();
    before = t->notify_value[uxIndexToClear];
    t->notify_value[uxIndexToClear] &= ~ulBitsToClear;
    kernel_unmask(saved);
    traceRETURN_ulTaskGenericNotifyValueClear(before);
    return before;
}
