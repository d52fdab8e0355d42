"""The selective scan, written once: h_t = dA_t * h_{t-1} + dBx_t, y_t = <C_t, h_t>.

Both the float model and the QAT model call `scan`; only how dA / dBx are formed differs.
"""

from __future__ import annotations

import torch

CHUNK = 8  # tokens solved in closed form at once; the loop runs over chunks
MIN_LOG_DECAY = -6.0  # per-token decay floor e^-6 = 0.25 %: keeps e^(-cumsum) finite in a chunk


def scan(
    dA: torch.Tensor, dBx: torch.Tensor, C: torch.Tensor, reverse: bool = False
) -> torch.Tensor:
    """Selective scan over tokens, y[t] = sum_n C[t, n] * h[t, :, n].

    dA, dBx: [B, L, Di, N]; C: [B, L, N]. Returns y: [B, L, Di]. `reverse` runs t = L-1 .. 0
    (the backward mixer). Inside a chunk of CHUNK tokens the recurrence is solved in closed form,
    h_t = e^{S_t} (h_0 + sum_{s<=t} e^{-S_s} dBx_s) with S_t = sum_{r<=t} log dA_r, so the Python
    loop runs L / CHUNK times instead of L (decays are floored at e^-6 per token).
    """
    if reverse:
        return scan(dA.flip(1), dBx.flip(1), C.flip(1)).flip(1)
    bsz, length, d_inner, d_state = dA.shape
    pad = (-length) % CHUNK
    if pad:  # identity steps: dA = 1, dBx = 0
        dA = torch.cat([dA, dA.new_ones(bsz, pad, d_inner, d_state)], dim=1)
        dBx = torch.cat([dBx, dBx.new_zeros(bsz, pad, d_inner, d_state)], dim=1)
        C = torch.cat([C, C.new_zeros(bsz, pad, C.shape[-1])], dim=1)
    chunks = dA.shape[1] // CHUNK
    shape = (bsz, chunks, CHUNK, d_inner, d_state)
    log_decay = torch.log(dA.clamp_min(1e-30)).clamp_min(MIN_LOG_DECAY).reshape(shape)
    cum = torch.cumsum(log_decay, dim=2)
    inner = torch.cumsum(torch.exp(-cum) * dBx.reshape(shape), dim=2)
    grow = torch.exp(cum)
    h0 = dA.new_zeros(bsz, d_inner, d_state)
    hs = []
    for c in range(chunks):
        h = grow[:, c] * (h0.unsqueeze(1) + inner[:, c])  # [B, CHUNK, Di, N]
        hs.append(h)
        h0 = h[:, -1]
    h = torch.stack(hs, dim=1).reshape(bsz, chunks * CHUNK, d_inner, d_state)
    y = torch.einsum("bldn,bln->bld", h, C)
    return y[:, :length]


def selective_scan(
    u: torch.Tensor,
    delta: torch.Tensor,
    A: torch.Tensor,
    B: torch.Tensor,
    C: torch.Tensor,
    D: torch.Tensor,
    reverse: bool = False,
) -> torch.Tensor:
    """Mamba's discretised SSM (zero-order hold for A, Euler for B) plus the D skip.

    u, delta: [B, L, Di]; A: [Di, N]; B, C: [B, L, N]; D: [Di].
    """
    dA = torch.exp(delta.unsqueeze(-1) * A)
    dBx = delta.unsqueeze(-1) * B.unsqueeze(2) * u.unsqueeze(-1)
    return scan(dA, dBx, C, reverse) + u * D
