/*
 * PULP-open memory map and the few peripheral registers this runtime touches, as modelled by
 * GVSoC's pulp-open target (gvsoc-pulp pulp/chips/pulp_open/). Offsets are from the public PULP
 * register descriptions; the names here are ours.
 */
#ifndef FEMBA_PULP_OPEN_H
#define FEMBA_PULP_OPEN_H

#include <stdint.h>

/* ---- cluster 0 (seen at the same addresses from the fabric controller and from the cluster) */
#define CL_L1_BASE 0x10000000u              /* 64 KiB TCDM, 16 banks */
#define CL_CTRL_BASE 0x10200000u            /* cluster control unit */
#define CL_CTRL_FETCH_EN (CL_CTRL_BASE + 0x08u)   /* bit i: core i fetches */
#define CL_CTRL_BOOT_ADDR(core) (CL_CTRL_BASE + 0x40u + 4u * (core))
#define CL_ICACHE_CTRL 0x10201400u          /* write all-ones: every instruction-cache bank on */

/* Event unit, per-core "demux" view: every core reaches its own registers at the same address. */
#define EU_DEMUX 0x10204000u
#define EU_CORE_MASK (EU_DEMUX + 0x00u)     /* events that may wake this core */
#define EU_CORE_WAIT_CLEAR (EU_DEMUX + 0x3Cu) /* load: sleep until a masked event, then clear it */
#define EU_SW_EVENT_TRIGGER(e) (EU_DEMUX + 0x100u + 4u * (e)) /* store core mask: raise event e */
#define EU_BARRIER(b) (EU_DEMUX + 0x200u + 0x20u * (b))
#define EU_BARRIER_CORE_MASK 0x00u          /* cores that must arrive */
#define EU_BARRIER_TARGET_MASK 0x0Cu        /* cores woken when they all have */
#define EU_BARRIER_TRIGGER_WAIT_CLEAR 0x1Cu /* load: arrive, sleep until complete, clear */
#define EU_EVT_BARRIER 16                   /* event line raised by a completed barrier */

/* Cluster DMA (MCHAN v7), per-core view. A load of CMD allocates a transfer id (stalls if none of
 * the 16 is free); then the command words are stored to CMD: control, TCDM address, L2 address
 * (and, for 2-D, line length then line stride on the L2 side). STATUS bit t: transfer t busy;
 * storing 1 << t to STATUS frees id t. */
#define MCHAN_CMD 0x10204400u
#define MCHAN_STATUS 0x10204404u
#define MCHAN_LEN_MASK 0x1FFFFu
#define MCHAN_TO_L1 (1u << 17)              /* 0: L1 -> L2 */
#define MCHAN_INCR (1u << 18)
#define MCHAN_2D_L2 (1u << 19)

/* ---- SoC */
#define L2_PRIV0 0x1C000000u                /* 32 KiB, fabric-controller data / stack */
#define UDMA_CG 0x1A102000u                 /* uDMA peripheral clock enables */
#define UDMA_CG_HYPER (1u << 8)
/* uDMA HyperBus v3: 8 transaction slots of 0x80 bytes, then the common registers. */
#define HYPER_BASE 0x1A102480u
#define HYPER_SLOTS 8
#define HYPER_SLOT(id) (HYPER_BASE + 0x80u * (id))
#define HYPER_RX_SADDR 0x00u                /* L2 destination */
#define HYPER_RX_SIZE 0x04u
#define HYPER_RX_CFG 0x08u                  /* store HYPER_CFG_EN: queue the transfer */
#define HYPER_CA_SETUP 0x18u                /* HYPER_CA_READ: read burst */
#define HYPER_ADDR 0x1Cu                    /* byte address in the device */
#define HYPER_STATUS 0x24u                  /* bit 0: slot busy */
#define HYPER_CFG_EN 0x10u
#define HYPER_CA_READ 0x4u
#define HYPER_COMMON 0x1A102880u
#define HYPER_MEM_SEL (HYPER_COMMON + 0x20u) /* 0: HyperRAM (cs0), 1: HyperFlash (cs1) */
#define HYPER_MEM_FLASH 1u

#define SOC_CORE_STATUS 0x1A1040A0u         /* store code | 1 << 31: end of simulation */
#define STDOUT_BASE 0x1A10F000u             /* channel = (cluster << 7) | (core << 3) */
#define STDOUT_CHANNEL(cluster, core) (STDOUT_BASE + ((cluster) << 7) + ((core) << 3))

static inline void mmio_w32(uint32_t addr, uint32_t v)
{
    *(volatile uint32_t *)addr = v;
}

static inline uint32_t mmio_r32(uint32_t addr)
{
    return *(volatile uint32_t *)addr;
}

/* Orders compiler-visible memory accesses around a store that other cores or devices observe. */
static inline void compiler_fence(void)
{
    __asm__ volatile("" ::: "memory");
}

/* mhartid = (cluster << 5) | core; the fabric controller is cluster 31. */
static inline uint32_t hart_id(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, mhartid" : "=r"(v));
    return v;
}

static inline uint32_t read_mcycle(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, mcycle" : "=r"(v));
    return v;
}

#endif
