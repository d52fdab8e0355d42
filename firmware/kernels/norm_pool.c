/* Integer LayerNorm (integer mean, int64 variance, bitwise isqrt) and mean pooling over tokens. */
#include "fixedpoint.h"
#include "kernels.h"

/* floor(num / den) for den > 0 from an estimate within a few units: a multiply by the row's
 * reciprocal inv = floor((2^32 - 1) / den) gives num / den - e with 0 <= e < 2 for |num| < 2^31,
 * and the remainder test corrects it, so the result is exact whatever the estimate. */
static inline int32_t floordiv_inv(int32_t num, int32_t den, uint32_t inv)
{
    int32_t q = (int32_t)(((int64_t)num * (int64_t)inv) >> 32);
    int32_t r = num - q * den;
    while (r < 0) {
        q--;
        r += den;
    }
    while (r >= den) {
        q++;
        r -= den;
    }
    return q;
}

static inline int8_t norm_out(int64_t v, int32_t M, int32_t s)
{
    if (v == (int32_t)v)
        return (int8_t)requant32((int32_t)v, M, s, -128, 127);
    return requant8(v, M, s);
}

/* max |beta| < 2^30 and |n| < 2^22 keep n * gamma + beta inside int32 */
static int beta_small(const int32_t *beta, uint32_t d)
{
    for (uint32_t c = 0; c < d; c++)
        if (beta[c] >= (1 << 30) || beta[c] <= -(1 << 30))
            return 0;
    return 1;
}

void k_layernorm(const int16_t *x, int8_t *y, uint32_t d, const int8_t *gamma,
                 const int32_t *beta, const int32_t *M, const int32_t *s, int64_t eps,
                 int frac_bits, uint32_t r0, uint32_t r1)
{
    int beta_ok = beta_small(beta, d);
    for (uint32_t r = r0; r < r1; r++) {
        const int16_t *xr = x + r * d;
        int8_t *yr = y + r * d;
        /* |x| <= 2^15 and d < 2^10 (codegen's bound), so the sum and D*x - sum fit int32 */
        int32_t sum = 0, lo = 0, hi = 0;
        int64_t sq_x = 0;
        for (uint32_t c = 0; c < d; c++) {
            int32_t v = xr[c];
            sum += v;
            sq_x += v * v;
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        /* sum_c (D x_c - S)^2 = D^2 sum x^2 - D S^2 exactly: the golden's sum of squares */
        int64_t dd = (int64_t)d;
        int64_t sq = dd * dd * sq_x - dd * (int64_t)sum * sum;
        int64_t sigma = isqrt64(sq / dd + eps);
        int64_t max_xc = dd * hi - sum > sum - dd * lo ? dd * hi - sum : sum - dd * lo;
        int64_t num_max = sigma > 0 && frac_bits < 30 ? (max_xc << (frac_bits + 1)) + sigma : -1;
        if (num_max >= 0 && num_max < ((int64_t)1 << 31)) {
            /* every numerator xc * 2^(F+1) + sigma fits int32 (and so does 2 * sigma) */
            int32_t den = (int32_t)(2 * sigma), sg = (int32_t)sigma, sh = frac_bits + 1;
            uint32_t inv = 0xFFFFFFFFu / (uint32_t)den;
            int narrow = num_max / den < (1 << 21) && beta_ok;
            for (uint32_t c = 0; c < d; c++) {
                int32_t xc = (int32_t)d * xr[c] - sum;
                int32_t n = floordiv_inv((int32_t)((uint32_t)xc << sh) + sg, den, inv);
                if (narrow)
                    yr[c] = (int8_t)requant32(n * gamma[c] + beta[c], M[c], s[c], -128, 127);
                else
                    yr[c] = norm_out((int64_t)n * gamma[c] + beta[c], M[c], s[c]);
            }
            continue;
        }
        for (uint32_t c = 0; c < d; c++) {
            int64_t xc = dd * xr[c] - sum;
            int64_t n = floordiv64(xc * ((int64_t)2 << frac_bits) + sigma, 2 * sigma);
            yr[c] = norm_out(n * gamma[c] + beta[c], M[c], s[c]);
        }
    }
}

void k_meanpool_acc(const int8_t *x, uint32_t rows, uint32_t d, int32_t *acc, uint32_t c0,
                    uint32_t c1)
{
    for (uint32_t r = 0; r < rows; r++)
        for (uint32_t c = c0; c < c1; c++)
            acc[c] += x[r * d + c];
}

void k_meanpool_out(const int32_t *acc, int8_t *y, const int32_t *M, const int32_t *s,
                    uint32_t c0, uint32_t c1)
{
    for (uint32_t c = c0; c < c1; c++)
        y[c] = requant8(acc[c], M[c], s[c]);
}
