"""The monitor pipeline: model and recording in, windows planned, quantised, run on a back end,
optionally checked window by window against the golden, and the outputs written together."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from femba_edge.errors import UserError
from femba_edge.monitor.backends import (
    BACKENDS,
    Outputs,
    golden_window,
    run_c_windows,
    run_golden_windows,
    run_ort_windows,
)
from femba_edge.monitor.model import MonitorModel, load_model
from femba_edge.monitor.recording import Recording, load_recording
from femba_edge.monitor.windows import WindowPlan, hop_samples, plan_windows, window_inputs

MAX_WARNINGS = 20  # per-window warnings printed before they are summarised


@dataclass
class MonitorOptions:
    """What `femba-edge monitor` was asked to do."""

    hop_s: float | None = None
    backend: str = "c"
    build: str | None = None
    check: bool = False
    freq_mhz: float = 370.0
    cycles_from: str | None = None
    fs: float | None = None
    quiet: bool = False


def check_out(out: Path) -> None:
    """UserError now, before any work, when OUT cannot be written."""
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out}: exists and is not a directory")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        probe = tempfile.mkdtemp(prefix=f".{out.name}.probe.", dir=out.parent)
        os.rmdir(probe)
        if out.is_dir() and not os.access(out, os.W_OK | os.X_OK):
            raise PermissionError(13, "Permission denied")
    except OSError as e:
        raise UserError(f"--out {out}: cannot write there ({e.strerror or e})") from None


class _Bar:
    """A tqdm bar on a terminal, nothing otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __call__(self, total: int, desc: str):
        if not self.enabled:
            return None
        from tqdm import tqdm

        return tqdm(total=total, desc=desc, unit="window", leave=False)


def _close(bar) -> None:
    if bar is not None:
        bar.close()


def _run_backend(model: MonitorModel, xq: np.ndarray, opts: MonitorOptions, bar: _Bar
                 ) -> Outputs:
    if opts.backend == "c":
        return run_c_windows(model, xq, opts.build)
    b = bar(len(xq), opts.backend)
    try:
        fn = run_golden_windows if opts.backend == "golden" else run_ort_windows
        return fn(model, xq, b)
    finally:
        _close(b)


def _check(model: MonitorModel, xq: np.ndarray, got: Outputs, plan: WindowPlan, bar: _Bar
           ) -> dict:
    """Golden on every window, in order, compared with ==; stops at the first mismatch."""
    t0 = time.perf_counter()
    b = bar(len(xq), "check vs golden")
    first, checked = None, 0
    try:
        for r, w in enumerate(plan.kept):
            logits, cls = golden_window(model, xq[r])
            checked += 1
            if b is not None:
                b.update(1)
            bad = np.flatnonzero(logits != got.logits[r])
            if bad.size or cls != got.classes[r]:
                where = (f"logits[{int(bad[0])}]: expected {int(logits[bad[0]])}, got "
                         f"{int(got.logits[r][bad[0]])}" if bad.size
                         else f"class: expected {cls}, got {int(got.classes[r])}")
                first = (f"window {int(w)} ({plan.start_s[w]:.3f}-{plan.end_s[w]:.3f} s): "
                         f"{where}")
                break
    finally:
        _close(b)
    return {"reference": "numpy golden", "checked": checked,
            "bit_exact": checked - (first is not None), "first_mismatch": first,
            "seconds": round(time.perf_counter() - t0, 3)}


def _skipped_list(plan: WindowPlan) -> list[dict]:
    return [{"window": int(w), "start_s": float(plan.start_s[w]), "end_s": float(plan.end_s[w])}
            for w in np.flatnonzero(plan.skipped)]


def monitor(recording: str | Path, model_path: str | Path, out: str | Path,
            opts: MonitorOptions, warn: Callable[[str], None] = print,
            say: Callable[[str], None] = print) -> dict:
    """Run the whole command; returns the summary (with 'check' when --check). Nothing is
    written to OUT unless every step succeeded (staged directory, then rename)."""
    out = Path(out)
    if opts.backend not in BACKENDS:
        raise UserError(f"unknown back end {opts.backend!r} (choose from {', '.join(BACKENDS)})")
    if opts.check and opts.backend == "golden":
        raise UserError("--check compares a back end with the golden: use --backend c or ort")
    if opts.build and opts.backend != "c":
        raise UserError("--build is the C project of --backend c")
    check_out(out)
    bars = _Bar(not opts.quiet and sys.stderr.isatty())
    times: dict[str, float] = {}
    t_all = t0 = time.perf_counter()
    model = load_model(model_path, opts.fs)
    times["model"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    rec = load_recording(recording, model.channels, model.fs)
    times["recording"] = time.perf_counter() - t0
    plan = plan_windows(rec.x.shape[1], model.samples,
                        hop_samples(opts.hop_s, model.samples, model.fs), model.fs, rec.gaps)
    if not len(plan.kept):
        raise UserError(f"{recording}: every one of the {len(plan.starts)} windows touches "
                        "non-finite input (NaN / inf); nothing to run")
    _warn_skipped(plan, warn)
    say(f"{Path(recording).name}: {rec.duration_s:.1f} s, {len(plan.starts)} windows of "
        f"{model.window_s:g} s (hop {plan.hop / model.fs:g} s), {len(plan.kept)} to run on "
        f"{opts.backend}")
    t0 = time.perf_counter()
    b = bars(len(plan.kept), "windows")
    try:
        xq = window_inputs(rec.x, plan.starts[plan.kept], model.samples, model.norm,
                           model.input_scale, b)
    finally:
        _close(b)
    times["windows"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    got = _run_backend(model, xq, opts, bars)
    times["inference"] = time.perf_counter() - t0
    check = _check(model, xq, got, plan, bars) if opts.check else None
    times["check"] = check["seconds"] if check else 0.0
    from femba_edge.monitor.chip import chip_figures

    chip = chip_figures(model, plan.hop / model.fs, opts.freq_mhz, opts.cycles_from)
    summary = _summary(rec, model, plan, got, opts, chip, check)
    _write(out, summary, rec, model, plan, got, times, t_all)
    return summary


def _warn_skipped(plan: WindowPlan, warn: Callable[[str], None]) -> None:
    skipped = np.flatnonzero(plan.skipped)
    for w in skipped[:MAX_WARNINGS]:
        warn(f"window {w} ({plan.start_s[w]:.3f}-{plan.end_s[w]:.3f} s) skipped: non-finite "
             "input (NaN / inf) in the recording")
    if len(skipped) > MAX_WARNINGS:
        warn(f"... and {len(skipped) - MAX_WARNINGS} more windows skipped for non-finite input "
             "(all listed in windows.csv and summary.json)")


def _summary(rec: Recording, model: MonitorModel, plan: WindowPlan, got: Outputs,
             opts: MonitorOptions, chip: dict, check: dict | None) -> dict:
    counts = np.bincount(got.classes, minlength=len(model.classes))
    n = max(len(got.classes), 1)
    return {
        "recording": {"path": str(rec.path), "format": rec.kind, "duration_s": rec.duration_s,
                      "channels": int(rec.x.shape[0]), "channel_names": rec.names,
                      "fs_in_hz": rec.fs_in, "fs_hz": rec.fs, "processing": rec.processing,
                      "non_finite_stretches_s": [list(g) for g in rec.gaps]},
        "model": {"path": str(model.path), "fingerprint": model.fingerprint,
                  "channels": model.channels, "samples": model.samples, "fs_hz": model.fs,
                  "fs_source": model.fs_source, "window_s": model.window_s,
                  "normalisation": model.norm, "input_scale": model.input_scale,
                  "output_scale": model.output_scale, "classes": model.classes},
        "hop_s": plan.hop / model.fs,
        "windows": {"total": int(len(plan.starts)), "processed": int(len(plan.kept)),
                    "skipped": int(plan.skipped.sum()), "skipped_windows": _skipped_list(plan)},
        "class_counts": {c: int(k) for c, k in zip(model.classes, counts, strict=True)},
        "class_fractions": {c: float(k / n) for c, k in zip(model.classes, counts, strict=True)},
        "backend": opts.backend,
        "backend_info": got.info,
        "check": check,
        "chip": chip,
    }


def _write(out: Path, summary: dict, rec: Recording, model: MonitorModel, plan: WindowPlan,
           got: Outputs, times: dict[str, float], t_all: float) -> None:
    from femba_edge.artifacts import atomic_write_text, staged_dir, write_json
    from femba_edge.monitor.figure import timeline
    from femba_edge.monitor.outputs import probabilities, render_markdown, write_windows_csv

    probs = probabilities(got.logits, model.output_scale)
    try:
        with staged_dir(out) as stage:
            t0 = time.perf_counter()
            write_windows_csv(stage / "windows.csv", plan, model.classes, got.logits,
                              got.classes, probs)
            timeline(stage / "timeline.png", rec.x, rec.fs, rec.names, plan, probs,
                     got.classes, model.classes,
                     f"{rec.path.name}: {model.path.name} on {summary['backend']}")
            times["outputs"] = time.perf_counter() - t0
            total = time.perf_counter() - t_all
            monitoring = total - times["check"]
            summary["wall_time_s"] = {**{k: round(v, 3) for k, v in times.items()},
                                      "total": round(total, 3)}
            summary["real_time_factor"] = monitoring / rec.duration_s
            summary["x_real_time"] = rec.duration_s / monitoring
            summary["real_time_note"] = ("wall time on this machine from reading the model to "
                                         "the written outputs, without the golden check, per "
                                         "second of recording (x_real_time is its inverse)")
            write_json(stage / "summary.json", summary)
            atomic_write_text(stage / "summary.md", render_markdown(summary))
    except OSError as e:
        raise UserError(f"--out {out}: cannot write ({e.strerror or e})") from None
