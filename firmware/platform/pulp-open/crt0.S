/* Minimal start-up for PULP-open (bare metal, no runtime): core 0 of the fabric sets its stack,
 * clears .bss (including the L1 / L2 arenas) and calls main; any other hart parks. */
    .section .text.start
    .global _start
_start:
    csrr    t0, mhartid
    andi    t0, t0, 0x1f
    bnez    t0, park
    la      sp, __stack_top
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
park:
    wfi
    j       park
