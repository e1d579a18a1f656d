/*
 * Configuration of the library variant used by test_hooks.c: every send and state-update
 * hook reports to the test, as a thread-safe wrapper (an MQTT agent) would take a mutex.
 */
#ifndef CORE_MQTT_CONFIG_H
#define CORE_MQTT_CONFIG_H

void test_hook_enter(const void *pContext, int kind);
void test_hook_leave(const void *pContext, int kind);

#define MQTT_PRE_SEND_HOOK(pContext)          test_hook_enter((pContext), 0)
#define MQTT_POST_SEND_HOOK(pContext)         test_hook_leave((pContext), 0)
#define MQTT_PRE_STATE_UPDATE_HOOK(pContext)  test_hook_enter((pContext), 1)
#define MQTT_POST_STATE_UPDATE_HOOK(pContext) test_hook_leave((pContext), 1)
#define MQTT_RECV_POLLING_TIMEOUT_MS          (0U)

#endif
