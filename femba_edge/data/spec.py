"""Parsing of data spec strings: 'synthetic[:k=v,...]', an .npz file, or a directory of EDFs."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError

# Minimum allowed value per integer key.
_INT_KEYS = {"subjects": 1, "windows": 1, "channels": 1, "samples": 16, "seed": 0}
# (low, high) bounds per float key; None means unbounded above.
_FLOAT_KEYS: dict[str, tuple[float, float | None]] = {
    "fs": (16.0, None),
    "difficulty": (0.0, 1.0),
    "abnormal": (0.0, 1.0),
}
SYNTHETIC_KEYS = tuple(_INT_KEYS) + tuple(_FLOAT_KEYS)


@dataclass(frozen=True)
class DataSpec:
    """A parsed spec: ``kind`` is 'synthetic', 'npz' or 'edf'."""

    kind: str
    path: Path | None = None
    synthetic: dict[str, int | float] = field(default_factory=dict)


def _parse_value(key: str, raw: str, spec: str) -> int | float:
    if key in _INT_KEYS:
        try:
            value = int(raw)
        except ValueError:
            msg = f"synthetic key {key!r} needs an integer, got {raw!r} in {spec!r}"
            raise DataError(msg) from None
        if value < _INT_KEYS[key]:
            raise DataError(f"synthetic key {key!r} must be >= {_INT_KEYS[key]}, got {value}")
        return value
    try:
        fvalue = float(raw)
    except ValueError:
        raise DataError(f"synthetic key {key!r} needs a number, got {raw!r} in {spec!r}") from None
    lo, hi = _FLOAT_KEYS[key]
    if not math.isfinite(fvalue) or fvalue < lo or (hi is not None and fvalue > hi):
        bounds = f"in [{lo}, {hi}]" if hi is not None else f"a finite number >= {lo}"
        raise DataError(f"synthetic key {key!r} must be {bounds}, got {raw!r}")
    return fvalue


def _parse_synthetic(spec: str) -> DataSpec:
    _, _, body = spec.partition(":")
    params: dict[str, int | float] = {}
    for item in filter(None, (s.strip() for s in body.split(","))):
        key, eq, raw = (s.strip() for s in item.partition("="))
        if not eq or not raw:
            raise DataError(f"synthetic option {item!r} is not key=value in {spec!r}")
        if key not in SYNTHETIC_KEYS:
            raise DataError(
                f"unknown synthetic key {key!r} in {spec!r}; known: {', '.join(SYNTHETIC_KEYS)}"
            )
        if key in params:
            raise DataError(f"synthetic key {key!r} given twice in {spec!r}")
        params[key] = _parse_value(key, raw, spec)
    return DataSpec("synthetic", synthetic=params)


def parse_spec(spec: str) -> DataSpec:
    """Classify a data spec string.

    ``'synthetic'`` or ``'synthetic:key=value,...'`` selects the generator; otherwise the spec
    is a path to an existing ``.npz`` file or a directory of ``.edf`` files.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise DataError(f"data spec must be a non-empty string, got {spec!r}")
    spec = spec.strip()
    if spec == "synthetic" or spec.startswith("synthetic:"):
        return _parse_synthetic(spec)
    path = Path(spec).expanduser()
    if not path.exists():
        raise DataError(f"data path does not exist: {path}")
    if path.is_dir():
        return DataSpec("edf", path=path)
    if path.suffix.lower() == ".npz":
        return DataSpec("npz", path=path)
    raise DataError(f"unsupported data file {path}: expected a .npz file or a directory of .edf")
