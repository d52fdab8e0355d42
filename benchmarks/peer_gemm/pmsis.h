/*
 * Minimal stand-in for the PULP SDK's pmsis.h, just enough to compile pulp-nn's 32-bit int8
 * kernels (pulp-platform/pulp-nn, 32bit/src) with Debian's riscv64-unknown-elf-gcc on this
 * project's bare-metal pulp-open runtime (firmware/platform/pulp-open). Not part of pulp-nn:
 * pulp-nn's sources are never copied into this repository (benchmarks/peer_gemm.py points the
 * compiler at a checkout given by PULP_NN / --pulp-nn).
 *
 * Stock GCC has no Xpulpv2 builtins, so each __builtin_pulp_* that pulp-nn uses is a macro onto
 * one .insn with the encoding from GVSoC's ISA description (isa_pulpv2.py), the same way
 * firmware/kernels/simd.h emits them. Builtins that only appear in kernels this benchmark does not
 * run get a plain C equivalent (they must compile, they are never timed).
 */
#ifndef PEER_PMSIS_SHIM_H
#define PEER_PMSIS_SHIM_H

#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "plat.h" /* NUM_CORES (net_config.h), plat_barrier */

typedef int8_t v4s __attribute__((vector_size(4)));
typedef uint8_t v4u __attribute__((vector_size(4)));

static inline uint32_t peer_w(v4u v)
{
    uint32_t r;
    memcpy(&r, &v, 4);
    return r;
}

static inline uint32_t peer_ws(v4s v)
{
    uint32_t r;
    memcpy(&r, &v, 4);
    return r;
}

/* pv.sdotusp.b rd, rs1 (unsigned bytes), rs2 (signed bytes): rd += sum of 4 products */
static inline int32_t peer_sdotusp4(v4u a, v4s b, int32_t acc)
{
    __asm__(".insn r 0x57, 1, 0x54, %0, %1, %2" : "+r"(acc) : "r"(peer_w(a)), "r"(peer_ws(b)));
    return acc;
}

/* pv.sdotsp.b: both signed */
static inline int32_t peer_sdotsp4(v4s a, v4s b, int32_t acc)
{
    __asm__(".insn r 0x57, 1, 0x5C, %0, %1, %2" : "+r"(acc) : "r"(peer_ws(a)), "r"(peer_ws(b)));
    return acc;
}

/* p.clipu rd, rs1, rs2 (GVSoC's name for p.clipur): clamp to [0, rs2] */
static inline int32_t peer_clipu_r(int32_t x, int32_t hi)
{
    int32_t r;
    __asm__(".insn r 0x33, 6, 0x0A, %0, %1, %2" : "=r"(r) : "r"(x), "r"(hi));
    return r;
}

/* p.clip rd, rs1, rs2 (p.clipr): clamp to [-rs2 - 1, rs2] */
static inline int32_t peer_clip_r(int32_t x, int32_t hi)
{
    int32_t r;
    __asm__(".insn r 0x33, 5, 0x0A, %0, %1, %2" : "=r"(r) : "r"(x), "r"(hi));
    return r;
}

/* p.fl1 rd, rs1: index of the highest set bit */
static inline int32_t peer_fl1(uint32_t x)
{
    int32_t r;
    __asm__(".insn r 0x33, 1, 0x08, %0, %1, x0" : "=r"(r) : "r"(x));
    return r;
}

#define __builtin_pulp_sdotusp4(a, b, c) peer_sdotusp4((a), (b), (c))
#define __builtin_pulp_sdotsp4(a, b, c) peer_sdotsp4((a), (b), (c))
#define __builtin_pulp_clipu_r(x, hi) peer_clipu_r((int32_t)(x), (hi))
#define __builtin_pulp_clip_r(x, hi) peer_clip_r((int32_t)(x), (hi))
#define __builtin_pulp_fl1(x) peer_fl1((uint32_t)(x))

/* never timed (kernels this benchmark does not call): portable C */
static inline int32_t peer_bextract(int32_t x, int size, int off)
{
    return (int32_t)((uint32_t)x << (32 - size - off)) >> (32 - size);
}
static inline uint32_t peer_bextractu(uint32_t x, int size, int off)
{
    return (x << (32 - size - off)) >> (32 - size);
}
static inline v4s peer_pack4(int8_t a, int8_t b, int8_t c, int8_t d)
{
    v4s r = {a, b, c, d};
    return r;
}
static inline v4u peer_maxu4(v4u a, v4u b)
{
    v4u r;
    for (int i = 0; i < 4; i++)
        r[i] = a[i] > b[i] ? a[i] : b[i];
    return r;
}
static inline v4s peer_avg4(v4s a, v4s b)
{
    v4s r;
    for (int i = 0; i < 4; i++)
        r[i] = (int8_t)((a[i] + b[i]) >> 1);
    return r;
}
#define __builtin_pulp_bextract(x, size, off) peer_bextract((x), (size), (off))
#define __builtin_pulp_bextractu(x, size, off) peer_bextractu((x), (size), (off))
#define __builtin_pulp_pack4(x, y, z, t) peer_pack4((x), (y), (z), (t))
#define __builtin_pulp_maxu4(a, b) peer_maxu4((a), (b))
#define __builtin_pulp_avg4(a, b) peer_avg4((a), (b))

static inline int pi_core_id(void)
{
    uint32_t id;
    __asm__ volatile("csrr %0, mhartid" : "=r"(id));
    return (int)(id & 0x1Fu);
}

/* pulp-nn ends each kernel with a team barrier: the event unit's hardware barrier, as
 * plat_fork's own (pulp-open/plat_pulp.c) */
static inline void pi_cl_team_barrier(int id)
{
    (void)id;
    plat_barrier();
}

#endif
