/*
 * list.h - FreeRTOS's generic doubly linked list, for applications and libraries that use
 * it (FreeRTOS+TCP style code does). A list has an end marker holding portMAX_DELAY, so
 * vListInsert() keeps items sorted by value and vListInsertEnd() adds an item last in the
 * round-robin order of listGET_OWNER_OF_NEXT_ENTRY(). The kernel itself uses its own
 * intrusive lists (kernel/src/kernel.h); this module costs nothing unless called.
 */
#ifndef LIST_H
#define LIST_H

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h before list.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if (configUSE_LIST_DATA_INTEGRITY_CHECK_BYTES == 0)
#define listFIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE
#define listSECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE
#define listFIRST_LIST_INTEGRITY_CHECK_VALUE
#define listSECOND_LIST_INTEGRITY_CHECK_VALUE
#define listSET_FIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE(pxItem)
#define listSET_SECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE(pxItem)
#define listSET_LIST_INTEGRITY_CHECK_1_VALUE(pxList)
#define listSET_LIST_INTEGRITY_CHECK_2_VALUE(pxList)
#define listTEST_LIST_ITEM_INTEGRITY(pxItem)
#define listTEST_LIST_INTEGRITY(pxList)
#else
#define listFIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE  TickType_t xListItemIntegrityValue1;
#define listSECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE TickType_t xListItemIntegrityValue2;
#define listFIRST_LIST_INTEGRITY_CHECK_VALUE       TickType_t xListIntegrityValue1;
#define listSECOND_LIST_INTEGRITY_CHECK_VALUE      TickType_t xListIntegrityValue2;
#define listSET_FIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE(pxItem)                                      \
    (pxItem)->xListItemIntegrityValue1 = pdINTEGRITY_CHECK_VALUE
#define listSET_SECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE(pxItem)                                     \
    (pxItem)->xListItemIntegrityValue2 = pdINTEGRITY_CHECK_VALUE
#define listSET_LIST_INTEGRITY_CHECK_1_VALUE(pxList)                                               \
    (pxList)->xListIntegrityValue1 = pdINTEGRITY_CHECK_VALUE
#define listSET_LIST_INTEGRITY_CHECK_2_VALUE(pxList)                                               \
    (pxList)->xListIntegrityValue2 = pdINTEGRITY_CHECK_VALUE
#define listTEST_LIST_ITEM_INTEGRITY(pxItem)                                                       \
    configASSERT(((pxItem)->xListItemIntegrityValue1 == pdINTEGRITY_CHECK_VALUE) &&                \
                 ((pxItem)->xListItemIntegrityValue2 == pdINTEGRITY_CHECK_VALUE))
#define listTEST_LIST_INTEGRITY(pxList)                                                            \
    configASSERT(((pxList)->xListIntegrityValue1 == pdINTEGRITY_CHECK_VALUE) &&                    \
                 ((pxList)->xListIntegrityValue2 == pdINTEGRITY_CHECK_VALUE))
#endif

struct xLIST;

/* An item that can be placed in a list. */
struct xLIST_ITEM
{
    listFIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE
    configLIST_VOLATILE TickType_t xItemValue;       /* Sort key for vListInsert(). */
    struct xLIST_ITEM *configLIST_VOLATILE pxNext;
    struct xLIST_ITEM *configLIST_VOLATILE pxPrevious;
    void *pvOwner;                                   /* Usually the object holding the item. */
    struct xLIST *configLIST_VOLATILE pxContainer;   /* The list the item is in, or NULL. */
    listSECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE
};
typedef struct xLIST_ITEM ListItem_t;

#if (configUSE_MINI_LIST_ITEM == 1)
/* The end marker needs no owner or container. */
struct xMINI_LIST_ITEM
{
    listFIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE
    configLIST_VOLATILE TickType_t xItemValue;
    struct xLIST_ITEM *configLIST_VOLATILE pxNext;
    struct xLIST_ITEM *configLIST_VOLATILE pxPrevious;
};
typedef struct xMINI_LIST_ITEM MiniListItem_t;
#else
typedef struct xLIST_ITEM MiniListItem_t;
#endif

typedef struct xLIST
{
    listFIRST_LIST_INTEGRITY_CHECK_VALUE
    volatile UBaseType_t uxNumberOfItems;
    ListItem_t *configLIST_VOLATILE pxIndex; /* Walked by listGET_OWNER_OF_NEXT_ENTRY(). */
    MiniListItem_t xListEnd;                 /* End marker; its value is portMAX_DELAY. */
    listSECOND_LIST_INTEGRITY_CHECK_VALUE
} List_t;

#define listSET_LIST_ITEM_OWNER(pxListItem, pxOwner) ((pxListItem)->pvOwner = (void *)(pxOwner))
#define listGET_LIST_ITEM_OWNER(pxListItem)          ((pxListItem)->pvOwner)
#define listSET_LIST_ITEM_VALUE(pxListItem, xValue)  ((pxListItem)->xItemValue = (xValue))
#define listGET_LIST_ITEM_VALUE(pxListItem)          ((pxListItem)->xItemValue)
#define listGET_ITEM_VALUE_OF_HEAD_ENTRY(pxList)     (((pxList)->xListEnd).pxNext->xItemValue)
#define listGET_HEAD_ENTRY(pxList)                   (((pxList)->xListEnd).pxNext)
#define listGET_NEXT(pxListItem)                     ((pxListItem)->pxNext)
#define listGET_END_MARKER(pxList)                   ((ListItem_t const *)(&((pxList)->xListEnd)))
#define listLIST_IS_EMPTY(pxList)                    (((pxList)->uxNumberOfItems == 0U) ? pdTRUE : pdFALSE)
#define listCURRENT_LIST_LENGTH(pxList)              ((pxList)->uxNumberOfItems)
#define listGET_OWNER_OF_HEAD_ENTRY(pxList)          ((&((pxList)->xListEnd))->pxNext->pvOwner)
#define listIS_CONTAINED_WITHIN(pxList, pxListItem)                                                \
    (((pxListItem)->pxContainer == (pxList)) ? (pdTRUE) : (pdFALSE))
#define listLIST_ITEM_CONTAINER(pxListItem)          ((pxListItem)->pxContainer)
#define listLIST_IS_INITIALISED(pxList)              ((pxList)->xListEnd.xItemValue == portMAX_DELAY)

/* Advances the list's index to the next item (skipping the end marker) and sets pxTCB to
 * that item's owner: round-robin access to the items of a list. */
#define listGET_OWNER_OF_NEXT_ENTRY(pxTCB, pxList)                                                 \
    do                                                                                             \
    {                                                                                              \
        List_t *const pxConstList = (pxList);                                                      \
        (pxConstList)->pxIndex = (pxConstList)->pxIndex->pxNext;                                   \
        if ((void *)(pxConstList)->pxIndex == (void *)&((pxConstList)->xListEnd))                  \
        {                                                                                          \
            (pxConstList)->pxIndex = (pxConstList)->xListEnd.pxNext;                               \
        }                                                                                          \
        (pxTCB) = (pxConstList)->pxIndex->pvOwner;                                                 \
    } while (0)

/* Inline forms of uxListRemove() and vListInsertEnd(). */
#define listREMOVE_ITEM(pxItemToRemove)                                                            \
    do                                                                                             \
    {                                                                                              \
        List_t *const pxList = (pxItemToRemove)->pxContainer;                                      \
        (pxItemToRemove)->pxNext->pxPrevious = (pxItemToRemove)->pxPrevious;                       \
        (pxItemToRemove)->pxPrevious->pxNext = (pxItemToRemove)->pxNext;                           \
        if (pxList->pxIndex == (pxItemToRemove))                                                   \
        {                                                                                          \
            pxList->pxIndex = (pxItemToRemove)->pxPrevious;                                        \
        }                                                                                          \
        (pxItemToRemove)->pxContainer = NULL;                                                      \
        (pxList->uxNumberOfItems) = (UBaseType_t)((pxList->uxNumberOfItems) - 1U);                 \
    } while (0)

#define listINSERT_END(pxList, pxNewListItem)                                                      \
    do                                                                                             \
    {                                                                                              \
        ListItem_t *const pxIndex = (pxList)->pxIndex;                                             \
        listTEST_LIST_INTEGRITY((pxList));                                                         \
        listTEST_LIST_ITEM_INTEGRITY((pxNewListItem));                                             \
        (pxNewListItem)->pxNext = pxIndex;                                                         \
        (pxNewListItem)->pxPrevious = pxIndex->pxPrevious;                                         \
        pxIndex->pxPrevious->pxNext = (pxNewListItem);                                             \
        pxIndex->pxPrevious = (pxNewListItem);                                                     \
        (pxNewListItem)->pxContainer = (pxList);                                                   \
        ((pxList)->uxNumberOfItems) = (UBaseType_t)(((pxList)->uxNumberOfItems) + 1U);             \
    } while (0)

/* Makes pxList empty. Must be called before the list is used. */
void vListInitialise(List_t *const pxList) PRIVILEGED_FUNCTION;

/* Marks an item as not in any list. Must be called before the item is used. */
void vListInitialiseItem(ListItem_t *const pxItem) PRIVILEGED_FUNCTION;

/* Inserts pxNewListItem in value order; after any items with the same value. */
void vListInsert(List_t *const pxList, ListItem_t *const pxNewListItem) PRIVILEGED_FUNCTION;

/* Inserts pxNewListItem so that it is the last returned by listGET_OWNER_OF_NEXT_ENTRY(). */
void vListInsertEnd(List_t *const pxList, ListItem_t *const pxNewListItem) PRIVILEGED_FUNCTION;

/* Removes an item from the list it is in; returns the number of items left there. */
UBaseType_t uxListRemove(ListItem_t *const pxItemToRemove) PRIVILEGED_FUNCTION;

#ifdef __cplusplus
}
#endif

#endif /* LIST_H */
