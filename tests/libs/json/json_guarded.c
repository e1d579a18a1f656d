/*
 * json_guarded.c: guarded test buffers (see json_guarded.h).
 */
#define _DEFAULT_SOURCE
#include "json_guarded.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Small copies reuse one mapping per kind, made once: tests make hundreds of thousands. */
#define CACHED_PAGES 16

static char *cached_area(bool at_start, size_t page)
{
    static char *areas[2];
    char **area = &areas[at_start ? 1 : 0];
    if (*area == NULL)
    {
        char *base = mmap(NULL, (CACHED_PAGES + 1) * page, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED ||
            mprotect(at_start ? base : base + CACHED_PAGES * page, page, PROT_NONE) != 0)
        {
            perror("guarded mapping");
            abort();
        }
        *area = at_start ? base + page : base;
    }
    return *area;
}

char *guarded_copy(guarded_t *g, const void *data, size_t length, bool at_start)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t data_pages = (length + page - 1) / page;
    char *base;

    if (length <= CACHED_PAGES * page)
    {
        char *area = cached_area(at_start, page);
        g->map = NULL;
        g->data = at_start ? area : area + CACHED_PAGES * page - length;
        if (length > 0)
        {
            memcpy(g->data, data, length);
        }
        return g->data;
    }

    if (data_pages == 0)
    {
        data_pages = 1;
    }
    g->map_size = (data_pages + 1) * page;
    g->map = mmap(NULL, g->map_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (g->map == MAP_FAILED)
    {
        perror("mmap");
        abort();
    }
    base = g->map;
    if (at_start)
    {
        if (mprotect(base, page, PROT_NONE) != 0)
        {
            perror("mprotect");
            abort();
        }
        g->data = base + page;
    }
    else
    {
        if (mprotect(base + data_pages * page, page, PROT_NONE) != 0)
        {
            perror("mprotect");
            abort();
        }
        g->data = base + data_pages * page - length;
    }
    if (length > 0)
    {
        memcpy(g->data, data, length);
    }
    return g->data;
}

void guarded_release(guarded_t *g)
{
    if (g->map != NULL)
    {
        munmap(g->map, g->map_size);
        g->map = NULL;
        g->data = NULL;
    }
}
