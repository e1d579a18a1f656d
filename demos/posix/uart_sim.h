/*
 * uart_sim.h - a pretend serial device for the demo: a host thread plays a sensor module
 * that sends a line of text every 50 ms. Each arriving chunk raises a simulated interrupt;
 * the interrupt handler drains the receive FIFO with uart_sim_read().
 */
#ifndef UART_SIM_H
#define UART_SIM_H

#include <stddef.h>
#include <stdint.h>

/* Starts the device; it raises simulated interrupt line irq whenever data arrives. */
void uart_sim_start(unsigned irq);

/* Stops the device thread. */
void uart_sim_stop(void);

/* Moves up to max received bytes into buf; returns how many. For the interrupt handler. */
size_t uart_sim_read(uint8_t *buf, size_t max);

#endif /* UART_SIM_H */
