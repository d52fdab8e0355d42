"""Requantisation for every shift the exporter can emit (1 <= s <= 62): the C forms of
firmware/kernels/fixedpoint.h (requant32, and requant_pre, the form the fused GEMM micro-kernels
compute; simd.h's requant8_any, the per-element form of patch_embed and per-channel LayerNorm;
requant_split at requant_split_s8's shift, the gate product's form) against the golden on the
edges of each shift (int32 extremes, the pre-clamp bounds, rounding ties), and synthetic networks
whose GEMMs (SynthConfig.gemm_shifts) and other requantising kernels (SynthConfig.op_shifts:
patch_embed, dwconv, scan, gate, LayerNorm) take every shift, bit-exact on the host and on rv32
under QEMU (the GVSoC sweeps are in tests/test_gvsoc.py)."""

from __future__ import annotations

import os
import shutil
import subprocess

import numpy as np
import pytest

from femba_edge.codegen.emit import FIRMWARE_DIR
from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.export import golden
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

ALL_SHIFTS = tuple(range(1, 63))
CLAMPS = [(-128, 127), (-100, 100), (-32768, 32767), (-(2**27), 2**27)]

HARNESS = r"""
#include <stdio.h>
#include "fixedpoint.h"
#include "simd.h"
int main(void)
{
    long long acc, M, s, lo, hi;
    while (scanf("%lld %lld %lld %lld %lld", &acc, &M, &s, &lo, &hi) == 5) {
        requant_pre_t p = requant_pre_params((int32_t)M, (int32_t)s);
        int ok = requant_pre_ok((int32_t)M, (int32_t)s, (int32_t)lo, (int32_t)hi);
        /* the gate product's form, for |acc| <= 2^14 (an int8 x int8 product) */
        int prod = acc >= -16384 && acc <= 16384;
        requant_split_t q = requant_split_params((int32_t)M, requant_split_s8((int32_t)s));
        printf("%d %ld %ld %ld %ld\n", ok,
               (long)requant32((int32_t)acc, (int32_t)M, (int32_t)s, (int32_t)lo, (int32_t)hi),
               (long)(ok ? requant_pre((int32_t)acc, &p, (int32_t)lo, (int32_t)hi) : 0),
               (long)requant8_any((int32_t)acc, (int32_t)M, (int32_t)s),
               (long)(prod ? simd_clip(requant_split((int32_t)acc, &q), 8) : 0));
    }
    return 0;
}
"""


def _cases(rng: np.random.Generator) -> np.ndarray:
    """[n, 5] (acc, M, s, lo, hi): per shift, M at both ends of [2^30, 2^31) and random, acc at
    the int32 extremes, around 0, around the pre-clamp bound 2^(s-1), on and next to rounding
    ties (acc * M + 2^(s-1) a multiple of 2^s), and random."""
    rows = []
    for s in ALL_SHIFTS:
        for M in (2**30, 2**30 + 1, 2**31 - 1, *rng.integers(2**30, 2**31, 2).tolist()):
            bound = 2 ** (s - 1)
            acc = {-(2**31), -(2**31) + 1, 2**31 - 1, 2**31 - 2, -2, -1, 0, 1, 2}
            acc |= {b + d for b in (bound, -bound, bound // 2, -bound // 2) for d in (-2, -1, 0, 1)}
            for y in rng.integers(-200, 200, 6).tolist():  # ties: acc ~ (y - 1/2) 2^s / M
                a = ((2 * y - 1) * 2 ** (s - 1)) // M
                acc |= {a - 1, a, a + 1}
            acc |= set(rng.integers(-(2**31), 2**31, 4).tolist())
            acc |= set((rng.standard_normal(4) * 2.0 ** min(s - 30 + 8, 31)).astype(np.int64)
                       .tolist())
            # int8 x int8 products (the gate): their extremes and ties inside them
            acc |= {-16256, -16255, 16383, 16384, 127 * 127, -127 * 127}
            acc |= {a for a in acc if -16256 <= a <= 16384}
            for a in acc:
                if -(2**31) <= a < 2**31:
                    lo, hi = CLAMPS[int(rng.integers(len(CLAMPS)))]
                    rows.append((a, M, s, lo, hi))
    return np.array(rows, np.int64)


def test_requant_c_forms_match_golden_for_every_shift(tmp_path):
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler")
    (tmp_path / "h.c").write_text(HARNESS)
    exe = tmp_path / "h"
    subprocess.run([cc, "-O2", "-std=c99", "-Wall", "-Werror", "-I",
                    str(FIRMWARE_DIR / "kernels"), str(tmp_path / "h.c"), "-o", str(exe)],
                   check=True)
    cases = _cases(np.random.default_rng(14))
    out = subprocess.run([str(exe)], input="\n".join(" ".join(map(str, r)) for r in cases),
                         capture_output=True, text=True, check=True).stdout
    got = np.array([line.split() for line in out.splitlines()], np.int64)
    assert len(got) == len(cases)
    want = np.array([golden.requant(a, M, s, lo, hi) for a, M, s, lo, hi in cases])
    assert (got[:, 0] == 1).all()  # every exporter (M, s) with these clamps takes requant_pre
    bad32 = np.flatnonzero(got[:, 1] != want)
    assert bad32.size == 0, [(cases[i].tolist(), got[i, 1], want[i]) for i in bad32[:5]]
    bad = np.flatnonzero(got[:, 2] != want)
    assert bad.size == 0, [(cases[i].tolist(), got[i, 2], want[i]) for i in bad[:5]]
    want8 = np.array([golden.requant(a, M, s) for a, M, s in cases[:, :3]])
    bad8 = np.flatnonzero(got[:, 3] != want8)  # requant8_any: int8 output
    assert bad8.size == 0, [(cases[i].tolist(), got[i, 3], want8[i]) for i in bad8[:5]]
    prod = (cases[:, 0] >= -16256) & (cases[:, 0] <= 16384)
    assert prod.sum() > 3000 and set(cases[prod, 2].tolist()) == set(ALL_SHIFTS)
    bad_split = np.flatnonzero(prod & (got[:, 4] != want8))
    assert bad_split.size == 0, [(cases[i].tolist(), got[i, 4], want8[i]) for i in bad_split[:5]]


HAS_RV32 = bool(shutil.which("riscv64-unknown-elf-gcc") and shutil.which("qemu-system-riscv32"))
# as tests/test_codegen_rv32.py: CI installs the toolchain, so there a missing tool fails
TARGETS = ["host", pytest.param("rv32", marks=pytest.mark.skipif(
    not HAS_RV32 and os.environ.get("CI") != "true",
    reason="riscv64-unknown-elf-gcc / qemu-system-riscv32 not installed"))]
# 21 tokens (4-token runs and a tail), 105-row projections (every shift in one layer), groups of
# four channels with all-small, all-large and mixed shifts; x_proj_B and in_proj_z (its SiLU
# table fused) with the narrow clamp (-100, 100)
SWEEP = SynthConfig(channels=10, samples=16 * 21, embed_dim=7, expand=3, d_state=5,
                    gemm_shifts=ALL_SHIFTS, narrow=("in_proj_z", "x_proj_B"))


def sweep_shifts(graph) -> set[int]:
    return {int(s) for op in graph.ops if op.kind == "linear" and int(op.consts["hi"]) < 128
            for s in op.consts["s"]}


@pytest.mark.parametrize("target", TARGETS)
def test_gemm_every_shift_bit_exact(tmp_path, target):
    graph, _ = synth_graph(SWEEP, seed=14)
    assert sweep_shifts(graph) == set(ALL_SHIFTS)
    generate(graph, target, tmp_path / "c")
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 14)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["first_mismatch"] is None, s["first_mismatch"]
    assert s["bit_exact"] == s["vectors"] == 2 and s["target"] == target


# SynthConfig.op_shifts: per-channel ops (dwconv, scan s_y / s_D, LayerNorm of block 0, with
# 105 and 35 channels) take every shift; the per-layer ones (the four gates, LayerNorm of block 1)
# the first five values of the order, so the two orders put each kernel's edges there: gate
# s < 17 / 17 / 46 / > 46, LayerNorm s = 32 and s < 32 with one M, s. 21 tokens: the two-token
# loops' one-token tail. d_state 8: the scan's assembly pass on pulp-open.
EDGE_FIRST = [(1, 17, 46, 62, 32), (16, 47, 31, 33, 2)]
OP_SWEEPS = [SynthConfig(channels=10, samples=16 * 21, embed_dim=7, expand=3, d_state=8,
                         blocks=2, op_shifts=(*o, *(s for s in ALL_SHIFTS if s not in o)))
             for o in EDGE_FIRST]


def op_sweep_shifts(graph) -> dict[str, list[set[int]]]:
    """{kind: [set of shifts per op]} over the non-GEMM requantising ops (scan: s_y | s_D)."""
    out: dict[str, list[set[int]]] = {}
    for op in graph.ops:
        keys = {"scan": ("s_y", "s_D")}.get(op.kind, ("s",))
        if op.kind in ("patch_embed", "dwconv", "scan", "mul", "layernorm"):
            out.setdefault(op.kind, []).append(
                {int(v) for k in keys for v in np.asarray(op.consts[k]).ravel()})
    return out


def check_op_sweep(graph, i: int) -> None:
    """The sweep reaches what the tests claim (see OP_SWEEPS)."""
    got = op_sweep_shifts(graph)
    for kind in ("dwconv", "scan"):
        assert all(s == set(ALL_SHIFTS) for s in got[kind]), kind
    norm0 = got["layernorm"][0]  # per channel: 35 shifts on both sides of 32
    assert len(norm0) == 35 and min(norm0) < 32 <= max(norm0)
    assert len(got["patch_embed"][0]) == 7
    assert [min(s) for s in got["mul"]] + [min(got["layernorm"][1])] == list(EDGE_FIRST[i])


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("i", range(len(OP_SWEEPS)))
def test_other_kernels_every_shift_bit_exact(tmp_path, target, i):
    graph, _ = synth_graph(OP_SWEEPS[i], seed=20 + i)
    check_op_sweep(graph, i)
    generate(graph, target, tmp_path / "c")
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, i)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["first_mismatch"] is None, s["first_mismatch"]
    assert s["bit_exact"] == s["vectors"] == 2 and s["target"] == target
