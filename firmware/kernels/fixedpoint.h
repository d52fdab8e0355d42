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

/* requant32 for every 1 <= s <= 62 in the form of its s >= 33 case, for clamp bounds
 * -2^27 <= lo <= hi <= 2^27 (int8 and int16 outputs): the form the fused GEMM micro-kernels
 * compute, so that no shift leaves them for the C path. Per channel (requant_pre_params):
 *   c = clamp(acc, -(A+1), A);  h = mulhsu(c << k, Mu);  y = clamp((h + rnd) >> sh, lo, hi)
 * (mulhsu: the high word of the signed x unsigned product; Mu < 2^32 unsigned).
 * s >= 33 (M >= 0): Mu = M, k = 0, A = 2^31 - 1 (no clamp), rnd = 2^(s-33), sh = s - 32, i.e.
 * requant32's case (mulhsu == mulh for M >= 0).
 * s <= 32: Mu = 2M (< 2^32), k = 32 - s, rnd = 1, sh = 1. With f(a) = floor((a*M + 2^(s-1)) /
 * 2^s) = floor(((a 2^k)(2M) + 2^32) / 2^33): for P = (a << k) * 2M = H 2^32 + L, 0 <= L < 2^32,
 * floor((P + 2^32) / 2^33) = floor((H + 1) / 2) (L / 2^32 < 1 cannot carry past a multiple of 2)
 * -- if a << k fits int32. s = 32 (k = 0, what trained out_proj layers get) needs no clamp: the
 * same instruction count as s >= 33. For k > 0 acc is clamped first to A + 1 = 2^(31-k) =
 * 2^(s-1), so a << k is in [-2^31, 2^31); that leaves the result alone because every
 * clamped-away a saturates anyway (f is non-decreasing as M > 0; M >= 2^30, s >= 2):
 * f(A) >= floor(M/2 - M/2^s + 1/2) >= M/4 >= 2^28 > hi, f(-(A+1)) = floor(-M/2 + 1/2) <= -2^29 <
 * lo. s = 1 (A would be 0) uses s = 2 instead: for s <= 2 every a != 0 saturates
 * (|f(+-1)| >= floor((M - 2) / 4) >= 2^28 - 1 >= 2^27) and f(0) = 0, so the clamped outputs
 * agree. |h| < 2^31 - 1 (|c << k| <= 2^31, Mu < 2^32), so h + rnd cannot wrap. */
typedef struct {
    uint32_t Mu;
    int32_t A, k, rnd, sh;
} requant_pre_t;

static inline int requant_pre_ok(int32_t M, int32_t s, int32_t lo, int32_t hi)
{
    return M >= (1 << 30) && s >= 1 && s <= 62 && lo >= -(1 << 27) && hi <= (1 << 27);
}

/* the parameters for s >= 33 with M >= 0, or requant_pre_ok(M, s, ...) */
static inline requant_pre_t requant_pre_params(int32_t M, int32_t s)
{
    requant_pre_t p;
    if (s >= 33) {
        p.Mu = (uint32_t)M;
        p.k = 0;
        p.rnd = (int32_t)(1u << (s - 33));
        p.sh = s - 32;
    } else {
        p.Mu = (uint32_t)M << 1;
        p.k = 32 - (s < 2 ? 2 : s);
        p.rnd = 1;
        p.sh = 1;
    }
    p.A = (int32_t)(0x7FFFFFFFu >> p.k);
    return p;
}

static inline int32_t requant_pre(int32_t acc, const requant_pre_t *p, int32_t lo, int32_t hi)
{
    int32_t c = acc < -p->A - 1 ? -p->A - 1 : (acc > p->A ? p->A : acc);
    int64_t prod = (int64_t)(int32_t)((uint32_t)c << p->k) * (int64_t)p->Mu;
    int32_t t = (int32_t)(prod >> 32) + p->rnd;
    int32_t y = t >= 0 ? t >> p->sh : ~((~t) >> p->sh);
    return y < lo ? lo : (y > hi ? hi : y);
}

/* the high word of a * Mu, a signed and Mu unsigned (mulhsu on rv32): requant_pre's product */
static inline int32_t mulhsu32(int32_t a, uint32_t Mu)
{
    return (int32_t)(((int64_t)a * (int64_t)Mu) >> 32);
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

/* The shift to give requant_split for an int8 x int8 product (|acc| <= 2^14, M in [2^30, 2^31),
 * 1 <= s <= 62) and an int8 output: the same clamped values as s itself, so that every exporter
 * shift takes the split form. s < 17 -> 17: f(a) = floor((a*M + 2^(s-1)) / 2^s) is 0 at a = 0
 * and saturates with the sign of a for every a != 0 at any s <= 17 (f is monotone in a;
 * f(1) >= floor((2^30 + 2^(s-1)) / 2^s) >= 2^13 and f(-1) <= floor((2^(s-1) - 2^30) / 2^s) <=
 * -2^13), so s and 17 clamp to the same values; s > 46 ->
 * 46: |a*M| < 2^14 * 2^31 = 2^45 <= 2^(s-2), so a*M + 2^(s-1) lies in (0, 2^s) and f = 0, the
 * same at s = 46 (in (0, 2^46)). */
static inline int32_t requant_split_s8(int32_t s)
{
    return s < 17 ? 17 : (s > 46 ? 46 : s);
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
