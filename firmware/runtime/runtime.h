/* Drivers: the tiling + DMA schedule of each layer family, the same on every target. */
#ifndef FEMBA_RUNTIME_H
#define FEMBA_RUNTIME_H

#include <stdint.h>

#include "layers.h"
#include "plat.h"

/* Arena bases (set by network_run before the first layer). */
extern uint8_t *rt_l1;
extern uint8_t *rt_l2;

/* Called when a layer has issued its last L3 read (the L3 bus stays idle until the next layer):
 * the streaming runner reads a piece of the next input window there (0: nothing to do). */
extern void (*rt_l3_idle)(void);

/* network_run, before each layer: the next layer's whole arrays and stream (0 if none), which
 * the running layer reads from L3 once it has issued its own last L3 read. */
void rt_next_layer(const whole_t *w, const stream_t *s);
/* A layer has issued its last L3 read: start the next layer's reads, then rt_l3_idle. */
void rt_l3_done(void);

#define L1(off) (rt_l1 + (off))
#define L2(off) (rt_l2 + (off))

/* Weight / constant stream state of one layer. */
typedef struct {
    const stream_t *s;
    uint32_t n_tiles, tiles_per_chunk, n_chunks;
    int prefetched; /* chunk 0 came with the previous layer (rt_l3_done) */
    plat_l3_t l3[2][STREAM_MAX_ARRAYS];
    plat_dma_t dma[2][STREAM_MAX_ARRAYS];
} stream_run_t;

void stream_begin(stream_run_t *r, const stream_t *s);
/* Waits for tile i (issued earlier), issues tile i + 1, returns tile i in L1. */
uint8_t *stream_next(stream_run_t *r, uint32_t i);
/* Array a of tile i (after stream_next(i)): in L1, or in the L2 chunk for a direct stream. */
const uint8_t *stream_array(const stream_run_t *r, uint32_t i, uint32_t a);
/* Rows in tile i. */
uint32_t stream_tile_rows(const stream_t *s, uint32_t i);

void whole_load(const whole_t *w);

void drv_gemm(const gemm_layer_t *g);
void drv_chan(const chan_layer_t *c);
void drv_patch(const patch_layer_t *p);
void drv_row(const row_layer_t *r);

static inline uint32_t rt_min(uint32_t a, uint32_t b)
{
    return a < b ? a : b;
}

static inline uint32_t rt_ceil_div(uint32_t a, uint32_t b)
{
    return (a + b - 1) / b;
}

#endif
