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

void k_unpack_lut2(uint32_t *lut, uint32_t i0, uint32_t i1)
{
    for (uint32_t i = i0; i < i1; i++)
        lut[i] = spread2(i);
}

/* lut entry of the packed byte at bits [8i, 8i + 8) of v, by byte offset (p.lw rd, rs2(rs1)) */
#define LUT_OFF(v, i) ((i) == 0 ? ((v) << 2) & 0x3FCu : ((v) >> (8 * (i) - 2)) & 0x3FCu)

static inline uint32_t lut_at(const uint32_t *lut, uint32_t off)
{
    return (uint32_t)simd_lw_rr((const int32_t *)(const void *)lut, (int32_t)off);
}

/* the four packed bytes of v -> words 0, step, 2 step, 3 step of d */
static inline void put4(uint32_t *d, uint32_t step, uint32_t v, const uint32_t *lut)
{
    uint32_t w0 = lut_at(lut, LUT_OFF(v, 0)), w1 = lut_at(lut, LUT_OFF(v, 1));
    uint32_t w2 = lut_at(lut, LUT_OFF(v, 2)), w3 = lut_at(lut, LUT_OFF(v, 3));
    d[0] = w0;
    d[step] = w1;
    d[2 * step] = w2;
    d[3 * step] = w3;
}

#if defined(FEMBA_XPULP)
/* The hardware-loop body's tail: packed word v -> four lut words stored at d, d + B, d + 2B,
 * d + 3B (B = 4 * step), d += 4B (o0 = 4B, o1..o3 = B - 4B, 2B - 4B, 3B - 4B); 16 instructions. */
#define UNPACK2_SPREAD(o0, o1, o2, o3)                                                          \
    "slli %[t0], %[v], 2\n"                                                                    \
    "srli %[t1], %[v], 6\n"                                                                    \
    "srli %[t2], %[v], 14\n"                                                                   \
    "srli %[v], %[v], 22\n"                                                                    \
    "andi %[t0], %[t0], 0x3FC\n"                                                               \
    "andi %[t1], %[t1], 0x3FC\n"                                                               \
    "andi %[t2], %[t2], 0x3FC\n"                                                               \
    "andi %[v], %[v], 0x3FC\n"                                                                 \
    ".insn r 0x03, 7, 0x10, %[t0], %[lut], %[t0]\n" /* p.lw t0, t0(lut) */                     \
    ".insn r 0x03, 7, 0x10, %[t1], %[lut], %[t1]\n"                                            \
    ".insn r 0x03, 7, 0x10, %[t2], %[lut], %[t2]\n"                                            \
    ".insn r 0x03, 7, 0x10, %[v], %[lut], %[v]\n"                                              \
    ".insn s 0x2B, 2, %[t0], " o0 "(%[d])\n" /* p.sw t0, o0(d!) */                             \
    "sw %[t1], " o1 "(%[d])\n"                                                                 \
    "sw %[t2], " o2 "(%[d])\n"                                                                 \
    "sw %[v], " o3 "(%[d])\n"
/* The two hardware loops over a row's whole packed words: aligned rows (17 instructions a
 * word), rows starting mid-word (each word merged from two loads, 21); OFFS = the four store
 * offsets of UNPACK2_SPREAD for the destination's word stride (grouped rows: 16 B, plain: 4 B). */
#define UNPACK2_ALIGNED(OFFS)                                                                      \
    __asm__ volatile(".option push\n.option norvc\n"                                              \
                     ".insn i 0x7B, 4, x0, %[n], 34\n" /* lp.setup 0, n, +68 */                  \
                     ".insn i 0x0B, 2, %[v], %[s], 4\n" /* p.lw v, 4(s!) */                       \
                     UNPACK2_SPREAD OFFS ".option pop\n"                                          \
                     : [s] "+r"(sp), [d] "+r"(d), [v] "=&r"(v), [t0] "=&r"(t0),                  \
                       [t1] "=&r"(t1), [t2] "=&r"(t2)                                             \
                     : [n] "r"(nw), [lut] "r"(lut)                                                \
                     : "memory")
#define UNPACK2_SHIFTED(OFFS)                                                                      \
    __asm__ volatile(".option push\n.option norvc\n"                                              \
                     ".insn i 0x7B, 4, x0, %[n], 42\n" /* lp.setup 0, n, +84 */                  \
                     ".insn i 0x0B, 2, %[nx], %[s], 4\n" /* p.lw nx, 4(s!) */                     \
                     "srl %[v], %[cur], %[sh]\n"                                                  \
                     "sll %[t0], %[nx], %[shl]\n"                                                 \
                     "mv %[cur], %[nx]\n"                                                         \
                     "or %[v], %[v], %[t0]\n"                                                     \
                     UNPACK2_SPREAD OFFS ".option pop\n"                                          \
                     : [s] "+r"(sp), [d] "+r"(d), [cur] "+r"(cur), [nx] "=&r"(nx),                \
                       [v] "=&r"(v), [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2)              \
                     : [n] "r"(nw), [lut] "r"(lut), [sh] "r"(sh), [shl] "r"(shl)                \
                     : "memory")
#endif

/* One 2-bit row of nb packed bytes, read as aligned words (the packed tile is in L2, where every
 * access is slow: a quarter of the accesses of a byte loop), each byte -> four int8 weights
 * through lut (spread2 of every byte value). Byte j of the row is weights 4j .. 4j+3 and becomes
 * word j of dst (word stride `step`); the last word is and-ed with kmask (weights past k). Only
 * the aligned words holding bytes of the row are read. */
static inline __attribute__((always_inline)) void
unpack_row2(const uint8_t *src, uint32_t *dst, uint32_t step, uint32_t nb, uint32_t kmask,
            const uint32_t *lut)
{
    uint32_t off = (uint32_t)(uintptr_t)src & 3u, sh = 8 * off, rem = nb % 4;
    const uint32_t *sp = (const uint32_t *)(const void *)(src - off);
    uint32_t *d = dst;
#if defined(FEMBA_XPULP)
    uint32_t nw = nb / 4;
    if (nw && off == 0) {
        uint32_t v, t0, t1, t2;
        if (step == 4)
            UNPACK2_ALIGNED(("64", "-48", "-32", "-16"));
        else
            UNPACK2_ALIGNED(("16", "-12", "-8", "-4"));
    } else if (nw) {
        uint32_t cur = *sp++, nx, v, t0, t1, t2, shl = 32 - sh;
        if (step == 4)
            UNPACK2_SHIFTED(("64", "-48", "-32", "-16"));
        else
            UNPACK2_SHIFTED(("16", "-12", "-8", "-4"));
        sp--; /* back to the last word read, as the C loop leaves it */
    }
#else
    uint32_t *de = dst + (nb & ~3u) * step;
    if (off == 0) {
        for (; d != de; d += 4 * step)
            put4(d, step, *sp++, lut);
    } else {
        uint32_t cur = *sp;
        for (; d != de; d += 4 * step) {
            uint32_t nxt = *++sp;
            put4(d, step, (cur >> sh) | (nxt << (32 - sh)), lut);
            cur = nxt;
        }
    }
#endif
    if (rem) { /* the last 1..3 bytes: in word sp[0], and sp[1] when they cross into it */
        uint32_t v = sp[0] >> sh;
        if (off + rem > 4)
            v |= sp[1] << (32 - sh);
        d[0] = lut_at(lut, LUT_OFF(v, 0));
        if (rem > 1)
            d[step] = lut_at(lut, LUT_OFF(v, 1));
        if (rem > 2)
            d[2 * step] = lut_at(lut, LUT_OFF(v, 2));
    }
    dst[(nb - 1) * step] &= kmask;
}

/* Rows r0 .. r1 - 1 of a 2-bit tile (layout: see the top of the file). */
static __attribute__((noinline)) void
unpack2_rows(const uint8_t *packed, int8_t *w, uint32_t r0, uint32_t r1, uint32_t rows,
             uint32_t k, uint32_t k4, uint32_t row_bytes, const uint32_t *lut)
{
    uint32_t nb = (k + 3) / 4, gr = rows & ~3u;
    uint32_t kmask = k % 4 ? (1u << (8 * (k % 4))) - 1u : ~0u;
    const uint8_t *src = packed + r0 * row_bytes;
    uint32_t r = r0;
    /* step a constant in each copy: stores with immediate offsets */
    for (; r < r1 && r < gr; r++, src += row_bytes)
        unpack_row2(src, (uint32_t *)(void *)(w + (r & ~3u) * k4 + (r & 3u) * 4), 4, nb, kmask,
                    lut);
    for (; r < r1; r++, src += row_bytes)
        unpack_row2(src, (uint32_t *)(void *)(w + r * k4), 1, nb, kmask, lut);
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
                   uint32_t k, uint32_t k4, uint32_t row_bytes, int bits, const uint32_t *lut2)
{
    uint32_t groups = rows / 4, n4 = k4 / 4;
    if (bits == 2) {
        unpack2_rows(packed, w, r0, r1, rows, k, k4, row_bytes, lut2);
        return;
    }
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
        for (uint32_t j = 0; j < n4; j++)
            dst[j * step] = packed_word(src, j, k, bits);
    }
}

/* token blocks per micro-kernel call: their accumulators live on the (1 KiB) worker stack */
#define RUN 4

static inline int32_t clamp32(int32_t v, int32_t lo, int32_t hi)
{
#if defined(FEMBA_XPULP)
    __asm__(".insn r 0x33, 6, 2, %0, %0, %1" : "+r"(v) : "r"(lo)); /* p.max */
    return simd_min(v, hi);
#else
    return v < lo ? lo : (v > hi ? hi : v);
#endif
}

static void store(void *y, int y_elem, uint32_t i, int32_t v)
{
    if (y_elem == 1)
        ((int8_t *)y)[i] = (int8_t)v;
    else if (y_elem == 2)
        ((int16_t *)y)[i] = (int16_t)v;
    else
        ((int32_t *)y)[i] = v;
}

/* One block of nt <= 4 tokens x nc <= 4 channels in C (the token or channel tail of a tile):
 * acc[4q + t] = init[4q + t] + x_t . w_(c0+q), the layout the micro-kernel writes. */
static void block_c(const int8_t *xt, uint32_t x_stride, const int8_t *w, uint32_t k4,
                    uint32_t c0, uint32_t nc, uint32_t nt, int grouped, const int32_t *init,
                    int32_t *acc)
{
    uint32_t n4 = k4 / 4;
    for (uint32_t q = 0; q < nc; q++) {
        /* grouped: word j of row c0 + q at 16j + 4q of the group; else a plain row */
        const int8_t *wr = grouped ? w + c0 * k4 + 4 * q : w + (c0 + q) * k4;
        uint32_t step = grouped ? 16 : 4;
        for (uint32_t t = 0; t < nt; t++) {
            const int8_t *xr = xt + t * x_stride;
            int32_t a = init[4 * q + t];
            for (uint32_t j = 0; j < n4; j++)
                a = simd_sdot4(a, simd_load4(xr + 4 * j), simd_load4(wr + step * j));
            acc[4 * q + t] = a;
        }
    }
}

/* The int8 output, through the fused table when there is one (tb = table + 128). */
static inline int32_t out8(int32_t v, const int8_t *tb)
{
    return tb ? simd_lb_rr(tb, v) : v;
}

/* requant_run's int8 column for s < 32: the micro-kernels' form (clamp, << k, mulhsu by 2M;
 * fixedpoint.h), hoisted; on host / rv32 every such block takes it, so their tests check the
 * asm's arithmetic. Out of line, like pre_prm: the cluster's 2 KiB shared instruction cache
 * makes code that the usual shifts never run cost cycles when it sits in their path. */
static __attribute__((noinline)) void
requant_pre_col(const int32_t *a, uint32_t nt, int32_t M, int32_t s, int32_t lo, int32_t hi,
                int8_t *yc, uint32_t rows, const int8_t *tb)
{
    requant_pre_t p = requant_pre_params(M, s);
    for (uint32_t i = 0; i < nt; i++)
        yc[i * rows] = (int8_t)out8(requant_pre(a[16 * (i / 4) + i % 4], &p, lo, hi), tb);
}

#if defined(FEMBA_XPULP)
typedef void (*micro_kernel_q)(const int8_t *, uint32_t, const int8_t *, uint32_t, uint32_t,
                               const int32_t *, const int32_t *, int8_t *);
/* [_pre: 4] + [lo, hi other than -128, 127: 2] + [fused table: 1] */
static micro_kernel_q const MKQ[8] = {femba_mk4x4c,     femba_mk4x4cl,     femba_mk4x4q,
                                      femba_mk4x4ql,    femba_mk4x4c_pre,  femba_mk4x4cl_pre,
                                      femba_mk4x4q_pre, femba_mk4x4ql_pre};

/* The _pre micro-kernels' prm (requant_pre_params of four channels, A at prm[16], k at
 * prm[20]); returns how many of the four channels it can take (4 for every exporter (M, s)). */
static __attribute__((noinline)) uint32_t
pre_prm(const int32_t *M, const int32_t *s, int32_t lo, int32_t hi, int32_t *prm)
{
    uint32_t q = 0;
    for (; q < 4 && requant_pre_ok(M[q], s[q], lo, hi); q++) {
        requant_pre_t p = requant_pre_params(M[q], s[q]);
        prm[q] = (int32_t)p.Mu;
        prm[4 + q] = p.rnd;
        prm[8 + q] = p.sh;
        prm[16 + q] = p.A;
        prm[20 + q] = p.k;
    }
    return q;
}
#endif

/* y for tokens t0 .. t0 + nt - 1, channels c0 .. c0 + nc - 1 from a run of blocks (token i at
 * acc[16 * (i / 4) + 4q + i % 4], bias included); tb: fused output table + 128 or NULL. */
static void requant_run(const int32_t *acc, uint32_t t0, uint32_t nt, uint32_t c0, uint32_t nc,
                        uint32_t rows, const int32_t *M, const int32_t *s, int32_t lo,
                        int32_t hi, void *y, int y_elem, const int8_t *tb)
{
    for (uint32_t q = 0; q < nc; q++) {
        uint32_t c = c0 + q;
        int32_t Mc = M[c], sc = s[c], e = sc + (sc == 32);
        const int32_t *a = acc + 4 * q;
        if (e >= 33 && y_elem == 1 && Mc >= 0) {
            /* requant_pre with k = 0 (s >= 32, no clamp: mulhsu), channel constants hoisted */
            int64_t Mu = (int64_t)((uint32_t)Mc << (e - sc));
            int32_t rnd = (int32_t)(1u << (e - 33)), sh = e - 32;
            int8_t *yc = (int8_t *)y + t0 * rows + c;
            for (uint32_t i = 0; i < nt; i += 4, a += 16, yc += 4 * rows) {
                uint32_t n = nt - i < 4 ? nt - i : 4;
                for (uint32_t t = 0; t < n; t++) {
                    int32_t v = (int32_t)(((int64_t)a[t] * Mu) >> 32) + rnd;
                    v = v >= 0 ? v >> sh : ~((~v) >> sh);
                    yc[t * rows] = (int8_t)out8(clamp32(v, lo, hi), tb);
                }
            }
        } else if (y_elem == 1 && requant_pre_ok(Mc, sc, lo, hi)) {
            requant_pre_col(a, nt, Mc, sc, lo, hi, (int8_t *)y + t0 * rows + c, rows, tb);
        } else {
            for (uint32_t i = 0; i < nt; i++)
                store(y, y_elem, (t0 + i) * rows + c,
                      out8(requant32(a[16 * (i / 4) + i % 4], Mc, sc, lo, hi), tb));
        }
    }
}

void k_gemm(const int8_t *x, uint32_t x_stride, const int8_t *w, uint32_t k4, uint32_t tokens,
            uint32_t rows, const int32_t *bias, const int32_t *M, const int32_t *s, int32_t lo,
            int32_t hi, void *y, int y_elem, const int8_t *lut, uint32_t b0, uint32_t b1)
{
    const int8_t *ot = lut ? lut + 128 : 0; /* fused output table + 128 */
    uint32_t tblocks = (tokens + 3) / 4, full = tokens / 4, groups = rows / 4, n4 = k4 / 4;
    if (b0 >= b1)
        return;
    /* blocks are channel-group major: a core's range is a few runs of token blocks that share
     * one weight group, so the only division is here */
    uint32_t g = b0 / tblocks, tb = b0 - g * tblocks;
    int32_t init[16], acc[16 * RUN];
    for (; b0 < b1; g++, tb = 0) {
        uint32_t te = b1 - b0 < tblocks - tb ? tb + (b1 - b0) : tblocks;
        uint32_t c0 = 4 * g, nc = rows - c0 < 4 ? rows - c0 : 4;
        b0 += te - tb;
        for (uint32_t i = 0; i < 16; i++)
            init[i] = bias && i / 4 < nc ? bias[c0 + i / 4] : 0;
#if defined(FEMBA_XPULP)
        /* whole groups with int8 y: the micro-kernel requantises its accumulators itself, one
         * call for all whole token blocks, in requant_pre's form (fixedpoint.h). Groups whose
         * four shifts are all in [32, 62] need no clamp (k = 0: mulhsu, add, shift); any
         * smaller shift makes the group take the _pre variants, which clamp and pre-shift each
         * accumulator first (2 more instructions an output, chosen per group so that the
         * usual range pays nothing). */
        uint32_t fe = te < full ? te : full;
        if (y_elem == 1 && g < groups && tb < fe) {
            int32_t prm[24];
            uint32_t q = 0, pre = 0;
            for (; q < 4; q++) { /* k = 0: requant_pre_params without A, k (unused) */
                /* d = s - 32 in [0, 30]; s = 32 as s = 33 with Mu = 2M (z = 1): rnd = sh = 1 */
                int32_t Mc = M[c0 + q];
                uint32_t d = (uint32_t)(s[c0 + q] - 32), z = d == 0;
                if ((d > 30) | (Mc < 0))
                    break;
                prm[q] = (int32_t)((uint32_t)Mc << z);
                prm[4 + q] = (int32_t)(1u << (d + z - 1));
                prm[8 + q] = (int32_t)(d + z);
            }
            if (q < 4) { /* a shift below 32 (or outside the contract: q stays < 4) */
                pre = 4;
                q = pre_prm(M + c0, s + c0, lo, hi, prm);
            }
            if (q == 4) {
                prm[12] = lo;
                prm[13] = hi;
                prm[14] = (int32_t)rows;
                prm[15] = (int32_t)(intptr_t)ot;
                micro_kernel_q mk = MKQ[pre + 2 * !(lo == -128 && hi == 127) + !!ot];
                mk(x + 4 * tb * x_stride, x_stride, w + c0 * k4, n4, fe - tb, init, prm,
                   (int8_t *)y + 4 * tb * rows + c0);
                tb = fe;
            }
        }
#endif
        while (tb < te) {
            uint32_t n = 1, nt;
            const int8_t *xt = x + 4 * tb * x_stride;
            if (g < groups && tb < full) {
                n = (te < full ? te : full) - tb;
                n = n < RUN ? n : RUN;
                femba_mk4x4n(xt, x_stride, w + c0 * k4, n4, n, init, 0, acc);
                nt = 4 * n;
            } else {
                nt = tokens - 4 * tb < 4 ? tokens - 4 * tb : 4;
                block_c(xt, x_stride, w, k4, c0, nc, nt, g < groups, init, acc);
            }
            requant_run(acc, 4 * tb, nt, c0, nc, rows, M, s, lo, hi, y, y_elem, ot);
            tb += n;
        }
    }
}
