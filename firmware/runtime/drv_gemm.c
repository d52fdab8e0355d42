/*
 * linear: for each weight tile (tile_rows output channels, read from its L3 -> L2 chunk and
 * unpacked to int8 in L1 once, word-interleaved in groups of four rows), for each token tile of
 * x: one GEMM fork over blocks of 4 tokens x 4 channels, then the [tokens x rows] result goes
 * back to L2 as a 2-D DMA. When x fits L1 in one tile it is loaded once and stays resident;
 * otherwise token tiles are double-buffered in the order (weight tile, token tile). x rows sit in
 * L1 with stride k4 (k rounded up to 4); the bytes past k are never multiplied by anything but
 * the zero padding of the weight rows. With pk (when the planner found room) the packed rows of
 * weight tile i + 1 go L2 -> L1 by DMA while tile i computes and are unpacked from L1 (an L2 word
 * read stalls a core ~15 cycles). 2-bit weights are unpacked through a 256-word table
 * (l1_lut, built by one fork per layer). A fused output table (codegen/fuse.py; int8 y only) is
 * the layer's only whole constant, loaded to L1 once per layer: every output is
 * table[clamp(requant(acc)) + 128].
 */
#include "consts.h"
#include "kernels.h"
#include "partition.h"
#include "runtime.h"

typedef struct {
    const gemm_layer_t *g;
    const uint8_t *packed;
    const void *Ms2, *s2, *bias2; /* this tile's rows in L2 (Ms2: packed M, s or int32 M) */
    int8_t *w;
    const uint32_t *lut2;
    const int8_t *out_lut; /* fused output table or NULL */
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
    k_unpack_rows(t->packed, t->w, b, e, t->rows, t->g->k, t->g->k4, t->g->w.a[0].row_bytes,
                  t->g->wbits, t->lut2);
    /* the per-row copy to L1 decodes the compact M, s, bias (consts.h): one L2 word per row
     * for M and s instead of two */
    rq_decode(t->Ms2, (const int32_t *)t->Ms2, (const int32_t *)t->s2, t->g->s_base,
              t->bias ? t->bias2 : 0, t->g->bias_elem, (int32_t *)t->M, (int32_t *)t->s,
              (int32_t *)t->bias, b, e);
}

static void lut_fork(void *arg)
{
    uint32_t b, e;
    partition(256, plat_core_id(), NUM_CORES, &b, &e);
    k_unpack_lut2(arg, b, e);
}

static void gemm_fork(void *arg)
{
    const gemm_work_t *t = arg;
    uint32_t b, e;
    uint32_t blocks = ((t->tokens + 3) / 4) * ((t->rows + 3) / 4);
    partition(blocks, plat_core_id(), NUM_CORES, &b, &e);
    k_gemm(t->x, t->g->k4, t->w, t->g->k4, t->tokens, t->rows, t->bias, t->M, t->s, t->g->lo,
           t->g->hi, t->y, t->g->y_elem, t->out_lut, b, e);
}

static void issue_x(const gemm_layer_t *g, uint32_t j, uint32_t buf, plat_dma_t *req)
{
    uint32_t l0 = j * g->tile_tokens, nl = rt_min(g->tile_tokens, g->tokens - l0);
    if (g->k4 == g->k)
        plat_dma_in(L1(g->l1_x[buf]), L2(g->x + l0 * g->k), nl * g->k, req);
    else /* k4 bytes per row from an L2 stride of k: the tail reads the next row (harmless) */
        plat_dma_in_2d(L1(g->l1_x[buf]), L2(g->x + l0 * g->k), nl, g->k4, g->k, req);
}

/* Tile i's packed weight rows from its L2 chunk to l1_pk. */
static void issue_pk(const gemm_layer_t *g, const stream_run_t *ws, uint32_t i, plat_dma_t *req)
{
    plat_dma_in(L1(g->l1_pk), stream_array(ws, i, 0),
                stream_tile_rows(&g->w, i) * g->w.a[0].row_bytes, req);
}

void drv_gemm(const gemm_layer_t *g)
{
    stream_run_t ws;
    plat_dma_t xreq[2] = {0}, yreq[2] = {0};
    int y_busy[2] = {0, 0};
    uint32_t n_wt = rt_ceil_div(g->n, g->w.tile_rows);
    uint32_t n_xt = rt_ceil_div(g->tokens, g->tile_tokens);
    uint32_t total = n_wt * n_xt;
    uint32_t tr = g->w.tile_rows;
    int32_t *q = (int32_t *)L1(g->l1_q);

    uint32_t *lut2 = g->wbits == 2 ? (uint32_t *)L1(g->l1_lut) : 0;
    const int8_t *out_lut = g->consts.n ? (const int8_t *)L1(g->consts.a[0].l1) : 0;
    whole_load(&g->consts);
    if (lut2)
        plat_fork(lut_fork, lut2);
    plat_dma_t pkreq = {0};
    stream_begin(&ws, &g->w);
    issue_x(g, 0, 0, &xreq[0]);
    if (g->pk) {
        stream_next(&ws, 0);
        issue_pk(g, &ws, 0, &pkreq);
    }
    for (uint32_t i = 0; i < n_wt; i++) {
        gemm_work_t t = {g, 0, 0, 0, 0, (int8_t *)L1(g->l1_w), lut2,
                         out_lut, 0, 0, 0, q, q + tr, stream_tile_rows(&g->w, i), 0};
        if (g->pk) { /* issued after the previous tile's unpack (or before the loop) */
            plat_dma_wait(&pkreq);
            t.packed = L1(g->l1_pk);
        } else {
            stream_next(&ws, i);
            t.packed = stream_array(&ws, i, 0);
        }
        uint32_t a = 1; /* stream arrays after W: Ms or M, s; then bias (layers.h) */
        t.Ms2 = stream_array(&ws, i, a++);
        if (g->s_base <= 0)
            t.s2 = stream_array(&ws, i, a++);
        if (g->has_bias) {
            t.bias2 = stream_array(&ws, i, a);
            t.bias = q + 2 * tr;
        }
        plat_fork(unpack_fork, &t);
        if (g->pk && i + 1 < n_wt) { /* l1_pk is free again: fetch the next tile */
            stream_next(&ws, i + 1);
            issue_pk(g, &ws, i + 1, &pkreq);
        }
        for (uint32_t j = 0; j < n_xt; j++) {
            uint32_t p = i * n_xt + j; /* position in the token-tile sequence */
            if (n_xt > 1 || p == 0)
                plat_dma_wait(&xreq[p & 1]);
            if (n_xt > 1 && p + 1 < total)
                issue_x(g, (p + 1) % n_xt, (p + 1) & 1, &xreq[(p + 1) & 1]);
            if (y_busy[p & 1])
                plat_dma_wait(&yreq[p & 1]);
            uint32_t l0 = j * g->tile_tokens;
            t.tokens = rt_min(g->tile_tokens, g->tokens - l0);
            t.x = (const int8_t *)L1(g->l1_x[n_xt > 1 ? (p & 1) : 0]);
            t.y = L1(g->l1_y[p & 1]);
            plat_fork(gemm_fork, &t);
            uint32_t row = t.rows * (uint32_t)g->y_elem, stride = g->n * (uint32_t)g->y_elem;
            plat_dma_out_2d(L2(g->y + l0 * stride + i * tr * (uint32_t)g->y_elem),
                            t.y, t.tokens, row, stride, &yreq[p & 1]);
            y_busy[p & 1] = 1;
        }
    }
    for (int b = 0; b < 2; b++)
        if (y_busy[b])
            plat_dma_wait(&yreq[b]);
}
