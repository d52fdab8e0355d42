"""Parameter and MAC counts per window (MAC = one multiply-accumulate = 2 FLOPs)."""

from __future__ import annotations

from torch import nn

from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES, ModelConfig

# Per state update of the scan: dA*h, delta*B*u (2), C*h; exp(delta*A) counted as one.
SCAN_MACS_PER_STATE = 5


def count_params(model: nn.Module) -> int:
    """Trainable parameters."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def mac_breakdown(cfg: ModelConfig) -> dict[str, int]:
    """MACs per window by layer kind, analytically from the config."""
    length, d, di, n, r = cfg.tokens, cfg.d_model, cfg.d_inner, cfg.d_state, cfg.dt_rank
    mixers = 2 * cfg.blocks
    return {
        "patch_embed": length * d * PATCH_CHANNELS * PATCH_SAMPLES,
        "in_proj": mixers * length * d * 2 * di,
        "conv1d": mixers * length * di * cfg.d_conv,
        "x_proj": mixers * length * di * (r + 2 * n),
        "dt_proj": mixers * length * r * di,
        "scan": mixers * length * di * n * SCAN_MACS_PER_STATE,
        "gate": mixers * length * di,
        "out_proj": mixers * length * di * d,
        "head": d * cfg.classes,
    }


def count_macs(cfg: ModelConfig) -> int:
    """Total MACs per window."""
    return sum(mac_breakdown(cfg).values())
