/* Start-up of the PULP-open runtime.
 *
 * _start: the fabric controller (GVSoC's ELF loader jumps here, no boot ROM). It takes its stack
 * at the top of private L2 bank 0, clears .bss in L2 and the L1 arena (nothing else guarantees
 * zeroed memory), runs main (which boots the cluster and waits for it) and ends the simulation
 * with main's return value.
 *
 * _cluster_start: boot address of the 8 cluster cores. Core 0 runs the network and needs the
 * deeper stack (driver state, print buffers); cores 1..7 only run kernels. The stacks are the
 * top of L1, reserved by the generated link.ld after the arena, so an L1 plan that leaves no room for them
 * fails at link time instead of silently corrupting the arena at run time. */
#include "net_config.h"             /* stack sizes of the platform description */
    .equ    MASTER_STACK, PLAT_CC_STACK_BYTES   /* the generated link.ld reserves the same */
    .equ    WORKER_STACK, PLAT_PE_STACK_BYTES
    .equ    SOC_CORE_STATUS, 0x1A1040A0

    .section .text.start, "ax"
    .global _start
_start:
    csrr    t0, mhartid
    srli    t0, t0, 5
    li      t1, 31
    bne     t0, t1, _cluster_start  /* only the fabric controller (cluster id 31) boots here */
    la      sp, __fc_stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:  la      t0, __l1_bss_start
    la      t1, __l1_bss_end
3:  bgeu    t0, t1, 4f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       3b
4:  call    main
    li      t0, 0x7fffffff          /* exit code in bits 30..0, bit 31 = end of computation */
    and     a0, a0, t0
    li      t0, 0x80000000
    or      a0, a0, t0
    li      t0, SOC_CORE_STATUS
    sw      a0, 0(t0)
park:
    wfi
    j       park

    .global _cluster_start
_cluster_start:
    csrr    t0, mhartid
    andi    t0, t0, 0x1f
    la      sp, __cl_stacks_end
    beqz    t0, 5f
    /* core c >= 1: below the master stack, WORKER_STACK each */
    li      t1, MASTER_STACK - WORKER_STACK
    sub     sp, sp, t1
    li      t1, WORKER_STACK
    mul     t1, t1, t0
    sub     sp, sp, t1
5:  call    cluster_entry
    j       park
