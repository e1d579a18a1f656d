/*
 * compat_api.c - what a FreeRTOS V11.1 application (single core, no MPU) may use from
 * FreeRTOS.h, projdefs.h, portable.h, task.h, list.h and atomic.h, used with FreeRTOS's own
 * types: each function is assigned to a pointer of the exact type FreeRTOS declares it
 * with, each struct member is reached through a pointer of its exact type, each macro is
 * expanded. Built with -Werror as C on every port and as C++ on the simulator
 * (compat_api_cxx.cpp), so any difference in a name, signature or type fails the build.
 * Declarations FreeRTOS makes only in some configurations are used under the same
 * conditions. test_compat.c runs the behavioural checks.
 */
#include "FreeRTOS.h"
#include "task.h"
#include "list.h"
#include "atomic.h"
#include "queue.h"
#include "semphr.h"
#include "timers.h"

#include "compat_api.h"

/* ---- Functions ---- */

typedef void (*any_function_t)(void);

#define COMPAT_MAX_FUNCTIONS 128

static any_function_t taken[COMPAT_MAX_FUNCTIONS];
static const char *taken_names[COMPAT_MAX_FUNCTIONS];
static size_t taken_count;

static void take(any_function_t fn, const char *name)
{
    if (taken_count < COMPAT_MAX_FUNCTIONS)
    {
        taken[taken_count] = fn;
        taken_names[taken_count] = name;
        taken_count++;
    }
}

/* USE(ret, fn, (params)): fn must convert to ret (*)(params) without a diagnostic. */
#define USE(ret, fn, params)                                                                       \
    do                                                                                             \
    {                                                                                              \
        ret(*const pointer_) params = fn;                                                          \
        take((any_function_t)pointer_, #fn);                                                       \
    } while (0)

/* CHECK_ONLY(ret, fn, (params)): the same check for a function the test cannot link (it
 * exists in some builds only), without referring to it in generated code. */
#define CHECK_ONLY(ret, fn, params)                                                                \
    do                                                                                             \
    {                                                                                              \
        ret(*pointer_) params = NULL;                                                              \
        (void)sizeof(pointer_ = fn);                                                               \
        (void)pointer_;                                                                            \
    } while (0)

size_t compat_take_functions(void)
{
    taken_count = 0;

    /* task.h: creating and deleting */
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    USE(BaseType_t, xTaskCreate,
        (TaskFunction_t, const char *const, const configSTACK_DEPTH_TYPE, void *const, UBaseType_t,
         TaskHandle_t *const));
#endif
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    USE(TaskHandle_t, xTaskCreateStatic,
        (TaskFunction_t, const char *const, const configSTACK_DEPTH_TYPE, void *const, UBaseType_t,
         StackType_t *const, StaticTask_t *const));
    USE(BaseType_t, xTaskGetStaticBuffers, (TaskHandle_t, StackType_t **, StaticTask_t **));
#endif
#if (INCLUDE_vTaskDelete == 1)
    USE(void, vTaskDelete, (TaskHandle_t));
#endif

    /* task.h: task control */
#if (INCLUDE_vTaskDelay == 1)
    USE(void, vTaskDelay, (const TickType_t));
#endif
#if (INCLUDE_xTaskDelayUntil == 1)
    USE(BaseType_t, xTaskDelayUntil, (TickType_t *const, const TickType_t));
#endif
#if (INCLUDE_xTaskAbortDelay == 1)
    USE(BaseType_t, xTaskAbortDelay, (TaskHandle_t));
#endif
#if (INCLUDE_uxTaskPriorityGet == 1)
    USE(UBaseType_t, uxTaskPriorityGet, (const TaskHandle_t));
    USE(UBaseType_t, uxTaskPriorityGetFromISR, (const TaskHandle_t));
    USE(UBaseType_t, uxTaskBasePriorityGet, (const TaskHandle_t));
    USE(UBaseType_t, uxTaskBasePriorityGetFromISR, (const TaskHandle_t));
#endif
#if (INCLUDE_eTaskGetState == 1) || (configUSE_TRACE_FACILITY == 1) ||                             \
    (INCLUDE_xTaskAbortDelay == 1)
    USE(eTaskState, eTaskGetState, (TaskHandle_t));
#endif
#if (configUSE_TRACE_FACILITY == 1)
    USE(void, vTaskGetInfo, (TaskHandle_t, TaskStatus_t *, BaseType_t, eTaskState));
#endif
#if (INCLUDE_vTaskPrioritySet == 1)
    USE(void, vTaskPrioritySet, (TaskHandle_t, UBaseType_t));
#endif
#if (INCLUDE_vTaskSuspend == 1)
    USE(void, vTaskSuspend, (TaskHandle_t));
    USE(void, vTaskResume, (TaskHandle_t));
#if (INCLUDE_xTaskResumeFromISR == 1)
    USE(BaseType_t, xTaskResumeFromISR, (TaskHandle_t));
#endif
#endif

    /* task.h: the scheduler */
    USE(void, vTaskStartScheduler, (void));
    USE(void, vTaskEndScheduler, (void));
    USE(void, vTaskSuspendAll, (void));
    USE(BaseType_t, xTaskResumeAll, (void));
    USE(void, vTaskResetState, (void));

    /* task.h: utilities */
    USE(TickType_t, xTaskGetTickCount, (void));
    USE(TickType_t, xTaskGetTickCountFromISR, (void));
    USE(UBaseType_t, uxTaskGetNumberOfTasks, (void));
    USE(char *, pcTaskGetName, (TaskHandle_t));
#if (INCLUDE_xTaskGetHandle == 1)
    USE(TaskHandle_t, xTaskGetHandle, (const char *));
#endif
#if (INCLUDE_uxTaskGetStackHighWaterMark == 1)
    USE(UBaseType_t, uxTaskGetStackHighWaterMark, (TaskHandle_t));
#endif
#if (INCLUDE_uxTaskGetStackHighWaterMark2 == 1)
    USE(configSTACK_DEPTH_TYPE, uxTaskGetStackHighWaterMark2, (TaskHandle_t));
#endif
#if (configUSE_APPLICATION_TASK_TAG == 1)
    USE(void, vTaskSetApplicationTaskTag, (TaskHandle_t, TaskHookFunction_t));
    USE(TaskHookFunction_t, xTaskGetApplicationTaskTag, (TaskHandle_t));
    USE(TaskHookFunction_t, xTaskGetApplicationTaskTagFromISR, (TaskHandle_t));
    USE(BaseType_t, xTaskCallApplicationTaskHook, (TaskHandle_t, void *));
#endif
#if (configNUM_THREAD_LOCAL_STORAGE_POINTERS > 0)
    USE(void, vTaskSetThreadLocalStoragePointer, (TaskHandle_t, BaseType_t, void *));
    USE(void *, pvTaskGetThreadLocalStoragePointer, (TaskHandle_t, BaseType_t));
#endif
#if (INCLUDE_xTaskGetIdleTaskHandle == 1)
    USE(TaskHandle_t, xTaskGetIdleTaskHandle, (void));
    USE(TaskHandle_t, xTaskGetIdleTaskHandleForCore, (BaseType_t));
#endif
#if (configUSE_TRACE_FACILITY == 1)
    USE(UBaseType_t, uxTaskGetSystemState,
        (TaskStatus_t *const, const UBaseType_t, configRUN_TIME_COUNTER_TYPE *const));
#endif
#if (configUSE_TRACE_FACILITY == 1) && (configUSE_STATS_FORMATTING_FUNCTIONS > 0) &&               \
    (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    USE(void, vTaskListTasks, (char *, size_t));
#if (configGENERATE_RUN_TIME_STATS == 1)
    USE(void, vTaskGetRunTimeStatistics, (char *, size_t));
#endif
#endif
#if (configGENERATE_RUN_TIME_STATS == 1)
    USE(configRUN_TIME_COUNTER_TYPE, ulTaskGetRunTimeCounter, (const TaskHandle_t));
    USE(configRUN_TIME_COUNTER_TYPE, ulTaskGetRunTimePercent, (const TaskHandle_t));
#if (INCLUDE_xTaskGetIdleTaskHandle == 1)
    USE(configRUN_TIME_COUNTER_TYPE, ulTaskGetIdleRunTimeCounter, (void));
    USE(configRUN_TIME_COUNTER_TYPE, ulTaskGetIdleRunTimePercent, (void));
#endif
#endif
    USE(void, vTaskSetTimeOutState, (TimeOut_t *const));
    USE(BaseType_t, xTaskCheckForTimeOut, (TimeOut_t *const, TickType_t *const));
    USE(BaseType_t, xTaskCatchUpTicks, (TickType_t));

    /* task.h: notifications */
    USE(BaseType_t, xTaskGenericNotify,
        (TaskHandle_t, UBaseType_t, uint32_t, eNotifyAction, uint32_t *));
    USE(BaseType_t, xTaskGenericNotifyFromISR,
        (TaskHandle_t, UBaseType_t, uint32_t, eNotifyAction, uint32_t *, BaseType_t *));
    USE(BaseType_t, xTaskGenericNotifyWait,
        (UBaseType_t, uint32_t, uint32_t, uint32_t *, TickType_t));
    USE(void, vTaskGenericNotifyGiveFromISR, (TaskHandle_t, UBaseType_t, BaseType_t *));
    USE(uint32_t, ulTaskGenericNotifyTake, (UBaseType_t, BaseType_t, TickType_t));
    USE(BaseType_t, xTaskGenericNotifyStateClear, (TaskHandle_t, UBaseType_t));
    USE(uint32_t, ulTaskGenericNotifyValueClear, (TaskHandle_t, UBaseType_t, uint32_t));

    /* task.h: application hooks the kernel calls (the test harness defines them) */
#if (configCHECK_FOR_STACK_OVERFLOW > 0)
    USE(void, vApplicationStackOverflowHook, (TaskHandle_t, char *));
#endif
#if (configUSE_IDLE_HOOK == 1)
    USE(void, vApplicationIdleHook, (void));
#endif
#if (configUSE_TICK_HOOK != 0)
    USE(void, vApplicationTickHook, (void));
#endif
#if (configSUPPORT_STATIC_ALLOCATION == 1)
    USE(void, vApplicationGetIdleTaskMemory,
        (StaticTask_t **, StackType_t **, configSTACK_DEPTH_TYPE *));
#endif

    /* task.h: the scheduler interface for ports */
    USE(BaseType_t, xTaskIncrementTick, (void));
    USE(void, vTaskSwitchContext, (void));
    USE(TaskHandle_t, xTaskGetCurrentTaskHandle, (void));
    USE(TaskHandle_t, xTaskGetCurrentTaskHandleForCore, (BaseType_t));
    USE(void, vTaskMissedYield, (void));
#if (INCLUDE_xTaskGetSchedulerState == 1) || (configUSE_TIMERS == 1)
    USE(BaseType_t, xTaskGetSchedulerState, (void));
#endif
    USE(void, vTaskInternalSetTimeOutState, (TimeOut_t *const));
#if (configUSE_TRACE_FACILITY == 1)
    USE(UBaseType_t, uxTaskGetTaskNumber, (TaskHandle_t));
    USE(void, vTaskSetTaskNumber, (TaskHandle_t, const UBaseType_t));
#endif
#if (configUSE_TICKLESS_IDLE != 0)
    USE(void, vTaskStepTick, (TickType_t));
    USE(eSleepModeStatus, eTaskConfirmSleepModeStatus, (void));
#endif

    /* list.h */
    USE(void, vListInitialise, (List_t *const));
    USE(void, vListInitialiseItem, (ListItem_t *const));
    USE(void, vListInsert, (List_t *const, ListItem_t *const));
    USE(void, vListInsertEnd, (List_t *const, ListItem_t *const));
    USE(UBaseType_t, uxListRemove, (ListItem_t *const));

    /* portable.h: the port */
#if (portHAS_STACK_OVERFLOW_CHECKING == 1)
    USE(StackType_t *, pxPortInitialiseStack,
        (StackType_t *, StackType_t *, TaskFunction_t, void *));
#else
    USE(StackType_t *, pxPortInitialiseStack, (StackType_t *, TaskFunction_t, void *));
#endif
    USE(BaseType_t, xPortStartScheduler, (void));
    USE(void, vPortEndScheduler, (void));

    /* portable.h: the heap (heap_5 alone has vPortDefineHeapRegions) */
    CHECK_ONLY(void, vPortDefineHeapRegions, (const HeapRegion_t *const));
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    USE(void *, pvPortMalloc, (size_t));
    USE(void *, pvPortCalloc, (size_t, size_t));
    USE(void, vPortFree, (void *));
    USE(void, vPortInitialiseBlocks, (void));
    USE(size_t, xPortGetFreeHeapSize, (void));
    USE(size_t, xPortGetMinimumEverFreeHeapSize, (void));
    USE(void, vPortGetHeapStats, (HeapStats_t *));
    USE(void, vPortHeapResetState, (void));
    USE(void *, pvPortMallocStack, (size_t));
    USE(void, vPortFreeStack, (void *));
#endif
#if (configUSE_MALLOC_FAILED_HOOK == 1)
    USE(void, vApplicationMallocFailedHook, (void));
#endif

    return taken_count;
}

void (*compat_function(size_t i, const char **name))(void)
{
    if (i >= taken_count)
    {
        *name = NULL;
        return NULL;
    }
    *name = taken_names[i];
    return taken[i];
}

/* ---- Macros ---- */

/* A task function written with the port's macros, as FreeRTOS demos write them. */
static portTASK_FUNCTION_PROTO(compat_task, pvParameters);
static portTASK_FUNCTION(compat_task, pvParameters)
{
    (void)pvParameters;
    vTaskDelete(NULL);
}

static BaseType_t compat_hook(void *pvParameter)
{
    return pvParameter != NULL ? pdPASS : pdFAIL;
}

static void compat_use_list_macros(void)
{
    List_t list;
    ListItem_t item;
    void *owner = NULL;
    TickType_t value;

    vListInitialise(&list);
    vListInitialiseItem(&item);
    listSET_LIST_ITEM_OWNER(&item, &list);
    listSET_LIST_ITEM_VALUE(&item, (TickType_t)5);
    value = listGET_LIST_ITEM_VALUE(&item);
    listINSERT_END(&list, &item);
    owner = listGET_LIST_ITEM_OWNER(&item);
    value = (TickType_t)(value + listGET_ITEM_VALUE_OF_HEAD_ENTRY(&list));
    (void)listGET_HEAD_ENTRY(&list);
    (void)listGET_NEXT(&item);
    (void)listGET_END_MARKER(&list);
    (void)listLIST_IS_EMPTY(&list);
    (void)listCURRENT_LIST_LENGTH(&list);
    listGET_OWNER_OF_NEXT_ENTRY(owner, &list);
    owner = listGET_OWNER_OF_HEAD_ENTRY(&list);
    (void)listIS_CONTAINED_WITHIN(&list, &item);
    (void)listLIST_ITEM_CONTAINER(&item);
    (void)listLIST_IS_INITIALISED(&list);
    listREMOVE_ITEM(&item);
    listSET_FIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE(&item);
    listSET_SECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE(&item);
    listSET_LIST_INTEGRITY_CHECK_1_VALUE(&list);
    listSET_LIST_INTEGRITY_CHECK_2_VALUE(&list);
    listTEST_LIST_ITEM_INTEGRITY(&item);
    listTEST_LIST_INTEGRITY(&list);
    (void)owner;
    (void)value;
}

static void compat_use_atomic_macros(void)
{
    uint32_t volatile word = 0U;
    void *volatile pointer = NULL;
    uint32_t results = 0U;

    results += Atomic_CompareAndSwap_u32(&word, 1U, 0U);
    (void)Atomic_SwapPointers_p32(&pointer, (void *)&results);
    results += Atomic_CompareAndSwapPointers_p32(&pointer, NULL, (void *)&results);
    results += Atomic_Add_u32(&word, 2U);
    results += Atomic_Subtract_u32(&word, 1U);
    results += Atomic_Increment_u32(&word);
    results += Atomic_Decrement_u32(&word);
    results += Atomic_OR_u32(&word, 8U);
    results += Atomic_AND_u32(&word, 12U);
    results += Atomic_NAND_u32(&word, 4U);
    results += Atomic_XOR_u32(&word, 1U);
    {
        ATOMIC_ENTER_CRITICAL();
        word = word + ATOMIC_COMPARE_AND_SWAP_SUCCESS + ATOMIC_COMPARE_AND_SWAP_FAILURE;
        ATOMIC_EXIT_CRITICAL();
    }
    (void)results;
}

/* Every trace hook expands to a statement (empty by default). A sample of each family. */
static void compat_use_trace_macros(TaskHandle_t task, List_t *list)
{
    BaseType_t timed_out = pdFALSE;
    (void)task;
    (void)list;
    traceSTART();
    traceEND();
    traceTASK_SWITCHED_IN();
    traceTASK_SWITCHED_OUT();
    traceINCREASE_TICK_COUNT(1);
    traceLOW_POWER_IDLE_BEGIN();
    traceLOW_POWER_IDLE_END();
    traceTASK_CREATE(task);
    traceTASK_DELETE(task);
    traceTASK_DELAY();
    traceTASK_DELAY_UNTIL(1);
    traceTASK_NOTIFY(0);
    traceISR_ENTER();
    traceISR_EXIT();
    traceISR_EXIT_TO_SCHEDULER();
    traceMALLOC(task, 1);
    traceFREE(task, 1);
    traceEVENT_GROUP_SYNC_END(task, 1, 1, timed_out);
    traceEVENT_GROUP_WAIT_BITS_END(task, 1, timed_out);
    traceENTER_xTaskCreate(compat_task, "c", 1, NULL, 1, NULL);
    traceRETURN_xTaskCreate(pdPASS);
    traceENTER_vTaskDelete(task);
    traceRETURN_vTaskDelete();
    traceENTER_xTaskGenericNotifyFromISR(task, 0, 1, eSetBits, NULL, NULL);
    traceRETURN_xTaskGenericNotifyFromISR(pdPASS);
    traceENTER_vTaskListTasks(NULL, 0);
    traceRETURN_vTaskListTasks();
    traceENTER_vListInsert(list, NULL);
    traceRETURN_vListInsert();
    traceENTER_uxListRemove(NULL);
    traceRETURN_uxListRemove(0);
    traceENTER_xTaskGetIdleTaskHandleForCore(0);
    traceRETURN_xTaskGetIdleTaskHandleForCore(task);
    traceENTER_xCoRoutineCreate(NULL, 0, 0);
    traceRETURN_xCoRoutineCreate(pdPASS);
}

void compat_use_macros(int run)
{
    TaskHandle_t self;
    TickType_t wake;
    uint32_t value = 0U;
    BaseType_t woken = pdFALSE;
    UBaseType_t saved;
    List_t list;
    char text[64];

    if (!run)
    {
        return;
    }
    self = xTaskGetCurrentTaskHandle();
    wake = xTaskGetTickCount();
    vListInitialise(&list);

    /* projdefs.h */
    wake = (TickType_t)(wake + pdMS_TO_TICKS(10) + pdTICKS_TO_MS(10));

    /* task.h: critical sections and yielding */
    taskENTER_CRITICAL();
    taskEXIT_CRITICAL();
    saved = taskENTER_CRITICAL_FROM_ISR();
    taskEXIT_CRITICAL_FROM_ISR(saved);
    taskDISABLE_INTERRUPTS();
    taskENABLE_INTERRUPTS();
    taskYIELD();
    taskYIELD_WITHIN_API();
    (void)taskVALID_CORE_ID(0);

    /* task.h: macros over functions */
    vTaskDelayUntil(&wake, pdMS_TO_TICKS(1));
#if (configUSE_TRACE_FACILITY == 1) && (configUSE_STATS_FORMATTING_FUNCTIONS > 0) &&               \
    (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    /* (These assume configSTATS_BUFFER_MAX_LENGTH bytes: only compiled, never run.) */
    vTaskList(text);
#if (configGENERATE_RUN_TIME_STATS == 1)
    vTaskGetRunTimeStats(text);
#endif
#endif
    text[0] = '\0';
    (void)xTaskNotify(self, 1U, eSetBits);
    (void)xTaskNotifyIndexed(self, 0, 1U, eIncrement);
    (void)xTaskNotifyAndQuery(self, 2U, eSetValueWithOverwrite, &value);
    (void)xTaskNotifyAndQueryIndexed(self, 0, 3U, eSetValueWithoutOverwrite, &value);
    (void)xTaskNotifyFromISR(self, 1U, eNoAction, &woken);
    (void)xTaskNotifyIndexedFromISR(self, 0, 1U, eNoAction, &woken);
    (void)xTaskNotifyAndQueryFromISR(self, 1U, eSetBits, &value, &woken);
    (void)xTaskNotifyAndQueryIndexedFromISR(self, 0, 1U, eSetBits, &value, &woken);
    (void)xTaskNotifyWait(0U, 0U, &value, 0);
    (void)xTaskNotifyWaitIndexed(0, 0U, 0U, &value, 0);
    (void)xTaskNotifyGive(self);
    (void)xTaskNotifyGiveIndexed(self, 0);
    vTaskNotifyGiveFromISR(self, &woken);
    vTaskNotifyGiveIndexedFromISR(self, 0, &woken);
    value += ulTaskNotifyTake(pdTRUE, 0);
    value += ulTaskNotifyTakeIndexed(0, pdFALSE, 0);
    (void)xTaskNotifyStateClear(self);
    (void)xTaskNotifyStateClearIndexed(self, 0);
    value += ulTaskNotifyValueClear(self, 0xffU);
    value += ulTaskNotifyValueClearIndexed(self, 0, 0xffU);
    portYIELD_FROM_ISR(woken);
    portEND_SWITCHING_ISR(woken);

    /* FreeRTOS.h: defaults an application may expand */
    configASSERT(value != 0xdeadU);
    configPRECONDITION(value != 0xdeadU);
    configPRINTF(("%u\n", (unsigned)value));
    value = configMAX(value, 1U) + configMIN(value, 1U);
    mtCOVERAGE_TEST_MARKER();
    mtCOVERAGE_TEST_DELAY();
    portMEMORY_BARRIER();
    portSOFTWARE_BARRIER();
    portNOP();
    portTASK_USES_FLOATING_POINT();
    portALLOCATE_SECURE_CONTEXT(0);
    portCONFIGURE_TIMER_FOR_RUN_TIME_STATS();
    configPRE_SUPPRESS_TICKS_AND_SLEEP_PROCESSING(wake);
    configPRE_SLEEP_PROCESSING(wake);
    configPOST_SLEEP_PROCESSING(wake);
    (void)portGET_CORE_ID();
    portGET_TASK_LOCK();
    portRELEASE_TASK_LOCK();
    portGET_ISR_LOCK();
    portRELEASE_ISR_LOCK();
    saved = portTICK_TYPE_SET_INTERRUPT_MASK_FROM_ISR();
    portTICK_TYPE_CLEAR_INTERRUPT_MASK_FROM_ISR(saved);
    portTICK_TYPE_ENTER_CRITICAL();
    portTICK_TYPE_EXIT_CRITICAL();
    wake = (TickType_t)(wake + portTICK_PERIOD_MS + portTICK_RATE_MS);

    /* configENABLE_BACKWARD_COMPATIBILITY: the pre-V8 names */
    (void)eTaskStateGet(self);
    (void)pcTaskGetTaskName(self);
#if (configUSE_TRACE_FACILITY == 1)
    {
        xTaskStatusType status;
        vTaskGetTaskInfo(self, &status, pdFALSE, eInvalid);
    }
#endif
#if (configGENERATE_RUN_TIME_STATS == 1) && (INCLUDE_xTaskGetIdleTaskHandle == 1)
    (void)xTaskGetIdleRunTimeCounter();
#endif
#if (configQUEUE_REGISTRY_SIZE > 0)
    (void)pcQueueGetQueueName((xQueueHandle)NULL);
#endif
#if (configUSE_TIMERS == 1)
    (void)pcTimerGetTimerName((xTimerHandle)NULL);
#endif

    /* Application tags and tasks written with the port's macros */
#if (configUSE_APPLICATION_TASK_TAG == 1)
    vTaskSetApplicationTaskTag(self, compat_hook);
#else
    (void)compat_hook;
#endif
#if (configSUPPORT_DYNAMIC_ALLOCATION == 1)
    (void)xTaskCreate(compat_task, "compat", configMINIMAL_STACK_SIZE, NULL, tskIDLE_PRIORITY,
                      NULL);
#endif

    compat_use_list_macros();
    compat_use_atomic_macros();
    compat_use_trace_macros(self, &list);
    (void)value;
    (void)wake;
}

/* ---- Types ---- */

/* MEMBER(type, object.member): the member exists and has exactly this type. */
#define MEMBER(type, lvalue)                                                                       \
    do                                                                                             \
    {                                                                                              \
        type *member_ = &(lvalue);                                                                 \
        (void)member_;                                                                             \
    } while (0)

size_t compat_use_types(void)
{
    /* projdefs.h and portmacro.h */
    BaseType_t base = pdTRUE;
    UBaseType_t ubase = pdTRUE_UNSIGNED;
    TickType_t ticks = portMAX_DELAY;
    StackType_t stack_word = 0;
    TaskFunction_t task_function = compat_task;

    /* task.h */
    TaskHandle_t handle = NULL;
    ConstTaskHandle_t const_handle = NULL;
    TaskHookFunction_t hook = compat_hook;
    eTaskState state = eInvalid;
    eNotifyAction action = eNoAction;
    eSleepModeStatus sleep_status = eAbortSleep;
    TimeOut_t timeout;
    MemoryRegion_t region;
    TaskParameters_t parameters;
    TaskStatus_t status;
    struct tskTaskControlBlock *tcb = NULL;

    /* list.h */
    ListItem_t item;
    MiniListItem_t mini;
    List_t list;

    /* FreeRTOS.h: storage for static allocation */
    StaticTask_t static_task;
    StaticListItem_t static_item;
    StaticMiniListItem_t static_mini;
    StaticList_t static_list;

    /* portable.h */
    HeapRegion_t heap_region;
    HeapStats_t heap_stats;

    /* configENABLE_BACKWARD_COMPATIBILITY */
    xTaskHandle old_handle = handle;
    portTickType old_ticks = ticks;
    xTimeOutType old_timeout;
    xMemoryRegion old_region;
    xTaskParameters old_parameters;
    xTaskStatusType old_status;
    pdTASK_HOOK_CODE old_hook = hook;
    pdTASK_CODE old_code = task_function;
    xListItem old_item;
    xList old_list;
    xQueueHandle old_queue = NULL;
    xSemaphoreHandle old_semaphore = old_queue;
    xQueueSetHandle old_set = NULL;
    xQueueSetMemberHandle old_member = NULL;
    xTimerHandle old_timer = NULL;
    tmrTIMER_CALLBACK old_callback = NULL;

    MEMBER(BaseType_t, timeout.xOverflowCount);
    MEMBER(TickType_t, timeout.xTimeOnEntering);

    MEMBER(void *, region.pvBaseAddress);
    MEMBER(uint32_t, region.ulLengthInBytes);
    MEMBER(uint32_t, region.ulParameters);

    MEMBER(TaskFunction_t, parameters.pvTaskCode);
    MEMBER(const char *, parameters.pcName);
    MEMBER(configSTACK_DEPTH_TYPE, parameters.usStackDepth);
    MEMBER(void *, parameters.pvParameters);
    MEMBER(UBaseType_t, parameters.uxPriority);
    MEMBER(StackType_t *, parameters.puxStackBuffer);
    MEMBER(MemoryRegion_t, parameters.xRegions[portNUM_CONFIGURABLE_REGIONS - 1]);

    MEMBER(TaskHandle_t, status.xHandle);
    MEMBER(const char *, status.pcTaskName);
    MEMBER(UBaseType_t, status.xTaskNumber);
    MEMBER(eTaskState, status.eCurrentState);
    MEMBER(UBaseType_t, status.uxCurrentPriority);
    MEMBER(UBaseType_t, status.uxBasePriority);
    MEMBER(configRUN_TIME_COUNTER_TYPE, status.ulRunTimeCounter);
    MEMBER(StackType_t *, status.pxStackBase);
#if ((portSTACK_GROWTH > 0) || (configRECORD_STACK_HIGH_ADDRESS == 1))
    MEMBER(StackType_t *, status.pxTopOfStack);
    MEMBER(StackType_t *, status.pxEndOfStack);
#endif
    MEMBER(configSTACK_DEPTH_TYPE, status.usStackHighWaterMark);

    MEMBER(TickType_t, item.xItemValue);
    MEMBER(struct xLIST_ITEM *, item.pxNext);
    MEMBER(struct xLIST_ITEM *, item.pxPrevious);
    MEMBER(void *, item.pvOwner);
    MEMBER(struct xLIST *, item.pxContainer);
    MEMBER(TickType_t, mini.xItemValue);
    MEMBER(struct xLIST_ITEM *, mini.pxNext);
    MEMBER(struct xLIST_ITEM *, mini.pxPrevious);
    MEMBER(volatile UBaseType_t, list.uxNumberOfItems);
    MEMBER(ListItem_t *, list.pxIndex);
    MEMBER(MiniListItem_t, list.xListEnd);

    MEMBER(uint8_t *, heap_region.pucStartAddress);
    MEMBER(size_t, heap_region.xSizeInBytes);
    MEMBER(size_t, heap_stats.xAvailableHeapSpaceInBytes);
    MEMBER(size_t, heap_stats.xSizeOfLargestFreeBlockInBytes);
    MEMBER(size_t, heap_stats.xSizeOfSmallestFreeBlockInBytes);
    MEMBER(size_t, heap_stats.xNumberOfFreeBlocks);
    MEMBER(size_t, heap_stats.xMinimumEverFreeBytesRemaining);
    MEMBER(size_t, heap_stats.xNumberOfSuccessfulAllocations);
    MEMBER(size_t, heap_stats.xNumberOfSuccessfulFrees);

    /* The struct tags FreeRTOS gives these types. */
    {
        struct xTIME_OUT *a = &timeout;
        struct xMEMORY_REGION *b = &region;
        struct xTASK_PARAMETERS *c = &parameters;
        struct xTASK_STATUS *d = &status;
        struct xLIST_ITEM *e = &item;
        struct xMINI_LIST_ITEM *f = &mini;
        struct xLIST *g = &list;
        struct xSTATIC_TCB *h = &static_task;
        struct xSTATIC_LIST_ITEM *i = &static_item;
        struct xSTATIC_LIST *j = &static_list;
        struct HeapRegion *k = &heap_region;
        struct xHeapStats *l = &heap_stats;
        TaskHandle_t m = tcb;
        ConstTaskHandle_t n = handle;
#if (configUSE_MINI_LIST_ITEM == 1)
        struct xSTATIC_MINI_LIST_ITEM *o = &static_mini;
        (void)o;
#endif
        (void)a;
        (void)b;
        (void)c;
        (void)d;
        (void)e;
        (void)f;
        (void)g;
        (void)h;
        (void)i;
        (void)j;
        (void)k;
        (void)l;
        (void)m;
        (void)n;
    }

    (void)base;
    (void)ubase;
    (void)stack_word;
    (void)const_handle;
    (void)state;
    (void)action;
    (void)sleep_status;
    (void)old_handle;
    (void)old_ticks;
    (void)old_hook;
    (void)old_code;
    (void)old_semaphore;
    (void)old_set;
    (void)old_member;
    (void)old_timer;
    (void)old_callback;

    return sizeof base + sizeof ubase + sizeof ticks + sizeof stack_word + sizeof handle +
           sizeof state + sizeof action + sizeof sleep_status + sizeof timeout + sizeof region +
           sizeof parameters + sizeof status + sizeof item + sizeof mini + sizeof list +
           sizeof static_task + sizeof static_item + sizeof static_mini + sizeof static_list +
           sizeof heap_region + sizeof heap_stats + sizeof old_timeout + sizeof old_region +
           sizeof old_parameters + sizeof old_status + sizeof old_item + sizeof old_list;
}
