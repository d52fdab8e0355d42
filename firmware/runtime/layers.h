/*
 * Layer descriptors: what the generated network.c fills in for each call site (templates/),
 * with every size, tile shape and buffer offset decided by the memory planner
 * (femba_edge/codegen/plan.py). Offsets are relative to the L1 / L2 arenas and to weights.bin.
 */
#ifndef FEMBA_LAYERS_H
#define FEMBA_LAYERS_H

#include <stdint.h>

#define STREAM_MAX_ARRAYS 6
#define WHOLE_MAX_ARRAYS 4
#define ROW_MAX_INPUTS 3

/* Per-row constants (weight rows, per-channel bias / M / s, ...) streamed L3 -> L2 in chunks of
 * `chunk_rows` (ping-pong) and L2 -> L1 in tiles of `tile_rows` (double-buffered). Array `a` of a
 * chunk / tile starts at chunk_off / tile_off; its rows are dense, `row_bytes` each. */
typedef struct {
    uint32_t l3, row_bytes, chunk_off, tile_off;
} stream_array_t;

typedef struct {
    uint32_t rows, tile_rows, chunk_rows, n_arrays;
    uint32_t direct; /* 1: no L1 tiles, stream_next returns the tile inside the L2 chunk */
    stream_array_t a[STREAM_MAX_ARRAYS];
    uint32_t l2_chunk[2], l1_tile[2];
} stream_t;

/* Constants needed whole by every tile (tables, LayerNorm gamma...): L3 -> L2 stage -> L1. */
typedef struct {
    uint32_t l3, bytes, l2, l1;
} whole_array_t;

typedef struct {
    uint32_t n;
    whole_array_t a[WHOLE_MAX_ARRAYS];
} whole_t;

/* Compact per-channel constants (codegen/pack.py, decoded by runtime/consts.h where they land in
 * L1): s_base > 0: M and s as one uint32 a channel, (M - 2^30) | (s - s_base) << 30, else int32
 * M and s arrays; bias_elem: 2 (int16) or 4 (int32) bytes a bias. */

/* linear: y [tokens][n] = x [tokens][k] . W^T; stream arrays: 0 W (packed), then Ms (s_base > 0)
 * or M, s, then bias (has_bias), streamed direct (read from the L2 chunk: the unpack fork writes
 * the int8 weight tile and decodes M, s, bias into l1_q as int32); whole: its fused output table
 * (int8 y only), if any. x rows sit in L1 with stride k4 = k rounded up to 4. */
typedef struct {
    uint32_t x, y, tokens, k, k4, n, tile_tokens;
    int32_t wbits, y_elem, lo, hi, has_bias, s_base, bias_elem;
    stream_t w;
    whole_t consts;
    uint32_t l1_x[2], l1_y[2], l1_w, l1_q; /* l1_w: int8 weight tile; l1_q: M, s, bias rows */
    uint32_t l1_lut; /* 2-bit weights: k_unpack_lut2's 256-word table */
    /* pk: the packed weight rows of a tile are copied by DMA to l1_pk (the next tile's while
     * this one computes) and unpacked from there; else the unpack reads the L2 chunk */
    uint32_t pk, l1_pk;
} gemm_layer_t;

enum { CHAN_DWCONV = 0, CHAN_SCAN = 1 };

/* Channel-tiled ops over all tokens: dwconv (stream: w, bias, Ms or M, s; whole: its fused
 * output table, if any; l1_q: bias, M, s decoded as int32 when any is compact) and scan (stream:
 * A (int8 rows, or with a_bits 2, 3 or 4: deltas from whole[1] A_base, decoded into l1_a), D, then
 * M_y, s_y, M_D, s_D unless uniform: then their one value each is u[] and l1_q holds them as
 * four int32 rows; whole: exp_table; B and C loaded whole). */
typedef struct {
    int32_t kind, reverse, taps, h_shift;
    int32_t s_base, bias_elem, a_bits, uniform;
    int32_t u[4];
    uint32_t l1_q, l1_a;
    uint32_t tokens, channels, d_state;
    uint32_t n_x, x[2], b, c, y;
    stream_t p;
    whole_t consts;
    uint32_t l1_x[2][2], l1_b, l1_c, l1_y[2], l1_h;
} chan_layer_t;

/* Patch embedding, tiled over tokens; stream: bias rows [tokens][d] (bias_elem 2: int16, read
 * as such by the kernel; 4: int32; 12: 12-bit deltas from whole[3], the int16 column base,
 * decoded to int16 rows in l1_q); whole: w, M, s. */
typedef struct {
    uint32_t x, y, channels, samples, embed, tokens;
    int32_t bias_elem;
    stream_t bias;
    whole_t consts;
    uint32_t l1_x[2], l1_y[2], l1_q;
} patch_layer_t;

enum { ROW_LUT = 0, ROW_MUL, ROW_ADD, ROW_LAYERNORM, ROW_MEANPOOL, ROW_ARGMAX };

/* Token-tiled row-wise ops. whole: lut table | mul M, s (const_cols values each: 1 or the row
 * width) | layernorm gamma, beta, M, s (M, s: const_cols values) |
 * meanpool M, s | add: n_in tables of 256 int16 (input j's requantised term for each int8 code). */
typedef struct {
    int32_t kind;
    uint32_t tokens, tile_tokens, n_in;
    uint32_t in[ROW_MAX_INPUTS], in_cols[ROW_MAX_INPUTS], in_elem[ROW_MAX_INPUTS];
    uint32_t y, y_cols, y_elem;
    whole_t consts;
    uint32_t const_cols;
    int64_t eps;
    int32_t frac_bits;
    uint32_t l1_in[ROW_MAX_INPUTS][2], l1_y[2], l1_acc;
} row_layer_t;

#endif
