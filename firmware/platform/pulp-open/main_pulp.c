/*
 * PULP-open entry points.
 *
 * Fabric controller (main): enables the uDMA HyperBus clock and the cluster instruction cache,
 * boots the 8 cluster cores at _cluster_start and sleeps until cluster core 0 reports the run's
 * status, which becomes the exit code of the simulation.
 *
 * Cluster core 0 (run_vectors): reads the run header that `femba-edge run` put into HyperFlash
 * after weights.bin, then for every input window: window -> L2 (uDMA), one inference, outputs (or,
 * with the dump flag, every layer's output) and the per-layer counters as text on the stdout
 * peripheral. Cores 1..7 serve forks (plat_worker_loop).
 *
 * Streaming build (NET_INPUT_STREAM, codegen --stream): the windows are consecutive windows of a
 * recording in HyperFlash. Only window 0 is read before its inference; window v + 1 is read into
 * the input's L2 bytes (reserved by the plan) in the background, in pieces, once layer
 * NET_INPUT_LAST_USE of window v is done (runtime/input_stream.h), and what is left of it is
 * read when window v + 1 starts.
 *
 * HyperFlash layout (byte addresses; femba_edge/run/gvsoc.py writes it):
 *   0                      weights.bin (the L3 image)
 *   RUN_HEADER             run_header_t, RUN_HEADER = NET_WEIGHTS_BYTES rounded up to 4 KiB
 *   header.input_offset    n_vectors int8 windows, input_stride bytes apart
 *
 * Output protocol (one line at a time: the stdout model prints at '\n' and at 128 characters):
 *   @V v                   start of vector v
 *   @T i bytes             tensor i (graph output i, or layer i with dump), then its bytes as
 *   =hex...                lines of up to 48 bytes in hex, in memory order (little-endian)
 *   @C layer c0 c1 c2 c3   counters of one layer (cycles, instructions, L3 wait, L1 DMA wait)
 *   @I v wait bytes        window v's input: cycles core 0 waited for it before the first layer
 *                          and the bytes of it read then (all of them unless streamed)
 *   @END status            end of the run
 */
#include "input_stream.h"
#include "network.h"
#include "plat.h"
#include "pulp_open.h"

#define RUN_MAGIC 0x4E555246u /* "FRUN" little-endian */
#define RUN_FLAG_DUMP 1u
#define RUN_HEADER ((NET_WEIGHTS_BYTES + 4095u) & ~4095u)
#define HEX_BYTES_PER_LINE 48

typedef struct {
    uint32_t magic, n_vectors, flags, input_offset, input_stride, input_bytes, weights_bytes,
        reserved;
} run_header_t;

extern void _cluster_start(void);

/* Shared between the fabric controller and cluster core 0 (both in L2). */
static volatile uint32_t run_done, run_status;
PLAT_L2_DATA static run_header_t header __attribute__((aligned(8)));

/* ---- text output on cluster core 0's stdout channel ----------------------------------------- */

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

static void put_tensor(int index, const void *data, uint32_t bytes)
{
    static const char hex[] = "0123456789abcdef";
    const uint8_t *p = data;
    put_str("@T ");
    put_u64((uint64_t)index);
    put_char(' ');
    put_u64(bytes);
    put_char('\n');
    for (uint32_t i = 0; i < bytes; i += HEX_BYTES_PER_LINE) {
        uint32_t n = bytes - i < HEX_BYTES_PER_LINE ? bytes - i : HEX_BYTES_PER_LINE;
        put_char('=');
        for (uint32_t j = 0; j < n; j++) {
            put_char(hex[p[i + j] >> 4]);
            put_char(hex[p[i + j] & 15]);
        }
        put_char('\n');
    }
}

/* ---- cluster core 0 -------------------------------------------------------------------------- */

/* DMA wait cycles of each layer: the network calls layer_done after every layer, outside its
 * measured region, so the difference of the wait totals between two calls is that layer's. */
typedef struct {
    int dump;
    uint64_t l3_prev, dma_prev;
    uint64_t wait[NET_NUM_LAYERS][2];
    uint32_t next; /* window to stream after layer NET_INPUT_LAST_USE (n_vectors: none) */
} run_ctx_t;

static run_ctx_t ctx;

static void layer_done(int layer, const void *data, uint32_t bytes, void *arg)
{
    run_ctx_t *c = arg;
    uint64_t l3 = plat_l3_wait_cycles(), dma = plat_l1_dma_wait_cycles();
    c->wait[layer][0] = l3 - c->l3_prev;
    c->wait[layer][1] = dma - c->dma_prev;
    c->l3_prev = l3;
    c->dma_prev = dma;
    if (c->dump)
        put_tensor(layer, data, bytes);
    if (NET_INPUT_STREAM && layer == NET_INPUT_LAST_USE && c->next < header.n_vectors)
        input_stream_begin(header.input_offset + c->next * header.input_stride);
}

static uint32_t run_vectors(void)
{
    plat_flash_read(&header, RUN_HEADER, sizeof(header));
    if (header.magic != RUN_MAGIC || header.input_bytes != NET_INPUT_BYTES ||
        header.weights_bytes != NET_WEIGHTS_BYTES) {
        put_str("@ERROR no run header in HyperFlash (or it is for another network)\n");
        return 2;
    }
    ctx.dump = (header.flags & RUN_FLAG_DUMP) != 0;
    for (uint32_t v = 0; v < header.n_vectors; v++) {
        put_str("@V ");
        put_u64(v);
        put_char('\n');
        uint64_t t0 = plat_cycles();
        uint32_t in_bytes = NET_INPUT_BYTES;
        if (NET_INPUT_STREAM && v > 0)
            in_bytes = input_stream_due(); /* streamed during window v - 1 */
        else
            plat_flash_read(network_input(), header.input_offset + v * header.input_stride,
                            NET_INPUT_BYTES);
        uint64_t in_wait = plat_cycles() - t0;
        ctx.next = NET_INPUT_STREAM ? v + 1 : header.n_vectors;
        ctx.l3_prev = plat_l3_wait_cycles();
        ctx.dma_prev = plat_l1_dma_wait_cycles();
        network_run(layer_done, &ctx);
        for (int o = 0; !ctx.dump && o < NET_NUM_OUTPUTS; o++) {
            uint32_t bytes;
            const void *p = network_output(o, &bytes);
            put_tensor(o, p, bytes);
        }
        for (int i = 0; i < NET_NUM_LAYERS; i++) {
            put_str("@C ");
            put_u64((uint64_t)i);
            for (int k = 0; k < 4; k++) {
                put_char(' ');
                put_u64(k < 2 ? net_perf[i][k] : ctx.wait[i][k - 2]);
            }
            put_char('\n');
        }
        put_str("@I ");
        put_u64(v);
        put_char(' ');
        put_u64(in_wait);
        put_char(' ');
        put_u64(in_bytes);
        put_char('\n');
    }
    return 0;
}

void cluster_entry(void)
{
    if (plat_core_id() != 0)
        plat_worker_loop();
    plat_cluster_init();
    uint32_t status = run_vectors();
    put_str("@END ");
    put_u64(status);
    put_char('\n');
    run_status = status;
    compiler_fence();
    run_done = 1;
    for (;;)
        __asm__ volatile("wfi");
}

/* ---- fabric controller ----------------------------------------------------------------------- */

int main(void)
{
    mmio_w32(UDMA_CG, mmio_r32(UDMA_CG) | UDMA_CG_HYPER);
    mmio_w32(CL_ICACHE_CTRL, 0xFFFFFFFFu);
    for (uint32_t c = 0; c < NUM_CORES; c++)
        mmio_w32(CL_CTRL_BOOT_ADDR(c), (uint32_t)_cluster_start);
    mmio_w32(CL_CTRL_FETCH_EN, (1u << NUM_CORES) - 1u);
    /* Poll slowly: every poll is an L2 access that competes with the cluster's. */
    while (!run_done)
        for (volatile int i = 0; i < 256; i++)
            ;
    return (int)run_status;
}
