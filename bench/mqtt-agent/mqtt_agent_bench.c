/*
 * MQTT throughput on the Linux simulator (bench/mqtt-agent/run starts the broker): messages per
 * second, 64-byte QoS 1 payloads, from publishers on the simulator over the simulator transport
 * (libs/net_posix) through a local mosquitto to a subscriber in the same simulator process.
 *   sim_qos1_msgs    one task with the plain core_mqtt.h API, at most 20 messages unacknowledged;
 *   agent_qos1_msgs  four tasks sharing one connection through the MQTT agent (MQTTAgent_Publish
 *                    with completion callbacks), at most 20 publishes outstanding in total.
 * The subscriber is its own task and connection (plain core_mqtt.h API, QoS 1). The figure is
 * messages delivered to it per second of host time (CLOCK_MONOTONIC) from the first publish to
 * the last delivery, 20,000 messages a run, median of 5 runs, the two figures interleaved; each
 * message must arrive exactly once. Any failure (connect, lost connection, a run not done within
 * its deadline) is reported and ends the program with status 1; a host watchdog ends it should
 * the simulator itself stall.
 * Usage: mqtt_agent_bench free-port | mqtt_agent_bench run <port> [figure...]
 */
#define _GNU_SOURCE

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "FreeRTOS.h"
#include "queue.h"
#include "semphr.h"
#include "task.h"

#include "bench_clock.h"
#include "bench_runs.h"
#include "broker.h"
#include "core_mqtt.h"
#include "core_mqtt_agent.h"
#include "freertos_agent_message.h"
#include "freertos_command_pool.h"
#include "transport_sim.h"

#define PAYLOAD_SIZE 64U
#define WINDOW       20U /* QoS 1 messages unacknowledged at most (mosquitto's default) */
#define MESSAGES     20000U
#define PUBLISHERS   4U
#define RUNS         5U

#define RUN_DEADLINE_MS        30000U /* a run, connecting and closing included */
#define WATCHDOG_GRACE_MS      10000U /* after a run's deadline, the host gives up on the simulator */
#define CONNECT_TIMEOUT_MS     5000U
#define SEND_TIMEOUT_MS        5000U
#define CLIENT_RECV_TIMEOUT_MS 20U /* plain clients wait in the receive for data */
#define AGENT_RECV_TIMEOUT_MS  0U  /* the agent never waits there: arriving data wakes it */
#define POST_BLOCK_MS          1000U

#define PRIO_CONTROL    4U
#define PRIO_SUBSCRIBER 3U
#define PRIO_AGENT      2U
#define PRIO_PUBLISHER  1U
#define STACK_WORDS     configMINIMAL_STACK_SIZE

static uint16_t port;
static TaskHandle_t controller;
static int exitStatus;

/* ---- One run: what every task reports to the controller ---- */

static struct
{
    char topic[64];
    unsigned serial;
    uint64_t deadlineNs;
    uint64_t startNs; /* just before the first publish */
    uint64_t endNs;   /* the last delivery */
    volatile unsigned delivered;
    volatile unsigned completed; /* agent: publishes completed successfully */
    volatile unsigned publishersDone;
    volatile unsigned tasksEnded; /* subscriber, agent, plain publisher: closed their connection */
    volatile bool subscriberReady;
    volatile bool agentReady;
    volatile bool failed;
    char failure[200];
    uint8_t seen[(MESSAGES + 7U) / 8U]; /* which message numbers were delivered */
} run;

/* The host watchdog's limit (host nanoseconds), moved on by the controller at each run. */
static atomic_uint_fast64_t watchdogLimitNs;
static atomic_int watchdogQuit;

static void wake_controller(void)
{
    (void)xTaskNotifyGive(controller);
}

/* Records the run's first failure and wakes the controller, which ends the program. Tasks. */
static void run_fail(const char *pFormat, ...)
{
    taskENTER_CRITICAL();
    if (!run.failed)
    {
        va_list arguments;
        va_start(arguments, pFormat);
        (void)vsnprintf(run.failure, sizeof(run.failure), pFormat, arguments);
        va_end(arguments);
        run.failed = true;
    }
    taskEXIT_CRITICAL();
    wake_controller();
}

/* A publisher is about to send a message: the first one starts the clock. */
static void run_started(void)
{
    taskENTER_CRITICAL();
    if (run.startNs == 0U)
    {
        run.startNs = bench_now_ns();
    }
    taskEXIT_CRITICAL();
}

/* Counts one more finished task or publisher (several tasks count on the same counter). */
static void count_one(volatile unsigned *pCounter)
{
    taskENTER_CRITICAL();
    (*pCounter)++;
    taskEXIT_CRITICAL();
    wake_controller();
}

static bool run_expired(void)
{
    return run.failed || (bench_now_ns() >= run.deadlineNs);
}

static uint32_t now_ms(void)
{
    return (uint32_t)(xTaskGetTickCount() * portTICK_PERIOD_MS);
}

/* Connects pNetwork to the broker; recvTimeoutMs is how long a receive waits for data. */
static bool transport_open(NetworkContext_t *pNetwork, uint32_t recvTimeoutMs, const char *pWho)
{
    SimTransportConfig_t config;
    SimTransportStatus_t status;

    memset(&config, 0, sizeof(config));
    config.pHostName = "127.0.0.1";
    config.port = port;
    config.connectTimeoutMs = CONNECT_TIMEOUT_MS;
    config.recvTimeoutMs = recvTimeoutMs;
    config.sendTimeoutMs = SEND_TIMEOUT_MS;
    status = SimTransport_Connect(pNetwork, &config);
    if (status != SIM_TRANSPORT_SUCCESS)
    {
        run_fail("%s: no connection to 127.0.0.1:%u (%s)", pWho, (unsigned)port,
                 SimTransport_strerror(status));
        return false;
    }
    return true;
}

static MQTTStatus_t mqtt_connect(MQTTContext_t *pContext, const char *pWho)
{
    char clientId[48];
    MQTTConnectInfo_t info;
    bool sessionPresent = false;

    /* Unique per run: a client still closing from the run before is not taken over. */
    (void)snprintf(clientId, sizeof(clientId), "tern-bench-%s-%u", pWho, run.serial);
    memset(&info, 0, sizeof(info));
    info.cleanSession = true;
    info.keepAliveSeconds = 60U;
    info.pClientIdentifier = clientId;
    info.clientIdentifierLength = (uint16_t)strlen(clientId);
    return MQTT_Connect(pContext, &info, NULL, CONNECT_TIMEOUT_MS, &sessionPresent);
}

/* The subscriber (in its task) received a PUBLISH. */
static void delivered(const MQTTPublishInfo_t *pInfo)
{
    uint32_t number;

    if ((pInfo->topicNameLength != strlen(run.topic)) ||
        (memcmp(pInfo->pTopicName, run.topic, pInfo->topicNameLength) != 0) ||
        (pInfo->payloadLength != PAYLOAD_SIZE) || (pInfo->qos != MQTTQoS1))
    {
        run_fail("subscriber: unexpected message (topic %.*s, %u bytes, QoS %d)",
                 (int)pInfo->topicNameLength, pInfo->pTopicName, (unsigned)pInfo->payloadLength,
                 (int)pInfo->qos);
        return;
    }
    memcpy(&number, pInfo->pPayload, sizeof(number));
    if ((number >= MESSAGES) || ((run.seen[number / 8U] & (1U << (number % 8U))) != 0U))
    {
        run_fail("subscriber: message %u delivered twice or out of range", (unsigned)number);
        return;
    }
    run.seen[number / 8U] |= (uint8_t)(1U << (number % 8U));
    run.delivered++;
    if (run.delivered == MESSAGES)
    {
        run.endNs = bench_now_ns();
        wake_controller();
    }
}

/* ---- Plain clients (core_mqtt.h): the subscriber, and the publisher of sim_qos1_msgs ---- */

typedef struct client
{
    MQTTContext_t context; /* first: the event callback finds the client from it */
    NetworkContext_t network;
    uint8_t buffer[16384];
    MQTTPubAckInfo_t outgoing[WINDOW];
    MQTTPubAckInfo_t incoming[WINDOW];
    unsigned acknowledged;
    bool subscribed;
} client_t;

static client_t subscriber;
static client_t plainPublisher;

static void client_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                         MQTTDeserializedInfo_t *pInfo)
{
    client_t *pClient = (client_t *)(void *)pContext;
    uint8_t type = pPacket->type & 0xF0U;

    if (type == MQTT_PACKET_TYPE_PUBLISH)
    {
        delivered(pInfo->pPublishInfo);
    }
    else if (type == MQTT_PACKET_TYPE_PUBACK)
    {
        pClient->acknowledged++;
    }
    else if (type == MQTT_PACKET_TYPE_SUBACK)
    {
        pClient->subscribed = true;
    }
    else
    {
        /* PINGRESP: nothing to do. */
    }
}

/* Connects the transport and MQTT; false (with the run failed) when either fails. */
static bool client_open(client_t *pClient, const char *pWho)
{
    TransportInterface_t transport;
    MQTTFixedBuffer_t fixed;
    MQTTStatus_t status;

    memset(pClient, 0, sizeof(*pClient));
    if (!transport_open(&pClient->network, CLIENT_RECV_TIMEOUT_MS, pWho))
    {
        return false;
    }
    transport = SimTransport_Interface(&pClient->network);
    fixed.pBuffer = pClient->buffer;
    fixed.size = sizeof(pClient->buffer);
    status = MQTT_Init(&pClient->context, &transport, now_ms, client_event, &fixed);
    if (status == MQTTSuccess)
    {
        status = MQTT_InitStatefulQoS(&pClient->context, pClient->outgoing, WINDOW,
                                      pClient->incoming, WINDOW);
    }
    if (status == MQTTSuccess)
    {
        status = mqtt_connect(&pClient->context, pWho);
    }
    if (status != MQTTSuccess)
    {
        run_fail("%s: MQTT connect failed (%s)", pWho, MQTT_Status_strerror(status));
        SimTransport_Disconnect(&pClient->network);
        return false;
    }
    return true;
}

/* Runs the receive loop once; false (with the run failed) when the connection is lost. */
static bool client_poll(client_t *pClient, const char *pWho)
{
    MQTTStatus_t status = MQTT_ProcessLoop(&pClient->context);

    if ((status != MQTTSuccess) && (status != MQTTNeedMoreBytes))
    {
        run_fail("%s: connection lost (%s)", pWho, MQTT_Status_strerror(status));
        return false;
    }
    return true;
}

/* Disconnects cleanly after a good run, closes the transport, and reports the end. */
static void client_close(client_t *pClient)
{
    if (!run.failed)
    {
        (void)MQTT_Disconnect(&pClient->context);
    }
    SimTransport_Disconnect(&pClient->network);
    count_one(&run.tasksEnded);
}

static void subscriber_task(void *pArgument)
{
    MQTTSubscribeInfo_t filter;
    (void)pArgument;

    if (client_open(&subscriber, "sub"))
    {
        MQTTStatus_t status;
        memset(&filter, 0, sizeof(filter));
        filter.qos = MQTTQoS1;
        filter.pTopicFilter = run.topic;
        filter.topicFilterLength = (uint16_t)strlen(run.topic);
        status =
            MQTT_Subscribe(&subscriber.context, &filter, 1U, MQTT_GetPacketId(&subscriber.context));
        if (status != MQTTSuccess)
        {
            run_fail("sub: SUBSCRIBE not sent (%s)", MQTT_Status_strerror(status));
        }
        while (!subscriber.subscribed && !run_expired() && client_poll(&subscriber, "sub"))
        {
        }
        if (subscriber.subscribed)
        {
            run.subscriberReady = true;
            wake_controller();
        }
        while ((run.delivered < MESSAGES) && !run_expired() && client_poll(&subscriber, "sub"))
        {
        }
        client_close(&subscriber);
    }
    vTaskSuspend(NULL);
}

static void plain_publisher_task(void *pArgument)
{
    uint8_t payload[PAYLOAD_SIZE];
    MQTTPublishInfo_t info;
    uint32_t i;
    (void)pArgument;

    if (!client_open(&plainPublisher, "pub"))
    {
        vTaskSuspend(NULL);
    }
    memset(payload, 'x', sizeof(payload));
    memset(&info, 0, sizeof(info));
    info.qos = MQTTQoS1;
    info.pTopicName = run.topic;
    info.topicNameLength = (uint16_t)strlen(run.topic);
    info.pPayload = payload;
    info.payloadLength = sizeof(payload);
    run_started();
    for (i = 0U; (i < MESSAGES) && !run.failed; i++)
    {
        MQTTStatus_t status;

        while ((i - plainPublisher.acknowledged >= WINDOW) && !run_expired() &&
               client_poll(&plainPublisher, "pub"))
        {
        }
        if (run_expired())
        {
            break;
        }
        memcpy(payload, &i, sizeof(i));
        status =
            MQTT_Publish(&plainPublisher.context, &info, MQTT_GetPacketId(&plainPublisher.context));
        if (status != MQTTSuccess)
        {
            run_fail("pub: PUBLISH %u failed (%s)", (unsigned)i, MQTT_Status_strerror(status));
        }
    }
    while ((plainPublisher.acknowledged < MESSAGES) && !run_expired() &&
           client_poll(&plainPublisher, "pub"))
    {
    }
    if (plainPublisher.acknowledged == MESSAGES)
    {
        count_one(&run.publishersDone);
    }
    client_close(&plainPublisher);
    vTaskSuspend(NULL);
}

/* ---- The agent and its publishers ---- */

static MQTTAgentContext_t agent;
static MQTTAgentMessageContext_t mailbox;
static NetworkContext_t agentNetwork;
static uint8_t agentBuffer[16384];
static SemaphoreHandle_t window; /* a token per publish that may be outstanding */

/* A publish in flight: its arguments stay here until its completion callback has run. */
struct MQTTAgentCommandContext
{
    MQTTPublishInfo_t info;
    uint8_t payload[PAYLOAD_SIZE];
    volatile bool busy;
};

/* Any publisher may have the whole window outstanding. */
static MQTTAgentCommandContext_t slots[PUBLISHERS][WINDOW];

static void wake_agent(void *pContext, BaseType_t *pxHigherPriorityTaskWoken)
{
    (void)Agent_WakeFromISR((MQTTAgentMessageContext_t *)pContext, pxHigherPriorityTaskWoken);
}

static void agent_incoming(MQTTAgentContext_t *pAgent, uint16_t packetId, MQTTPublishInfo_t *pInfo)
{
    (void)pAgent;
    (void)packetId;
    run_fail("agent: a PUBLISH arrived on %.*s, which nobody subscribed to",
             (int)pInfo->topicNameLength, pInfo->pTopicName);
}

/* Runs in the agent task when the PUBACK came (or the publish failed or was cancelled). */
static void publish_done(MQTTAgentCommandContext_t *pSlot, MQTTAgentReturnInfo_t *pResult)
{
    pSlot->busy = false;
    if (pResult->returnCode != MQTTSuccess)
    {
        run_fail("agent: a publish completed with %s", MQTT_Status_strerror(pResult->returnCode));
    }
    else
    {
        run.completed++;
        if (run.completed == MESSAGES)
        {
            wake_controller();
        }
    }
    (void)xSemaphoreGive(window);
}

/* Connects, then runs the command loop until DISCONNECT (or a lost connection). */
static void agent_task(void *pArgument)
{
    MQTTAgentMessageInterface_t messages;
    TransportInterface_t transport;
    MQTTFixedBuffer_t fixed;
    MQTTStatus_t status;
    (void)pArgument;

    if (!transport_open(&agentNetwork, AGENT_RECV_TIMEOUT_MS, "agent"))
    {
        vTaskSuspend(NULL);
    }
    Agent_InitializePool();
    messages.pMsgCtx = &mailbox;
    messages.send = Agent_MessageSend;
    messages.recv = Agent_MessageReceive;
    messages.getCommand = Agent_GetCommand;
    messages.releaseCommand = Agent_ReleaseCommand;
    transport = SimTransport_Interface(&agentNetwork);
    fixed.pBuffer = agentBuffer;
    fixed.size = sizeof(agentBuffer);
    status = MQTTAgent_Init(&agent, &messages, &fixed, &transport, now_ms, agent_incoming, NULL);
    if (status == MQTTSuccess)
    {
        SimTransport_SetReceiveCallback(&agentNetwork, wake_agent, &mailbox);
        status = mqtt_connect(&agent.mqttContext, "agent");
    }
    if (status != MQTTSuccess)
    {
        run_fail("agent: MQTT connect failed (%s)", MQTT_Status_strerror(status));
        SimTransport_Disconnect(&agentNetwork);
        vTaskSuspend(NULL);
    }
    run.agentReady = true;
    wake_controller();
    status = MQTTAgent_CommandLoop(&agent);
    if (status != MQTTSuccess)
    {
        run_fail("agent: connection lost (%s)", MQTT_Status_strerror(status));
        (void)MQTTAgent_CancelAll(&agent);
    }
    SimTransport_Disconnect(&agentNetwork);
    count_one(&run.tasksEnded);
    vTaskSuspend(NULL);
}

/* A free slot of publisher k, searching from *pNext; NULL when all are in flight. */
static MQTTAgentCommandContext_t *free_slot(unsigned k, unsigned *pNext)
{
    unsigned i;

    for (i = 0U; i < WINDOW; i++)
    {
        MQTTAgentCommandContext_t *pSlot = &slots[k][(*pNext + i) % WINDOW];
        if (!pSlot->busy)
        {
            *pNext = (*pNext + i + 1U) % WINDOW;
            return pSlot;
        }
    }
    return NULL;
}

/* Waits for a window token; false when the run failed or expired first. */
static bool take_token(void)
{
    while (xSemaphoreTake(window, pdMS_TO_TICKS(100)) != pdTRUE)
    {
        if (run_expired())
        {
            return false;
        }
    }
    return true;
}

/* Publisher k sends messages k * MESSAGES / PUBLISHERS onwards, one window token each. */
static void agent_publisher_task(void *pArgument)
{
    unsigned k = (unsigned)(uintptr_t)pArgument;
    MQTTAgentCommandInfo_t command;
    unsigned next = 0U;
    uint32_t i;

    memset(&command, 0, sizeof(command));
    command.cmdCompleteCallback = publish_done;
    command.blockTimeMs = POST_BLOCK_MS;
    for (i = 0U; (i < MESSAGES / PUBLISHERS) && !run_expired(); i++)
    {
        uint32_t number = k * (MESSAGES / PUBLISHERS) + i;
        MQTTAgentCommandContext_t *pSlot;
        MQTTStatus_t status;

        if (!take_token())
        {
            break;
        }
        pSlot = free_slot(k, &next);
        if (pSlot == NULL)
        {
            /* A token means fewer than WINDOW publishes are outstanding, ours included. */
            run_fail("agent publisher %u: every slot in flight while holding a token", k);
            break;
        }
        pSlot->busy = true;
        memset(&pSlot->info, 0, sizeof(pSlot->info));
        pSlot->info.qos = MQTTQoS1;
        pSlot->info.pTopicName = run.topic;
        pSlot->info.topicNameLength = (uint16_t)strlen(run.topic);
        memset(pSlot->payload, 'x', sizeof(pSlot->payload));
        memcpy(pSlot->payload, &number, sizeof(number));
        pSlot->info.pPayload = pSlot->payload;
        pSlot->info.payloadLength = sizeof(pSlot->payload);
        command.pCmdCompleteCallbackContext = pSlot;
        if (i == 0U)
        {
            run_started();
        }
        status = MQTTAgent_Publish(&agent, &pSlot->info, &command);
        if (status != MQTTSuccess)
        {
            run_fail("agent publisher %u: MQTTAgent_Publish failed (%s)", k,
                     MQTT_Status_strerror(status));
            break;
        }
    }
    count_one(&run.publishersDone);
    vTaskSuspend(NULL);
}

/* ---- The controller: runs, figures, the end ---- */

typedef bool (*stage_done_t)(void);

/* Waits until done() holds; false when the run failed or its deadline passed first. */
static bool await(stage_done_t done, const char *pWhat)
{
    while (!done())
    {
        if (run.failed)
        {
            return false;
        }
        if (bench_now_ns() >= run.deadlineNs)
        {
            run_fail("%s: not within %u ms of the run's start", pWhat, RUN_DEADLINE_MS);
            return false;
        }
        (void)ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(100));
    }
    return true;
}

static bool subscriber_ready(void)
{
    return run.subscriberReady;
}

static bool agent_ready(void)
{
    return run.agentReady;
}

static bool plain_run_done(void)
{
    return (run.delivered == MESSAGES) && (run.publishersDone == 1U) && (run.tasksEnded == 2U);
}

static bool agent_publishes_done(void)
{
    return (run.delivered == MESSAGES) && (run.completed == MESSAGES) &&
           (run.publishersDone == PUBLISHERS);
}

static bool agent_run_done(void)
{
    return run.tasksEnded == 2U;
}

/* Tasks of the current run, deleted by the controller once they are finished. */
static TaskHandle_t runTasks[2U + PUBLISHERS];
static size_t runTaskCount;

static bool start_task(TaskFunction_t function, const char *pName, UBaseType_t priority,
                       void *pArgument)
{
    TaskHandle_t task = NULL;

    if (xTaskCreate(function, pName, STACK_WORDS, pArgument, priority, &task) != pdPASS)
    {
        run_fail("no memory for task %s", pName);
        return false;
    }
    runTasks[runTaskCount++] = task;
    return true;
}

static void delete_run_tasks(void)
{
    while (runTaskCount > 0U)
    {
        vTaskDelete(runTasks[--runTaskCount]);
    }
}

static bool measure_plain(void)
{
    return start_task(subscriber_task, "sub", PRIO_SUBSCRIBER, NULL) &&
           await(subscriber_ready, "subscribing") &&
           start_task(plain_publisher_task, "pub", PRIO_PUBLISHER, NULL) &&
           await(plain_run_done, "the messages");
}

static bool measure_agent(void)
{
    MQTTAgentCommandInfo_t command;
    unsigned k;

    memset(slots, 0, sizeof(slots));
    memset(&command, 0, sizeof(command));
    command.blockTimeMs = POST_BLOCK_MS;
    if (!start_task(subscriber_task, "sub", PRIO_SUBSCRIBER, NULL) ||
        !await(subscriber_ready, "subscribing") ||
        !start_task(agent_task, "agent", PRIO_AGENT, NULL) || !await(agent_ready, "the agent"))
    {
        return false;
    }
    /* They start together when the controller waits. */
    for (k = 0U; k < PUBLISHERS; k++)
    {
        if (!start_task(agent_publisher_task, "pub", PRIO_PUBLISHER, (void *)(uintptr_t)k))
        {
            return false;
        }
    }
    if (!await(agent_publishes_done, "the messages"))
    {
        return false;
    }
    if (MQTTAgent_Disconnect(&agent, &command) != MQTTSuccess)
    {
        run_fail("agent: DISCONNECT not posted");
        return false;
    }
    if (!await(agent_run_done, "closing"))
    {
        return false;
    }
    if (Agent_FreeCommandCount() != MQTT_COMMAND_CONTEXTS_POOL_SIZE)
    {
        run_fail("agent: %u command structures not returned to the pool",
                 (unsigned)(MQTT_COMMAND_CONTEXTS_POOL_SIZE - Agent_FreeCommandCount()));
        return false;
    }
    return true;
}

typedef struct figure
{
    const char *pName;
    bool (*measure)(void);
    double rates[RUNS];
    double cpuUs[RUNS]; /* the whole process's CPU per message, connecting included */
} figure_t;

static figure_t figures[] = {
    {"sim_qos1_msgs", measure_plain, {0}, {0}},
    {"agent_qos1_msgs", measure_agent, {0}, {0}},
};
static size_t figureCount = sizeof(figures) / sizeof(figures[0]);

/* One run of pFigure; the rate in messages per second, or -1 with run.failure set. */
static double measure(figure_t *pFigure, unsigned serial, double *pCpuUs)
{
    double cpuStart = bench_cpu_seconds();
    uint64_t nowNs = bench_now_ns();
    bool good;

    memset(&run, 0, sizeof(run));
    run.serial = serial;
    (void)snprintf(run.topic, sizeof(run.topic), "bench/%s/%d/%u", pFigure->pName, (int)getpid(),
                   serial);
    run.deadlineNs = nowNs + (uint64_t)RUN_DEADLINE_MS * 1000000U;
    atomic_store(&watchdogLimitNs, run.deadlineNs + (uint64_t)WATCHDOG_GRACE_MS * 1000000U);
    /* Leftovers of a run: a wake-up posted after the agent's loop ended; tokens are full. */
    (void)xQueueReset(mailbox.queue);
    while (xSemaphoreGive(window) == pdTRUE)
    {
    }
    good = pFigure->measure();
    if (!good)
    {
        return -1.0;
    }
    delete_run_tasks();
    *pCpuUs = (bench_cpu_seconds() - cpuStart) * 1e6 / (double)MESSAGES;
    return (double)MESSAGES * 1e9 / (double)(run.endNs - run.startNs);
}

static void control(void *pArgument)
{
    unsigned serial = 0U;
    unsigned r;
    size_t f;
    (void)pArgument;

    exitStatus = 1;
    mailbox.queue = xQueueCreate(MQTT_AGENT_COMMAND_QUEUE_LENGTH, sizeof(MQTTAgentCommand_t *));
    window = xSemaphoreCreateCounting(WINDOW, WINDOW);
    if ((mailbox.queue == NULL) || (window == NULL))
    {
        fprintf(stderr, "mqtt_agent_bench: no memory for the agent's queue\n");
        vTaskEndScheduler();
    }
    /* Interleaved, so that a change in the machine's load touches both figures alike. */
    for (r = 0U; r < RUNS; r++)
    {
        for (f = 0U; f < figureCount; f++)
        {
            figure_t *pFigure = &figures[f];
            pFigure->rates[r] = measure(pFigure, serial++, &pFigure->cpuUs[r]);
            if (pFigure->rates[r] < 0.0)
            {
                fprintf(stderr, "mqtt_agent_bench: %s run %u failed: %s\n", pFigure->pName, r,
                        run.failure);
                vTaskEndScheduler();
            }
            fprintf(stderr, "mqtt_agent_bench: %s run %u: %.0f msgs/s, process CPU %.2f us/msg\n",
                    pFigure->pName, r, pFigure->rates[r], pFigure->cpuUs[r]);
        }
    }
    for (f = 0U; f < figureCount; f++)
    {
        printf("bench: mqtt.%s %.0f msgs/s\n", figures[f].pName,
               bench_median(figures[f].rates, RUNS));
        fprintf(stderr, "mqtt_agent_bench: %s median process CPU %.2f us/msg\n", figures[f].pName,
                bench_median(figures[f].cpuUs, RUNS));
    }
    fflush(stdout);
    exitStatus = 0;
    vTaskEndScheduler();
}

/* ---- The host side ---- */

/* Ends the process when the simulator makes no progress (a run far past its deadline). */
static void *watchdog(void *pArgument)
{
    (void)pArgument;
    while (atomic_load(&watchdogQuit) == 0)
    {
        uint64_t limit = atomic_load(&watchdogLimitNs);
        if ((limit != 0U) && (bench_now_ns() > limit))
        {
            fprintf(stderr,
                    "mqtt_agent_bench: the simulator stalled (a run %u ms past its "
                    "deadline); giving up\n",
                    WATCHDOG_GRACE_MS);
            _exit(3);
        }
        (void)usleep(100000);
    }
    return NULL;
}

/* Keeps the figures named in pNames, in table order; returns how many remain. */
static size_t select_figures(char **pNames, size_t names)
{
    size_t kept = 0U;
    size_t i;

    for (i = 0U; i < figureCount; i++)
    {
        if (bench_name_listed(figures[i].pName, pNames, names))
        {
            figures[kept++] = figures[i];
        }
    }
    return kept;
}

int main(int argc, char **argv)
{
    pthread_t watchdogThread;
    long number;

    if ((argc == 2) && (strcmp(argv[1], "free-port") == 0))
    {
        printf("%u\n", (unsigned)broker_free_port());
        return 0;
    }
    if ((argc < 3) || (strcmp(argv[1], "run") != 0))
    {
        fprintf(stderr, "usage: %s free-port | %s run <port> [figure...]\n", argv[0], argv[0]);
        return 2;
    }
    number = strtol(argv[2], NULL, 10);
    if ((number <= 0) || (number > 65535))
    {
        fprintf(stderr, "mqtt_agent_bench: bad port %s\n", argv[2]);
        return 2;
    }
    port = (uint16_t)number;
    if (argc > 3)
    {
        figureCount = select_figures(&argv[3], (size_t)(argc - 3));
        if (figureCount == 0U)
        {
            fprintf(stderr, "mqtt_agent_bench: no such figure\n");
            return 2;
        }
    }
    if ((pthread_create(&watchdogThread, NULL, watchdog, NULL) != 0) ||
        (xTaskCreate(control, "control", STACK_WORDS, NULL, PRIO_CONTROL, &controller) != pdPASS))
    {
        fprintf(stderr, "mqtt_agent_bench: cannot start\n");
        return 1;
    }
    vTaskStartScheduler(); /* returns after vTaskEndScheduler(), every task deleted */
    /* After a failure connections may still be open: close them (and their host threads). */
    SimTransport_Disconnect(&subscriber.network);
    SimTransport_Disconnect(&plainPublisher.network);
    SimTransport_Disconnect(&agentNetwork);
    atomic_store(&watchdogQuit, 1);
    (void)pthread_join(watchdogThread, NULL);
    return exitStatus;
}
