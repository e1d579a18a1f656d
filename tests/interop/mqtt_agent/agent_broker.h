/*
 * The mosquitto broker of the agent interop tests: one plain listener, one TLS listener and
 * one TLS listener that requires a client certificate, with a CA, server and client
 * certificates (and an unrelated CA) made by openssl at test time. Started as a child that
 * dies with the test, stopped by PID (tools/mosquitto/broker.h does the process work).
 */
#ifndef AGENT_BROKER_H
#define AGENT_BROKER_H

#include <stdbool.h>
#include <stdint.h>

#include "broker.h"

typedef struct agent_broker
{
    broker_t process;
    uint16_t plainPort;
    uint16_t tlsPort;        /* server certificate only */
    uint16_t clientCertPort; /* client certificate required */
    char caPath[600];
    char roguePath[600];
    char clientCertPath[600];
    char clientKeyPath[600];
} agent_broker_t;

/* Makes the certificates and starts mosquitto. Returns 0, or -1 (reason on stderr). */
int agent_broker_start(agent_broker_t *pBroker);

/* Stops mosquitto by PID (safe twice); with removeFiles, deletes its configuration and log. */
void agent_broker_stop(agent_broker_t *pBroker, bool removeFiles);

#endif
