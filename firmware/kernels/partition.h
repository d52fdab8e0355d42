/*
 * The one work-partition helper: every parallel loop of every kernel splits its items with it.
 */
#ifndef FEMBA_PARTITION_H
#define FEMBA_PARTITION_H

#include <stdint.h>

/* Contiguous chunks of ceil(n / cores) items: core c gets [begin, end). Trailing cores may get
 * fewer items or none (n = 9 on 8 cores: 2,2,2,2,1,0,0,0), so callers must accept begin == end. */
static inline void partition(uint32_t n, int core, int cores, uint32_t *begin, uint32_t *end)
{
    uint32_t chunk = (n + (uint32_t)cores - 1) / (uint32_t)cores;
    uint32_t b = chunk * (uint32_t)core;
    uint32_t e = b + chunk;
    *begin = b < n ? b : n;
    *end = e < n ? e : n;
}

#endif
