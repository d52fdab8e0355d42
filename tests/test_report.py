"""`femba-edge report`: report of a host run of the demo model (files; totals against run.json's
per-vector totals, the model's analytic MAC count and weights.bin; percentages, latency; host
figures labelled as medians), the plan-only analytic report, the estimator's formula on a
hand-computed example, MACs against the model's analytic count for FEMBA-Tiny, model-size numbers
(and against `femba-edge qat`'s `weight bytes`), timeline labels, bad input."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import c_layer_count

from femba_edge.cli import main
from femba_edge.codegen.project import generate
from femba_edge.report.compose import compose, timing_source, window
from femba_edge.report.estimate import CostModel, estimate_layers, schedule
from femba_edge.report.figures import _scale, timeline_labels
from femba_edge.report.inputs import Inputs
from femba_edge.report.macs import buffer_sizes, layer_macs
from femba_edge.report.memory import elf_size, model_arrays, model_size
from femba_edge.run.execute import HOST_REPEATS
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, save_vectors

FIGURES = ("cycles.png", "memory.png", "timeline.png")
PNG = b"\x89PNG\r\n\x1a\n"
REPO = Path(__file__).resolve().parent.parent
HOST_TEXT = f"host wall-clock ns, median of {HOST_REPEATS} runs per layer (not MCU cycles)"


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
    assert rep["build_dir"] == str((host_run / "c").resolve())  # the project run.json records
    assert rep["source"]["text"] == HOST_TEXT
    assert rep["run"]["timing"]["repeats"] == HOST_REPEATS
    md = (host_run / "rep" / "report.md").read_text()
    assert HOST_TEXT in md and "n/a" in md
    assert f"(host wall-clock, median of {HOST_REPEATS} runs per layer)" in md  # the latency line
    assert rep["window"]["seconds"] == 1280 / 256.0


def test_totals_agree_with_independent_sources(host_run, host_report, demo_graph):
    from femba_edge.config import PRESETS
    from femba_edge.model.stats import mac_breakdown

    _, rep = host_report
    rows, t = rep["layers"], rep["totals"]
    assert len(rows) == c_layer_count(demo_graph[0])  # one row per C layer
    # time: run.json's per-vector totals are summed by the runner from the raw counters; the
    # report's rows are per-layer means over vectors rounded to whole ns
    run = json.loads((host_run / "res" / "run.json").read_text())
    per_vector = [v["ns"] for v in run["per_vector"]]
    assert len(per_vector) == 2 and min(per_vector) > 0
    assert abs(t["ns"] - sum(per_vector) / 2) <= len(rows) / 2
    # MACs: the model's analytic count (femba_edge.model.stats), not the plan
    assert t["macs"] == sum(mac_breakdown(PRESETS["demo"]).values()) == 2_914_648
    # L3 traffic: every constant streamed once per window = the bytes of weights.bin without its
    # 8-byte alignment padding
    weights_bin = (Path(rep["build_dir"]) / "weights.bin").stat().st_size
    assert rep["memory"]["L3"]["weights_bytes"] == weights_bin
    plan = json.loads((Path(rep["build_dir"]) / "memory_plan.json").read_text())
    arrays = model_arrays(plan)
    assert 0 <= weights_bin - t["l3_to_l2_bytes"] < 8 * len(arrays)
    assert t["l3_to_l2_bytes"] == rep["memory"]["model_size"]["deployed"]["total"]
    assert t["dma_wait_cycles"] is None  # no DMA counters on the host
    assert rep["estimate"]["cycles"] == t["est_cycles"]


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


def test_fused_layers_keep_their_weight_bit_width():
    # "fc+act" (a linear with its table folded in) stores its 2-bit weights as "fc.weight": 4 rows
    # of K = 6 codes take 2 bytes each (6 x 2 bits, padded to a byte), i.e. 24 elements, not 8
    layer = {"name": "fc+act", "kind": "linear", "output_shape": [1, 4],
             "tiles": {"tokens_per_tile": 1}}
    plan = {"layers": [layer], "buffers": [
        {"name": "fc.weight", "level": "L3", "offset": 0, "size": 8},
        {"name": "act.table", "level": "L3", "offset": 8, "size": 256},
        {"name": "fc+act:x[0]", "level": "L1", "offset": 0, "size": 6}]}
    s = model_size(model_arrays(plan))
    assert s["weight_elements_by_bits"] == {"2": 24}
    assert [s[k]["weights"] for k in ("fp32", "int8", "packed")] == [96, 24, 8]
    assert s["packed"]["deploy"] == 256 and s["packed"]["total"] == 264


def test_model_sizes_match_the_qat_weight_bytes(host_report):
    # the demo graph is Femba(PRESETS["demo"]) under the default QuantSpec: the qat table's
    # `weight bytes` of the same shapes is computed by femba_edge/qat/calibrate.py on its own
    from femba_edge.config import PRESETS
    from femba_edge.model import Femba
    from femba_edge.qat.calibrate import float_bytes, weight_bytes
    from femba_edge.qat.model import QuantSpec, from_float

    _, rep = host_report
    s = rep["memory"]["model_size"]
    cfg = PRESETS["demo"]
    f = Femba(cfg)
    assert s["packed"]["weights_and_biases"] == weight_bytes(from_float(f, QuantSpec())) == 25_040
    assert s["int8"]["weights_and_biases"] == weight_bytes(from_float(f, QuantSpec(weight_bits=8)))
    # qat's float row counts the patch-embedding bias that export folds into the positional bias
    assert s["fp32"]["weights_and_biases"] + 4 * cfg.embed_dim == float_bytes(f) == 134_296
    assert s["packed"]["total"] == 25_040 + s["packed"]["deploy"]
    for k in ("fp32", "int8", "packed"):
        assert s[k]["total"] == s[k]["weights_and_biases"] + s[k]["deploy"]
    assert "`weight bytes` column of `femba-edge qat`" in s["counts"]["weights_and_biases"]


def test_qat_table_says_what_weight_bytes_count():
    from femba_edge.qat.run import ROWS, format_table

    m = {"balanced_accuracy": 0.5, "auroc": 0.5, "aupr": 0.5, "weight_bytes": 25_040}
    lines = format_table({key: m for key, _ in ROWS}, 2).splitlines()
    assert lines[0].endswith("weight bytes") and lines[len(ROWS)].endswith("25,040")
    assert lines[len(ROWS) + 1:] == [
        "weight bytes: float = 4 B per FP32 parameter; quantised = weights at their bit width",
        "(rows padded to a byte) + int32 biases + int8 A / D / gamma, without the requantisation",
        "M / s and lookup tables (`femba-edge report`: 'weights + biases'; its 'total' adds them)"]


def test_report_md_labels_every_size_figure(host_run, host_report):
    _, rep = host_report
    md = (host_run / "rep" / "report.md").read_text()
    assert ("| format | weights | biases | weights + biases | requant M/s + LUT | total | "
            "weights vs FP32 | total vs FP32 |") in md
    for key, label in (("weights", "weights"), ("biases", "biases"),
                       ("weights_and_biases", "weights + biases"),
                       ("deploy", "requant M/s + LUT"), ("total", "total")):
        assert f"- {label}: {rep['memory']['model_size']['counts'][key]}" in md
    # packed: the contract's forms (int32 biases, int8 A), qat's `weight bytes`; deployed: as
    # weights.bin stores them (int16 or 12-bit biases, 2- to 4-bit A, M and s in one word,
    # uniform scan M / s in the descriptor)
    assert "| packed | 9,368 | 15,672 | 25,040 | 8,872 | 33,912 |" in md
    assert "| deployed (weights.bin) | 8,664 | 6,428 | 15,092 | 8,872 | 23,964 |" in md


def test_report_cites_only_files_in_the_repository(host_run, host_report):
    md = (host_run / "rep" / "report.md").read_text()
    cost_model = (REPO / "femba_edge" / "report" / "cost_model.json").read_text()
    cited = set(re.findall(r"[\w./-]+\.(?:md|py|json)\b", md + cost_model)) - {
        "report.md", "report.json", "network.json", "memory_plan.json"}
    assert "docs/results.md" in cited
    assert [c for c in sorted(cited) if not (REPO / c).is_file()] == []


def test_host_figures_say_median(host_report):
    _, rep = host_report
    label = f"host wall-clock, median of {HOST_REPEATS} runs per layer"
    assert rep["source"]["label"] == label
    assert _scale([2.5e5], "ns", label) == (1e3, f"time (µs): {label}")
    assert _scale([2.5e6], "ns", label) == (1e6, f"time (ms): {label}")
    assert _scale([2.5e6], "cycles", label) == (1e6, "cycles (millions)")


def test_timeline_names_the_widest_layers_without_overlap():
    spans = [(0, 10), (10, 11), (11, 50), (50, 50), (50, 100)]
    # centres at 0.05, 0.105, 0.305, -, 0.75 of the time: all non-empty layers fit at a 5 % gap
    assert timeline_labels(spans, 0.05) == [0, 1, 2, 4]
    # at 10 %, layer 1 (1 unit wide) is 0.055 from the wider layer 0 and gives way
    assert timeline_labels(spans, 0.10) == [0, 2, 4]
    # at 30 %, only the widest (4) and then 2 (0.445 away); 0 is 0.255 from 2
    assert timeline_labels(spans, 0.30) == [2, 4]


def test_old_host_runs_are_labelled_single_samples():
    run = {"target": "host", "counters": ["ns"],
           "per_layer": [{"name": "x", "kind": "lut", "ns": 5.0}]}
    src = timing_source(Inputs(None, {}, {}, None, run))
    assert src["text"] == "host wall-clock ns, one run per layer: single samples, noisy (not MCU " \
                          "cycles)"
    assert src["repeats"] == 1


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
    run = json.loads((host_run / "res" / "run.json").read_text())
    (lone / "run.json").write_text(json.dumps({**run, "project": str(tmp_path / "moved")}))
    _one_error_line(cli("report", lone), "is missing or no longer a femba-edge C project: pass "
                                         "--build")
    del run["project"]  # written before run.json recorded its project
    (lone / "run.json").write_text(json.dumps(run))
    _one_error_line(cli("report", lone), "does not record its C project")
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


def test_qat_table_leads_with_the_bandpower_baseline():
    from femba_edge.qat.run import BASELINE_LABEL, ROWS, format_table

    m = {"balanced_accuracy": 0.5, "auroc": 0.5, "aupr": 0.5, "weight_bytes": 25_040}
    base = {"balanced_accuracy": 0.8125, "auroc": 0.9, "aupr": 0.875}
    lines = format_table({key: m for key, _ in ROWS} | {"baseline": base}, 2).splitlines()
    assert lines[1].split() == [*BASELINE_LABEL.split(), "0.8125", "0.9000", "0.8750", "-"]
    assert lines[2].startswith("float FP32") and lines[-2].startswith("bandpower LR:")
