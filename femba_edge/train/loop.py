"""One training loop for float and QAT models; DDP-ready (torchrun sets WORLD_SIZE)."""

from __future__ import annotations

import copy
import os
import random
import sys
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

from femba_edge.train.metrics import classification_metrics


def seed_everything(seed: int) -> None:
    """Seed every RNG the loop touches and ask torch for deterministic kernels."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def distributed() -> bool:
    """True when launched by torchrun with more than one process."""
    return int(os.environ.get("WORLD_SIZE", "1")) > 1


@dataclass
class FitResult:
    best_epoch: int
    val: dict
    history: list[dict]


@torch.no_grad()
def predict(model: nn.Module, x: np.ndarray, batch: int = 64) -> np.ndarray:
    """Logits [N, K] as float64 numpy, eval mode, batch by batch."""
    model.eval()
    outs = [
        model(torch.from_numpy(x[i : i + batch])).double().numpy() for i in range(0, len(x), batch)
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
) -> FitResult:
    """Train with AdamW + cosine schedule + class-balanced cross entropy, keep the weights of the
    epoch with the best validation balanced accuracy (loaded back into `model`). show_progress
    prints one line per epoch; bars (default: on a terminal) draws a per-batch progress bar."""
    if bars is None:
        bars = show_progress and sys.stderr.isatty()
    seed_everything(seed)
    ds = TensorDataset(torch.from_numpy(x_train), torch.from_numpy(y_train))
    sampler = None
    net: nn.Module = model
    if distributed():
        import torch.distributed as dist
        from torch.utils.data.distributed import DistributedSampler

        if not dist.is_initialized():
            dist.init_process_group("gloo")
        sampler = DistributedSampler(ds, shuffle=True, seed=seed)
        net = nn.parallel.DistributedDataParallel(model)
    gen = torch.Generator().manual_seed(seed)
    loader = DataLoader(
        ds,
        batch_size=batch,
        shuffle=sampler is None,
        sampler=sampler,
        generator=gen,
        drop_last=len(ds) > batch,
    )
    counts = np.bincount(y_train, minlength=int(max(y_train.max(), y_val.max())) + 1)
    weights = torch.tensor(len(y_train) / np.maximum(counts, 1) / len(counts), dtype=torch.float32)
    loss_fn = nn.CrossEntropyLoss(weight=weights)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=weight_decay)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=lr, total_steps=max(1, epochs * len(loader)), pct_start=0.1
    )
    best_state, best_score, best_epoch, best_val, history = None, -1.0, 0, {}, []
    for epoch in range(1, epochs + 1):
        if sampler is not None:
            sampler.set_epoch(epoch)
        net.train()
        total = 0.0
        bar = tqdm(loader, desc=f"{desc} {epoch}/{epochs}", leave=False, disable=not bars)
        for xb, yb in bar:
            opt.zero_grad()
            loss = loss_fn(net(xb), yb)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(xb)
            bar.set_postfix(loss=f"{loss.item():.3f}")
        val = evaluate(model, x_val, y_val)
        history.append({"epoch": epoch, "loss": total / len(ds), **val})
        if show_progress:
            tqdm.write(
                f"{desc} epoch {epoch}/{epochs}: loss {total / len(ds):.4f} "
                f"val bal-acc {val['balanced_accuracy']:.3f} auroc {val['auroc']:.3f}"
            )
        if val["balanced_accuracy"] > best_score:
            best_score, best_epoch, best_val = val["balanced_accuracy"], epoch, val
            best_state = copy.deepcopy(model.state_dict())
    if best_state is not None:
        model.load_state_dict(best_state)
    return FitResult(best_epoch, best_val, history)
