/*
 * Token-tiled row-wise layers (lut, mul, add, layernorm, meanpool, argmax): every input tile is
 * `tile_tokens` whole rows (one 1-D DMA), double-buffered; outputs go back per tile, except
 * meanpool, which accumulates int32 sums over all tiles in L1 and writes its one row at the end.
 */
#include "kernels.h"
#include "partition.h"
#include "runtime.h"

typedef struct {
    const row_layer_t *r;
    const void *x[ROW_MAX_INPUTS];
    void *y;
    uint32_t rows;
} row_work_t;

static const int32_t *const32(const row_layer_t *r, int a)
{
    return (const int32_t *)L1(r->consts.a[a].l1);
}

static void row_fork(void *arg)
{
    const row_work_t *t = arg;
    const row_layer_t *r = t->r;
    int core = plat_core_id();
    uint32_t b, e, cols = r->in_cols[0];
    switch (r->kind) {
    case ROW_LUT:
        partition(t->rows * cols, core, NUM_CORES, &b, &e);
        k_lut(t->x[0], t->y, (const int8_t *)L1(r->consts.a[0].l1), b, e);
        break;
    case ROW_MUL:
        partition(t->rows * cols, core, NUM_CORES, &b, &e);
        k_mul(t->x[0], t->x[1], t->y, r->const_cols, const32(r, 0), const32(r, 1), b, e);
        break;
    case ROW_ADD:
        partition(t->rows * cols, core, NUM_CORES, &b, &e);
        k_add((const int8_t *const *)t->x, (int)r->n_in, t->y,
              (const int16_t *)L1(r->consts.a[0].l1), b, e);
        break;
    case ROW_LAYERNORM:
        partition(t->rows, core, NUM_CORES, &b, &e);
        k_layernorm(t->x[0], t->y, cols, (const int8_t *)L1(r->consts.a[0].l1), const32(r, 1),
                    const32(r, 2), const32(r, 3), r->const_cols, r->eps, r->frac_bits, b, e);
        break;
    case ROW_MEANPOOL:
        partition(cols, core, NUM_CORES, &b, &e);
        k_meanpool_acc(t->x[0], t->rows, cols, (int32_t *)L1(r->l1_acc), b, e);
        break;
    case ROW_ARGMAX:
        partition(t->rows, core, NUM_CORES, &b, &e);
        for (uint32_t row = b; row < e; row++)
            ((int32_t *)t->y)[row] = k_argmax((const uint8_t *)t->x[0] + row * cols * r->in_elem[0],
                                              (int)r->in_elem[0], cols);
        break;
    default:
        break;
    }
}

static void pool_fork(void *arg)
{
    const row_work_t *t = arg;
    const row_layer_t *r = t->r;
    uint32_t b, e;
    partition(r->y_cols, plat_core_id(), NUM_CORES, &b, &e);
    if (t->y) {
        k_meanpool_out((const int32_t *)L1(r->l1_acc), t->y, const32(r, 0), const32(r, 1), b, e);
    } else {
        for (uint32_t c = b; c < e; c++)
            ((int32_t *)L1(r->l1_acc))[c] = 0;
    }
}

static void issue_in(const row_layer_t *r, uint32_t i, plat_dma_t req[ROW_MAX_INPUTS])
{
    uint32_t l0 = i * r->tile_tokens, nl = rt_min(r->tile_tokens, r->tokens - l0);
    for (uint32_t k = 0; k < r->n_in; k++) {
        uint32_t row = r->in_cols[k] * r->in_elem[k];
        plat_dma_in(L1(r->l1_in[k][i & 1]), L2(r->in[k] + l0 * row), nl * row, &req[k]);
    }
}

void drv_row(const row_layer_t *r)
{
    plat_dma_t xreq[2][ROW_MAX_INPUTS] = {0}, yreq[2] = {0};
    int y_busy[2] = {0, 0};
    uint32_t n_t = rt_ceil_div(r->tokens, r->tile_tokens);
    uint32_t y_row = r->y_cols * r->y_elem;
    int pool = r->kind == ROW_MEANPOOL;

    whole_load(&r->consts);
    rt_l3_done(); /* row layers read nothing else from L3 */
    if (pool) {
        row_work_t zero = {r, {0}, 0, 0};
        plat_fork(pool_fork, &zero);
    }
    issue_in(r, 0, xreq[0]);
    for (uint32_t i = 0; i < n_t; i++) {
        row_work_t t = {r, {0}, 0, rt_min(r->tile_tokens, r->tokens - i * r->tile_tokens)};
        for (uint32_t k = 0; k < r->n_in; k++) {
            plat_dma_wait(&xreq[i & 1][k]);
            t.x[k] = L1(r->l1_in[k][i & 1]);
        }
        if (i + 1 < n_t)
            issue_in(r, i + 1, xreq[(i + 1) & 1]);
        if (!pool) {
            if (y_busy[i & 1])
                plat_dma_wait(&yreq[i & 1]);
            t.y = L1(r->l1_y[i & 1]);
        }
        plat_fork(row_fork, &t);
        if (!pool) {
            plat_dma_out(L2(r->y + i * r->tile_tokens * y_row), t.y, t.rows * y_row, &yreq[i & 1]);
            y_busy[i & 1] = 1;
        }
    }
    if (pool) {
        row_work_t fin = {r, {0}, L1(r->l1_y[0]), 0};
        plat_fork(pool_fork, &fin);
        plat_dma_out(L2(r->y), fin.y, y_row, &yreq[0]);
        y_busy[0] = 1;
    }
    for (int b = 0; b < 2; b++)
        if (y_busy[b])
            plat_dma_wait(&yreq[b]);
}
