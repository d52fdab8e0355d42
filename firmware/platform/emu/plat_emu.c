/*
 * Emulated cluster: the NUM_CORES "cores" of a fork run sequentially (highest id first, so a
 * kernel that reads what a lower core writes in the same fork fails), and every DMA is a copy
 * deferred to its wait. A driver that reads a buffer before waiting for it, or rewrites a buffer
 * whose transfer is still in flight, then computes wrong numbers on the host, not just on chip.
 * An L3 read also fills its destination with a poison byte at issue (its old contents are gone
 * from then on) and fails at the wait when anything wrote there meanwhile: a streamed input
 * window whose L2 bytes another tensor shares is an error here, not a silent wrong window.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plat.h"

#define L3_POISON 0xA5u

static int current_core;
static const uint8_t *l3_base;
static uint32_t l3_bytes;

void plat_l3_attach(const uint8_t *base, uint32_t bytes)
{
    l3_base = base;
    l3_bytes = bytes;
}

void plat_fork(void (*fn)(void *arg), void *arg)
{
    for (int core = NUM_CORES - 1; core >= 0; core--) {
        current_core = core;
        fn(arg);
    }
    current_core = 0;
}

int plat_core_id(void)
{
    return current_core;
}

void plat_barrier(void)
{
}

static void fail(const char *what)
{
    fprintf(stderr, "femba: DMA schedule error: %s\n", what);
    exit(3);
}

static void issue(plat_dma_t *r, void *dst, const void *src, uint32_t rows, uint32_t row_bytes,
                  uint32_t dst_stride, uint32_t src_stride)
{
    if (r->pending)
        fail("request reused before wait");
    r->dst = dst;
    r->src = src;
    r->rows = rows;
    r->row_bytes = row_bytes;
    r->dst_stride = dst_stride;
    r->src_stride = src_stride;
    r->pending = 1;
}

void plat_dma_in(void *l1, const void *l2, uint32_t bytes, plat_dma_t *req)
{
    issue(req, l1, l2, 1, bytes, bytes, bytes);
}

void plat_dma_out(void *l2, const void *l1, uint32_t bytes, plat_dma_t *req)
{
    issue(req, l2, l1, 1, bytes, bytes, bytes);
}

void plat_dma_in_2d(void *l1, const void *l2, uint32_t rows, uint32_t row_bytes,
                    uint32_t l2_stride, plat_dma_t *req)
{
    issue(req, l1, l2, rows, row_bytes, row_bytes, l2_stride);
}

void plat_dma_out_2d(void *l2, const void *l1, uint32_t rows, uint32_t row_bytes,
                     uint32_t l2_stride, plat_dma_t *req)
{
    issue(req, l2, l1, rows, row_bytes, l2_stride, row_bytes);
}

void plat_dma_wait(plat_dma_t *req)
{
    if (!req->pending)
        fail("wait without a transfer in flight");
    for (uint32_t r = 0; r < req->rows; r++)
        memcpy(req->dst + r * req->dst_stride, req->src + r * req->src_stride, req->row_bytes);
    req->pending = 0;
}

void plat_l3_read(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    if (!l3_base || (uint64_t)l3_offset + bytes > l3_bytes)
        fail("L3 read outside the weights image");
    issue(req, l2, l3_base + l3_offset, 1, bytes, bytes, bytes);
    memset(l2, L3_POISON, bytes);
}

void plat_l3_wait(plat_l3_t *req)
{
    for (uint32_t i = 0; req->pending && i < req->row_bytes; i++)
        if (req->dst[i] != L3_POISON)
            fail("L3 read destination written before its wait");
    plat_dma_wait(req);
}

void plat_l3_read_bg(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    plat_l3_read(l2, l3_offset, bytes, req);
}

/* Emulated reads are copies at completion: a poll completes the read (poison check included). */
int plat_l3_poll(plat_l3_t *req)
{
    if (req->pending)
        plat_l3_wait(req);
    return 1;
}
