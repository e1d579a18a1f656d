/*
 * test_stream_buffer.c - stream, message and batching buffers: partial writes and reads,
 * wrap-around of the ring, trigger levels, blocking writers and readers, messages kept
 * whole (and one too large refused at once), one writer and one reader across tasks and
 * interrupts, completed callbacks, reset, deletion, static buffers, bad arguments, and a
 * stress test streaming megabytes through small buffers between tasks of different
 * priorities, checked byte by byte and by checksum.
 */
#include "harness.h"
#include "test_irq.h"
#include "message_buffer.h"

#include <stdio.h>
#include <string.h>

#define HIGH (TEST_PRIORITY + 1U) /* outranks the controller */
#define LOW  (TEST_PRIORITY - 1U)
#define HDR  sizeof(configMESSAGE_BUFFER_LENGTH_TYPE)

static uint8_t pattern[256];

static void fill_pattern(void)
{
    unsigned i;
    for (i = 0; i < sizeof pattern; i++)
    {
        pattern[i] = (uint8_t)(i * 7U + 3U);
    }
}

static StreamBufferHandle_t make_stream(size_t size, size_t trigger)
{
    StreamBufferHandle_t sb = xStreamBufferCreate(size, trigger);
    CHECK(sb != NULL);
    return sb;
}

/* A task that performs one blocking receive or send and reports what happened. */
struct peer
{
    StreamBufferHandle_t sb;
    uint8_t data[128];
    size_t len;
    TickType_t ticks;
    volatile int done;
    volatile size_t result;
    volatile TickType_t took;
};

static void reader_main(void *arg)
{
    struct peer *p = arg;
    TickType_t start = xTaskGetTickCount();
    p->result = xStreamBufferReceive(p->sb, p->data, p->len, p->ticks);
    p->took = (TickType_t)(xTaskGetTickCount() - start);
    p->done = 1;
    vTaskSuspend(NULL);
}

static void writer_main(void *arg)
{
    struct peer *p = arg;
    TickType_t start = xTaskGetTickCount();
    p->result = xStreamBufferSend(p->sb, p->data, p->len, p->ticks);
    p->took = (TickType_t)(xTaskGetTickCount() - start);
    p->done = 1;
    vTaskSuspend(NULL);
}

static TaskHandle_t start_peer(struct peer *p, TaskFunction_t fn, StreamBufferHandle_t sb,
                               size_t len, TickType_t ticks, UBaseType_t priority)
{
    p->sb = sb;
    p->len = len;
    p->ticks = ticks;
    p->done = 0;
    p->result = 0;
    return test_task(fn, "peer", priority, p);
}

/* ---- Stream buffers ---- */

static void stream_writes_and_reads_partially(void)
{
    StreamBufferHandle_t sb;
    uint8_t out[16];

    fill_pattern();
    sb = make_stream(10, 1);
    CHECK(xStreamBufferIsEmpty(sb));
    CHECK_EQ(xStreamBufferSpacesAvailable(sb), 10);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 6, 0), 6);
    /* Only 4 of the next 6 fit: a stream buffer takes what it can. */
    CHECK_EQ(xStreamBufferSend(sb, pattern + 6, 6, 0), 4);
    CHECK_EQ(xStreamBufferBytesAvailable(sb), 10);
    CHECK_EQ(xStreamBufferSpacesAvailable(sb), 0);
    CHECK(xStreamBufferIsFull(sb));
    CHECK_EQ(xStreamBufferSend(sb, pattern, 1, 0), 0);
    /* Reads take up to the room given, in order. */
    CHECK_EQ(xStreamBufferReceive(sb, out, 3, 0), 3);
    CHECK(memcmp(out, pattern, 3) == 0);
    CHECK(!xStreamBufferIsFull(sb));
    CHECK_EQ(xStreamBufferReceive(sb, out, sizeof out, 0), 7);
    CHECK(memcmp(out, pattern + 3, 7) == 0);
    CHECK(xStreamBufferIsEmpty(sb));
    CHECK_EQ(xStreamBufferReceive(sb, out, sizeof out, 0), 0);
    CHECK_EQ(xStreamBufferNextMessageLengthBytes(sb), 0); /* not a message buffer */
    vStreamBufferDelete(sb);
}

static void ring_wraps_around_at_every_offset(void)
{
    StreamBufferHandle_t sb;
    uint8_t out[17];
    unsigned i;
    unsigned sent = 0;
    unsigned got = 0;

    fill_pattern();
    sb = make_stream(17, 1);
    /* Chunks of 5 against a ring of 18 bytes: the wrap falls at every offset. */
    for (i = 0; i < 100U; i++)
    {
        CHECK_EQ(xStreamBufferSend(sb, pattern + sent % 200U, 5, 0), 5);
        sent += 5;
        CHECK_EQ(xStreamBufferReceive(sb, out, 5, 0), 5);
        CHECK(memcmp(out, pattern + got % 200U, 5) == 0);
        got += 5;
    }
    /* Fill it completely across the wrap, then drain it in one read. */
    CHECK_EQ(xStreamBufferSend(sb, pattern, 17, 0), 17);
    CHECK(xStreamBufferIsFull(sb));
    CHECK_EQ(xStreamBufferReceive(sb, out, sizeof out, 0), 17);
    CHECK(memcmp(out, pattern, 17) == 0);
    vStreamBufferDelete(sb);
}

static void reader_waits_for_the_trigger_level(void)
{
    StreamBufferHandle_t sb;
    static struct peer r;
    TaskHandle_t t;

    fill_pattern();
    sb = make_stream(32, 8);
    t = start_peer(&r, reader_main, sb, sizeof r.data, portMAX_DELAY, HIGH);
    CHECK(!r.done); /* blocked on the empty buffer */
    CHECK_EQ(xStreamBufferSend(sb, pattern, 5, 0), 5);
    CHECK(!r.done); /* 5 < 8 */
    CHECK_EQ(xStreamBufferSend(sb, pattern + 5, 3, 0), 3);
    CHECK(r.done); /* it outranks this task: it has run already */
    CHECK_EQ(r.result, 8);
    CHECK(memcmp(r.data, pattern, 8) == 0);
    vTaskDelete(t);

    /* With less than the trigger level, the reader gets what is there at its timeout. */
    t = start_peer(&r, reader_main, sb, sizeof r.data, 20, HIGH);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 3, 0), 3);
    vTaskDelay(25);
    CHECK(r.done);
    CHECK_EQ(r.result, 3);
    CHECK_EQ(r.took, 20);
    vTaskDelete(t);

    /* A reader finding data below the trigger level takes it at once. */
    CHECK_EQ(xStreamBufferSend(sb, pattern, 2, 0), 2);
    CHECK_EQ(xStreamBufferReceive(sb, r.data, sizeof r.data, 100), 2);
    vStreamBufferDelete(sb);
}

static void trigger_level_can_change(void)
{
    StreamBufferHandle_t sb;
    static struct peer r;
    TaskHandle_t t;

    fill_pattern();
    sb = make_stream(16, 1);
    CHECK_EQ(xStreamBufferSetTriggerLevel(sb, 17), pdFALSE);
    CHECK_EQ(xStreamBufferSetTriggerLevel(sb, 16), pdTRUE);
    CHECK_EQ(xStreamBufferSetTriggerLevel(sb, 0), pdTRUE); /* counts as 1 */
    t = start_peer(&r, reader_main, sb, sizeof r.data, portMAX_DELAY, HIGH);
    CHECK_EQ(xStreamBufferSetTriggerLevel(sb, 10), pdTRUE);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 6, 0), 6);
    CHECK(!r.done);
    /* Lowering the level to what the buffer holds lets the waiting reader go. */
    CHECK_EQ(xStreamBufferSetTriggerLevel(sb, 6), pdTRUE);
    CHECK(r.done);
    CHECK_EQ(r.result, 6);
    vTaskDelete(t);
    vStreamBufferDelete(sb);
}

static void writer_waits_for_room_for_all_it_sends(void)
{
    StreamBufferHandle_t sb;
    static struct peer w;
    uint8_t out[8];
    TaskHandle_t t;

    fill_pattern();
    sb = make_stream(8, 1);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 8, 0), 8);
    memcpy(w.data, pattern + 8, 5);
    t = start_peer(&w, writer_main, sb, 5, portMAX_DELAY, HIGH);
    CHECK(!w.done);
    CHECK_EQ(xStreamBufferReceive(sb, out, 3, 0), 3);
    CHECK(!w.done); /* 3 free, 5 wanted */
    CHECK_EQ(xStreamBufferReceive(sb, out + 3, 2, 0), 2);
    CHECK(w.done);
    CHECK_EQ(w.result, 5);
    vTaskDelete(t);
    CHECK_EQ(xStreamBufferReceive(sb, out, 8, 0), 8);
    CHECK(memcmp(out, pattern + 5, 8) == 0);

    /* On a timeout the writer sends what fits by then. */
    CHECK_EQ(xStreamBufferSend(sb, pattern, 6, 0), 6);
    t = start_peer(&w, writer_main, sb, 5, 15, HIGH);
    CHECK(!w.done);
    vTaskDelay(20);
    CHECK(w.done);
    CHECK_EQ(w.result, 2);
    CHECK_EQ(w.took, 15);
    vTaskDelete(t);

    /* More than the whole buffer: it waits for an empty buffer and fills it. */
    t = start_peer(&w, writer_main, sb, 20, portMAX_DELAY, HIGH);
    CHECK(!w.done);
    CHECK_EQ(xStreamBufferReceive(sb, out, 7, 0), 7);
    CHECK(!w.done); /* one byte still there */
    CHECK_EQ(xStreamBufferReceive(sb, out, 1, 0), 1);
    CHECK(w.done);
    CHECK_EQ(w.result, 8);
    vTaskDelete(t);
    vStreamBufferDelete(sb);
}

static void batching_reader_waits_for_more_than_the_trigger_level(void)
{
    StreamBufferHandle_t sb = xStreamBatchingBufferCreate(32, 8);
    static struct peer r;
    TickType_t before;
    TaskHandle_t t;

    fill_pattern();
    CHECK(sb != NULL);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 5, 0), 5);
    /* Data is there, but not more than the trigger level: nothing until the timeout. */
    before = xTaskGetTickCount();
    CHECK_EQ(xStreamBufferReceive(sb, r.data, sizeof r.data, 10), 0);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 10);
    CHECK_EQ(xStreamBufferReceive(sb, r.data, sizeof r.data, 0), 0);
    t = start_peer(&r, reader_main, sb, sizeof r.data, portMAX_DELAY, HIGH);
    CHECK_EQ(xStreamBufferSend(sb, pattern + 5, 3, 0), 3); /* 8: still not more than 8 */
    CHECK(!r.done);
    CHECK_EQ(xStreamBufferSend(sb, pattern + 8, 1, 0), 1);
    CHECK(r.done);
    CHECK_EQ(r.result, 9);
    CHECK(memcmp(r.data, pattern, 9) == 0);
    vTaskDelete(t);
    vStreamBufferDelete(sb);
}

/* ---- Message buffers ---- */

static void messages_keep_their_boundaries(void)
{
    MessageBufferHandle_t mb = xMessageBufferCreate(64);
    uint8_t out[32];

    fill_pattern();
    CHECK(mb != NULL);
    CHECK_EQ(xMessageBufferNextLengthBytes(mb), 0);
    CHECK_EQ(xMessageBufferSend(mb, "a", 1, 0), 1);
    CHECK_EQ(xMessageBufferSend(mb, "hello", 5, 0), 5);
    CHECK_EQ(xMessageBufferSend(mb, pattern, 10, 0), 10);
    CHECK_EQ(xStreamBufferBytesAvailable(mb), 16U + 3U * HDR);
    CHECK_EQ(xMessageBufferSpacesAvailable(mb), 64U - 16U - 3U * HDR);
    CHECK_EQ(xMessageBufferSpaceAvailable(mb), 64U - 16U - 3U * HDR);
    CHECK_EQ(xMessageBufferNextLengthBytes(mb), 1);
    CHECK_EQ(xMessageBufferReceive(mb, out, sizeof out, 0), 1);
    CHECK(out[0] == 'a');
    CHECK_EQ(xMessageBufferReceive(mb, out, sizeof out, 0), 5);
    CHECK(memcmp(out, "hello", 5) == 0);
    /* Too little room for the next message: nothing is read and it stays. */
    CHECK_EQ(xMessageBufferReceive(mb, out, 9, 0), 0);
    CHECK_EQ(xMessageBufferNextLengthBytes(mb), 10);
    CHECK_EQ(xMessageBufferReceive(mb, out, 10, 0), 10);
    CHECK(memcmp(out, pattern, 10) == 0);
    CHECK(xMessageBufferIsEmpty(mb));
    vMessageBufferDelete(mb);
}

static void message_larger_than_the_buffer_is_refused_at_once(void)
{
    MessageBufferHandle_t mb = xMessageBufferCreate(32);
    static struct peer w;
    TickType_t before;
    TaskHandle_t t;
    uint8_t out[32];

    fill_pattern();
    CHECK(mb != NULL);
    before = xTaskGetTickCount();
    CHECK_EQ(xMessageBufferSend(mb, pattern, 32U - HDR + 1U, 100), 0);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 0); /* no waiting */
    CHECK(xMessageBufferIsEmpty(mb));
    /* The largest message fills it exactly. */
    CHECK_EQ(xMessageBufferSend(mb, pattern, 32U - HDR, 0), 32U - HDR);
    CHECK(xMessageBufferIsFull(mb));
    /* A message that fits later waits, and goes in whole once there is room. */
    memcpy(w.data, pattern + 40, 4);
    t = start_peer(&w, writer_main, mb, 4, portMAX_DELAY, HIGH);
    CHECK(!w.done);
    CHECK_EQ(xMessageBufferReceive(mb, out, sizeof out, 0), 32U - HDR);
    CHECK(w.done);
    CHECK_EQ(w.result, 4);
    vTaskDelete(t);
    /* Fill the rest exactly; then a message that does not fit in time is not written. */
    CHECK_EQ(xMessageBufferSend(mb, pattern, 28U - 2U * HDR, 0), 28U - 2U * HDR);
    CHECK_EQ(xMessageBufferSpacesAvailable(mb), 0);
    before = xTaskGetTickCount();
    CHECK_EQ(xMessageBufferSend(mb, pattern, 1, 12), 0);
    CHECK_EQ((TickType_t)(xTaskGetTickCount() - before), 12);
    CHECK_EQ(xMessageBufferReceive(mb, out, sizeof out, 0), 4);
    CHECK(memcmp(out, pattern + 40, 4) == 0);
    CHECK_EQ(xMessageBufferReceive(mb, out, sizeof out, 0), 28U - 2U * HDR);
    CHECK(xMessageBufferIsEmpty(mb));
    vMessageBufferDelete(mb);
}

/* ---- Interrupts ---- */

static StreamBufferHandle_t isr_sb;
static volatile int isr_receive; /* 0: the ISR sends, 1: it receives */
static volatile size_t isr_len;
static volatile size_t isr_result;
static volatile BaseType_t isr_woken;
static uint8_t isr_data[64];

static void buffer_isr(void)
{
    BaseType_t woken = pdFALSE;
    if (isr_receive)
    {
        isr_result = xStreamBufferReceiveFromISR(isr_sb, isr_data, isr_len, &woken);
    }
    else
    {
        isr_result = xStreamBufferSendFromISR(isr_sb, isr_data, isr_len, &woken);
    }
    isr_woken = woken;
    portYIELD_FROM_ISR(woken);
}

static void isr_run(int receive, size_t len)
{
    isr_receive = receive;
    isr_len = len;
    isr_result = 0;
    isr_woken = pdFALSE;
    test_irq_trigger();
}

static void interrupt_writes_and_a_task_reads(void)
{
    static struct peer r;
    TaskHandle_t t;

    if (!test_irq_install(buffer_isr))
    {
        printf("  skipped: no test interrupt on this port\n");
        return;
    }
    fill_pattern();
    isr_sb = xMessageBufferCreate(40);
    CHECK(isr_sb != NULL);
    t = start_peer(&r, reader_main, isr_sb, sizeof r.data, portMAX_DELAY, HIGH);
    memcpy(isr_data, pattern, sizeof isr_data);
    isr_run(0, 12);
    CHECK_EQ(isr_result, 12);
    CHECK_EQ(isr_woken, pdTRUE); /* the reader outranks this task */
    CHECK(r.done);
    CHECK_EQ(r.result, 12);
    CHECK(memcmp(r.data, pattern, 12) == 0);
    vTaskDelete(t);
    /* Without a waiting reader nobody is woken; a message too large for the room left is
     * refused. */
    memcpy(isr_data, pattern, sizeof isr_data);
    isr_run(0, 30);
    CHECK_EQ(isr_result, 30);
    CHECK_EQ(isr_woken, pdFALSE);
    isr_run(0, 8);
    CHECK_EQ(isr_result, 0);
    CHECK_EQ(xMessageBufferNextLengthBytes(isr_sb), 30);
    /* The ISR reads the message back whole. */
    memset(isr_data, 0, sizeof isr_data);
    isr_run(1, 20);
    CHECK_EQ(isr_result, 0); /* too little room for it */
    isr_run(1, sizeof isr_data);
    CHECK_EQ(isr_result, 30);
    CHECK(memcmp(isr_data, pattern, 30) == 0);
    CHECK(xMessageBufferIsEmpty(isr_sb));
    (void)test_irq_install(NULL);
    vMessageBufferDelete(isr_sb);
}

static void task_writes_and_an_interrupt_reads(void)
{
    static struct peer w;
    TaskHandle_t t;

    if (!test_irq_install(buffer_isr))
    {
        printf("  skipped: no test interrupt on this port\n");
        return;
    }
    fill_pattern();
    isr_sb = make_stream(16, 1);
    CHECK_EQ(xStreamBufferSend(isr_sb, pattern, 16, 0), 16);
    memcpy(w.data, pattern + 16, 10);
    t = start_peer(&w, writer_main, isr_sb, 10, portMAX_DELAY, HIGH);
    CHECK(!w.done);
    isr_run(1, 6);
    CHECK_EQ(isr_result, 6);
    CHECK(memcmp(isr_data, pattern, 6) == 0);
    CHECK(!w.done); /* 6 free, 10 wanted: woken, then back to waiting */
    isr_run(1, 4);
    CHECK_EQ(isr_result, 4);
    CHECK_EQ(isr_woken, pdTRUE);
    CHECK(w.done);
    CHECK_EQ(w.result, 10);
    vTaskDelete(t);
    isr_run(1, sizeof isr_data);
    CHECK_EQ(isr_result, 16);
    CHECK(memcmp(isr_data, pattern + 10, 16) == 0);
    (void)test_irq_install(NULL);
    vStreamBufferDelete(isr_sb);
}

/* ---- Callbacks ---- */

#if (configUSE_SB_COMPLETED_CALLBACK == 1)
static volatile UBaseType_t sends_done;
static volatile UBaseType_t receives_done;
static volatile BaseType_t last_in_isr;
static volatile StreamBufferHandle_t last_buffer;

static void on_send(StreamBufferHandle_t sb, BaseType_t in_isr, BaseType_t *const woken)
{
    (void)woken;
    last_buffer = sb;
    last_in_isr = in_isr;
    sends_done++;
}

static void on_receive(StreamBufferHandle_t sb, BaseType_t in_isr, BaseType_t *const woken)
{
    (void)woken;
    last_buffer = sb;
    last_in_isr = in_isr;
    receives_done++;
}

static void callbacks_replace_the_default_wake_up(void)
{
    StreamBufferHandle_t sb;
    static struct peer r;
    BaseType_t woken = pdFALSE;
    TaskHandle_t t;

    fill_pattern();
    sends_done = 0;
    receives_done = 0;
    sb = xStreamBufferCreateWithCallback(16, 4, on_send, on_receive);
    CHECK(sb != NULL);
    t = start_peer(&r, reader_main, sb, sizeof r.data, portMAX_DELAY, HIGH);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 3, 0), 3);
    CHECK_EQ(sends_done, 0); /* below the trigger level */
    CHECK_EQ(xStreamBufferSend(sb, pattern + 3, 2, 0), 2);
    CHECK_EQ(sends_done, 1);
    CHECK(last_buffer == sb);
    CHECK_EQ(last_in_isr, pdFALSE);
    /* The callback took the place of waking the reader: the other side wakes it. */
    CHECK(!r.done);
    CHECK_EQ(xStreamBufferSendCompletedFromISR(sb, &woken), pdTRUE);
    CHECK_EQ(woken, pdTRUE);
    taskYIELD();
    CHECK(r.done);
    CHECK_EQ(r.result, 5);
    CHECK_EQ(receives_done, 1);
    CHECK_EQ(xStreamBufferSendCompletedFromISR(sb, NULL), pdFALSE); /* nobody waits */
    CHECK_EQ(xStreamBufferReceiveCompletedFromISR(sb, NULL), pdFALSE);
    vTaskDelete(t);
    vStreamBufferDelete(sb);
}

static void callbacks_hear_from_interrupts(void)
{
    if (!test_irq_install(buffer_isr))
    {
        printf("  skipped: no test interrupt on this port\n");
        return;
    }
    fill_pattern();
    sends_done = 0;
    receives_done = 0;
    isr_sb = xMessageBufferCreateWithCallback(32, on_send, on_receive);
    CHECK(isr_sb != NULL);
    memcpy(isr_data, pattern, 5);
    isr_run(0, 5);
    CHECK_EQ(isr_result, 5);
    CHECK_EQ(sends_done, 1);
    CHECK_EQ(last_in_isr, pdTRUE);
    isr_run(1, sizeof isr_data);
    CHECK_EQ(isr_result, 5);
    CHECK_EQ(receives_done, 1);
    CHECK_EQ(last_in_isr, pdTRUE);
    (void)test_irq_install(NULL);
    vMessageBufferDelete(isr_sb);
}
#endif

/* ---- Reset, deletion, static buffers ---- */

static void reset_empties_unless_a_task_waits(void)
{
    StreamBufferHandle_t sb;
    static struct peer r;
    TaskHandle_t t;

    fill_pattern();
    sb = make_stream(16, 4);
    vStreamBufferSetStreamBufferNotificationIndex(sb, configTASK_NOTIFICATION_ARRAY_ENTRIES - 1);
    CHECK_EQ(uxStreamBufferGetStreamBufferNotificationIndex(sb),
             configTASK_NOTIFICATION_ARRAY_ENTRIES - 1);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 3, 0), 3);
    CHECK_EQ(xStreamBufferReset(sb), pdPASS);
    CHECK(xStreamBufferIsEmpty(sb));
    CHECK_EQ(xStreamBufferSpacesAvailable(sb), 16);
    CHECK_EQ(uxStreamBufferGetStreamBufferNotificationIndex(sb), tskDEFAULT_INDEX_TO_NOTIFY);
    t = start_peer(&r, reader_main, sb, sizeof r.data, portMAX_DELAY, HIGH);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 2, 0), 2); /* below the trigger level of 4 */
    CHECK_EQ(xStreamBufferReset(sb), pdFAIL);
    CHECK_EQ(xStreamBufferResetFromISR(sb), pdFAIL);
    CHECK_EQ(xStreamBufferBytesAvailable(sb), 2);
    /* The trigger level survived the reset. */
    CHECK_EQ(xStreamBufferSend(sb, pattern + 2, 2, 0), 2);
    CHECK(r.done);
    CHECK_EQ(r.result, 4);
    vTaskDelete(t);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 5, 0), 5);
    CHECK_EQ(xStreamBufferResetFromISR(sb), pdPASS);
    CHECK(xStreamBufferIsEmpty(sb));
    vStreamBufferDelete(sb);
}

static void deleting_a_buffer_wakes_its_waiters(void)
{
    StreamBufferHandle_t a = make_stream(8, 1);
    StreamBufferHandle_t b = make_stream(4, 1);
    static struct peer r;
    static struct peer w;
    TaskHandle_t tr, tw;

    fill_pattern();
    CHECK_EQ(xStreamBufferSend(b, pattern, 4, 0), 4);
    tr = start_peer(&r, reader_main, a, sizeof r.data, portMAX_DELAY, LOW);
    tw = start_peer(&w, writer_main, b, 4, 500, LOW);
    vTaskDelay(2);
    CHECK(!r.done && !w.done);
    vStreamBufferDelete(a);
    vStreamBufferDelete(b);
    vTaskDelay(1);
    CHECK(r.done && w.done);
    CHECK_EQ(r.result, 0);
    CHECK_EQ(w.result, 0);
    CHECK(w.took < 5U);
    vTaskDelete(tr);
    vTaskDelete(tw);
}

#if (configSUPPORT_STATIC_ALLOCATION == 1)
static StaticStreamBuffer_t static_struct;
static uint8_t static_storage[24];
static StaticMessageBuffer_t static_msg_struct;
static uint8_t static_msg_storage[24];

static void static_buffers_use_the_given_memory(void)
{
    StreamBufferHandle_t sb;
    MessageBufferHandle_t mb;
    StreamBufferHandle_t dyn = make_stream(8, 1);
    uint8_t *storage = NULL;
    StaticStreamBuffer_t *structure = NULL;
    uint8_t out[24];

    fill_pattern();
    sb = xStreamBufferCreateStatic(sizeof static_storage, 1, static_storage, &static_struct);
    CHECK(sb == (StreamBufferHandle_t)(void *)&static_struct);
    CHECK_EQ(xStreamBufferGetStaticBuffers(sb, &storage, &structure), pdTRUE);
    CHECK(storage == static_storage);
    CHECK(structure == &static_struct);
    CHECK_EQ(xStreamBufferGetStaticBuffers(dyn, &storage, &structure), pdFALSE);
    /* As in FreeRTOS, one byte of the storage is kept free. */
    CHECK_EQ(xStreamBufferSpacesAvailable(sb), sizeof static_storage - 1U);
    CHECK_EQ(xStreamBufferSend(sb, pattern, 30, 0), sizeof static_storage - 1U);
    CHECK_EQ(xStreamBufferReceive(sb, out, sizeof out, 0), sizeof static_storage - 1U);
    CHECK(memcmp(out, pattern, sizeof static_storage - 1U) == 0);

    mb = xMessageBufferCreateStatic(sizeof static_msg_storage, static_msg_storage,
                                    &static_msg_struct);
    CHECK(mb != NULL);
    CHECK_EQ(xMessageBufferGetStaticBuffers(mb, &storage, &structure), pdTRUE);
    CHECK(storage == static_msg_storage);
    CHECK_EQ(xMessageBufferSend(mb, pattern, sizeof static_msg_storage - 1U - HDR, 0),
             sizeof static_msg_storage - 1U - HDR);
    CHECK(xMessageBufferIsFull(mb));
#if (configUSE_TRACE_FACILITY == 1)
    CHECK_EQ(ucStreamBufferGetStreamBufferType(mb), 1);
    CHECK_EQ(ucStreamBufferGetStreamBufferType(sb), 0);
    vStreamBufferSetStreamBufferNumber(sb, 5);
    CHECK_EQ(uxStreamBufferGetStreamBufferNumber(sb), 5);
#endif
    vStreamBufferDelete(sb);
    vMessageBufferDelete(mb);
    vStreamBufferDelete(dyn);
}
#endif

/* ---- Bad arguments ---- */

static void bad_arguments_are_rejected(void)
{
    StreamBufferHandle_t sb = make_stream(8, 1);
    uint8_t data[8] = {0};
    BaseType_t woken = pdFALSE;

    CHECK(xStreamBufferCreate(0, 0) == NULL);
    CHECK(xStreamBufferCreate(8, 9) == NULL);
    CHECK(xMessageBufferCreate(HDR) == NULL);
    CHECK(xStreamBufferGenericCreate(8, 1, 3, NULL, NULL) == NULL);
    CHECK(xStreamBufferGenericCreate((size_t)-1, 1, sbTYPE_STREAM_BUFFER, NULL, NULL) == NULL);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    {
        static StaticStreamBuffer_t s;
        static uint8_t storage[8];
        uint8_t *pstorage = NULL;
        StaticStreamBuffer_t *pstruct = NULL;
        CHECK(xStreamBufferCreateStatic(8, 1, NULL, &s) == NULL);
        CHECK(xStreamBufferCreateStatic(8, 1, storage, NULL) == NULL);
        CHECK(xStreamBufferCreateStatic(8, 9, storage, &s) == NULL);
        CHECK(xMessageBufferCreateStatic(HDR, storage, &s) == NULL);
        CHECK_EQ(xStreamBufferGetStaticBuffers(NULL, &pstorage, &pstruct), pdFALSE);
    }
#endif
    CHECK_EQ(xStreamBufferSend(NULL, data, 1, 10), 0);
    CHECK_EQ(xStreamBufferSend(sb, NULL, 1, 10), 0);
    CHECK_EQ(xStreamBufferSend(sb, data, 0, 10), 0);
    CHECK_EQ(xStreamBufferSendFromISR(NULL, data, 1, &woken), 0);
    CHECK_EQ(xStreamBufferReceive(NULL, data, 1, 10), 0);
    CHECK_EQ(xStreamBufferReceive(sb, NULL, 1, 10), 0);
    CHECK_EQ(xStreamBufferReceiveFromISR(NULL, data, 1, &woken), 0);
    CHECK_EQ(woken, pdFALSE);
    CHECK_EQ(xStreamBufferIsFull(NULL), pdFALSE);
    CHECK_EQ(xStreamBufferIsEmpty(NULL), pdFALSE);
    CHECK_EQ(xStreamBufferReset(NULL), pdFAIL);
    CHECK_EQ(xStreamBufferResetFromISR(NULL), pdFAIL);
    CHECK_EQ(xStreamBufferSpacesAvailable(NULL), 0);
    CHECK_EQ(xStreamBufferBytesAvailable(NULL), 0);
    CHECK_EQ(xStreamBufferSetTriggerLevel(NULL, 1), pdFALSE);
    CHECK_EQ(xStreamBufferSendCompletedFromISR(NULL, &woken), pdFALSE);
    CHECK_EQ(xStreamBufferReceiveCompletedFromISR(NULL, &woken), pdFALSE);
    CHECK_EQ(xStreamBufferNextMessageLengthBytes(NULL), 0);
    CHECK_EQ(uxStreamBufferGetStreamBufferNotificationIndex(NULL), 0);
    vStreamBufferSetStreamBufferNotificationIndex(NULL, 0);
    vStreamBufferSetStreamBufferNotificationIndex(sb, configTASK_NOTIFICATION_ARRAY_ENTRIES);
    CHECK_EQ(uxStreamBufferGetStreamBufferNotificationIndex(sb), tskDEFAULT_INDEX_TO_NOTIFY);
    vStreamBufferDelete(NULL);
    /* None of that touched the buffer. */
    CHECK(xStreamBufferIsEmpty(sb));
    vStreamBufferDelete(sb);
}

/* ---- Stress ---- */

#define STRESS_BYTES (2UL * 1024UL * 1024UL)

struct stream_state
{
    uint32_t seed;
    uint32_t sum; /* Fletcher-style running checksum of the bytes */
    uint32_t sum2;
};

static uint32_t next_random(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

static void checksum_add(struct stream_state *st, uint8_t b)
{
    st->sum = (st->sum + b) % 65521U;
    st->sum2 = (st->sum2 + st->sum) % 65521U;
}

static struct
{
    StreamBufferHandle_t sb;
    int messages;
    volatile int writer_done;
    volatile int reader_done;
    volatile unsigned long mismatches;
    volatile unsigned long bytes_read;
    struct stream_state wstate;
    struct stream_state rstate;
    uint32_t expect_seed; /* the reader's copy of the byte generator */
    uint32_t len_seed;    /* the reader's copy of the writer's message lengths */
} stress;

static void stress_writer(void *arg)
{
    uint8_t chunk[64];
    unsigned long left = STRESS_BYTES;
    uint32_t lengths = 99U;

    (void)arg;
    while (left > 0U)
    {
        size_t n = (size_t)(next_random(&lengths) % 50U) + 1U;
        size_t i;
        size_t sent = 0;
        if (n > left)
        {
            n = (size_t)left;
        }
        for (i = 0; i < n; i++)
        {
            chunk[i] = (uint8_t)next_random(&stress.wstate.seed);
            checksum_add(&stress.wstate, chunk[i]);
        }
        while (sent < n)
        {
            /* A message buffer takes each message whole; a stream buffer may take part. */
            sent += xStreamBufferSend(stress.sb, chunk + sent, n - sent, portMAX_DELAY);
        }
        left -= n;
    }
    stress.writer_done = 1;
    vTaskSuspend(NULL);
}

static void stress_reader(void *arg)
{
    uint8_t buf[64];
    uint32_t sizes = 7U;

    (void)arg;
    while (stress.bytes_read < STRESS_BYTES)
    {
        size_t room = stress.messages ? sizeof buf : (size_t)(next_random(&sizes) % 40U) + 1U;
        size_t got = xStreamBufferReceive(stress.sb, buf, room, 100);
        size_t i;
        if (stress.messages && got != 0U)
        {
            /* Messages arrive whole, with the lengths the writer chose. */
            size_t want = (size_t)(next_random(&stress.len_seed) % 50U) + 1U;
            if (want > STRESS_BYTES - stress.bytes_read)
            {
                want = (size_t)(STRESS_BYTES - stress.bytes_read);
            }
            if (got != want)
            {
                stress.mismatches++;
            }
        }
        for (i = 0; i < got; i++)
        {
            if (buf[i] != (uint8_t)next_random(&stress.expect_seed))
            {
                stress.mismatches++;
            }
            checksum_add(&stress.rstate, buf[i]);
        }
        stress.bytes_read += got;
        if (got == 0U && stress.writer_done && xStreamBufferIsEmpty(stress.sb))
        {
            break; /* lost bytes: the comparison below fails */
        }
    }
    stress.reader_done = 1;
    vTaskSuspend(NULL);
}

static void run_stress(StreamBufferHandle_t sb, int messages, UBaseType_t writer_priority,
                       UBaseType_t reader_priority)
{
    TaskHandle_t w;
    TaskHandle_t r;
    UBaseType_t waited = 0;

    CHECK(sb != NULL);
    memset(&stress, 0, sizeof stress);
    stress.sb = sb;
    stress.messages = messages;
    stress.wstate.seed = 12345U;
    stress.expect_seed = 12345U;
    stress.len_seed = 99U;
    stress.wstate.sum = stress.rstate.sum = 1U;
    r = test_task(stress_reader, "reader", reader_priority, NULL);
    w = test_task(stress_writer, "writer", writer_priority, NULL);
    while (!(stress.reader_done && stress.writer_done) && waited < 600U)
    {
        vTaskDelay(100);
        waited++;
    }
    CHECK(stress.writer_done && stress.reader_done);
    CHECK_EQ(stress.bytes_read, STRESS_BYTES);
    CHECK_EQ(stress.mismatches, 0);
    CHECK_EQ(stress.rstate.sum, stress.wstate.sum);
    CHECK_EQ(stress.rstate.sum2, stress.wstate.sum2);
    CHECK(xStreamBufferIsEmpty(sb));
    vTaskDelete(w);
    vTaskDelete(r);
    vStreamBufferDelete(sb);
}

static void megabytes_stream_through_a_small_buffer_low_to_high(void)
{
    run_stress(xStreamBufferCreate(61, 1), 0, LOW - 2U, LOW);
}

static void megabytes_stream_through_a_small_buffer_high_to_low(void)
{
    run_stress(xStreamBufferCreate(61, 16), 0, LOW, LOW - 2U);
}

static void megabytes_of_messages_through_a_small_buffer(void)
{
    run_stress(xMessageBufferCreate(100), 1, LOW, LOW - 1U);
}

int main(void)
{
    RUN_TEST(stream_writes_and_reads_partially);
    RUN_TEST(ring_wraps_around_at_every_offset);
    RUN_TEST(reader_waits_for_the_trigger_level);
    RUN_TEST(trigger_level_can_change);
    RUN_TEST(writer_waits_for_room_for_all_it_sends);
    RUN_TEST(batching_reader_waits_for_more_than_the_trigger_level);
    RUN_TEST(messages_keep_their_boundaries);
    RUN_TEST(message_larger_than_the_buffer_is_refused_at_once);
    RUN_TEST(interrupt_writes_and_a_task_reads);
    RUN_TEST(task_writes_and_an_interrupt_reads);
#if (configUSE_SB_COMPLETED_CALLBACK == 1)
    RUN_TEST(callbacks_replace_the_default_wake_up);
    RUN_TEST(callbacks_hear_from_interrupts);
#endif
    RUN_TEST(reset_empties_unless_a_task_waits);
    RUN_TEST(deleting_a_buffer_wakes_its_waiters);
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    RUN_TEST(static_buffers_use_the_given_memory);
#endif
    RUN_TEST(bad_arguments_are_rejected);
    RUN_TEST(megabytes_stream_through_a_small_buffer_low_to_high);
    RUN_TEST(megabytes_stream_through_a_small_buffer_high_to_low);
    RUN_TEST(megabytes_of_messages_through_a_small_buffer);
    return test_summary();
}
