/* GAP9 platform types (GAP SDK, PMSIS): cluster DMA commands, cluster-side RAM requests and the
 * L1 / L2 placement attributes. */
#ifndef FEMBA_PLAT_TARGET_H
#define FEMBA_PLAT_TARGET_H

#include "pmsis.h"

typedef pi_cl_dma_cmd_t plat_dma_t;
typedef pi_cl_ram_req_t plat_l3_t;

#define PLAT_L1_DATA PI_CL_L1
#define PLAT_L2_DATA PI_L2

/* The opened L3 RAM and the address of weights.bin in it (set by main before the cluster runs). */
void plat_l3_attach(struct pi_device *ram, uint32_t base);

#endif
