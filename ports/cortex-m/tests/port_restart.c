/*
 * port_restart.c - Tern's extension of the port contract: vTaskEndScheduler() returns to
 * the caller of vTaskStartScheduler() with main's callee-saved registers (and, on the M4F,
 * s16-s31 and the FPSCR rounding mode) as they were, the main stack and Thread mode back,
 * interrupts unmasked, the tick stopped and nothing pending; and the scheduler can then be
 * started again, several times, ended from tasks of any priority, also from one whose
 * FPU state is live.
 */
#include <stdio.h>

#include "FreeRTOS.h"
#include "task.h"

#include "board.h"
#include "port_test.h"

#define ROUNDS 4

#define SYST_CSR       (*(volatile uint32_t *)0xE000E010UL)
#define SCB_ICSR       (*(volatile uint32_t *)0xE000ED04UL)
#define ICSR_PENDSVSET (1UL << 28)
#define ICSR_PENDSTSET (1UL << 26)

#if defined(__ARM_FP)
#define WITH_FPU 1
#else
#define WITH_FPU 0
#endif

#define ASM_ARG __attribute__((unused)) /* an argument a naked function reads in assembly */

#if WITH_FPU
/* FPCCR as main finds it when the scheduler has ended, read before main's first FPU
 * instruction: a lazy save still pending (LSPACT) would write into the freed stack of the
 * task that ended the scheduler. */
#define FPCCR_LSPACT 0x1U
__attribute__((used)) static volatile uint32_t fpccr_after_end;
#endif

/* Sets r4-r11 (and s16-s31, FPSCR rounding mode) from seed, calls vTaskStartScheduler(),
 * and returns 0 if they all still hold their values when it returns (else nonzero). */
__attribute__((naked, noinline)) static uint32_t start_scheduler_checked(ASM_ARG uint32_t seed)
{
    __asm volatile(
        "   push {r3-r11, lr}           \n" /* r3: 8-byte alignment */
#if WITH_FPU
        "   vpush {s16-s31}             \n"
        "   vmrs r1, fpscr              \n"
        "   push {r0, r1}               \n" /* seed, caller's FPSCR */
#else
        "   push {r0, r1}               \n" /* seed (and padding) */
#endif
        "   movw r3, #0x0101            \n"
        "   movt r3, #0x0101            \n"
        "   add r4, r0, r3              \n"
        "   add r5, r4, r3              \n"
        "   add r6, r5, r3              \n"
        "   add r7, r6, r3              \n"
        "   add r8, r7, r3              \n"
        "   add r9, r8, r3              \n"
        "   add r10, r9, r3             \n"
        "   add r11, r10, r3            \n"
#if WITH_FPU
        "   .irp n, 16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 \n"
        "   add r0, r0, r3, lsl #1      \n"
        "   vmov s\\n, r0               \n"
        "   .endr                       \n"
        "   vmrs r0, fpscr              \n" /* rounding mode: towards zero */
        "   orr r0, r0, #0x00C00000     \n"
        "   vmsr fpscr, r0              \n"
#endif
        "   bl vTaskStartScheduler      \n"
#if WITH_FPU
        "   movw r1, #0xEF34            \n"
        "   movt r1, #0xE000            \n"
        "   ldr r1, [r1]                \n"
        "   movw r2, #:lower16:fpccr_after_end \n"
        "   movt r2, #:upper16:fpccr_after_end \n"
        "   str r1, [r2]                \n"
#endif
        "   ldr r0, [sp, #0]            \n" /* the seed, from the (restored) main stack */
        "   movw r3, #0x0101            \n"
        "   movt r3, #0x0101            \n"
        "   mov r1, #0                  \n" /* r1: bitmask of registers that changed */
        "   mov r2, r0                  \n"
        "   .irp reg, r4,r5,r6,r7,r8,r9,r10,r11 \n"
        "   add r2, r2, r3              \n"
        "   cmp r2, \\reg               \n"
        "   it ne                       \n"
        "   orrne r1, r1, #1            \n"
        "   .endr                       \n"
#if WITH_FPU
        "   mov r2, r0                  \n"
        "   .irp n, 16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 \n"
        "   add r2, r2, r3, lsl #1      \n"
        "   vmov r12, s\\n              \n"
        "   cmp r2, r12                 \n"
        "   it ne                       \n"
        "   orrne r1, r1, #2            \n"
        "   .endr                       \n"
        "   vmrs r12, fpscr             \n"
        "   and r12, r12, #0x00C00000   \n"
        "   cmp r12, #0x00C00000        \n"
        "   it ne                       \n"
        "   orrne r1, r1, #4            \n"
        "   mov r0, r1                  \n"
        "   pop {r1, r2}                \n"
        "   vmsr fpscr, r2              \n"
        "   vpop {s16-s31}              \n"
#else
        "   mov r0, r1                  \n"
        "   pop {r1, r2}                \n"
#endif
        "   pop {r3-r11, pc}            \n");
}

static volatile unsigned worker_runs;
static volatile TickType_t first_tick_seen;
static volatile unsigned soft_irq_runs;
#if WITH_FPU
static volatile float fpu_sink;
#endif

static void worker_task(void *arg)
{
    (void)arg;
    first_tick_seen = xTaskGetTickCount();
    for (;;)
    {
        worker_runs++;
#if WITH_FPU
        fpu_sink = fpu_sink * 0.5f + (float)worker_runs;
#endif
        vTaskDelay(2);
    }
}

static void waiter_task(void *arg)
{
    (void)arg;
    (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
}

static void ender_task(void *arg)
{
    TickType_t delay = (TickType_t)(uintptr_t)arg;
    vTaskDelay(delay);
#if WITH_FPU
    /* Leave live FPU state behind: the end must drop it cleanly. */
    fpu_sink = fpu_sink * 1.5f + 0.25f;
#endif
    vTaskEndScheduler();
    port_test_fail(__FILE__, __LINE__, "vTaskEndScheduler returned to the task");
    for (;;)
    {
    }
}

static void soft_irq_handler(void)
{
    soft_irq_runs++;
}

static void one_round(int round)
{
    /* The task that ends the scheduler is the lowest in even rounds, the highest in odd. */
    UBaseType_t ender_priority = (round % 2 == 0) ? 1U : 4U;
    void *warm = pvPortMalloc(16);
    vPortFree(warm);
    size_t heap_before = xPortGetFreeHeapSize();

    worker_runs = 0;
    first_tick_seen = (TickType_t)~0U;
    CHECK(xTaskCreate(worker_task, "work", configMINIMAL_STACK_SIZE, NULL, 2, NULL) == pdPASS);
    CHECK(xTaskCreate(waiter_task, "wait", configMINIMAL_STACK_SIZE, NULL, 3, NULL) == pdPASS);
    CHECK(xTaskCreate(ender_task, "end", configMINIMAL_STACK_SIZE, (void *)(uintptr_t)(20 + round),
                      ender_priority, NULL) == pdPASS);

    uint32_t changed = start_scheduler_checked(0x1000U * (uint32_t)(round + 1));

    CHECK_EQ(changed, 0);
#if WITH_FPU
    CHECK_EQ(fpccr_after_end & FPCCR_LSPACT, 0);
#endif
    CHECK_EQ(port_test_basepri(), 0);
    CHECK_EQ(port_test_control() & 0x3U, 0); /* privileged, main stack */
    CHECK_EQ(SYST_CSR & 0x1U, 0);            /* tick stopped */
    CHECK_EQ(SCB_ICSR & (ICSR_PENDSVSET | ICSR_PENDSTSET), 0);
    CHECK(worker_runs >= 5U);
    CHECK(first_tick_seen <= 1U); /* the tick count restarted */
    CHECK_EQ(uxTaskGetNumberOfTasks(), 0);
    CHECK_EQ(xPortGetFreeHeapSize(), heap_before); /* every task's memory came back */

    /* Interrupts work in main again. */
    soft_irq_runs = 0;
    board_irq_pend(BOARD_IRQ_SOFT0);
    CHECK_EQ(soft_irq_runs, 1);

#if WITH_FPU
    /* main's own floating point is intact after the tasks' FPU use. */
    volatile float sum = 0.0f;
    for (int i = 0; i < 100; i++)
    {
        sum += 0.5f * (float)i;
    }
    CHECK(sum == 2475.0f);
#endif
}

int main(void)
{
    printf("port_restart: the scheduler returns to main and starts again (%s)\n",
           WITH_FPU ? "with FPU" : "no FPU");
    board_irq_set_handler(BOARD_IRQ_SOFT0, soft_irq_handler);
    board_irq_set_priority(BOARD_IRQ_SOFT0, 0xC0);
    board_irq_enable(BOARD_IRQ_SOFT0);
    for (int round = 0; round < ROUNDS; round++)
    {
        one_round(round);
    }
    return port_test_summary("port_restart");
}
