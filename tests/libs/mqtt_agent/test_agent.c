/*
 * The MQTT agent's command handling, without a kernel: commands go through an in-memory
 * mailbox and pool, the connection is an in-memory broker (fake_broker.h). Checks argument
 * checking, full pool and mailbox, completion of every command type at the right moment,
 * the limit on outstanding acknowledgements, cancel-all, terminate, disconnect, connection
 * failures and session resumption. Built with MQTT_AGENT_MAX_OUTSTANDING_ACKS = 3.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core_mqtt_agent.h"
#include "core_mqtt_agent_command_functions.h"
#include "fake_broker.h"

#if MQTT_AGENT_MAX_OUTSTANDING_ACKS != 3
#error These tests expect MQTT_AGENT_MAX_OUTSTANDING_ACKS 3
#endif

/* ---- An in-memory mailbox and command pool ---- */

#define POOL_SIZE    8U
#define MAILBOX_SIZE 8U

struct MQTTAgentMessageContext
{
    MQTTAgentCommand_t *slots[MAILBOX_SIZE];
    size_t head;
    size_t count;
    size_t capacity;    /* how many the mailbox takes in this test */
    unsigned idlePolls; /* receives that found nothing, to catch a loop that never ends */
};

static struct MQTTAgentMessageContext mailbox;
static MQTTAgentCommand_t pool[POOL_SIZE];
static bool poolUsed[POOL_SIZE];

static bool mailbox_send(MQTTAgentMessageContext_t *pMsgCtx, MQTTAgentCommand_t *const *pCommand,
                         uint32_t blockTimeMs)
{
    (void)blockTimeMs;
    if (pMsgCtx->count == pMsgCtx->capacity)
    {
        return false;
    }
    pMsgCtx->slots[(pMsgCtx->head + pMsgCtx->count) % MAILBOX_SIZE] = *pCommand;
    pMsgCtx->count++;
    return true;
}

static bool mailbox_recv(MQTTAgentMessageContext_t *pMsgCtx, MQTTAgentCommand_t **pCommand,
                         uint32_t blockTimeMs)
{
    (void)blockTimeMs;
    if (pMsgCtx->count == 0U)
    {
        if (++pMsgCtx->idlePolls > 100U)
        {
            fail_msg("the command loop keeps waiting for commands that never come");
        }
        return false;
    }
    *pCommand = pMsgCtx->slots[pMsgCtx->head];
    pMsgCtx->head = (pMsgCtx->head + 1U) % MAILBOX_SIZE;
    pMsgCtx->count--;
    return true;
}

static MQTTAgentCommand_t *pool_get(uint32_t blockTimeMs)
{
    size_t i;
    (void)blockTimeMs;
    for (i = 0U; i < POOL_SIZE; i++)
    {
        if (!poolUsed[i])
        {
            poolUsed[i] = true;
            return &pool[i];
        }
    }
    return NULL;
}

static bool pool_release(MQTTAgentCommand_t *pCommand)
{
    size_t i;
    for (i = 0U; i < POOL_SIZE; i++)
    {
        if ((&pool[i] == pCommand) && poolUsed[i])
        {
            poolUsed[i] = false;
            return true;
        }
    }
    fail_msg("a command was released that is not in use");
    return false;
}

static size_t pool_in_use(void)
{
    size_t i;
    size_t used = 0U;
    for (i = 0U; i < POOL_SIZE; i++)
    {
        used += poolUsed[i] ? 1U : 0U;
    }
    return used;
}

/* ---- Completions and incoming publishes ---- */

struct MQTTAgentCommandContext
{
    int id;
};

typedef struct completion
{
    int id;
    MQTTStatus_t status;
    uint8_t codes[4];
    bool hasCodes;
} completion_t;

static completion_t completions[32];
static size_t completionCount;

typedef struct incoming
{
    uint16_t packetId;
    MQTTQoS_t qos;
    char topic[32];
    char payload[64];
    size_t offset;
    size_t total;
} incoming_t;

static incoming_t incomings[16];
static size_t incomingCount;

static void on_complete(MQTTAgentCommandContext_t *pContext, MQTTAgentReturnInfo_t *pResult)
{
    completion_t *pCompletion = &completions[completionCount++];
    assert_true(completionCount <= 32U);
    pCompletion->id = pContext->id;
    pCompletion->status = pResult->returnCode;
    pCompletion->hasCodes = pResult->pSubackCodes != NULL;
    if (pCompletion->hasCodes)
    {
        memcpy(pCompletion->codes, pResult->pSubackCodes, 2U);
    }
}

static MQTTAgentContext_t agent;
static uint8_t networkBuffer[512];

static void on_incoming(MQTTAgentContext_t *pAgent, uint16_t packetId, MQTTPublishInfo_t *pInfo)
{
    incoming_t *pIn = &incomings[incomingCount++];
    assert_ptr_equal(pAgent, &agent);
    assert_true(incomingCount <= 16U);
    pIn->packetId = packetId;
    pIn->qos = pInfo->qos;
    memcpy(pIn->topic, pInfo->pTopicName, pInfo->topicNameLength);
    pIn->topic[pInfo->topicNameLength] = '\0';
    memcpy(pIn->payload, pInfo->pPayload, pInfo->payloadLength < 63U ? pInfo->payloadLength : 63U);
    pIn->offset = pAgent->incomingPayloadOffset;
    pIn->total = pAgent->incomingPayloadTotalLength;
}

static MQTTAgentMessageInterface_t interface_of(void)
{
    MQTTAgentMessageInterface_t messages;
    messages.pMsgCtx = &mailbox;
    messages.send = mailbox_send;
    messages.recv = mailbox_recv;
    messages.getCommand = pool_get;
    messages.releaseCommand = pool_release;
    return messages;
}

/* A fresh agent over a fresh broker, not yet connected. */
static void init_agent(size_t bufferSize)
{
    MQTTAgentMessageInterface_t messages = interface_of();
    TransportInterface_t transport = broker_transport();
    MQTTFixedBuffer_t buffer = {networkBuffer, bufferSize};

    broker_reset();
    memset(&mailbox, 0, sizeof(mailbox));
    mailbox.capacity = MAILBOX_SIZE;
    memset(poolUsed, 0, sizeof(poolUsed));
    completionCount = 0U;
    incomingCount = 0U;
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, &transport, broker_time, on_incoming, NULL),
        MQTTSuccess);
}

static struct MQTTAgentCommandContext contexts[16];

static MQTTAgentCommandInfo_t info(int id)
{
    MQTTAgentCommandInfo_t commandInfo;
    contexts[id].id = id;
    commandInfo.cmdCompleteCallback = on_complete;
    commandInfo.pCmdCompleteCallbackContext = &contexts[id];
    commandInfo.blockTimeMs = 0U;
    return commandInfo;
}

static MQTTConnectInfo_t connectInfo;
static MQTTAgentConnectArgs_t connectArgs;

/* Connects through a CONNECT command; the loop ends with the TERMINATE posted after it. */
static void connect_agent(bool cleanSession)
{
    MQTTAgentCommandInfo_t connectCommand = info(15);
    MQTTAgentCommandInfo_t terminate = info(14);
    memset(&connectInfo, 0, sizeof(connectInfo));
    connectInfo.cleanSession = cleanSession;
    connectInfo.pClientIdentifier = "agent-test";
    connectInfo.clientIdentifierLength = 10U;
    connectInfo.keepAliveSeconds = 60U;
    memset(&connectArgs, 0, sizeof(connectArgs));
    connectArgs.pConnectInfo = &connectInfo;
    connectArgs.timeoutMs = 100U;
    assert_int_equal(MQTTAgent_Connect(&agent, &connectArgs, &connectCommand), MQTTSuccess);
    assert_int_equal(MQTTAgent_Terminate(&agent, &terminate), MQTTSuccess);
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTSuccess);
    assert_int_equal(completionCount, 2U);
    assert_int_equal(completions[0].id, 15);
    assert_int_equal(completions[0].status, MQTTSuccess);
    assert_int_equal(agent.mqttContext.connectStatus, MQTTConnected);
    completionCount = 0U;
    mailbox.idlePolls = 0U;
}

/* Runs the command loop until a TERMINATE posted now (id 13) ends it; a PROCESSLOOP
   command without callback goes first so that what the broker sent is handled. */
static void run_until_terminate(void)
{
    MQTTAgentCommandInfo_t terminate = info(13);
    MQTTAgentCommandInfo_t receive = info(12);
    receive.cmdCompleteCallback = NULL;
    assert_int_equal(MQTTAgent_ProcessLoop(&agent, &receive), MQTTSuccess);
    assert_int_equal(MQTTAgent_Terminate(&agent, &terminate), MQTTSuccess);
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTSuccess);
}

static const completion_t *completion_of(int id)
{
    size_t i;
    for (i = 0U; i < completionCount; i++)
    {
        if (completions[i].id == id)
        {
            return &completions[i];
        }
    }
    return NULL;
}

static MQTTPublishInfo_t publish_info(const char *pTopic, const char *pPayload, MQTTQoS_t qos)
{
    MQTTPublishInfo_t publish;
    memset(&publish, 0, sizeof(publish));
    publish.qos = qos;
    publish.pTopicName = pTopic;
    publish.topicNameLength = (uint16_t)strlen(pTopic);
    publish.pPayload = pPayload;
    publish.payloadLength = strlen(pPayload);
    return publish;
}

/* ---- Tests ---- */

static void init_rejects_missing_arguments(void **state)
{
    MQTTAgentMessageInterface_t messages = interface_of();
    TransportInterface_t transport = broker_transport();
    MQTTFixedBuffer_t buffer = {networkBuffer, sizeof(networkBuffer)};
    (void)state;

    assert_int_equal(
        MQTTAgent_Init(NULL, &messages, &buffer, &transport, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    assert_int_equal(
        MQTTAgent_Init(&agent, NULL, &buffer, &transport, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, NULL, &transport, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, NULL, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, &transport, NULL, on_incoming, NULL),
        MQTTBadParameter);
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, &transport, broker_time, NULL, NULL),
        MQTTBadParameter);
    messages.releaseCommand = NULL;
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, &transport, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    messages = interface_of();
    messages.pMsgCtx = NULL;
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, &transport, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    /* The MQTT client's own checks come through too. */
    buffer.size = 0U;
    messages = interface_of();
    assert_int_equal(
        MQTTAgent_Init(&agent, &messages, &buffer, &transport, broker_time, on_incoming, NULL),
        MQTTBadParameter);
    /* The loop and the session functions refuse a NULL context. */
    assert_int_equal(MQTTAgent_CommandLoop(NULL), MQTTBadParameter);
    assert_int_equal(MQTTAgent_CancelAll(NULL), MQTTBadParameter);
    assert_int_equal(MQTTAgent_ResumeSession(NULL, true), MQTTBadParameter);
}

static void posting_rejects_bad_arguments_and_takes_nothing(void **state)
{
    MQTTAgentCommandInfo_t commandInfo = info(1);
    MQTTPublishInfo_t publish = publish_info("a/b", "x", MQTTQoS1);
    MQTTSubscribeInfo_t filters[2];
    MQTTAgentSubscribeArgs_t subscribe = {filters, 2U};
    MQTTAgentConnectArgs_t connect;
    (void)state;

    init_agent(sizeof(networkBuffer));
    memset(filters, 0, sizeof(filters));
    filters[0].pTopicFilter = "a/#";
    filters[0].topicFilterLength = 3U;
    filters[1].pTopicFilter = "b";
    filters[1].topicFilterLength = 1U;
    memset(&connect, 0, sizeof(connect));

    assert_int_equal(MQTTAgent_Publish(NULL, &publish, &commandInfo), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Publish(&agent, &publish, NULL), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Publish(&agent, NULL, &commandInfo), MQTTBadParameter);
    publish.pTopicName = NULL;
    assert_int_equal(MQTTAgent_Publish(&agent, &publish, &commandInfo), MQTTBadParameter);
    publish = publish_info("a/b", "x", MQTTQoS1);
    publish.topicNameLength = 0U;
    assert_int_equal(MQTTAgent_Publish(&agent, &publish, &commandInfo), MQTTBadParameter);
    publish = publish_info("a/b", "x", (MQTTQoS_t)3);
    assert_int_equal(MQTTAgent_Publish(&agent, &publish, &commandInfo), MQTTBadParameter);
    publish = publish_info("a/b", "x", MQTTQoS0);
    publish.pPayload = NULL;
    assert_int_equal(MQTTAgent_Publish(&agent, &publish, &commandInfo), MQTTBadParameter);

    assert_int_equal(MQTTAgent_Subscribe(&agent, NULL, &commandInfo), MQTTBadParameter);
    subscribe.numSubscriptions = 0U;
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTBadParameter);
    subscribe.numSubscriptions = 2U;
    filters[1].pTopicFilter = NULL;
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Unsubscribe(&agent, &subscribe, &commandInfo), MQTTBadParameter);
    filters[1].pTopicFilter = "b";
    filters[1].topicFilterLength = 0U;
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTBadParameter);
    filters[1].topicFilterLength = 1U;
    filters[0].qos = (MQTTQoS_t)3;
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTBadParameter);
    subscribe.pSubscribeInfo = NULL;
    assert_int_equal(MQTTAgent_Unsubscribe(&agent, &subscribe, &commandInfo), MQTTBadParameter);

    assert_int_equal(MQTTAgent_Connect(&agent, NULL, &commandInfo), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Connect(&agent, &connect, &commandInfo), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Ping(&agent, NULL), MQTTBadParameter);
    assert_int_equal(MQTTAgent_ProcessLoop(NULL, &commandInfo), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Disconnect(&agent, NULL), MQTTBadParameter);
    assert_int_equal(MQTTAgent_Terminate(NULL, &commandInfo), MQTTBadParameter);

    /* An uninitialised context has no message interface to post through. */
    {
        MQTTAgentContext_t blank;
        memset(&blank, 0, sizeof(blank));
        assert_int_equal(MQTTAgent_Ping(&blank, &commandInfo), MQTTBadParameter);
        assert_int_equal(MQTTAgent_CommandLoop(&blank), MQTTBadParameter);
    }

    assert_int_equal(pool_in_use(), 0U);
    assert_int_equal(mailbox.count, 0U);
    assert_int_equal(completionCount, 0U);
}

static void posting_without_a_free_command_is_no_memory(void **state)
{
    MQTTAgentCommandInfo_t commandInfo = info(1);
    size_t i;
    (void)state;

    init_agent(sizeof(networkBuffer));
    for (i = 0U; i < POOL_SIZE; i++)
    {
        (void)pool_get(0U);
    }
    assert_int_equal(MQTTAgent_Ping(&agent, &commandInfo), MQTTNoMemory);
    assert_int_equal(mailbox.count, 0U);
}

static void posting_to_a_full_mailbox_fails_and_gives_the_command_back(void **state)
{
    MQTTAgentCommandInfo_t commandInfo = info(1);
    (void)state;

    init_agent(sizeof(networkBuffer));
    mailbox.capacity = 2U;
    assert_int_equal(MQTTAgent_Ping(&agent, &commandInfo), MQTTSuccess);
    assert_int_equal(MQTTAgent_ProcessLoop(&agent, &commandInfo), MQTTSuccess);
    assert_int_equal(MQTTAgent_Ping(&agent, &commandInfo), MQTTSendFailed);
    assert_int_equal(pool_in_use(), 2U);
    assert_int_equal(mailbox.count, 2U);
    /* Nothing completed: a refused post never reaches the agent. */
    assert_int_equal(completionCount, 0U);
}

static void publishes_complete_when_their_exchange_does(void **state)
{
    MQTTPublishInfo_t qos0 = publish_info("t/0", "zero", MQTTQoS0);
    MQTTPublishInfo_t qos1 = publish_info("t/1", "one", MQTTQoS1);
    MQTTPublishInfo_t qos2 = publish_info("t/2", "two", MQTTQoS2);
    MQTTAgentCommandInfo_t i0 = info(0);
    MQTTAgentCommandInfo_t i1 = info(1);
    MQTTAgentCommandInfo_t i2 = info(2);
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    assert_int_equal(MQTTAgent_Publish(&agent, &qos0, &i0), MQTTSuccess);
    assert_int_equal(MQTTAgent_Publish(&agent, &qos1, &i1), MQTTSuccess);
    assert_int_equal(MQTTAgent_Publish(&agent, &qos2, &i2), MQTTSuccess);
    run_until_terminate();

    assert_int_equal(completionCount, 4U);
    assert_int_equal(completion_of(0)->status, MQTTSuccess);
    assert_int_equal(completion_of(1)->status, MQTTSuccess);
    assert_int_equal(completion_of(2)->status, MQTTSuccess);
    assert_int_equal(completion_of(13)->status, MQTTSuccess);
    /* QoS 2 completed only after the whole exchange: PUBREL went out. */
    assert_int_equal(broker_count(0x30U), 3U);
    assert_int_equal(broker_count(0x60U), 1U);
    assert_string_equal(broker.seen[3].topic, "t/2");
    assert_int_equal(pool_in_use(), 0U);
    assert_null(agent.pPendingAcks[0].pOriginalCommand);
}

static void held_acknowledgements_keep_commands_pending(void **state)
{
    MQTTPublishInfo_t qos1 = publish_info("t/1", "one", MQTTQoS1);
    MQTTAgentCommandInfo_t i1 = info(1);
    MQTTAgentCommandInfo_t ping = info(2);
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    broker.holdAcks = true;
    assert_int_equal(MQTTAgent_Publish(&agent, &qos1, &i1), MQTTSuccess);
    assert_int_equal(MQTTAgent_Ping(&agent, &ping), MQTTSuccess);
    /* Disconnect ends the loop without cancelling what waits. */
    {
        MQTTAgentCommandInfo_t disconnect = info(3);
        assert_int_equal(MQTTAgent_Disconnect(&agent, &disconnect), MQTTSuccess);
    }
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTSuccess);
    assert_null(completion_of(1));
    assert_int_equal(completion_of(2)->status, MQTTSuccess);
    assert_int_equal(completion_of(3)->status, MQTTSuccess);
    assert_int_equal(broker_count(0xC0U), 1U);
    assert_int_equal(broker_count(0xE0U), 1U);
    assert_int_equal(agent.mqttContext.connectStatus, MQTTNotConnected);
    assert_ptr_equal(agent.pPendingAcks[0].pOriginalCommand->pArgs, &qos1);
    assert_int_equal(pool_in_use(), 1U);
}

static void subscribes_complete_with_their_suback_codes(void **state)
{
    MQTTSubscribeInfo_t filters[2];
    MQTTAgentSubscribeArgs_t subscribe = {filters, 2U};
    MQTTAgentCommandInfo_t s1 = info(1);
    MQTTAgentCommandInfo_t s2 = info(2);
    MQTTAgentCommandInfo_t u3 = info(3);
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    memset(filters, 0, sizeof(filters));
    filters[0].pTopicFilter = "a/#";
    filters[0].topicFilterLength = 3U;
    filters[0].qos = MQTTQoS1;
    filters[1].pTopicFilter = "b";
    filters[1].topicFilterLength = 1U;
    filters[1].qos = MQTTQoS2;
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &s1), MQTTSuccess);
    run_until_terminate();
    assert_int_equal(completion_of(1)->status, MQTTSuccess);
    assert_true(completion_of(1)->hasCodes);
    assert_int_equal(completion_of(1)->codes[0], 1U);
    assert_int_equal(completion_of(1)->codes[1], 2U);

    completionCount = 0U;
    broker.refuseSubscriptions = true;
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &s2), MQTTSuccess);
    assert_int_equal(MQTTAgent_Unsubscribe(&agent, &subscribe, &u3), MQTTSuccess);
    run_until_terminate();
    assert_int_equal(completion_of(2)->status, MQTTServerRefused);
    assert_int_equal(completion_of(2)->codes[0], 0x80U);
    assert_int_equal(completion_of(3)->status, MQTTSuccess);
    assert_false(completion_of(3)->hasCodes);
    assert_int_equal(broker_count(0xA0U), 1U);
    assert_int_equal(broker.seen[broker.seenCount - 1U].filterCount, 2U);
    assert_int_equal(pool_in_use(), 0U);
}

static void incoming_publishes_reach_the_callback_and_are_acknowledged(void **state)
{
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    broker_deliver("in/0", "p0", 2U, MQTTQoS0, 0U);
    broker_deliver("in/1", "p1", 2U, MQTTQoS1, 7U);
    broker_deliver("in/2", "p2", 2U, MQTTQoS2, 8U);
    /* Nothing posted: the loop's wait for a command runs into MQTT_ProcessLoop by itself. A
       NULL command (a wake-up) does the same. */
    {
        MQTTAgentCommand_t *pNothing = NULL;
        assert_true(mailbox_send(&mailbox, &pNothing, 0U));
    }
    run_until_terminate();
    assert_int_equal(incomingCount, 3U);
    assert_string_equal(incomings[0].topic, "in/0");
    assert_int_equal(incomings[0].packetId, 0U);
    assert_string_equal(incomings[1].payload, "p1");
    assert_int_equal(incomings[1].packetId, 7U);
    assert_int_equal(incomings[2].qos, MQTTQoS2);
    assert_int_equal(incomings[2].total, 2U);
    /* PUBACK for QoS 1; PUBREC, then (after the broker's PUBREL) PUBCOMP for QoS 2. */
    assert_int_equal(broker_count(0x40U), 1U);
    assert_int_equal(broker_count(0x50U), 1U);
    assert_int_equal(broker_count(0x70U), 1U);
}

static void large_incoming_publishes_come_in_pieces_with_their_offsets(void **state)
{
    char payload[60];
    (void)state;

    memset(payload, 'x', sizeof(payload));
    init_agent(48U);
    connect_agent(true);
    broker_deliver("big", payload, sizeof(payload), MQTTQoS0, 0U);
    run_until_terminate();
    assert_true(incomingCount >= 2U);
    assert_int_equal(incomings[0].offset, 0U);
    assert_int_equal(incomings[0].total, 60U);
    assert_true(incomings[1].offset > 0U);
    assert_int_equal(incomings[incomingCount - 1U].total, 60U);
    /* Outside the callback the fields are cleared. */
    assert_int_equal(agent.incomingPayloadTotalLength, 0U);
}

static void too_many_outstanding_acknowledgements_is_no_memory(void **state)
{
    MQTTPublishInfo_t publishes[4];
    MQTTPublishInfo_t qos0 = publish_info("q/0", "fine", MQTTQoS0);
    MQTTSubscribeInfo_t filter;
    MQTTAgentSubscribeArgs_t subscribe = {&filter, 1U};
    MQTTAgentCommandInfo_t commandInfo;
    int i;
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    broker.holdAcks = true;
    for (i = 0; i < 4; i++)
    {
        publishes[i] = publish_info("q/1", "held", MQTTQoS1);
        commandInfo = info(i);
        assert_int_equal(MQTTAgent_Publish(&agent, &publishes[i], &commandInfo), MQTTSuccess);
    }
    memset(&filter, 0, sizeof(filter));
    filter.pTopicFilter = "x";
    filter.topicFilterLength = 1U;
    commandInfo = info(4);
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTSuccess);
    /* The loop goes on after a command-level failure. */
    commandInfo = info(5);
    assert_int_equal(MQTTAgent_Publish(&agent, &qos0, &commandInfo), MQTTSuccess);
    {
        MQTTAgentCommandInfo_t disconnect = info(6);
        assert_int_equal(MQTTAgent_Disconnect(&agent, &disconnect), MQTTSuccess);
    }
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTSuccess);

    assert_null(completion_of(0));
    assert_null(completion_of(1));
    assert_null(completion_of(2));
    assert_int_equal(completion_of(3)->status, MQTTNoMemory);
    assert_int_equal(completion_of(4)->status, MQTTNoMemory);
    assert_int_equal(completion_of(5)->status, MQTTSuccess);
    /* The refused ones never went out. */
    assert_int_equal(broker_count(0x30U), 4U);
    assert_int_equal(broker_count(0x80U), 0U);
}

static void terminate_cancels_waiting_and_queued_commands(void **state)
{
    MQTTPublishInfo_t held = publish_info("h", "1", MQTTQoS1);
    MQTTPublishInfo_t late = publish_info("h", "2", MQTTQoS0);
    MQTTSubscribeInfo_t filter;
    MQTTAgentSubscribeArgs_t subscribe = {&filter, 1U};
    MQTTAgentCommandInfo_t commandInfo;
    MQTTStateCursor_t cursor = MQTT_STATE_CURSOR_INITIALIZER;
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    broker.holdAcks = true;
    memset(&filter, 0, sizeof(filter));
    filter.pTopicFilter = "s";
    filter.topicFilterLength = 1U;
    commandInfo = info(1);
    assert_int_equal(MQTTAgent_Publish(&agent, &held, &commandInfo), MQTTSuccess);
    commandInfo = info(2);
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTSuccess);
    commandInfo = info(3);
    assert_int_equal(MQTTAgent_Terminate(&agent, &commandInfo), MQTTSuccess);
    commandInfo = info(4);
    assert_int_equal(MQTTAgent_Publish(&agent, &late, &commandInfo), MQTTSuccess);

    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTSuccess);
    assert_int_equal(completionCount, 4U);
    assert_int_equal(completion_of(1)->status, MQTTRecvFailed);
    assert_int_equal(completion_of(2)->status, MQTTRecvFailed);
    assert_int_equal(completion_of(4)->status, MQTTRecvFailed);
    assert_int_equal(completion_of(3)->status, MQTTSuccess);
    /* The terminate itself completes last, after everything it cancelled. */
    assert_int_equal(completions[3].id, 3);
    /* The queued publish was never sent; the connection was left alone. */
    assert_int_equal(broker_count(0x30U), 1U);
    assert_int_equal(broker_count(0xE0U), 0U);
    assert_int_equal(agent.mqttContext.connectStatus, MQTTConnected);
    assert_int_equal(pool_in_use(), 0U);
    /* The cancelled publish's QoS record is free again. */
    assert_int_equal(MQTT_PublishToResend(&agent.mqttContext, &cursor), 0U);
}

static void cancel_all_outside_the_loop_empties_the_mailbox(void **state)
{
    MQTTAgentCommandInfo_t commandInfo;
    (void)state;

    init_agent(sizeof(networkBuffer));
    commandInfo = info(1);
    assert_int_equal(MQTTAgent_Ping(&agent, &commandInfo), MQTTSuccess);
    commandInfo = info(2);
    commandInfo.cmdCompleteCallback = NULL; /* no callback: still given back */
    assert_int_equal(MQTTAgent_ProcessLoop(&agent, &commandInfo), MQTTSuccess);
    assert_int_equal(MQTTAgent_CancelAll(&agent), MQTTSuccess);
    assert_int_equal(completionCount, 1U);
    assert_int_equal(completion_of(1)->status, MQTTRecvFailed);
    assert_int_equal(mailbox.count, 0U);
    assert_int_equal(pool_in_use(), 0U);
}

static void an_unknown_command_type_fails_only_that_command(void **state)
{
    MQTTAgentCommand_t *pCommand;
    (void)state;

    init_agent(sizeof(networkBuffer));
    pCommand = pool_get(0U);
    pCommand->commandType = NUM_COMMANDS;
    contexts[1].id = 1;
    pCommand->pCmdContext = &contexts[1];
    pCommand->pCommandCompleteCallback = on_complete;
    assert_true(mailbox_send(&mailbox, &pCommand, 0U));
    run_until_terminate();
    assert_int_equal(completion_of(1)->status, MQTTBadParameter);
    assert_int_equal(completion_of(13)->status, MQTTSuccess);
    assert_int_equal(pool_in_use(), 0U);
}

/* A connection keeping its session on which `held` (command 1) went out, its acknowledgement
   held back, and which then broke: the loop returned MQTTRecvFailed, the publish waits. */
static void publish_then_lose_the_connection(MQTTPublishInfo_t *pHeld)
{
    MQTTAgentCommandInfo_t commandInfo = info(1);

    init_agent(sizeof(networkBuffer));
    connect_agent(false);
    assert_false(connectArgs.sessionPresent);
    broker.holdAcks = true;
    assert_int_equal(MQTTAgent_Publish(&agent, pHeld, &commandInfo), MQTTSuccess);
    broker.recvFails = true;
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTRecvFailed);
    broker.recvFails = false;
    assert_null(completion_of(1));
    assert_int_equal(mailbox.count, 0U);
}

static void a_broken_connection_ends_the_loop_and_keeps_waiting_commands(void **state)
{
    MQTTPublishInfo_t held = publish_info("r", "again", MQTTQoS1);
    MQTTPublishInfo_t lost = publish_info("r", "no", MQTTQoS0);
    MQTTAgentCommandInfo_t commandInfo = info(2);
    (void)state;

    publish_then_lose_the_connection(&held);
    /* A send failure ends it too, and fails the command that hit it. */
    broker.sendFails = true;
    assert_int_equal(MQTTAgent_Publish(&agent, &lost, &commandInfo), MQTTSuccess);
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTSendFailed);
    assert_int_equal(completion_of(2)->status, MQTTSendFailed);
    assert_null(completion_of(1));
    assert_int_equal(pool_in_use(), 1U);
}

static void a_resumed_session_resends_waiting_publishes(void **state)
{
    MQTTPublishInfo_t held = publish_info("r", "again", MQTTQoS1);
    MQTTSubscribeInfo_t filter;
    MQTTAgentSubscribeArgs_t subscribe = {&filter, 1U};
    MQTTAgentCommandInfo_t commandInfo = info(1);
    bool sessionPresent = false;
    uint16_t firstId;
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(false);
    broker.holdAcks = true;
    memset(&filter, 0, sizeof(filter));
    filter.pTopicFilter = "s";
    filter.topicFilterLength = 1U;
    assert_int_equal(MQTTAgent_Publish(&agent, &held, &commandInfo), MQTTSuccess);
    commandInfo = info(2);
    assert_int_equal(MQTTAgent_Subscribe(&agent, &subscribe, &commandInfo), MQTTSuccess);
    /* CONNECT, PUBLISH, SUBSCRIBE: the connection breaks after the subscribe went out. */
    broker.recvFailsAtSeen = 3U;
    assert_int_equal(MQTTAgent_CommandLoop(&agent), MQTTRecvFailed);
    assert_int_equal(mailbox.count, 0U);
    broker.recvFailsAtSeen = 0U;
    firstId = broker.seen[1].packetId;
    assert_false(broker.seen[1].dup);

    /* The agent task reconnects on its own and resumes. */
    broker.recvFails = false;
    broker.holdAcks = false;
    broker.sessionPresent = true;
    assert_int_equal(MQTT_Connect(&agent.mqttContext, &connectInfo, NULL, 100U, &sessionPresent),
                     MQTTSuccess);
    assert_true(sessionPresent);
    assert_int_equal(MQTTAgent_ResumeSession(&agent, sessionPresent), MQTTSuccess);
    /* The subscribe cannot carry over. */
    assert_int_equal(completion_of(2)->status, MQTTRecvFailed);
    assert_null(completion_of(1));
    assert_int_equal(broker.seen[broker.seenCount - 1U].packetId, firstId);
    assert_true(broker.seen[broker.seenCount - 1U].dup);
    assert_string_equal((const char *)broker.seen[broker.seenCount - 1U].payload, "again");
    run_until_terminate();
    assert_int_equal(completion_of(1)->status, MQTTSuccess);
    assert_int_equal(pool_in_use(), 0U);
}

static void a_lost_session_fails_waiting_commands(void **state)
{
    MQTTPublishInfo_t held = publish_info("r", "gone", MQTTQoS2);
    bool sessionPresent = true;
    (void)state;

    publish_then_lose_the_connection(&held);
    broker.sessionPresent = false;
    assert_int_equal(MQTT_Connect(&agent.mqttContext, &connectInfo, NULL, 100U, &sessionPresent),
                     MQTTSuccess);
    assert_false(sessionPresent);
    assert_int_equal(MQTTAgent_ResumeSession(&agent, sessionPresent), MQTTSuccess);
    assert_int_equal(completion_of(1)->status, MQTTRecvFailed);
    assert_int_equal(broker_count(0x30U), 1U);
    assert_int_equal(pool_in_use(), 0U);
}

static void the_connect_command_reports_the_session_and_resumes_it(void **state)
{
    MQTTPublishInfo_t held = publish_info("c", "kept", MQTTQoS1);
    MQTTAgentCommandInfo_t reconnect = info(2);
    (void)state;

    publish_then_lose_the_connection(&held);
    broker.holdAcks = false;
    broker.sessionPresent = true;
    assert_int_equal(MQTTAgent_Connect(&agent, &connectArgs, &reconnect), MQTTSuccess);
    run_until_terminate();
    assert_true(connectArgs.sessionPresent);
    assert_int_equal(completion_of(2)->status, MQTTSuccess);
    assert_int_equal(completion_of(1)->status, MQTTSuccess);
    assert_true(broker.seen[broker.seenCount - 1U].dup);
}

static void a_refused_connect_fails_that_command_only(void **state)
{
    MQTTAgentCommandInfo_t commandInfo = info(3);
    MQTTConnectInfo_t refused;
    MQTTAgentConnectArgs_t args;
    (void)state;

    init_agent(sizeof(networkBuffer));
    broker.connackCode = 5U;
    memset(&refused, 0, sizeof(refused));
    refused.cleanSession = true;
    refused.pClientIdentifier = "nobody";
    refused.clientIdentifierLength = 6U;
    memset(&args, 0, sizeof(args));
    args.pConnectInfo = &refused;
    args.timeoutMs = 100U;
    assert_int_equal(MQTTAgent_Connect(&agent, &args, &commandInfo), MQTTSuccess);
    run_until_terminate();
    assert_int_equal(completion_of(3)->status, MQTTServerRefused);
    assert_int_equal(completion_of(13)->status, MQTTSuccess);
    assert_int_equal(agent.mqttContext.connectStatus, MQTTNotConnected);
}

static void command_functions_report_what_the_loop_must_do(void **state)
{
    MQTTAgentCommandFuncReturns_t flags;
    MQTTPublishInfo_t qos1 = publish_info("f", "1", MQTTQoS1);
    (void)state;

    init_agent(sizeof(networkBuffer));
    connect_agent(true);
    memset(&flags, 0, sizeof(flags));
    assert_int_equal(MQTTAgentCommand_ProcessLoop(&agent, NULL, &flags), MQTTSuccess);
    assert_true(flags.runProcessLoop);
    memset(&flags, 0, sizeof(flags));
    assert_int_equal(MQTTAgentCommand_Publish(&agent, &qos1, &flags), MQTTSuccess);
    assert_true(flags.addAcknowledgment);
    assert_int_not_equal(flags.packetId, 0U);
    memset(&flags, 0, sizeof(flags));
    assert_int_equal(MQTTAgentCommand_Publish(&agent, NULL, &flags), MQTTBadParameter);
    assert_int_equal(MQTTAgentCommand_Subscribe(&agent, NULL, &flags), MQTTBadParameter);
    assert_int_equal(MQTTAgentCommand_Connect(&agent, NULL, &flags), MQTTBadParameter);
    memset(&flags, 0, sizeof(flags));
    assert_int_equal(MQTTAgentCommand_Ping(&agent, NULL, &flags), MQTTSuccess);
    assert_true(flags.runProcessLoop);
    memset(&flags, 0, sizeof(flags));
    assert_int_equal(MQTTAgentCommand_Terminate(&agent, NULL, &flags), MQTTSuccess);
    assert_true(flags.endLoop);
    memset(&flags, 0, sizeof(flags));
    assert_int_equal(MQTTAgentCommand_Disconnect(&agent, NULL, &flags), MQTTSuccess);
    assert_true(flags.endLoop);
    assert_int_equal(agent.mqttContext.connectStatus, MQTTNotConnected);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(init_rejects_missing_arguments),
        cmocka_unit_test(posting_rejects_bad_arguments_and_takes_nothing),
        cmocka_unit_test(posting_without_a_free_command_is_no_memory),
        cmocka_unit_test(posting_to_a_full_mailbox_fails_and_gives_the_command_back),
        cmocka_unit_test(publishes_complete_when_their_exchange_does),
        cmocka_unit_test(held_acknowledgements_keep_commands_pending),
        cmocka_unit_test(subscribes_complete_with_their_suback_codes),
        cmocka_unit_test(incoming_publishes_reach_the_callback_and_are_acknowledged),
        cmocka_unit_test(large_incoming_publishes_come_in_pieces_with_their_offsets),
        cmocka_unit_test(too_many_outstanding_acknowledgements_is_no_memory),
        cmocka_unit_test(terminate_cancels_waiting_and_queued_commands),
        cmocka_unit_test(cancel_all_outside_the_loop_empties_the_mailbox),
        cmocka_unit_test(an_unknown_command_type_fails_only_that_command),
        cmocka_unit_test(a_broken_connection_ends_the_loop_and_keeps_waiting_commands),
        cmocka_unit_test(a_resumed_session_resends_waiting_publishes),
        cmocka_unit_test(a_lost_session_fails_waiting_commands),
        cmocka_unit_test(the_connect_command_reports_the_session_and_resumes_it),
        cmocka_unit_test(a_refused_connect_fails_that_command_only),
        cmocka_unit_test(command_functions_report_what_the_loop_must_do),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
