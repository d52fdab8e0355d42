/* Integer LayerNorm (integer mean, int64 variance, bitwise isqrt) and mean pooling over tokens. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

/* floor(num / den) for den > 0 from an estimate within a few units: a multiply by the row's
 * reciprocal inv = floor((2^32 - 1) / den) gives num / den - e with 0 <= e < 2 for |num| < 2^31,
 * and the remainder test corrects it, so the result is exact whatever the estimate. */
static inline int32_t floordiv_inv(int32_t num, int32_t den, int32_t nden, uint32_t inv)
{
    int32_t q = (int32_t)(((int64_t)num * (int64_t)inv) >> 32);
    int32_t r = simd_mac(num, q, nden); /* num - q * den */
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

/* floor(sqrt(v)) for 0 <= v < 2^62 by the shift-and-subtract method from v's top bit pair: the
 * same (unique) value as the golden's bit-by-bit isqrt, without 64-bit multiplies. */
static int64_t isqrt64_exact(int64_t v)
{
    uint64_t x = (uint64_t)v, r = 0, one = (uint64_t)1 << 62;
    while (one > x)
        one >>= 2;
    while (one) {
        if (x >= r + one) {
            x -= r + one;
            r = (r >> 1) + one;
        } else {
            r >>= 1;
        }
        one >>= 2;
    }
    return (int64_t)r;
}

/* 1 when every channel's beta has |beta| < 2^30 (|n| < 2^22 then keeps n * gamma + beta inside
 * int32), plus 2 when the layer has one M, s and it takes requant_pre (fixedpoint.h). */
static int row_consts_ok(const int32_t *beta, uint32_t d, const int32_t *M, const int32_t *s,
                         uint32_t m_cols)
{
    int ok = 1;
    for (uint32_t c = 0; c < d; c++)
        if (beta[c] >= (1 << 30) || beta[c] <= -(1 << 30))
            ok = 0;
    if (m_cols == 1 && (requant_pre_ok(M[0], s[0], -128, 127) ||
                        (s[0] >= 32 && s[0] <= 62 && M[0] >= 0)))
        ok |= 2;
    return ok;
}

static int8_t __attribute__((noinline)) norm_out_any(int32_t v, int32_t M, int32_t s)
{
    return (int8_t)requant32(v, M, s, -128, 127);
}

/* requant to int8 of one channel's v with its own M, s (per-channel LayerNorm, as trained
 * models have: gamma's scale is per channel): requant8_any (simd.h) inline for every exporter
 * (M, s); (M, s) outside the contract go to requant32. */
static inline int8_t norm_any8(int32_t v, int32_t M, int32_t s)
{
    if ((uint32_t)(s - 32) <= 30u && M >= 0)
        return (int8_t)requant8_k0(v, M, s);
    if ((uint32_t)(s - 1) < 31u && M >= (1 << 30))
        return (int8_t)requant8_pre(v, M, s);
    return norm_out_any(v, M, s);
}

/* One row whose numerators xc * 2^(F+1) + sigma all fit int32 and whose n * gamma + beta do too:
 * 32-bit arithmetic only; num = x * (D << sh) + (sigma - (S << sh)) is taken mod 2^32, exact
 * because the true value fits. One M, s per layer (m_cols == 1): requant_pre with its parameters
 * hoisted when pre (row_consts_ok), else requant32; per channel: norm_any8. */
static void norm_row32(const int16_t *xr, int8_t *yr, uint32_t d, int32_t sum, int32_t sigma,
                       int sh, const int8_t *gamma, const int32_t *beta, const int32_t *M,
                       const int32_t *s, uint32_t m_cols, int pre)
{
    int32_t den = 2 * sigma, nden = -den;
    uint32_t inv = 0xFFFFFFFFu / (uint32_t)den;
    int32_t dsh = (int32_t)(d << sh), base = (int32_t)((uint32_t)sigma - ((uint32_t)sum << sh));
    if (pre && m_cols == 1) {
        requant_pre_t p = requant_pre_params(M[0], s[0]);
        if (p.k == 0) { /* s >= 32: mulhsu by Mu (2M for s = 32), no clamp */
            for (uint32_t c = 0; c < d; c++) {
                int32_t n = floordiv_inv(simd_mac(base, xr[c], dsh), den, nden, inv);
                int32_t v = simd_mac(beta[c], n, gamma[c]);
                yr[c] = (int8_t)simd_clip(simd_addrn(mulhsu32(v, p.Mu), p.sh), 8);
            }
            return;
        }
        for (uint32_t c = 0; c < d; c++) { /* s < 32: clamp, << k, rnd = sh = 1 */
            int32_t n = floordiv_inv(simd_mac(base, xr[c], dsh), den, nden, inv);
            int32_t v = simd_clipr(simd_mac(beta[c], n, gamma[c]), p.A);
            yr[c] = (int8_t)simd_clip(simd_addrn(mulhsu32((int32_t)((uint32_t)v << p.k), p.Mu), 1),
                                      8);
        }
        return;
    }
    if (m_cols != 1) {
        for (uint32_t c = 0; c < d; c++) {
            int32_t n = floordiv_inv(simd_mac(base, xr[c], dsh), den, nden, inv);
            yr[c] = norm_any8(simd_mac(beta[c], n, gamma[c]), M[c], s[c]);
        }
        return;
    }
    for (uint32_t c = 0; c < d; c++) {
        int32_t n = floordiv_inv(simd_mac(base, xr[c], dsh), den, nden, inv);
        yr[c] = (int8_t)requant32(simd_mac(beta[c], n, gamma[c]), M[0], s[0], -128, 127);
    }
}

void k_layernorm(const int16_t *x, int8_t *y, uint32_t d, const int8_t *gamma,
                 const int32_t *beta, const int32_t *M, const int32_t *s, uint32_t m_cols,
                 int64_t eps, int frac_bits, uint32_t r0, uint32_t r1)
{
    int ok = row_consts_ok(beta, d, M, s, m_cols), beta_ok = ok & 1;
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
        /* the golden's sum_c (D x_c - S)^2 is D^2 sum x^2 - D S^2, a multiple of D: its floor
         * division by D is D sum x^2 - S^2 exactly (no 64-bit division) */
        int64_t dd = (int64_t)d;
        int64_t sigma = isqrt64_exact(dd * sq_x - (int64_t)sum * sum + eps);
        int64_t max_xc = dd * hi - sum > sum - dd * lo ? dd * hi - sum : sum - dd * lo;
        int64_t num_max = sigma > 0 && frac_bits < 30 ? (max_xc << (frac_bits + 1)) + sigma : -1;
        if (num_max >= 0 && num_max < ((int64_t)1 << 31) && beta_ok &&
            num_max < (2 * sigma) << 21) {
            norm_row32(xr, yr, d, sum, (int32_t)sigma, frac_bits + 1, gamma, beta, M, s, m_cols,
                       ok & 2);
            continue;
        }
        for (uint32_t c = 0; c < d; c++) {
            int64_t xc = dd * xr[c] - sum;
            int64_t n = floordiv64(xc * ((int64_t)2 << frac_bits) + sigma, 2 * sigma);
            uint32_t m = m_cols == 1 ? 0 : c;
            yr[c] = norm_out(n * gamma[c] + beta[c], M[m], s[m]);
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
