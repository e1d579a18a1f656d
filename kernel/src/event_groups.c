/*
 * event_groups.c - event groups: bits that tasks set, clear, wait for (any or all) and meet
 * at (sync). Waiters sit in a wait list with what they wait for on their own stack
 * (wait_data); setting bits wakes every waiter it satisfies in one pass under the
 * interrupt mask. Interrupts set or clear bits through the timer daemon (timers.c).
 * Relies on wait.c and tick.c to block and wake.
 */
#include "kernel.h"
#include "event_groups.h"

#include <string.h>

#if (configUSE_EVENT_GROUPS == 1)

typedef struct EventGroupDef_t
{
    EventBits_t bits;
    wait_list_t waiters;
    uint8_t from_heap;
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t number;
#endif
} EventGroup_t;

KERNEL_STATIC_ASSERT(static_event_group_fits, sizeof(StaticEventGroup_t) >= sizeof(EventGroup_t));

/* What a blocked task waits for, on its stack; the setter fills in `seen`. */
struct bits_wait
{
    EventBits_t want;
    EventBits_t seen; /* the bits when the wait was met */
    uint8_t all;
    uint8_t clear;
};

static BaseType_t wait_met(EventBits_t bits, EventBits_t want, uint8_t all)
{
    return all ? ((bits & want) == want) : ((bits & want) != 0U);
}

static BaseType_t bits_valid(EventBits_t bits)
{
    return (bits & (EventBits_t)eventEVENT_BITS_CONTROL_BYTES) == 0U ? pdTRUE : pdFALSE;
}

static void init_group(EventGroup_t *g, uint8_t from_heap)
{
    memset(g, 0, sizeof *g);
    wait_list_init(&g->waiters);
    g->from_heap = from_heap;
    traceEVENT_GROUP_CREATE(g);
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
EventGroupHandle_t xEventGroupCreate(void)
{
    EventGroup_t *g = pvPortMalloc(sizeof *g);

    if (g == NULL)
    {
        traceEVENT_GROUP_CREATE_FAILED();
        return NULL;
    }
    init_group(g, 1U);
    return g;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
EventGroupHandle_t xEventGroupCreateStatic(StaticEventGroup_t *pxEventGroupBuffer)
{
    EventGroup_t *g = (EventGroup_t *)(void *)pxEventGroupBuffer;

    if (g == NULL)
    {
        traceEVENT_GROUP_CREATE_FAILED();
        return NULL;
    }
    init_group(g, 0U);
    return g;
}

BaseType_t xEventGroupGetStaticBuffer(EventGroupHandle_t xEventGroup,
                                      StaticEventGroup_t **ppxEventGroupBuffer)
{
    if (xEventGroup == NULL || ppxEventGroupBuffer == NULL || xEventGroup->from_heap)
    {
        return pdFALSE;
    }
    *ppxEventGroupBuffer = (StaticEventGroup_t *)(void *)xEventGroup;
    return pdTRUE;
}
#endif

void vEventGroupDelete(EventGroupHandle_t xEventGroup)
{
    EventGroup_t *g = xEventGroup;
    UBaseType_t saved;

    if (g == NULL)
    {
        return;
    }
    traceEVENT_GROUP_DELETE(g);
    saved = kernel_mask();
    /* Waiters must not stay on a list that is about to go. */
    if (wait_wake_all(&g->waiters, WAKE_DELETED) && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
    kernel_unmask(saved);
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    if (g->from_heap)
    {
        vPortFree(g);
    }
#endif
}

/* Sets bits and wakes the waiters they satisfy. Every waiter is judged against the same
 * bits; the bits that satisfied waiters asked to clear go only after all were judged.
 * Returns pdTRUE if a woken task outranks the running one. Interrupts masked. */
static BaseType_t set_bits(EventGroup_t *g, EventBits_t set)
{
    EventBits_t clear = 0;
    BaseType_t preempt = pdFALSE;
    link_t *pos = g->waiters.head.next;

    g->bits |= set;
    while (pos != &g->waiters.head)
    {
        TCB_t *t = LINK_OWNER(pos, TCB_t, wait);
        struct bits_wait *w = t->wait_data;

        pos = pos->next; /* waking unlinks t */
        if (wait_met(g->bits, w->want, w->all))
        {
            w->seen = g->bits;
            if (w->clear)
            {
                clear |= w->want;
            }
            if (tick_wake(t, WAKE_EVENT))
            {
                preempt = pdTRUE;
            }
        }
    }
    g->bits &= (EventBits_t)~clear;
    return preempt;
}

/* Blocks the caller on g until `w` is met, for at most ticks (> 0). Returns the bits to
 * report: those seen by the setter, 0 if g was deleted, or on a timeout the bits as they
 * are (clearing them if the wait happens to be met now after all). *met tells whether the
 * wait succeeded. Interrupts are masked on entry and on return; *saved is the mask state
 * to restore meanwhile. */
static EventBits_t block_for_bits(EventGroup_t *g, struct bits_wait *w, TickType_t ticks,
                                  UBaseType_t *saved, BaseType_t *met)
{
    TCB_t *self = pxCurrentTCB;
    EventBits_t result;

    configASSERT(kernel.suspended == 0U);
    self->wait_data = w;
    wait_block_current(&g->waiters, ticks);
    kernel_unmask(*saved); /* other tasks run until this one is woken */
    *saved = kernel_mask();
    self->wait_data = NULL;

    *met = pdFALSE;
    switch (self->wake_reason)
    {
        case WAKE_EVENT:
            result = w->seen; /* already cleared by the setter if asked */
            *met = pdTRUE;
            break;
        case WAKE_DELETED:
            result = 0;
            break;
        default:
            /* Timed out or aborted: the bits may have been set since, by a setter that
             * found this task no longer waiting. */
            result = g->bits;
            if (wait_met(result, w->want, w->all))
            {
                if (w->clear)
                {
                    g->bits &= (EventBits_t)~w->want;
                }
                *met = pdTRUE;
            }
            break;
    }
    return result;
}

EventBits_t xEventGroupWaitBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToWaitFor,
                                const BaseType_t xClearOnExit, const BaseType_t xWaitForAllBits,
                                TickType_t xTicksToWait)
{
    EventGroup_t *g = xEventGroup;
    struct bits_wait w;
    EventBits_t result;
    BaseType_t met = pdFALSE;
    UBaseType_t saved;

    if (g == NULL)
    {
        return 0;
    }
    w.want = uxBitsToWaitFor;
    w.seen = 0;
    w.all = xWaitForAllBits != pdFALSE ? 1U : 0U;
    w.clear = xClearOnExit != pdFALSE ? 1U : 0U;
    saved = kernel_mask();
    result = g->bits;
    if (uxBitsToWaitFor == 0U || !bits_valid(uxBitsToWaitFor))
    {
        kernel_unmask(saved);
        return result;
    }
    if (wait_met(result, w.want, w.all))
    {
        if (w.clear)
        {
            g->bits &= (EventBits_t)~w.want;
        }
        met = pdTRUE;
    }
    else if (xTicksToWait != 0U)
    {
        traceEVENT_GROUP_WAIT_BITS_BLOCK(g, uxBitsToWaitFor);
        result = block_for_bits(g, &w, xTicksToWait, &saved, &met);
    }
    kernel_unmask(saved);
    traceEVENT_GROUP_WAIT_BITS_END(g, uxBitsToWaitFor, met ? pdFALSE : pdTRUE);
    (void)met;
    return result & (EventBits_t) ~(EventBits_t)eventEVENT_BITS_CONTROL_BYTES;
}

EventBits_t xEventGroupSetBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet)
{
    EventGroup_t *g = xEventGroup;
    EventBits_t result;
    UBaseType_t saved;

    if (g == NULL)
    {
        return 0;
    }
    saved = kernel_mask();
    if (bits_valid(uxBitsToSet))
    {
        traceEVENT_GROUP_SET_BITS(g, uxBitsToSet);
        if (set_bits(g, uxBitsToSet) && configUSE_PREEMPTION)
        {
            sched_request_switch();
        }
    }
    result = g->bits;
    kernel_unmask(saved);
    return result;
}

EventBits_t xEventGroupClearBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToClear)
{
    EventGroup_t *g = xEventGroup;
    EventBits_t before;
    UBaseType_t saved;

    if (g == NULL)
    {
        return 0;
    }
    saved = kernel_mask();
    before = g->bits;
    if (bits_valid(uxBitsToClear))
    {
        traceEVENT_GROUP_CLEAR_BITS(g, uxBitsToClear);
        g->bits &= (EventBits_t)~uxBitsToClear;
    }
    kernel_unmask(saved);
    return before;
}

EventBits_t xEventGroupGetBitsFromISR(EventGroupHandle_t xEventGroup)
{
    EventBits_t bits;
    UBaseType_t saved;

    if (xEventGroup == NULL)
    {
        return 0;
    }
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    bits = xEventGroup->bits;
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    return bits;
}

void vEventGroupSetBitsCallback(void *pvEventGroup, uint32_t ulBitsToSet)
{
    (void)xEventGroupSetBits((EventGroupHandle_t)pvEventGroup, (EventBits_t)ulBitsToSet);
}

void vEventGroupClearBitsCallback(void *pvEventGroup, uint32_t ulBitsToClear)
{
    (void)xEventGroupClearBits((EventGroupHandle_t)pvEventGroup, (EventBits_t)ulBitsToClear);
}

#if (configUSE_TIMERS == 1) && (INCLUDE_xTimerPendFunctionCall == 1)
/* Whether bits can travel as the daemon's 32-bit argument. */
static BaseType_t fits_pended(EventBits_t bits)
{
    return ((EventBits_t)(uint32_t)bits == bits && bits_valid(bits)) ? pdTRUE : pdFALSE;
}

BaseType_t xEventGroupSetBitsFromISR(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet,
                                     BaseType_t *pxHigherPriorityTaskWoken)
{
    if (xEventGroup == NULL || !fits_pended(uxBitsToSet))
    {
        return pdFAIL;
    }
    traceEVENT_GROUP_SET_BITS_FROM_ISR(xEventGroup, uxBitsToSet);
    return xTimerPendFunctionCallFromISR(vEventGroupSetBitsCallback, xEventGroup,
                                         (uint32_t)uxBitsToSet, pxHigherPriorityTaskWoken);
}

BaseType_t xEventGroupClearBitsFromISR(EventGroupHandle_t xEventGroup,
                                       const EventBits_t uxBitsToClear)
{
    if (xEventGroup == NULL || !fits_pended(uxBitsToClear))
    {
        return pdFAIL;
    }
    traceEVENT_GROUP_CLEAR_BITS_FROM_ISR(xEventGroup, uxBitsToClear);
    return xTimerPendFunctionCallFromISR(vEventGroupClearBitsCallback, xEventGroup,
                                         (uint32_t)uxBitsToClear, NULL);
}
#endif

EventBits_t xEventGroupSync(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet,
                            const EventBits_t uxBitsToWaitFor, TickType_t xTicksToWait)
{
    EventGroup_t *g = xEventGroup;
    struct bits_wait w;
    EventBits_t before;
    EventBits_t result;
    BaseType_t met = pdFALSE;
    UBaseType_t saved;

    if (g == NULL || uxBitsToWaitFor == 0U || !bits_valid(uxBitsToWaitFor) ||
        !bits_valid(uxBitsToSet))
    {
        return 0;
    }
    saved = kernel_mask();
    before = g->bits;
    if (set_bits(g, uxBitsToSet) && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
    /* Judge by what was set here: a woken waiter may already have cleared some of it. */
    if (((before | uxBitsToSet) & uxBitsToWaitFor) == uxBitsToWaitFor)
    {
        result = before | uxBitsToSet;
        g->bits &= (EventBits_t)~uxBitsToWaitFor;
        met = pdTRUE;
    }
    else if (xTicksToWait != 0U)
    {
        w.want = uxBitsToWaitFor;
        w.seen = 0;
        w.all = 1U;
        w.clear = 1U;
        traceEVENT_GROUP_SYNC_BLOCK(g, uxBitsToSet, uxBitsToWaitFor);
        result = block_for_bits(g, &w, xTicksToWait, &saved, &met);
    }
    else
    {
        result = g->bits;
    }
    kernel_unmask(saved);
    traceEVENT_GROUP_SYNC_END(g, uxBitsToSet, uxBitsToWaitFor, met ? pdFALSE : pdTRUE);
    (void)met;
    return result & (EventBits_t) ~(EventBits_t)eventEVENT_BITS_CONTROL_BYTES;
}

#if (configUSE_TRACE_FACILITY == 1)
UBaseType_t uxEventGroupGetNumber(void *xEventGroup)
{
    return xEventGroup != NULL ? ((EventGroup_t *)xEventGroup)->number : 0U;
}

void vEventGroupSetNumber(void *xEventGroup, UBaseType_t uxEventGroupNumber)
{
    if (xEventGroup != NULL)
    {
        ((EventGroup_t *)xEventGroup)->number = uxEventGroupNumber;
    }
}
#endif

#endif /* configUSE_EVENT_GROUPS == 1 */
