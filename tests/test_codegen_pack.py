"""Weights image: 2- and 4-bit codes packed LSB first with every row padded to a whole byte
(K % 4 != 0), checked against an independent numpy unpack and inside a generated weights.bin."""

from __future__ import annotations

import json

import numpy as np
import pytest

from femba_edge.codegen.errors import CodegenError
from femba_edge.codegen.pack import (
    narrow_bias,
    pack_bias12,
    pack_requant,
    pack_rows,
    pack_state_bits,
    row_bytes,
    unpack_bias12,
    unpack_requant,
    unpack_rows,
    unpack_state_bits,
    weight_bits,
)
from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph


def numpy_unpack(data: bytes, rows: int, k: int, bits: int) -> np.ndarray:
    """Independent reference: explode every byte into bits (LSB first) and regroup."""
    rb = (k * bits + 7) // 8
    b = np.unpackbits(np.frombuffer(data, np.uint8).reshape(rows, rb), axis=1, bitorder="little")
    fields = b[:, : k * bits].reshape(rows, k, bits)
    u = (fields * (1 << np.arange(bits))).sum(axis=2)
    return np.where(u >= 1 << (bits - 1), u - (1 << bits), u)


def test_known_bytes():
    # codes -2, -1, 0, 1 -> 2, 3, 0, 1 in bit pairs LSB first; K = 5 pads the row to 2 bytes
    data = pack_rows(np.array([[-2, -1, 0, 1, 1], [1, 0, 0, 0, -2]]), 2)
    assert data == bytes([0b01_00_11_10, 0b01, 0b00_00_00_01, 0b10])


@pytest.mark.parametrize("bits", [2, 4, 8])
@pytest.mark.parametrize("k", [1, 2, 3, 4, 5, 7, 9, 15, 16, 17, 385])
def test_pack_matches_numpy_unpack(bits, k):
    rng = np.random.default_rng(k * bits)
    lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1)
    w = rng.integers(lo, hi, (6, k))
    data = pack_rows(w, bits)
    assert len(data) == 6 * row_bytes(k, bits) == 6 * -(-k * bits // 8)
    assert np.array_equal(numpy_unpack(data, 6, k, bits), w)
    assert np.array_equal(unpack_rows(data, 6, k, bits), w)
    if bits < 8 and (k * bits) % 8:
        # padding bits of each row are zero
        last = np.frombuffer(data, np.uint8).reshape(6, -1)[:, -1]
        assert np.all(last >> ((k * bits) % 8) == 0)


def test_weight_bits_from_range():
    assert weight_bits(np.array([-2, 1])) == 2 and weight_bits(np.array([-1, 0, 1])) == 2
    assert weight_bits(np.array([-3, 1])) == 4 and weight_bits(np.array([-8, 7])) == 4
    assert weight_bits(np.array([-9, 0])) == 8 and weight_bits(np.array([127])) == 8
    with pytest.raises(CodegenError):
        weight_bits(np.array([128]))


def test_weights_bin_holds_packed_rows_and_le_int32(tmp_path):
    """Every linear weight in weights.bin (located through memory_plan.json) unpacks to the
    graph's codes; int32 constants are little-endian."""
    graph, _ = synth_graph(SynthConfig(channels=6, samples=48, embed_dim=5, d_state=3, expand=3))
    generate(graph, "host", tmp_path)
    blob = (tmp_path / "weights.bin").read_bytes()
    doc = json.loads((tmp_path / "memory_plan.json").read_text())
    l3 = {b["name"]: b for b in doc["buffers"] if b["level"] == "L3"}
    checked = 0
    for op in graph.ops:
        if op.kind != "linear":
            continue
        w = op.consts["weight"]
        bits = weight_bits(w)
        b = l3[f"{op.name}.weight"]
        assert b["offset"] % 8 == 0 and b["size"] == w.shape[0] * row_bytes(w.shape[1], bits)
        data = blob[b["offset"]: b["offset"] + b["size"]]
        assert np.array_equal(numpy_unpack(data, *w.shape, bits), w)
        n = w.shape[0]
        M = np.broadcast_to(op.consts["M"], (n,))
        s = np.broadcast_to(op.consts["s"], (n,))
        if f"{op.name}.Ms" in l3:  # packed M, s: s_base is the layer's smallest shift
            words = np.frombuffer(blob, "<u4", n, l3[f"{op.name}.Ms"]["offset"])
            got_M, got_s = unpack_requant(words, int(s.min()))
            assert np.array_equal(got_M, M) and np.array_equal(got_s, s)
        else:
            got = np.frombuffer(blob, "<i4", n, l3[f"{op.name}.M"]["offset"])
            assert np.array_equal(got, M)
        checked += 1
    assert checked == 15 and graph.op("b0.fwd.in_proj_u").consts["weight"].shape[1] % 4 != 0


# ---- compact per-channel constants (weights.bin <= 2.2 MB, issue #14) ---------------------------

def _c_rq_decode(words: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """firmware/runtime/consts.h rq_M / rq_s in uint32 arithmetic, written out independently."""
    w = np.asarray(words, np.uint32)
    M = ((w & np.uint32(0x3FFFFFFF)) | np.uint32(0x40000000)).astype(np.int64)
    return M, base + (w >> np.uint32(30)).astype(np.int64)


@pytest.mark.parametrize("n", [1, 3, 4, 5, 17, 385])
@pytest.mark.parametrize("s_kind", ["uniform", "span4", "span5", "low", "high"])
def test_requant_pack_round_trip(n, s_kind):
    rng = np.random.default_rng(n)
    M = rng.integers(2**30, 2**31, n)
    M[0] = 2**30
    M[-1] = 2**31 - 1 if n > 1 else M[-1]
    s0 = {"low": 1, "high": 59}.get(s_kind, 35)
    span = {"span4": 4, "span5": 5}.get(s_kind, 4 if s_kind in ("low", "high") else 1)
    s = s0 + rng.integers(0, span, n)
    if span == 5 and n > 1:
        s[0], s[-1] = s0, s0 + 4
    packed = pack_requant(M, s)
    if span == 5 and n > 1:  # 5 shifts do not fit 2 bits: codegen keeps int32 M, s
        assert packed is None
        return
    words, base = packed
    assert words.dtype == np.uint32 and base == s.min()
    for got_M, got_s in (unpack_requant(words, base), _c_rq_decode(words, base)):
        assert np.array_equal(got_M, M) and np.array_equal(got_s, s)


def test_requant_pack_rejects_m_outside_the_contract():
    assert pack_requant(np.array([2**30 - 1]), np.array([40])) is None
    assert pack_requant(np.array([2**31]), np.array([40])) is None
    assert pack_requant(np.array([2**30]), np.array([0])) is None


@pytest.mark.parametrize("lo, hi, elem", [(0, 0, 2), (-(2**15), 2**15 - 1, 2),
                                          (-(2**15) - 1, 0, 4), (0, 2**15, 4),
                                          (-(2**31), 2**31 - 1, 4)])
@pytest.mark.parametrize("n", [1, 7, 80 * 385])
def test_narrow_bias(lo, hi, elem, n):
    rng = np.random.default_rng(n)
    b = rng.integers(lo, hi + 1, n)
    b[0], b[-1] = (lo, hi) if n > 1 else (lo, lo)
    out = narrow_bias(b)
    fits = b.min() >= -(2**15) and b.max() < 2**15  # n = 1 holds lo alone
    assert out.itemsize == (2 if fits else 4) and (n == 1 or out.itemsize == elem)
    assert np.array_equal(out.astype(np.int64), b)


def _c_state_decode(data: bytes, rows: int, base: np.ndarray, bits: int) -> np.ndarray:
    """consts.h state_decode with its word arithmetic (little-endian words, bytewise no carry)."""
    bw = np.frombuffer(base.astype(np.uint8).tobytes(), "<u4")
    if bits == 3:  # byte reads of 3 n / 8-byte rows; the high-bit spread by multiplication
        n = base.size
        raw = np.frombuffer(data, np.uint8).reshape(rows, 3 * n // 8)
        lo = np.frombuffer(raw[:, :n // 4].tobytes(), "<u4").reshape(rows, n // 16)
        out = np.zeros((rows, n // 4), np.uint32)
        for w in range(n // 4):
            v = (lo[:, w >> 2] >> np.uint32(2 * (w & 3))) & np.uint32(0x03030303)
            hb = (raw[:, n // 4 + (w >> 1)].astype(np.uint32) >> np.uint32(4 * (w & 1))) & 15
            v |= ((hb * np.uint32(0x00204081)) & np.uint32(0x01010101)) << np.uint32(2)
            out[:, w] = (v + bw[w]) ^ np.uint32(0x80808080)
        return np.frombuffer(out.astype("<u4").tobytes(), np.int8).reshape(rows, n).astype(
            np.int64)
    n, fields = base.size, 8 // bits
    mask = np.uint32(0x0F0F0F0F if bits == 4 else 0x03030303)
    p = np.frombuffer(data, "<u4").reshape(rows, n * bits // 32)
    out = np.zeros((rows, n // 4), np.uint32)
    for f in range(fields):
        out[:, f::fields] = (((p >> np.uint32(bits * f)) & mask) + bw[f::fields]) \
            ^ np.uint32(0x80808080)
    return np.frombuffer(out.astype("<u4").tobytes(), np.int8).reshape(rows, n).astype(np.int64)


@pytest.mark.parametrize("rows", [1, 3, 1540])
@pytest.mark.parametrize("n", [8, 16, 24, 32])
@pytest.mark.parametrize("span", [0, 3, 4, 7, 8, 15, 16])
@pytest.mark.parametrize("edge", ["low", "high", "mid"])
def test_state_bits_round_trip(rows, n, span, edge):
    rng = np.random.default_rng(rows * n + span)
    lo = {"low": -128, "high": 127 - span, "mid": -40}[edge]
    base = lo + rng.integers(0, 128 - span if edge == "mid" else 1, n)
    a = base + rng.integers(0, span + 1, (rows, n))
    if rows > 1:
        a[0], a[-1] = base, base + span
    a = np.clip(a, -128, 127)
    packed = pack_state_bits(a)
    widest = np.ptp(a, axis=0).max()
    if widest > 15:
        assert packed is None
        return
    data, b, bits = packed
    # the fewest bits that hold the span and give whole words
    assert bits == (2 if widest <= 3 and n % 16 == 0 else 3 if widest <= 7 and n % 16 == 0
                    else 4)
    assert len(data) == rows * n * bits // 8 and b.dtype == np.uint8
    assert np.array_equal(unpack_state_bits(data, rows, b, bits), a)
    assert np.array_equal(_c_state_decode(data, rows, b, bits), a)


def test_state_bits_need_whole_words():
    assert pack_state_bits(np.zeros((4, 12), np.int64)) is None


@pytest.mark.parametrize("rows", [1, 3, 80])
@pytest.mark.parametrize("d", [1, 2, 15, 385])
@pytest.mark.parametrize("span", [0, 4095, 4096])
def test_bias12_round_trip(rows, d, span):
    rng = np.random.default_rng(rows * d + span)
    base = rng.integers(-(2**15), 2**15 - span, d)
    b = base + rng.integers(0, span + 1, (rows, d))
    b[0] = base
    if rows > 1:
        b[-1] = base + span
    packed = pack_bias12(b)
    if span >= 4096 and rows > 1:
        assert packed is None
        return
    data, lo = packed
    assert len(data) == rows * ((3 * d + 1) // 2) and lo.dtype == np.int16
    assert np.array_equal(unpack_bias12(data, rows, lo), b)


def test_bias12_needs_int16_values():
    assert pack_bias12(np.array([[2**15]])) is None
    assert pack_bias12(np.array([[-(2**15) - 1]])) is None
