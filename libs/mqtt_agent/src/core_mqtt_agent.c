/*
 * The MQTT agent (core_mqtt_agent.h): posting commands from any task, the agent task's command
 * loop, matching acknowledgements to the commands that wait for them, cancelling and resuming.
 * Relies on the MQTT client (core_mqtt.h) and the application's message interface only.
 */
#include <string.h>

#include "agent_internal.h"

/* ---- Commands awaiting acknowledgements ---- */

bool agent_ack_slot_free(const MQTTAgentContext_t *pAgent)
{
    size_t i;
    for (i = 0U; i < MQTT_AGENT_MAX_OUTSTANDING_ACKS; i++)
    {
        if (pAgent->pPendingAcks[i].pOriginalCommand == NULL)
        {
            return true;
        }
    }
    return false;
}

MQTTAgentAckInfo_t *agent_find_ack(MQTTAgentContext_t *pAgent, uint16_t packetId)
{
    size_t i;
    for (i = 0U; i < MQTT_AGENT_MAX_OUTSTANDING_ACKS; i++)
    {
        if ((pAgent->pPendingAcks[i].pOriginalCommand != NULL) &&
            (pAgent->pPendingAcks[i].packetId == packetId))
        {
            return &pAgent->pPendingAcks[i];
        }
    }
    return NULL;
}

uint16_t agent_packet_id(MQTTAgentContext_t *pAgent)
{
    uint16_t packetId = MQTT_GetPacketId(&pAgent->mqttContext);
    size_t tries = 0U;

    /* The client skips identifiers of its own publishes in flight, not those of subscribes. */
    while ((agent_find_ack(pAgent, packetId) != NULL) && (tries <= MQTT_AGENT_MAX_OUTSTANDING_ACKS))
    {
        packetId = MQTT_GetPacketId(&pAgent->mqttContext);
        tries++;
    }
    return packetId;
}

static bool add_ack(MQTTAgentContext_t *pAgent, uint16_t packetId, MQTTAgentCommand_t *pCommand)
{
    size_t i;
    for (i = 0U; i < MQTT_AGENT_MAX_OUTSTANDING_ACKS; i++)
    {
        if (pAgent->pPendingAcks[i].pOriginalCommand == NULL)
        {
            pAgent->pPendingAcks[i].packetId = packetId;
            pAgent->pPendingAcks[i].pOriginalCommand = pCommand;
            return true;
        }
    }
    return false;
}

void agent_conclude(const MQTTAgentContext_t *pAgent, MQTTAgentCommand_t *pCommand,
                    MQTTStatus_t status, uint8_t *pSubackCodes)
{
    MQTTAgentReturnInfo_t result;

    result.returnCode = status;
    result.pSubackCodes = pSubackCodes;
    if (pCommand->pCommandCompleteCallback != NULL)
    {
        pCommand->pCommandCompleteCallback(pCommand->pCmdContext, &result);
    }
    (void)pAgent->agentInterface.releaseCommand(pCommand);
}

/* The acknowledgement for packetId arrived: complete the command that waits for it. */
static void acknowledge(MQTTAgentContext_t *pAgent, uint16_t packetId, MQTTStatus_t status,
                        uint8_t *pSubackCodes)
{
    MQTTAgentAckInfo_t *pAck = agent_find_ack(pAgent, packetId);
    MQTTAgentCommand_t *pCommand;

    if (pAck == NULL)
    {
        LogWarn(("No command waits for the acknowledgement of packet %u", (unsigned)packetId));
        return;
    }
    pCommand = pAck->pOriginalCommand;
    /* Free the slot first: the callback may post a command that needs one. */
    pAck->pOriginalCommand = NULL;
    pAck->packetId = MQTT_PACKET_ID_INVALID;
    agent_conclude(pAgent, pCommand, status, pSubackCodes);
}

/* ---- Packets from the broker (called by the MQTT client inside MQTT_ProcessLoop) ---- */

static void agent_event(MQTTContext_t *pMqtt, MQTTPacketInfo_t *pPacket,
                        MQTTDeserializedInfo_t *pInfo)
{
    /* The MQTT context is the first member of the agent context. */
    MQTTAgentContext_t *pAgent = (MQTTAgentContext_t *)pMqtt;
    uint8_t type = (uint8_t)(pPacket->type & 0xF0U);

    pAgent->packetReceivedInLoop = true;
    if (type == MQTT_PACKET_TYPE_PUBLISH)
    {
        pAgent->incomingPayloadOffset = pInfo->payloadOffset;
        pAgent->incomingPayloadTotalLength = pInfo->payloadTotalLength;
        pAgent->pIncomingCallback(pAgent, pInfo->packetIdentifier, pInfo->pPublishInfo);
        pAgent->incomingPayloadOffset = 0U;
        pAgent->incomingPayloadTotalLength = 0U;
    }
    else if ((type == MQTT_PACKET_TYPE_PUBACK) || (type == MQTT_PACKET_TYPE_PUBCOMP) ||
             (type == MQTT_PACKET_TYPE_UNSUBACK))
    {
        acknowledge(pAgent, pInfo->packetIdentifier, pInfo->deserializationResult, NULL);
    }
    else if (type == MQTT_PACKET_TYPE_PUBREC)
    {
        /* Only a refusal (MQTT 5) ends a QoS 2 exchange at PUBREC. */
        if (pInfo->deserializationResult != MQTTSuccess)
        {
            acknowledge(pAgent, pInfo->packetIdentifier, pInfo->deserializationResult, NULL);
        }
    }
    else if (type == MQTT_PACKET_TYPE_SUBACK)
    {
        uint8_t *pCodes = (uint8_t *)pInfo->pReasonCodes;
        size_t count = 0U;
        if ((pCodes == NULL) &&
            (MQTT_GetSubAckStatusCodes(pPacket, &pCodes, &count) != MQTTSuccess))
        {
            pCodes = NULL;
        }
        acknowledge(pAgent, pInfo->packetIdentifier, pInfo->deserializationResult, pCodes);
    }
    else
    {
        /* PINGRESP, and MQTT 5 DISCONNECT / AUTH: nothing waits for them here. */
    }
}

/* ---- Set-up ---- */

static bool interface_complete(const MQTTAgentMessageInterface_t *pInterface)
{
    return (pInterface->pMsgCtx != NULL) && (pInterface->send != NULL) &&
           (pInterface->recv != NULL) && (pInterface->getCommand != NULL) &&
           (pInterface->releaseCommand != NULL);
}

MQTTStatus_t MQTTAgent_Init(MQTTAgentContext_t *pMqttAgentContext,
                            const MQTTAgentMessageInterface_t *pMsgInterface,
                            const MQTTFixedBuffer_t *pNetworkBuffer,
                            const TransportInterface_t *pTransportInterface,
                            MQTTGetCurrentTimeFunc_t getCurrentTimeMs,
                            MQTTAgentIncomingPublishCallback_t incomingCallback,
                            void *pIncomingPacketContext)
{
    MQTTStatus_t status;

    if ((pMqttAgentContext == NULL) || (pMsgInterface == NULL) || (pNetworkBuffer == NULL) ||
        (pTransportInterface == NULL) || (getCurrentTimeMs == NULL) || (incomingCallback == NULL) ||
        !interface_complete(pMsgInterface))
    {
        return MQTTBadParameter;
    }
    memset(pMqttAgentContext, 0, sizeof(*pMqttAgentContext));
    status = MQTT_Init(&pMqttAgentContext->mqttContext, pTransportInterface, getCurrentTimeMs,
                       agent_event, pNetworkBuffer);
#if (MQTT_AGENT_USE_QOS_1_2_PUBLISH != 0)
    if (status == MQTTSuccess)
    {
        status = MQTT_InitStatefulQoS(
            &pMqttAgentContext->mqttContext, pMqttAgentContext->outgoingPublishRecords,
            MQTT_AGENT_MAX_OUTSTANDING_ACKS, pMqttAgentContext->incomingPublishRecords,
            MQTT_AGENT_MAX_OUTSTANDING_ACKS);
    }
#endif
    if (status == MQTTSuccess)
    {
        pMqttAgentContext->agentInterface = *pMsgInterface;
        pMqttAgentContext->pIncomingCallback = incomingCallback;
        pMqttAgentContext->pIncomingCallbackContext = pIncomingPacketContext;
    }
    return status;
}

/* ---- The command loop ---- */

/* Statuses after which the connection cannot be used any more. */
static bool connection_broken(MQTTStatus_t status)
{
    switch (status)
    {
        case MQTTSendFailed:
        case MQTTRecvFailed:
        case MQTTBadResponse:
        case MQTTIllegalState:
        case MQTTKeepAliveTimeout:
        case MQTTServerDisconnected:
            return true;
        default:
            return false;
    }
}

/* Runs MQTT_ProcessLoop as long as packets keep arriving. */
static MQTTStatus_t receive(MQTTAgentContext_t *pAgent)
{
    MQTTStatus_t status = MQTTSuccess;

    do
    {
        pAgent->packetReceivedInLoop = false;
        status = MQTT_ProcessLoop(&pAgent->mqttContext);
    } while ((status == MQTTSuccess) && pAgent->packetReceivedInLoop);

    /* Part of a packet, or a packet skipped for its size: the connection is still fine. */
    if ((status == MQTTNeedMoreBytes) || (status == MQTTNoMemory))
    {
        status = MQTTSuccess;
    }
    return status;
}

static MQTTStatus_t process_command(MQTTAgentContext_t *pAgent, MQTTAgentCommand_t *pCommand,
                                    bool *pEndLoop)
{
    static const MQTTAgentCommandFunc_t functions[NUM_COMMANDS] = MQTT_AGENT_FUNCTION_TABLE;
    MQTTAgentCommandFuncReturns_t flags;
    MQTTAgentCommandType_t type = (pCommand != NULL) ? pCommand->commandType : NONE;
    MQTTStatus_t status;

    memset(&flags, 0, sizeof(flags));
    if (((unsigned)type >= (unsigned)NUM_COMMANDS) || (functions[type] == NULL))
    {
        status = MQTTBadParameter;
    }
    else
    {
        status = functions[type](pAgent, (pCommand != NULL) ? pCommand->pArgs : NULL, &flags);
    }

    if (pCommand != NULL)
    {
        if (flags.addAcknowledgment && (status == MQTTSuccess))
        {
            if (!add_ack(pAgent, flags.packetId, pCommand))
            {
                /* Command functions check for a free slot before sending; never here. */
                agent_conclude(pAgent, pCommand, MQTTNoMemory, NULL);
            }
        }
        else
        {
            agent_conclude(pAgent, pCommand, status, NULL);
        }
    }

    if (connection_broken(status))
    {
        *pEndLoop = true;
        return status;
    }
    if (flags.endLoop)
    {
        *pEndLoop = true;
        return status;
    }
    if (flags.runProcessLoop && (pAgent->mqttContext.connectStatus == MQTTConnected))
    {
        MQTTStatus_t loopStatus = receive(pAgent);
        if (loopStatus != MQTTSuccess)
        {
            *pEndLoop = true;
            return loopStatus;
        }
    }
    *pEndLoop = false;
    return MQTTSuccess;
}

MQTTStatus_t MQTTAgent_CommandLoop(MQTTAgentContext_t *pMqttAgentContext)
{
    MQTTStatus_t status = MQTTSuccess;
    bool endLoop = false;

    if ((pMqttAgentContext == NULL) || !interface_complete(&pMqttAgentContext->agentInterface))
    {
        return MQTTBadParameter;
    }
    while (!endLoop)
    {
        MQTTAgentCommand_t *pCommand = NULL;
        /* No command within the wait: pCommand stays NULL and the loop just receives. */
        if (!pMqttAgentContext->agentInterface.recv(pMqttAgentContext->agentInterface.pMsgCtx,
                                                    &pCommand,
                                                    MQTT_AGENT_MAX_EVENT_QUEUE_WAIT_TIME))
        {
            pCommand = NULL;
        }
        status = process_command(pMqttAgentContext, pCommand, &endLoop);
    }
    return status;
}

/* ---- Cancelling and resuming ---- */

/* Completes the command in pAck with MQTTRecvFailed and frees the slot. */
static void fail_ack(MQTTAgentContext_t *pAgent, MQTTAgentAckInfo_t *pAck)
{
    MQTTAgentCommand_t *pCommand = pAck->pOriginalCommand;

    pAck->pOriginalCommand = NULL;
    pAck->packetId = MQTT_PACKET_ID_INVALID;
    agent_conclude(pAgent, pCommand, MQTTRecvFailed, NULL);
}

MQTTStatus_t MQTTAgent_CancelAll(MQTTAgentContext_t *pMqttAgentContext)
{
    MQTTAgentCommand_t *pCommand = NULL;
    size_t i;

    if ((pMqttAgentContext == NULL) || !interface_complete(&pMqttAgentContext->agentInterface))
    {
        return MQTTBadParameter;
    }
    while (pMqttAgentContext->agentInterface.recv(pMqttAgentContext->agentInterface.pMsgCtx,
                                                  &pCommand, 0U))
    {
        if (pCommand != NULL)
        {
            agent_conclude(pMqttAgentContext, pCommand, MQTTRecvFailed, NULL);
        }
        pCommand = NULL;
    }
    for (i = 0U; i < MQTT_AGENT_MAX_OUTSTANDING_ACKS; i++)
    {
        MQTTAgentAckInfo_t *pAck = &pMqttAgentContext->pPendingAcks[i];
        if (pAck->pOriginalCommand != NULL)
        {
            if (pAck->pOriginalCommand->commandType == PUBLISH)
            {
                /* Nobody will resend it: its QoS record would otherwise stay taken. */
                (void)MQTT_CancelCallback(&pMqttAgentContext->mqttContext, pAck->packetId);
            }
            fail_ack(pMqttAgentContext, pAck);
        }
    }
    return MQTTSuccess;
}

/* Resends the unacknowledged publishes the agent still holds the arguments of. */
static MQTTStatus_t resend_publishes(MQTTAgentContext_t *pAgent)
{
    MQTTStateCursor_t cursor = MQTT_STATE_CURSOR_INITIALIZER;
    uint16_t packetId;
    bool orphanFound = true;

    while ((packetId = MQTT_PublishToResend(&pAgent->mqttContext, &cursor)) != 0U)
    {
        MQTTAgentAckInfo_t *pAck = agent_find_ack(pAgent, packetId);
        if ((pAck != NULL) && (pAck->pOriginalCommand->commandType == PUBLISH))
        {
            MQTTPublishInfo_t *pInfo = (MQTTPublishInfo_t *)pAck->pOriginalCommand->pArgs;
            MQTTStatus_t status;
            pInfo->dup = true;
            status = MQTT_Publish(&pAgent->mqttContext, pInfo, packetId);
            if (status != MQTTSuccess)
            {
                return status;
            }
        }
    }
    /* Publishes no command holds (cancelled earlier) cannot be resent: forget them. Their
       records are removed one at a time, restarting the walk after each removal. */
    while (orphanFound)
    {
        orphanFound = false;
        cursor = MQTT_STATE_CURSOR_INITIALIZER;
        while ((packetId = MQTT_PublishToResend(&pAgent->mqttContext, &cursor)) != 0U)
        {
            MQTTAgentAckInfo_t *pAck = agent_find_ack(pAgent, packetId);
            if ((pAck == NULL) || (pAck->pOriginalCommand->commandType != PUBLISH))
            {
                (void)MQTT_CancelCallback(&pAgent->mqttContext, packetId);
                orphanFound = true;
                break;
            }
        }
    }
    return MQTTSuccess;
}

MQTTStatus_t MQTTAgent_ResumeSession(MQTTAgentContext_t *pMqttAgentContext, bool sessionPresent)
{
    MQTTStatus_t status = MQTTSuccess;
    size_t i;

    if ((pMqttAgentContext == NULL) || !interface_complete(&pMqttAgentContext->agentInterface))
    {
        return MQTTBadParameter;
    }
    for (i = 0U; i < MQTT_AGENT_MAX_OUTSTANDING_ACKS; i++)
    {
        MQTTAgentAckInfo_t *pAck = &pMqttAgentContext->pPendingAcks[i];
        /* Without a session nothing is acknowledged any more; with one, subscribes and
           unsubscribes still are not (only publishes carry over). */
        if ((pAck->pOriginalCommand != NULL) &&
            (!sessionPresent || (pAck->pOriginalCommand->commandType != PUBLISH)))
        {
            fail_ack(pMqttAgentContext, pAck);
        }
    }
    /* With a retransmit store the client already resent the publishes from its copies. */
    if (sessionPresent && (pMqttAgentContext->mqttContext.storeFunction == NULL))
    {
        status = resend_publishes(pMqttAgentContext);
    }
    return status;
}

/* ---- Posting commands (any task) ---- */

static bool context_ready(const MQTTAgentContext_t *pAgent, const MQTTAgentCommandInfo_t *pInfo)
{
    return (pAgent != NULL) && (pInfo != NULL) && interface_complete(&pAgent->agentInterface);
}

static MQTTStatus_t post(const MQTTAgentContext_t *pAgent, MQTTAgentCommandType_t type, void *pArgs,
                         const MQTTAgentCommandInfo_t *pInfo)
{
    MQTTAgentCommand_t *pCommand = pAgent->agentInterface.getCommand(pInfo->blockTimeMs);

    if (pCommand == NULL)
    {
        return MQTTNoMemory;
    }
    pCommand->commandType = type;
    pCommand->pArgs = pArgs;
    pCommand->pCommandCompleteCallback = pInfo->cmdCompleteCallback;
    pCommand->pCmdContext = pInfo->pCmdCompleteCallbackContext;
    if (!pAgent->agentInterface.send(pAgent->agentInterface.pMsgCtx, &pCommand, pInfo->blockTimeMs))
    {
        (void)pAgent->agentInterface.releaseCommand(pCommand);
        return MQTTSendFailed;
    }
    return MQTTSuccess;
}

static bool subscriptions_valid(const MQTTAgentSubscribeArgs_t *pArgs)
{
    size_t i;

    if ((pArgs == NULL) || (pArgs->pSubscribeInfo == NULL) || (pArgs->numSubscriptions == 0U))
    {
        return false;
    }
    for (i = 0U; i < pArgs->numSubscriptions; i++)
    {
        const MQTTSubscribeInfo_t *pFilter = &pArgs->pSubscribeInfo[i];
        if ((pFilter->pTopicFilter == NULL) || (pFilter->topicFilterLength == 0U) ||
            ((unsigned)pFilter->qos > (unsigned)MQTTQoS2))
        {
            return false;
        }
    }
    return true;
}

MQTTStatus_t MQTTAgent_Subscribe(const MQTTAgentContext_t *pMqttAgentContext,
                                 MQTTAgentSubscribeArgs_t *pSubscriptionArgs,
                                 const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo) || !subscriptions_valid(pSubscriptionArgs))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, SUBSCRIBE, pSubscriptionArgs, pCommandInfo);
}

MQTTStatus_t MQTTAgent_Unsubscribe(const MQTTAgentContext_t *pMqttAgentContext,
                                   MQTTAgentSubscribeArgs_t *pSubscriptionArgs,
                                   const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo) || !subscriptions_valid(pSubscriptionArgs))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, UNSUBSCRIBE, pSubscriptionArgs, pCommandInfo);
}

MQTTStatus_t MQTTAgent_Publish(const MQTTAgentContext_t *pMqttAgentContext,
                               MQTTPublishInfo_t *pPublishInfo,
                               const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo) || (pPublishInfo == NULL) ||
        (pPublishInfo->pTopicName == NULL) || (pPublishInfo->topicNameLength == 0U) ||
        ((unsigned)pPublishInfo->qos > (unsigned)MQTTQoS2) ||
        ((pPublishInfo->pPayload == NULL) && (pPublishInfo->payloadLength != 0U)))
    {
        return MQTTBadParameter;
    }
#if (MQTT_AGENT_USE_QOS_1_2_PUBLISH == 0)
    if (pPublishInfo->qos != MQTTQoS0)
    {
        return MQTTBadParameter;
    }
#endif
    return post(pMqttAgentContext, PUBLISH, pPublishInfo, pCommandInfo);
}

MQTTStatus_t MQTTAgent_ProcessLoop(const MQTTAgentContext_t *pMqttAgentContext,
                                   const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, PROCESSLOOP, NULL, pCommandInfo);
}

MQTTStatus_t MQTTAgent_Ping(const MQTTAgentContext_t *pMqttAgentContext,
                            const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, PING, NULL, pCommandInfo);
}

MQTTStatus_t MQTTAgent_Connect(const MQTTAgentContext_t *pMqttAgentContext,
                               MQTTAgentConnectArgs_t *pConnectArgs,
                               const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo) || (pConnectArgs == NULL) ||
        (pConnectArgs->pConnectInfo == NULL))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, CONNECT, pConnectArgs, pCommandInfo);
}

MQTTStatus_t MQTTAgent_Disconnect(const MQTTAgentContext_t *pMqttAgentContext,
                                  const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, DISCONNECT, NULL, pCommandInfo);
}

MQTTStatus_t MQTTAgent_Terminate(const MQTTAgentContext_t *pMqttAgentContext,
                                 const MQTTAgentCommandInfo_t *pCommandInfo)
{
    if (!context_ready(pMqttAgentContext, pCommandInfo))
    {
        return MQTTBadParameter;
    }
    return post(pMqttAgentContext, TERMINATE, NULL, pCommandInfo);
}
