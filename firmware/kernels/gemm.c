/* int8 x {2,4,8}-bit GEMM: weights are unpacked to int8 once per L1 tile (there is no 2-bit dot
 * product on the target, DESIGN.md section 4), then every token of the tile reuses them. */
#include "fixedpoint.h"
#include "kernels.h"

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

static int32_t dot_i8(const int8_t *a, const int8_t *b, uint32_t k)
{
    int32_t acc = 0;
    uint32_t i = 0;
    for (; i + 4 <= k; i += 4)
        acc += a[i] * b[i] + a[i + 1] * b[i + 1] + a[i + 2] * b[i + 2] + a[i + 3] * b[i + 3];
    for (; i < k; i++)
        acc += a[i] * b[i];
    return acc;
}

void k_gemm(const int8_t *x, const int8_t *w, uint32_t k, uint32_t n, const int32_t *bias,
            const int32_t *M, const int32_t *s, int32_t lo, int32_t hi, void *y, int y_elem,
            uint32_t i0, uint32_t i1)
{
    for (uint32_t i = i0; i < i1; i++) {
        uint32_t l = i / n, c = i % n;
        int32_t acc = dot_i8(x + l * k, w + c * k, k) + (bias ? bias[c] : 0);
        int32_t v = requant(acc, M[c], s[c], lo, hi);
        if (y_elem == 1)
            ((int8_t *)y)[i] = (int8_t)v;
        else if (y_elem == 2)
            ((int16_t *)y)[i] = (int16_t)v;
        else
            ((int32_t *)y)[i] = v;
    }
}
