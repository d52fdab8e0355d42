/*
 * PULP-open platform types for the project's own bare-metal runtime (no PULP SDK): the fabric
 * controller boots the 8 cluster cores, cluster core 0 runs the network and forks work to cores
 * 1..7 through the event unit, L2 <-> L1 copies go through the cluster DMA (MCHAN) and the
 * weights image is read from HyperFlash (L3) by the uDMA. See plat_pulp.c.
 */
#ifndef FEMBA_PLAT_TARGET_H
#define FEMBA_PLAT_TARGET_H

#include <stdint.h>

/* MCHAN transfer ids (dma_inflight.h caps the transfers in flight at this). */
#define PLAT_DMA_IDS 16

/* One cluster-DMA transfer: its MCHAN transfer id while in flight. */
typedef struct {
    int32_t tid;
    int32_t pending;
} plat_dma_t;

/* One L3 -> L2 read: the uDMA HyperBus transaction slot it occupies while in flight. */
typedef struct {
    int32_t slot;
    int32_t pending;
} plat_l3_t;

/* Sections placed by link.ld: TCDM at 0x10000000, shared L2 at 0x1C010000. */
#define PLAT_L1_DATA __attribute__((section(".l1_bss")))
#define PLAT_L2_DATA __attribute__((section(".l2_bss")))

/* Where weights.bin starts in HyperFlash (byte address; the run image puts it at 0). */
#define PLAT_L3_FLASH_BASE 0u

/* Runtime services used by main_pulp.c beyond plat.h. */
void plat_cluster_init(void);              /* core 0, before the first fork */
void plat_worker_loop(void);               /* cores 1..7: serve forks forever */
uint32_t plat_cycles32(void);
/* Cycles cluster core 0 spent waiting in plat_l3_wait / plat_dma_wait since boot. */
uint64_t plat_l3_wait_cycles(void);
uint64_t plat_l1_dma_wait_cycles(void);
/* Blocking read of `bytes` from HyperFlash byte address `flash` into L2. */
void plat_flash_read(void *l2, uint32_t flash, uint32_t bytes);

#endif
