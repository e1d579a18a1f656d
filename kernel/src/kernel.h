/*
 * kernel.h - private to the kernel: the task control block, the scheduler's state, the
 * intrusive lists everything is built from, and the internal calls between modules
 * (sched.c, tick.c, wait.c, task.c, notify.c, queue.c, ...). Not for applications.
 *
 * Concurrency model: every change to scheduler state (ready rings, the delayed list, wait
 * lists, task states) happens with interrupts masked (kernel_mask()/kernel_unmask()), so
 * ISRs may wake tasks at any time, also while the scheduler is suspended. Suspending the
 * scheduler only defers context switches and ticks.
 */
#ifndef TERN_KERNEL_H
#define TERN_KERNEL_H

#include "FreeRTOS.h"
#include "task.h"

/* Internal names stay short in the source but become tern_... symbols, so that they can
 * never clash with an application's own functions when linked into one program. */
#define kernel tern_kernel
#define mutex_abandon_all tern_mutex_abandon_all
#define mutex_inherited_priority tern_mutex_inherited_priority
#define mutex_released tern_mutex_released
#define mutex_waiters_changed tern_mutex_waiters_changed
#define queue_set_notify tern_queue_set_notify
#define queue_receive tern_queue_receive
#define queue_send tern_queue_send
#define sched_make_ready tern_sched_make_ready
#define sched_preempt tern_sched_preempt
#define sched_remove_ready tern_sched_remove_ready
#define sched_request_switch tern_sched_request_switch
#define sched_set_effective_priority tern_sched_set_effective_priority
#define stream_reset tern_stream_reset
#define task_free tern_task_free
#define task_reap_terminated tern_task_reap_terminated
#define tick_expire tern_tick_expire
#define tick_with_wakeups tern_tick_with_wakeups
#define tick_while_suspended tern_tick_while_suspended
#define tick_block_current tern_tick_block_current
#define tick_cancel_timeout tern_tick_cancel_timeout
#define tick_delay_current tern_tick_delay_current
#define tick_until_next_wake tern_tick_until_next_wake
#define tick_wake tern_tick_wake
#define wait_block_current tern_wait_block_current
#define wait_release_all tern_wait_release_all
#define wait_remove tern_wait_remove
#define wait_reposition tern_wait_reposition
#define wait_within_budget tern_wait_within_budget
#define wait_wake_all tern_wait_wake_all
#define wait_wake_first tern_wait_wake_first
#define timers_create_daemon tern_timers_create_daemon
#define timers_reset_state tern_timers_reset_state

/* Inlining the kernel insists on for its hottest paths; the port says how (compiler
 * extensions stay in ports), plain inline otherwise. */
#ifdef portFORCE_INLINE
#define KERNEL_FORCE_INLINE portFORCE_INLINE
#else
#define KERNEL_FORCE_INLINE inline
#endif

/* ---- Intrusive doubly linked lists ----
 * A list is a sentinel node; an unlinked node has next == NULL. */
typedef struct link
{
    struct link *next;
    struct link *prev;
} link_t;

#define LINK_OWNER(ptr, type, member) ((type *)(void *)((char *)(ptr)-offsetof(type, member)))

static inline void list_init(link_t *head)
{
    head->next = head;
    head->prev = head;
}

static inline int list_empty(const link_t *head)
{
    return head->next == head;
}

static inline void link_insert_before(link_t *pos, link_t *node)
{
    node->next = pos;
    node->prev = pos->prev;
    pos->prev->next = node;
    pos->prev = node;
}

/* Takes node out of its list, leaving it as is: for links whose membership is known
 * otherwise (a task's wait link: waiting_on). */
static inline void link_unlink(link_t *node)
{
    node->next->prev = node->prev;
    node->prev->next = node->next;
}

static inline void link_remove(link_t *node)
{
    link_unlink(node);
    node->next = NULL;
}

static inline int link_linked(const link_t *node)
{
    return node->next != NULL;
}

/* ---- Task control block ---- */

/* What a task is doing; the running task is TASK_READY (and pxCurrentTCB). */
enum task_state
{
    TASK_READY = 0,
    TASK_BLOCKED,   /* on the delayed list (timeout) and/or a wait list, or forever */
    TASK_SUSPENDED,
    TASK_DELETED    /* waiting for the idle task to free it */
};

/* Why a blocked task was woken; read by the blocking call when it resumes. */
enum wake_reason
{
    WAKE_TIMEOUT = 0,
    WAKE_EVENT,
    WAKE_ABORTED,
    WAKE_DELETED /* the object waited on was deleted: do not touch it again */
};

/* Which parts of a task came from the heap, so deletion frees only those. */
#define TASK_HEAP_TCB   0x01u
#define TASK_HEAP_STACK 0x02u

/* Task flags. */
#define TF_DELAY_ABORTED 0x01u /* xTaskAbortDelay() hit it; read by xTaskCheckForTimeOut(). */
#define TF_WAITS_MUTEX   0x02u /* Its wait list belongs to a mutex (priority inheritance). */

struct wait_list;

typedef struct tskTaskControlBlock
{
    volatile StackType_t *pxTopOfStack; /* Saved stack pointer: must stay first (ports). */
    /* The byte-sized fields next, where Thumb's 16-bit byte loads and stores reach them
     * (offsets 0..31). */
    uint8_t state;                /* enum task_state */
    uint8_t wake_reason;          /* enum wake_reason */
    uint8_t heap_parts;           /* TASK_HEAP_* */
    uint8_t flags;                /* TF_* */
    volatile uint8_t notify_state[configTASK_NOTIFICATION_ARRAY_ENTRIES];
    link_t sched;                 /* In a ready ring, or the delayed list. */
    link_t wait;                  /* In a wait list of a kernel object. */
    struct tskTaskControlBlock *all_next; /* Every task, for enumeration. */
    struct wait_list *waiting_on; /* The wait list this task is in, or NULL. */
    void *wait_data;              /* Per-object blocking argument (e.g. event bits). */
    TickType_t wake_tick;         /* When on the delayed list: when to wake. */
    UBaseType_t priority;         /* Effective priority (with inheritance). */
    UBaseType_t base_priority;    /* Priority the application set. */
    void *held_mutexes;           /* Mutexes held, newest first (queue.c's list). */
    StackType_t *stack;           /* Lowest address of the stack. */
    volatile uint32_t notify_value[configTASK_NOTIFICATION_ARRAY_ENTRIES];
    char name[configMAX_TASK_NAME_LEN];
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t tcb_number;       /* Unique, in creation order. */
    UBaseType_t task_number;      /* Set by vTaskSetTaskNumber() for trace tools. */
#endif
#if (configUSE_APPLICATION_TASK_TAG == 1)
    TaskHookFunction_t tag;
#endif
#if (configNUM_THREAD_LOCAL_STORAGE_POINTERS > 0)
    void *tls[configNUM_THREAD_LOCAL_STORAGE_POINTERS];
#endif
#if (configGENERATE_RUN_TIME_STATS == 1)
    configRUN_TIME_COUNTER_TYPE run_time;
#endif
#if (portSTACK_GROWTH > 0) || (configRECORD_STACK_HIGH_ADDRESS == 1)
    StackType_t *stack_end;       /* Highest address of the stack. */
#endif
} TCB_t;

/* ---- Scheduler state, kept together so that one base address reaches all of it ---- */
struct kernel_state
{
    /* The ready tasks of each priority: a ring with an end marker, walked by an index, as
     * FreeRTOS walks its ready lists, so equal-priority tasks take turns in the same order.
     * Two arrays rather than one of structures: power-of-two strides index faster. An empty
     * ring's index is its marker. Set up when the first task is created (all zero before).
     * First, so that a marker's address is the structure's plus a shifted priority. */
    link_t ready_end[configMAX_PRIORITIES];    /* marker between the last and first task */
    link_t *ready_index[configMAX_PRIORITIES]; /* the task selected last, or the marker */
    /* The running task. The symbol pxCurrentTCB, which ports and debuggers look up as in
     * FreeRTOS, is this field (sched.c), so kernel code reaches it from the same base
     * address as the rest of the state. */
    TCB_t *volatile current;
    volatile TickType_t tick;
    TickType_t next_wake;          /* Tick at which the delayed list needs attention. */
    volatile uint32_t ready_bits;  /* Bit p set: ready ring p is not empty. */
    volatile UBaseType_t suspended; /* vTaskSuspendAll() nesting. */
    volatile BaseType_t yield_pending; /* A switch was wanted while it could not happen. */
    volatile TickType_t pended_ticks;  /* Ticks that arrived while suspended. */
    volatile BaseType_t running;
    UBaseType_t task_count;
    UBaseType_t deleted_waiting;   /* Tasks on the terminated list. */
    link_t delayed;                /* Blocked with a timeout, by wake time. */
    link_t terminated;             /* Deleted themselves; freed by the idle task. */
    TCB_t *all_tasks;
    TCB_t *idle_task;
    void (*after_end)(void);       /* Set by vTaskEndScheduler(): the clean-up back in main(). */
#if (configUSE_TRACE_FACILITY == 1)
    UBaseType_t next_tcb_number;
#endif
#if (configGENERATE_RUN_TIME_STATS == 1)
    configRUN_TIME_COUNTER_TYPE switched_in_at;
    configRUN_TIME_COUNTER_TYPE total_run_time;
#endif
};

extern struct kernel_state kernel;

/* In the kernel, the running task is a field of kernel (see current above). */
#define pxCurrentTCB (kernel.current)

/* ---- Masking interrupts (kernel-internal critical sections; nest by value) ---- */
static inline UBaseType_t kernel_mask(void)
{
    return (UBaseType_t)portSET_INTERRUPT_MASK_FROM_ISR();
}

static inline void kernel_unmask(UBaseType_t saved)
{
    portCLEAR_INTERRUPT_MASK_FROM_ISR(saved);
}

/* ---- sched.c: ready rings and switching ---- */

/* Makes t ready (t must not be in a ring). Returns pdTRUE if it should preempt the
 * running task. */
BaseType_t sched_make_ready(TCB_t *t);

/* Takes t out of its ready ring. */
void sched_remove_ready(TCB_t *t);

/* sched_make_ready() for the hottest paths (waking a task from an interrupt). The rings are
 * valid once the first task exists (sched_init_rings()), and pxCurrentTCB is not NULL. */
static KERNEL_FORCE_INLINE BaseType_t sched_make_ready_inline(TCB_t *t)
{
    UBaseType_t p = t->priority;

    t->state = TASK_READY;
    link_insert_before(kernel.ready_index[p], &t->sched);
    kernel.ready_bits |= 1UL << p;
    traceMOVED_TASK_TO_READY_STATE(t);
    return p > pxCurrentTCB->priority ? pdTRUE : pdFALSE;
}

/* Whether another task is ready at t's priority (t being ready): its neighbours in the
 * ring are distinct unless the end marker is both. */
static inline int sched_has_peers(const TCB_t *t)
{
    return t->sched.next != t->sched.prev;
}

/* Asks for a context switch after the current kernel operation (at unmask). Honours a
 * suspended scheduler by remembering the request. (Not named sched_yield: that is the
 * C library's, and other code in the program calls it.) */
void sched_request_switch(void);

/* For FromISR calls: reports that a task outranking the running one was woken, through
 * *pxHigherPriorityTaskWoken or, when that is NULL, by remembering a pending switch (as
 * FreeRTOS V11 does). */
static inline void sched_yield_from_isr(BaseType_t woke, BaseType_t *pxHigherPriorityTaskWoken)
{
    if (woke != pdFALSE)
    {
        if (pxHigherPriorityTaskWoken != NULL)
        {
            *pxHigherPriorityTaskWoken = pdTRUE;
        }
        else
        {
            kernel.yield_pending = pdTRUE;
        }
    }
}

/* Calls that serve both tasks and interrupts take `woken`: NULL from a task, else where to
 * report a woken task that outranks the running one, which for a FromISR call is this. */
static inline volatile BaseType_t *sched_isr_woken(BaseType_t *pxHigherPriorityTaskWoken)
{
    return pxHigherPriorityTaskWoken != NULL ? pxHigherPriorityTaskWoken : &kernel.yield_pending;
}

/* A task that outranks the running one was woken: from a task (woken NULL), switch once
 * interrupts are unmasked; from an interrupt, report it through woken. */
void sched_preempt(volatile BaseType_t *woken);

/* Moves a task to a new effective priority (ready ring, wait list order). Returns pdTRUE
 * if the running task should now yield. */
BaseType_t sched_set_effective_priority(TCB_t *t, UBaseType_t priority);

/* The task handle to act on: NULL means the caller. */
static inline TCB_t *task_or_current(TaskHandle_t handle)
{
    return handle != NULL ? (TCB_t *)handle : pxCurrentTCB;
}

/* ---- tick.c: time and blocking ---- */

/* Blocks the running task for ticks (>= 1): out of its ready ring, onto the delayed list,
 * and pends a switch. portMAX_DELAY means forever when INCLUDE_vTaskSuspend is 1 (as in
 * FreeRTOS). Interrupts must be masked; the switch happens at unmask, after which the
 * caller reads pxCurrentTCB->wake_reason. */
void tick_block_current(TickType_t ticks);

/* The same, but always a finite delay (vTaskDelay(portMAX_DELAY) is finite in FreeRTOS). */
void tick_delay_current(TickType_t ticks);

/* Wakes a blocked task (from the delayed list and any wait list) with reason; returns
 * pdTRUE if it should preempt the running task. */
BaseType_t tick_wake(TCB_t *t, enum wake_reason reason);

void wait_remove(TCB_t *t);

/* Takes t off the delayed list if it is there (a blocked task's sched link is either on
 * the delayed list or unlinked). */
static inline void tick_cancel_timeout_inline(TCB_t *t)
{
    if (link_linked(&t->sched))
    {
        link_remove(&t->sched);
    }
}

/* Takes t off the delayed list if it is there. */
void tick_cancel_timeout(TCB_t *t);

/* Ticks until the next timed wake-up; portMAX_DELAY if none. Tickless idle only. */
TickType_t tick_until_next_wake(void);

/* ---- wait.c: kernel objects' lists of waiting tasks, highest priority first ---- */
typedef struct wait_list
{
    link_t head;
} wait_list_t;

static inline void wait_list_init(wait_list_t *wl)
{
    list_init(&wl->head);
}

static inline int wait_list_empty(const wait_list_t *wl)
{
    return list_empty(&wl->head);
}

static inline TCB_t *wait_list_first(const wait_list_t *wl)
{
    return list_empty(&wl->head) ? NULL : LINK_OWNER(wl->head.next, TCB_t, wait);
}

/* Blocks the running task on wl (priority order) for at most ticks. Interrupts masked. */
void wait_block_current(wait_list_t *wl, TickType_t ticks);

/* Wakes the highest-priority waiter of wl with WAKE_EVENT; returns pdTRUE if it should
 * preempt the running task. wl must not be empty. */
BaseType_t wait_wake_first(wait_list_t *wl);

/* Wakes every waiter (with reason); returns pdTRUE if one should preempt. */
BaseType_t wait_wake_all(wait_list_t *wl, enum wake_reason reason);
/* An object is being deleted: every task waiting on a or b fails its call (a switch follows
 * if one of them outranks the caller). b may be a again. */
void wait_release_all(wait_list_t *a, wait_list_t *b);

/* Takes t out of the wait list it is in (if any). */
void wait_remove(TCB_t *t);

/* Re-sorts t in its wait list after a priority change. */
void wait_reposition(TCB_t *t);

/* The time budget of a blocking call that may wait more than once (woken, then beaten to
 * the item by another task, it waits again for what is left). */
typedef struct wait_budget
{
    TickType_t left;   /* ticks still to wait; 0: try once more, then give up */
    TickType_t total;  /* the caller's block time */
    TickType_t start;  /* tick count when the call began */
    UBaseType_t saved; /* interrupt mask to restore while blocked, and at the end */
} wait_budget_t;

/* Starts a budget of ticks and masks interrupts (restored with kernel_unmask(b->saved)). */
static inline void wait_budget_begin(wait_budget_t *b, TickType_t ticks)
{
    b->saved = kernel_mask();
    b->left = ticks;
    b->total = ticks;
    b->start = kernel.tick;
}

struct QueueDefinition;

/* One wait of such a call: blocks the running task on wl for b->left (> 0) ticks; on
 * return b->left is what remains (0 after a timeout or an abort: try once more, then give
 * up). Returns pdFALSE if the object was deleted meanwhile: the caller must not touch it
 * again. mutex (or NULL): the mutex whose holder inherits the waiter's priority.
 * Interrupts masked on entry and on return. */
BaseType_t wait_within_budget(wait_list_t *wl, wait_budget_t *b, struct QueueDefinition *mutex);

/* ---- task.c ---- */
void task_free(TCB_t *t);
/* vTaskDelete() under the name the kernel uses, so that it exists without INCLUDE_vTaskDelete. */
#if (INCLUDE_vTaskDelete == 1)
#define task_delete vTaskDelete
#else
#define task_delete tern_task_delete
#endif
void task_delete(TaskHandle_t task);
void task_reap_terminated(void);

/* ---- Hooks from kernel objects that live in other modules ---- */
#if (configUSE_MUTEXES == 1)
/* The priority t must run at because of the mutexes it holds (queue.c). */
UBaseType_t mutex_inherited_priority(const TCB_t *t);
/* A task holding mutexes is deleted: they stay taken but forget it. */
void mutex_abandon_all(TCB_t *t);
/* The waiters of a mutex's wait list changed (one joined, one left, or one changed
 * priority): the holder's inherited priority follows, along the chain of holders. */
void mutex_waiters_changed(struct wait_list *wl);
#endif
#if (configUSE_TIMERS == 1)
BaseType_t timers_create_daemon(void);
void timers_reset_state(void);
#endif

/* Compile-time check usable in C99. */
#define KERNEL_STATIC_ASSERT(name, cond) typedef char kernel_static_assert_##name[(cond) ? 1 : -1]

#endif /* TERN_KERNEL_H */
