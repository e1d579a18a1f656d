/*
 * A static pool of MQTT agent command structures (freertos_command_pool.h). Free structures
 * wait as pointers in a FreeRTOS queue; a flag per structure catches double releases.
 */
#include <string.h>

#include "FreeRTOS.h"
#include "queue.h"
#include "task.h"

#include "freertos_agent_message.h"
#include "freertos_command_pool.h"

static MQTTAgentCommand_t commands[MQTT_COMMAND_CONTEXTS_POOL_SIZE];
static bool in_use[MQTT_COMMAND_CONTEXTS_POOL_SIZE];
static QueueHandle_t free_commands;

#if (configSUPPORT_STATIC_ALLOCATION == 1)
static StaticQueue_t free_commands_queue;
static uint8_t
    free_commands_storage[MQTT_COMMAND_CONTEXTS_POOL_SIZE * sizeof(MQTTAgentCommand_t *)];
#endif

void Agent_InitializePool(void)
{
    size_t i;

    if (free_commands == NULL)
    {
#if (configSUPPORT_STATIC_ALLOCATION == 1)
        free_commands =
            xQueueCreateStatic(MQTT_COMMAND_CONTEXTS_POOL_SIZE, sizeof(MQTTAgentCommand_t *),
                               free_commands_storage, &free_commands_queue);
#else
        free_commands = xQueueCreate(MQTT_COMMAND_CONTEXTS_POOL_SIZE, sizeof(MQTTAgentCommand_t *));
#endif
        configASSERT(free_commands != NULL);
    }
    (void)xQueueReset(free_commands);
    for (i = 0U; i < MQTT_COMMAND_CONTEXTS_POOL_SIZE; i++)
    {
        MQTTAgentCommand_t *pCommand = &commands[i];
        memset(pCommand, 0, sizeof(*pCommand));
        in_use[i] = false;
        (void)xQueueSendToBack(free_commands, &pCommand, 0);
    }
}

MQTTAgentCommand_t *Agent_GetCommand(uint32_t blockTimeMs)
{
    MQTTAgentCommand_t *pCommand = NULL;

    if ((free_commands == NULL) ||
        (xQueueReceive(free_commands, &pCommand, Agent_MsToTicks(blockTimeMs)) != pdPASS))
    {
        return NULL;
    }
    /* Only the task that took it from the queue touches its flag until it is released. */
    in_use[pCommand - commands] = true;
    return pCommand;
}

bool Agent_ReleaseCommand(MQTTAgentCommand_t *pCommandToRelease)
{
    size_t index;
    bool was_in_use;

    if ((free_commands == NULL) || (pCommandToRelease == NULL))
    {
        return false;
    }
    /* Compare addresses as integers: a pointer from elsewhere may not be subtracted. */
    if (((uintptr_t)pCommandToRelease < (uintptr_t)&commands[0]) ||
        ((uintptr_t)pCommandToRelease >
         (uintptr_t)&commands[MQTT_COMMAND_CONTEXTS_POOL_SIZE - 1U]) ||
        ((((uintptr_t)pCommandToRelease - (uintptr_t)&commands[0]) % sizeof(commands[0])) != 0U))
    {
        return false;
    }
    index = (size_t)(pCommandToRelease - commands);
    taskENTER_CRITICAL();
    was_in_use = in_use[index];
    in_use[index] = false;
    taskEXIT_CRITICAL();
    if (!was_in_use)
    {
        return false;
    }
    memset(pCommandToRelease, 0, sizeof(*pCommandToRelease));
    /* The queue holds every structure, so there is always room. */
    return xQueueSendToBack(free_commands, &pCommandToRelease, 0) == pdPASS;
}

UBaseType_t Agent_FreeCommandCount(void)
{
    return (free_commands == NULL) ? 0U : uxQueueMessagesWaiting(free_commands);
}
