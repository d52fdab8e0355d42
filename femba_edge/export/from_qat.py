"""QAT model -> integer graph: read integer codes and scales, derive every M, s, table and shift.

Codes are read with the very torch expressions QAT used (so the integers are the trained ones);
all derived constants (M, s, tables) are computed here, once, in float64.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES
from femba_edge.errors import UserError
from femba_edge.export import golden
from femba_edge.export.ir import Graph, Op
from femba_edge.qat.layers import (
    DA_FRAC_BITS,
    P_SHIFT,
    SUM_HEADROOM,
    Act,
    IntLayerNorm,
    a_codes,
    ln_eps_code,
    weight_scale,
)
from femba_edge.qat.model import QBlock, QFemba, QMixer
from femba_edge.qat.quantizers import round_half_up

INT32_MAX = 2**31 - 1


class ExportError(UserError):
    """The model cannot be lowered to the integer contract (names the layer and the reason)."""


def requant_params(ratio: np.ndarray | float, where: str) -> tuple[np.ndarray, np.ndarray]:
    """M in [2^30, 2^31) and 1 <= s <= 62 with M / 2^s ~= ratio (per element)."""
    ratio = np.atleast_1d(np.asarray(ratio, np.float64))
    if not np.all(np.isfinite(ratio)) or np.any(ratio <= 0):
        raise ExportError(f"{where}: scale ratio must be positive and finite")
    m, e = np.frexp(ratio)
    M = np.floor(m * 2.0**31 + 0.5).astype(np.int64)
    e = e.astype(np.int64)
    carry = M == 2**31
    M, e = np.where(carry, 2**30, M), np.where(carry, e + 1, e)
    s = 31 - e
    if np.any(s < 1) or np.any(s > 62):
        raise ExportError(
            f"{where}: requantisation ratio {ratio.min():.3g}..{ratio.max():.3g} "
            "outside the contract's range (2^-31, 2^30)"
        )
    return M, s


def _f64(t: torch.Tensor) -> np.ndarray:
    return t.detach().double().cpu().numpy()


def _codes(t: torch.Tensor) -> np.ndarray:
    return t.detach().cpu().numpy().astype(np.int64)


def _int_weight(layer) -> tuple[np.ndarray, np.ndarray]:
    """Integer weight codes [out, ...] and per-channel float scales [out]."""
    qw = layer.quant_weight()
    return _codes(qw.int()), _f64(qw.scale.reshape(-1))


def _bias_codes(bias: torch.Tensor, scale: torch.Tensor, where: str) -> np.ndarray:
    code = round_half_up(bias.detach() / scale.detach())
    if torch.any(code.abs() > INT32_MAX):
        raise ExportError(f"{where}: bias does not fit int32 at the accumulator scale")
    return _codes(code)


def _lut(fn, in_scale: float, out_scale: float, lo: int = -128, hi: int = 127) -> np.ndarray:
    """Table over int8 codes -128..127 of clamp(round_half_up(fn(code*in) / out))."""
    x = np.arange(-128, 128, dtype=np.float64) * in_scale
    return np.clip(np.floor(fn(x) / out_scale + 0.5), lo, hi).astype(np.int64)


def _silu(x: np.ndarray) -> np.ndarray:
    return x / (1.0 + np.exp(-x))


def _softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(0.0, x)


def _check_acc(where: str, bound: float) -> None:
    if bound > INT32_MAX:
        raise ExportError(f"{where}: int32 accumulator could overflow (bound {bound:.3g} > 2^31-1)")


class _Builder:
    """Collects the ops of one graph; `tokens` bounds the scan state."""

    def __init__(self, tokens: int):
        self.ops: list[Op] = []
        self.tokens = tokens

    def add(
        self, name: str, kind: str, inputs: list[str], attrs: dict | None = None, **consts
    ) -> str:
        consts = {k: np.asarray(v, np.int64) for k, v in consts.items()}
        self.ops.append(Op(name, kind, inputs, consts, attrs or {}))
        return name

    def linear(
        self,
        name: str,
        x: str,
        in_scale: float,
        w: np.ndarray,
        w_scale: np.ndarray,
        out_scale: float,
        bias: np.ndarray | None = None,
        lo: int = -128,
        hi: int = 127,
    ) -> str:
        k = w.shape[1]
        bound = k * 128 * np.abs(w).max(initial=0) + (np.abs(bias).max() if bias is not None else 0)
        _check_acc(name, bound)
        M, s = requant_params(in_scale * w_scale / out_scale, name)
        extra = {"bias": bias} if bias is not None else {}
        return self.add(name, "linear", [x], weight=w, M=M, s=s, lo=lo, hi=hi, **extra)


def _mixer(b: _Builder, m: QMixer, prefix: str, x: str, s_x: float, reverse: bool) -> str:
    di, n, r = m.d_inner, m.d_state, m.dt_rank
    sc = lambda a: float(a.scale())  # noqa: E731
    w, ws = _int_weight(m.in_proj)
    u = b.linear(f"{prefix}.in_proj_u", x, s_x, w[:di], ws[:di], sc(m.q_u))
    z = b.linear(f"{prefix}.in_proj_z", x, s_x, w[di:], ws[di:], sc(m.q_z))
    w, ws = _int_weight(m.conv1d)
    w = w.reshape(di, -1)
    bias = _bias_codes(m.conv_bias, m.q_u.scale() * weight_scale(m.conv1d), f"{prefix}.conv1d")
    _check_acc(f"{prefix}.conv1d", w.shape[1] * 128 * np.abs(w).max() + np.abs(bias).max())
    M, s = requant_params(sc(m.q_u) * ws / sc(m.q_conv), f"{prefix}.conv1d")
    conv = b.add(
        f"{prefix}.conv1d", "dwconv", [u], {"reverse": int(reverse)}, weight=w, bias=bias, M=M, s=s
    )
    u = b.add(f"{prefix}.silu", "lut", [conv], table=_lut(_silu, sc(m.q_conv), sc(m.q_silu)))
    w, ws = _int_weight(m.x_proj)
    parts = {
        "dt": (slice(0, r), m.q_dt),
        "B": (slice(r, r + n), m.q_B),
        "C": (slice(r + n, r + 2 * n), m.q_C),
    }
    t = {
        k: b.linear(f"{prefix}.x_proj_{k}", u, sc(m.q_silu), w[sl], ws[sl], sc(q))
        for k, (sl, q) in parts.items()
    }
    w, ws = _int_weight(m.dt_proj)
    bias = _bias_codes(m.dt_bias, m.q_dt.scale() * weight_scale(m.dt_proj), f"{prefix}.dt_proj")
    dtp = b.linear(f"{prefix}.dt_proj", t["dt"], sc(m.q_dt), w, ws, sc(m.q_dtp), bias=bias)
    table = _lut(_softplus, sc(m.q_dtp), sc(m.q_delta))
    delta = b.add(f"{prefix}.softplus", "lut", [dtp], table=table)
    return _scan(b, m, prefix, u, delta, t["B"], t["C"], z, int(table.max()), reverse)


def _scan(
    b: _Builder,
    m: QMixer,
    prefix: str,
    u: str,
    delta: str,
    B: str,
    C: str,
    z: str,
    delta_max: int,
    reverse: bool,
) -> str:
    sc = lambda a: float(a.scale())  # noqa: E731
    a_code, a_scale = a_codes(-torch.exp(m.A_log))
    p_scale = sc(m.q_delta) * float(a_scale) * 2**P_SHIFT
    p = np.arange(-128, 128, dtype=np.float64)
    exp_table = np.minimum(np.floor(np.exp(p * p_scale) * 2**DA_FRAC_BITS + 0.5), 2**DA_FRAC_BITS)
    h_bound = b.tokens * (max(delta_max, 1) * 128 * 128 + 1)
    _check_acc(f"{prefix}.scan state", h_bound)
    d_code, d_scale = m.d_codes()
    s_state = sc(m.q_delta) * sc(m.q_B) * sc(m.q_silu)
    y_ratio = s_state * sc(m.q_C) / sc(m.q_y)
    # Shift h before the C product so that (a) 16-term sums stay in int32 and (b) the requant
    # ratio of y stays above the contract's minimum 2^-31 (those low bits are discarded anyway).
    h_shift = max(
        0,
        math.ceil(math.log2(m.d_state * 128 * h_bound / INT32_MAX)),
        math.ceil(math.log2(2.0**-31 / y_ratio)),
    )
    M_y, s_y = requant_params(y_ratio * 2**h_shift, f"{prefix}.scan")
    M_D, s_D = requant_params(sc(m.q_silu) * float(d_scale) / sc(m.q_y), f"{prefix}.scan D")
    y = b.add(
        f"{prefix}.scan",
        "scan",
        [u, delta, B, C],
        {"reverse": int(reverse)},
        A=_codes(a_code),
        D=_codes(d_code),
        exp_table=exp_table,
        h_shift=h_shift,
        M_y=M_y,
        s_y=s_y,
        M_D=M_D,
        s_D=s_D,
    )
    gate = b.add(f"{prefix}.gate_silu", "lut", [z], table=_lut(_silu, sc(m.q_z), sc(m.q_gate)))
    M, s = requant_params(sc(m.q_y) * sc(m.q_gate) / sc(m.q_yg), f"{prefix}.gate")
    yg = b.add(f"{prefix}.gate", "mul", [y, gate], M=M, s=s)
    w, ws = _int_weight(m.out_proj)
    return b.linear(f"{prefix}.out_proj", yg, sc(m.q_yg), w, ws, sc(m.q_out))


def _block(b: _Builder, blk: QBlock, prefix: str, x: str, s_x: float) -> str:
    f = _mixer(b, blk.fwd, f"{prefix}.fwd", x, s_x, reverse=False)
    r = _mixer(b, blk.rev, f"{prefix}.rev", x, s_x, reverse=True)
    scales = np.array([s_x, float(blk.fwd.q_out.scale()), float(blk.rev.q_out.scale())])
    s_sum = scales.max() / SUM_HEADROOM
    M, s = requant_params(scales / s_sum, f"{prefix}.add")
    total = b.add(f"{prefix}.add", "add", [x, f, r], M=M, s=s)
    return _layernorm(b, blk.norm, blk.q_out, prefix, total, s_sum)


def _layernorm(b: _Builder, ln: IntLayerNorm, q_out: Act, prefix: str, x: str, s_sum: float) -> str:
    d = ln.weight.numel()
    gs = ln.gamma_scale()
    gamma = _codes(torch.clamp(round_half_up(ln.weight / gs), -127, 127))
    frac = IntLayerNorm.FRAC_BITS
    beta = _bias_codes(ln.bias, gs / 2.0**frac, f"{prefix}.norm")
    eps = ln_eps_code(ln.eps, d, s_sum)
    if (2 * d * golden.INT16[1]) ** 2 * d + eps >= 2**62:
        raise ExportError(f"{prefix}.norm: d_model={d} too large for the int64 variance")
    M, s = requant_params(_f64(gs) / 2.0**frac / float(q_out.scale()), f"{prefix}.norm")
    return b.add(
        f"{prefix}.norm",
        "layernorm",
        [x],
        gamma=gamma,
        beta=beta,
        M=M,
        s=s,
        eps=eps,
        frac_bits=frac,
    )


@torch.no_grad()
def graph_from_qat(model: QFemba) -> Graph:
    """Lower a trained QAT model to the integer graph (raises ExportError naming the layer)."""
    model.eval()
    cfg = model.cfg
    b = _Builder(cfg.tokens)
    s_in = float(model.q_in.scale())
    w, ws = _int_weight(model.patch_embed)
    w = w.reshape(cfg.embed_dim, PATCH_CHANNELS * PATCH_SAMPLES)
    bias = _bias_codes(model.pos_bias, model.embed_acc_scale(), "patch_embed")
    _check_acc("patch_embed", w.shape[1] * 128 * np.abs(w).max() + np.abs(bias).max())
    M, s = requant_params(s_in * ws / float(model.q_embed.scale()), "patch_embed")
    x = b.add("patch_embed", "patch_embed", ["input"], weight=w, bias=bias, M=M, s=s)
    s_x = float(model.q_embed.scale())
    for i, blk in enumerate(model.blocks):
        x = _block(b, blk, f"b{i}", x, s_x)
        s_x = float(blk.q_out.scale())
    s_pool = float(model.q_pool.scale())
    M, s = requant_params(s_x / cfg.tokens / s_pool, "pool")
    pooled = b.add("pool", "meanpool", [x], M=M, s=s)
    w, ws = _int_weight(model.head)
    bias = _bias_codes(model.head_bias, model.q_pool.scale() * weight_scale(model.head), "head")
    logits = b.linear(
        "logits",
        pooled,
        s_pool,
        w,
        ws,
        float(model.q_logits.scale()),
        bias=bias,
        lo=golden.INT16[0],
        hi=golden.INT16[1],
    )
    b.add("class", "argmax", [logits])
    meta = {"input_scale": repr(s_in), "output_scale": repr(float(model.q_logits.scale()))}
    return Graph("input", (1, cfg.channels, cfg.samples), b.ops, [logits, "class"], meta)
