"""Streaming on GVSoC (skipped unless GVSOC points at the launcher): a small model, 3 consecutive
windows of a recording in HyperFlash, the next one read in the background; every window
bit-exact, cycles and the input wait reported per window, and the per-window cycles close to the
same window run alone."""

from __future__ import annotations

import os

import numpy as np
import pytest

from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.export.onnx_io import save_onnx, to_onnx

FS = 64.0

needs_gvsoc = pytest.mark.skipif(
    not os.environ.get("GVSOC"),
    reason="GVSOC not set (path to the gvsoc launcher; GVSoC is not installed in CI)")


@needs_gvsoc
def test_small_stream_of_three(tmp_path):
    from femba_edge.run.gvsoc_stream import recording_windows, run_stream, table_lines

    graph, _ = synth_graph(SynthConfig(channels=4, samples=64, embed_dim=5, d_state=3), seed=7)
    graph.metadata.update({"input_scale": "0.02", "output_scale": "0.002", "fs": str(FS),
                           "normalisation": "q95"})
    save_onnx(to_onnx(graph), tmp_path / "model.onnx")
    x = np.random.default_rng(0).standard_normal((4, int(4 * FS))).astype(np.float32) * 30
    np.savez(tmp_path / "rec.npz", x=x, fs=np.float64(FS))
    sin = recording_windows(tmp_path / "model.onnx", tmp_path / "rec.npz", 3)
    r = run_stream(graph, "pulp-open", tmp_path / "out", sin, default_build=False)
    assert r.all_exact
    pv = r.stream["per_vector"]
    assert len(pv) == 3 and all(v["bit_exact"] and v["cycles"] > 0 for v in pv)
    # windows 1 and 2 came in the background: nothing left to read when they were due
    assert [v["input_bytes_at_start"] for v in pv] == [int(np.prod(graph.input_shape)), 0, 0]
    for v, a in zip(pv, r.alone, strict=True):  # no hidden warm-up: within 2 % of alone
        assert abs(v["cycles"] - a["per_vector"][0]["cycles"]) < 0.02 * v["cycles"]
    assert len(table_lines(r)) == 2 + 3
