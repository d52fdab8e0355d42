/* The interface of a generated network (network.c + net_config.h come from the code generator). */
#ifndef FEMBA_NETWORK_H
#define FEMBA_NETWORK_H

#include <stdint.h>

#include "net_config.h"

/* Called after each layer with its output tensor (L2), outside the measured region. */
typedef void (*net_dump_fn)(int layer, const void *data, uint32_t bytes, void *ctx);

extern const char *const net_layer_names[NET_NUM_LAYERS];
/* Per layer: [0] plat_cycles() delta, [1] plat_instret() delta of the last run. */
extern uint64_t net_perf[NET_NUM_LAYERS][2];

/* Where to put the int8 [C][T] window before network_run (in L2). */
int8_t *network_input(void);
/* Graph output i (0: logits, 1: class) after network_run, and its size in bytes. */
const void *network_output(int i, uint32_t *bytes);
/* One inference. Re-entrant across calls: all state is re-initialised. */
void network_run(net_dump_fn dump, void *ctx);

#endif
