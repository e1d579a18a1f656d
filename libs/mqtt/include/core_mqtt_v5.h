/*
 * MQTT 5 for the Tern MQTT client: a Tern API added beside the coreMQTT v2.3 one, chosen per
 * connection by calling MQTTV5_Connect instead of MQTT_Connect. Everything else (loops,
 * callback, QoS records, the 3.1.1 functions, which keep working with empty properties)
 * stays the same. An application that never calls an MQTTV5_ function links none of this
 * code. Guide and examples: docs/mqtt.md.
 */
#ifndef CORE_MQTT_V5_H
#define CORE_MQTT_V5_H

#include "core_mqtt.h"

#ifdef __cplusplus
extern "C"
{
#endif

/* Reason codes (MQTT 5.0, section 2.4). Values of 0x80 and above report failure. */
#define MQTTV5_REASON_SUCCESS                                (0x00U)
#define MQTTV5_REASON_NORMAL_DISCONNECTION                   (0x00U)
#define MQTTV5_REASON_GRANTED_QOS0                           (0x00U)
#define MQTTV5_REASON_GRANTED_QOS1                           (0x01U)
#define MQTTV5_REASON_GRANTED_QOS2                           (0x02U)
#define MQTTV5_REASON_DISCONNECT_WITH_WILL                   (0x04U)
#define MQTTV5_REASON_NO_MATCHING_SUBSCRIBERS                (0x10U)
#define MQTTV5_REASON_NO_SUBSCRIPTION_EXISTED                (0x11U)
#define MQTTV5_REASON_CONTINUE_AUTHENTICATION                (0x18U)
#define MQTTV5_REASON_REAUTHENTICATE                         (0x19U)
#define MQTTV5_REASON_UNSPECIFIED_ERROR                      (0x80U)
#define MQTTV5_REASON_MALFORMED_PACKET                       (0x81U)
#define MQTTV5_REASON_PROTOCOL_ERROR                         (0x82U)
#define MQTTV5_REASON_IMPLEMENTATION_SPECIFIC_ERROR          (0x83U)
#define MQTTV5_REASON_UNSUPPORTED_PROTOCOL_VERSION           (0x84U)
#define MQTTV5_REASON_CLIENT_IDENTIFIER_NOT_VALID            (0x85U)
#define MQTTV5_REASON_BAD_USER_NAME_OR_PASSWORD              (0x86U)
#define MQTTV5_REASON_NOT_AUTHORIZED                         (0x87U)
#define MQTTV5_REASON_SERVER_UNAVAILABLE                     (0x88U)
#define MQTTV5_REASON_SERVER_BUSY                            (0x89U)
#define MQTTV5_REASON_BANNED                                 (0x8AU)
#define MQTTV5_REASON_SERVER_SHUTTING_DOWN                   (0x8BU)
#define MQTTV5_REASON_BAD_AUTHENTICATION_METHOD              (0x8CU)
#define MQTTV5_REASON_KEEP_ALIVE_TIMEOUT                     (0x8DU)
#define MQTTV5_REASON_SESSION_TAKEN_OVER                     (0x8EU)
#define MQTTV5_REASON_TOPIC_FILTER_INVALID                   (0x8FU)
#define MQTTV5_REASON_TOPIC_NAME_INVALID                     (0x90U)
#define MQTTV5_REASON_PACKET_IDENTIFIER_IN_USE               (0x91U)
#define MQTTV5_REASON_PACKET_IDENTIFIER_NOT_FOUND            (0x92U)
#define MQTTV5_REASON_RECEIVE_MAXIMUM_EXCEEDED               (0x93U)
#define MQTTV5_REASON_TOPIC_ALIAS_INVALID                    (0x94U)
#define MQTTV5_REASON_PACKET_TOO_LARGE                       (0x95U)
#define MQTTV5_REASON_MESSAGE_RATE_TOO_HIGH                  (0x96U)
#define MQTTV5_REASON_QUOTA_EXCEEDED                         (0x97U)
#define MQTTV5_REASON_ADMINISTRATIVE_ACTION                  (0x98U)
#define MQTTV5_REASON_PAYLOAD_FORMAT_INVALID                 (0x99U)
#define MQTTV5_REASON_RETAIN_NOT_SUPPORTED                   (0x9AU)
#define MQTTV5_REASON_QOS_NOT_SUPPORTED                      (0x9BU)
#define MQTTV5_REASON_USE_ANOTHER_SERVER                     (0x9CU)
#define MQTTV5_REASON_SERVER_MOVED                           (0x9DU)
#define MQTTV5_REASON_SHARED_SUBSCRIPTIONS_NOT_SUPPORTED     (0x9EU)
#define MQTTV5_REASON_CONNECTION_RATE_EXCEEDED               (0x9FU)
#define MQTTV5_REASON_MAXIMUM_CONNECT_TIME                   (0xA0U)
#define MQTTV5_REASON_SUBSCRIPTION_IDENTIFIERS_NOT_SUPPORTED (0xA1U)
#define MQTTV5_REASON_WILDCARD_SUBSCRIPTIONS_NOT_SUPPORTED   (0xA2U)

/*
 * Bits of MQTTV5Properties_t.present: which single-valued properties are set. User
 * properties are counted by userPropertyCount instead.
 */
#define MQTTV5_PROP_PAYLOAD_FORMAT_INDICATOR           (1UL << 0)  /* 0x01 */
#define MQTTV5_PROP_MESSAGE_EXPIRY_INTERVAL            (1UL << 1)  /* 0x02 */
#define MQTTV5_PROP_CONTENT_TYPE                       (1UL << 2)  /* 0x03 */
#define MQTTV5_PROP_RESPONSE_TOPIC                     (1UL << 3)  /* 0x08 */
#define MQTTV5_PROP_CORRELATION_DATA                   (1UL << 4)  /* 0x09 */
#define MQTTV5_PROP_SUBSCRIPTION_IDENTIFIER            (1UL << 5)  /* 0x0B */
#define MQTTV5_PROP_SESSION_EXPIRY_INTERVAL            (1UL << 6)  /* 0x11 */
#define MQTTV5_PROP_ASSIGNED_CLIENT_IDENTIFIER         (1UL << 7)  /* 0x12 */
#define MQTTV5_PROP_SERVER_KEEP_ALIVE                  (1UL << 8)  /* 0x13 */
#define MQTTV5_PROP_AUTHENTICATION_METHOD              (1UL << 9)  /* 0x15 */
#define MQTTV5_PROP_AUTHENTICATION_DATA                (1UL << 10) /* 0x16 */
#define MQTTV5_PROP_REQUEST_PROBLEM_INFORMATION        (1UL << 11) /* 0x17 */
#define MQTTV5_PROP_WILL_DELAY_INTERVAL                (1UL << 12) /* 0x18 */
#define MQTTV5_PROP_REQUEST_RESPONSE_INFORMATION       (1UL << 13) /* 0x19 */
#define MQTTV5_PROP_RESPONSE_INFORMATION               (1UL << 14) /* 0x1A */
#define MQTTV5_PROP_SERVER_REFERENCE                   (1UL << 15) /* 0x1C */
#define MQTTV5_PROP_REASON_STRING                      (1UL << 16) /* 0x1F */
#define MQTTV5_PROP_RECEIVE_MAXIMUM                    (1UL << 17) /* 0x21 */
#define MQTTV5_PROP_TOPIC_ALIAS_MAXIMUM                (1UL << 18) /* 0x22 */
#define MQTTV5_PROP_TOPIC_ALIAS                        (1UL << 19) /* 0x23 */
#define MQTTV5_PROP_MAXIMUM_QOS                        (1UL << 20) /* 0x24 */
#define MQTTV5_PROP_RETAIN_AVAILABLE                   (1UL << 21) /* 0x25 */
#define MQTTV5_PROP_MAXIMUM_PACKET_SIZE                (1UL << 23) /* 0x27 */
#define MQTTV5_PROP_WILDCARD_SUBSCRIPTION_AVAILABLE    (1UL << 24) /* 0x28 */
#define MQTTV5_PROP_SUBSCRIPTION_IDENTIFIERS_AVAILABLE (1UL << 25) /* 0x29 */
#define MQTTV5_PROP_SHARED_SUBSCRIPTION_AVAILABLE      (1UL << 26) /* 0x2A */

    /* A UTF-8 string or binary data (correlation data, authentication data). */
    typedef struct MQTTV5String
    {
        const char *pData; /* first byte, NULL when length is 0 */
        uint16_t length;   /* length in bytes */
    } MQTTV5String_t;

    /* A user property: a name/value pair of UTF-8 strings. */
    typedef struct MQTTV5UserProperty
    {
        MQTTV5String_t key;
        MQTTV5String_t value;
    } MQTTV5UserProperty_t;

    /*
     * The properties of one packet. Outgoing: set the fields you want, mark each in present,
     * point pUserProperties at userPropertyCount pairs. Incoming (given to the event callback):
     * fields marked in present were received; strings point into the network buffer and are
     * valid during the callback only; user properties and repeated subscription identifiers
     * are read with MQTTV5_GetNextUserProperty / MQTTV5_GetNextSubscriptionId.
     * A zero-initialised structure means "no properties".
     */
    typedef struct MQTTV5Properties
    {
        uint32_t present;                /* MQTTV5_PROP_* bits */
        uint32_t messageExpiryInterval;  /* seconds */
        uint32_t subscriptionIdentifier; /* 1 .. 268435455 (first one when incoming) */
        uint32_t sessionExpiryInterval;  /* seconds, 0xFFFFFFFF never */
        uint32_t willDelayInterval;      /* seconds */
        uint32_t maximumPacketSize;      /* bytes, non-zero */
        MQTTV5String_t contentType;
        MQTTV5String_t responseTopic;
        MQTTV5String_t correlationData; /* binary */
        MQTTV5String_t assignedClientIdentifier;
        MQTTV5String_t authenticationMethod;
        MQTTV5String_t authenticationData; /* binary */
        MQTTV5String_t responseInformation;
        MQTTV5String_t serverReference;
        MQTTV5String_t reasonString;
        uint16_t serverKeepAlive; /* seconds */
        uint16_t receiveMaximum;  /* non-zero */
        uint16_t topicAliasMaximum;
        uint16_t topicAlias;                         /* non-zero */
        uint8_t payloadFormatIndicator;              /* 0 bytes, 1 UTF-8 */
        uint8_t requestProblemInformation;           /* 0 or 1 */
        uint8_t requestResponseInformation;          /* 0 or 1 */
        uint8_t maximumQoS;                          /* 0 or 1 (absent means 2) */
        uint8_t retainAvailable;                     /* 0 or 1 */
        uint8_t wildcardSubscriptionAvailable;       /* 0 or 1 */
        uint8_t subscriptionIdentifiersAvailable;    /* 0 or 1 */
        uint8_t sharedSubscriptionAvailable;         /* 0 or 1 */
        const MQTTV5UserProperty_t *pUserProperties; /* outgoing user properties */
        size_t userPropertyCount;                    /* how many (incoming: how many received) */
        const uint8_t *pRaw;                         /* incoming: the encoded property list */
        size_t rawLength;                            /* its length */
    } MQTTV5Properties_t;

    /* Which packet a property list belongs to (the properties allowed differ). */
    typedef enum MQTTV5PropertyContext
    {
        MQTTV5_PROPS_CONNECT,
        MQTTV5_PROPS_WILL,
        MQTTV5_PROPS_PUBLISH_OUT, /* PUBLISH sent by the client */
        MQTTV5_PROPS_PUBLISH_IN,  /* PUBLISH sent by the server */
        MQTTV5_PROPS_ACK,         /* PUBACK, PUBREC, PUBREL, PUBCOMP */
        MQTTV5_PROPS_SUBSCRIBE,
        MQTTV5_PROPS_UNSUBSCRIBE,
        MQTTV5_PROPS_CONNACK,
        MQTTV5_PROPS_SUBACK,
        MQTTV5_PROPS_UNSUBACK,
        MQTTV5_PROPS_DISCONNECT_OUT, /* DISCONNECT sent by the client */
        MQTTV5_PROPS_DISCONNECT_IN,  /* DISCONNECT sent by the server */
        MQTTV5_PROPS_AUTH
    } MQTTV5PropertyContext_t;

    /*
     * Enhanced authentication (AUTH packets). Called when the server sends AUTH: during
     * MQTTV5_Connect (reason 0x18, continue) and after a re-authentication the client started
     * with MQTTV5_Authenticate (0x18, or 0x00 when it succeeded). For 0x18, fill pResponse
     * (authentication method and data) and return true to answer with AUTH 0x18; return false
     * to give up (the connect fails with MQTTServerRefused, or the loop returns MQTTBadResponse
     * after sending DISCONNECT 0x87).
     */
    typedef bool (*MQTTV5AuthCallback_t)(MQTTContext_t *pContext, uint8_t reasonCode,
                                         const MQTTV5Properties_t *pReceived,
                                         MQTTV5Properties_t *pResponse);

    /* Memory and callbacks an MQTT 5 connection needs, given to MQTTV5_Init. */
    typedef struct MQTTV5Config
    {
        uint8_t *pPropertyBuffer;    /* scratch where outgoing properties are encoded; NULL
                                        allows only packets without properties */
        size_t propertyBufferSize;   /* its size: the largest encoded property list to send */
        uint8_t *pTopicAliasStorage; /* room for topic aliases the server may use, or NULL */
        size_t topicAliasSlotSize;   /* bytes per alias: 2 + longest topic name to remember */
        uint16_t topicAliasCount;    /* number of slots; CONNECT's Topic Alias Maximum must not
                                        exceed it */
        MQTTV5AuthCallback_t authCallback; /* enhanced authentication, or NULL */
    } MQTTV5Config_t;

    /*
     * State of the MQTT 5 side of a context. Allocated by the application, attached with
     * MQTTV5_Init, filled by MQTTV5_Connect. The negotiated fields are readable at any time.
     */
    typedef struct MQTTV5State
    {
        const struct MQTTV5Hooks *pHooks; /* internal */
        MQTTV5Config_t config;            /* copy of the configuration */
        /* What the server announced in CONNACK (defaults of the specification when absent). */
        uint32_t serverMaximumPacketSize; /* 0: no limit */
        uint16_t serverReceiveMaximum;    /* unacknowledged QoS 1/2 publishes it accepts */
        uint16_t serverTopicAliasMaximum; /* highest topic alias the client may send */
        uint16_t serverKeepAlive;         /* keep-alive in force (seconds) */
        uint8_t serverMaximumQoS;         /* 0, 1 or 2 */
        bool serverRetainAvailable;
        bool serverWildcardSubscriptionAvailable;
        bool serverSubscriptionIdentifiersAvailable;
        bool serverSharedSubscriptionAvailable;
        /* What this client announced in CONNECT. */
        uint32_t clientMaximumPacketSize; /* 0: no limit */
        uint16_t clientReceiveMaximum;
        uint16_t clientTopicAliasMaximum;
        uint8_t connackReasonCode;     /* reason code of the last CONNACK */
        uint8_t disconnectReasonCode;  /* reason code of the last DISCONNECT from the server */
        bool authInProgress;           /* internal: re-authentication started */
        MQTTV5Properties_t properties; /* internal: properties of the packet being handled */
    } MQTTV5State_t;

    /*
     * Attaches pState (and a copy of pConfig) to pContext, after MQTT_Init. Required once
     * before MQTTV5_Connect. Returns MQTTBadParameter for NULL arguments or inconsistent
     * configuration, else MQTTSuccess.
     */
    MQTTStatus_t MQTTV5_Init(MQTTContext_t *pContext, MQTTV5State_t *pState,
                             const MQTTV5Config_t *pConfig);

    /*
     * As MQTT_Connect, speaking MQTT 5: pConnectProperties (session expiry, receive maximum,
     * maximum packet size, topic alias maximum, authentication, user properties, ...) and
     * pWillProperties may be NULL. cleanSession is the Clean Start flag. The CONNACK, and any
     * AUTH exchange before it, reach the event callback (type MQTT_PACKET_TYPE_CONNACK) with
     * their properties; the limits the server announced are stored in the MQTTV5State_t.
     * Returns what MQTT_Connect returns; MQTTServerRefused when the CONNACK reason code is 0x80
     * or above (see MQTTV5State_t.connackReasonCode).
     */
    MQTTStatus_t MQTTV5_Connect(MQTTContext_t *pContext, const MQTTConnectInfo_t *pConnectInfo,
                                const MQTTPublishInfo_t *pWillInfo,
                                const MQTTV5Properties_t *pConnectProperties,
                                const MQTTV5Properties_t *pWillProperties, uint32_t timeoutMs,
                                bool *pSessionPresent);

    /*
     * As MQTT_Publish, with properties (may be NULL). A topic alias (1 .. the server's Topic
     * Alias Maximum) may replace the topic name after it was sent once with it: then
     * topicNameLength may be 0. Returns MQTTBadParameter also for a QoS above the server's
     * maximum, a retained message the server does not support, or a packet larger than the
     * server's maximum packet size; MQTTNoMemory when the server's receive maximum of
     * unacknowledged publishes is reached or the properties do not fit the property buffer.
     */
    MQTTStatus_t MQTTV5_Publish(MQTTContext_t *pContext, const MQTTPublishInfo_t *pPublishInfo,
                                uint16_t packetId, const MQTTV5Properties_t *pProperties);

    /*
     * As MQTT_Subscribe, with properties (subscription identifier, user properties; may be
     * NULL). The subscription options come from the MQTT 5 fields of MQTTSubscribeInfo_t. The
     * SUBACK reason codes reach the callback in pDeserializedInfo->pReasonCodes.
     */
    MQTTStatus_t MQTTV5_Subscribe(MQTTContext_t *pContext,
                                  const MQTTSubscribeInfo_t *pSubscriptionList,
                                  size_t subscriptionCount, uint16_t packetId,
                                  const MQTTV5Properties_t *pProperties);

    /* As MQTT_Unsubscribe, with properties (user properties; may be NULL). */
    MQTTStatus_t MQTTV5_Unsubscribe(MQTTContext_t *pContext,
                                    const MQTTSubscribeInfo_t *pSubscriptionList,
                                    size_t subscriptionCount, uint16_t packetId,
                                    const MQTTV5Properties_t *pProperties);

    /*
     * Sends DISCONNECT with reasonCode (0 normal, 0x04 publish the will, ...) and properties
     * (session expiry, reason string, user properties; may be NULL), and marks the context not
     * connected. Returns MQTTBadParameter, MQTTNoMemory, MQTTSendFailed or MQTTSuccess.
     */
    MQTTStatus_t MQTTV5_Disconnect(MQTTContext_t *pContext, uint8_t reasonCode,
                                   const MQTTV5Properties_t *pProperties);

    /*
     * Sends AUTH with reasonCode (0x19 starts a re-authentication, 0x18 continues one) and
     * properties (authentication method and data, ...). The server's answer reaches the
     * authentication callback through the loop. Returns MQTTBadParameter (not an MQTT 5
     * connection, no authentication method, no callback), MQTTNoMemory, MQTTSendFailed or
     * MQTTSuccess.
     */
    MQTTStatus_t MQTTV5_Authenticate(MQTTContext_t *pContext, uint8_t reasonCode,
                                     const MQTTV5Properties_t *pProperties);

    /*
     * Iterates the user properties of received properties: start with *pCursor = 0; each call
     * fills *pProperty and returns true, then false when there are no more.
     */
    bool MQTTV5_GetNextUserProperty(const MQTTV5Properties_t *pProperties, size_t *pCursor,
                                    MQTTV5UserProperty_t *pProperty);

    /* As MQTTV5_GetNextUserProperty, for the subscription identifiers of a received PUBLISH. */
    bool MQTTV5_GetNextSubscriptionId(const MQTTV5Properties_t *pProperties, size_t *pCursor,
                                      uint32_t *pSubscriptionId);

    /*
     * Size of the encoded property list for the given packet, including its length prefix.
     * Returns MQTTBadParameter for NULL arguments, a property not allowed in that packet or an
     * invalid value (a 0/1 property with another value, a zero receive maximum, ...), else
     * MQTTSuccess. pProperties may not be NULL; a zeroed structure encodes as one byte (0).
     */
    MQTTStatus_t MQTTV5_GetPropertiesSize(const MQTTV5Properties_t *pProperties,
                                          MQTTV5PropertyContext_t context, size_t *pSize);

    /*
     * Encodes the property list (with its length prefix) into pBuffer and its size into
     * *pWritten. Returns MQTTBadParameter as MQTTV5_GetPropertiesSize, MQTTNoMemory when
     * bufferSize is too small, else MQTTSuccess.
     */
    MQTTStatus_t MQTTV5_SerializeProperties(const MQTTV5Properties_t *pProperties,
                                            MQTTV5PropertyContext_t context, uint8_t *pBuffer,
                                            size_t bufferSize, size_t *pWritten);

    /*
     * Decodes a property list (starting at its length prefix) from the length bytes at pBuffer
     * into *pProperties, and the bytes it occupies into *pConsumed. Returns MQTTBadParameter for
     * NULL arguments, MQTTBadResponse for a malformed list (bad length, unknown identifier, a
     * property not allowed in that packet, a duplicate, an invalid value, a truncated value),
     * else MQTTSuccess.
     */
    MQTTStatus_t MQTTV5_DeserializeProperties(const uint8_t *pBuffer, size_t length,
                                              MQTTV5PropertyContext_t context,
                                              MQTTV5Properties_t *pProperties, size_t *pConsumed);

#ifdef __cplusplus
}
#endif

#endif /* CORE_MQTT_V5_H */
