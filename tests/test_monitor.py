"""`femba-edge monitor` and `synth-recording`: golden == ONNX Runtime == host C on every window
(integer ==), window counts with hop / overlap, NaN stretches skipped and reported, the EDF path
preprocessed exactly as the training data, chip cycles labelled measured / cost model, and bad
input as one error line with nothing written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import error_line

from femba_edge.cli import main
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.data import load_data
from femba_edge.data.montage import TCP_NAMES
from femba_edge.export.golden import quantize_input
from femba_edge.export.onnx_io import model_fingerprint, save_onnx, to_onnx
from femba_edge.monitor.recording import load_recording
from femba_edge.monitor.windows import plan_windows, window_inputs

FS = 64.0  # small model: 4 channels x 64 samples at 64 Hz = 1 s windows


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _model(path: Path, cfg: SynthConfig, fs: float, seed: int = 7):
    graph, _ = synth_graph(cfg, seed=seed)
    graph.metadata.update({"input_scale": "0.02", "output_scale": "0.002", "fs": str(fs),
                           "classes": json.dumps(["normal", "abnormal"]),
                           "normalisation": "q95"})
    save_onnx(to_onnx(graph), path)
    return graph


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """model.onnx (4 x 64 at 64 Hz), a 20 s npz recording, and its generated host project."""
    root = tmp_path_factory.mktemp("monitor")
    graph = _model(root / "model.onnx", SynthConfig(channels=4, samples=64, embed_dim=5,
                                                    d_state=3), FS)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((4, int(20 * FS))) * 30
    x[:, int(12 * FS):int(15 * FS)] *= 4  # a louder stretch
    np.savez(root / "rec.npz", x=x.astype(np.float32), fs=np.float64(FS))
    res = cli("codegen", root / "model.onnx", "--target", "host", "--out", root / "host")
    assert res.exit_code == 0, res.output
    return root, graph


def _rows(out: Path) -> list[dict]:
    with (out / "windows.csv").open() as fh:
        return list(csv.DictReader(fh))


def _logits(rows: list[dict]) -> np.ndarray:
    return np.array([[int(r["logit_normal"]), int(r["logit_abnormal"]), int(r["class"])]
                     for r in rows if r["status"] == "ok"])


def test_golden_ort_c_agree_on_every_window(small, tmp_path):
    root, _ = small
    outs = {}
    for backend, extra in [("golden", []), ("ort", ["--check"]),
                           ("c", ["--check", "--build", root / "host"])]:
        out = tmp_path / backend
        res = cli("monitor", root / "rec.npz", "--model", root / "model.onnx", "--out", out,
                  "--backend", backend, "--hop", "0.5", *extra)
        assert res.exit_code == 0, res.output
        outs[backend] = _logits(_rows(out))
        if extra:
            assert "bit-exact vs golden: 39/39 windows" in res.output
    assert outs["golden"].shape == (39, 3)
    assert np.array_equal(outs["golden"], outs["ort"])
    assert np.array_equal(outs["golden"], outs["c"])
    assert len(np.unique(outs["golden"][:, 0])) > 5  # the logits do move with the input
    s = json.loads((tmp_path / "c" / "summary.json").read_text())
    assert s["backend_info"]["processes"] == 1 and s["check"]["bit_exact"] == 39
    assert sum(s["class_counts"].values()) == 39
    assert abs(sum(s["class_fractions"].values()) - 1) < 1e-9
    for f in ("windows.csv", "summary.json", "summary.md", "timeline.png"):
        assert (tmp_path / "c" / f).is_file()


def test_c_without_build_generates_the_project(small, tmp_path):
    root, _ = small
    out = tmp_path / "m"
    res = cli("monitor", root / "rec.npz", "--model", root / "model.onnx", "--out", out)
    assert res.exit_code == 0, res.output
    s = json.loads((out / "summary.json").read_text())
    assert s["backend"] == "c" and s["backend_info"]["target"] == "host"
    assert "generated" in s["backend_info"]["project"] and s["windows"]["processed"] == 20
    assert s["x_real_time"] > 0 and s["wall_time_s"]["total"] > 0
    assert not list(tmp_path.glob(".m.*"))  # staging directory gone


@pytest.mark.parametrize("hop, windows", [(None, 20), (1.0, 20), (0.5, 39), (3.0, 7),
                                          (0.25, 77)])
def test_window_counts(hop, windows):
    plan = plan_windows(int(20 * FS), 64, 64 if hop is None else int(hop * FS), FS, [])
    assert len(plan.starts) == windows
    assert plan.end_s[-1] <= 20.0 and plan.start_s[1] == (hop or 1.0)


def test_nan_stretch_windows_are_skipped_and_reported(small, tmp_path):
    root, _ = small
    with np.load(root / "rec.npz") as z:
        x = z["x"].copy()
    x[2, int(5.2 * FS):int(5.4 * FS)] = np.nan
    x[0, int(9.5 * FS)] = np.inf
    np.savez(tmp_path / "nan.npz", x=x, fs=np.float64(FS))
    out = tmp_path / "m"
    res = cli("monitor", tmp_path / "nan.npz", "--model", root / "model.onnx", "--out", out,
              "--backend", "ort", "--hop", "0.5", "--check")
    assert res.exit_code == 0, res.output
    warnings = [ln for ln in res.stderr.splitlines() if "warning" in ln]
    # 5.2-5.4 s touches [4.5, 5.5) and [5, 6); 9.5 s touches [9, 10) and [9.5, 10.5)
    assert len(warnings) == 4 and "window 9 (4.500-5.500 s) skipped" in warnings[0]
    rows = _rows(out)
    skipped = [int(r["window"]) for r in rows if r["status"] != "ok"]
    assert skipped == [9, 10, 18, 19] and len(rows) == 39
    s = json.loads((out / "summary.json").read_text())
    assert s["windows"]["skipped"] == 4 and s["windows"]["processed"] == 35
    assert s["recording"]["non_finite_stretches_s"][0] == [5.1875, 5.390625]
    # the windows that do run see exactly what they would see without the NaN stretch
    clean = tmp_path / "clean"
    assert cli("monitor", root / "rec.npz", "--model", root / "model.onnx", "--out", clean,
               "--backend", "golden", "--hop", "0.5").exit_code == 0
    ok = [r for r in _rows(clean) if int(r["window"]) not in skipped]
    assert np.array_equal(_logits(ok), _logits(rows))


def test_check_names_the_first_mismatching_window(small, tmp_path, monkeypatch):
    root, _ = small
    import femba_edge.monitor.run as run_mod

    real = run_mod.golden_window

    def wrong(model, x, _calls=[0]):  # noqa: B006 - a counter shared across calls
        logits, cls = real(model, x)
        _calls[0] += 1
        if _calls[0] == 4:
            logits = logits.copy()
            logits[1] += 1
        return logits, cls

    monkeypatch.setattr(run_mod, "golden_window", wrong)
    res = cli("monitor", root / "rec.npz", "--model", root / "model.onnx", "--out",
              tmp_path / "m", "--backend", "ort", "--check")
    assert res.exit_code == 1, res.output
    assert "first mismatch: window 3 (3.000-4.000 s): logits[1]: expected" in res.output
    assert "bit-exact vs golden: 3/4 windows" in res.output


def test_edf_windows_are_the_training_windows(tmp_path):
    """An EDF recording through monitor gives, window for window, the int8 inputs export would
    make of the same file read as training data (montage, filter, resample, q95, quantise)."""
    fs, samples = 128.0, 128
    res = cli("synth-recording", "--minutes", "0.5", "--abnormal", "0.2:0.4", "--fs", "200",
              "--out", tmp_path / "edf" / "normal" / "rec.edf")
    assert res.exit_code == 0, res.output
    assert "3 of 6 5 s segments abnormal" in res.output
    rec = load_recording(tmp_path / "edf" / "normal" / "rec.edf", 22, fs)
    assert rec.fs_in == 200.0 and rec.names == list(TCP_NAMES) and "resampled" in rec.processing
    plan = plan_windows(rec.x.shape[1], samples, samples, fs, rec.gaps)
    xq = window_inputs(rec.x, plan.starts, samples, "q95", 0.02)
    ds = load_data(str(tmp_path / "edf"), channels=22, samples=samples, fs=fs, labelled=False)
    assert len(ds.x) == len(xq) == 30
    assert np.array_equal(quantize_input(ds.x, 0.02), xq)


def test_synth_recording_and_monitor_on_edf(tmp_path):
    model = tmp_path / "m22.onnx"
    graph = _model(model, SynthConfig(channels=22, samples=128, embed_dim=3, d_state=2), 128.0)
    assert cli("synth-recording", "--minutes", "0.5", "--fs", "128", "--out",
               tmp_path / "rec.edf").exit_code == 0
    out = tmp_path / "m"
    res = cli("monitor", tmp_path / "rec.edf", "--model", model, "--out", out,
              "--backend", "golden", "--hop", "0.5")
    assert res.exit_code == 0, res.output
    s = json.loads((out / "summary.json").read_text())
    assert s["windows"]["total"] == 59 and s["recording"]["duration_s"] == 30.0
    assert s["model"]["fingerprint"] == model_fingerprint(graph)
    assert s["chip"]["source"] == "cost model" and 0 < s["chip"]["duty_cycle"] < 1
    assert "estimate" in s["chip"]["text"]
    md = (out / "summary.md").read_text()
    assert "duty cycle" in md and "| abnormal |" in md


def test_cycles_from_a_gvsoc_run(small, tmp_path):
    root, graph = small
    run = {"target": "gap9-gvsoc", "vectors": 2, "totals_per_window": {"cycles": 37e6},
           "model_fingerprint": model_fingerprint(graph), "simulator": {"model": "pulp-open"}}
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "run.json").write_text(json.dumps(run))
    out = tmp_path / "m"
    res = cli("monitor", root / "rec.npz", "--model", root / "model.onnx", "--out", out,
              "--backend", "golden", "--hop", "2", "--cycles-from", tmp_path / "g",
              "--freq-mhz", "370")
    assert res.exit_code == 0, res.output
    chip = json.loads((out / "summary.json").read_text())["chip"]
    assert chip["source"] == "measured" and chip["verified_same_model"]
    assert chip["duty_cycle"] == pytest.approx(37e6 / 370e6 / 2.0)
    assert "chip (measured): 37.00 M cycles per window, duty cycle 5.00 %" in res.output
    run["model_fingerprint"] = "f" * 64
    (tmp_path / "g" / "run.json").write_text(json.dumps(run))
    res = cli("monitor", root / "rec.npz", "--model", root / "model.onnx", "--out",
              tmp_path / "m2", "--backend", "golden", "--cycles-from", tmp_path / "g")
    assert res.exit_code == 2 and "measured on another model" in error_line(res)
    assert not (tmp_path / "m2").exists()


def _bad_cases(root: Path, tmp: Path) -> list[tuple[list, str]]:
    short = tmp / "short.npz"
    np.savez(short, x=np.zeros((4, 40), np.float32), fs=np.float64(FS))
    three = tmp / "three.npz"
    np.savez(three, x=np.zeros((3, 640), np.float32), fs=np.float64(FS))
    odd = tmp / "odd.npz"
    np.savez(odd, x=np.zeros((4, 640), np.float32), fs=np.float64(63.1234567))
    allnan = tmp / "allnan.npz"
    np.savez(allnan, x=np.full((4, 200), np.nan, np.float32), fs=np.float64(FS))
    windowed = tmp / "windowed.npz"
    np.savez(windowed, x=np.zeros((2, 4, 64), np.float32), fs=np.float64(FS))
    (tmp / "file").write_text("x")
    m = ["--model", root / "model.onnx"]
    return [
        ([short, *m], "shorter than one 1 s window"),
        ([three, *m], "3 channels, the model expects 4"),
        ([odd, *m], "cannot resample 63.1235 Hz"),
        ([allnan, *m], "every one of the 3 windows touches non-finite input"),
        ([windowed, *m], "continuous recording [C, T]"),
        ([tmp / "none.npz", *m], "recording not found"),
        ([root / "rec.npz", "--model", tmp / "none.onnx"], "ONNX file not found"),
        ([root / "rec.npz", *m, "--hop", "0.3"], "not a positive whole number of samples"),
        ([root / "rec.npz", *m, "--backend", "golden", "--check"], "--check compares"),
    ] + [([root / "rec.npz", *m], "cannot write there")]


def test_bad_input_is_one_error_line_and_writes_nothing(small, tmp_path):
    root, _ = small
    cases = _bad_cases(root, tmp_path)
    for i, (args, match) in enumerate(cases):
        out = tmp_path / "file" / "out" if i == len(cases) - 1 else tmp_path / f"o{i}"
        res = cli("monitor", *args, "--out", out)
        assert res.exit_code == 2, (args, res.output)
        assert match in error_line(res), (match, res.output)
        assert not out.exists()
    assert not list(tmp_path.glob(".o*"))


def test_missing_channels_are_named(tmp_path):
    """22-channel model: a monopolar EDF without some electrodes, and a named npz without some
    derivations, name what is missing."""
    model = tmp_path / "m22.onnx"
    _model(model, SynthConfig(channels=22, samples=128, embed_dim=3, d_state=2), 128.0)
    import edfio

    labels = ["EEG FP1-REF", "EEG F7-REF", "EEG T3-REF", "EEG O1-REF", "EEG CZ-REF"]
    sigs = [edfio.EdfSignal(np.random.default_rng(i).standard_normal(128 * 4) * 20, 128.0,
                            label=lab, physical_dimension="uV") for i, lab in enumerate(labels)]
    edfio.Edf(sigs).write(tmp_path / "mono.edf")
    res = cli("monitor", tmp_path / "mono.edf", "--model", model, "--out", tmp_path / "o1")
    assert res.exit_code == 2 and "missing electrodes for the TCP montage: A1, A2" in \
        error_line(res)
    names = [n for n in TCP_NAMES if n not in ("T3-T5", "C4-P4")]
    np.savez(tmp_path / "named.npz", x=np.zeros((20, 512), np.float32), fs=np.float64(128),
             channels=np.array(names))
    res = cli("monitor", tmp_path / "named.npz", "--model", model, "--out", tmp_path / "o2")
    assert res.exit_code == 2
    assert "20 channels, the model expects 22; missing TCP derivations: T3-T5, C4-P4" in \
        error_line(res)


def test_build_of_another_model_is_refused(small, tmp_path):
    root, _ = small
    other = tmp_path / "other.onnx"
    _model(other, SynthConfig(channels=4, samples=64, embed_dim=5, d_state=3), FS, seed=8)
    res = cli("monitor", root / "rec.npz", "--model", other, "--out", tmp_path / "o",
              "--build", root / "host")
    assert res.exit_code == 2 and "generated from another model" in error_line(res)


def test_synth_recording_bad_options(tmp_path):
    for args, match in [(["--abnormal", "6:4"], "START < END"),
                        (["--abnormal", "x"], "START:END"),
                        (["--out", tmp_path / "r.txt"], "ending in .edf or .npz")]:
        out = [] if "--out" in args else ["--out", tmp_path / "r.edf"]
        res = cli("synth-recording", "--minutes", "10", *args, *out)
        assert res.exit_code == 2 and match in error_line(res), res.output
