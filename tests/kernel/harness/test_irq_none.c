/*
 * test_irq_none.c - for a port that has no test interrupt yet: tests that need one see
 * test_irq_install() fail and skip their interrupt scenarios.
 */
#include "test_irq.h"

BaseType_t test_irq_install(test_irq_handler_t handler)
{
    (void)handler;
    return pdFALSE;
}

void test_irq_trigger(void)
{
}
