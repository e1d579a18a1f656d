/*
 * The MQTT agent over the simulator transport against a real mosquitto (label interop; kernel
 * harness, virtual time). mosquitto is started on free loopback ports with a plain listener
 * and two TLS listeners (one requiring a client certificate) and stopped by PID at the end,
 * also when a scenario fails (a crashed test takes it along: it dies with its parent).
 *  - several tasks publish and subscribe at once over one connection, every QoS, plain and
 *    TLS with a client certificate: each message is completed and received exactly once;
 *    unsubscribing stops delivery;
 *  - other tasks keep their exact timing while MQTT waits for a publish that comes late;
 *  - a dropped connection reaches the agent at once (the transport's receive interrupt);
 *  - the transport blocks on kernel objects, refuses bad set-ups and verifies servers.
 * Run through ctest, which names mosquitto, mosquitto_pub, openssl and a work directory in the
 * environment.
 */
#define _GNU_SOURCE

#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "queue.h"
#include "task.h"

#include "agent_broker.h"
#include "core_mqtt_agent.h"
#include "freertos_agent_message.h"
#include "freertos_command_pool.h"
#include "transport_sim.h"

#define AGENT_PRIORITY    (TEST_PRIORITY - 1)
#define WORKER_PRIORITY   (TEST_PRIORITY - 2)
#define PERIODIC_PRIORITY (TEST_PRIORITY - 3)

static agent_broker_t mqttBroker;

/* ---- A scenario watchdog: a stalled scheduler cannot fail a test by itself ---- */

static pthread_t watchdogThread;
static bool watchdogRunning;
static volatile int watchdogStop;
static const char *watchdogWhat;

static void *watchdog(void *pArgument)
{
    int tenths = (int)(intptr_t)pArgument;
    while (!watchdogStop && (tenths-- > 0))
    {
        struct timespec pause = {0, 100000000L};
        nanosleep(&pause, NULL);
    }
    if (!watchdogStop)
    {
        printf("  failed: %s made no progress for too long (scheduler stalled?)\n", watchdogWhat);
        fflush(stdout);
        agent_broker_stop(&mqttBroker, false);
        _exit(3);
    }
    return NULL;
}

static void watchdog_start(const char *pWhat, int seconds)
{
    watchdogStop = 0;
    watchdogWhat = pWhat;
    CHECK(pthread_create(&watchdogThread, NULL, watchdog, (void *)(intptr_t)(seconds * 10)) == 0);
    watchdogRunning = true;
}

static void watchdog_end(void)
{
    if (watchdogRunning)
    {
        watchdogStop = 1;
        (void)pthread_join(watchdogThread, NULL);
        watchdogRunning = false;
    }
}

/* ---- One agent over one connection ---- */

struct MQTTAgentCommandContext
{
    TaskHandle_t task;
    volatile MQTTStatus_t status;
    volatile bool done;
    uint8_t codes[4];
};

typedef void (*incoming_fn)(uint16_t packetId, const MQTTPublishInfo_t *pInfo);

typedef struct rig
{
    MQTTAgentContext_t agent;
    NetworkContext_t network;
    MQTTAgentMessageContext_t mailbox;
    StaticQueue_t queue;
    uint8_t queueStorage[MQTT_AGENT_COMMAND_QUEUE_LENGTH * sizeof(MQTTAgentCommand_t *)];
    uint8_t buffer[2048];
    TaskHandle_t agentTask;
    volatile MQTTStatus_t loopStatus;
    volatile UBaseType_t loopDone;
    incoming_fn incoming;
} rig_t;

static rig_t rig;

static uint32_t now_ms(void)
{
    return (uint32_t)(xTaskGetTickCount() * portTICK_PERIOD_MS);
}

static void on_incoming(MQTTAgentContext_t *pAgent, uint16_t packetId, MQTTPublishInfo_t *pInfo)
{
    (void)pAgent;
    if (rig.incoming != NULL)
    {
        rig.incoming(packetId, pInfo);
    }
}

static void on_data_isr(void *pContext, BaseType_t *pxWoken)
{
    (void)Agent_WakeFromISR((MQTTAgentMessageContext_t *)pContext, pxWoken);
}

static void agent_task(void *pArgument)
{
    (void)pArgument;
    rig.loopStatus = MQTTAgent_CommandLoop(&rig.agent);
    rig.loopDone = 1U;
    vTaskSuspend(NULL);
}

/* TLS settings for the broker's TLS listeners; clientCert adds our certificate. */
static SimTlsCredentials_t tls_credentials(bool clientCert)
{
    SimTlsCredentials_t credentials;
    memset(&credentials, 0, sizeof(credentials));
    credentials.pRootCaPath = mqttBroker.caPath;
    credentials.pServerName = "localhost";
    if (clientCert)
    {
        credentials.pClientCertPath = mqttBroker.clientCertPath;
        credentials.pPrivateKeyPath = mqttBroker.clientKeyPath;
    }
    return credentials;
}

static SimTransportStatus_t transport_connect(NetworkContext_t *pNetwork, uint16_t port,
                                              const SimTlsCredentials_t *pTls,
                                              uint32_t recvTimeoutMs)
{
    SimTransportConfig_t config;
    memset(&config, 0, sizeof(config));
    config.pHostName = "127.0.0.1";
    config.port = port;
    config.connectTimeoutMs = 5000U;
    config.recvTimeoutMs = recvTimeoutMs;
    config.sendTimeoutMs = 2000U;
    config.pTls = pTls;
    return SimTransport_Connect(pNetwork, &config);
}

/* Connects rig to port (TLS when pTls), MQTT-connects and starts the agent task. */
static void rig_open(uint16_t port, const SimTlsCredentials_t *pTls, const char *pClientId,
                     incoming_fn incoming)
{
    MQTTAgentMessageInterface_t messages;
    TransportInterface_t transport;
    MQTTFixedBuffer_t buffer;
    MQTTConnectInfo_t connect;
    bool sessionPresent = true;

    memset(&rig, 0, sizeof(rig));
    rig.incoming = incoming;
    CHECK_EQ(transport_connect(&rig.network, port, pTls, 0U), SIM_TRANSPORT_SUCCESS);
    rig.mailbox.queue =
        xQueueCreateStatic(MQTT_AGENT_COMMAND_QUEUE_LENGTH, sizeof(MQTTAgentCommand_t *),
                           rig.queueStorage, &rig.queue);
    CHECK(rig.mailbox.queue != NULL);
    Agent_InitializePool();
    messages.pMsgCtx = &rig.mailbox;
    messages.send = Agent_MessageSend;
    messages.recv = Agent_MessageReceive;
    messages.getCommand = Agent_GetCommand;
    messages.releaseCommand = Agent_ReleaseCommand;
    transport = SimTransport_Interface(&rig.network);
    buffer.pBuffer = rig.buffer;
    buffer.size = sizeof(rig.buffer);
    CHECK_EQ(MQTTAgent_Init(&rig.agent, &messages, &buffer, &transport, now_ms, on_incoming, NULL),
             MQTTSuccess);
    /* Arriving data wakes the agent instead of waiting out its queue wait. */
    SimTransport_SetReceiveCallback(&rig.network, on_data_isr, &rig.mailbox);
    memset(&connect, 0, sizeof(connect));
    connect.cleanSession = true;
    connect.keepAliveSeconds = 60U;
    connect.pClientIdentifier = pClientId;
    connect.clientIdentifierLength = (uint16_t)strlen(pClientId);
    CHECK_EQ(MQTT_Connect(&rig.agent.mqttContext, &connect, NULL, 5000U, &sessionPresent),
             MQTTSuccess);
    CHECK(!sessionPresent);
    CHECK(xTaskCreate(agent_task, "agent", TEST_STACK, NULL, AGENT_PRIORITY, &rig.agentTask) ==
          pdPASS);
}

static MQTTAgentCommandInfo_t command_info(struct MQTTAgentCommandContext *pContext);

/* Disconnects through the agent, waits for its loop to end and closes the transport. */
static void rig_close(void)
{
    struct MQTTAgentCommandContext done;
    MQTTAgentCommandInfo_t commandInfo = command_info(&done);

    CHECK_EQ(MQTTAgent_Disconnect(&rig.agent, &commandInfo), MQTTSuccess);
    CHECK(test_wait_for(&rig.loopDone, 1U, 5000U));
    CHECK_EQ(rig.loopStatus, MQTTSuccess);
    CHECK(done.done && done.status == MQTTSuccess);
    vTaskDelete(rig.agentTask);
    SimTransport_Disconnect(&rig.network);
    vQueueDelete(rig.mailbox.queue);
    /* Every command structure went back to the pool. */
    CHECK_EQ(Agent_FreeCommandCount(), MQTT_COMMAND_CONTEXTS_POOL_SIZE);
}

static void on_command_done(MQTTAgentCommandContext_t *pContext, MQTTAgentReturnInfo_t *pResult)
{
    pContext->status = pResult->returnCode;
    if (pResult->pSubackCodes != NULL)
    {
        memcpy(pContext->codes, pResult->pSubackCodes, 1U);
    }
    pContext->done = true;
    if (pContext->task != NULL)
    {
        (void)xTaskNotifyGive(pContext->task);
    }
}

static MQTTAgentCommandInfo_t command_info(struct MQTTAgentCommandContext *pContext)
{
    MQTTAgentCommandInfo_t commandInfo;
    memset(pContext, 0, sizeof(*pContext));
    pContext->task = xTaskGetCurrentTaskHandle();
    pContext->status = MQTTIllegalState;
    commandInfo.cmdCompleteCallback = on_command_done;
    commandInfo.pCmdCompleteCallbackContext = pContext;
    commandInfo.blockTimeMs = 5000U;
    return commandInfo;
}

/* Blocks until the command completes (the callback notifies this task). */
static MQTTStatus_t wait_command(struct MQTTAgentCommandContext *pContext)
{
    while (!pContext->done)
    {
        if (ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(10000)) == 0U)
        {
            return MQTTRecvFailed;
        }
    }
    return pContext->status;
}

/* SUBSCRIBE (with *pGranted set to the granted QoS when not NULL) or UNSUBSCRIBE one filter
   through the agent, waiting for the acknowledgement. */
static MQTTStatus_t subscription_and_wait(const char *pTopic, MQTTQoS_t qos, uint8_t *pGranted,
                                          bool subscribe)
{
    struct MQTTAgentCommandContext done;
    MQTTAgentCommandInfo_t commandInfo = command_info(&done);
    MQTTSubscribeInfo_t filter;
    MQTTAgentSubscribeArgs_t args = {&filter, 1U};
    MQTTStatus_t status;

    memset(&filter, 0, sizeof(filter));
    filter.qos = qos;
    filter.pTopicFilter = pTopic;
    filter.topicFilterLength = (uint16_t)strlen(pTopic);
    status = subscribe ? MQTTAgent_Subscribe(&rig.agent, &args, &commandInfo)
                       : MQTTAgent_Unsubscribe(&rig.agent, &args, &commandInfo);
    if (status == MQTTSuccess)
    {
        status = wait_command(&done);
    }
    if (pGranted != NULL)
    {
        *pGranted = done.codes[0];
    }
    return status;
}

static MQTTStatus_t subscribe_and_wait(const char *pTopic, MQTTQoS_t qos, uint8_t *pGranted)
{
    return subscription_and_wait(pTopic, qos, pGranted, true);
}

static MQTTStatus_t unsubscribe_and_wait(const char *pTopic)
{
    return subscription_and_wait(pTopic, MQTTQoS0, NULL, false);
}

static MQTTStatus_t publish_and_wait(const char *pTopic, const char *pPayload, MQTTQoS_t qos)
{
    struct MQTTAgentCommandContext done;
    MQTTAgentCommandInfo_t commandInfo = command_info(&done);
    MQTTPublishInfo_t publish;
    MQTTStatus_t status;

    memset(&publish, 0, sizeof(publish));
    publish.qos = qos;
    publish.pTopicName = pTopic;
    publish.topicNameLength = (uint16_t)strlen(pTopic);
    publish.pPayload = pPayload;
    publish.payloadLength = strlen(pPayload);
    status = MQTTAgent_Publish(&rig.agent, &publish, &commandInfo);
    return (status == MQTTSuccess) ? wait_command(&done) : status;
}

/* ---- Several tasks over one connection ---- */

#define WORKERS    4
#define PER_WORKER 40

static char topics[WORKERS][48];
static char sentinelTopic[48];
static char payloads[WORKERS][PER_WORKER][16];
static MQTTPublishInfo_t publishes[WORKERS][PER_WORKER];
static struct MQTTAgentCommandContext publishDone[WORKERS][PER_WORKER];
static volatile UBaseType_t received[WORKERS][PER_WORKER];
static volatile UBaseType_t receivedTotal;
static volatile UBaseType_t wrongQos;
static volatile UBaseType_t strays;
static volatile UBaseType_t sentinels;
static volatile UBaseType_t subscribed;
static volatile UBaseType_t subscribeFailures;
static volatile UBaseType_t workersDone;

/* Worker k publishes to the topic worker (k + 1) % WORKERS subscribed to. */
static void exchange_incoming(uint16_t packetId, const MQTTPublishInfo_t *pInfo)
{
    char text[32];
    int sender = -1;
    int index = -1;
    size_t length =
        pInfo->payloadLength < sizeof(text) - 1U ? pInfo->payloadLength : sizeof(text) - 1U;
    int target;

    (void)packetId;
    if ((pInfo->topicNameLength == strlen(sentinelTopic)) &&
        (memcmp(pInfo->pTopicName, sentinelTopic, pInfo->topicNameLength) == 0))
    {
        sentinels++;
        return;
    }
    memcpy(text, pInfo->pPayload, length);
    text[length] = '\0';
    if ((sscanf(text, "%d:%d", &sender, &index) != 2) || (sender < 0) || (sender >= WORKERS) ||
        (index < 0) || (index >= PER_WORKER))
    {
        strays++;
        return;
    }
    target = (sender + 1) % WORKERS;
    if ((pInfo->topicNameLength != strlen(topics[target])) ||
        (memcmp(pInfo->pTopicName, topics[target], pInfo->topicNameLength) != 0))
    {
        strays++;
        return;
    }
    if (pInfo->qos != (MQTTQoS_t)(index % 3))
    {
        wrongQos++;
    }
    received[sender][index]++;
    receivedTotal++;
}

static void worker(void *pArgument)
{
    int k = (int)(intptr_t)pArgument;
    int target = (k + 1) % WORKERS;
    uint8_t granted = 0xFFU;
    int i;

    if ((subscribe_and_wait(topics[k], MQTTQoS2, &granted) != MQTTSuccess) || (granted != 2U))
    {
        subscribeFailures++;
    }
    subscribed++;
    /* Everyone subscribes before anyone publishes, so that nothing goes to nobody. */
    while (subscribed < WORKERS)
    {
        vTaskDelay(1);
    }
    for (i = 0; i < PER_WORKER; i++)
    {
        MQTTAgentCommandInfo_t commandInfo = command_info(&publishDone[k][i]);
        MQTTPublishInfo_t *pPublish = &publishes[k][i];
        (void)snprintf(payloads[k][i], sizeof(payloads[k][i]), "%d:%d", k, i);
        memset(pPublish, 0, sizeof(*pPublish));
        pPublish->qos = (MQTTQoS_t)(i % 3);
        pPublish->pTopicName = topics[target];
        pPublish->topicNameLength = (uint16_t)strlen(topics[target]);
        pPublish->pPayload = payloads[k][i];
        pPublish->payloadLength = strlen(payloads[k][i]);
        /* The pool has fewer structures than there are publishes in flight: posting blocks
           until the agent gives some back. */
        CHECK_EQ(MQTTAgent_Publish(&rig.agent, pPublish, &commandInfo), MQTTSuccess);
    }
    for (i = 0; i < PER_WORKER; i++)
    {
        CHECK_EQ(wait_command(&publishDone[k][i]), MQTTSuccess);
    }
    workersDone++;
    vTaskSuspend(NULL);
}

static void several_tasks_share_one_connection(uint16_t port, const SimTlsCredentials_t *pTls,
                                               const char *pName)
{
    TaskHandle_t workers[WORKERS];
    int k;
    int i;

    memset((void *)received, 0, sizeof(received));
    receivedTotal = 0U;
    wrongQos = 0U;
    strays = 0U;
    sentinels = 0U;
    subscribed = 0U;
    subscribeFailures = 0U;
    workersDone = 0U;
    for (k = 0; k < WORKERS; k++)
    {
        (void)snprintf(topics[k], sizeof(topics[k]), "tern/agent/%s/%d/w%d", pName, (int)getpid(),
                       k);
    }
    (void)snprintf(sentinelTopic, sizeof(sentinelTopic), "tern/agent/%s/%d/end", pName,
                   (int)getpid());
    watchdog_start(pName, 60);
    rig_open(port, pTls, pName, exchange_incoming);
    for (k = 0; k < WORKERS; k++)
    {
        workers[k] = test_task(worker, "worker", WORKER_PRIORITY, (void *)(intptr_t)k);
    }
    CHECK(test_wait_for(&workersDone, WORKERS, 30000U));
    CHECK(test_wait_for(&receivedTotal, WORKERS * PER_WORKER, 10000U));
    CHECK_EQ(subscribeFailures, 0);
    CHECK_EQ(strays, 0);
    CHECK_EQ(wrongQos, 0);
    for (k = 0; k < WORKERS; k++)
    {
        for (i = 0; i < PER_WORKER; i++)
        {
            CHECK_EQ(received[k][i], 1); /* every message exactly once */
        }
    }

    /* After unsubscribing, worker 0's topic delivers nothing: the sentinel, published after
       it on the same connection, arrives and the stray does not. */
    CHECK_EQ(subscribe_and_wait(sentinelTopic, MQTTQoS1, NULL), MQTTSuccess);
    CHECK_EQ(unsubscribe_and_wait(topics[0]), MQTTSuccess);
    CHECK_EQ(publish_and_wait(topics[0], "3:0", MQTTQoS1), MQTTSuccess);
    CHECK_EQ(publish_and_wait(sentinelTopic, "end", MQTTQoS1), MQTTSuccess);
    CHECK(test_wait_for(&sentinels, 1U, 5000U));
    CHECK_EQ(received[3][0], 1);
    CHECK_EQ(receivedTotal, WORKERS * PER_WORKER);

    for (k = 0; k < WORKERS; k++)
    {
        vTaskDelete(workers[k]);
    }
    rig_close();
    watchdog_end();
}

static void plain_several_tasks_publish_and_subscribe_over_one_connection(void)
{
    several_tasks_share_one_connection(mqttBroker.plainPort, NULL, "plain");
}

static void tls_several_tasks_publish_and_subscribe_over_one_connection(void)
{
    SimTlsCredentials_t credentials = tls_credentials(true);
    several_tasks_share_one_connection(mqttBroker.clientCertPort, &credentials, "tls");
}

/* ---- Timing of other tasks while MQTT waits ---- */

#define PERIOD_TICKS   5U
#define PERIODS        200U
#define TRIGGER_PERIOD 100U

static sem_t lateGo;
static char lateTopic[64];
static volatile UBaseType_t periods;
static volatile UBaseType_t latePeriods;
static volatile UBaseType_t misplacedPeriods;
static volatile UBaseType_t periodicDone;
static volatile UBaseType_t lateArrived;
static TaskHandle_t lateWaiter;
static int lateExitStatus;

static void late_incoming(uint16_t packetId, const MQTTPublishInfo_t *pInfo)
{
    (void)packetId;
    if ((pInfo->payloadLength == 4U) && (memcmp(pInfo->pPayload, "late", 4U) == 0))
    {
        lateArrived++;
        (void)xTaskNotifyGive(lateWaiter);
    }
}

/* A host thread: once told, publishes the late message with mosquitto_pub. */
static void *late_publisher(void *pArgument)
{
    char port[8];
    pid_t child;
    int status = 0;
    (void)pArgument;

    while (sem_wait(&lateGo) != 0)
    {
    }
    (void)snprintf(port, sizeof(port), "%u", (unsigned)mqttBroker.plainPort);
    child = fork();
    if (child == 0)
    {
        execl(getenv("TERN_MOSQUITTO_PUB"), "mosquitto_pub", "-h", "127.0.0.1", "-p", port, "-q",
              "1", "-t", lateTopic, "-m", "late", (char *)NULL);
        _exit(127);
    }
    if ((child < 0) || (waitpid(child, &status, 0) != child))
    {
        lateExitStatus = -1;
    }
    else
    {
        lateExitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return NULL;
}

/* Lower priority than the agent and the waiting task: it only runs if they really block. */
static void periodic(void *pArgument)
{
    TickType_t start = xTaskGetTickCount();
    TickType_t last = start;
    UBaseType_t k;
    (void)pArgument;

    for (k = 1U; k <= PERIODS; k++)
    {
        if (xTaskDelayUntil(&last, PERIOD_TICKS) == pdFALSE)
        {
            latePeriods++;
        }
        if ((TickType_t)(xTaskGetTickCount() - start) != (TickType_t)(k * PERIOD_TICKS))
        {
            misplacedPeriods++;
        }
        periods = k;
        if (k == TRIGGER_PERIOD)
        {
            (void)sem_post(&lateGo);
        }
    }
    periodicDone = 1U;
    vTaskSuspend(NULL);
}

/* The waiting task's own MQTT client (no agent): it waits inside MQTT_ProcessLoop, that is
   in the transport's receive, 100 ms at a time. */
static NetworkContext_t directNetwork;
static MQTTContext_t directClient;
static uint8_t directBuffer[1024];
static MQTTPubAckInfo_t directOutgoing[4];
static MQTTPubAckInfo_t directIncoming[4];
static volatile bool directSubscribed;

static void direct_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                         MQTTDeserializedInfo_t *pInfo)
{
    (void)pContext;
    if ((pPacket->type & 0xF0U) == MQTT_PACKET_TYPE_SUBACK)
    {
        directSubscribed = true;
    }
    else if ((pPacket->type & 0xF0U) == MQTT_PACKET_TYPE_PUBLISH)
    {
        late_incoming(pInfo->packetIdentifier, pInfo->pPublishInfo);
    }
}

static void direct_open(uint16_t port, const SimTlsCredentials_t *pTls, const char *pName)
{
    TransportInterface_t transport;
    MQTTFixedBuffer_t buffer = {directBuffer, sizeof(directBuffer)};
    MQTTConnectInfo_t connect;
    MQTTSubscribeInfo_t filter;
    bool sessionPresent = true;
    TickType_t start;

    CHECK_EQ(transport_connect(&directNetwork, port, pTls, 100U), SIM_TRANSPORT_SUCCESS);
    transport = SimTransport_Interface(&directNetwork);
    CHECK_EQ(MQTT_Init(&directClient, &transport, now_ms, direct_event, &buffer), MQTTSuccess);
    CHECK_EQ(MQTT_InitStatefulQoS(&directClient, directOutgoing, 4U, directIncoming, 4U),
             MQTTSuccess);
    memset(&connect, 0, sizeof(connect));
    connect.cleanSession = true;
    connect.keepAliveSeconds = 60U;
    connect.pClientIdentifier = pName;
    connect.clientIdentifierLength = (uint16_t)strlen(pName);
    CHECK_EQ(MQTT_Connect(&directClient, &connect, NULL, 5000U, &sessionPresent), MQTTSuccess);
    memset(&filter, 0, sizeof(filter));
    filter.qos = MQTTQoS1;
    filter.pTopicFilter = lateTopic;
    filter.topicFilterLength = (uint16_t)strlen(lateTopic);
    directSubscribed = false;
    CHECK_EQ(MQTT_Subscribe(&directClient, &filter, 1U, MQTT_GetPacketId(&directClient)),
             MQTTSuccess);
    start = xTaskGetTickCount();
    while (!directSubscribed && (ticks_since(start) < 5000U))
    {
        CHECK_EQ(MQTT_ProcessLoop(&directClient), MQTTSuccess);
    }
    CHECK(directSubscribed);
}

static pthread_t publisher;
static bool publisherRunning;

static void timing_is_kept_while_mqtt_waits(uint16_t port, const SimTlsCredentials_t *pTls,
                                            const char *pName, bool direct)
{
    TaskHandle_t periodicTask;
    TickType_t waitStart;
    TickType_t waited;
    UBaseType_t periodsAtArrival;

    periods = 0U;
    latePeriods = 0U;
    misplacedPeriods = 0U;
    periodicDone = 0U;
    lateArrived = 0U;
    lateExitStatus = -2;
    lateWaiter = xTaskGetCurrentTaskHandle();
    (void)snprintf(lateTopic, sizeof(lateTopic), "tern/agent/late/%s/%d", pName, (int)getpid());
    CHECK(sem_init(&lateGo, 0, 0U) == 0);
    CHECK(pthread_create(&publisher, NULL, late_publisher, NULL) == 0);
    publisherRunning = true;
    watchdog_start(pName, 60);
    if (direct)
    {
        direct_open(port, pTls, pName);
    }
    else
    {
        rig_open(port, pTls, pName, late_incoming);
        CHECK_EQ(subscribe_and_wait(lateTopic, MQTTQoS1, NULL), MQTTSuccess);
    }

    /* Wait for the publish; meanwhile the periodic task must keep its exact period, and it
       is the one that has the publish sent, after TRIGGER_PERIOD periods. A transport that
       waited in a host call would stall the scheduler: the periodic task would fall behind
       or never get there (the watchdog then ends the test). */
    (void)ulTaskNotifyTake(pdTRUE, 0);
    periodicTask = test_task(periodic, "periodic", PERIODIC_PRIORITY, NULL);
    waitStart = xTaskGetTickCount();
    if (direct)
    {
        while ((lateArrived == 0U) && (ticks_since(waitStart) < pdMS_TO_TICKS(20000)))
        {
            CHECK_EQ(MQTT_ProcessLoop(&directClient), MQTTSuccess);
        }
    }
    else
    {
        (void)ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(20000));
    }
    waited = ticks_since(waitStart);
    periodsAtArrival = periods;
    CHECK_EQ(lateArrived, 1);
    CHECK(periodsAtArrival >= TRIGGER_PERIOD);
    CHECK(waited >= TRIGGER_PERIOD * PERIOD_TICKS);
    /* Time did not run away while the answer was on its way (virtual time follows the real
       clock while the connection is open). */
    CHECK(waited < 5000U);
    CHECK(test_wait_for(&periodicDone, 1U, 5000U));
    CHECK_EQ(latePeriods, 0);
    CHECK_EQ(misplacedPeriods, 0);
    CHECK_EQ(periods, PERIODS);
    CHECK(pthread_join(publisher, NULL) == 0);
    publisherRunning = false;
    CHECK_EQ(lateExitStatus, 0);
    (void)sem_destroy(&lateGo);

    vTaskDelete(periodicTask);
    if (direct)
    {
        CHECK_EQ(MQTT_Disconnect(&directClient), MQTTSuccess);
        SimTransport_Disconnect(&directNetwork);
    }
    else
    {
        rig_close();
    }
    watchdog_end();
}

static void plain_other_tasks_keep_their_timing_while_mqtt_waits(void)
{
    timing_is_kept_while_mqtt_waits(mqttBroker.plainPort, NULL, "timing-plain", true);
}

static void tls_other_tasks_keep_their_timing_while_mqtt_waits(void)
{
    SimTlsCredentials_t credentials = tls_credentials(false);
    timing_is_kept_while_mqtt_waits(mqttBroker.tlsPort, &credentials, "timing-tls", true);
}

static void other_tasks_keep_their_timing_while_the_agent_waits(void)
{
    timing_is_kept_while_mqtt_waits(mqttBroker.plainPort, NULL, "timing-agent", false);
}

/* ---- A dropped connection ---- */

static void a_dropped_connection_reaches_the_agent_at_once(void)
{
    broker_t second;
    TickType_t start;

    watchdog_start("dropped connection", 30);
    CHECK(broker_start(&second, getenv("TERN_MOSQUITTO"), getenv("TERN_WORK_DIR"), NULL, NULL) ==
          0);
    rig_open(second.port, NULL, "dropped", NULL);
    vTaskDelay(pdMS_TO_TICKS(50)); /* the agent is now waiting for commands */
    start = xTaskGetTickCount();
    broker_stop(&second);
    /* Without the receive interrupt the agent would notice only after its queue wait. */
    CHECK(test_wait_for(&rig.loopDone, 1U, 5000U));
    CHECK(ticks_since(start) < pdMS_TO_TICKS(MQTT_AGENT_MAX_EVENT_QUEUE_WAIT_TIME / 2U));
    CHECK_EQ(rig.loopStatus, MQTTRecvFailed);
    vTaskDelete(rig.agentTask);
    CHECK_EQ(MQTTAgent_CancelAll(&rig.agent), MQTTSuccess);
    SimTransport_Disconnect(&rig.network);
    vQueueDelete(rig.mailbox.queue);
    broker_remove_files(&second);
    watchdog_end();
}

/* ---- The transport on its own ---- */

static volatile UBaseType_t ticksCounted;
static volatile UBaseType_t counting;

static void tick_counter(void *pArgument)
{
    (void)pArgument;
    while (counting)
    {
        vTaskDelay(1);
        ticksCounted++;
    }
    vTaskSuspend(NULL);
}

static void a_receive_blocks_on_the_kernel_and_times_out(void)
{
    static NetworkContext_t network;
    TaskHandle_t counter;
    TickType_t start;
    uint8_t byte;

    CHECK_EQ(transport_connect(&network, mqttBroker.plainPort, NULL, 200U), SIM_TRANSPORT_SUCCESS);
    ticksCounted = 0U;
    counting = 1U;
    /* Lower priority: it counts only while this task is blocked. */
    counter = test_task(tick_counter, "counter", TEST_PRIORITY - 1, NULL);
    start = xTaskGetTickCount();
    /* mosquitto says nothing until it gets a CONNECT. */
    CHECK_EQ(SimTransport_Recv(&network, &byte, 1U), 0);
    CHECK(ticks_since(start) >= pdMS_TO_TICKS(200));
    CHECK(ticksCounted >= 190U);
    counting = 0U;
    vTaskDelay(2);
    vTaskDelete(counter);
    /* Closed: every call fails. */
    SimTransport_Disconnect(&network);
    SimTransport_Disconnect(&network);
    CHECK_EQ(SimTransport_Recv(&network, &byte, 1U), -1);
    CHECK_EQ(SimTransport_Send(&network, &byte, 1U), -1);
}

static void bad_set_ups_are_refused(void)
{
    static NetworkContext_t network;
    SimTransportConfig_t config;
    SimTlsCredentials_t credentials = tls_credentials(false);

    memset(&config, 0, sizeof(config));
    config.pHostName = "127.0.0.1";
    config.port = mqttBroker.plainPort;
    CHECK_EQ(SimTransport_Connect(NULL, &config), SIM_TRANSPORT_INVALID_PARAMETER);
    CHECK_EQ(SimTransport_Connect(&network, NULL), SIM_TRANSPORT_INVALID_PARAMETER);
    config.port = 0U;
    CHECK_EQ(SimTransport_Connect(&network, &config), SIM_TRANSPORT_INVALID_PARAMETER);
    config.port = mqttBroker.plainPort;
    config.pHostName = "";
    CHECK_EQ(SimTransport_Connect(&network, &config), SIM_TRANSPORT_INVALID_PARAMETER);
    config.pHostName = "127.0.0.1";
    /* TLS without a CA must opt out of verification explicitly. */
    credentials.pRootCaPath = NULL;
    config.pTls = &credentials;
    CHECK_EQ(SimTransport_Connect(&network, &config), SIM_TRANSPORT_INVALID_PARAMETER);
    credentials = tls_credentials(false);
    credentials.pClientCertPath = mqttBroker.clientCertPath; /* without its key */
    CHECK_EQ(SimTransport_Connect(&network, &config), SIM_TRANSPORT_INVALID_PARAMETER);
    credentials = tls_credentials(false);
    credentials.pRootCaPath = "/nonexistent/ca.crt";
    CHECK_EQ(SimTransport_Connect(&network, &config), SIM_TRANSPORT_INVALID_CREDENTIALS);
    /* Nothing listens on a port just found free. */
    config.pTls = NULL;
    config.port = broker_free_port();
    CHECK_EQ(SimTransport_Connect(&network, &config), SIM_TRANSPORT_CONNECT_FAILURE);
    CHECK(strcmp(SimTransport_strerror(SIM_TRANSPORT_CONNECT_FAILURE),
                 "SIM_TRANSPORT_CONNECT_FAILURE") == 0);
    CHECK(strcmp(SimTransport_strerror((SimTransportStatus_t)99), "unknown status") == 0);
}

static void tls_verifies_the_server_and_presents_client_certificates(void)
{
    static NetworkContext_t network;
    SimTlsCredentials_t credentials = tls_credentials(false);
    uint8_t byte;

    /* The right CA and name. */
    CHECK_EQ(transport_connect(&network, mqttBroker.tlsPort, &credentials, 10U),
             SIM_TRANSPORT_SUCCESS);
    CHECK_EQ(SimTransport_Recv(&network, &byte, 1U), 0);
    SimTransport_Disconnect(&network);
    /* Another CA. */
    credentials.pRootCaPath = mqttBroker.roguePath;
    CHECK_EQ(transport_connect(&network, mqttBroker.tlsPort, &credentials, 10U),
             SIM_TRANSPORT_HANDSHAKE_FAILED);
    /* A name the certificate does not carry. */
    credentials = tls_credentials(false);
    credentials.pServerName = "broker.example.com";
    CHECK_EQ(transport_connect(&network, mqttBroker.tlsPort, &credentials, 10U),
             SIM_TRANSPORT_HANDSHAKE_FAILED);
    /* Verification off (tests only) accepts the unknown CA. */
    credentials.disableServerVerification = true;
    credentials.pRootCaPath = NULL;
    CHECK_EQ(transport_connect(&network, mqttBroker.tlsPort, &credentials, 10U),
             SIM_TRANSPORT_SUCCESS);
    SimTransport_Disconnect(&network);
    /* The listener that requires a client certificate: refused without, accepted with. */
    credentials = tls_credentials(false);
    CHECK_EQ(transport_connect(&network, mqttBroker.clientCertPort, &credentials, 10U),
             SIM_TRANSPORT_HANDSHAKE_FAILED);
    credentials = tls_credentials(true);
    CHECK_EQ(transport_connect(&network, mqttBroker.clientCertPort, &credentials, 10U),
             SIM_TRANSPORT_SUCCESS);
    SimTransport_Disconnect(&network);
}

/* After a scenario, also one that failed half-way (the harness ends its scheduler at the
   failed check): ends what it left running, so that the next one starts clean. */
static void clean_up(void)
{
    watchdog_end();
    if (publisherRunning)
    {
        (void)sem_post(&lateGo);
        (void)pthread_join(publisher, NULL);
        (void)sem_destroy(&lateGo);
        publisherRunning = false;
    }
    SimTransport_Disconnect(&rig.network);
    SimTransport_Disconnect(&directNetwork);
}

#define RUN(scenario)                                                                              \
    do                                                                                             \
    {                                                                                              \
        RUN_TEST(scenario);                                                                        \
        clean_up();                                                                                \
    } while (0)

int main(void)
{
    int status;

    if ((getenv("TERN_MOSQUITTO_PUB") == NULL) || (agent_broker_start(&mqttBroker) != 0))
    {
        printf("could not start mosquitto (run through ctest; tools/deps test)\n");
        return 1;
    }
    RUN(bad_set_ups_are_refused);
    RUN(a_receive_blocks_on_the_kernel_and_times_out);
    RUN(tls_verifies_the_server_and_presents_client_certificates);
    RUN(plain_several_tasks_publish_and_subscribe_over_one_connection);
    RUN(tls_several_tasks_publish_and_subscribe_over_one_connection);
    RUN(plain_other_tasks_keep_their_timing_while_mqtt_waits);
    RUN(tls_other_tasks_keep_their_timing_while_mqtt_waits);
    RUN(other_tasks_keep_their_timing_while_the_agent_waits);
    RUN(a_dropped_connection_reaches_the_agent_at_once);
    status = test_summary();
    if (status != 0)
    {
        broker_dump_log(&mqttBroker.process);
    }
    agent_broker_stop(&mqttBroker, status == 0);
    return status;
}
