/* int8 x {2,4,8}-bit GEMM: weights are unpacked to int8 once per L1 tile (there is no 2-bit dot
 * product on the target, DESIGN.md section 4), then every token of the tile reuses them.
 *
 * Unpacked tile layout (row stride k4 = K rounded up to 4, bytes K..k4 zero): rows come in groups
 * of four stored word-interleaved (word j of row 4g + q at g * 4 * k4 + 16 * j + 4 * q), so the
 * 4 x 4 micro-kernel walks a group with one pointer; the rows after the last whole group (tile
 * rows % 4) are plain rows at r * k4. Zero padding makes every dot product a whole number of
 * words: whatever the x rows hold in their padding bytes is multiplied by 0. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

/* Four 2-bit codes (one packed byte) -> four int8 weights in a word: spread the codes into four
 * bytes, then sign-extend each byte: ((c ^ 2) + 0x7E) ^ 0x80 == (c ^ 2) - 2 per byte, without
 * carries between bytes. */
static inline uint32_t spread2(uint32_t t)
{
    t &= 0xFFu;
    t |= t << 6;
    t |= t << 12;
    t = (t & 0x03030303u) ^ 0x02020202u;
    return (t + 0x7E7E7E7Eu) ^ 0x80808080u;
}

/* One 2-bit row, packed bytes read as aligned words (the packed tile is in L2, where every
 * access is slow: a quarter of the accesses of a byte loop). Byte j of the row is weights
 * 4j .. 4j+3 and becomes word j of dst (word stride `step`); weights past k are zeroed. */
static void unpack_row2(const uint8_t *src, uint32_t *dst, uint32_t step, uint32_t k)
{
    uint32_t nb = (k + 3) / 4, off = (uint32_t)(uintptr_t)src & 3u;
    const uint32_t *sp = (const uint32_t *)(const void *)(src - off);
    uint32_t cur = sp[0], j = 0, w = 0, sh = 8 * off;
    /* whole source words whose successor is also part of the row: straight-line */
    if (off) {
        for (; j + 4 - off < nb && j + 4 <= nb; j += 4, w++) {
            uint32_t nxt = sp[w + 1];
            uint32_t v = (cur >> sh) | (nxt << (32 - sh));
            cur = nxt;
            uint32_t *d = dst + j * step;
            d[0] = spread2(v);
            d[step] = spread2(v >> 8);
            d[2 * step] = spread2(v >> 16);
            d[3 * step] = spread2(v >> 24);
        }
    } else {
        for (; j + 4 <= nb; j += 4, w++) {
            uint32_t v = sp[w];
            uint32_t *d = dst + j * step;
            d[0] = spread2(v);
            d[step] = spread2(v >> 8);
            d[2 * step] = spread2(v >> 16);
            d[3 * step] = spread2(v >> 24);
        }
        cur = j < nb ? sp[w] : 0;
    }
    for (; j < nb; j += 4, w++) { /* the rest, byte by byte within the word */
        uint32_t v = cur >> sh;
        if (off && j + 4 - off < nb) { /* the next aligned word holds bytes of this row */
            cur = sp[w + 1];
            v |= cur << (32 - sh);
        }
        for (uint32_t i = 0; i < 4 && j + i < nb; i++)
            dst[(j + i) * step] = spread2(v >> (8 * i));
    }
    if (k % 4) /* weights past k in the last word */
        dst[(nb - 1) * step] &= (1u << (8 * (k % 4))) - 1u;
}

/* Word j (weights 4j .. 4j+3, zero past k) of a packed row. */
static inline uint32_t packed_word(const uint8_t *src, uint32_t j, uint32_t k, int bits)
{
    uint32_t v;
    if (bits == 2) {
        v = spread2(src[j]);
    } else if (bits == 4) {
        uint32_t b0 = src[2 * j], b1 = 4 * j + 2 < k ? src[2 * j + 1] : 0;
        uint32_t t = b0 | b0 << 4 | b1 << 16 | b1 << 20;
        t = (t & 0x0F0F0F0Fu) ^ 0x08080808u;
        v = (t + 0x78787878u) ^ 0x80808080u;
    } else {
        v = 0;
        for (uint32_t i = 0; i < 4 && 4 * j + i < k; i++)
            v |= (uint32_t)src[4 * j + i] << (8 * i);
    }
    uint32_t left = k - 4 * j;
    if (left < 4)
        v &= (1u << (8 * left)) - 1u;
    return v;
}

void k_unpack_rows(const uint8_t *packed, int8_t *w, uint32_t r0, uint32_t r1, uint32_t rows,
                   uint32_t k, uint32_t k4, uint32_t row_bytes, int bits)
{
    uint32_t groups = rows / 4, n4 = k4 / 4;
    for (uint32_t r = r0; r < r1; r++) {
        const uint8_t *src = packed + r * row_bytes;
        uint32_t *dst;
        uint32_t step;
        if (r / 4 < groups) {
            dst = (uint32_t *)(void *)(w + (r & ~3u) * k4 + (r & 3u) * 4);
            step = 4;
        } else {
            dst = (uint32_t *)(void *)(w + r * k4);
            step = 1;
        }
        if (bits == 2) {
            unpack_row2(src, dst, step, k);
            continue;
        }
        for (uint32_t j = 0; j < n4; j++)
            dst[j * step] = packed_word(src, j, k, bits);
    }
}

#if defined(FEMBA_XPULP)
/* a0 x, a1 x_stride, a2 w4, a3 n4 (>= 1), a4 acc. Accumulators s0..s11, a5, a6, a7, t3; x rows
 * through a0, t0, t1, t2; x words t4, t5, t6, a1; weight words a3, a4 (a3 is free once lp.setup
 * has read the trip count, a4 is saved on the stack). Compressed encodings are off so the loop
 * end is exactly 24 x 4 bytes after lp.setup. */
__asm__(".section .text.femba_mk4x4,\"ax\",@progbits\n"
        ".globl femba_mk4x4\n"
        ".type femba_mk4x4, @function\n"
        ".p2align 2\n"
        "femba_mk4x4:\n"
        ".option push\n"
        ".option norvc\n"
        "addi sp, sp, -64\n"
        "sw s0, 0(sp)\n  sw s1, 4(sp)\n  sw s2, 8(sp)\n  sw s3, 12(sp)\n"
        "sw s4, 16(sp)\n sw s5, 20(sp)\n sw s6, 24(sp)\n sw s7, 28(sp)\n"
        "sw s8, 32(sp)\n sw s9, 36(sp)\n sw s10, 40(sp)\n sw s11, 44(sp)\n"
        "sw a4, 48(sp)\n"
        "add t0, a0, a1\n add t1, t0, a1\n add t2, t1, a1\n"
        "li s0, 0\n li s1, 0\n li s2, 0\n li s3, 0\n li s4, 0\n li s5, 0\n li s6, 0\n li s7, 0\n"
        "li s8, 0\n li s9, 0\n li s10, 0\n li s11, 0\n li a5, 0\n li a6, 0\n li a7, 0\n li t3, 0\n"
        ".insn i 0x7B, 4, x0, a3, 48\n"          /* lp.setup 0, a3, +96 */
        ".insn i 0x0B, 2, t4, a0, 4\n"           /* p.lw t4, 4(a0!) */
        ".insn i 0x0B, 2, t5, t0, 4\n"
        ".insn i 0x0B, 2, t6, t1, 4\n"
        ".insn i 0x0B, 2, a1, t2, 4\n"
        ".insn i 0x0B, 2, a3, a2, 4\n"           /* w row 0 */
        ".insn i 0x0B, 2, a4, a2, 4\n"           /* w row 1 */
        ".insn r 0x57, 1, 0x5C, s0, t4, a3\n"    /* pv.sdotsp.b */
        ".insn r 0x57, 1, 0x5C, s1, t5, a3\n"
        ".insn r 0x57, 1, 0x5C, s2, t6, a3\n"
        ".insn r 0x57, 1, 0x5C, s3, a1, a3\n"
        ".insn i 0x0B, 2, a3, a2, 4\n"           /* w row 2 */
        ".insn r 0x57, 1, 0x5C, s4, t4, a4\n"
        ".insn r 0x57, 1, 0x5C, s5, t5, a4\n"
        ".insn r 0x57, 1, 0x5C, s6, t6, a4\n"
        ".insn r 0x57, 1, 0x5C, s7, a1, a4\n"
        ".insn i 0x0B, 2, a4, a2, 4\n"           /* w row 3 */
        ".insn r 0x57, 1, 0x5C, s8, t4, a3\n"
        ".insn r 0x57, 1, 0x5C, s9, t5, a3\n"
        ".insn r 0x57, 1, 0x5C, s10, t6, a3\n"
        ".insn r 0x57, 1, 0x5C, s11, a1, a3\n"
        ".insn r 0x57, 1, 0x5C, a5, t4, a4\n"
        ".insn r 0x57, 1, 0x5C, a6, t5, a4\n"
        ".insn r 0x57, 1, 0x5C, a7, t6, a4\n"
        ".insn r 0x57, 1, 0x5C, t3, a1, a4\n"
        "lw a4, 48(sp)\n"
        "sw s0, 0(a4)\n  sw s1, 4(a4)\n  sw s2, 8(a4)\n  sw s3, 12(a4)\n"
        "sw s4, 16(a4)\n sw s5, 20(a4)\n sw s6, 24(a4)\n sw s7, 28(a4)\n"
        "sw s8, 32(a4)\n sw s9, 36(a4)\n sw s10, 40(a4)\n sw s11, 44(a4)\n"
        "sw a5, 48(a4)\n sw a6, 52(a4)\n sw a7, 56(a4)\n sw t3, 60(a4)\n"
        "lw s0, 0(sp)\n  lw s1, 4(sp)\n  lw s2, 8(sp)\n  lw s3, 12(sp)\n"
        "lw s4, 16(sp)\n lw s5, 20(sp)\n lw s6, 24(sp)\n lw s7, 28(sp)\n"
        "lw s8, 32(sp)\n lw s9, 36(sp)\n lw s10, 40(sp)\n lw s11, 44(sp)\n"
        "addi sp, sp, 64\n"
        "ret\n"
        ".option pop\n"
        ".size femba_mk4x4, .-femba_mk4x4\n"
        ".text\n");
#endif

static void store(void *y, int y_elem, uint32_t i, int32_t v)
{
    if (y_elem == 1)
        ((int8_t *)y)[i] = (int8_t)v;
    else if (y_elem == 2)
        ((int16_t *)y)[i] = (int16_t)v;
    else
        ((int32_t *)y)[i] = v;
}

void k_gemm(const int8_t *x, uint32_t x_stride, const int8_t *w, uint32_t k4, uint32_t tokens,
            uint32_t rows, const int32_t *bias, const int32_t *M, const int32_t *s, int32_t lo,
            int32_t hi, void *y, int y_elem, uint32_t b0, uint32_t b1)
{
    uint32_t cgroups = (rows + 3) / 4, groups = rows / 4, n4 = k4 / 4;
    for (uint32_t b = b0; b < b1; b++) {
        uint32_t t0 = (b / cgroups) * 4, c0 = (b % cgroups) * 4;
        uint32_t nt = tokens - t0 < 4 ? tokens - t0 : 4;
        uint32_t nc = rows - c0 < 4 ? rows - c0 : 4;
        const int8_t *xt = x + t0 * x_stride;
        int32_t acc[16];
        if (c0 / 4 < groups) {
            const int8_t *wg = w + c0 * k4;
            if (nt == 4 && n4) {
                femba_mk4x4(xt, x_stride, wg, n4, acc);
            } else {
                for (uint32_t t = 0; t < nt; t++) {
                    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
                    const int8_t *xr = xt + t * x_stride;
                    for (uint32_t j = 0; j < n4; j++) {
                        uint32_t xv = simd_load4(xr + 4 * j);
                        const int8_t *wj = wg + 16 * j;
                        a0 = simd_sdot4(a0, xv, simd_load4(wj));
                        a1 = simd_sdot4(a1, xv, simd_load4(wj + 4));
                        a2 = simd_sdot4(a2, xv, simd_load4(wj + 8));
                        a3 = simd_sdot4(a3, xv, simd_load4(wj + 12));
                    }
                    acc[t] = a0;
                    acc[4 + t] = a1;
                    acc[8 + t] = a2;
                    acc[12 + t] = a3;
                }
            }
        } else {
            for (uint32_t q = 0; q < nc; q++) {
                const int8_t *wr = w + (c0 + q) * k4;
                for (uint32_t t = 0; t < nt; t++) {
                    const int8_t *xr = xt + t * x_stride;
                    int32_t a = 0;
                    for (uint32_t j = 0; j < n4; j++)
                        a = simd_sdot4(a, simd_load4(xr + 4 * j), simd_load4(wr + 4 * j));
                    acc[q * 4 + t] = a;
                }
            }
        }
        for (uint32_t q = 0; q < nc; q++) {
            uint32_t c = c0 + q;
            int32_t bc = bias ? bias[c] : 0, Mc = M[c], sc = s[c];
            if (sc >= 33 && y_elem == 1) { /* requant32's fast path, channel constants hoisted */
                int32_t rnd = (int32_t)(1u << (sc - 33)), sh = sc - 32;
                int8_t *yc = (int8_t *)y + t0 * rows + c;
                for (uint32_t t = 0; t < nt; t++) {
                    int32_t v = (int32_t)(((int64_t)(acc[q * 4 + t] + bc) * Mc) >> 32) + rnd;
                    v = v >= 0 ? v >> sh : ~((~v) >> sh);
                    yc[t * rows] = (int8_t)(v < lo ? lo : (v > hi ? hi : v));
                }
            } else {
                for (uint32_t t = 0; t < nt; t++)
                    store(y, y_elem, (t0 + t) * rows + c,
                          requant32(acc[q * 4 + t] + bc, Mc, sc, lo, hi));
            }
        }
    }
}
