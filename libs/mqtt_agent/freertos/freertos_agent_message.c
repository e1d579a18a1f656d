/*
 * The MQTT agent's mailbox over a FreeRTOS queue (freertos_agent_message.h).
 */
#include "freertos_agent_message.h"

TickType_t Agent_MsToTicks(uint32_t milliseconds)
{
    uint64_t ticks = (((uint64_t)milliseconds * (uint64_t)configTICK_RATE_HZ) + 999U) / 1000U;

    if (ticks >= (uint64_t)portMAX_DELAY)
    {
        return portMAX_DELAY;
    }
    return (TickType_t)ticks;
}

bool Agent_MessageSend(MQTTAgentMessageContext_t *pMsgCtx,
                       MQTTAgentCommand_t *const *pCommandToSend, uint32_t blockTimeMs)
{
    if ((pMsgCtx == NULL) || (pMsgCtx->queue == NULL) || (pCommandToSend == NULL))
    {
        return false;
    }
    return xQueueSendToBack(pMsgCtx->queue, pCommandToSend, Agent_MsToTicks(blockTimeMs)) == pdPASS;
}

bool Agent_MessageReceive(MQTTAgentMessageContext_t *pMsgCtx, MQTTAgentCommand_t **pReceivedCommand,
                          uint32_t blockTimeMs)
{
    if ((pMsgCtx == NULL) || (pMsgCtx->queue == NULL) || (pReceivedCommand == NULL))
    {
        return false;
    }
    return xQueueReceive(pMsgCtx->queue, pReceivedCommand, Agent_MsToTicks(blockTimeMs)) == pdPASS;
}

bool Agent_WakeFromISR(MQTTAgentMessageContext_t *pMsgCtx, BaseType_t *pxHigherPriorityTaskWoken)
{
    MQTTAgentCommand_t *const pNothing = NULL;
    BaseType_t woken = pdFALSE;
    bool posted = false;

    if ((pMsgCtx == NULL) || (pMsgCtx->queue == NULL))
    {
        return false;
    }
    if (uxQueueMessagesWaitingFromISR(pMsgCtx->queue) == 0U)
    {
        posted = xQueueSendToBackFromISR(pMsgCtx->queue, &pNothing, &woken) == pdPASS;
    }
    if ((pxHigherPriorityTaskWoken != NULL) && (woken != pdFALSE))
    {
        *pxHigherPriorityTaskWoken = pdTRUE;
    }
    return posted || (uxQueueMessagesWaitingFromISR(pMsgCtx->queue) != 0U);
}
