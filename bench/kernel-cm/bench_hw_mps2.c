/*
 * bench_hw_mps2.c - the out-of-line part of bench_hw.h on QEMU mps2 (boards/qemu-mps2):
 * installing the handler of the benchmark interrupt (the board's spare line
 * BOARD_IRQ_SOFT0) and the exact delay.
 */
#include "bench_hw.h"
#include "board.h"

_Static_assert(BENCH_IRQ == BOARD_IRQ_SOFT0, "bench_hw.h pends the board's spare line");

void bench_irq_install(void (*handler)(void))
{
    board_irq_set_handler(BOARD_IRQ_SOFT0, handler);
    board_irq_set_priority(BOARD_IRQ_SOFT0, 0xC0); /* below configMAX_SYSCALL (0xA0) */
    board_irq_enable(BOARD_IRQ_SOFT0);
}

/* A jump into a run of 64 16-bit NOPs: `extra` of them execute. */
__attribute__((naked)) void bench_delay(__attribute__((unused)) uint32_t extra)
{
    __asm volatile("   and r0, r0, #63     \n"
                   "   adr r1, 1f          \n"
                   "   sub r1, r1, r0, lsl #1 \n"
                   "   orr r1, r1, #1      \n"
                   "   bx r1               \n"
                   "   .rept 64            \n"
                   "   nop                 \n"
                   "   .endr               \n"
                   "1: bx lr               \n");
}
