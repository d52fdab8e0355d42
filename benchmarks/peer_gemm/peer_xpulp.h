/*
 * pulp-nn's int8 inner loops as PULP GCC compiles them for RI5CY (Xpulpv2): a hardware loop
 * (lp.setup) with post-increment word loads (p.lw rd, 4(rs1!)) and pv.sdotusp.b, no loop
 * counter, pointer increments or branch in the body. Stock riscv64-unknown-elf-gcc knows none of
 * these, so benchmarks/peer_gemm.py builds a second copy of pulp_nn_matmul.c / pulp_nn_linear.c
 * (in the build directory, never in this repository) whose `for (j ...)` SIMD loop is replaced
 * by one of these macros: the same loads and dot products in the same order, the same pointer
 * and accumulator values after the loop. Encodings from GVSoC's isa_pulpv2.py, as in
 * firmware/kernels/gemm_xpulp.c. The bodies are assembled without compressed instructions so the
 * loop end (lp.setup's offset, in 2-byte units) is exact.
 */
#ifndef PEER_XPULP_H
#define PEER_XPULP_H

#include <stdint.h>

/* pulp_nn_matmul's 4 channels x 2 pixels loop: 6 p.lw + 8 pv.sdotusp.b (32 MACs in 14
 * instructions). Weight words (signed) in t0..t3, the two input pixels' (unsigned) in t4, t5: 14
 * read-write operands leave no room for 6 more in GCC's limit of 30. */
#define PEER_XP_MM4X2(CNT, PA1, PA2, PA3, PA4, PB1, PB2, S1, S2, S3, S4, S5, S6, S7, S8)           \
    do {                                                                                           \
        uint32_t n_ = (uint32_t)(CNT);                                                             \
        if (n_) {                                                                                  \
            __asm__ volatile(".option push\n.option norvc\n"                                       \
                             ".insn i 0x7B, 4, x0, %[n], 28\n" /* lp.setup 0, n, +56 */            \
                             ".insn i 0x0B, 2, t0, %[pa], 4\n"                                     \
                             ".insn i 0x0B, 2, t1, %[pa2], 4\n"                                    \
                             ".insn i 0x0B, 2, t2, %[pa3], 4\n"                                    \
                             ".insn i 0x0B, 2, t3, %[pa4], 4\n"                                    \
                             ".insn i 0x0B, 2, t4, %[pb], 4\n"                                     \
                             ".insn i 0x0B, 2, t5, %[pb2], 4\n"                                    \
                             ".insn r 0x57, 1, 0x54, %[s1], t4, t0\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s2], t4, t1\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s3], t4, t2\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s4], t4, t3\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s5], t5, t0\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s6], t5, t1\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s7], t5, t2\n"                              \
                             ".insn r 0x57, 1, 0x54, %[s8], t5, t3\n"                              \
                             ".option pop\n"                                                       \
                             : [pa] "+r"(PA1), [pa2] "+r"(PA2), [pa3] "+r"(PA3),                   \
                               [pa4] "+r"(PA4), [pb] "+r"(PB1), [pb2] "+r"(PB2), [s1] "+r"(S1),    \
                               [s2] "+r"(S2), [s3] "+r"(S3), [s4] "+r"(S4), [s5] "+r"(S5),         \
                               [s6] "+r"(S6), [s7] "+r"(S7), [s8] "+r"(S8)                         \
                             : [n] "r"(n_)                                                         \
                             : "t0", "t1", "t2", "t3", "t4", "t5", "memory");                      \
        }                                                                                          \
    } while (0)

/* pulp_nn_linear's loop: 2 p.lw + 1 pv.sdotusp.b (4 MACs in 3 instructions); pA the input
 * (unsigned), pB the weight row (signed). */
#define PEER_XP_DOT1(CNT, PA, PB, SUM)                                                             \
    do {                                                                                           \
        uint32_t n_ = (uint32_t)(CNT);                                                             \
        if (n_) {                                                                                  \
            uint32_t a_, b_;                                                                       \
            __asm__ volatile(".option push\n.option norvc\n"                                       \
                             ".insn i 0x7B, 4, x0, %[n], 6\n" /* lp.setup 0, n, +12 */             \
                             ".insn i 0x0B, 2, %[a], %[pa], 4\n"                                   \
                             ".insn i 0x0B, 2, %[b], %[pb], 4\n"                                   \
                             ".insn r 0x57, 1, 0x54, %[s], %[a], %[b]\n"                           \
                             ".option pop\n"                                                       \
                             : [pa] "+r"(PA), [pb] "+r"(PB), [s] "+r"(SUM), [a] "=&r"(a_),         \
                               [b] "=&r"(b_)                                                       \
                             : [n] "r"(n_)                                                         \
                             : "memory");                                                          \
        }                                                                                          \
    } while (0)

#endif
