/* In-memory transport and fake clock for the MQTT unit tests (see mock_transport.h). */
#include "mock_transport.h"

#include <string.h>

struct NetworkContext mockNetwork;
uint32_t mockTimeMs;
uint32_t mockTimeStepMs;

void mock_reset(void)
{
    memset(&mockNetwork, 0, sizeof(mockNetwork));
    mockTimeMs = 1000U;
    mockTimeStepMs = 0U;
}

void mock_feed(const void *pBytes, size_t length)
{
    /* Compact first so that long tests never run out of room. */
    memmove(mockNetwork.input, &mockNetwork.input[mockNetwork.inputPosition],
            mockNetwork.inputLength - mockNetwork.inputPosition);
    mockNetwork.inputLength -= mockNetwork.inputPosition;
    mockNetwork.inputPosition = 0U;
    if (mockNetwork.inputLength + length <= MOCK_CAPACITY)
    {
        memcpy(&mockNetwork.input[mockNetwork.inputLength], pBytes, length);
        mockNetwork.inputLength += length;
    }
}

size_t mock_pending(void)
{
    return mockNetwork.inputLength - mockNetwork.inputPosition;
}

void mock_clear_output(void)
{
    mockNetwork.outputLength = 0U;
}

int32_t mock_recv(NetworkContext_t *pContext, void *pBuffer, size_t length)
{
    size_t available = pContext->inputLength - pContext->inputPosition;
    pContext->recvCalls++;
    if (pContext->recvResult != 0)
    {
        return pContext->recvResult;
    }
    if ((pContext->maxRecv != 0U) && (length > pContext->maxRecv))
    {
        length = pContext->maxRecv;
    }
    if (length > available)
    {
        length = available;
    }
    memcpy(pBuffer, &pContext->input[pContext->inputPosition], length);
    pContext->inputPosition += length;
    return (int32_t)length;
}

int32_t mock_send(NetworkContext_t *pContext, const void *pBuffer, size_t length)
{
    pContext->sendCalls++;
    if (pContext->sendResult != 0)
    {
        return pContext->sendResult;
    }
    if (pContext->acceptNothing)
    {
        return 0;
    }
    if ((pContext->sendFailAfter != 0U) && (pContext->outputLength >= pContext->sendFailAfter))
    {
        return -1;
    }
    if ((pContext->maxSend != 0U) && (length > pContext->maxSend))
    {
        length = pContext->maxSend;
    }
    if (pContext->outputLength + length > MOCK_CAPACITY)
    {
        return -1;
    }
    memcpy(&pContext->output[pContext->outputLength], pBuffer, length);
    pContext->outputLength += length;
    return (int32_t)length;
}

int32_t mock_writev(NetworkContext_t *pContext, TransportOutVector_t *pVectors, size_t count)
{
    size_t i;
    int32_t total = 0;
    /* Gathers through mock_send so that limits and failures apply alike. */
    for (i = 0U; i < count; i++)
    {
        int32_t sent;
        if (pVectors[i].iov_len == 0U)
        {
            continue;
        }
        sent = mock_send(pContext, pVectors[i].iov_base, pVectors[i].iov_len);
        pContext->sendCalls--;
        if (sent < 0)
        {
            return (total > 0) ? total : sent;
        }
        total += sent;
        if ((size_t)sent < pVectors[i].iov_len)
        {
            break;
        }
    }
    pContext->sendCalls++;
    return total;
}

uint32_t mock_time(void)
{
    uint32_t now = mockTimeMs;
    mockTimeMs += mockTimeStepMs;
    return now;
}

TransportInterface_t mock_transport(bool withWritev)
{
    TransportInterface_t transport;
    transport.recv = mock_recv;
    transport.send = mock_send;
    transport.writev = withWritev ? mock_writev : NULL;
    transport.pNetworkContext = &mockNetwork;
    return transport;
}
