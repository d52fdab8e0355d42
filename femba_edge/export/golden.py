"""The numpy golden: the one definition of every integer operator.

All arithmetic is int64 numpy; every function returns exactly what ONNX Runtime, the C kernels and
every simulator must reproduce. Shapes are for one window (no batch axis).
"""

from __future__ import annotations

import numpy as np

I64 = np.int64
INT8 = (-128, 127)
INT16 = (-32768, 32767)
P_SHIFT = 7  # exp-LUT index = rshift_round(delta * A, P_SHIFT)
DA_FRAC_BITS = 15  # dA in Q15
ISQRT_BITS = 32  # isqrt handles V < 2^62


INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1


class AccumulatorOverflow(ArithmeticError):
    """An accumulator that the C kernels hold in int32 left the int32 range."""


def int32_acc(acc: np.ndarray, where: str) -> np.ndarray:
    """Assert that an int32 accumulator of the contract stays in range (the exporter's bounds
    guarantee it; this makes every golden run prove it)."""
    # min and max, not abs: the range is asymmetric and -2^31 is a valid int32
    if acc.size and (acc.min() < INT32_MIN or acc.max() > INT32_MAX):
        bad = acc.min() if acc.min() < INT32_MIN else acc.max()
        raise AccumulatorOverflow(f"{where}: accumulator {bad} exceeds int32")
    return acc


def rshift_round(x: np.ndarray, s) -> np.ndarray:
    """floor((x + 2^(s-1)) / 2^s) for s >= 1, x for s == 0 (half-up, arithmetic shift)."""
    x, s = np.asarray(x, I64), np.asarray(s, I64)
    half = np.where(s > 0, np.left_shift(I64(1), np.maximum(s - 1, 0)), 0)
    return np.right_shift(x + half, s)


def requant(acc: np.ndarray, M, s, lo: int = INT8[0], hi: int = INT8[1]) -> np.ndarray:
    """clamp(floor((acc * M + 2^(s-1)) / 2^s), lo, hi); M, s broadcast on the last axis."""
    t = np.asarray(acc, I64) * np.asarray(M, I64)
    return np.clip(rshift_round(t, s), lo, hi)


def linear(
    x: np.ndarray,
    weight: np.ndarray,
    M: np.ndarray,
    s: np.ndarray,
    bias: np.ndarray | None = None,
    lo: int = INT8[0],
    hi: int = INT8[1],
) -> np.ndarray:
    """x [L, K] int8, weight [N, K] (2/4/8-bit codes), bias [N] int32 -> [L, N]."""
    acc = np.asarray(x, I64) @ np.asarray(weight, I64).T
    if bias is not None:
        acc = acc + np.asarray(bias, I64)
    return requant(int32_acc(acc, "linear"), M, s, lo, hi)


def patch_embed(
    x: np.ndarray, weight: np.ndarray, bias: np.ndarray, M: np.ndarray, s: np.ndarray
) -> np.ndarray:
    """x [1, C, T] int8, weight [E, 2*16], bias [L, (C/2)*E] int32 (conv bias + positional
    embedding), M, s [E] -> tokens [L, (C/2)*E], feature index c2*E + e."""
    c, t = x.shape[-2:]
    length = t // 16
    patches = np.asarray(x, I64).reshape(c // 2, 2, length, 16).transpose(2, 0, 1, 3)
    acc = patches.reshape(length, c // 2, 32) @ np.asarray(weight, I64).T  # [L, C/2, E]
    acc = int32_acc(acc.reshape(length, -1) + np.asarray(bias, I64), "patch_embed")
    return requant(acc, np.tile(M, c // 2), np.tile(s, c // 2))


def dwconv(
    x: np.ndarray,
    weight: np.ndarray,
    bias: np.ndarray,
    M: np.ndarray,
    s: np.ndarray,
    reverse: int = 0,
) -> np.ndarray:
    """Depthwise conv over tokens, x [L, D], weight [D, K]. Causal:
    acc[l] = bias + sum_k w[k] x[l - (K-1) + k]; reverse (anti-causal): x[l + (K-1) - k]."""
    length, _ = x.shape
    k = weight.shape[1]
    pad = ((0, k - 1), (0, 0)) if reverse else ((k - 1, 0), (0, 0))
    xp = np.pad(np.asarray(x, I64), pad)
    acc = np.asarray(bias, I64) + np.zeros(x.shape, I64)
    for j in range(k):
        start = (k - 1 - j) if reverse else j  # tap j looks k-1-j tokens ahead (reverse) / back
        acc += xp[start : start + length] * np.asarray(weight[:, j], I64)
    return requant(int32_acc(acc, "dwconv"), M, s)


def lut(x: np.ndarray, table: np.ndarray) -> np.ndarray:
    """table[x + 128]: a nonlinearity on int8 codes (table of 256 entries)."""
    return np.asarray(table, I64)[np.asarray(x, I64) + 128]


def mul(a: np.ndarray, b: np.ndarray, M, s) -> np.ndarray:
    """Elementwise product of two int8 tensors, requantised to int8 (the SiLU gate)."""
    return requant(np.asarray(a, I64) * np.asarray(b, I64), M, s)


def add(inputs: list[np.ndarray], M: np.ndarray, s: np.ndarray) -> np.ndarray:
    """sum_i requant(x_i, M[i], s[i]) clamped to int16 (the residual sum before LayerNorm)."""
    total = sum(requant(x, M[i], s[i], *INT16) for i, x in enumerate(inputs))
    return np.clip(total, *INT16)


def isqrt(v: np.ndarray) -> np.ndarray:
    """floor(sqrt(v)) for 0 <= v < 2^62, bit by bit (the same steps as ONNX and C)."""
    v = np.asarray(v, I64)
    r = np.zeros_like(v)
    for b in range(ISQRT_BITS - 1, -1, -1):
        t = r + (I64(1) << b)
        r = np.where(t * t <= v, t, r)
    return r


def layernorm(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    M: np.ndarray,
    s: np.ndarray,
    eps: int,
    frac_bits: int,
) -> np.ndarray:
    """Integer LayerNorm over the last axis of x [L, D] (int16 range) -> int8.

    xc = D*x - sum(x); sigma = isqrt(sum(xc^2) // D + eps) (= D * std);
    n = round_half_up(xc * 2^F / sigma); y = requant(n * gamma + beta)."""
    x = np.asarray(x, I64)
    d = x.shape[-1]
    xc = d * x - x.sum(axis=-1, keepdims=True)
    var = (xc * xc).sum(axis=-1, keepdims=True) // d + eps
    sigma = isqrt(var)
    n = (xc * (I64(2) << frac_bits) + sigma) // (2 * sigma)
    return requant(n * np.asarray(gamma, I64) + np.asarray(beta, I64), M, s)


def meanpool(x: np.ndarray, M, s) -> np.ndarray:
    """Mean over tokens: requant(sum_l x[l, :]) -> [1, D]."""
    return requant(int32_acc(np.asarray(x, I64).sum(axis=0, keepdims=True), "meanpool"), M, s)


def scan(
    u: np.ndarray,
    delta: np.ndarray,
    B: np.ndarray,
    C: np.ndarray,
    A: np.ndarray,
    D: np.ndarray,
    exp_table: np.ndarray,
    h_shift: int,
    M_y,
    s_y,
    M_D,
    s_D,
    reverse: int = 0,
) -> np.ndarray:
    """Integer selective scan with D skip. u, delta [L, Di] int8; B, C [L, N] int8;
    A [Di, N] int8 (<= 0); D [Di] int8; exp_table [256] Q15.

    dA = exp_table[rshift_round(delta*A, 7) + 128]; h = rshift_round(dA*h, 15) + delta*B*u
    (int32 state, scale s_delta*s_B*s_u); yacc = sum_n C * rshift_round(h, h_shift);
    y = clamp(requant16(yacc) + requant16(u*D), int8)."""
    u, delta = np.asarray(u, I64), np.asarray(delta, I64)
    B, C, A = np.asarray(B, I64), np.asarray(C, I64), np.asarray(A, I64)
    length, d_inner = u.shape
    p = np.clip(rshift_round(delta[:, :, None] * A[None], P_SHIFT), *INT8)
    dA = np.asarray(exp_table, I64)[p + 128]  # [L, Di, N]
    dBx = (delta * u)[:, :, None] * B[:, None, :]
    h = np.zeros((d_inner, A.shape[1]), I64)
    yacc = np.zeros((length, d_inner), I64)
    for t in range(length - 1, -1, -1) if reverse else range(length):
        h = int32_acc(rshift_round(dA[t] * h, DA_FRAC_BITS) + dBx[t], "scan state")
        yacc[t] = int32_acc((rshift_round(h, h_shift) * C[t][None, :]).sum(axis=-1), "scan y")
    y = requant(yacc, M_y, s_y, *INT16) + requant(u * np.asarray(D, I64), M_D, s_D, *INT16)
    return np.clip(y, *INT8)


def quantize_input(x: np.ndarray, scale: float) -> np.ndarray:
    """The documented host-side step before the graph: int8 = clamp(floor(x / scale + 0.5))."""
    return np.clip(np.floor(np.asarray(x, np.float64) / scale + 0.5), *INT8).astype(np.int8)


def argmax(x: np.ndarray) -> np.ndarray:
    """Index of the first maximum along the last axis (int64)."""
    return np.argmax(np.asarray(x), axis=-1).astype(I64)
