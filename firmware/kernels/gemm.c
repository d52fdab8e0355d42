/* int8 x {2,4,8}-bit GEMM: weights are unpacked to int8 once per L1 tile (there is no 2-bit dot
 * product on the target, DESIGN.md section 4), then every token of the tile reuses them. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

void k_unpack_rows(const uint8_t *packed, int8_t *w, uint32_t r0, uint32_t r1, uint32_t k,
                   uint32_t row_bytes, int bits)
{
    for (uint32_t r = r0; r < r1; r++) {
        const uint8_t *src = packed + r * row_bytes;
        int8_t *dst = w + r * k;
        if (bits == 2) {
            /* code v in {-2..1} stored as v & 3; (c ^ 2) - 2 sign-extends two bits. */
            for (uint32_t i = 0; i < k; i++)
                dst[i] = (int8_t)((((src[i >> 2] >> ((i & 3) * 2)) & 3) ^ 2) - 2);
        } else if (bits == 4) {
            for (uint32_t i = 0; i < k; i++)
                dst[i] = (int8_t)((((src[i >> 1] >> ((i & 1) * 4)) & 15) ^ 8) - 8);
        } else {
            for (uint32_t i = 0; i < k; i++)
                dst[i] = (int8_t)src[i];
        }
    }
}

/* x . w over k int8 values, four at a time through the SIMD step (simd.h). */
static int32_t dot_i8(const int8_t *a, const int8_t *b, uint32_t k)
{
    int32_t acc = 0;
    uint32_t i = 0;
    for (; i + 4 <= k; i += 4)
        acc = simd_sdot4(acc, simd_load4(a + i), simd_load4(b + i));
    for (; i < k; i++)
        acc += a[i] * b[i];
    return acc;
}

/* One token against four consecutive weight rows: each word of x is loaded once for four
 * dot-product steps (register blocking; the weight tile is reused from L1 for every token). */
static void dot_i8_x4(const int8_t *x, const int8_t *w, uint32_t k, int32_t acc[4])
{
    const int8_t *w0 = w, *w1 = w + k, *w2 = w + 2 * k, *w3 = w + 3 * k;
    uint32_t n4 = k / 4, i = 4 * n4;
    acc[0] = acc[1] = acc[2] = acc[3] = 0;
    if (n4)
        simd_dot_1x4(x, w0, w1, w2, w3, n4, acc);
    for (; i < k; i++) {
        acc[0] += x[i] * w0[i];
        acc[1] += x[i] * w1[i];
        acc[2] += x[i] * w2[i];
        acc[3] += x[i] * w3[i];
    }
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

void k_gemm(const int8_t *x, const int8_t *w, uint32_t k, uint32_t n, const int32_t *bias,
            const int32_t *M, const int32_t *s, int32_t lo, int32_t hi, void *y, int y_elem,
            uint32_t i0, uint32_t i1)
{
    /* The items of one token (a run of consecutive channels) go four channels at a time. */
    for (uint32_t i = i0; i < i1;) {
        uint32_t l = i / n, c = i % n;
        uint32_t run = i1 - i < n - c ? i1 - i : n - c;
        const int8_t *xl = x + l * k;
        uint32_t j = 0;
        for (; j + 4 <= run; j += 4) {
            int32_t acc[4];
            dot_i8_x4(xl, w + (c + j) * k, k, acc);
            for (uint32_t q = 0; q < 4; q++) {
                uint32_t cq = c + j + q;
                int32_t a = acc[q] + (bias ? bias[cq] : 0);
                store(y, y_elem, i + j + q, requant(a, M[cq], s[cq], lo, hi));
            }
        }
        for (; j < run; j++) {
            uint32_t cq = c + j;
            int32_t a = dot_i8(xl, w + cq * k, k) + (bias ? bias[cq] : 0);
            store(y, y_elem, i + j, requant(a, M[cq], s[cq], lo, hi));
        }
        i += run;
    }
}
