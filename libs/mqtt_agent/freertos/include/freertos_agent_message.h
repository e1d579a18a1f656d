/*
 * The MQTT agent's mailbox as a FreeRTOS queue of command pointers (the message interface of
 * FreeRTOS's coreMQTT-Agent demos): the application creates the queue, puts its handle in a
 * MQTTAgentMessageContext_t and sets Agent_MessageSend / Agent_MessageReceive as the send and
 * recv functions of its MQTTAgentMessageInterface_t. Block times are milliseconds, rounded
 * up to whole ticks.
 */
#ifndef FREERTOS_AGENT_MESSAGE_H
#define FREERTOS_AGENT_MESSAGE_H

#include <stdbool.h>
#include <stdint.h>

#include "FreeRTOS.h"
#include "queue.h"

#include "core_mqtt_agent_message_interface.h"

#ifdef __cplusplus
extern "C"
{
#endif

    /*
     * The mailbox: a queue whose items are MQTTAgentCommand_t pointers, e.g.
     * xQueueCreate(MQTT_AGENT_COMMAND_QUEUE_LENGTH, sizeof(MQTTAgentCommand_t *)).
     */
    struct MQTTAgentMessageContext
    {
        QueueHandle_t queue;
    };

    /*
     * Appends *pCommandToSend to the queue, waiting at most blockTimeMs for room. Returns
     * false for NULL arguments or a queue that stayed full. Any task; not from an ISR.
     */
    bool Agent_MessageSend(MQTTAgentMessageContext_t *pMsgCtx,
                           MQTTAgentCommand_t *const *pCommandToSend, uint32_t blockTimeMs);

    /*
     * Takes the next command pointer into *pReceivedCommand, waiting at most blockTimeMs.
     * Returns false for NULL arguments or when nothing arrived. The agent task.
     */
    bool Agent_MessageReceive(MQTTAgentMessageContext_t *pMsgCtx,
                              MQTTAgentCommand_t **pReceivedCommand, uint32_t blockTimeMs);

    /*
     * Tern: wakes the agent from an interrupt (e.g. a network driver that has received data)
     * by posting a NULL command, which makes the agent run MQTT_ProcessLoop at once instead of
     * at the end of its MQTT_AGENT_MAX_EVENT_QUEUE_WAIT_TIME. Posts nothing when the queue
     * already holds a message (the agent runs its loop after that one anyway). Sets
     * *pxHigherPriorityTaskWoken as the ...FromISR API does (may be NULL). Returns false for a
     * NULL context or queue. ISR only.
     */
    bool Agent_WakeFromISR(MQTTAgentMessageContext_t *pMsgCtx,
                           BaseType_t *pxHigherPriorityTaskWoken);

    /* Milliseconds as a block time in ticks, rounded up (0 stays 0; huge values wait forever). */
    TickType_t Agent_MsToTicks(uint32_t milliseconds);

#ifdef __cplusplus
}
#endif

#endif /* FREERTOS_AGENT_MESSAGE_H */
