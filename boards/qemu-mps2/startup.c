/*
 * startup.c - reset and exception entry for the QEMU mps2 images: the vector table (with
 * the FreeRTOS port handler names, so a Tern or FreeRTOS Cortex-M port plugs in unchanged),
 * .data/.bss initialisation, FPU enable on the M4F, and fault reporting over UART0.
 * Relies on the symbols of mps2.ld and on board.c for the console and exit.
 */
#include <stdint.h>
#include <stdlib.h>

#include "board.h"
#include "board_internal.h"

extern uint32_t __stack_top[];
extern uint32_t __data_start[], __data_end[], __data_load[];
extern uint32_t __bss_start[], __bss_end[];

int main(void);

void Reset_Handler(void);
void board_fault_report(const uint32_t *frame, uint32_t exc_return);
static void fault_entry(void);
static void unexpected_irq(void);

/* The kernel port's handlers. Weak references: an image without a kernel (the board's own
 * tests, footprint baselines) links with zeros in these slots and never takes them. */
extern void vPortSVCHandler(void) __attribute__((weak));
extern void xPortPendSVHandler(void) __attribute__((weak));
extern void xPortSysTickHandler(void) __attribute__((weak));

typedef void (*vector_t)(void);

#define SYSTEM_VECTORS 16
#define VECTOR_COUNT   (SYSTEM_VECTORS + BOARD_IRQ_COUNT)

/* Fetched by the core at reset; copied to board_ram_vectors by board_init(). */
__attribute__((section(".vectors"), used)) static const vector_t reset_vectors[VECTOR_COUNT] = {
    [0] = (vector_t)(uintptr_t)__stack_top,
    [1] = Reset_Handler,
    [2] = fault_entry, /* NMI */
    [3] = fault_entry, /* HardFault */
    [4] = fault_entry, /* MemManage */
    [5] = fault_entry, /* BusFault */
    [6] = fault_entry, /* UsageFault */
    [11] = vPortSVCHandler,
    [12] = fault_entry, /* DebugMonitor */
    [14] = xPortPendSVHandler,
    [15] = xPortSysTickHandler,
    [SYSTEM_VECTORS... VECTOR_COUNT - 1] = unexpected_irq,
};

__attribute__((section(".ram_vectors"), aligned(256))) vector_t board_ram_vectors[VECTOR_COUNT];

void board_copy_vectors(void)
{
    for (unsigned i = 0; i < VECTOR_COUNT; i++)
    {
        board_ram_vectors[i] = reset_vectors[i];
    }
}

void *board_default_vector(unsigned exception)
{
    return exception < VECTOR_COUNT ? (void *)reset_vectors[exception] : NULL;
}

static void c_start(void) __attribute__((noreturn, used));
static void c_start(void)
{
    /* The linker symbols delimit regions of different "objects" for C: count words. */
    uint32_t data_words = (uint32_t)((uintptr_t)__data_end - (uintptr_t)__data_start) / 4U;
    uint32_t bss_words = (uint32_t)((uintptr_t)__bss_end - (uintptr_t)__bss_start) / 4U;
    for (uint32_t i = 0; i < data_words; i++)
    {
        __data_start[i] = __data_load[i];
    }
    for (uint32_t i = 0; i < bss_words; i++)
    {
        __bss_start[i] = 0;
    }
    board_init();
    exit(main());
}

/* Naked so that no compiler-generated code runs before the FPU is enabled: with the
 * hard-float ABI the compiler may use FPU registers anywhere. */
__attribute__((naked)) void Reset_Handler(void)
{
    __asm volatile(
#if defined(__ARM_FP)
        /* CPACR: full access to CP10 and CP11 (the FPU). */
        "ldr r0, =0xE000ED88\n"
        "ldr r1, [r0]\n"
        "orr r1, r1, #(0xF << 20)\n"
        "str r1, [r0]\n"
        "dsb\n"
        "isb\n"
#endif
        "b c_start\n");
}

/* Hands the stacked exception frame (from whichever stack was in use) to the reporter. */
__attribute__((naked)) static void fault_entry(void)
{
    __asm volatile("tst lr, #4\n"
                   "ite eq\n"
                   "mrseq r0, msp\n"
                   "mrsne r0, psp\n"
                   "mov r1, lr\n"
                   "b board_fault_report\n");
}

static void put_hex(const char *label, uint32_t value)
{
    static const char digits[] = "0123456789abcdef";
    board_puts(label);
    for (int shift = 28; shift >= 0; shift -= 4)
    {
        board_putc(digits[(value >> shift) & 0xFU]);
    }
    board_putc(' ');
}

static uint32_t current_exception(void)
{
    uint32_t ipsr;
    __asm volatile("mrs %0, ipsr" : "=r"(ipsr));
    return ipsr & 0x1FFU;
}

void board_fault_report(const uint32_t *frame, uint32_t exc_return)
{
    board_puts("\n*** fault: exception ");
    put_hex("", current_exception());
    put_hex("pc=", frame[6]);
    put_hex("lr=", frame[5]);
    put_hex("xpsr=", frame[7]);
    put_hex("exc_return=", exc_return);
    put_hex("cfsr=", SCB_CFSR);
    put_hex("hfsr=", SCB_HFSR);
    put_hex("mmfar=", SCB_MMFAR);
    put_hex("bfar=", SCB_BFAR);
    board_putc('\n');
    board_exit(BOARD_EXIT_FAULT);
}

static void unexpected_irq(void)
{
    board_puts("\n*** unexpected interrupt: exception ");
    put_hex("", current_exception());
    board_putc('\n');
    board_exit(BOARD_EXIT_FAULT);
}
