/*
 * mqtt_demo.c - the MQTT part of the simulator demo. An agent task owns one MQTT connection
 * (MQTT agent over the simulator transport, plain or TLS); a telemetry task publishes the
 * sensor's readings once a second through it and subscribes to a command topic; commands
 * ("period <ms>", "say <text>") change the sensor period or print. The demo sends two
 * commands itself, through the broker, to show the round trip. Without a broker given, a
 * local mosquitto is started (tools/mosquitto: tern_mosquitto_runner) and stopped at the end.
 */
#define _GNU_SOURCE

#include "mqtt_demo.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "FreeRTOS.h"
#include "queue.h"
#include "task.h"

#include "broker.h"
#include "core_mqtt_agent.h"
#include "freertos_agent_message.h"
#include "freertos_command_pool.h"
#include "transport_sim.h"

/* ---- What the MQTT part did, for the summary ---- */

static struct
{
    bool enabled;
    bool connected;
    bool tls;
    bool disconnected_cleanly;
    char broker[400];
    char failure[400];
    unsigned published;
    unsigned acknowledged;
    unsigned commands;
    unsigned period_changes;
    uint32_t first_period_ms;
    char said[128];
} mq;

/* ---- The broker ---- */

static char host[256];
static uint16_t port;
static SimTlsCredentials_t tls;
static broker_t local_broker;
static char local_dir[64];

/* Stops the local broker, if the demo started one, and removes its files and directory. */
static void stop_local_broker(void)
{
    broker_stop(&local_broker);
    if (local_dir[0] != '\0')
    {
        broker_remove_files(&local_broker);
        (void)rmdir(local_dir);
        local_dir[0] = '\0';
    }
}

/* Starts mosquitto on a free loopback port (before the scheduler: host waits are fine). */
static bool start_local_broker(void)
{
    const char *mosquitto = broker_find_mosquitto();

    if (mosquitto == NULL)
    {
        snprintf(mq.failure, sizeof(mq.failure),
                 "mosquitto is not installed (tools/deps demo installs it)");
        return false;
    }
    snprintf(local_dir, sizeof(local_dir), "/tmp/tern-demo-XXXXXX");
    if (mkdtemp(local_dir) == NULL)
    {
        local_dir[0] = '\0';
        snprintf(mq.failure, sizeof(mq.failure), "no temporary directory (%s)", strerror(errno));
        return false;
    }
    if (broker_start(&local_broker, mosquitto, local_dir, NULL, NULL) != 0)
    {
        snprintf(mq.failure, sizeof(mq.failure), "%s", local_broker.pFailure);
        stop_local_broker();
        return false;
    }
    port = local_broker.port;
    snprintf(host, sizeof(host), "127.0.0.1");
    snprintf(mq.broker, sizeof(mq.broker), "a local mosquitto (pid %d, port %u) the demo started",
             (int)local_broker.pid, (unsigned)port);
    return true;
}

/* mqtt://host[:port], mqtts://host[:port] or host[:port]. */
static bool parse_broker(const char *spec)
{
    const char *rest = spec;
    const char *colon;
    size_t length;

    mq.tls = false;
    if (strncmp(spec, "mqtts://", 8) == 0)
    {
        mq.tls = true;
        rest = spec + 8;
    }
    else if (strncmp(spec, "mqtt://", 7) == 0)
    {
        rest = spec + 7;
    }
    colon = strrchr(rest, ':');
    length = (colon != NULL) ? (size_t)(colon - rest) : strlen(rest);
    if ((length == 0U) || (length >= sizeof(host)))
    {
        snprintf(mq.failure, sizeof(mq.failure), "cannot read broker '%s'", spec);
        return false;
    }
    memcpy(host, rest, length);
    host[length] = '\0';
    port = mq.tls ? 8883U : 1883U;
    if (colon != NULL)
    {
        long value = strtol(colon + 1, NULL, 10);
        if ((value <= 0) || (value > 65535))
        {
            snprintf(mq.failure, sizeof(mq.failure), "bad port in '%s'", spec);
            return false;
        }
        port = (uint16_t)value;
    }
    if (mq.tls)
    {
        tls.pRootCaPath = getenv("TERN_DEMO_CA");
        tls.pClientCertPath = getenv("TERN_DEMO_CERT");
        tls.pPrivateKeyPath = getenv("TERN_DEMO_KEY");
        tls.disableServerVerification = (getenv("TERN_DEMO_INSECURE") != NULL) &&
                                        (strcmp(getenv("TERN_DEMO_INSECURE"), "1") == 0);
        if ((tls.pRootCaPath == NULL) && !tls.disableServerVerification)
        {
            snprintf(mq.failure, sizeof(mq.failure),
                     "TLS needs TERN_DEMO_CA=<CA file> (or TERN_DEMO_INSECURE=1)");
            return false;
        }
    }
    snprintf(mq.broker, sizeof(mq.broker), "%s:%u (given)", host, (unsigned)port);
    return true;
}

/* ---- The agent and its connection ---- */

static NetworkContext_t network;
static MQTTAgentContext_t agent;
static MQTTAgentMessageContext_t mailbox;
static uint8_t network_buffer[2048];
static TaskHandle_t agent_task_handle;
static TaskHandle_t telemetry_task_handle;
static TaskHandle_t finisher;
static char client_id[40];
static char telemetry_topic[80];
static char command_topic[80];
static volatile bool agent_running;

static uint32_t now_ms(void)
{
    return (uint32_t)(xTaskGetTickCount() * portTICK_PERIOD_MS);
}

static void wake_agent(void *context, BaseType_t *woken)
{
    (void)Agent_WakeFromISR((MQTTAgentMessageContext_t *)context, woken);
}

/* Runs in the agent task: the command topic's messages. */
static void on_publish(MQTTAgentContext_t *context, uint16_t packet_id, MQTTPublishInfo_t *info)
{
    char text[128];
    size_t length =
        info->payloadLength < sizeof(text) - 1U ? info->payloadLength : sizeof(text) - 1U;
    (void)context;
    (void)packet_id;

    memcpy(text, info->pPayload, length);
    text[length] = '\0';
    mq.commands++;
    if (strncmp(text, "period ", 7) == 0)
    {
        long value = strtol(text + 7, NULL, 10);
        if (value >= 10 && value <= 1000)
        {
            printf("[mqtt] command from the broker: sensor period %u ms -> %ld ms\n",
                   (unsigned)demo_sensor_period_ms, value);
            demo_sensor_period_ms = (uint32_t)value;
            mq.period_changes++;
            return;
        }
    }
    else if (strncmp(text, "say ", 4) == 0)
    {
        printf("[mqtt] command from the broker: say \"%s\"\n", text + 4);
        snprintf(mq.said, sizeof(mq.said), "%s", text + 4);
        return;
    }
    printf("[mqtt] command ignored: \"%s\"\n", text);
}

static void agent_task(void *arg)
{
    SimTransportConfig_t config;
    MQTTAgentMessageInterface_t messages;
    MQTTFixedBuffer_t buffer = {network_buffer, sizeof(network_buffer)};
    TransportInterface_t transport;
    MQTTConnectInfo_t connect;
    SimTransportStatus_t transport_status;
    MQTTStatus_t status;
    bool session = false;
    (void)arg;

    memset(&config, 0, sizeof(config));
    config.pHostName = host;
    config.port = port;
    config.connectTimeoutMs = 3000U;
    config.recvTimeoutMs = 0U; /* the receive callback wakes the agent (docs/mqtt.md) */
    config.sendTimeoutMs = 2000U;
    config.pTls = mq.tls ? &tls : NULL;
    transport_status = SimTransport_Connect(&network, &config);
    if (transport_status != SIM_TRANSPORT_SUCCESS)
    {
        snprintf(mq.failure, sizeof(mq.failure), "could not connect to %s:%u (%s)", host,
                 (unsigned)port, SimTransport_strerror(transport_status));
        printf("[mqtt] %s\n", mq.failure);
        xTaskNotifyGive(telemetry_task_handle);
        vTaskSuspend(NULL);
    }
    mailbox.queue = xQueueCreate(MQTT_AGENT_COMMAND_QUEUE_LENGTH, sizeof(MQTTAgentCommand_t *));
    Agent_InitializePool();
    messages.pMsgCtx = &mailbox;
    messages.send = Agent_MessageSend;
    messages.recv = Agent_MessageReceive;
    messages.getCommand = Agent_GetCommand;
    messages.releaseCommand = Agent_ReleaseCommand;
    transport = SimTransport_Interface(&network);
    memset(&connect, 0, sizeof(connect));
    connect.cleanSession = true;
    connect.keepAliveSeconds = 30U;
    connect.pClientIdentifier = client_id;
    connect.clientIdentifierLength = (uint16_t)strlen(client_id);
    status = (mailbox.queue == NULL)
                 ? MQTTNoMemory
                 : MQTTAgent_Init(&agent, &messages, &buffer, &transport, now_ms, on_publish, NULL);
    if (status == MQTTSuccess)
    {
        SimTransport_SetReceiveCallback(&network, wake_agent, &mailbox);
        status = MQTT_Connect(&agent.mqttContext, &connect, NULL, 3000U, &session);
    }
    if (status != MQTTSuccess)
    {
        snprintf(mq.failure, sizeof(mq.failure), "MQTT connect failed (%s)",
                 MQTT_Status_strerror(status));
        printf("[mqtt] %s\n", mq.failure);
        SimTransport_Disconnect(&network);
        xTaskNotifyGive(telemetry_task_handle);
        vTaskSuspend(NULL);
    }
    mq.connected = true;
    agent_running = true;
    printf("[mqtt] connected to %s over %s as %s\n", mq.broker, mq.tls ? "TLS" : "plain TCP",
           client_id);
    xTaskNotifyGive(telemetry_task_handle);

    status = MQTTAgent_CommandLoop(&agent);
    agent_running = false;
    mq.disconnected_cleanly = (status == MQTTSuccess);
    if (status != MQTTSuccess)
    {
        snprintf(mq.failure, sizeof(mq.failure), "connection lost (%s)",
                 MQTT_Status_strerror(status));
        printf("[mqtt] %s\n", mq.failure);
        (void)MQTTAgent_CancelAll(&agent);
    }
    SimTransport_Disconnect(&network);
    if (finisher != NULL)
    {
        xTaskNotifyGive(finisher);
    }
    vTaskSuspend(NULL);
}

/* ---- Telemetry and the demo's own commands ---- */

struct MQTTAgentCommandContext
{
    TaskHandle_t task;
    MQTTStatus_t status;
};

static void on_done(MQTTAgentCommandContext_t *context, MQTTAgentReturnInfo_t *result)
{
    context->status = result->returnCode;
    xTaskNotifyGive(context->task);
}

/* Publishes through the agent and waits for the completion (QoS 1: the PUBACK). */
static MQTTStatus_t publish(const char *topic, const char *text)
{
    struct MQTTAgentCommandContext done = {xTaskGetCurrentTaskHandle(), MQTTIllegalState};
    MQTTAgentCommandInfo_t command = {on_done, &done, 500U};
    MQTTPublishInfo_t message;
    MQTTStatus_t status;

    memset(&message, 0, sizeof(message));
    message.qos = MQTTQoS1;
    message.pTopicName = topic;
    message.topicNameLength = (uint16_t)strlen(topic);
    message.pPayload = text;
    message.payloadLength = strlen(text);
    (void)ulTaskNotifyTake(pdTRUE, 0);
    status = MQTTAgent_Publish(&agent, &message, &command);
    if (status == MQTTSuccess)
    {
        /* The message must stay valid until completion: wait for it (or for good). */
        while (ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(2000)) == 0U && agent_running)
        {
        }
        status = done.status;
    }
    return status;
}

static void telemetry_task(void *arg)
{
    struct MQTTAgentCommandContext done = {xTaskGetCurrentTaskHandle(), MQTTIllegalState};
    MQTTAgentCommandInfo_t command = {on_done, &done, 500U};
    MQTTSubscribeInfo_t filter;
    MQTTAgentSubscribeArgs_t subscribe = {&filter, 1U};
    TickType_t last;
    unsigned second = 0;
    (void)arg;

    (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY); /* the agent task connected, or gave up */
    if (!mq.connected)
    {
        vTaskSuspend(NULL);
    }
    memset(&filter, 0, sizeof(filter));
    filter.qos = MQTTQoS1;
    filter.pTopicFilter = command_topic;
    filter.topicFilterLength = (uint16_t)strlen(command_topic);
    if ((MQTTAgent_Subscribe(&agent, &subscribe, &command) != MQTTSuccess) ||
        (ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(3000)) == 0U) || (done.status != MQTTSuccess))
    {
        printf("[mqtt] could not subscribe to %s\n", command_topic);
    }
    else
    {
        printf("[mqtt] subscribed to %s; telemetry goes to %s\n", command_topic, telemetry_topic);
    }
    last = xTaskGetTickCount();
    for (;;)
    {
        char text[160];
        vTaskDelayUntil(&last, pdMS_TO_TICKS(1000));
        second++;
        snprintf(text, sizeof(text),
                 "{\"second\":%u,\"reading\":%u,\"sensor_period_ms\":%u,\"heap_free\":%u}", second,
                 (unsigned)demo_latest_reading, (unsigned)demo_sensor_period_ms,
                 (unsigned)xPortGetFreeHeapSize());
        mq.published++;
        if (publish(telemetry_topic, text) == MQTTSuccess)
        {
            mq.acknowledged++;
        }
        /* The demo plays operator: commands go to the broker and come back through the
           subscription. */
        if (second == 3U)
        {
            (void)publish(command_topic, "period 50");
        }
        else if (second == 6U)
        {
            (void)publish(command_topic, "say hello from the broker");
        }
    }
}

/* ---- The interface to main.c ---- */

bool mqtt_demo_start(const char *broker, UBaseType_t agent_priority, UBaseType_t telemetry_priority)
{
    const char *spec = (broker != NULL) ? broker : getenv("TERN_DEMO_BROKER");

    memset(&mq, 0, sizeof(mq));
    mq.first_period_ms = demo_sensor_period_ms;
    if ((spec != NULL) && (spec[0] != '\0') ? !parse_broker(spec) : !start_local_broker())
    {
        printf("The MQTT part is off: %s.\n", mq.failure);
        return false;
    }
    snprintf(client_id, sizeof(client_id), "tern-demo-%d", (int)getpid());
    snprintf(telemetry_topic, sizeof(telemetry_topic), "tern/demo/%d/telemetry", (int)getpid());
    snprintf(command_topic, sizeof(command_topic), "tern/demo/%d/command", (int)getpid());
    if ((xTaskCreate(agent_task, "mqtt-agent", configMINIMAL_STACK_SIZE * 2, NULL, agent_priority,
                     &agent_task_handle) != pdPASS) ||
        (xTaskCreate(telemetry_task, "telemetry", configMINIMAL_STACK_SIZE * 2, NULL,
                     telemetry_priority, &telemetry_task_handle) != pdPASS))
    {
        snprintf(mq.failure, sizeof(mq.failure), "out of memory for its tasks");
        printf("The MQTT part is off: %s.\n", mq.failure);
        stop_local_broker();
        return false;
    }
    mq.enabled = true;
    printf("MQTT: broker is %s.\n", mq.broker);
    return true;
}

void mqtt_demo_finish(void)
{
    MQTTAgentCommandInfo_t command = {NULL, NULL, 200U};

    if (!mq.enabled || !agent_running)
    {
        return;
    }
    finisher = xTaskGetCurrentTaskHandle();
    (void)ulTaskNotifyTake(pdTRUE, 0);
    if (MQTTAgent_Disconnect(&agent, &command) == MQTTSuccess)
    {
        (void)ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(1000));
    }
}

void mqtt_demo_report(void)
{
    /* If the agent could not finish in time, close the connection from here. */
    SimTransport_Disconnect(&network);
    if (!mq.enabled)
    {
        printf("  - MQTT: not run (%s).\n", mq.failure);
        stop_local_broker();
        return;
    }
    if (!mq.connected)
    {
        printf("  - MQTT: %s; %s.\n", mq.broker, mq.failure);
    }
    else
    {
        printf(
            "  - MQTT through the agent over the simulator transport (%s), broker %s:\n"
            "      %u telemetry messages published at QoS 1 by the telemetry task, %u "
            "acknowledged;\n"
            "      %u commands received on %s: the sensor period went from %u ms to %u ms%s%s%s;\n"
            "      %s.\n",
            mq.tls ? "TLS" : "plain TCP", mq.broker, mq.published, mq.acknowledged, mq.commands,
            command_topic, (unsigned)mq.first_period_ms, (unsigned)demo_sensor_period_ms,
            mq.said[0] != '\0' ? ", and the broker said \"" : "", mq.said,
            mq.said[0] != '\0' ? "\"" : "",
            mq.disconnected_cleanly ? "disconnected cleanly at the end"
                                    : (mq.failure[0] != '\0' ? mq.failure : "not disconnected"));
    }
    if (local_broker.pid > 0)
    {
        int pid = (int)local_broker.pid;
        stop_local_broker();
        printf("      The local mosquitto (pid %d) was stopped.\n", pid);
    }
}
