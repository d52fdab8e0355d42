"""Brevitas quantizers that round half-up, as the integer contract does (Brevitas' default
`torch.round` is half-to-even, which the integer graph would not reproduce)."""

from __future__ import annotations

import torch
from brevitas.inject.enum import ScalingImplType
from brevitas.quant.scaled_int import Int8ActPerTensorFloat, Int8WeightPerChannelFloat
from torch import nn

# Batches of statistics before an activation scale becomes a learned parameter (Brevitas: 300).
CALIBRATION_STEPS = 16


def round_half_up(x: torch.Tensor) -> torch.Tensor:
    """floor(x + 0.5) with a straight-through gradient."""
    return x + (torch.floor(x + 0.5) - x).detach()


class HalfUpRoundSte(nn.Module):
    """Brevitas float_to_int_impl: half-up rounding, straight-through gradient."""

    def __init__(self) -> None:  # explicit: Brevitas' injector rejects *args/**kwargs
        super().__init__()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return round_half_up(x)


class WeightQuant(Int8WeightPerChannelFloat):
    """Per-output-channel weights, max-abs initialised learned scale; bit width set per layer.

    Not narrow: 2 bits give the four levels {-2, -1, 0, 1}."""

    narrow_range = False
    float_to_int_impl = HalfUpRoundSte
    scaling_impl_type = ScalingImplType.PARAMETER_FROM_STATS


class TernaryWeightQuant(WeightQuant):
    """2-bit narrow range: {-1, 0, 1}."""

    narrow_range = True


class ActQuant(Int8ActPerTensorFloat):
    """Signed per-tensor activations, symmetric, zero point 0, learned scale from statistics."""

    float_to_int_impl = HalfUpRoundSte
    collect_stats_steps = CALIBRATION_STEPS
