/*
 * GAP9 entry (fabric controller): copy weights.bin from the flash file system into L3 RAM, one
 * window (input.bin) into the network's L2 input, run the network on the cluster, print the class
 * and cycles per layer.
 *
 * Cluster stacks come from L1 and the memory plan leaves room for exactly what the platform
 * description budgets (net_config.h): the cluster controller's stack (conf.cc_stack_size; it
 * holds the drivers' DMA / RAM request arrays, stream_run_t) and one per worker core
 * (pi_cluster_task_stacks).
 */
#include "bsp/bsp.h"
#include "bsp/flash.h"
#include "bsp/fs.h"
#include "bsp/fs/readfs.h"
#include "bsp/ram.h"
#include "pmsis.h"

#include "network.h"
#include "plat.h"

#define COPY_CHUNK 4096

static struct pi_device ram, flash, fs, cluster;
static PI_L2 uint8_t copy_buf[COPY_CHUNK];

static int load_file(const char *name, uint8_t *l2_dst, uint32_t l3_dst, uint32_t bytes)
{
    pi_fs_file_t *f = pi_fs_open(&fs, name, 0);
    if (!f)
        return -1;
    int ok = f->size == bytes;
    for (uint32_t done = 0; ok && done < bytes; done += COPY_CHUNK) {
        uint32_t n = bytes - done < COPY_CHUNK ? bytes - done : COPY_CHUNK;
        ok = pi_fs_read(f, l2_dst ? l2_dst + done : copy_buf, n) == (int32_t)n;
        if (ok && !l2_dst)
            pi_ram_write(&ram, l3_dst + done, copy_buf, n);
    }
    pi_fs_close(f);
    return ok ? 0 : -1;
}

static void cluster_main(void *arg)
{
    (void)arg;
    pi_perf_conf((1 << PI_PERF_CYCLES) | (1 << PI_PERF_INSTR));
    pi_perf_reset();
    pi_perf_start();
    network_run(0, 0);
    pi_perf_stop();
}

static void app_main(void)
{
    struct pi_readfs_conf fs_conf;
    struct pi_default_flash_conf flash_conf;
    struct pi_default_ram_conf ram_conf;
    struct pi_cluster_conf cl_conf;
    struct pi_cluster_task task;
    uint32_t l3_weights;

    pi_default_flash_conf_init(&flash_conf);
    pi_open_from_conf(&flash, &flash_conf);
    pi_default_ram_conf_init(&ram_conf);
    pi_open_from_conf(&ram, &ram_conf);
    if (pi_flash_open(&flash) || pi_ram_open(&ram) ||
        pi_ram_alloc(&ram, &l3_weights, NET_WEIGHTS_BYTES))
        pmsis_exit(-1);
    pi_readfs_conf_init(&fs_conf);
    fs_conf.fs.flash = &flash;
    pi_open_from_conf(&fs, &fs_conf);
    if (pi_fs_mount(&fs) || load_file("weights.bin", 0, l3_weights, NET_WEIGHTS_BYTES) ||
        load_file("input.bin", (uint8_t *)network_input(), 0, NET_INPUT_BYTES))
        pmsis_exit(-2);
    plat_l3_attach(&ram, l3_weights);

    pi_cluster_conf_init(&cl_conf);
    cl_conf.cc_stack_size = PLAT_CC_STACK_BYTES;
    pi_open_from_conf(&cluster, &cl_conf);
    if (pi_cluster_open(&cluster))
        pmsis_exit(-3);
    pi_cluster_task(&task, cluster_main, 0);
    pi_cluster_task_stacks(&task, 0, PLAT_PE_STACK_BYTES);
    pi_cluster_send_task_to_cl(&cluster, &task);

    uint32_t bytes;
    const int32_t *cls = network_output(NET_NUM_OUTPUTS - 1, &bytes);
    uint64_t total = 0;
    for (int i = 0; i < NET_NUM_LAYERS; i++) {
        printf("%-32s %10lu cycles\n", net_layer_names[i], (unsigned long)net_perf[i][0]);
        total += net_perf[i][0];
    }
    printf("class %ld, %lu cycles\n", (long)cls[0], (unsigned long)total);
    pi_cluster_close(&cluster);
    pmsis_exit(0);
}

int main(void)
{
    return pmsis_kickoff((void *)app_main);
}
