"""QAT FEMBA: the float model's structure with a quantisation point wherever the integer graph
rounds, and nonlinearities evaluated on quantised codes exactly as the lookup tables are."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn

from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES, ModelConfig
from femba_edge.errors import UserError
from femba_edge.model import Femba, patches_to_tokens, scan
from femba_edge.qat.layers import (
    INT16,
    Act,
    IntLayerNorm,
    discretize_a,
    int32_bias,
    on_grid,
    qconv1d_depthwise,
    qconv2d_patch,
    qlinear,
    residual_sum,
    weight_scale,
)
from femba_edge.qat.quantizers import round_half_up

SUPPORTED_WEIGHT_BITS = (2, 4, 8)


@dataclass(frozen=True)
class QuantSpec:
    """Bit widths per layer kind. Mamba projections default to 2 bits; the rest to 8."""

    weight_bits: int = 2
    ternary: bool = False
    act_bits: int = 8
    embed_bits: int = 8
    conv_bits: int = 8
    head_bits: int = 8

    def validate(self) -> QuantSpec:
        for name in ("weight_bits", "embed_bits", "conv_bits", "head_bits"):
            v = getattr(self, name)
            if v not in SUPPORTED_WEIGHT_BITS:
                raise UserError(
                    f"unsupported {name.replace('_', ' ')} {v}: choose one of "
                    f"{', '.join(map(str, SUPPORTED_WEIGHT_BITS))}"
                )
        if self.act_bits != 8:
            raise UserError(
                f"unsupported activation bit width {self.act_bits}: the integer "
                "contract uses int8 activations (--act-bits 8)"
            )
        if self.ternary and self.weight_bits != 2:
            raise UserError("--ternary needs --weight-bits 2")
        return self

    def to_dict(self) -> dict:
        return asdict(self)


class QMixer(nn.Module):
    """Quantised Mamba mixer; `reverse` = anti-causal conv and backward scan."""

    def __init__(self, cfg: ModelConfig, qs: QuantSpec):
        super().__init__()
        d, di, n, r = cfg.d_model, cfg.d_inner, cfg.d_state, cfg.dt_rank
        self.d_inner, self.d_state, self.dt_rank, self.d_conv = di, n, r, cfg.d_conv
        wb, tern = qs.weight_bits, qs.ternary
        self.in_proj = qlinear(d, 2 * di, wb, tern)
        self.q_u, self.q_z = Act(), Act()
        self.conv1d = qconv1d_depthwise(di, cfg.d_conv, qs.conv_bits)
        self.conv_bias = nn.Parameter(torch.zeros(di))
        self.q_conv, self.q_silu = Act(), Act()
        self.x_proj = qlinear(di, r + 2 * n, wb, tern)
        self.q_dt, self.q_B, self.q_C = Act(), Act(), Act()
        self.dt_proj = qlinear(r, di, wb, tern)
        self.dt_bias = nn.Parameter(torch.zeros(di))
        self.q_dtp, self.q_delta = Act(), Act()
        self.A_log = nn.Parameter(torch.zeros(di, n))
        self.D = nn.Parameter(torch.ones(di))
        self.q_y, self.q_gate, self.q_yg = Act(), Act(), Act()
        self.out_proj = qlinear(di, d, wb, tern)
        self.q_out = Act()

    def d_codes(self) -> tuple[torch.Tensor, torch.Tensor]:
        """D skip weights: per-tensor int8 codes and scale."""
        scale = (self.D.detach().abs().max() / 127.0).clamp_min(1e-12)
        return torch.clamp(round_half_up(self.D / scale), -127, 127), scale

    def forward(self, x: torch.Tensor, reverse: bool = False) -> torch.Tensor:
        length = x.shape[1]
        uz = self.in_proj(x)
        u, z = self.q_u(uz[..., : self.d_inner]), self.q_z(uz[..., self.d_inner :])
        # Causal conv; the reverse mixer runs it on the flipped sequence (anti-causal, taps
        # mirrored), exactly as flip(mixer(flip(x))) of the float model.
        ut = u.transpose(1, 2).flip(-1) if reverse else u.transpose(1, 2)
        acc = self.conv1d(F.pad(ut, (self.d_conv - 1, 0)))[..., :length]
        acc = (acc.flip(-1) if reverse else acc).transpose(1, 2)
        acc = acc + int32_bias(self.conv_bias, self.q_u.scale() * weight_scale(self.conv1d))
        u = self.q_silu(F.silu(self.q_conv(acc)))
        dbc = self.x_proj(u)
        dt = self.q_dt(dbc[..., : self.dt_rank])
        B = self.q_B(dbc[..., self.dt_rank : self.dt_rank + self.d_state])
        C = self.q_C(dbc[..., self.dt_rank + self.d_state :])
        dtp = self.dt_proj(dt) + int32_bias(
            self.dt_bias, self.q_dt.scale() * weight_scale(self.dt_proj)
        )
        delta = self.q_delta(F.softplus(self.q_dtp(dtp)))
        dA = discretize_a(self.q_delta.codes(delta), self.q_delta.scale(), -torch.exp(self.A_log))
        dBx = delta.unsqueeze(-1) * B.unsqueeze(2) * u.unsqueeze(-1)
        d_code, d_scale = self.d_codes()
        # Scan output and D skip are requantised separately, then added (golden.scan).
        s_y = self.q_y.scale()
        y = on_grid(scan(dA, dBx, C, reverse), s_y, *INT16)
        y = self.q_y(y + on_grid(u * (d_code * d_scale), s_y, *INT16))
        yg = self.q_yg(y * self.q_gate(F.silu(z)))
        return self.q_out(self.out_proj(yg))


class QBlock(nn.Module):
    """x = IntLayerNorm(x + fwd(x) + rev(x)), quantised output."""

    def __init__(self, cfg: ModelConfig, qs: QuantSpec):
        super().__init__()
        self.fwd, self.rev = QMixer(cfg, qs), QMixer(cfg, qs)
        self.norm = IntLayerNorm(cfg.d_model)
        self.q_out = Act()

    def forward(self, x: torch.Tensor, s_x: torch.Tensor) -> torch.Tensor:
        """x: block input on the grid of scale s_x."""
        terms = [x, self.fwd(x), self.rev(x, reverse=True)]
        total, s_sum = residual_sum(terms, [s_x, self.fwd.q_out.scale(), self.rev.q_out.scale()])
        return self.q_out(self.norm(total, s_sum))


class QFemba(nn.Module):
    """Quantised FEMBA. Input [B, C, T] float (normalised EEG); output logits [B, classes]."""

    def __init__(self, cfg: ModelConfig, qs: QuantSpec | None = None):
        super().__init__()
        self.cfg, self.qs = cfg.validate(), (qs or QuantSpec()).validate()
        self.q_in = Act()
        self.patch_embed = qconv2d_patch(
            cfg.embed_dim, (PATCH_CHANNELS, PATCH_SAMPLES), self.qs.embed_bits
        )
        # Conv bias and positional embedding form one int32 bias per (token, feature).
        self.pos_bias = nn.Parameter(torch.zeros(cfg.tokens, cfg.d_model))
        self.q_embed = Act()
        self.blocks = nn.ModuleList(QBlock(cfg, self.qs) for _ in range(cfg.blocks))
        self.q_pool = Act()
        self.head = qlinear(cfg.d_model, cfg.classes, self.qs.head_bits)
        self.head_bias = nn.Parameter(torch.zeros(cfg.classes))
        self.q_logits = Act(bits=16)

    def embed_acc_scale(self) -> torch.Tensor:
        """Accumulator scale of the patch embedding per token feature [d_model]."""
        return (self.q_in.scale() * weight_scale(self.patch_embed)).repeat(
            self.cfg.channels // PATCH_CHANNELS
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = patches_to_tokens(self.patch_embed(self.q_in(x).unsqueeze(1)))
        x = self.q_embed(x + int32_bias(self.pos_bias, self.embed_acc_scale()))
        s_x = self.q_embed.scale()
        for block in self.blocks:
            x = block(x, s_x)
            s_x = block.q_out.scale()
        pooled = self.q_pool(x.mean(dim=1))
        acc_scale = self.q_pool.scale() * weight_scale(self.head)
        return self.q_logits(self.head(pooled) + int32_bias(self.head_bias, acc_scale))


@torch.no_grad()
def from_float(float_model: Femba, qs: QuantSpec) -> QFemba:
    """A QAT model initialised from float weights (scales still to be calibrated)."""
    cfg = float_model.cfg
    q = QFemba(cfg, qs)
    fm = float_model
    q.patch_embed.weight.copy_(fm.patch_embed.weight)
    c2 = cfg.channels // PATCH_CHANNELS
    q.pos_bias.copy_(fm.pos_embed + fm.patch_embed.bias.repeat(c2))
    for qb, fb in zip(q.blocks, fm.blocks, strict=True):
        for qm, m in ((qb.fwd, fb.fwd), (qb.rev, fb.rev)):
            for name in ("in_proj", "x_proj", "dt_proj", "out_proj", "conv1d"):
                getattr(qm, name).weight.copy_(getattr(m, name).weight)
            qm.conv_bias.copy_(m.conv1d.bias)
            qm.dt_bias.copy_(m.dt_proj.bias)
            qm.A_log.copy_(m.A_log)
            qm.D.copy_(m.D)
        qb.norm.weight.copy_(fb.norm.weight)
        qb.norm.bias.copy_(fb.norm.bias)
    q.head.weight.copy_(fm.head.weight)
    q.head_bias.copy_(fm.head.bias)
    return q


def quant_layers(model: QFemba) -> dict[str, nn.Module]:
    """Every weight-quantised layer by qualified name."""
    from brevitas.nn.quant_layer import QuantWeightBiasInputOutputLayer

    return {
        n: m for n, m in model.named_modules() if isinstance(m, QuantWeightBiasInputOutputLayer)
    }
