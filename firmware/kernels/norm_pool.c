/* Integer LayerNorm (integer mean, int64 variance, bitwise isqrt) and mean pooling over tokens. */
#include "fixedpoint.h"
#include "kernels.h"

void k_layernorm(const int16_t *x, int8_t *y, uint32_t d, const int8_t *gamma,
                 const int32_t *beta, const int32_t *M, const int32_t *s, int64_t eps,
                 int frac_bits, uint32_t r0, uint32_t r1)
{
    for (uint32_t r = r0; r < r1; r++) {
        const int16_t *xr = x + r * d;
        int64_t sum = 0;
        for (uint32_t c = 0; c < d; c++)
            sum += xr[c];
        /* xc = D*x - sum(x) keeps the mean exact; sum(xc^2) // D + eps, then sigma = isqrt. */
        int64_t sq = 0;
        for (uint32_t c = 0; c < d; c++) {
            int64_t xc = (int64_t)d * xr[c] - sum;
            sq += xc * xc;
        }
        int64_t sigma = isqrt64(sq / (int64_t)d + eps);
        for (uint32_t c = 0; c < d; c++) {
            int64_t xc = (int64_t)d * xr[c] - sum;
            int64_t n = floordiv64(xc * ((int64_t)2 << frac_bits) + sigma, 2 * sigma);
            y[r * d + c] = requant8(n * gamma[c] + beta[c], M[c], s[c]);
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
