/*
 * tern_sim.h - what the Linux simulator offers beyond the FreeRTOS API: simulated
 * interrupt lines that host threads can raise, and control of simulated time.
 *
 * Time: in real-time mode the tick follows the host clock. In virtual-time mode
 * (configTERN_SIM_VIRTUAL_TIME 1 in FreeRTOSConfig.h, or TERN_SIM_TIME=virtual in the
 * environment) time jumps to the next wake-up whenever every task is blocked, and
 * otherwise advances one tick per tick-period of CPU time the tasks use, so timing tests
 * run fast and give the same answer on a loaded machine. While a host thread waits for
 * outside I/O (sim_io_begin .. sim_io_end), idle time follows the real clock instead, so
 * time never jumps past an answer that is on its way.
 */
#ifndef TERN_SIM_H
#define TERN_SIM_H

#include "FreeRTOS.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Interrupt line 0 is the tick; lines 1 .. SIM_IRQ_LINES - 1 are free for the application
 * and for simulated device drivers. */
#define SIM_IRQ_TICK  0U
#define SIM_IRQ_LINES 32U

/* An interrupt handler. It runs on the scheduler thread with interrupts masked, so it may
 * call the ...FromISR API and end with portYIELD_FROM_ISR(). */
typedef void (*sim_irq_handler_t)(void);

/* Installs handler for line irq (1 .. 31); NULL removes it. Returns pdFAIL for a bad line. */
BaseType_t sim_irq_set_handler(UBaseType_t irq, sim_irq_handler_t handler);

/* Raises line irq. Safe from any host thread, from tasks and from handlers; the handler
 * runs on the scheduler thread as soon as interrupts are unmasked there. */
void sim_irq_raise(UBaseType_t irq);

/* A host thread starts / stops waiting for outside I/O (see above). Nest; any thread. */
void sim_io_begin(void);
void sim_io_end(void);

/* pdTRUE when simulated time is virtual. */
BaseType_t sim_time_is_virtual(void);

#ifdef __cplusplus
}
#endif

#endif /* TERN_SIM_H */
