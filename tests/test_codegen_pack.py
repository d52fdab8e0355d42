"""Weights image: 2- and 4-bit codes packed LSB first with every row padded to a whole byte
(K % 4 != 0), checked against an independent numpy unpack and inside a generated weights.bin."""

from __future__ import annotations

import json

import numpy as np
import pytest

from femba_edge.codegen.errors import CodegenError
from femba_edge.codegen.pack import pack_rows, row_bytes, unpack_rows, weight_bits
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
        m = l3[f"{op.name}.M"]
        got = np.frombuffer(blob, "<i4", w.shape[0], m["offset"])
        assert np.array_equal(got, np.broadcast_to(op.consts["M"], (w.shape[0],)))
        checked += 1
    assert checked == 15 and graph.op("b0.fwd.in_proj_u").consts["weight"].shape[1] % 4 != 0
