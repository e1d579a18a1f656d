/*
 * event_groups.h - event groups: sets of event bits that tasks set, clear and wait for
 * (any or all of several, optionally clearing them on the way out) and meet at
 * (xEventGroupSync). The FreeRTOS V11 API with the same names, signatures and semantics.
 * Implemented in kernel/src/event_groups.c; setting or clearing bits from an interrupt goes
 * through the timer daemon, so the ...FromISR calls need configUSE_TIMERS and
 * INCLUDE_xTimerPendFunctionCall.
 */
#ifndef EVENT_GROUPS_H
#define EVENT_GROUPS_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before event_groups.h"
#endif

#include "timers.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The top byte of EventBits_t is the kernel's (these flags travel with a waiting task);
 * the rest are the application's event bits: 8 with 16-bit ticks, 24 with 32-bit ticks,
 * 56 with 64-bit ticks. */
#if (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_16_BITS)
#define eventCLEAR_EVENTS_ON_EXIT_BIT ((uint16_t)0x0100U)
#define eventUNBLOCKED_DUE_TO_BIT_SET ((uint16_t)0x0200U)
#define eventWAIT_FOR_ALL_BITS        ((uint16_t)0x0400U)
#define eventEVENT_BITS_CONTROL_BYTES ((uint16_t)0xff00U)
#elif (configTICK_TYPE_WIDTH_IN_BITS == TICK_TYPE_WIDTH_32_BITS)
#define eventCLEAR_EVENTS_ON_EXIT_BIT ((uint32_t)0x01000000UL)
#define eventUNBLOCKED_DUE_TO_BIT_SET ((uint32_t)0x02000000UL)
#define eventWAIT_FOR_ALL_BITS        ((uint32_t)0x04000000UL)
#define eventEVENT_BITS_CONTROL_BYTES ((uint32_t)0xff000000UL)
#else
#define eventCLEAR_EVENTS_ON_EXIT_BIT ((uint64_t)0x0100000000000000ULL)
#define eventUNBLOCKED_DUE_TO_BIT_SET ((uint64_t)0x0200000000000000ULL)
#define eventWAIT_FOR_ALL_BITS        ((uint64_t)0x0400000000000000ULL)
#define eventEVENT_BITS_CONTROL_BYTES ((uint64_t)0xff00000000000000ULL)
#endif

/* A handle to an event group. */
struct EventGroupDef_t;
typedef struct EventGroupDef_t *EventGroupHandle_t;

/* A set of event bits: as wide as TickType_t. */
typedef TickType_t EventBits_t;

/* ---- Creating and deleting ---- */

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Creates an event group with every bit clear, from the heap. Returns NULL when out of
 * memory. Not from an ISR. */
EventGroupHandle_t xEventGroupCreate(void) PRIVILEGED_FUNCTION;
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* The same in caller memory; NULL if pxEventGroupBuffer is NULL. */
EventGroupHandle_t xEventGroupCreateStatic(StaticEventGroup_t *pxEventGroupBuffer) PRIVILEGED_FUNCTION;

/* Reports the buffer of a statically created event group. Returns pdFALSE for one from
 * the heap (or bad arguments). */
BaseType_t xEventGroupGetStaticBuffer(EventGroupHandle_t xEventGroup,
                                      StaticEventGroup_t **ppxEventGroupBuffer) PRIVILEGED_FUNCTION;
#endif

/* Deletes an event group. Tasks blocked on it wake at once and their call returns 0. */
void vEventGroupDelete(EventGroupHandle_t xEventGroup) PRIVILEGED_FUNCTION;

/* ---- Waiting ---- */

/* Waits until bits in uxBitsToWaitFor are set: any of them (xWaitForAllBits pdFALSE) or all
 * of them (pdTRUE), for at most xTicksToWait ticks (portMAX_DELAY: forever when
 * INCLUDE_vTaskSuspend is 1). With xClearOnExit pdTRUE, the bits waited for are cleared
 * when the wait succeeds (atomically with the test), never on a timeout.
 * Returns the event bits as they were when the condition was met (before clearing), or,
 * on a timeout, as they are then: test the result to tell which. Returns 0 for a NULL
 * group and the current bits, without waiting, when uxBitsToWaitFor is 0 or holds bits of
 * eventEVENT_BITS_CONTROL_BYTES. Not from an ISR; must not block with the scheduler
 * suspended. */
EventBits_t xEventGroupWaitBits(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToWaitFor,
                                const BaseType_t xClearOnExit, const BaseType_t xWaitForAllBits,
                                TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* ---- Setting and clearing ---- */

/* Sets bits and wakes every task whose wait they satisfy (those that asked clear theirs).
 * Returns the bits after that: bits cleared by woken tasks may already be gone. Bits of
 * eventEVENT_BITS_CONTROL_BYTES are refused: nothing is set and the bits are returned as
 * they are. Returns 0 for a NULL group. Not from an ISR. */
EventBits_t xEventGroupSetBits(EventGroupHandle_t xEventGroup,
                               const EventBits_t uxBitsToSet) PRIVILEGED_FUNCTION;

/* Clears bits; returns the bits as they were before (0 for a NULL group). Bits of
 * eventEVENT_BITS_CONTROL_BYTES are refused (nothing is cleared). Not from an ISR. */
EventBits_t xEventGroupClearBits(EventGroupHandle_t xEventGroup,
                                 const EventBits_t uxBitsToClear) PRIVILEGED_FUNCTION;

/* The current bits. */
#define xEventGroupGetBits(xEventGroup) xEventGroupClearBits((xEventGroup), 0)

/* The current bits, from an ISR (0 for a NULL group). */
EventBits_t xEventGroupGetBitsFromISR(EventGroupHandle_t xEventGroup) PRIVILEGED_FUNCTION;

#if (configUSE_TIMERS == 1) && (INCLUDE_xTimerPendFunctionCall == 1)
/* From an ISR: has the timer daemon set (or clear) the bits, since waking any number of
 * tasks is too long a job for an interrupt. Returns pdPASS once queued, pdFAIL if the
 * daemon's queue is full, the group is NULL, or a bit is a control bit or does not fit in
 * 32 bits (the daemon's argument). *pxHigherPriorityTaskWoken (may be NULL) is set when
 * the daemon should run at the end of the interrupt. */
BaseType_t xEventGroupSetBitsFromISR(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet,
                                     BaseType_t *pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;
BaseType_t xEventGroupClearBitsFromISR(EventGroupHandle_t xEventGroup,
                                       const EventBits_t uxBitsToClear) PRIVILEGED_FUNCTION;
#endif

/* ---- Rendezvous ---- */

/* Sets uxBitsToSet, then waits (at most xTicksToWait) until every bit of uxBitsToWaitFor
 * is set, and clears those bits as it succeeds: each task taking part sets its own bit
 * and waits for everyone's. Returns the bits as they were when the rendezvous completed
 * (before clearing), or as they are on a timeout. Returns 0, doing nothing, for a NULL
 * group or when uxBitsToWaitFor is 0 or either argument holds control bits. Not from an
 * ISR. */
EventBits_t xEventGroupSync(EventGroupHandle_t xEventGroup, const EventBits_t uxBitsToSet,
                            const EventBits_t uxBitsToWaitFor,
                            TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* ---- For xTimerPendFunctionCall (what the ...FromISR calls pend) ---- */
void vEventGroupSetBitsCallback(void *pvEventGroup, uint32_t ulBitsToSet) PRIVILEGED_FUNCTION;
void vEventGroupClearBitsCallback(void *pvEventGroup, uint32_t ulBitsToClear) PRIVILEGED_FUNCTION;

#if (configUSE_TRACE_FACILITY == 1)
/* A number for trace tools. */
UBaseType_t uxEventGroupGetNumber(void *xEventGroup) PRIVILEGED_FUNCTION;
void vEventGroupSetNumber(void *xEventGroup, UBaseType_t uxEventGroupNumber) PRIVILEGED_FUNCTION;
#endif

#ifdef __cplusplus
}
#endif

#endif /* EVENT_GROUPS_H */
