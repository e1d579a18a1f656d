/*
 * Private to the simulator transport: events between the I/O thread, the interrupt handler
 * and tasks, waiting on them, and the TLS layer (transport_sim_tls.c) that sits on the
 * non-blocking socket of transport_sim.c.
 */
#ifndef TRANSPORT_SIM_INTERNAL_H
#define TRANSPORT_SIM_INTERNAL_H

#include "FreeRTOS.h"
#include "task.h"

#include "transport_sim.h"

/* Events (bits of NetworkContext.armed and .pending). */
#define SIM_EVENT_RX    0x1U /* readable, or closed */
#define SIM_EVENT_TX    0x2U /* writable */
#define SIM_EVENT_STATE 0x4U /* connected, failed, or the thread ended */

/* NetworkContext.threadState */
#define SIM_THREAD_CONNECTING 0
#define SIM_THREAD_CONNECTED  1
#define SIM_THREAD_FAILED     2

/* Milliseconds as ticks, rounded up. */
TickType_t sim_ms_to_ticks(uint32_t milliseconds);

/*
 * Asks the I/O thread to watch for `event` (SIM_EVENT_RX or SIM_EVENT_TX) and blocks on its
 * semaphore for what is left of the timeout. Returns false, without waiting, once the timeout
 * has expired; true after a wake-up or a wait that ran out (the caller tries its operation
 * again either way).
 */
bool sim_wait(NetworkContext_t *pContext, uint32_t event, TimeOut_t *pTimeout,
              TickType_t *pRemaining);

#if defined(SIM_TRANSPORT_TLS) && (SIM_TRANSPORT_TLS != 0)
/* Loads the credentials and prepares the TLS session (no I/O yet). */
SimTransportStatus_t sim_tls_setup(NetworkContext_t *pContext,
                                   const SimTlsCredentials_t *pCredentials);

/* Runs the handshake within the timeout. */
SimTransportStatus_t sim_tls_handshake(NetworkContext_t *pContext, TimeOut_t *pTimeout,
                                       TickType_t *pRemaining);

/*
 * One non-blocking attempt: bytes moved (> 0), 0 when the socket would block (*pWant says for
 * which event to wait), -1 when the connection is closed or failed.
 */
int32_t sim_tls_recv(NetworkContext_t *pContext, void *pBuffer, size_t length, uint32_t *pWant);
int32_t sim_tls_send(NetworkContext_t *pContext, const void *pBuffer, size_t length,
                     uint32_t *pWant);

/* Sends close_notify if the socket takes it at once. */
void sim_tls_close(NetworkContext_t *pContext);

/* Frees the TLS state. */
void sim_tls_free(NetworkContext_t *pContext);
#endif

#endif
