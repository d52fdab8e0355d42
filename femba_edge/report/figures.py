"""PNG figures (matplotlib, Agg): per-layer time, memory per level, modelled DMA/compute timeline.

Per-layer bars are horizontal so ~50 layer names stay readable; networks with more layers than
MAX_LAYER_BARS are aggregated by operator kind."""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: never needs a display
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from femba_edge.report.estimate import LayerEstimate  # noqa: E402

MAX_LAYER_BARS = 80
DPI = 110
KIB = 1024.0


def _colors(kinds: list[str]) -> dict[str, tuple]:
    cmap = plt.get_cmap("tab10")
    return {k: cmap(i % 10) for i, k in enumerate(sorted(set(kinds)))}


def _scale(values: list[float], unit: str, host_label: str) -> tuple[float, str]:
    """Divisor and axis label so that tick values stay short; host times carry `host_label`
    (how they were measured: median of how many runs)."""
    top = max(values, default=0)
    if unit == "ns":
        return (1e6, f"time (ms): {host_label}") if top >= 1e6 else \
            (1e3, f"time (µs): {host_label}")
    name = "instructions" if unit == "instr" else "cycles"
    if top >= 1e6:
        return 1e6, f"{name} (millions)"
    return (1e3, f"{name} (thousands)") if top >= 1e3 else (1.0, name)


def cycles_chart(rep: dict, path: Path) -> None:
    """Horizontal bar per layer (or per kind for big networks), coloured by operator kind."""
    unit = rep["source"]["unit"]
    rows = rep["layers"]
    if len(rows) > MAX_LAYER_BARS:
        rows = [{"name": f"{k['kind']} (x{k['layers']})", "kind": k["kind"], unit: k[unit]}
                for k in rep["by_kind"]]
    colors = _colors([r["kind"] for r in rows])
    div, label = _scale([r[unit] for r in rows], unit, rep["source"].get("label", unit))
    fig, ax = plt.subplots(figsize=(9, 1.6 + 0.24 * len(rows)), dpi=DPI)
    y = range(len(rows))
    ax.barh(list(y), [r[unit] / div for r in rows], color=[colors[r["kind"]] for r in rows])
    ax.set_yticks(list(y), [r["name"] for r in rows], fontsize=8)
    ax.invert_yaxis()  # first layer on top, as in the table
    ax.set_xlabel(label)
    ax.grid(axis="x", alpha=0.3)
    # the source sentence can be long: wrap it so the title never runs off the figure
    ax.set_title(f"Time per layer, {rep['target']}\n" + textwrap.fill(rep["source"]["text"], 95),
                 fontsize=9)
    ax.legend(handles=[Patch(color=c, label=k) for k, c in colors.items()], fontsize=8,
              loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def memory_chart(rep: dict, path: Path) -> None:
    """One panel per level: used bytes (L2 split into activations / weight staging) vs capacity."""
    m = rep["memory"]
    levels = [
        ("L1 (peak working set)", [("working set", m["L1"]["peak_bytes"])], m["L1"]["usable"],
         "usable"),
        ("L2 (peak)", [("activations", m["L2"]["activations"]),
                       ("weight staging", m["L2"]["weight_stage"])], m["L2"]["usable"], "usable"),
        ("L3 (weights.bin)", [("weights", m["L3"]["weights_bytes"])], m["L3"]["capacity"],
         "size"),
    ]
    fig, axes = plt.subplots(len(levels), 1, figsize=(9, 4.2), dpi=DPI)
    cmap = plt.get_cmap("tab10")
    for ax, (name, parts, cap, cap_name) in zip(axes, levels, strict=True):
        left = 0.0
        for i, (part, size) in enumerate(parts):
            ax.barh([0], [size / KIB], left=left, color=cmap(i), label=part)
            left += size / KIB
        ax.barh([0], [max(cap / KIB - left, 0)], left=left, color="0.9",
                label=f"free of {cap_name}")
        used = sum(s for _, s in parts)
        ax.set_yticks([])
        ax.set_xlim(0, max(cap, used) / KIB)
        ax.set_xlabel("KiB", fontsize=8)
        ax.set_title(f"{name}: {used / KIB:,.1f} of {cap / KIB:,.0f} KiB {cap_name} "
                     f"({100 * used / cap:.1f} %)", fontsize=9, loc="left")
        ax.legend(fontsize=7, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=len(parts) + 1,
                  frameon=False)  # above the panel, right of the left-aligned title
    fig.suptitle(f"Memory per level, {rep['target']} plan", fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def timeline_labels(spans: list[tuple[float, float]], min_gap: float) -> list[int]:
    """Indices of the layers to name on the timeline: widest first, each kept only if its
    centre is at least `min_gap` (fraction of the whole time) from every kept one, so that the
    vertical labels never overlap; returned in time order."""
    total = max((b for _, b in spans), default=0.0) or 1.0
    kept: list[int] = []
    for i in sorted(range(len(spans)), key=lambda i: spans[i][0] - spans[i][1]):
        a, b = spans[i]
        mid = (a + b) / 2 / total
        if b > a and all(abs(mid - (spans[j][0] + spans[j][1]) / 2 / total) >= min_gap
                         for j in kept):
            kept.append(i)
    return sorted(kept)


def timeline_chart(rep: dict, est: list[LayerEstimate], path: Path) -> None:
    """Modelled schedule: L3->L2 reads on one lane, cluster compute on another, core stalls on a
    third; layers back to back, coloured by kind, separated by thin lines and named along the
    top (the widest ones, as many as fit). Always the analytic model, labelled so."""
    ms = 1.0 / (rep["freq_mhz"] * 1e3)  # milliseconds per cycle: plot in ms directly
    colors = _colors([e.kind for e in est])
    lanes = {"L3->L2 (uDMA)": 2, "compute + L2<->L1": 1, "cores wait for L3": 0}
    fig, ax = plt.subplots(figsize=(11, 5.0), dpi=DPI)
    t0, spans = 0.0, []
    for e in est:
        c = colors[e.kind]
        ax.broken_barh([((t0 + a) * ms, (b - a) * ms) for a, b in e.l3_loads if b > a],
                       (2 - 0.35, 0.7), facecolors=c, edgecolor="none")
        comp = [(t0 + a, b - a) for a, b in e.computes if b > a]
        ax.broken_barh([(a * ms, d * ms) for a, d in comp], (1 - 0.35, 0.7), facecolors=c,
                       edgecolor="none")
        gaps, t = [], t0
        for a, d in comp:  # time before a compute interval starts = cores stalled on L3
            if a > t:
                gaps.append((t * ms, (a - t) * ms))
            t = a + d
        ax.broken_barh(gaps, (-0.35, 0.7), facecolors="black", edgecolor="none")
        spans.append((t0 * ms, (t0 + e.cycles) * ms))
        t0 += e.cycles
    for a, _ in spans[1:]:  # layer boundaries: where one layer's time ends and the next begins
        ax.axvline(a, color="0.75", linewidth=0.4, zorder=0)
    ax.set_xlim(0, max(t0 * ms, 1e-9))
    # ~1.2 % of the width is one 7-pt vertical label on the 11-inch figure
    named = timeline_labels(spans, 0.012)
    top = ax.twiny()
    top.set_xlim(ax.get_xlim())
    top.set_xticks([(spans[i][0] + spans[i][1]) / 2 for i in named],
                   [est[i].name for i in named], rotation=90, fontsize=7)
    top.tick_params(axis="x", length=2, pad=1)
    shown = "every layer named" if len(named) == len(est) else \
        f"the {len(named)} widest of {len(est)} layers named"
    ax.set_xlabel(f"time (ms at {rep['freq_mhz']:g} MHz), layers back to back ({shown})")
    ax.set_yticks(list(lanes.values()), list(lanes), fontsize=9)
    ax.set_ylim(-0.6, 2.6)
    e = rep["estimate"]
    ax.set_title(f"MODELLED DMA / compute timeline ({e['cost_model']['platform']} cost model, "
                 f"not measured): {e['l3_hidden_pct']:.1f} % of L3 streaming hidden behind "
                 "compute", fontsize=9)
    ax.legend(handles=[Patch(color=c, label=k) for k, c in colors.items()], fontsize=7,
              loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=min(len(colors), 10))
    fig.tight_layout()
    fig.savefig(path, bbox_inches="tight")  # the legend sits below the axes
    plt.close(fig)


def write_figures(rep: dict, est: list[LayerEstimate], out: Path) -> list[str]:
    """Write the three PNGs into `out`; returns their file names."""
    names = ["cycles.png", "memory.png", "timeline.png"]
    cycles_chart(rep, out / names[0])
    memory_chart(rep, out / names[1])
    timeline_chart(rep, est, out / names[2])
    return names
