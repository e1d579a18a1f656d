/*
 * event_groups.c - event groups: bits that tasks set, clear, wait for (any or all) and meet
 * at (sync). Waiters sit in a wait list with what they wait for on their own stack
 * (wait_data); setting bits wakes every waiter it satisfies in one pass under the
 * interrupt mask. Interrupts set or clear bits through the timer daemon (timers.c).
 * Relies on wait.c and tick.c to block and wake.
 */
#include "kernel.h"
#include "event_groups.h"

#if (configUSE_EVENT_GROUPS == 1)

typedef struct EventGroupDef_t
{
    EventBits_t bits;
    wait_list_t waiters;
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    uint8_t from_heap; /* without static creation, every group is */
#endif
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
    BaseType_t all;   /* as the caller passed them: tested only for being pdFALSE */
    BaseType_t clear;
};

static BaseType_t wait_met(EventBits_t bits, const struct bits_wait *w)
{
    return w->all ? ((bits & w->want) == w->want) : ((bits & w->want) != 0U);
}

static BaseType_t bits_valid(EventBits_t bits)
{
    return (bits & (EventBits_t)eventEVENT_BITS_CONTROL_BYTES) == 0U ? pdTRUE : pdFALSE;
}

static void init_group(EventGroup_t *g, uint8_t from_heap)
{
    g->bits = 0;
    wait_list_init(&g->waiters);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    g->from_heap = from_heap;
#else
    (void)from_heap;
#endif
#if (configUSE_TRACE_FACILITY == 1)
    g->number = 0;
#endif
    traceEVENT_GROUP_CREATE(g);
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
EventGroupHandle_t xEventGroupCreate(void)
{
    EventGroup_t *g;

    traceENTER_xEventGroupCreate();
    g = pvPortMalloc(sizeof *g);
    if (g == NULL)
    {
        traceEVENT_GROUP_CREATE_FAILED();
        traceRETURN_xEventGroupCreate(NULL);
        return NULL;
    }
    init_group(g, 1U);
    traceRETURN_xEventGroupCreate(g);
    return g;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
EventGroupHandle_t xEventGroupCreateStatic(StaticEventGroup_t *pxEventGroupBuffer)
{
    EventGroup_t *g = (EventGroup_t *)(void *)pxEventGroupBuffer;

    traceENTER_xEventGroupCreateStatic(pxEventGroupBuffer);
    if (g == NULL)
    {
        traceEVENT_GROUP_CREATE_FAILED();
        traceRETURN_xEventGroupCreateStatic(NULL);
        return NULL;
    }
    init_group(g, 0U);
    traceRETURN_xEventGroupCreateStatic(g);
    return g;
}

BaseType_t xEventGroupGetStaticBuffer(EventGroupHandle_t xEventGroup,
                                      StaticEventGroup_t **ppxEventGroupBuffer)
{
    traceENTER_xEventGroupGetStaticBuffer(xEventGroup, ppxEventGroupBuffer);
    if (xEventGroup == NULL || ppxEventGroupBuffer == NULL || xEventGroup->from_heap)
    {
        traceRETURN_xEventGroupGetStaticBuffer(pdFALSE);
        return pdFALSE;
    }
    *ppxEventGroupBuffer = (StaticEventGroup_t *)(void *)xEventGroup;
    traceRETURN_xEventGroupGetStaticBuffer(pdTRUE);
    return pdTRUE;
}
#endif

void vEventGroupDelete(EventGroupHandle_t xEventGroup)
{
    EventGroup_t *g = xEventGroup;
    UBaseType_t saved;

    traceENTER_vEventGroupDelete(xEventGroup);
    if (g == NULL)
    {
        traceRETURN_vEventGroupDelete();
        return;
    }
    traceEVENT_GROUP_DELETE(g);
    saved = kernel_mask();
    /* Waiters must not stay on a list that is about to go. */
    wait_release_all(&g->waiters, &g->waiters);
    kernel_unmask(saved);
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1) && (configSUPPORT_STATIC_ALLOCATION == 1)
    if (g->from_heap)
    {
        vPortFree(g);
    }
#elif (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    vPortFree(g);
#endif
    traceRETURN_vEventGroupDelete();
}

/* Sets bits and wakes the waiters they satisfy. Every waiter is judged against the same
 * bits; the bits that satisfied waiters asked to clear go only after all were judged.
 * A woken task that outranks the running one means a switch at unmask. Interrupts masked. */
static void set_bits(EventGroup_t *g, EventBits_t set)
{
    EventBits_t bits = g->bits | set;
    EventBits_t clear = 0;
    BaseType_t preempt = pdFALSE;
    link_t *pos = g->waiters.head.next;

    while (pos != &g->waiters.head)
    {
        TCB_t *t = LINK_OWNER(pos, TCB_t, wait);
        struct bits_wait *w = t->wait_data;

        pos = pos->next; /* waking unlinks t */
        if (wait_met(bits, w))
        {
            w->seen = bits;
            if (w->clear)
            {
                clear |= w->want;
            }
            preempt |= tick_wake(t, WAKE_EVENT);
        }
    }
    g->bits = bits & (EventBits_t)~clear;
    if (preempt && configUSE_PREEMPTION)
    {
        sched_request_switch();
    }
}

/* The work of xEventGroupWaitBits (set 0) and xEventGroupSync (sync): sets `set`, then
 * waits up to ticks for w. Returns the bits to report: those w was met with (before any
 * clearing), else the bits as they are at the end, 0 if g was deleted meanwhile. */
static EventBits_t wait_bits(EventGroup_t *g, EventBits_t set, struct bits_wait *w,
                             TickType_t ticks, BaseType_t sync)
{
    TCB_t *self = pxCurrentTCB;
    UBaseType_t saved = kernel_mask();
    /* Judge by what was set here: a waiter it woke may already have cleared some of it. */
    EventBits_t result = g->bits | set;
    BaseType_t met;

    /* Setting nothing wakes nobody: no waiter stays on the list once its wait is met. */
    set_bits(g, set);
    for (;;)
    {
        met = wait_met(result, w);
        if (met)
        {
            if (w->clear)
            {
                g->bits &= (EventBits_t)~w->want;
            }
            break;
        }
        result = g->bits;
        if (ticks == 0U)
        {
            break;
        }
        if (sync)
        {
            traceEVENT_GROUP_SYNC_BLOCK(g, set, w->want);
        }
        else
        {
            traceEVENT_GROUP_WAIT_BITS_BLOCK(g, w->want);
        }
        configASSERT(kernel.suspended == 0U);
        w->seen = 0;         /* set by the setter that meets the wait */
        self->wait_data = w; /* read only by set_bits(), while this task is on the list */
        wait_block_current(&g->waiters, ticks);
        kernel_unmask(saved); /* other tasks run until this one is woken */
        saved = kernel_mask();
        if (self->wake_reason == WAKE_EVENT || self->wake_reason == WAKE_DELETED)
        {
            /* Met (and already cleared by the setter if asked), or 0 as the group went. */
            result = w->seen;
            met = self->wake_reason == WAKE_EVENT ? pdTRUE : pdFALSE;
            break;
        }
        /* Timed out or aborted: the bits may have been set since, by a setter that found
         * this task no longer waiting. Judge once more, without waiting. */
        ticks = 0;
        result = g->bits;
    }
    kernel_unmask(saved);
    if (sync)
    {
        traceEVENT_GROUP_SYNC_END(g, set, w->want, met ? pdFALSE : pdTRUE);
    }
    else
    {
        traceEVENT_GROUP_WAIT_BITS_END(g, w->want, met ? pdFALSE : pdTRUE);
    }
    (void)met;
    (void)sync;
    /* The control bits are never set (every setter refuses them): nothing to mask off. */
    return result;
}

EventBits_t xEventGroupWaitBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToWaitFor,
                                const BaseType_t xClearOnExit, const BaseType_t xWaitForAllBits,
                                TickType_t xTicksToWait)
{
    struct bits_wait w;
    EventBits_t result;

    traceENTER_xEventGroupWaitBits(xEventGroup, uxBitsToWaitFor, xClearOnExit, xWaitForAllBits,
                                   xTicksToWait);
    if (uxBitsToWaitFor == 0U || !bits_valid(uxBitsToWaitFor))
    {
        /* Through the public call, which keeps this small: a trace shows
         * xEventGroupGetBitsFromISR() inside. */
        result = xEventGroupGetBitsFromISR(xEventGroup); /* 0 for a NULL group */
        traceRETURN_xEventGroupWaitBits(result);
        return result;
    }
    if (xEventGroup == NULL)
    {
        traceRETURN_xEventGroupWaitBits(0);
        return 0;
    }
    w.want = uxBitsToWaitFor;
    w.all = xWaitForAllBits;
    w.clear = xClearOnExit;
    result = wait_bits(xEventGroup, 0, &w, xTicksToWait, pdFALSE);
    traceRETURN_xEventGroupWaitBits(result);
    return result;
}

EventBits_t xEventGroupSetBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet)
{
    EventGroup_t *g = xEventGroup;
    EventBits_t result;
    UBaseType_t saved;

    traceENTER_xEventGroupSetBits(xEventGroup, uxBitsToSet);
    if (g == NULL)
    {
        traceRETURN_xEventGroupSetBits(0);
        return 0;
    }
    saved = kernel_mask();
    if (bits_valid(uxBitsToSet))
    {
        traceEVENT_GROUP_SET_BITS(g, uxBitsToSet);
        set_bits(g, uxBitsToSet);
    }
    result = g->bits;
    kernel_unmask(saved);
    traceRETURN_xEventGroupSetBits(result);
    return result;
}

EventBits_t xEventGroupClearBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToClear)
{
    EventGroup_t *g = xEventGroup;
    EventBits_t before;
    UBaseType_t saved;

    traceENTER_xEventGroupClearBits(xEventGroup, uxBitsToClear);
    if (g == NULL)
    {
        traceRETURN_xEventGroupClearBits(0);
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
    traceRETURN_xEventGroupClearBits(before);
    return before;
}

EventBits_t xEventGroupGetBitsFromISR(EventGroupHandle_t xEventGroup)
{
    EventBits_t bits;
    UBaseType_t saved;

    traceENTER_xEventGroupGetBitsFromISR(xEventGroup);
    if (xEventGroup == NULL)
    {
        traceRETURN_xEventGroupGetBitsFromISR(0);
        return 0;
    }
    saved = portSET_INTERRUPT_MASK_FROM_ISR();
    bits = xEventGroup->bits;
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    traceRETURN_xEventGroupGetBitsFromISR(bits);
    return bits;
}

void vEventGroupSetBitsCallback(void *pvEventGroup, uint32_t ulBitsToSet)
{
    traceENTER_vEventGroupSetBitsCallback(pvEventGroup, ulBitsToSet);
    (void)xEventGroupSetBits((EventGroupHandle_t)pvEventGroup, (EventBits_t)ulBitsToSet);
    traceRETURN_vEventGroupSetBitsCallback();
}

void vEventGroupClearBitsCallback(void *pvEventGroup, uint32_t ulBitsToClear)
{
    traceENTER_vEventGroupClearBitsCallback(pvEventGroup, ulBitsToClear);
    (void)xEventGroupClearBits((EventGroupHandle_t)pvEventGroup, (EventBits_t)ulBitsToClear);
    traceRETURN_vEventGroupClearBitsCallback();
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
    BaseType_t result;

    traceENTER_xEventGroupSetBitsFromISR(xEventGroup, uxBitsToSet, pxHigherPriorityTaskWoken);
    if (xEventGroup == NULL || !fits_pended(uxBitsToSet))
    {
        traceRETURN_xEventGroupSetBitsFromISR(pdFAIL);
        return pdFAIL;
    }
    traceEVENT_GROUP_SET_BITS_FROM_ISR(xEventGroup, uxBitsToSet);
    result = xTimerPendFunctionCallFromISR(vEventGroupSetBitsCallback, xEventGroup,
                                           (uint32_t)uxBitsToSet, pxHigherPriorityTaskWoken);
    traceRETURN_xEventGroupSetBitsFromISR(result);
    return result;
}

BaseType_t xEventGroupClearBitsFromISR(EventGroupHandle_t xEventGroup,
                                       const EventBits_t uxBitsToClear)
{
    BaseType_t result;

    traceENTER_xEventGroupClearBitsFromISR(xEventGroup, uxBitsToClear);
    if (xEventGroup == NULL || !fits_pended(uxBitsToClear))
    {
        traceRETURN_xEventGroupClearBitsFromISR(pdFAIL);
        return pdFAIL;
    }
    traceEVENT_GROUP_CLEAR_BITS_FROM_ISR(xEventGroup, uxBitsToClear);
    result = xTimerPendFunctionCallFromISR(vEventGroupClearBitsCallback, xEventGroup,
                                           (uint32_t)uxBitsToClear, NULL);
    traceRETURN_xEventGroupClearBitsFromISR(result);
    return result;
}
#endif

EventBits_t xEventGroupSync(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet,
                            const EventBits_t uxBitsToWaitFor, TickType_t xTicksToWait)
{
    struct bits_wait w;
    EventBits_t result;

    traceENTER_xEventGroupSync(xEventGroup, uxBitsToSet, uxBitsToWaitFor, xTicksToWait);
    if (xEventGroup == NULL || uxBitsToWaitFor == 0U || !bits_valid(uxBitsToWaitFor) ||
        !bits_valid(uxBitsToSet))
    {
        traceRETURN_xEventGroupSync(0);
        return 0;
    }
    w.want = uxBitsToWaitFor; /* all of them, cleared */
    w.all = pdTRUE;
    w.clear = pdTRUE;
    result = wait_bits(xEventGroup, uxBitsToSet, &w, xTicksToWait, pdTRUE);
    traceRETURN_xEventGroupSync(result);
    return result;
}

#if (configUSE_TRACE_FACILITY == 1)
UBaseType_t uxEventGroupGetNumber(void *xEventGroup)
{
    UBaseType_t number;

    traceENTER_uxEventGroupGetNumber(xEventGroup);
    number = xEventGroup != NULL ? ((EventGroup_t *)xEventGroup)->number : 0U;
    traceRETURN_uxEventGroupGetNumber(number);
    return number;
}

void vEventGroupSetNumber(void *xEventGroup, UBaseType_t uxEventGroupNumber)
{
    traceENTER_vEventGroupSetNumber(xEventGroup, uxEventGroupNumber);
    if (xEventGroup != NULL)
    {
        ((EventGroup_t *)xEventGroup)->number = uxEventGroupNumber;
    }
    traceRETURN_vEventGroupSetNumber();
}
#endif

#endif /* configUSE_EVENT_GROUPS == 1 */
