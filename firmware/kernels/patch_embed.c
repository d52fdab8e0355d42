/* Conv2d(1 -> E, kernel = stride = (2, 16)) over the [C, T] window, one (token, channel pair)
 * per work item; the bias row carries conv bias + positional embedding. */
#include "fixedpoint.h"
#include "kernels.h"

#define PATCH_ROWS 2
#define PATCH_COLS 16

void k_patch_embed(const int8_t *x, uint32_t x_stride, const int8_t *w, const int32_t *bias,
                   const int32_t *M, const int32_t *s, int8_t *y, uint32_t c2_count,
                   uint32_t embed, uint32_t i0, uint32_t i1)
{
    uint32_t d = c2_count * embed;
    for (uint32_t item = i0; item < i1; item++) {
        uint32_t l = item / c2_count, c2 = item % c2_count;
        const int8_t *r0 = x + (PATCH_ROWS * c2) * x_stride + l * PATCH_COLS;
        const int8_t *r1 = r0 + x_stride;
        for (uint32_t e = 0; e < embed; e++) {
            const int8_t *we = w + e * PATCH_ROWS * PATCH_COLS;
            int32_t acc = bias[l * d + c2 * embed + e];
            for (int j = 0; j < PATCH_COLS; j++)
                acc += r0[j] * we[j] + r1[j] * we[PATCH_COLS + j];
            y[l * d + c2 * embed + e] = requant8(acc, M[e], s[e]);
        }
    }
}
