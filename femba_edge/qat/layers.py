"""Quantisation points and integer-faithful building blocks for the QAT model.

Every module here corresponds to one place where the integer graph rounds; the exporter reads
scales and integer codes from these modules, never recomputes them differently.
"""

from __future__ import annotations

import math

import torch
from brevitas.nn import QuantConv1d, QuantConv2d, QuantIdentity, QuantLinear
from torch import nn

from femba_edge.qat.quantizers import ActQuant, TernaryWeightQuant, WeightQuant, round_half_up

INT32_MAX = 2**31 - 1


class Act(nn.Module):
    """A signed per-tensor activation quantisation point (int8 by default)."""

    def __init__(self, bits: int = 8):
        super().__init__()
        self.bits = bits
        self.quant = QuantIdentity(act_quant=ActQuant, bit_width=bits, return_quant_tensor=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.quant(x)

    def scale(self) -> torch.Tensor:
        """Current scale (a scalar tensor)."""
        return self.quant.act_quant.scale().reshape(())

    def codes(self, xq: torch.Tensor) -> torch.Tensor:
        """Integer codes of an already fake-quantised tensor (exact: xq is code * scale)."""
        return round_half_up(xq / self.scale())


def weight_quant(bits: int, ternary: bool = False) -> dict:
    """Brevitas keyword arguments for a weight quantiser of `bits` bits."""
    return {
        "weight_quant": TernaryWeightQuant if ternary else WeightQuant,
        "weight_bit_width": bits,
    }


def qlinear(n_in: int, n_out: int, bits: int, ternary: bool = False) -> QuantLinear:
    """Bias-free quantised linear (biases are added as int32 by `int32_bias`)."""
    return QuantLinear(n_in, n_out, bias=False, **weight_quant(bits, ternary))


def qconv1d_depthwise(channels: int, kernel: int, bits: int) -> QuantConv1d:
    """Depthwise conv, no padding (causality is handled by the caller's explicit pad)."""
    return QuantConv1d(
        channels, channels, kernel, groups=channels, bias=False, **weight_quant(bits)
    )


def qconv2d_patch(embed_dim: int, kernel: tuple[int, int], bits: int) -> QuantConv2d:
    """Patch embedding conv (kernel = stride)."""
    return QuantConv2d(1, embed_dim, kernel, stride=kernel, bias=False, **weight_quant(bits))


def weight_scale(layer: nn.Module) -> torch.Tensor:
    """Per-output-channel weight scale, shape [out]."""
    return layer.quant_weight().scale.reshape(-1)


def int32_bias(bias: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """Fake-quantise a bias onto the accumulator grid `scale` (int32 codes, half-up, STE)."""
    code = torch.clamp(round_half_up(bias / scale), -INT32_MAX, INT32_MAX)
    return code * scale


def a_codes(A: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """int8 codes and per-tensor scale of the (non-positive) state matrix A, codes in [-128, 0]."""
    scale = (A.detach().abs().max() / 128.0).clamp_min(1e-12)
    return torch.clamp(round_half_up(A / scale), -128, 0), scale


P_SHIFT = 7  # exp LUT index = rshift_round(delta_code * A_code, P_SHIFT): |delta*A| <= 127*128
DA_FRAC_BITS = 15  # dA = exp(delta*A) in Q15


def discretize_a(
    delta_codes: torch.Tensor, delta_scale: torch.Tensor, A: torch.Tensor
) -> torch.Tensor:
    """dA = exp(delta * A) exactly as the integer scan forms it: the product of int8 codes is
    shifted to an int8 LUT index, the table holds Q15 values. Returns dA [B, L, Di, N] in float."""
    a_code, a_scale = a_codes(A)
    p = round_half_up(delta_codes.unsqueeze(-1) * a_code / 2**P_SHIFT)
    p = torch.clamp(p, -128, 127)
    p_scale = delta_scale * a_scale * 2**P_SHIFT
    return round_half_up(torch.exp(p * p_scale) * 2**DA_FRAC_BITS) / 2**DA_FRAC_BITS


INT16 = (-32768, 32767)
SUM_HEADROOM = 32  # residual-sum grid = largest input scale / 32 (int16 keeps 3 x 127 x 32)


def on_grid(x: torch.Tensor, scale: torch.Tensor, lo: int, hi: int) -> torch.Tensor:
    """x rounded half-up onto the integer grid of `scale` and clamped to [lo, hi] codes (STE).

    The scale is not learned here: these are the intermediate requantisations of the integer
    graph whose target scale belongs to a learned quantiser downstream."""
    s = scale.detach()
    return torch.clamp(round_half_up(x / s), lo, hi) * s


def residual_sum(
    terms: list[torch.Tensor], scales: list[torch.Tensor]
) -> tuple[torch.Tensor, torch.Tensor]:
    """x + fwd + rev as the integer graph adds them: each term requantised to the common grid,
    int16-clamped, summed and clamped again. Returns the sum and its grid scale."""
    s_sum = torch.stack([s.detach() for s in scales]).max() / SUM_HEADROOM
    total = sum(on_grid(t, s_sum, *INT16) for t in terms)
    return torch.clamp(total, INT16[0] * s_sum, INT16[1] * s_sum), s_sum


def ln_eps_code(eps: float, d: int, s_sum: float) -> int:
    """LayerNorm epsilon in the integer units of sum(xc^2) // D (xc = D*x - sum x)."""
    return max(1, int(math.floor(eps * d * d / s_sum**2 + 0.5)))


class IntLayerNorm(nn.Module):
    """LayerNorm the way the integer graph computes it (golden.layernorm): integer mean and
    variance of the input codes, floor integer square root, normalised value rounded onto a 2^-F
    grid, per-channel int8 gamma, beta on the gamma*2^-F grid. Straight-through gradients."""

    FRAC_BITS = 8

    def __init__(self, dim: int, eps: float = 1e-5):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.bias = nn.Parameter(torch.zeros(dim))
        self.eps = eps

    def gamma_scale(self) -> torch.Tensor:
        """Per-channel gamma scale: |gamma| maps to 127 (sign kept in the code)."""
        return (self.weight.detach().abs() / 127.0).clamp_min(1e-12)

    def forward(self, x: torch.Tensor, s_sum: torch.Tensor) -> torch.Tensor:
        """x: [..., D] on the grid of s_sum (integer codes times s_sum)."""
        d = x.shape[-1]
        c = (x / s_sum.detach()).double()
        xc = d * c - c.sum(dim=-1, keepdim=True)
        var = (xc * xc).sum(dim=-1, keepdim=True) / d + ln_eps_code(self.eps, d, float(s_sum))
        grid = 2.0**self.FRAC_BITS
        n_float = xc / torch.sqrt(var) * grid
        with torch.no_grad():  # the integer path: floor division, floor isqrt, half-up rounding
            v_int = torch.floor(var)
            sigma = torch.floor(torch.sqrt(v_int))
            sigma = sigma - (sigma * sigma > v_int).double() + ((sigma + 1) ** 2 <= v_int).double()
            n_int = torch.floor((xc * 2 * grid + sigma) / (2 * sigma))
        n = (n_float + (n_int - n_float).detach()).to(x.dtype) / grid
        gs = self.gamma_scale()
        gamma = torch.clamp(round_half_up(self.weight / gs), -127, 127) * gs
        beta = int32_bias(self.bias, gs / grid)
        return n * gamma + beta
