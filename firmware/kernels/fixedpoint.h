/*
 * Integer arithmetic of the femba-edge contract (DESIGN.md section 2), written to match
 * femba_edge/export/golden.py bit for bit. No float anywhere.
 *
 * Products that numpy computes in int64 are computed here in uint64 and converted back, so a
 * wrap-around (which the exporter's bounds rule out anyway) is defined behaviour in C too.
 */
#ifndef FEMBA_FIXEDPOINT_H
#define FEMBA_FIXEDPOINT_H

#include <stdint.h>

/* Arithmetic right shift that is defined for negatives (C leaves >> of a negative value to the
 * implementation): floor(x / 2^s). */
static inline int64_t asr64(int64_t x, int s)
{
    return x >= 0 ? (x >> s) : ~((~x) >> s);
}

static inline int64_t mul64(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a * (uint64_t)b);
}

/* golden.rshift_round: floor((x + 2^(s-1)) / 2^s) for s >= 1, x for s == 0 (half up). */
static inline int64_t rshift_round(int64_t x, int s)
{
    if (s <= 0)
        return x;
    return asr64((int64_t)((uint64_t)x + ((uint64_t)1 << (s - 1))), s);
}

static inline int64_t clamp64(int64_t x, int64_t lo, int64_t hi)
{
    return x < lo ? lo : (x > hi ? hi : x);
}

/* golden.requant: clamp(rshift_round(acc * M, s), lo, hi). */
static inline int32_t requant(int64_t acc, int32_t M, int32_t s, int32_t lo, int32_t hi)
{
    return (int32_t)clamp64(rshift_round(mul64(acc, M), s), lo, hi);
}

static inline int8_t requant8(int64_t acc, int32_t M, int32_t s)
{
    return (int8_t)requant(acc, M, s, -128, 127);
}

/* floor(a / b) for b > 0 (C's / truncates toward zero). */
static inline int64_t floordiv64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (q * b != a && a < 0) ? q - 1 : q;
}

/* golden.isqrt: floor(sqrt(v)) for 0 <= v < 2^62, bit by bit (32 steps, same as the golden). */
static inline int64_t isqrt64(int64_t v)
{
    int64_t r = 0;
    for (int b = 31; b >= 0; b--) {
        int64_t t = r + ((int64_t)1 << b);
        if (mul64(t, t) <= v)
            r = t;
    }
    return r;
}

#endif
