/*
 * linear: for each weight tile (n_tile output channels, streamed and unpacked to int8 once),
 * for each token tile of x: one GEMM fork, then the [tokens x n_tile] result goes back to L2 as
 * a 2-D DMA. When x fits L1 in one tile it is loaded once and stays resident; otherwise token
 * tiles are double-buffered in the order (weight tile, token tile).
 */
#include "kernels.h"
#include "partition.h"
#include "runtime.h"

typedef struct {
    const gemm_layer_t *g;
    const uint8_t *packed;
    int8_t *w;
    const int8_t *x;
    void *y;
    const int32_t *bias, *M, *s;
    uint32_t rows, tokens;
} gemm_work_t;

static void unpack_fork(void *arg)
{
    const gemm_work_t *t = arg;
    uint32_t b, e;
    partition(t->rows, plat_core_id(), NUM_CORES, &b, &e);
    k_unpack_rows(t->packed, t->w, b, e, t->g->k, t->g->w.a[0].row_bytes, t->g->wbits);
}

static void gemm_fork(void *arg)
{
    const gemm_work_t *t = arg;
    uint32_t b, e;
    partition(t->tokens * t->rows, plat_core_id(), NUM_CORES, &b, &e);
    k_gemm(t->x, t->w, t->g->k, t->rows, t->bias, t->M, t->s, t->g->lo, t->g->hi, t->y,
           t->g->y_elem, b, e);
}

static void issue_x(const gemm_layer_t *g, uint32_t j, uint32_t buf, plat_dma_t *req)
{
    uint32_t l0 = j * g->tile_tokens, nl = rt_min(g->tile_tokens, g->tokens - l0);
    plat_dma_in(L1(g->l1_x[buf]), L2(g->x + l0 * g->k), nl * g->k, req);
}

void drv_gemm(const gemm_layer_t *g)
{
    stream_run_t ws;
    plat_dma_t xreq[2] = {{0}}, yreq[2] = {{0}};
    int y_busy[2] = {0, 0};
    uint32_t n_wt = rt_ceil_div(g->n, g->w.tile_rows);
    uint32_t n_xt = rt_ceil_div(g->tokens, g->tile_tokens);
    uint32_t total = n_wt * n_xt;

    stream_begin(&ws, &g->w);
    issue_x(g, 0, 0, &xreq[0]);
    for (uint32_t i = 0; i < n_wt; i++) {
        const uint8_t *tile = stream_next(&ws, i);
        gemm_work_t t = {g, tile + g->w.a[0].tile_off, (int8_t *)(tile + g->w.a[0].tile_off),
                         0, 0, 0, 0, 0, stream_tile_rows(&g->w, i), 0};
        t.M = (const int32_t *)(tile + g->w.a[1].tile_off);
        t.s = (const int32_t *)(tile + g->w.a[2].tile_off);
        t.bias = g->has_bias ? (const int32_t *)(tile + g->w.a[3].tile_off) : 0;
        if (g->wbits < 8) {
            t.w = (int8_t *)L1(g->l1_w);
            plat_fork(unpack_fork, &t);
        }
        for (uint32_t j = 0; j < n_xt; j++) {
            uint32_t q = i * n_xt + j; /* position in the token-tile sequence */
            if (n_xt > 1 || q == 0)
                plat_dma_wait(&xreq[q & 1]);
            if (n_xt > 1 && q + 1 < total)
                issue_x(g, (q + 1) % n_xt, (q + 1) & 1, &xreq[(q + 1) & 1]);
            if (y_busy[q & 1])
                plat_dma_wait(&yreq[q & 1]);
            uint32_t l0 = j * g->tile_tokens;
            t.tokens = rt_min(g->tile_tokens, g->tokens - l0);
            t.x = (const int8_t *)L1(g->l1_x[n_xt > 1 ? (q & 1) : 0]);
            t.y = L1(g->l1_y[q & 1]);
            plat_fork(gemm_fork, &t);
            uint32_t row = t.rows * (uint32_t)g->y_elem, stride = g->n * (uint32_t)g->y_elem;
            plat_dma_out_2d(L2(g->y + l0 * stride + i * g->w.tile_rows * (uint32_t)g->y_elem),
                            t.y, t.tokens, row, stride, &yreq[q & 1]);
            y_busy[q & 1] = 1;
        }
    }
    for (int b = 0; b < 2; b++)
        if (y_busy[b])
            plat_dma_wait(&yreq[b]);
}
