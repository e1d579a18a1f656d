/*
 * test_irq_mps2.c - the kernel scenario tests' interrupt (tests/kernel/harness/test_irq.h)
 * on the mps2 boards: the spare line BOARD_IRQ_SOFT1, at
 * configMAX_SYSCALL_INTERRUPT_PRIORITY, the most urgent level allowed to use the FreeRTOS
 * API, so it preempts tasks and is held off only by critical sections.
 */
#include "test_irq.h"

#include "board.h"

BaseType_t test_irq_install(test_irq_handler_t handler)
{
    board_irq_disable(BOARD_IRQ_SOFT1);
    board_irq_set_handler(BOARD_IRQ_SOFT1, handler);
    if (handler != NULL)
    {
        board_irq_set_priority(BOARD_IRQ_SOFT1, (uint8_t)configMAX_SYSCALL_INTERRUPT_PRIORITY);
        board_irq_enable(BOARD_IRQ_SOFT1);
    }
    return pdTRUE;
}

/* Pending it with barriers: the handler, and the PendSV it may pend, run before the
 * triggering task executes its next instruction. */
void test_irq_trigger(void)
{
    board_irq_pend(BOARD_IRQ_SOFT1);
}
