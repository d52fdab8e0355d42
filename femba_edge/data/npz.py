"""Loader for pre-windowed datasets stored as .npz."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .errors import DataError


def _get(data: np.lib.npyio.NpzFile, key: str, path: Path) -> np.ndarray:
    if key not in data.files:
        raise DataError(f"{path}: missing required key {key!r} (has {sorted(data.files)})")
    try:
        return data[key]
    except Exception as e:  # a damaged member can raise zlib.error, BadZipFile, ValueError, ...
        raise DataError(f"{path}: cannot read array {key!r}: {e}") from e


def load_npz(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, list[str]]:
    """Read and validate an .npz dataset.

    Keys: ``x`` [N, C, T] float, ``y`` [N] integer, ``fs`` scalar; optional ``groups`` [N]
    (integers or strings; default one group per window) and ``classes`` (strings; default
    ``class0..classK`` from the largest label).

    Returns:
        ``(x float32, y int64, groups int64, fs, classes)``, x not yet normalised.
    """
    try:
        data = np.load(path, allow_pickle=False)
    except Exception as e:  # np.load surfaces OSError, BadZipFile, ValueError (pickle), ...
        raise DataError(f"cannot read npz file {path}: {e}") from e
    if not isinstance(data, np.lib.npyio.NpzFile):
        raise DataError(f"{path} holds a single array, expected an .npz archive with x, y, fs")
    with data:
        x = _get(data, "x", path)
        y = _get(data, "y", path)
        fs_arr = _get(data, "fs", path)
        groups = _get(data, "groups", path) if "groups" in data.files else None
        classes_arr = _get(data, "classes", path) if "classes" in data.files else None

    if x.ndim != 3:
        raise DataError(f"{path}: x must be 3-D [N, C, T], got shape {x.shape}")
    if not (np.issubdtype(x.dtype, np.floating) or np.issubdtype(x.dtype, np.integer)):
        raise DataError(f"{path}: x must be numeric, got dtype {x.dtype}")
    n = x.shape[0]
    if n == 0 or x.shape[1] == 0 or x.shape[2] == 0:
        raise DataError(f"{path}: empty dataset, x has shape {x.shape}")
    if y.shape != (n,):
        raise DataError(f"{path}: y has shape {y.shape}, expected ({n},) to match x {x.shape}")
    if not np.issubdtype(y.dtype, np.integer):
        raise DataError(f"{path}: labels y must be integers, got dtype {y.dtype}")
    x = x.astype(np.float32)
    if not np.isfinite(x).all():
        raise DataError(f"{path}: x contains NaN or inf values")

    if fs_arr.size != 1 or not np.issubdtype(fs_arr.dtype, np.number):
        raise DataError(f"{path}: fs must be a numeric scalar, got {fs_arr!r}")
    fs = float(fs_arr.reshape(()))
    if not np.isfinite(fs) or fs <= 0:
        raise DataError(f"{path}: fs must be positive, got {fs}")

    if classes_arr is None:
        classes = [f"class{i}" for i in range(max(int(y.max()) + 1, 2))]
    else:
        if classes_arr.ndim != 1 or classes_arr.dtype.kind not in "US":
            raise DataError(f"{path}: classes must be a 1-D array of strings, got {classes_arr!r}")
        classes = [str(c) for c in classes_arr]
        if len(classes) < 2:
            raise DataError(f"{path}: need at least 2 class names, got {classes}")
    if y.min() < 0 or y.max() >= len(classes):
        bad = int(y.min()) if y.min() < 0 else int(y.max())
        raise DataError(f"{path}: label {bad} out of range for {len(classes)} classes {classes}")

    if groups is None:
        # Without subject ids every window is its own group, so splits degrade to per-window.
        groups = np.arange(n, dtype=np.int64)
    else:
        if groups.shape != (n,):
            raise DataError(f"{path}: groups has shape {groups.shape}, expected ({n},)")
        if np.issubdtype(groups.dtype, np.integer):
            groups = groups.astype(np.int64)
        elif groups.dtype.kind in "US":
            groups = np.unique(groups, return_inverse=True)[1].astype(np.int64)
        else:
            raise DataError(f"{path}: groups must be integers or strings, got dtype {groups.dtype}")
    return x, y.astype(np.int64), groups, fs, classes
