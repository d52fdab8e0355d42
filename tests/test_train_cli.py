"""`femba-edge train` and `info`: outputs, determinism, and one-line errors for bad input."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from conftest import SMALL_DATA, error_line, invoke

from femba_edge.artifacts import load_checkpoint
from femba_edge.train.float_train import load_float


def test_help_lists_commands():
    res = invoke("--help")
    for cmd in ("info", "train", "qat", "export"):
        assert cmd in res.output


def test_info_json_tiny():
    res = invoke("info", "tiny", "--json")
    info = json.loads(res.output)
    assert info["d_model"] == 385 and info["tokens"] == 80
    assert info["channels"] == 22 and info["samples"] == 1280
    assert info["params"] == 7_795_867
    assert info["flops"] == 2 * info["macs"]


def test_train_writes_checkpoint_and_metrics_deterministically(tmp_path):
    runs = []
    for name in ("a", "b"):
        out = tmp_path / name
        res = invoke(
            "train",
            "--model",
            "small",
            "--data",
            SMALL_DATA,
            "--epochs",
            "2",
            "--out",
            out,
            "--seed",
            "5",
        )
        assert res.exit_code == 0, res.output
        runs.append(out)
    metrics = json.loads((runs[0] / "metrics.json").read_text())
    assert sum(metrics["split"].values()) == 12 * 6
    _check_test_metrics(runs[0], metrics)
    sa = load_checkpoint(runs[0] / "model.pt")["state_dict"]
    sb = load_checkpoint(runs[1] / "model.pt")["state_dict"]
    assert all(torch.equal(sa[k], sb[k]) for k in sa)
    model, ckpt = load_float(runs[0])
    assert ckpt["preprocessing"]["data"] == SMALL_DATA
    assert model(torch.zeros(1, 4, 128)).shape == (1, 2)


def _check_test_metrics(run, metrics: dict) -> None:
    """The reported held-out figures are those of the saved model on the test split: predictions
    recomputed from model.pt, balanced accuracy counted by hand (mean per-class recall)."""
    from femba_edge.config import load_config
    from femba_edge.train.float_train import prepare
    from femba_edge.train.loop import predict
    from femba_edge.train.metrics import classification_metrics

    model, _ = load_float(run)
    x, y = prepare(load_config("small"), SMALL_DATA, 5).xy("test")
    assert len(y) == metrics["split"]["test"] == metrics["test"]["n"]
    scores = predict(model, x)
    pred = scores.argmax(1)
    recalls = [np.mean(pred[y == c] == c) for c in np.unique(y)]
    assert metrics["balanced_accuracy"] == pytest.approx(np.mean(recalls), abs=1e-12)
    again = classification_metrics(y, scores)
    for key in ("balanced_accuracy", "auroc", "aupr"):
        assert metrics[key] == again[key], key


@pytest.mark.parametrize(
    "args, message",
    [
        (["--model", "small", "--data", "{wrong_channels}"], "channels"),
        (["--model", "nope", "--data", SMALL_DATA], "neither a preset"),
        (["--model", "small", "--data", "/does/not/exist.npz"], "exist"),
        (["--model", "small", "--data", "synthetic:bogus=1"], "bogus"),
    ],
)
def test_train_bad_input_one_line_error_and_no_output(tmp_path, args, message):
    npz = tmp_path / "wrong.npz"
    rng = np.random.default_rng(0)
    np.savez(
        npz,
        x=rng.standard_normal((12, 22, 128)).astype(np.float32),
        y=np.arange(12) % 2,
        groups=np.arange(12) // 2,
        fs=256.0,
    )
    args = [a.format(wrong_channels=npz) for a in args]
    out = tmp_path / "out"
    res = invoke("train", *args, "--epochs", "1", "--out", out)
    assert res.exit_code == 2
    assert message in error_line(res)
    assert not out.exists()


def test_info_rejects_corrupt_checkpoint(tmp_path):
    bad = tmp_path / "model.pt"
    bad.write_bytes(b"not a checkpoint")
    res = invoke("info", str(bad))
    assert res.exit_code == 2 and "not a readable checkpoint" in res.output


def test_bandpower_baseline_separates_band_power_classes():
    """The baseline `qat` prints: windows whose class is a band-power difference (10 Hz vs
    2 Hz rhythm) are told apart on held-out windows; shuffled labels are not."""
    from femba_edge.train.baseline import band_powers, bandpower_baseline

    rng = np.random.default_rng(0)
    fs, t = 64.0, np.arange(128) / 64.0
    y = np.arange(80) % 2
    f = np.where(y == 1, 10.0, 2.0)[:, None, None]
    x = np.sin(2 * np.pi * f * t + rng.uniform(0, 6, (80, 3, 1))) + rng.normal(0, 1, (80, 3, 128))
    assert band_powers(x, fs).shape == (80, 3 * 5)
    m = bandpower_baseline(x[:60], y[:60], x[60:], y[60:], fs)
    assert m["balanced_accuracy"] == 1.0
    shuffled = bandpower_baseline(x[:60], rng.permutation(y[:60]), x[60:], y[60:], fs)
    assert shuffled["balanced_accuracy"] < 0.9
