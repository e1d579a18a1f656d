/*
 * MQTT agent (coreMQTT-Agent v1.x API): one task owns an MQTT connection and runs
 * MQTTAgent_CommandLoop; any number of other tasks use the connection by posting commands
 * (MQTTAgent_Publish, MQTTAgent_Subscribe, ...) that the agent task carries out in order.
 * The MQTT client itself is not thread-safe (calls on one context must not overlap); the
 * agent serialises them. Needs no kernel itself: commands travel through the application's
 * MQTTAgentMessageInterface_t (a FreeRTOS queue and a static command pool in
 * freertos_agent_message.h / freertos_command_pool.h). Never allocates.
 */
#ifndef CORE_MQTT_AGENT_H
#define CORE_MQTT_AGENT_H

#include "core_mqtt.h"
#include "core_mqtt_state.h"

#include "core_mqtt_agent_config_defaults.h"
#include "core_mqtt_agent_message_interface.h"

#ifdef __cplusplus
extern "C"
{
#endif

    /* What a command asks the agent to do. NONE (0) runs the receive loop only. */
    typedef enum MQTTCommandType
    {
        NONE = 0,    /* no command: run MQTT_ProcessLoop */
        PROCESSLOOP, /* run MQTT_ProcessLoop */
        PUBLISH,     /* MQTT_Publish */
        SUBSCRIBE,   /* MQTT_Subscribe */
        UNSUBSCRIBE, /* MQTT_Unsubscribe */
        PING,        /* MQTT_Ping */
        CONNECT,     /* MQTT_Connect, then resume the session */
        DISCONNECT,  /* MQTT_Disconnect, then leave the command loop */
        TERMINATE,   /* cancel everything and leave the command loop */
        NUM_COMMANDS /* number of command types */
    } MQTTAgentCommandType_t;

    struct MQTTAgentContext;
    struct MQTTAgentCommandContext;

    /* The outcome of a command, given to its completion callback. */
    typedef struct MQTTAgentReturnInfo
    {
        MQTTStatus_t returnCode; /* MQTTSuccess, or what went wrong */
        uint8_t *pSubackCodes;   /* SUBSCRIBE: one return code per filter (valid during the
                                    callback only), else NULL */
    } MQTTAgentReturnInfo_t;

    /* The application's own structure, handed back to its completion callback. */
    typedef struct MQTTAgentCommandContext MQTTAgentCommandContext_t;

    /*
     * Called by the agent task when a command completes: QoS 0 publishes, pings, connects and
     * disconnects once sent; QoS 1 publishes on PUBACK, QoS 2 on PUBCOMP; subscribes on
     * SUBACK and unsubscribes on UNSUBACK; cancelled commands with MQTTRecvFailed. Runs in the
     * agent task: it must not block, and may post further commands only with a block time of 0.
     * A command's arguments must stay valid until this call.
     */
    typedef void (*MQTTAgentCommandCallback_t)(MQTTAgentCommandContext_t *pCmdCallbackContext,
                                               MQTTAgentReturnInfo_t *pReturnInfo);

    /* A command on its way to, or held by, the agent. Filled by the MQTTAgent_ functions. */
    struct MQTTAgentCommand
    {
        MQTTAgentCommandType_t commandType;                  /* what to do */
        void *pArgs;                                         /* its arguments */
        MQTTAgentCommandCallback_t pCommandCompleteCallback; /* optional completion callback */
        MQTTAgentCommandContext_t *pCmdContext;              /* passed to the callback */
    };

    /* A command waiting for its acknowledgement from the broker. */
    typedef struct MQTTAckInfo
    {
        uint16_t packetId;                    /* identifier the acknowledgement will carry */
        MQTTAgentCommand_t *pOriginalCommand; /* NULL when the slot is free */
    } MQTTAgentAckInfo_t;

    /*
     * Called by the agent task for every PUBLISH received, with its packet identifier (0 for
     * QoS 0). Pointers in pPublishInfo are valid during the call only. Same rules as
     * MQTTAgentCommandCallback_t. A message larger than the network buffer arrives in pieces
     * (docs/mqtt.md): during the call, incomingPayloadOffset and incomingPayloadTotalLength in
     * the agent context say where this piece belongs.
     */
    typedef void (*MQTTAgentIncomingPublishCallback_t)(struct MQTTAgentContext *pMqttAgentContext,
                                                       uint16_t packetId,
                                                       MQTTPublishInfo_t *pPublishInfo);

    /*
     * One agent and its connection. Initialise with MQTTAgent_Init; only the agent task touches
     * it afterwards (other tasks only pass it to the posting functions).
     */
    typedef struct MQTTAgentContext
    {
        MQTTContext_t mqttContext;                                        /* the MQTT connection */
        MQTTAgentMessageInterface_t agentInterface;                       /* how commands arrive */
        MQTTAgentAckInfo_t pPendingAcks[MQTT_AGENT_MAX_OUTSTANDING_ACKS]; /* awaiting acks */
        MQTTAgentIncomingPublishCallback_t pIncomingCallback;             /* incoming PUBLISH */
        void *pIncomingCallbackContext;                                   /* for the application */
        bool packetReceivedInLoop; /* the last MQTT_ProcessLoop call received a packet */
                                   /* Tern additions. */
#if (MQTT_AGENT_USE_QOS_1_2_PUBLISH != 0)
        MQTTPubAckInfo_t outgoingPublishRecords[MQTT_AGENT_MAX_OUTSTANDING_ACKS]; /* QoS 1/2 */
        MQTTPubAckInfo_t incomingPublishRecords[MQTT_AGENT_MAX_OUTSTANDING_ACKS]; /* QoS 2 */
#endif
        size_t incomingPayloadOffset;      /* during the incoming callback, see above */
        size_t incomingPayloadTotalLength; /* during the incoming callback, see above */
    } MQTTAgentContext_t;

    /* Arguments of a SUBSCRIBE or UNSUBSCRIBE command. */
    typedef struct MQTTAgentSubscribeArgs
    {
        MQTTSubscribeInfo_t *pSubscribeInfo; /* the topic filters */
        size_t numSubscriptions;             /* how many */
    } MQTTAgentSubscribeArgs_t;

    /* Arguments of a CONNECT command. */
    typedef struct MQTTAgentConnectArgs
    {
        MQTTConnectInfo_t *pConnectInfo; /* CONNECT parameters */
        MQTTPublishInfo_t *pWillInfo;    /* will message, or NULL */
        uint32_t timeoutMs;              /* how long to wait for the CONNACK */
        bool sessionPresent;             /* out: the broker resumed a session */
    } MQTTAgentConnectArgs_t;

    /* What every posting function needs besides its arguments. */
    typedef struct MQTTAgentCommandInfo
    {
        MQTTAgentCommandCallback_t cmdCompleteCallback;         /* optional */
        MQTTAgentCommandContext_t *pCmdCompleteCallbackContext; /* passed to it */
        uint32_t blockTimeMs; /* longest wait for a free command structure and for room in
                                 the agent's mailbox (each) */
    } MQTTAgentCommandInfo_t;

    /*
     * Prepares pMqttAgentContext: copies the message interface, initialises the MQTT context
     * with the network buffer, transport and clock (MQTT_Init, with the agent's own event
     * callback) and gives it QoS 1/2 records of its own (Tern: inside the context, so several
     * agents can coexist). incomingCallback receives incoming publishes;
     * pIncomingPacketContext is stored in pIncomingCallbackContext for the application.
     * Returns MQTTBadParameter for a NULL argument or an incomplete message interface, else
     * MQTT_Init's status. Call before the agent task starts; not thread-safe; does not block.
     */
    MQTTStatus_t MQTTAgent_Init(MQTTAgentContext_t *pMqttAgentContext,
                                const MQTTAgentMessageInterface_t *pMsgInterface,
                                const MQTTFixedBuffer_t *pNetworkBuffer,
                                const TransportInterface_t *pTransportInterface,
                                MQTTGetCurrentTimeFunc_t getCurrentTimeMs,
                                MQTTAgentIncomingPublishCallback_t incomingCallback,
                                void *pIncomingPacketContext);

    /*
     * The agent task's loop: takes commands from the mailbox (waiting at most
     * MQTT_AGENT_MAX_EVENT_QUEUE_WAIT_TIME) and carries them out; after each, and after every
     * wait without a command, runs MQTT_ProcessLoop while connected, again as long as packets
     * keep arriving. Returns MQTTSuccess after a DISCONNECT or TERMINATE command; otherwise
     * returns when the connection fails (MQTTRecvFailed, MQTTSendFailed, MQTTKeepAliveTimeout,
     * MQTTBadResponse, MQTTIllegalState, MQTTServerDisconnected), leaving the commands that
     * await acknowledgements in place for MQTTAgent_ResumeSession or MQTTAgent_CancelAll.
     * Errors that concern one command only (MQTTBadParameter, MQTTNoMemory,
     * MQTTStateCollision, MQTTPublishStoreFailed, a refused or timed-out CONNECT) go to that
     * command's callback and the loop goes on. MQTTBadParameter for a NULL context. Blocks.
     */
    MQTTStatus_t MQTTAgent_CommandLoop(MQTTAgentContext_t *pMqttAgentContext);

    /*
     * After MQTT_Connect on the agent's context (the agent task's own reconnect): with
     * sessionPresent, resends every QoS 1/2 PUBLISH still awaiting its PUBACK/PUBREC with the
     * DUP flag (the MQTT client already resent owed PUBRELs; with a retransmit store it resent
     * the publishes too, and nothing is repeated here); subscribes and unsubscribes awaiting
     * their acknowledgement complete with MQTTRecvFailed, since the broker will not answer
     * them on the new connection. Without a session, every command awaiting an
     * acknowledgement completes with MQTTRecvFailed. Returns MQTTBadParameter, the failing
     * MQTT_Publish status, or MQTTSuccess. Agent task only (not thread-safe).
     */
    MQTTStatus_t MQTTAgent_ResumeSession(MQTTAgentContext_t *pMqttAgentContext,
                                         bool sessionPresent);

    /*
     * Completes every command still in the mailbox and every command awaiting an
     * acknowledgement with MQTTRecvFailed, and forgets their QoS records. For the agent task
     * while the command loop is not running (or from a TERMINATE command). Returns
     * MQTTBadParameter for a NULL context, else MQTTSuccess.
     */
    MQTTStatus_t MQTTAgent_CancelAll(MQTTAgentContext_t *pMqttAgentContext);

    /*
     * The posting functions. Each takes a command structure (getCommand, waiting at most
     * pCommandInfo->blockTimeMs), fills it and posts it (send, waiting at most as long again),
     * from any task. They return MQTTBadParameter for invalid arguments (nothing is posted),
     * MQTTNoMemory when no command structure became free, MQTTSendFailed when the mailbox
     * stayed full (the structure is given back), or MQTTSuccess once posted; the outcome of
     * the operation itself arrives through pCommandInfo->cmdCompleteCallback. Everything the
     * arguments point to must stay valid until then. From a callback of the agent, use a
     * block time of 0. Not callable from an ISR.
     */

    /* SUBSCRIBE to pSubscriptionArgs's filters (at least one, each with a topic). */
    MQTTStatus_t MQTTAgent_Subscribe(const MQTTAgentContext_t *pMqttAgentContext,
                                     MQTTAgentSubscribeArgs_t *pSubscriptionArgs,
                                     const MQTTAgentCommandInfo_t *pCommandInfo);

    /* UNSUBSCRIBE from pSubscriptionArgs's filters. */
    MQTTStatus_t MQTTAgent_Unsubscribe(const MQTTAgentContext_t *pMqttAgentContext,
                                       MQTTAgentSubscribeArgs_t *pSubscriptionArgs,
                                       const MQTTAgentCommandInfo_t *pCommandInfo);

    /* PUBLISH pPublishInfo (a topic is required; QoS 0..2). */
    MQTTStatus_t MQTTAgent_Publish(const MQTTAgentContext_t *pMqttAgentContext,
                                   MQTTPublishInfo_t *pPublishInfo,
                                   const MQTTAgentCommandInfo_t *pCommandInfo);

    /* Only wakes the agent to run MQTT_ProcessLoop (e.g. when data is known to have arrived). */
    MQTTStatus_t MQTTAgent_ProcessLoop(const MQTTAgentContext_t *pMqttAgentContext,
                                       const MQTTAgentCommandInfo_t *pCommandInfo);

    /* Sends a PINGREQ; completes once sent (a missing PINGRESP ends the command loop with
       MQTTKeepAliveTimeout). */
    MQTTStatus_t MQTTAgent_Ping(const MQTTAgentContext_t *pMqttAgentContext,
                                const MQTTAgentCommandInfo_t *pCommandInfo);

    /* MQTT_Connect over the agent's (already connected) transport, then
       MQTTAgent_ResumeSession; pConnectArgs->sessionPresent is set before completion. */
    MQTTStatus_t MQTTAgent_Connect(const MQTTAgentContext_t *pMqttAgentContext,
                                   MQTTAgentConnectArgs_t *pConnectArgs,
                                   const MQTTAgentCommandInfo_t *pCommandInfo);

    /* Sends DISCONNECT; the command loop then returns MQTTSuccess (the transport stays open:
       the application closes it). */
    MQTTStatus_t MQTTAgent_Disconnect(const MQTTAgentContext_t *pMqttAgentContext,
                                      const MQTTAgentCommandInfo_t *pCommandInfo);

    /* Cancels every other command (MQTTRecvFailed) and makes the command loop return
       MQTTSuccess without touching the connection. */
    MQTTStatus_t MQTTAgent_Terminate(const MQTTAgentContext_t *pMqttAgentContext,
                                     const MQTTAgentCommandInfo_t *pCommandInfo);

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_AGENT_H */
