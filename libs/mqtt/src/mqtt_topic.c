/*
 * Topic filter matching (MQTT_MatchTopic) following the wildcard rules of MQTT 3.1.1 and 5:
 * '+' matches exactly one level, '#' (last, alone in its level) the parent level and all
 * below, and filters starting with a wildcard never match topics starting with '$'.
 */
#include "mqtt_internal.h"

static bool topic_matches(const char *pName, size_t nameLength, const char *pFilter,
                          size_t filterLength)
{
    size_t i = 0U; /* position in the name */
    size_t j = 0U; /* position in the filter */

    if (((pFilter[0] == '+') || (pFilter[0] == '#')) && (pName[0] == '$'))
    {
        return false;
    }
    while (j < filterLength)
    {
        char c = pFilter[j];
        bool levelStart = (j == 0U) || (pFilter[j - 1U] == '/');

        if (c == '#')
        {
            return levelStart && (j + 1U == filterLength);
        }
        if (c == '+')
        {
            if (!levelStart || ((j + 1U < filterLength) && (pFilter[j + 1U] != '/')))
            {
                return false;
            }
            while ((i < nameLength) && (pName[i] != '/'))
            {
                i++;
            }
            j++;
            continue;
        }
        if (i == nameLength)
        {
            /* The name ended: only "/#" may remain, matching the parent level itself. */
            return (filterLength - j == 2U) && (c == '/') && (pFilter[j + 1U] == '#');
        }
        if (pName[i] != c)
        {
            return false;
        }
        i++;
        j++;
    }
    return i == nameLength;
}

MQTTStatus_t MQTT_MatchTopic(const char *pTopicName, const uint16_t topicNameLength,
                             const char *pTopicFilter, const uint16_t topicFilterLength,
                             bool *pIsMatch)
{
    if ((pTopicName == NULL) || (pTopicFilter == NULL) || (pIsMatch == NULL) ||
        (topicNameLength == 0U) || (topicFilterLength == 0U))
    {
        return MQTTBadParameter;
    }
    *pIsMatch = topic_matches(pTopicName, topicNameLength, pTopicFilter, topicFilterLength);
    return MQTTSuccess;
}
