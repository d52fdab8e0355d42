/*
 * Integer selective scan (golden.scan), one channel at a time over all tokens, so channels are
 * the parallel axis. State h is int32 (the exporter bounds |h| below 2^31; dA * h is int64):
 *   p  = clamp8(rshift_round(delta * A, 7));  dA = exp_table[p + 128]   (Q15)
 *   h  = rshift_round(dA * h, 15) + delta * u * B
 *   y  = clamp8(requant16(sum_n C * rshift_round(h, h_shift)) + requant16(u * D))
 */
#include "fixedpoint.h"
#include "kernels.h"

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

void k_scan(const scan_tile_t *t, uint32_t c0, uint32_t c1)
{
    uint32_t n_state = t->d_state, dc = t->dc;
    int hs = t->h_shift;
    for (uint32_t c = c0; c < c1; c++) {
        int32_t *h = t->h + c * n_state;
        const int8_t *a = t->A + c * n_state;
        for (uint32_t n = 0; n < n_state; n++)
            h[n] = 0;
        for (uint32_t step = 0; step < t->tokens; step++) {
            uint32_t l = t->reverse ? t->tokens - 1 - step : step;
            int32_t u = t->u[l * dc + c], dl = t->delta[l * dc + c];
            int32_t du = dl * u;
            const int8_t *b = t->B + l * n_state, *cc = t->C + l * n_state;
            /* The golden proves h and the y sum fit int32; unsigned adds keep any partial
             * wrap-around defined, and the final values are the golden's. */
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
}
