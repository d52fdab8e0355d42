"""`femba-edge synth-recording`: one continuous synthetic recording (EDF via edfio, or npz) made
of the built-in generator's 5 s windows of one subject, normal except for the stretches given
as abnormal, on the 22 bipolar TCP derivations, so that `monitor` has something to show."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np

from femba_edge.data.montage import TCP_NAMES
from femba_edge.data.synthetic import SyntheticParams, generate_synthetic
from femba_edge.errors import UserError

WINDOW_S = 5.0


def parse_stretches(spec: str, minutes: float) -> list[tuple[float, float]]:
    """'4:6,8:8.5' -> [(4, 6), (8, 8.5)] in minutes; UserError when malformed or outside."""
    out = []
    for item in filter(None, (s.strip() for s in spec.split(","))):
        a, sep, b = item.partition(":")
        try:
            lo, hi = float(a), float(b)
        except ValueError:
            raise UserError(f"--abnormal {item!r}: expected START:END in minutes, e.g. 4:6"
                            ) from None
        if not sep or not (0 <= lo < hi <= minutes):
            raise UserError(f"--abnormal {item!r}: need 0 <= START < END <= {minutes:g} minutes")
        out.append((lo, hi))
    return out


def synth_signal(minutes: float, abnormal: list[tuple[float, float]], fs: float = 256.0,
                 seed: int = 0, difficulty: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """(x [22, T] float64 in microvolt-like units, abnormal flag per 5 s segment). Normal and
    abnormal segments come from one subject (same random stream: same traits)."""
    samples = int(round(WINDOW_S * fs))
    n = math.ceil(minutes * 60 / WINDOW_S)
    t0 = np.arange(n) * WINDOW_S / 60  # segment starts in minutes
    flags = np.zeros(n, bool)
    for lo, hi in abnormal:  # a segment is abnormal when it lies mostly inside a stretch
        mid = t0 + WINDOW_S / 120
        flags |= (mid >= lo) & (mid < hi)
    base = SyntheticParams(subjects=1, windows=n, channels=len(TCP_NAMES), samples=samples,
                           fs=fs, seed=seed, difficulty=difficulty, abnormal=0.0)
    x = generate_synthetic(base)[0]
    if flags.any():
        ab = generate_synthetic(replace(base, windows=int(flags.sum()), abnormal=1.0))[0]
        x[flags] = ab
    total = int(round(minutes * 60 * fs))
    cont = x.transpose(1, 0, 2).reshape(len(TCP_NAMES), -1)[:, :total]
    return cont.astype(np.float64), flags


def write_recording(path: str | Path, x: np.ndarray, fs: float) -> Path:
    """EDF (bipolar TCP labels, uV) or npz (x, fs, channels) by the file's suffix; written to a
    temporary name and renamed."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".edf", ".npz"):
        raise UserError(f"--out {path}: expected a file name ending in .edf or .npz")
    tmp = path.with_name(f".{path.name}.tmp{suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".npz":
            np.savez(tmp, x=x.astype(np.float32), fs=np.float64(fs), channels=np.array(TCP_NAMES))
        else:
            import edfio

            signals = [edfio.EdfSignal(row, fs, label=name, physical_dimension="uV")
                       for row, name in zip(x, TCP_NAMES, strict=True)]
            edfio.Edf(signals, data_record_duration=1.0).write(tmp)
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UserError(f"--out {path}: cannot write ({e.strerror or e})") from None
    return path
