"""Windows of a recording: where they start (model window, hop, overlap allowed), which ones a
gap of non-finite input touches (skipped, reported), and their int8 inputs, made by the very
functions training and export use (`normalize_windows`, then `quantize_input`)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from femba_edge.data.normalize import normalize_windows
from femba_edge.errors import UserError
from femba_edge.export.golden import quantize_input

CHUNK = 256  # windows normalised at a time (memory stays bounded for long recordings)


@dataclass
class WindowPlan:
    """Every window of a recording: start sample at fs, and whether it is skipped."""

    starts: np.ndarray
    samples: int
    hop: int
    fs: float
    skipped: np.ndarray

    @property
    def start_s(self) -> np.ndarray:
        return self.starts / self.fs

    @property
    def end_s(self) -> np.ndarray:
        return (self.starts + self.samples) / self.fs

    @property
    def kept(self) -> np.ndarray:
        """Indices of the windows that are run."""
        return np.flatnonzero(~self.skipped)


def hop_samples(hop_s: float | None, samples: int, fs: float) -> int:
    """The hop in samples (default: one window); UserError unless a whole number of samples."""
    if hop_s is None:
        return samples
    hop = hop_s * fs
    if not np.isfinite(hop) or hop < 1 or abs(hop - round(hop)) > 1e-6 * max(hop, 1.0):
        raise UserError(f"--hop {hop_s:g} s is not a positive whole number of samples at "
                        f"{fs:g} Hz")
    return int(round(hop))


def plan_windows(n_samples: int, samples: int, hop: int, fs: float,
                 gaps: list[tuple[float, float]]) -> WindowPlan:
    """Windows [start, start + samples) every `hop` samples that fit in the recording; a window
    is skipped when a gap (start_s, end_s) overlaps it."""
    if n_samples < samples:
        raise UserError(f"the recording is {n_samples / fs:.2f} s long, shorter than one "
                        f"{samples / fs:g} s window of the model")
    starts = np.arange(0, n_samples - samples + 1, hop, dtype=np.int64)
    skipped = np.zeros(len(starts), bool)
    lo, hi = starts / fs, (starts + samples) / fs
    for g0, g1 in gaps:
        skipped |= (g0 < hi) & (g1 > lo)
    return WindowPlan(starts, samples, hop, fs, skipped)


def window_inputs(x: np.ndarray, starts: np.ndarray, samples: int, norm: str,
                  input_scale: float, progress=None) -> np.ndarray:
    """int8 inputs [N, C, samples] of the windows starting at `starts` of x [C, T] float32:
    per-window, per-channel normalisation then the documented input quantisation, as export
    does for its vectors. `progress` (a tqdm bar or None) is advanced per window."""
    out = np.empty((len(starts), x.shape[0], samples), np.int8)
    for i in range(0, len(starts), CHUNK):
        chunk = starts[i:i + CHUNK]
        w = np.stack([x[:, s:s + samples] for s in chunk]).astype(np.float32)
        out[i:i + len(chunk)] = quantize_input(normalize_windows(w, norm), input_scale)
        if progress is not None:
            progress.update(len(chunk))
    return out
