/*
 * atomic.h - FreeRTOS's atomic operations on 32-bit values and pointers: compare-and-swap,
 * swap, add/subtract/increment/decrement and bitwise OR/AND/NAND/XOR. Each runs with
 * interrupts masked, so it is atomic against tasks and interrupts on a single core; each
 * may be called from a task or an interrupt and never blocks. Header only.
 */
#ifndef ATOMIC_H
#define ATOMIC_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before atomic.h"
#endif

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The section every operation runs in. On ports with nested interrupts the interrupt mask
 * is saved and restored (usable from interrupts too); ATOMIC_ENTER_CRITICAL() declares the
 * variable that holds it, so each ENTER needs its EXIT in the same block. */
#if (portHAS_NESTED_INTERRUPTS == 1)
#define ATOMIC_ENTER_CRITICAL()                                                                    \
    UBaseType_t uxCriticalSectionType = (UBaseType_t)portSET_INTERRUPT_MASK_FROM_ISR()
#define ATOMIC_EXIT_CRITICAL() portCLEAR_INTERRUPT_MASK_FROM_ISR(uxCriticalSectionType)
#else
#define ATOMIC_ENTER_CRITICAL() portENTER_CRITICAL()
#define ATOMIC_EXIT_CRITICAL()  portEXIT_CRITICAL()
#endif

/* Inlining is only an optimisation here. */
#ifndef portFORCE_INLINE
#define portFORCE_INLINE
#endif

/* What the compare-and-swap operations return. */
#define ATOMIC_COMPARE_AND_SWAP_SUCCESS 0x1U /* *destination held the comparand: swapped. */
#define ATOMIC_COMPARE_AND_SWAP_FAILURE 0x0U /* it did not: left unchanged. */

/* If *pulDestination equals ulComparand, stores ulExchange there.
 * Returns ATOMIC_COMPARE_AND_SWAP_SUCCESS if it stored, ..._FAILURE otherwise. */
static portFORCE_INLINE uint32_t Atomic_CompareAndSwap_u32(uint32_t volatile *pulDestination,
                                                           uint32_t ulExchange,
                                                           uint32_t ulComparand)
{
    uint32_t ulSwapped = ATOMIC_COMPARE_AND_SWAP_FAILURE;
    ATOMIC_ENTER_CRITICAL();
    if (*pulDestination == ulComparand)
    {
        *pulDestination = ulExchange;
        ulSwapped = ATOMIC_COMPARE_AND_SWAP_SUCCESS;
    }
    ATOMIC_EXIT_CRITICAL();
    return ulSwapped;
}

/* Stores pvExchange in *ppvDestination; returns the pointer that was there. */
static portFORCE_INLINE void *Atomic_SwapPointers_p32(void *volatile *ppvDestination,
                                                      void *pvExchange)
{
    void *pvPrevious;
    ATOMIC_ENTER_CRITICAL();
    pvPrevious = *ppvDestination;
    *ppvDestination = pvExchange;
    ATOMIC_EXIT_CRITICAL();
    return pvPrevious;
}

/* If *ppvDestination equals pvComparand, stores pvExchange there.
 * Returns ATOMIC_COMPARE_AND_SWAP_SUCCESS if it stored, ..._FAILURE otherwise. */
static portFORCE_INLINE uint32_t Atomic_CompareAndSwapPointers_p32(void *volatile *ppvDestination,
                                                                   void *pvExchange,
                                                                   void *pvComparand)
{
    uint32_t ulSwapped = ATOMIC_COMPARE_AND_SWAP_FAILURE;
    ATOMIC_ENTER_CRITICAL();
    if (*ppvDestination == pvComparand)
    {
        *ppvDestination = pvExchange;
        ulSwapped = ATOMIC_COMPARE_AND_SWAP_SUCCESS;
    }
    ATOMIC_EXIT_CRITICAL();
    return ulSwapped;
}

/* The arithmetic and bitwise operations below update *pul... (modulo 2^32) and return the
 * value it held before. */

/* *pulAddend += ulCount. */
static portFORCE_INLINE uint32_t Atomic_Add_u32(uint32_t volatile *pulAddend, uint32_t ulCount)
{
    uint32_t ulBefore;
    ATOMIC_ENTER_CRITICAL();
    ulBefore = *pulAddend;
    *pulAddend = ulBefore + ulCount;
    ATOMIC_EXIT_CRITICAL();
    return ulBefore;
}

/* *pulAddend -= ulCount. */
static portFORCE_INLINE uint32_t Atomic_Subtract_u32(uint32_t volatile *pulAddend,
                                                     uint32_t ulCount)
{
    uint32_t ulBefore;
    ATOMIC_ENTER_CRITICAL();
    ulBefore = *pulAddend;
    *pulAddend = ulBefore - ulCount;
    ATOMIC_EXIT_CRITICAL();
    return ulBefore;
}

/* *pulAddend += 1. */
static portFORCE_INLINE uint32_t Atomic_Increment_u32(uint32_t volatile *pulAddend)
{
    return Atomic_Add_u32(pulAddend, 1U);
}

/* *pulAddend -= 1. */
static portFORCE_INLINE uint32_t Atomic_Decrement_u32(uint32_t volatile *pulAddend)
{
    return Atomic_Subtract_u32(pulAddend, 1U);
}

/* *pulDestination |= ulValue. */
static portFORCE_INLINE uint32_t Atomic_OR_u32(uint32_t volatile *pulDestination, uint32_t ulValue)
{
    uint32_t ulBefore;
    ATOMIC_ENTER_CRITICAL();
    ulBefore = *pulDestination;
    *pulDestination = ulBefore | ulValue;
    ATOMIC_EXIT_CRITICAL();
    return ulBefore;
}

/* *pulDestination &= ulValue. */
static portFORCE_INLINE uint32_t Atomic_AND_u32(uint32_t volatile *pulDestination, uint32_t ulValue)
{
    uint32_t ulBefore;
    ATOMIC_ENTER_CRITICAL();
    ulBefore = *pulDestination;
    *pulDestination = ulBefore & ulValue;
    ATOMIC_EXIT_CRITICAL();
    return ulBefore;
}

/* *pulDestination = ~(*pulDestination & ulValue). */
static portFORCE_INLINE uint32_t Atomic_NAND_u32(uint32_t volatile *pulDestination,
                                                 uint32_t ulValue)
{
    uint32_t ulBefore;
    ATOMIC_ENTER_CRITICAL();
    ulBefore = *pulDestination;
    *pulDestination = ~(ulBefore & ulValue);
    ATOMIC_EXIT_CRITICAL();
    return ulBefore;
}

/* *pulDestination ^= ulValue. */
static portFORCE_INLINE uint32_t Atomic_XOR_u32(uint32_t volatile *pulDestination, uint32_t ulValue)
{
    uint32_t ulBefore;
    ATOMIC_ENTER_CRITICAL();
    ulBefore = *pulDestination;
    *pulDestination = ulBefore ^ ulValue;
    ATOMIC_EXIT_CRITICAL();
    return ulBefore;
}

#ifdef __cplusplus
}
#endif

#endif /* ATOMIC_H */
