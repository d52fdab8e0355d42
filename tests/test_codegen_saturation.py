"""Generated C (host, and rv32 under QEMU where its toolchain is installed) on inputs that drive
the requantisation clamps (all +127, all -128, alternating extremes) and on a network with more
than 80 tokens (FEMBA-Tiny has 80), bit-exact with the golden on every intermediate."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.export import golden
from femba_edge.export.ir import run_golden
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

CONFIGS = {
    "short": SynthConfig(channels=4, samples=16 * 5, embed_dim=5, blocks=2, d_state=3, expand=2),
    "long": SynthConfig(channels=2, samples=16 * 96, embed_dim=3, d_state=2, expand=1),
}
HAS_RV32 = bool(shutil.which("riscv64-unknown-elf-gcc") and shutil.which("qemu-system-riscv32"))
# as tests/test_codegen_rv32.py: CI installs the toolchain, so there a missing tool fails
TARGETS = ["host", pytest.param("rv32", marks=pytest.mark.skipif(
    not HAS_RV32 and os.environ.get("CI") != "true",
    reason="riscv64-unknown-elf-gcc / qemu-system-riscv32 not installed"))]


def saturating_inputs(shape: tuple[int, ...]) -> np.ndarray:
    """[4, *shape] int8: all +127, all -128, +127/-128 alternating sample by sample, and
    alternating per channel and per 16-sample patch (opposite signs within one patch pair)."""
    c, t = shape[-2:]
    alt_t = np.where(np.arange(t) % 2 == 0, 127, -128)
    ch = np.where(np.arange(c) % 2 == 0, 127, -128)[:, None]
    alt_ct = np.where((np.arange(t)[None, :] // 16) % 2 == 0, ch, -1 - ch)
    pats = [np.full((c, t), 127), np.full((c, t), -128), np.broadcast_to(alt_t, (c, t)), alt_ct]
    return np.stack([np.reshape(p, shape) for p in pats]).astype(np.int8)


def clamp_counts(graph, xs: np.ndarray, monkeypatch) -> tuple[int, int]:
    """(values clamped at hi, values clamped at lo) by the golden's requantisations over the
    windows xs: proof that these inputs exercise the saturating paths of the kernels."""
    seen = [0, 0]
    real = golden.requant

    def counting(acc, M, s, lo=golden.INT8[0], hi=golden.INT8[1]):
        t = golden.rshift_round(np.asarray(acc, np.int64) * np.asarray(M, np.int64), s)
        seen[0] += int((t > hi).sum())
        seen[1] += int((t < lo).sum())
        return real(acc, M, s, lo, hi)

    with monkeypatch.context() as m:
        m.setattr(golden, "requant", counting)
        for x in xs:
            run_golden(graph, x)
    return seen[0], seen[1]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("name", list(CONFIGS))
def test_saturating_inputs_bit_exact(tmp_path, monkeypatch, name, target):
    cfg = CONFIGS[name]
    graph, _ = synth_graph(cfg, seed=11)
    sat = saturating_inputs(graph.input_shape)
    above, below = clamp_counts(graph, sat, monkeypatch)
    assert above > 0 and below > 0, (above, below)
    xs = np.concatenate([sat, random_inputs(graph, 1, seed=11)])
    generate(graph, target, tmp_path / "c")
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, xs))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["first_mismatch"] is None, f"{name} on {target}: {s['first_mismatch']}"
    assert s["bit_exact"] == s["vectors"] == 5 and s["target"] == target
    if target == "rv32":  # QEMU's exact instruction counts: the binary really ran every layer
        assert all(layer["instructions"] > 0 for layer in s["per_layer"])
    with np.load(tmp_path / "r" / "outputs.npz") as o, np.load(vec) as v:
        assert np.array_equal(o["logits"], v["logits"]) and np.array_equal(o["class"], v["class"])


def test_long_config_has_more_than_80_tokens():
    graph, _ = synth_graph(CONFIGS["long"], seed=11)
    assert CONFIGS["long"].tokens == 96
    scan = next(op for op in graph.ops if op.kind == "scan")
    assert golden_vectors(graph, random_inputs(graph, 1))[scan.name].shape[1] == 96
