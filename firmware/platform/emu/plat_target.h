/* Emulated platform (host, rv32 under QEMU): cores run one after another, DMA is a memcpy
 * performed when the request is waited, L3 is a byte array holding weights.bin. */
#ifndef FEMBA_PLAT_TARGET_H
#define FEMBA_PLAT_TARGET_H

#include <stdint.h>

typedef struct {
    uint8_t *dst;
    const uint8_t *src;
    uint32_t rows, row_bytes, dst_stride, src_stride;
    int pending;
} plat_dma_t;

typedef plat_dma_t plat_l3_t;

#define PLAT_L1_DATA
#define PLAT_L2_DATA

/* Where the weights image lives (main loads weights.bin and attaches it). */
void plat_l3_attach(const uint8_t *base, uint32_t bytes);

#endif
