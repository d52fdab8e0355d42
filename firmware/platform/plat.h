/*
 * The thin platform layer: everything the kernels and drivers need from a target.
 * One implementation per target in firmware/platform/<target>/; `plat_target.h` (found on the
 * include path of that target) defines the request types and the memory-section attributes.
 *
 * DMA contract (all targets): a transfer may happen at any time between issue and wait, so a
 * buffer must not be read (destination) or rewritten (source) before its request is waited.
 * The emulated targets copy at wait time, which makes a schedule bug visible on the host.
 */
#ifndef FEMBA_PLAT_H
#define FEMBA_PLAT_H

#include <stdint.h>

#include "net_config.h"
#include "plat_target.h"

/* Run fn(arg) on every core of the cluster and return when all are done (fork-join: the
 * drivers never need a barrier inside a forked function). */
void plat_fork(void (*fn)(void *arg), void *arg);
int plat_core_id(void);
void plat_barrier(void);

/* L2 <-> L1 (cluster DMA). 2-D: `rows` rows of `row_bytes`, `l2_stride` apart in L2, dense in
 * L1. */
void plat_dma_in(void *l1, const void *l2, uint32_t bytes, plat_dma_t *req);
void plat_dma_out(void *l2, const void *l1, uint32_t bytes, plat_dma_t *req);
void plat_dma_in_2d(void *l1, const void *l2, uint32_t rows, uint32_t row_bytes,
                    uint32_t l2_stride, plat_dma_t *req);
void plat_dma_out_2d(void *l2, const void *l1, uint32_t rows, uint32_t row_bytes,
                     uint32_t l2_stride, plat_dma_t *req);
void plat_dma_wait(plat_dma_t *req);

/* L3 -> L2 (weights image, uDMA on the chips). */
void plat_l3_read(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req);
void plat_l3_wait(plat_l3_t *req);
/* The streaming runners' next input window (host, rv32, pulp-open; not gap9): a read the
 * platform never waits for to reuse its resources (one at a time), and a non-blocking test that
 * completes a read which is done (returns 1; 0 while in flight). */
void plat_l3_read_bg(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req);
int plat_l3_poll(plat_l3_t *req);

/* Performance counters (free-running; the network records differences per layer). */
uint64_t plat_cycles(void);
uint64_t plat_instret(void);

#endif
