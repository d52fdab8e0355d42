"""Training-time augmentation (time shift + channel gains) and bfloat16 mixed precision."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import SMALL_DATA, error_line, invoke

from femba_edge.artifacts import load_checkpoint
from femba_edge.train.augment import GAIN_SD, augment


@pytest.mark.parametrize("shape", [(1, 1, 1), (3, 4, 7), (5, 2, 32)])
def test_augment_is_a_circular_shift_times_channel_gains(shape):
    b, c, t = shape
    x = torch.arange(b * c * t, dtype=torch.float32).reshape(shape) + 1.0
    y = augment(x, torch.Generator().manual_seed(1))
    for i in range(b):
        # the shift of window i: where its first sample went (values are distinct and positive)
        ratio = y[i] / torch.stack([torch.roll(x[i], -s, dims=-1) for s in range(t)]).to(y.dtype)
        shifts = [s for s in range(t) if torch.allclose(ratio[s], ratio[s][:, :1].expand(c, t))]
        assert len(shifts) >= 1
        gains = ratio[shifts[0]][:, 0]
        assert (gains > 0).all() and (gains.log().abs() < 6 * GAIN_SD).all()
    assert torch.equal(y, augment(x, torch.Generator().manual_seed(1)))  # the generator decides
    if t > 1 and b > 1:
        assert not torch.equal(y, augment(x, torch.Generator().manual_seed(2)))


def test_augment_changes_training_and_is_recorded(tmp_path):
    args = ["train", "--model", "micro", "--data", SMALL_DATA.replace("channels=4,samples=128",
                                                                     "channels=2,samples=32"),
            "--epochs", "1", "--batch-size", "8", "--quiet"]
    on = invoke(*args, "--out", tmp_path / "on")
    off = invoke(*args, "--no-augment", "--out", tmp_path / "off")
    assert on.exit_code == 0 and off.exit_code == 0, on.output + off.output
    a, b = (load_checkpoint(tmp_path / d, kind="float") for d in ("on", "off"))
    assert a["preprocessing"]["augment"] is True and b["preprocessing"]["augment"] is False
    assert any(not torch.equal(a["state_dict"][k], b["state_dict"][k]) for k in a["state_dict"])


def test_amp_trains_in_bfloat16_with_a_float32_scan(monkeypatch):
    import sys

    from femba_edge.config import load_config
    from femba_edge.model import Femba
    from femba_edge.train.loop import fit

    scan_mod = sys.modules["femba_edge.model.scan"]
    seen, head_dtypes = [], []
    real = scan_mod._SequentialScan.apply

    def spy(dA, dBx, C, reverse):
        seen.append((dA.dtype, torch.is_autocast_enabled("cpu")))
        return real(dA, dBx, C, reverse)

    monkeypatch.setattr(scan_mod._SequentialScan, "apply", spy)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((16, 2, 32)).astype(np.float32)
    y = np.arange(16) % 2
    model = Femba(load_config("micro"))
    model.head.register_forward_hook(lambda m, i, o: head_dtypes.append(o.dtype))
    before = {k: v.clone() for k, v in model.state_dict().items()}
    res = fit(model, x, y, x[:4], y[:4], epochs=1, batch=8, show_progress=False, amp=True,
              device="cpu")
    assert np.isfinite(res.history[0]["loss"])
    assert seen and all(d == torch.float32 and not ac for d, ac in seen)
    assert head_dtypes[:2] == [torch.bfloat16] * 2  # the two training batches; eval is float32
    assert head_dtypes[-1] == torch.float32
    assert any(not torch.equal(before[k], v) for k, v in model.state_dict().items())


def test_amp_flag_reaches_float_training(tmp_path, monkeypatch):
    import femba_edge.train.loop as loop

    calls = []
    real = loop.fit

    def spy(*a, **k):
        calls.append(k.get("amp"))
        return real(*a, **k)

    monkeypatch.setattr("femba_edge.train.float_train.fit", spy)
    res = invoke("train", "--model", "micro", "--data", SMALL_DATA.replace(
        "channels=4,samples=128", "channels=2,samples=32"), "--epochs", "1", "--amp",
        "--quiet", "--out", tmp_path / "r")
    assert res.exit_code == 0, res.output
    assert calls == [True]
    bad = invoke("train", "--model", "micro", "--amp", "--batch-size", "0", "--out",
                 tmp_path / "x")
    assert bad.exit_code == 2 and error_line(bad)
