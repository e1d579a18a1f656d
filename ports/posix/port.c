/*
 * port.c (posix) - the kernel's port contract on Linux: task stacks and the context
 * switch (user-level, one host thread for all tasks), critical sections as a flag,
 * delivery of simulated interrupts, and starting and ending the scheduler with a return
 * to main(). Tells AddressSanitizer and valgrind about every stack switch.
 * Relies on switch_x86_64.S and sim_time.c.
 */
#define _GNU_SOURCE
#include <cpuid.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "FreeRTOS.h"
#include "task.h"
#include "sim.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define ASAN_START_SWITCH(save, lo, size) __sanitizer_start_switch_fiber((save), (lo), (size))
#define ASAN_FINISH_SWITCH(fake)          __sanitizer_finish_switch_fiber((fake), NULL, NULL)
#define ASAN_UNPOISON(p, n)               __asan_unpoison_memory_region((p), (n))
#else
#define ASAN_START_SWITCH(save, lo, size) ((void)(save), (void)(lo), (void)(size))
#define ASAN_FINISH_SWITCH(fake)          ((void)(fake))
#define ASAN_UNPOISON(p, n)               ((void)(p), (void)(n))
#endif

#if __has_include(<valgrind/valgrind.h>) && __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#include <valgrind/valgrind.h>
#else
#define VALGRIND_STACK_REGISTER(lo, hi)       0U
#define VALGRIND_STACK_DEREGISTER(id)         ((void)(id))
#define VALGRIND_MAKE_MEM_UNDEFINED(p, n)     ((void)(p), (void)(n))
#define VALGRIND_MAKE_MEM_DEFINED(p, n)       ((void)(p), (void)(n))
#endif

#if !defined(__x86_64__)
#error The posix port context switch is written for x86-64 so far: see docs/PORTING.md.
#endif

struct port_sim_cpu port_sim_cpu;
struct sim sim;

/* The kernel's running task; its first member is the saved stack pointer. */
extern void *volatile pxCurrentTCB;

/* Size and component mask of the vector state port_irq_trampoline saves (set at start). */
uint64_t port_xsave_size = 4096;
uint32_t port_xsave_mask_lo = 7U;
uint32_t port_xsave_mask_hi = 0U;

void port_task_entry(void);
void port_task_bootstrap(TaskFunction_t code, void *params);

static inline void **saved_sp_of(void *tcb)
{
    return (void **)tcb;
}

static inline struct sim_task *task_of(void *tcb)
{
    return ((struct switch_frame *)*saved_sp_of(tcb))->task;
}

/* ---- Stacks ---- */

StackType_t *pxPortInitialiseStack(StackType_t *pxTopOfStack, StackType_t *pxEndOfStack,
                                   TaskFunction_t pxCode, void *pvParameters)
{
    uintptr_t hi = ((uintptr_t)(pxTopOfStack + 1)) & ~(uintptr_t)63U;
    struct sim_task *task;
    struct switch_frame *frame;

    hi -= (sizeof(struct sim_task) + 15U) & ~(size_t)15U;
    task = (struct sim_task *)hi;
    memset(task, 0, sizeof *task);
    task->stack_lo = pxEndOfStack;
    task->stack_size = hi - (uintptr_t)pxEndOfStack;
    task->vg_stack = VALGRIND_STACK_REGISTER(pxEndOfStack, hi);

    /* port_switch() "returns" into port_task_entry with a 16-byte aligned stack. */
    frame = (struct switch_frame *)(hi - sizeof(struct switch_frame));
    memset(frame, 0, sizeof *frame);
    frame->mxcsr = 0x1f80U; /* all exceptions masked, round to nearest */
    frame->fcw = 0x037fU;
    frame->task = task;
    frame->r12 = (uint64_t)(uintptr_t)pxCode;
    frame->r13 = (uint64_t)(uintptr_t)pvParameters;
    frame->rip = (uint64_t)(uintptr_t)port_task_entry;
    return (StackType_t *)frame;
}

void vPortSimPreTaskDelete(void *pvTaskToDelete)
{
    if (pvTaskToDelete == pxCurrentTCB)
    {
        sim.dying = sim.current;
    }
}

void vPortSimCleanUpTask(void *pxTCB)
{
    struct sim_task *task = task_of(pxTCB);

    /* Frames abandoned mid-call leave sanitizer poison behind, and valgrind marks what was
     * below the stack pointer inaccessible; the heap will hand this memory out again. */
    ASAN_UNPOISON(task->stack_lo, task->stack_size + sizeof *task);
    VALGRIND_STACK_DEREGISTER(task->vg_stack);
    (void)VALGRIND_MAKE_MEM_UNDEFINED(task->stack_lo, task->stack_size + sizeof *task);
    (void)task;
}

void vPortSimStackScan(const void *low, size_t bytes)
{
    /* High-water marks read the unused part of a stack, below its stack pointer. */
    (void)VALGRIND_MAKE_MEM_DEFINED(low, bytes);
    (void)low;
    (void)bytes;
}

/* ---- Switching ---- */

/* Runs vTaskSwitchContext() and, if another task was chosen, moves to its stack. Returns
 * when the calling task is chosen again. Interrupts masked. */
static void switch_context(void)
{
    void *prev = pxCurrentTCB;
    struct sim_task *self = sim.current;
    struct sim_task *next_task;
    void *next;

    /* Let the kernel's stack-overflow check see roughly where this stack is. */
    *saved_sp_of(prev) = __builtin_frame_address(0);

    vTaskSwitchContext();
    next = pxCurrentTCB;
    if (next == prev)
    {
        return;
    }
    next_task = task_of(next);
    ASAN_START_SWITCH(self == sim.dying ? NULL : &self->asan_fake, next_task->stack_lo,
                      next_task->stack_size);
    if (self == sim.dying)
    {
        sim.dying = NULL;
    }
    sim.current = next_task;
    port_switch(saved_sp_of(prev), *saved_sp_of(next), self);
    ASAN_FINISH_SWITCH(self->asan_fake);
}

/* Runs the handlers of raised lines, then a pended switch. Interrupts masked. */
static void take_pending(void)
{
    uint32_t lines;

    while ((lines = __atomic_exchange_n(&port_sim_cpu.irq_pending, 0U, __ATOMIC_ACQ_REL)) != 0U)
    {
        port_sim_cpu.in_isr = 1;
        while (lines != 0U)
        {
            unsigned line = (unsigned)__builtin_ctz(lines);
            lines &= lines - 1U;
            if (line == SIM_IRQ_TICK)
            {
                sim_tick_handler();
            }
            else if (sim.handlers[line] != NULL)
            {
                sim.handlers[line]();
            }
        }
        port_sim_cpu.in_isr = 0;
    }
    if (port_sim_cpu.switch_pending && sim.started)
    {
        port_sim_cpu.switch_pending = 0;
        switch_context();
    }
}

static inline int anything_pending(void)
{
    return port_sim_cpu.switch_pending != 0 || port_sim_cpu.irq_pending != 0U;
}

void vPortSimService(void)
{
    do
    {
        port_sim_cpu.masked = 1;
        portMEMORY_BARRIER();
        take_pending();
        portMEMORY_BARRIER();
        port_sim_cpu.masked = 0;
        portMEMORY_BARRIER();
    } while (anything_pending());
}

/* Entered from port_irq_trampoline with interrupts masked by the signal handler. */
void port_irq_entry(void)
{
    take_pending();
    port_sim_cpu.masked = 0;
    portMEMORY_BARRIER();
    if (anything_pending())
    {
        vPortSimService();
    }
}

void port_task_bootstrap(TaskFunction_t code, void *params)
{
    ASAN_FINISH_SWITCH(NULL);
    port_sim_cpu.masked = 0;
    portMEMORY_BARRIER();
    if (anything_pending())
    {
        vPortSimService();
    }
    code(params);
    /* A task function must not return; FreeRTOS traps here. Delete the task instead. */
    configASSERT(code == NULL);
#if (INCLUDE_vTaskDelete == 1)
    vTaskDelete(NULL);
#endif
    for (;;)
    {
    }
}

/* ---- Critical sections and yielding ---- */

void vPortEnterCritical(void)
{
    (void)xPortSetInterruptMask();
    port_sim_cpu.critical_nesting++;
}

void vPortExitCritical(void)
{
    configASSERT(port_sim_cpu.critical_nesting > 0U);
    if (port_sim_cpu.critical_nesting > 0U && --port_sim_cpu.critical_nesting == 0U)
    {
        vPortClearInterruptMask(0U);
    }
}

void vPortYield(void)
{
    port_sim_cpu.switch_pending = 1;
    if (!port_sim_cpu.masked)
    {
        vPortSimService();
    }
}

void vPortYieldFromISR(BaseType_t xSwitchRequired)
{
    if (xSwitchRequired != pdFALSE)
    {
        vPortYield();
    }
}

void vPortValidateInterruptPriority(void)
{
    /* The ...FromISR API belongs to tasks and simulated interrupt handlers, which all run
     * on the scheduler thread; a raw host thread must raise an interrupt instead. */
    configASSERT(!sim.started || pthread_equal(pthread_self(), sim.thread));
}

/* ---- Start and end ---- */

static int find_text(struct dl_phdr_info *info, size_t size, void *unused)
{
    int i;
    (void)size;
    (void)unused;
    /* The first object listed is the program itself. */
    for (i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X) != 0U)
        {
            uintptr_t lo = (uintptr_t)(info->dlpi_addr + ph->p_vaddr);
            if (sim.text_lo == 0U || lo < sim.text_lo)
            {
                sim.text_lo = lo;
            }
            if (lo + ph->p_memsz > sim.text_hi)
            {
                sim.text_hi = lo + ph->p_memsz;
            }
        }
    }
    return 1;
}

static void measure_xsave(void)
{
    unsigned eax, ebx, ecx, edx;
    uint32_t xcr0_lo, xcr0_hi;

    __cpuid(1, eax, ebx, ecx, edx);
    if ((ecx & (1U << 27)) == 0U)
    {
        fprintf(stderr, "tern simulator: the CPU or OS does not offer XSAVE\n");
        abort();
    }
    __asm volatile("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
    __cpuid_count(0xd, 0, eax, ebx, ecx, edx);
    port_xsave_size = (uint64_t)ebx + 64U;
    port_xsave_mask_lo = xcr0_lo;
    port_xsave_mask_hi = xcr0_hi;
}

static void describe_main_stack(void)
{
    pthread_attr_t attr;
    void *lo = NULL;
    size_t size = 0;

    if (pthread_getattr_np(pthread_self(), &attr) == 0)
    {
        (void)pthread_attr_getstack(&attr, &lo, &size);
        (void)pthread_attr_destroy(&attr);
    }
    sim.main_task.stack_lo = lo;
    sim.main_task.stack_size = size;
}

BaseType_t xPortStartScheduler(void)
{
    void *first = pxCurrentTCB;
    struct sim_task *first_task = task_of(first);

    if (sim.text_hi == 0U)
    {
        (void)dl_iterate_phdr(find_text, NULL);
        measure_xsave();
        sim_signal_install();
    }
    sim.thread = pthread_self();
    sim.tid = (pid_t)syscall(SYS_gettid);
    describe_main_stack();
    sim.current = first_task;
    sim.dying = NULL;
    port_sim_cpu.masked = 1;
    port_sim_cpu.switch_pending = 0;
    port_sim_cpu.critical_nesting = 0;
    sim.started = 1;
    sim_time_start();

    ASAN_START_SWITCH(&sim.main_task.asan_fake, first_task->stack_lo, first_task->stack_size);
    port_switch(&sim.main_sp, *saved_sp_of(first), &sim.main_task);
    ASAN_FINISH_SWITCH(sim.main_task.asan_fake);

    /* Back in main() after vPortEndScheduler(). */
    sim.current = NULL;
    port_sim_cpu.in_isr = 0;
    port_sim_cpu.switch_pending = 0;
    port_sim_cpu.irq_pending = 0;
    port_sim_cpu.critical_nesting = 0;
    port_sim_cpu.masked = 0;
    return pdTRUE;
}

void vPortEndScheduler(void)
{
    struct sim_task *self = sim.current;

    sim_time_stop();
    sim.started = 0;
    port_sim_cpu.switch_pending = 0;
    /* This task is never resumed: its memory is freed once main() runs again. */
    ASAN_START_SWITCH(NULL, sim.main_task.stack_lo, sim.main_task.stack_size);
    port_switch(saved_sp_of(pxCurrentTCB), sim.main_sp, self);
}
