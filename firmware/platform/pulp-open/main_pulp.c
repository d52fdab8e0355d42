/*
 * PULP-open entry: one inference on the window linked from input.bin, then the class and the
 * cycle count on the simulator's stdout. (The GVSoC runner of a later issue feeds real vectors.)
 */
#include <string.h>

#include "network.h"
#include "plat.h"

/* GVSoC's pulp-open stdout peripheral (to be confirmed against the runtime in the GVSoC issue). */
#define PULP_STDOUT ((volatile uint32_t *)0x1A10F000u)

extern const uint8_t femba_input_image[];

static void put_str(const char *s)
{
    while (*s)
        *PULP_STDOUT = (uint32_t)*s++;
}

static void put_u64(uint64_t v)
{
    char buf[21];
    int i = 20;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v && i > 0);
    put_str(buf + i);
}

int main(void)
{
    uint64_t cycles = 0;
    uint32_t bytes;
    memcpy(network_input(), femba_input_image, NET_INPUT_BYTES);
    network_run(0, 0);
    for (int i = 0; i < NET_NUM_LAYERS; i++)
        cycles += net_perf[i][0];
    const int32_t *cls = network_output(1, &bytes);
    put_str("class ");
    put_u64((uint64_t)cls[0]);
    put_str(" cycles ");
    put_u64(cycles);
    put_str("\n");
    return 0;
}
