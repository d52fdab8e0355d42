/*
 * Side-by-side GEMM harness on GVSoC pulp-open (benchmarks/peer_gemm.py builds and runs it).
 *
 * One linear layer y[t][c] = f(sum_k x[t][k] w[c][k]) of TOK tokens, K inputs, N outputs, run by
 *   - pulp-nn's int8 kernels (pulp-platform/pulp-nn, 32bit/src, compiled from a checkout outside
 *     this repository): pulp_nn_pointwise_HoWo_parallel (1x1 conv over the tokens = GEMM through
 *     pulp_nn_matmul, 4 channels x 2 tokens per inner loop) and pulp_nn_linear (one token at a
 *     time: what Deeploy's PULP-open Gemm template calls), uint8 x int8, per-channel k / lambda
 *     requant (flag_batch_norm + flag_relu), each in two builds: as stock GCC compiles the C, and
 *     with the inner loop lowered to Xpulpv2 hardware loop + post-increment loads (PEER_XP_*
 *     macros, peer_xpulp.h) as PULP GCC does;
 *   - this project's 2-bit-weight GEMM (firmware/kernels: k_unpack_rows of 2-bit rows -> int8,
 *     then k_gemm with the asm micro-kernels and fused per-channel requant, int8 x int8).
 * Every kernel reads its operands from L1: the harness tiles the layer (TT tokens x NT channels,
 * the same tiles for every kernel) and moves each tile L2 -> L1 with the cluster DMA outside the
 * measured region; the cycles reported are the sum over tiles of the forks that compute (8 cores,
 * fork + barrier included). Each kernel runs as its own pass over all tiles so that its code stays
 * in the instruction cache. After each pass its whole output goes out as hex on stdout, and the
 * script compares it with numpy.
 *
 * Output lines: @P name cycles forks [unpack cycles], @T name bytes + =hex lines, @S core
 * stack-bytes-used stack-bytes, @END status.
 */
#include <stdint.h>

#include "kernels.h"
#include "partition.h"
#include "peer_cfg.h"
#include "plat.h"
#include "pulp_open.h"

/* pulp-nn's prototypes (32bit/include/pulp_nn_kernels.h), and the hardware-loop builds' names */
#define PW_ARGS                                                                                  \
    const uint8_t *, uint8_t *, const int8_t *, uint8_t *, const int8_t *, int32_t *, int32_t *,  \
        const uint16_t, const uint16_t, const uint16_t, const uint16_t, const uint16_t,            \
        const uint16_t, const uint16_t, const uint16_t, const uint16_t, const uint16_t,            \
        const uint16_t, const uint16_t, const uint16_t, const uint16_t, const uint16_t,            \
        const uint16_t, int, int
#define LIN_ARGS                                                                                 \
    uint8_t *, int8_t *, uint8_t *, int8_t *, int32_t *, int32_t *, uint16_t, int8_t, uint16_t,   \
        uint16_t, int, int
void pulp_nn_pointwise_HoWo_parallel(PW_ARGS);
void peer_pointwise_xp(PW_ARGS);
void pulp_nn_linear(LIN_ARGS);
void peer_linear_xp(LIN_ARGS);

/* ---- data: L2 image from the script (data.S), outputs, L1 tiles ------------------------------ */

extern const uint8_t peer_data[];
#define X_L2 ((const int8_t *)(peer_data + OFF_X))       /* [TOK][K4], zero padded */
#define W8_L2 ((const int8_t *)(peer_data + OFF_W8))     /* [N][K4] int8, zero padded */
#define W2_L2 ((const uint8_t *)(peer_data + OFF_W2))    /* [N][RB] 2-bit packed */
#define KQ_L2 ((const int32_t *)(peer_data + OFF_KQ))    /* pulp-nn k [N] */
#define LAM_L2 ((const int32_t *)(peer_data + OFF_LAM))  /* pulp-nn lambda [N] */
#define BIAS_L2 ((const int32_t *)(peer_data + OFF_BIAS)) /* ours [N] */
#define M_L2 ((const int32_t *)(peer_data + OFF_M))
#define S_L2 ((const int32_t *)(peer_data + OFF_S))

PLAT_L2_DATA static int8_t y_l2[TOK * N] __attribute__((aligned(4)));

#define RB4 ((RB + 3u) & ~3u)
PLAT_L1_DATA static int8_t x_l1[TT * K4] __attribute__((aligned(4)));
PLAT_L1_DATA static int8_t w_l1[NT * K4] __attribute__((aligned(4)));
PLAT_L1_DATA static uint8_t p_l1[NT * RB4] __attribute__((aligned(4)));
PLAT_L1_DATA static int8_t y_l1[TT * NT] __attribute__((aligned(4)));
PLAT_L1_DATA static uint32_t lut2_l1[256];
PLAT_L1_DATA static int32_t c_l1[5][NT]; /* k, lambda (pulp-nn); bias, M, s (ours) */

/* ---- text output ------------------------------------------------------------------------------ */

static void put_char(char c)
{
    mmio_w32(STDOUT_CHANNEL(0, 0), (uint8_t)c);
}

static void put_str(const char *s)
{
    while (*s)
        put_char(*s++);
}

static void put_u64(uint64_t v)
{
    char buf[21];
    int i = 20;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put_str(buf + i);
}

static void put_tensor(const char *name, const void *data, uint32_t bytes)
{
    static const char hex[] = "0123456789abcdef";
    const uint8_t *p = data;
    put_str("@T ");
    put_str(name);
    put_char(' ');
    put_u64(bytes);
    put_char('\n');
    for (uint32_t i = 0; i < bytes; i += 48) {
        uint32_t n = bytes - i < 48 ? bytes - i : 48;
        put_char('=');
        for (uint32_t j = 0; j < n; j++) {
            put_char(hex[p[i + j] >> 4]);
            put_char(hex[p[i + j] & 15]);
        }
        put_char('\n');
    }
}

/* ---- the forked work ------------------------------------------------------------------------- */

typedef struct {
    uint32_t tt, nc; /* tokens, channels of the current tile */
} tile_t;

static tile_t tile;

static void fork_pw(void *arg)
{
    (void)arg;
    pulp_nn_pointwise_HoWo_parallel((const uint8_t *)x_l1, 0, 0, (uint8_t *)y_l1, w_l1, c_l1[0],
                                    c_l1[1], 0, PEER_SHIFT, 2, tile.tt / 2, K4, 2, tile.tt / 2,
                                    tile.nc, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1);
}

static void fork_pw_xp(void *arg)
{
    (void)arg;
    peer_pointwise_xp((const uint8_t *)x_l1, 0, 0, (uint8_t *)y_l1, w_l1, c_l1[0], c_l1[1], 0,
                      PEER_SHIFT, 2, tile.tt / 2, K4, 2, tile.tt / 2, tile.nc, 1, 1, 0, 0, 0, 0,
                      1, 1, 1, 1);
}

/* Deeploy's PULP Gemm: one pulp_nn_linear per token inside the parallel region */
static void fork_lin(void *arg)
{
    (void)arg;
    for (uint32_t t = 0; t < tile.tt; t++)
        pulp_nn_linear((uint8_t *)x_l1 + t * K4, 0, (uint8_t *)y_l1 + t * tile.nc, w_l1, c_l1[0],
                       c_l1[1], 0, PEER_SHIFT, K4, tile.nc, 1, 1);
}

static void fork_lin_xp(void *arg)
{
    (void)arg;
    for (uint32_t t = 0; t < tile.tt; t++)
        peer_linear_xp((uint8_t *)x_l1 + t * K4, 0, (uint8_t *)y_l1 + t * tile.nc, w_l1, c_l1[0],
                       c_l1[1], 0, PEER_SHIFT, K4, tile.nc, 1, 1);
}

static void fork_lut2(void *arg)
{
    uint32_t b, e;
    (void)arg;
    partition(256, plat_core_id(), NUM_CORES, &b, &e);
    k_unpack_lut2(lut2_l1, b, e);
}

static void fork_unpack(void *arg)
{
    uint32_t b, e;
    (void)arg;
    partition(tile.nc, plat_core_id(), NUM_CORES, &b, &e);
    k_unpack_rows(p_l1, w_l1, b, e, tile.nc, K, K4, RB, 2, lut2_l1);
}

static void fork_gemm(void *arg)
{
    uint32_t b, e, blocks = ((tile.nc + 3) / 4) * ((tile.tt + 3) / 4);
    (void)arg;
    partition(blocks, plat_core_id(), NUM_CORES, &b, &e);
    k_gemm(x_l1, K4, w_l1, K4, tile.tt, tile.nc, c_l1[2], c_l1[3], c_l1[4], -128, 127, y_l1, 1, 0,
           b, e);
}

/* ---- passes ------------------------------------------------------------------------------------ */

static void dma_sync_in(void *l1, const void *l2, uint32_t bytes)
{
    plat_dma_t r = {0, 0};
    plat_dma_in(l1, l2, bytes, &r);
    plat_dma_wait(&r);
}

enum { K_PW, K_PW_XP, K_LIN, K_LIN_XP, K_OURS, K_COUNT };
static const char *const NAMES[K_COUNT] = {"pulpnn_pointwise", "pulpnn_pointwise_xp",
                                           "pulpnn_linear", "pulpnn_linear_xp", "ours_2bit"};
static void (*const FORKS[K_COUNT])(void *) = {fork_pw, fork_pw_xp, fork_lin, fork_lin_xp,
                                               fork_gemm};

/* One kernel over every tile: channel tiles outer (our unpack runs once per weight tile and the
 * int8 tile is reused by every token tile), token tiles inner. */
static void pass(int kind)
{
    uint64_t cyc = 0, unpack = 0, forks = 0;
    for (uint32_t c0 = 0; c0 < N; c0 += NT) {
        uint32_t nc = N - c0 < NT ? N - c0 : NT;
        if (kind == K_OURS) {
            dma_sync_in(p_l1, W2_L2 + c0 * RB, nc * RB);
            dma_sync_in(c_l1[2], BIAS_L2 + c0, 4 * nc);
            dma_sync_in(c_l1[3], M_L2 + c0, 4 * nc);
            dma_sync_in(c_l1[4], S_L2 + c0, 4 * nc);
            tile.nc = nc;
            uint64_t t0 = plat_cycles();
            plat_fork(fork_unpack, 0);
            unpack += plat_cycles() - t0;
            forks++;
        } else {
            dma_sync_in(w_l1, W8_L2 + c0 * K4, nc * K4);
            dma_sync_in(c_l1[0], KQ_L2 + c0, 4 * nc);
            dma_sync_in(c_l1[1], LAM_L2 + c0, 4 * nc);
        }
        for (uint32_t t0 = 0; t0 < TOK; t0 += TT) {
            uint32_t tt = TOK - t0 < TT ? TOK - t0 : TT;
            dma_sync_in(x_l1, X_L2 + t0 * K4, tt * K4);
            tile.tt = tt;
            tile.nc = nc;
            uint64_t s = plat_cycles();
            plat_fork(FORKS[kind], 0);
            cyc += plat_cycles() - s;
            forks++;
            plat_dma_t r = {0, 0};
            plat_dma_out_2d(y_l2 + t0 * N + c0, y_l1, tt, nc, N, &r);
            plat_dma_wait(&r);
        }
    }
    put_str("@P ");
    put_str(NAMES[kind]);
    put_char(' ');
    put_u64(cyc + unpack);
    put_char(' ');
    put_u64(forks);
    if (kind == K_OURS) {
        put_str(" unpack ");
        put_u64(unpack);
    }
    put_char('\n');
    put_tensor(NAMES[kind], y_l2, TOK * N);
}

/* ---- entry points (as firmware/platform/pulp-open/main_pulp.c, without a network) ------------- */

/* which passes run (bit k: kernel k); all by default */
#ifndef PEER_PASSES
#define PEER_PASSES 0x1Fu
#endif

extern void _cluster_start(void);
extern uint32_t __cl_stacks_start[], __cl_stacks_end[];
static volatile uint32_t run_done;
#define STACK_FILL 0xA5A5A5A5u

/* Stack high-water marks: main fills the cluster stacks with a pattern before the cores boot;
 * the bytes of each core's stack (core 0 at the top, core c >= 1 below it, crt0.S) that no longer
 * hold it have been used. */
static void put_stack_use(void)
{
    for (uint32_t c = 0; c < NUM_CORES; c++) {
        uint32_t size = c ? PLAT_PE_STACK_BYTES : PLAT_CC_STACK_BYTES;
        uint32_t top = (uint32_t)__cl_stacks_end - (c ? PLAT_CC_STACK_BYTES - size + size * c : 0);
        const uint32_t *w = (const uint32_t *)(top - size);
        uint32_t i = 0;
        while (i < size / 4 && w[i] == STACK_FILL)
            i++;
        put_str("@S ");
        put_u64(c);
        put_char(' ');
        put_u64(size - 4 * i);
        put_char(' ');
        put_u64(size);
        put_char('\n');
    }
}

/* Core 0's work, out of line: cores 1..7 enter plat_worker_loop from cluster_entry, whose frame
 * stays below their 1 KiB stacks (pulp-open.json) only if it holds nothing else. */
static __attribute__((noinline)) void run_all(void)
{
    plat_cluster_init();
    plat_fork(fork_lut2, 0);
    for (int k = 0; k < K_COUNT; k++)
        if (PEER_PASSES & (1u << k))
            pass(k);
    put_stack_use();
    put_str("@END 0\n");
}

void cluster_entry(void)
{
    if (plat_core_id() != 0)
        plat_worker_loop();
    run_all();
    compiler_fence();
    run_done = 1;
    for (;;)
        __asm__ volatile("wfi");
}

int main(void)
{
    for (uint32_t *p = __cl_stacks_start; p < __cl_stacks_end; p++)
        *p = STACK_FILL;
    mmio_w32(CL_ICACHE_CTRL, 0xFFFFFFFFu);
    for (uint32_t c = 0; c < NUM_CORES; c++)
        mmio_w32(CL_CTRL_BOOT_ADDR(c), (uint32_t)_cluster_start);
    mmio_w32(CL_CTRL_FETCH_EN, (1u << NUM_CORES) - 1u);
    while (!run_done)
        for (volatile int i = 0; i < 256; i++)
            ;
    return 0;
}
