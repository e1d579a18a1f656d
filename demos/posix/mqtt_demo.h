/*
 * mqtt_demo.h - the MQTT part of the simulator demo: telemetry published through the MQTT
 * agent over the simulator transport, commands taken from a topic (see docs/mqtt.md, "The
 * demo"). main.c starts it, ends it and prints its summary.
 */
#ifndef DEMO_MQTT_H
#define DEMO_MQTT_H

#include <stdbool.h>
#include <stdint.h>

#include "FreeRTOS.h"

/* Provided by main.c: the sensor's period (commands change it) and its latest reading. */
extern volatile uint32_t demo_sensor_period_ms;
extern volatile uint32_t demo_latest_reading;

/*
 * Picks the broker: pBroker (the demo's argument) or TERN_DEMO_BROKER, as mqtt://host[:port]
 * or mqtts://host[:port] (TLS: TERN_DEMO_CA, optional TERN_DEMO_CERT / TERN_DEMO_KEY, or
 * TERN_DEMO_INSECURE=1); without either, starts a local mosquitto on a free port. Then
 * creates the agent and telemetry tasks. Returns false, having said why, when the MQTT part
 * cannot run. Call from main() before the scheduler starts.
 */
bool mqtt_demo_start(const char *pBroker, UBaseType_t agentPriority, UBaseType_t telemetryPriority);

/* From a task, before the scheduler ends: disconnects cleanly (waits at most a second). */
void mqtt_demo_finish(void);

/* After the scheduler ended: prints what the MQTT part showed and stops a local broker. */
void mqtt_demo_report(void);

#endif
