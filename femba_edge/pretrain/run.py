"""`femba-edge pretrain`: masked reconstruction on unlabelled EEG -> pretrain.pt + metrics.json,
and the `--init pretrain.pt` path of `train` / `qat` (encoder weights loaded, head fresh)."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from femba_edge.artifacts import load_checkpoint, save_checkpoint, staged_dir, write_json
from femba_edge.config import ConfigError, ModelConfig, config_from_dict, load_config
from femba_edge.data import DataError, load_data
from femba_edge.errors import CheckpointError
from femba_edge.model import Femba
from femba_edge.pretrain.objective import Reconstructor, lowpass, patch_mask
from femba_edge.train.distributed import check_batch, init, is_main, rank, world_size
from femba_edge.train.loop import seed_everything
from femba_edge.train.options import RunOptions

DEFAULT_CUTOFF_HZ = 40.0
DEFAULT_MASK_RATIO = 0.5
TARGETS = ("lowpass", "raw")


def _val_groups(groups: np.ndarray, frac: float, seed: int) -> np.ndarray:
    """Bool [N]: windows of the held-out groups (validation loss)."""
    uniq = np.unique(groups)
    if len(uniq) < 2:
        raise DataError("pre-training needs at least 2 groups (subjects / recordings) to hold "
                        "one out for validation")
    n_val = min(len(uniq) - 1, max(1, round(frac * len(uniq))))
    return np.isin(groups, np.random.default_rng(seed).permutation(uniq)[:n_val])


def _epoch(model: Reconstructor, x: np.ndarray, t: np.ndarray, opts: RunOptions, ratio: float,
           gen: torch.Generator, opt: torch.optim.Optimizer | None = None, sched=None,
           desc: str = "", net: torch.nn.Module | None = None) -> float:
    """One pass (training when opt is given); mean masked MSE over windows. Under torchrun every
    rank draws the same global batches and masks and computes its share (rank::world), scaled so
    DDP's gradient average is the global batch's (femba_edge/train/distributed.py)."""
    world, me = world_size(), rank()
    net = net or model
    model.train(opt is not None)
    order = torch.randperm(len(x), generator=gen) if opt else torch.arange(len(x))
    total = 0.0
    starts = range(0, len(x), opts.batch_size)
    for s in tqdm(starts, desc=desc, leave=False, disable=not opts.bars):
        idx = order[s:s + opts.batch_size].numpy()
        mask = patch_mask(len(idx), model.cfg, ratio, gen)
        share = slice(me, None, world) if opt is not None else slice(None)
        xb, tb, mb = (torch.from_numpy(x[idx][share]), torch.from_numpy(t[idx][share]),
                      mask[share])
        with torch.set_grad_enabled(opt is not None):
            err = ((net(xb.masked_fill(mb, 0.0)) - tb) ** 2)[mb].sum() / mask.sum()
        if opt is not None:
            opt.zero_grad()
            (err * world).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            if world > 1:
                import torch.distributed as dist

                err = err.detach().clone()
                dist.all_reduce(err)
        total += float(err.detach()) * len(idx)
    return total / len(x)


def run_pretrain(model_spec: str, data_spec: str, epochs: int, out: str | Path, seed: int,
                 lr: float, opts: RunOptions, mask_ratio: float = DEFAULT_MASK_RATIO,
                 target: str = "lowpass", cutoff_hz: float = DEFAULT_CUTOFF_HZ) -> dict:
    """The whole `pretrain` command; returns metrics.json's content."""
    if target not in TARGETS:
        raise ConfigError(f"unknown target {target!r} (choose from {', '.join(TARGETS)})")
    if not 0 < mask_ratio < 1:
        raise ConfigError(f"--mask-ratio must be in (0, 1), got {mask_ratio}")
    t0 = time.time()
    cfg = load_config(model_spec)
    opts = opts.validate()
    opts.say(f"loading data: {data_spec}")
    ds = load_data(data_spec, channels=cfg.channels, samples=cfg.samples, fs=cfg.fs,
                   norm=opts.norm, progress=opts.bars, labelled=False)
    if target == "lowpass" and not 0 < cutoff_hz < ds.fs / 2:
        raise ConfigError(f"--cutoff-hz {cutoff_hz:g} must be below the Nyquist frequency "
                          f"{ds.fs / 2:g} Hz")
    tgt = lowpass(ds.x, ds.fs, cutoff_hz) if target == "lowpass" else ds.x
    val = _val_groups(ds.groups, opts.val_frac, seed)
    opts.say(f"data: {len(ds)} unlabelled windows of {ds.n_channels} ch x {ds.n_samples} samples "
             f"at {ds.fs:g} Hz; norm {opts.norm}; {int((~val).sum())} train / {int(val.sum())} "
             f"val windows; target "
             + (f"low-pass {cutoff_hz:g} Hz" if target == "lowpass" else "raw input")
             + f", {mask_ratio:.0%} of patches masked" + (f"; {ds.source}" if ds.source else ""))
    check_batch(opts.batch_size)
    init(torch.device("cpu"))
    seed_everything(seed)
    model = Reconstructor(cfg)
    net = torch.nn.parallel.DistributedDataParallel(model) if world_size() > 1 else model
    gen = torch.Generator().manual_seed(seed)
    steps = max(1, epochs * math.ceil(int((~val).sum()) / opts.batch_size))
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.1)
    xs, ts = (ds.x[~val], tgt[~val]), (ds.x[val], tgt[val])
    history = []
    for epoch in range(1, epochs + 1):
        tr = _epoch(model, *xs, opts, mask_ratio, gen, opt, sched, f"pretrain {epoch}/{epochs}",
                    net)
        # validation masks come from a fixed generator: the same masks every epoch
        va = _epoch(model, *ts, opts, mask_ratio, torch.Generator().manual_seed(seed + 1))
        history.append({"epoch": epoch, "train_loss": tr, "val_loss": va})
        opts.say(f"pretrain epoch {epoch}/{epochs}: masked MSE train {tr:.4f} val {va:.4f}")
    metrics = {"history": history, "objective": {"target": target, "cutoff_hz": cutoff_hz,
                                                 "mask_ratio": mask_ratio, "patch": [2, 16]},
               "windows": {"train": int((~val).sum()), "val": int(val.sum())},
               "wall_time_s": round(time.time() - t0, 2)}
    enc = {k: v for k, v in model.encoder.state_dict().items() if not k.startswith("head.")}
    if not is_main():  # rank 0 alone writes
        return metrics
    with staged_dir(out) as stage:
        save_checkpoint(stage / "pretrain.pt", "pretrain", {
            "config": cfg.to_dict(), "encoder_state_dict": enc,
            "decoder_state_dict": {k: v for k, v in model.state_dict().items()
                                   if not k.startswith("encoder.")},
            "objective": metrics["objective"], "seed": seed,
            "preprocessing": {"norm": opts.norm, "fs": float(ds.fs), "data": data_spec}})
        write_json(stage / "metrics.json", metrics)
    return metrics


def load_encoder(cfg: ModelConfig, path: str | Path) -> tuple[Femba, dict]:
    """A fresh Femba(cfg) with the encoder weights of pretrain.pt (head left at its
    initialisation). CheckpointError naming the first key whose shape differs."""
    ckpt = load_checkpoint(path, kind="pretrain")
    model = Femba(cfg)
    own = model.state_dict()
    enc = ckpt.get("encoder_state_dict")
    if not isinstance(enc, dict):
        raise CheckpointError(f"{ckpt['path']}: pre-training checkpoint without encoder weights")
    for key, value in enc.items():
        if key not in own:
            raise CheckpointError(f"{ckpt['path']}: encoder key {key!r} does not exist in this "
                                  "model")
        if tuple(own[key].shape) != tuple(value.shape):
            raise CheckpointError(f"{ckpt['path']}: {key} has shape {tuple(value.shape)} in the "
                                  f"checkpoint but {tuple(own[key].shape)} in this model "
                                  "(pre-train with the same --model)")
    missing = [k for k in own if not k.startswith("head.") and k not in enc]
    if missing:
        raise CheckpointError(f"{ckpt['path']}: no weights for {missing[0]}")
    model.load_state_dict({**own, **enc})
    return model, ckpt


def pretrained_config(path: str | Path, classes: int | None = None) -> ModelConfig:
    """The encoder config stored in pretrain.pt (class count replaced when given)."""
    cfg = config_from_dict(dict(load_checkpoint(path, kind="pretrain")["config"]))
    return replace(cfg, classes=classes).validate() if classes else cfg
