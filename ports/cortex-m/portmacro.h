/*
 * portmacro.h - Tern's ARMv7-M port (Cortex-M3 "GCC_ARM_CM3", Cortex-M4F "GCC_ARM_CM4F"):
 * the types, critical sections, yields and task-selection helpers the kernel and
 * applications use, under the names FreeRTOS's GCC ARM_CM3/ARM_CM4F ports give them.
 * Included by kernel sources compiled as strict C99, so only __asm/__attribute__ spellings.
 * Interrupt masking uses BASEPRI: interrupts more urgent than
 * configMAX_SYSCALL_INTERRUPT_PRIORITY are never masked by the kernel.
 */
#ifndef PORTMACRO_H
#define PORTMACRO_H

#include <stdint.h>

#ifdef __cplusplus
extern "C"
{
#endif

/* ---- Types ---- */
#define portCHAR       char
#define portFLOAT      float
#define portDOUBLE     double
#define portLONG       long
#define portSHORT      short
#define portSTACK_TYPE uint32_t
#define portBASE_TYPE  long

    typedef portSTACK_TYPE StackType_t;
    typedef long BaseType_t;
    typedef unsigned long UBaseType_t;

#if (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_16_BITS)
    typedef uint16_t TickType_t;
#define portMAX_DELAY           (TickType_t)0xffff
#define portTICK_TYPE_IS_ATOMIC 1 /* read and written in one instruction */
#elif (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_32_BITS)
typedef uint32_t TickType_t;
#define portMAX_DELAY           (TickType_t)0xffffffffUL
#define portTICK_TYPE_IS_ATOMIC 1 /* read and written in one instruction */
#elif (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_64_BITS)
/* A Tern extension (FreeRTOS's ARM_CM3 port stops at 32 bits): never wraps in practice;
 * the kernel reads it inside critical sections. */
typedef uint64_t TickType_t;
#define portMAX_DELAY           (TickType_t)0xffffffffffffffffULL
#define portTICK_TYPE_IS_ATOMIC 0
#else
#error configTICK_TYPE_WIDTH_IN_BITS must be TICK_TYPE_WIDTH_16_BITS, _32_BITS or _64_BITS.
#endif

/* ---- Architecture ---- */
#define portSTACK_GROWTH   (-1)
#define portTICK_PERIOD_MS ((TickType_t)1000 / configTICK_RATE_HZ)
#define portBYTE_ALIGNMENT 8
#define portDONT_DISCARD   __attribute__((used))
#define portNOP()
#define portINLINE __inline
#ifndef portFORCE_INLINE
#define portFORCE_INLINE inline __attribute__((always_inline))
#endif
#define portMEMORY_BARRIER()        __asm volatile("" ::: "memory")
#define portCRITICAL_NESTING_IN_TCB 0
/* Reading a stack below its stack pointer (high-water marks) needs no preparation here. */
#define portSTACK_SCAN_PREPARE(low, bytes) ((void)(low), (void)(bytes))

/* ---- Yielding: pend PendSV, which switches tasks once no other handler is active ---- */
#define portNVIC_INT_CTRL_REG  (*((volatile uint32_t *)0xe000ed04))
#define portNVIC_PENDSVSET_BIT (1UL << 28UL)

/* The barriers make the switch happen before the next instruction of the caller. */
#define portYIELD()                                                                                \
    do                                                                                             \
    {                                                                                              \
        portNVIC_INT_CTRL_REG = portNVIC_PENDSVSET_BIT;                                            \
        __asm volatile("dsb" ::: "memory");                                                        \
        __asm volatile("isb");                                                                     \
    } while (0)
#define portYIELD_WITHIN_API portYIELD

/* From an interrupt, only the pend: PendSV is the least urgent exception, so it cannot
 * preempt the running handler and is taken (tail-chained) when the handlers return;
 * barriers would not make it come any sooner. */
#define portEND_SWITCHING_ISR(xSwitchRequired)                                                     \
    do                                                                                             \
    {                                                                                              \
        if ((xSwitchRequired) != pdFALSE)                                                          \
        {                                                                                          \
            traceISR_EXIT_TO_SCHEDULER();                                                          \
            portNVIC_INT_CTRL_REG = portNVIC_PENDSVSET_BIT;                                        \
        }                                                                                          \
        else                                                                                       \
        {                                                                                          \
            traceISR_EXIT();                                                                       \
        }                                                                                          \
    } while (0)
#define portYIELD_FROM_ISR(x) portEND_SWITCHING_ISR(x)

    /* ---- Interrupt masking ----
     * An MSR that raises the execution priority takes effect for the very next instruction
     * (ARMv7-M), so masking needs no barrier; the "memory" clobbers keep the compiler from
     * moving memory accesses across the mask. */
    static portFORCE_INLINE void vPortRaiseBASEPRI(void)
    {
        uint32_t ulNewBASEPRI = configMAX_SYSCALL_INTERRUPT_PRIORITY;
        __asm volatile("msr basepri, %0" : : "r"(ulNewBASEPRI) : "memory");
    }

    static portFORCE_INLINE uint32_t ulPortRaiseBASEPRI(void)
    {
        uint32_t ulOriginalBASEPRI;
        uint32_t ulNewBASEPRI = configMAX_SYSCALL_INTERRUPT_PRIORITY;
        __asm volatile("mrs %0, basepri\n\t"
                       "msr basepri, %1"
                       : "=&r"(ulOriginalBASEPRI)
                       : "r"(ulNewBASEPRI)
                       : "memory");
        return ulOriginalBASEPRI;
    }

    static portFORCE_INLINE void vPortSetBASEPRI(uint32_t ulNewMaskValue)
    {
        __asm volatile("msr basepri, %0" : : "r"(ulNewMaskValue) : "memory");
    }

    /* pdTRUE when called from an exception handler (IPSR holds an exception number). */
    static portFORCE_INLINE BaseType_t xPortIsInsideInterrupt(void)
    {
        uint32_t ulCurrentInterrupt;
        __asm volatile("mrs %0, ipsr" : "=r"(ulCurrentInterrupt) : : "memory");
        return (ulCurrentInterrupt == 0U) ? 0 : 1;
    }

#define portDISABLE_INTERRUPTS()             vPortRaiseBASEPRI()
#define portENABLE_INTERRUPTS()              vPortSetBASEPRI(0)
#define portSET_INTERRUPT_MASK_FROM_ISR()    ulPortRaiseBASEPRI()
#define portCLEAR_INTERRUPT_MASK_FROM_ISR(x) vPortSetBASEPRI(x)

    /* Critical sections for tasks nest with a counter; interrupts use the FROM_ISR pair. */
    void vPortEnterCritical(void);
    void vPortExitCritical(void);
#define portENTER_CRITICAL() vPortEnterCritical()
#define portEXIT_CRITICAL()  vPortExitCritical()

/* ---- Task functions ---- */
#define portTASK_FUNCTION_PROTO(vFunction, pvParameters) void vFunction(void *pvParameters)
#define portTASK_FUNCTION(vFunction, pvParameters)       void vFunction(void *pvParameters)

/* ---- Tickless idle ---- */
#ifndef portSUPPRESS_TICKS_AND_SLEEP
    extern void vPortSuppressTicksAndSleep(TickType_t xExpectedIdleTime);
#define portSUPPRESS_TICKS_AND_SLEEP(xExpectedIdleTime)                                            \
    vPortSuppressTicksAndSleep(xExpectedIdleTime)
#endif

/* ---- Task selection with CLZ ---- */
#ifndef configUSE_PORT_OPTIMISED_TASK_SELECTION
#define configUSE_PORT_OPTIMISED_TASK_SELECTION 1
#endif

#if (configUSE_PORT_OPTIMISED_TASK_SELECTION == 1)
#if (configMAX_PRIORITIES > 32)
#error configUSE_PORT_OPTIMISED_TASK_SELECTION is 1: configMAX_PRIORITIES must be at most 32.
#endif

    /* Not volatile: a pure computation the compiler may schedule (CLZ of 0 is 32). */
    static portFORCE_INLINE uint8_t ucPortCountLeadingZeros(uint32_t ulBitmap)
    {
        uint32_t ulZeros;
        __asm("clz %0, %1" : "=r"(ulZeros) : "r"(ulBitmap));
        return (uint8_t)ulZeros;
    }

#define portRECORD_READY_PRIORITY(uxPriority, uxReadyPriorities)                                   \
    (uxReadyPriorities) |= (1UL << (uxPriority))
#define portRESET_READY_PRIORITY(uxPriority, uxReadyPriorities)                                    \
    (uxReadyPriorities) &= ~(1UL << (uxPriority))
    /* 32-bit CLZ for the kernel's selection: no narrowing to uint8_t on the switch path. */
    static portFORCE_INLINE uint32_t port_count_leading_zeros(uint32_t ulBitmap)
    {
        uint32_t ulZeros;
        __asm("clz %0, %1" : "=r"(ulZeros) : "r"(ulBitmap));
        return ulZeros;
    }

#define portGET_HIGHEST_PRIORITY(uxTopPriority, uxReadyPriorities)                                 \
    uxTopPriority = (31UL - port_count_leading_zeros((uxReadyPriorities)))
#endif

/* ---- Checks that need configASSERT ---- */
#ifdef configASSERT
    /* Asserts that the running interrupt may call the FreeRTOS API (its priority is at or below
     * configMAX_SYSCALL_INTERRUPT_PRIORITY) and that every priority bit preempts. */
    void vPortValidateInterruptPriority(void);
#define portASSERT_IF_INTERRUPT_PRIORITY_INVALID() vPortValidateInterruptPriority()
#define portASSERT_IF_IN_ISR()                     configASSERT(xPortIsInsideInterrupt() == 0)
#endif

#ifdef __cplusplus
}
#endif

#endif /* PORTMACRO_H */
