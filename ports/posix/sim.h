/*
 * sim.h - private to the posix port: the simulator's host-side state shared by port.c
 * (tasks, switching, critical sections) and sim_time.c (signals, timers, idle, time).
 */
#ifndef TERN_SIM_PRIVATE_H
#define TERN_SIM_PRIVATE_H

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>

#include "FreeRTOS.h"
#include "tern_sim.h"

/* Private names become tern_... symbols so they cannot clash with the application's. */
#define sim                tern_sim
#define sim_signal_install tern_sim_signal_install
#define sim_tick_handler   tern_sim_tick_handler
#define sim_time_start     tern_sim_time_start
#define sim_time_stop      tern_sim_time_stop

/* What the port keeps per task, at the top of the task's stack. */
struct sim_task
{
    void *stack_lo;      /* lowest address of the stack */
    size_t stack_size;   /* bytes from stack_lo up to this structure */
    void *asan_fake;     /* AddressSanitizer's fake stack while switched out */
    unsigned vg_stack;   /* valgrind's id for the stack */
};

/* The frame port_switch() leaves at a switched-out task's stack pointer. */
struct switch_frame
{
    uint32_t mxcsr;
    uint16_t fcw;
    uint16_t pad;
    struct sim_task *task;
    uint64_t r15, r14, r13, r12, rbx, rbp, rip;
};

struct sim
{
    int started;                 /* between xPortStartScheduler and vPortEndScheduler */
    int virtual_time;
    pthread_t thread;            /* the scheduler thread */
    pid_t tid;
    struct sim_task *current;    /* the running task's port data */
    struct sim_task *dying;      /* the running task deleted itself */
    struct sim_task main_task;   /* main(): where vTaskEndScheduler returns */
    void *main_sp;
    volatile int idle_seen;      /* idle ran since the last CPU-time tick */
    volatile TickType_t ticks_owed;
    volatile int io_outstanding;
    sim_irq_handler_t handlers[SIM_IRQ_LINES];
    uintptr_t text_lo, text_hi;  /* our program's code: where preemption is safe */
};

extern struct sim sim;

/* port.c */
extern uint64_t port_xsave_size;
void port_switch(void **save_sp, void *load_sp, struct sim_task *self);
void port_irq_trampoline(void);
void port_irq_entry(void);

/* sim_time.c */
void sim_time_start(void);
void sim_time_stop(void);
void sim_signal_install(void);
void sim_tick_handler(void);

#endif /* TERN_SIM_PRIVATE_H */
