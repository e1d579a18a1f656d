/*
 * Default values of every MQTT client configuration macro, in one place. An application sets
 * its own values in core_mqtt_config.h (found on the include path), or builds with
 * MQTT_DO_NOT_USE_CUSTOM_CONFIG defined to take every default below.
 * Included by the library's sources only, so that the public headers never impose the
 * library's logging macros on application code.
 */
#ifndef CORE_MQTT_CONFIG_DEFAULTS_H_
#define CORE_MQTT_CONFIG_DEFAULTS_H_

#ifndef MQTT_DO_NOT_USE_CUSTOM_CONFIG
#include "core_mqtt_config.h"
#endif

/*
 * Kept for source compatibility: coreMQTT v1 sized its state arrays with it. Since v2 the
 * application passes its own record arrays to MQTT_InitStatefulQoS; the value is unused by
 * the library and available to applications that size their arrays with it.
 */
#ifndef MQTT_STATE_ARRAY_MAX_COUNT
#define MQTT_STATE_ARRAY_MAX_COUNT (10U)
#endif

/*
 * Number of transport vectors (iov pieces) gathered into one writev call while sending a
 * SUBSCRIBE or UNSUBSCRIBE; each topic filter needs three. Larger values mean fewer calls
 * for long subscription lists, at the cost of stack.
 */
#ifndef MQTT_SUB_UNSUB_MAX_VECTORS
#define MQTT_SUB_UNSUB_MAX_VECTORS (4U)
#endif

/*
 * How many times MQTT_Connect calls the transport's receive function for the CONNACK when
 * it was given a timeout of 0 (for applications without a clock).
 */
#ifndef MQTT_MAX_CONNACK_RECEIVE_RETRY_COUNT
#define MQTT_MAX_CONNACK_RECEIVE_RETRY_COUNT (5U)
#endif

/*
 * Milliseconds MQTT_ProcessLoop waits for the PINGRESP that answers its PINGREQ before it
 * returns MQTTKeepAliveTimeout.
 */
#ifndef MQTT_PINGRESP_TIMEOUT_MS
#define MQTT_PINGRESP_TIMEOUT_MS (5000U)
#endif

/*
 * MQTT_ProcessLoop sends a PINGREQ when nothing was sent for this many milliseconds, or for
 * the keep-alive interval, whichever is shorter. 0 disables this trigger.
 */
#ifndef PACKET_TX_TIMEOUT_MS
#define PACKET_TX_TIMEOUT_MS (30000U)
#endif

/*
 * MQTT_ProcessLoop sends a PINGREQ when nothing was received for this many milliseconds,
 * or for the keep-alive interval, whichever is shorter. 0 disables this trigger.
 */
#ifndef PACKET_RX_TIMEOUT_MS
#define PACKET_RX_TIMEOUT_MS (30000U)
#endif

/*
 * Once part of a packet has arrived, the receive loops keep calling the transport for the
 * rest until this many milliseconds pass without a byte; the loop then returns
 * MQTTNeedMoreBytes and keeps what arrived (a later call continues). 0 means one read per
 * call. Must be 0 when the application's time function is a stub returning 0.
 */
#ifndef MQTT_RECV_POLLING_TIMEOUT_MS
#define MQTT_RECV_POLLING_TIMEOUT_MS (10U)
#endif

/*
 * Longest time, in milliseconds, spent sending one packet while the transport accepts no
 * bytes. Must be 0 when the application's time function is a stub returning 0.
 */
#ifndef MQTT_SEND_TIMEOUT_MS
#define MQTT_SEND_TIMEOUT_MS (20000U)
#endif

/*
 * Tern: 0 removes the MQTT 5 branches from the core client (MQTTV5_Connect then fails with
 * MQTTBadParameter), for the smallest MQTT 3.1.1-only image. With 1 (the default) an
 * application that never calls an MQTTV5_ function still links none of the MQTT 5 code
 * when linking with --gc-sections; only a few tests of the protocol version remain.
 */
#ifndef MQTT_V5_ENABLED
#define MQTT_V5_ENABLED (1)
#endif

/*
 * Hooks around every transport send and around every change of the publish state records.
 * Empty by default; a thread-safe wrapper (such as an MQTT agent) may map them to a mutex.
 * Each receives the MQTTContext_t pointer.
 */
#ifndef MQTT_PRE_SEND_HOOK
#define MQTT_PRE_SEND_HOOK(pContext)
#endif
#ifndef MQTT_POST_SEND_HOOK
#define MQTT_POST_SEND_HOOK(pContext)
#endif
#ifndef MQTT_PRE_STATE_UPDATE_HOOK
#define MQTT_PRE_STATE_UPDATE_HOOK(pContext)
#endif
#ifndef MQTT_POST_STATE_UPDATE_HOOK
#define MQTT_POST_STATE_UPDATE_HOOK(pContext)
#endif

/*
 * Logging, called with the arguments in double parentheses, e.g. LogError(("x=%d", x)).
 * Empty by default: no code and no strings are generated.
 */
#ifndef LogError
#define LogError(message)
#endif
#ifndef LogWarn
#define LogWarn(message)
#endif
#ifndef LogInfo
#define LogInfo(message)
#endif
#ifndef LogDebug
#define LogDebug(message)
#endif

#endif /* CORE_MQTT_CONFIG_DEFAULTS_H_ */
