/* Depthwise causal / anti-causal conv1d over tokens (Mamba's short conv), per channel. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

/* The int8 output, through the fused table when there is one (tb = table + 128). */
static inline int8_t out8(int32_t v, const int8_t *tb)
{
    return (int8_t)(tb ? simd_lb_rr(tb, v) : v);
}

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
        for (uint32_t l = 0; l < tokens; l++) {
            win = (win >> 8) | (uint32_t)*(const uint8_t *)xp << 24;
            int32_t v = (int32_t)(((int64_t)simd_sdot4(bias, win, wv) * M) >> 32) + rnd;
            *yp = out8(simd_clip8(asr32(v, sh)), tb);
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
