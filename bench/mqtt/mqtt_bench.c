/*
 * MQTT throughput through a local mosquitto (bench/mqtt/run starts it): messages per second
 * from one publisher to one subscriber, 64-byte payloads, QoS 0 and QoS 1, for the Tern
 * client and for libmosquitto, measured alike in the same run. Each side runs on its own
 * thread and connection; QoS 1 publishers keep at most 20 messages unacknowledged (the
 * broker's default receive maximum), both with TCP_NODELAY. The figure is messages
 * delivered to the subscriber per second from the first publish to the last delivery,
 * median of 5 runs. Tern's transport polls an empty socket for up to 50 us before it sleeps
 * (see BUSY_POLL_US); the *_no_busy_poll_msgs figures measure Tern without that.
 * Usage: mqtt_bench free-port | mqtt_bench run <port> [--broker-pid=<pid>] [figure...]
 * With the broker's pid it also reports the broker's CPU time per message; with figure names
 * (qos1_msgs, ...) only those are measured, e.g. to profile one of them.
 */
#define _GNU_SOURCE

#include <mosquitto.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_runs.h"
#include "broker.h"
#include "core_mqtt.h"
#include "core_mqtt_state.h"
#include "transport_posix.h"

#define PAYLOAD_SIZE 64U
#define WINDOW       20U
#define RUNS         5U
#define DEADLINE_MS  20000U

/* Tern's socket transport keeps polling an empty socket this long before it sleeps. libmosquitto's
 * manual loop does not sleep either while it has packets queued: each queued packet leaves a
 * byte in its wake-up socket pair, and each loop call consumes one without waiting. */
#define BUSY_POLL_US 50U

static uint16_t port;

typedef struct run
{
    const char *pTopic;
    int qos;
    unsigned count;
    uint32_t busyPollUs; /* Tern's transport: how long recv polls before it sleeps */
    atomic_uint received;
    atomic_int ready;
    uint32_t startMs;
    uint32_t endMs;
    uint64_t brokerStartNs; /* broker CPU time at startMs and endMs (0 when not known) */
    uint64_t brokerEndNs;
} run_t;

static pid_t brokerPid; /* mosquitto's, to read its CPU time; 0 when not given */

/* The broker's CPU time so far in nanoseconds (first field of /proc/<pid>/schedstat), or 0. */
static uint64_t broker_cpu_ns(void)
{
    char path[64];
    unsigned long long ns = 0U;
    FILE *pFile;

    if (brokerPid == 0)
    {
        return 0U;
    }
    snprintf(path, sizeof(path), "/proc/%d/schedstat", (int)brokerPid);
    pFile = fopen(path, "r");
    if (pFile != NULL)
    {
        if (fscanf(pFile, "%llu", &ns) != 1)
        {
            ns = 0U;
        }
        fclose(pFile);
    }
    return (uint64_t)ns;
}

/* The publisher is about to send the first message. */
static void run_started(run_t *pRun)
{
    pRun->brokerStartNs = broker_cpu_ns();
    pRun->startMs = posix_time_ms();
}

/* The subscriber received one more message. */
static void run_delivered(run_t *pRun)
{
    if (atomic_fetch_add(&pRun->received, 1U) + 1U == pRun->count)
    {
        pRun->endMs = posix_time_ms();
        pRun->brokerEndNs = broker_cpu_ns();
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Tern                                                                                       */

typedef struct tern_client
{
    MQTTContext_t context;
    struct NetworkContext network;
    uint8_t buffer[16384];
    MQTTPubAckInfo_t outgoing[WINDOW];
    MQTTPubAckInfo_t incoming[WINDOW];
    run_t *pRun;
    unsigned acknowledged;
    bool subscribed;
} tern_client_t;

static void tern_event(MQTTContext_t *pContext, MQTTPacketInfo_t *pPacket,
                       MQTTDeserializedInfo_t *pInfo)
{
    tern_client_t *pClient = (tern_client_t *)(void *)pContext;
    uint8_t type = pPacket->type & 0xF0U;
    (void)pInfo;
    if (type == MQTT_PACKET_TYPE_PUBLISH)
    {
        run_delivered(pClient->pRun);
    }
    else if (type == MQTT_PACKET_TYPE_PUBACK)
    {
        pClient->acknowledged++;
    }
    else if (type == MQTT_PACKET_TYPE_SUBACK)
    {
        pClient->subscribed = true;
    }
}

static int tern_open(tern_client_t *pClient, const char *pId, run_t *pRun, uint32_t busyPollUs)
{
    TransportInterface_t transport;
    MQTTFixedBuffer_t fixed;
    MQTTConnectInfo_t info;
    bool present = false;

    memset(pClient, 0, sizeof(*pClient));
    pClient->pRun = pRun;
    if (posix_connect(&pClient->network, "127.0.0.1", port, 1U, 5000U) != 0)
    {
        return -1;
    }
    posix_set_busy_poll(&pClient->network, busyPollUs);
    transport = posix_transport(&pClient->network);
    fixed.pBuffer = pClient->buffer;
    fixed.size = sizeof(pClient->buffer);
    memset(&info, 0, sizeof(info));
    info.cleanSession = true;
    info.keepAliveSeconds = 60U;
    info.pClientIdentifier = pId;
    info.clientIdentifierLength = (uint16_t)strlen(pId);
    if ((MQTT_Init(&pClient->context, &transport, posix_time_ms, tern_event, &fixed) !=
         MQTTSuccess) ||
        (MQTT_InitStatefulQoS(&pClient->context, pClient->outgoing, WINDOW, pClient->incoming,
                              WINDOW) != MQTTSuccess) ||
        (MQTT_Connect(&pClient->context, &info, NULL, 5000U, &present) != MQTTSuccess))
    {
        return -1;
    }
    return 0;
}

static void *tern_subscriber(void *pArg)
{
    run_t *pRun = pArg;
    static tern_client_t client;
    MQTTSubscribeInfo_t subscription;
    uint32_t start;

    if (tern_open(&client, "bench-tern-sub", pRun, pRun->busyPollUs) != 0)
    {
        atomic_store(&pRun->ready, -1);
        return NULL;
    }
    memset(&subscription, 0, sizeof(subscription));
    subscription.qos = (MQTTQoS_t)pRun->qos;
    subscription.pTopicFilter = pRun->pTopic;
    subscription.topicFilterLength = (uint16_t)strlen(pRun->pTopic);
    (void)MQTT_Subscribe(&client.context, &subscription, 1U, MQTT_GetPacketId(&client.context));
    while (!client.subscribed)
    {
        if (MQTT_ProcessLoop(&client.context) > MQTTNeedMoreBytes)
        {
            atomic_store(&pRun->ready, -1);
            return NULL;
        }
    }
    atomic_store(&pRun->ready, 1);
    start = posix_time_ms();
    while ((atomic_load(&pRun->received) < pRun->count) && (posix_time_ms() - start < DEADLINE_MS))
    {
        MQTTStatus_t status = MQTT_ProcessLoop(&client.context);
        if ((status != MQTTSuccess) && (status != MQTTNeedMoreBytes))
        {
            fprintf(stderr, "mqtt_bench: tern subscriber: %s\n", MQTT_Status_strerror(status));
            break;
        }
    }
    (void)MQTT_Disconnect(&client.context);
    posix_close(&client.network);
    return NULL;
}

static int tern_publish(run_t *pRun)
{
    static tern_client_t client;
    uint8_t payload[PAYLOAD_SIZE];
    MQTTPublishInfo_t info;
    unsigned i;

    if (tern_open(&client, "bench-tern-pub", pRun, pRun->busyPollUs) != 0)
    {
        return -1;
    }
    memset(payload, 'x', sizeof(payload));
    memset(&info, 0, sizeof(info));
    info.qos = (MQTTQoS_t)pRun->qos;
    info.pTopicName = pRun->pTopic;
    info.topicNameLength = (uint16_t)strlen(pRun->pTopic);
    info.pPayload = payload;
    info.payloadLength = sizeof(payload);
    run_started(pRun);
    for (i = 0U; i < pRun->count; i++)
    {
        memcpy(payload, &i, sizeof(i));
        while ((pRun->qos != 0) && (i - client.acknowledged >= WINDOW))
        {
            if (MQTT_ProcessLoop(&client.context) > MQTTNeedMoreBytes)
            {
                return -1;
            }
        }
        if (MQTT_Publish(&client.context, &info,
                         (pRun->qos != 0) ? MQTT_GetPacketId(&client.context) : 0U) != MQTTSuccess)
        {
            return -1;
        }
    }
    while ((pRun->qos != 0) && (client.acknowledged < pRun->count))
    {
        if (MQTT_ProcessLoop(&client.context) > MQTTNeedMoreBytes)
        {
            return -1;
        }
    }
    (void)MQTT_Disconnect(&client.context);
    posix_close(&client.network);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* libmosquitto                                                                               */

typedef struct mosq_state
{
    run_t *pRun;
    atomic_uint acknowledged;
    atomic_int connected;
    atomic_int subscribed;
} mosq_state_t;

static void mosq_on_connect(struct mosquitto *pMosq, void *pUser, int result)
{
    (void)pMosq;
    atomic_store(&((mosq_state_t *)pUser)->connected, (result == 0) ? 1 : -1);
}

static void mosq_on_subscribe(struct mosquitto *pMosq, void *pUser, int mid, int count,
                              const int *pGranted)
{
    (void)pMosq;
    (void)mid;
    (void)count;
    (void)pGranted;
    atomic_store(&((mosq_state_t *)pUser)->subscribed, 1);
}

static void mosq_on_message(struct mosquitto *pMosq, void *pUser,
                            const struct mosquitto_message *pMessage)
{
    (void)pMosq;
    (void)pMessage;
    run_delivered(((mosq_state_t *)pUser)->pRun);
}

static void mosq_on_publish(struct mosquitto *pMosq, void *pUser, int mid)
{
    (void)pMosq;
    (void)mid;
    atomic_fetch_add(&((mosq_state_t *)pUser)->acknowledged, 1U);
}

static struct mosquitto *mosq_open(const char *pId, mosq_state_t *pState)
{
    struct mosquitto *pMosq = mosquitto_new(pId, true, pState);
    if (pMosq == NULL)
    {
        return NULL;
    }
    (void)mosquitto_int_option(pMosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_connect_callback_set(pMosq, mosq_on_connect);
    mosquitto_subscribe_callback_set(pMosq, mosq_on_subscribe);
    mosquitto_message_callback_set(pMosq, mosq_on_message);
    mosquitto_publish_callback_set(pMosq, mosq_on_publish);
    if (mosquitto_connect(pMosq, "127.0.0.1", port, 60) != MOSQ_ERR_SUCCESS)
    {
        mosquitto_destroy(pMosq);
        return NULL;
    }
    while (atomic_load(&pState->connected) == 0)
    {
        if (mosquitto_loop(pMosq, 100, 1) != MOSQ_ERR_SUCCESS)
        {
            break;
        }
    }
    if (atomic_load(&pState->connected) != 1)
    {
        mosquitto_destroy(pMosq);
        return NULL;
    }
    return pMosq;
}

static void *mosq_subscriber(void *pArg)
{
    run_t *pRun = pArg;
    mosq_state_t state;
    struct mosquitto *pMosq;
    uint32_t start;

    memset(&state, 0, sizeof(state));
    state.pRun = pRun;
    pMosq = mosq_open("bench-mosq-sub", &state);
    if ((pMosq == NULL) ||
        (mosquitto_subscribe(pMosq, NULL, pRun->pTopic, pRun->qos) != MOSQ_ERR_SUCCESS))
    {
        atomic_store(&pRun->ready, -1);
        return NULL;
    }
    while (atomic_load(&state.subscribed) == 0)
    {
        (void)mosquitto_loop(pMosq, 100, 1);
    }
    atomic_store(&pRun->ready, 1);
    start = posix_time_ms();
    while ((atomic_load(&pRun->received) < pRun->count) && (posix_time_ms() - start < DEADLINE_MS))
    {
        if (mosquitto_loop(pMosq, 1, 1) != MOSQ_ERR_SUCCESS)
        {
            fprintf(stderr, "mqtt_bench: libmosquitto subscriber lost its connection\n");
            break;
        }
    }
    mosquitto_disconnect(pMosq);
    mosquitto_destroy(pMosq);
    return NULL;
}

static int mosq_publish(run_t *pRun)
{
    mosq_state_t state;
    struct mosquitto *pMosq;
    uint8_t payload[PAYLOAD_SIZE];
    unsigned i;

    memset(&state, 0, sizeof(state));
    state.pRun = pRun;
    pMosq = mosq_open("bench-mosq-pub", &state);
    if (pMosq == NULL)
    {
        return -1;
    }
    memset(payload, 'x', sizeof(payload));
    run_started(pRun);
    for (i = 0U; i < pRun->count; i++)
    {
        memcpy(payload, &i, sizeof(i));
        while ((pRun->qos != 0) && (i - atomic_load(&state.acknowledged) >= WINDOW))
        {
            if (mosquitto_loop(pMosq, 1, 1) != MOSQ_ERR_SUCCESS)
            {
                return -1;
            }
        }
        if (mosquitto_publish(pMosq, NULL, pRun->pTopic, PAYLOAD_SIZE, payload, pRun->qos, false) !=
            MOSQ_ERR_SUCCESS)
        {
            return -1;
        }
        /* Without a loop thread, queued bytes go out when the socket takes them. */
        while (mosquitto_want_write(pMosq))
        {
            (void)mosquitto_loop_write(pMosq, 1);
        }
    }
    while ((pRun->qos != 0) && (atomic_load(&state.acknowledged) < pRun->count))
    {
        if (mosquitto_loop(pMosq, 1, 1) != MOSQ_ERR_SUCCESS)
        {
            return -1;
        }
    }
    mosquitto_disconnect(pMosq);
    mosquitto_destroy(pMosq);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */

typedef struct figure
{
    const char *pName;
    bool tern;
    int qos;
    unsigned count;
    uint32_t busyPollUs;
    double rates[RUNS];
    double cpu[RUNS];    /* client CPU microseconds per message */
    double broker[RUNS]; /* broker CPU microseconds per message */
} figure_t;

/* Run `index` of pFigure: records its rate (messages per second delivered) and the CPU time
 * per message of the client (user + system, both client threads, connecting included) and
 * of the broker (first to last message), and reports them on stderr. False when it failed. */
static bool measure(figure_t *pFigure, unsigned index, unsigned serial)
{
    bool tern = pFigure->tern;
    int qos = pFigure->qos;
    unsigned count = pFigure->count;
    char topic[64];
    run_t run;
    pthread_t subscriber;
    double seconds;
    double brokerSeconds;
    double cpuStart = bench_cpu_seconds();

    snprintf(topic, sizeof(topic), "bench/%s/%d/%u", tern ? "tern" : "mosq", qos, serial);
    memset(&run, 0, sizeof(run));
    run.pTopic = topic;
    run.qos = qos;
    run.count = count;
    run.busyPollUs = pFigure->busyPollUs;
    if (pthread_create(&subscriber, NULL, tern ? tern_subscriber : mosq_subscriber, &run) != 0)
    {
        return false;
    }
    while (atomic_load(&run.ready) == 0)
    {
        usleep(1000);
    }
    if ((atomic_load(&run.ready) < 0) || ((tern ? tern_publish(&run) : mosq_publish(&run)) != 0))
    {
        pthread_join(subscriber, NULL);
        return false;
    }
    pthread_join(subscriber, NULL);
    if (atomic_load(&run.received) != count)
    {
        fprintf(stderr, "mqtt_bench: %s QoS %d: %u of %u messages delivered\n",
                tern ? "tern" : "libmosquitto", qos, atomic_load(&run.received), count);
        return false;
    }
    seconds = (double)(run.endMs - run.startMs) / 1000.0;
    if (seconds <= 0.0)
    {
        return false;
    }
    brokerSeconds = (double)(run.brokerEndNs - run.brokerStartNs) / 1e9;
    pFigure->rates[index] = (double)count / seconds;
    pFigure->cpu[index] = (bench_cpu_seconds() - cpuStart) * 1e6 / (double)count;
    pFigure->broker[index] = brokerSeconds * 1e6 / (double)count;
    fprintf(stderr,
            "mqtt_bench: %s run %u: %.0f msgs/s, CPU per message: client %.2f us, "
            "broker %.2f us (broker busy %.0f%%)\n",
            pFigure->pName, index, pFigure->rates[index], pFigure->cpu[index],
            pFigure->broker[index], brokerSeconds / seconds * 100.0);
    return true;
}

/* Runs every figure RUNS times, interleaved so that a change in machine load affects Tern and
 * libmosquitto alike, and prints each median. */
static int report(figure_t *pFigures, size_t count)
{
    unsigned serial = 0U;
    unsigned run;
    size_t i;

    for (run = 0U; run < RUNS; run++)
    {
        for (i = 0U; i < count; i++)
        {
            if (!measure(&pFigures[i], run, serial++))
            {
                fprintf(stderr, "mqtt_bench: %s run %u failed\n", pFigures[i].pName, run);
                return -1;
            }
        }
    }
    for (i = 0U; i < count; i++)
    {
        printf("bench: mqtt.%s %.0f msgs/s\n", pFigures[i].pName,
               bench_median(pFigures[i].rates, RUNS));
        /* Not bench figures: CPU per message moves less with the machine's load. */
        fprintf(stderr, "mqtt_bench: %s median CPU per message: client %.2f us, broker %.2f us\n",
                pFigures[i].pName, bench_median(pFigures[i].cpu, RUNS),
                bench_median(pFigures[i].broker, RUNS));
    }
    fflush(stdout);
    return 0;
}

/* Keeps the figures named in pNames, in their table order; returns how many remain. */
static size_t select_figures(figure_t *pFigures, size_t count, char **pNames, size_t names)
{
    size_t kept = 0U;
    size_t i;

    for (i = 0U; i < count; i++)
    {
        if (bench_name_listed(pFigures[i].pName, pNames, names))
        {
            pFigures[kept++] = pFigures[i];
        }
    }
    return kept;
}

int main(int argc, char **argv)
{
    figure_t figures[] = {
        {"qos0_msgs", true, 0, 50000U, BUSY_POLL_US, {0}, {0}, {0}},
        {"qos1_msgs", true, 1, 20000U, BUSY_POLL_US, {0}, {0}, {0}},
        {"libmosquitto_qos0_msgs", false, 0, 50000U, 0U, {0}, {0}, {0}},
        {"libmosquitto_qos1_msgs", false, 1, 20000U, 0U, {0}, {0}, {0}},
        /* Tern again with a transport that sleeps as soon as its socket is empty. */
        {"qos0_no_busy_poll_msgs", true, 0, 50000U, 0U, {0}, {0}, {0}},
        {"qos1_no_busy_poll_msgs", true, 1, 20000U, 0U, {0}, {0}, {0}},
    };
    size_t count = sizeof(figures) / sizeof(figures[0]);
    int first = 3;
    int status;

    if ((argc == 2) && (strcmp(argv[1], "free-port") == 0))
    {
        printf("%u\n", (unsigned)broker_free_port());
        return 0;
    }
    if ((argc < 3) || (strcmp(argv[1], "run") != 0))
    {
        fprintf(stderr, "usage: %s free-port | %s run <port> [--broker-pid=<pid>] [figure...]\n",
                argv[0], argv[0]);
        return 2;
    }
    port = (uint16_t)atoi(argv[2]);
    if ((argc > first) && (strncmp(argv[first], "--broker-pid=", 13U) == 0))
    {
        brokerPid = (pid_t)atoi(&argv[first][13]);
        first++;
    }
    if (argc > first)
    {
        count = select_figures(figures, count, &argv[first], (size_t)(argc - first));
        if (count == 0U)
        {
            fprintf(stderr, "mqtt_bench: no such figure\n");
            return 2;
        }
    }
    mosquitto_lib_init();
    status = report(figures, count);
    mosquitto_lib_cleanup();
    return (status == 0) ? 0 : 1;
}
