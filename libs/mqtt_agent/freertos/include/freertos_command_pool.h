/*
 * A static pool of MQTT_COMMAND_CONTEXTS_POOL_SIZE command structures for the MQTT agent (the
 * command pool of FreeRTOS's coreMQTT-Agent demos): Agent_GetCommand and Agent_ReleaseCommand
 * are the getCommand and releaseCommand functions of a MQTTAgentMessageInterface_t. Free
 * structures wait in a FreeRTOS queue, so a task that finds the pool empty blocks until one
 * is released. No heap is used when configSUPPORT_STATIC_ALLOCATION is 1 (otherwise the
 * queue comes from the kernel heap, once).
 */
#ifndef FREERTOS_COMMAND_POOL_H
#define FREERTOS_COMMAND_POOL_H

#include <stdbool.h>
#include <stdint.h>

#include "core_mqtt_agent.h"

#ifdef __cplusplus
extern "C"
{
#endif

    /*
     * Creates the pool on the first call; every later call puts every structure back into it
     * (only while no command is in use). Call before the agent and its users start; not
     * thread-safe.
     */
    void Agent_InitializePool(void);

    /*
     * A free command structure, waiting at most blockTimeMs for one; NULL when none became
     * free or the pool was never initialised. Any task; not from an ISR.
     */
    MQTTAgentCommand_t *Agent_GetCommand(uint32_t blockTimeMs);

    /*
     * Gives pCommandToRelease back to the pool. Returns false (and changes nothing) for a
     * pointer that is not a structure of the pool or is not in use. Any task; not from an ISR.
     */
    bool Agent_ReleaseCommand(MQTTAgentCommand_t *pCommandToRelease);

    /* Tern: how many structures are free right now (for tests and diagnostics). */
    UBaseType_t Agent_FreeCommandCount(void);

#ifdef __cplusplus
}
#endif

#endif /* FREERTOS_COMMAND_POOL_H */
