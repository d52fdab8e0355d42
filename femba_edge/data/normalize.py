"""Per-window, per-channel amplitude normalisation."""

from __future__ import annotations

import numpy as np

from .errors import DataError

NORM_METHODS = ("q95", "iqr", "none")

# Below this a channel is treated as flat. Far under any real EEG scale, even in volts (~1e-5).
_FLAT_EPS = 1e-10


def normalize_windows(x: np.ndarray, method: str = "q95") -> np.ndarray:
    """Normalise each window's channels independently along the last (time) axis.

    Args:
        x: array [..., C, T], typically [N, C, T].
        method: ``"q95"`` divides by the 95th percentile of ``|x|`` over time;
            ``"iqr"`` subtracts the median and divides by the interquartile range;
            ``"none"`` only casts.

    Returns:
        float32 array of the same shape. Flat channels (scale ~0) are divided by 1.
    """
    if method not in NORM_METHODS:
        raise DataError(f"unknown normalisation {method!r}; expected one of {NORM_METHODS}")
    x = np.asarray(x, dtype=np.float32)
    if method == "none":
        return x.copy()
    if method == "q95":
        scale = np.quantile(np.abs(x), 0.95, axis=-1, keepdims=True)
        centre = np.zeros_like(scale)
    else:
        q25, q50, q75 = np.quantile(x, [0.25, 0.5, 0.75], axis=-1, keepdims=True)
        scale, centre = q75 - q25, q50
    scale = np.where(scale > _FLAT_EPS, scale, 1.0).astype(np.float32)
    return ((x - centre) / scale).astype(np.float32)
