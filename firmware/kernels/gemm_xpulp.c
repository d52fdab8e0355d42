/* The Xpulpv2 GEMM micro-kernel femba_mk4x4n (contract and portable twin in simd.h). It is one
 * stand-alone assembly function: 16 accumulators, 5 pointers and 6 operand registers do not fit
 * GCC's inline-asm operand limit. Looping over the token blocks in here pays the register
 * save/restore and the call once per run of blocks instead of once per 4 x 4 block. */
#if defined(FEMBA_XPULP)

/* The 4 x 4 inner loop every kernel here shares: a hardware loop over n4 words of K (trip
 * count in a3), x rows through a0, t0, t1, t2, the word-interleaved weight group through a2,
 * accumulators s0..s11, a5, a6, a7, t3 (token t of channel q in the (4q + t)-th); 8 p.lw + 16
 * pv.sdotsp.b, 64 MACs in 24 instructions; must be assembled with .option norvc (the loop end
 * is 24 x 4 bytes after lp.setup). */
#define MK4X4_LOOP \
    ".insn i 0x7B, 4, x0, a3, 48\n"          /* lp.setup 0, a3, +96 */ \
    ".insn i 0x0B, 2, t4, a0, 4\n"           /* p.lw t4, 4(a0!) */ \
    ".insn i 0x0B, 2, t5, t0, 4\n" \
    ".insn i 0x0B, 2, t6, t1, 4\n" \
    ".insn i 0x0B, 2, a1, t2, 4\n" \
    ".insn i 0x0B, 2, a3, a2, 4\n"           /* w row 0 */ \
    ".insn i 0x0B, 2, a4, a2, 4\n"           /* w row 1 */ \
    ".insn r 0x57, 1, 0x5C, s0, t4, a3\n"    /* pv.sdotsp.b */ \
    ".insn r 0x57, 1, 0x5C, s1, t5, a3\n" \
    ".insn r 0x57, 1, 0x5C, s2, t6, a3\n" \
    ".insn r 0x57, 1, 0x5C, s3, a1, a3\n" \
    ".insn i 0x0B, 2, a3, a2, 4\n"           /* w row 2 */ \
    ".insn r 0x57, 1, 0x5C, s4, t4, a4\n" \
    ".insn r 0x57, 1, 0x5C, s5, t5, a4\n" \
    ".insn r 0x57, 1, 0x5C, s6, t6, a4\n" \
    ".insn r 0x57, 1, 0x5C, s7, a1, a4\n" \
    ".insn i 0x0B, 2, a4, a2, 4\n"           /* w row 3 */ \
    ".insn r 0x57, 1, 0x5C, s8, t4, a3\n" \
    ".insn r 0x57, 1, 0x5C, s9, t5, a3\n" \
    ".insn r 0x57, 1, 0x5C, s10, t6, a3\n" \
    ".insn r 0x57, 1, 0x5C, s11, a1, a3\n" \
    ".insn r 0x57, 1, 0x5C, a5, t4, a4\n" \
    ".insn r 0x57, 1, 0x5C, a6, t5, a4\n" \
    ".insn r 0x57, 1, 0x5C, a7, t6, a4\n" \
    ".insn r 0x57, 1, 0x5C, t3, a1, a4\n"


/* Arguments a0 x, a1 x_stride, a2 w4, a3 n4 (>= 1), a4 nblk (>= 1), a5 init, a6 init_step,
 * a7 acc. Accumulators s0..s11, a5, a6, a7, t3; x rows through a0, t0, t1, t2; x words t4, t5,
 * t6, a1; weight words a3, a4. Everything else lives in the frame (sp + 48 ..):
 * 48 x_stride, 52 n4, 56 4 * (x_stride - n4) (x row 0 after the inner loop -> next block),
 * 60 16 * n4 (w4 pointer back to the group), 64 blocks left, 68 init, 72 init_step, 76 acc.
 * Compressed encodings are off so the loop end is exactly 24 x 4 bytes after lp.setup. */
__asm__(".section .text.femba_mk4x4n,\"ax\",@progbits\n"
        ".globl femba_mk4x4n\n"
        ".type femba_mk4x4n, @function\n"
        ".p2align 2\n"
        "femba_mk4x4n:\n"
        ".option push\n"
        ".option norvc\n"
        "addi sp, sp, -80\n"
        "sw s0, 0(sp)\n  sw s1, 4(sp)\n  sw s2, 8(sp)\n  sw s3, 12(sp)\n"
        "sw s4, 16(sp)\n sw s5, 20(sp)\n sw s6, 24(sp)\n sw s7, 28(sp)\n"
        "sw s8, 32(sp)\n sw s9, 36(sp)\n sw s10, 40(sp)\n sw s11, 44(sp)\n"
        "sw a1, 48(sp)\n sw a3, 52(sp)\n"
        "sub t4, a1, a3\n slli t4, t4, 2\n sw t4, 56(sp)\n"
        "slli t4, a3, 4\n sw t4, 60(sp)\n"
        "sw a4, 64(sp)\n sw a5, 68(sp)\n sw a6, 72(sp)\n sw a7, 76(sp)\n"
        "1:\n" /* loads are ordered so that no result is used by the next instruction */
        "lw t4, 48(sp)\n"
        "lw t5, 68(sp)\n"
        "lw t6, 72(sp)\n"
        "add t0, a0, t4\n add t1, t0, t4\n add t2, t1, t4\n"
        "add t6, t5, t6\n"
        "sw t6, 68(sp)\n"
        "lw a3, 52(sp)\n"
        "lw s0, 0(t5)\n  lw s1, 4(t5)\n  lw s2, 8(t5)\n  lw s3, 12(t5)\n"
        "lw s4, 16(t5)\n lw s5, 20(t5)\n lw s6, 24(t5)\n lw s7, 28(t5)\n"
        "lw s8, 32(t5)\n lw s9, 36(t5)\n lw s10, 40(t5)\n lw s11, 44(t5)\n"
        "lw a5, 48(t5)\n lw a6, 52(t5)\n lw a7, 56(t5)\n lw t3, 60(t5)\n"
        MK4X4_LOOP
        "lw t4, 76(sp)\n"
        "lw t5, 56(sp)\n"
        "lw t6, 60(sp)\n"
        "lw a1, 64(sp)\n"
        "sw s0, 0(t4)\n  sw s1, 4(t4)\n  sw s2, 8(t4)\n  sw s3, 12(t4)\n"
        "sw s4, 16(t4)\n sw s5, 20(t4)\n sw s6, 24(t4)\n sw s7, 28(t4)\n"
        "sw s8, 32(t4)\n sw s9, 36(t4)\n sw s10, 40(t4)\n sw s11, 44(t4)\n"
        "sw a5, 48(t4)\n sw a6, 52(t4)\n sw a7, 56(t4)\n sw t3, 60(t4)\n"
        "addi t4, t4, 64\n sw t4, 76(sp)\n"
        "add a0, a0, t5\n"
        "sub a2, a2, t6\n"
        "addi a1, a1, -1\n sw a1, 64(sp)\n"
        "bnez a1, 1b\n"
        "lw s0, 0(sp)\n  lw s1, 4(sp)\n  lw s2, 8(sp)\n  lw s3, 12(sp)\n"
        "lw s4, 16(sp)\n lw s5, 20(sp)\n lw s6, 24(sp)\n lw s7, 28(sp)\n"
        "lw s8, 32(sp)\n lw s9, 36(sp)\n lw s10, 40(sp)\n lw s11, 44(sp)\n"
        "addi sp, sp, 80\n"
        "ret\n"
        ".option pop\n"
        ".size femba_mk4x4n, .-femba_mk4x4n\n"
        ".text\n");


/* femba_mk4x4q: femba_mk4x4n with the requant fused in requant_pre's form (fixedpoint.h; int8 y,
 * every channel with k = 0, i.e. s in [32, 62]): a0 x, a1 x_stride, a2 w4, a3 n4, a4 nblk, a5 init
 * (16 words, the same for every block), a6 prm (int32 Mu[4] (M, 2M for s = 32), rnd[4], sh[4],
 * lo, hi, rows, table: requant_pre_params), a7 y (token 4b + t, channel q of block b at
 * y + (4b + t) * rows + q). Per accumulator: mulhsu, add, sra, p.max,
 * p.min, sb; the accumulators never go to memory. femba_mk4x4ql is the same with a fused output
 * table between the clamp and the store (p.lb v, v(ra), ra = prm[15] = table + 128). Frame as
 * femba_mk4x4n's with 72 prm, 76 y (next block), 80 the caller's ra (ra holds prm[15]). */
#define LUT4_OFF(a, b, c, d)
#define LUT4_ON(a, b, c, d)                                                                      \
    ".insn r 0x03, 7, 0x00, " #a ", ra, " #a "\n"                                                \
    ".insn r 0x03, 7, 0x00, " #b ", ra, " #b "\n"                                                \
    ".insn r 0x03, 7, 0x00, " #c ", ra, " #c "\n"                                                \
    ".insn r 0x03, 7, 0x00, " #d ", ra, " #d "\n"
/* The _pre variants (requant_pre in fixedpoint.h, for groups with a shift below 32): before
 * the requant, each accumulator is clamped to [-(A+1), A] (p.clip) and shifted left by k, per
 * channel from prm (A[4] at 64, k[4] at 80; k = 0, A = 2^31 - 1 for s >= 32), so that the
 * mulhsu code below is exact for every s in 1..62. 8 loads and 32 ALU instructions a block, no
 * load-use stall; registers free at that point: t0, t1 (the y rows are set up after), t5, t6,
 * a4. */
#define CLIPSHL4(a, b, c, d, A, K)                                                               \
    ".insn r 0x33, 5, 0x0A, " #a ", " #a ", " #A "\n" /* p.clip a, a, A */                      \
    ".insn r 0x33, 5, 0x0A, " #b ", " #b ", " #A "\n"                                            \
    ".insn r 0x33, 5, 0x0A, " #c ", " #c ", " #A "\n"                                            \
    ".insn r 0x33, 5, 0x0A, " #d ", " #d ", " #A "\n"                                            \
    "sll " #a ", " #a ", " #K "\n"                                                               \
    "sll " #b ", " #b ", " #K "\n"                                                               \
    "sll " #c ", " #c ", " #K "\n"                                                               \
    "sll " #d ", " #d ", " #K "\n"
#define PRE_Q_OFF
#define PRE_Q_ON                                                                                 \
    "lw t5, 72(sp)\n"                                                                            \
    "lw t6, 64(t5)\n lw a4, 80(t5)\n lw t0, 68(t5)\n lw t1, 84(t5)\n"                            \
    CLIPSHL4(s0, s1, s2, s3, t6, a4)                                                             \
    "lw t6, 72(t5)\n lw a4, 88(t5)\n"                                                             \
    CLIPSHL4(s4, s5, s6, s7, t0, t1)                                                             \
    "lw t0, 76(t5)\n lw t1, 92(t5)\n"                                                             \
    CLIPSHL4(s8, s9, s10, s11, t6, a4)                                                           \
    CLIPSHL4(a5, a6, a7, t3, t0, t1)
#define MK4X4Q(NAME, L4, PRE)                                                     \
    __asm__(".section .text." #NAME ",\"ax\",@progbits\n"                         \
        ".globl " #NAME "\n"                                                      \
        ".type " #NAME ", @function\n"                                            \
        ".p2align 2\n"                                                            \
        #NAME ":\n"                                                               \
        ".option push\n"                                                          \
        ".option norvc\n"                                                         \
        "addi sp, sp, -96\n"                                                      \
        "sw s0, 0(sp)\n  sw s1, 4(sp)\n  sw s2, 8(sp)\n  sw s3, 12(sp)\n"         \
        "sw s4, 16(sp)\n sw s5, 20(sp)\n sw s6, 24(sp)\n sw s7, 28(sp)\n"         \
        "sw s8, 32(sp)\n sw s9, 36(sp)\n sw s10, 40(sp)\n sw s11, 44(sp)\n"       \
        "sw a1, 48(sp)\n sw a3, 52(sp)\n"                                         \
        "sub t4, a1, a3\n slli t4, t4, 2\n sw t4, 56(sp)\n"                       \
        "slli t4, a3, 4\n sw t4, 60(sp)\n"                                        \
        "sw a4, 64(sp)\n sw a5, 68(sp)\n sw a6, 72(sp)\n sw a7, 76(sp)\n"         \
        "sw ra, 80(sp)\n lw ra, 60(a6)\n"                                         \
        "1:\n"                                                                    \
        "lw t4, 48(sp)\n"                                                         \
        "lw t5, 68(sp)\n"                                                         \
        "lw a3, 52(sp)\n"                                                         \
        "add t0, a0, t4\n add t1, t0, t4\n add t2, t1, t4\n"                      \
        "lw s0, 0(t5)\n  lw s1, 4(t5)\n  lw s2, 8(t5)\n  lw s3, 12(t5)\n"         \
        "lw s4, 16(t5)\n lw s5, 20(t5)\n lw s6, 24(t5)\n lw s7, 28(t5)\n"         \
        "lw s8, 32(t5)\n lw s9, 36(t5)\n lw s10, 40(t5)\n lw s11, 44(t5)\n"       \
        "lw a5, 48(t5)\n lw a6, 52(t5)\n lw a7, 56(t5)\n lw t3, 60(t5)\n"         \
        MK4X4_LOOP    \
        PRE                                                                       \
        /* requant: y rows t0..t2, t4; M t5, rnd t6, sh a4, lo a1, hi a3 */       \
        "lw t5, 72(sp)\n"                                                         \
        "lw t0, 76(sp)\n"                                                         \
        "lw t4, 56(t5)\n"                                                         \
        "lw a1, 48(t5)\n"                                                         \
        "lw a3, 52(t5)\n"                                                         \
        "add t1, t0, t4\n"                                                        \
        "slli t6, t4, 2\n"                                                        \
        "add t2, t1, t4\n"                                                        \
        "add t6, t0, t6\n"                                                        \
        "sw t6, 76(sp)\n"                                                         \
        "add t4, t2, t4\n"                                                        \
        "lw t6, 16(t5)\n"                                                         \
        "lw a4, 32(t5)\n"                                                         \
        "lw t5, 0(t5)\n"                                                          \
        "mulhsu s0, s0, t5\n"                                                       \
        "mulhsu s1, s1, t5\n"                                                       \
        "mulhsu s2, s2, t5\n"                                                       \
        "mulhsu s3, s3, t5\n"                                                       \
        "lw t5, 72(sp)\n"                                                         \
        "add s0, s0, t6\n"                                                        \
        "add s1, s1, t6\n"                                                        \
        "add s2, s2, t6\n"                                                        \
        "add s3, s3, t6\n"                                                        \
        "sra s0, s0, a4\n"                                                        \
        "sra s1, s1, a4\n"                                                        \
        "sra s2, s2, a4\n"                                                        \
        "sra s3, s3, a4\n"                                                        \
        "lw t6, 20(t5)\n"                                                         \
        "lw a4, 36(t5)\n"                                                         \
        "lw t5, 4(t5)\n"                                                          \
        ".insn r 0x33, 6, 2, s0, s0, a1\n"                                        \
        ".insn r 0x33, 6, 2, s1, s1, a1\n"                                        \
        ".insn r 0x33, 6, 2, s2, s2, a1\n"                                        \
        ".insn r 0x33, 6, 2, s3, s3, a1\n"                                        \
        ".insn r 0x33, 4, 2, s0, s0, a3\n"                                        \
        ".insn r 0x33, 4, 2, s1, s1, a3\n"                                        \
        ".insn r 0x33, 4, 2, s2, s2, a3\n"                                        \
        ".insn r 0x33, 4, 2, s3, s3, a3\n"                                        \
        L4(s0, s1, s2, s3)                                                        \
        "sb s0, 0(t0)\n"                                                          \
        "sb s1, 0(t1)\n"                                                          \
        "sb s2, 0(t2)\n"                                                          \
        "sb s3, 0(t4)\n"                                                          \
        "mulhsu s4, s4, t5\n"                                                       \
        "mulhsu s5, s5, t5\n"                                                       \
        "mulhsu s6, s6, t5\n"                                                       \
        "mulhsu s7, s7, t5\n"                                                       \
        "lw t5, 72(sp)\n"                                                         \
        "add s4, s4, t6\n"                                                        \
        "add s5, s5, t6\n"                                                        \
        "add s6, s6, t6\n"                                                        \
        "add s7, s7, t6\n"                                                        \
        "sra s4, s4, a4\n"                                                        \
        "sra s5, s5, a4\n"                                                        \
        "sra s6, s6, a4\n"                                                        \
        "sra s7, s7, a4\n"                                                        \
        "lw t6, 24(t5)\n"                                                         \
        "lw a4, 40(t5)\n"                                                         \
        "lw t5, 8(t5)\n"                                                          \
        ".insn r 0x33, 6, 2, s4, s4, a1\n"                                        \
        ".insn r 0x33, 6, 2, s5, s5, a1\n"                                        \
        ".insn r 0x33, 6, 2, s6, s6, a1\n"                                        \
        ".insn r 0x33, 6, 2, s7, s7, a1\n"                                        \
        ".insn r 0x33, 4, 2, s4, s4, a3\n"                                        \
        ".insn r 0x33, 4, 2, s5, s5, a3\n"                                        \
        ".insn r 0x33, 4, 2, s6, s6, a3\n"                                        \
        ".insn r 0x33, 4, 2, s7, s7, a3\n"                                        \
        L4(s4, s5, s6, s7)                                                        \
        "sb s4, 1(t0)\n"                                                          \
        "sb s5, 1(t1)\n"                                                          \
        "sb s6, 1(t2)\n"                                                          \
        "sb s7, 1(t4)\n"                                                          \
        "mulhsu s8, s8, t5\n"                                                       \
        "mulhsu s9, s9, t5\n"                                                       \
        "mulhsu s10, s10, t5\n"                                                     \
        "mulhsu s11, s11, t5\n"                                                     \
        "lw t5, 72(sp)\n"                                                         \
        "add s8, s8, t6\n"                                                        \
        "add s9, s9, t6\n"                                                        \
        "add s10, s10, t6\n"                                                      \
        "add s11, s11, t6\n"                                                      \
        "sra s8, s8, a4\n"                                                        \
        "sra s9, s9, a4\n"                                                        \
        "sra s10, s10, a4\n"                                                      \
        "sra s11, s11, a4\n"                                                      \
        "lw t6, 28(t5)\n"                                                         \
        "lw a4, 44(t5)\n"                                                         \
        "lw t5, 12(t5)\n"                                                         \
        ".insn r 0x33, 6, 2, s8, s8, a1\n"                                        \
        ".insn r 0x33, 6, 2, s9, s9, a1\n"                                        \
        ".insn r 0x33, 6, 2, s10, s10, a1\n"                                      \
        ".insn r 0x33, 6, 2, s11, s11, a1\n"                                      \
        ".insn r 0x33, 4, 2, s8, s8, a3\n"                                        \
        ".insn r 0x33, 4, 2, s9, s9, a3\n"                                        \
        ".insn r 0x33, 4, 2, s10, s10, a3\n"                                      \
        ".insn r 0x33, 4, 2, s11, s11, a3\n"                                      \
        L4(s8, s9, s10, s11)                                                      \
        "sb s8, 2(t0)\n"                                                          \
        "sb s9, 2(t1)\n"                                                          \
        "sb s10, 2(t2)\n"                                                         \
        "sb s11, 2(t4)\n"                                                         \
        "mulhsu a5, a5, t5\n"                                                       \
        "mulhsu a6, a6, t5\n"                                                       \
        "mulhsu a7, a7, t5\n"                                                       \
        "mulhsu t3, t3, t5\n"                                                       \
        "add a5, a5, t6\n"                                                        \
        "add a6, a6, t6\n"                                                        \
        "add a7, a7, t6\n"                                                        \
        "add t3, t3, t6\n"                                                        \
        "sra a5, a5, a4\n"                                                        \
        "sra a6, a6, a4\n"                                                        \
        "sra a7, a7, a4\n"                                                        \
        "sra t3, t3, a4\n"                                                        \
        ".insn r 0x33, 6, 2, a5, a5, a1\n"                                        \
        ".insn r 0x33, 6, 2, a6, a6, a1\n"                                        \
        ".insn r 0x33, 6, 2, a7, a7, a1\n"                                        \
        ".insn r 0x33, 6, 2, t3, t3, a1\n"                                        \
        ".insn r 0x33, 4, 2, a5, a5, a3\n"                                        \
        ".insn r 0x33, 4, 2, a6, a6, a3\n"                                        \
        ".insn r 0x33, 4, 2, a7, a7, a3\n"                                        \
        ".insn r 0x33, 4, 2, t3, t3, a3\n"                                        \
        L4(a5, a6, a7, t3)                                                        \
        "sb a5, 3(t0)\n"                                                          \
        "sb a6, 3(t1)\n"                                                          \
        "sb a7, 3(t2)\n"                                                          \
        "sb t3, 3(t4)\n"                                                          \
        "lw t5, 56(sp)\n"                                                         \
        "lw t6, 60(sp)\n"                                                         \
        "lw a1, 64(sp)\n"                                                         \
        "add a0, a0, t5\n"                                                        \
        "sub a2, a2, t6\n"                                                        \
        "addi a1, a1, -1\n sw a1, 64(sp)\n"                                       \
        "bnez a1, 1b\n"                                                           \
        "lw s0, 0(sp)\n  lw s1, 4(sp)\n  lw s2, 8(sp)\n  lw s3, 12(sp)\n"         \
        "lw s4, 16(sp)\n lw s5, 20(sp)\n lw s6, 24(sp)\n lw s7, 28(sp)\n"         \
        "lw s8, 32(sp)\n lw s9, 36(sp)\n lw s10, 40(sp)\n lw s11, 44(sp)\n"       \
        "lw ra, 80(sp)\n"                                                         \
        "addi sp, sp, 96\n"                                                       \
        "ret\n"                                                                   \
        ".option pop\n"                                                           \
        ".size " #NAME ", .-" #NAME "\n"                                          \
        ".text\n");

MK4X4Q(femba_mk4x4q, LUT4_OFF, PRE_Q_OFF)
MK4X4Q(femba_mk4x4ql, LUT4_ON, PRE_Q_OFF)

/* femba_mk4x4c / femba_mk4x4cl: femba_mk4x4q / femba_mk4x4ql for lo = -128, hi = 127, sized for
 * the 512-byte per-core L0 instruction cache: compressed encodings everywhere except the hardware
 * loop body (whose end is fixed 24 x 4 bytes after lp.setup), requant as mulhsu, p.addRN (the add
 * of 2^(sh-1) and the arithmetic shift by sh in one instruction: no wrap, see requant_pre),
 * p.clipi 8, [p.lb through the table], p.sb with register post-increment; init, M and sh copied
 * to the frame once per call and read with c.lwsp. The per-block code (label 1 to the branch) is
 * about 500 bytes with the table, 440 without, so it stays in L0 from block to block.
 * Arguments as femba_mk4x4q (prm: M[4], -, sh[4], -, -, rows, table + 128). Frame:
 * 0..44 s0..s11, 48 n4, 52 4 * (x_stride - n4), 56 w4, 60 blocks left, 64 y (next block),
 * 68 rows, 72 1 - 3 rows, 76 4 rows - 4, 80 ra, 84..147 init[16], 148..163 M[4], 164..179 sh[4].
 * x rows of the block in a0, t0, t1, t2 (advanced by 52(sp) after each block). */
#define CL_ON(a, b, c, d) LUT4_ON(a, b, c, d)
#define CL_OFF(a, b, c, d)
#define MK4X4C_GROUP(q, a, b, c, d, L4)                                                          \
    "lw t5, " #q "*4+148(sp)\n"                                                                  \
    "lw t6, " #q "*4+164(sp)\n"                                                                  \
    "mulhsu " #a ", " #a ", t5\n"                                                                  \
    "mulhsu " #b ", " #b ", t5\n"                                                                  \
    "mulhsu " #c ", " #c ", t5\n"                                                                  \
    "mulhsu " #d ", " #d ", t5\n"                                                                  \
    ".insn r 0x5B, 6, 0x20, " #a ", zero, t6\n" /* p.addRN a, zero, t6 */                        \
    ".insn r 0x5B, 6, 0x20, " #b ", zero, t6\n"                                                  \
    ".insn r 0x5B, 6, 0x20, " #c ", zero, t6\n"                                                  \
    ".insn r 0x5B, 6, 0x20, " #d ", zero, t6\n"                                                  \
    ".insn r 0x33, 1, 0x0A, " #a ", " #a ", x8\n" /* p.clipi a, a, 8 */                          \
    ".insn r 0x33, 1, 0x0A, " #b ", " #b ", x8\n"                                                \
    ".insn r 0x33, 1, 0x0A, " #c ", " #c ", x8\n"                                                \
    ".insn r 0x33, 1, 0x0A, " #d ", " #d ", x8\n"                                                \
    L4(a, b, c, d)                                                                               \
    ".insn r 0x2B, 4, 0, a1, t4, " #a "\n" /* p.sb a, a1(t4!) */                                 \
    ".insn r 0x2B, 4, 0, a1, t4, " #b "\n"                                                       \
    ".insn r 0x2B, 4, 0, a1, t4, " #c "\n"                                                       \
    ".insn r 0x2B, 4, 0, a3, t4, " #d "\n" /* t4 back to row 0, next channel */
/* The _pre variants of femba_mk4x4c / cl (see CLIPSHL4): frame 224 bytes, A[4] copied to
 * 180..195 and k[4] to 196..211 once per call; before the requant the accumulators are clamped
 * and shifted with t5, t6, a4, a2 (reloaded after the requant anyway). */
#define PRE_C_COPY_OFF
#define PRE_C_COPY_ON                                                                            \
    "lw t4, 64(a6)\n lw t5, 68(a6)\n lw t6, 72(a6)\n lw t3, 76(a6)\n"                            \
    "sw t4, 180(sp)\n sw t5, 184(sp)\n sw t6, 188(sp)\n sw t3, 192(sp)\n"                        \
    "lw t4, 80(a6)\n lw t5, 84(a6)\n lw t6, 88(a6)\n lw t3, 92(a6)\n"                            \
    "sw t4, 196(sp)\n sw t5, 200(sp)\n sw t6, 204(sp)\n sw t3, 208(sp)\n"
#define PRE_C_OFF
#define PRE_C_ON                                                                                 \
    "lw t5, 180(sp)\n lw t6, 196(sp)\n lw a4, 184(sp)\n lw a2, 200(sp)\n"                        \
    CLIPSHL4(s0, s1, s2, s3, t5, t6)                                                             \
    "lw t5, 188(sp)\n lw t6, 204(sp)\n"                                                           \
    CLIPSHL4(s4, s5, s6, s7, a4, a2)                                                             \
    "lw a4, 192(sp)\n lw a2, 208(sp)\n"                                                           \
    CLIPSHL4(s8, s9, s10, s11, t5, t6)                                                           \
    CLIPSHL4(a5, a6, a7, t3, a4, a2)
#define MK4X4C(NAME, L4, FRAME, PRE_COPY, PRE)                                    \
    __asm__(".section .text." #NAME ",\"ax\",@progbits\n"                         \
        ".globl " #NAME "\n"                                                      \
        ".type " #NAME ", @function\n"                                            \
        ".p2align 4\n"                                                            \
        #NAME ":\n"                                                               \
        ".option push\n"                                                          \
        ".option rvc\n"                                                           \
        ".option norelax\n"                                                       \
        "addi sp, sp, -" #FRAME "\n"                                             \
        "sw s0, 0(sp)\n  sw s1, 4(sp)\n  sw s2, 8(sp)\n  sw s3, 12(sp)\n"         \
        "sw s4, 16(sp)\n sw s5, 20(sp)\n sw s6, 24(sp)\n sw s7, 28(sp)\n"         \
        "sw s8, 32(sp)\n sw s9, 36(sp)\n sw s10, 40(sp)\n sw s11, 44(sp)\n"       \
        "sw a3, 48(sp)\n"                                                         \
        "sub t4, a1, a3\n slli t4, t4, 2\n sw t4, 52(sp)\n"                       \
        "sw a2, 56(sp)\n sw a4, 60(sp)\n sw a7, 64(sp)\n"                         \
        "lw t4, 56(a6)\n sw t4, 68(sp)\n"                                         \
        "slli t5, t4, 1\n add t5, t5, t4\n li t6, 1\n sub t6, t6, t5\n"           \
        "sw t6, 72(sp)\n"                                                         \
        "slli t5, t4, 2\n addi t5, t5, -4\n sw t5, 76(sp)\n"                      \
        "sw ra, 80(sp)\n lw ra, 60(a6)\n"                                         \
        "lw t4, 0(a5)\n  lw t5, 4(a5)\n  lw t6, 8(a5)\n  lw t3, 12(a5)\n"         \
        "sw t4, 84(sp)\n sw t5, 88(sp)\n sw t6, 92(sp)\n sw t3, 96(sp)\n"         \
        "lw t4, 16(a5)\n lw t5, 20(a5)\n lw t6, 24(a5)\n lw t3, 28(a5)\n"         \
        "sw t4, 100(sp)\n sw t5, 104(sp)\n sw t6, 108(sp)\n sw t3, 112(sp)\n"     \
        "lw t4, 32(a5)\n lw t5, 36(a5)\n lw t6, 40(a5)\n lw t3, 44(a5)\n"         \
        "sw t4, 116(sp)\n sw t5, 120(sp)\n sw t6, 124(sp)\n sw t3, 128(sp)\n"     \
        "lw t4, 48(a5)\n lw t5, 52(a5)\n lw t6, 56(a5)\n lw t3, 60(a5)\n"         \
        "sw t4, 132(sp)\n sw t5, 136(sp)\n sw t6, 140(sp)\n sw t3, 144(sp)\n"     \
        "lw t4, 0(a6)\n  lw t5, 4(a6)\n  lw t6, 8(a6)\n  lw t3, 12(a6)\n"         \
        "sw t4, 148(sp)\n sw t5, 152(sp)\n sw t6, 156(sp)\n sw t3, 160(sp)\n"     \
        "lw t4, 32(a6)\n lw t5, 36(a6)\n lw t6, 40(a6)\n lw t3, 44(a6)\n"         \
        "sw t4, 164(sp)\n sw t5, 168(sp)\n sw t6, 172(sp)\n sw t3, 176(sp)\n"     \
        PRE_COPY                                                                  \
        "add t0, a0, a1\n add t1, t0, a1\n add t2, t1, a1\n"                      \
        ".p2alignw 4, 1\n"                                                         \
        "1:\n"                                                                    \
        "lw s0, 84(sp)\n  lw s1, 88(sp)\n  lw s2, 92(sp)\n  lw s3, 96(sp)\n"      \
        "lw s4, 100(sp)\n lw s5, 104(sp)\n lw s6, 108(sp)\n lw s7, 112(sp)\n"     \
        "lw s8, 116(sp)\n lw s9, 120(sp)\n lw s10, 124(sp)\n lw s11, 128(sp)\n"   \
        "lw a5, 132(sp)\n lw a6, 136(sp)\n lw a7, 140(sp)\n lw a3, 48(sp)\n"      \
        "lw t3, 144(sp)\n"                                                        \
        ".option norvc\n"                                                         \
        MK4X4_LOOP    \
        ".option rvc\n"                                                           \
        PRE                                                                       \
        "lw t4, 64(sp)\n"                                                         \
        "lw a1, 68(sp)\n"                                                         \
        "lw a3, 72(sp)\n"                                                         \
        MK4X4C_GROUP(0, s0, s1, s2, s3, L4)                                       \
        MK4X4C_GROUP(1, s4, s5, s6, s7, L4)                                       \
        MK4X4C_GROUP(2, s8, s9, s10, s11, L4)                                     \
        MK4X4C_GROUP(3, a5, a6, a7, t3, L4)                                       \
        "lw a4, 76(sp)\n"                                                         \
        "add t4, t4, a4\n"                                                        \
        "sw t4, 64(sp)\n"                                                         \
        "lw t5, 52(sp)\n"                                                         \
        "add a0, a0, t5\n add t0, t0, t5\n add t1, t1, t5\n add t2, t2, t5\n"     \
        "lw a2, 56(sp)\n"                                                         \
        "lw a1, 60(sp)\n"                                                         \
        "addi a1, a1, -1\n"                                                       \
        "sw a1, 60(sp)\n"                                                         \
        "bnez a1, 1b\n"                                                           \
        "2:\n"                                                                    \
        "lw s0, 0(sp)\n  lw s1, 4(sp)\n  lw s2, 8(sp)\n  lw s3, 12(sp)\n"         \
        "lw s4, 16(sp)\n lw s5, 20(sp)\n lw s6, 24(sp)\n lw s7, 28(sp)\n"         \
        "lw s8, 32(sp)\n lw s9, 36(sp)\n lw s10, 40(sp)\n lw s11, 44(sp)\n"       \
        "lw ra, 80(sp)\n"                                                         \
        "addi sp, sp, " #FRAME "\n"                                              \
        "ret\n"                                                                   \
        ".option pop\n"                                                           \
        ".size " #NAME ", .-" #NAME "\n"                                          \
        ".text\n");

MK4X4C(femba_mk4x4c, CL_OFF, 192, PRE_C_COPY_OFF, PRE_C_OFF)
MK4X4C(femba_mk4x4cl, CL_ON, 192, PRE_C_COPY_OFF, PRE_C_OFF)
MK4X4C(femba_mk4x4c_pre, CL_OFF, 224, PRE_C_COPY_ON, PRE_C_ON)
MK4X4C(femba_mk4x4cl_pre, CL_ON, 224, PRE_C_COPY_ON, PRE_C_ON)
/* after the kernels that run in the usual range, which keep their addresses (the cluster's
 * shared instruction cache is 2 KiB: moving hot code by a few lines shows in the cycles) */
MK4X4Q(femba_mk4x4q_pre, LUT4_OFF, PRE_Q_ON)
MK4X4Q(femba_mk4x4ql_pre, LUT4_ON, PRE_Q_ON)

#else
typedef int femba_gemm_xpulp_empty; /* ISO C wants at least one declaration per file */
#endif
