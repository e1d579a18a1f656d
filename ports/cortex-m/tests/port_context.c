/*
 * port_context.c - the context switch keeps every register of every task: tasks fill the
 * core registers (and, on the M4F, all FPU registers and FPSCR) with their own patterns
 * and check them over and over while the tick, yields and a timer interrupt that wakes a
 * higher-priority task switch them out at arbitrary instructions. The interrupt handler
 * and the interrupting task use the FPU too, so lazily stacked FPU state is exercised.
 * On the M4F, a task that never touches the FPU must never run with an FPU context.
 */
#include <stdio.h>

#include "FreeRTOS.h"
#include "task.h"

#include "board.h"
#include "port_test.h"

#define CALLS      30U
#define CORE_LOOPS 20000U
#define FP_LOOPS   6000U

#define TIMER1_IRQ      9
#define TIMER1_CTRL     (*(volatile uint32_t *)0x40001000UL)
#define TIMER1_RELOAD   (*(volatile uint32_t *)0x40001008UL)
#define TIMER1_INTCLEAR (*(volatile uint32_t *)0x4000100CUL)

#if defined(__ARM_FP)
#define WITH_FPU     1
#define CONTROL_FPCA 0x4U
#else
#define WITH_FPU 0
#endif

/* Puts seed + k * 0x01010101 in r1..r12 and lr (k = 1..13) and checks them `loops` times
 * against a copy on the stack; returns 0 if they never changed. */
#define ASM_ARG __attribute__((unused)) /* arguments a naked function reads in assembly */

__attribute__((naked, noinline)) static uint32_t check_core_registers(ASM_ARG uint32_t seed,
                                                                      ASM_ARG uint32_t loops)
{
    __asm volatile("   push {r4-r11, lr}           \n"
                   "   sub sp, sp, #56             \n"
                   "   str r1, [sp, #52]           \n"
                   "   movw r3, #0x0101            \n"
                   "   movt r3, #0x0101            \n"
                   "   mov r2, r0                  \n"
                   "   .irp off, 0,4,8,12,16,20,24,28,32,36,40,44,48 \n"
                   "   add r2, r2, r3              \n"
                   "   str r2, [sp, #\\off]        \n"
                   "   .endr                       \n"
                   "   ldmia sp, {r1-r12, lr}      \n"
                   "1: ldr r0, [sp, #0]            \n"
                   "   cmp r0, r1                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #4]            \n"
                   "   cmp r0, r2                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #8]            \n"
                   "   cmp r0, r3                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #12]           \n"
                   "   cmp r0, r4                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #16]           \n"
                   "   cmp r0, r5                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #20]           \n"
                   "   cmp r0, r6                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #24]           \n"
                   "   cmp r0, r7                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #28]           \n"
                   "   cmp r0, r8                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #32]           \n"
                   "   cmp r0, r9                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #36]           \n"
                   "   cmp r0, r10                 \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #40]           \n"
                   "   cmp r0, r11                 \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #44]           \n"
                   "   cmp r0, r12                 \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #48]           \n"
                   "   cmp r0, lr                  \n"
                   "   bne 2f                      \n"
                   "   ldr r0, [sp, #52]           \n"
                   "   subs r0, r0, #1             \n"
                   "   str r0, [sp, #52]           \n"
                   "   bne 1b                      \n"
                   "   movs r0, #0                 \n"
                   "   b 3f                        \n"
                   "2: movs r0, #1                 \n"
                   "3: add sp, sp, #56             \n"
                   "   pop {r4-r11, pc}            \n");
}

#if WITH_FPU
/* Puts seed + k * 0x00010203 in s0..s31 (k = 1..32) and a seed-dependent rounding mode and
 * flags in FPSCR, checks them `loops` times; returns 0 if they never changed. */
__attribute__((naked, noinline)) static uint32_t check_fp_registers(ASM_ARG uint32_t seed,
                                                                    ASM_ARG uint32_t loops)
{
    __asm volatile(
        "   push {r4-r11, lr}           \n"
        "   vpush {s16-s31}             \n"
        "   vmrs r4, fpscr              \n" /* the caller's FPSCR, restored at the end */
        "   sub sp, sp, #136            \n"
        "   str r1, [sp, #132]          \n"
        "   movw r3, #0x0203            \n"
        "   movt r3, #0x0001            \n"
        "   mov r2, r0                  \n"
        "   .irp off, "
        "0,4,8,12,16,20,24,28,32,36,40,44,48,52,56,60,64,68,72,76,80,84,88,92,96,100,104,108,112,"
        "116,120,124 \n"
        "   add r2, r2, r3              \n"
        "   str r2, [sp, #\\off]        \n"
        "   .endr                       \n"
        /* FPSCR: rounding mode from bit 0 of the seed, cumulative flags from its low bits. */
        "   and r2, r0, #0x1F           \n"
        "   tst r0, #1                  \n"
        "   ite eq                      \n"
        "   orreq r2, r2, #0x00C00000   \n"
        "   orrne r2, r2, #0x00400000   \n"
        "   vmsr fpscr, r2              \n"
        "   vmrs r2, fpscr              \n"
        "   str r2, [sp, #128]          \n"
        "   vldmia sp, {s0-s31}         \n"
        "1:                             \n"
        "   .irp n, "
        "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31 \n"
        "   vmov r0, s\\n               \n"
        "   ldr r1, [sp, #(\\n * 4)]    \n"
        "   cmp r0, r1                  \n"
        "   bne 2f                      \n"
        "   .endr                       \n"
        "   vmrs r0, fpscr              \n"
        "   ldr r1, [sp, #128]          \n"
        "   cmp r0, r1                  \n"
        "   bne 2f                      \n"
        "   ldr r0, [sp, #132]          \n"
        "   subs r0, r0, #1             \n"
        "   str r0, [sp, #132]          \n"
        "   bne 1b                      \n"
        "   movs r0, #0                 \n"
        "   b 3f                        \n"
        "2: movs r0, #1                 \n"
        "3: add sp, sp, #136            \n"
        "   vmsr fpscr, r4              \n"
        "   vpop {s16-s31}              \n"
        "   pop {r4-r11, pc}            \n");
}
#endif

static TaskHandle_t controller;
static TaskHandle_t interrupter;
static volatile uint32_t irq_count;
static volatile uint32_t interrupter_runs;
static volatile uint32_t mismatches;
static volatile uint32_t fpca_seen_in_integer_task;
#if WITH_FPU
static volatile float isr_float = 1.0f;
static volatile float task_float = 1.0f;
#endif

static void timer1_handler(void)
{
    BaseType_t woken = pdFALSE;
    TIMER1_INTCLEAR = 1U;
    irq_count++;
#if WITH_FPU
    /* Uses s0-s15 and FPSCR: the interrupted task's values must come back. */
    isr_float = isr_float * 1.0001f + 0.5f;
#endif
    vTaskNotifyGiveFromISR(interrupter, &woken);
    portYIELD_FROM_ISR(woken);
}

static void interrupter_task(void *arg)
{
    (void)arg;
    for (;;)
    {
        (void)ulTaskNotifyTake(pdTRUE, portMAX_DELAY);
        interrupter_runs++;
        /* Its own registers, different from everyone else's. */
        if (check_core_registers(0x7000000U + interrupter_runs, 3) != 0U)
        {
            mismatches++;
        }
#if WITH_FPU
        task_float = task_float * 0.999f + 2.0f;
        if (check_fp_registers(0x7100000U + interrupter_runs, 2) != 0U)
        {
            mismatches++;
        }
#endif
    }
}

static void core_checker(void *arg)
{
    uint32_t seed = (uint32_t)(uintptr_t)arg;
    for (uint32_t call = 0; call < CALLS; call++)
    {
        if (check_core_registers(seed + call, CORE_LOOPS) != 0U)
        {
            mismatches++;
        }
#if WITH_FPU
        /* This task has never executed an FPU instruction: it must not own FPU state. */
        if ((port_test_control() & CONTROL_FPCA) != 0U)
        {
            fpca_seen_in_integer_task++;
        }
#endif
        if ((call % 4U) == 3U)
        {
            taskYIELD();
        }
    }
    xTaskNotifyGive(controller);
    vTaskSuspend(NULL);
}

#if WITH_FPU
static void fp_checker(void *arg)
{
    uint32_t seed = (uint32_t)(uintptr_t)arg;
    for (uint32_t call = 0; call < CALLS; call++)
    {
        if (check_fp_registers(seed + call, FP_LOOPS) != 0U)
        {
            mismatches++;
        }
        if ((call % 3U) == 2U)
        {
            taskYIELD();
        }
    }
    xTaskNotifyGive(controller);
    vTaskSuspend(NULL);
}
#endif

static TaskHandle_t create(TaskFunction_t fn, const char *name, UBaseType_t prio, uint32_t seed)
{
    TaskHandle_t handle = NULL;
    if (xTaskCreate(fn, name, configMINIMAL_STACK_SIZE, (void *)(uintptr_t)seed, prio, &handle) !=
        pdPASS)
    {
        port_test_fail(__FILE__, __LINE__, "xTaskCreate");
    }
    return handle;
}

static void controller_task(void *arg)
{
    (void)arg;
    TaskHandle_t workers[4];
    unsigned count = 0;

    interrupter = create(interrupter_task, "irq", 3, 0);
    workers[count++] = create(core_checker, "core1", 1, 0x10000000U);
    workers[count++] = create(core_checker, "core2", 1, 0x20000000U);
#if WITH_FPU
    workers[count++] = create(fp_checker, "fp1", 1, 0x30000000U);
    workers[count++] = create(fp_checker, "fp2", 1, 0x40000001U);
#endif

    /* An odd period, so that the interrupt lands on every kind of instruction. */
    board_irq_set_handler(TIMER1_IRQ, timer1_handler);
    board_irq_set_priority(TIMER1_IRQ, 0xC0);
    board_irq_enable(TIMER1_IRQ);
    TIMER1_RELOAD = 12347U;
    TIMER1_CTRL = 0x9U; /* enable, interrupt enable */

    for (unsigned done = 0; done < count; done++)
    {
        CHECK(ulTaskNotifyTake(pdFALSE, pdMS_TO_TICKS(20000)) != 0U);
    }
    TIMER1_CTRL = 0;
    board_irq_disable(TIMER1_IRQ);

    CHECK_EQ(mismatches, 0);
    CHECK_EQ(fpca_seen_in_integer_task, 0);
    /* The run was long enough to switch the checkers out many times at random points. */
    CHECK(irq_count >= 100U);
    CHECK(interrupter_runs >= 100U);
    CHECK(xTaskGetTickCount() >= 50U);
    printf("  %lu interrupts, %lu interrupter runs, %lu ticks\n", (unsigned long)irq_count,
           (unsigned long)interrupter_runs, (unsigned long)xTaskGetTickCount());

    for (unsigned i = 0; i < count; i++)
    {
        vTaskDelete(workers[i]);
    }
    vTaskDelete(interrupter);
    vTaskEndScheduler();
}

int main(void)
{
    printf("port_context: registers survive switches (%s)\n", WITH_FPU ? "with FPU" : "no FPU");
    if (xTaskCreate(controller_task, "ctl", configMINIMAL_STACK_SIZE, NULL, 2, &controller) !=
        pdPASS)
    {
        port_test_fail(__FILE__, __LINE__, "xTaskCreate");
    }
    else
    {
        vTaskStartScheduler();
    }
    return port_test_summary("port_context");
}
