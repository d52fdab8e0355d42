/*
 * Decoders of the compact per-channel constants in weights.bin (femba_edge/codegen/pack.py,
 * layers.h): they run where a tile's constants are copied into L1 anyway (the GEMM unpack fork)
 * or in the fork before the kernel, each core on its own channels, so the kernels read the same
 * int32 / int8 arrays as before and no extra pass over the data is needed.
 */
#ifndef FEMBA_CONSTS_H
#define FEMBA_CONSTS_H

#include <stdint.h>

/* pack_requant: M in [2^30, 2^31) keeps bit 30 implicit, s - s_base in the top 2 bits. */
static inline int32_t rq_M(uint32_t v)
{
    return (int32_t)((v & 0x3FFFFFFFu) | 0x40000000u);
}

static inline int32_t rq_s(uint32_t v, int32_t s_base)
{
    return s_base + (int32_t)(v >> 30);
}

/* Channels [b, e) of one tile: M, s (packed when s_base > 0, else int32 arrays M2, s2) and bias
 * (int16 when bias_elem == 2, int32 else; none when bias2 is NULL) -> int32 arrays. */
static inline void rq_decode(const void *ms, const int32_t *M2, const int32_t *s2, int32_t s_base,
                             const void *bias2, int32_t bias_elem, int32_t *M, int32_t *s,
                             int32_t *bias, uint32_t b, uint32_t e)
{
    if (s_base > 0) {
        const uint32_t *w = (const uint32_t *)ms;
        for (uint32_t r = b; r < e; r++) {
            uint32_t v = w[r];
            M[r] = rq_M(v);
            s[r] = rq_s(v, s_base);
        }
    } else {
        for (uint32_t r = b; r < e; r++) {
            M[r] = M2[r];
            s[r] = s2[r];
        }
    }
    if (!bias2)
        return;
    if (bias_elem == 2)
        for (uint32_t r = b; r < e; r++)
            bias[r] = ((const int16_t *)bias2)[r];
    else
        for (uint32_t r = b; r < e; r++)
            bias[r] = ((const int32_t *)bias2)[r];
}

/* pack_state_bits: rows [b, e) of n states from n * bits / 8 bytes each (bits 2, 3 or 4) ->
 * int8 rows. 2 / 4 bits: word j of a packed row holds states w j .. w j + w - 1 (w = 32 / bits),
 * state w j + 4 f + q in field f of byte q. 3 bits: the low two bits in the 2-bit layout, then
 * nibble w of the n / 8 bytes after them holds the third bit of states 4 w .. 4 w + 3 (bit q);
 * its rows are 3 n / 8 bytes, not word-aligned, so they are read by bytes. base_u (word-aligned,
 * n bytes) holds each state's column minimum + 128, so every byte sum is the state's
 * a + 128 <= 255 (no carry into the next byte) and ^ 0x80 makes it int8 again. */
static inline uint32_t ld_bytes32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline void state_decode(const uint8_t *packed, const uint8_t *base_u, int8_t *a, uint32_t n,
                                uint32_t bits, uint32_t b, uint32_t e)
{
    const uint32_t *bw = (const uint32_t *)(const void *)base_u;
    if (bits == 3) {
        for (uint32_t r = b; r < e; r++) {
            const uint8_t *p = packed + r * (3 * n / 8), *hi = p + n / 4;
            uint32_t *o = (uint32_t *)(void *)(a + r * n);
            for (uint32_t j = 0; j < n / 16; j++) { /* 16 states: one 2-bit word, 2 bytes */
                uint32_t lo = ld_bytes32(p + 4 * j);
                uint32_t h = (uint32_t)hi[2 * j] | (uint32_t)hi[2 * j + 1] << 8;
                for (uint32_t f = 0; f < 4; f++) {
                    uint32_t v = (lo >> (2 * f)) & 0x03030303u, hb = (h >> (4 * f)) & 0xFu;
                    /* bit q of hb to bit 2 of byte q: hb * (1 + 2^7 + 2^14 + 2^21) moves bit q
                     * to bit 8q */
                    v |= ((hb * 0x00204081u) & 0x01010101u) << 2;
                    o[4 * j + f] = (v + bw[4 * j + f]) ^ 0x80808080u;
                }
            }
        }
        return;
    }
    uint32_t fields = 8 / bits, nw = n * bits / 32;
    uint32_t mask = bits == 4 ? 0x0F0F0F0Fu : 0x03030303u;
    for (uint32_t r = b; r < e; r++) {
        const uint32_t *p = (const uint32_t *)(const void *)(packed + r * (n * bits / 8));
        uint32_t *o = (uint32_t *)(void *)(a + r * n);
        for (uint32_t j = 0; j < nw; j++) {
            uint32_t v = p[j];
            for (uint32_t f = 0; f < fields; f++)
                o[fields * j + f] = (((v >> (bits * f)) & mask) + bw[fields * j + f]) ^ 0x80808080u;
        }
    }
}

/* pack_bias12: the 12-bit deltas of a column pair's byte triple g (column 2 i: byte 0 and the
 * low nibble of byte 1; column 2 i + 1: the high nibble of byte 1 and byte 2). */
static inline int32_t bias12_even(const uint8_t *g)
{
    return (int32_t)((uint32_t)g[0] | (((uint32_t)g[1] & 15u) << 8));
}

static inline int32_t bias12_odd(const uint8_t *g)
{
    return (int32_t)(((uint32_t)g[1] >> 4) | ((uint32_t)g[2] << 4));
}

/* Columns [c0, c1) of one pack_bias12 row plus their int16 column base -> int16. */
static inline void bias12_decode(const uint8_t *row, const int16_t *base, int16_t *out, uint32_t c0,
                                 uint32_t c1)
{
    uint32_t j = c0;
    if ((j & 1) && j < c1) { /* an odd first column: the high half of its triple */
        out[j] = (int16_t)(base[j] + bias12_odd(row + 3 * (j >> 1)));
        j++;
    }
    for (; j + 1 < c1; j += 2) { /* column pairs: one triple each */
        const uint8_t *g = row + 3 * (j >> 1);
        out[j] = (int16_t)(base[j] + bias12_even(g));
        out[j + 1] = (int16_t)(base[j + 1] + bias12_odd(g));
    }
    if (j < c1) /* an even last column */
        out[j] = (int16_t)(base[j] + bias12_even(row + 3 * (j >> 1)));
}

#endif
