/* Elementwise operators: lookup-table nonlinearities, the SiLU gate product, the residual sum. */
#include "fixedpoint.h"
#include "kernels.h"

#define INT16_LO (-32768)
#define INT16_HI 32767

void k_lut(const int8_t *x, int8_t *y, const int8_t *table, uint32_t i0, uint32_t i1)
{
    for (uint32_t i = i0; i < i1; i++)
        y[i] = table[x[i] + 128];
}

void k_mul(const int8_t *a, const int8_t *b, int8_t *y, uint32_t cols, const int32_t *M,
           const int32_t *s, uint32_t i0, uint32_t i1)
{
    uint32_t c = i0 % cols;
    for (uint32_t i = i0; i < i1; i++) {
        y[i] = (int8_t)requant32(a[i] * b[i], M[c], s[c], -128, 127);
        if (++c == cols)
            c = 0;
    }
}

void k_add(const int8_t *const *x, int n_in, int16_t *y, const int32_t *M, const int32_t *s,
           uint32_t i0, uint32_t i1)
{
    for (uint32_t i = i0; i < i1; i++) {
        int64_t total = 0;
        for (int j = 0; j < n_in; j++)
            total += requant32(x[j][i], M[j], s[j], INT16_LO, INT16_HI);
        y[i] = (int16_t)clamp64(total, INT16_LO, INT16_HI);
    }
}

int32_t k_argmax(const void *x, int elem, uint32_t n)
{
    int32_t best = 0;
    int32_t best_v = 0;
    for (uint32_t i = 0; i < n; i++) {
        int32_t v = elem == 1 ? ((const int8_t *)x)[i]
                  : elem == 2 ? ((const int16_t *)x)[i] : ((const int32_t *)x)[i];
        if (i == 0 || v > best_v) {
            best = (int32_t)i;
            best_v = v;
        }
    }
    return best;
}
