/* PULP-open platform layer, runtime-free version (see plat_target.h). */
#include <string.h>

#include "plat.h"

/* weights.bin as linked by images.S into the L3 placeholder section. */
extern const uint8_t femba_l3_image[];

static int current_core;

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

void plat_dma_in(void *l1, const void *l2, uint32_t bytes, plat_dma_t *req)
{
    (void)req;
    memcpy(l1, l2, bytes);
}

void plat_dma_out(void *l2, const void *l1, uint32_t bytes, plat_dma_t *req)
{
    (void)req;
    memcpy(l2, l1, bytes);
}

void plat_dma_in_2d(void *l1, const void *l2, uint32_t rows, uint32_t row_bytes,
                    uint32_t l2_stride, plat_dma_t *req)
{
    (void)req;
    for (uint32_t r = 0; r < rows; r++)
        memcpy((uint8_t *)l1 + r * row_bytes, (const uint8_t *)l2 + r * l2_stride, row_bytes);
}

void plat_dma_out_2d(void *l2, const void *l1, uint32_t rows, uint32_t row_bytes,
                     uint32_t l2_stride, plat_dma_t *req)
{
    (void)req;
    for (uint32_t r = 0; r < rows; r++)
        memcpy((uint8_t *)l2 + r * l2_stride, (const uint8_t *)l1 + r * row_bytes, row_bytes);
}

void plat_dma_wait(plat_dma_t *req)
{
    (void)req;
}

void plat_l3_read(void *l2, uint32_t l3_offset, uint32_t bytes, plat_l3_t *req)
{
    (void)req;
    memcpy(l2, femba_l3_image + l3_offset, bytes);
}

void plat_l3_wait(plat_l3_t *req)
{
    (void)req;
}

#define READ_CSR64(lo, hi)                                                                       \
    do {                                                                                         \
        uint32_t h0, l, h1;                                                                      \
        do {                                                                                     \
            __asm__ volatile("csrr %0, " hi : "=r"(h0));                                         \
            __asm__ volatile("csrr %0, " lo : "=r"(l));                                          \
            __asm__ volatile("csrr %0, " hi : "=r"(h1));                                         \
        } while (h0 != h1);                                                                      \
        return ((uint64_t)h1 << 32) | l;                                                         \
    } while (0)

uint64_t plat_cycles(void)
{
    READ_CSR64("mcycle", "mcycleh");
}

uint64_t plat_instret(void)
{
    READ_CSR64("minstret", "minstreth");
}
