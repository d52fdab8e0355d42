"""One training loop for float and QAT models; DDP-ready (torchrun sets WORLD_SIZE)."""

from __future__ import annotations

import copy
import random
import sys
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from femba_edge.train.augment import augment as augment_batch
from femba_edge.train.distributed import check_batch, init, pick_device
from femba_edge.train.distributed import rank as dist_rank
from femba_edge.train.distributed import world_size as dist_world_size
from femba_edge.train.metrics import classification_metrics


def seed_everything(seed: int) -> None:
    """Seed every RNG the loop touches and ask torch for deterministic kernels."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


@dataclass
class FitResult:
    best_epoch: int
    val: dict
    history: list[dict]


@torch.no_grad()
def predict(model: nn.Module, x: np.ndarray, batch: int = 64) -> np.ndarray:
    """Logits [N, K] as float64 numpy, eval mode, batch by batch."""
    model.eval()
    dev = next(model.parameters()).device
    outs = [
        model(torch.from_numpy(x[i : i + batch]).to(dev)).double().cpu().numpy()
        for i in range(0, len(x), batch)
    ]
    return np.concatenate(outs) if outs else np.zeros((0, 0))


def evaluate(model: nn.Module, x: np.ndarray, y: np.ndarray) -> dict:
    """Metrics of `model` on windows x with labels y."""
    return classification_metrics(y, predict(model, x))


def fit(
    model: nn.Module,
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    *,
    epochs: int,
    lr: float = 2e-3,
    batch: int = 32,
    seed: int = 0,
    weight_decay: float = 0.01,
    desc: str = "train",
    show_progress: bool = True,
    bars: bool | None = None,
    device: str = "auto",
    augment: bool = False,
    amp: bool = False,
) -> FitResult:
    """Train with AdamW + cosine schedule + class-balanced cross entropy, keep the weights of the
    epoch with the best validation balanced accuracy (loaded back into `model`). show_progress
    prints one line per epoch; bars (default: on a terminal) draws a per-batch progress bar.
    Under torchrun each rank computes its share of every global batch of `batch` windows
    (femba_edge/train/distributed.py). `augment`: random time shift and channel gains on each
    training batch (femba_edge/train/augment.py). `amp`: bfloat16 autocast for the forward pass
    (float models; the scan and the loss stay float32)."""
    if bars is None:
        bars = show_progress and sys.stderr.isatty()
    world, me = dist_world_size(), dist_rank()
    show_progress, bars = show_progress and me == 0, bars and me == 0
    check_batch(batch)
    dev = pick_device(device)
    init(dev)
    seed_everything(seed)
    model.to(dev)
    net: nn.Module = model
    if world > 1:
        net = nn.parallel.DistributedDataParallel(model, device_ids=[dev] if dev.type == "cuda"
                                                  else None)
    gen = torch.Generator().manual_seed(seed)
    aug_gen = torch.Generator().manual_seed(seed + 1)
    x_all, y_all = torch.from_numpy(x_train), torch.from_numpy(y_train)
    n = len(x_all)
    n_batches = max(1, n // batch) if n > batch else 1  # drop the last partial batch
    counts = np.bincount(y_train, minlength=int(max(y_train.max(), y_val.max())) + 1)
    weights = torch.tensor(len(y_train) / np.maximum(counts, 1) / len(counts), dtype=torch.float32)
    per_sample = nn.CrossEntropyLoss(weight=weights.to(dev), reduction="none")
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=lr, total_steps=max(1, epochs * n_batches), pct_start=0.1
    )
    best_state, best_score, best_epoch, best_val, history = None, -1.0, 0, {}, []
    for epoch in range(1, epochs + 1):
        net.train()
        total, t_epoch = 0.0, time.perf_counter()
        perm = torch.randperm(n, generator=gen)  # the same on every rank
        for b in tqdm(range(n_batches), desc=f"{desc} {epoch}/{epochs}", leave=False,
                      disable=not bars):
            glob = perm[b * batch:(b + 1) * batch]
            share = glob[me::world]
            # class-weighted mean over the global batch: sum(w * l) / sum(w) of all its windows;
            # each rank's share is scaled by world because DDP averages the ranks' gradients
            w_sum = weights[y_all[glob]].sum()
            xb = x_all[glob]
            if augment:  # the global batch, then this rank's share: the same on every rank
                xb = augment_batch(xb, aug_gen)
            opt.zero_grad()
            with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=amp):
                logits = net(xb[me::world].to(dev))
            loss = per_sample(logits.float(), y_all[share].to(dev)).sum()
            (loss * world / w_sum.to(dev)).backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            part = loss.detach() / w_sum.to(dev)
            if world > 1:  # the logged loss is the global batch's, not this rank's share
                import torch.distributed as dist

                dist.all_reduce(part)
            total += float(part) * len(glob)
        t_train = time.perf_counter() - t_epoch  # the optimisation steps, before validation
        val = evaluate(model, x_val, y_val)
        history.append({"epoch": epoch, "loss": total / (n_batches * min(batch, n)), **val,
                        "train_s": round(t_train, 3)})
        if show_progress:
            tqdm.write(
                f"{desc} epoch {epoch}/{epochs}: loss {history[-1]['loss']:.4f} "
                f"val bal-acc {val['balanced_accuracy']:.3f} auroc {val['auroc']:.3f}"
            )
        if val["balanced_accuracy"] > best_score:
            best_score, best_epoch, best_val = val["balanced_accuracy"], epoch, val
            best_state = copy.deepcopy(model.state_dict())
    if best_state is not None:
        model.load_state_dict(best_state)
    model.to("cpu")  # calibration, export and evaluation downstream run on the CPU
    return FitResult(best_epoch, best_val, history)
