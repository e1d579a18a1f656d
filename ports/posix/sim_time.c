/*
 * sim_time.c (posix) - where simulated interrupts come from: host timers for the tick
 * (real or virtual time), other host threads raising lines, and the signal that brings
 * them to the scheduler thread. Also the idle step that makes virtual time jump.
 * Relies on port.c for delivering interrupts (vPortSimService, port_irq_trampoline).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "FreeRTOS.h"
#include "task.h"
#include "sim.h"

#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#else
#define VALGRIND_MAKE_MEM_UNDEFINED(p, n) ((void)(p), (void)(n))
#endif

#ifndef configTERN_SIM_VIRTUAL_TIME
#define configTERN_SIM_VIRTUAL_TIME 0
#endif

#define SIM_SIGNAL SIGUSR1

enum sim_timer
{
    TIMER_TICK,  /* periodic, real time: the tick in real-time mode */
    TIMER_CPU,   /* periodic, scheduler-thread CPU time: the tick while tasks compute */
    TIMER_IDLE,  /* one-shot, real time: a tick while idle waits for outside I/O */
    TIMER_RETRY, /* one-shot: retries delivery held up by code outside our program */
    TIMER_COUNT
};

static timer_t timers[TIMER_COUNT];

/* Delivery held up by library code is retried after retry_ns, doubling while the same
 * stretch of library code goes on (a TLS handshake can compute for a long time), so the
 * retries never swamp it; reset once delivery gets through. */
#define RETRY_FIRST_NS 20000L
#define RETRY_MAX_NS   1000000L
static long retry_ns = RETRY_FIRST_NS;
static struct timespec started_at; /* run-time statistics count from here */
static int timer_made[TIMER_COUNT];
static uint8_t altstack[64 * 1024] __attribute__((aligned(16)));

static long tick_period_ns(void)
{
    return 1000000000L / (long)configTICK_RATE_HZ;
}

static void owe_ticks(TickType_t n)
{
    __atomic_add_fetch(&sim.ticks_owed, n, __ATOMIC_ACQ_REL);
    __atomic_or_fetch(&port_sim_cpu.irq_pending, 1U << SIM_IRQ_TICK, __ATOMIC_ACQ_REL);
}

static void arm(enum sim_timer which, long first_ns, long period_ns)
{
    struct itimerspec spec;
    memset(&spec, 0, sizeof spec);
    spec.it_value.tv_sec = first_ns / 1000000000L;
    spec.it_value.tv_nsec = first_ns % 1000000000L;
    spec.it_interval.tv_sec = period_ns / 1000000000L;
    spec.it_interval.tv_nsec = period_ns % 1000000000L;
    if (timer_made[which])
    {
        (void)timer_settime(timers[which], 0, &spec, NULL);
    }
}

/* Sends an interrupted task of ours into port_irq_trampoline, the way a CPU enters an
 * exception: the interrupted rip goes on its stack below the red zone. Code outside our
 * program (the C library, the sanitizer runtime) may hold locks another task needs, so
 * it is never interrupted this way; delivery is retried shortly instead. */
__attribute__((no_sanitize_address)) static void divert(ucontext_t *uc)
{
    greg_t *regs = uc->uc_mcontext.gregs;
    uintptr_t pc = (uintptr_t)regs[REG_RIP];
    uintptr_t sp;

    if (pc < sim.text_lo || pc >= sim.text_hi)
    {
        arm(TIMER_RETRY, retry_ns, 0L);
        if (retry_ns < RETRY_MAX_NS)
        {
            retry_ns *= 2;
        }
        return;
    }
    retry_ns = RETRY_FIRST_NS;
    sp = (uintptr_t)regs[REG_RSP] - 128U - 8U;
    /* Valgrind sees the trampoline's frame appear below the stack pointer without the
     * usual stack-growth instructions: declare that stretch part of the stack. */
    (void)VALGRIND_MAKE_MEM_UNDEFINED(sp - port_xsave_size - 256U, port_xsave_size + 256U + 8U);
    *(uintptr_t *)sp = pc;
    regs[REG_RSP] = (greg_t)sp;
    regs[REG_RIP] = (greg_t)(uintptr_t)port_irq_trampoline;
    port_sim_cpu.masked = 1;
}

__attribute__((no_sanitize_address)) static void on_signal(int sig, siginfo_t *info, void *context)
{
    int saved_errno = errno;
    (void)sig;

    if (info->si_code == SI_TIMER)
    {
        switch (info->si_value.sival_int)
        {
            case TIMER_TICK:
                owe_ticks((TickType_t)(1 + info->si_overrun));
                break;
            case TIMER_CPU:
                /* Only a stretch of computing without idling counts as time passing. */
                if (sim.idle_seen)
                {
                    sim.idle_seen = 0;
                }
                else
                {
                    owe_ticks(1U);
                }
                break;
            case TIMER_IDLE:
                owe_ticks(1U);
                break;
            default:
                break;
        }
    }
    if (sim.started && !port_sim_cpu.masked &&
        (port_sim_cpu.irq_pending != 0U || port_sim_cpu.switch_pending != 0))
    {
        divert((ucontext_t *)context);
    }
    errno = saved_errno;
}

void sim_signal_install(void)
{
    struct sigaction sa;
    stack_t ss;
    enum sim_timer t;

    memset(&ss, 0, sizeof ss);
    ss.ss_sp = altstack;
    ss.ss_size = sizeof altstack;
    (void)sigaltstack(&ss, NULL);

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    (void)sigaction(SIM_SIGNAL, &sa, NULL);

    for (t = TIMER_TICK; t < TIMER_COUNT; t++)
    {
        struct sigevent ev;
        clockid_t clock = CLOCK_MONOTONIC;
        memset(&ev, 0, sizeof ev);
        ev.sigev_notify = SIGEV_THREAD_ID;
        ev.sigev_signo = SIM_SIGNAL;
        ev.sigev_value.sival_int = (int)t;
        ev._sigev_un._tid = (pid_t)gettid();
        if (t == TIMER_CPU && pthread_getcpuclockid(pthread_self(), &clock) != 0)
        {
            continue;
        }
        timer_made[t] = timer_create(clock, &ev, &timers[t]) == 0;
    }
}

void sim_time_start(void)
{
    const char *mode = getenv("TERN_SIM_TIME");

    sim.virtual_time = configTERN_SIM_VIRTUAL_TIME;
    if (mode != NULL && strcmp(mode, "virtual") == 0)
    {
        sim.virtual_time = 1;
    }
    else if (mode != NULL && strcmp(mode, "real") == 0)
    {
        sim.virtual_time = 0;
    }
    sim.ticks_owed = 0;
    sim.idle_seen = 0;
    (void)clock_gettime(CLOCK_MONOTONIC, &started_at);
    if (sim.virtual_time)
    {
        arm(TIMER_CPU, tick_period_ns(), tick_period_ns());
    }
    else
    {
        arm(TIMER_TICK, tick_period_ns(), tick_period_ns());
    }
}

void sim_time_stop(void)
{
    enum sim_timer t;
    for (t = TIMER_TICK; t < TIMER_COUNT; t++)
    {
        arm(t, 0L, 0L);
    }
}

void sim_tick_handler(void)
{
    TickType_t owed = __atomic_exchange_n(&sim.ticks_owed, 0, __ATOMIC_ACQ_REL);

    while (owed-- > 0U)
    {
        if (xTaskIncrementTick() != pdFALSE)
        {
            port_sim_cpu.switch_pending = 1;
        }
    }
}

/* Sleeps the scheduler thread until a signal arrives. Interrupts are masked (so the
 * signal only records what it brings); the caller unmasks to take it. */
static void wait_for_signal(void)
{
    sigset_t block;
    sigset_t old;

    sigemptyset(&block);
    sigaddset(&block, SIM_SIGNAL);
    (void)pthread_sigmask(SIG_BLOCK, &block, &old);
    if (port_sim_cpu.irq_pending == 0U)
    {
        sigdelset(&old, SIM_SIGNAL);
        (void)sigsuspend(&old);
    }
    (void)pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Called by the idle task on every pass. */
void vPortSimIdle(void)
{
    UBaseType_t saved = xPortSetInterruptMask();

    sim.idle_seen = 1;
    if (port_sim_cpu.irq_pending == 0U && port_sim_cpu.switch_pending == 0 &&
        eTaskConfirmSleepModeStatus() != eAbortSleep)
    {
        TickType_t until_wake = xTaskGetExpectedIdleTime();
        if (!sim.virtual_time)
        {
            wait_for_signal();
        }
        else if (__atomic_load_n(&sim.io_outstanding, __ATOMIC_ACQUIRE) > 0)
        {
            /* Someone waits for the outside world: let a real tick pass. */
            arm(TIMER_IDLE, tick_period_ns(), 0L);
            wait_for_signal();
            arm(TIMER_IDLE, 0L, 0L);
        }
        else if (until_wake == portMAX_DELAY)
        {
            /* Nothing will wake by time alone: wait for a host thread's interrupt. */
            wait_for_signal();
        }
        else if (until_wake > 0U)
        {
            vTaskStepTick(until_wake);
        }
    }
    vPortClearInterruptMask(saved);
}

unsigned long ulPortSimRunTimeCounter(void)
{
    struct timespec now;
    long long us;
    (void)clock_gettime(CLOCK_MONOTONIC, &now);
    us = (long long)(now.tv_sec - started_at.tv_sec) * 1000000LL +
         (now.tv_nsec - started_at.tv_nsec) / 1000L;
    return (unsigned long)us;
}

/* ---- The public simulator API (tern_sim.h) ---- */

BaseType_t sim_irq_set_handler(UBaseType_t irq, sim_irq_handler_t handler)
{
    if (irq == SIM_IRQ_TICK || irq >= SIM_IRQ_LINES)
    {
        return pdFAIL;
    }
    sim.handlers[irq] = handler;
    return pdPASS;
}

void sim_irq_raise(UBaseType_t irq)
{
    if (irq >= SIM_IRQ_LINES)
    {
        return;
    }
    __atomic_or_fetch(&port_sim_cpu.irq_pending, 1U << irq, __ATOMIC_ACQ_REL);
    if (sim.started)
    {
        if (pthread_equal(pthread_self(), sim.thread))
        {
            if (!port_sim_cpu.masked)
            {
                vPortSimService();
            }
        }
        else
        {
            (void)pthread_kill(sim.thread, SIM_SIGNAL);
        }
    }
}

void sim_io_begin(void)
{
    __atomic_add_fetch(&sim.io_outstanding, 1, __ATOMIC_ACQ_REL);
}

void sim_io_end(void)
{
    __atomic_sub_fetch(&sim.io_outstanding, 1, __ATOMIC_ACQ_REL);
}

BaseType_t sim_time_is_virtual(void)
{
    return sim.virtual_time ? pdTRUE : pdFALSE;
}
