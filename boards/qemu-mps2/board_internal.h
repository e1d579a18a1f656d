/*
 * board_internal.h - register addresses of the mps2 images shared by the board's own
 * sources (CMSDK APB UART and timer as QEMU models them, and the parts of the Cortex-M
 * System Control Block the board touches). Not for firmware: board.h is the interface.
 */
#ifndef TERN_BOARD_INTERNAL_H
#define TERN_BOARD_INTERNAL_H

#include <stdint.h>

#define BOARD_REG(addr) (*(volatile uint32_t *)(addr))

/* CMSDK APB UART0. */
#define UART0_BASE         0x40004000UL
#define UART_DATA(base)    BOARD_REG((base) + 0x00U)
#define UART_STATE(base)   BOARD_REG((base) + 0x04U)
#define UART_CTRL(base)    BOARD_REG((base) + 0x08U)
#define UART_BAUDDIV(base) BOARD_REG((base) + 0x10U)
#define UART_STATE_TXFULL  0x1U
#define UART_STATE_RXFULL  0x2U
#define UART_CTRL_TX_EN    0x1U
#define UART_CTRL_RX_EN    0x2U

/* CMSDK APB timer 0: a 32-bit down-counter that reloads from RELOAD when it reaches 0. */
#define TIMER0_BASE        0x40000000UL
#define TIMER_CTRL(base)   BOARD_REG((base) + 0x00U)
#define TIMER_VALUE(base)  BOARD_REG((base) + 0x04U)
#define TIMER_RELOAD(base) BOARD_REG((base) + 0x08U)
#define TIMER_CTRL_EN      0x1U

/* CMSDK APB dual timer, timer 1. */
#define DUALTIMER1_BASE         0x40002000UL
#define DUALTIMER_LOAD(base)    BOARD_REG((base) + 0x00U)
#define DUALTIMER_CTRL(base)    BOARD_REG((base) + 0x08U)
#define DUALTIMER_CTRL_ENABLE   (1U << 7)
#define DUALTIMER_CTRL_PERIODIC (1U << 6)
#define DUALTIMER_CTRL_32BIT    (1U << 1)

/* System Control Block and NVIC. */
#define SCB_VTOR                BOARD_REG(0xE000ED08UL)
#define SCB_SHCSR               BOARD_REG(0xE000ED24UL)
#define SCB_SHCSR_FAULTS_ENABLE (0x7UL << 16) /* MemManage, BusFault, UsageFault */
#define SCB_CFSR                BOARD_REG(0xE000ED28UL)
#define SCB_HFSR                BOARD_REG(0xE000ED2CUL)
#define SCB_MMFAR               BOARD_REG(0xE000ED34UL)
#define SCB_BFAR                BOARD_REG(0xE000ED38UL)
#define NVIC_ISER(n)            BOARD_REG(0xE000E100UL + 4U * (n))
#define NVIC_ICER(n)            BOARD_REG(0xE000E180UL + 4U * (n))
#define NVIC_ISPR(n)            BOARD_REG(0xE000E200UL + 4U * (n))
#define NVIC_IPR_BYTE(irq)      (*(volatile uint8_t *)(0xE000E400UL + (irq)))

/* Exit status of an image that took a fault or an interrupt nobody handles. */
#define BOARD_EXIT_FAULT 99

void board_copy_vectors(void);
/* The reset-time vector table's entry for an exception number. */
void *board_default_vector(unsigned exception);

#endif /* TERN_BOARD_INTERNAL_H */
