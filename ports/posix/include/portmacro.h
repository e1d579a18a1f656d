/*
 * portmacro.h (posix) - the Linux simulator's port definitions. All tasks run on one host
 * thread; "interrupts" are host events (timer signals, other host threads) that the port
 * delivers between instructions of our own code, so the simulator behaves like a
 * single-core MCU: masking interrupts is a plain flag, and a switch asked for while
 * interrupts are masked happens when they are unmasked, as PendSV does on Cortex-M.
 */
#ifndef PORTMACRO_H
#define PORTMACRO_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define portCHAR       char
#define portFLOAT      float
#define portDOUBLE     double
#define portLONG       long
#define portSHORT      short
#define portSTACK_TYPE unsigned long
#define portBASE_TYPE  long
#define portPOINTER_SIZE_TYPE uintptr_t

typedef portSTACK_TYPE StackType_t;
typedef long BaseType_t;
typedef unsigned long UBaseType_t;

#if (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_16_BITS)
typedef uint16_t TickType_t;
#define portMAX_DELAY ((TickType_t)0xffffU)
#elif (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_32_BITS)
typedef uint32_t TickType_t;
#define portMAX_DELAY ((TickType_t)0xffffffffUL)
#elif (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_64_BITS)
typedef uint64_t TickType_t;
#define portMAX_DELAY ((TickType_t)0xffffffffffffffffULL)
#else
#error configTICK_TYPE_WIDTH_IN_BITS must be TICK_TYPE_WIDTH_16_BITS, _32_BITS or _64_BITS.
#endif
#define portTICK_TYPE_IS_ATOMIC 1

#define portSTACK_GROWTH   (-1)
#define portTICK_PERIOD_MS ((TickType_t)1000 / configTICK_RATE_HZ)
#define portBYTE_ALIGNMENT 16
#define portARCH_NAME      "posix"

/* The port learns both ends of each stack (to describe it to AddressSanitizer and
 * valgrind). */
#define portHAS_STACK_OVERFLOW_CHECKING 1

/* A task needs room for its initial frame, the port's bookkeeping and a signal frame. */
#define portMINIMUM_TASK_STACK_WORDS 1024U

#define portTASK_FUNCTION_PROTO(vFunction, pvParameters) void vFunction(void *pvParameters)
#define portTASK_FUNCTION(vFunction, pvParameters)       void vFunction(void *pvParameters)

#define portNOP()
#define portINLINE             __inline
#define portFORCE_INLINE       inline __attribute__((always_inline))
#define portDONT_DISCARD       __attribute__((used))
#define portMEMORY_BARRIER()   __asm volatile("" ::: "memory")
#define portSOFTWARE_BARRIER() portMEMORY_BARRIER()

/* The simulated CPU: what the kernel's inline critical sections need to see. */
struct port_sim_cpu
{
    volatile int masked;              /* interrupts masked (BASEPRI != 0 on Cortex-M) */
    volatile int in_isr;              /* a simulated interrupt handler is running */
    volatile int switch_pending;      /* a context switch is wanted (PendSV pended) */
    volatile uint32_t irq_pending;    /* raised interrupt lines; set from any thread */
    UBaseType_t critical_nesting;     /* taskENTER_CRITICAL() depth */
};
extern struct port_sim_cpu port_sim_cpu;

/* Takes pending interrupts and context switches; called when interrupts are unmasked. */
void vPortSimService(void);

static inline UBaseType_t xPortSetInterruptMask(void)
{
    UBaseType_t was = (UBaseType_t)port_sim_cpu.masked;
    port_sim_cpu.masked = 1;
    portMEMORY_BARRIER();
    return was;
}

static inline void vPortClearInterruptMask(UBaseType_t was)
{
    portMEMORY_BARRIER();
    port_sim_cpu.masked = (int)was;
    portMEMORY_BARRIER();
    if (was == 0U && (port_sim_cpu.switch_pending | (int)port_sim_cpu.irq_pending) != 0)
    {
        vPortSimService();
    }
}

void vPortEnterCritical(void);
void vPortExitCritical(void);
void vPortYield(void);
void vPortYieldFromISR(BaseType_t xSwitchRequired);
void vPortValidateInterruptPriority(void);
void vPortSimIdle(void);
void vPortSimPreTaskDelete(void *pvTaskToDelete);
void vPortSimCleanUpTask(void *pxTCB);

#define portSET_INTERRUPT_MASK_FROM_ISR()         xPortSetInterruptMask()
#define portCLEAR_INTERRUPT_MASK_FROM_ISR(x)      vPortClearInterruptMask((UBaseType_t)(x))
#define portDISABLE_INTERRUPTS()                  ((void)xPortSetInterruptMask())
#define portENABLE_INTERRUPTS()                   vPortClearInterruptMask(0U)
#define portENTER_CRITICAL()                      vPortEnterCritical()
#define portEXIT_CRITICAL()                       vPortExitCritical()
#define portYIELD()                               vPortYield()
#define portYIELD_FROM_ISR(x)                     vPortYieldFromISR((BaseType_t)(x))
#define portEND_SWITCHING_ISR(x)                  vPortYieldFromISR((BaseType_t)(x))
#define portASSERT_IF_IN_ISR()                    configASSERT(port_sim_cpu.in_isr == 0)
#define portASSERT_IF_INTERRUPT_PRIORITY_INVALID() vPortValidateInterruptPriority()
#define portTERN_IDLE_HOOK()                      vPortSimIdle()
#define portPRE_TASK_DELETE_HOOK(pvTaskToDelete, pxYieldPending)                                   \
    vPortSimPreTaskDelete(pvTaskToDelete)
#define portCLEAN_UP_TCB(pxTCB)                   vPortSimCleanUpTask(pxTCB)
void vPortSimStackScan(const void *low, size_t bytes);
#define portSTACK_SCAN_PREPARE(low, bytes)        vPortSimStackScan((low), (bytes))

/* Task selection with the host's count-leading-zeros instruction. */
#ifndef configUSE_PORT_OPTIMISED_TASK_SELECTION
#define configUSE_PORT_OPTIMISED_TASK_SELECTION 1
#endif
#if (configUSE_PORT_OPTIMISED_TASK_SELECTION == 1)
#define portRECORD_READY_PRIORITY(uxPriority, uxReadyPriorities)                                  \
    ((uxReadyPriorities) |= (1UL << (uxPriority)))
#define portRESET_READY_PRIORITY(uxPriority, uxReadyPriorities)                                   \
    ((uxReadyPriorities) &= ~(1UL << (uxPriority)))
#define portGET_HIGHEST_PRIORITY(uxTopPriority, uxReadyPriorities)                                \
    ((uxTopPriority) = (31UL - (UBaseType_t)__builtin_clz((uint32_t)(uxReadyPriorities))))
#endif

/* Run-time statistics use the host's monotonic clock in microseconds. */
unsigned long ulPortSimRunTimeCounter(void);
#ifndef portGET_RUN_TIME_COUNTER_VALUE
#define portGET_RUN_TIME_COUNTER_VALUE() ulPortSimRunTimeCounter()
#endif
#ifndef portCONFIGURE_TIMER_FOR_RUN_TIME_STATS
#define portCONFIGURE_TIMER_FOR_RUN_TIME_STATS()
#endif

#ifdef __cplusplus
}
#endif

#endif /* PORTMACRO_H */
