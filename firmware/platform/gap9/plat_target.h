/* GAP9 platform types (GAP SDK, PMSIS): cluster DMA commands, cluster-side RAM requests and the
 * L1 / L2 placement attributes. `pending` lets plat_dma_wait / plat_l3_wait return at once for a
 * request that was never issued or was already completed (dma_inflight.h). */
#ifndef FEMBA_PLAT_TARGET_H
#define FEMBA_PLAT_TARGET_H

#include "bsp/ram.h"
#include "pmsis.h"

/* Cluster-DMA (MCHAN) transfer ids: dma_inflight.h caps the transfers in flight at this. */
#define PLAT_DMA_IDS 16

typedef struct {
    pi_cl_dma_cmd_t cmd;
    int32_t pending;
} plat_dma_t;

typedef struct {
    pi_cl_ram_req_t req;
    int32_t pending;
} plat_l3_t;

#define PLAT_L1_DATA PI_CL_L1
#define PLAT_L2_DATA PI_L2

/* The opened L3 RAM and the address of weights.bin in it (set by main before the cluster runs). */
void plat_l3_attach(struct pi_device *ram, uint32_t base);

#endif
