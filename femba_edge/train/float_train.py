"""`femba-edge train`: float FEMBA on a data spec, held-out metrics, self-contained checkpoint."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from femba_edge.artifacts import load_checkpoint, save_checkpoint, staged_dir, write_json
from femba_edge.config import ConfigError, ModelConfig, config_from_dict, load_config
from femba_edge.data import DataError, EEGDataset, load_data, split_by_group, split_with_test_groups
from femba_edge.model import Femba, count_params
from femba_edge.train import FLOAT_LR
from femba_edge.train.distributed import is_main
from femba_edge.train.loop import evaluate, fit, seed_everything
from femba_edge.train.options import RunOptions


@dataclass
class Prepared:
    """A config matched to a dataset, and the group-wise split."""

    cfg: ModelConfig
    data: EEGDataset
    train: np.ndarray
    val: np.ndarray
    test: np.ndarray
    preprocessing: dict
    opts: RunOptions = RunOptions()

    def xy(self, part: str) -> tuple[np.ndarray, np.ndarray]:
        idx = getattr(self, part)
        return self.data.x[idx], self.data.y[idx]


def _split(ds: EEGDataset, opts: RunOptions, seed: int) -> tuple[tuple, str]:
    """train / val / test indices and how they were chosen."""
    if ds.split is not None:
        if opts.test_groups:
            raise DataError("the data carries its own split ('split' key): --test-groups and "
                            "the split fractions do not apply")
        parts = tuple(np.flatnonzero(ds.split == k).astype(np.int64) for k in range(3))
        return parts, "the data's own split"
    if opts.test_groups:
        names = {ds.group_name(int(g)): int(g) for g in np.unique(ds.groups)}
        parts = split_with_test_groups(ds.groups, names, list(opts.test_groups),
                                       val_frac=opts.val_frac, seed=seed)
        return parts, f"test = groups {', '.join(opts.test_groups)}"
    parts = split_by_group(ds.groups, val_frac=opts.val_frac, test_frac=opts.test_frac,
                           seed=seed, y=ds.y)
    return parts, f"by group, val {opts.val_frac:g} / test {opts.test_frac:g}, seed {seed}"


def prepare(cfg: ModelConfig, data_spec: str, seed: int, norm: str | None = None,
            opts: RunOptions | None = None, classes_fixed: bool = False) -> Prepared:
    """Load data shaped for `cfg` and split it. The class count follows the data unless the
    config sets it (`classes_fixed`), where a mismatch is an error. Prints a one-line summary."""
    opts = (opts or RunOptions(norm=norm or "q95")).validate()
    opts.say(f"loading data: {data_spec}")
    ds = load_data(data_spec, channels=cfg.channels, samples=cfg.samples, fs=cfg.fs,
                   norm=opts.norm, progress=opts.bars)
    if len(ds.classes) != cfg.classes:
        if classes_fixed:
            raise ConfigError(f"the model config sets classes={cfg.classes} but the data has "
                              f"{len(ds.classes)} ({', '.join(ds.classes)}); fix the config's "
                              "\"classes\" or the labels")
        cfg = replace(cfg, classes=len(ds.classes)).validate()
    (train, val, test), how = _split(ds, opts, seed)
    counts = np.bincount(ds.y, minlength=len(ds.classes))
    opts.say(f"data: {len(ds)} windows of {ds.n_channels} ch x {ds.n_samples} samples at "
             f"{ds.fs:g} Hz, classes " + ", ".join(f"{c} {n}" for c, n in zip(ds.classes, counts,
                                                                            strict=True))
             + f"; norm {opts.norm}; split {len(train)}/{len(val)}/{len(test)} ({how})"
             + (f"; {ds.source}" if ds.source else ""))
    if ds.label_map:
        opts.say("labels mapped to class indices: "
                 + ", ".join(f"{k} -> {v}" for k, v in ds.label_map.items())
                 + " (saved in the checkpoint's preprocessing)")
    pre = {
        "norm": opts.norm,
        "fs": float(ds.fs),
        "channels": cfg.channels,
        "samples": cfg.samples,
        "classes": list(ds.classes),
        "label_map": ds.label_map,
        "data": data_spec,
        "source": ds.source,
        "split_seed": seed,
        "split": how,
        **{k: v for k, v in opts.record().items() if k != "norm"},
    }
    return Prepared(cfg, ds, train, val, test, pre, opts)


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
    prep: Prepared, epochs: int, seed: int, lr: float = FLOAT_LR, desc: str = "float",
    init: str | Path | None = None,
) -> tuple[Femba, dict]:
    """Train a float model on prep.train, select on prep.val; return model and its history.
    `init`: a pretrain.pt whose encoder weights the model starts from (head fresh)."""
    seed_everything(seed)
    if init:
        from femba_edge.pretrain.run import load_encoder

        model, _ = load_encoder(prep.cfg, init)
        prep.opts.say(f"encoder weights from {init} (head initialised fresh)")
    else:
        model = Femba(prep.cfg)
    res = fit(model, *prep.xy("train"), *prep.xy("val"), epochs=epochs, lr=lr, seed=seed,
              desc=desc, batch=prep.opts.batch_size, show_progress=not prep.opts.quiet,
              bars=prep.opts.bars, device=prep.opts.device, augment=prep.opts.augment,
              amp=prep.opts.amp)
    hist = {"best_epoch": res.best_epoch, "val": res.val, "history": res.history}
    return model, {**hist, "init": str(init)} if init else hist


def config_sets_classes(model_spec: str) -> bool:
    """True when the model spec is a JSON config that names its class count."""
    import json

    path = Path(model_spec)
    if not path.is_file():
        return False
    try:
        return "classes" in json.loads(path.read_text())
    except (ValueError, UnicodeDecodeError, TypeError):
        return False  # load_config reports the bad file


def run_train(
    model_spec: str, data_spec: str, epochs: int, out: str | Path, seed: int, lr: float,
    opts: RunOptions | None = None,
    init: str | None = None,
) -> dict:
    """The whole `train` command; returns the metrics written to metrics.json. `init`: a
    pretrain.pt to start the encoder from."""
    t0 = time.time()
    opts = opts or RunOptions()
    prep = prepare(load_config(model_spec), data_spec, seed, opts=opts,
                   classes_fixed=config_sets_classes(model_spec))
    opts.say(f"== float: training {epochs} epochs")
    model, hist = train_float(prep, epochs, seed, lr, init=init)
    test = evaluate(model, *prep.xy("test"))
    metrics = {
        **{k: test[k] for k in ("balanced_accuracy", "auroc", "aupr")},
        "split": {p: int(len(getattr(prep, p))) for p in ("train", "val", "test")},
        "params": count_params(model),
        "test": test,
        **hist,
        "wall_time_s": round(time.time() - t0, 2),
    }
    if not is_main():  # rank 0 alone writes
        return metrics
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
