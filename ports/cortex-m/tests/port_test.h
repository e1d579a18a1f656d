/*
 * port_test.h - support for the Cortex-M port's own tests: failure reporting, the hooks
 * the test configuration needs, and assertions a test expects to fail (configASSERT
 * calls vAssertCalled; while a test expects it, the call is counted instead of fatal).
 */
#ifndef PORT_TEST_H
#define PORT_TEST_H

#include <stdint.h>

#include "FreeRTOS.h"
#include "task.h"

/* Records a failure with its location and description; the test continues. */
void port_test_fail(const char *file, int line, const char *what);
#define CHECK(cond)                                                                                \
    do                                                                                             \
    {                                                                                              \
        if (!(cond))                                                                               \
        {                                                                                          \
            port_test_fail(__FILE__, __LINE__, #cond);                                             \
        }                                                                                          \
    } while (0)
void port_test_check_eq(const char *file, int line, const char *what, long got, long want);
#define CHECK_EQ(got, want)                                                                        \
    port_test_check_eq(__FILE__, __LINE__, #got " == " #want, (long)(got), (long)(want))
#define CHECK_RANGE(value, low, high)                                                              \
    do                                                                                             \
    {                                                                                              \
        long check_value = (long)(value);                                                          \
        if (check_value < (long)(low) || check_value > (long)(high))                               \
        {                                                                                          \
            port_test_check_eq(__FILE__, __LINE__, #value " in [" #low ", " #high "]",             \
                               check_value, (long)(low));                                          \
        }                                                                                          \
    } while (0)

/* While expecting, failed configASSERTs are counted (and return) instead of ending the
 * test. port_test_expect_asserts(0) stops expecting and returns how many were counted. */
void port_test_expect_asserts(int on);
/* While expecting, also call fn after counting an assertion (NULL: none). */
void port_test_on_assert(void (*fn)(void));
unsigned port_test_asserts_seen(void);

/* Prints the verdict and returns main's exit status. */
int port_test_summary(const char *name);

/* The BASEPRI, CONTROL and stack pointer registers, for checks. */
static inline uint32_t port_test_basepri(void)
{
    uint32_t v;
    __asm volatile("mrs %0, basepri" : "=r"(v));
    return v;
}

static inline uint32_t port_test_control(void)
{
    uint32_t v;
    __asm volatile("mrs %0, control" : "=r"(v));
    return v;
}

#endif /* PORT_TEST_H */
