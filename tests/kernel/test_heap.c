/*
 * test_heap.c - the heaps, built once per heap scheme (TEST_HEAP = 1 .. 5): alignment,
 * exhaustion and the malloc-failed hook, calloc, and what each scheme promises beyond
 * that: heap_1 never frees, heap_2 picks the best fit, heap_4 merges neighbours, heap_5
 * spans regions. No scheduler is needed.
 */
#include <string.h>

#include "harness.h"

#define ALIGNED(p) ((((uintptr_t)(p)) & (uintptr_t)portBYTE_ALIGNMENT_MASK) == 0U)

#if TEST_HEAP == 5
static uint8_t region_a[16 * 1024];
static uint8_t region_b[512 * 1024];
#endif

static void allocations_are_aligned_distinct_and_writable(void)
{
    uint8_t *a = pvPortMalloc(1);
    uint8_t *b = pvPortMalloc(100);
    uint8_t *c = pvPortMalloc(33);

    CHECK(a != NULL && b != NULL && c != NULL);
    CHECK(ALIGNED(a) && ALIGNED(b) && ALIGNED(c));
    CHECK(a != b && b != c && a != c);
    memset(a, 0x11, 1);
    memset(b, 0x22, 100);
    memset(c, 0x33, 33);
    CHECK(a[0] == 0x11 && b[99] == 0x22 && c[32] == 0x33);
#if TEST_HEAP != 1
    vPortFree(c);
    vPortFree(b);
    vPortFree(a);
#endif
    vPortFree(NULL); /* allowed, does nothing */
}

static void impossible_requests_fail_and_call_the_hook(void)
{
    CHECK(pvPortMalloc(0) == NULL);
#if TEST_HEAP != 3
    UBaseType_t hooks = test_malloc_failures;
    CHECK(pvPortMalloc(configTOTAL_HEAP_SIZE + 1U) == NULL);
    CHECK(pvPortMalloc(SIZE_MAX) == NULL);
    CHECK(pvPortMalloc(SIZE_MAX - 8U) == NULL);
    CHECK(test_malloc_failures >= hooks + 3U);
#endif
    CHECK(pvPortCalloc(SIZE_MAX / 2U, 4) == NULL); /* size overflows */
}

static void calloc_returns_zeroed_memory(void)
{
    uint32_t *p = pvPortCalloc(16, sizeof(uint32_t));
    int i;
    int zero = 1;

    CHECK(p != NULL);
    for (i = 0; i < 16; i++)
    {
        zero = zero && p[i] == 0U;
    }
    CHECK(zero);
#if TEST_HEAP != 1
    vPortFree(p);
#endif
}

#if TEST_HEAP == 1
static void heap_1_only_ever_gives(void)
{
    size_t before = xPortGetFreeHeapSize();
    void *p = pvPortMalloc(100);

    CHECK(p != NULL);
    CHECK(xPortGetFreeHeapSize() <= before - 100U);
    /* Filling it up: the last request that does not fit fails. */
    while (pvPortMalloc(1000) != NULL)
    {
    }
    CHECK(xPortGetFreeHeapSize() < 1000U);
    vPortHeapResetState();
    CHECK(xPortGetFreeHeapSize() >= configTOTAL_HEAP_SIZE - portBYTE_ALIGNMENT);
}
#endif

#if TEST_HEAP == 2
static void heap_2_reuses_the_best_fitting_block(void)
{
    void *small = pvPortMalloc(64);
    void *sep1 = pvPortMalloc(16);
    void *large = pvPortMalloc(256);
    void *sep2 = pvPortMalloc(16);
    void *again;

    vPortFree(large);
    vPortFree(small);
    /* Both are free; the 64-byte hole fits best. */
    again = pvPortMalloc(64);
    CHECK(again == small);
    vPortFree(again);
    vPortFree(sep1);
    vPortFree(sep2);
}
#endif

#if TEST_HEAP == 4 || TEST_HEAP == 5
static void freed_neighbours_merge_back_into_one_block(void)
{
    HeapStats_t start;
    HeapStats_t now;
    void *a;
    void *b;
    void *c;

    vPortGetHeapStats(&start);
    a = pvPortMalloc(200);
    b = pvPortMalloc(300);
    c = pvPortMalloc(400);
    CHECK(a != NULL && b != NULL && c != NULL);
    vPortFree(a);
    vPortFree(c);
    vPortGetHeapStats(&now);
    CHECK(now.xNumberOfFreeBlocks > start.xNumberOfFreeBlocks);
    vPortFree(b); /* joins a and c (and the rest) again */
    vPortGetHeapStats(&now);
    CHECK_EQ(now.xNumberOfFreeBlocks, start.xNumberOfFreeBlocks);
    CHECK_EQ(now.xSizeOfLargestFreeBlockInBytes, start.xSizeOfLargestFreeBlockInBytes);
    CHECK_EQ(now.xAvailableHeapSpaceInBytes, start.xAvailableHeapSpaceInBytes);
    CHECK_EQ(now.xNumberOfSuccessfulAllocations, start.xNumberOfSuccessfulAllocations + 3U);
    CHECK_EQ(now.xNumberOfSuccessfulFrees, start.xNumberOfSuccessfulFrees + 3U);
    CHECK(now.xMinimumEverFreeBytesRemaining <= start.xAvailableHeapSpaceInBytes - 900U);
    CHECK_EQ(xPortGetMinimumEverFreeHeapSize(), now.xMinimumEverFreeBytesRemaining);
}
#endif

#if TEST_HEAP == 5
static void heap_5_spans_its_regions(void)
{
    HeapStats_t stats;
    void *big;
    void *small[4];
    int i;

    vPortGetHeapStats(&stats);
    CHECK_EQ(stats.xNumberOfFreeBlocks, 2); /* one per region */
    CHECK(stats.xAvailableHeapSpaceInBytes > sizeof region_a + sizeof region_b - 256U);
    CHECK(stats.xAvailableHeapSpaceInBytes <= sizeof region_a + sizeof region_b);
    /* Nothing can span the two regions. */
    CHECK(pvPortMalloc(sizeof region_b + 1024U) == NULL);
    big = pvPortMalloc(sizeof region_b - 1024U);
    CHECK(big != NULL);
    CHECK((uint8_t *)big >= region_b && (uint8_t *)big < region_b + sizeof region_b);
    /* The rest comes from region a. */
    for (i = 0; i < 4; i++)
    {
        small[i] = pvPortMalloc(1024);
        CHECK(small[i] != NULL);
        CHECK((uint8_t *)small[i] >= region_a && (uint8_t *)small[i] < region_a + sizeof region_a);
    }
    for (i = 0; i < 4; i++)
    {
        vPortFree(small[i]);
    }
    vPortFree(big);
    vPortGetHeapStats(&stats);
    CHECK_EQ(stats.xNumberOfFreeBlocks, 2);
}
#endif

#if TEST_HEAP != 1
static void tasks_come_and_go_on_this_heap(void)
{
    /* The controller task came from this heap; the harness checks that everything
     * allocated during the scenario is returned. */
    TaskHandle_t t = test_task((TaskFunction_t)vTaskDelete, "t", TEST_PRIORITY - 1, NULL);
    CHECK(t != NULL);
    vTaskDelay(2);
}
#endif

int main(void)
{
#if TEST_HEAP == 5
    const HeapRegion_t regions[] = {{region_a, sizeof region_a},
                                    {region_b, sizeof region_b},
                                    {NULL, 0}};
    /* Regions must be given before the first allocation, in address order. */
    if ((uintptr_t)region_a < (uintptr_t)region_b)
    {
        vPortDefineHeapRegions(regions);
    }
    else
    {
        const HeapRegion_t swapped[] = {{region_b, sizeof region_b},
                                        {region_a, sizeof region_a},
                                        {NULL, 0}};
        vPortDefineHeapRegions(swapped);
    }
#endif
    RUN_PLAIN_TEST(allocations_are_aligned_distinct_and_writable);
    RUN_PLAIN_TEST(impossible_requests_fail_and_call_the_hook);
    RUN_PLAIN_TEST(calloc_returns_zeroed_memory);
#if TEST_HEAP == 1
    RUN_PLAIN_TEST(heap_1_only_ever_gives);
#endif
#if TEST_HEAP == 2
    RUN_PLAIN_TEST(heap_2_reuses_the_best_fitting_block);
#endif
#if TEST_HEAP == 4 || TEST_HEAP == 5
    RUN_PLAIN_TEST(freed_neighbours_merge_back_into_one_block);
#endif
#if TEST_HEAP == 5
    RUN_PLAIN_TEST(heap_5_spans_its_regions);
#endif
#if TEST_HEAP != 1
    /* With a heap that can free, the kernel itself must run on it too. */
    RUN_TEST(tasks_come_and_go_on_this_heap);
#endif
    return test_summary();
}
