"""timeline.png: the recording at a glance (per-channel RMS in short bins, as a heat map) above
the model's per-window class probabilities and predicted class, on one time axis."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: never needs a display
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from femba_edge.monitor.windows import WindowPlan  # noqa: E402

DPI = 110
MAX_BINS = 1500  # time bins of the signal overview


def _time_unit(duration_s: float) -> tuple[float, str]:
    if duration_s >= 2 * 3600:
        return 3600.0, "h"
    return (60.0, "min") if duration_s >= 600 else (1.0, "s")


def _rms_bins(x: np.ndarray, fs: float) -> tuple[np.ndarray, float]:
    """RMS per channel in equal bins of at least one second: [C, bins], bin length in s."""
    second = max(int(round(fs)), 1)  # bins of whole seconds (at an integer rate)
    per_bin = second * max(1, int(np.ceil(x.shape[1] / MAX_BINS / second)))
    n = x.shape[1] // per_bin
    if n == 0:
        per_bin, n = x.shape[1], 1
    v = x[:, : n * per_bin].reshape(x.shape[0], n, per_bin).astype(np.float64)
    return np.sqrt((v**2).mean(axis=2)), per_bin / fs


def timeline(path: Path, x: np.ndarray, fs: float, names: list[str], plan: WindowPlan,
             probs: np.ndarray, predicted: np.ndarray, classes: list[str], title: str) -> None:
    """Write the figure; x [C, T] is the preprocessed recording the windows were cut from."""
    duration = x.shape[1] / fs
    div, unit = _time_unit(duration)
    rms, bin_s = _rms_bins(x, fs)
    fig, (ax0, ax1, ax2) = plt.subplots(
        3, 1, figsize=(11, 7.2), dpi=DPI, sharex=True,
        gridspec_kw={"height_ratios": [3.2, 2.4, 0.45]})
    img = np.log10(np.maximum(rms, 1e-12))
    lo, hi = np.percentile(img, [2, 98])
    mesh = ax0.imshow(img, aspect="auto", origin="upper", cmap="viridis", vmin=lo, vmax=hi,
                      extent=(0, rms.shape[1] * bin_s / div, len(names), 0),
                      interpolation="nearest")
    ax0.set_yticks(np.arange(len(names)) + 0.5, names, fontsize=6 if len(names) > 12 else 8)
    ax0.set_ylabel("channel")
    ax0.set_title(f"{title}\nsignal overview: RMS per channel in {bin_s:.3g} s bins "
                  "(after preprocessing)", fontsize=9)
    cb = fig.colorbar(mesh, ax=ax0, pad=0.01, fraction=0.03)
    cb.set_label("log10 RMS (recording units)", fontsize=8)

    kept = plan.kept
    centre = (plan.start_s[kept] + plan.end_s[kept]) / 2 / div
    cmap = plt.get_cmap("tab10")
    shown = range(1, len(classes)) if len(classes) == 2 else range(len(classes))
    for k in shown:
        ax1.plot(centre, probs[:, k], drawstyle="steps-mid", lw=1.1, color=cmap(k),
                 label=f"P({classes[k]})")
    if len(classes) == 2:
        ax1.axhline(0.5, color="0.5", lw=0.7, ls="--")
    ax1.set_ylim(-0.03, 1.03)
    ax1.set_ylabel("class probability")
    ax1.grid(alpha=0.3)
    ax1.legend(fontsize=8, loc="upper right")
    ax1.set_title(f"per-window model output ({plan.samples / fs:g} s windows, hop "
                  f"{plan.hop / fs:g} s; softmax of the integer logits x output scale)",
                  fontsize=9)

    for k in range(len(classes)):
        sel = predicted == k
        ax2.scatter(centre[sel], np.zeros(sel.sum()), marker="|", s=220, color=cmap(k),
                    label=classes[k], linewidths=1.2)
    ax2.set_yticks([])
    ax2.set_ylabel("class", rotation=0, ha="right", va="center", fontsize=8)
    ax2.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    skipped = np.flatnonzero(plan.skipped)
    for i, w in enumerate(skipped):
        for ax in (ax0, ax1, ax2):
            ax.axvspan(plan.start_s[w] / div, plan.end_s[w] / div, color="red", alpha=0.15,
                       lw=0, label="skipped (non-finite input)" if (i == 0 and ax is ax1)
                       else None)
    if len(skipped):
        ax1.legend(fontsize=8, loc="upper right")
    ax2.set_xlabel(f"time ({unit})")
    ax2.set_xlim(0, duration / div)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
