/*
 * Integer selective scan (golden.scan), one channel at a time over all tokens, so channels are
 * the parallel axis. State h is int32 (the exporter bounds |h| below 2^31; dA * h is int64):
 *   p  = clamp8(rshift_round(delta * A, 7));  dA = exp_table[p + 128]   (Q15)
 *   h  = rshift_round(dA * h, 15) + delta * u * B
 *   y  = clamp8(requant16(sum_n C * rshift_round(h, h_shift)) + requant16(u * D))
 */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

#define P_SHIFT 7
#define DA_FRAC_BITS 15

/* Arithmetic right shift of an int32, defined for negatives (floor(x / 2^s)). */
static inline int32_t asr32(int32_t x, int s)
{
    return x >= 0 ? x >> s : ~((~x) >> s);
}

/* rshift_round(x, s) = floor((x + 2^(s-1)) / 2^s) for s >= 1, computed as floor(x / 2^s) plus
 * the bit just below the cut: the same value without the overflow of x + 2^(s-1), so it stays in
 * 32 (or, for the dA * h product, 64 -> 32) bits. */
static inline int32_t round_shift32(int32_t x, int s)
{
    return asr32(x, s) + (asr32(x, s - 1) & 1);
}

static inline int32_t round_shift64(int64_t x, int s)
{
    return (int32_t)(asr64(x, s) + (asr64(x, s - 1) & 1));
}

/* The straightforward form (any exp table): dA * h as an int64 product. */
static void scan_channel64(const scan_tile_t *t, uint32_t c)
{
    uint32_t n_state = t->d_state, dc = t->dc;
    int hs = t->h_shift;
    int32_t *h = t->h + c * n_state;
    const int8_t *a = t->A + c * n_state;
    for (uint32_t step = 0; step < t->tokens; step++) {
        uint32_t l = t->reverse ? t->tokens - 1 - step : step;
        int32_t u = t->u[l * dc + c], dl = t->delta[l * dc + c];
        int32_t du = dl * u;
        const int8_t *b = t->B + l * n_state, *cc = t->C + l * n_state;
        uint32_t yacc = 0;
        for (uint32_t n = 0; n < n_state; n++) {
            int32_t p = round_shift32(dl * a[n], P_SHIFT);
            p = p < -128 ? -128 : (p > 127 ? 127 : p);
            int64_t dah = (int64_t)t->exp_table[p + 128] * h[n];
            int32_t hn = (int32_t)((uint32_t)round_shift64(dah, DA_FRAC_BITS) +
                                   (uint32_t)(du * b[n]));
            h[n] = hn;
            yacc += (uint32_t)(cc[n] * (hs > 0 ? round_shift32(hn, hs) : hn));
        }
        int64_t y = (int64_t)requant((int32_t)yacc, t->M_y[c], t->s_y[c], -32768, 32767)
                  + requant((int64_t)u * t->D[c], t->M_D[c], t->s_D[c], -32768, 32767);
        t->y[l * dc + c] = (int8_t)clamp64(y, -128, 127);
    }
}

/* 32-bit form, exact when every table entry is in [0, 2^16): with h = hh * 2^16 + hl
 * (hh = floor(h / 2^16), 0 <= hl < 2^16),
 *   rshift_round(dA * h, 15) = 2 * dA * hh + ((dA * hl + 2^14) >> 15)
 * because dA * hh * 2^16 is a multiple of 2^15; dA * hl + 2^14 < 2^32 (a 16 x 16-bit unsigned
 * product, p.muluRN on Xpulpv2), and 2 * dA * hh = dA * (floor(h / 2^15) & ~1) is taken mod 2^32:
 * the golden proves the new h fits int32, so the wrapped sum is exact.
 * The table index p + 128 with p = rshift_round(dl * a, 7): dl * a is in [-16256, 16384], so
 * p + 128 is in [1, 256] and only 256 needs clamping (to 255); as a byte offset,
 * min((v >> 5) & ~3, 1020) with v = dl * a + 64 + 128 * 128 >= 0. */
static void scan_channel32(const scan_tile_t *t, uint32_t c)
{
    uint32_t n_state = t->d_state, dc = t->dc, tokens = t->tokens;
    int hs = t->h_shift;
    int hs1 = hs > 0 ? hs - 1 : 0;
    int32_t hbit = hs > 0 ? 1 : 0;
    const int32_t *et = t->exp_table;
    int32_t *h = t->h + c * n_state;
    const int8_t *a = t->A + c * n_state;
    const int8_t *uu = t->u + c, *dd = t->delta + c;
    int8_t *yy = t->y + c;
    int32_t M_y = t->M_y[c], s_y = t->s_y[c], M_D = t->M_D[c], s_D = t->s_D[c], D = t->D[c];
    for (uint32_t n = 0; n < n_state; n++)
        h[n] = 0;
    for (uint32_t step = 0; step < tokens; step++) {
        uint32_t l = t->reverse ? tokens - 1 - step : step;
        int32_t u = uu[l * dc], dl = dd[l * dc];
        int32_t du = dl * u;
        const int8_t *b = t->B + l * n_state, *cc = t->C + l * n_state;
        int32_t yacc = 0;
#pragma GCC unroll 4
        for (uint32_t n = 0; n < n_state; n++) {
            int32_t v = dl * a[n] + (1 << (P_SHIFT - 1)) + (128 << P_SHIFT);
            int32_t off = simd_min((int32_t)(((uint32_t)v >> (P_SHIFT - 2)) & ~3u), 255 * 4);
            uint32_t dA = (uint32_t)simd_lw_rr(et, off);
            int32_t hv = h[n];
            int32_t hn = simd_mac(du * b[n], (int32_t)dA, (int32_t)((uint32_t)asr32(hv, 15) & ~1u));
            hn = (int32_t)((uint32_t)hn + simd_mulu16_rn15((uint32_t)hv, dA));
            h[n] = hn;
            yacc = simd_mac(yacc, cc[n], asr32(hn, hs) + (asr32(hn, hs1) & hbit));
        }
        int32_t y = requant32(yacc, M_y, s_y, -32768, 32767)
                  + requant32(u * D, M_D, s_D, -32768, 32767);
        yy[l * dc] = (int8_t)(y < -128 ? -128 : (y > 127 ? 127 : y));
    }
}

void k_scan(const scan_tile_t *t, uint32_t c0, uint32_t c1)
{
    int fast = 1;
    for (uint32_t i = 0; i < 256; i++)
        if (t->exp_table[i] < 0 || t->exp_table[i] >= (1 << 16))
            fast = 0;
    for (uint32_t c = c0; c < c1; c++) {
        if (fast) {
            scan_channel32(t, c);
        } else {
            for (uint32_t n = 0; n < t->d_state; n++)
                t->h[c * t->d_state + n] = 0;
            scan_channel64(t, c);
        }
    }
}
