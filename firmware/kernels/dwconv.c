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
 * requant32's s >= 33 case (mulh, add, sra), p.clipi and, with LUT, the fused table (p.lb
 * register offset). Same values as the C loop. */
#define DW4_HEAD                                                                                   \
    ".option push\n .option norvc\n"                                                            \
    ".insn i 0x7B, 4, x0, %[n], %[len]\n"                                                        \
    ".insn r 0x0B, 7, 0x00, %[t0], %[px], %[st]\n" /* p.lb t0, st(px!) */                        \
    ".insn r 0x0B, 7, 0x00, %[t1], %[px], %[st]\n"                                               \
    "srli %[win], %[win], 8\n slli %[t0], %[t0], 24\n or %[win], %[win], %[t0]\n"                \
    "mv %[t0], %[bias]\n .insn r 0x57, 1, 0x5C, %[t0], %[win], %[wv]\n" /* pv.sdotsp.b */       \
    "srli %[win], %[win], 8\n slli %[t1], %[t1], 24\n or %[win], %[win], %[t1]\n"                \
    "mv %[t1], %[bias]\n .insn r 0x57, 1, 0x5C, %[t1], %[win], %[wv]\n"                          \
    "mulh %[t0], %[t0], %[m]\n mulh %[t1], %[t1], %[m]\n"                                        \
    "add %[t0], %[t0], %[rnd]\n add %[t1], %[t1], %[rnd]\n"                                      \
    "sra %[t0], %[t0], %[sh]\n sra %[t1], %[t1], %[sh]\n"                                        \
    ".insn r 0x33, 1, 0x0A, %[t0], %[t0], x8\n .insn r 0x33, 1, 0x0A, %[t1], %[t1], x8\n"
#define DW4_LUT ".insn r 0x03, 7, 0x00, %[t0], %[tb], %[t0]\n .insn r 0x03, 7, 0x00, %[t1], %[tb], %[t1]\n"
#define DW4_TAIL                                                                                   \
    ".insn r 0x2B, 4, 0x00, %[st], %[py], %[t0]\n" /* p.sb t0, st(py!) */                        \
    ".insn r 0x2B, 4, 0x00, %[st], %[py], %[t1]\n"                                               \
    ".option pop\n"
/* len: lp.setup's offset of the last body instruction, in half-words (2 per instruction) */
#define DW4_OPERANDS(hw)                                                                           \
    : [px] "+r"(xp), [py] "+r"(yp), [win] "+r"(win), [t0] "=&r"(t0), [t1] "=&r"(t1)              \
    : [n] "r"(pairs), [st] "r"(step), [wv] "r"(wv), [bias] "r"(bias), [m] "r"(M),                \
      [rnd] "r"(rnd), [sh] "r"(sh), [tb] "r"(tb), [len] "i"(hw)                                     \
    : "memory"

static void dwconv4_pairs(const int8_t **x, int8_t **y, uint32_t *window, uint32_t pairs,
                          int32_t step, uint32_t wv, int32_t bias, int32_t M, int32_t rnd,
                          int32_t sh, const int8_t *tb)
{
    const int8_t *xp = *x;
    int8_t *yp = *y;
    uint32_t win = *window;
    int32_t t0, t1;
    if (tb)
        __asm__ volatile(DW4_HEAD DW4_LUT DW4_TAIL DW4_OPERANDS(2 * 24));
    else
        __asm__ volatile(DW4_HEAD DW4_TAIL DW4_OPERANDS(2 * 22));
    *x = xp;
    *y = yp;
    *window = win;
}
#endif

/* taps == 4 (Mamba's d_conv): the last four inputs, oldest in the low byte, slide through one
 * word while the tokens are walked forward (causal) or backward (anti-causal), so each output
 * is one four-way dot product with the channel's taps; positions outside [0, tokens) are zero. */
static void dwconv4(const int8_t *x, int8_t *y, uint32_t tokens, uint32_t dc, const int8_t *wc,
                    int32_t bias, int32_t M, int32_t s, int reverse, const int8_t *tb, uint32_t c)
{
    uint32_t wv = (uint32_t)(uint8_t)wc[0] | (uint32_t)(uint8_t)wc[1] << 8 |
                  (uint32_t)(uint8_t)wc[2] << 16 | (uint32_t)(uint8_t)wc[3] << 24;
    uint32_t win = 0;
    int32_t step = reverse ? -(int32_t)dc : (int32_t)dc;
    const int8_t *xp = x + (reverse ? (tokens - 1) * dc : 0) + c;
    int8_t *yp = y + (reverse ? (tokens - 1) * dc : 0) + c;
    if (s >= 33) { /* requant32's fast case with the channel's constants hoisted */
        int32_t rnd = (int32_t)(1u << (s - 33)), sh = s - 32;
        uint32_t l = 0;
#if defined(FEMBA_XPULP)
        if (tokens >= 2) {
            dwconv4_pairs(&xp, &yp, &win, tokens / 2, step, wv, bias, M, rnd, sh, tb);
            l = tokens & ~1u;
        }
#endif
        for (; l < tokens; l++) {
            win = (win >> 8) | (uint32_t)*(const uint8_t *)xp << 24;
            int32_t v = (int32_t)(((int64_t)simd_sdot4(bias, win, wv) * M) >> 32) + rnd;
            *yp = out8(simd_clip(asr32(v, sh), 8), tb);
            xp += step;
            yp += step;
        }
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
