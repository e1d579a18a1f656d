/*
 * stream_buffer.c - stream buffers, message buffers (messages stored after their length)
 * and batching buffers: a byte ring with one writer and one reader, which block on the
 * buffer's own wait lists (never on task notifications). Relies on wait.c and tick.c to
 * block and wake, and on wait.c's wait_within_budget() for the wait-with-remaining-time step.
 *
 * The ring keeps one byte free so that head == tail means empty, as in FreeRTOS (a buffer
 * created from the heap gets one byte more than asked for; a static one uses one byte
 * less than its storage). The writer copies into free space and the reader out of held
 * data with interrupts enabled; each then publishes its index, and wakes the other side,
 * with interrupts masked. That is safe because only the writer moves head and only the
 * reader moves tail.
 */
#include "queue_internal.h"
#include "stream_buffer.h"

#include <string.h>

#if (configUSE_STREAM_BUFFERS == 1)

/* The creation type's value is the flags it implies (checked below). */
#define SB_MESSAGE  0x01U /* holds messages, each after its length */
#define SB_BATCHING 0x02U /* reader waits for more than the trigger level */
#define SB_STATIC   0x04U /* caller memory: never freed */
KERNEL_STATIC_ASSERT(type_is_flags, sbTYPE_STREAM_BUFFER == 0 &&
                                        sbTYPE_MESSAGE_BUFFER == SB_MESSAGE &&
                                        sbTYPE_STREAM_BATCHING_BUFFER == SB_BATCHING);

#define LENGTH_BYTES sizeof(configMESSAGE_BUFFER_LENGTH_TYPE)

typedef struct StreamBufferDef_t
{
    uint8_t flags;        /* SB_...: first, where 16-bit byte loads reach it */
    volatile size_t tail; /* next byte to read: moved by the reader only */
    volatile size_t head; /* next byte to write: moved by the writer only */
    size_t length;        /* bytes of storage; the ring holds length - 1 */
    size_t trigger;
    wait_list_t readers; /* blocked waiting for data */
    wait_list_t writers; /* blocked waiting for room */
    uint8_t *storage;
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t number;
#endif
#if (configUSE_SB_COMPLETED_CALLBACK == 1)
    StreamBufferCallbackFunction_t send_done;
    StreamBufferCallbackFunction_t receive_done;
#endif
#if (configTASK_NOTIFICATION_ARRAY_ENTRIES > 1)
    /* Kept for the API; blocking never uses notifications. With one notification per task
     * the only valid index is tskDEFAULT_INDEX_TO_NOTIFY, so nothing needs keeping. */
    UBaseType_t notify_index;
#endif
} StreamBuffer_t;

KERNEL_STATIC_ASSERT(static_stream_buffer_fits,
                     sizeof(StaticStreamBuffer_t) >= sizeof(StreamBuffer_t));

/* ---- The ring ---- */

/* Bytes held; interrupts masked, for a consistent look at both indexes. */
static size_t held(const StreamBuffer_t *sb)
{
    size_t n = sb->length + sb->head - sb->tail;
    return n >= sb->length ? n - sb->length : n;
}

/* Bytes held, from a task or an interrupt. */
static size_t bytes_in(const StreamBuffer_t *sb)
{
    UBaseType_t saved = kernel_mask();
    size_t n = held(sb);
    kernel_unmask(saved);
    return n;
}

static size_t space_in(const StreamBuffer_t *sb)
{
    return sb->length - 1U - bytes_in(sb);
}

/* The ring's index n bytes after `at`. */
static size_t ring_after(const StreamBuffer_t *sb, size_t at, size_t n)
{
    at += n;
    return at >= sb->length ? at - sb->length : at;
}

/* Copies n bytes between buf and the ring from index `at` on: into the ring if `in`, else
 * out of it. Returns the index after them. */
static size_t ring_copy(const StreamBuffer_t *sb, size_t at, void *buf, size_t n, BaseType_t in)
{
    uint8_t *b = buf;

    while (n != 0U) /* at most twice: up to the end of the storage, then from its start */
    {
        uint8_t *r = &sb->storage[at];
        size_t chunk = sb->length - at;

        if (chunk > n)
        {
            chunk = n;
        }
        memcpy(in ? r : b, in ? b : r, chunk);
        b += chunk;
        n -= chunk;
        at = ring_after(sb, at, chunk);
    }
    return at;
}

/* ---- Waking the other side ---- */

/* Wakes every task blocked on wl; returns pdTRUE if there was one. A woken task that
 * outranks the running one means a switch (from a task: in_isr 0) or *woken (from an ISR). */
static BaseType_t wake_all_of(wait_list_t *wl, BaseType_t in_isr, BaseType_t *woken)
{
    UBaseType_t saved = kernel_mask();
    BaseType_t any = wait_list_empty(wl) ? pdFALSE : pdTRUE;

    if (wait_wake_all(wl, WAKE_EVENT))
    {
        sched_preempt(in_isr ? sched_isr_woken(woken) : NULL);
    }
    kernel_unmask(saved);
    return any;
}

BaseType_t xStreamBufferSendCompletedFromISR(StreamBufferHandle_t xStreamBuffer,
                                             BaseType_t *pxHigherPriorityTaskWoken)
{
    BaseType_t any;

    traceENTER_xStreamBufferSendCompletedFromISR(xStreamBuffer, pxHigherPriorityTaskWoken);
    if (xStreamBuffer == NULL)
    {
        traceRETURN_xStreamBufferSendCompletedFromISR(pdFALSE);
        return pdFALSE;
    }
    any = wake_all_of(&xStreamBuffer->readers, pdTRUE, pxHigherPriorityTaskWoken);
    traceRETURN_xStreamBufferSendCompletedFromISR(any);
    return any;
}

BaseType_t xStreamBufferReceiveCompletedFromISR(StreamBufferHandle_t xStreamBuffer,
                                                BaseType_t *pxHigherPriorityTaskWoken)
{
    BaseType_t any;

    traceENTER_xStreamBufferReceiveCompletedFromISR(xStreamBuffer, pxHigherPriorityTaskWoken);
    if (xStreamBuffer == NULL)
    {
        traceRETURN_xStreamBufferReceiveCompletedFromISR(pdFALSE);
        return pdFALSE;
    }
    any = wake_all_of(&xStreamBuffer->writers, pdTRUE, pxHigherPriorityTaskWoken);
    traceRETURN_xStreamBufferReceiveCompletedFromISR(any);
    return any;
}

/* Data went in and reached the trigger level (sending), or came out: the buffer's callback
 * for it, else the application's sb..._COMPLETED macros, else wake the other side. */
static void completed(StreamBuffer_t *sb, BaseType_t sending, BaseType_t in_isr, BaseType_t *woken)
{
#if (configUSE_SB_COMPLETED_CALLBACK == 1)
    StreamBufferCallbackFunction_t done = sending ? sb->send_done : sb->receive_done;

    if (done != NULL)
    {
        done(sb, in_isr, woken);
        return;
    }
#endif
    if (sending)
    {
        if (in_isr)
        {
#ifdef sbSEND_COMPLETE_FROM_ISR
            sbSEND_COMPLETE_FROM_ISR(sb, woken);
            return;
#endif
        }
        else
        {
#ifdef sbSEND_COMPLETED
            sbSEND_COMPLETED(sb);
            return;
#endif
        }
    }
    else
    {
        if (in_isr)
        {
#ifdef sbRECEIVE_COMPLETED_FROM_ISR
            sbRECEIVE_COMPLETED_FROM_ISR(sb, woken);
            return;
#endif
        }
        else
        {
#ifdef sbRECEIVE_COMPLETED
            sbRECEIVE_COMPLETED(sb);
            return;
#endif
        }
    }
    (void)wake_all_of(sending ? &sb->readers : &sb->writers, in_isr, woken);
}

/* ---- Creating and deleting ---- */

/* Checks creation arguments and works out the flags and the trigger level. */
static BaseType_t create_valid(size_t size, size_t *trigger, BaseType_t type)
{
    if ((UBaseType_t)type > (UBaseType_t)sbTYPE_STREAM_BATCHING_BUFFER ||
        size <= (type == sbTYPE_MESSAGE_BUFFER ? LENGTH_BYTES : 0U) || *trigger > size)
    {
        return pdFALSE;
    }
    if (*trigger == 0U)
    {
        *trigger = 1U; /* 0 would wake a reader while the buffer is still empty */
    }
    return pdTRUE;
}

static void init_buffer(StreamBuffer_t *sb, uint8_t *storage, size_t length, size_t trigger,
                        uint8_t flags, StreamBufferCallbackFunction_t send_done,
                        StreamBufferCallbackFunction_t receive_done)
{
    sb->flags = flags;
    sb->tail = 0;
    sb->head = 0;
    sb->length = length;
    sb->trigger = trigger;
    wait_list_init(&sb->readers);
    wait_list_init(&sb->writers);
    sb->storage = storage;
#if (configUSE_TRACE_FACILITY == 1)
    sb->number = 0;
#endif
#if (configUSE_SB_COMPLETED_CALLBACK == 1)
    sb->send_done = send_done;
    sb->receive_done = receive_done;
#else
    (void)send_done;
    (void)receive_done;
#endif
#if (configTASK_NOTIFICATION_ARRAY_ENTRIES > 1)
    sb->notify_index = tskDEFAULT_INDEX_TO_NOTIFY;
#endif
}

#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
StreamBufferHandle_t
xStreamBufferGenericCreate(size_t xBufferSizeBytes, size_t xTriggerLevelBytes,
                           BaseType_t xStreamBufferType,
                           StreamBufferCallbackFunction_t pxSendCompletedCallback,
                           StreamBufferCallbackFunction_t pxReceiveCompletedCallback)
{
    StreamBuffer_t *sb;

    traceENTER_xStreamBufferGenericCreate(xBufferSizeBytes, xTriggerLevelBytes, xStreamBufferType,
                                          pxSendCompletedCallback, pxReceiveCompletedCallback);
    if (!create_valid(xBufferSizeBytes, &xTriggerLevelBytes, xStreamBufferType) ||
        xBufferSizeBytes > SIZE_MAX - 1U - sizeof(StreamBuffer_t))
    {
        traceSTREAM_BUFFER_CREATE_FAILED(xStreamBufferType);
        traceRETURN_xStreamBufferGenericCreate(NULL);
        return NULL;
    }
    /* One allocation: the structure, then the ring with its one spare byte. */
    sb = pvPortMalloc(sizeof(StreamBuffer_t) + xBufferSizeBytes + 1U);
    if (sb == NULL)
    {
        traceSTREAM_BUFFER_CREATE_FAILED(xStreamBufferType);
        traceRETURN_xStreamBufferGenericCreate(NULL);
        return NULL;
    }
    init_buffer(sb, (uint8_t *)(void *)(sb + 1), xBufferSizeBytes + 1U, xTriggerLevelBytes,
                (uint8_t)xStreamBufferType, pxSendCompletedCallback, pxReceiveCompletedCallback);
    traceSTREAM_BUFFER_CREATE(sb, xStreamBufferType);
    traceRETURN_xStreamBufferGenericCreate(sb);
    return sb;
}
#endif

#if (configSUPPORT_STATIC_ALLOCATION == 1)
StreamBufferHandle_t xStreamBufferGenericCreateStatic(
    size_t xBufferSizeBytes, size_t xTriggerLevelBytes, BaseType_t xStreamBufferType,
    uint8_t *const pucStreamBufferStorageArea, StaticStreamBuffer_t *const pxStaticStreamBuffer,
    StreamBufferCallbackFunction_t pxSendCompletedCallback,
    StreamBufferCallbackFunction_t pxReceiveCompletedCallback)
{
    StreamBuffer_t *sb = (StreamBuffer_t *)(void *)pxStaticStreamBuffer;

    traceENTER_xStreamBufferGenericCreateStatic(
        xBufferSizeBytes, xTriggerLevelBytes, xStreamBufferType, pucStreamBufferStorageArea,
        pxStaticStreamBuffer, pxSendCompletedCallback, pxReceiveCompletedCallback);
    if (sb == NULL || pucStreamBufferStorageArea == NULL ||
        !create_valid(xBufferSizeBytes, &xTriggerLevelBytes, xStreamBufferType))
    {
        traceSTREAM_BUFFER_CREATE_STATIC_FAILED(NULL, xStreamBufferType);
        traceRETURN_xStreamBufferGenericCreateStatic(NULL);
        return NULL;
    }
    init_buffer(sb, pucStreamBufferStorageArea, xBufferSizeBytes, xTriggerLevelBytes,
                (uint8_t)((uint8_t)xStreamBufferType | SB_STATIC), pxSendCompletedCallback,
                pxReceiveCompletedCallback);
    traceSTREAM_BUFFER_CREATE(sb, xStreamBufferType);
    traceRETURN_xStreamBufferGenericCreateStatic(sb);
    return sb;
}

BaseType_t xStreamBufferGetStaticBuffers(StreamBufferHandle_t xStreamBuffer,
                                         uint8_t **ppucStreamBufferStorageArea,
                                         StaticStreamBuffer_t **ppxStaticStreamBuffer)
{
    traceENTER_xStreamBufferGetStaticBuffers(xStreamBuffer, ppucStreamBufferStorageArea,
                                             ppxStaticStreamBuffer);
    if (xStreamBuffer == NULL || ppucStreamBufferStorageArea == NULL ||
        ppxStaticStreamBuffer == NULL || (xStreamBuffer->flags & SB_STATIC) == 0U)
    {
        traceRETURN_xStreamBufferGetStaticBuffers(pdFALSE);
        return pdFALSE;
    }
    *ppucStreamBufferStorageArea = xStreamBuffer->storage;
    *ppxStaticStreamBuffer = (StaticStreamBuffer_t *)(void *)xStreamBuffer;
    traceRETURN_xStreamBufferGetStaticBuffers(pdTRUE);
    return pdTRUE;
}
#endif

void vStreamBufferDelete(StreamBufferHandle_t xStreamBuffer)
{
    StreamBuffer_t *sb = xStreamBuffer;
    UBaseType_t saved;

    traceENTER_vStreamBufferDelete(xStreamBuffer);
    if (sb == NULL)
    {
        traceRETURN_vStreamBufferDelete();
        return;
    }
    traceSTREAM_BUFFER_DELETE(sb);
    saved = kernel_mask();
    /* Blocked tasks must not stay on lists that are about to go. */
    wait_release_all(&sb->readers, &sb->writers);
    kernel_unmask(saved);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    if ((sb->flags & SB_STATIC) != 0U)
    {
        memset(sb, 0, sizeof *sb); /* so that a use after deletion fails plainly */
        traceRETURN_vStreamBufferDelete();
        return;
    }
#endif
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    vPortFree(sb);
#endif
    traceRETURN_vStreamBufferDelete();
}

/* ---- Sending and receiving ---- */

/* The trace of a send or a receive that moved n bytes (0: it failed). */
static void trace_transfer(StreamBuffer_t *sb, BaseType_t sending, BaseType_t in_isr, size_t n)
{
    if (sending)
    {
        if (in_isr)
        {
            traceSTREAM_BUFFER_SEND_FROM_ISR(sb, n);
        }
        else if (n == 0U)
        {
            traceSTREAM_BUFFER_SEND_FAILED(sb);
        }
        else
        {
            traceSTREAM_BUFFER_SEND(sb, n);
        }
    }
    else
    {
        if (in_isr)
        {
            traceSTREAM_BUFFER_RECEIVE_FROM_ISR(sb, n);
        }
        else if (n == 0U)
        {
            traceSTREAM_BUFFER_RECEIVE_FAILED(sb);
        }
        else
        {
            traceSTREAM_BUFFER_RECEIVE(sb, n);
        }
    }
    (void)sb;
    (void)n;
}

#define OP_SEND 0x01U /* into the buffer; else out of it */
#define OP_ISR  0x02U /* a FromISR call (ticks 0) */

/* xStreamBufferSend, xStreamBufferReceive and their ISR forms, one path as the two sides
 * mirror each other. Waits up to ticks for `need` bytes: of room to send (a message whole
 * with its length, a stream at most the whole buffer), or of data to receive (more than a
 * message's length, or from a task more than a batching buffer's trigger level). Then
 * copies what it may (a message all or nothing, a stream as much as fits), publishes its
 * index and tells the other side. buf is only read when sending. Returns the bytes copied. */
static size_t transfer(StreamBuffer_t *sb, void *buf, size_t len, TickType_t ticks, unsigned op,
                       BaseType_t *woken)
{
    wait_budget_t b;
    BaseType_t sending = (op & OP_SEND) != 0U ? pdTRUE : pdFALSE;
    BaseType_t in_isr = (op & OP_ISR) != 0U ? pdTRUE : pdFALSE;
    BaseType_t message;
    BaseType_t tell = pdFALSE;
    size_t capacity;
    size_t need;
    size_t least; /* the fewest bytes worth copying */
    size_t avail;
    size_t at;
    size_t n = 0;
    configMESSAGE_BUFFER_LENGTH_TYPE stored;

    if (sb == NULL)
    {
        return 0;
    }
    if (buf == NULL)
    {
        if (sending)
        {
            trace_transfer(sb, pdTRUE, in_isr, 0);
        }
        return 0;
    }
    message = (sb->flags & SB_MESSAGE) != 0U ? pdTRUE : pdFALSE;
    capacity = sb->length - 1U; /* for a message buffer at least LENGTH_BYTES (see creation) */
    if (sending)
    {
        if (message)
        {
            /* The length must survive the trip through its stored type. */
            if ((size_t)(configMESSAGE_BUFFER_LENGTH_TYPE)len != len ||
                len > capacity - LENGTH_BYTES)
            {
                len = 0;
            }
            need = len + LENGTH_BYTES;
            least = need;
        }
        else
        {
            need = len < capacity ? len : capacity;
            least = 1U;
        }
        if (len == 0U || need == 0U)
        {
            goto done;
        }
    }
    else
    {
        need = 0U;
        if (message)
        {
            need = LENGTH_BYTES;
        }
        else if ((sb->flags & SB_BATCHING) != 0U && !in_isr)
        {
            need = sb->trigger;
        }
        need += 1U;
        least = need;
    }
    wait_budget_begin(&b, ticks);
    for (;;)
    {
        avail = held(sb);
        if (sending)
        {
            avail = capacity - avail;
        }
        if (avail >= need || b.left == 0U)
        {
            break;
        }
        if (sending)
        {
            traceBLOCKING_ON_STREAM_BUFFER_SEND(sb);
        }
        else
        {
            traceBLOCKING_ON_STREAM_BUFFER_RECEIVE(sb);
        }
        if (!wait_within_budget(sending ? &sb->writers : &sb->readers, &b, NULL))
        {
            sb = NULL; /* deleted while waiting */
            break;
        }
    }
    kernel_unmask(b.saved);
    if (sb == NULL)
    {
        return 0;
    }
    if (avail >= least)
    {
        at = sending ? sb->head : sb->tail;
        n = len < avail ? len : avail;
        if (message)
        {
            stored = (configMESSAGE_BUFFER_LENGTH_TYPE)len; /* receiving: overwritten */
            at = ring_copy(sb, at, &stored, LENGTH_BYTES, sending);
            n = (size_t)stored;
            configASSERT(sending || n <= avail - LENGTH_BYTES);
            if (n > len)
            {
                n = 0; /* too little room for the message, which stays */
            }
        }
        if (n != 0U)
        {
            at = ring_copy(sb, at, buf, n, sending);
            b.saved = kernel_mask(); /* the copy is done before the other side sees it */
            if (sending)
            {
                sb->head = at;
                tell = held(sb) >= sb->trigger ? pdTRUE : pdFALSE;
            }
            else
            {
                sb->tail = at;
                tell = pdTRUE;
            }
            kernel_unmask(b.saved);
        }
    }
done:
    trace_transfer(sb, sending, in_isr, n);
    if (tell)
    {
        completed(sb, sending, in_isr, woken);
    }
    return n;
}

size_t xStreamBufferSend(StreamBufferHandle_t xStreamBuffer, const void *pvTxData,
                         size_t xDataLengthBytes, TickType_t xTicksToWait)
{
    size_t sent;

    traceENTER_xStreamBufferSend(xStreamBuffer, pvTxData, xDataLengthBytes, xTicksToWait);
    sent = transfer(xStreamBuffer, (void *)(uintptr_t)pvTxData, xDataLengthBytes, xTicksToWait,
                    OP_SEND, NULL);
    traceRETURN_xStreamBufferSend(sent);
    return sent;
}

size_t xStreamBufferSendFromISR(StreamBufferHandle_t xStreamBuffer, const void *pvTxData,
                                size_t xDataLengthBytes,
                                BaseType_t *const pxHigherPriorityTaskWoken)
{
    size_t sent;

    traceENTER_xStreamBufferSendFromISR(xStreamBuffer, pvTxData, xDataLengthBytes,
                                        pxHigherPriorityTaskWoken);
    sent = transfer(xStreamBuffer, (void *)(uintptr_t)pvTxData, xDataLengthBytes, 0U,
                    OP_SEND | OP_ISR, pxHigherPriorityTaskWoken);
    traceRETURN_xStreamBufferSendFromISR(sent);
    return sent;
}

size_t xStreamBufferReceive(StreamBufferHandle_t xStreamBuffer, void *pvRxData,
                            size_t xBufferLengthBytes, TickType_t xTicksToWait)
{
    size_t received;

    traceENTER_xStreamBufferReceive(xStreamBuffer, pvRxData, xBufferLengthBytes, xTicksToWait);
    received = transfer(xStreamBuffer, pvRxData, xBufferLengthBytes, xTicksToWait, 0U, NULL);
    traceRETURN_xStreamBufferReceive(received);
    return received;
}

size_t xStreamBufferReceiveFromISR(StreamBufferHandle_t xStreamBuffer, void *pvRxData,
                                   size_t xBufferLengthBytes,
                                   BaseType_t *const pxHigherPriorityTaskWoken)
{
    size_t received;

    traceENTER_xStreamBufferReceiveFromISR(xStreamBuffer, pvRxData, xBufferLengthBytes,
                                           pxHigherPriorityTaskWoken);
    received = transfer(xStreamBuffer, pvRxData, xBufferLengthBytes, 0U, OP_ISR,
                        pxHigherPriorityTaskWoken);
    traceRETURN_xStreamBufferReceiveFromISR(received);
    return received;
}

size_t xStreamBufferNextMessageLengthBytes(StreamBufferHandle_t xStreamBuffer)
{
    configMESSAGE_BUFFER_LENGTH_TYPE stored;
    size_t length;

    traceENTER_xStreamBufferNextMessageLengthBytes(xStreamBuffer);
    if (xStreamBuffer == NULL || (xStreamBuffer->flags & SB_MESSAGE) == 0U ||
        bytes_in(xStreamBuffer) <= LENGTH_BYTES)
    {
        traceRETURN_xStreamBufferNextMessageLengthBytes(0);
        return 0;
    }
    (void)ring_copy(xStreamBuffer, xStreamBuffer->tail, &stored, LENGTH_BYTES, pdFALSE);
    length = (size_t)stored;
    traceRETURN_xStreamBufferNextMessageLengthBytes(length);
    return length;
}

/* ---- State ---- */

/* Empties sb unless a task is blocked on it. External only to keep the compiler from
 * writing it out twice. */
BaseType_t stream_reset(StreamBuffer_t *sb, BaseType_t from_isr);
BaseType_t stream_reset(StreamBuffer_t *sb, BaseType_t from_isr)
{
    BaseType_t idle;
    UBaseType_t saved;

    if (sb == NULL)
    {
        return pdFAIL;
    }
    saved = kernel_mask();
    idle = wait_list_empty(&sb->readers) & wait_list_empty(&sb->writers);
    if (idle)
    {
        sb->head = 0;
        sb->tail = 0;
#if (configTASK_NOTIFICATION_ARRAY_ENTRIES > 1)
        sb->notify_index = tskDEFAULT_INDEX_TO_NOTIFY;
#endif
        if (from_isr)
        {
            traceSTREAM_BUFFER_RESET_FROM_ISR(sb);
        }
        else
        {
            traceSTREAM_BUFFER_RESET(sb);
        }
    }
    kernel_unmask(saved);
    return idle ? pdPASS : pdFAIL;
}

BaseType_t xStreamBufferReset(StreamBufferHandle_t xStreamBuffer)
{
    BaseType_t result;

    traceENTER_xStreamBufferReset(xStreamBuffer);
    result = stream_reset(xStreamBuffer, pdFALSE);
    traceRETURN_xStreamBufferReset(result);
    return result;
}

BaseType_t xStreamBufferResetFromISR(StreamBufferHandle_t xStreamBuffer)
{
    BaseType_t result;

    traceENTER_xStreamBufferResetFromISR(xStreamBuffer);
    result = stream_reset(xStreamBuffer, pdTRUE);
    traceRETURN_xStreamBufferResetFromISR(result);
    return result;
}

BaseType_t xStreamBufferIsFull(StreamBufferHandle_t xStreamBuffer)
{
    size_t reserve;
    BaseType_t full;

    traceENTER_xStreamBufferIsFull(xStreamBuffer);
    if (xStreamBuffer == NULL)
    {
        traceRETURN_xStreamBufferIsFull(pdFALSE);
        return pdFALSE;
    }
    reserve = (xStreamBuffer->flags & SB_MESSAGE) != 0U ? LENGTH_BYTES : 0U;
    full = space_in(xStreamBuffer) <= reserve ? pdTRUE : pdFALSE;
    traceRETURN_xStreamBufferIsFull(full);
    return full;
}

BaseType_t xStreamBufferIsEmpty(StreamBufferHandle_t xStreamBuffer)
{
    BaseType_t empty;

    traceENTER_xStreamBufferIsEmpty(xStreamBuffer);
    if (xStreamBuffer == NULL)
    {
        traceRETURN_xStreamBufferIsEmpty(pdFALSE);
        return pdFALSE;
    }
    empty = bytes_in(xStreamBuffer) == 0U ? pdTRUE : pdFALSE;
    traceRETURN_xStreamBufferIsEmpty(empty);
    return empty;
}

size_t xStreamBufferSpacesAvailable(StreamBufferHandle_t xStreamBuffer)
{
    size_t space;

    traceENTER_xStreamBufferSpacesAvailable(xStreamBuffer);
    space = xStreamBuffer != NULL ? space_in(xStreamBuffer) : 0U;
    traceRETURN_xStreamBufferSpacesAvailable(space);
    return space;
}

size_t xStreamBufferBytesAvailable(StreamBufferHandle_t xStreamBuffer)
{
    size_t bytes;

    traceENTER_xStreamBufferBytesAvailable(xStreamBuffer);
    bytes = xStreamBuffer != NULL ? bytes_in(xStreamBuffer) : 0U;
    traceRETURN_xStreamBufferBytesAvailable(bytes);
    return bytes;
}

BaseType_t xStreamBufferSetTriggerLevel(StreamBufferHandle_t xStreamBuffer, size_t xTriggerLevel)
{
    StreamBuffer_t *sb = xStreamBuffer;

    traceENTER_xStreamBufferSetTriggerLevel(xStreamBuffer, xTriggerLevel);
    if (sb == NULL)
    {
        traceRETURN_xStreamBufferSetTriggerLevel(pdFALSE);
        return pdFALSE;
    }
    if (xTriggerLevel == 0U)
    {
        xTriggerLevel = 1U;
    }
    if (xTriggerLevel >= sb->length)
    {
        traceRETURN_xStreamBufferSetTriggerLevel(pdFALSE);
        return pdFALSE;
    }
    sb->trigger = xTriggerLevel;
    /* A reader waiting for more than is there now may have enough already. */
    if (bytes_in(sb) >= xTriggerLevel)
    {
        (void)wake_all_of(&sb->readers, pdFALSE, NULL);
    }
    traceRETURN_xStreamBufferSetTriggerLevel(pdTRUE);
    return pdTRUE;
}

UBaseType_t uxStreamBufferGetStreamBufferNotificationIndex(StreamBufferHandle_t xStreamBuffer)
{
    UBaseType_t index;

    traceENTER_uxStreamBufferGetStreamBufferNotificationIndex(xStreamBuffer);
#if (configTASK_NOTIFICATION_ARRAY_ENTRIES > 1)
    index = xStreamBuffer != NULL ? xStreamBuffer->notify_index : 0U;
#else
    (void)xStreamBuffer;
    index = tskDEFAULT_INDEX_TO_NOTIFY; /* 0, as for NULL */
#endif
    traceRETURN_uxStreamBufferGetStreamBufferNotificationIndex(index);
    return index;
}

void vStreamBufferSetStreamBufferNotificationIndex(StreamBufferHandle_t xStreamBuffer,
                                                   UBaseType_t uxNotificationIndex)
{
    traceENTER_vStreamBufferSetStreamBufferNotificationIndex(xStreamBuffer, uxNotificationIndex);
#if (configTASK_NOTIFICATION_ARRAY_ENTRIES > 1)
    if (xStreamBuffer != NULL && uxNotificationIndex < configTASK_NOTIFICATION_ARRAY_ENTRIES)
    {
        xStreamBuffer->notify_index = uxNotificationIndex;
    }
#else
    (void)xStreamBuffer;                /* the only valid index is the one there */
    (void)uxNotificationIndex;
#endif
    traceRETURN_vStreamBufferSetStreamBufferNotificationIndex();
}

#if (configUSE_TRACE_FACILITY == 1)
void vStreamBufferSetStreamBufferNumber(StreamBufferHandle_t xStreamBuffer,
                                        UBaseType_t uxStreamBufferNumber)
{
    traceENTER_vStreamBufferSetStreamBufferNumber(xStreamBuffer, uxStreamBufferNumber);
    if (xStreamBuffer != NULL)
    {
        xStreamBuffer->number = uxStreamBufferNumber;
    }
    traceRETURN_vStreamBufferSetStreamBufferNumber();
}

UBaseType_t uxStreamBufferGetStreamBufferNumber(StreamBufferHandle_t xStreamBuffer)
{
    UBaseType_t number;

    traceENTER_uxStreamBufferGetStreamBufferNumber(xStreamBuffer);
    number = xStreamBuffer != NULL ? xStreamBuffer->number : 0U;
    traceRETURN_uxStreamBufferGetStreamBufferNumber(number);
    return number;
}

uint8_t ucStreamBufferGetStreamBufferType(StreamBufferHandle_t xStreamBuffer)
{
    uint8_t type;

    traceENTER_ucStreamBufferGetStreamBufferType(xStreamBuffer);
    type = xStreamBuffer != NULL ? (uint8_t)(xStreamBuffer->flags & SB_MESSAGE) : 0U;
    traceRETURN_ucStreamBufferGetStreamBufferType(type);
    return type;
}
#endif

#endif /* configUSE_STREAM_BUFFERS == 1 */
