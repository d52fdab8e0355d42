"""A float Mamba mixer in plain PyTorch (after mamba-minimal): no CUDA kernels, no mamba_ssm."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from femba_edge.model.scan import selective_scan


def init_dt_bias(dt_proj: nn.Linear, dt_min: float = 1e-3, dt_max: float = 0.1) -> None:
    """Mamba's init: softplus(bias) log-uniform in [dt_min, dt_max]."""
    d = dt_proj.out_features
    dt = torch.exp(torch.rand(d) * (math.log(dt_max) - math.log(dt_min)) + math.log(dt_min))
    with torch.no_grad():
        dt_proj.bias.copy_(dt + torch.log(-torch.expm1(-dt)))  # inverse softplus


class MambaMixer(nn.Module):
    """in_proj -> causal dwconv -> SiLU -> x_proj -> (dt, B, C) -> scan -> gate -> out_proj."""

    def __init__(self, d_model: int, d_state: int, expand: int, d_conv: int, dt_rank: int):
        super().__init__()
        d_inner = expand * d_model
        self.d_inner, self.d_state, self.dt_rank, self.d_conv = d_inner, d_state, dt_rank, d_conv
        self.in_proj = nn.Linear(d_model, 2 * d_inner, bias=False)
        self.conv1d = nn.Conv1d(d_inner, d_inner, d_conv, groups=d_inner, padding=d_conv - 1)
        self.x_proj = nn.Linear(d_inner, dt_rank + 2 * d_state, bias=False)
        self.dt_proj = nn.Linear(dt_rank, d_inner, bias=True)
        init_dt_bias(self.dt_proj)
        a = torch.arange(1, d_state + 1, dtype=torch.float32).repeat(d_inner, 1)
        self.A_log = nn.Parameter(torch.log(a))
        self.D = nn.Parameter(torch.ones(d_inner))
        self.out_proj = nn.Linear(d_inner, d_model, bias=False)

    def forward(self, x: torch.Tensor, reverse: bool = False) -> torch.Tensor:
        """x: [B, L, d_model]. `reverse` makes the conv anti-causal and the scan run backwards,
        which equals flip(mixer(flip(x)))."""
        length = x.shape[1]
        u, z = self.in_proj(x).chunk(2, dim=-1)
        u = u.transpose(1, 2)
        if reverse:
            u = self.conv1d(u.flip(-1))[..., :length].flip(-1)
        else:
            u = self.conv1d(u)[..., :length]
        u = F.silu(u.transpose(1, 2))
        dt, B, C = self.x_proj(u).split([self.dt_rank, self.d_state, self.d_state], dim=-1)
        delta = F.softplus(self.dt_proj(dt))
        A = -torch.exp(self.A_log)
        y = selective_scan(u, delta, A, B, C, self.D, reverse=reverse)
        return self.out_proj(y * F.silu(z))
