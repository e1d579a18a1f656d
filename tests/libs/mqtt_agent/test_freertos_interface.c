/*
 * The MQTT agent's FreeRTOS parts on the simulator (kernel harness, virtual time): the static
 * command pool (blocking when empty, refusing foreign and double releases), the queue mailbox
 * (block times, FIFO order, full queue), waking the agent from an interrupt, and the whole
 * agent with several tasks posting at once through a queue and a pool smaller than their
 * demand. Built with MQTT_COMMAND_CONTEXTS_POOL_SIZE 4; the connection is the in-memory
 * broker of fake_broker.h.
 */
#include <string.h>

#include "harness.h"
#include "queue.h"
#include "task.h"
#include "tern_sim.h"

#include "core_mqtt_agent.h"
#include "fake_broker.h"
#include "freertos_agent_message.h"
#include "freertos_command_pool.h"

#if MQTT_COMMAND_CONTEXTS_POOL_SIZE != 4
#error These tests expect MQTT_COMMAND_CONTEXTS_POOL_SIZE 4
#endif

#define WAKE_IRQ 6U

static MQTTAgentMessageContext_t mailbox;
static StaticQueue_t mailbox_queue;
static uint8_t mailbox_storage[3U * sizeof(MQTTAgentCommand_t *)];

static void make_mailbox(void)
{
    mailbox.queue =
        xQueueCreateStatic(3U, sizeof(MQTTAgentCommand_t *), mailbox_storage, &mailbox_queue);
    CHECK(mailbox.queue != NULL);
}

/* ---- The command pool ---- */

static MQTTAgentCommand_t *volatile to_release;

static void releaser(void *arg)
{
    (void)arg;
    vTaskDelay(10);
    CHECK(Agent_ReleaseCommand(to_release));
    vTaskDelete(NULL);
}

static void pool_hands_out_each_command_once_and_blocks_when_empty(void)
{
    MQTTAgentCommand_t *taken[4];
    TickType_t start;
    size_t i;
    size_t j;

    Agent_InitializePool();
    CHECK_EQ(Agent_FreeCommandCount(), 4);
    for (i = 0U; i < 4U; i++)
    {
        taken[i] = Agent_GetCommand(0U);
        CHECK(taken[i] != NULL);
        for (j = 0U; j < i; j++)
        {
            CHECK(taken[i] != taken[j]);
        }
    }
    CHECK(Agent_GetCommand(0U) == NULL);
    start = xTaskGetTickCount();
    CHECK(Agent_GetCommand(20U) == NULL);
    CHECK_EQ(ticks_since(start), pdMS_TO_TICKS(20));

    /* A release wakes a task waiting for a command. */
    to_release = taken[2];
    test_task(releaser, "releaser", TEST_PRIORITY + 1, NULL);
    start = xTaskGetTickCount();
    CHECK(Agent_GetCommand(100U) == taken[2]);
    CHECK_EQ(ticks_since(start), 10);

    for (i = 0U; i < 4U; i++)
    {
        CHECK(Agent_ReleaseCommand(taken[i]));
    }
    CHECK_EQ(Agent_FreeCommandCount(), 4);
}

static void pool_refuses_foreign_and_repeated_releases(void)
{
    MQTTAgentCommand_t outsider;
    MQTTAgentCommand_t *pCommand;

    Agent_InitializePool();
    pCommand = Agent_GetCommand(0U);
    CHECK(pCommand != NULL);
    CHECK(!Agent_ReleaseCommand(NULL));
    CHECK(!Agent_ReleaseCommand(&outsider));
    CHECK(!Agent_ReleaseCommand((MQTTAgentCommand_t *)(void *)((char *)pCommand + 1)));
    CHECK_EQ(Agent_FreeCommandCount(), 3);
    CHECK(Agent_ReleaseCommand(pCommand));
    CHECK(!Agent_ReleaseCommand(pCommand));
    CHECK_EQ(Agent_FreeCommandCount(), 4);
    /* A structure that went back is cleared. */
    pCommand = Agent_GetCommand(0U);
    CHECK(pCommand->pArgs == NULL && pCommand->pCommandCompleteCallback == NULL);
    CHECK(Agent_ReleaseCommand(pCommand));
}

/* ---- The mailbox ---- */

static void mailbox_keeps_order_and_honours_block_times(void)
{
    MQTTAgentCommand_t commands[4];
    MQTTAgentCommand_t *pReceived = NULL;
    MQTTAgentCommand_t *pSend;
    TickType_t start;
    size_t i;

    make_mailbox();
    for (i = 0U; i < 3U; i++)
    {
        pSend = &commands[i];
        CHECK(Agent_MessageSend(&mailbox, &pSend, 0U));
    }
    pSend = &commands[3];
    CHECK(!Agent_MessageSend(&mailbox, &pSend, 0U));
    start = xTaskGetTickCount();
    CHECK(!Agent_MessageSend(&mailbox, &pSend, 15U));
    CHECK_EQ(ticks_since(start), 15);
    for (i = 0U; i < 3U; i++)
    {
        CHECK(Agent_MessageReceive(&mailbox, &pReceived, 0U));
        CHECK(pReceived == &commands[i]);
    }
    start = xTaskGetTickCount();
    CHECK(!Agent_MessageReceive(&mailbox, &pReceived, 7U));
    CHECK_EQ(ticks_since(start), 7);
    CHECK(!Agent_MessageSend(NULL, &pSend, 0U));
    CHECK(!Agent_MessageSend(&mailbox, NULL, 0U));
    CHECK(!Agent_MessageReceive(&mailbox, NULL, 0U));
    /* Milliseconds round up to whole ticks. */
    CHECK_EQ(Agent_MsToTicks(0U), 0);
    CHECK(Agent_MsToTicks(1U) >= 1U);
    CHECK_EQ(Agent_MsToTicks(UINT32_MAX), portMAX_DELAY);
    vQueueDelete(mailbox.queue);
}

static void wake_isr(void)
{
    BaseType_t woken = pdFALSE;
    (void)Agent_WakeFromISR(&mailbox, &woken);
    portYIELD_FROM_ISR(woken);
}

static volatile UBaseType_t wakes_seen;

static void sleeper(void *arg)
{
    (void)arg;
    for (;;)
    {
        MQTTAgentCommand_t dummy;
        MQTTAgentCommand_t *pCommand = &dummy; /* anything but NULL */
        if (Agent_MessageReceive(&mailbox, &pCommand, 100000U) && (pCommand == NULL))
        {
            wakes_seen++;
        }
    }
}

static void an_interrupt_wakes_the_agent_with_an_empty_command(void)
{
    TaskHandle_t task;
    MQTTAgentCommand_t command;
    MQTTAgentCommand_t *pSend = &command;

    make_mailbox();
    wakes_seen = 0U;
    CHECK(sim_irq_set_handler(WAKE_IRQ, wake_isr) == pdPASS);
    task = test_task(sleeper, "sleeper", TEST_PRIORITY + 1, NULL);
    vTaskDelay(5);
    sim_irq_raise(WAKE_IRQ);
    CHECK_EQ(wakes_seen, 1);
    /* With a message already waiting, a wake posts nothing more. */
    vTaskSuspend(task);
    CHECK(Agent_MessageSend(&mailbox, &pSend, 0U));
    sim_irq_raise(WAKE_IRQ);
    CHECK_EQ(uxQueueMessagesWaiting(mailbox.queue), 1);
    CHECK(!Agent_WakeFromISR(NULL, NULL));
    vTaskDelete(task);
    (void)sim_irq_set_handler(WAKE_IRQ, NULL);
    vQueueDelete(mailbox.queue);
}

/* ---- The whole agent with several posting tasks ---- */

#define POSTERS     3
#define PER_POSTER  12
#define AGENT_PRIO  (TEST_PRIORITY - 1)
#define POSTER_PRIO (TEST_PRIORITY - 2)

static MQTTAgentContext_t agent;
static uint8_t network_buffer[1024];
static volatile UBaseType_t completed[POSTERS];
static volatile UBaseType_t failures;
static volatile UBaseType_t posted_ok;
static volatile MQTTStatus_t loop_status;
static volatile UBaseType_t agent_done;

struct MQTTAgentCommandContext
{
    int poster;
};

static struct MQTTAgentCommandContext poster_contexts[POSTERS];

static uint32_t tick_ms(void)
{
    return (uint32_t)(xTaskGetTickCount() * portTICK_PERIOD_MS);
}

static void on_incoming(MQTTAgentContext_t *pAgent, uint16_t packetId, MQTTPublishInfo_t *pInfo)
{
    (void)pAgent;
    (void)packetId;
    (void)pInfo;
}

static void on_done(MQTTAgentCommandContext_t *pContext, MQTTAgentReturnInfo_t *pResult)
{
    if (pResult->returnCode == MQTTSuccess)
    {
        completed[pContext->poster]++;
    }
    else
    {
        failures++;
    }
}

static void agent_task(void *arg)
{
    (void)arg;
    loop_status = MQTTAgent_CommandLoop(&agent);
    agent_done = 1U;
    vTaskDelete(NULL);
}

static void poster(void *arg)
{
    int index = (int)(intptr_t)arg;
    /* One publish structure per message: each must live until its completion. */
    static MQTTPublishInfo_t publishes[POSTERS][PER_POSTER];
    int i;

    poster_contexts[index].poster = index;
    for (i = 0; i < PER_POSTER; i++)
    {
        MQTTAgentCommandInfo_t commandInfo = {on_done, &poster_contexts[index], 5000U};
        MQTTPublishInfo_t *pPublish = &publishes[index][i];
        memset(pPublish, 0, sizeof(*pPublish));
        pPublish->qos = (MQTTQoS_t)(i % 3);
        pPublish->pTopicName = "agent/test";
        pPublish->topicNameLength = 10U;
        pPublish->pPayload = "x";
        pPublish->payloadLength = 1U;
        if (MQTTAgent_Publish(&agent, pPublish, &commandInfo) == MQTTSuccess)
        {
            posted_ok++;
        }
    }
    vTaskDelete(NULL);
}

static void several_tasks_share_one_connection_through_the_agent(void)
{
    MQTTAgentMessageInterface_t messages;
    TransportInterface_t transport = broker_transport();
    MQTTFixedBuffer_t buffer = {network_buffer, sizeof(network_buffer)};
    MQTTConnectInfo_t connect;
    bool session = false;
    int i;

    broker_reset();
    make_mailbox();
    Agent_InitializePool();
    messages.pMsgCtx = &mailbox;
    messages.send = Agent_MessageSend;
    messages.recv = Agent_MessageReceive;
    messages.getCommand = Agent_GetCommand;
    messages.releaseCommand = Agent_ReleaseCommand;
    CHECK_EQ(MQTTAgent_Init(&agent, &messages, &buffer, &transport, tick_ms, on_incoming, NULL),
             MQTTSuccess);
    memset(&connect, 0, sizeof(connect));
    connect.cleanSession = true;
    connect.pClientIdentifier = "pool";
    connect.clientIdentifierLength = 4U;
    CHECK_EQ(MQTT_Connect(&agent.mqttContext, &connect, NULL, 100U, &session), MQTTSuccess);

    memset((void *)completed, 0, sizeof(completed));
    failures = 0U;
    posted_ok = 0U;
    agent_done = 0U;
    test_task(agent_task, "agent", AGENT_PRIO, NULL);
    for (i = 0; i < POSTERS; i++)
    {
        test_task(poster, "poster", POSTER_PRIO, (void *)(intptr_t)i);
    }
    /* 36 commands through a pool of 4 and a queue of 3: posters block until the agent
       gives structures back. */
    for (i = 0; i < 2000 && posted_ok < POSTERS * PER_POSTER; i++)
    {
        vTaskDelay(1);
    }
    CHECK_EQ(posted_ok, POSTERS * PER_POSTER);
    {
        MQTTAgentCommandInfo_t terminate = {NULL, NULL, 1000U};
        UBaseType_t total = 0U;
        /* Let the last acknowledgements arrive before ending. */
        for (i = 0; i < 2000; i++)
        {
            total = completed[0] + completed[1] + completed[2];
            if (total == POSTERS * PER_POSTER)
            {
                break;
            }
            vTaskDelay(1);
        }
        CHECK_EQ(total, POSTERS * PER_POSTER);
        CHECK_EQ(MQTTAgent_Terminate(&agent, &terminate), MQTTSuccess);
    }
    CHECK(test_wait_for(&agent_done, 1U, 5000U));
    CHECK_EQ(loop_status, MQTTSuccess);
    CHECK_EQ(failures, 0);
    for (i = 0; i < POSTERS; i++)
    {
        CHECK_EQ(completed[i], PER_POSTER);
    }
    CHECK_EQ(broker_count(0x30U), POSTERS * PER_POSTER);
    CHECK_EQ(Agent_FreeCommandCount(), 4);
    vQueueDelete(mailbox.queue);
}

int main(void)
{
    RUN_TEST(pool_hands_out_each_command_once_and_blocks_when_empty);
    RUN_TEST(pool_refuses_foreign_and_repeated_releases);
    RUN_TEST(mailbox_keeps_order_and_honours_block_times);
    RUN_TEST(an_interrupt_wakes_the_agent_with_an_empty_command);
    RUN_TEST(several_tasks_share_one_connection_through_the_agent);
    return test_summary();
}
