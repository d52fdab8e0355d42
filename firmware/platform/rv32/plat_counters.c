/* rv32 counters: mcycle / minstret (QEMU with -icount shift=0 makes both exact instruction
 * counts). 64-bit reads retry when the high half changes between the two CSR reads. */
#include "plat.h"

#define READ_CSR64(lo, hi)                                                                       \
    do {                                                                                         \
        uint32_t h0, l, h1;                                                                      \
        do {                                                                                     \
            __asm__ volatile("csrr %0, " hi : "=r"(h0));                                         \
            __asm__ volatile("csrr %0, " lo : "=r"(l));                                          \
            __asm__ volatile("csrr %0, " hi : "=r"(h1));                                         \
        } while (h0 != h1);                                                                      \
        return ((uint64_t)h1 << 32) | l;                                                         \
    } while (0)

uint64_t plat_cycles(void)
{
    READ_CSR64("mcycle", "mcycleh");
}

uint64_t plat_instret(void)
{
    READ_CSR64("minstret", "minstreth");
}
