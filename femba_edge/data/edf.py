"""Directory-of-EDF loader with TUAB-style preprocessing (TCP montage, filtering, resampling)."""

from __future__ import annotations

import csv
import warnings
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import edfio
import numpy as np
from scipy import signal as sps

from .errors import DataError
from .montage import (
    TCP_ELECTRODES,
    TCP_NAMES,
    TCP_PAIRS,
    bipolar_indices,
    is_eeg_label,
    monopolar_index,
)

BAND = (0.1, 75.0)
NOTCHES = (50.0, 60.0)
_BINARY = ("normal", "abnormal")


@dataclass
class _FileEntry:
    path: Path
    label: str
    subject: str


def _find_edfs(root: Path) -> list[Path]:
    # TUAB nests files several folders deep (split/label/montage/...), so search recursively.
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() == ".edf")


def _default_subject(path: Path) -> str:
    # TUAB names are <subject>_<session>_<token>.edf.
    return path.stem.split("_", 1)[0]


def _entries_from_csv(root: Path, csv_path: Path, edfs: list[Path]) -> list[_FileEntry]:
    by_rel = {p.relative_to(root).as_posix(): p for p in edfs}
    by_name = {p.name: p for p in edfs}
    try:
        with csv_path.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise DataError(f"cannot read {csv_path}: {e}") from e
    if not rows:
        raise DataError(f"{csv_path} has no rows")
    if not {"file", "label"} <= set(rows[0]):
        raise DataError(f"{csv_path} needs a header with columns file,label[,subject]")
    entries = []
    for n, row in enumerate(rows, start=2):
        name, label = (row.get("file") or "").strip(), (row.get("label") or "").strip()
        if not name or not label:
            raise DataError(f"{csv_path} line {n}: empty file or label")
        path = by_rel.get(name) or by_name.get(Path(name).name)
        if path is None:
            raise DataError(f"{csv_path} line {n}: no .edf file {name!r} in {root}")
        subject = (row.get("subject") or "").strip() or _default_subject(path)
        entries.append(_FileEntry(path, label, subject))
    unlisted = len(set(edfs) - {e.path for e in entries})
    if unlisted:
        warnings.warn(f"{unlisted} .edf file(s) in {root} not in labels.csv; ignored", stacklevel=3)
    return entries


def _entries_from_folders(root: Path, edfs: list[Path]) -> list[_FileEntry]:
    entries = []
    for p in edfs:
        parts = {part.lower() for part in p.relative_to(root).parent.parts}
        if "abnormal" in parts:
            label = "abnormal"
        elif "normal" in parts:
            label = "normal"
        else:
            raise DataError(
                f"cannot label {p}: no labels.csv in {root} and not under a normal/ or abnormal/ "
                "folder"
            )
        entries.append(_FileEntry(p, label, _default_subject(p)))
    return entries


def _class_names(labels: list[str], csv_path: Path) -> tuple[list[str], list[int]]:
    """Turn label strings into (class names, indices); integer labels keep their value."""
    if all(lab.lstrip("-").isdigit() for lab in labels):
        ints = [int(lab) for lab in labels]
        if min(ints) < 0:
            raise DataError(f"{csv_path}: negative label {min(ints)}")
        return [f"class{i}" for i in range(max(max(ints) + 1, 2))], ints
    names = {lab.lower() for lab in labels}
    if names <= set(_BINARY):
        # Keep normal=0, abnormal=1 whatever the alphabet says, matching TUAB convention.
        classes = list(_BINARY)
        return classes, [classes.index(lab.lower()) for lab in labels]
    classes = sorted(set(labels))
    if len(classes) < 2:
        raise DataError(f"{csv_path}: only one class name {classes[0]!r}; need at least 2")
    return classes, [classes.index(lab) for lab in labels]


def _select_channels(path: Path, labels: list[str], channels: int | None) -> list[np.ndarray]:
    """Return per-output-channel weight vectors over the file's signals (montage as linear map)."""
    mono = monopolar_index(labels)
    bip = bipolar_indices(labels)
    n_sig = len(labels)

    def onehot(i: int, sign: float = 1.0) -> np.ndarray:
        w = np.zeros(n_sig)
        w[i] = sign
        return w

    if len(mono) >= 3 and len(mono) > len(bip):
        missing = sorted(TCP_ELECTRODES - set(mono))
        if missing:
            raise DataError(f"{path}: missing electrodes for the TCP montage: {', '.join(missing)}")
        return [onehot(mono[a]) - onehot(mono[b]) for a, b in TCP_PAIRS]
    if bip:
        return [onehot(i) for i in bip]
    eeg = [i for i, lab in enumerate(labels) if is_eeg_label(lab)] or list(range(n_sig))
    if channels is not None and len(eeg) != channels:
        raise DataError(
            f"{path}: labels are neither 10-20 monopolar nor bipolar and it has {len(eeg)} EEG "
            f"signals, model expects {channels}"
        )
    return [onehot(i) for i in eeg]


def _filter(x: np.ndarray, fs: float) -> np.ndarray:
    """Band-pass and notch along the last axis, keeping every edge below Nyquist."""
    nyq = fs / 2
    lo, hi = BAND[0], min(BAND[1], 0.9 * nyq)
    if hi > lo:
        sos = sps.butter(4, [lo, hi], btype="bandpass", fs=fs, output="sos")
        x = sps.sosfiltfilt(sos, x, axis=-1)
    for f0 in NOTCHES:
        if f0 < 0.95 * nyq:
            b, a = sps.iirnotch(f0, Q=30.0, fs=fs)
            x = sps.filtfilt(b, a, x, axis=-1)
    return x


def resample_ratio(fs_in: float, fs: float, where: str | Path) -> Fraction:
    """fs / fs_in as the exact p/q (p, q <= 1000) that resample_poly applies; DataError when the
    rate cannot be resampled that way (not positive, or no such ratio within 1e-6)."""
    if not (np.isfinite(fs_in) and fs_in > 0):
        raise DataError(f"{where}: sampling rate {fs_in} Hz is not a positive number")
    ratio = Fraction(fs / fs_in).limit_denominator(1000)
    if ratio.numerator > 1000 or abs(float(ratio) * fs_in - fs) > 1e-6 * fs:
        raise DataError(f"{where}: cannot resample {fs_in:g} Hz to the model's {fs:g} Hz (the "
                        f"ratio is not p/q with p, q <= 1000); resample the recording first")
    return ratio


def _open_signals(path: Path, channels: int | None
                  ) -> tuple[list, np.ndarray, np.ndarray, float]:
    """(signals, montage weights [C_out, signals], indices of the signals used, their rate)."""
    try:
        edf = edfio.read_edf(path)
        sigs = list(edf.signals)
        labels = [s.label for s in sigs]
    except Exception as e:  # edfio raises a zoo of types (ValueError, IndexError, ...) on bad files
        raise DataError(f"{path}: not a readable EDF file (empty, truncated or not in EDF "
                        f"format)") from e
    if not sigs:
        raise DataError(f"{path}: no signals")
    weights = np.stack(_select_channels(path, labels, channels))
    used = np.flatnonzero(np.any(weights != 0, axis=0))
    rates = {float(sigs[i].sampling_frequency) for i in used}
    if len(rates) != 1:
        raise DataError(f"{path}: selected EEG signals have different sampling rates {rates}")
    return sigs, weights, used, rates.pop()


def _continuous(path: Path, sigs: list, weights: np.ndarray, used: np.ndarray, fs_in: float,
                fs: float) -> np.ndarray:
    """The whole file as one signal [C_out, T] float64 at fs: montage, filter, resample."""
    duration = min(len(sigs[i].data) for i in used) / fs_in
    ratio = resample_ratio(fs_in, fs, path)
    try:
        n = int(round(duration * fs_in))
        raw = np.stack([np.asarray(sigs[i].data[:n], dtype=np.float64) for i in used])
    except Exception as e:
        raise DataError(f"cannot read EDF file {path}: {type(e).__name__}: {e}") from e
    x = weights[:, used] @ raw
    x = _filter(x, fs_in)
    if ratio != 1:
        x = sps.resample_poly(x, ratio.numerator, ratio.denominator, axis=-1)
    return x


def read_recording(path: Path, channels: int | None, fs: float
                   ) -> tuple[np.ndarray, float, list[str]]:
    """One EDF file as a continuous signal, preprocessed exactly as `load_edf_dir` does before
    windowing (montage, band-pass + notch, resampling to fs).

    Returns:
        ``(x [C, T] float64 at fs, the file's rate, channel names)``.
    """
    sigs, weights, used, fs_in = _open_signals(path, channels)
    if np.count_nonzero(weights[0]) == 2:  # monopolar file: the TCP montage's derivations
        names = list(TCP_NAMES)
    else:  # bipolar or plain EEG signals, one each
        names = [sigs[int(np.flatnonzero(w)[0])].label.strip() for w in weights]
    return _continuous(path, sigs, weights, used, fs_in, fs), fs_in, names


def _read_file(path: Path, channels: int | None, fs: float, samples: int,
               rates_seen: set[float] | None = None) -> np.ndarray | None:
    """Read, montage, filter, resample and window one file; None when shorter than a window.
    The file's sampling rate is added to rates_seen (for the data summary)."""
    sigs, weights, used, fs_in = _open_signals(path, channels)
    if rates_seen is not None:
        rates_seen.add(fs_in)
    duration = min(len(sigs[i].data) for i in used) / fs_in
    if duration * fs < samples:
        warnings.warn(
            f"skipping {path}: {duration:.2f} s is shorter than one {samples / fs:.2f} s window",
            stacklevel=3,
        )
        return None
    x = _continuous(path, sigs, weights, used, fs_in, fs)
    n_win = x.shape[-1] // samples
    if n_win == 0:  # rounding in resampling can lose a sample at the boundary
        warnings.warn(f"skipping {path}: shorter than one window after resampling", stacklevel=3)
        return None
    x = x[:, : n_win * samples].reshape(x.shape[0], n_win, samples).transpose(1, 0, 2)
    return x.astype(np.float32)


def load_edf_dir(
    root: Path, *, channels: int | None, fs: float, samples: int, progress: bool = False,
    labelled: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], str]:
    """Load every labelled .edf under ``root`` as windows (a progress bar when ``progress``).

    Returns:
        ``(x [N, C, samples] float32 un-normalised, y int64, groups int64, classes, source)``,
        source one line on what was read and how it was processed.
    """
    edfs = _find_edfs(root)
    if not edfs:
        raise DataError(f"no .edf files found in {root}")
    csv_path = root / "labels.csv"
    if not labelled:  # pre-training: every file, no labels needed
        entries = [_FileEntry(p, "", _default_subject(p)) for p in edfs]
        classes, label_idx = ["unlabelled", "unlabelled-"], [0] * len(entries)
    elif csv_path.is_file():
        entries = _entries_from_csv(root, csv_path, edfs)
        classes, label_idx = _class_names([e.label for e in entries], csv_path)
    else:
        entries = _entries_from_folders(root, edfs)
        classes, label_idx = _class_names([e.label for e in entries], csv_path)
    subject_id = {s: i for i, s in enumerate(sorted({e.subject for e in entries}))}

    from tqdm import tqdm

    xs, ys, gs = [], [], []
    rates: set[float] = set()
    skipped = 0
    for entry, lab in tqdm(list(zip(entries, label_idx, strict=True)), desc="reading EDF",
                           unit="file", disable=not progress, leave=False):
        win = _read_file(entry.path, channels, fs, samples, rates)
        if win is None:
            skipped += 1
            continue
        if xs and win.shape[1] != xs[0].shape[1]:
            raise DataError(
                f"{entry.path}: {win.shape[1]} channels but earlier files have {xs[0].shape[1]}"
            )
        xs.append(win)
        ys.append(np.full(len(win), lab, dtype=np.int64))
        gs.append(np.full(len(win), subject_id[entry.subject], dtype=np.int64))
    if not xs:
        raise DataError(f"every .edf file in {root} is shorter than one {samples}-sample window")
    resampled = sorted(r for r in rates if r != fs)
    source = (f"{len(xs)} EDF files read ({skipped} shorter than a window skipped), "
              f"{len(subject_id)} subjects, TCP bipolar montage, band-pass {BAND[0]:g}-{BAND[1]:g} "
              f"Hz + notch {'/'.join(f'{n:g}' for n in NOTCHES)} Hz, "
              + (f"resampled {', '.join(f'{r:g}' for r in resampled)} -> {fs:g} Hz"
                 if resampled else f"recorded at {fs:g} Hz (no resampling)"))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(gs), classes, source
