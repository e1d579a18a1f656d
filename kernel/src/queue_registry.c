/*
 * queue_registry.c - names for queues, semaphores and mutexes, so that kernel-aware
 * debuggers can show them (configQUEUE_REGISTRY_SIZE entries).
 */
#include "queue_internal.h"

#if (configQUEUE_REGISTRY_SIZE > 0)

typedef struct QUEUE_REGISTRY_ITEM
{
    const char *pcQueueName;
    QueueHandle_t xHandle;
} QueueRegistryItem_t;

/* Named as in FreeRTOS because debuggers look it up. */
QueueRegistryItem_t xQueueRegistry[configQUEUE_REGISTRY_SIZE];

void vQueueAddToRegistry(QueueHandle_t xQueue, const char *pcQueueName)
{
    QueueRegistryItem_t *slot = NULL;
    UBaseType_t i;
    UBaseType_t saved;

    traceENTER_vQueueAddToRegistry(xQueue, pcQueueName);
    /* A NULL name would mark the slot free while it still names the queue; FreeRTOS
     * ignores such a call, and so do we. */
    if (xQueue == NULL || pcQueueName == NULL)
    {
        traceRETURN_vQueueAddToRegistry();
        return;
    }
    saved = kernel_mask();
    for (i = 0; i < (UBaseType_t)configQUEUE_REGISTRY_SIZE; i++)
    {
        if (xQueueRegistry[i].xHandle == xQueue)
        {
            slot = &xQueueRegistry[i];
            break;
        }
        if (slot == NULL && xQueueRegistry[i].pcQueueName == NULL)
        {
            slot = &xQueueRegistry[i];
        }
    }
    if (slot != NULL)
    {
        slot->pcQueueName = pcQueueName;
        slot->xHandle = xQueue;
        traceQUEUE_REGISTRY_ADD(xQueue, pcQueueName);
    }
    kernel_unmask(saved);
    traceRETURN_vQueueAddToRegistry();
}

const char *pcQueueGetName(QueueHandle_t xQueue)
{
    const char *name = NULL;
    UBaseType_t i;

    traceENTER_pcQueueGetName(xQueue);
    for (i = 0; i < (UBaseType_t)configQUEUE_REGISTRY_SIZE && xQueue != NULL; i++)
    {
        if (xQueueRegistry[i].xHandle == xQueue)
        {
            name = xQueueRegistry[i].pcQueueName;
            break;
        }
    }
    traceRETURN_pcQueueGetName(name);
    return name;
}

void vQueueUnregisterQueue(QueueHandle_t xQueue)
{
    UBaseType_t i;
    UBaseType_t saved;

    traceENTER_vQueueUnregisterQueue(xQueue);
    saved = kernel_mask();
    for (i = 0; i < (UBaseType_t)configQUEUE_REGISTRY_SIZE && xQueue != NULL; i++)
    {
        if (xQueueRegistry[i].xHandle == xQueue)
        {
            xQueueRegistry[i].pcQueueName = NULL;
            xQueueRegistry[i].xHandle = NULL;
            break;
        }
    }
    kernel_unmask(saved);
    traceRETURN_vQueueUnregisterQueue();
}

#endif /* configQUEUE_REGISTRY_SIZE */
