/*
 * Private to the MQTT agent: helpers shared by the command loop (core_mqtt_agent.c) and the
 * command functions (core_mqtt_agent_command_functions.c), and the logging defaults.
 */
#ifndef MQTT_AGENT_INTERNAL_H
#define MQTT_AGENT_INTERNAL_H

#include "core_mqtt_agent.h"
#include "core_mqtt_agent_command_functions.h"

#ifndef LogError
#define LogError(message)
#endif
#ifndef LogWarn
#define LogWarn(message)
#endif
#ifndef LogInfo
#define LogInfo(message)
#endif
#ifndef LogDebug
#define LogDebug(message)
#endif

/* Whether a command may still be kept waiting for an acknowledgement. */
bool agent_ack_slot_free(const MQTTAgentContext_t *pAgent);

/* The pending-acknowledgement slot for packetId, or NULL. */
MQTTAgentAckInfo_t *agent_find_ack(MQTTAgentContext_t *pAgent, uint16_t packetId);

/* A packet identifier used by no outgoing publish and no command awaiting its ack. */
uint16_t agent_packet_id(MQTTAgentContext_t *pAgent);

/* Completes pCommand: its callback (if any) with status and codes, then gives it back. */
void agent_conclude(const MQTTAgentContext_t *pAgent, MQTTAgentCommand_t *pCommand,
                    MQTTStatus_t status, uint8_t *pSubackCodes);

#endif
