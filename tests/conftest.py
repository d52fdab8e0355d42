"""Shared fixtures: small data specs and one trained QAT run reused across test modules."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from femba_edge.cli import main

# 4 channels x 128 samples matches the 'small' preset; 12 subjects keep every split non-empty.
SMALL_DATA = "synthetic:channels=4,samples=128,subjects=12,windows=6,seed=3"


def c_layer_count(graph) -> int:
    """C layers codegen makes of an integer graph: one per op, except that each lookup table
    applied to a dwconv's or a linear's output (SiLU after the conv, softplus after dt_proj, the
    gate's SiLU) is folded into it. Counted from the graph, independently of codegen/fuse.py."""
    kind = {op.name: op.kind for op in graph.ops}
    folded = sum(op.kind == "lut" and kind.get(op.inputs[0]) in ("dwconv", "linear")
                 for op in graph.ops)
    return len(graph.ops) - folded


def error_line(res) -> str:
    """The one line a failed command wrote to stderr (status lines go to stdout); asserts that
    stderr holds exactly that line and that it has the CLI's error prefix."""
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("femba-edge: error: "), res.output
    return lines[0]


def invoke(*args: str):
    """Run the CLI in-process; returns the click Result."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def qat_run(tmp_path_factory):
    """A small QAT run (float + PTQ + QAT), shared by the QAT and export tests."""
    out = tmp_path_factory.mktemp("qat") / "run"
    res = invoke("qat", "--model", "small", "--data", SMALL_DATA, "--epochs", "2", "--out", out)
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="session")
def demo_graph():
    """The demo preset's integer graph (random float weights, calibrated) and 8 int8 windows,
    shared by the code-generation tests (host, rv32, pulp-open, gap9)."""
    import numpy as np
    import torch

    from femba_edge.config import PRESETS
    from femba_edge.export.from_qat import graph_from_qat
    from femba_edge.model import Femba
    from femba_edge.qat.calibrate import calibrate
    from femba_edge.qat.model import QuantSpec, from_float

    torch.manual_seed(0)
    cfg = PRESETS["demo"]
    x = np.random.default_rng(0).standard_normal((8, cfg.channels, cfg.samples)).astype(np.float32)
    # one statistics step: calibration quality does not matter for bit-exactness, time does
    graph = graph_from_qat(calibrate(from_float(Femba(cfg), QuantSpec()), x, steps=1))
    s_in = float(graph.metadata["input_scale"])
    xq = np.clip(np.floor(x / s_in + 0.5), -128, 127).astype(np.int8)
    return graph, xq.reshape((len(xq), *graph.input_shape))


@pytest.fixture(scope="session")
def tiny_graph():
    """FEMBA-Tiny from random float weights, lowered to the integer graph (a few seconds)."""
    import numpy as np
    import torch

    from femba_edge.config import PRESETS
    from femba_edge.export.from_qat import graph_from_qat
    from femba_edge.model import Femba
    from femba_edge.qat.calibrate import calibrate
    from femba_edge.qat.model import QuantSpec, from_float

    torch.manual_seed(0)
    cfg = PRESETS["tiny"]
    x = np.random.default_rng(0).standard_normal((1, cfg.channels, cfg.samples)).astype(np.float32)
    return graph_from_qat(calibrate(from_float(Femba(cfg), QuantSpec()), x, steps=1))
