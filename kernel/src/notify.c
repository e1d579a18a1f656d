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

/* Applies eAction to t's slot; returns pdFAIL only when eSetValueWithoutOverwrite finds a
 * notification pending. Interrupts masked. Wakes t if it waited; *preempt reports whether
 * it outranks the running task. */
static BaseType_t deliver(TCB_t *t, UBaseType_t index, uint32_t value, eNotifyAction action,
                          uint32_t *previous, BaseType_t *preempt)
{
    uint8_t old_state = t->notify_state[index];
    BaseType_t result = pdPASS;

    *preempt = pdFALSE;
    if (previous != NULL)
    {
        *previous = t->notify_value[index];
    }
    switch (action)
    {
        case eSetBits:
            t->notify_value[index] |= value;
            break;
        case eIncrement:
            t->notify_value[index]++;
            break;
        case eSetValueWithOverwrite:
            t->notify_value[index] = value;
            break;
        case eSetValueWithoutOverwrite:
            if (old_state == RECEIVED)
            {
                return pdFAIL;
            }
            t->notify_value[index] = value;
            break;
        case eNoAction:
        default:
            break;
    }
    t->notify_state[index] = RECEIVED;
    if (old_state == WAITING)
    {
        *preempt = task_wake_inline(t, WAKE_EVENT);
    }
    return result;
}

static BaseType_t action_valid(eNotifyAction action)
{
    return ((unsigned)action <= (unsigned)eSetValueWithoutOverwrite) ? pdTRUE : pdFALSE;
}

BaseType_t xTaskGenericNotify(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                              uint32_t ulValue, eNotifyAction eAction,
                              uint32_t *pulPreviousNotificationValue)
{
    BaseType_t preempt;
    BaseType_t result;
    UBaseType_t saved;

    if (xTaskToNotify == NULL || uxIndexToNotify >= configTASK_NOTIFICATION_ARRAY_ENTRIES ||
        !action_valid(eAction))
    {
        return pdFAIL;
    }
    saved = kernel_mask();
    traceTASK_NOTIFY(uxIndexToNotify);
    result = deliver((TCB_t *)xTaskToNotify, uxIndexToNotify, ulValue, eAction,
                     pulPreviousNotificationValue, &preempt);
    if (preempt && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
    kernel_unmask(saved);
    return result;
}

BaseType_t xTaskGenericNotifyFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                     uint32_t ulValue, eNotifyAction eAction,
                                     uint32_t *pulPreviousNotificationValue,
                                     BaseType_t *pxHigherPriorityTaskWoken)
{
    BaseType_t preempt;
    BaseType_t result;
    UBaseType_t saved;

    if (xTaskToNotify == NULL || uxIndexToNotify >= configTASK_NOTIFICATION_ARRAY_ENTRIES ||
        !action_valid(eAction))
    {
        return pdFAIL;
    }
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    traceTASK_NOTIFY_FROM_ISR(uxIndexToNotify);
    result = deliver((TCB_t *)xTaskToNotify, uxIndexToNotify, ulValue, eAction,
                     pulPreviousNotificationValue, &preempt);
    sched_yield_from_isr(preempt, pxHigherPriorityTaskWoken);
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    return result;
}

void vTaskGenericNotifyGiveFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                   BaseType_t *pxHigherPriorityTaskWoken)
{
    TCB_t *t = (TCB_t *)xTaskToNotify;
    UBaseType_t saved;
    uint8_t old_state;

    if (t == NULL || uxIndexToNotify >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        return;
    }
    /* The commonest interrupt-to-task signal: written out rather than through deliver(). */
    portASSERT_IF_INTERRUPT_PRIORITY_INVALID();
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    traceTASK_NOTIFY_GIVE_FROM_ISR(uxIndexToNotify);
    old_state = t->notify_state[uxIndexToNotify];
    t->notify_value[uxIndexToNotify]++;
    t->notify_state[uxIndexToNotify] = RECEIVED;
    if (old_state == WAITING)
    {
        sched_yield_from_isr(task_wake_inline(t, WAKE_EVENT), pxHigherPriorityTaskWoken);
    }
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
}

uint32_t ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit,
                                 TickType_t xTicksToWait)
{
    TCB_t *self = pxCurrentTCB;
    UBaseType_t saved;
    uint32_t value;

    if (uxIndexToWaitOn >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
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
    return value;
}

BaseType_t xTaskGenericNotifyWait(UBaseType_t uxIndexToWaitOn, uint32_t ulBitsToClearOnEntry,
                                  uint32_t ulBitsToClearOnExit, uint32_t *pulNotificationValue,
                                  TickType_t xTicksToWait)
{
    TCB_t *self = pxCurrentTCB;
    BaseType_t received;
    UBaseType_t saved;

    if (uxIndexToWaitOn >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
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
    return received;
}

BaseType_t xTaskGenericNotifyStateClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear)
{
    TCB_t *t = task_or_current(xTask);
    BaseType_t was_pending = pdFAIL;
    UBaseType_t saved;

    if (t == NULL || uxIndexToClear >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        return pdFAIL;
    }
    saved = kernel_mask();
    if (t->notify_state[uxIndexToClear] == RECEIVED)
    {
        t->notify_state[uxIndexToClear] = NOT_WAITING;
        was_pending = pdPASS;
    }
    kernel_unmask(saved);
    return was_pending;
}

uint32_t ulTaskGenericNotifyValueClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear,
                                       uint32_t ulBitsToClear)
{
    TCB_t *t = task_or_current(xTask);
    uint32_t before;
    UBaseType_t saved;

    if (t == NULL || uxIndexToClear >= configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        return 0;
    }
    saved = kernel_mask();
    before = t->notify_value[uxIndexToClear];
    t->notify_value[uxIndexToClear] &= ~ulBitsToClear;
    kernel_unmask(saved);
    return before;
}
