/*
 * File-driven runner for the emulated targets (host binary, rv32 ELF with semihosting):
 *
 *   femba WEIGHTS.bin INPUT.bin OUTPUT.bin [dump]
 *
 * INPUT.bin holds N int8 windows [C][T] back to back. For each window OUTPUT.bin gets the graph
 * outputs (or, with `dump`, every layer's output in layer order), then NET_NUM_LAYERS x 2 uint64
 * counters (little-endian). Exit status 0 on success.
 *
 * Streaming build (NET_INPUT_STREAM, codegen --stream): as on the chip, the windows sit in "L3"
 * after the weights and window v + 1 is read into the input's L2 bytes in pieces once layer
 * NET_INPUT_LAST_USE of window v is done (runtime/input_stream.h), the rest when v + 1 starts.
 * The emulated L3 read poisons its destination at issue and checks it at completion, so a plan
 * that let another tensor use those bytes fails here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input_stream.h"
#include "network.h"
#include "plat.h"

typedef struct {
    uint8_t *data;
    size_t len, cap;
} buf_t;

static void put(buf_t *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2;
        b->data = realloc(b->data, b->cap);
        if (!b->data) {
            fprintf(stderr, "femba: out of memory\n");
            exit(4);
        }
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "femba: cannot open %s\n", path);
        exit(2);
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *data = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            data = realloc(data, cap);
        }
        if (!data) {
            fprintf(stderr, "femba: out of memory reading %s\n", path);
            exit(4);
        }
        size_t got = fread(data + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    fclose(f);
    *len = n;
    return data;
}

typedef struct {
    buf_t *out;
    int dump;
    size_t next, n; /* window to stream after NET_INPUT_LAST_USE (n: none) */
} run_t;

static void after_layer(int layer, const void *data, uint32_t bytes, void *ctx)
{
    run_t *r = ctx;
    if (r->dump)
        put(r->out, data, bytes);
    if (NET_INPUT_STREAM && layer == NET_INPUT_LAST_USE && r->next < r->n)
        input_stream_begin(NET_WEIGHTS_BYTES + (uint32_t)(r->next * NET_INPUT_BYTES));
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: femba WEIGHTS.bin INPUT.bin OUTPUT.bin [dump]\n");
        return 2;
    }
    int dump = argc > 4 && strcmp(argv[4], "dump") == 0;
    size_t wlen, ilen;
    uint8_t *weights = read_file(argv[1], &wlen);
    uint8_t *input = read_file(argv[2], &ilen);
    if (wlen != NET_WEIGHTS_BYTES || ilen % NET_INPUT_BYTES != 0) {
        fprintf(stderr, "femba: %s has %lu bytes (expected %lu), %s has %lu (not a multiple of %lu)\n",
                argv[1], (unsigned long)wlen, (unsigned long)NET_WEIGHTS_BYTES, argv[2],
                (unsigned long)ilen, (unsigned long)NET_INPUT_BYTES);
        return 2;
    }
    if (NET_INPUT_STREAM) { /* L3 = weights, then the windows */
        weights = realloc(weights, wlen + ilen);
        if (!weights) {
            fprintf(stderr, "femba: out of memory\n");
            return 4;
        }
        memcpy(weights + wlen, input, ilen);
    }
    plat_l3_attach(weights, (uint32_t)(NET_INPUT_STREAM ? wlen + ilen : wlen));
    buf_t out = {0, 0, 0};
    run_t run = {&out, dump, 0, ilen / NET_INPUT_BYTES};
    for (size_t v = 0; v < run.n; v++) {
        if (NET_INPUT_STREAM && v > 0)
            (void)input_stream_due(); /* streamed during window v - 1 */
        else
            memcpy(network_input(), input + v * NET_INPUT_BYTES, NET_INPUT_BYTES);
        run.next = NET_INPUT_STREAM ? v + 1 : run.n;
        network_run(dump || NET_INPUT_STREAM ? after_layer : 0, &run);
        for (int o = 0; !dump && o < NET_NUM_OUTPUTS; o++) {
            uint32_t bytes;
            const void *p = network_output(o, &bytes);
            put(&out, p, bytes);
        }
        put(&out, net_perf, sizeof(net_perf));
    }
    FILE *f = fopen(argv[3], "wb");
    if (!f || fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0) {
        fprintf(stderr, "femba: cannot write %s\n", argv[3]);
        return 2;
    }
    return 0;
}
