/*
 * test_static.c - a kernel with no heap at all (configSUPPORT_DYNAMIC_ALLOCATION 0, no
 * heap linked): tasks, queues, semaphores and mutexes in the application's own memory,
 * the idle task in memory the kernel provides.
 */
#include "harness.h"
#include "queue.h"
#include "semphr.h"

#define WORKER_STACK configMINIMAL_STACK_SIZE

static StackType_t stacks[2][WORKER_STACK];
static StaticTask_t tcbs[2];
static StaticQueue_t queue_buffer;
static uint8_t queue_storage[4 * sizeof(uint32_t)];
static StaticSemaphore_t sem_buffer;
static StaticSemaphore_t mutex_buffer;
static QueueHandle_t queue;
static SemaphoreHandle_t sem;
static SemaphoreHandle_t mutex;
static volatile uint32_t sum;

static void producer(void *arg)
{
    uint32_t i;
    (void)arg;
    for (i = 1; i <= 10; i++)
    {
        (void)xQueueSend(queue, &i, portMAX_DELAY);
    }
    vTaskDelete(NULL);
}

static void consumer(void *arg)
{
    uint32_t v;
    int i;
    (void)arg;
    for (i = 0; i < 10; i++)
    {
        if (xQueueReceive(queue, &v, portMAX_DELAY) == pdPASS)
        {
            (void)xSemaphoreTake(mutex, portMAX_DELAY);
            sum += v;
            (void)xSemaphoreGive(mutex);
        }
    }
    (void)xSemaphoreGive(sem);
    vTaskDelete(NULL);
}

static void everything_works_without_a_heap(void)
{
    TaskHandle_t p;
    TaskHandle_t c;
    StackType_t *stack = NULL;
    StaticTask_t *tcb = NULL;

    UBaseType_t tasks_before = uxTaskGetNumberOfTasks();

    sum = 0;
    queue = xQueueCreateStatic(4, sizeof(uint32_t), queue_storage, &queue_buffer);
    sem = xSemaphoreCreateBinaryStatic(&sem_buffer);
    mutex = xSemaphoreCreateMutexStatic(&mutex_buffer);
    CHECK(queue != NULL && sem != NULL && mutex != NULL);
    c = xTaskCreateStatic(consumer, "consumer", WORKER_STACK, NULL, TEST_PRIORITY - 1, stacks[0],
                          &tcbs[0]);
    p = xTaskCreateStatic(producer, "producer", WORKER_STACK, NULL, TEST_PRIORITY - 2, stacks[1],
                          &tcbs[1]);
    CHECK(c != NULL && p != NULL);
    CHECK(xTaskGetStaticBuffers(c, &stack, &tcb) == pdTRUE);
    CHECK(stack == stacks[0] && tcb == &tcbs[0]);
    CHECK(xSemaphoreTake(sem, 1000) == pdPASS);
    CHECK_EQ(sum, 55);
    vTaskDelay(2); /* both have deleted themselves; the idle task tidies up */
    CHECK_EQ(uxTaskGetNumberOfTasks(), tasks_before);
    vQueueDelete(queue);
    vSemaphoreDelete(sem);
    vSemaphoreDelete(mutex);
}

int main(void)
{
    RUN_TEST(everything_works_without_a_heap);
    RUN_TEST(everything_works_without_a_heap); /* and again after a restart */
    return test_summary();
}
