"""Streaming mode (codegen --stream): the plan reserves the input's L2 bytes, the host (and rv32
under QEMU) runner reads window v + 1 while window v computes and stays bit-exact for 1 and 3
windows, a plan without the reservation is caught by the emulated L3 read, and bad stream
requests (WINDOWS=0, more windows than the recording holds, more than L3 holds, gap9) are one
error line with nothing written. GVSoC runs: tests/test_gvsoc_stream.py."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from conftest import error_line, invoke

from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.export.onnx_io import save_onnx, to_onnx
from femba_edge.run.gvsoc import parse_log
from femba_edge.run.runner import run_project
from femba_edge.run.tools import QEMU_RV32
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

FS = 64.0  # 4 channels x 64 samples at 64 Hz: 1 s windows
HAVE_RV32 = shutil.which("riscv64-unknown-elf-gcc") and shutil.which(QEMU_RV32)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A small integer model (with the metadata monitor-style windowing needs), its ONNX file,
    3 random windows with their golden vectors, and a 5 s npz recording."""
    root = tmp_path_factory.mktemp("stream")
    graph, _ = synth_graph(SynthConfig(channels=4, samples=64, embed_dim=5, d_state=3), seed=7)
    graph.metadata.update({"input_scale": "0.02", "output_scale": "0.002", "fs": str(FS),
                           "normalisation": "q95"})
    save_onnx(to_onnx(graph), root / "model.onnx")
    vec = golden_vectors(graph, random_inputs(graph, 3, seed=1))
    save_vectors(root / "v3.npz", vec)
    save_vectors(root / "v1.npz", {**vec, **{k: v[:1] for k, v in vec.items() if v.ndim}})
    x = np.random.default_rng(0).standard_normal((4, int(5 * FS))).astype(np.float32) * 30
    np.savez(root / "rec.npz", x=x, fs=np.float64(FS))
    return root, graph


def test_plan_reserves_input(small, tmp_path):
    _, graph = small
    plan = generate(graph, "host", tmp_path / "s", stream=True)
    name, size = plan.input.name, plan.input.nbytes
    a = plan.l2_offsets[name]
    for other, off in plan.l2_offsets.items():
        if other != name:  # no tensor of any layer shares the input's bytes
            tensor = next(lp.layer.output for lp in plan.layers if lp.layer.output.name == other)
            assert off + tensor.nbytes <= a or a + size <= off, other
    cfg = (tmp_path / "s" / "net_config.h").read_text()
    assert "#define NET_INPUT_STREAM 1" in cfg
    assert f"#define NET_INPUT_LAST_USE {plan.input_last_use}" in cfg
    assert json.loads((tmp_path / "s" / "network.json").read_text())["stream_input"] is True
    assert not generate(graph, "host", tmp_path / "d").stream_input


@pytest.mark.parametrize("n", [1, 3])
def test_host_stream_bit_exact(small, tmp_path, n):
    root, graph = small
    generate(graph, "host", tmp_path / "p", stream=True)
    s = run_project(tmp_path / "p", root / f"v{n}.npz", tmp_path / "r")
    assert (s["bit_exact"], s["vectors"]) == (n, n), s["first_mismatch"]
    assert json.loads((tmp_path / "r" / "run.json").read_text())["stream_input"] is True


@pytest.mark.skipif(not HAVE_RV32, reason="rv32 cross compiler or QEMU not installed")
def test_rv32_stream_bit_exact(small, tmp_path):
    root, graph = small
    generate(graph, "rv32", tmp_path / "p", stream=True)
    s = run_project(tmp_path / "p", root / "v3.npz", tmp_path / "r")
    assert (s["bit_exact"], s["vectors"]) == (3, 3), s["first_mismatch"]


def test_unreserved_input_is_caught(small, tmp_path):
    """The stream runner on a plan that lets other tensors use the input's bytes: the emulated
    L3 read finds its destination overwritten (not a silently wrong window)."""
    root, graph = small
    generate(graph, "host", tmp_path / "p")
    cfg = tmp_path / "p" / "net_config.h"
    cfg.write_text(cfg.read_text().replace("NET_INPUT_STREAM 0", "NET_INPUT_STREAM 1"))
    with pytest.raises(Exception, match="L3 read destination written"):
        run_project(tmp_path / "p", root / "v3.npz", tmp_path / "r")


@pytest.mark.parametrize("windows, message", [("0", "WINDOWS must be at least 1"),
                                               ("6", "holds 5 windows")])
def test_flow_bad_windows(small, tmp_path, capsys, windows, message):
    root, _ = small
    out = tmp_path / "out"
    rc = _flow_main("--onnx", str(root / "model.onnx"), "--recording", str(root / "rec.npz"),
                    "--windows", windows, "--out", str(out))
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert rc == 2 and len(err) == 1 and err[0].startswith("femba-edge: error: ")
    assert message in err[0]
    assert not out.exists()


def _flow_main(*args: str) -> int:
    from femba_edge.run.gvsoc_flow import main

    return main(list(args))


def test_l3_budget():
    from femba_edge.errors import UserError
    from femba_edge.run.gvsoc_stream import check_l3

    check_l3(42_352, 28_160, 8, 8 << 20)
    with pytest.raises(UserError, match="at most 296 windows fit"):
        check_l3(42_352, 28_160, 1000, 8 << 20)


def test_gap9_has_no_stream_runner(small, tmp_path):
    root, _ = small
    res = invoke("codegen", root / "model.onnx", "--target", "gap9", "--out", tmp_path / "g",
                 "--stream")
    assert res.exit_code == 2 and "streaming runs on host" in error_line(res)
    assert not (tmp_path / "g").exists()


def test_parse_input_lines():
    manifest = {"layers": [{"name": "a"}], "outputs": [{"name": "y", "elem": 1, "shape": [2]}]}
    log = "@V 0\n@T 0 2\n=0102\n@C 0 10 5 1 2\n@I 0 700 256\n@V 1\n@T 0 2\n=0304\n" \
          "@C 0 11 5 1 2\n@I 1 9 0\n@END 0\n"
    raw = parse_log(log, manifest, 2, False)
    assert raw.windows == [{"input_wait_cycles": 700, "input_bytes_at_start": 256},
                           {"input_wait_cycles": 9, "input_bytes_at_start": 0}]
