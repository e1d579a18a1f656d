/*
 * A mosquitto broker for one run of a host program (the MQTT interop tests, the simulator
 * demo): written configuration, a free loopback port, started as a child that dies with the
 * program, stopped by PID. Library tern_mosquitto_runner (tools/mosquitto), posix build only.
 */
#ifndef TERN_MOSQUITTO_BROKER_H
#define TERN_MOSQUITTO_BROKER_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct broker
{
    pid_t pid;
    uint16_t port;        /* first listener */
    uint16_t extraPort;   /* second listener, if the configuration asked for one */
    char directory[512];  /* where the configuration and the log go */
    const char *pFailure; /* after broker_start failed: why, as a fixed string; else NULL */
} broker_t;

/* A loopback TCP port nothing listens on right now. */
uint16_t broker_free_port(void);

/*
 * The mosquitto executable in the places Debian and local installs put it (/usr/sbin,
 * /usr/local/sbin, /usr/bin, /usr/local/bin), or NULL when there is none.
 */
const char *broker_find_mosquitto(void);

/*
 * Starts mosquitto (executable at pMosquitto) with a configuration made of one plain
 * listener on a free port and `extra` lines appended (which may mention "%PORT2%", replaced
 * by a second free port). The configuration and the log are written to pDirectory, which
 * must exist, as mosquitto-<port>.conf and mosquitto-<port>.log. Waits until it accepts
 * connections (at most 5 s). Returns 0, or -1 with pBroker->pFailure set (having appended
 * the log to stderr when mosquitto exited).
 */
int broker_start(broker_t *pBroker, const char *pMosquitto, const char *pDirectory,
                 const char *pFirstListener, const char *pExtra);

/* Stops the broker (SIGTERM, then SIGKILL) and reaps it. Safe to call twice. */
void broker_stop(broker_t *pBroker);

/* Freezes / thaws the broker process (it stops answering while frozen). */
void broker_pause(broker_t *pBroker);
void broker_resume(broker_t *pBroker);

/* Appends the broker's log to stderr (for failure diagnosis). */
void broker_dump_log(const broker_t *pBroker);

/* Deletes the configuration and log files the broker used (after a successful run). */
void broker_remove_files(const broker_t *pBroker);

#endif
