/*
 * bench_runs.c - bench_runs.h on a POSIX host (qsort, getrusage).
 */
#include "bench_runs.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static int compare(const void *pLeft, const void *pRight)
{
    double left = *(const double *)pLeft;
    double right = *(const double *)pRight;
    return (left > right) - (left < right);
}

double bench_median(double *pValues, size_t count)
{
    qsort(pValues, count, sizeof(double), compare);
    return pValues[count / 2U];
}

double bench_cpu_seconds(void)
{
    struct rusage usage;
    (void)getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_utime.tv_sec + (double)usage.ru_stime.tv_sec +
           ((double)usage.ru_utime.tv_usec + (double)usage.ru_stime.tv_usec) / 1e6;
}

bool bench_name_listed(const char *pName, char *const *pNames, size_t count)
{
    size_t i;

    for (i = 0U; i < count; i++)
    {
        if (strcmp(pName, pNames[i]) == 0)
        {
            return true;
        }
    }
    return false;
}
