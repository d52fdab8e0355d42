"""What monitor writes: windows.csv (one row per window), summary.json and summary.md."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from femba_edge.monitor.windows import WindowPlan


def probabilities(logits: np.ndarray, output_scale: float) -> np.ndarray:
    """Softmax of the real logits (integer logits x output_scale), float64 [N, K]."""
    z = logits.astype(np.float64) * output_scale
    z -= z.max(axis=1, keepdims=True) if len(z) else 0.0
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def write_windows_csv(path: Path, plan: WindowPlan, classes: list[str], logits: np.ndarray,
                      predicted: np.ndarray, probs: np.ndarray) -> None:
    """start_s, end_s, status, predicted class, logit per class (integer), probability per class.
    Skipped windows keep their row (status 'skipped: non-finite input'), without results."""
    row_of = {int(w): r for r, w in enumerate(plan.kept)}
    with path.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["window", "start_s", "end_s", "status", "class", "class_name",
                      *(f"logit_{c}" for c in classes), *(f"p_{c}" for c in classes)])
        for w, (t0, t1) in enumerate(zip(plan.start_s, plan.end_s, strict=True)):
            head = [w, f"{t0:.3f}", f"{t1:.3f}"]
            r = row_of.get(w)
            if r is None:
                out.writerow([*head, "skipped: non-finite input", "", "",
                              *([""] * (2 * len(classes)))])
                continue
            k = int(predicted[r])
            out.writerow([*head, "ok", k, classes[k], *(int(v) for v in logits[r]),
                          *(f"{p:.6f}" for p in probs[r])])


def _fmt_s(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.2f} h"
    return f"{seconds / 60:.1f} min" if seconds >= 120 else f"{seconds:.1f} s"


def render_markdown(s: dict) -> str:
    """summary.md: the summary in a few lines and a table a reader can take in at a glance."""
    rec, win, wall, chip = s["recording"], s["windows"], s["wall_time_s"], s["chip"]
    lines = [
        f"# Monitoring {Path(rec['path']).name}",
        "",
        f"- recording: {_fmt_s(rec['duration_s'])}, {rec['channels']} channels, "
        f"{rec['fs_in_hz']:g} Hz ({rec['processing']})",
        f"- model: `{s['model']['path']}` (fingerprint {s['model']['fingerprint'][:12]}), "
        f"{s['model']['window_s']:g} s windows, hop {s['hop_s']:g} s",
        f"- windows: {win['total']} ({win['processed']} run, {win['skipped']} skipped for "
        "non-finite input)",
        f"- back end: {s['backend']}; wall time {wall['total']:.2f} s for "
        f"{_fmt_s(rec['duration_s'])} of EEG = {s['x_real_time']:.0f}x real time on this "
        f"machine (real-time factor {s['real_time_factor']:.4f})",
    ]
    if s.get("check"):
        c = s["check"]
        lines.append(f"- check against the golden: {c['bit_exact']}/{c['checked']} windows "
                     "bit-exact" + (f"; first mismatch: {c['first_mismatch']}"
                                    if c["first_mismatch"] else ""))
    if chip.get("cycles_per_window"):
        lines.append(f"- chip ({chip['source']}): {chip['cycles_per_window'] / 1e6:.2f} M cycles "
                     f"per window = {chip['latency_s'] * 1e3:.1f} ms at {chip['freq_mhz']:g} "
                     f"MHz, duty cycle {100 * chip['duty_cycle']:.2f} % at a {chip['hop_s']:g} "
                     f"s hop. Source: {chip['text']}")
    else:
        lines.append(f"- chip: {chip['text']}")
    lines += ["", "| class | windows | fraction |", "|---|--:|--:|"]
    for name, frac in s["class_fractions"].items():
        lines.append(f"| {name} | {s['class_counts'][name]} | {100 * frac:.1f} % |")
    if win["skipped_windows"]:
        shown = ", ".join(f"{w['start_s']:g}-{w['end_s']:g} s" for w in
                          win["skipped_windows"][:10])
        more = len(win["skipped_windows"]) - 10
        lines += ["", f"Skipped (non-finite input): {shown}" + (f" and {more} more"
                                                               if more > 0 else "")]
    lines += ["", "Files: `windows.csv` (one row per window), `summary.json`, `timeline.png`.", ""]
    return "\n".join(lines)
