"""The model fingerprint: one value for the exporter's graph and the graph codegen reads back from
ONNX; written to model.vectors.npz, network.json and run.json; `run` refuses vectors of another
model with one clear line before building; `report RESULT` uses the project run.json records.
Also the one-line errors of `info` / `codegen` on a file that is not a femba-edge model."""

from __future__ import annotations

import json
import shutil

import numpy as np
import onnx
import pytest
from click.testing import CliRunner
from onnx import TensorProto, helper

from femba_edge.cli import main
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.export.onnx_io import (
    FINGERPRINT_KEY,
    model_fingerprint,
    read_graph,
    save_onnx,
    to_onnx,
)
from femba_edge.run.gvsoc_flow import vectors_for
from femba_edge.run.vectors import golden_vectors, per_window, random_inputs, save_vectors

CFG = SynthConfig(channels=4, samples=64, embed_dim=5, d_state=3)


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_error(res, *needles: str) -> str:
    """Exit status 2 and exactly one line, `femba-edge: error: ...`, containing every needle."""
    assert res.exit_code == 2, res.output
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("femba-edge: error: "), res.output
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return lines[0]


@pytest.fixture(scope="module")
def two_models(tmp_path_factory):
    """Two models of the same input shape (different weights): ONNX, vectors, host project."""
    root = tmp_path_factory.mktemp("fp")
    out = {}
    for name, seed in (("a", 7), ("b", 8)):
        graph, _ = synth_graph(CFG, seed=seed)
        d = root / name
        d.mkdir()
        save_onnx(to_onnx(graph), d / "model.onnx")
        save_vectors(d / "model.vectors.npz", golden_vectors(graph, random_inputs(graph, 2, 1)))
        out[name] = (d, graph)
    res = cli("codegen", root / "a" / "model.onnx", "--target", "host", "--out", root / "a" / "c")
    assert res.exit_code == 0, res.output
    return root, out


def test_fingerprint_is_the_same_on_both_sides_of_the_onnx_file(demo_graph, tmp_path):
    graph = demo_graph[0]  # built from a QAT model, as export does
    fp = model_fingerprint(graph)
    assert len(fp) == 64 and int(fp, 16) >= 0  # sha256 hex
    for debug in (False, True):
        save_onnx(to_onnx(graph, debug=debug), tmp_path / "m.onnx")
        assert model_fingerprint(read_graph(tmp_path / "m.onnx")) == fp
    # metadata does not take part (it changes no output value)
    graph.metadata = {**graph.metadata, "tool_versions": "other"}
    assert model_fingerprint(graph) == fp


def test_fingerprint_changes_with_any_integer_of_the_model():
    graph, _ = synth_graph(CFG, seed=7)
    fp = model_fingerprint(graph)
    op = next(o for o in graph.ops if o.kind == "linear")
    w = np.asarray(op.consts["weight"]).copy()
    w.reshape(-1)[3] += 1
    op.consts["weight"] = w
    assert model_fingerprint(graph) != fp
    w.reshape(-1)[3] -= 1
    assert model_fingerprint(graph) == fp
    scan = next(o for o in graph.ops if o.kind == "scan")
    scan.attrs = {"reverse": 1 - int(scan.attrs.get("reverse", 0))}
    assert model_fingerprint(graph) != fp


def test_vectors_project_and_run_json_carry_the_same_fingerprint(two_models, tmp_path):
    root, models = two_models
    d, graph = models["a"]
    fp = model_fingerprint(graph)
    with np.load(d / "model.vectors.npz") as z:
        assert str(z[FINGERPRINT_KEY]) == fp
    manifest = json.loads((d / "c" / "network.json").read_text())
    assert manifest[FINGERPRINT_KEY] == fp
    res = cli("run", d / "c", "--vectors", d / "model.vectors.npz", "--out", tmp_path / "r")
    assert res.exit_code == 0 and "bit-exact: 2/2" in res.output, res.output
    run = json.loads((tmp_path / "r" / "run.json").read_text())
    assert run[FINGERPRINT_KEY] == fp
    assert run["project"] == str((d / "c").resolve())


def test_run_refuses_vectors_of_another_model_before_building(two_models, tmp_path):
    root, models = two_models
    fresh = tmp_path / "c"
    shutil.copytree(root / "a" / "c", fresh, ignore=shutil.ignore_patterns("build"))
    other = root / "b" / "model.vectors.npz"
    res = cli("run", fresh, "--vectors", other, "--out", tmp_path / "r")
    one_error(res, str(other), str(fresh / "network.json"), "come from different models")
    assert not (tmp_path / "r").exists() and not (fresh / "build").exists()


def test_vectors_without_a_fingerprint_still_run(two_models, tmp_path):
    root, models = two_models
    with np.load(root / "a" / "model.vectors.npz") as z:
        old = {k: z[k] for k in z.files if k != FINGERPRINT_KEY}
    save_vectors(tmp_path / "old.npz", old)
    res = cli("run", root / "a" / "c", "--vectors", tmp_path / "old.npz", "--out", tmp_path / "r")
    assert res.exit_code == 0 and "bit-exact: 2/2" in res.output, res.output


def test_report_uses_the_project_recorded_in_run_json(two_models, tmp_path):
    root, models = two_models
    project = tmp_path / "proj"
    shutil.copytree(root / "a" / "c", project)
    res = cli("run", project, "--vectors", root / "a" / "model.vectors.npz", "--out",
              tmp_path / "res")
    assert res.exit_code == 0, res.output
    # a second project of the same model next to the result: guessing would find two
    shutil.copytree(project, tmp_path / "twin")
    res = cli("report", tmp_path / "res", "--out", tmp_path / "rep")
    assert res.exit_code == 0, res.output
    rep = json.loads((tmp_path / "rep" / "report.json").read_text())
    assert rep["build_dir"] == str(project.resolve())
    # --build still overrides
    res = cli("report", tmp_path / "res", "--build", tmp_path / "twin", "--out", tmp_path / "r2")
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "r2" / "report.json").read_text())["build_dir"] == \
        str(tmp_path / "twin")
    # the recorded project is gone: a clear error, not a guess at the twin
    shutil.rmtree(project)
    res = cli("report", tmp_path / "res", "--out", tmp_path / "r3")
    one_error(res, str(project.resolve()), "is missing", "--build")
    assert not (tmp_path / "r3").exists()


def test_report_build_of_another_model_is_rejected(two_models, tmp_path):
    """Same target and layer names, other weights: the fingerprint tells them apart."""
    root, models = two_models
    res = cli("run", root / "a" / "c", "--vectors", root / "a" / "model.vectors.npz", "--out",
              tmp_path / "res")
    assert res.exit_code == 0, res.output
    res = cli("codegen", root / "b" / "model.onnx", "--target", "host", "--out", tmp_path / "cb")
    assert res.exit_code == 0, res.output
    res = cli("report", tmp_path / "res", "--build", tmp_path / "cb", "--out", tmp_path / "rep")
    one_error(res, str(tmp_path / "cb"), "is not the one run in")
    assert not (tmp_path / "rep").exists()


def test_gvsoc_vectors_slice_keeps_the_fingerprint(two_models, tmp_path):
    root, models = two_models
    path, note = vectors_for(root / "a" / "model.onnx", tmp_path, 1)
    assert "written by export" in note
    with np.load(path) as z, np.load(root / "a" / "model.vectors.npz") as full:
        assert str(z[FINGERPRINT_KEY]) == model_fingerprint(models["a"][1])
        assert set(z.files) == set(full.files)
        for k in per_window({k: full[k] for k in full.files}):
            assert len(z[k]) == 1 and np.array_equal(z[k], full[k][:1])


def test_export_vectors_and_codegen_agree_on_the_fingerprint(qat_run, tmp_path):
    onnx_path = tmp_path / "m" / "model.onnx"
    assert cli("export", qat_run, "--out", onnx_path, "--vectors", "1").exit_code == 0
    assert cli("codegen", onnx_path, "--target", "host", "--out", tmp_path / "c").exit_code == 0
    with np.load(tmp_path / "m" / "model.vectors.npz") as z:
        fp = str(z[FINGERPRINT_KEY])
    assert json.loads((tmp_path / "c" / "network.json").read_text())[FINGERPRINT_KEY] == fp
    assert json.loads((tmp_path / "m" / "model.export.json").read_text())[FINGERPRINT_KEY] == fp


def _relu_model(path):
    node = helper.make_node("Relu", ["input"], ["y"])
    g = helper.make_graph([node], "foreign", [helper.make_tensor_value_info(
        "input", TensorProto.INT8, [1, 4, 64])], [helper.make_tensor_value_info(
            "y", TensorProto.INT8, [1, 4, 64])])
    onnx.save(helper.make_model(g), path)


def test_info_describes_an_exported_onnx_model(two_models, qat_run, tmp_path):
    root, models = two_models
    res = cli("info", root / "a" / "model.onnx")  # no config in its metadata: graph facts only
    assert res.exit_code == 0, res.output
    assert f"model_fingerprint: {model_fingerprint(models['a'][1])}" in res.output
    assert "input_shape: [1, 4, 64]" in res.output
    onnx_path = tmp_path / "model.onnx"
    assert cli("export", qat_run, "--out", onnx_path, "--vectors", "1").exit_code == 0
    res = cli("info", onnx_path, "--json")
    assert res.exit_code == 0, res.output
    info = json.loads(res.output)
    assert info["source"] == f"integer ONNX model {onnx_path}"
    assert info["channels"] == 4 and info["samples"] == 128 and info["tokens"] == 8
    assert info["integer_operators"] == len(read_graph(onnx_path).ops)


@pytest.mark.parametrize("kind", ["foreign", "not_onnx", "binary_config"])
def test_info_and_codegen_name_the_file_they_cannot_use(tmp_path, kind):
    if kind == "foreign":
        path = tmp_path / "relu.onnx"
        _relu_model(path)
        needles = [str(path), "unsupported operator 'Relu'", "femba-edge export"]
    elif kind == "not_onnx":
        path = tmp_path / "model.onnx"
        path.write_bytes(b"\x00\xff\xfe garbage")
        needles = [str(path), "not a readable ONNX file"]
    else:
        path = tmp_path / "model.bin"
        path.write_bytes(b"\x08\x07\xff\xfe\x00\x01")
        needles = [str(path), "not a preset name, a JSON config, a checkpoint"]
    before = sorted(tmp_path.iterdir())
    line = one_error(cli("info", path), *needles)
    assert "codec" not in line and "JSON (" not in line
    if kind != "binary_config":
        one_error(cli("codegen", path, "--target", "host", "--out", tmp_path / "c"), *needles)
    assert sorted(tmp_path.iterdir()) == before  # nothing written
