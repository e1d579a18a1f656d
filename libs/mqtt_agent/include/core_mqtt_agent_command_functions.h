/*
 * What the agent task does for each command type (coreMQTT-Agent v1.x API). The table
 * MQTT_AGENT_FUNCTION_TABLE maps MQTTAgentCommandType_t to these functions; an application
 * may define its own table (same order, NUM_COMMANDS entries) to leave out functions it never
 * uses or to add behaviour. Only the agent task calls them, from MQTTAgent_CommandLoop.
 */
#ifndef CORE_MQTT_AGENT_COMMAND_FUNCTIONS_H
#define CORE_MQTT_AGENT_COMMAND_FUNCTIONS_H

#include "core_mqtt_agent.h"

#ifdef __cplusplus
extern "C"
{
#endif

#ifndef MQTT_AGENT_FUNCTION_TABLE
#define MQTT_AGENT_FUNCTION_TABLE                                                                  \
    {                                                                                              \
        [NONE] = MQTTAgentCommand_ProcessLoop, [PROCESSLOOP] = MQTTAgentCommand_ProcessLoop,       \
        [PUBLISH] = MQTTAgentCommand_Publish, [SUBSCRIBE] = MQTTAgentCommand_Subscribe,            \
        [UNSUBSCRIBE] = MQTTAgentCommand_Unsubscribe, [PING] = MQTTAgentCommand_Ping,              \
        [CONNECT] = MQTTAgentCommand_Connect, [DISCONNECT] = MQTTAgentCommand_Disconnect,          \
        [TERMINATE] = MQTTAgentCommand_Terminate                                                   \
    }
#endif

    /* What a command function asks of the loop after it ran. */
    typedef struct MQTTAgentCommandFuncReturns
    {
        uint16_t packetId;      /* identifier of the packet sent, when one was */
        bool endLoop;           /* leave the command loop */
        bool addAcknowledgment; /* keep the command until the acknowledgement of packetId */
        bool runProcessLoop;    /* run MQTT_ProcessLoop afterwards */
    } MQTTAgentCommandFuncReturns_t;

    /* A command function: carries out one command with pArgs, sets *pFlags, returns the
       status the command completes with. */
    typedef MQTTStatus_t (*MQTTAgentCommandFunc_t)(MQTTAgentContext_t *pMqttAgentContext,
                                                   void *pArgs,
                                                   MQTTAgentCommandFuncReturns_t *pFlags);

    /* NONE and PROCESSLOOP: asks for MQTT_ProcessLoop (runProcessLoop). MQTTSuccess. */
    MQTTStatus_t MQTTAgentCommand_ProcessLoop(MQTTAgentContext_t *pMqttAgentContext,
                                              void *pUnusedArg,
                                              MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /*
     * PUBLISH (pPublishArg is the MQTTPublishInfo_t): QoS 1/2 takes a packet identifier and
     * asks to be kept until its acknowledgement (addAcknowledgment); runProcessLoop.
     * MQTTNoMemory without sending when every acknowledgement slot is taken; otherwise
     * MQTT_Publish's status.
     */
    MQTTStatus_t MQTTAgentCommand_Publish(MQTTAgentContext_t *pMqttAgentContext, void *pPublishArg,
                                          MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /* SUBSCRIBE (MQTTAgentSubscribeArgs_t): as PUBLISH QoS 1, with MQTT_Subscribe. */
    MQTTStatus_t MQTTAgentCommand_Subscribe(MQTTAgentContext_t *pMqttAgentContext,
                                            void *pVoidSubscribeArgs,
                                            MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /* UNSUBSCRIBE (MQTTAgentSubscribeArgs_t): as SUBSCRIBE, with MQTT_Unsubscribe. */
    MQTTStatus_t MQTTAgentCommand_Unsubscribe(MQTTAgentContext_t *pMqttAgentContext,
                                              void *pVoidSubscribeArgs,
                                              MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /* CONNECT (MQTTAgentConnectArgs_t): MQTT_Connect, then MQTTAgent_ResumeSession. No flags. */
    MQTTStatus_t MQTTAgentCommand_Connect(MQTTAgentContext_t *pMqttAgentContext,
                                          void *pVoidConnectArgs,
                                          MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /* DISCONNECT: MQTT_Disconnect; endLoop. */
    MQTTStatus_t MQTTAgentCommand_Disconnect(MQTTAgentContext_t *pMqttAgentContext,
                                             void *pUnusedArg,
                                             MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /* PING: MQTT_Ping; runProcessLoop. */
    MQTTStatus_t MQTTAgentCommand_Ping(MQTTAgentContext_t *pMqttAgentContext, void *pUnusedArg,
                                       MQTTAgentCommandFuncReturns_t *pReturnFlags);

    /* TERMINATE: MQTTAgent_CancelAll; endLoop. MQTTSuccess. */
    MQTTStatus_t MQTTAgentCommand_Terminate(MQTTAgentContext_t *pMqttAgentContext, void *pUnusedArg,
                                            MQTTAgentCommandFuncReturns_t *pReturnFlags);

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_AGENT_COMMAND_FUNCTIONS_H */
