/*
 * The int8 SIMD and Xpulpv2 primitives the kernels use.
 *
 * With FEMBA_XPULP (the pulp-open build) they are RI5CY Xpulpv2 instructions: `pv.sdotsp.b`
 * (acc += four signed byte products of two words), `p.mac`, `p.muluRN` (16 x 16-bit unsigned
 * product, rounded and shifted), `p.min`, register-offset `p.lw`, and a 4 x 4 GEMM micro-kernel
 * with post-increment loads and a hardware loop. Stock binutils do not know the mnemonics, so they
 * are emitted with `.insn` (encodings from GVSoC's ISA description, isa_pulpv2.py).
 * Everywhere else (host, rv32) the portable C below computes the same values, so every target
 * runs the same kernel source and stays bit-exact: the sum of four int8 x int8 products is exact
 * in int32 either way, and the helpers are only used where their operands are in range (see the
 * callers).
 */
#ifndef FEMBA_SIMD_H
#define FEMBA_SIMD_H

#include <stdint.h>

#include "fixedpoint.h"

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

/* acc + a * b (p.mac), wrapping like the other 32-bit sums. */
static inline int32_t simd_mac(int32_t acc, int32_t a, int32_t b)
{
    __asm__(".insn r 0x33, 0, 0x21, %0, %1, %2" : "+r"(acc) : "r"(a), "r"(b));
    return acc;
}

/* (lo16(a) * lo16(b) + 2^14) >> 15, unsigned 16 x 16 bits (p.muluRN a, b, 15). */
static inline uint32_t simd_mulu16_rn15(uint32_t a, uint32_t b)
{
    uint32_t r;
    __asm__(".insn r 0x5B, 4, 15, %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

/* signed min (p.min) */
static inline int32_t simd_min(int32_t a, int32_t b)
{
    int32_t r;
    __asm__(".insn r 0x33, 4, 2, %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

/* the int8 at base + off (p.lb rd, off(base), register offset) */
static inline int32_t simd_lb_rr(const int8_t *base, int32_t off)
{
    int32_t r;
    __asm__(".insn r 0x03, 7, 0x00, %0, %1, %2" : "=r"(r) : "r"(base), "r"(off), "m"(*base));
    return r;
}

/* x clamped to [-2^(bits-1), 2^(bits-1) - 1] (p.clipi rd, rs, bits: the immediate sits in the
 * rs2 field, so bits must be a literal) */
#define simd_clip(x, bits) __extension__({                                                      \
    int32_t clip_r_;                                                                             \
    __asm__(".insn r 0x33, 1, 0x0A, %0, %1, x" #bits : "=r"(clip_r_) : "r"((int32_t)(x)));       \
    clip_r_; })

/* x clamped to [-(A+1), A] for A >= 0 (p.clip rd, rs, A: the bound in a register) */
static inline int32_t simd_clipr(int32_t x, int32_t A)
{
    int32_t r;
    __asm__(".insn r 0x33, 5, 0x0A, %0, %1, %2" : "=r"(r) : "r"(x), "r"(A));
    return r;
}

/* (t + 2^(sh-1)) >> sh, arithmetic, for 1 <= sh <= 31 and t + 2^(sh-1) inside int32 (p.addRN
 * t, x0, sh: the rounding add and the shift in one instruction) */
static inline int32_t simd_addrn(int32_t t, int32_t sh)
{
    __asm__(".insn r 0x5B, 6, 0x20, %0, x0, %1" : "+r"(t) : "r"(sh));
    return t;
}

/* the int32 at byte offset off of base (p.lw rd, off(base), register offset) */
static inline int32_t simd_lw_rr(const int32_t *base, int32_t off)
{
    int32_t r;
    __asm__(".insn r 0x03, 7, 0x10, %0, %1, %2" : "=r"(r) : "r"(base), "r"(off), "m"(*base));
    return r;
}

/* runs of 4 tokens x 4 channels, defined in gemm_xpulp.c (contract below) */
void femba_mk4x4n(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                  uint32_t nblk, const int32_t *init, uint32_t init_step, int32_t *acc);
/* the same with the requant fused and int8 y (gemm_xpulp.c; prm from requant_pre_params, only for
 * channels with k = 0: s in [32, 62]);
 * femba_mk4x4ql also maps each clamped output through the table at prm[15] (table + 128) */
void femba_mk4x4q(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                  uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
void femba_mk4x4ql(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                   uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
/* femba_mk4x4q / femba_mk4x4ql for lo = -128, hi = 127 (p.addRN, p.clipi 8; compressed code
 * that stays in the L0 instruction cache) */
void femba_mk4x4c(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                  uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
void femba_mk4x4cl(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                   uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
/* the four above for groups with any shift below 32 (requant_pre, fixedpoint.h): prm as theirs
 * plus A[4] at prm[16] and k[4] at prm[20] */
void femba_mk4x4q_pre(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                      uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
void femba_mk4x4ql_pre(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                       uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
void femba_mk4x4c_pre(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                      uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);
void femba_mk4x4cl_pre(const int8_t *x, uint32_t x_stride, const int8_t *w4, uint32_t n4,
                       uint32_t nblk, const int32_t *init, const int32_t *prm, int8_t *y);

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

static inline int32_t simd_mac(int32_t acc, int32_t a, int32_t b)
{
    return (int32_t)((uint32_t)acc + (uint32_t)a * (uint32_t)b);
}

static inline uint32_t simd_mulu16_rn15(uint32_t a, uint32_t b)
{
    return ((a & 0xFFFFu) * (b & 0xFFFFu) + 0x4000u) >> 15;
}

static inline int32_t simd_min(int32_t a, int32_t b)
{
    return a < b ? a : b;
}

static inline int32_t simd_lw_rr(const int32_t *base, int32_t off)
{
    return *(const int32_t *)(const void *)((const uint8_t *)base + off);
}

static inline int32_t simd_lb_rr(const int8_t *base, int32_t off)
{
    return base[off];
}

static inline int32_t simd_clipr(int32_t x, int32_t A)
{
    return x < -A - 1 ? -A - 1 : (x > A ? A : x);
}

static inline int32_t simd_addrn(int32_t t, int32_t sh)
{
    t = (int32_t)((uint32_t)t + (1u << (sh - 1)));
    return t >= 0 ? t >> sh : ~((~t) >> sh);
}

static inline int32_t simd_clip(int32_t x, int bits)
{
    int32_t hi = (int32_t)(1u << (bits - 1)) - 1;
    return x < -hi - 1 ? -hi - 1 : (x > hi ? hi : x);
}

/* Portable twin of the Xpulpv2 micro-kernel (see below). */
static inline void femba_mk4x4n(const int8_t *x, uint32_t x_stride, const int8_t *w4,
                                uint32_t n4, uint32_t nblk, const int32_t *init,
                                uint32_t init_step, int32_t *acc)
{
    for (uint32_t b = 0; b < nblk; b++, x += 4 * x_stride, acc += 16) {
        const int32_t *in = (const int32_t *)(const void *)((const uint8_t *)init + b * init_step);
        for (uint32_t q = 0; q < 4; q++)
            for (uint32_t t = 0; t < 4; t++) {
                int32_t a = in[q * 4 + t];
                for (uint32_t j = 0; j < n4; j++)
                    a = simd_sdot4(a, simd_load4(x + t * x_stride + 4 * j),
                                   simd_load4(w4 + 16 * j + 4 * q));
                acc[q * 4 + t] = a;
            }
    }
}

#endif

/* requant_pre (fixedpoint.h) to int8 with its parameters worked out inline from M, s, in the
 * forms above (p.clip, p.addRN, p.clipi), for kernels that read M, s per element (patch_embed,
 * per-channel LayerNorm): no out-of-line call for any shift. s in [32, 62]: mulhsu by M << (s ==
 * 32), p.addRN by s - 32 + (s == 32), p.clipi (fewer instructions than requant32's s >= 33 form
 * with its rounding constant and two-sided clamp); s < 32 adds the clamp and the pre-shift.
 * Needs requant_pre_ok(M, s, -128, 127). */
static inline int32_t requant8_k0(int32_t acc, int32_t M, int32_t s) /* s in [32, 62] */
{
    int32_t z = s == 32;
    return simd_clip(simd_addrn(mulhsu32(acc, (uint32_t)M << z), s - 32 + z), 8);
}

static inline int32_t requant8_pre(int32_t acc, int32_t M, int32_t s) /* s in [1, 31] */
{
    int32_t k = 32 - (s < 2 ? 2 : s);
    int32_t c = (int32_t)((uint32_t)simd_clipr(acc, (int32_t)(0x7FFFFFFFu >> k)) << k);
    return simd_clip(simd_addrn(mulhsu32(c, (uint32_t)M << 1), 1), 8);
}

static inline int32_t requant8_any(int32_t acc, int32_t M, int32_t s)
{
    return s >= 32 ? requant8_k0(acc, M, s) : requant8_pre(acc, M, s);
}

/*
 * femba_mk4x4n(x, x_stride, w4, n4, nblk, init, init_step, acc): nblk blocks of 4 tokens x 4
 * channels; block b covers token rows x_t = x + (4b + t) * x_stride and one group of four weight
 * rows stored word-interleaved (w4: word j of row q at byte 16 * j + 4 * q, the layout
 * k_unpack_rows writes), so one post-increment pointer walks all four rows. acc[16b + 4q + t] =
 * in[4q + t] + x_t . w_q over 4 * n4 int8 values, in = init advanced by b * init_step bytes (0:
 * the same start values, e.g. the bias, for every block; 64 with init == acc: accumulate in
 * place). On Xpulpv2 the inner loop is a hardware loop of 8 p.lw + 16 pv.sdotsp.b, 64 MACs in 24
 * instructions; n4 and nblk must be >= 1.
 */
#endif
