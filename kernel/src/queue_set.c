/*
 * queue_set.c - queue sets: a queue of member handles. Whenever a member gains an item
 * (or a semaphore member is given), its handle is posted to the set, so one task can wait
 * on many queues and semaphores at once. Relies on queue.c.
 */
#include "queue_internal.h"

#if (configUSE_QUEUE_SETS == 1)

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
QueueSetHandle_t xQueueCreateSet(const UBaseType_t uxEventQueueLength)
{
    QueueSetHandle_t set;

    traceENTER_xQueueCreateSet(uxEventQueueLength);
    set = xQueueGenericCreate(uxEventQueueLength, (UBaseType_t)sizeof(Queue_t *),
                              queueQUEUE_TYPE_SET);
    traceRETURN_xQueueCreateSet(set);
    return set;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
QueueSetHandle_t xQueueCreateSetStatic(const UBaseType_t uxEventQueueLength,
                                       uint8_t *pucQueueStorage, StaticQueue_t *pxStaticQueue)
{
    QueueSetHandle_t set;

    traceENTER_xQueueCreateSetStatic(uxEventQueueLength);
    set = xQueueGenericCreateStatic(uxEventQueueLength, (UBaseType_t)sizeof(Queue_t *),
                                    pucQueueStorage, pxStaticQueue, queueQUEUE_TYPE_SET);
    traceRETURN_xQueueCreateSetStatic(set);
    return set;
}
#endif

BaseType_t queue_set_notify(Queue_t *q)
{
    Queue_t *set = q->set;

    /* A set sized smaller than its members' lengths cannot record the event. */
    configASSERT(set->count < set->length);
    if (set->count >= set->length)
    {
        return pdFALSE;
    }
    traceQUEUE_SET_SEND(set);
    return (queue_send(set, &q, 0U, queueSEND_TO_BACK | QUEUE_FROM_ISR | QUEUE_TO_SET) &
            QUEUE_WOKE) != 0
               ? pdTRUE
               : pdFALSE;
}

BaseType_t xQueueAddToSet(QueueSetMemberHandle_t xQueueOrSemaphore, QueueSetHandle_t xQueueSet)
{
    BaseType_t result = pdFAIL;
    UBaseType_t saved;

    traceENTER_xQueueAddToSet(xQueueOrSemaphore, xQueueSet);
    if (xQueueOrSemaphore == NULL || xQueueSet == NULL || xQueueOrSemaphore == xQueueSet)
    {
        traceRETURN_xQueueAddToSet(pdFAIL);
        return pdFAIL;
    }
    saved = kernel_mask();
    /* An item already in the member would never be announced to the set. */
    if (xQueueOrSemaphore->set == NULL && xQueueOrSemaphore->count == 0U)
    {
        xQueueOrSemaphore->set = xQueueSet;
        xQueueOrSemaphore->flags |= QF_IN_SET;
        result = pdPASS;
    }
    kernel_unmask(saved);
    traceRETURN_xQueueAddToSet(result);
    return result;
}

BaseType_t xQueueRemoveFromSet(QueueSetMemberHandle_t xQueueOrSemaphore, QueueSetHandle_t xQueueSet)
{
    BaseType_t result = pdFAIL;
    UBaseType_t saved;

    traceENTER_xQueueRemoveFromSet(xQueueOrSemaphore, xQueueSet);
    if (xQueueOrSemaphore == NULL || xQueueSet == NULL)
    {
        traceRETURN_xQueueRemoveFromSet(pdFAIL);
        return pdFAIL;
    }
    saved = kernel_mask();
    /* Its announcements may still sit in the set while it holds items. */
    if (xQueueOrSemaphore->set == xQueueSet && xQueueOrSemaphore->count == 0U)
    {
        xQueueOrSemaphore->set = NULL;
        xQueueOrSemaphore->flags &= (uint8_t)~QF_IN_SET;
        result = pdPASS;
    }
    kernel_unmask(saved);
    traceRETURN_xQueueRemoveFromSet(result);
    return result;
}

QueueSetMemberHandle_t xQueueSelectFromSet(QueueSetHandle_t xQueueSet,
                                           const TickType_t xTicksToWait)
{
    QueueSetMemberHandle_t member = NULL;

    traceENTER_xQueueSelectFromSet(xQueueSet, xTicksToWait);
    (void)xQueueReceive(xQueueSet, &member, xTicksToWait);
    traceRETURN_xQueueSelectFromSet(member);
    return member;
}

QueueSetMemberHandle_t xQueueSelectFromSetFromISR(QueueSetHandle_t xQueueSet)
{
    QueueSetMemberHandle_t member = NULL;

    traceENTER_xQueueSelectFromSetFromISR(xQueueSet);
    (void)xQueueReceiveFromISR(xQueueSet, &member, NULL);
    traceRETURN_xQueueSelectFromSetFromISR(member);
    return member;
}

#endif /* configUSE_QUEUE_SETS */
