/*
 * FreeRTOSConfig.h for port_tickless: the port's test configuration with tickless idle,
 * the tick hook (to count the ticks the kernel actually processed) and a pre-sleep hook
 * (to count sleeps). Found before tests/config/<port>/FreeRTOSConfig.h, which it includes.
 */
#define configUSE_TICKLESS_IDLE 1
#include_next <FreeRTOSConfig.h>

#undef configUSE_TICK_HOOK
#define configUSE_TICK_HOOK 1

void port_test_pre_sleep(unsigned long expected_ticks);
#define configPRE_SLEEP_PROCESSING(x) port_test_pre_sleep((unsigned long)(x))
