"""`femba-edge train`: float FEMBA on a data spec, held-out metrics, self-contained checkpoint."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from femba_edge.artifacts import load_checkpoint, save_checkpoint, staged_dir, write_json
from femba_edge.config import ConfigError, ModelConfig, config_from_dict, load_config
from femba_edge.data import EEGDataset, load_data, split_by_group
from femba_edge.model import Femba, count_params
from femba_edge.train import FLOAT_LR
from femba_edge.train.loop import evaluate, fit, seed_everything


@dataclass
class Prepared:
    """A config matched to a dataset, and the group-wise split."""

    cfg: ModelConfig
    data: EEGDataset
    train: np.ndarray
    val: np.ndarray
    test: np.ndarray
    preprocessing: dict

    def xy(self, part: str) -> tuple[np.ndarray, np.ndarray]:
        idx = getattr(self, part)
        return self.data.x[idx], self.data.y[idx]


def prepare(cfg: ModelConfig, data_spec: str, seed: int, norm: str = "q95") -> Prepared:
    """Load data shaped for `cfg` (the class count follows the data) and split it by subject."""
    ds = load_data(data_spec, channels=cfg.channels, samples=cfg.samples, fs=cfg.fs, norm=norm)
    if len(ds.classes) != cfg.classes:
        cfg = replace(cfg, classes=len(ds.classes)).validate()
    train, val, test = split_by_group(ds.groups, seed=seed, y=ds.y)
    pre = {
        "norm": norm,
        "fs": float(ds.fs),
        "channels": cfg.channels,
        "samples": cfg.samples,
        "classes": list(ds.classes),
        "data": data_spec,
        "split_seed": seed,
    }
    return Prepared(cfg, ds, train, val, test, pre)


def build_float(ckpt: dict) -> Femba:
    """Rebuild the float model from a loaded checkpoint dict."""
    try:
        cfg = config_from_dict(dict(ckpt["config"]))
        model = Femba(cfg)
        model.load_state_dict(ckpt["state_dict"])
    except (KeyError, RuntimeError, TypeError, ConfigError) as e:
        msg = str(e).splitlines()[0][:160]
        raise ConfigError(
            f"{ckpt.get('path')}: checkpoint does not match its config ({msg})"
        ) from None
    return model.eval()


def load_float(path: str | Path) -> tuple[Femba, dict]:
    """Load a float checkpoint (file or run directory)."""
    ckpt = load_checkpoint(path, kind="float")
    return build_float(ckpt), ckpt


def train_float(
    prep: Prepared, epochs: int, seed: int, lr: float = FLOAT_LR, desc: str = "float"
) -> tuple[Femba, dict]:
    """Train a float model on prep.train, select on prep.val; return model and its history."""
    seed_everything(seed)
    model = Femba(prep.cfg)
    res = fit(model, *prep.xy("train"), *prep.xy("val"), epochs=epochs, lr=lr, seed=seed, desc=desc)
    return model, {"best_epoch": res.best_epoch, "val": res.val, "history": res.history}


def run_train(
    model_spec: str, data_spec: str, epochs: int, out: str | Path, seed: int, lr: float
) -> dict:
    """The whole `train` command; returns the metrics written to metrics.json."""
    t0 = time.time()
    prep = prepare(load_config(model_spec), data_spec, seed)
    model, hist = train_float(prep, epochs, seed, lr)
    test = evaluate(model, *prep.xy("test"))
    metrics = {
        **{k: test[k] for k in ("balanced_accuracy", "auroc", "aupr")},
        "split": {p: int(len(getattr(prep, p))) for p in ("train", "val", "test")},
        "params": count_params(model),
        "test": test,
        **hist,
        "wall_time_s": round(time.time() - t0, 2),
    }
    with staged_dir(out) as stage:
        save_checkpoint(
            stage / "model.pt",
            "float",
            {
                "config": prep.cfg.to_dict(),
                "preprocessing": prep.preprocessing,
                "state_dict": model.state_dict(),
                "seed": seed,
            },
        )
        write_json(stage / "metrics.json", metrics)
    return metrics
