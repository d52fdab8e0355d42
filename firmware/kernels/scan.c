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

void k_scan(const scan_tile_t *t, uint32_t c0, uint32_t c1)
{
    uint32_t n_state = t->d_state, dc = t->dc;
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
            /* The golden proves the sum fits int32; unsigned accumulation keeps any partial
             * wrap-around defined. */
            uint32_t yacc = 0;
            for (uint32_t n = 0; n < n_state; n++) {
                int32_t p = (int32_t)clamp64(rshift_round(dl * a[n], P_SHIFT), -128, 127);
                int64_t da = t->exp_table[p + 128];
                int64_t hn = rshift_round(da * h[n], DA_FRAC_BITS) + (int64_t)du * b[n];
                h[n] = (int32_t)hn;
                yacc += (uint32_t)(cc[n] * (int32_t)rshift_round(hn, t->h_shift));
            }
            int64_t y = (int64_t)requant((int32_t)yacc, t->M_y[c], t->s_y[c], -32768, 32767)
                      + requant((int64_t)u * t->D[c], t->M_D[c], t->s_D[c], -32768, 32767);
            t->y[l * dc + c] = (int8_t)clamp64(y, -128, 127);
        }
    }
}
