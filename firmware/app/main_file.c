/*
 * File-driven runner for the emulated targets (host binary, rv32 ELF with semihosting):
 *
 *   femba WEIGHTS.bin INPUT.bin OUTPUT.bin [dump]
 *
 * INPUT.bin holds N int8 windows [C][T] back to back. For each window OUTPUT.bin gets the graph
 * outputs (or, with `dump`, every layer's output in layer order), then NET_NUM_LAYERS x 2 uint64
 * counters (little-endian). Exit status 0 on success.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void dump_layer(int layer, const void *data, uint32_t bytes, void *ctx)
{
    (void)layer;
    put(ctx, data, bytes);
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
    plat_l3_attach(weights, (uint32_t)wlen);
    buf_t out = {0, 0, 0};
    for (size_t v = 0; v < ilen / NET_INPUT_BYTES; v++) {
        memcpy(network_input(), input + v * NET_INPUT_BYTES, NET_INPUT_BYTES);
        network_run(dump ? dump_layer : 0, &out);
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
