"""`femba-edge qat`: float -> PTQ int8 / PTQ 2-bit baselines -> QAT 2-bit, one table."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import torch

from femba_edge.artifacts import load_checkpoint, save_checkpoint, staged_dir, write_json
from femba_edge.config import ConfigError, config_from_dict, load_config
from femba_edge.data import DataError
from femba_edge.errors import CheckpointError
from femba_edge.qat.calibrate import calibrate, float_bytes, weight_bytes
from femba_edge.qat.model import QFemba, QuantSpec, from_float
from femba_edge.train.baseline import bandpower_baseline
from femba_edge.train.distributed import is_main
from femba_edge.train.float_train import (
    Prepared,
    config_sets_classes,
    load_float,
    prepare,
    train_float,
)
from femba_edge.train.loop import evaluate, fit, seed_everything
from femba_edge.train.options import RunOptions

ROWS = (
    ("float", "float FP32"),
    ("ptq_int8", "PTQ int8"),
    ("ptq_2bit", "PTQ {b}-bit"),
    ("qat_2bit", "QAT {b}-bit"),
)


def load_qat(path: str | Path) -> tuple[QFemba, dict]:
    """Rebuild a QAT model from qat.pt (or its run directory)."""
    ckpt = load_checkpoint(path, kind="qat")
    try:
        cfg = config_from_dict(dict(ckpt["config"]))
        qs = QuantSpec(**ckpt["quant"]).validate()
        model = QFemba(cfg, qs)
        model.load_state_dict(ckpt["state_dict"])
    except (KeyError, TypeError, RuntimeError, ConfigError) as e:
        msg = str(e).splitlines()[0][:160]
        raise CheckpointError(f"{ckpt['path']}: QAT checkpoint is inconsistent ({msg})") from None
    return model.eval(), ckpt


def _scores(model: torch.nn.Module, prep: Prepared, nbytes: int) -> dict:
    m = evaluate(model, *prep.xy("test"))
    return {k: m[k] for k in ("balanced_accuracy", "auroc", "aupr")} | {"weight_bytes": nbytes}


def ptq(float_model: torch.nn.Module, qs: QuantSpec, prep: Prepared, seed: int) -> QFemba:
    """Post-training quantisation: max-abs weight scales, activation scales from training data."""
    return calibrate(from_float(float_model, qs), prep.xy("train")[0], seed=seed)


# What the `weight bytes` column counts (femba_edge/qat/calibrate.py), printed under the table.
WEIGHT_BYTES_NOTE = (
    "weight bytes: float = 4 B per FP32 parameter; quantised = weights at their bit width\n"
    "(rows padded to a byte) + int32 biases + int8 A / D / gamma, without the requantisation\n"
    "M / s and lookup tables (`femba-edge report`: 'weights + biases'; its 'total' adds them)")


BASELINE_LABEL = "bandpower LR"
BASELINE_NOTE = ("bandpower LR: logistic regression on per-channel log band powers (delta .. low "
                 "gamma),\nfitted on the same training windows, scored on the same test windows")


def format_table(metrics: dict, weight_bits: int) -> str:
    """The four-row comparison as a fixed-width table, after the band-power baseline's row
    when the metrics carry one."""
    lines = [f"{'model':<12} {'bal-acc':>8} {'AUROC':>7} {'AUPR':>7} {'weight bytes':>13}"]
    if "baseline" in metrics:
        m = metrics["baseline"]
        lines.append(f"{BASELINE_LABEL:<12} {m['balanced_accuracy']:>8.4f} {m['auroc']:>7.4f} "
                     f"{m['aupr']:>7.4f} {'-':>13}")
    for key, label in ROWS:
        m = metrics[key]
        lines.append(
            f"{label.format(b=weight_bits):<12} {m['balanced_accuracy']:>8.4f} "
            f"{m['auroc']:>7.4f} {m['aupr']:>7.4f} {m['weight_bytes']:>13,}"
        )
    # the sizes differ from `femba-edge report`'s totals by what they count: say what that is
    lines.append(WEIGHT_BYTES_NOTE)
    if "baseline" in metrics:
        lines.append(BASELINE_NOTE)
    return "\n".join(lines)


def run_qat(
    model_spec: str,
    init: str | None,
    data_spec: str,
    epochs: int,
    out: str | Path,
    qs: QuantSpec,
    seed: int,
    float_epochs: int | None = None,
    lr: float = 1e-3,
    opts: RunOptions | None = None,
    norm: str | None = None,
) -> dict:
    """The whole `qat` command; returns metrics.json's content. `norm` is the normalisation the
    user asked for (None: q95, or the --init checkpoint's)."""
    qs = qs.validate()
    t0 = time.time()
    opts = replace(opts or RunOptions(), norm=norm or "q95")
    pretrained = None
    if init and load_checkpoint(init).get("kind") == "pretrain":
        pretrained, init = init, None  # float training starts from the pre-trained encoder
    if init:
        float_model, fck = load_float(init)
        pre = fck.get("preprocessing", {})
        ck_norm = pre.get("norm", "q95")
        if norm and norm != ck_norm:
            raise DataError(f"{init}: the float model was trained on --norm {ck_norm} data, "
                            f"not {norm}")
        opts = replace(opts, norm=ck_norm)
        prep = prepare(float_model.cfg, data_spec, fck.get("seed", seed), opts=opts)
        if prep.cfg != float_model.cfg:
            raise ConfigError(
                f"{init}: model has {float_model.cfg.classes} classes, data has {prep.cfg.classes}"
            )
        seen = (pre.get("data"), pre.get("source"))
        now = (data_spec, prep.data.source)
        if seen[0] and (seen[0] != now[0] or (seen[1] and seen[1] != now[1])):
            # the split is rebuilt from the data: other data, other held-out windows
            opts.say(f"warning: {init} was trained on {seen[1] or seen[0]} (--data {seen[0]}), "
                     f"this run reads {now[1] or now[0]} (--data {now[0]}): its test split may "
                     "hold windows the float model trained on")
        float_hist = {"init": str(init)}
    else:
        prep = prepare(load_config(model_spec), data_spec, seed, opts=opts,
                       classes_fixed=config_sets_classes(model_spec))
        opts.say(f"== float: training {float_epochs or epochs} epochs")
        float_model, float_hist = train_float(prep, float_epochs or epochs, seed,
                                              init=pretrained)
    t_float = time.time() - t0
    base = bandpower_baseline(*prep.xy("train"), *prep.xy("test"), prep.data.fs)
    metrics = {"baseline": {k: base[k] for k in ("balanced_accuracy", "auroc", "aupr")},
               "float": _scores(float_model, prep, float_bytes(float_model))}
    n_train = len(prep.train)
    opts.say(f"== PTQ int8: calibrating activation scales on {n_train} training windows")
    ptq8 = ptq(float_model, QuantSpec(weight_bits=8), prep, seed)
    metrics["ptq_int8"] = _scores(ptq8, prep, weight_bytes(ptq8))
    opts.say(f"== PTQ {qs.weight_bits}-bit: calibrating activation scales on {n_train} training "
             "windows")
    qat_model = ptq(float_model, qs, prep, seed)
    metrics["ptq_2bit"] = _scores(qat_model, prep, weight_bytes(qat_model))
    opts.say(f"== QAT {qs.weight_bits}-bit: training {epochs} epochs")
    seed_everything(seed)
    res = fit(
        qat_model, *prep.xy("train"), *prep.xy("val"), epochs=epochs, lr=lr, seed=seed, desc="qat",
        batch=opts.batch_size, show_progress=not opts.quiet, bars=opts.bars, device=opts.device,
        augment=opts.augment,
    )
    qat_model.eval()
    metrics["qat_2bit"] = _scores(qat_model, prep, weight_bytes(qat_model))
    metrics["quant"] = qs.to_dict()
    metrics["split"] = {p: int(len(getattr(prep, p))) for p in ("train", "val", "test")}
    metrics["qat_history"] = res.history
    metrics["float_history"] = float_hist
    metrics["wall_time_s"] = {"float": round(t_float, 2), "total": round(time.time() - t0, 2)}
    if not is_main():  # rank 0 alone writes
        return metrics
    with staged_dir(out) as stage:
        save_checkpoint(
            stage / "qat.pt",
            "qat",
            {
                "config": prep.cfg.to_dict(),
                "preprocessing": prep.preprocessing,
                "quant": qs.to_dict(),
                "state_dict": qat_model.state_dict(),
                "seed": seed,
                "float_state_dict": float_model.state_dict(),
            },
        )
        write_json(stage / "metrics.json", metrics)
    return metrics
