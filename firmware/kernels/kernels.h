/*
 * Compute kernels: pure C99 over L1 buffers, no platform calls. Each kernel processes one
 * range [begin, end) of work items that a driver got from partition(); the drivers in
 * firmware/runtime/ move the data and fork the cores.
 *
 * Layouts are row-major and dense: an L1 tile of `rows` x `cols` has row stride `cols`.
 */
#ifndef FEMBA_KERNELS_H
#define FEMBA_KERNELS_H

#include <stdint.h>

/* Weight rows packed at 2, 4 or 8 bits (LSB first, each row padded to a whole byte) -> int8.
 * Rows [r0, r1) of a tile of `rows` rows whose packed rows are `row_bytes` apart; the int8 tile
 * has row stride k4 (k rounded up to 4, zero padded) and stores its rows in word-interleaved
 * groups of four (layout in gemm.c). lut2: k_unpack_lut2's table (read for bits == 2 only). */
void k_unpack_rows(const uint8_t *packed, int8_t *w, uint32_t r0, uint32_t r1, uint32_t rows,
                   uint32_t k, uint32_t k4, uint32_t row_bytes, int bits, const uint32_t *lut2);

/* Entries [i0, i1) of the 2-bit unpacking table k_unpack_rows needs for bits == 2 (256 words,
 * entry b = the four int8 weights of packed byte b). */
void k_unpack_lut2(uint32_t *lut, uint32_t i0, uint32_t i1);

/* y[l][c] = requant(sum_k x[l][k] w[c][k] + bias[c], M[c], s[c], lo, hi) for a tile of `tokens`
 * x rows (row stride x_stride, a multiple of 4 >= k4) and `rows` unpacked weight rows (k4 as
 * above). Work items are blocks of 4 tokens x 4 channels, channel-group major: block =
 * (c / 4) * ceil(tokens / 4) + l / 4; this call does blocks [b0, b1). y is int8 (y_elem 1),
 * int16 (2) or int32 (4), row stride `rows`. lut (or NULL; int8 y only): a fused lookup table
 * applied to each output, y = lut[v + 128]. */
void k_gemm(const int8_t *x, uint32_t x_stride, const int8_t *w, uint32_t k4, uint32_t tokens,
            uint32_t rows, const int32_t *bias, const int32_t *M, const int32_t *s, int32_t lo,
            int32_t hi, void *y, int y_elem, const int8_t *lut, uint32_t b0, uint32_t b1);

/* Patch embedding of items [i0, i1), item = token * c2_count + c2 (c2 = channel pair).
 * x: C rows of 16 * tokens samples (row stride x_stride); w [E][32]; bias [tokens][c2_count*E]
 * (int16 if bias16, else int32); y [tokens][c2_count*E] with feature index c2*E + e. */
void k_patch_embed(const int8_t *x, uint32_t x_stride, const int8_t *w, const void *bias,
                   int bias16, const int32_t *M, const int32_t *s, int8_t *y, uint32_t c2_count,
                   uint32_t embed, uint32_t i0, uint32_t i1);

/* Depthwise conv over tokens for channels [c0, c1) of a tile x, y [tokens][dc]; w [dc][taps].
 * Causal: x[l - (taps-1) + j]; reverse (anti-causal): x[l + (taps-1) - j]; zero outside.
 * lut (or NULL): a fused lookup table applied to each int8 output, y = lut[v + 128]. */
void k_dwconv(const int8_t *x, int8_t *y, uint32_t tokens, uint32_t dc, const int8_t *w,
              uint32_t taps, const int32_t *bias, const int32_t *M, const int32_t *s, int reverse,
              const int8_t *lut, uint32_t c0, uint32_t c1);

/* y[i] = table[x[i] + 128] for i in [i0, i1). */
void k_lut(const int8_t *x, int8_t *y, const int8_t *table, uint32_t i0, uint32_t i1);

/* y[i] = requant8(a[i] * b[i], M[c], s[c]), c = i % cols, for flat items [i0, i1); cols == 1:
 * one M, s for all items. */
void k_mul(const int8_t *a, const int8_t *b, int8_t *y, uint32_t cols, const int32_t *M,
           const int32_t *s, uint32_t i0, uint32_t i1);

/* y[i] = clamp16(sum_j tables[256 j + x_j[i] + 128]) for i in [i0, i1): table j holds
 * requant16(v, M[j], s[j]) for every int8 v (codegen computes it with the golden). */
void k_add(const int8_t *const *x, int n_in, int16_t *y, const int16_t *tables, uint32_t i0,
           uint32_t i1);

/* Integer LayerNorm of rows [r0, r1) of x [rows][d] (int16) -> y int8 (golden.layernorm); M, s
 * hold m_cols values (1: the same for every channel, else d). */
void k_layernorm(const int16_t *x, int8_t *y, uint32_t d, const int8_t *gamma,
                 const int32_t *beta, const int32_t *M, const int32_t *s, uint32_t m_cols,
                 int64_t eps, int frac_bits, uint32_t r0, uint32_t r1);

/* acc[c] += sum over rows of x[r][c] for channels [c0, c1). */
void k_meanpool_acc(const int8_t *x, uint32_t rows, uint32_t d, int32_t *acc, uint32_t c0,
                    uint32_t c1);

/* y[c] = requant8(acc[c], M[c], s[c]) for channels [c0, c1). */
void k_meanpool_out(const int32_t *acc, int8_t *y, const int32_t *M, const int32_t *s,
                    uint32_t c0, uint32_t c1);

/* Index of the first maximum of n values of `elem` bytes (1, 2 or 4). */
int32_t k_argmax(const void *x, int elem, uint32_t n);

/* Selective scan parameters of one channel tile (all arrays in L1). */
typedef struct {
    const int8_t *u, *delta;   /* [tokens][dc] */
    const int8_t *B, *C;       /* [tokens][d_state] */
    const int8_t *A;           /* [dc][d_state] */
    const int8_t *D;           /* [dc] */
    const int32_t *M_y, *s_y, *M_D, *s_D; /* [dc] */
    const int32_t *exp_table;  /* [256], Q15 */
    int32_t *h;                /* [dc][d_state] state */
    int8_t *y;                 /* [tokens][dc] */
    uint32_t tokens, dc, d_state;
    int h_shift, reverse;
    uint32_t mode;             /* k_scan_mode() of the layer */
} scan_tile_t;

#define SCAN_MODE_32 1u     /* every exp_table entry in [0, 2^16): 32-bit state update */
#define SCAN_MODE_FAST_Y 2u /* also h + 2^(h_shift - 1) provably in int32 (see scan.c) */
#define SCAN_MODE_SHIFTED 4u /* Xpulpv2 assembly path; exp_table moved down one entry (scan.c) */
/* SCAN_MODE_SHIFTED with B and C packed by k_scan_pack_bc into scan_tile_t.B; h then is the
 * calling core's [d_state] state (the layer's h region holds the packed rows, then one state per
 * core; drv_chan checks that it fits). */
#define SCAN_MODE_BC 8u

/* Which scan paths a layer's constants allow (once per layer, not per tile); may rewrite the
 * layer's L1 copy of exp_table in place for the path it picks. */
uint32_t k_scan_mode(int32_t *exp_table, uint32_t tokens, uint32_t d_state, int h_shift);

/* Integer selective scan (golden.scan) for channels [c0, c1) of the tile. */
/* B and C ([tokens][d_state], d_state a multiple of 8) as 24-byte records per token and 8-state
 * group (g = (token * d_state + state) / 8): C bytes, then B as int16; records [g0, g1). */
void k_scan_pack_bc(int8_t *bc, const int8_t *B, const int8_t *C, uint32_t g0, uint32_t g1);

void k_scan(const scan_tile_t *t, uint32_t c0, uint32_t c1);

#endif
