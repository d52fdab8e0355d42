"""Activation calibration and model-size accounting for PTQ and QAT."""

from __future__ import annotations

import numpy as np
import torch

from femba_edge.qat.model import QFemba, quant_layers
from femba_edge.qat.quantizers import CALIBRATION_STEPS


@torch.no_grad()
def calibrate(
    model: QFemba, x: np.ndarray, batch: int = 32, seed: int = 0, steps: int = CALIBRATION_STEPS
) -> QFemba:
    """Initialise every activation scale from statistics over training windows (no weight update).

    Brevitas collects per-quantiser statistics for `steps` training-mode forward passes, then
    freezes them into learned scales."""
    for m in model.modules():
        if hasattr(m, "collect_stats_steps"):
            m.collect_stats_steps = steps
    rng = np.random.default_rng(seed)
    model.train()
    for _ in range(steps + 1):
        idx = rng.choice(len(x), size=min(batch, len(x)), replace=False)
        model(torch.from_numpy(x[idx]))
    return model.eval()


def weight_bytes(model: QFemba) -> int:
    """Bytes of the deployed parameters: quantised weights at their bit width (each row padded to
    a whole byte), int32 biases and positional bias, int8 LayerNorm gamma / A / D, int32 beta."""
    total = 0
    for layer in quant_layers(model).values():
        bits = int(layer.quant_weight().bit_width)
        w = layer.weight
        rows, k = w.shape[0], int(np.prod(w.shape[1:]))
        total += rows * ((k * bits + 7) // 8)
    cfg = model.cfg
    total += 4 * model.pos_bias.numel() + 4 * model.head_bias.numel()
    for blk in model.blocks:
        total += cfg.d_model * (1 + 4)  # gamma int8, beta int32
        for m in (blk.fwd, blk.rev):
            total += 4 * (m.conv_bias.numel() + m.dt_bias.numel()) + m.A_log.numel() + m.D.numel()
    return total


def float_bytes(model: torch.nn.Module) -> int:
    """FP32 parameter bytes."""
    return 4 * sum(p.numel() for p in model.parameters())
