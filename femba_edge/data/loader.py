"""``load_data``: one entry point for every data source."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .dataset import EEGDataset
from .errors import DataError
from .normalize import NORM_METHODS, normalize_windows
from .npz import load_npz
from .spec import parse_spec
from .synthetic import SyntheticParams, generate_synthetic

DEFAULT_FS = 256.0
DEFAULT_SAMPLES = 1280


def _synthetic_params(
    options: dict[str, int | float], channels: int | None, samples: int | None, fs: float | None
) -> SyntheticParams:
    model = {"channels": channels, "samples": samples, "fs": fs}
    merged = dict(options)
    for key, want in model.items():
        if want is None:
            continue
        # A spec that says one thing and a model that expects another is a config mistake.
        if key in options and float(options[key]) != float(want):
            raise DataError(f"synthetic spec sets {key}={options[key]} but model expects {want}")
        merged[key] = want
    if "fs" in merged:
        merged["fs"] = float(merged["fs"])
    return replace(SyntheticParams(), **merged)


def _check_model(
    source: str,
    x: np.ndarray,
    data_fs: float,
    channels: int | None,
    samples: int | None,
    fs: float | None,
) -> None:
    if channels is not None and x.shape[1] != channels:
        raise DataError(f"{source}: data has {x.shape[1]} channels, model expects {channels}")
    if samples is not None and x.shape[2] != samples:
        raise DataError(
            f"{source}: data has {x.shape[2]} samples per window, model expects {samples}"
        )
    if fs is not None and not np.isclose(data_fs, fs, rtol=1e-6, atol=0.0):
        raise DataError(f"{source}: data sampled at {data_fs:g} Hz, model expects {fs:g} Hz "
                        f"(the model's rate is the config JSON's \"fs\": e.g. a file "
                        f"{{\"preset\": \"demo\", \"fs\": {data_fs:g}}} passed as --model)")


def load_data(
    spec: str,
    *,
    channels: int | None = None,
    samples: int | None = None,
    fs: float | None = None,
    norm: str = "q95",
    progress: bool = False,
    labelled: bool = True,
) -> EEGDataset:
    """Load a dataset from a spec string and normalise it.

    Args:
        spec: ``'synthetic'`` or ``'synthetic:key=value,...'`` (keys: subjects, windows,
            channels, samples, fs, seed, difficulty, abnormal); a path to an ``.npz`` file; or
            a directory of ``.edf`` files (labels from ``labels.csv`` or normal/abnormal
            folders).
        channels: channel count the model expects (generator parameter for synthetic).
        samples: window length the model expects (window length for EDF, default 1280).
        fs: sampling rate the model expects (resample target for EDF, default 256 Hz).
        norm: ``'q95'``, ``'iqr'`` or ``'none'``; see :func:`normalize_windows`.
        progress: progress bar while reading EDF files.
        labelled: False for pre-training: an npz without ``y`` and EDF files without labels are
            accepted (every window gets class 0).

    Raises:
        DataError: on any bad input, including a mismatch with the model's channels/samples/fs.
    """
    if norm not in NORM_METHODS:
        raise DataError(f"unknown normalisation {norm!r}; expected one of {NORM_METHODS}")
    parsed = parse_spec(spec)
    extra: dict = {}
    if parsed.kind == "synthetic":
        params = _synthetic_params(parsed.synthetic, channels, samples, fs)
        x, y, groups, classes = generate_synthetic(params)
        data_fs = params.fs
        extra["source"] = (f"built-in synthetic EEG, {params.subjects} subjects x "
                           f"{params.windows} windows, seed {params.seed}")
    elif parsed.kind == "npz":
        assert parsed.path is not None
        z = load_npz(parsed.path, labelled)
        x, y, groups, data_fs, classes = z.x, z.y, z.groups, z.fs, z.classes
        extra = {"split": z.split, "group_names": z.group_names, "label_map": z.label_map,
                 "source": f"{parsed.path} ({len(np.unique(z.groups))} groups"
                           + (", its own train/val/test split" if z.split is not None else "")
                           + ")"}
    else:
        assert parsed.path is not None
        data_fs = DEFAULT_FS if fs is None else float(fs)
        if data_fs <= 0 or (samples is not None and samples < 1):
            raise DataError(f"{parsed.path}: invalid fs={fs} or samples={samples}")
        win = DEFAULT_SAMPLES if samples is None else samples
        from .edf import load_edf_dir  # deferred: scipy.signal costs ~0.7 s to import

        x, y, groups, classes, extra["source"] = load_edf_dir(
            parsed.path, channels=channels, fs=data_fs, samples=win, progress=progress,
            labelled=labelled,
        )
    _check_model(spec, x, data_fs, channels, samples, fs)
    return EEGDataset(
        x=normalize_windows(x, norm), y=y, groups=groups, fs=float(data_fs), classes=classes,
        **extra,
    )
