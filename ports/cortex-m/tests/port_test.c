/*
 * port_test.c - reporting and hooks for the port's tests (see port_test.h).
 */
#include "port_test.h"

#include <stdio.h>
#include <stdlib.h>

static volatile unsigned failures;
static volatile int expecting_asserts;
static volatile unsigned asserts_seen;
static void (*volatile on_assert)(void);

void port_test_fail(const char *file, int line, const char *what)
{
    printf("  FAILED %s:%d: %s\n", file, line, what);
    failures++;
}

void port_test_check_eq(const char *file, int line, const char *what, long got, long want)
{
    if (got != want)
    {
        printf("  FAILED %s:%d: %s (got %ld, want %ld)\n", file, line, what, got, want);
        failures++;
    }
}

void port_test_expect_asserts(int on)
{
    expecting_asserts = on;
    if (on)
    {
        asserts_seen = 0;
    }
}

void port_test_on_assert(void (*fn)(void))
{
    on_assert = fn;
}

unsigned port_test_asserts_seen(void)
{
    return asserts_seen;
}

int port_test_summary(const char *name)
{
    printf("%s: %s (%u failure(s))\n", name, failures == 0U ? "PASSED" : "FAILED", failures);
    return failures == 0U ? 0 : 1;
}

void vAssertCalled(const char *file, int line)
{
    if (expecting_asserts)
    {
        asserts_seen++;
        if (on_assert != NULL)
        {
            on_assert();
        }
        return;
    }
    printf("  assertion failed at %s:%d\n", file, line);
    exit(2);
}

void vApplicationStackOverflowHook(TaskHandle_t xTask, char *pcTaskName)
{
    (void)xTask;
    printf("  stack overflow in task %s\n", pcTaskName);
    exit(3);
}

void vApplicationMallocFailedHook(void)
{
    printf("  out of heap\n");
    exit(4);
}
