/*
 * Integer selective scan (golden.scan), one channel at a time over all tokens, so channels are
 * the parallel axis. State h is int32 (the exporter bounds |h| below 2^31; dA * h is int64):
 *   p  = clamp8(rshift_round(delta * A, 7));  dA = exp_table[p + 128]   (Q15)
 *   h  = rshift_round(dA * h, 15) + delta * u * B
 *   y  = clamp8(requant16(sum_n C * rshift_round(h, h_shift)) + requant16(u * D))
 */
#include "fixedpoint.h"
#include "kernels.h"
#include "simd.h"

#define P_SHIFT 7
#define DA_FRAC_BITS 15

/* rshift_round(x, s) = floor((x + 2^(s-1)) / 2^s) for s >= 1, computed as floor(x / 2^s) plus
 * the bit just below the cut: the same value without the overflow of x + 2^(s-1), so it stays in
 * 32 (or, for the dA * h product, 64 -> 32) bits. */
static inline int32_t round_shift32(int32_t x, int s)
{
    return asr32(x, s) + (asr32(x, s - 1) & 1);
}

static inline int32_t round_shift64(int64_t x, int s)
{
    return (int32_t)(asr64(x, s) + (asr64(x, s - 1) & 1));
}

/* The straightforward form (any exp table): dA * h as an int64 product. */
static void scan_channel64(const scan_tile_t *t, uint32_t c)
{
    uint32_t n_state = t->d_state, dc = t->dc;
    int hs = t->h_shift;
    int32_t *h = t->h + c * n_state;
    const int8_t *a = t->A + c * n_state;
    for (uint32_t step = 0; step < t->tokens; step++) {
        uint32_t l = t->reverse ? t->tokens - 1 - step : step;
        int32_t u = t->u[l * dc + c], dl = t->delta[l * dc + c];
        int32_t du = dl * u;
        const int8_t *b = t->B + l * n_state, *cc = t->C + l * n_state;
        uint32_t yacc = 0;
        for (uint32_t n = 0; n < n_state; n++) {
            int32_t p = round_shift32(dl * a[n], P_SHIFT);
            p = p < -128 ? -128 : (p > 127 ? 127 : p);
            int64_t dah = (int64_t)t->exp_table[p + 128] * h[n];
            int32_t hn = (int32_t)((uint32_t)round_shift64(dah, DA_FRAC_BITS) +
                                   (uint32_t)(du * b[n]));
            h[n] = hn;
            yacc += (uint32_t)(cc[n] * (hs > 0 ? round_shift32(hn, hs) : hn));
        }
        int64_t y = (int64_t)requant((int32_t)yacc, t->M_y[c], t->s_y[c], -32768, 32767)
                  + requant((int64_t)u * t->D[c], t->M_D[c], t->s_D[c], -32768, 32767);
        t->y[l * dc + c] = (int8_t)clamp64(y, -128, 127);
    }
}

/* 32-bit form, exact when every table entry is in [0, 2^16): with h = hh * 2^16 + hl
 * (hh = floor(h / 2^16), 0 <= hl < 2^16),
 *   rshift_round(dA * h, 15) = 2 * dA * hh + ((dA * hl + 2^14) >> 15)
 * because dA * hh * 2^16 is a multiple of 2^15; dA * hl + 2^14 < 2^32 (a 16 x 16-bit unsigned
 * product, p.muluRN on Xpulpv2), and 2 * dA * hh = dA * (floor(h / 2^15) & ~1) is taken mod 2^32:
 * the golden proves the new h fits int32, so the wrapped sum is exact.
 * The table index p + 128 with p = rshift_round(dl * a, 7): dl * a is in [-16256, 16384], so
 * p + 128 is in [1, 256] and only 256 needs clamping (to 255); in scan_states, as a byte offset,
 * min((v >> 5) & ~3, 1020) with v = dl * a + 64 + 128 * 128 >= 0.
 * rshift_round(h, hs) = (asr(h, hs - 1) + 1) >> 1 for hs >= 1 (no overflow: |asr| <= 2^30).
 *
 * The state loop runs over a chunk of tokens and adds its states' terms to yacc[]; the
 * requantisation of y stays in C. With FEMBA_XPULP, d_state a multiple of 8 and h_shift >= 1
 * (SCAN_MODE_SHIFTED) it is the assembly loop femba_scan8 below, 8 states at a time with h and A
 * in registers, on the exp table moved down one entry (k_scan_mode) so that p needs no clamp;
 * femba_scanbc when drv_chan has packed B and C (SCAN_MODE_BC). */
#define SCAN_CHUNK 80 /* tokens per state-loop call: yacc[] lives on a 1 KiB worker stack */

typedef struct {
    int32_t *h;               /* [n_state], in / out (femba_scan8: advanced per 8-state group) */
    const int32_t *et;        /* exp table */
    const int8_t *b, *c;      /* B, C rows of the chunk's first token (at this call's states) */
    int32_t bc_step;          /* +-d_state: the next token's rows (reverse scans walk back) */
    int32_t *yacc;            /* [n], accumulated */
    uint32_t n;
    int32_t hs;
    const uint32_t *a2;       /* femba_scan8: A of its groups as 16-bit pairs, a[2j] low
                               * (femba_scanbc: the int8 A of its groups) */
    uint32_t groups;          /* femba_scan8: 8-state groups in this call */
    const int8_t *u, *delta;  /* the chunk's first token */
    int32_t x_step;           /* +-dc */
    const int8_t *a;          /* scan_states: [n_state] */
    uint32_t n_state;
} scan_run_t;

static void __attribute__((noinline)) scan_states(const scan_run_t *r)
{
    int hs = r->hs, hs1 = hs > 0 ? hs - 1 : 0;
    int32_t hbit = hs > 0 ? 1 : 0;
    const int8_t *b = r->b, *cc = r->c, *u = r->u, *dd = r->delta;
    for (uint32_t k = 0; k < r->n; k++) {
        int32_t dl = *dd, du = dl * *u, yacc = r->yacc[k];
#pragma GCC unroll 4
        for (uint32_t n = 0; n < r->n_state; n++) {
            int32_t v = dl * r->a[n] + (1 << (P_SHIFT - 1)) + (128 << P_SHIFT);
            int32_t off = simd_min((int32_t)(((uint32_t)v >> (P_SHIFT - 2)) & ~3u), 255 * 4);
            uint32_t dA = (uint32_t)simd_lw_rr(r->et, off);
            int32_t hv = r->h[n];
            int32_t hn = simd_mac(du * b[n], (int32_t)dA, (int32_t)((uint32_t)asr32(hv, 15) & ~1u));
            hn = (int32_t)((uint32_t)hn + simd_mulu16_rn15((uint32_t)hv, dA));
            r->h[n] = hn;
            yacc = simd_mac(yacc, cc[n], asr32(hn, hs) + (asr32(hn, hs1) & hbit));
        }
        r->yacc[k] = yacc;
        b += r->bc_step, cc += r->bc_step, u += r->x_step, dd += r->x_step;
    }
}

#if defined(FEMBA_XPULP)
/*
 * femba_scan8(r): scan_states for r->groups groups of 8 states (hs >= 1). h in s0..s7, A pairs
 * in s8..s11; a0 the shifted exp table + 508 (p.lw offset p * 4, p in [-127, 128]: T'[p + 127] =
 * T[min(p, 127) + 128]), a1 the y shift, a2 yacc, a3 B row, a4 C
 * row, a5 B / C step, t0 delta, t6 u, t1 their step; t2 dl in both halves, t3 du, t4 yacc; t5,
 * a6, a7, ra scratch. Per state 13 or 14 instructions, each load used >= 2 instructions later;
 * the token loop fits the core's 512-byte L0 instruction cache, which a 16-state body does not
 * (it ran at ~1.5 cycles per instruction). State 0 goes last so that its B / C loads can
 * post-increment the row pointers. Products are p.muls (16 x 16 bits, 1 cycle; mul takes 2 on
 * GVSoC): |du| <= 2^14, b and c are bytes.
 *   p = (dl * a + 64) >> 7  p.mulsRN / p.mulhhsRN;  dA = p.lw (p << 2)(a0)
 *   h = du * b + dA * (asr(h, 15) & ~1) + p.muluRN(h, dA, 15)
 *   yacc += c * rshift_round(h, hs)
 * Two variants (scan_channel32 picks one):
 *   femba_scan8      any data: the y term as (asr(h, hs - 1) + 1) >> 1 (sra, p.addRNi);
 *   femba_scan8_rn   |h| + 2^(hs-1) < 2^31 (SCAN_MODE_FAST_Y): y term p.addRN a6, ra, hs, i.e.
 *                    (du * b + dA * .. + lo + 2^(hs-1)) >> hs from the two addends of h.
 */
#define SC_Y_SRA(H)                                                                              \
    "sra ra, " H ", a1\n"                                                                        \
    ".insn r 0x5B, 6, 0x01, ra, ra, x0\n"        /* p.addRNi ra, ra, x0, 1 */                   \
    ".insn r 0x33, 0, 0x21, t4, a7, ra\n"        /* p.mac t4, a7, ra */
#define SC_Y_RN(H)                                                                               \
    ".insn r 0x5B, 6, 0x20, a6, ra, a1\n"        /* p.addRN a6, ra, a1 (a6 += ra, round >>) */  \
    ".insn r 0x33, 0, 0x21, t4, a7, a6\n"        /* p.mac t4, a7, a6 */
#define SC_STATE(n, H, MUL, AP, LD_BC, PRE, CL, Y)                                               \
    LD_BC PRE                                                                                    \
    ".insn r 0x5B, 4, " MUL ", t5, t2, " AP "\n" /* p.mul{s,hhs}RN t5, t2, AP, 7 */             \
    CL                                                                                           \
    "slli t5, t5, 2\n"                                                                           \
    ".insn r 0x03, 7, 0x10, t5, a0, t5\n"        /* p.lw t5, t5(a0) */                          \
    ".insn r 0x5B, 0, 0x40, a6, t3, a6\n"        /* p.muls a6, t3, a6 */                        \
    "srai ra, " H ", 15\n andi ra, ra, -2\n"                                                    \
    ".insn r 0x33, 0, 0x21, a6, t5, ra\n"        /* p.mac a6, t5, ra */                         \
    ".insn r 0x5B, 4, 0x0F, ra, " H ", t5\n"     /* p.muluRN ra, H, t5, 15 */                   \
    "add " H ", a6, ra\n"                                                                        \
    Y(H)
#define SC_LD(n) "lb a6, " #n "(a3)\n lb a7, " #n "(a4)\n"
#define SC_LD_POST ".insn r 0x0B, 7, 0, a6, a3, a5\n .insn r 0x0B, 7, 0, a7, a4, a5\n" /* p.lb a6, a5(a3!) */
/* du = u * dl (p.muls); pv.pack.h t2, t2, t2 */
#define SC_FIRST ".insn r 0x5B, 0, 0x40, t3, t3, t2\n .insn r 0x57, 0, 0x68, t2, t2, t2\n"
#define SC_SAVED(op)                                                                             \
    op " s0, 0(sp)\n " op " s1, 4(sp)\n " op " s2, 8(sp)\n " op " s3, 12(sp)\n "                  \
    op " s4, 16(sp)\n " op " s5, 20(sp)\n " op " s6, 24(sp)\n " op " s7, 28(sp)\n "               \
    op " s8, 32(sp)\n " op " s9, 36(sp)\n " op " s10, 40(sp)\n " op " s11, 44(sp)\n "             \
    op " ra, 48(sp)\n"
#define SC_H(op)                                                                                 \
    op " s0, 0(t5)\n " op " s1, 4(t5)\n " op " s2, 8(t5)\n " op " s3, 12(t5)\n "                  \
    op " s4, 16(t5)\n " op " s5, 20(t5)\n " op " s6, 24(t5)\n " op " s7, 28(t5)\n"

/* scan_run_t offsets: h 0, et 4, b 8, c 12, bc_step 16, yacc 20, n 24, hs 28, a2 32, groups 36,
 * u 40, delta 44, x_step 48. HS_ADJ turns hs into the variant's a1. The groups of one call run
 * back to back (the body stays in the L0 instruction cache); after each, h, b, c and a2 advance
 * in *r to the next group. */
#define SC_ADV(off, inc) "lw t5, " #off "(a0)\n addi t5, t5, " #inc "\n sw t5, " #off "(a0)\n"
/* The scan passes' common loop head: the remaining run parameters (a5 .. t1, trip count t5,
 * a0 -> the h/yacc base), the hardware loop over tokens starting on a 16-byte line, and the
 * first token's u and delta (register post-increment p.lb) and B/C word. */
#define SC_LOOP_HEAD                                                                           \
    "lw a5, 16(a0)\n lw t6, 40(a0)\n lw t0, 44(a0)\n lw t1, 48(a0)\n lw t5, 24(a0)\n"            \
    "lw a0, 4(a0)\n"                                                                             \
    ".balignl 16, 0x00000013\n nop\n nop\n" /* (nop fill) the body starts a line */             \
    "addi a0, a0, 508\n"                                                                         \
    ".word (((1f - .) >> 1) << 20) | (30 << 15) | 0x407B\n" /* lp.setup 0, t5, 1f */            \
    ".insn r 0x0B, 7, 0, t3, t6, t1\n" /* p.lb t3, t1(t6!): u */                                 \
    ".insn r 0x0B, 7, 0, t2, t0, t1\n" /* p.lb t2, t1(t0!): dl */                                \
    "lw t4, 0(a2)\n"

/* A scan pass's entry: its own 16-byte aligned section, the frame (saved registers, the run
 * pointer at 52(sp)), and per channel (label 2) the state h loaded and t5 -> the A row. */
#define SC_ENTRY(NAME)                                                                         \
    ".section .text." NAME ",\"ax\",@progbits\n"                                                  \
    ".option push\n .option norvc\n .option norelax\n"                                            \
    ".p2align 4\n .globl " NAME "\n .type " NAME ", @function\n"                                 \
    NAME ":\n"                                                                                    \
    "addi sp, sp, -64\n" SC_SAVED("sw") "sw a0, 52(sp)\n"                                        \
    "2: lw t5, 0(a0)\n" SC_H("lw")                                                                \
    "lw t5, 32(a0)\n"

#define SC_FUNC(NAME, CL, Y, HS_ADJ)                                                             \
    __asm__(SC_ENTRY(NAME)                                                                    \
            "lw s8, 0(t5)\n lw s9, 4(t5)\n lw s10, 8(t5)\n lw s11, 12(t5)\n"                      \
            "lw a1, 28(a0)\n" HS_ADJ "lw a2, 20(a0)\n lw a3, 8(a0)\n lw a4, 12(a0)\n"          \
            SC_LOOP_HEAD                                                                         \
            SC_STATE(1, "s1", "0x67", "s8", SC_LD(1), SC_FIRST, CL, Y)                           \
            SC_STATE(2, "s2", "0x47", "s9", SC_LD(2), "", CL, Y)                                 \
            SC_STATE(3, "s3", "0x67", "s9", SC_LD(3), "", CL, Y)                                 \
            SC_STATE(4, "s4", "0x47", "s10", SC_LD(4), "", CL, Y)                                \
            SC_STATE(5, "s5", "0x67", "s10", SC_LD(5), "", CL, Y)                                \
            SC_STATE(6, "s6", "0x47", "s11", SC_LD(6), "", CL, Y)                                \
            SC_STATE(7, "s7", "0x67", "s11", SC_LD(7), "", CL, Y)                                \
            SC_STATE(0, "s0", "0x47", "s8", SC_LD_POST, "", CL, Y)                               \
            "1: .insn s 0x2B, 2, t4, 4(a2)\n" /* p.sw t4, 4(a2!) */                              \
            "lw a0, 52(sp)\n lw t5, 0(a0)\n" SC_H("sw")                                         \
            "addi t5, t5, 32\n sw t5, 0(a0)\n"                                                   \
            SC_ADV(8, 8) SC_ADV(12, 8) SC_ADV(32, 16) SC_ADV(36, -1)                             \
            "bnez t5, 2b\n"                                                                      \
            SC_SAVED("lw") "addi sp, sp, 64\n ret\n"                                             \
            ".option pop\n .size " NAME ", .-" NAME "\n .text\n")

void femba_scan8(scan_run_t *r);
void femba_scan8_rn(scan_run_t *r);
SC_FUNC("femba_scan8", "", SC_Y_SRA, "addi a1, a1, -1\n");
SC_FUNC("femba_scan8_rn", "", SC_Y_RN, "");

/*
 * femba_scanbc / femba_scanbc_rn: the same update on the packed B / C layout of k_scan_pack_bc
 * (SCAN_MODE_BC): per token and 8-state group 24 bytes, C[0..8) as bytes, then B[0..8) as int16.
 * One lw brings the B of two states (a4), p.muls / p.mulhhs take du * b from its halves (du in
 * both halves of t3), and one pointer (a3, step a5) walks B and C: 12.5 instructions per state.
 * r->a2 points to the group's A bytes (packed into pairs here).
 * State 0 goes last; its C byte at offset 0 post-increments a3 to the next token.
 */
#define SB_STATE(H, MUL, PMUL, AP, LD, PRE, Y)                                                   \
    LD PRE                                                                                       \
    ".insn r 0x5B, 4, " MUL ", t5, t2, " AP "\n" /* p.mul{s,hhs}RN t5, t2, AP, 7 */             \
    "slli t5, t5, 2\n"                                                                           \
    ".insn r 0x03, 7, 0x10, t5, a0, t5\n"        /* p.lw t5, t5(a0) */                          \
    ".insn r 0x5B, 0, " PMUL ", a6, t3, a4\n"    /* p.muls / p.mulhhs a6, t3, a4: du * b */     \
    "srai ra, " H ", 15\n andi ra, ra, -2\n"                                                    \
    ".insn r 0x33, 0, 0x21, a6, t5, ra\n"        /* p.mac a6, t5, ra */                         \
    ".insn r 0x5B, 4, 0x0F, ra, " H ", t5\n"     /* p.muluRN ra, H, t5, 15 */                   \
    "add " H ", a6, ra\n"                                                                        \
    Y(H)
#define SB_LDB(j) "lw a4, 8+4*" #j "(a3)\n"
#define SB_LDC(n) "lb a7, " #n "(a3)\n"
#define SB_LDC_POST ".insn r 0x0B, 7, 0, a7, a3, a5\n" /* p.lb a7, a5(a3!) */
/* s8..s11 = A pairs from the group's int8 A at t5 (pv.pack.h s8, a[1], a[0], ...) */
#define SB_PK(R, T) ".insn r 0x57, 0, 0x68, " R ", " T ", " R "\n"
#define SB_A                                                                                     \
    "lb s8, 0(t5)\n lb s9, 2(t5)\n lb s10, 4(t5)\n lb s11, 6(t5)\n lb a1, 1(t5)\n lb ra, 3(t5)\n"  \
    SB_PK("s8", "a1") "lb a1, 5(t5)\n" SB_PK("s9", "ra") "lb ra, 7(t5)\n"                     \
    SB_PK("s10", "a1") SB_PK("s11", "ra")
#define SB_FIRST SC_FIRST ".insn r 0x57, 0, 0x68, t3, t3, t3\n" /* + pv.pack.h t3, t3, t3 */
#define SB_FUNC(NAME, Y, HS_ADJ)                                                                 \
    __asm__(SC_ENTRY(NAME) SB_A                                                               \
            "lw a1, 28(a0)\n" HS_ADJ "lw a2, 20(a0)\n lw a3, 8(a0)\n"                           \
            SC_LOOP_HEAD                                                                         \
            SB_STATE("s2", "0x47", "0x40", "s9", SB_LDB(1) SB_LDC(2), SB_FIRST, Y)               \
            SB_STATE("s3", "0x67", "0x60", "s9", SB_LDC(3), "", Y)                               \
            SB_STATE("s4", "0x47", "0x40", "s10", SB_LDB(2) SB_LDC(4), "", Y)                    \
            SB_STATE("s5", "0x67", "0x60", "s10", SB_LDC(5), "", Y)                              \
            SB_STATE("s6", "0x47", "0x40", "s11", SB_LDB(3) SB_LDC(6), "", Y)                    \
            SB_STATE("s7", "0x67", "0x60", "s11", SB_LDC(7), "", Y)                              \
            SB_STATE("s1", "0x67", "0x60", "s8", SB_LDB(0) SB_LDC(1), "", Y)                     \
            SB_STATE("s0", "0x47", "0x40", "s8", SB_LDC_POST, "", Y)                             \
            "1: .insn s 0x2B, 2, t4, 4(a2)\n" /* p.sw t4, 4(a2!) */                              \
            "lw a0, 52(sp)\n lw t5, 0(a0)\n" SC_H("sw")                                         \
            "addi t5, t5, 32\n sw t5, 0(a0)\n"                                                   \
            SC_ADV(8, 24) SC_ADV(32, 8) SC_ADV(36, -1)                                           \
            "bnez t5, 2b\n"                                                                      \
            SC_SAVED("lw") "addi sp, sp, 64\n ret\n"                                             \
            ".option pop\n .size " NAME ", .-" NAME "\n .text\n")

void femba_scanbc(scan_run_t *r);
void femba_scanbc_rn(scan_run_t *r);
SB_FUNC("femba_scanbc", SC_Y_SRA, "addi a1, a1, -1\n");
SB_FUNC("femba_scanbc_rn", SC_Y_RN, "");

/*
 * femba_scan_y(p): y for n tokens, a hardware loop of 13 instructions per token (one mulhsu):
 *   a = p.addRN(mulhsu(yacc, Mu_y), sh_y)            (requant_pre's form for s_y in [32, 63]:
 *                                                     Mu_y = M_y, sh_y = s_y - 32; s_y = 32:
 *                                                     Mu_y = 2 M_y, sh_y = 1, see fixedpoint.h)
 *   b = p.addRN(p.mulsN(u, Kl, 16) + u * Kh, s_D - 16)       (the D term without mulh, below)
 *   y = clip8(clip16(a) + clip16(b))
 * D term: requant(u * D, M_D, s_D) = floor((u * K + 2^(s_D - 1)) / 2^s_D) with K = D * M_D
 * = Kh * 2^16 + Kl (Kl in [-2^15, 2^15)); for any integers floor((Kh * u * 2^16 + Kl * u + R) /
 * 2^s) = floor((u * Kh + floor(u * Kl / 2^16) + R / 2^16) / 2^(s - 16)) when 2^16 divides R, i.e.
 * s_D >= 17. u and Kl are 16-bit (p.mulsN), |u * Kh| < 2^29 and s_D <= 46 keep the sum in int32
 * (scan_y checks both; s_D > 46 runs as 46: |u * K| < 2^45, so both give 0, see
 * requant_split_s8); p.mac is a single-cycle 32-bit product, mulh(su) takes 5 on GVSoC.
 * femba_scan_y_pre: s_y < 32, yacc clamped to [-(A+1), A] (p.clip) and shifted left by k first
 * (requant_pre, Mu_y = 2 M_y, sh_y = 1): 15 instructions per token.
 */
typedef struct {
    const int32_t *yacc;
    const int8_t *u;
    int8_t *y;
    int32_t x_step;
    uint32_t n;
    int32_t M_y, sh_y, Kl, sh_D, Kh; /* M_y: Mu_y (unsigned) */
    int32_t A, k;                    /* femba_scan_y_pre */
} scan_yrun_t;

/* offsets: yacc 0, u 4, y 8, x_step 12, n 16, M_y 20, sh_y 24, Kl 28, sh_D 32, Kh 36, A 40,
 * k 44 (t6, and a0 once the other fields are loaded) */
#define SCAN_Y_PRE_LOAD "lw t6, 40(a0)\n lw a0, 44(a0)\n"
#define SCAN_Y_PRE                                                                              \
    ".insn r 0x33, 5, 0x0A, t3, t3, t6\n" /* p.clip t3, t3, t6 */                             \
    "sll t3, t3, a0\n"
#define SCAN_Y(NAME, LOAD, PRE)                                                                 \
    __asm__(".section .text." NAME ",\"ax\",@progbits\n"                                      \
            ".option push\n .option norvc\n .option norelax\n"                                  \
            ".p2align 4\n .globl " NAME "\n .type " NAME ", @function\n"                       \
            NAME ":\n"                                                                           \
            "lw a1, 0(a0)\n lw a2, 4(a0)\n lw a3, 8(a0)\n lw a4, 12(a0)\n lw a5, 16(a0)\n"      \
            "lw a6, 20(a0)\n lw a7, 24(a0)\n lw t0, 28(a0)\n lw t1, 32(a0)\n lw t2, 36(a0)\n"   \
            LOAD                                                                                 \
            ".word (((1f - .) >> 1) << 20) | (15 << 15) | 0x407B\n" /* lp.setup 0, a5, 1f */   \
            ".insn i 0x0B, 2, t3, 4(a1)\n"          /* p.lw t3, 4(a1!): yacc */                 \
            ".insn r 0x0B, 7, 0, t4, a2, a4\n"      /* p.lb t4, a4(a2!): u */                   \
            PRE                                                                                  \
            "mulhsu t3, t3, a6\n"                                                                \
            ".insn r 0x5B, 0, 0x50, t5, t4, t0\n"   /* p.mulsN t5, t4, t0, 16: u * Kl >> 16 */  \
            ".insn r 0x33, 0, 0x21, t5, t4, t2\n"   /* p.mac t5, t4, t2: + u * Kh */            \
            ".insn r 0x5B, 6, 0x20, t3, x0, a7\n"   /* p.addRN t3, x0, a7 */                    \
            ".insn r 0x5B, 6, 0x20, t5, x0, t1\n"   /* p.addRN t5, x0, t1 */                    \
            ".insn r 0x33, 1, 0x0A, t3, t3, x16\n"  /* p.clipi t3, t3, 16 */                    \
            ".insn r 0x33, 1, 0x0A, t5, t5, x16\n"                                              \
            "add t3, t3, t5\n"                                                                   \
            ".insn r 0x33, 1, 0x0A, t3, t3, x8\n"                                               \
            "1: .insn r 0x2B, 4, 0, a4, a3, t3\n"   /* p.sb t3, a4(a3!) */                      \
            "ret\n"                                                                              \
            ".option pop\n .size " NAME ", .-" NAME "\n .text\n")

void femba_scan_y(const scan_yrun_t *p);
void femba_scan_y_pre(const scan_yrun_t *p);
SCAN_Y("femba_scan_y", "", "");

/* femba_zero64(p, n): n >= 1 pairs of words p[0..2n) = 0. */
void femba_zero64(int32_t *p, uint32_t n);
__asm__(".section .text.femba_zero64,\"ax\",@progbits\n"
        ".option push\n .option norvc\n .option norelax\n"
        ".p2align 2\n .globl femba_zero64\n .type femba_zero64, @function\n"
        "femba_zero64:\n"
        ".word (((1f - .) >> 1) << 20) | (11 << 15) | 0x407B\n" /* lp.setup 0, a1, 1f */
        ".insn s 0x2B, 2, x0, 4(a0)\n"          /* p.sw x0, 4(a0!) */
        "1: .insn s 0x2B, 2, x0, 4(a0)\n"
        "ret\n"
        ".option pop\n .size femba_zero64, .-femba_zero64\n .text\n");
/* after the code the usual shifts run (the cluster's 2 KiB shared instruction cache) */
SCAN_Y("femba_scan_y_pre", SCAN_Y_PRE_LOAD, SCAN_Y_PRE);
#endif

/* femba_scan_y's D term for s_D in [17, 62] and M_D >= 0: Kl, Kh of K = D * M_D (see there);
 * 0 when |Kh| >= 2^22 (the split's int32 bound) */
static inline int scan_y_split(int32_t D, int32_t M_D, int32_t *Kl, int32_t *Kh)
{
    int64_t K = (int64_t)D * M_D;
    *Kl = (int32_t)(int16_t)(uint16_t)(uint64_t)K;
    int64_t h = (K - *Kl) / 65536; /* exact */
    *Kh = (int32_t)h;
    return h > -(1 << 22) && h < (1 << 22);
}

/* scan_y for what femba_scan_y does not take (s_y < 32, s_D < 17, |Kh| >= 2^22, and every
 * target without Xpulpv2): out of line, so that the usual case stays short. requant_pre's form
 * (fixedpoint.h) with the channel's constants hoisted for every exporter (M, s): with
 * FEMBA_XPULP femba_scan_y_pre when the D term splits, else the C loop, which host / rv32 run
 * for every shift (so their tests check requant_pre's arithmetic); (M, s) outside the contract
 * take requant32 per element. */
static void __attribute__((noinline))
scan_y_other(const scan_tile_t *t, uint32_t c, const int32_t *yacc, uint32_t n, int32_t l,
             int32_t x_step)
{
    int32_t M_y = t->M_y[c], s_y = t->s_y[c], M_D = t->M_D[c], s_D = t->s_D[c], D = t->D[c];
    const int8_t *u = t->u + l * (int32_t)t->dc + (int32_t)c;
    int8_t *y = t->y + l * (int32_t)t->dc + (int32_t)c;
    int y_ok = (s_y >= 32 && s_y <= 62 && M_y >= 0) || requant_pre_ok(M_y, s_y, -32768, 32767);
    if (y_ok) {
        requant_pre_t py = requant_pre_params(M_y, s_y);
#if defined(FEMBA_XPULP)
        int32_t Kl, Kh;
        if (py.k && s_D >= 17 && s_D <= 62 && M_D >= 0 && scan_y_split(D, M_D, &Kl, &Kh)) {
            scan_yrun_t p = {yacc, u, y, x_step, n, (int32_t)py.Mu, py.sh, Kl,
                             (s_D > 46 ? 46 : s_D) - 16, Kh, py.A, py.k};
            femba_scan_y_pre(&p);
            return;
        }
#endif
        if (requant_pre_ok(M_D, s_D, -32768, 32767)) {
            requant_pre_t pd = requant_pre_params(M_D, s_D);
            for (uint32_t k = 0; k < n; k++, u += x_step, y += x_step) {
                int32_t a = requant_pre(yacc[k], &py, -32768, 32767)
                          + requant_pre(*u * D, &pd, -32768, 32767);
                *y = (int8_t)simd_clip(a, 8);
            }
            return;
        }
    }
    for (uint32_t k = 0; k < n; k++, u += x_step, y += x_step) {
        int32_t a = requant32(yacc[k], M_y, s_y, -32768, 32767)
                  + requant32(*u * D, M_D, s_D, -32768, 32767);
        *y = (int8_t)simd_clip(a, 8);
    }
}

/* y = clamp8(requant16(yacc) + requant16(u * D)): with FEMBA_XPULP femba_scan_y for s_y in
 * [32, 62] (requant_pre's k = 0; s_y = 32 as Mu = 2 M_y, sh = 1) and a D term that splits
 * (s_D in [17, 62], s_D > 46 as 46); everything else in scan_y_other. */
static void scan_y(const scan_tile_t *t, uint32_t c, const int32_t *yacc, uint32_t n, int32_t l,
                   int32_t x_step)
{
#if defined(FEMBA_XPULP)
    int32_t M_y = t->M_y[c], s_y = t->s_y[c], M_D = t->M_D[c], s_D = t->s_D[c], Kl, Kh;
    uint32_t dy = (uint32_t)(s_y - 32);
    if (dy <= 30 && M_y >= 0 && s_D >= 17 && s_D <= 62 && M_D >= 0 &&
        scan_y_split(t->D[c], M_D, &Kl, &Kh)) {
        uint32_t z = dy == 0;
        scan_yrun_t p = {yacc, t->u + l * (int32_t)t->dc + (int32_t)c,
                         t->y + l * (int32_t)t->dc + (int32_t)c, x_step, n,
                         (int32_t)((uint32_t)M_y << z), (int32_t)(dy + z), Kl,
                         (s_D > 46 ? 46 : s_D) - 16, Kh, 0, 0};
        femba_scan_y(&p);
        return;
    }
#endif
    scan_y_other(t, c, yacc, n, l, x_step);
}

static void scan_channel32(const scan_tile_t *t, uint32_t c, int32_t *yacc)
{
    uint32_t ns = t->d_state, tokens = t->tokens;
    int32_t step = t->reverse ? -1 : 1, l = t->reverse ? (int32_t)tokens - 1 : 0;
    scan_run_t r = {t->h + c * ns, t->exp_table, 0, 0, step * (int32_t)ns, yacc, 0, t->h_shift,
                    0, 0, 0, 0, step * (int32_t)t->dc, t->A + c * ns, ns};
#if defined(FEMBA_XPULP)
    if (t->mode & SCAN_MODE_SHIFTED) {
        /* A as 16-bit pairs, SCAN_GROUPS 8-state groups per femba_scan8 call */
        enum { SCAN_GROUPS = 4 };
        uint32_t a2[SCAN_GROUPS * 4];
        int32_t *h = t->mode & SCAN_MODE_BC ? t->h : t->h + c * ns; /* BC: this core's state */
        r.bc_step *= t->mode & SCAN_MODE_BC ? 3 : 1;
        femba_zero64(h, ns / 2);
        for (uint32_t k0 = 0; k0 < tokens; k0 += r.n, l += step * (int32_t)r.n) {
            r.n = tokens - k0 < SCAN_CHUNK ? tokens - k0 : SCAN_CHUNK;
            r.u = t->u + l * (int32_t)t->dc + (int32_t)c;
            r.delta = t->delta + l * (int32_t)t->dc + (int32_t)c;
            femba_zero64(yacc, (r.n + 1) / 2);
            for (uint32_t g0 = 0; g0 < ns; g0 += 8 * SCAN_GROUPS) {
                r.groups = (ns - g0) / 8 < SCAN_GROUPS ? (ns - g0) / 8 : SCAN_GROUPS;
                r.h = h + g0;
                if (t->mode & SCAN_MODE_BC) {
                    r.a2 = (const uint32_t *)(const void *)(r.a + g0); /* bytes: see above */
                    r.b = t->B + 3 * (l * (int32_t)ns + (int32_t)g0);
                    if (t->mode & SCAN_MODE_FAST_Y)
                        femba_scanbc_rn(&r);
                    else
                        femba_scanbc(&r);
                    continue;
                }
                for (uint32_t j = 0; j < 4 * r.groups; j++)
                    a2[j] = ((uint32_t)r.a[g0 + 2 * j] & 0xFFFFu) |
                            (uint32_t)r.a[g0 + 2 * j + 1] << 16;
                r.a2 = a2;
                r.b = t->B + l * (int32_t)ns + g0;
                r.c = t->C + l * (int32_t)ns + g0;
                if (t->mode & SCAN_MODE_FAST_Y)
                    femba_scan8_rn(&r);
                else
                    femba_scan8(&r);
            }
            scan_y(t, c, yacc, r.n, l, r.x_step);
        }
        return;
    }
#endif
    for (uint32_t n = 0; n < ns; n++)
        r.h[n] = 0;
    for (uint32_t k0 = 0; k0 < tokens; k0 += r.n, l += step * (int32_t)r.n) {
        r.n = tokens - k0 < SCAN_CHUNK ? tokens - k0 : SCAN_CHUNK;
        r.u = t->u + l * (int32_t)t->dc + (int32_t)c;
        r.delta = t->delta + l * (int32_t)t->dc + (int32_t)c;
        for (uint32_t k = 0; k < r.n; k++)
            yacc[k] = 0;
        r.b = t->B + l * (int32_t)ns;
        r.c = t->C + l * (int32_t)ns;
        scan_states(&r);
        scan_y(t, c, yacc, r.n, l, r.x_step);
    }
}

#if defined(FEMBA_XPULP)
/* the table shift below stays a loop: as a memmove call (GCC's loop distribution) picolibc's
 * byte copy took ~9 k cycles per layer */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
uint32_t k_scan_mode(int32_t *exp_table, uint32_t tokens, uint32_t d_state, int h_shift)
{
    uint32_t high = 0;
    int32_t et_max = 0;
    for (uint32_t i = 0; i < 256; i++) {
        high |= (uint32_t)exp_table[i] >> 16;
        et_max = exp_table[i] > et_max ? exp_table[i] : et_max;
    }
    /* SCAN_MODE_FAST_Y: with every dA <= 2^15, |rshift_round(dA * h, 15)| <= |h|, so
     * |h| <= tokens * max|delta * u * B| <= tokens * 2^21; then h + 2^(h_shift - 1) stays in
     * int32 and the assembly rounds h for y with one p.addRN. */
    int fast_y = high == 0 && h_shift >= 1 && h_shift <= 30 && et_max <= (1 << DA_FRAC_BITS) &&
                 (int64_t)tokens * (1 << 21) + (1 << (h_shift - 1)) <= 0x7FFFFFFF;
    uint32_t mode = (high == 0 ? SCAN_MODE_32 : 0u) | (fast_y ? SCAN_MODE_FAST_Y : 0u);
#if defined(FEMBA_XPULP)
    /* SCAN_MODE_SHIFTED (the assembly path): the table moves down one entry in place, T'[j] =
     * T[min(j + 1, 255)]. p = rshift_round(dl * a, 7) is in [-127, 128] (dl * a in [-16256,
     * 16384]) and T' at p + 127 is T[clamp8(p) + 128]: no clamp, and T[0] is never read. */
    if (high == 0 && d_state % 8 == 0 && h_shift >= 1) {
        for (uint32_t i = 0; i < 255; i++)
            exp_table[i] = exp_table[i + 1];
        mode |= SCAN_MODE_SHIFTED;
    }
#else
    (void)d_state;
#endif
    return mode;
}

void k_scan_pack_bc(int8_t *bc, const int8_t *B, const int8_t *C, uint32_t g0, uint32_t g1)
{
    for (uint32_t g = g0; g < g1; g++) {
        int8_t *d = bc + 24 * g;
        int16_t *b16 = (int16_t *)(d + 8);
        for (uint32_t k = 0; k < 8; k++) {
            d[k] = C[8 * g + k];
            b16[k] = B[8 * g + k];
        }
    }
}

void k_scan(const scan_tile_t *t, uint32_t c0, uint32_t c1)
{
    int32_t yacc[SCAN_CHUNK];
    for (uint32_t c = c0; c < c1; c++) {
        if (t->mode & SCAN_MODE_32) {
            scan_channel32(t, c, yacc);
        } else {
            for (uint32_t n = 0; n < t->d_state; n++)
                t->h[c * t->d_state + n] = 0;
            scan_channel64(t, c);
        }
    }
}
