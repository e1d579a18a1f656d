/*
 * test_irq.h - one interrupt for kernel scenario tests: install a handler, then raise it
 * from a task. The handler runs in interrupt context, so it uses the ...FromISR API and
 * ends with portYIELD_FROM_ISR(). Each port supplies test_irq_<port>.c; a port without
 * one links test_irq_none.c and its tests skip the interrupt scenarios.
 */
#ifndef TERN_TEST_IRQ_H
#define TERN_TEST_IRQ_H

#include "FreeRTOS.h"

typedef void (*test_irq_handler_t)(void);

/* Installs handler (NULL removes it). Returns pdFALSE if this port has no test interrupt. */
BaseType_t test_irq_install(test_irq_handler_t handler);

/* Raises the interrupt from a task. The handler has run, and any switch it asked for has
 * happened, by the time this returns (unless the caller masked interrupts). */
void test_irq_trigger(void);

#endif /* TERN_TEST_IRQ_H */
