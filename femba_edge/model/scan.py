"""The selective scan, written once: h_t = dA_t * h_{t-1} + dBx_t, y_t = <C_t, h_t>.

Both the float model and the QAT model call `scan`; only how dA / dBx are formed differs.
"""

from __future__ import annotations

import torch


def scan(
    dA: torch.Tensor, dBx: torch.Tensor, C: torch.Tensor, reverse: bool = False
) -> torch.Tensor:
    """Sequential selective scan over tokens.

    dA, dBx: [B, L, Di, N]; C: [B, L, N]. Returns y: [B, L, Di] with
    y[t] = sum_n C[t, n] * h[t, :, n]. `reverse` runs t = L-1 .. 0 (the backward mixer).
    """
    bsz, length, d_inner, d_state = dA.shape
    h = dA.new_zeros(bsz, d_inner, d_state)
    ys = [None] * length
    order = range(length - 1, -1, -1) if reverse else range(length)
    for t in order:
        h = dA[:, t] * h + dBx[:, t]
        ys[t] = torch.einsum("bdn,bn->bd", h, C[:, t])
    return torch.stack(ys, dim=1)


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
