/*
 * Patch embedding tiled over tokens: the input tile is C rows of 16 * tokens samples (2-D DMA out
 * of the [C][T] window), the bias rows (conv bias + positional embedding, [tokens][d], int16 when
 * the layer's fit, else int32, or 12-bit deltas from a whole int16 column base: bias_elem 12)
 * come through the stream, weights / M / s are loaded whole.
 */
#include "consts.h"
#include "kernels.h"
#include "partition.h"
#include "runtime.h"

#define PATCH_ROWS 2
#define PATCH_COLS 16

typedef struct {
    const patch_layer_t *p;
    const int8_t *x;
    const void *bias;
    int8_t *y;
    uint32_t tokens;
} patch_work_t;

static void patch_fork(void *arg)
{
    const patch_work_t *t = arg;
    const patch_layer_t *p = t->p;
    uint32_t c2 = p->channels / PATCH_ROWS, b, e;
    partition(t->tokens * c2, plat_core_id(), NUM_CORES, &b, &e);
    const void *bias = t->bias;
    if (p->bias_elem == 12) { /* each core decodes the bias entries of its own items to int16 */
        uint32_t d = c2 * p->embed, rb = (3 * d + 1) / 2;
        int16_t *q = (int16_t *)L1(p->l1_q);
        for (uint32_t i = b; i < e; i++) {
            uint32_t tok = i / c2, c0 = (i % c2) * p->embed;
            bias12_decode((const uint8_t *)t->bias + tok * rb, (const int16_t *)L1(p->consts.a[3].l1),
                          q + tok * d, c0, c0 + p->embed);
        }
        bias = q;
    }
    k_patch_embed(t->x, t->tokens * PATCH_COLS, (const int8_t *)L1(p->consts.a[0].l1), bias,
                  p->bias_elem != 4, (const int32_t *)L1(p->consts.a[1].l1), (const int32_t *)L1(p->consts.a[2].l1),
                  t->y, c2, p->embed, b, e);
}

static void issue_x(const patch_layer_t *p, uint32_t i, plat_dma_t *req)
{
    uint32_t l0 = i * p->bias.tile_rows, nl = stream_tile_rows(&p->bias, i);
    plat_dma_in_2d(L1(p->l1_x[i & 1]), L2(p->x + l0 * PATCH_COLS), p->channels, nl * PATCH_COLS,
                   p->samples, req);
}

void drv_patch(const patch_layer_t *p)
{
    stream_run_t bs;
    plat_dma_t xreq[2] = {0}, yreq[2] = {0};
    int y_busy[2] = {0, 0};
    uint32_t n_t = rt_ceil_div(p->tokens, p->bias.tile_rows);
    uint32_t d = p->channels / PATCH_ROWS * p->embed;

    whole_load(&p->consts);
    stream_begin(&bs, &p->bias);
    issue_x(p, 0, &xreq[0]);
    for (uint32_t i = 0; i < n_t; i++) {
        const uint8_t *tile = stream_next(&bs, i);
        patch_work_t t = {p, 0, tile + p->bias.a[0].tile_off, 0,
                          stream_tile_rows(&p->bias, i)};
        plat_dma_wait(&xreq[i & 1]);
        t.x = (const int8_t *)L1(p->l1_x[i & 1]);
        if (i + 1 < n_t)
            issue_x(p, i + 1, &xreq[(i + 1) & 1]);
        if (y_busy[i & 1])
            plat_dma_wait(&yreq[i & 1]);
        t.y = (int8_t *)L1(p->l1_y[i & 1]);
        plat_fork(patch_fork, &t);
        plat_dma_out(L2(p->y + i * p->bias.tile_rows * d), t.y, t.tokens * d, &yreq[i & 1]);
        y_busy[i & 1] = 1;
    }
    for (int b = 0; b < 2; b++)
        if (y_busy[b])
            plat_dma_wait(&yreq[b]);
}
