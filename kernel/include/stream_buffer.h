/*
 * stream_buffer.h - stream buffers: a byte ring from one writer to one reader (task or
 * ISR) that blocks the reader until a trigger level of bytes is there and the writer until
 * there is room; also the base of message buffers (message_buffer.h) and batching buffers.
 * The FreeRTOS V11 API with the same names, signatures and semantics. Implemented in
 * kernel/src/stream_buffer.c.
 *
 * Like FreeRTOS, a buffer expects one writer and one reader at a time: more than one task
 * (or ISR) writing, or reading, at once must be serialised by the application (a mutex, a
 * critical section).
 */
#ifndef STREAM_BUFFER_H
#define STREAM_BUFFER_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before stream_buffer.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* What xStreamBufferGenericCreate() makes. */
#define sbTYPE_STREAM_BUFFER          ((BaseType_t)0)
#define sbTYPE_MESSAGE_BUFFER         ((BaseType_t)1)
#define sbTYPE_STREAM_BATCHING_BUFFER ((BaseType_t)2)

/* A handle to a stream (or message, or batching) buffer. */
struct StreamBufferDef_t;
typedef struct StreamBufferDef_t *StreamBufferHandle_t;

/* A send- or receive-completed callback (configUSE_SB_COMPLETED_CALLBACK): called instead
 * of the default wake-up of the other side, with xIsInsideISR pdTRUE and the ISR's woken
 * flag when the data moved in an ISR. */
typedef void (*StreamBufferCallbackFunction_t)(StreamBufferHandle_t xStreamBuffer,
                                               BaseType_t xIsInsideISR,
                                               BaseType_t *const pxHigherPriorityTaskWoken);

/* ---- Creating ---- */

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
/* Creates a buffer from the heap that holds xBufferSizeBytes bytes (for a message buffer,
 * each message also takes sizeof(configMESSAGE_BUFFER_LENGTH_TYPE) bytes for its length).
 * xTriggerLevelBytes (0 counts as 1, at most xBufferSizeBytes): how many bytes must be in
 * an empty buffer before a reader blocked on it wakes; message buffers ignore it. Returns
 * NULL when out of memory or for a bad size, trigger level or type. Not from an ISR. */
StreamBufferHandle_t xStreamBufferGenericCreate(size_t xBufferSizeBytes, size_t xTriggerLevelBytes,
                                                BaseType_t xStreamBufferType,
                                                StreamBufferCallbackFunction_t pxSendCompletedCallback,
                                                StreamBufferCallbackFunction_t pxReceiveCompletedCallback) PRIVILEGED_FUNCTION;
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
/* The same in caller memory: pucStreamBufferStorageArea holds xBufferSizeBytes bytes, of
 * which the buffer uses xBufferSizeBytes - 1 (as in FreeRTOS), and pxStaticStreamBuffer
 * the buffer's structure. NULL if either is NULL or an argument is bad. */
StreamBufferHandle_t xStreamBufferGenericCreateStatic(size_t xBufferSizeBytes,
                                                      size_t xTriggerLevelBytes,
                                                      BaseType_t xStreamBufferType,
                                                      uint8_t *const pucStreamBufferStorageArea,
                                                      StaticStreamBuffer_t *const pxStaticStreamBuffer,
                                                      StreamBufferCallbackFunction_t pxSendCompletedCallback,
                                                      StreamBufferCallbackFunction_t pxReceiveCompletedCallback) PRIVILEGED_FUNCTION;

/* Reports the buffers of a statically created stream buffer. Returns pdFALSE for one from
 * the heap (or bad arguments). */
BaseType_t xStreamBufferGetStaticBuffers(StreamBufferHandle_t xStreamBuffer,
                                         uint8_t **ppucStreamBufferStorageArea,
                                         StaticStreamBuffer_t **ppxStaticStreamBuffer) PRIVILEGED_FUNCTION;
#endif

#define xStreamBufferCreate(xBufferSizeBytes, xTriggerLevelBytes)                                  \
    xStreamBufferGenericCreate((xBufferSizeBytes), (xTriggerLevelBytes), sbTYPE_STREAM_BUFFER,    \
                               NULL, NULL)
#define xStreamBufferCreateStatic(xBufferSizeBytes, xTriggerLevelBytes, pucStreamBufferStorageArea, \
                                  pxStaticStreamBuffer)                                            \
    xStreamBufferGenericCreateStatic((xBufferSizeBytes), (xTriggerLevelBytes),                     \
                                     sbTYPE_STREAM_BUFFER, (pucStreamBufferStorageArea),           \
                                     (pxStaticStreamBuffer), NULL, NULL)

/* A batching buffer is a stream buffer whose reader, even when data is there, waits until
 * more than the trigger level of bytes is (or its block time ends, then reading nothing). */
#define xStreamBatchingBufferCreate(xBufferSizeBytes, xTriggerLevelBytes)                          \
    xStreamBufferGenericCreate((xBufferSizeBytes), (xTriggerLevelBytes),                           \
                               sbTYPE_STREAM_BATCHING_BUFFER, NULL, NULL)
#define xStreamBatchingBufferCreateStatic(xBufferSizeBytes, xTriggerLevelBytes,                    \
                                          pucStreamBufferStorageArea, pxStaticStreamBuffer)        \
    xStreamBufferGenericCreateStatic((xBufferSizeBytes), (xTriggerLevelBytes),                     \
                                     sbTYPE_STREAM_BATCHING_BUFFER, (pucStreamBufferStorageArea),  \
                                     (pxStaticStreamBuffer), NULL, NULL)

#if (configUSE_SB_COMPLETED_CALLBACK == 1)
#define xStreamBufferCreateWithCallback(xBufferSizeBytes, xTriggerLevelBytes,                      \
                                        pxSendCompletedCallback, pxReceiveCompletedCallback)       \
    xStreamBufferGenericCreate((xBufferSizeBytes), (xTriggerLevelBytes), sbTYPE_STREAM_BUFFER,    \
                               (pxSendCompletedCallback), (pxReceiveCompletedCallback))
#define xStreamBufferCreateStaticWithCallback(xBufferSizeBytes, xTriggerLevelBytes,                \
                                              pucStreamBufferStorageArea, pxStaticStreamBuffer,    \
                                              pxSendCompletedCallback, pxReceiveCompletedCallback) \
    xStreamBufferGenericCreateStatic((xBufferSizeBytes), (xTriggerLevelBytes),                     \
                                     sbTYPE_STREAM_BUFFER, (pucStreamBufferStorageArea),           \
                                     (pxStaticStreamBuffer), (pxSendCompletedCallback),            \
                                     (pxReceiveCompletedCallback))
#define xStreamBatchingBufferCreateWithCallback(xBufferSizeBytes, xTriggerLevelBytes,              \
                                                pxSendCompletedCallback,                           \
                                                pxReceiveCompletedCallback)                        \
    xStreamBufferGenericCreate((xBufferSizeBytes), (xTriggerLevelBytes),                           \
                               sbTYPE_STREAM_BATCHING_BUFFER, (pxSendCompletedCallback),           \
                               (pxReceiveCompletedCallback))
#define xStreamBatchingBufferCreateStaticWithCallback(                                             \
    xBufferSizeBytes, xTriggerLevelBytes, pucStreamBufferStorageArea, pxStaticStreamBuffer,       \
    pxSendCompletedCallback, pxReceiveCompletedCallback)                                           \
    xStreamBufferGenericCreateStatic((xBufferSizeBytes), (xTriggerLevelBytes),                     \
                                     sbTYPE_STREAM_BATCHING_BUFFER, (pucStreamBufferStorageArea),  \
                                     (pxStaticStreamBuffer), (pxSendCompletedCallback),            \
                                     (pxReceiveCompletedCallback))
#endif

/* Deletes a buffer. Tasks blocked on it wake and their call returns 0. */
void vStreamBufferDelete(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* ---- Sending and receiving ---- */

/* Copies up to xDataLengthBytes bytes in, waiting up to xTicksToWait (portMAX_DELAY:
 * forever when INCLUDE_vTaskSuspend is 1) for room for all of them (or for the whole
 * buffer, if that is less); when the time is up, copies what fits. A message buffer takes a
 * message whole or not at all, and never waits for one larger than it can ever hold.
 * Returns the bytes copied (0 for bad arguments). Not from an ISR. */
size_t xStreamBufferSend(StreamBufferHandle_t xStreamBuffer, const void *pvTxData,
                         size_t xDataLengthBytes, TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* The same without waiting, from an ISR; *pxHigherPriorityTaskWoken (may be NULL) is set
 * when a woken reader outranks the interrupted task. */
size_t xStreamBufferSendFromISR(StreamBufferHandle_t xStreamBuffer, const void *pvTxData,
                                size_t xDataLengthBytes,
                                BaseType_t *const pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* Copies out up to xBufferLengthBytes bytes (a message buffer: the next message, only if it
 * fits in xBufferLengthBytes; it stays otherwise). If the buffer is empty (a batching
 * buffer: holds no more than the trigger level), waits up to xTicksToWait for the trigger
 * level to be reached. Returns the bytes copied: 0 on a timeout with nothing to read. Not
 * from an ISR. */
size_t xStreamBufferReceive(StreamBufferHandle_t xStreamBuffer, void *pvRxData,
                            size_t xBufferLengthBytes, TickType_t xTicksToWait) PRIVILEGED_FUNCTION;

/* The same without waiting, from an ISR (a batching buffer's trigger level plays no part). */
size_t xStreamBufferReceiveFromISR(StreamBufferHandle_t xStreamBuffer, void *pvRxData,
                                   size_t xBufferLengthBytes,
                                   BaseType_t *const pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* ---- State ---- */

/* pdTRUE when nothing more can be written (a message buffer: not even an empty message);
 * pdFALSE otherwise or for NULL. */
BaseType_t xStreamBufferIsFull(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* pdTRUE when the buffer holds nothing; pdFALSE otherwise or for NULL. */
BaseType_t xStreamBufferIsEmpty(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* Empties the buffer. Returns pdPASS, or pdFAIL while a task is blocked on it (or for
 * NULL). The trigger level and callbacks stay; the notification index goes back to
 * tskDEFAULT_INDEX_TO_NOTIFY, as in FreeRTOS. */
BaseType_t xStreamBufferReset(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;
BaseType_t xStreamBufferResetFromISR(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* Free space in bytes (message buffers: lengths take room too); 0 for NULL. */
size_t xStreamBufferSpacesAvailable(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* Bytes held (message buffers: lengths included); 0 for NULL. */
size_t xStreamBufferBytesAvailable(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* Sets the trigger level (0 counts as 1). Returns pdFALSE if it exceeds what the buffer
 * can hold (or for NULL). A reader already waiting wakes if the buffer now holds enough. */
BaseType_t xStreamBufferSetTriggerLevel(StreamBufferHandle_t xStreamBuffer,
                                        size_t xTriggerLevel) PRIVILEGED_FUNCTION;

/* For a buffer whose send- (receive-) completed callback signals another core or device:
 * called there, from an ISR, to wake the task blocked reading (writing) here. Returns
 * pdTRUE if a task was woken; sets *pxHigherPriorityTaskWoken (may be NULL) when it
 * outranks the interrupted task. */
BaseType_t xStreamBufferSendCompletedFromISR(StreamBufferHandle_t xStreamBuffer,
                                             BaseType_t *pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;
BaseType_t xStreamBufferReceiveCompletedFromISR(StreamBufferHandle_t xStreamBuffer,
                                                BaseType_t *pxHigherPriorityTaskWoken) PRIVILEGED_FUNCTION;

/* The length of the next message in a message buffer, 0 if none (or not a message
 * buffer). */
size_t xStreamBufferNextMessageLengthBytes(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;

/* The task notification index FreeRTOS uses to block on this buffer. Tern blocks on the
 * buffer's own lists and never touches notifications: the value is only kept. */
UBaseType_t uxStreamBufferGetStreamBufferNotificationIndex(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;
void vStreamBufferSetStreamBufferNotificationIndex(StreamBufferHandle_t xStreamBuffer,
                                                   UBaseType_t uxNotificationIndex) PRIVILEGED_FUNCTION;

#if (configUSE_TRACE_FACILITY == 1)
/* For trace tools: a number, and whether it is a message buffer (1) or not (0). */
void vStreamBufferSetStreamBufferNumber(StreamBufferHandle_t xStreamBuffer,
                                        UBaseType_t uxStreamBufferNumber) PRIVILEGED_FUNCTION;
UBaseType_t uxStreamBufferGetStreamBufferNumber(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;
uint8_t ucStreamBufferGetStreamBufferType(StreamBufferHandle_t xStreamBuffer) PRIVILEGED_FUNCTION;
#endif

#ifdef __cplusplus
}
#endif

#endif /* STREAM_BUFFER_H */
