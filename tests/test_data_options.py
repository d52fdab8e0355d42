"""A researcher's own data: normalisation, batch size and split controls, the dataset's own split
or named test groups, label mapping, config/data class checks, quiet logs, and one-line errors for
bad values (click's own checks included)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import error_line, invoke

from femba_edge.artifacts import load_checkpoint
from femba_edge.config import PRESETS, ConfigError
from femba_edge.data import DataError
from femba_edge.train.float_train import prepare
from femba_edge.train.options import RunOptions

SMALL = PRESETS["small"]  # 4 channels x 128 samples


def _npz(tmp_path, n_groups=12, per=4, labels=(0, 1), **extra) -> str:
    """A small npz dataset: amplitude differs per window (so normalisation is visible)."""
    rng = np.random.default_rng(0)
    n = n_groups * per
    x = rng.standard_normal((n, SMALL.channels, SMALL.samples)) * (1 + np.arange(n))[:, None, None]
    groups = np.repeat(np.array([f"s{i:02d}" for i in range(n_groups)]), per)
    y = np.array(labels)[np.repeat(np.arange(n_groups) % len(labels), per)]
    path = tmp_path / "d.npz"
    np.savez(path, x=x.astype(np.float32), y=y, groups=groups, fs=float(SMALL.fs), **extra)
    return str(path)


def test_norm_none_keeps_amplitude(tmp_path):
    spec = _npz(tmp_path)
    raw = np.load(spec)["x"]
    none = prepare(SMALL, spec, 0, opts=RunOptions(norm="none", quiet=True))
    q95 = prepare(SMALL, spec, 0, opts=RunOptions(norm="q95", quiet=True))
    assert np.array_equal(none.data.x, raw)
    assert none.preprocessing["norm"] == "none"
    # per-window q95 removes absolute amplitude: every window's 95th percentile of |x| is 1
    scale = np.quantile(np.abs(q95.data.x), 0.95, axis=-1)
    assert np.allclose(scale, 1.0, atol=1e-5) and not np.allclose(np.abs(raw).max(-1), 1.0)


def test_split_fractions_count_groups(tmp_path):
    spec = _npz(tmp_path, n_groups=20)
    prep = prepare(SMALL, spec, 0, opts=RunOptions(val_frac=0.3, test_frac=0.3, quiet=True))
    g = prep.data.groups
    sizes = [len(np.unique(g[idx])) for idx in (prep.train, prep.val, prep.test)]
    assert sizes == [8, 6, 6]  # 2 classes x 10 groups: round(0.3 * 10) = 3 per class
    assert not set(g[prep.test]) & set(g[prep.train]) and not set(g[prep.val]) & set(g[prep.train])
    assert prep.preprocessing["val_frac"] == 0.3 and prep.preprocessing["test_frac"] == 0.3


def test_npz_split_key_is_used_as_given(tmp_path):
    n = 12 * 4
    split = np.array(["train"] * 30 + ["val"] * 8 + ["test"] * 10)
    spec = _npz(tmp_path, split=split)
    prep = prepare(SMALL, spec, 0, opts=RunOptions(quiet=True))
    assert prep.train.tolist() == list(range(30))
    assert prep.val.tolist() == list(range(30, 38)) and prep.test.tolist() == list(range(38, n))
    assert prep.preprocessing["split"] == "the data's own split"
    bad = _npz(tmp_path, split=np.array(["train"] * 40 + ["dev"] * 8))
    with pytest.raises(DataError, match=r"split values must be train / val / test, got \['dev'\]"):
        prepare(SMALL, bad, 0, opts=RunOptions(quiet=True))
    with pytest.raises(DataError, match="split has no test windows"):
        prepare(SMALL, _npz(tmp_path, split=np.array([0] * 40 + [1] * 8)), 0,
                opts=RunOptions(quiet=True))


def test_named_test_groups(tmp_path):
    spec = _npz(tmp_path)
    prep = prepare(SMALL, spec, 3, opts=RunOptions(test_groups=("s03", "s07"), quiet=True))
    names = np.load(spec)["groups"]
    assert prep.test.tolist() == np.flatnonzero(np.isin(names, ["s03", "s07"])).tolist()
    assert len(prep.val) > 0 and len(prep.train) + len(prep.val) + len(prep.test) == len(names)
    with pytest.raises(DataError, match="test group.* s99 not in the data"):
        prepare(SMALL, spec, 0, opts=RunOptions(test_groups=("s99",), quiet=True))


def test_labels_not_zero_based_are_mapped_printed_and_saved(tmp_path, capsys):
    spec = _npz(tmp_path, labels=(1, 2))
    prep = prepare(SMALL, spec, 0, opts=RunOptions())
    assert prep.data.classes == ["1", "2"] and sorted(set(prep.data.y.tolist())) == [0, 1]
    assert np.array_equal(prep.data.y, np.load(spec)["y"] - 1)
    assert prep.preprocessing["label_map"] == {"1": 0, "2": 1}
    out = capsys.readouterr().out
    assert "labels mapped to class indices: 1 -> 0, 2 -> 1" in out
    assert "classes 1 24, 2 24" in out  # the data summary line


def test_config_classes_must_match_the_data(tmp_path):
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"preset": "small", "classes": 3}))
    out = tmp_path / "run"
    res = invoke("train", "--model", cfg, "--data", _npz(tmp_path), "--epochs", "1",
                 "--out", out)
    assert res.exit_code == 2
    assert "config sets classes=3 but the data has 2" in error_line(res)
    assert not out.exists()
    with pytest.raises(ConfigError, match="classes=3"):
        prepare(SMALL.__class__(**{**SMALL.to_dict(), "classes": 3}), _npz(tmp_path), 0,
                opts=RunOptions(quiet=True), classes_fixed=True)


def test_fs_mismatch_says_where_fs_is_set(tmp_path):
    spec = _npz(tmp_path)
    with pytest.raises(DataError, match=r'config JSON\'s "fs".*"fs": 256'):
        prepare(SMALL.__class__(**{**SMALL.to_dict(), "fs": 128.0}), spec, 0,
                opts=RunOptions(quiet=True))


def test_train_with_controls_logs_plainly_and_records_them(tmp_path):
    out = tmp_path / "run"
    res = invoke("train", "--model", "small", "--data", _npz(tmp_path), "--epochs", "1",
                 "--out", out, "--norm", "iqr", "--batch-size", "5", "--test-groups", "s01,s02")
    assert res.exit_code == 0, res.output
    assert "\r" not in res.output  # no progress-bar frames in a redirected log
    assert "== float: training 1 epochs" in res.output and "data: 48 windows" in res.output
    pre = load_checkpoint(out, kind="float")["preprocessing"]
    assert (pre["norm"], pre["batch_size"], pre["test_groups"]) == ("iqr", 5, ["s01", "s02"])
    quiet = invoke("train", "--model", "small", "--data", _npz(tmp_path), "--epochs", "1",
                   "--out", tmp_path / "q", "--quiet")
    assert quiet.exit_code == 0 and quiet.output.strip().startswith("float test:")
    assert len(quiet.output.strip().splitlines()) == 1


def test_batch_size_changes_training(tmp_path):
    import torch

    runs = []
    for bs in (4, 16):
        out = tmp_path / f"b{bs}"
        res = invoke("train", "--model", "small", "--data", _npz(tmp_path), "--epochs", "1",
                     "--out", out, "--batch-size", bs, "--quiet")
        assert res.exit_code == 0, res.output
        runs.append(load_checkpoint(out, kind="float")["state_dict"])
    assert any(not torch.equal(runs[0][k], runs[1][k]) for k in runs[0])


@pytest.mark.parametrize("args, message", [
    (["codegen", "m.onnx", "--target", "esp32", "--out", "o"], "'esp32' is not one of"),
    (["train", "--out", "{file}"], "is a file"),
    (["train", "--out", "o", "--batch-size", "0"], "0 is not in the range"),
    (["train", "--out", "o", "--norm", "zscore"], "'zscore' is not one of"),
    (["train", "--out", "o", "--val-frac", "0.6", "--test-frac", "0.5"], "sum < 1"),
])
def test_option_errors_are_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "existing").write_text("x")
    res = invoke(*[a.format(file=tmp_path / "existing") for a in args])
    assert res.exit_code == 2
    assert message in error_line(res)
    assert not (tmp_path / "o").exists()


def test_truncated_checkpoint_message(tmp_path):
    import torch

    good = tmp_path / "good.pt"
    torch.save({"w": torch.zeros(1000)}, good)
    bad = tmp_path / "bad.pt"
    bad.write_bytes(good.read_bytes()[:500])
    res = invoke("info", bad)
    assert res.exit_code == 2
    assert error_line(res) == (f"femba-edge: error: {bad}: not a readable checkpoint (corrupt, "
                               "truncated or not written by PyTorch; 500 bytes)")
