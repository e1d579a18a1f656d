/*
 * port_stack.c - what a new task starts with: its parameter in r0, a stack pointer the
 * procedure call standard accepts (8-byte aligned at calls), Thumb state, interrupts
 * unmasked, and on the M4F no FPU context and the default FPSCR until it uses the FPU.
 * A task function that returns is caught by configASSERT.
 */
#include <stdio.h>

#include "FreeRTOS.h"
#include "task.h"

#include "port_test.h"

#if defined(__ARM_FP)
#define WITH_FPU     1
#define CONTROL_FPCA 0x4U
#else
#define WITH_FPU 0
#endif

/* The stack pointer as the caller has it at the call. */
__attribute__((naked, noinline)) static uint32_t stack_pointer_at_call(void)
{
    __asm volatile("   mov r0, sp \n"
                   "   bx lr      \n");
}

struct observation
{
    void *param;
    uint32_t sp;
    uint32_t basepri;
    uint32_t control;
    uint32_t fpscr_first_use;
    int done;
};

static struct observation seen[3];
static TaskHandle_t controller;

static void observer_task(void *arg)
{
    struct observation *o = arg;
    o->param = arg;
    o->sp = stack_pointer_at_call();
    o->basepri = port_test_basepri();
    o->control = port_test_control();
#if WITH_FPU
    uint32_t fpscr;
    __asm volatile("vmrs %0, fpscr" : "=r"(fpscr));
    o->fpscr_first_use = fpscr;
#endif
    o->done = 1;
    xTaskNotifyGive(controller);
    vTaskSuspend(NULL);
}

static volatile int returning_task_ran;

static void returning_task(void *arg)
{
    (void)arg;
    returning_task_ran = 1;
    /* Returns: the port sends it to its task-exit trap, which asserts. */
}

static void controller_task(void *arg)
{
    (void)arg;
    TaskHandle_t tasks[3];
    /* Stack depths that leave the top at different alignments before the kernel rounds. */
    static const configSTACK_DEPTH_TYPE depths[3] = {
        configMINIMAL_STACK_SIZE, configMINIMAL_STACK_SIZE + 1, configMINIMAL_STACK_SIZE + 3};
    for (int i = 0; i < 3; i++)
    {
        CHECK(xTaskCreate(observer_task, "obs", depths[i], &seen[i], 3, &tasks[i]) == pdPASS);
        CHECK(ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(100)) == 1U);
        CHECK(seen[i].done);
        CHECK(seen[i].param == &seen[i]);
        CHECK_EQ(seen[i].sp % 8U, 0);
        CHECK_EQ(seen[i].basepri, 0);
        CHECK_EQ(seen[i].control & 0x3U, 0x2U); /* privileged, process stack */
#if WITH_FPU
        /* Bit 2 read before any FPU use: a fresh task has no FPU context. */
        CHECK_EQ(seen[i].control & CONTROL_FPCA, 0);
        /* Its first FPU use sees the default FPSCR, not another task's. */
        CHECK_EQ(seen[i].fpscr_first_use & 0x00C00000U, 0);
#endif
        vTaskDelete(tasks[i]);
    }

#if WITH_FPU
    /* Leave an unusual rounding mode in this task: no new task may inherit it. */
    uint32_t fpscr;
    __asm volatile("vmrs %0, fpscr\n orr %0, %0, #0x00C00000\n vmsr fpscr, %0" : "=r"(fpscr));
    CHECK(xTaskCreate(observer_task, "obs", configMINIMAL_STACK_SIZE, &seen[0], 3, &tasks[0]) ==
          pdPASS);
    CHECK(ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(100)) == 1U);
    CHECK_EQ(seen[0].fpscr_first_use & 0x00C00000U, 0);
    vTaskDelete(tasks[0]);
#endif

    /* A task that returns: configASSERT fires; the test ends the scheduler from there. */
    port_test_expect_asserts(1);
    port_test_on_assert(vTaskEndScheduler);
    CHECK(xTaskCreate(returning_task, "ret", configMINIMAL_STACK_SIZE, NULL, 1, NULL) == pdPASS);
    vTaskDelay(pdMS_TO_TICKS(20));
    /* The returning task is trapped with interrupts masked, so this line is reached only
     * if the trap did not hold it: the scheduler must have been stopped by now. */
    port_test_fail(__FILE__, __LINE__, "a returning task was not trapped");
    vTaskEndScheduler();
}

int main(void)
{
    printf("port_stack: how a task starts\n");
    if (xTaskCreate(controller_task, "ctl", configMINIMAL_STACK_SIZE, NULL, 2, &controller) !=
        pdPASS)
    {
        port_test_fail(__FILE__, __LINE__, "xTaskCreate");
        return port_test_summary("port_stack");
    }
    vTaskStartScheduler();
    CHECK(returning_task_ran);
    CHECK(port_test_asserts_seen() >= 1U);
    port_test_expect_asserts(0);
    port_test_on_assert(NULL);
    return port_test_summary("port_stack");
}
