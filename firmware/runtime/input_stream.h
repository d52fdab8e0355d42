/*
 * The streaming runners' input (codegen --stream; included by firmware/app/main_file.c and
 * firmware/platform/pulp-open/main_pulp.c, not by the networks).
 *
 * Window v + 1 sits in L3 and goes to the input's L2 bytes, which the plan reserves for the
 * whole inference (NET_INPUT_STREAM), once layer NET_INPUT_LAST_USE of window v has read them.
 * It goes in pieces of at most INPUT_PIECE_BYTES, one in flight at a time, each issued from
 * rt_l3_idle, i.e. when a layer has issued all its own L3 reads. Why (measured on GVSoC
 * pulp-open, demo, 28 KB windows): the HyperBus serves one transfer after another, so the window
 * issued right after the patch embedding made the next layer's first weight chunk wait for all
 * of it (+26 k cycles per window); at an idle point it overlaps compute only. Each issue + poll
 * from the cluster costs ~1 k cycles: 2 KiB pieces cost +14 k per window, 8 KiB +8 k, one piece
 * +2.5 k. A piece delays the next layer's first read only when it outlasts the rest of the layer
 * it was issued in; lower INPUT_PIECE_BYTES for a model with short layers and large windows.
 * What is left when window v + 1 is due is read then (input_stream_due returns those bytes; the
 * caller times the wait).
 */
#ifndef FEMBA_INPUT_STREAM_H
#define FEMBA_INPUT_STREAM_H

#include "network.h"
#include "plat.h"
#include "runtime.h"

#ifndef INPUT_PIECE_BYTES
#define INPUT_PIECE_BYTES 32768u
#endif

typedef struct {
    uint32_t l3;     /* L3 offset of the window being read */
    uint32_t issued; /* bytes issued so far */
    int active;
    plat_l3_t req; /* the piece in flight */
} input_stream_t;

static input_stream_t input_stream;

/* rt_l3_idle: the next piece, unless the previous one is still in flight. */
static void input_stream_pump(void)
{
    input_stream_t *s = &input_stream;
    if (!s->active || s->issued == NET_INPUT_BYTES || !plat_l3_poll(&s->req))
        return;
    uint32_t n = NET_INPUT_BYTES - s->issued;
    n = n < INPUT_PIECE_BYTES ? n : INPUT_PIECE_BYTES;
    plat_l3_read_bg((uint8_t *)network_input() + s->issued, s->l3 + s->issued, n, &s->req);
    s->issued += n;
    if (s->issued == NET_INPUT_BYTES) /* no more calls from the layers (icache, cycles) */
        rt_l3_idle = 0;
}

/* After layer NET_INPUT_LAST_USE: start streaming the window at L3 offset l3. */
static void input_stream_begin(uint32_t l3)
{
    input_stream = (input_stream_t){l3, 0, 1, {0}};
    rt_l3_idle = input_stream_pump;
}

/* When the window is due: wait for the piece in flight, read what is left (blocking). Returns
 * the bytes read now (0 when the whole window came in the background). */
static uint32_t input_stream_due(void)
{
    input_stream_t *s = &input_stream;
    uint32_t rest = NET_INPUT_BYTES - s->issued;
    if (s->req.pending)
        plat_l3_wait(&s->req);
    if (rest) {
        plat_l3_read((uint8_t *)network_input() + s->issued, s->l3 + s->issued, rest, &s->req);
        plat_l3_wait(&s->req);
    }
    s->active = 0;
    rt_l3_idle = 0;
    return rest;
}

#endif
