/*
 * MQTT 5 properties (core_mqtt_v5.h): one table lists every property with its identifier,
 * encoding, field in MQTTV5Properties_t and the packets it may appear in; a single encoder
 * and a single decoder walk that table. Used only by MQTT 5 connections.
 */
#include <stddef.h>

#include "mqtt_internal.h"

enum
{
    T_BYTE,
    T_U16,
    T_U32,
    T_VARINT,
    T_STRING,
    T_PAIR
};
#define T_MASK    (0x7FU)
#define T_NONZERO (0x80U) /* zero is not a valid value */

typedef struct property
{
    uint8_t id;        /* property identifier */
    uint8_t type;      /* T_* encoding, possibly with T_NONZERO */
    uint16_t offset;   /* field in MQTTV5Properties_t */
    uint16_t contexts; /* bit per MQTTV5PropertyContext_t where allowed */
} property_t;

#define IN(context)     ((uint16_t)(1U << MQTTV5_PROPS_##context))
#define FIELD(member)   ((uint16_t)offsetof(MQTTV5Properties_t, member))
#define PUBLISH_PROPS   (IN(WILL) | IN(PUBLISH_OUT) | IN(PUBLISH_IN))
#define PROPERTY_COUNT  (27U)
#define USER_PROPERTY   (22U) /* its index: counted, not marked in `present` */
#define SUBSCRIPTION_ID (0x0BU)

/* Index i is bit i of MQTTV5Properties_t.present (MQTT 5.0, section 2.2.2.2). */
static const property_t properties[PROPERTY_COUNT] = {
    {0x01U, T_BYTE, FIELD(payloadFormatIndicator), PUBLISH_PROPS},
    {0x02U, T_U32, FIELD(messageExpiryInterval), PUBLISH_PROPS},
    {0x03U, T_STRING, FIELD(contentType), PUBLISH_PROPS},
    {0x08U, T_STRING, FIELD(responseTopic), PUBLISH_PROPS},
    {0x09U, T_STRING, FIELD(correlationData), PUBLISH_PROPS},
    {SUBSCRIPTION_ID, T_VARINT | T_NONZERO, FIELD(subscriptionIdentifier),
     IN(SUBSCRIBE) | IN(PUBLISH_IN)},
    {0x11U, T_U32, FIELD(sessionExpiryInterval), IN(CONNECT) | IN(CONNACK) | IN(DISCONNECT_OUT)},
    {0x12U, T_STRING, FIELD(assignedClientIdentifier), IN(CONNACK)},
    {0x13U, T_U16, FIELD(serverKeepAlive), IN(CONNACK)},
    {0x15U, T_STRING, FIELD(authenticationMethod), IN(CONNECT) | IN(CONNACK) | IN(AUTH)},
    {0x16U, T_STRING, FIELD(authenticationData), IN(CONNECT) | IN(CONNACK) | IN(AUTH)},
    {0x17U, T_BYTE, FIELD(requestProblemInformation), IN(CONNECT)},
    {0x18U, T_U32, FIELD(willDelayInterval), IN(WILL)},
    {0x19U, T_BYTE, FIELD(requestResponseInformation), IN(CONNECT)},
    {0x1AU, T_STRING, FIELD(responseInformation), IN(CONNACK)},
    {0x1CU, T_STRING, FIELD(serverReference), IN(CONNACK) | IN(DISCONNECT_IN)},
    {0x1FU, T_STRING, FIELD(reasonString),
     IN(CONNACK) | IN(ACK) | IN(SUBACK) | IN(UNSUBACK) | IN(DISCONNECT_OUT) | IN(DISCONNECT_IN) |
         IN(AUTH)},
    {0x21U, T_U16 | T_NONZERO, FIELD(receiveMaximum), IN(CONNECT) | IN(CONNACK)},
    {0x22U, T_U16, FIELD(topicAliasMaximum), IN(CONNECT) | IN(CONNACK)},
    {0x23U, T_U16 | T_NONZERO, FIELD(topicAlias), IN(PUBLISH_OUT) | IN(PUBLISH_IN)},
    {0x24U, T_BYTE, FIELD(maximumQoS), IN(CONNACK)},
    {0x25U, T_BYTE, FIELD(retainAvailable), IN(CONNACK)},
    {0x26U, T_PAIR, 0U, 0x1FFFU}, /* user property: every packet with properties */
    {0x27U, T_U32 | T_NONZERO, FIELD(maximumPacketSize), IN(CONNECT) | IN(CONNACK)},
    {0x28U, T_BYTE, FIELD(wildcardSubscriptionAvailable), IN(CONNACK)},
    {0x29U, T_BYTE, FIELD(subscriptionIdentifiersAvailable), IN(CONNACK)},
    {0x2AU, T_BYTE, FIELD(sharedSubscriptionAvailable), IN(CONNACK)},
};

/* Bits of `present` that name a property (bit 22, the user property, does not). */
#define KNOWN_BITS (0x07FFFFFFUL & ~(1UL << USER_PROPERTY))

static uint32_t get_number(const MQTTV5Properties_t *pProps, const property_t *pDesc)
{
    const uint8_t *pField = (const uint8_t *)pProps + pDesc->offset;
    uint16_t u16;
    uint32_t u32;

    switch (pDesc->type & T_MASK)
    {
        case T_BYTE:
            return *pField;
        case T_U16:
            (void)memcpy(&u16, pField, sizeof(u16));
            return u16;
        default:
            (void)memcpy(&u32, pField, sizeof(u32));
            return u32;
    }
}

static void set_number(MQTTV5Properties_t *pProps, const property_t *pDesc, uint32_t value)
{
    uint8_t *pField = (uint8_t *)pProps + pDesc->offset;
    uint16_t u16 = (uint16_t)value;

    switch (pDesc->type & T_MASK)
    {
        case T_BYTE:
            *pField = (uint8_t)value;
            break;
        case T_U16:
            (void)memcpy(pField, &u16, sizeof(u16));
            break;
        default:
            (void)memcpy(pField, &value, sizeof(value));
            break;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Encoding                                                                                   */

/* Counts bytes, and writes them too when pOut is set. */
typedef struct writer
{
    uint8_t *pOut;
    size_t length;
} writer_t;

static void put_bytes(writer_t *pWriter, const void *pData, size_t length)
{
    if ((pWriter->pOut != NULL) && (length != 0U))
    {
        (void)memcpy(&pWriter->pOut[pWriter->length], pData, length);
    }
    pWriter->length += length;
}

static void put_number(writer_t *pWriter, uint8_t type, uint32_t value)
{
    uint8_t bytes[4];
    size_t length;

    if (type == T_VARINT)
    {
        length = (size_t)(mqtt_put_varint(bytes, value) - bytes);
    }
    else
    {
        length = (type == T_BYTE) ? 1U : ((type == T_U16) ? 2U : 4U);
        bytes[0] = (uint8_t)(value >> 24);
        bytes[1] = (uint8_t)(value >> 16);
        bytes[2] = (uint8_t)(value >> 8);
        bytes[3] = (uint8_t)value;
    }
    put_bytes(pWriter, (type == T_VARINT) ? bytes : &bytes[4U - length], length);
}

static bool put_string(writer_t *pWriter, const MQTTV5String_t *pString)
{
    if ((pString->pData == NULL) && (pString->length != 0U))
    {
        return false;
    }
    put_number(pWriter, T_U16, pString->length);
    put_bytes(pWriter, pString->pData, pString->length);
    return true;
}

/* Encodes the property list without its length prefix. */
static MQTTStatus_t encode_list(const MQTTV5Properties_t *pProps, MQTTV5PropertyContext_t context,
                                writer_t *pWriter)
{
    size_t i;

    if (((unsigned)context > (unsigned)MQTTV5_PROPS_AUTH) ||
        ((pProps->present & ~KNOWN_BITS) != 0U) ||
        ((pProps->pUserProperties == NULL) && (pProps->userPropertyCount != 0U)))
    {
        return MQTTBadParameter;
    }
    for (i = 0U; i < PROPERTY_COUNT; i++)
    {
        const property_t *pDesc = &properties[i];
        uint8_t type = (uint8_t)(pDesc->type & T_MASK);

        if (i == USER_PROPERTY)
        {
            size_t u;
            for (u = 0U; u < pProps->userPropertyCount; u++)
            {
                put_bytes(pWriter, &pDesc->id, 1U);
                if (!put_string(pWriter, &pProps->pUserProperties[u].key) ||
                    !put_string(pWriter, &pProps->pUserProperties[u].value))
                {
                    return MQTTBadParameter;
                }
            }
        }
        else if ((pProps->present & (1UL << i)) != 0U)
        {
            if ((pDesc->contexts & (1U << (unsigned)context)) == 0U)
            {
                return MQTTBadParameter; /* not allowed in this packet */
            }
            put_bytes(pWriter, &pDesc->id, 1U);
            if (type == T_STRING)
            {
                MQTTV5String_t string;
                (void)memcpy(&string, (const uint8_t *)pProps + pDesc->offset, sizeof(string));
                if (!put_string(pWriter, &string))
                {
                    return MQTTBadParameter;
                }
            }
            else
            {
                uint32_t value = get_number(pProps, pDesc);
                if ((((pDesc->type & T_NONZERO) != 0U) && (value == 0U)) ||
                    ((type == T_BYTE) && (value > 1U)) ||
                    ((type == T_VARINT) && (value > MQTT_REMAINING_LENGTH_MAX)))
                {
                    return MQTTBadParameter;
                }
                put_number(pWriter, type, value);
            }
        }
        else
        {
            /* Not set. */
        }
    }
    return (pWriter->length > MQTT_REMAINING_LENGTH_MAX) ? MQTTBadParameter : MQTTSuccess;
}

MQTTStatus_t MQTTV5_GetPropertiesSize(const MQTTV5Properties_t *pProperties,
                                      MQTTV5PropertyContext_t context, size_t *pSize)
{
    writer_t writer = {NULL, 0U};
    MQTTStatus_t status = MQTTBadParameter;

    if ((pProperties != NULL) && (pSize != NULL))
    {
        status = encode_list(pProperties, context, &writer);
        *pSize = mqtt_varint_size(writer.length) + writer.length;
    }
    return status;
}

MQTTStatus_t MQTTV5_SerializeProperties(const MQTTV5Properties_t *pProperties,
                                        MQTTV5PropertyContext_t context, uint8_t *pBuffer,
                                        size_t bufferSize, size_t *pWritten)
{
    writer_t writer = {NULL, 0U};
    MQTTStatus_t status = MQTTBadParameter;

    if ((pProperties != NULL) && (pBuffer != NULL) && (pWritten != NULL))
    {
        status = encode_list(pProperties, context, &writer);
    }
    if (status == MQTTSuccess)
    {
        size_t prefix = mqtt_varint_size(writer.length);
        if (prefix + writer.length > bufferSize)
        {
            return MQTTNoMemory;
        }
        (void)mqtt_put_varint(pBuffer, writer.length);
        writer.pOut = &pBuffer[prefix];
        writer.length = 0U;
        (void)encode_list(pProperties, context, &writer);
        *pWritten = prefix + writer.length;
    }
    return status;
}

/* ------------------------------------------------------------------------------------------ */
/* Decoding                                                                                   */

static const property_t *find_property(uint8_t id, size_t *pIndex)
{
    size_t i;
    for (i = 0U; i < PROPERTY_COUNT; i++)
    {
        if (properties[i].id == id)
        {
            *pIndex = i;
            return &properties[i];
        }
    }
    return NULL;
}

/* Reads a length-prefixed string at *pPosition (before end). */
static bool read_string(const uint8_t *pIn, size_t end, size_t *pPosition, MQTTV5String_t *pOut)
{
    size_t position = *pPosition;
    uint16_t length;

    if (end - position < 2U)
    {
        return false;
    }
    length = mqtt_get_u16(&pIn[position]);
    position += 2U;
    if (end - position < length)
    {
        return false;
    }
    pOut->pData = (length != 0U) ? (const char *)&pIn[position] : NULL;
    pOut->length = length;
    *pPosition = position + length;
    return true;
}

/*
 * Reads the property at *pPosition (before end): its descriptor, numeric value or strings.
 * Returns NULL for an unknown identifier or a value running past end.
 */
static const property_t *read_property(const uint8_t *pIn, size_t end, size_t *pPosition,
                                       size_t *pIndex, uint32_t *pValue, MQTTV5String_t strings[2])
{
    size_t position = *pPosition;
    const property_t *pDesc = find_property(pIn[position++], pIndex);
    size_t used = 0U;
    size_t value = 0U;
    uint8_t type;

    if (pDesc == NULL)
    {
        return NULL;
    }
    type = (uint8_t)(pDesc->type & T_MASK);
    switch (type)
    {
        case T_STRING:
            if (!read_string(pIn, end, &position, &strings[0]))
            {
                return NULL;
            }
            break;
        case T_PAIR:
            if (!read_string(pIn, end, &position, &strings[0]) ||
                !read_string(pIn, end, &position, &strings[1]))
            {
                return NULL;
            }
            break;
        case T_VARINT:
            if (mqtt_get_varint(&pIn[position], end - position, &value, &used) != MQTTSuccess)
            {
                return NULL;
            }
            position += used;
            break;
        default:
            used = (type == T_BYTE) ? 1U : ((type == T_U16) ? 2U : 4U);
            if (end - position < used)
            {
                return NULL;
            }
            while (used-- != 0U)
            {
                value = (value << 8) | pIn[position++];
            }
            break;
    }
    *pValue = (uint32_t)value;
    *pPosition = position;
    return pDesc;
}

MQTTStatus_t MQTTV5_DeserializeProperties(const uint8_t *pBuffer, size_t length,
                                          MQTTV5PropertyContext_t context,
                                          MQTTV5Properties_t *pProperties, size_t *pConsumed)
{
    size_t listLength = 0U;
    size_t position = 0U;
    size_t end;

    if ((pBuffer == NULL) || (pProperties == NULL) || (pConsumed == NULL) ||
        ((unsigned)context > (unsigned)MQTTV5_PROPS_AUTH))
    {
        return MQTTBadParameter;
    }
    (void)memset(pProperties, 0, sizeof(*pProperties));
    if ((mqtt_get_varint(pBuffer, length, &listLength, &position) != MQTTSuccess) ||
        (listLength > length - position))
    {
        return MQTTBadResponse;
    }
    end = position + listLength;
    pProperties->pRaw = &pBuffer[position];
    pProperties->rawLength = listLength;

    while (position < end)
    {
        MQTTV5String_t strings[2];
        uint32_t value = 0U;
        size_t index = 0U;
        const property_t *pDesc = read_property(pBuffer, end, &position, &index, &value, strings);
        uint32_t bit = 1UL << index;
        uint8_t type;

        if ((pDesc == NULL) || ((pDesc->contexts & (1U << (unsigned)context)) == 0U))
        {
            return MQTTBadResponse; /* unknown, truncated, or not allowed in this packet */
        }
        type = (uint8_t)(pDesc->type & T_MASK);
        if (type == T_PAIR)
        {
            pProperties->userPropertyCount++;
            continue;
        }
        /* Each property at most once, except subscription identifiers in a PUBLISH. */
        if (((pProperties->present & bit) != 0U) && (pDesc->id != SUBSCRIPTION_ID))
        {
            return MQTTBadResponse;
        }
        if (type == T_STRING)
        {
            (void)memcpy((uint8_t *)pProperties + pDesc->offset, &strings[0], sizeof(strings[0]));
        }
        else
        {
            if ((((pDesc->type & T_NONZERO) != 0U) && (value == 0U)) ||
                ((type == T_BYTE) && (value > 1U)))
            {
                return MQTTBadResponse;
            }
            if ((pProperties->present & bit) == 0U)
            {
                set_number(pProperties, pDesc, value);
            }
        }
        pProperties->present |= bit;
    }
    *pConsumed = end;
    return MQTTSuccess;
}

/* Finds the next property with identifier `id` in a received list, from *pCursor. */
static bool next_of(const MQTTV5Properties_t *pProps, size_t *pCursor, uint8_t id, uint32_t *pValue,
                    MQTTV5String_t strings[2])
{
    while ((pProps != NULL) && (pCursor != NULL) && (pProps->pRaw != NULL) &&
           (*pCursor < pProps->rawLength))
    {
        size_t index = 0U;
        const property_t *pDesc =
            read_property(pProps->pRaw, pProps->rawLength, pCursor, &index, pValue, strings);
        if (pDesc == NULL)
        {
            break;
        }
        if (pDesc->id == id)
        {
            return true;
        }
    }
    return false;
}

bool MQTTV5_GetNextUserProperty(const MQTTV5Properties_t *pProperties, size_t *pCursor,
                                MQTTV5UserProperty_t *pProperty)
{
    MQTTV5String_t strings[2];
    uint32_t value;
    if ((pProperty == NULL) || !next_of(pProperties, pCursor, 0x26U, &value, strings))
    {
        return false;
    }
    pProperty->key = strings[0];
    pProperty->value = strings[1];
    return true;
}

bool MQTTV5_GetNextSubscriptionId(const MQTTV5Properties_t *pProperties, size_t *pCursor,
                                  uint32_t *pSubscriptionId)
{
    MQTTV5String_t strings[2];
    return (pSubscriptionId != NULL) &&
           next_of(pProperties, pCursor, SUBSCRIPTION_ID, pSubscriptionId, strings);
}
