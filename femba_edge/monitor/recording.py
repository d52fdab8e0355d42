"""A whole recording as one continuous signal at the model's rate, preprocessed as the data layer
preprocesses training data: EDF through `femba_edge.data.edf.read_recording` (TCP montage,
band-pass + notch, resampling), an npz `x` [C, T] + `fs` as given (like the data layer's npz
windows: no filtering), resampled when its rate differs. Non-finite stretches (NaN, inf) are
recorded as gaps in seconds and interpolated over, so that resampling cannot spread them; the
windows that touch a gap are skipped later, never fed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from femba_edge.data.errors import DataError
from femba_edge.data.montage import TCP_NAMES, parse_label


@dataclass
class Recording:
    """x [C, T] float32 at fs; gaps are (start_s, end_s) of non-finite input samples."""

    path: Path
    kind: str
    x: np.ndarray
    fs: float
    fs_in: float
    names: list[str]
    processing: str
    gaps: list[tuple[float, float]] = field(default_factory=list)

    @property
    def duration_s(self) -> float:
        """Length in seconds at the model's rate."""
        return self.x.shape[1] / self.fs


def load_recording(path: str | Path, channels: int, fs: float) -> Recording:
    """Read an EDF or npz recording for a model of `channels` channels at `fs` Hz (DataError on
    anything the model cannot be run on)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: recording not found")
    suffix = path.suffix.lower()
    if suffix == ".edf":
        from femba_edge.data.edf import BAND, NOTCHES, read_recording

        x, fs_in, names = read_recording(path, channels, fs)
        how = (f"EDF, montage and filtering as for training (band-pass {BAND[0]:g}-{BAND[1]:g} "
               f"Hz, notch {'/'.join(f'{n:g}' for n in NOTCHES)} Hz)")
        rec = Recording(path, "edf", x.astype(np.float32), fs, fs_in, names, how)
    elif suffix == ".npz":
        rec = _load_npz(path, channels, fs)
    else:
        raise DataError(f"{path}: unsupported recording (expected .edf, or .npz with x [C, T] "
                        "and fs)")
    if rec.x.shape[0] != channels:
        raise DataError(_channel_message(path, rec.names, rec.x.shape[0], channels))
    if rec.fs_in != fs:
        rec.processing += f", resampled {rec.fs_in:g} -> {fs:g} Hz"
    return rec


def _channel_message(path: Path, names: list[str], have: int, want: int) -> str:
    msg = f"{path}: {have} channels, the model expects {want}"
    if want == len(TCP_NAMES):
        present = {_canonical(n) for n in names}
        missing = [n for n in TCP_NAMES if n not in present]
        if missing and len(missing) < len(TCP_NAMES):
            msg += f"; missing TCP derivations: {', '.join(missing)}"
    return msg


def _canonical(name: str) -> str:
    parsed = parse_label(name)
    if parsed is None or parsed[1] is None:
        return name.strip().upper()
    return f"{parsed[0]}-{parsed[1]}"


def _npz_arrays(path: Path) -> tuple[np.ndarray, float, list[str] | None]:
    try:
        with np.load(path, allow_pickle=False) as z:
            if "x" not in z.files or "fs" not in z.files:
                raise DataError(f"{path}: a recording npz needs x [C, T] and fs (has "
                                f"{sorted(z.files)})")
            x, fs_arr = z["x"], z["fs"]
            names = [str(n) for n in z["channels"].tolist()] if "channels" in z.files else None
    except DataError:
        raise
    except Exception as e:  # np.load: OSError, BadZipFile, ValueError (pickled object arrays)
        raise DataError(f"{path}: not a readable npz file ({type(e).__name__}: {e})") from None
    if x.ndim != 2:
        raise DataError(f"{path}: x must be a continuous recording [C, T], got shape {x.shape}"
                        + (" (a windowed dataset [N, C, T] is for training)" if x.ndim == 3
                           else ""))
    if not np.issubdtype(x.dtype, np.number) or x.shape[1] == 0:
        raise DataError(f"{path}: x must be numeric and non-empty, got {x.dtype} {x.shape}")
    if fs_arr.size != 1 or not np.issubdtype(fs_arr.dtype, np.number):
        raise DataError(f"{path}: fs must be a numeric scalar, got {fs_arr!r}")
    if names is not None and len(names) != x.shape[0]:
        raise DataError(f"{path}: {len(names)} channel names for {x.shape[0]} channels")
    return x, float(fs_arr.reshape(())), names


def _load_npz(path: Path, channels: int, fs: float) -> Recording:
    from femba_edge.data.edf import resample_ratio

    x, fs_in, names = _npz_arrays(path)
    ratio = resample_ratio(fs_in, fs, path)
    how = "npz, used as given (no filtering, as for npz training data)"
    if names is not None and channels == len(TCP_NAMES) and x.shape[0] >= channels:
        # named channels: take the TCP derivations in model order
        index = {_canonical(n): i for i, n in enumerate(names)}
        missing = [n for n in TCP_NAMES if n not in index]
        if missing:
            raise DataError(f"{path}: missing TCP derivations: {', '.join(missing)}")
        x, names = x[[index[n] for n in TCP_NAMES]], list(TCP_NAMES)
    names = names or [f"ch{i}" for i in range(x.shape[0])]
    x = np.asarray(x, np.float64)
    bad = ~np.isfinite(x).all(axis=0)
    gaps = _runs(bad, fs_in)
    if gaps:
        x = _interpolate(x, bad)
    if ratio != 1:
        from scipy import signal as sps

        x = sps.resample_poly(x, ratio.numerator, ratio.denominator, axis=-1)
    return Recording(path, "npz", x.astype(np.float32), fs, fs_in, names, how, gaps)


def _runs(bad: np.ndarray, fs: float) -> list[tuple[float, float]]:
    """(start_s, end_s) of each run of True samples."""
    if not bad.any():
        return []
    edges = np.diff(np.concatenate([[0], bad.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return [(float(s / fs), float(e / fs)) for s, e in zip(starts, ends, strict=True)]


def _interpolate(x: np.ndarray, bad: np.ndarray) -> np.ndarray:
    """Linear interpolation over the bad samples of every channel (0 where nothing is finite):
    values the model never sees, there only so that resampling does not spread NaN."""
    x = x.copy()
    t = np.arange(x.shape[1])
    for c in range(x.shape[0]):
        ok = np.isfinite(x[c])
        x[c] = np.interp(t, t[ok], x[c, ok]) if ok.any() else 0.0
    return x
