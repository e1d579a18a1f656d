/*
 * How commands travel from application tasks to the MQTT agent task (coreMQTT-Agent v1.x API):
 * four functions and a context the application supplies. Tern provides a FreeRTOS queue and a
 * static command pool behind them (freertos_agent_message.h, freertos_command_pool.h); any
 * other thread-safe mailbox works as well.
 */
#ifndef CORE_MQTT_AGENT_MESSAGE_INTERFACE_H
#define CORE_MQTT_AGENT_MESSAGE_INTERFACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C"
{
#endif

    struct MQTTAgentCommand;
    struct MQTTAgentMessageContext;

    /* One command on its way to the agent (defined in core_mqtt_agent.h). */
    typedef struct MQTTAgentCommand MQTTAgentCommand_t;

    /* The mailbox the commands go through; its contents are the application's choice. */
    typedef struct MQTTAgentMessageContext MQTTAgentMessageContext_t;

    /*
     * Posts the command pointer at *pCommandToSend to the agent, waiting at most blockTimeMs
     * for room. Called by any task at once, so it must be thread safe. Returns true when
     * posted.
     */
    typedef bool (*MQTTAgentMessageSend_t)(MQTTAgentMessageContext_t *pMsgCtx,
                                           MQTTAgentCommand_t *const *pCommandToSend,
                                           uint32_t blockTimeMs);

    /*
     * Takes the next command pointer into *pReceivedCommand, waiting at most blockTimeMs.
     * Called by the agent task. Returns true when a message was taken; the pointer taken may be
     * NULL, which asks the agent only to run its receive loop.
     */
    typedef bool (*MQTTAgentMessageRecv_t)(MQTTAgentMessageContext_t *pMsgCtx,
                                           MQTTAgentCommand_t **pReceivedCommand,
                                           uint32_t blockTimeMs);

    /*
     * Gives a free command structure, waiting at most blockTimeMs for one to be released; NULL
     * when none became free. The structure stays with the agent until the command completes.
     */
    typedef MQTTAgentCommand_t *(*MQTTAgentCommandGet_t)(uint32_t blockTimeMs);

    /*
     * Takes back a structure obtained from the matching MQTTAgentCommandGet_t. Returns false for
     * a pointer that did not come from there (or was already returned).
     */
    typedef bool (*MQTTAgentCommandRelease_t)(MQTTAgentCommand_t *pCommandToRelease);

    /* The four functions and the mailbox, copied into the agent by MQTTAgent_Init. */
    typedef struct MQTTAgentMessageInterface
    {
        MQTTAgentMessageContext_t *pMsgCtx;       /* passed back to send and recv */
        MQTTAgentMessageSend_t send;              /* tasks post commands */
        MQTTAgentMessageRecv_t recv;              /* the agent takes them */
        MQTTAgentCommandGet_t getCommand;         /* command structures come from here */
        MQTTAgentCommandRelease_t releaseCommand; /* and go back here when complete */
    } MQTTAgentMessageInterface_t;

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_AGENT_MESSAGE_INTERFACE_H */
