"""Pre-training: the masking, the low-pass target and the masked loss; `femba-edge pretrain` on
unlabelled data; `--init pretrain.pt` for train and qat (encoder loaded, head fresh); bad input."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from conftest import SMALL_DATA, error_line, invoke

from femba_edge.artifacts import load_checkpoint
from femba_edge.config import PRESETS
from femba_edge.pretrain.objective import Reconstructor, lowpass, masked_mse, patch_mask
from femba_edge.pretrain.run import load_encoder

SMALL = PRESETS["small"]


@pytest.mark.parametrize("ratio", [0.25, 0.5, 0.9])
def test_patch_mask_masks_whole_patches(ratio):
    m = patch_mask(5, SMALL, ratio, torch.Generator().manual_seed(0))
    assert m.shape == (5, SMALL.channels, SMALL.samples) and m.dtype == torch.bool
    blocks = m.view(5, SMALL.channels // 2, 2, SMALL.samples // 16, 16)
    per_block = blocks.sum(dim=(2, 4))
    assert set(per_block.unique().tolist()) <= {0, 32}  # a patch is all masked or not at all
    n = (SMALL.channels // 2) * (SMALL.samples // 16)
    assert (per_block == 32).sum(dim=(1, 2)).tolist() == [round(ratio * n)] * 5
    assert not torch.equal(m[0], m[1])  # each window its own patches


def test_lowpass_keeps_slow_rhythms_and_drops_fast_ones():
    fs, t = 256.0, np.arange(1280) / 256.0
    slow, fast = np.sin(2 * np.pi * 10 * t), np.sin(2 * np.pi * 90 * t)
    y = lowpass(np.stack([slow, fast])[None].astype(np.float32), fs, 40.0)[0]
    mid = slice(128, -128)  # away from the edges
    assert np.sqrt(np.mean(y[0, mid] ** 2)) > 0.99 * np.sqrt(0.5)
    assert np.sqrt(np.mean(y[1, mid] ** 2)) < 0.01
    with pytest.raises(ValueError, match="cut-off"):
        lowpass(y[None], fs, 200.0)


def test_loss_counts_masked_samples_only():
    torch.manual_seed(0)
    model = Reconstructor(SMALL)
    x = torch.randn(3, SMALL.channels, SMALL.samples)
    mask = patch_mask(3, SMALL, 0.5, torch.Generator().manual_seed(1))
    pred = model(x.masked_fill(mask, 0.0))
    assert pred.shape == x.shape
    other = torch.where(mask, pred, pred + 100.0)  # change every unmasked sample
    assert masked_mse(pred, x, mask).item() == masked_mse(other, x, mask).item()
    assert masked_mse(pred, x, mask).item() != masked_mse(torch.where(mask, pred + 1, pred), x,
                                                          mask).item()


def _unlabelled_npz(tmp_path, samples=SMALL.samples) -> str:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((40, SMALL.channels, samples)).astype(np.float32)
    path = tmp_path / "u.npz"
    np.savez(path, x=x, groups=np.repeat(np.arange(10), 4), fs=float(SMALL.fs))  # no y
    return str(path)


@pytest.fixture(scope="module")
def pretrained(tmp_path_factory):
    d = tmp_path_factory.mktemp("pre")
    out = d / "run"
    res = invoke("pretrain", "--model", "small", "--data", _unlabelled_npz(d), "--epochs", "2",
                 "--out", out, "--batch-size", "8")
    assert res.exit_code == 0, res.output
    return out


def test_pretrain_writes_checkpoint_and_losses(pretrained):
    m = json.loads((pretrained / "metrics.json").read_text())
    assert [h["epoch"] for h in m["history"]] == [1, 2]
    assert all(h["train_loss"] > 0 and h["val_loss"] > 0 for h in m["history"])
    assert m["objective"] == {"target": "lowpass", "cutoff_hz": 40.0, "mask_ratio": 0.5,
                              "patch": [2, 16]}
    assert m["windows"] == {"train": 32, "val": 8}  # round(0.15 x 10) = 2 of 10 groups held out
    ck = load_checkpoint(pretrained, kind="pretrain")
    assert not [k for k in ck["encoder_state_dict"] if k.startswith("head.")]


def test_init_loads_encoder_and_leaves_head_fresh(pretrained):
    cfg = SMALL.__class__(**{**SMALL.to_dict(), "classes": 3})
    model, ck = load_encoder(cfg, pretrained)
    state = model.state_dict()
    for k, v in ck["encoder_state_dict"].items():
        assert torch.equal(state[k], v), k
    assert state["head.weight"].shape == (3, SMALL.d_model)


def test_train_and_qat_take_init_pretrain(pretrained, tmp_path):
    res = invoke("train", "--model", "small", "--data", SMALL_DATA, "--epochs", "1", "--init",
                 pretrained, "--out", tmp_path / "f", "--quiet")
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "f" / "metrics.json").read_text())["init"] == str(pretrained)
    res = invoke("qat", "--model", "small", "--data", SMALL_DATA, "--epochs", "1", "--init",
                 pretrained, "--out", tmp_path / "q", "--quiet")
    assert res.exit_code == 0, res.output
    m = json.loads((tmp_path / "q" / "metrics.json").read_text())
    assert m["float_history"]["init"] == str(pretrained)


def test_init_of_another_shape_names_the_key(pretrained, tmp_path):
    out = tmp_path / "f"
    res = invoke("train", "--model", "demo", "--data", SMALL_DATA.replace("channels=4,samples=128",
                 "channels=22,samples=1280").replace("subjects=12", "subjects=4"),
                 "--epochs", "1", "--init", pretrained, "--out", out)
    assert res.exit_code == 2
    line = error_line(res)
    assert "pos_embed has shape (8, 12) in the checkpoint but (80, 44) in this model" in line
    assert not out.exists()


def test_pretrain_bad_input(tmp_path):
    out = tmp_path / "p"
    res = invoke("pretrain", "--model", "small", "--data", _unlabelled_npz(tmp_path, 64),
                 "--epochs", "1", "--out", out)
    assert res.exit_code == 2 and "64 samples per window, model expects 128" in error_line(res)
    res = invoke("pretrain", "--model", "small", "--data", _unlabelled_npz(tmp_path),
                 "--epochs", "1", "--out", out, "--cutoff-hz", "500")
    assert res.exit_code == 2 and "below the Nyquist frequency 128 Hz" in error_line(res)
    res = invoke("pretrain", "--model", "small", "--data", _unlabelled_npz(tmp_path),
                 "--epochs", "1", "--out", out, "--mask-ratio", "1.5")
    assert res.exit_code == 2 and "--mask-ratio must be in (0, 1)" in error_line(res)
    assert not out.exists()
