"""Float FEMBA: patch embedding, bidirectional Mamba blocks (post-norm), mean-pool head."""

from __future__ import annotations

import torch
from torch import nn

from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES, ModelConfig
from femba_edge.model.mamba import MambaMixer


def patches_to_tokens(y: torch.Tensor) -> torch.Tensor:
    """Conv2d output [B, E, C/2, L] -> tokens [B, L, (C/2)*E], feature index = c2 * E + e."""
    b, e, c2, length = y.shape
    return y.permute(0, 3, 2, 1).reshape(b, length, c2 * e)


class BiMambaBlock(nn.Module):
    """x = LayerNorm(x + fwd(x) + flip(rev(flip(x))))."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        args = (cfg.d_model, cfg.d_state, cfg.expand, cfg.d_conv, cfg.dt_rank)
        self.fwd = MambaMixer(*args)
        self.rev = MambaMixer(*args)
        self.norm = nn.LayerNorm(cfg.d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.norm(x + self.fwd(x) + self.rev(x, reverse=True))


class Femba(nn.Module):
    """FEMBA classifier. Input [B, C, T] (normalised EEG), output logits [B, classes]."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg.validate()
        kernel = (PATCH_CHANNELS, PATCH_SAMPLES)
        self.patch_embed = nn.Conv2d(1, cfg.embed_dim, kernel_size=kernel, stride=kernel)
        self.pos_embed = nn.Parameter(torch.randn(cfg.tokens, cfg.d_model) * 0.02)
        self.blocks = nn.ModuleList(BiMambaBlock(cfg) for _ in range(cfg.blocks))
        self.head = nn.Linear(cfg.d_model, cfg.classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = patches_to_tokens(self.patch_embed(x.unsqueeze(1))) + self.pos_embed
        for block in self.blocks:
            x = block(x)
        return self.head(x.mean(dim=1))
