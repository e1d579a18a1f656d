/*
 * message_buffer.h - message buffers: stream buffers that keep message boundaries. Each
 * message is stored after its length (a configMESSAGE_BUFFER_LENGTH_TYPE, size_t unless
 * configured), is written whole or not at all, and is read whole into a buffer large
 * enough for it. The FreeRTOS V11 API: every call maps onto stream_buffer.h.
 */
#ifndef FREERTOS_MESSAGE_BUFFER_H
#define FREERTOS_MESSAGE_BUFFER_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before message_buffer.h"
#endif

#include "stream_buffer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A handle to a message buffer. */
typedef StreamBufferHandle_t MessageBufferHandle_t;

/* Creates a message buffer of xBufferSizeBytes bytes (more than the length field) from
 * the heap; NULL when out of memory or too small. */
#define xMessageBufferCreate(xBufferSizeBytes)                                                     \
    xStreamBufferGenericCreate((xBufferSizeBytes), (size_t)0, sbTYPE_MESSAGE_BUFFER, NULL, NULL)

/* The same in caller memory (pucMessageBufferStorageArea: xBufferSizeBytes bytes, of which
 * xBufferSizeBytes - 1 are used, as in FreeRTOS). */
#define xMessageBufferCreateStatic(xBufferSizeBytes, pucMessageBufferStorageArea,                  \
                                   pxStaticMessageBuffer)                                          \
    xStreamBufferGenericCreateStatic((xBufferSizeBytes), 0, sbTYPE_MESSAGE_BUFFER,                 \
                                     (pucMessageBufferStorageArea), (pxStaticMessageBuffer), NULL, \
                                     NULL)

#if (configUSE_SB_COMPLETED_CALLBACK == 1)
#define xMessageBufferCreateWithCallback(xBufferSizeBytes, pxSendCompletedCallback,                \
                                         pxReceiveCompletedCallback)                               \
    xStreamBufferGenericCreate((xBufferSizeBytes), (size_t)0, sbTYPE_MESSAGE_BUFFER,               \
                               (pxSendCompletedCallback), (pxReceiveCompletedCallback))
#define xMessageBufferCreateStaticWithCallback(xBufferSizeBytes, pucMessageBufferStorageArea,      \
                                               pxStaticMessageBuffer, pxSendCompletedCallback,     \
                                               pxReceiveCompletedCallback)                         \
    xStreamBufferGenericCreateStatic((xBufferSizeBytes), 0, sbTYPE_MESSAGE_BUFFER,                 \
                                     (pucMessageBufferStorageArea), (pxStaticMessageBuffer),       \
                                     (pxSendCompletedCallback), (pxReceiveCompletedCallback))
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
#define xMessageBufferGetStaticBuffers(xMessageBuffer, ppucMessageBufferStorageArea,               \
                                       ppxStaticMessageBuffer)                                     \
    xStreamBufferGetStaticBuffers((xMessageBuffer), (ppucMessageBufferStorageArea),                \
                                  (ppxStaticMessageBuffer))
#endif

/* Writes one message whole, waiting up to xTicksToWait for room; returns its length, or
 * 0 if it did not fit in time (or never can). */
#define xMessageBufferSend(xMessageBuffer, pvTxData, xDataLengthBytes, xTicksToWait)               \
    xStreamBufferSend((xMessageBuffer), (pvTxData), (xDataLengthBytes), (xTicksToWait))
#define xMessageBufferSendFromISR(xMessageBuffer, pvTxData, xDataLengthBytes,                      \
                                  pxHigherPriorityTaskWoken)                                       \
    xStreamBufferSendFromISR((xMessageBuffer), (pvTxData), (xDataLengthBytes),                     \
                             (pxHigherPriorityTaskWoken))

/* Reads the next message if it fits in xBufferLengthBytes, waiting up to xTicksToWait for
 * one; returns its length, or 0. */
#define xMessageBufferReceive(xMessageBuffer, pvRxData, xBufferLengthBytes, xTicksToWait)          \
    xStreamBufferReceive((xMessageBuffer), (pvRxData), (xBufferLengthBytes), (xTicksToWait))
#define xMessageBufferReceiveFromISR(xMessageBuffer, pvRxData, xBufferLengthBytes,                 \
                                     pxHigherPriorityTaskWoken)                                    \
    xStreamBufferReceiveFromISR((xMessageBuffer), (pvRxData), (xBufferLengthBytes),                \
                                (pxHigherPriorityTaskWoken))

#define vMessageBufferDelete(xMessageBuffer) vStreamBufferDelete(xMessageBuffer)
#define xMessageBufferIsFull(xMessageBuffer) xStreamBufferIsFull(xMessageBuffer)
#define xMessageBufferIsEmpty(xMessageBuffer) xStreamBufferIsEmpty(xMessageBuffer)
#define xMessageBufferReset(xMessageBuffer) xStreamBufferReset(xMessageBuffer)
#define xMessageBufferResetFromISR(xMessageBuffer) xStreamBufferResetFromISR(xMessageBuffer)

/* Free bytes; a message of up to this minus the length field's size fits. */
#define xMessageBufferSpaceAvailable(xMessageBuffer) xStreamBufferSpacesAvailable(xMessageBuffer)
#define xMessageBufferSpacesAvailable(xMessageBuffer) xStreamBufferSpacesAvailable(xMessageBuffer)

/* The length of the next message, 0 if none. */
#define xMessageBufferNextLengthBytes(xMessageBuffer)                                              \
    xStreamBufferNextMessageLengthBytes(xMessageBuffer)

#define xMessageBufferSendCompletedFromISR(xMessageBuffer, pxHigherPriorityTaskWoken)              \
    xStreamBufferSendCompletedFromISR((xMessageBuffer), (pxHigherPriorityTaskWoken))
#define xMessageBufferReceiveCompletedFromISR(xMessageBuffer, pxHigherPriorityTaskWoken)           \
    xStreamBufferReceiveCompletedFromISR((xMessageBuffer), (pxHigherPriorityTaskWoken))

#ifdef __cplusplus
}
#endif

#endif /* FREERTOS_MESSAGE_BUFFER_H */
