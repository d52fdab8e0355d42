"""`femba-edge report`: report of a host run of the demo model (files, totals = sums of the rows,
percentages, latency), the plan-only analytic report, the estimator's formula on a hand-computed
example, MACs against the model's analytic count for FEMBA-Tiny, model-size numbers, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import c_layer_count

from femba_edge.cli import main
from femba_edge.codegen.project import generate
from femba_edge.report.compose import compose, timing_source, window
from femba_edge.report.estimate import CostModel, estimate_layers, schedule
from femba_edge.report.inputs import Inputs
from femba_edge.report.macs import buffer_sizes, layer_macs
from femba_edge.report.memory import elf_size, model_arrays, model_size
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, save_vectors

FIGURES = ("cycles.png", "memory.png", "timeline.png")
PNG = b"\x89PNG\r\n\x1a\n"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def host_run(demo_graph, tmp_path_factory):
    """root/c (host project of the demo preset) and root/res (its run on 2 vectors)."""
    graph, xq = demo_graph
    root = tmp_path_factory.mktemp("report")
    generate(graph, "host", root / "c")
    save_vectors(root / "v.npz", golden_vectors(graph, xq[:2]))
    run_project(root / "c", root / "v.npz", root / "res")
    return root


@pytest.fixture(scope="module")
def host_report(host_run):
    res = cli("report", host_run / "res", "--out", host_run / "rep")
    assert res.exit_code == 0, res.output
    return res.output, json.loads((host_run / "rep" / "report.json").read_text())


def test_host_report_writes_files_and_prints_the_table(host_run, host_report):
    out, rep = host_report
    for name in ("report.json", "report.md", *FIGURES):
        assert (host_run / "rep" / name).is_file()
    for name in FIGURES:
        assert (host_run / "rep" / name).read_bytes()[:8] == PNG
    assert not list(host_run.glob(".rep.*"))  # staging directory cleaned up
    assert "| # | layer | op | MACs | ns | MAC/ns | % | L3->L2 B | L2->L1 B | DMA wait |" in out
    assert rep["build_dir"] == str(host_run / "c")  # found next to the result directory
    assert rep["source"]["text"] == "host wall-clock ns (not MCU cycles)"
    md = (host_run / "rep" / "report.md").read_text()
    assert "host wall-clock ns (not MCU cycles)" in md and "n/a" in md
    assert rep["window"]["seconds"] == 1280 / 256.0


def test_totals_are_the_sums_of_the_rows(host_report, demo_graph):
    _, rep = host_report
    rows, t = rep["layers"], rep["totals"]
    assert len(rows) == c_layer_count(demo_graph[0])  # one row per C layer
    for key in ("macs", "ns", "l3_to_l2_bytes", "l2_to_l1_bytes", "l1_to_l2_bytes", "est_cycles",
                "est_dma_wait_cycles"):
        assert t[key] == sum(r[key] for r in rows), key
    assert t["dma_wait_cycles"] is None  # no DMA counters on the host
    assert rep["estimate"]["cycles"] == t["est_cycles"]
    # every L3 array is streamed once per window, and the deployed model is exactly those arrays
    plan = json.loads((Path(rep["build_dir"]) / "memory_plan.json").read_text())
    l3 = sum(a["bytes"] for a in model_arrays(plan))
    assert t["l3_to_l2_bytes"] == l3 == rep["memory"]["model_size"]["packed"]["total"]


def test_printed_percentages_sum_to_100(host_report):
    out, rep = host_report
    lines = [ln for ln in out.splitlines() if ln.startswith("| ") and ln.split("|")[1].strip()
             .isdigit()]
    assert len(lines) == len(rep["layers"])
    printed = [float(ln.split("|")[7]) for ln in lines]
    assert abs(sum(printed) - 100.0) <= 0.05 * len(printed)
    assert abs(sum(r["percent"] for r in rep["layers"]) - 100.0) < 1e-9


def test_latency_follows_the_counter_and_the_clock(host_run, host_report):
    _, rep = host_report
    t, e, win = rep["totals"], rep["estimate"], rep["window"]
    assert t["latency_s"] == pytest.approx(t["ns"] * 1e-9)  # host: wall-clock, no clock applied
    assert e["latency_s"] == pytest.approx(e["cycles"] / 370e6)
    assert t["real_time_factor"] == pytest.approx(t["latency_s"] / win["seconds"])
    assert t["inferences_per_hour_of_eeg"] == pytest.approx(3600 / win["seconds"])
    res = cli("report", host_run / "res", "--out", host_run / "rep100", "--freq-mhz", 100)
    assert res.exit_code == 0, res.output
    e100 = json.loads((host_run / "rep100" / "report.json").read_text())["estimate"]
    assert e100["latency_s"] == pytest.approx(e["cycles"] / 100e6)


def test_plan_only_report_is_an_analytic_estimate(host_run):
    res = cli("report", host_run / "c", "--freq-mhz", 50, "--fs", 128)
    assert res.exit_code == 0, res.output
    rep = json.loads((host_run / "c" / "report.json").read_text())  # default --out: the dir
    assert rep["source"]["kind"] == "analytic" and "analytic estimate" in res.output
    assert rep["run"] is None
    rows, t = rep["layers"], rep["totals"]
    assert all(r["cycles"] == r["est_cycles"] for r in rows)
    assert t["cycles"] == sum(r["cycles"] for r in rows)
    assert t["dma_wait_cycles"] == sum(r["dma_wait_cycles"] for r in rows)
    assert t["latency_s"] == pytest.approx(t["cycles"] / 50e6)
    assert rep["window"] == {"samples": 1280, "fs_hz": 128.0, "seconds": 10.0, "fs_source": "--fs"}
    md = (host_run / "c" / "report.md").read_text()
    assert "DMA wait (model)" in md and "Formula per layer" in md and "MODELLED" not in md


def test_estimator_formula_on_a_hand_computed_example():
    # K = max(1280 MAC / 2, (256 + 80) B / 8) = 640 cycles; 96 B of weights in 2 chunks of 4 rows
    # (48 B = 96 cycles at 0.5 B/cycle). chunk 0 exposed, chunk 1 loads under chunk 0's compute:
    # 96 + max(320, 96) + 320 = 736 cycles, 96 of them waiting.
    cycles, k, loads, comps = schedule(1280, 2.0, 336, 8.0, 0, [48, 48], [4, 4], 0.5)
    assert (cycles, k) == (736, 640)
    assert loads == [(0, 96), (96, 192)] and comps == [(96, 416), (416, 736)]
    # L3-bound (0.05 B/cycle, 960 cycles per chunk): 960 + max(320, 960) + 320 = 2240
    assert schedule(1280, 2.0, 336, 8.0, 0, [48, 48], [4, 4], 0.05)[0] == 2240
    # whole constants first, then a compute bound by the cluster DMA: 256/0.5 + 8000/8 = 1512
    assert schedule(80, 0.5, 8000, 8.0, 256, [], [], 0.5)[:2] == (1512, 1000)
    # the same numbers through a memory_plan.json layer (MACs from the x tile: K = 160 / 10)
    layer = {"name": "fc", "kind": "linear", "driver": "gemm", "output_shape": [10, 8],
             "tiles": {"tokens_per_tile": 10, "chunks": {"count": 2, "rows": 4, "bytes": 48}},
             "dma_bytes": {"L3->L2": 96, "L2->L1": 256, "L1->L2": 80}, "l1_bytes": 0}
    plan = {"layers": [layer], "buffers": [
        {"name": "fc.weight", "level": "L3", "offset": 0, "size": 32},
        {"name": "fc:x[0]", "level": "L1", "offset": 0, "size": 160}]}
    model = CostModel("hand", {"linear": 2.0}, 0.5, 8.0)
    (est,) = estimate_layers(plan, model)
    assert (est.work, est.cycles, est.dma_wait) == (1280, 736, 96)


def test_macs_match_the_model_count_for_tiny():
    from femba_edge.codegen.plan import plan_json
    from femba_edge.codegen.platform import load_platform
    from femba_edge.codegen.project import plan_graph
    from femba_edge.codegen.synth import SynthConfig, synth_graph
    from femba_edge.config import PRESETS
    from femba_edge.model.stats import mac_breakdown

    cfg = PRESETS["tiny"]
    graph, _ = synth_graph(SynthConfig(cfg.channels, cfg.samples, cfg.embed_dim, cfg.blocks,
                                       cfg.d_state, cfg.expand, cfg.d_conv, cfg.classes))
    plan = plan_json(plan_graph(graph, load_platform("gap9")))
    sizes = buffer_sizes(plan)
    by_kind: dict[str, int] = {}
    for ly in plan["layers"]:
        by_kind[ly["kind"]] = by_kind.get(ly["kind"], 0) + layer_macs(ly, sizes)
    ref = mac_breakdown(cfg)
    linear = ref["in_proj"] + ref["x_proj"] + ref["dt_proj"] + ref["out_proj"] + ref["head"]
    assert by_kind["linear"] == linear
    assert by_kind["patch_embed"] == ref["patch_embed"]
    assert by_kind["dwconv"] == ref["conv1d"] and by_kind["scan"] == ref["scan"]
    assert by_kind["mul"] == ref["gate"]
    assert sum(by_kind.values()) == sum(ref.values())


def test_model_size_reduction_numbers():
    # a 2-bit linear (4 x 8: 32 weights in 4 rows of 2 bytes), an int32 bias of 4, 16 B of M
    layer = {"name": "fc", "kind": "linear", "output_shape": [1, 4],
             "tiles": {"tokens_per_tile": 1}}
    plan = {"layers": [layer], "buffers": [
        {"name": "fc.weight", "level": "L3", "offset": 0, "size": 8},
        {"name": "fc.M", "level": "L3", "offset": 8, "size": 16},
        {"name": "fc.bias", "level": "L3", "offset": 24, "size": 16},
        {"name": "fc:x[0]", "level": "L1", "offset": 0, "size": 8}]}
    arrays = model_arrays(plan)
    assert [(a["role"], a["elements"], a["bits"]) for a in arrays] == [
        ("weight", 32, 2), ("deploy", 16, 8), ("bias", 4, 32)]
    s = model_size(arrays)
    assert [s[k]["total"] for k in ("fp32", "int8", "packed")] == [144, 64, 40]
    assert [s[k]["weights"] for k in ("fp32", "int8", "packed")] == [128, 32, 8]
    assert s["int8"]["weights_reduction_pct"] == pytest.approx(75.0)
    assert s["packed"]["weights_reduction_pct"] == pytest.approx(93.75)
    assert s["int8"]["total_reduction_pct"] == pytest.approx(100 * (1 - 64 / 144))
    assert s["packed"]["total_reduction_pct"] == pytest.approx(100 * (1 - 40 / 144))
    assert s["weight_elements_by_bits"] == {"2": 32}


def test_elf_size_and_missing_binaries(host_run, tmp_path):
    manifest = json.loads((host_run / "c" / "network.json").read_text())
    elf = elf_size(host_run / "c", manifest)
    if shutil.which("size"):
        assert elf["status"] == "ok" and elf["text"] > 0
    assert "not built" in elf_size(tmp_path, manifest)["status"]
    assert "vendor SDK" in elf_size(tmp_path, {**manifest, "target": "gap9",
                                               "binary": None})["status"]


def test_window_length_from_the_model_metadata():
    manifest = {"input": {"shape": [22, 1280]}, "metadata": {"fs": "250.0"}}
    assert window(manifest, None)["seconds"] == pytest.approx(1280 / 250)
    manifest["metadata"] = {"fs": "None", "config": json.dumps({"fs": 128.0})}
    assert window(manifest, None)["seconds"] == 10.0
    assert window({"input": {"shape": [1280]}}, None)["fs_source"].startswith("assumed")


@pytest.mark.parametrize("target, counters, sim, text", [
    ("rv32", ["instructions"], None, "instruction count under QEMU -icount (not cycles of a real"),
    ("pulp-open", ["cycles", "instructions"], {"model": "pulp-open", "commit": "abc123"},
     "measured on pulp-open (GVSoC pulp-open model, commit abc123)"),
])
def test_timing_source_names_where_cycles_come_from(target, counters, sim, text):
    run = {"target": target, "counters": counters,
           "per_layer": [{"name": "x", "kind": "lut", **{c: 1.0 for c in counters}}]}
    if sim:
        run["simulator"] = sim
    src = timing_source(Inputs(None, {}, {}, None, run))
    assert src["text"].startswith(text)


def _one_error_line(res, match: str) -> None:
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("femba-edge: error:") and match in lines[0], \
        res.output


def test_bad_input_is_one_clear_error(host_run, tmp_path):
    (tmp_path / "empty").mkdir()
    _one_error_line(cli("report", tmp_path / "empty"), "neither a run result")
    _one_error_line(cli("report", tmp_path / "nope"), "no such directory")
    lone = tmp_path / "lone" / "res"
    lone.mkdir(parents=True)
    shutil.copy(host_run / "res" / "run.json", lone)
    _one_error_line(cli("report", lone), "pass --build")
    _one_error_line(cli("report", lone, "--build", tmp_path / "empty"),
                    "not a femba-edge C project")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "run.json").write_text("{not json")
    _one_error_line(cli("report", tmp_path / "bad"), "unreadable")
    assert not (lone / "report.json").exists()


def test_build_of_another_target_is_rejected(demo_graph, host_run, tmp_path):
    generate(demo_graph[0], "gap9", tmp_path / "g9")
    _one_error_line(cli("report", host_run / "res", "--build", tmp_path / "g9"),
                    "is not the one run in")


def test_report_dict_is_plain_json(host_run):
    from femba_edge.report.inputs import load_inputs

    json.dumps(compose(load_inputs(host_run / "res"), 370.0), allow_nan=False)
