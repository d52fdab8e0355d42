/*
 * PULP-open platform types. This first version is bare metal without the PULP runtime: the
 * cluster cores are stepped one after another on core 0 and DMA is a synchronous copy, so the
 * tree compiles and links with the plain riscv toolchain. The GVSoC issue replaces plat_pulp.c
 * with event-unit fork/barrier, MCHAN (L2 <-> L1) and uDMA HyperRAM (L3 -> L2) transfers;
 * nothing above this layer changes.
 */
#ifndef FEMBA_PLAT_TARGET_H
#define FEMBA_PLAT_TARGET_H

#include <stdint.h>

typedef struct {
    uint32_t unused;
} plat_dma_t;

typedef plat_dma_t plat_l3_t;

/* Sections placed by link.ld: TCDM at 0x10000000, shared L2 at 0x1C010000. */
#define PLAT_L1_DATA __attribute__((section(".l1_bss")))
#define PLAT_L2_DATA __attribute__((section(".l2_bss")))

#endif
