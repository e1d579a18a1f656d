/*
 * test_irq_posix.c - the test interrupt on the Linux simulator: one of its simulated
 * interrupt lines (tern_sim.h). Raising it from a task runs the handler at once on the
 * scheduler thread, with interrupts masked, then takes any switch it pended.
 */
#include "test_irq.h"

#include "tern_sim.h"

/* Line 1 is the first one free for applications; tests own the whole simulator. */
#define TEST_IRQ_LINE 1U

BaseType_t test_irq_install(test_irq_handler_t handler)
{
    return sim_irq_set_handler(TEST_IRQ_LINE, handler);
}

void test_irq_trigger(void)
{
    sim_irq_raise(TEST_IRQ_LINE);
}
