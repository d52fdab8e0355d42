/* Depthwise causal / anti-causal conv1d over tokens (Mamba's short conv), per channel. */
#include "fixedpoint.h"
#include "kernels.h"

void k_dwconv(const int8_t *x, int8_t *y, uint32_t tokens, uint32_t dc, const int8_t *w,
              uint32_t taps, const int32_t *bias, const int32_t *M, const int32_t *s, int reverse,
              uint32_t c0, uint32_t c1)
{
    for (uint32_t c = c0; c < c1; c++) {
        const int8_t *wc = w + c * taps;
        for (uint32_t l = 0; l < tokens; l++) {
            int32_t acc = bias[c];
            for (uint32_t j = 0; j < taps; j++) {
                uint32_t back = taps - 1 - j; /* how far tap j looks back (or ahead) */
                if (reverse) {
                    if (l + back < tokens)
                        acc += wc[j] * x[(l + back) * dc + c];
                } else if (l >= back) {
                    acc += wc[j] * x[(l - back) * dc + c];
                }
            }
            y[l * dc + c] = requant8(acc, M[c], s[c]);
        }
    }
}
