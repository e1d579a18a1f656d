/*
 * board.h - what the QEMU mps2 board support (mps2-an385 Cortex-M3, mps2-an386 Cortex-M4)
 * offers firmware: the UART0 console (also behind printf), semihosting exit, the free-running
 * CMSDK Timer0 and run-time installation of interrupt handlers. The startup code calls
 * board_init() before main() and exit(main()) after it, so most firmware needs none of this.
 */
#ifndef TERN_BOARD_H
#define TERN_BOARD_H

#include <stdint.h>

#ifdef __cplusplus
extern "C"
{
#endif

/* Frequency of the peripheral clock that drives the UARTs and Timer0/1 (and SysTick when
 * it counts processor clocks): 25 MHz on every mps2 image. */
#define BOARD_SYSCLK_HZ 25000000UL

/* Number of external interrupt lines on these images (IRQ 0 .. 31). */
#define BOARD_IRQ_COUNT 32

/* Two interrupt lines that no emulated device drives, for software-triggered interrupts
 * (tests and benchmarks pend them with board_irq_pend()). */
#define BOARD_IRQ_SOFT0 30
#define BOARD_IRQ_SOFT1 31

    /* Sets up the console and Timer0, starts dual timer 1 as a heartbeat for QEMU's
     * instruction counting mode (see board.c), and points VTOR at the writable vector table.
     * Called by the startup code; calling it again is harmless. */
    void board_init(void);

    /* Writes one character / a string on UART0 by polling; usable from any context, also
     * before board_init() has run (then it does nothing) and from fault handlers. '\n' is
     * sent as "\r\n" so that a terminal shows lines. */
    void board_putc(char c);
    void board_puts(const char *s);

    /* Ends the program: QEMU exits with `code` as its exit status (semihosting
     * SYS_EXIT_EXTENDED). Output already written to the UART is not lost. */
    void board_exit(int code) __attribute__((noreturn));

    /* Timer0 as a free-running up-counter at BOARD_SYSCLK_HZ (it wraps every ~171 s).
     * Differences of two reads are elapsed counts modulo 2^32. */
    uint32_t board_timer_now(void);

    /* Interrupt control for external interrupts (irq 0 .. BOARD_IRQ_COUNT-1). Priorities are
     * the raw 8-bit NVIC values (only the top bits are implemented; lower is more urgent).
     * board_irq_set_handler() installs `handler` in the run-time vector table (NULL puts back
     * the board's default, which reports an unexpected interrupt). */
    void board_irq_set_handler(unsigned irq, void (*handler)(void));
    void board_irq_set_priority(unsigned irq, uint8_t priority);
    void board_irq_enable(unsigned irq);
    void board_irq_disable(unsigned irq);
    /* Makes the interrupt pending, as if its device had raised it; it is taken as soon as its
     * priority allows, before board_irq_pend() returns if nothing masks it. */
    void board_irq_pend(unsigned irq);

#ifdef __cplusplus
}
#endif

#endif /* TERN_BOARD_H */
