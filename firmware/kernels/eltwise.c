/* Elementwise operators: lookup-table nonlinearities, the SiLU gate product, the residual sum. */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

#define INT16_LO (-32768)
#define INT16_HI 32767

void k_lut(const int8_t *x, int8_t *y, const int8_t *table, uint32_t i0, uint32_t i1)
{
    const int8_t *tb = table + 128;
    uint32_t i = i0;
    /* four independent loads before their uses: no load-use stall on the in-order core */
    for (; i + 4 <= i1; i += 4) {
        int32_t a0 = x[i], a1 = x[i + 1], a2 = x[i + 2], a3 = x[i + 3];
        int8_t r0 = (int8_t)simd_lb_rr(tb, a0), r1 = (int8_t)simd_lb_rr(tb, a1),
               r2 = (int8_t)simd_lb_rr(tb, a2), r3 = (int8_t)simd_lb_rr(tb, a3);
        y[i] = r0;
        y[i + 1] = r1;
        y[i + 2] = r2;
        y[i + 3] = r3;
    }
    for (; i < i1; i++)
        y[i] = tb[x[i]];
}

#if defined(FEMBA_XPULP)
/* 2 * pairs products through requant_split (fixedpoint.h) to int8 in a hardware loop:
 * post-increment byte loads and stores, two elements per iteration so no loaded value is used by
 * the next instruction; a*b and (a*b) * Ml are 1-cycle p.muls (mul takes 2). */
static void mul_split_pairs(const int8_t **a, const int8_t **b, int8_t **y, uint32_t pairs,
                            const requant_split_t *q)
{
    int32_t Mh = q->Mh, Ml = q->Ml, rnd = q->rnd, sh = q->sh;
    const int8_t *pa = *a, *pb = *b;
    int8_t *py = *y;
    int32_t a0, b0, a1, b1;
    __asm__ volatile(
        ".option push\n .option norvc\n"
        ".insn i 0x7B, 4, x0, %[n], 44\n"        /* lp.setup 0: the 22 instructions below */
        ".insn i 0x0B, 0, %[a0], 1(%[pa])\n"     /* p.lb a0, 1(pa!) */
        ".insn i 0x0B, 0, %[b0], 1(%[pb])\n"
        ".insn i 0x0B, 0, %[a1], 1(%[pa])\n"
        ".insn i 0x0B, 0, %[b1], 1(%[pb])\n"
        ".insn r 0x5B, 0, 0x40, %[a0], %[a0], %[b0]\n" /* p.muls: 16 x 16 bits */
        ".insn r 0x5B, 0, 0x40, %[a1], %[a1], %[b1]\n"
        ".insn r 0x5B, 0, 0x40, %[b0], %[a0], %[ml]\n"
        "mul %[a0], %[a0], %[mh]\n"
        ".insn r 0x5B, 0, 0x40, %[b1], %[a1], %[ml]\n"
        "mul %[a1], %[a1], %[mh]\n"
        "srai %[b0], %[b0], 15\n"
        "srai %[b1], %[b1], 15\n"
        "add %[a0], %[a0], %[b0]\n"
        "add %[a1], %[a1], %[b1]\n"
        "add %[a0], %[a0], %[rnd]\n"
        "add %[a1], %[a1], %[rnd]\n"
        "sra %[a0], %[a0], %[sh]\n"
        "sra %[a1], %[a1], %[sh]\n"
        ".insn r 0x33, 1, 0x0A, %[a0], %[a0], x8\n" /* p.clipi a0, a0, 8 */
        ".insn r 0x33, 1, 0x0A, %[a1], %[a1], x8\n"
        ".insn s 0x2B, 0, %[a0], 1(%[py])\n"     /* p.sb a0, 1(py!) */
        ".insn s 0x2B, 0, %[a1], 1(%[py])\n"
        ".option pop\n"
        : [pa] "+r"(pa), [pb] "+r"(pb), [py] "+r"(py), [a0] "=&r"(a0), [b0] "=&r"(b0),
          [a1] "=&r"(a1), [b1] "=&r"(b1)
        : [n] "r"(pairs), [mh] "r"(Mh), [ml] "r"(Ml), [rnd] "r"(rnd), [sh] "r"(sh)
        : "memory");
    *a = pa;
    *b = pb;
    *y = py;
}
#endif

void k_mul(const int8_t *a, const int8_t *b, int8_t *y, uint32_t cols, const int32_t *M,
           const int32_t *s, uint32_t i0, uint32_t i1)
{
    /* every exporter shift takes the split form: s outside [17, 46] as requant_split_s8(s),
     * which clamps to the same int8 values (fixedpoint.h) */
    int32_t s8 = M[0] >= (1 << 30) && s[0] >= 1 && s[0] <= 62 ? requant_split_s8(s[0]) : s[0];
    if (cols == 1 && requant_split_ok(M[0], s8)) {
        requant_split_t q = requant_split_params(M[0], s8);
        const int8_t *ap = a + i0, *bp = b + i0;
        int8_t *yp = y + i0, *end = y + i1;
#if defined(FEMBA_XPULP)
        if ((i1 - i0) / 2)
            mul_split_pairs(&ap, &bp, &yp, (i1 - i0) / 2, &q);
#endif
        while (yp < end) {
            *yp++ = (int8_t)simd_clip(requant_split(*ap++ * *bp++, &q), 8);
        }
        return;
    }
    uint32_t c = i0 % cols;
    for (uint32_t i = i0; i < i1; i++) {
        y[i] = (int8_t)requant32(a[i] * b[i], M[c], s[c], -128, 127);
        if (++c == cols)
            c = 0;
    }
}

void k_add(const int8_t *const *x, int n_in, int16_t *y, const int16_t *tables, uint32_t i0,
           uint32_t i1)
{
    const int16_t *t0 = tables + 128, *t1 = t0 + 256, *t2 = t1 + 256;
    if (n_in == 3) { /* the residual sum of a bidirectional block: its own loop, no branches */
        const int8_t *x0 = x[0] + i0, *x1 = x[1] + i0, *x2 = x[2] + i0;
        int16_t *yp = y + i0, *end = y + i1;
        while (yp < end) {
            int32_t v = t0[*x0++] + t1[*x1++] + t2[*x2++];
            *yp++ = (int16_t)(v < INT16_LO ? INT16_LO : (v > INT16_HI ? INT16_HI : v));
        }
        return;
    }
    for (uint32_t i = i0; i < i1; i++) {
        int32_t v = t0[x[0][i]];
        if (n_in > 1)
            v += t1[x[1][i]];
        y[i] = (int16_t)(v < INT16_LO ? INT16_LO : (v > INT16_HI ? INT16_HI : v));
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
