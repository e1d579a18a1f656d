/*
 * port.c - Tern's ARMv7-M port: task stack frames, scheduler start (SVC) and end (SVC back
 * to main), the PendSV context switch (with lazy FPU stacking on the M4F), the SysTick
 * tick and its tickless-idle reprogramming, nesting critical sections on BASEPRI, and the
 * interrupt priority checks. Relies on the kernel for pxCurrentTCB (whose first member is
 * the saved stack pointer), vTaskSwitchContext() and xTaskIncrementTick().
 *
 * Handlers keep FreeRTOS's names (vPortSVCHandler, xPortPendSVHandler, xPortSysTickHandler)
 * so vector tables written for FreeRTOS link unchanged.
 */
#include <stddef.h>

#include "FreeRTOS.h"
#include "task.h"

#if defined(TERN_PORT_CM4F)
#if !defined(__ARM_FP) || defined(__SOFTFP__)
#error GCC_ARM_CM4F needs the FPU enabled: -mfloat-abi=hard -mfpu=fpv4-sp-d16 (or softfp).
#endif
#define PORT_HAS_FPU 1
#else
#if defined(__ARM_FP)
#error GCC_ARM_CM3 does not save FPU registers; build with GCC_ARM_CM4F for an FPU.
#endif
#define PORT_HAS_FPU 0
#endif

#ifndef configMAX_SYSCALL_INTERRUPT_PRIORITY
#error configMAX_SYSCALL_INTERRUPT_PRIORITY must be defined in FreeRTOSConfig.h (see docs/PORTING.md).
#endif
#ifndef configKERNEL_INTERRUPT_PRIORITY
/* The tick and the context switch run at the least urgent priority. */
#define configKERNEL_INTERRUPT_PRIORITY 255
#endif
#ifndef configSYSTICK_CLOCK_HZ
#define configSYSTICK_CLOCK_HZ configCPU_CLOCK_HZ
#endif
#ifndef configCHECK_HANDLER_INSTALLATION
#define configCHECK_HANDLER_INSTALLATION 1
#endif

/* BASEPRI 0 means "mask nothing": masking could never work. */
_Static_assert((configMAX_SYSCALL_INTERRUPT_PRIORITY) != 0,
               "configMAX_SYSCALL_INTERRUPT_PRIORITY must not be 0 (see docs/PORTING.md)");
_Static_assert((configMAX_SYSCALL_INTERRUPT_PRIORITY) <= 255 &&
                   (configKERNEL_INTERRUPT_PRIORITY) <= 255,
               "interrupt priorities are 8-bit NVIC values");

/* ---- System registers ---- */
#define REG32(addr) (*(volatile uint32_t *)(addr))
#define REG8(addr)  (*(volatile uint8_t *)(addr))

#define SYST_CSR           REG32(0xE000E010UL)
#define SYST_RVR           REG32(0xE000E014UL)
#define SYST_CVR           REG32(0xE000E018UL)
#define SYST_CSR_ENABLE    (1UL << 0)
#define SYST_CSR_TICKINT   (1UL << 1)
#define SYST_CSR_CLKSOURCE (1UL << 2)
#define SYST_CSR_COUNTFLAG (1UL << 16)
#define SYST_MAX_RELOAD    0x00FFFFFFUL

#define SCB_ICSR                  REG32(0xE000ED04UL)
#define SCB_ICSR_PENDSVCLR        (1UL << 27)
#define SCB_ICSR_PENDSTSET        (1UL << 26)
#define SCB_ICSR_PENDSTCLR        (1UL << 25)
#define SCB_ICSR_VECTACTIVE       0x1FFUL
#define SCB_VTOR                  REG32(0xE000ED08UL)
#define SCB_AIRCR                 REG32(0xE000ED0CUL)
#define SCB_AIRCR_PRIGROUP_SHIFT  8
#define SCB_AIRCR_PRIGROUP_MASK   (7UL << SCB_AIRCR_PRIGROUP_SHIFT)
#define SCB_PRIORITY_SVCALL       REG8(0xE000ED1FUL)
#define SCB_PRIORITY_PENDSV       REG8(0xE000ED22UL)
#define SCB_PRIORITY_SYSTICK      REG8(0xE000ED23UL)
#define NVIC_PRIORITY(irq)        REG8(0xE000E400UL + (irq))
#define SCB_CPACR                 REG32(0xE000ED88UL)
#define SCB_CPACR_FPU_FULL_ACCESS (0xFUL << 20) /* CP10 and CP11 */
#define FPU_FPCCR                 REG32(0xE000EF34UL)
#define FPU_FPCCR_ASPEN           (1UL << 31) /* stack FP state on exception entry when in use */
#define FPU_FPCCR_LSPEN           (1UL << 30) /* ... lazily, only if the handler touches the FPU */
#define FPU_FPCCR_LSPACT          (1UL << 0)  /* a lazy save is pending */

#define EXCEPTION_SVCALL    11U
#define EXCEPTION_PENDSV    14U
#define FIRST_IRQ_EXCEPTION 16U

#define INITIAL_XPSR          0x01000000UL /* Thumb state */
#define EXC_RETURN_THREAD_PSP 0xFFFFFFFDUL

/* SVC numbers this port issues. */
#define SVC_START_SCHEDULER 0
#define SVC_END_SCHEDULER   1

/* Critical nesting before the scheduler starts: large, so that a taskEXIT_CRITICAL() in
 * main() before vTaskStartScheduler() does not unmask interrupts (as in FreeRTOS). */
#define NESTING_NOT_STARTED 0xAAAAAAAAUL

typedef void (*handler_t)(void);

static UBaseType_t critical_nesting = NESTING_NOT_STARTED;

/* main()'s context while the scheduler runs, and the way back to it; one structure, so
 * that the assembly below reaches every field from one address. */
typedef struct
{
    uint32_t main_sp;                /* 0 while the scheduler is not running */
    void (*volatile end_path)(void); /* where SVC 1 goes; set only by vPortEndScheduler() */
#if PORT_HAS_FPU
    uint32_t main_control;
    uint32_t main_fpscr;
#endif
} port_state_t;

__attribute__((used)) static port_state_t port_state;

#if (configASSERT_DEFINED == 1)
/* Measured at start: the BASEPRI value of configMAX_SYSCALL_INTERRUPT_PRIORITY as the
 * hardware implements it, and the largest PRIGROUP that keeps every bit preemptive. */
static uint8_t max_syscall_priority;
static uint32_t max_prigroup;
#endif

#if (configUSE_TICKLESS_IDLE == 1)
static uint32_t counts_per_tick;
static uint32_t max_suppressed_ticks;
/* SysTick counts lost while the timer is stopped to be reprogrammed. */
#define STOPPED_TIMER_COMPENSATION (45UL / (configCPU_CLOCK_HZ / configSYSTICK_CLOCK_HZ))
#endif

void vPortSetupTimerInterrupt(void);
void vPortSVCHandler(void);
void xPortPendSVHandler(void);
void xPortSysTickHandler(void);
void port_unknown_svc(void);

/* ---- Tasks ---- */

/* Where a task function that returns ends up: tasks must delete themselves instead. */
static void task_exit_error(void)
{
    configASSERT(pdFALSE);
    portDISABLE_INTERRUPTS();
    for (;;)
    {
    }
}

/* The new task's stack looks as if PendSV had just saved it: the exception frame the core
 * unstacks (r0-r3, r12, lr, pc, xPSR), then r4-r11 (and, on the M4F, the EXC_RETURN value
 * that says "no FPU state"). Only the registers the task depends on are written. */
StackType_t *pxPortInitialiseStack(StackType_t *pxTopOfStack, TaskFunction_t pxCode,
                                   void *pvParameters)
{
    StackType_t *sp = pxTopOfStack - (8 + 8 + PORT_HAS_FPU);
    StackType_t *frame;

    /* Hide that sp came from pxTopOfStack, so the stores are addressed from sp upwards
     * (16-bit instructions) and not from pxTopOfStack downwards (32-bit ones). */
    __asm("" : "+r"(sp));
    frame = sp + 8 + PORT_HAS_FPU;

    frame[7] = INITIAL_XPSR;
    frame[6] = (StackType_t)(uintptr_t)pxCode & ~1UL;
    frame[5] = (StackType_t)(uintptr_t)task_exit_error;
    frame[0] = (StackType_t)(uintptr_t)pvParameters;
#if PORT_HAS_FPU
    frame[-1] = EXC_RETURN_THREAD_PSP;
#endif
    return sp;
}

/* ---- Critical sections ---- */

void vPortEnterCritical(void)
{
    portDISABLE_INTERRUPTS();
    critical_nesting++;
    /* Only the outermost entry checks: interrupts must use the FROM_ISR variants. */
    if (critical_nesting == 1U)
    {
        configASSERT((SCB_ICSR & SCB_ICSR_VECTACTIVE) == 0U);
    }
}

void vPortExitCritical(void)
{
    configASSERT(critical_nesting != 0U);
    critical_nesting--;
    if (critical_nesting == 0U)
    {
        portENABLE_INTERRUPTS();
    }
}

/* ---- Tick ---- */

__attribute__((weak)) void vPortSetupTimerInterrupt(void)
{
#if (configUSE_TICKLESS_IDLE == 1)
    counts_per_tick = configSYSTICK_CLOCK_HZ / configTICK_RATE_HZ;
    max_suppressed_ticks = SYST_MAX_RELOAD / counts_per_tick;
#endif
    SYST_CSR = 0;
    SYST_CVR = 0;
    SYST_RVR = (configSYSTICK_CLOCK_HZ / configTICK_RATE_HZ) - 1UL;
    SYST_CSR = ((configSYSTICK_CLOCK_HZ == configCPU_CLOCK_HZ) ? SYST_CSR_CLKSOURCE : 0UL) |
               SYST_CSR_TICKINT | SYST_CSR_ENABLE;
}

void xPortSysTickHandler(void)
{
    /* SysTick runs at the kernel's priority; interrupts that may call FromISR functions
     * are kept out while the tick updates the kernel's lists. */
    vPortRaiseBASEPRI();
    traceISR_ENTER();
    if (xTaskIncrementTick() != pdFALSE)
    {
        traceISR_EXIT_TO_SCHEDULER();
        portNVIC_INT_CTRL_REG = portNVIC_PENDSVSET_BIT;
    }
    else
    {
        traceISR_EXIT();
    }
    vPortSetBASEPRI(0);
}

/* ---- Context switch ----
 * PendSV is the least urgent exception, so it runs only when no other handler is active
 * and the task's caller-saved registers are already on its stack (hardware frame). It
 * saves r4-r11 below them, lets the kernel pick the next task with syscall interrupts
 * masked, and restores the next task the same way.
 * Cortex-M3: returning from PendSV always means Thread mode on the process stack
 * (EXC_RETURN 0xFFFFFFFD), so EXC_RETURN is not saved. Cortex-M4F: EXC_RETURN is saved
 * per task; its bit 4 is clear only for tasks that have used the FPU since their last
 * switch-out, and only they save and restore s16-s31 (s0-s15 and FPSCR are in the
 * hardware frame, stacked lazily). r4 holds &pxCurrentTCB across the call: the task's
 * own r4 is already saved and is reloaded at the end. port_restore_task is also how
 * SVC 0 starts the first task (with r4 = &pxCurrentTCB too). */
__attribute__((naked)) void xPortPendSVHandler(void)
{
    __asm volatile("   mrs r0, psp                 \n"
#if PORT_HAS_FPU
                   "   tst lr, #0x10               \n"
                   "   it eq                       \n"
                   "   vstmdbeq r0!, {s16-s31}     \n"
                   "   stmdb r0!, {r4-r11, lr}     \n"
#else
                   "   stmdb r0!, {r4-r11}         \n"
#endif
                   "   ldr r4, =pxCurrentTCB       \n"
                   "   ldr r1, [r4]                \n"
                   "   str r0, [r1]                \n"
                   "   movs r0, %0                 \n"
                   "   msr basepri, r0             \n"
                   "   bl vTaskSwitchContext       \n"
                   "port_restore_task:             \n"
                   "   movs r0, #0                 \n"
                   "   msr basepri, r0             \n"
                   "   ldr r1, [r4]                \n"
                   "   ldr r0, [r1]                \n"
#if PORT_HAS_FPU
                   "   ldmia r0!, {r4-r11, lr}     \n"
                   "   tst lr, #0x10               \n"
                   "   it eq                       \n"
                   "   vldmiaeq r0!, {s16-s31}     \n"
#else
                   "   ldmia r0!, {r4-r11}         \n"
                   "   mvn lr, #2                  \n" /* EXC_RETURN_THREAD_PSP */
#endif
                   "   msr psp, r0                 \n"
                   "   bx lr                       \n"
                   "   .ltorg                      \n"
                   :
                   : "i"(configMAX_SYSCALL_INTERRUPT_PRIORITY));
}

/* ---- Start and end ---- */

/* SVC 0 starts the first task: restore it as PendSV restores a task, which also unmasks
 * interrupts. SVC 1 ends the scheduler: through the pointer vPortEndScheduler() set (see
 * return_to_main), so that images which never end it do not link the way back. Other SVC
 * numbers are not this port's. */
__attribute__((naked)) void vPortSVCHandler(void)
{
    __asm volatile(
        "   tst lr, #4                  \n"
        "   ite eq                      \n"
        "   mrseq r0, msp               \n"
        "   mrsne r0, psp               \n"
        "   ldr r1, [r0, #24]           \n" /* stacked pc: just after the svc */
        "   ldrb r1, [r1, #-2]          \n" /* the svc's immediate */
        "   cbz r1, 1f                  \n" /* SVC_START_SCHEDULER */
        "   cmp r1, %[end]              \n"
        "   bne 2f                      \n"
        "   ldr r0, =port_state         \n"
        "   ldr r0, [r0, %[end_path]]   \n"
        "   cbz r0, 2f                  \n"
        "   bx r0                       \n"
#if (configASSERT_DEFINED == 1)
        "2: b port_unknown_svc          \n"
#else
        "2: bx lr                       \n"
#endif
        "1: ldr r4, =pxCurrentTCB       \n"
        "   b port_restore_task         \n"
        "   .ltorg                      \n"
        :
        : [end] "i"(SVC_END_SCHEDULER), [end_path] "i"(offsetof(port_state_t, end_path)));
}
_Static_assert(SVC_START_SCHEDULER == 0, "vPortSVCHandler tests SVC 0 with cbz");

/* The SVC handler's tail for SVC 1, running in Handler mode on the main stack with
 * interrupts masked by vPortEndScheduler(): unmask, mark the scheduler stopped and build
 * an exception frame that returns to port_resume_main in Thread mode on the main stack.
 * SVC 1 came from a task, so this handler is the only one active and the main stack is
 * where SVC 0 left it, just below main's saved registers. */
__attribute__((naked)) static void return_to_main(void)
{
    __asm volatile(
#if PORT_HAS_FPU
        /* The last task's lazily stacked FPU state is abandoned with its stack. */
        "   ldr r0, =0xE000EF34         \n" /* FPCCR */
        "   ldr r1, [r0]                \n"
        "   bic r1, r1, #1              \n" /* LSPACT */
        "   str r1, [r0]                \n"
#endif
        "   ldr r2, =port_state         \n"
        "   movs r1, #0                 \n"
        "   msr basepri, r1             \n"
        "   ldr r0, [r2, %[sp]]         \n"
        "   strd r1, r1, [r2, %[sp]]    \n" /* main_sp and end_path */
        "   subs r0, #32                \n" /* an 8-word exception frame */
        "   ldr r1, =port_resume_main   \n" /* not a function symbol: bit 0 clear */
        "   mov r2, #0x01000000         \n" /* xPSR: Thumb */
        "   strd r1, r2, [r0, #24]      \n" /* pc, xPSR */
        "   msr msp, r0                 \n"
        "   mvn lr, #6                  \n" /* EXC_RETURN: Thread mode, main stack */
        "   bx lr                       \n"
        "   .ltorg                      \n"
        :
        : [sp] "i"(offsetof(port_state_t, main_sp)));
}
_Static_assert(offsetof(port_state_t, end_path) == offsetof(port_state_t, main_sp) + 4,
               "return_to_main clears main_sp and end_path with one strd");

/* Saves main's callee-saved registers (and FPU state) and stack pointer, then asks for
 * the first task. Execution comes back at port_resume_main when the scheduler ends, and
 * this function then returns pdFALSE to xPortStartScheduler()'s caller, as
 * xPortStartScheduler() does. On the M3, main's CONTROL is 0 (asserted at start) and the
 * exception return to the main stack restores it; the M4F also keeps its FPCA bit. */
__attribute__((naked, noinline)) static BaseType_t start_first_task(void)
{
    __asm volatile("   push {r3-r11, lr}           \n" /* r3 only keeps the stack 8-byte aligned */
#if PORT_HAS_FPU
                   "   vpush {s16-s31}             \n"
#endif
                   "   ldr r1, =port_state         \n"
                   "   mov r2, sp                  \n"
                   "   str r2, [r1, %[sp]]         \n"
#if PORT_HAS_FPU
                   "   vmrs r2, fpscr              \n"
                   "   str r2, [r1, %[fpscr]]      \n"
                   "   mrs r0, control             \n"
                   "   str r0, [r1, %[control]]    \n"
                   /* No FPU context for the SVC to stack: the first task starts without one. */
                   "   bic r0, r0, #4              \n"
                   "   msr control, r0             \n"
                   "   isb                         \n"
#endif
                   "   cpsie i                     \n"
                   "   cpsie f                     \n"
                   "   dsb                         \n"
                   "   isb                         \n"
                   "   svc %[start]                \n"
                   "port_resume_main:              \n"
#if PORT_HAS_FPU
                   "   ldr r1, =port_state         \n"
                   "   ldr r0, [r1, %[control]]    \n"
                   "   msr control, r0             \n"
                   "   isb                         \n"
                   "   ldr r0, [r1, %[fpscr]]      \n"
                   "   vmsr fpscr, r0              \n"
                   "   vpop {s16-s31}              \n"
#endif
                   "   movs r0, #0                 \n" /* pdFALSE */
                   "   pop {r3-r11, pc}            \n"
                   "   .ltorg                      \n"
                   :
                   : [start] "i"(SVC_START_SCHEDULER),
#if PORT_HAS_FPU
                     [control] "i"(offsetof(port_state_t, main_control)),
                     [fpscr] "i"(offsetof(port_state_t, main_fpscr)),
#endif
                     [sp] "i"(offsetof(port_state_t, main_sp)));
}

#if (configASSERT_DEFINED == 1)
void port_unknown_svc(void)
{
    /* An SVC this port did not issue: the application owns the SVC handler then. */
    configASSERT(pdFALSE);
}
#endif

#if (configASSERT_DEFINED == 1)
static void check_interrupt_configuration(void)
{
#if (configCHECK_HANDLER_INSTALLATION == 1)
    {
        /* The vector table in use must lead to this port's handlers. */
        const handler_t *vectors = (const handler_t *)(uintptr_t)SCB_VTOR;
        configASSERT(vectors[EXCEPTION_SVCALL] == vPortSVCHandler);
        configASSERT(vectors[EXCEPTION_PENDSV] == xPortPendSVHandler);
    }
#endif
    /* Find out which priority bits the core implements: unimplemented ones read as 0. */
    volatile uint8_t *probe = &NVIC_PRIORITY(0);
    uint8_t original = *probe;
    *probe = 0xFFU;
    uint8_t implemented = *probe;
    *probe = original;

    configASSERT(implemented != 0U);
    max_syscall_priority = (uint8_t)(configMAX_SYSCALL_INTERRUPT_PRIORITY & implemented);
    /* Bits the hardware drops would make the priority mean something else. */
    configASSERT((configMAX_SYSCALL_INTERRUPT_PRIORITY & (uint8_t)~implemented) == 0U);

    uint32_t bits = 0;
    while ((implemented & 0x80U) != 0U)
    {
        bits++;
        implemented = (uint8_t)(implemented << 1);
    }
#ifdef configPRIO_BITS
    configASSERT(bits == configPRIO_BITS);
#endif
    /* PRIGROUP p makes bits p..0 subpriority: every implemented bit should preempt. With
     * all eight implemented (QEMU), PRIGROUP 0 is the closest: bit 0 alone is sub. */
    max_prigroup = (bits >= 8U) ? 0UL : 7UL - bits;

    /* The tick and the switch must be masked by BASEPRI, else they would run inside
     * critical sections; the SVC that starts the first task must not be. */
    configASSERT(configKERNEL_INTERRUPT_PRIORITY >= configMAX_SYSCALL_INTERRUPT_PRIORITY);
    configASSERT(SCB_PRIORITY_SVCALL < max_syscall_priority);
}

void vPortValidateInterruptPriority(void)
{
    uint32_t exception = SCB_ICSR & SCB_ICSR_VECTACTIVE;

    if (exception >= FIRST_IRQ_EXCEPTION)
    {
        /* An interrupt more urgent than configMAX_SYSCALL_INTERRUPT_PRIORITY cannot be
         * masked by the kernel and so must not call it. Priority 0 is the most urgent. */
        configASSERT(NVIC_PRIORITY(exception - FIRST_IRQ_EXCEPTION) >= max_syscall_priority);
    }
    /* With subpriority bits, BASEPRI would mask less than configured. */
    configASSERT(((SCB_AIRCR & SCB_AIRCR_PRIGROUP_MASK) >> SCB_AIRCR_PRIGROUP_SHIFT) <=
                 max_prigroup);
}
#endif /* configASSERT_DEFINED */

BaseType_t xPortStartScheduler(void)
{
    uint32_t control;

    /* Not volatile: without configASSERT nothing reads it. */
    __asm("mrs %0, control" : "=r"(control));
    /* Called from main() in Thread mode on the main stack, where the kernel expects it. */
    configASSERT(xPortIsInsideInterrupt() == pdFALSE);
    configASSERT((control & 0x3UL) == 0U);
    (void)control;
#if (configASSERT_DEFINED == 1)
    check_interrupt_configuration();
#endif

    SCB_PRIORITY_PENDSV = (uint8_t)configKERNEL_INTERRUPT_PRIORITY;
    SCB_PRIORITY_SYSTICK = (uint8_t)configKERNEL_INTERRUPT_PRIORITY;

#if PORT_HAS_FPU
    SCB_CPACR |= SCB_CPACR_FPU_FULL_ACCESS;
    FPU_FPCCR |= FPU_FPCCR_ASPEN | FPU_FPCCR_LSPEN;
    __asm volatile("dsb\n isb" ::: "memory");
#endif

    vPortSetupTimerInterrupt();
    critical_nesting = 0;

    /* Returns (pdFALSE) once vTaskEndScheduler() was called: the kernel cleans up and
     * returns to main(). */
    return start_first_task();
}

void vPortEndScheduler(void)
{
    /* Only a task can end the scheduler (the SVC must not come from a handler). */
    configASSERT(xPortIsInsideInterrupt() == pdFALSE);
    configASSERT(port_state.main_sp != 0U);
    if (port_state.main_sp == 0U)
    {
        return;
    }
    /* Nothing of the scheduler may fire any more: masked until return_to_main unmasks
     * (SVC stays more urgent than the mask), SysTick stopped, and a tick or switch pended
     * before that dropped. Then back to the count main() had before the start. */
    portDISABLE_INTERRUPTS();
    SYST_CSR = 0;
    SCB_ICSR = SCB_ICSR_PENDSVCLR | SCB_ICSR_PENDSTCLR;
    critical_nesting = NESTING_NOT_STARTED;
    port_state.end_path = return_to_main;
    __asm volatile("svc %0" : : "i"(SVC_END_SCHEDULER) : "memory");
}

/* ---- Tickless idle ---- */
#if (configUSE_TICKLESS_IDLE == 1)
__attribute__((weak)) void vPortSuppressTicksAndSleep(TickType_t xExpectedIdleTime)
{
    uint32_t reload;
    uint32_t left;
    TickType_t complete_ticks;
    TickType_t sleep_time;

    if (xExpectedIdleTime > max_suppressed_ticks)
    {
        xExpectedIdleTime = (TickType_t)max_suppressed_ticks;
    }

    /* PRIMASK, not BASEPRI: an interrupt still ends WFI but cannot run until the time
     * asleep has been accounted for. */
    __asm volatile("cpsid i" ::: "memory");
    __asm volatile("dsb\n isb" ::: "memory");

    if (eTaskConfirmSleepModeStatus() == eAbortSleep)
    {
        __asm volatile("cpsie i" ::: "memory");
        return;
    }

    /* Stop SysTick and see how much of the current tick period remains. Reading CSR
     * clears COUNTFLAG, so write it without reading. */
    SYST_CSR = ((configSYSTICK_CLOCK_HZ == configCPU_CLOCK_HZ) ? SYST_CSR_CLKSOURCE : 0UL) |
               SYST_CSR_TICKINT;
    left = SYST_CVR;
    if (left == 0U)
    {
        /* It counted 1 -> 0: the whole next period is ahead. */
        left = counts_per_tick;
    }
    reload = left + counts_per_tick * (uint32_t)(xExpectedIdleTime - 1U);
    if ((SCB_ICSR & SCB_ICSR_PENDSTSET) != 0U)
    {
        /* The tick that just ended has not been processed: let this sleep absorb it, the
         * following period is already under way. */
        SCB_ICSR = SCB_ICSR_PENDSTCLR;
        reload -= counts_per_tick;
    }
    if (reload > STOPPED_TIMER_COMPENSATION)
    {
        reload -= STOPPED_TIMER_COMPENSATION;
    }

    SYST_RVR = reload;
    SYST_CVR = 0;
    SYST_CSR |= SYST_CSR_ENABLE;

    sleep_time = xExpectedIdleTime;
    configPRE_SLEEP_PROCESSING(sleep_time);
    if (sleep_time > 0U)
    {
        __asm volatile("dsb" ::: "memory");
        __asm volatile("wfi");
        __asm volatile("isb");
    }
    configPOST_SLEEP_PROCESSING(xExpectedIdleTime);

    /* Let the interrupt that woke the core run while the clock still runs, then stop the
     * clock to measure how long the core slept. */
    __asm volatile("cpsie i" ::: "memory");
    __asm volatile("dsb\n isb" ::: "memory");
    __asm volatile("cpsid i" ::: "memory");
    __asm volatile("dsb\n isb" ::: "memory");

    SYST_CSR = ((configSYSTICK_CLOCK_HZ == configCPU_CLOCK_HZ) ? SYST_CSR_CLKSOURCE : 0UL) |
               SYST_CSR_TICKINT;
    if ((SYST_CSR & SYST_CSR_COUNTFLAG) != 0U)
    {
        /* The long period ran out: the tick interrupt has counted (or will count) one tick,
         * and a new period started at the wrap; finish that period, then normal ticks. */
        uint32_t remaining = (counts_per_tick - 1UL) - (reload - SYST_CVR);
        if (remaining <= STOPPED_TIMER_COMPENSATION || remaining > counts_per_tick)
        {
            remaining = counts_per_tick - 1UL;
        }
        SYST_RVR = remaining;
        complete_ticks = xExpectedIdleTime - 1U;
    }
    else
    {
        /* Something else woke the core: count the whole ticks that passed and finish the
         * tick period in progress. */
        uint32_t elapsed = (uint32_t)xExpectedIdleTime * counts_per_tick - SYST_CVR;
        complete_ticks = (TickType_t)(elapsed / counts_per_tick);
        SYST_RVR = ((uint32_t)complete_ticks + 1UL) * counts_per_tick - elapsed;
    }

    /* Restart with that partial period; from its end on, ordinary periods. The counter
     * takes the partial value at its next clock edge: wait for that before setting the
     * ordinary reload (at once on silicon clocked like the core; QEMU runs instructions
     * faster than the 25 MHz SysTick). */
    SYST_CVR = 0;
    SYST_CSR |= SYST_CSR_ENABLE;
    while (SYST_CVR == 0U)
    {
    }
    SYST_RVR = counts_per_tick - 1UL;
    vTaskStepTick(complete_ticks);

    __asm volatile("cpsie i" ::: "memory");
}
#endif /* configUSE_TICKLESS_IDLE == 1 */
