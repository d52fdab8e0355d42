/*
 * Constant streaming: L3 -> L2 in chunks (ping-pong: chunk c + 1 loads while the tiles of chunk
 * c are copied and computed), L2 -> L1 in tiles (double-buffered: tile i + 1 is copied while tile i
 * is computed). A chunk holds a whole number of tiles.
 *
 * Across layers: once a layer has issued its last L3 read (rt_l3_done), the next layer's whole
 * arrays and first chunk are read into the L2 bytes the planner kept clear of this layer's chunk
 * buffers (plan.py, the weight stage), so the next layer starts on data already in L2 instead of
 * waiting for its first L3 read (issue #14).
 */
#include "runtime.h"

uint8_t *rt_l1;
uint8_t *rt_l2;
void (*rt_l3_idle)(void);

/* The cross-layer prefetch: next_w / next_s, the layer after the running one (rt_next_layer);
 * w / s, what the reads in whole[] / chunk[] are for, until that layer takes them. */
static struct {
    const whole_t *next_w, *w;
    const stream_t *next_s, *s;
    plat_l3_t whole[WHOLE_MAX_ARRAYS], chunk[STREAM_MAX_ARRAYS];
} pf;

void rt_next_layer(const whole_t *w, const stream_t *s)
{
    pf.next_w = w && w->n ? w : 0;
    pf.next_s = s;
}

uint32_t stream_tile_rows(const stream_t *s, uint32_t i)
{
    return rt_min(s->tile_rows, s->rows - i * s->tile_rows);
}

static void read_chunk(const stream_t *s, uint32_t c, plat_l3_t *req)
{
    uint32_t r0 = c * s->chunk_rows, nr = rt_min(s->chunk_rows, s->rows - r0);
    uint8_t *buf = L2(s->l2_chunk[c & 1]);
    for (uint32_t a = 0; a < s->n_arrays; a++) {
        const stream_array_t *sa = &s->a[a];
        plat_l3_read(buf + sa->chunk_off, sa->l3 + r0 * sa->row_bytes, nr * sa->row_bytes,
                     &req[a]);
    }
}

static void issue_chunk(stream_run_t *r, uint32_t c)
{
    read_chunk(r->s, c, r->l3[c & 1]);
}

void rt_l3_done(void)
{
    if (pf.next_w || pf.next_s) {
        const whole_t *w = pf.next_w;
        for (uint32_t a = 0; w && a < w->n; a++)
            plat_l3_read(L2(w->a[a].l2), w->a[a].l3, w->a[a].bytes, &pf.whole[a]);
        if (pf.next_s)
            read_chunk(pf.next_s, 0, pf.chunk);
        pf.w = w;
        pf.s = pf.next_s;
        pf.next_w = 0;
        pf.next_s = 0;
    }
    if (rt_l3_idle)
        rt_l3_idle();
}

/* At the first tile of chunk c: wait for chunk c to arrive, then start reading chunk c + 1 into
 * the other chunk buffer, which held chunk c - 1 (all its tiles are done by now: tiles are used in
 * order); after the last chunk, tell the runner that L3 is idle. Returns c. */
static uint32_t enter_chunk(stream_run_t *r, uint32_t i)
{
    const stream_t *s = r->s;
    uint32_t c = i / r->tiles_per_chunk;
    if (i % r->tiles_per_chunk == 0) {
        plat_l3_t *req = c == 0 && r->prefetched ? pf.chunk : r->l3[c & 1];
        for (uint32_t a = 0; a < s->n_arrays; a++)
            plat_l3_wait(&req[a]);
        if (c + 1 < r->n_chunks)
            issue_chunk(r, c + 1);
        else /* this layer's L3 reads are all issued */
            rt_l3_done();
    }
    return c;
}

static void issue_tile(stream_run_t *r, uint32_t i)
{
    const stream_t *s = r->s;
    if (s->direct)
        return;
    uint32_t c = enter_chunk(r, i);
    uint32_t r0 = i * s->tile_rows, nr = stream_tile_rows(s, i);
    uint32_t in_chunk = r0 - c * s->chunk_rows;
    const uint8_t *chunk = L2(s->l2_chunk[c & 1]);
    uint8_t *tile = L1(s->l1_tile[i & 1]);
    for (uint32_t a = 0; a < s->n_arrays; a++) {
        const stream_array_t *sa = &s->a[a];
        plat_dma_in(tile + sa->tile_off, chunk + sa->chunk_off + in_chunk * sa->row_bytes,
                    nr * sa->row_bytes, &r->dma[i & 1][a]);
    }
}

void stream_begin(stream_run_t *r, const stream_t *s)
{
    *r = (stream_run_t){0};
    r->s = s;
    r->n_tiles = rt_ceil_div(s->rows, s->tile_rows);
    r->tiles_per_chunk = s->chunk_rows / s->tile_rows;
    r->n_chunks = rt_ceil_div(s->rows, s->chunk_rows);
    r->prefetched = pf.s == s; /* chunk 0 was read while the previous layer ran */
    if (r->prefetched)
        pf.s = 0;
    else
        issue_chunk(r, 0);
    issue_tile(r, 0);
}

uint8_t *stream_next(stream_run_t *r, uint32_t i)
{
    if (r->s->direct) /* tiles are used in place in their L2 chunk */
        return L2(r->s->l2_chunk[enter_chunk(r, i) & 1]);
    for (uint32_t a = 0; a < r->s->n_arrays; a++)
        plat_dma_wait(&r->dma[i & 1][a]);
    if (i + 1 < r->n_tiles)
        issue_tile(r, i + 1);
    return L1(r->s->l1_tile[i & 1]);
}

const uint8_t *stream_array(const stream_run_t *r, uint32_t i, uint32_t a)
{
    const stream_t *s = r->s;
    const stream_array_t *sa = &s->a[a];
    if (!s->direct)
        return L1(s->l1_tile[i & 1]) + sa->tile_off;
    uint32_t c = i / r->tiles_per_chunk;
    return L2(s->l2_chunk[c & 1]) + sa->chunk_off + (i * s->tile_rows - c * s->chunk_rows) * sa->row_bytes;
}

void whole_load(const whole_t *w)
{
    plat_l3_t l3[WHOLE_MAX_ARRAYS] = {0};
    plat_dma_t dma[WHOLE_MAX_ARRAYS] = {0};
    plat_l3_t *req = l3;
    if (pf.w == w) { /* read while the previous layer ran */
        req = pf.whole;
        pf.w = 0;
    } else {
        for (uint32_t a = 0; a < w->n; a++)
            plat_l3_read(L2(w->a[a].l2), w->a[a].l3, w->a[a].bytes, &l3[a]);
    }
    for (uint32_t a = 0; a < w->n; a++) {
        plat_l3_wait(&req[a]);
        plat_dma_in(L1(w->a[a].l1), L2(w->a[a].l2), w->a[a].bytes, &dma[a]);
    }
    for (uint32_t a = 0; a < w->n; a++)
        plat_dma_wait(&dma[a]);
}
