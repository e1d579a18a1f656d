/*
 * test_compat.c - the run-time half of the compat test: FreeRTOS list.h semantics (sorted
 * insertion, round-robin walking, removal of the walked item), atomic.h results, the values
 * FreeRTOS gives the headers' constants and enumerators, that every API function whose
 * type compat_api.c checked is defined, and that the notification macros pass their
 * arguments where FreeRTOS's do. Runs on every port through the kernel test harness.
 */
#include "harness.h"

#include "FreeRTOS.h"
#include "task.h"
#include "list.h"
#include "atomic.h"
#include "timers.h"

#include "compat_api.h"

#include <stdio.h>
#include <string.h>

/* ---- list.h ---- */

#define ITEMS 8

struct owner
{
    char name;
    ListItem_t item;
};

static struct owner owners[ITEMS];

static ListItem_t *new_item(size_t i, char name, TickType_t value)
{
    owners[i].name = name;
    vListInitialiseItem(&owners[i].item);
    listSET_LIST_ITEM_OWNER(&owners[i].item, &owners[i]);
    listSET_LIST_ITEM_VALUE(&owners[i].item, value);
    return &owners[i].item;
}

/* The owners' names from head to end marker, e.g. "abc". */
static void names_in_order(List_t *list, char *out, size_t size)
{
    const ListItem_t *it = listGET_HEAD_ENTRY(list);
    size_t n = 0;

    while (it != listGET_END_MARKER(list) && n + 1U < size)
    {
        out[n++] = ((struct owner *)listGET_LIST_ITEM_OWNER(it))->name;
        it = listGET_NEXT(it);
    }
    out[n] = '\0';
}

/* The names listGET_OWNER_OF_NEXT_ENTRY() returns in count calls. */
static void next_owners(List_t *list, size_t count, char *out)
{
    size_t i;
    for (i = 0; i < count; i++)
    {
        struct owner *o;
        listGET_OWNER_OF_NEXT_ENTRY(o, list);
        out[i] = o->name;
    }
    out[count] = '\0';
}

#define CHECK_STR(got, want)                                                                       \
    do                                                                                             \
    {                                                                                              \
        if (strcmp((got), (want)) != 0)                                                            \
        {                                                                                          \
            char text_[128];                                                                       \
            (void)snprintf(text_, sizeof text_, "%s: got \"%s\", want \"%s\"", #got, (got),        \
                           (want));                                                                \
            test_fail(__FILE__, __LINE__, text_);                                                  \
        }                                                                                          \
    } while (0)

static void list_insert_sorts_by_value_after_equal_values(void)
{
    List_t list;
    char order[ITEMS + 1];

    vListInitialise(&list);
    CHECK(listLIST_IS_INITIALISED(&list));
    CHECK(listLIST_IS_EMPTY(&list) == pdTRUE);
    CHECK_EQ(listCURRENT_LIST_LENGTH(&list), 0);

    vListInsert(&list, new_item(0, 'a', 30));
    vListInsert(&list, new_item(1, 'b', 10));
    vListInsert(&list, new_item(2, 'c', 20));
    vListInsert(&list, new_item(3, 'd', 20));
    vListInsert(&list, new_item(4, 'e', 10));
    vListInsert(&list, new_item(5, 'f', 0));
    names_in_order(&list, order, sizeof order);
    CHECK_STR(order, "fbecda");
    CHECK(listLIST_IS_EMPTY(&list) == pdFALSE);
    CHECK_EQ(listCURRENT_LIST_LENGTH(&list), 6);
    CHECK_EQ(listGET_ITEM_VALUE_OF_HEAD_ENTRY(&list), 0);
    CHECK(listGET_OWNER_OF_HEAD_ENTRY(&list) == (void *)&owners[5]);
    CHECK(listIS_CONTAINED_WITHIN(&list, &owners[3].item) == pdTRUE);
    CHECK(listLIST_ITEM_CONTAINER(&owners[3].item) == &list);
}

static void list_insert_puts_max_delay_items_last_in_arrival_order(void)
{
    List_t list;
    char order[ITEMS + 1];

    vListInitialise(&list);
    vListInsert(&list, new_item(0, 'a', portMAX_DELAY));
    vListInsert(&list, new_item(1, 'b', 5));
    vListInsert(&list, new_item(2, 'c', portMAX_DELAY));
    vListInsert(&list, new_item(3, 'd', (TickType_t)(portMAX_DELAY - 1U)));
    vListInsert(&list, new_item(4, 'e', 0));
    names_in_order(&list, order, sizeof order);
    CHECK_STR(order, "ebdac");
    /* The end marker keeps portMAX_DELAY and is never an entry. */
    CHECK(list.xListEnd.xItemValue == portMAX_DELAY);
    CHECK(listGET_NEXT(&owners[2].item) == listGET_END_MARKER(&list));
}

static void insert_end_and_next_entry_take_turns(void)
{
    List_t list;
    char seen[16];

    vListInitialise(&list);
    vListInsertEnd(&list, new_item(0, 'a', 0));
    vListInsertEnd(&list, new_item(1, 'b', 0));
    vListInsertEnd(&list, new_item(2, 'c', 0));
    /* The walk skips the end marker and wraps round. */
    next_owners(&list, 4, seen);
    CHECK_STR(seen, "abca");
    /* Inserted at the end means: returned last, after everything the walk has not yet
     * returned since the current item. */
    vListInsertEnd(&list, new_item(3, 'd', 0));
    next_owners(&list, 5, seen);
    CHECK_STR(seen, "bcdab");
    /* The macro form does the same. */
    listINSERT_END(&list, new_item(4, 'e', 0));
    next_owners(&list, 5, seen);
    CHECK_STR(seen, "cdaeb");
    CHECK_EQ(listCURRENT_LIST_LENGTH(&list), 5);
}

static void removing_the_walked_item_continues_the_walk_after_it(void)
{
    List_t list;
    char seen[16];

    vListInitialise(&list);
    vListInsertEnd(&list, new_item(0, 'a', 0));
    vListInsertEnd(&list, new_item(1, 'b', 0));
    vListInsertEnd(&list, new_item(2, 'c', 0));
    vListInsertEnd(&list, new_item(3, 'd', 0));
    next_owners(&list, 2, seen);
    CHECK_STR(seen, "ab");

    /* b is the list's index: the index steps back to a, so c comes next. */
    CHECK_EQ(uxListRemove(&owners[1].item), 3);
    CHECK(listLIST_ITEM_CONTAINER(&owners[1].item) == NULL);
    CHECK(listIS_CONTAINED_WITHIN(&list, &owners[1].item) == pdFALSE);
    next_owners(&list, 1, seen);
    CHECK_STR(seen, "c");

    /* Removing another item leaves the walk where it was. */
    CHECK_EQ(uxListRemove(&owners[0].item), 2);
    next_owners(&list, 3, seen);
    CHECK_STR(seen, "dcd");

    /* The macro form, on the index item (d) too. */
    listREMOVE_ITEM(&owners[3].item);
    CHECK_EQ(listCURRENT_LIST_LENGTH(&list), 1);
    next_owners(&list, 2, seen);
    CHECK_STR(seen, "cc");
    CHECK_EQ(uxListRemove(&owners[2].item), 0);
    CHECK(listLIST_IS_EMPTY(&list) == pdTRUE);
}

/* ---- atomic.h (in a task, where applications use it) ---- */

static void atomic_operations_return_the_previous_value(void)
{
    uint32_t volatile word = 5U;
    int a = 0;
    int b = 0;
    int c = 0;
    void *volatile pointer = &a;

    CHECK_EQ(ATOMIC_COMPARE_AND_SWAP_SUCCESS, 1);
    CHECK_EQ(ATOMIC_COMPARE_AND_SWAP_FAILURE, 0);

    CHECK_EQ(Atomic_CompareAndSwap_u32(&word, 9U, 4U), ATOMIC_COMPARE_AND_SWAP_FAILURE);
    CHECK_EQ(word, 5);
    CHECK_EQ(Atomic_CompareAndSwap_u32(&word, 9U, 5U), ATOMIC_COMPARE_AND_SWAP_SUCCESS);
    CHECK_EQ(word, 9);

    CHECK_EQ(Atomic_Add_u32(&word, 0xfffffff9U), 9);
    CHECK_EQ(word, 2); /* modulo 2^32 */
    CHECK_EQ(Atomic_Subtract_u32(&word, 3U), 2);
    CHECK_EQ(word, 0xffffffffU);
    CHECK_EQ(Atomic_Increment_u32(&word), 0xffffffffU);
    CHECK_EQ(word, 0);
    CHECK_EQ(Atomic_Decrement_u32(&word), 0);
    CHECK_EQ(word, 0xffffffffU);

    word = 0xf0U;
    CHECK_EQ(Atomic_OR_u32(&word, 0x0fU), 0xf0);
    CHECK_EQ(word, 0xff);
    CHECK_EQ(Atomic_AND_u32(&word, 0x3cU), 0xff);
    CHECK_EQ(word, 0x3c);
    CHECK_EQ(Atomic_NAND_u32(&word, 0x0fU), 0x3c);
    CHECK_EQ(word, 0xfffffff3U);
    CHECK_EQ(Atomic_XOR_u32(&word, 0xffffffffU), 0xfffffff3U);
    CHECK_EQ(word, 0x0c);

    CHECK(Atomic_SwapPointers_p32(&pointer, &b) == (void *)&a);
    CHECK(pointer == (void *)&b);
    CHECK_EQ(Atomic_CompareAndSwapPointers_p32(&pointer, &c, &a), ATOMIC_COMPARE_AND_SWAP_FAILURE);
    CHECK(pointer == (void *)&b);
    CHECK_EQ(Atomic_CompareAndSwapPointers_p32(&pointer, &c, &b), ATOMIC_COMPARE_AND_SWAP_SUCCESS);
    CHECK(pointer == (void *)&c);

    /* The operations leave interrupts as they found them. */
    {
        UBaseType_t outer = taskENTER_CRITICAL_FROM_ISR();
        (void)Atomic_Increment_u32(&word);
        taskEXIT_CRITICAL_FROM_ISR(outer);
    }
    CHECK_EQ(word, 0x0d);
}

/* ---- Constants ---- */

static void constants_have_the_values_freertos_gives_them(void)
{
    /* projdefs.h */
    CHECK_EQ(pdFALSE, 0);
    CHECK_EQ(pdTRUE, 1);
    CHECK_EQ(pdFALSE_SIGNED, 0);
    CHECK_EQ(pdTRUE_SIGNED, 1);
    CHECK_EQ(pdFALSE_UNSIGNED, 0);
    CHECK_EQ(pdTRUE_UNSIGNED, 1);
    CHECK_EQ(pdPASS, 1);
    CHECK_EQ(pdFAIL, 0);
    CHECK_EQ(errQUEUE_EMPTY, 0);
    CHECK_EQ(errQUEUE_FULL, 0);
    CHECK_EQ(errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY, -1);
    CHECK_EQ(errQUEUE_BLOCKED, -4);
    CHECK_EQ(errQUEUE_YIELD, -5);
    CHECK_EQ(pdMS_TO_TICKS(1000), configTICK_RATE_HZ);
    CHECK_EQ(pdTICKS_TO_MS(configTICK_RATE_HZ), 1000);
    CHECK_EQ(TICK_TYPE_WIDTH_16_BITS, 0);
    CHECK_EQ(TICK_TYPE_WIDTH_32_BITS, 1);
    CHECK_EQ(TICK_TYPE_WIDTH_64_BITS, 2);
    CHECK(portMAX_DELAY == (TickType_t)-1);
    CHECK_EQ(pdFREERTOS_LITTLE_ENDIAN, 0);
    CHECK_EQ(pdFREERTOS_BIG_ENDIAN, 1);
    CHECK_EQ(pdLITTLE_ENDIAN, 0);
    CHECK_EQ(pdBIG_ENDIAN, 1);
    {
        static const struct
        {
            int value;
            int freertos;
        } errnos[] = {
            {pdFREERTOS_ERRNO_NONE, 0},          {pdFREERTOS_ERRNO_ENOENT, 2},
            {pdFREERTOS_ERRNO_EINTR, 4},         {pdFREERTOS_ERRNO_EIO, 5},
            {pdFREERTOS_ERRNO_ENXIO, 6},         {pdFREERTOS_ERRNO_EBADF, 9},
            {pdFREERTOS_ERRNO_EAGAIN, 11},       {pdFREERTOS_ERRNO_EWOULDBLOCK, 11},
            {pdFREERTOS_ERRNO_ENOMEM, 12},       {pdFREERTOS_ERRNO_EACCES, 13},
            {pdFREERTOS_ERRNO_EFAULT, 14},       {pdFREERTOS_ERRNO_EBUSY, 16},
            {pdFREERTOS_ERRNO_EEXIST, 17},       {pdFREERTOS_ERRNO_EXDEV, 18},
            {pdFREERTOS_ERRNO_ENODEV, 19},       {pdFREERTOS_ERRNO_ENOTDIR, 20},
            {pdFREERTOS_ERRNO_EISDIR, 21},       {pdFREERTOS_ERRNO_EINVAL, 22},
            {pdFREERTOS_ERRNO_ENOSPC, 28},       {pdFREERTOS_ERRNO_ESPIPE, 29},
            {pdFREERTOS_ERRNO_EROFS, 30},        {pdFREERTOS_ERRNO_EUNATCH, 42},
            {pdFREERTOS_ERRNO_EBADE, 50},        {pdFREERTOS_ERRNO_EFTYPE, 79},
            {pdFREERTOS_ERRNO_ENMFILE, 89},      {pdFREERTOS_ERRNO_ENOTEMPTY, 90},
            {pdFREERTOS_ERRNO_ENAMETOOLONG, 91}, {pdFREERTOS_ERRNO_EOPNOTSUPP, 95},
            {pdFREERTOS_ERRNO_EAFNOSUPPORT, 97}, {pdFREERTOS_ERRNO_ENOBUFS, 105},
            {pdFREERTOS_ERRNO_ENOPROTOOPT, 109}, {pdFREERTOS_ERRNO_EADDRINUSE, 112},
            {pdFREERTOS_ERRNO_ETIMEDOUT, 116},   {pdFREERTOS_ERRNO_EINPROGRESS, 119},
            {pdFREERTOS_ERRNO_EALREADY, 120},    {pdFREERTOS_ERRNO_EADDRNOTAVAIL, 125},
            {pdFREERTOS_ERRNO_EISCONN, 127},     {pdFREERTOS_ERRNO_ENOTCONN, 128},
            {pdFREERTOS_ERRNO_ENOMEDIUM, 135},   {pdFREERTOS_ERRNO_EILSEQ, 138},
            {pdFREERTOS_ERRNO_ECANCELED, 140},
        };
        size_t i;
        for (i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
        {
            CHECK_EQ(errnos[i].value, errnos[i].freertos);
        }
    }

    /* task.h */
    CHECK_STR(tskKERNEL_VERSION_NUMBER, "V11.1.0");
    CHECK_EQ(tskKERNEL_VERSION_MAJOR, 11);
    CHECK_EQ(tskKERNEL_VERSION_MINOR, 1);
    CHECK_EQ(tskKERNEL_VERSION_BUILD, 0);
    CHECK_EQ(tskIDLE_PRIORITY, 0);
    CHECK(tskNO_AFFINITY == (UBaseType_t)-1);
    CHECK_EQ(tskDEFAULT_INDEX_TO_NOTIFY, 0);
    CHECK_EQ(tskMPU_REGION_READ_ONLY, 1);
    CHECK_EQ(tskMPU_REGION_READ_WRITE, 2);
    CHECK_EQ(tskMPU_REGION_EXECUTE_NEVER, 4);
    CHECK_EQ(tskMPU_REGION_NORMAL_MEMORY, 8);
    CHECK_EQ(tskMPU_REGION_DEVICE_MEMORY, 16);
    CHECK_EQ(tskMPU_READ_PERMISSION, 1);
    CHECK_EQ(tskMPU_WRITE_PERMISSION, 2);
    CHECK_EQ(taskSCHEDULER_SUSPENDED, 0);
    CHECK_EQ(taskSCHEDULER_NOT_STARTED, 1);
    CHECK_EQ(taskSCHEDULER_RUNNING, 2);
    CHECK(taskVALID_CORE_ID(0) == pdTRUE);
    CHECK(taskVALID_CORE_ID(1) == pdFALSE);
    CHECK(taskVALID_CORE_ID(-1) == pdFALSE);
    CHECK_EQ(eRunning, 0);
    CHECK_EQ(eReady, 1);
    CHECK_EQ(eBlocked, 2);
    CHECK_EQ(eSuspended, 3);
    CHECK_EQ(eDeleted, 4);
    CHECK_EQ(eInvalid, 5);
    CHECK_EQ(eNoAction, 0);
    CHECK_EQ(eSetBits, 1);
    CHECK_EQ(eIncrement, 2);
    CHECK_EQ(eSetValueWithOverwrite, 3);
    CHECK_EQ(eSetValueWithoutOverwrite, 4);
    CHECK_EQ(eAbortSleep, 0);
    CHECK_EQ(eStandardSleep, 1);
#if (INCLUDE_vTaskSuspend == 1)
    CHECK_EQ(eNoTasksWaitingTimeout, 2);
#endif

    /* The storage types for static allocation are exactly as large as what they stand for. */
    CHECK_EQ(sizeof(StaticListItem_t), sizeof(ListItem_t));
    CHECK_EQ(sizeof(StaticMiniListItem_t), sizeof(MiniListItem_t));
    CHECK_EQ(sizeof(StaticList_t), sizeof(List_t));
    CHECK(compat_use_types() > 0U);
}

/* ---- Every function is there ---- */

static void every_api_function_is_defined(void)
{
    size_t n = compat_take_functions();
    size_t i;

    CHECK(n > 40U);
    for (i = 0; i < n; i++)
    {
        const char *name = NULL;
        if (compat_function(i, &name) == NULL)
        {
            test_fail(__FILE__, __LINE__, name);
        }
    }
    compat_use_macros(0);
}

/* ---- The notification macros pass what FreeRTOS's pass ---- */

static void notification_macros_address_the_slot_and_value_they_name(void)
{
    TaskHandle_t self = xTaskGetCurrentTaskHandle();
    uint32_t value = 0U;
    uint32_t previous = 0U;
    const UBaseType_t last = configTASK_NOTIFICATION_ARRAY_ENTRIES - 1;

    CHECK(xTaskNotifyAndQuery(self, 5U, eSetValueWithOverwrite, &previous) == pdPASS);
    CHECK(xTaskNotifyAndQuery(self, 2U, eSetBits, &previous) == pdPASS);
    CHECK_EQ(previous, 5);
    CHECK(xTaskNotifyAndQuery(self, 1U, eSetValueWithoutOverwrite, NULL) == pdFAIL);
    CHECK(xTaskNotifyWait(0U, 0xffffffffU, &value, 0) == pdTRUE);
    CHECK_EQ(value, 7);
    CHECK(xTaskNotifyWait(0U, 0U, &value, 0) == pdFALSE);

    CHECK(xTaskNotifyGiveIndexed(self, last) == pdPASS);
    CHECK(xTaskNotifyIndexed(self, last, 0U, eIncrement) == pdPASS);
    CHECK_EQ(ulTaskNotifyValueClearIndexed(self, last, 0U), 2);
    CHECK(xTaskNotifyStateClearIndexed(self, last) == pdTRUE);
    CHECK(xTaskNotifyStateClearIndexed(self, last) == pdFALSE);
    CHECK_EQ(ulTaskNotifyTakeIndexed(last, pdFALSE, 0), 2);
    CHECK_EQ(ulTaskNotifyTakeIndexed(last, pdTRUE, 0), 1);
    CHECK_EQ(ulTaskNotifyTakeIndexed(last, pdTRUE, 0), 0);

    CHECK(xTaskNotifyAndQueryIndexed(self, last, 0x30U, eSetValueWithOverwrite, NULL) == pdPASS);
    CHECK(xTaskNotifyWaitIndexed(last, 0U, 0x10U, &value, 0) == pdTRUE);
    CHECK_EQ(value, 0x30);
    CHECK_EQ(ulTaskNotifyValueClearIndexed(self, last, 0xffffffffU), 0x20);
    CHECK_EQ(ulTaskNotifyValueClear(self, 0xffffffffU), 0);
}

/* ---- Names the kernel gives its own tasks ---- */

static void kernel_tasks_have_freertos_default_names(void)
{
    CHECK_STR(configIDLE_TASK_NAME, "IDLE");
    CHECK_STR(configTIMER_SERVICE_TASK_NAME, "Tmr Svc");
#if (INCLUDE_xTaskGetIdleTaskHandle == 1)
    CHECK_STR(pcTaskGetName(xTaskGetIdleTaskHandle()), "IDLE");
#endif
#if (configUSE_TIMERS == 1)
    CHECK_STR(pcTaskGetName(xTimerGetTimerDaemonTaskHandle()), "Tmr Svc");
#endif
}

int main(void)
{
    RUN_PLAIN_TEST(list_insert_sorts_by_value_after_equal_values);
    RUN_PLAIN_TEST(list_insert_puts_max_delay_items_last_in_arrival_order);
    RUN_PLAIN_TEST(insert_end_and_next_entry_take_turns);
    RUN_PLAIN_TEST(removing_the_walked_item_continues_the_walk_after_it);
    RUN_PLAIN_TEST(constants_have_the_values_freertos_gives_them);
    RUN_PLAIN_TEST(every_api_function_is_defined);
    RUN_TEST(atomic_operations_return_the_previous_value);
    RUN_TEST(notification_macros_address_the_slot_and_value_they_name);
    RUN_TEST(kernel_tasks_have_freertos_default_names);
    return test_summary();
}
