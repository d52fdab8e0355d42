/*
 * 4-way int8 dot product step, the one SIMD primitive the kernels use.
 *
 * With FEMBA_XPULP (the pulp-open build) it is RI5CY's Xpulpv2 `pv.sdotsp.b` (acc += four signed
 * byte products of two words) on word loads; stock binutils do not know the mnemonic, so it is
 * emitted with `.insn` (encoding from GVSoC's ISA description: opcode 0x57, funct3 1,
 * funct7 0x5C). RI5CY loads misaligned words in hardware, so rows of any length K work.
 * Everywhere else (host, rv32) the portable C below computes the same sum, so every target runs
 * the same kernel source and stays bit-exact: the sum of four int8 x int8 products is exact in
 * int32 either way.
 */
#ifndef FEMBA_SIMD_H
#define FEMBA_SIMD_H

#include <stdint.h>

#if defined(FEMBA_XPULP)

static inline uint32_t simd_load4(const int8_t *p)
{
    uint32_t v;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(v) : "r"(p) : "memory");
    return v;
}

static inline int32_t simd_sdot4(int32_t acc, uint32_t a, uint32_t b)
{
    __asm__(".insn r 0x57, 1, 0x5C, %0, %1, %2" : "+r"(acc) : "r"(a), "r"(b));
    return acc;
}

/* acc[j] += x[0 .. 4*n4) . w_j[0 .. 4*n4) for four weight rows, n4 >= 1: a hardware loop
 * (lp.setup, loop 0) over five post-increment word loads (p.lw) and four pv.sdotsp.b, 16 MACs in
 * 9 instructions, every load used four instructions later (no load-use stall). Compressed
 * encodings are off inside so the loop end is exactly 9 x 4 bytes after lp.setup. */
static inline void simd_dot_1x4(const int8_t *x, const int8_t *w0, const int8_t *w1,
                                const int8_t *w2, const int8_t *w3, uint32_t n4, int32_t acc[4])
{
    int32_t a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3];
    uint32_t xv, v0, v1, v2, v3;
    __asm__ volatile(".option push\n\t.option norvc\n\t"
                     ".insn i 0x7B, 4, x0, %[n], 18\n\t"        /* lp.setup 0, n, +36 */
                     ".insn i 0x0B, 2, %[xv], %[x], 4\n\t"      /* p.lw xv, 4(x!) */
                     ".insn i 0x0B, 2, %[v0], %[w0], 4\n\t"
                     ".insn i 0x0B, 2, %[v1], %[w1], 4\n\t"
                     ".insn i 0x0B, 2, %[v2], %[w2], 4\n\t"
                     ".insn i 0x0B, 2, %[v3], %[w3], 4\n\t"
                     ".insn r 0x57, 1, 0x5C, %[a0], %[xv], %[v0]\n\t" /* pv.sdotsp.b */
                     ".insn r 0x57, 1, 0x5C, %[a1], %[xv], %[v1]\n\t"
                     ".insn r 0x57, 1, 0x5C, %[a2], %[xv], %[v2]\n\t"
                     ".insn r 0x57, 1, 0x5C, %[a3], %[xv], %[v3]\n\t"
                     ".option pop"
                     : [x] "+r"(x), [w0] "+r"(w0), [w1] "+r"(w1), [w2] "+r"(w2), [w3] "+r"(w3),
                       [a0] "+r"(a0), [a1] "+r"(a1), [a2] "+r"(a2), [a3] "+r"(a3),
                       [xv] "=&r"(xv), [v0] "=&r"(v0), [v1] "=&r"(v1), [v2] "=&r"(v2),
                       [v3] "=&r"(v3)
                     : [n] "r"(n4)
                     : "memory");
    acc[0] = a0;
    acc[1] = a1;
    acc[2] = a2;
    acc[3] = a3;
}

#else

static inline uint32_t simd_load4(const int8_t *p)
{
    return (uint32_t)(uint8_t)p[0] | (uint32_t)(uint8_t)p[1] << 8 |
           (uint32_t)(uint8_t)p[2] << 16 | (uint32_t)(uint8_t)p[3] << 24;
}

static inline int32_t simd_lane(uint32_t w, int i)
{
    return (int32_t)(int8_t)(uint8_t)(w >> (8 * i));
}

static inline int32_t simd_sdot4(int32_t acc, uint32_t a, uint32_t b)
{
    for (int i = 0; i < 4; i++)
        acc += simd_lane(a, i) * simd_lane(b, i);
    return acc;
}

static inline void simd_dot_1x4(const int8_t *x, const int8_t *w0, const int8_t *w1,
                                const int8_t *w2, const int8_t *w3, uint32_t n4, int32_t acc[4])
{
    for (uint32_t i = 0; i < 4 * n4; i++) {
        acc[0] += x[i] * w0[i];
        acc[1] += x[i] * w1[i];
        acc[2] += x[i] * w2[i];
        acc[3] += x[i] * w3[i];
    }
}

#endif

#endif
