/*
 * board.c - the mps2 board services behind board.h: UART0 console, semihosting exit,
 * Timer0 as a free-running counter, NVIC helpers, and the newlib system calls that make
 * printf/exit/malloc work on bare metal. Relies on board_internal.h for register addresses.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "board.h"
#include "board_internal.h"

extern void *board_ram_vectors[];
extern uint8_t __heap_start[], __heap_end[];

static int console_ready;

void board_init(void)
{
    UART_BAUDDIV(UART0_BASE) = BOARD_SYSCLK_HZ / 115200U;
    UART_CTRL(UART0_BASE) = UART_CTRL_TX_EN | UART_CTRL_RX_EN;
    console_ready = 1;

    /* Count down from the top forever; board_timer_now() turns it into an up-counter. */
    TIMER_CTRL(TIMER0_BASE) = 0;
    TIMER_RELOAD(TIMER0_BASE) = 0xFFFFFFFFU;
    TIMER_VALUE(TIMER0_BASE) = 0xFFFFFFFFU;
    TIMER_CTRL(TIMER0_BASE) = TIMER_CTRL_EN;

    /* A heartbeat for QEMU: dual timer 1 reloading every 200 us, without an interrupt.
     * Under -icount sleep=off QEMU 7.2 skips the time the core sleeps in WFI from one
     * timer deadline to the next, but only notices an expired timer at the deadline after;
     * with this one, a wake-up (SysTick, tickless idle) comes at most 200 us late instead
     * of a whole period. On hardware it is just an unused running timer. */
    DUALTIMER_CTRL(DUALTIMER1_BASE) = 0;
    DUALTIMER_LOAD(DUALTIMER1_BASE) = 5000U;
    DUALTIMER_CTRL(DUALTIMER1_BASE) =
        DUALTIMER_CTRL_ENABLE | DUALTIMER_CTRL_PERIODIC | DUALTIMER_CTRL_32BIT;

    /* Report memory, bus and usage faults as themselves rather than as HardFault. */
    SCB_SHCSR |= SCB_SHCSR_FAULTS_ENABLE;

    board_copy_vectors();
    __asm volatile("dsb" ::: "memory");
    SCB_VTOR = (uint32_t)(uintptr_t)board_ram_vectors;
    __asm volatile("dsb\n isb" ::: "memory");
}

static void uart_send(char c)
{
    while ((UART_STATE(UART0_BASE) & UART_STATE_TXFULL) != 0U)
    {
    }
    UART_DATA(UART0_BASE) = (uint8_t)c;
}

void board_putc(char c)
{
    if (!console_ready)
    {
        return;
    }
    if (c == '\n')
    {
        uart_send('\r');
    }
    uart_send(c);
}

void board_puts(const char *s)
{
    while (*s != '\0')
    {
        board_putc(*s++);
    }
}

/* ARM semihosting: operation in r0, argument in r1, BKPT 0xAB traps to the debugger
 * (QEMU with -semihosting). */
#define SEMIHOSTING_SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT  0x20026

void board_exit(int code)
{
    /* Wait until the UART has handed its last character to QEMU. */
    if (console_ready)
    {
        while ((UART_STATE(UART0_BASE) & UART_STATE_TXFULL) != 0U)
        {
        }
    }
    uint32_t block[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint32_t)code};
    register uint32_t r0 __asm("r0") = SEMIHOSTING_SYS_EXIT_EXTENDED;
    register uint32_t *r1 __asm("r1") = block;
    __asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    /* Only reached without a semihosting host: stop here. */
    for (;;)
    {
        __asm volatile("wfi");
    }
}

uint32_t board_timer_now(void)
{
    return ~TIMER_VALUE(TIMER0_BASE);
}

void board_irq_set_handler(unsigned irq, void (*handler)(void))
{
    if (irq < BOARD_IRQ_COUNT)
    {
        board_ram_vectors[16U + irq] =
            handler != NULL ? (void *)handler : board_default_vector(16U + irq);
        __asm volatile("dsb" ::: "memory");
    }
}

void board_irq_set_priority(unsigned irq, uint8_t priority)
{
    if (irq < BOARD_IRQ_COUNT)
    {
        NVIC_IPR_BYTE(irq) = priority;
        __asm volatile("dsb" ::: "memory");
    }
}

void board_irq_enable(unsigned irq)
{
    if (irq < BOARD_IRQ_COUNT)
    {
        NVIC_ISER(irq / 32U) = 1UL << (irq % 32U);
        __asm volatile("dsb\n isb" ::: "memory");
    }
}

void board_irq_disable(unsigned irq)
{
    if (irq < BOARD_IRQ_COUNT)
    {
        NVIC_ICER(irq / 32U) = 1UL << (irq % 32U);
        __asm volatile("dsb\n isb" ::: "memory");
    }
}

void board_irq_pend(unsigned irq)
{
    if (irq < BOARD_IRQ_COUNT)
    {
        NVIC_ISPR(irq / 32U) = 1UL << (irq % 32U);
        __asm volatile("dsb\n isb" ::: "memory");
    }
}

/* ---- newlib system calls ---- */

int _write(int fd, const char *buf, int len);
int _read(int fd, char *buf, int len);
int _close(int fd);
int _fstat(int fd, struct stat *st);
int _isatty(int fd);
int _lseek(int fd, int offset, int whence);
void *_sbrk(ptrdiff_t increment);
int _kill(int pid, int sig);
int _getpid(void);
void _exit(int status) __attribute__((noreturn));

static int is_console(int fd)
{
    return fd >= 0 && fd <= 2;
}

int _write(int fd, const char *buf, int len)
{
    if (!is_console(fd))
    {
        errno = EBADF;
        return -1;
    }
    for (int i = 0; i < len; i++)
    {
        board_putc(buf[i]);
    }
    return len;
}

/* Blocks until at least one character has arrived on UART0, then returns what is there. */
int _read(int fd, char *buf, int len)
{
    if (!is_console(fd))
    {
        errno = EBADF;
        return -1;
    }
    int n = 0;
    while (n < len)
    {
        if ((UART_STATE(UART0_BASE) & UART_STATE_RXFULL) != 0U)
        {
            buf[n++] = (char)UART_DATA(UART0_BASE);
        }
        else if (n > 0)
        {
            break;
        }
    }
    return n;
}

int _close(int fd)
{
    (void)fd;
    errno = EBADF;
    return -1;
}

int _fstat(int fd, struct stat *st)
{
    if (!is_console(fd))
    {
        errno = EBADF;
        return -1;
    }
    st->st_mode = S_IFCHR;
    return 0;
}

int _isatty(int fd)
{
    if (is_console(fd))
    {
        return 1;
    }
    errno = EBADF;
    return 0;
}

int _lseek(int fd, int offset, int whence)
{
    (void)fd;
    (void)offset;
    (void)whence;
    errno = ESPIPE;
    return -1;
}

void *_sbrk(ptrdiff_t increment)
{
    /* Addresses as integers: the heap's ends are linker symbols, not one C object. */
    static uintptr_t brk;
    if (brk == 0U)
    {
        brk = (uintptr_t)__heap_start;
    }
    if ((increment > 0 && (uintptr_t)increment > (uintptr_t)__heap_end - brk) ||
        (increment < 0 && (uintptr_t)-increment > brk - (uintptr_t)__heap_start))
    {
        errno = ENOMEM;
        return (void *)-1;
    }
    uintptr_t old = brk;
    brk += (uintptr_t)increment;
    return (void *)old;
}

int _kill(int pid, int sig)
{
    (void)pid;
    (void)sig;
    errno = EINVAL;
    return -1;
}

int _getpid(void)
{
    return 1;
}

void _exit(int status)
{
    board_exit(status);
}
