/* Depthwise causal / anti-causal conv1d over tokens (Mamba's short conv), per channel. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

/* The int8 output, through the fused table when there is one (tb = table + 128). */
static inline int8_t out8(int32_t v, const int8_t *tb)
{
    return (int8_t)(tb ? simd_lb_rr(tb, v) : v);
}

#if defined(FEMBA_XPULP)
/* Two tokens per hardware-loop iteration of dwconv4's fast case: register post-increment byte
 * loads / stores walk the tokens (step = +-dc), the window slides, one sdotp per output, then
 * requant_pre's form (fixedpoint.h: mulhsu by Mu, add, sra), p.clipi and, with LUT, the fused
 * table (p.lb register offset). Same values as the C loop. DW4_PRE (the _pre loop, shifts
 * below 32) clamps each sum to [-(A+1), A] (p.clip) and shifts it left by k before the mulhsu. */
#define DW4_HEAD(PRE)                                                                              \
    ".option push\n .option norvc\n"                                                            \
    ".insn i 0x7B, 4, x0, %[n], %[len]\n"                                                        \
    ".insn r 0x0B, 7, 0x00, %[t0], %[px], %[st]\n" /* p.lb t0, st(px!) */                        \
    ".insn r 0x0B, 7, 0x00, %[t1], %[px], %[st]\n"                                               \
    "srli %[win], %[win], 8\n slli %[t0], %[t0], 24\n or %[win], %[win], %[t0]\n"                \
    "mv %[t0], %[bias]\n .insn r 0x57, 1, 0x5C, %[t0], %[win], %[wv]\n" /* pv.sdotsp.b */       \
    "srli %[win], %[win], 8\n slli %[t1], %[t1], 24\n or %[win], %[win], %[t1]\n"                \
    "mv %[t1], %[bias]\n .insn r 0x57, 1, 0x5C, %[t1], %[win], %[wv]\n"                          \
    PRE                                                                                            \
    "mulhsu %[t0], %[t0], %[m]\n mulhsu %[t1], %[t1], %[m]\n"                                    \
    "add %[t0], %[t0], %[rnd]\n add %[t1], %[t1], %[rnd]\n"                                      \
    "sra %[t0], %[t0], %[sh]\n sra %[t1], %[t1], %[sh]\n"                                        \
    ".insn r 0x33, 1, 0x0A, %[t0], %[t0], x8\n .insn r 0x33, 1, 0x0A, %[t1], %[t1], x8\n"
#define DW4_PRE                                                                                    \
    ".insn r 0x33, 5, 0x0A, %[t0], %[t0], %[A]\n" /* p.clip t0, t0, A */                         \
    ".insn r 0x33, 5, 0x0A, %[t1], %[t1], %[A]\n"                                                \
    "sll %[t0], %[t0], %[k]\n sll %[t1], %[t1], %[k]\n"
#define DW4_LUT ".insn r 0x03, 7, 0x00, %[t0], %[tb], %[t0]\n .insn r 0x03, 7, 0x00, %[t1], %[tb], %[t1]\n"
#define DW4_TAIL                                                                                   \
    ".insn r 0x2B, 4, 0x00, %[st], %[py], %[t0]\n" /* p.sb t0, st(py!) */                        \
    ".insn r 0x2B, 4, 0x00, %[st], %[py], %[t1]\n"                                               \
    ".option pop\n"
/* len: lp.setup's offset of the last body instruction, in half-words (2 per instruction) */
#define DW4_OPERANDS(hw, ...)                                                                      \
    : [px] "+r"(xp), [py] "+r"(yp), [win] "+r"(win), [t0] "=&r"(t0), [t1] "=&r"(t1)              \
    : [n] "r"(pairs), [st] "r"(step), [wv] "r"(wv), [bias] "r"(bias), [m] "r"(Mu),               \
      [rnd] "r"(rnd), [sh] "r"(sh), [tb] "r"(tb), [len] "i"(hw) __VA_ARGS__                      \
    : "memory"

/* requant_pre's k = 0 (s in [32, 62]): the same instructions as requant32's s >= 33 form */
static void dwconv4_pairs(const int8_t **x, int8_t **y, uint32_t *window, uint32_t pairs,
                          int32_t step, uint32_t wv, int32_t bias, uint32_t Mu, int32_t rnd,
                          int32_t sh, const int8_t *tb)
{
    const int8_t *xp = *x;
    int8_t *yp = *y;
    uint32_t win = *window;
    int32_t t0, t1;
    if (tb)
        __asm__ volatile(DW4_HEAD("") DW4_LUT DW4_TAIL DW4_OPERANDS(2 * 24, ));
    else
        __asm__ volatile(DW4_HEAD("") DW4_TAIL DW4_OPERANDS(2 * 22, ));
    *x = xp;
    *y = yp;
    *window = win;
}
#endif

static void __attribute__((noinline))
dwconv4_pre(const int8_t *xp, int8_t *yp, uint32_t tokens, int32_t step, uint32_t wv,
            int32_t bias, int32_t M, int32_t s, const int8_t *tb);

/* taps == 4 (Mamba's d_conv): the last four inputs, oldest in the low byte, slide through one
 * word while the tokens are walked forward (causal) or backward (anti-causal), so each output
 * is one four-way dot product with the channel's taps; positions outside [0, tokens) are zero.
 * The requant is requant_pre's form (fixedpoint.h) with the channel's constants hoisted: here
 * for s in [32, 62] (k = 0: s = 32 as Mu = 2M, rnd = sh = 1, at the cost of s >= 33), in
 * dwconv4_pre for s < 32; (M, s) outside the contract take requant32. */
static void dwconv4(const int8_t *x, int8_t *y, uint32_t tokens, uint32_t dc, const int8_t *wc,
                    int32_t bias, int32_t M, int32_t s, int reverse, const int8_t *tb, uint32_t c)
{
    uint32_t wv = (uint32_t)(uint8_t)wc[0] | (uint32_t)(uint8_t)wc[1] << 8 |
                  (uint32_t)(uint8_t)wc[2] << 16 | (uint32_t)(uint8_t)wc[3] << 24;
    uint32_t win = 0, d = (uint32_t)(s - 32);
    int32_t step = reverse ? -(int32_t)dc : (int32_t)dc;
    const int8_t *xp = x + (reverse ? (tokens - 1) * dc : 0) + c;
    int8_t *yp = y + (reverse ? (tokens - 1) * dc : 0) + c;
    if (d <= 30 && M >= 0) {
        int32_t z = d == 0, sh = (int32_t)d + z, rnd = (int32_t)(1u << (sh - 1));
        uint32_t Mu = (uint32_t)M << z, l = 0;
#if defined(FEMBA_XPULP)
        if (tokens >= 2) {
            dwconv4_pairs(&xp, &yp, &win, tokens / 2, step, wv, bias, Mu, rnd, sh, tb);
            l = tokens & ~1u;
        }
#endif
        for (; l < tokens; l++) {
            win = (win >> 8) | (uint32_t)*(const uint8_t *)xp << 24;
            *yp = out8(simd_clip(asr32(mulhsu32(simd_sdot4(bias, win, wv), Mu) + rnd, sh), 8),
                       tb);
            xp += step;
            yp += step;
        }
        return;
    }
    if (requant_pre_ok(M, s, -128, 127)) {
        dwconv4_pre(xp, yp, tokens, step, wv, bias, M, s, tb);
        return;
    }
    for (uint32_t l = 0; l < tokens; l++) {
        win = (win >> 8) | (uint32_t)*(const uint8_t *)xp << 24;
        *yp = out8(requant32(simd_sdot4(bias, win, wv), M, s, -128, 127), tb);
        xp += step;
        yp += step;
    }
}

void k_dwconv(const int8_t *x, int8_t *y, uint32_t tokens, uint32_t dc, const int8_t *w,
              uint32_t taps, const int32_t *bias, const int32_t *M, const int32_t *s, int reverse,
              const int8_t *lut, uint32_t c0, uint32_t c1)
{
    const int8_t *tb = lut ? lut + 128 : 0;
    for (uint32_t c = c0; c < c1; c++) {
        const int8_t *wc = w + c * taps;
        if (taps == 4) {
            dwconv4(x, y, tokens, dc, wc, bias[c], M[c], s[c], reverse, tb, c);
            continue;
        }
        for (uint32_t l = 0; l < tokens; l++) {
            int32_t acc = bias[c];
            for (uint32_t j = 0; j < taps; j++) {
                uint32_t back = taps - 1 - j; /* how far tap j looks back (or ahead) */
                if (reverse) {
                    if (l + back < tokens)
                        acc += wc[j] * x[(l + back) * dc + c];
                } else if (l >= back) {
                    acc += wc[j] * x[(l - back) * dc + c];
                }
            }
            y[l * dc + c] = out8(requant32(acc, M[c], s[c], -128, 127), tb);
        }
    }
}

/* dwconv4 for s < 32 (requant_pre with k > 0): on Xpulpv2 the pair loop with DW4_PRE (4 more
 * instructions a pair). Out of line and after k_dwconv, so that the code the usual shifts run
 * keeps its place (the cluster's shared instruction cache is 2 KiB). */
static void __attribute__((noinline))
dwconv4_pre(const int8_t *xp, int8_t *yp, uint32_t tokens, int32_t step, uint32_t wv,
            int32_t bias, int32_t M, int32_t s, const int8_t *tb)
{
    requant_pre_t p = requant_pre_params(M, s);
    uint32_t win = 0, l = 0;
#if defined(FEMBA_XPULP)
    if (tokens >= 2) {
        uint32_t pairs = tokens / 2, Mu = p.Mu;
        int32_t t0, t1, rnd = 1, sh = 1;
        if (tb)
            __asm__ volatile(DW4_HEAD(DW4_PRE) DW4_LUT DW4_TAIL
                             DW4_OPERANDS(2 * 28, , [A] "r"(p.A), [k] "r"(p.k)));
        else
            __asm__ volatile(DW4_HEAD(DW4_PRE) DW4_TAIL
                             DW4_OPERANDS(2 * 26, , [A] "r"(p.A), [k] "r"(p.k)));
        l = tokens & ~1u;
    }
#endif
    for (; l < tokens; l++) {
        win = (win >> 8) | (uint32_t)*(const uint8_t *)xp << 24;
        *yp = out8(requant_pre(simd_sdot4(bias, win, wv), &p, -128, 127), tb);
        xp += step;
        yp += step;
    }
}
