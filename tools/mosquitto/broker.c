/*
 * mosquitto process management for host programs (broker.h): the MQTT interop tests and the
 * simulator demo. The child gets PR_SET_PDEATHSIG so that it dies with a crashed program;
 * normal ends stop it by PID.
 */
#define _GNU_SOURCE

#include "broker.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

uint16_t broker_free_port(void)
{
    struct sockaddr_in address;
    socklen_t length = sizeof(address);
    uint16_t port = 0U;
    int probe = socket(AF_INET, SOCK_STREAM, 0);

    memset(&address, 0, sizeof(address));
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if ((probe >= 0) && (bind(probe, (struct sockaddr *)&address, sizeof(address)) == 0) &&
        (getsockname(probe, (struct sockaddr *)&address, &length) == 0))
    {
        port = ntohs(address.sin_port);
    }
    if (probe >= 0)
    {
        close(probe);
    }
    return port;
}

const char *broker_find_mosquitto(void)
{
    static const char *const places[] = {"/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto",
                                         "/usr/bin/mosquitto", "/usr/local/bin/mosquitto"};
    size_t i;
    for (i = 0; i < sizeof(places) / sizeof(places[0]); i++)
    {
        if (access(places[i], X_OK) == 0)
        {
            return places[i];
        }
    }
    return NULL;
}

static bool accepts(uint16_t port)
{
    struct sockaddr_in address;
    int probe = socket(AF_INET, SOCK_STREAM, 0);
    bool ok;

    memset(&address, 0, sizeof(address));
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ok = (probe >= 0) && (connect(probe, (struct sockaddr *)&address, sizeof(address)) == 0);
    if (probe >= 0)
    {
        close(probe);
    }
    return ok;
}

/* Replaces every "%PORT2%" in pText by the port, into pOut. */
static void substitute(char *pOut, size_t size, const char *pText, uint16_t port)
{
    size_t used = 0U;
    while ((*pText != '\0') && (used + 8U < size))
    {
        if (strncmp(pText, "%PORT2%", 7U) == 0)
        {
            used += (size_t)snprintf(&pOut[used], size - used, "%u", (unsigned)port);
            pText += 7;
        }
        else
        {
            pOut[used++] = *pText++;
        }
    }
    pOut[used] = '\0';
}

int broker_start(broker_t *pBroker, const char *pMosquitto, const char *pDirectory,
                 const char *pFirstListener, const char *pExtra)
{
    char configPath[600];
    char logPath[600];
    char extra[4096];
    struct passwd *pUser = getpwuid(getuid());
    FILE *pConfig;
    int attempt;

    memset(pBroker, 0, sizeof(*pBroker));
    if ((pMosquitto == NULL) || (pDirectory == NULL))
    {
        pBroker->pFailure = "no mosquitto executable or directory given";
        return -1;
    }
    snprintf(pBroker->directory, sizeof(pBroker->directory), "%s", pDirectory);
    pBroker->port = broker_free_port();
    pBroker->extraPort = broker_free_port();
    if ((pBroker->port == 0U) || (pBroker->extraPort == 0U) ||
        (pBroker->port == pBroker->extraPort))
    {
        pBroker->pFailure = "no free loopback port";
        return -1;
    }
    snprintf(configPath, sizeof(configPath), "%s/mosquitto-%u.conf", pDirectory,
             (unsigned)pBroker->port);
    snprintf(logPath, sizeof(logPath), "%s/mosquitto-%u.log", pDirectory, (unsigned)pBroker->port);
    pConfig = fopen(configPath, "w");
    if (pConfig == NULL)
    {
        pBroker->pFailure = "cannot write the configuration file";
        return -1;
    }
    substitute(extra, sizeof(extra), (pExtra != NULL) ? pExtra : "", pBroker->extraPort);
    fprintf(pConfig,
            "# Written for one run by tools/mosquitto/broker.c; broker_remove_files() deletes it.\n"
            "per_listener_settings false\n"
            "allow_anonymous true\n"
            "persistence false\n"
            "log_dest file %s\n"
            "log_type all\n"
            "user %s\n"
            "listener %u 127.0.0.1\n%s\n%s\n",
            logPath, (pUser != NULL) ? pUser->pw_name : "root", (unsigned)pBroker->port,
            (pFirstListener != NULL) ? pFirstListener : "", extra);
    fclose(pConfig);
    (void)remove(logPath);

    pBroker->pid = fork();
    if (pBroker->pid < 0)
    {
        pBroker->pid = 0;
        pBroker->pFailure = "fork failed";
        return -1;
    }
    if (pBroker->pid == 0)
    {
        int quiet = open("/dev/null", O_WRONLY);
        (void)prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() == 1)
        {
            _exit(1); /* the test already died */
        }
        if (quiet >= 0)
        {
            (void)dup2(quiet, STDOUT_FILENO);
            (void)dup2(quiet, STDERR_FILENO);
        }
        execl(pMosquitto, "mosquitto", "-c", configPath, (char *)NULL);
        _exit(127);
    }
    for (attempt = 0; attempt < 250; attempt++)
    {
        struct timespec pause = {0, 20000000L};
        int exitStatus;
        if (waitpid(pBroker->pid, &exitStatus, WNOHANG) == pBroker->pid)
        {
            pBroker->pid = 0;
            pBroker->pFailure = "mosquitto exited at start (bad configuration or port taken)";
            broker_dump_log(pBroker);
            return -1;
        }
        if (accepts(pBroker->port))
        {
            return 0;
        }
        nanosleep(&pause, NULL);
    }
    broker_stop(pBroker);
    pBroker->pFailure = "mosquitto did not accept connections";
    return -1;
}

void broker_stop(broker_t *pBroker)
{
    int attempt;
    if (pBroker->pid <= 0)
    {
        return;
    }
    (void)kill(pBroker->pid, SIGCONT);
    (void)kill(pBroker->pid, SIGTERM);
    for (attempt = 0; attempt < 100; attempt++)
    {
        struct timespec pause = {0, 20000000L};
        if (waitpid(pBroker->pid, NULL, WNOHANG) == pBroker->pid)
        {
            pBroker->pid = 0;
            return;
        }
        nanosleep(&pause, NULL);
    }
    (void)kill(pBroker->pid, SIGKILL);
    (void)waitpid(pBroker->pid, NULL, 0);
    pBroker->pid = 0;
}

/* A pid of 0 or -1 would signal the caller's process group or every process: never. */
void broker_pause(broker_t *pBroker)
{
    if (pBroker->pid > 0)
    {
        (void)kill(pBroker->pid, SIGSTOP);
    }
}

void broker_resume(broker_t *pBroker)
{
    if (pBroker->pid > 0)
    {
        (void)kill(pBroker->pid, SIGCONT);
    }
}

void broker_dump_log(const broker_t *pBroker)
{
    char logPath[600];
    char line[512];
    FILE *pLog;
    snprintf(logPath, sizeof(logPath), "%s/mosquitto-%u.log", pBroker->directory,
             (unsigned)pBroker->port);
    pLog = fopen(logPath, "r");
    if (pLog == NULL)
    {
        return;
    }
    fprintf(stderr, "---- %s ----\n", logPath);
    while (fgets(line, sizeof(line), pLog) != NULL)
    {
        fputs(line, stderr);
    }
    fclose(pLog);
}

void broker_remove_files(const broker_t *pBroker)
{
    char path[600];
    snprintf(path, sizeof(path), "%s/mosquitto-%u.log", pBroker->directory,
             (unsigned)pBroker->port);
    (void)remove(path);
    snprintf(path, sizeof(path), "%s/mosquitto-%u.conf", pBroker->directory,
             (unsigned)pBroker->port);
    (void)remove(path);
}
