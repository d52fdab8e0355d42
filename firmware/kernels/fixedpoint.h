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

static inline int32_t asr32(int32_t x, int s)
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

/* requant32's cases s < 33: P' = acc*M + 2^(s-1) = H * 2^32 + L (carry of the low word into H);
 * for s == 32 the result is H; for s < 32 floor(P' / 2^s) fits int32 iff floor(H / 2^(s-1)) is
 * 0 or -1, and then it is (H << (32 - s)) | (L >> s); otherwise it saturates with the sign of H.
 * Kept out of line so that requant32's common case stays small enough to inline. */
static int32_t __attribute__((noinline, unused))
requant32_small_s(int32_t acc, int32_t M, int32_t s, int32_t lo, int32_t hi)
{
    if (s < 1)
        return requant(acc, M, s, lo, hi);
    int64_t p = (int64_t)acc * M;
    int32_t h = (int32_t)(p >> 32);
    uint32_t l = (uint32_t)p, l2 = l + (1u << (s - 1));
    int32_t y;
    h += (int32_t)(l2 < l);
    if (s == 32) {
        y = h;
    } else {
        int32_t top = h >= 0 ? h >> (s - 1) : ~((~h) >> (s - 1));
        if (top != 0 && top != -1)
            return h < 0 ? lo : hi;
        y = (int32_t)(((uint32_t)h << (32 - s)) | (l2 >> s));
    }
    return y < lo ? lo : (y > hi ? hi : y);
}

/* requant of an int32 accumulator, the same value with 32-bit operations (1 <= s <= 62):
 * acc * M = H * 2^32 + L (H = the signed high word, 0 <= L < 2^32). For s >= 33 the rounding
 * term 2^(s-1) is a multiple of 2^32, so floor((acc*M + 2^(s-1)) / 2^s) =
 * floor((H + 2^(s-33)) / 2^(s-32)) (L cannot reach the next multiple); |H| < 2^30 and
 * 2^(s-33) <= 2^29, so the sum fits int32. */
static inline int32_t requant32(int32_t acc, int32_t M, int32_t s, int32_t lo, int32_t hi)
{
    if (s < 33)
        return requant32_small_s(acc, M, s, lo, hi);
    int32_t t = (int32_t)(((int64_t)acc * M) >> 32) + (int32_t)(1u << (s - 33));
    int32_t y = t >= 0 ? t >> (s - 32) : ~((~t) >> (s - 32));
    return y < lo ? lo : (y > hi ? hi : y);
}

/* requant of an acc with |acc| <= 2^14 without mulh: with M = Mh * 2^15 + Ml (0 <= M < 2^31,
 * Ml < 2^15 so that acc * Ml is a 16 x 16-bit product, one cycle as p.muls on Xpulpv2),
 * floor((acc*M + 2^(s-1)) / 2^s) = floor((acc*Mh + floor(acc*Ml / 2^15) + 2^(s-16)) / 2^(s-15));
 * |acc*Mh| < 2^30, |acc*Ml| < 2^29 and 2^(s-16) <= 2^30 keep the sum inside int32 for
 * 17 <= s <= 46. requant_split_params gives Mh, Ml, rnd = 2^(s-16), sh = s - 15; callers clamp. */
typedef struct {
    int32_t Mh, Ml, rnd, sh;
} requant_split_t;

static inline int requant_split_ok(int32_t M, int32_t s)
{
    return M >= 0 && s >= 17 && s <= 46;
}

static inline requant_split_t requant_split_params(int32_t M, int32_t s)
{
    requant_split_t p = {M >> 15, M & 0x7FFF, (int32_t)(1u << (s - 16)), s - 15};
    return p;
}

static inline int32_t requant_split(int32_t acc, const requant_split_t *p)
{
    return asr32(acc * p->Mh + asr32(acc * p->Ml, 15) + p->rnd, p->sh);
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

#endif
