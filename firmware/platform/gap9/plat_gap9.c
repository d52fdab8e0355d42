/*
 * GAP9 platform layer (plat.h) on PMSIS cluster services.
 *
 * The network runs on the cluster controller, which forks the kernels on the 8 worker cores
 * (pi_cl_team_fork) and is the only core that issues DMA: L2 <-> L1 through the cluster DMA
 * (pi_cl_dma_cmd / pi_cl_dma_cmd_wait, at most PLAT_DMA_IDS in flight: dma_inflight.h, as on
 * pulp-open), L3 -> L2 through the FC-delegated RAM driver (pi_cl_ram_read).
 */
#include "dma_inflight.h"
#include "plat.h"

static struct pi_device *l3_ram;
static uint32_t l3_base;
static dma_inflight_t dma_q;

void plat_l3_attach(struct pi_device *ram, uint32_t base)
{
    l3_ram = ram;
    l3_base = base;
}

void plat_fork(void (*fn)(void *arg), void *arg)
{
    pi_cl_team_fork(NUM_CORES, fn, arg);
}

int plat_core_id(void)
{
    return pi_core_id();
}

void plat_barrier(void)
{
    pi_cl_team_barrier();
}

/* ---- cluster DMA (L2 <-> L1) ----------------------------------------------------------------- */

static void dma_complete(plat_dma_t *req)
{
    pi_cl_dma_cmd_wait(&req->cmd);
    dma_inflight_done(&dma_q, req);
}

/* Make room for one more transfer (completing the oldest if every id is taken), then record it. */
static pi_cl_dma_cmd_t *dma_slot(plat_dma_t *req)
{
    plat_dma_t *oldest = dma_inflight_oldest_if_full(&dma_q);
    if (oldest)
        dma_complete(oldest);
    dma_inflight_add(&dma_q, req);
    return &req->cmd;
}

void plat_dma_in(void *l1, const void *l2, uint32_t bytes, plat_dma_t *req)
{
    pi_cl_dma_cmd((uint32_t)l2, (uint32_t)l1, bytes, PI_CL_DMA_DIR_EXT2LOC, dma_slot(req));
}

void plat_dma_out(void *l2, const void *l1, uint32_t bytes, plat_dma_t *req)
{
    pi_cl_dma_cmd((uint32_t)l2, (uint32_t)l1, bytes, PI_CL_DMA_DIR_LOC2EXT, dma_slot(req));
}

void plat_dma_in_2d(void *l1, const void *l2, uint32_t rows, uint32_t row_bytes,
                    uint32_t l2_stride, plat_dma_t *req)
{
    if (rows == 1 || row_bytes == l2_stride)
        plat_dma_in(l1, l2, rows * row_bytes, req);
    else
        pi_cl_dma_cmd_2d((uint32_t)l2, (uint32_t)l1, rows * row_bytes, l2_stride, row_bytes,
                         PI_CL_DMA_DIR_EXT2LOC, dma_slot(req));
}

void plat_dma_out_2d(void *l2, const void *l1, uint32_t rows, uint32_t row_bytes,
                     uint32_t l2_stride, plat_dma_t *req)
{
    if (rows == 1 || row_bytes == l2_stride)
        plat_dma_out(l2, l1, rows * row_bytes, req);
    else
        pi_cl_dma_cmd_2d((uint32_t)l2, (uint32_t)l1, rows * row_bytes, l2_stride, row_bytes,
                         PI_CL_DMA_DIR_LOC2EXT, dma_slot(req));
}

void plat_dma_wait(plat_dma_t *req)
{
    if (req->pending)
        dma_complete(req);
}

/* ---- L3 (RAM) -> L2 -------------------------------------------------------------------------- */

void plat_l3_read(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    req->pending = 1;
    pi_cl_ram_read(l3_ram, l3_base + l3_offset, l2, bytes, &req->req);
}

void plat_l3_wait(plat_l3_t *req)
{
    if (!req->pending)
        return;
    pi_cl_ram_read_wait(&req->req);
    req->pending = 0;
}

/* ---- counters -------------------------------------------------------------------------------- */

uint64_t plat_cycles(void)
{
    return pi_perf_read(PI_PERF_CYCLES);
}

uint64_t plat_instret(void)
{
    return pi_perf_read(PI_PERF_INSTR);
}
