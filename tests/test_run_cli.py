"""The `codegen` and `run` commands end to end: ONNX file in, C project, bit-exact report,
first mismatch named, clear one-line errors (exit 2) and exit 1 when not bit-exact."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import c_layer_count

from femba_edge.cli import main
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.export.onnx_io import save_onnx, to_onnx
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    """model.onnx + model.vectors.npz (export's layout) of a small random graph."""
    root = tmp_path_factory.mktemp("cli")
    graph, _ = synth_graph(SynthConfig(channels=4, samples=64, embed_dim=5, d_state=3), seed=7)
    save_onnx(to_onnx(graph), root / "model.onnx")
    vec = golden_vectors(graph, random_inputs(graph, 3, seed=1))
    save_vectors(root / "model.vectors.npz", vec)
    return root, vec, graph


@pytest.fixture(scope="module")
def project(model):
    root, _, graph = model
    res = cli("codegen", root / "model.onnx", "--target", "host", "--out", root / "c")
    assert res.exit_code == 0, res.output
    assert f"host: {c_layer_count(graph)} layers" in res.output
    return root / "c"


def test_codegen_writes_the_project(project):
    for f in ("Makefile", "network.c", "weights.bin", "memory_plan.json", "network.json"):
        assert (project / f).is_file()
    assert not list(project.parent.glob(".c.*"))  # staging directory cleaned up


def test_run_is_bit_exact(model, project):
    root, _, _ = model
    res = cli("run", project, "--vectors", root / "model.vectors.npz", "--out", root / "res")
    assert res.exit_code == 0, res.output
    assert "bit-exact: 3/3" in res.output
    run = json.loads((root / "res" / "run.json").read_text())
    assert run["bit_exact"] == 3 and run["per_layer"][0]["ns"] > 0


def test_run_with_relative_paths(model, project, tmp_path, monkeypatch):
    """`make demo` passes paths relative to the repo; the binary runs in a scratch directory."""
    root, _, _ = model
    monkeypatch.chdir(root)
    res = cli("run", project.name, "--vectors", "model.vectors.npz", "--out", "res-relative")
    assert res.exit_code == 0, res.output
    assert "bit-exact: 3/3" in res.output


def test_run_names_first_mismatch(model, project, tmp_path):
    _, vec, _ = model
    bad = {k: v.copy() for k, v in vec.items()}
    bad["b0.fwd.scan"][1, 2, 3] += 1  # vector 1, flat index 2 * d_inner + 3
    save_vectors(tmp_path / "bad.npz", bad)
    res = cli("run", project, "--vectors", tmp_path / "bad.npz", "--out", tmp_path / "r",
              "--dump-intermediates")
    assert res.exit_code == 1
    d_inner = vec["b0.fwd.scan"].shape[-1]
    exp = int(bad["b0.fwd.scan"][1, 2, 3])
    assert f"first mismatch: b0.fwd.scan[{2 * d_inner + 3}]: expected {exp}, got {exp - 1}" \
        in res.output
    assert "bit-exact: 2/3" in res.output
    # without intermediates only the graph outputs are compared: all agree
    res = cli("run", project, "--vectors", tmp_path / "bad.npz", "--out", tmp_path / "r2")
    assert res.exit_code == 0 and "bit-exact: 3/3" in res.output


@pytest.mark.parametrize("target, match", [("pulp-open", "GVSOC"), ("gap9", "GAP SDK")])
def test_run_on_chip_target_is_a_clear_error(model, tmp_path, target, match, monkeypatch):
    monkeypatch.delenv("GVSOC", raising=False)  # a developer machine may have GVSoC installed
    root, _, _ = model
    assert cli("codegen", root / "model.onnx", "--target", target, "--out",
               tmp_path / "c").exit_code == 0
    res = cli("run", tmp_path / "c", "--vectors", root / "model.vectors.npz", "--out",
              tmp_path / "r")
    assert res.exit_code == 2 and match in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_missing_tool_is_named(model, project, tmp_path, monkeypatch):
    root, _, _ = model
    monkeypatch.setenv("PATH", str(tmp_path))
    res = cli("run", project, "--vectors", root / "model.vectors.npz", "--out", tmp_path / "r")
    assert res.exit_code == 2 and "'make' not found on PATH" in res.output


def test_bad_inputs_are_one_line_errors(model, project, tmp_path):
    root, _, _ = model
    cases = [
        ("codegen", tmp_path / "none.onnx", "--target", "host", "--out", tmp_path / "o"),
        ("run", tmp_path, "--vectors", root / "model.vectors.npz", "--out", tmp_path / "o"),
        ("run", project, "--vectors", tmp_path / "none.npz", "--out", tmp_path / "o"),
    ]
    for args in cases:
        res = cli(*args)
        assert res.exit_code == 2, (args, res.output)
        assert res.output.startswith("femba-edge: error: ")
        assert len(res.output.strip().splitlines()) == 1


def test_codegen_plan_error_exit_2(model, tmp_path):
    root, _, _ = model
    plat = tmp_path / "p.json"
    plat.write_text(json.dumps({"cores": 8, "l1_bytes": 256, "l1_usable": 256, "l2_bytes": 1 << 20,
                                "l2_usable": 1 << 20, "l3_bytes": 1 << 20,
                                "dma_max_bytes": 65535, "l3_chunk_bytes": 4096}))
    res = cli("codegen", root / "model.onnx", "--target", "host", "--out", tmp_path / "c",
              "--platform", plat)
    assert res.exit_code == 2 and "bytes of L1" in res.output and "256 usable" in res.output
    assert not (tmp_path / "c").exists()


def test_vectors_with_batch_axis_of_one(model, project, tmp_path):
    """export writes input [N, 1, C, T]; [N, C, T] is accepted too."""
    _, vec, _ = model
    flat = dict(vec, input=vec["input"].reshape(len(vec["input"]), *vec["input"].shape[-2:]))
    save_vectors(tmp_path / "v.npz", flat)
    res = cli("run", project, "--vectors", tmp_path / "v.npz", "--out", tmp_path / "r")
    assert res.exit_code == 0 and "bit-exact: 3/3" in res.output
    assert np.load(tmp_path / "r" / "outputs.npz")["logits"].shape == vec["logits"].shape


def test_export_codegen_run_end_to_end(qat_run, tmp_path):
    """The real hand-off: `export` (trained QAT checkpoint) -> model.onnx + model.vectors.npz ->
    `codegen` -> `run --dump-intermediates` bit-exact on every vector."""
    onnx_path = tmp_path / "m" / "model.onnx"
    res = cli("export", qat_run, "--out", onnx_path, "--vectors", "3")
    assert res.exit_code == 0, res.output
    res = cli("codegen", onnx_path, "--target", "host", "--out", tmp_path / "c")
    assert res.exit_code == 0, res.output
    res = cli("run", tmp_path / "c", "--vectors", tmp_path / "m" / "model.vectors.npz", "--out",
              tmp_path / "r", "--dump-intermediates")
    assert res.exit_code == 0, res.output
    assert "bit-exact: 3/3" in res.output
    with np.load(tmp_path / "r" / "outputs.npz") as o, \
            np.load(tmp_path / "m" / "model.vectors.npz") as v:
        assert o["logits"].dtype == v["logits"].dtype and np.array_equal(o["logits"], v["logits"])
        assert np.array_equal(o["class"], v["class"])
