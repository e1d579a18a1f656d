/*
 * What the agent task does for each command (core_mqtt_agent_command_functions.h): one MQTT
 * client call each, and flags telling the command loop what follows.
 */
#include <stddef.h>

#include "agent_internal.h"

MQTTStatus_t MQTTAgentCommand_ProcessLoop(MQTTAgentContext_t *pMqttAgentContext, void *pUnusedArg,
                                          MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    (void)pMqttAgentContext;
    (void)pUnusedArg;
    pReturnFlags->runProcessLoop = true;
    return MQTTSuccess;
}

MQTTStatus_t MQTTAgentCommand_Publish(MQTTAgentContext_t *pMqttAgentContext, void *pPublishArg,
                                      MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    const MQTTPublishInfo_t *pInfo = (const MQTTPublishInfo_t *)pPublishArg;
    MQTTStatus_t status;

    pReturnFlags->runProcessLoop = true;
    if (pInfo == NULL)
    {
        return MQTTBadParameter;
    }
    if (pInfo->qos != MQTTQoS0)
    {
        /* Refuse before anything goes out rather than lose track of an acknowledgement. */
        if (!agent_ack_slot_free(pMqttAgentContext))
        {
            return MQTTNoMemory;
        }
        pReturnFlags->packetId = agent_packet_id(pMqttAgentContext);
        pReturnFlags->addAcknowledgment = true;
    }
    status = MQTT_Publish(&pMqttAgentContext->mqttContext, pInfo, pReturnFlags->packetId);
    if (status != MQTTSuccess)
    {
        pReturnFlags->addAcknowledgment = false;
    }
    return status;
}

/* SUBSCRIBE or UNSUBSCRIBE: both wait for their acknowledgement. */
static MQTTStatus_t subscription_command(MQTTAgentContext_t *pAgent, void *pArgs,
                                         MQTTAgentCommandFuncReturns_t *pReturnFlags,
                                         bool subscribe)
{
    const MQTTAgentSubscribeArgs_t *pSubscribeArgs = (const MQTTAgentSubscribeArgs_t *)pArgs;
    MQTTStatus_t status;

    pReturnFlags->runProcessLoop = true;
    if (pSubscribeArgs == NULL)
    {
        return MQTTBadParameter;
    }
    if (!agent_ack_slot_free(pAgent))
    {
        return MQTTNoMemory;
    }
    pReturnFlags->packetId = agent_packet_id(pAgent);
    if (subscribe)
    {
        status = MQTT_Subscribe(&pAgent->mqttContext, pSubscribeArgs->pSubscribeInfo,
                                pSubscribeArgs->numSubscriptions, pReturnFlags->packetId);
    }
    else
    {
        status = MQTT_Unsubscribe(&pAgent->mqttContext, pSubscribeArgs->pSubscribeInfo,
                                  pSubscribeArgs->numSubscriptions, pReturnFlags->packetId);
    }
    pReturnFlags->addAcknowledgment = (status == MQTTSuccess);
    return status;
}

MQTTStatus_t MQTTAgentCommand_Subscribe(MQTTAgentContext_t *pMqttAgentContext,
                                        void *pVoidSubscribeArgs,
                                        MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    return subscription_command(pMqttAgentContext, pVoidSubscribeArgs, pReturnFlags, true);
}

MQTTStatus_t MQTTAgentCommand_Unsubscribe(MQTTAgentContext_t *pMqttAgentContext,
                                          void *pVoidSubscribeArgs,
                                          MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    return subscription_command(pMqttAgentContext, pVoidSubscribeArgs, pReturnFlags, false);
}

MQTTStatus_t MQTTAgentCommand_Connect(MQTTAgentContext_t *pMqttAgentContext, void *pVoidConnectArgs,
                                      MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    MQTTAgentConnectArgs_t *pArgs = (MQTTAgentConnectArgs_t *)pVoidConnectArgs;
    MQTTStatus_t status;

    (void)pReturnFlags;
    if ((pArgs == NULL) || (pArgs->pConnectInfo == NULL))
    {
        return MQTTBadParameter;
    }
    status = MQTT_Connect(&pMqttAgentContext->mqttContext, pArgs->pConnectInfo, pArgs->pWillInfo,
                          pArgs->timeoutMs, &pArgs->sessionPresent);
    if (status == MQTTSuccess)
    {
        status = MQTTAgent_ResumeSession(pMqttAgentContext, pArgs->sessionPresent);
    }
    return status;
}

MQTTStatus_t MQTTAgentCommand_Disconnect(MQTTAgentContext_t *pMqttAgentContext, void *pUnusedArg,
                                         MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    (void)pUnusedArg;
    pReturnFlags->endLoop = true;
    return MQTT_Disconnect(&pMqttAgentContext->mqttContext);
}

MQTTStatus_t MQTTAgentCommand_Ping(MQTTAgentContext_t *pMqttAgentContext, void *pUnusedArg,
                                   MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    (void)pUnusedArg;
    pReturnFlags->runProcessLoop = true;
    return MQTT_Ping(&pMqttAgentContext->mqttContext);
}

MQTTStatus_t MQTTAgentCommand_Terminate(MQTTAgentContext_t *pMqttAgentContext, void *pUnusedArg,
                                        MQTTAgentCommandFuncReturns_t *pReturnFlags)
{
    (void)pUnusedArg;
    pReturnFlags->endLoop = true;
    return MQTTAgent_CancelAll(pMqttAgentContext);
}
