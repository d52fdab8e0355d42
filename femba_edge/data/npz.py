"""Loader for pre-windowed datasets stored as .npz."""

from __future__ import annotations

from dataclasses import dataclass
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


SPLIT_NAMES = ("train", "val", "test")


@dataclass
class NpzData:
    """What an .npz dataset holds, validated (x not yet normalised)."""

    x: np.ndarray
    y: np.ndarray
    groups: np.ndarray
    fs: float
    classes: list[str]
    group_names: list[str] | None
    split: np.ndarray | None
    label_map: dict[str, int] | None


def _labels(y: np.ndarray, classes_arr: np.ndarray | None, path: Path
            ) -> tuple[np.ndarray, list[str], dict[str, int] | None]:
    """Labels as 0..K-1. With a `classes` key they must already be indices into it; without one,
    labels that are not exactly 0..K-1 (e.g. {1, 2}) are mapped in sorted order and the mapping
    is returned, so nobody gets a silent empty class."""
    if classes_arr is not None:
        if classes_arr.ndim != 1 or classes_arr.dtype.kind not in "US":
            raise DataError(f"{path}: classes must be a 1-D array of strings, got {classes_arr!r}")
        classes = [str(c) for c in classes_arr]
        if len(classes) < 2:
            raise DataError(f"{path}: need at least 2 class names, got {classes}")
        if y.min() < 0 or y.max() >= len(classes):
            bad = int(y.min()) if y.min() < 0 else int(y.max())
            raise DataError(f"{path}: label {bad} out of range for {len(classes)} classes "
                            f"{classes} (labels index the 'classes' key)")
        return y, classes, None
    values = np.unique(y)
    if np.array_equal(values, np.arange(len(values))):
        # 0..K-1 all present, or only 0 (e.g. a file of normal windows): class0..classK
        return y, [f"class{i}" for i in range(max(len(values), 2))], None
    if len(values) < 2:
        raise DataError(f"{path}: every window has label {int(values[0])}; labels are class "
                        "indices 0..K-1 (or add a 'classes' key)")
    mapping = {str(int(v)): i for i, v in enumerate(values)}
    return np.searchsorted(values, y), [str(int(v)) for v in values], mapping


def _split(arr: np.ndarray, n: int, path: Path) -> np.ndarray:
    """A per-window split given as 'train' / 'val' / 'test' strings or 0 / 1 / 2."""
    if arr.shape != (n,):
        raise DataError(f"{path}: split has shape {arr.shape}, expected ({n},)")
    if arr.dtype.kind in "US":
        names = np.char.lower(arr.astype(str))
        bad = sorted(set(names.tolist()) - set(SPLIT_NAMES))
        if bad:
            raise DataError(f"{path}: split values must be train / val / test, got {bad[:3]}")
        out = np.array([SPLIT_NAMES.index(v) for v in names.tolist()], np.int64)
    elif np.issubdtype(arr.dtype, np.integer):
        if arr.min() < 0 or arr.max() > 2:
            raise DataError(f"{path}: integer split values must be 0 (train), 1 (val), 2 (test)")
        out = arr.astype(np.int64)
    else:
        raise DataError(f"{path}: split must hold strings or integers, got dtype {arr.dtype}")
    missing = [SPLIT_NAMES[k] for k in range(3) if not (out == k).any()]
    if missing:
        raise DataError(f"{path}: split has no {' and no '.join(missing)} windows")
    return out


UNLABELLED = ["unlabelled", "unlabelled-"]  # two names: EEGDataset needs two classes


def load_npz(path: Path, labelled: bool = True) -> NpzData:
    """Read and validate an .npz dataset.

    Keys: ``x`` [N, C, T] float, ``y`` [N] integer, ``fs`` scalar; optional ``groups`` [N]
    (integers or strings; default one group per window), ``classes`` (strings, indexed by y;
    without it labels other than 0..K-1 are mapped in sorted order) and ``split`` [N]
    ('train' / 'val' / 'test', or 0 / 1 / 2: the dataset's own split, used as given). With
    ``labelled=False`` (pre-training) ``y`` may be absent.
    """
    try:
        data = np.load(path, allow_pickle=False)
    except Exception as e:  # np.load surfaces OSError, BadZipFile, ValueError (pickle), ...
        raise DataError(f"cannot read npz file {path}: {e}") from e
    if not isinstance(data, np.lib.npyio.NpzFile):
        raise DataError(f"{path} holds a single array, expected an .npz archive with x, y, fs")
    with data:
        x = _get(data, "x", path)
        unlabelled = not labelled and "y" not in data.files
        y = np.zeros(len(_get(data, "x", path)), np.int64) if unlabelled else _get(data, "y", path)
        fs_arr = _get(data, "fs", path)
        groups = _get(data, "groups", path) if "groups" in data.files else None
        classes_arr = _get(data, "classes", path) if "classes" in data.files else None
        split_arr = _get(data, "split", path) if "split" in data.files else None

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

    if unlabelled:
        classes, label_map = list(UNLABELLED), None
    else:
        y, classes, label_map = _labels(y, classes_arr, path)

    if groups is None:
        # Without subject ids every window is its own group, so splits degrade to per-window.
        groups = np.arange(n, dtype=np.int64)
    elif groups.shape != (n,):
        raise DataError(f"{path}: groups has shape {groups.shape}, expected ({n},)")
    elif not (np.issubdtype(groups.dtype, np.integer) or groups.dtype.kind in "US"):
        raise DataError(f"{path}: groups must be integers or strings, got dtype {groups.dtype}")
    names = None
    if groups.dtype.kind in "US":  # string subject ids -> 0..G-1, the strings kept as names
        uniq, groups = np.unique(groups, return_inverse=True)
        names = [str(v) for v in uniq.tolist()]
    split = None if split_arr is None else _split(split_arr, n, path)
    return NpzData(x, y.astype(np.int64), groups.astype(np.int64), fs, classes, names, split,
                   label_map)
