/*
 * Cluster-DMA requests in flight, shared by the chip platforms (pulp-open, gap9).
 *
 * MCHAN has a pool of PLAT_DMA_IDS transfer ids, and issuing a command while every id is taken
 * stalls the core until one is freed. Only cluster core 0 issues DMA, so if all ids belong to
 * requests that core has not waited yet, that stall never ends. The platform layer keeps the
 * requests it issued here, oldest first; before taking one id too many it completes the oldest
 * itself (its later plat_dma_wait then returns at once: plat_dma_t carries a `pending` flag).
 * Drivers also call plat_dma_wait on requests they never issued (zero-initialised): `pending`
 * is 0 for those, so no platform waits on a transfer that does not exist.
 */
#ifndef FEMBA_DMA_INFLIGHT_H
#define FEMBA_DMA_INFLIGHT_H

#include <stdint.h>

#include "plat_target.h"

typedef struct {
    plat_dma_t *req[PLAT_DMA_IDS];
    uint32_t count;
} dma_inflight_t;

/* The request to complete before issuing a new one (every id taken), else 0. */
static inline plat_dma_t *dma_inflight_oldest_if_full(const dma_inflight_t *q)
{
    return q->count == PLAT_DMA_IDS ? q->req[0] : 0;
}

static inline void dma_inflight_add(dma_inflight_t *q, plat_dma_t *req)
{
    req->pending = 1;
    q->req[q->count++] = req;
}

/* req has completed: drop it from the list. GCC would turn the compaction into a call to the
 * C library's memmove (about 1000 cycles per DMA wait on pulp-open): keep the plain loop. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
static inline void dma_inflight_done(dma_inflight_t *q, plat_dma_t *req)
{
    req->pending = 0;
    for (uint32_t i = 0; i < q->count; i++) {
        if (q->req[i] == req) {
            for (uint32_t j = i + 1; j < q->count; j++)
                q->req[j - 1] = q->req[j];
            q->count--;
            return;
        }
    }
}

#endif
