/* GAP9 platform layer: the same API as the emulated one, on PMSIS cluster services. */
#include "plat.h"

static struct pi_device *l3_ram;
static uint32_t l3_base;

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

void plat_dma_in(void *l1, const void *l2, uint32_t bytes, plat_dma_t *req)
{
    pi_cl_dma_cmd((uint32_t)l2, (uint32_t)l1, bytes, PI_CL_DMA_DIR_EXT2LOC, req);
}

void plat_dma_out(void *l2, const void *l1, uint32_t bytes, plat_dma_t *req)
{
    pi_cl_dma_cmd((uint32_t)l2, (uint32_t)l1, bytes, PI_CL_DMA_DIR_LOC2EXT, req);
}

void plat_dma_in_2d(void *l1, const void *l2, uint32_t rows, uint32_t row_bytes,
                    uint32_t l2_stride, plat_dma_t *req)
{
    if (rows == 1 || row_bytes == l2_stride)
        plat_dma_in(l1, l2, rows * row_bytes, req);
    else
        pi_cl_dma_cmd_2d((uint32_t)l2, (uint32_t)l1, rows * row_bytes, l2_stride, row_bytes,
                         PI_CL_DMA_DIR_EXT2LOC, req);
}

void plat_dma_out_2d(void *l2, const void *l1, uint32_t rows, uint32_t row_bytes,
                     uint32_t l2_stride, plat_dma_t *req)
{
    if (rows == 1 || row_bytes == l2_stride)
        plat_dma_out(l2, l1, rows * row_bytes, req);
    else
        pi_cl_dma_cmd_2d((uint32_t)l2, (uint32_t)l1, rows * row_bytes, l2_stride, row_bytes,
                         PI_CL_DMA_DIR_LOC2EXT, req);
}

void plat_dma_wait(plat_dma_t *req)
{
    pi_cl_dma_wait(req);
}

void plat_l3_read(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    pi_cl_ram_read(l3_ram, l3_base + l3_offset, l2, bytes, req);
}

void plat_l3_wait(plat_l3_t *req)
{
    pi_cl_ram_read_wait(req);
}

uint64_t plat_cycles(void)
{
    return pi_perf_read(PI_PERF_CYCLES);
}

uint64_t plat_instret(void)
{
    return pi_perf_read(PI_PERF_INSTR);
}
