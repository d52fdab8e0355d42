/* Host counters: wall-clock nanoseconds as "cycles"; no instruction counter. */
#define _POSIX_C_SOURCE 199309L
#include <time.h>

#include "plat.h"

uint64_t plat_cycles(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t plat_instret(void)
{
    return 0;
}
