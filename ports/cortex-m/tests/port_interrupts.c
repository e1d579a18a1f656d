/*
 * port_interrupts.c - interrupt masking and the priority checks: critical sections and
 * taskDISABLE_INTERRUPTS mask exactly the interrupts at or below
 * configMAX_SYSCALL_INTERRUPT_PRIORITY (0xA0 in the test configuration) and nest; the
 * FROM_ISR mask does the same inside a handler; configASSERT catches a FromISR call from
 * a too-urgent interrupt, a subpriority grouping, and a task-level critical section entered
 * from a handler.
 */
#include <stdio.h>

#include "FreeRTOS.h"
#include "task.h"

#include "board.h"
#include "port_test.h"

#define PRIO_URGENT  0x80U /* above the kernel: never masked, must not call it */
#define PRIO_SYSCALL 0xA0U /* == configMAX_SYSCALL_INTERRUPT_PRIORITY */
#define PRIO_LOW     0xC0U

#define IRQ_URGENT  30U
#define IRQ_SYSCALL 31U
#define IRQ_LOW     29U

#define SCB_AIRCR     (*(volatile uint32_t *)0xE000ED0CUL)
#define AIRCR_VECTKEY 0x05FA0000UL

static volatile unsigned urgent_runs;
static volatile unsigned syscall_runs;
static volatile unsigned low_runs;

/* What the low-priority handler does when it runs (set by the test before pending it). */
static void (*volatile low_action)(void);
/* What the urgent and syscall handlers do besides counting. */
static volatile int handlers_call_kernel;

static void urgent_handler(void)
{
    urgent_runs++;
    if (handlers_call_kernel)
    {
        (void)xTaskGetTickCountFromISR();
    }
}

static void syscall_handler(void)
{
    syscall_runs++;
    if (handlers_call_kernel)
    {
        (void)xTaskGetTickCountFromISR();
    }
}

static void low_handler(void)
{
    low_runs++;
    if (low_action != NULL)
    {
        low_action();
    }
}

static void setup_irq(unsigned irq, void (*handler)(void), uint8_t priority)
{
    board_irq_set_handler(irq, handler);
    board_irq_set_priority(irq, priority);
    board_irq_enable(irq);
}

static void reset_counts(void)
{
    urgent_runs = 0;
    syscall_runs = 0;
    low_runs = 0;
}

static void critical_section_masks_up_to_syscall_priority(void)
{
    reset_counts();
    taskENTER_CRITICAL();
    CHECK_EQ(port_test_basepri(), PRIO_SYSCALL);
    board_irq_pend(IRQ_URGENT);
    board_irq_pend(IRQ_SYSCALL);
    board_irq_pend(IRQ_LOW);
    /* Only the interrupt above the kernel got through. */
    CHECK_EQ(urgent_runs, 1);
    CHECK_EQ(syscall_runs, 0);
    CHECK_EQ(low_runs, 0);
    taskEXIT_CRITICAL();
    __asm volatile("isb");
    CHECK_EQ(syscall_runs, 1);
    CHECK_EQ(low_runs, 1);
    CHECK_EQ(port_test_basepri(), 0);
}

static void critical_sections_nest(void)
{
    reset_counts();
    taskENTER_CRITICAL();
    taskENTER_CRITICAL();
    taskEXIT_CRITICAL();
    board_irq_pend(IRQ_LOW);
    CHECK_EQ(low_runs, 0); /* still inside the outer section */
    taskEXIT_CRITICAL();
    __asm volatile("isb");
    CHECK_EQ(low_runs, 1);
}

static void disable_interrupts_masks_and_enable_unmasks(void)
{
    reset_counts();
    taskDISABLE_INTERRUPTS();
    board_irq_pend(IRQ_SYSCALL);
    board_irq_pend(IRQ_URGENT);
    CHECK_EQ(syscall_runs, 0);
    CHECK_EQ(urgent_runs, 1);
    taskENABLE_INTERRUPTS();
    __asm volatile("isb");
    CHECK_EQ(syscall_runs, 1);
}

/* Inside the low handler: the FROM_ISR mask keeps the syscall-level interrupt out (it
 * would otherwise preempt the low one), lets the urgent one in, and restores what was. */
static volatile unsigned seen_inside_mask_syscall;
static volatile unsigned seen_inside_mask_urgent;
static volatile uint32_t basepri_in_handler_before;
static volatile uint32_t basepri_in_handler_after;

static void mask_from_isr_action(void)
{
    basepri_in_handler_before = port_test_basepri();
    UBaseType_t saved = taskENTER_CRITICAL_FROM_ISR();
    board_irq_pend(IRQ_SYSCALL);
    board_irq_pend(IRQ_URGENT);
    seen_inside_mask_syscall = syscall_runs;
    seen_inside_mask_urgent = urgent_runs;
    taskEXIT_CRITICAL_FROM_ISR(saved);
    __asm volatile("isb");
    basepri_in_handler_after = port_test_basepri();
}

static void mask_from_isr_nests_inside_a_handler(void)
{
    reset_counts();
    low_action = mask_from_isr_action;
    board_irq_pend(IRQ_LOW);
    low_action = NULL;
    CHECK_EQ(low_runs, 1);
    CHECK_EQ(seen_inside_mask_syscall, 0);
    CHECK_EQ(seen_inside_mask_urgent, 1);
    CHECK_EQ(syscall_runs, 1); /* ran as soon as the handler unmasked */
    CHECK_EQ(basepri_in_handler_before, 0);
    CHECK_EQ(basepri_in_handler_after, 0);
}

static void kernel_call_from_too_urgent_interrupt_asserts(void)
{
    handlers_call_kernel = 1;
    port_test_expect_asserts(1);
    board_irq_pend(IRQ_SYSCALL);
    CHECK_EQ(port_test_asserts_seen(), 0); /* 0xA0 may call the kernel */
    board_irq_pend(IRQ_URGENT);
    CHECK(port_test_asserts_seen() >= 1U); /* 0x80 may not */
    port_test_expect_asserts(0);
    handlers_call_kernel = 0;
}

static void subpriority_grouping_asserts(void)
{
    uint32_t original = SCB_AIRCR & 0x700UL;

    handlers_call_kernel = 1;
    /* PRIGROUP 3: priority bits 3..0 become subpriority; BASEPRI no longer means what the
     * configuration says for them. */
    SCB_AIRCR = AIRCR_VECTKEY | (3UL << 8);
    port_test_expect_asserts(1);
    board_irq_pend(IRQ_SYSCALL);
    CHECK(port_test_asserts_seen() >= 1U);
    port_test_expect_asserts(0);

    SCB_AIRCR = AIRCR_VECTKEY | original;
    port_test_expect_asserts(1);
    board_irq_pend(IRQ_SYSCALL);
    CHECK_EQ(port_test_asserts_seen(), 0);
    port_test_expect_asserts(0);
    handlers_call_kernel = 0;
}

static void task_critical_section_in_handler_action(void)
{
    taskENTER_CRITICAL();
    taskEXIT_CRITICAL();
}

static void task_critical_section_in_handler_asserts(void)
{
    port_test_expect_asserts(1);
    low_action = task_critical_section_in_handler_action;
    board_irq_pend(IRQ_LOW);
    low_action = NULL;
    CHECK(port_test_asserts_seen() >= 1U);
    port_test_expect_asserts(0);
    /* The same in a task is fine. */
    port_test_expect_asserts(1);
    task_critical_section_in_handler_action();
    CHECK_EQ(port_test_asserts_seen(), 0);
    port_test_expect_asserts(0);
}

static volatile BaseType_t handler_saw_inside;

static void record_inside(void)
{
    handler_saw_inside = xPortIsInsideInterrupt();
}

static void controller_task(void *arg)
{
    (void)arg;
    setup_irq(IRQ_URGENT, urgent_handler, PRIO_URGENT);
    setup_irq(IRQ_SYSCALL, syscall_handler, PRIO_SYSCALL);
    setup_irq(IRQ_LOW, low_handler, PRIO_LOW);

    critical_section_masks_up_to_syscall_priority();
    critical_sections_nest();
    disable_interrupts_masks_and_enable_unmasks();
    mask_from_isr_nests_inside_a_handler();
    kernel_call_from_too_urgent_interrupt_asserts();
    subpriority_grouping_asserts();
    task_critical_section_in_handler_asserts();

    CHECK_EQ(xPortIsInsideInterrupt(), pdFALSE);
    handler_saw_inside = pdFALSE;
    low_action = record_inside;
    board_irq_pend(IRQ_LOW);
    low_action = NULL;
    CHECK_EQ(handler_saw_inside, pdTRUE);

    vTaskEndScheduler();
}

int main(void)
{
    printf("port_interrupts: masking and priority checks\n");
    if (xTaskCreate(controller_task, "ctl", configMINIMAL_STACK_SIZE, NULL, 2, NULL) != pdPASS)
    {
        port_test_fail(__FILE__, __LINE__, "xTaskCreate");
    }
    else
    {
        vTaskStartScheduler();
    }
    return port_test_summary("port_interrupts");
}
