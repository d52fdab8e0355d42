/* Conv2d(1 -> E, kernel = stride = (2, 16)) over the [C, T] window, one (token, channel pair)
 * per work item; the bias row carries conv bias + positional embedding. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

#define PATCH_ROWS 2
#define PATCH_COLS 16

/* bias element l * d + c2 * E + e: int16 rows when the layer's biases fit (codegen stores them
 * so, half the L3 bytes), else int32 */
static inline int32_t bias_at(const void *bias, int bias16, uint32_t i)
{
    return bias16 ? ((const int16_t *)bias)[i] : ((const int32_t *)bias)[i];
}

void k_patch_embed(const int8_t *x, uint32_t x_stride, const int8_t *w, const void *bias,
                   int bias16, const int32_t *M, const int32_t *s, int8_t *y, uint32_t c2_count,
                   uint32_t embed, uint32_t i0, uint32_t i1)
{
    uint32_t d = c2_count * embed;
    /* every exporter (M, s) takes requant8_any (simd.h: requant_pre with its parameters worked
     * out inline, no out-of-line call for any shift); others requant32 */
    int any = 1;
    for (uint32_t e = 0; e < embed; e++)
        if (!requant_pre_ok(M[e], s[e], -128, 127))
            any = 0;
    /* patches start at multiples of 16 bytes: with word-aligned buffers each patch row is four
     * words, read once and reused by all E filters (four int8 products per sdotp) */
    int words = (((uintptr_t)x | (uintptr_t)w | x_stride) & 3u) == 0;
    for (uint32_t item = i0; item < i1; item++) {
        uint32_t l = item / c2_count, c2 = item % c2_count;
        const int8_t *r0 = x + (PATCH_ROWS * c2) * x_stride + l * PATCH_COLS;
        const int8_t *r1 = r0 + x_stride;
        uint32_t bi = l * d + c2 * embed;
        int8_t *yi = y + l * d + c2 * embed;
        if (words) {
            uint32_t a0 = simd_load4(r0), a1 = simd_load4(r0 + 4), a2 = simd_load4(r0 + 8),
                     a3 = simd_load4(r0 + 12), b0 = simd_load4(r1), b1 = simd_load4(r1 + 4),
                     b2 = simd_load4(r1 + 8), b3 = simd_load4(r1 + 12);
            for (uint32_t e = 0; e < embed; e++) {
                const int8_t *we = w + e * PATCH_ROWS * PATCH_COLS;
                int32_t acc = simd_sdot4(bias_at(bias, bias16, bi + e), a0, simd_load4(we));
                acc = simd_sdot4(acc, a1, simd_load4(we + 4));
                acc = simd_sdot4(acc, a2, simd_load4(we + 8));
                acc = simd_sdot4(acc, a3, simd_load4(we + 12));
                acc = simd_sdot4(acc, b0, simd_load4(we + 16));
                acc = simd_sdot4(acc, b1, simd_load4(we + 20));
                acc = simd_sdot4(acc, b2, simd_load4(we + 24));
                acc = simd_sdot4(acc, b3, simd_load4(we + 28));
                yi[e] = (int8_t)(any ? requant8_any(acc, M[e], s[e])
                                     : requant32(acc, M[e], s[e], -128, 127));
            }
            continue;
        }
        for (uint32_t e = 0; e < embed; e++) {
            const int8_t *we = w + e * PATCH_ROWS * PATCH_COLS;
            int32_t acc = bias_at(bias, bias16, bi + e);
            for (int j = 0; j < PATCH_COLS; j++)
                acc += r0[j] * we[j] + r1[j] * we[PATCH_COLS + j];
            yi[e] = (int8_t)requant32(acc, M[e], s[e], -128, 127);
        }
    }
}
