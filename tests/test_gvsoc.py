"""pulp-open on GVSoC: the ELF builds and links with the project's own runtime (sections fit L1 /
L2, stacks reserved in L1, weights not linked in), the HyperFlash image and the stdout protocol,
a clear error without GVSoC, and (only when GVSOC is set) bit-exact runs on the simulator."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import numpy as np
import pytest

from femba_edge.codegen.errors import RunError, ToolError
from femba_edge.codegen.project import generate
from femba_edge.run.gvsoc import RUN_MAGIC, flash_image, parse_log
from femba_edge.run.runner import run_project
from femba_edge.run.tools import build
from femba_edge.run.vectors import golden_vectors, save_vectors

HAVE_RISCV = shutil.which("riscv64-unknown-elf-gcc") is not None or os.environ.get("CI") == "true"
needs_riscv = pytest.mark.skipif(not HAVE_RISCV, reason="riscv64-unknown-elf-gcc not installed")
needs_gvsoc = pytest.mark.skipif(
    not os.environ.get("GVSOC"),
    reason="GVSOC not set (path to the gvsoc launcher; GVSoC is not installed in CI)")

RUNTIME_SYMBOLS = ("_start", "_cluster_start", "cluster_entry", "main", "plat_fork",
                   "plat_worker_loop", "plat_dma_in_2d", "plat_dma_wait",
                   "plat_l3_read", "plat_l3_wait", "network_run")
SOFT_FLOAT = ("__addsf3", "__mulsf3", "__divsf3", "__floatsisf", "__fixsfsi", "__adddf3",
              "__muldf3", "__divdf3", "__floatsidf", "__fixdfsi")


@pytest.fixture(scope="module")
def pulp_tree(tmp_path_factory, demo_graph):
    graph, xq = demo_graph
    root = tmp_path_factory.mktemp("gvsoc")
    generate(graph, "pulp-open", root / "pulp")
    save_vectors(root / "v.npz", golden_vectors(graph, xq[:2]))
    return root


def _symbols(elf) -> dict[str, int]:
    out = subprocess.run(["riscv64-unknown-elf-nm", str(elf)], capture_output=True, text=True,
                         check=True).stdout
    return {ln.split()[-1]: int(ln.split()[0], 16) for ln in out.splitlines()
            if len(ln.split()) == 3}


@needs_riscv
def test_elf_links_with_own_runtime_and_fits(pulp_tree):
    d = pulp_tree / "pulp"
    build(d, "pulp-open")
    sym = _symbols(d / "build" / "femba.elf")
    for name in RUNTIME_SYMBOLS:
        assert name in sym, name
    assert not [s for s in sym if s in SOFT_FLOAT]
    assert "femba_l3_image" not in sym  # weights live in HyperFlash, not in the ELF
    # L1: arena, then the 8 core stacks (4 KiB + 7 x 1 KiB), all inside the 64 KiB TCDM
    assert 0x10000000 <= sym["l1_arena"] < sym["__l1_bss_end"] <= sym["__cl_stacks_start"]
    assert sym["__cl_stacks_end"] - sym["__cl_stacks_start"] == 4096 + 7 * 1024
    assert sym["__cl_stacks_end"] <= 0x10010000
    # L2: code and data in the shared 1.5 MiB, the fabric controller's stack in private bank 0
    assert 0x1C010000 <= sym["_start"] < sym["l2_arena"] < sym["__bss_end"] <= 0x1C190000
    assert 0x1C000000 < sym["__fc_stack_top"] <= 0x1C008000
    entry = subprocess.run(["riscv64-unknown-elf-readelf", "-h", str(d / "build" / "femba.elf")],
                           capture_output=True, text=True, check=True).stdout
    assert f"0x{sym['_start']:x}" in entry


@needs_riscv
@pytest.mark.parametrize("target", ["pulp-open", "gap9-gvsoc"])
def test_l1_without_room_for_stacks_fails_at_link(tmp_path, demo_graph, target):
    """The generated link script reserves the platform's stacks after the L1 arena: an L1 one
    word too small for arena + runtime data + stacks is a link error, not a run-time overwrite."""
    import re

    plan = generate(demo_graph[0], target, tmp_path / "p")
    p = plan.platform
    ld = tmp_path / "p" / "link.ld"
    text = ld.read_text()
    assert f"LENGTH = {p.l1_bytes}" in text
    build(tmp_path / "p", target)
    sym = _symbols(tmp_path / "p" / "build" / "femba.elf")
    assert sym["__cl_stacks_end"] - sym["__cl_stacks_start"] == p.l1_stacks
    used = sym["__cl_stacks_end"] - 0x10000000
    assert used <= p.l1_bytes and sym["__l1_bss_end"] - sym["l1_arena"] >= plan.l1_bytes
    ld.write_text(re.sub(r"LENGTH = \d+", f"LENGTH = {used - 4}", text, count=1))
    with pytest.raises(ToolError, match="overflow|will not fit|region"):
        build(tmp_path / "p", target)


def test_missing_gvsoc_is_one_clear_error(pulp_tree, tmp_path, monkeypatch):
    monkeypatch.delenv("GVSOC", raising=False)
    with pytest.raises(RunError, match=r"GVSOC is not set.*gvsoc.*export GVSOC="):
        run_project(pulp_tree / "pulp", pulp_tree / "v.npz", tmp_path / "r")
    assert not (tmp_path / "r").exists()
    monkeypatch.setenv("GVSOC", str(tmp_path / "no-such-gvsoc"))
    with pytest.raises(RunError, match="not an executable"):
        run_project(pulp_tree / "pulp", pulp_tree / "v.npz", tmp_path / "r")


def _fake_gvsoc(tmp_path, text: str, status: int):
    """A stand-in launcher that records its arguments, prints text and exits with status."""
    script = tmp_path / "fake-gvsoc"
    script.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path / 'argv.txt'}\necho '{text}'\n"
                      f"exit {status}\n")
    script.chmod(0o755)
    return script


@needs_riscv
def test_gvsoc_without_pulp_open_target_is_one_clear_error(pulp_tree, tmp_path, monkeypatch):
    fake = _fake_gvsoc(tmp_path, "Input error: Invalid target specified: pulp-open", 1)
    monkeypatch.setenv("GVSOC", str(fake))
    with pytest.raises(RunError, match=r"has no pulp-open target: build GVSoC with `make build "
                                       r"TARGETS=pulp-open`") as e:
        run_project(pulp_tree / "pulp", pulp_tree / "v.npz", tmp_path / "r")
    assert "\n" not in str(e.value)
    assert not (tmp_path / "r").exists()


@needs_riscv
def test_gap9_gvsoc_run_shapes_the_pulp_open_cluster(tmp_path, demo_graph, monkeypatch):
    """gap9-gvsoc: the gap9 plan (GAP9's L1 and stack budget, more than pulp-open's 64 KiB L1) and
    a simulator command that gives pulp-open a 128 KiB L1 and 370 MHz clocks."""
    graph, xq = demo_graph
    plan = generate(graph, "gap9-gvsoc", tmp_path / "p")
    gap9 = generate(graph, "gap9", tmp_path / "g")
    assert plan.l1_bytes == gap9.l1_bytes > 65536
    assert [lp.tiles for lp in plan.layers] == [lp.tiles for lp in gap9.layers]
    cluster = tmp_path / "p" / "firmware/platform/gap9-gvsoc/cluster.json"
    l1 = json.loads(cluster.read_text())["l1"]
    assert l1["mapping"]["size"] == l1["ts_mapping"]["size"] == "0x00020000"
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, xq[:1]))
    monkeypatch.setenv("GVSOC", str(_fake_gvsoc(tmp_path, "boom", 3)))
    with pytest.raises(RunError, match="gvsoc exited with status 3: boom"):
        run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r")
    argv = (tmp_path / "argv.txt").read_text().split()
    assert "--target=pulp-open" in argv
    assert f"--config-opt=chip/cluster_config_file={cluster.resolve()}" in argv
    assert "--config-opt=chip/cluster_clock/frequency=370000000" in argv
    assert "--config-opt=chip/soc_clock_domain/frequency=370000000" in argv


def test_gvsoc_flow_unknown_platform(tmp_path, capsys, monkeypatch):
    from femba_edge.run.gvsoc_flow import main as flow

    monkeypatch.setenv("GVSOC", "/bin/true")
    assert flow(["--platform", "esp32", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("femba-edge: error: unknown PLATFORM 'esp32'") and "\n" not in err
    assert not (tmp_path / "o").exists()


def test_gvsoc_flow_plan_that_cannot_fit_leaves_nothing(tmp_path, capsys, monkeypatch):
    """A model too big for the platform: one error line, exit 2, no half-built run directory."""
    from femba_edge.codegen.synth import SynthConfig, synth_graph
    from femba_edge.export.onnx_io import save_onnx, to_onnx
    from femba_edge.run.gvsoc_flow import main as flow

    # 512 tokens x 1540 channels per Mamba activation: more than GAP9's L2 holds at once
    graph, _ = synth_graph(SynthConfig(channels=22, samples=16 * 512, embed_dim=35, expand=4,
                                       d_state=4, blocks=1))
    save_onnx(to_onnx(graph), tmp_path / "big.onnx")
    monkeypatch.setenv("GVSOC", "/bin/true")
    assert flow(["--onnx", str(tmp_path / "big.onnx"), "--out", str(tmp_path / "o"),
                 "--platform", "gap9-gvsoc"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("femba-edge: error: layer ") and "L2 needs" in err
    assert "\n" not in err and "gap9-gvsoc has" in err
    assert not (tmp_path / "o").exists()


def test_flash_image_layout():
    weights = bytes(range(256)) * 20  # 5120 B -> header at 8192
    x = np.arange(2 * 100, dtype=np.int64).reshape(2, 100).astype(np.int8)
    img = flash_image(weights, x, dump=True)
    assert img[:5120] == weights
    hdr = np.frombuffer(img, "<u4", 8, 8192)
    assert list(hdr) == [RUN_MAGIC, 2, 1, 8192 + 64, 128, 100, 5120, 0]
    assert img[8256:8356] == x[0].tobytes() and img[8384:8484] == x[1].tobytes()


def test_parse_log_reads_tensors_and_counters():
    manifest = {"outputs": [{"name": "logits", "shape": [1, 2], "elem": 2},
                            {"name": "class", "shape": [1], "elem": 4}],
                "layers": [{"name": "a"}, {"name": "b"}]}
    log = "\n".join(["noise", "@V 0", "@T 0 4", "=ffff0200", "@T 1 4", "=01000000",
                     "@C 0 10 5 1 2", "@C 1 20 6 3 4", "@END 0"])
    raw = parse_log(log, manifest, 1, dump=False)
    assert raw.tensors[0]["logits"].tolist() == [[-1, 2]]
    assert raw.tensors[0]["class"].tolist() == [1]
    assert raw.counters[0].tolist() == [[10, 5, 1, 2], [20, 6, 3, 4]]
    with pytest.raises(RunError, match="@END"):
        parse_log("@V 0\n@T 0 4\n=ffff0200\n", manifest, 1, dump=False)


@pytest.fixture(scope="module")
def small_graph():
    import torch

    from femba_edge.config import PRESETS
    from femba_edge.export.from_qat import graph_from_qat
    from femba_edge.model import Femba
    from femba_edge.qat.calibrate import calibrate
    from femba_edge.qat.model import QuantSpec, from_float

    torch.manual_seed(1)
    cfg = PRESETS["small"]
    x = np.random.default_rng(1).standard_normal((3, cfg.channels, cfg.samples)).astype(
        np.float32)
    graph = graph_from_qat(calibrate(from_float(Femba(cfg), QuantSpec()), x, steps=1))
    xq = np.clip(np.floor(x / float(graph.metadata["input_scale"]) + 0.5), -128, 127)
    return graph, xq.astype(np.int8).reshape((len(xq), *graph.input_shape))


@needs_gvsoc
@needs_riscv
@pytest.mark.slow
@pytest.mark.parametrize("platform", ["pulp-open", "gap9-gvsoc"])
def test_small_preset_bit_exact_on_gvsoc(tmp_path, small_graph, platform):
    graph, xq = small_graph
    generate(graph, platform, tmp_path / "p")
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, xq))
    s = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r")
    assert s["bit_exact"] == s["vectors"] == 3, s["first_mismatch"]
    run = json.loads((tmp_path / "r" / "run.json").read_text())
    assert run["counters"] == ["cycles", "instructions", "dma_wait_cycles",
                               "l1_dma_wait_cycles"]
    assert all(r["cycles"] > 0 for r in run["per_layer"])
    assert (tmp_path / "r" / "sim.log").read_text().count("@V ") == 3
    # every intermediate too
    d = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "rd", dump=True)
    assert d["bit_exact"] == 3 and d["first_mismatch"] is None


@needs_gvsoc
@needs_riscv
@pytest.mark.slow
def test_demo_on_gap9_gvsoc_uses_128k_l1_bit_exact(tmp_path, demo_graph):
    """The demo's gap9 plan takes more than pulp-open's 64 KiB of L1 (it would not run on the
    unshaped model): every intermediate bit-exact on the GAP9-shaped one."""
    graph, xq = demo_graph
    plan = generate(graph, "gap9-gvsoc", tmp_path / "p")
    assert plan.l1_bytes > 65536
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, xq[:2]))
    d = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r", dump=True)
    assert d["bit_exact"] == d["vectors"] == 2, d["first_mismatch"]
    assert d["target"] == "gap9-gvsoc"
    run = json.loads((tmp_path / "r" / "run.json").read_text())
    assert run["simulator"]["platform"] == "gap9-gvsoc"
    assert any("cluster_config_file" in o for o in run["simulator"]["options"])


GEMM_SHAPES = [  # (config, L1 slack: None = the real pulp-open L1, else a barely-fitting L1)
    # 21 tokens: runs of 4 token blocks, a short run and a 1-token tail; K = 35, 105 rows
    (dict(channels=10, samples=16 * 21, embed_dim=7, expand=3, d_state=5, weight_bits=2), None),
    (dict(channels=10, samples=16 * 21, embed_dim=7, expand=3, d_state=5, weight_bits=2), 1.3),
    # one token; K = 15, 30 rows
    (dict(channels=6, samples=16, embed_dim=5, expand=2, d_state=3, weight_bits=4), None),
    # 2-bit unpack tails: one token, K = 10 (3 packed bytes a row, no whole word), K = 30 (8,
    # rows word-aligned); 5 tokens, K = 22 / 44 (6 / 11 bytes: 2 and 3 tail bytes, rows that
    # start at every byte offset), with and without room for the L1 copy of packed tiles
    (dict(channels=6, samples=16, embed_dim=10, expand=3, d_state=4, weight_bits=2), None),
    (dict(channels=8, samples=16 * 5, embed_dim=22, expand=2, d_state=4, weight_bits=2), None),
    (dict(channels=8, samples=16 * 5, embed_dim=22, expand=2, d_state=4, weight_bits=2), 1.05),
    # K = 12 (% 16 != 0), 8 tokens, ternary 8-bit weights
    (dict(channels=4, samples=16 * 8, embed_dim=6, expand=2, d_state=4, weight_bits=8,
          ternary=True), 2.0),
    # every requant shift 1..62 (SynthConfig.gemm_shifts): channel groups all below 33 (the
    # micro-kernels' _pre variants), all in [33, 62] and mixed; in_proj_z (SiLU fused) and
    # x_proj_B with the narrow clamp (-100, 100): the q / ql variants
    (dict(channels=10, samples=16 * 21, embed_dim=7, expand=3, d_state=5, weight_bits=2,
          gemm_shifts=tuple(range(1, 63)), narrow=("in_proj_z", "x_proj_B")), None),
    (dict(channels=8, samples=16 * 5, embed_dim=22, expand=2, d_state=4, weight_bits=4,
          gemm_shifts=tuple(range(1, 63)), narrow=("x_proj_C",)), 1.05),
]


@needs_gvsoc
@needs_riscv
@pytest.mark.slow
@pytest.mark.parametrize("i", range(len(GEMM_SHAPES)))
def test_gemm_shapes_bit_exact_on_gvsoc(tmp_path, i):
    """The Xpulpv2 GEMM paths (micro-kernel runs, token / channel tails, K padding, group-major
    ranges that start mid-group) against the golden, every intermediate compared."""
    from femba_edge.codegen.layers import parse_graph
    from femba_edge.codegen.plan import min_l1_bytes
    from femba_edge.codegen.platform import PLATFORM_DIR
    from femba_edge.codegen.synth import SynthConfig, synth_graph
    from femba_edge.run.vectors import random_inputs

    shape, slack = GEMM_SHAPES[i]
    graph, _ = synth_graph(SynthConfig(**shape), seed=i)
    if "gemm_shifts" in shape:  # the sweep really reaches every shift
        assert {int(s) for op in graph.ops if op.kind == "linear" and op.consts["hi"] < 128
                for s in op.consts["s"]} == set(shape["gemm_shifts"])
    pfile = None
    if slack is not None:
        _, layers = parse_graph(graph)
        base = json.loads((PLATFORM_DIR / "pulp-open.json").read_text())
        stacks = base["cc_stack_bytes"] + base["pe_stacks"] * base["pe_stack_bytes"]
        base["l1_usable"] = int(min_l1_bytes(layers) * slack) + 64 + stacks
        pfile = tmp_path / "small-l1.json"
        pfile.write_text(json.dumps(base))
    generate(graph, "pulp-open", tmp_path / "p", pfile)
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, i)))
    s = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]


@needs_gvsoc
@needs_riscv
@pytest.mark.slow
@pytest.mark.parametrize("embed_dim,samples", [(5, 1536), (19, 1280)])
def test_scan_d_state_16_bit_exact_on_gvsoc(tmp_path, embed_dim, samples):
    """The scan's assembly path (d_state a multiple of 8: two 8-state passes here), forward and
    reverse, with channel counts that split unevenly over the 8 cores: 96 tokens (two token
    chunks of at most 80) on 20 channels, too few per tile for the packed B / C layout
    (SCAN_MODE_BC: its rows live in the h region), and 80 tokens on 76 channels, which use it."""
    import dataclasses

    import torch

    from femba_edge.config import PRESETS
    from femba_edge.export.from_qat import graph_from_qat
    from femba_edge.model import Femba
    from femba_edge.qat.calibrate import calibrate
    from femba_edge.qat.model import QuantSpec, from_float

    torch.manual_seed(2)
    cfg = dataclasses.replace(PRESETS["small"], samples=samples, embed_dim=embed_dim, blocks=1,
                              d_state=16)
    x = np.random.default_rng(2).standard_normal((2, cfg.channels, cfg.samples)).astype(
        np.float32)
    graph = graph_from_qat(calibrate(from_float(Femba(cfg), QuantSpec()), x, steps=1))
    scans = [op for op in graph.ops if op.kind == "scan"]
    assert scans and all(op.consts["A"].shape[1] == 16 for op in scans)
    xq = np.clip(np.floor(x / float(graph.metadata["input_scale"]) + 0.5), -128, 127)
    generate(graph, "pulp-open", tmp_path / "p")
    save_vectors(tmp_path / "v.npz", golden_vectors(
        graph, xq.astype(np.int8).reshape((len(xq), *graph.input_shape))))
    d = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r", dump=True)
    assert d["bit_exact"] == d["vectors"] == 2, d["first_mismatch"]


@needs_gvsoc
@needs_riscv
@pytest.mark.slow
@pytest.mark.parametrize("keep_conv", [False, True])
def test_elementwise_kernels_bit_exact_on_gvsoc(tmp_path, keep_conv):
    """The Xpulpv2 element-wise loops (dwconv with and without its fused SiLU table, the gate
    product, lookup tables, residual sum, LayerNorm) on an odd token count (21: a one-token tail
    after the two-token hardware loops); keep_conv makes the conv output a graph output, so its
    SiLU is not folded in and the table-less dwconv loop runs."""
    from femba_edge.codegen.synth import SynthConfig, synth_graph
    from femba_edge.run.vectors import random_inputs

    cfg = SynthConfig(channels=6, samples=16 * 21, embed_dim=5, blocks=1, d_state=4, expand=2)
    graph, _ = synth_graph(cfg, seed=11)
    conv = next(op.name for op in graph.ops if op.kind == "dwconv")
    if keep_conv:
        graph.outputs = [*graph.outputs, conv]
    generate(graph, "pulp-open", tmp_path / "p")
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 11)))
    s = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]
    manifest = json.loads((tmp_path / "p" / "network.json").read_text())
    names = [ly["name"] for ly in manifest["layers"]]
    assert (conv in names, f"{conv}+silu" in names) == (keep_conv, not keep_conv)


@needs_gvsoc
@needs_riscv
@pytest.mark.slow
@pytest.mark.parametrize("i", [0, 1])
def test_other_kernels_every_shift_bit_exact_on_gvsoc(tmp_path, i):
    """The Xpulpv2 paths of patch_embed, dwconv (pair loops with and without the pre-clamp and
    pre-shift, fused SiLU), the scan's y pass (femba_scan_y / _pre, s_D clamped to 46, the C loop
    for s_D < 17), the gate product (s clamped into [17, 46]) and LayerNorm (per channel and one
    M, s) for every requant shift (SynthConfig.op_shifts, tests/test_requant_shifts.py), every
    intermediate compared."""
    from test_requant_shifts import OP_SWEEPS, check_op_sweep

    from femba_edge.codegen.synth import synth_graph
    from femba_edge.run.vectors import random_inputs

    graph, _ = synth_graph(OP_SWEEPS[i], seed=20 + i)
    check_op_sweep(graph, i)
    generate(graph, "pulp-open", tmp_path / "p")
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, i)))
    s = run_project(tmp_path / "p", tmp_path / "v.npz", tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]
