/*
 * Channel-tiled layers over all tokens (dwconv, scan): tile i holds channels
 * [i * tile, (i + 1) * tile) of every token, gathered from L2 with a 2-D DMA (one row per token),
 * its per-channel constants from the stream, and goes back to L2 the same way. Inputs and outputs
 * are double-buffered; the scan's B and C ([tokens][d_state], shared by all channels) and its
 * exp table are loaded once (with SCAN_MODE_BC, B and C are packed once into the h region).
 */
#include "consts.h"
#include "kernels.h"
#include "partition.h"
#include "runtime.h"

typedef struct {
    const chan_layer_t *c;
    const uint8_t *consts;
    const int8_t *x[2];
    int8_t *y;
    uint32_t dc;
    uint32_t scan_mode;
} chan_work_t;

static const int32_t *arr32(const chan_work_t *t, int a)
{
    return (const int32_t *)(t->consts + t->c->p.a[a].tile_off);
}

static void chan_fork(void *arg)
{
    const chan_work_t *t = arg;
    const chan_layer_t *c = t->c;
    uint32_t b, e;
    partition(t->dc, plat_core_id(), NUM_CORES, &b, &e);
    if (c->kind == CHAN_DWCONV) {
        /* a fused output table (codegen/fuse.py) is the dwconv's only whole constant */
        const int8_t *lut = c->consts.n ? (const int8_t *)L1(c->consts.a[0].l1) : 0;
        const int32_t *bias = arr32(t, 1), *M = arr32(t, 2), *s = arr32(t, 3);
        if (c->s_base > 0 || c->bias_elem == 2) { /* compact bias / M, s: this core's channels decoded to int32 first */
            int32_t *q = (int32_t *)L1(c->l1_q);
            rq_decode(M, M, s, c->s_base, bias, c->bias_elem, q + c->p.tile_rows,
                      q + 2 * c->p.tile_rows, q, b, e);
            bias = q;
            M = q + c->p.tile_rows;
            s = q + 2 * c->p.tile_rows;
        }
        k_dwconv(t->x[0], t->y, c->tokens, t->dc, (const int8_t *)(t->consts + c->p.a[0].tile_off),
                 (uint32_t)c->taps, bias, M, s, c->reverse, lut, b, e);
        return;
    }
    /* SCAN_MODE_BC: the packed B / C at the start of the h region, then one state per core */
    int bc = (t->scan_mode & SCAN_MODE_BC) != 0;
    int32_t *h = (int32_t *)L1(c->l1_h);
    if (bc)
        h += (3 * c->tokens + 4 * plat_core_id()) * c->d_state / 4;
    const int8_t *A = (const int8_t *)(t->consts + c->p.a[0].tile_off);
    if (c->a_bits) { /* 2-, 3- or 4-bit A: this core's channels to int8 rows in l1_a */
        state_decode((const uint8_t *)A, L1(c->consts.a[1].l1), (int8_t *)L1(c->l1_a), c->d_state,
                     (uint32_t)c->a_bits, b, e);
        A = (const int8_t *)L1(c->l1_a);
    }
    /* uniform M_y, s_y, M_D, s_D: four rows of l1_q, filled once per layer by drv_chan */
    const int32_t *q = (const int32_t *)L1(c->l1_q);
    uint32_t tr = c->p.tile_rows;
    scan_tile_t s = {
        t->x[0], t->x[1], (const int8_t *)L1(bc ? c->l1_h : c->l1_b), (const int8_t *)L1(c->l1_c),
        A, (const int8_t *)(t->consts + c->p.a[1].tile_off),
        c->uniform ? q : arr32(t, 2), c->uniform ? q + tr : arr32(t, 3),
        c->uniform ? q + 2 * tr : arr32(t, 4), c->uniform ? q + 3 * tr : arr32(t, 5),
        (const int32_t *)L1(c->consts.a[0].l1), h, t->y,
        c->tokens, t->dc, c->d_state, c->h_shift, c->reverse, t->scan_mode,
    };
    k_scan(&s, b, e);
}

/* k_scan_pack_bc over the cores, 8-state groups [b, e) each */
static void pack_fork(void *arg)
{
    const chan_layer_t *c = arg;
    uint32_t b, e;
    partition(c->tokens * c->d_state / 8, plat_core_id(), NUM_CORES, &b, &e);
    k_scan_pack_bc((int8_t *)L1(c->l1_h), (const int8_t *)L1(c->l1_b),
                   (const int8_t *)L1(c->l1_c), b, e);
}

static void issue_x(const chan_layer_t *c, uint32_t i, plat_dma_t req[2])
{
    uint32_t c0 = i * c->p.tile_rows, dc = stream_tile_rows(&c->p, i);
    for (uint32_t k = 0; k < c->n_x; k++)
        plat_dma_in_2d(L1(c->l1_x[k][i & 1]), L2(c->x[k] + c0), c->tokens, dc, c->channels,
                       &req[k]);
}

void drv_chan(const chan_layer_t *c)
{
    stream_run_t ps;
    plat_dma_t xreq[2][2] = {0}, yreq[2] = {0}, bc[2] = {0};
    int y_busy[2] = {0, 0};
    uint32_t n_t = rt_ceil_div(c->channels, c->p.tile_rows), scan_mode = 0;

    whole_load(&c->consts);
    if (c->kind == CHAN_SCAN) {
        uint32_t bytes = c->tokens * c->d_state;
        plat_dma_in(L1(c->l1_b), L2(c->b), bytes, &bc[0]);
        plat_dma_in(L1(c->l1_c), L2(c->c), bytes, &bc[1]);
        scan_mode = k_scan_mode((int32_t *)L1(c->consts.a[0].l1), c->tokens, c->d_state,
                                c->h_shift);
        plat_dma_wait(&bc[0]);
        plat_dma_wait(&bc[1]);
        /* SCAN_MODE_BC if the h region (tile_rows states) holds the packed rows and a state per
         * core */
        if ((scan_mode & SCAN_MODE_SHIFTED) &&
            c->p.tile_rows * 4 >= 3 * c->tokens + 4 * NUM_CORES) {
            plat_fork(pack_fork, (void *)c);
            scan_mode |= SCAN_MODE_BC;
        }
    }
    if (c->uniform) { /* the scan kernel reads M_y, s_y, M_D, s_D per channel */
        int32_t *q = (int32_t *)L1(c->l1_q);
        for (uint32_t k = 0; k < 4; k++)
            for (uint32_t r = 0; r < c->p.tile_rows; r++)
                q[k * c->p.tile_rows + r] = c->u[k];
    }
    stream_begin(&ps, &c->p);
    issue_x(c, 0, xreq[0]);
    for (uint32_t i = 0; i < n_t; i++) {
        chan_work_t t = {c, stream_next(&ps, i), {0, 0}, 0, stream_tile_rows(&c->p, i), scan_mode};
        for (uint32_t k = 0; k < c->n_x; k++) {
            plat_dma_wait(&xreq[i & 1][k]);
            t.x[k] = (const int8_t *)L1(c->l1_x[k][i & 1]);
        }
        if (i + 1 < n_t)
            issue_x(c, i + 1, xreq[(i + 1) & 1]);
        if (y_busy[i & 1])
            plat_dma_wait(&yreq[i & 1]);
        t.y = (int8_t *)L1(c->l1_y[i & 1]);
        plat_fork(chan_fork, &t);
        plat_dma_out_2d(L2(c->y + i * c->p.tile_rows), t.y, c->tokens, t.dc, c->channels,
                        &yreq[i & 1]);
        y_busy[i & 1] = 1;
    }
    for (int b = 0; b < 2; b++)
        if (y_busy[b])
            plat_dma_wait(&yreq[b]);
}
