/*
 * list.c - FreeRTOS's generic list (list.h) for applications and libraries. The kernel's
 * own structures use the intrusive lists of kernel.h instead.
 */
#include "FreeRTOS.h"
#include "list.h"

void vListInitialise(List_t *const pxList)
{
    ListItem_t *end = (ListItem_t *)(void *)&pxList->xListEnd;

    traceENTER_vListInitialise(pxList);
    listSET_LIST_INTEGRITY_CHECK_1_VALUE(pxList);
    pxList->pxIndex = end;
    listSET_FIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE(&pxList->xListEnd);
    pxList->xListEnd.xItemValue = portMAX_DELAY;
    pxList->xListEnd.pxNext = end;
    pxList->xListEnd.pxPrevious = end;
#if (configUSE_MINI_LIST_ITEM == 0)
    pxList->xListEnd.pvOwner = NULL;
    pxList->xListEnd.pxContainer = NULL;
    listSET_SECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE(&pxList->xListEnd);
#endif
    pxList->uxNumberOfItems = 0U;
    listSET_LIST_INTEGRITY_CHECK_2_VALUE(pxList);
    traceRETURN_vListInitialise();
}

void vListInitialiseItem(ListItem_t *const pxItem)
{
    traceENTER_vListInitialiseItem(pxItem);
    pxItem->pxContainer = NULL;
    listSET_FIRST_LIST_ITEM_INTEGRITY_CHECK_VALUE(pxItem);
    listSET_SECOND_LIST_ITEM_INTEGRITY_CHECK_VALUE(pxItem);
    traceRETURN_vListInitialiseItem();
}

void vListInsertEnd(List_t *const pxList, ListItem_t *const pxNewListItem)
{
    traceENTER_vListInsertEnd(pxList, pxNewListItem);
    listINSERT_END(pxList, pxNewListItem);
    traceRETURN_vListInsertEnd();
}

void vListInsert(List_t *const pxList, ListItem_t *const pxNewListItem)
{
    const TickType_t value = pxNewListItem->xItemValue;
    ListItem_t *after;

    traceENTER_vListInsert(pxList, pxNewListItem);
    listTEST_LIST_INTEGRITY(pxList);
    listTEST_LIST_ITEM_INTEGRITY(pxNewListItem);
    if (value == portMAX_DELAY)
    {
        /* Last, just before the end marker whose value is also portMAX_DELAY. */
        after = pxList->xListEnd.pxPrevious;
    }
    else
    {
        after = (ListItem_t *)(void *)&pxList->xListEnd;
        while (after->pxNext->xItemValue <= value)
        {
            after = after->pxNext;
        }
    }
    pxNewListItem->pxNext = after->pxNext;
    pxNewListItem->pxNext->pxPrevious = pxNewListItem;
    pxNewListItem->pxPrevious = after;
    after->pxNext = pxNewListItem;
    pxNewListItem->pxContainer = pxList;
    pxList->uxNumberOfItems = pxList->uxNumberOfItems + 1U;
    traceRETURN_vListInsert();
}

UBaseType_t uxListRemove(ListItem_t *const pxItemToRemove)
{
    List_t *const list = pxItemToRemove->pxContainer;
    UBaseType_t left;

    traceENTER_uxListRemove(pxItemToRemove);
    pxItemToRemove->pxNext->pxPrevious = pxItemToRemove->pxPrevious;
    pxItemToRemove->pxPrevious->pxNext = pxItemToRemove->pxNext;
    if (list->pxIndex == pxItemToRemove)
    {
        list->pxIndex = pxItemToRemove->pxPrevious;
    }
    pxItemToRemove->pxContainer = NULL;
    list->uxNumberOfItems = list->uxNumberOfItems - 1U;
    left = list->uxNumberOfItems;
    traceRETURN_uxListRemove(left);
    return left;
}
