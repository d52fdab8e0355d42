"""FEMBA's pre-training objective (arXiv 2502.06438 / 2603.26716; the authors' MaskTask): random
rectangular patches of the input (2 channels x 16 samples, the tokeniser's patch) are zeroed, the
encoder sees the masked window, a light decoder maps the token embeddings back to [C, T], and the
loss is the mean squared error on the masked samples only, against the low-pass-filtered input
("physiologically aware": reconstruct neural oscillations, not muscle / line-noise content) or,
for comparison, the raw input."""

from __future__ import annotations

import numpy as np
import torch
from scipy import signal as sps
from torch import nn

from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES, ModelConfig
from femba_edge.model import Femba
from femba_edge.model.femba import patches_to_tokens


def lowpass(x: np.ndarray, fs: float, cutoff_hz: float, order: int = 4) -> np.ndarray:
    """Zero-phase Butterworth low-pass along time (the reconstruction target); float32."""
    if not 0 < cutoff_hz < fs / 2:
        raise ValueError(f"cut-off {cutoff_hz} Hz must be in (0, {fs / 2:g}) Hz at fs {fs:g} Hz")
    sos = sps.butter(order, cutoff_hz, btype="low", fs=fs, output="sos")
    return sps.sosfiltfilt(sos, x, axis=-1).astype(np.float32)


def patch_mask(batch: int, cfg: ModelConfig, ratio: float, gen: torch.Generator) -> torch.Tensor:
    """Bool [batch, C, T]: per window, round(ratio * patches) of the (2 x 16) patches set."""
    rows, cols = cfg.channels // PATCH_CHANNELS, cfg.samples // PATCH_SAMPLES
    n = rows * cols
    k = max(1, min(n - 1, round(ratio * n)))
    scores = torch.rand(batch, n, generator=gen)
    chosen = torch.zeros(batch, n, dtype=torch.bool)
    chosen.scatter_(1, scores.argsort(dim=1)[:, :k], True)
    grid = chosen.view(batch, rows, cols)
    return grid.repeat_interleave(PATCH_CHANNELS, 1).repeat_interleave(PATCH_SAMPLES, 2)


class Reconstructor(nn.Module):
    """The FEMBA encoder (a Femba whose head is unused) and a light decoder: one 2-D convolution
    over the [tokens, d_model] embedding map, then a transposed convolution that undoes the patch
    embedding (embed_dim -> 1 channel, kernel = stride = the patch)."""

    def __init__(self, cfg: ModelConfig, kernel: int = 31):
        super().__init__()
        self.cfg = cfg
        self.encoder = Femba(cfg)
        self.encoder.head = nn.Identity()  # no classifier while pre-training (nor its weights)
        self.mix = nn.Conv2d(1, 1, kernel, padding=kernel // 2, bias=False)
        patch = (PATCH_CHANNELS, PATCH_SAMPLES)
        self.unpatch = nn.ConvTranspose2d(cfg.embed_dim, 1, kernel_size=patch, stride=patch)

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        """Token embeddings [B, L, d_model] after the BiMamba blocks."""
        enc = self.encoder
        h = patches_to_tokens(enc.patch_embed(x.unsqueeze(1))) + enc.pos_embed
        for block in enc.blocks:
            h = block(h)
        return h

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.mix(self.encode(x).unsqueeze(1)).squeeze(1)  # [B, L, (C/2) * E]
        b, length, _ = h.shape
        c2, e = self.cfg.channels // PATCH_CHANNELS, self.cfg.embed_dim
        grid = h.reshape(b, length, c2, e).permute(0, 3, 2, 1)  # inverse of patches_to_tokens
        return self.unpatch(grid).squeeze(1)  # [B, C, T]


def masked_mse(pred: torch.Tensor, target: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean squared error over the masked samples only."""
    return ((pred - target) ** 2)[mask].mean()
