/*
 * uart_sim.c - the demo's pretend serial device (see uart_sim.h): a host thread fills a
 * single-producer single-consumer FIFO and raises a simulated interrupt, as a UART's
 * receive interrupt would.
 */
#define _GNU_SOURCE
#include "uart_sim.h"

#include <pthread.h>
#include <stdio.h>
#include <time.h>

#include "FreeRTOS.h"
#include "tern_sim.h"

#define FIFO_SIZE 256U

static uint8_t fifo[FIFO_SIZE];
static unsigned head; /* written by the device thread */
static unsigned tail; /* written by the interrupt handler */
static pthread_t device;
static volatile int running;
static unsigned irq_line;

static void *device_main(void *arg)
{
    unsigned seq = 0;
    (void)arg;
    while (__atomic_load_n(&running, __ATOMIC_ACQUIRE))
    {
        char line[48];
        struct timespec pause = {0, 50 * 1000 * 1000};
        int n = snprintf(line, sizeof line, "$TEMP,%u,%d.%d*\n", seq, 20 + (int)(seq % 7),
                         (int)(seq % 10));
        int i;
        for (i = 0; i < n; i++)
        {
            unsigned h = __atomic_load_n(&head, __ATOMIC_RELAXED);
            if (h - __atomic_load_n(&tail, __ATOMIC_ACQUIRE) < FIFO_SIZE)
            {
                fifo[h % FIFO_SIZE] = (uint8_t)line[i];
                __atomic_store_n(&head, h + 1U, __ATOMIC_RELEASE);
            }
            /* A full FIFO drops bytes, as an overrun on real hardware would. */
        }
        seq++;
        sim_irq_raise(irq_line);
        nanosleep(&pause, NULL);
    }
    return NULL;
}

void uart_sim_start(unsigned irq)
{
    irq_line = irq;
    running = 1;
    pthread_create(&device, NULL, device_main, NULL);
}

void uart_sim_stop(void)
{
    __atomic_store_n(&running, 0, __ATOMIC_RELEASE);
    pthread_join(device, NULL);
}

size_t uart_sim_read(uint8_t *buf, size_t max)
{
    unsigned t = __atomic_load_n(&tail, __ATOMIC_RELAXED);
    unsigned h = __atomic_load_n(&head, __ATOMIC_ACQUIRE);
    size_t n = 0;

    while (t != h && n < max)
    {
        buf[n++] = fifo[t % FIFO_SIZE];
        t++;
    }
    __atomic_store_n(&tail, t, __ATOMIC_RELEASE);
    return n;
}
