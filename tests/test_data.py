"""Tests for femba_edge.data: synthetic generator, .npz and EDF loaders, normalisation, splits."""

from __future__ import annotations

import zlib
from pathlib import Path

import edfio
import numpy as np
import pytest
from scipy.signal import welch
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from femba_edge.data import DataError, EEGDataset, load_data, normalize_windows, split_by_group

BANDS = ((1.0, 4.0), (4.0, 8.0), (8.0, 13.0), (13.0, 30.0))  # delta, theta, alpha, beta
POSTERIOR = [3, 7, 17, 21]  # T5-O1, T6-O2, P3-O1, P4-O2
FRONTAL = [0, 4, 14, 18]  # FP1-F7, FP2-F8, FP1-F3, FP2-F4
SMALL = "synthetic:subjects=4,windows=2"
# Written out independently of the package so a wrong pair or order in the code is caught.
TCP = (
    "FP1-F7 F7-T3 T3-T5 T5-O1 FP2-F8 F8-T4 T4-T6 T6-O2 A1-T3 T3-C3 C3-CZ CZ-C4 C4-T4 T4-A2 "
    "FP1-F3 F3-C3 C3-P3 P3-O1 FP2-F4 F4-C4 C4-P4 P4-O2"
).split()
ELECTRODES = sorted({e for pair in TCP for e in pair.split("-")})


# ----------------------------------------------------------------------------- helpers


def band_powers(ds: EEGDataset) -> np.ndarray:
    """[N, C, 4] log band powers."""
    f, p = welch(ds.x, fs=ds.fs, nperseg=256, axis=-1)
    bp = np.stack([p[..., (f >= lo) & (f < hi)].mean(-1) for lo, hi in BANDS], axis=-1)
    return np.log(bp + 1e-12)


def group_cv_balanced_accuracy(ds: EEGDataset) -> float:
    """Logistic regression on log band powers, evaluated with subject-wise 5-fold CV."""
    feats = band_powers(ds).reshape(len(ds), -1)
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000))
    pred = cross_val_predict(clf, feats, ds.y, groups=ds.groups, cv=StratifiedGroupKFold(5))
    return float(balanced_accuracy_score(ds.y, pred))


def write_edf(path: Path, labels: list[str], data: np.ndarray, fs: float) -> Path:
    """Write [n_signals, n_samples] microvolt data as an EDF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sigs = [
        edfio.EdfSignal(row, fs, label=lab, physical_dimension="uV")
        for lab, row in zip(labels, data, strict=True)
    ]
    edfio.Edf(sigs).write(path)
    return path


def tuab_labels(aliases: bool = False) -> list[str]:
    names = list(ELECTRODES)
    if aliases:
        names = [{"T3": "T7", "T4": "T8", "T5": "P7", "T6": "P8"}.get(n, n) for n in names]
    return [f"EEG {n}-REF" for n in names] + ["EEG FZ-REF", "EEG EKG1-REF"]


def random_edf(path: Path, labels: list[str], seconds: float, fs: float = 250.0) -> Path:
    rng = np.random.default_rng(zlib.crc32(path.name.encode()))
    return write_edf(path, labels, 30 * rng.standard_normal((len(labels), int(seconds * fs))), fs)


@pytest.fixture(scope="module")
def default_ds() -> EEGDataset:
    return load_data("synthetic")


@pytest.fixture(scope="module")
def default_bacc(default_ds: EEGDataset) -> float:
    return group_cv_balanced_accuracy(default_ds)


# ----------------------------------------------------------------------------- synthetic


def test_synthetic_default_shape_dtype(default_ds: EEGDataset) -> None:
    ds = default_ds
    assert ds.x.shape == (2400, 22, 1280)
    assert (ds.x.dtype, ds.y.dtype, ds.groups.dtype) == (np.float32, np.int64, np.int64)
    assert ds.fs == 256.0
    assert ds.classes == ["normal", "abnormal"]
    assert len(ds) == 2400
    assert np.array_equal(np.unique(ds.groups), np.arange(600))
    assert np.isfinite(ds.x).all()


def test_synthetic_labels_are_per_subject(default_ds: EEGDataset) -> None:
    per_subject = [np.unique(default_ds.y[default_ds.groups == g]) for g in range(600)]
    assert all(len(u) == 1 for u in per_subject)
    assert sum(int(u[0]) for u in per_subject) == 300  # abnormal=0.5 of 600 subjects
    assert np.bincount(default_ds.groups).tolist() == [4] * 600


def test_synthetic_deterministic_per_seed() -> None:
    a, b = load_data(SMALL + ",seed=3"), load_data(SMALL + ",seed=3")
    c = load_data(SMALL + ",seed=4")
    assert np.array_equal(a.x, b.x) and np.array_equal(a.y, b.y)
    assert not np.allclose(a.x, c.x)


def test_synthetic_spec_parameters() -> None:
    ds = load_data("synthetic:subjects=3, windows=5, channels=8, samples=512, fs=128, abnormal=1")
    assert ds.x.shape == (15, 8, 512)
    assert ds.fs == 128.0
    assert ds.y.tolist() == [1] * 15
    assert ds.groups.tolist() == [0] * 5 + [1] * 5 + [2] * 5


def test_synthetic_model_kwargs_are_generator_parameters() -> None:
    ds = load_data(SMALL, channels=19, samples=256, fs=128)
    assert ds.x.shape == (8, 19, 256)
    assert ds.fs == 128.0


def test_synthetic_spec_conflicting_with_model() -> None:
    with pytest.raises(DataError, match="channels=19 but model expects 22"):
        load_data("synthetic:channels=19", channels=22)


@pytest.mark.parametrize(
    ("spec", "match"),
    [
        ("synthetic:foo=1", "unknown synthetic key 'foo'"),
        ("synthetic:subjects=abc", "'subjects' needs an integer"),
        ("synthetic:subjects=0", "'subjects' must be >= 1"),
        ("synthetic:difficulty=2", r"'difficulty' must be in \[0.0, 1.0\]"),
        ("synthetic:abnormal=-0.1", "'abnormal' must be in"),
        ("synthetic:fs=nan", "'fs' must be"),
        ("synthetic:seed", "'seed' is not key=value"),
        ("synthetic:seed=1,seed=2", "'seed' given twice"),
    ],
)
def test_synthetic_bad_spec(spec: str, match: str) -> None:
    with pytest.raises(DataError, match=match):
        load_data(spec)


def test_synthetic_band_power_baseline_is_learnable_not_trivial(default_bacc: float) -> None:
    assert 0.6 < default_bacc < 1.0, default_bacc


def test_synthetic_difficulty_controls_effect_size() -> None:
    # 200 subjects each (the default difficulty is 0.5): only the effect size differs
    easy, mid, null = (
        group_cv_balanced_accuracy(load_data(f"synthetic:subjects=200,difficulty={d}"))
        for d in (0, 0.5, 1))
    assert easy > mid > null
    assert null < 0.65  # no class effect left at difficulty 1


def test_synthetic_physiology(default_ds: EEGDataset) -> None:
    bp = band_powers(default_ds)
    normal, abnormal = default_ds.y == 0, default_ds.y == 1
    # Posterior-dominant alpha in normal recordings.
    alpha = bp[normal][..., 2]
    assert alpha[:, POSTERIOR].mean() > alpha[:, FRONTAL].mean() + 0.5
    # Abnormal recordings: slow (delta + theta) power up relative to alpha.
    slow_ratio = np.logaddexp(bp[..., 0], bp[..., 1]) - bp[..., 2]
    assert slow_ratio[abnormal].mean() > slow_ratio[normal].mean() + 0.5


# ----------------------------------------------------------------------------- normalisation


@pytest.fixture
def raw_windows() -> np.ndarray:
    rng = np.random.default_rng(0)
    scale = rng.uniform(0.5, 50, size=(6, 4, 1))
    return (rng.standard_normal((6, 4, 500)) * scale + rng.normal(0, 10, (6, 4, 1))).astype(
        np.float64
    )


def test_normalize_q95(raw_windows: np.ndarray) -> None:
    out = normalize_windows(raw_windows, "q95")
    assert out.dtype == np.float32 and out.shape == raw_windows.shape
    np.testing.assert_allclose(np.quantile(np.abs(out), 0.95, axis=-1), 1.0, rtol=1e-4)
    np.testing.assert_allclose(normalize_windows(raw_windows * 7.0, "q95"), out, rtol=1e-5)


def test_normalize_iqr(raw_windows: np.ndarray) -> None:
    out = normalize_windows(raw_windows, "iqr")
    assert out.dtype == np.float32 and out.shape == raw_windows.shape
    q25, q50, q75 = np.quantile(out, [0.25, 0.5, 0.75], axis=-1)
    np.testing.assert_allclose(q50, 0.0, atol=1e-5)
    np.testing.assert_allclose(q75 - q25, 1.0, rtol=1e-4)
    shifted = normalize_windows(raw_windows * 3.0 - 100.0, "iqr")
    np.testing.assert_allclose(shifted, out, atol=1e-4)


@pytest.mark.parametrize("method", ["q95", "iqr"])
def test_normalize_flat_channel(raw_windows: np.ndarray, method: str) -> None:
    raw_windows[:, 1, :] = 0.0
    out = normalize_windows(raw_windows, method)
    assert np.isfinite(out).all()
    assert np.array_equal(out[:, 1, :], np.zeros_like(out[:, 1, :]))


def test_normalize_unknown_method(raw_windows: np.ndarray) -> None:
    with pytest.raises(DataError, match="unknown normalisation 'zscore'"):
        normalize_windows(raw_windows, "zscore")


# ----------------------------------------------------------------------------- npz


def npz_arrays(n: int = 6, c: int = 3, t: int = 64) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(1)
    return {
        "x": rng.standard_normal((n, c, t)),  # float64 on purpose: must be cast
        "y": np.array([0, 1, 2, 0, 1, 2][:n], dtype=np.int16),
        "groups": np.array([5, 5, 6, 6, 7, 7][:n]),
        "fs": np.array(128.0),
        "classes": np.array(["a", "b", "c"]),
    }


def save_npz(tmp_path: Path, arrays: dict[str, np.ndarray], name: str = "d.npz") -> str:
    path = tmp_path / name
    np.savez(path, **arrays)
    return str(path)


def test_npz_round_trip(tmp_path: Path) -> None:
    arrays = npz_arrays()
    path = save_npz(tmp_path, arrays)
    ds = load_data(path, norm="none")
    assert ds.x.dtype == np.float32 and ds.y.dtype == np.int64 and ds.groups.dtype == np.int64
    assert np.array_equal(ds.x, arrays["x"].astype(np.float32))
    assert ds.y.tolist() == [0, 1, 2, 0, 1, 2]
    assert ds.groups.tolist() == [5, 5, 6, 6, 7, 7]
    assert (ds.fs, ds.classes) == (128.0, ["a", "b", "c"])
    normed = load_data(path, channels=3, samples=64, fs=128)
    assert np.array_equal(normed.x, normalize_windows(arrays["x"], "q95"))
    assert np.array_equal(load_data(path, norm="iqr").x, normalize_windows(arrays["x"], "iqr"))


def test_npz_defaults(tmp_path: Path) -> None:
    arrays = npz_arrays()
    del arrays["groups"], arrays["classes"]
    ds = load_data(save_npz(tmp_path, arrays))
    assert ds.groups.tolist() == list(range(6))
    assert ds.classes == ["class0", "class1", "class2"]
    arrays["y"] = np.zeros(6, dtype=np.uint8)  # a single class present is fine
    assert load_data(save_npz(tmp_path, arrays)).classes == ["class0", "class1"]


def test_npz_string_groups(tmp_path: Path) -> None:
    arrays = npz_arrays()
    arrays["groups"] = np.array(["s2", "s2", "s1", "s1", "s3", "s3"])
    assert load_data(save_npz(tmp_path, arrays)).groups.tolist() == [1, 1, 0, 0, 2, 2]


def _nan_x(a: dict) -> None:
    a["x"][2, 1, 5] = np.nan


def _inf_x(a: dict) -> None:
    a["x"][0, 0, 0] = np.inf


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda a: a.pop("x"), "missing required key 'x'"),
        (lambda a: a.pop("y"), "missing required key 'y'"),
        (lambda a: a.pop("fs"), "missing required key 'fs'"),
        (lambda a: a.update(x=a["x"][:, 0, :]), r"x must be 3-D \[N, C, T\], got shape \(6, 64\)"),
        (lambda a: a.update(y=a["y"][:5]), r"y has shape \(5,\), expected \(6,\)"),
        (lambda a: a.update(y=a["y"].astype(np.float32)), "labels y must be integers"),
        (lambda a: a.update(y=a["y"] + 1), r"label 3 out of range for 3 classes"),
        (lambda a: a.update(y=a["y"] - 1), r"label -1 out of range"),
        (lambda a: a.update(classes=np.array(["only"])), "need at least 2 class names"),
        (lambda a: a.update(groups=a["groups"][:4]), r"groups has shape \(4,\)"),
        (lambda a: a.update(fs=np.array([1.0, 2.0])), "fs must be a numeric scalar"),
        (lambda a: a.update(fs=np.array(0.0)), "fs must be positive"),
        (_nan_x, "x contains NaN or inf"),
        (_inf_x, "x contains NaN or inf"),
        (
            lambda a: a.update(x=np.zeros((0, 3, 64)), y=np.zeros(0, int), groups=np.zeros(0)),
            "empty dataset",
        ),
    ],
)
def test_npz_bad_input(tmp_path: Path, mutate, match: str) -> None:
    arrays = npz_arrays()
    mutate(arrays)
    path = save_npz(tmp_path, arrays)
    with pytest.raises(DataError, match=match) as err:
        load_data(path)
    assert "\n" not in str(err.value) and "d.npz" in str(err.value)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"channels": 22}, "data has 3 channels, model expects 22"),
        ({"samples": 1280}, "data has 64 samples per window, model expects 1280"),
        ({"fs": 256}, "data sampled at 128 Hz, model expects 256 Hz"),
    ],
)
def test_npz_model_mismatch(tmp_path: Path, kwargs: dict, match: str) -> None:
    with pytest.raises(DataError, match=match):
        load_data(save_npz(tmp_path, npz_arrays()), **kwargs)


def test_npz_corrupt(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"this is not a zip archive" * 10)
    with pytest.raises(DataError, match="cannot read npz file .*garbage.npz"):
        load_data(str(garbage))
    good = Path(save_npz(tmp_path, npz_arrays()))
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DataError, match="truncated.npz"):
        load_data(str(truncated))


def test_npz_single_array_file(tmp_path: Path) -> None:
    path = tmp_path / "x.npz"
    with path.open("wb") as fh:
        np.save(fh, np.zeros(3))
    with pytest.raises(DataError, match="single array"):
        load_data(str(path))


@pytest.mark.parametrize(
    ("name", "match"), [("nope.npz", "does not exist"), ("data.txt", "unsupported data file")]
)
def test_bad_paths(tmp_path: Path, name: str, match: str) -> None:
    (tmp_path / "data.txt").write_text("hello")
    with pytest.raises(DataError, match=match):
        load_data(str(tmp_path / name))


# ----------------------------------------------------------------------------- EDF


@pytest.fixture
def tuab_dir(tmp_path: Path) -> Path:
    """Two subjects, 12 s at 250 Hz each, TUAB-style folders and names."""
    random_edf(tmp_path / "normal" / "aaaa_s001_t000.edf", tuab_labels(), 12)
    random_edf(tmp_path / "abnormal" / "bbbb_s001_t000.edf", tuab_labels(aliases=True), 12)
    return tmp_path


def test_edf_tuab_montage_and_folder_labels(tuab_dir: Path) -> None:
    ds = load_data(str(tuab_dir), channels=22, samples=1280, fs=256)
    # 12 s resampled to 256 Hz = 3072 samples -> 2 full 1280-sample windows per file.
    assert ds.x.shape == (4, 22, 1280) and ds.x.dtype == np.float32
    assert ds.fs == 256.0 and ds.classes == ["normal", "abnormal"]
    # Files are read in sorted path order: abnormal/bbbb first, then normal/aaaa.
    assert ds.y.tolist() == [1, 1, 0, 0]
    assert ds.groups.tolist() == [1, 1, 0, 0]


@pytest.mark.parametrize(
    ("fs", "samples", "windows_per_file"),
    [(256, 1280, 2), (256, 512, 6), (128, 256, 6), (200, 1000, 2), (250, 1000, 3)],
)
def test_edf_resample_and_window_count(
    tuab_dir: Path, fs: float, samples: int, windows_per_file: int
) -> None:
    ds = load_data(str(tuab_dir), fs=fs, samples=samples)
    assert ds.x.shape == (2 * windows_per_file, 22, samples)
    assert ds.fs == fs


def test_edf_montage_is_electrode_difference(tmp_path: Path) -> None:
    # Each electrode carries the same 10 Hz sine with its own amplitude, so a bipolar channel
    # a-b has amplitude |amp_a - amp_b|; checks pairing and order of the 22 TCP channels.
    fs, seconds = 250.0, 20
    names = list(ELECTRODES)
    amp = {n: 10.0 * (i + 1) for i, n in enumerate(names)}
    sine = np.sin(2 * np.pi * 10.0 * np.arange(int(seconds * fs)) / fs)
    data = np.stack([amp[n] * sine for n in names])
    write_edf(tmp_path / "s1.edf", [f"EEG {n}-LE" for n in names], data, fs)
    (tmp_path / "labels.csv").write_text("file,label\ns1.edf,normal\n")
    ds = load_data(str(tmp_path), norm="none")
    mid = ds.x[1].astype(np.float64)  # away from filter edge transients
    # Signed gain of every channel relative to channel 0 (FP1-F7), so sign flips are caught.
    gain = mid @ mid[0] / (mid[0] @ mid[0])
    pairs = [p.split("-") for p in TCP]
    expected = np.array([amp[a] - amp[b] for a, b in pairs]) / (amp["FP1"] - amp["F7"])
    np.testing.assert_allclose(gain, expected, rtol=0.02, atol=0.02)
    assert mid[0].std() == pytest.approx(abs(amp["FP1"] - amp["F7"]) / np.sqrt(2), rel=0.03)


def test_edf_bipolar_passthrough(tmp_path: Path) -> None:
    labels = ["FP1-F7", "F7-T3", "EEG T3-T5", "T5-O1", "ECG"]
    fs = 250.0
    sine = np.sin(2 * np.pi * 10.0 * np.arange(int(12 * fs)) / fs)
    data = np.stack([(i + 1) * 20.0 * sine for i in range(len(labels))])
    write_edf(tmp_path / "normal" / "s1_x.edf", labels, data, fs)
    write_edf(tmp_path / "abnormal" / "s2_x.edf", labels, data, fs)
    ds = load_data(str(tmp_path), channels=4, norm="none")
    assert ds.x.shape == (4, 4, 1280)
    # File order kept and the ECG channel dropped: amplitudes 20, 40, 60, 80.
    np.testing.assert_allclose(ds.x[0].std(-1) / ds.x[0, 0].std(), [1, 2, 3, 4], rtol=0.03)


def test_edf_generic_eeg_channels(tmp_path: Path) -> None:
    labels = ["EEG 1", "EEG 2", "EEG 3", "Resp"]
    random_edf(tmp_path / "normal" / "s1.edf", labels, 12)
    random_edf(tmp_path / "abnormal" / "s2.edf", labels, 12)
    assert load_data(str(tmp_path), channels=3).x.shape == (4, 3, 1280)
    with pytest.raises(DataError, match="s2.edf.* has 3 EEG signals, model expects 5"):
        load_data(str(tmp_path), channels=5)


def test_edf_montage_channel_mismatch(tuab_dir: Path) -> None:
    with pytest.raises(DataError, match="data has 22 channels, model expects 19"):
        load_data(str(tuab_dir), channels=19)


def test_edf_missing_electrodes(tmp_path: Path) -> None:
    labels = [lab for lab in tuab_labels() if "A1" not in lab and "A2" not in lab]
    random_edf(tmp_path / "normal" / "s1.edf", labels, 12)
    with pytest.raises(DataError, match="s1.edf: missing electrodes .*: A1, A2$"):
        load_data(str(tmp_path))


def test_edf_unreadable(tmp_path: Path) -> None:
    random_edf(tmp_path / "normal" / "good.edf", tuab_labels(), 12)
    (tmp_path / "abnormal").mkdir()
    (tmp_path / "abnormal" / "broken.edf").write_bytes(b"0       garbage header" * 20)
    with pytest.raises(DataError, match=r"broken.edf: not a readable EDF file \(empty, "
                                        r"truncated or not in EDF format\)$"):
        load_data(str(tmp_path))
    (tmp_path / "abnormal" / "broken.edf").write_bytes(b"")  # empty: was int('') internals
    with pytest.raises(DataError, match=r"broken.edf: not a readable EDF file"):
        load_data(str(tmp_path))


def test_edf_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no recordings here")
    with pytest.raises(DataError, match="no .edf files found"):
        load_data(str(tmp_path))


def test_edf_short_file_skipped(tuab_dir: Path) -> None:
    random_edf(tuab_dir / "normal" / "cccc_s001_t000.edf", tuab_labels(), 3)
    with pytest.warns(UserWarning, match="skipping .*cccc_s001_t000.edf"):
        ds = load_data(str(tuab_dir))
    assert ds.x.shape == (4, 22, 1280)


def test_edf_all_files_short(tmp_path: Path) -> None:
    random_edf(tmp_path / "normal" / "s1.edf", tuab_labels(), 3)
    with pytest.warns(UserWarning), pytest.raises(DataError, match="shorter than one"):
        load_data(str(tmp_path))


def test_edf_labels_csv(tmp_path: Path) -> None:
    for name in ("r1.edf", "r2.edf", "r3.edf", "unlisted.edf"):
        random_edf(tmp_path / name, tuab_labels(), 12)
    (tmp_path / "labels.csv").write_text(
        "file,label,subject\nr1.edf,abnormal,p1\nr2.edf,normal,p1\nr3.edf,normal,p0\n"
    )
    with pytest.warns(UserWarning, match="1 .edf file"):
        ds = load_data(str(tmp_path))
    assert ds.classes == ["normal", "abnormal"]
    assert ds.y.tolist() == [1, 1, 0, 0, 0, 0]
    assert ds.groups.tolist() == [1, 1, 1, 1, 0, 0]


def test_edf_labels_csv_integer_labels(tmp_path: Path) -> None:
    for name in ("sA_1.edf", "sB_1.edf"):
        random_edf(tmp_path / name, tuab_labels(), 6)
    (tmp_path / "labels.csv").write_text("file,label\nsA_1.edf,2\nsB_1.edf,0\n")
    ds = load_data(str(tmp_path))
    assert ds.classes == ["class0", "class1", "class2"]
    assert ds.y.tolist() == [2, 0]
    assert ds.groups.tolist() == [0, 1]  # subject = stem before the first "_"


@pytest.mark.parametrize(
    ("csv_text", "match"),
    [
        ("file,label\nmissing.edf,normal\n", "no .edf file 'missing.edf'"),
        ("name,class\nr1.edf,normal\n", "columns file,label"),
        ("file,label\nr1.edf,\n", "line 2: empty file or label"),
        ("file,label\nr1.edf,seizure\n", "only one class name 'seizure'"),
    ],
)
def test_edf_labels_csv_errors(tmp_path: Path, csv_text: str, match: str) -> None:
    random_edf(tmp_path / "r1.edf", tuab_labels(), 6)
    (tmp_path / "labels.csv").write_text(csv_text)
    with pytest.raises(DataError, match=match):
        load_data(str(tmp_path))


def test_edf_unlabelled(tmp_path: Path) -> None:
    random_edf(tmp_path / "r1.edf", tuab_labels(), 6)
    with pytest.raises(DataError, match="cannot label .*r1.edf"):
        load_data(str(tmp_path))


# ----------------------------------------------------------------------------- splits


def check_split(groups: np.ndarray, parts: tuple[np.ndarray, ...]) -> None:
    assert all(len(p) > 0 for p in parts)
    assert np.array_equal(np.sort(np.concatenate(parts)), np.arange(len(groups)))
    sets = [set(groups[p].tolist()) for p in parts]
    assert not (sets[0] & sets[1] or sets[0] & sets[2] or sets[1] & sets[2])


def test_split_basic_and_deterministic() -> None:
    groups = np.repeat(np.arange(20), 5)
    parts = split_by_group(groups, seed=3)
    check_split(groups, parts)
    assert [len(np.unique(groups[p])) for p in parts] == [14, 3, 3]
    again = split_by_group(groups, seed=3)
    assert all(np.array_equal(a, b) for a, b in zip(parts, again, strict=True))
    other = split_by_group(groups, seed=4)
    assert not all(np.array_equal(a, b) for a, b in zip(parts, other, strict=True))


@pytest.mark.parametrize("n_groups", [3, 4, 7, 40])
@pytest.mark.parametrize("seed", [0, 1])
def test_split_every_split_non_empty(n_groups: int, seed: int) -> None:
    groups = np.repeat(np.arange(n_groups) * 10, 3)
    check_split(groups, split_by_group(groups, seed=seed))


@pytest.mark.parametrize("n_groups", [1, 2])
def test_split_too_few_groups(n_groups: int) -> None:
    with pytest.raises(DataError, match=f"at least 3 groups .* got {n_groups}"):
        split_by_group(np.repeat(np.arange(n_groups), 4))


@pytest.mark.parametrize(("val", "test"), [(0.0, 0.2), (0.5, 0.5), (0.2, 1.2)])
def test_split_bad_fractions(val: float, test: float) -> None:
    with pytest.raises(DataError, match="split fractions"):
        split_by_group(np.arange(10), val_frac=val, test_frac=test)


def test_split_stratified_keeps_both_classes() -> None:
    groups = np.repeat(np.arange(9), 4)
    y = np.repeat(np.array([0, 0, 0, 0, 0, 0, 1, 1, 1]), 4)
    for seed in range(20):
        parts = split_by_group(groups, seed=seed, y=y)
        check_split(groups, parts)
        assert all(set(y[p].tolist()) == {0, 1} for p in parts), seed


def test_split_random_invariants() -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        n = int(rng.integers(3, 30))
        groups = rng.permutation(np.repeat(np.arange(n), rng.integers(1, 5, size=n)))
        y = rng.integers(0, 3, size=n)[groups]
        fracs = {"val_frac": rng.uniform(0.05, 0.4), "test_frac": rng.uniform(0.05, 0.4)}
        check_split(groups, split_by_group(groups, seed=int(rng.integers(100)), y=y, **fracs))
        check_split(groups, split_by_group(groups, **fracs))


def test_dataset_subset(default_ds: EEGDataset) -> None:
    train, _, test = split_by_group(default_ds.groups, y=default_ds.y)
    sub = default_ds.subset(test)
    assert len(sub) == len(test) and sub.x.shape[1:] == (22, 1280)
    assert np.array_equal(sub.x, default_ds.x[test]) and np.array_equal(sub.y, default_ds.y[test])
    assert (sub.fs, sub.classes) == (default_ds.fs, default_ds.classes)
    assert set(sub.groups.tolist()).isdisjoint(default_ds.groups[train].tolist())
