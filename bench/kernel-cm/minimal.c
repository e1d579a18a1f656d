/*
 * minimal.c - the footprint image: two tasks looping on vTaskDelay(). Built twice, once
 * as is and once with BASELINE defined, which keeps the same board code and task bodies
 * but makes no kernel call; the difference in text is what the kernel costs an
 * application (figure cm3.minimal_text).
 */
#include "FreeRTOS.h"
#include "task.h"

static volatile unsigned long loops[2];

static void blink(void *arg)
{
    volatile unsigned long *count = arg;
    for (;;)
    {
        (*count)++;
#ifndef BASELINE
        vTaskDelay(count == &loops[0] ? 10 : 15);
#endif
    }
}

int main(void)
{
#ifdef BASELINE
    blink((void *)&loops[0]);
#else
    xTaskCreate(blink, "a", configMINIMAL_STACK_SIZE, (void *)&loops[0], 1, NULL);
    xTaskCreate(blink, "b", configMINIMAL_STACK_SIZE, (void *)&loops[1], 1, NULL);
    vTaskStartScheduler();
#endif
    return 0;
}
