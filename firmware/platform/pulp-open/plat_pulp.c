/*
 * PULP-open platform layer (plat.h) on bare metal.
 *
 * Fork: core 0 publishes (fn, arg) in L1, raises software event 0 on cores 1..7 (asleep on it in
 * plat_worker_loop), runs its own share and meets them at hardware barrier 0. A core waits on one
 * event at a time (its event mask is switched around each wait), so a fork event that arrives while
 * a core is still leaving the barrier is kept, not cleared with the barrier event.
 *
 * DMA: MCHAN transfer ids are a pool of 16 and a load of the command register stalls the core
 * until one is free: plat_dma_* caps the transfers in flight (dma_inflight.h, shared with gap9).
 * The uDMA HyperBus has 8 transaction slots; an L3 read takes the next slot round robin and first
 * completes the read still holding it, for the same reason; a background read (the runner's
 * next input window, plat_l3_read_bg) keeps its slot out of that rotation until completed.
 *
 * Only cluster core 0 issues DMA and reads counters; the wait counters record how long it spent
 * blocked in plat_dma_wait (L2 <-> L1) and plat_l3_wait (L3 -> L2).
 */
#include "dma_inflight.h"
#include "plat.h"
#include "pulp_open.h"

#define EVT_FORK 0
#define TEAM_MASK ((1u << NUM_CORES) - 1u)
#define WORKERS_MASK (TEAM_MASK & ~1u)

typedef struct {
    void (*fn)(void *arg);
    void *arg;
} team_job_t;

PLAT_L1_DATA static volatile team_job_t team_job;

static dma_inflight_t dma_q;
static plat_l3_t *l3_owner[HYPER_SLOTS];
static uint32_t l3_next_slot;
static plat_l3_t *l3_background; /* the runner's input prefetch while in flight, else 0 */
static uint64_t wait_l3, wait_dma;

/* ---- counters ------------------------------------------------------------------------------ */

/* 64-bit views of the 32-bit mcycle / instruction counters: callers read them far more often than
 * every 2^32 cycles (once per layer at least), so one wrap between reads is all there can be. */
static uint32_t cyc_last, cyc_high, ins_last, ins_high;

uint32_t plat_cycles32(void)
{
    return read_mcycle();
}

uint64_t plat_cycles(void)
{
    uint32_t now = read_mcycle();
    if (now < cyc_last)
        cyc_high++;
    cyc_last = now;
    return ((uint64_t)cyc_high << 32) | now;
}

uint64_t plat_instret(void)
{
    /* minstret is not implemented in the model; the core's performance counter 1 (instructions,
     * enabled in plat_cluster_init) is. */
    uint32_t now;
    __asm__ volatile("csrr %0, 0x781" : "=r"(now));
    if (now < ins_last)
        ins_high++;
    ins_last = now;
    return ((uint64_t)ins_high << 32) | now;
}

uint64_t plat_l3_wait_cycles(void)
{
    return wait_l3;
}

uint64_t plat_l1_dma_wait_cycles(void)
{
    return wait_dma;
}

/* ---- fork / barrier ------------------------------------------------------------------------ */

int plat_core_id(void)
{
    return (int)(hart_id() & 0x1Fu);
}

/* Sleep on one event line of the event unit, then restore the fork mask. */
static void wait_barrier(void)
{
    mmio_w32(EU_CORE_MASK, 1u << EU_EVT_BARRIER);
    (void)mmio_r32(EU_BARRIER(0) + EU_BARRIER_TRIGGER_WAIT_CLEAR);
    mmio_w32(EU_CORE_MASK, 1u << EVT_FORK);
}

void plat_barrier(void)
{
    compiler_fence();
    wait_barrier();
    compiler_fence();
}

void plat_cluster_init(void)
{
    mmio_w32(EU_BARRIER(0) + EU_BARRIER_CORE_MASK, TEAM_MASK);
    mmio_w32(EU_BARRIER(0) + EU_BARRIER_TARGET_MASK, TEAM_MASK);
    mmio_w32(EU_CORE_MASK, 1u << EVT_FORK);
    /* performance counters of core 0: cycles (0) and instructions (1), counting on */
    __asm__ volatile("csrw 0xCC0, %0" ::"r"(3u));
    __asm__ volatile("csrw 0xCC1, %0" ::"r"(1u));
    mmio_w32(HYPER_MEM_SEL, HYPER_MEM_FLASH);
}

void plat_worker_loop(void)
{
    mmio_w32(EU_CORE_MASK, 1u << EVT_FORK);
    for (;;) {
        (void)mmio_r32(EU_CORE_WAIT_CLEAR);
        compiler_fence();
        team_job.fn(team_job.arg);
        plat_barrier();
    }
}

void plat_fork(void (*fn)(void *arg), void *arg)
{
    team_job.fn = fn;
    team_job.arg = arg;
    compiler_fence();
    mmio_w32(EU_SW_EVENT_TRIGGER(EVT_FORK), WORKERS_MASK);
    fn(arg);
    plat_barrier();
}

/* ---- cluster DMA (L2 <-> L1) ----------------------------------------------------------------- */

static void dma_complete(plat_dma_t *req)
{
    while (mmio_r32(MCHAN_STATUS) & (1u << req->tid))
        ;
    mmio_w32(MCHAN_STATUS, 1u << req->tid);
    dma_inflight_done(&dma_q, req);
}

static void dma_push(uint32_t cmd, const void *l1, const void *l2, uint32_t line, uint32_t stride,
                     plat_dma_t *req)
{
    plat_dma_t *oldest = dma_inflight_oldest_if_full(&dma_q);
    if (oldest) {
        uint32_t t0 = read_mcycle();
        dma_complete(oldest);
        wait_dma += read_mcycle() - t0;
    }
    req->tid = (int32_t)mmio_r32(MCHAN_CMD);
    dma_inflight_add(&dma_q, req);
    compiler_fence(); /* the source must be written before the DMA reads it */
    mmio_w32(MCHAN_CMD, cmd);
    mmio_w32(MCHAN_CMD, (uint32_t)l1);
    mmio_w32(MCHAN_CMD, (uint32_t)l2);
    if (cmd & MCHAN_2D_L2) {
        mmio_w32(MCHAN_CMD, line);
        mmio_w32(MCHAN_CMD, stride);
    }
}

void plat_dma_in(void *l1, const void *l2, uint32_t bytes, plat_dma_t *req)
{
    dma_push(MCHAN_TO_L1 | MCHAN_INCR | (bytes & MCHAN_LEN_MASK), l1, l2, 0, 0, req);
}

void plat_dma_out(void *l2, const void *l1, uint32_t bytes, plat_dma_t *req)
{
    dma_push(MCHAN_INCR | (bytes & MCHAN_LEN_MASK), l1, l2, 0, 0, req);
}

void plat_dma_in_2d(void *l1, const void *l2, uint32_t rows, uint32_t row_bytes,
                    uint32_t l2_stride, plat_dma_t *req)
{
    uint32_t bytes = rows * row_bytes;
    if (rows == 1 || row_bytes == l2_stride)
        dma_push(MCHAN_TO_L1 | MCHAN_INCR | bytes, l1, l2, 0, 0, req);
    else
        dma_push(MCHAN_TO_L1 | MCHAN_INCR | MCHAN_2D_L2 | bytes, l1, l2, row_bytes, l2_stride,
                 req);
}

void plat_dma_out_2d(void *l2, const void *l1, uint32_t rows, uint32_t row_bytes,
                     uint32_t l2_stride, plat_dma_t *req)
{
    uint32_t bytes = rows * row_bytes;
    if (rows == 1 || row_bytes == l2_stride)
        dma_push(MCHAN_INCR | bytes, l1, l2, 0, 0, req);
    else
        dma_push(MCHAN_INCR | MCHAN_2D_L2 | bytes, l1, l2, row_bytes, l2_stride, req);
}

void plat_dma_wait(plat_dma_t *req)
{
    if (!req->pending)
        return;
    uint32_t t0 = read_mcycle();
    dma_complete(req);
    compiler_fence(); /* the destination is read only after the transfer is done */
    wait_dma += read_mcycle() - t0;
}

/* ---- uDMA HyperFlash (L3 -> L2) -------------------------------------------------------------- */

static void l3_complete(plat_l3_t *req)
{
    while (mmio_r32(HYPER_SLOT(req->slot) + HYPER_STATUS) & 1u)
        ;
    l3_owner[req->slot] = 0;
    req->pending = 0;
    if (req == l3_background)
        l3_background = 0;
}

static void l3_issue(void *l2, uint32_t flash, uint32_t bytes, plat_l3_t *req)
{
    uint32_t slot = l3_next_slot;
    /* never wait for the background read to free its slot: that would stall a layer on the next
     * window's input */
    if (l3_background && (uint32_t)l3_background->slot == slot)
        slot = (slot + 1) % HYPER_SLOTS;
    l3_next_slot = (slot + 1) % HYPER_SLOTS;
    if (l3_owner[slot]) {
        uint32_t t0 = read_mcycle();
        l3_complete(l3_owner[slot]);
        wait_l3 += read_mcycle() - t0;
    }
    uint32_t base = HYPER_SLOT(slot);
    req->slot = (int32_t)slot;
    req->pending = 1;
    l3_owner[slot] = req;
    compiler_fence();
    mmio_w32(base + HYPER_RX_SADDR, (uint32_t)l2);
    mmio_w32(base + HYPER_RX_SIZE, bytes);
    mmio_w32(base + HYPER_ADDR, flash);
    mmio_w32(base + HYPER_CA_SETUP, HYPER_CA_READ);
    mmio_w32(base + HYPER_RX_CFG, HYPER_CFG_EN);
}

void plat_l3_read(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    l3_issue(l2, PLAT_L3_FLASH_BASE + l3_offset, bytes, req);
}

void plat_l3_wait(plat_l3_t *req)
{
    if (!req->pending)
        return;
    uint32_t t0 = read_mcycle();
    l3_complete(req);
    compiler_fence();
    wait_l3 += read_mcycle() - t0;
}

void plat_l3_read_bg(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    l3_issue(l2, PLAT_L3_FLASH_BASE + l3_offset, bytes, req);
    l3_background = req;
}

int plat_l3_poll(plat_l3_t *req)
{
    if (req->pending) {
        if (mmio_r32(HYPER_SLOT(req->slot) + HYPER_STATUS) & 1u)
            return 0;
        l3_complete(req);
        compiler_fence();
    }
    return 1;
}

void plat_flash_read(void *l2, uint32_t flash, uint32_t bytes)
{
    plat_l3_t req;
    l3_issue(l2, flash, bytes, &req);
    l3_complete(&req);
    compiler_fence();
}
