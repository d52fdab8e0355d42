"""QAT: integer levels, activations on the int8 grid, reload, baselines table, bad input."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from conftest import SMALL_DATA, error_line, invoke

from femba_edge.artifacts import save_checkpoint
from femba_edge.config import PRESETS
from femba_edge.model import Femba
from femba_edge.qat.calibrate import calibrate
from femba_edge.qat.layers import Act
from femba_edge.qat.model import QuantSpec, from_float, quant_layers
from femba_edge.qat.run import load_qat

PROJECTIONS = ("in_proj", "x_proj", "dt_proj", "out_proj")


def _levels(model):
    return {
        n: torch.unique(m.quant_weight().int()).tolist() for n, m in quant_layers(model).items()
    }


def test_metrics_table_and_weight_levels(qat_run):
    metrics = json.loads((qat_run / "metrics.json").read_text())
    for row in ("float", "ptq_int8", "ptq_2bit", "qat_2bit"):
        assert set(metrics[row]) >= {"balanced_accuracy", "auroc", "aupr", "weight_bytes"}
    assert metrics["float"]["weight_bytes"] > metrics["ptq_int8"]["weight_bytes"]
    assert metrics["ptq_int8"]["weight_bytes"] > metrics["qat_2bit"]["weight_bytes"]
    model, _ = load_qat(qat_run)
    for name, levels in _levels(model).items():
        if name.split(".")[-1] in PROJECTIONS:
            assert set(levels) <= {-2, -1, 0, 1}, name
        else:
            assert min(levels) >= -128 and max(levels) <= 127, name


def test_ternary_has_three_levels(tmp_path):
    out = tmp_path / "t"
    res = invoke(
        "qat",
        "--model",
        "micro",
        "--data",
        "synthetic:channels=2,samples=32,subjects=9",
        "--epochs",
        "1",
        "--ternary",
        "--conv-bits",
        "4",
        "--out",
        out,
    )
    assert res.exit_code == 0, res.output
    model, ckpt = load_qat(out)
    assert ckpt["quant"]["ternary"] is True
    for name, levels in _levels(model).items():
        if name.split(".")[-1] in PROJECTIONS:
            assert set(levels) <= {-1, 0, 1}, name
        if name.endswith("conv1d"):  # per layer kind: --conv-bits 4
            assert min(levels) >= -8 and max(levels) <= 7, name


def test_activations_sit_on_int8_grid(qat_run):
    model, _ = load_qat(qat_run)
    seen = []

    def hook(mod, _inp, out):
        codes = torch.round(out / mod.scale())
        seen.append(mod)
        lo, hi = -(2 ** (mod.bits - 1)), 2 ** (mod.bits - 1) - 1
        # Brevitas forms code * scale in float32; recomputing it must give the value bit for bit.
        assert torch.equal(codes * mod.scale(), out), "activation off its integer grid"
        assert codes.min() >= lo and codes.max() <= hi

    for m in model.modules():
        if isinstance(m, Act):
            m.register_forward_hook(hook)
    with torch.no_grad():
        model(torch.randn(3, 4, 128) * 3)
    assert len(seen) == sum(isinstance(m, Act) for m in model.modules())


def test_checkpoint_reloads_to_identical_outputs(tmp_path):
    torch.manual_seed(1)
    cfg = PRESETS["small"]
    x = np.random.default_rng(1).standard_normal((40, cfg.channels, cfg.samples)).astype(np.float32)
    model = calibrate(from_float(Femba(cfg), QuantSpec()), x)
    path = tmp_path / "qat.pt"
    save_checkpoint(
        path,
        "qat",
        {
            "config": cfg.to_dict(),
            "quant": QuantSpec().to_dict(),
            "state_dict": model.state_dict(),
            "preprocessing": {},
        },
    )
    again, _ = load_qat(path)
    with torch.no_grad():
        xt = torch.from_numpy(x[:8])
        assert torch.equal(model(xt), again(xt))


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--weight-bits", "3"], "unsupported weight bits 3"),
        (["--head-bits", "5"], "unsupported head bits 5"),
        (["--act-bits", "4"], "unsupported activation bit width 4"),
        (["--weight-bits", "8", "--ternary"], "--ternary needs --weight-bits 2"),
        (["--init", "{foreign}"], "not a femba-edge checkpoint"),
        (["--init", "{corrupt}"], "not a readable checkpoint"),
        (["--init", "{qat}"], "is a qat checkpoint, a float one is needed"),
    ],
)
def test_bad_input_clear_error_no_output(tmp_path, qat_run, extra, message):
    foreign, corrupt = tmp_path / "foreign.pt", tmp_path / "corrupt.pt"
    torch.save({"weights": torch.zeros(3)}, foreign)
    corrupt.write_bytes(b"\x80\x02garbage")
    extra = [e.format(foreign=foreign, corrupt=corrupt, qat=qat_run / "qat.pt") for e in extra]
    out = tmp_path / "out"
    res = invoke(
        "qat", "--model", "small", "--data", SMALL_DATA, "--epochs", "1", "--out", out, *extra
    )
    assert res.exit_code == 2, res.output
    assert message in error_line(res)
    assert not out.exists()


def test_init_from_float_checkpoint_skips_float_training(tmp_path):
    f = tmp_path / "f"
    assert (
        invoke(
            "train", "--model", "small", "--data", SMALL_DATA, "--epochs", "1", "--out", f
        ).exit_code
        == 0
    )
    out = tmp_path / "q"
    res = invoke("qat", "--init", f, "--data", SMALL_DATA, "--epochs", "1", "--out", out)
    assert res.exit_code == 0, res.output
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["float_history"] == {"init": str(f)}
    assert "QAT 2-bit" in res.output and "PTQ int8" in res.output
    assert "warning" not in res.output
    # other data than the float model saw: the rebuilt test split is not held out from it
    other = SMALL_DATA.replace("seed=3", "seed=4")
    res = invoke("qat", "--init", f, "--data", other, "--epochs", "1", "--out", tmp_path / "q2")
    assert res.exit_code == 0, res.output
    assert f"warning: {f} was trained on built-in synthetic EEG" in res.output
    assert "its test split may hold windows the float model trained on" in res.output
