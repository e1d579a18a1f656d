/*
 * Names of status codes and publish states, for logs. Each list is one string of
 * NUL-separated names, which costs less flash than a table of pointers.
 */
#include "mqtt_internal.h"

static const char statusNames[] = "MQTTSuccess\0"
                                  "MQTTBadParameter\0"
                                  "MQTTNoMemory\0"
                                  "MQTTSendFailed\0"
                                  "MQTTRecvFailed\0"
                                  "MQTTBadResponse\0"
                                  "MQTTServerRefused\0"
                                  "MQTTNoDataAvailable\0"
                                  "MQTTIllegalState\0"
                                  "MQTTStateCollision\0"
                                  "MQTTKeepAliveTimeout\0"
                                  "MQTTNeedMoreBytes\0"
                                  "MQTTPublishStoreFailed\0"
                                  "MQTTPublishRetrieveFailed\0"
                                  "MQTTServerDisconnected";

static const char stateNames[] = "MQTTStateNull\0"
                                 "MQTTPublishSend\0"
                                 "MQTTPubAckSend\0"
                                 "MQTTPubRecSend\0"
                                 "MQTTPubRelSend\0"
                                 "MQTTPubCompSend\0"
                                 "MQTTPubAckPending\0"
                                 "MQTTPubRecPending\0"
                                 "MQTTPubRelPending\0"
                                 "MQTTPubCompPending\0"
                                 "MQTTPublishDone";

/* The n-th name of a list of `count` names, or the fallback. */
static const char *nth_name(const char *pList, unsigned n, unsigned count, const char *pFallback)
{
    if (n >= count)
    {
        return pFallback;
    }
    while (n-- != 0U)
    {
        while (*pList++ != '\0')
        {
        }
    }
    return pList;
}

const char *MQTT_Status_strerror(MQTTStatus_t status)
{
    return nth_name(statusNames, (unsigned)status, (unsigned)MQTTServerDisconnected + 1U,
                    "Invalid status code!");
}

const char *MQTT_State_strerror(MQTTPublishState_t state)
{
    return nth_name(stateNames, (unsigned)state, (unsigned)MQTTPublishDone + 1U, "Invalid state");
}
