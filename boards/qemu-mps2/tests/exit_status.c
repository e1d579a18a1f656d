/*
 * exit_status.c - exits with EXPECTED_STATUS (a compile-time constant) so that CTest can
 * check the image's exit status reaches the host unchanged, through newlib's exit() and
 * semihosting SYS_EXIT_EXTENDED.
 */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("exiting with %d\n", EXPECTED_STATUS);
    exit(EXPECTED_STATUS);
}
