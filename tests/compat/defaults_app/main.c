/*
 * main.c - runs under the all-defaults configuration: two tasks share the CPU by yielding,
 * the second ends the scheduler (which must not need vTaskDelete, left out by default),
 * and main() checks that both ran.
 */
#include <stdio.h>

#include "FreeRTOS.h"
#include "task.h"

static volatile unsigned long turns[2];

static void worker(void *arg)
{
    volatile unsigned long *mine = arg;
    for (;;)
    {
        (*mine)++;
        if (mine == &turns[1] && *mine >= 100U)
        {
            vTaskEndScheduler();
        }
        taskYIELD();
    }
}

int main(void)
{
    if (xTaskCreate(worker, "a", configMINIMAL_STACK_SIZE, (void *)&turns[0], 1, NULL) != pdPASS ||
        xTaskCreate(worker, "b", configMINIMAL_STACK_SIZE, (void *)&turns[1], 1, NULL) != pdPASS)
    {
        return 1;
    }
    vTaskStartScheduler();
    printf("defaults_app: %lu and %lu turns\n", turns[0], turns[1]);
    return (turns[0] >= 99U && turns[1] >= 100U) ? 0 : 1;
}
