/*
 * Default values of the MQTT agent's configuration macros, in one place. An application sets
 * its own in core_mqtt_agent_config.h (found on the include path), or builds with
 * MQTT_AGENT_DO_NOT_USE_CUSTOM_CONFIG to take every default. Included by core_mqtt_agent.h,
 * because the size of MQTTAgentContext_t depends on these values: the application and the
 * library must see the same ones (the CMake targets take care of that).
 */
#ifndef CORE_MQTT_AGENT_CONFIG_DEFAULTS_H_
#define CORE_MQTT_AGENT_CONFIG_DEFAULTS_H_

#ifndef MQTT_AGENT_DO_NOT_USE_CUSTOM_CONFIG
#include "core_mqtt_agent_config.h"
#endif

/*
 * How many commands may wait for an acknowledgement from the broker at once (QoS 1/2
 * publishes, subscribes, unsubscribes). Also the number of QoS 1/2 state records the agent
 * gives the MQTT context in each direction.
 */
#ifndef MQTT_AGENT_MAX_OUTSTANDING_ACKS
#define MQTT_AGENT_MAX_OUTSTANDING_ACKS (20U)
#endif

/*
 * Milliseconds the agent task waits for a command before it runs MQTT_ProcessLoop anyway
 * (keep-alive, incoming data when nothing wakes the agent). A transport that can report
 * arriving data wakes the agent sooner (see Agent_WakeFromISR).
 */
#ifndef MQTT_AGENT_MAX_EVENT_QUEUE_WAIT_TIME
#define MQTT_AGENT_MAX_EVENT_QUEUE_WAIT_TIME (1000U)
#endif

/* 0: the agent gives the MQTT context no QoS 1/2 records; QoS 1/2 publishes are refused. */
#ifndef MQTT_AGENT_USE_QOS_1_2_PUBLISH
#define MQTT_AGENT_USE_QOS_1_2_PUBLISH (1)
#endif

/*
 * Used by the FreeRTOS message interface and command pool (freertos_agent_message.h,
 * freertos_command_pool.h), as in FreeRTOS's demos: the length of the command queue an
 * application creates, and the number of command structures in the static pool.
 */
#ifndef MQTT_AGENT_COMMAND_QUEUE_LENGTH
#define MQTT_AGENT_COMMAND_QUEUE_LENGTH (25U)
#endif
#ifndef MQTT_COMMAND_CONTEXTS_POOL_SIZE
#define MQTT_COMMAND_CONTEXTS_POOL_SIZE (10U)
#endif

#endif /* CORE_MQTT_AGENT_CONFIG_DEFAULTS_H_ */
