"""Random integer FEMBA graphs with the exporter's structure, built in milliseconds (no torch).

For code-generation tests: every op, shape and constant kind of `from_qat.graph_from_qat`, with
random codes and with M, s fitted on a probe window so activations use the int8 range (a test
on all-zero or all-saturated tensors would prove little). Bounds are the exporter's."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from femba_edge.export import golden
from femba_edge.export.ir import Graph, Op

INT32_MAX = 2**31 - 1


@dataclass(frozen=True)
class SynthConfig:
    """Shape of a synthetic FEMBA graph (same meaning as ModelConfig) plus weight coding."""

    channels: int = 4
    samples: int = 64
    embed_dim: int = 3
    blocks: int = 1
    d_state: int = 4
    expand: int = 2
    d_conv: int = 4
    classes: int = 2
    weight_bits: int = 2  # 2, 4 or 8 for the Mamba projections
    ternary: bool = False
    # Shift sweep for the kernels' requantisation paths: when non-empty, every int8 GEMM (the
    # Mamba projections) takes its per-channel s from these values (consecutive channels in
    # order in one layer, shuffled in the next, so channel groups of four mix small and large
    # shifts), a random M in [2^30, 2^31) and a bias that centres each channel's outputs in the
    # int8 range where the shift allows it (see _Builder.swept)
    gemm_shifts: tuple[int, ...] = ()
    # projection names (e.g. "x_proj_B") whose clamp is (-100, 100) instead of the int8 range:
    # the GEMM kernels' general lo / hi variants
    narrow: tuple[str, ...] = ()
    # The same for the other requantising kernels (issue #14): when non-empty, patch_embed,
    # dwconv, the scan's y and D terms, the SiLU gate product and LayerNorm take their s from
    # these values, each with a random M in [2^30, 2^31). Per channel where the kernel reads
    # M, s per channel (patch_embed's filters, dwconv, scan s_y / s_D, the LayerNorm of even
    # blocks: a trained LayerNorm's gamma scale is per channel), swept as gemm_shifts; one per
    # layer where the kernel hoists a single M, s (the gate product, the LayerNorm of odd
    # blocks), the k-th such layer taking the k-th value. Biases (patch_embed, dwconv, LayerNorm
    # beta) centre the outputs where the shift allows, as in _Builder.sweep.
    op_shifts: tuple[int, ...] = ()

    @property
    def tokens(self) -> int:
        return self.samples // 16

    @property
    def d_model(self) -> int:
        return self.channels // 2 * self.embed_dim


def _requant_params(ratio: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    m, e = np.frexp(np.clip(np.asarray(ratio, np.float64), 2.0**-30, 2.0**29))
    M = np.floor(m * 2.0**31 + 0.5).astype(np.int64)
    carry = M == 2**31
    M, e = np.where(carry, 2**30, M), np.where(carry, e + 1, e)
    return M, (31 - e).astype(np.int64)


class _Builder:
    def __init__(self, cfg: SynthConfig, rng: np.random.Generator, x: np.ndarray):
        self.cfg, self.rng, self.ops = cfg, rng, []
        self.env = {"input": x.astype(np.int64)}
        self.swept = [0, 0]  # layers and channels that already took shifts from gemm_shifts
        self.op_swept = [0, 0, 0]  # the same for op_shifts (per channel), and per-layer uses

    def add(self, name: str, kind: str, inputs: list[str], attrs=None, **consts) -> str:
        op = Op(name, kind, inputs, {k: np.asarray(v, np.int64) for k, v in consts.items()},
                attrs or {})
        self.ops.append(op)
        args = [self.env[i] for i in op.inputs]
        fn = getattr(golden, kind)
        self.env[name] = fn(args, **op.consts) if kind == "add" else fn(*args, **op.consts,
                                                                         **op.attrs)
        return name

    def fit(self, acc: np.ndarray, target: float = 40.0, per_channel: bool = True):
        """M, s so that acc maps to a spread of about `target` codes (jittered per channel)."""
        a = np.asarray(acc, np.float64).reshape(-1, acc.shape[-1])
        rms = np.sqrt((a * a).mean(axis=0)) + 1.0 if per_channel \
            else np.array([np.sqrt((a * a).mean()) + 1.0])
        jitter = self.rng.uniform(0.6, 1.6, rms.shape)
        return _requant_params(target * jitter / rms)

    def weights(self, shape: tuple[int, ...], bits: int) -> np.ndarray:
        if bits == 2 and self.cfg.ternary:
            return self.rng.integers(-1, 2, shape)
        lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        return self.rng.integers(lo, hi + 1, shape)

    def linear(self, name: str, x: str, n: int, bits: int, bias: bool = False, lo=-128,
               hi=127) -> str:
        k = self.env[x].shape[1]
        w = self.weights((n, k), bits)
        acc = self.env[x] @ w.T
        if hi == 127 and name.rsplit(".", 1)[-1] in self.cfg.narrow:
            lo, hi = -100, 100
        if self.cfg.gemm_shifts and hi < 128:
            M, s, b = self.sweep(w, acc)
            return self.add(name, "linear", [x], weight=w, M=M, s=s, lo=lo, hi=hi, bias=b)
        extra = {}
        if bias:
            extra["bias"] = self.rng.integers(-4 * k, 4 * k + 1, n)
            acc = acc + extra["bias"]
        M, s = self.fit(acc, 40.0 if hi == 127 else 3000.0)
        return self.add(name, "linear", [x], weight=w, M=M, s=s, lo=lo, hi=hi, **extra)

    def sweep(self, w: np.ndarray, xw: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(M, s, bias) of a GEMM under cfg.gemm_shifts. M alone cannot bring a forced shift's
        outputs into range (it spans a factor of 2), so the bias does what it can: it puts each
        channel's mean output on a random half-way point t (a rounding tie of the probe's mean,
        +-100.5 at most), or, when the int32 bias cannot reach that far (large s), on the
        farthest half-way point it can reach (+-0.5 for s = 62: outputs 0 / +-1 split by the
        rounding). Small shifts still saturate every non-zero accumulator: that is what such a
        shift means, and it drives the kernels' clamps. |bias| stays within the codegen's
        accumulator bound (k * 128 * max|w| + |bias| <= 2^31 - 1)."""
        n, k = w.shape
        shifts = np.asarray(self.cfg.gemm_shifts, np.int64)
        layers, done = self.swept
        # odd layers: shuffled, so groups of four channels mix small and large shifts
        order = self.rng.permutation(len(shifts)) if layers % 2 else np.arange(len(shifts))
        s = shifts[order[(done + np.arange(n)) % len(shifts)]]
        self.swept = [layers + 1, done + n]
        M = self.rng.integers(2**30, 2**31, n)
        limit = INT32_MAX - k * 128 * int(np.abs(w).max(initial=1))
        reach = limit * M / 2.0 ** s  # the largest |output| the bias alone can reach
        t = self.rng.integers(-100, 101, n) + 0.5
        far = reach < np.abs(t) + 1
        t = np.where(far, np.sign(t) * (np.floor(np.maximum(reach - 0.5, 0)) + 0.5), t)
        t = np.where(reach < 0.5, 0.0, t)
        mean = np.asarray(xw, np.float64).reshape(-1, n).mean(axis=0)
        bias = np.clip(np.round(t * 2.0 ** s / M - mean), -limit, limit).astype(np.int64)
        return M, s, bias

    def op_channel_shifts(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(M, s) for n channels of a non-GEMM op under cfg.op_shifts (as sweep: in order in
        one layer, shuffled in the next)."""
        shifts = np.asarray(self.cfg.op_shifts, np.int64)
        layers, done, _ = self.op_swept
        order = self.rng.permutation(len(shifts)) if layers % 2 else np.arange(len(shifts))
        s = shifts[order[(done + np.arange(n)) % len(shifts)]]
        self.op_swept[:2] = [layers + 1, done + n]
        return self.rng.integers(2**30, 2**31, n), s

    def op_layer_shift(self) -> tuple[np.ndarray, np.ndarray]:
        """(M, s) of one value for the next per-layer op under cfg.op_shifts."""
        k = self.op_swept[2]
        self.op_swept[2] = k + 1
        s = self.cfg.op_shifts[k % len(self.cfg.op_shifts)]
        return self.rng.integers(2**30, 2**31, 1), np.array([s], np.int64)

    def centre(self, acc: np.ndarray, M: np.ndarray, s: np.ndarray, limit: int) -> np.ndarray:
        """A per-channel offset (|offset| <= limit) that moves the mean of acc [..., n] onto a
        random half-way point of the requantised outputs, or as far as limit allows (see
        sweep)."""
        n = acc.shape[-1]
        reach = limit * M / 2.0**s
        t = self.rng.integers(-100, 101, n) + 0.5
        t = np.where(reach < np.abs(t) + 1,
                     np.sign(t) * (np.floor(np.maximum(reach - 0.5, 0)) + 0.5), t)
        t = np.where(reach < 0.5, 0.0, t)
        mean = np.asarray(acc, np.float64).reshape(-1, n).mean(axis=0)
        return np.clip(np.round(t * 2.0**s / M - mean), -limit, limit).astype(np.int64)

    def lut(self, name: str, x: str, lo: int = -128) -> str:
        grid = np.arange(-128, 128) / self.rng.uniform(20, 60)
        silu = grid / (1 + np.exp(-grid)) * self.rng.uniform(20, 60)
        return self.add(name, "lut", [x], table=np.clip(np.floor(silu + 0.5), lo, 127))


def _mixer(b: _Builder, p: str, x: str, reverse: int) -> str:
    cfg, rng = b.cfg, b.rng
    di, n, r = cfg.expand * cfg.d_model, cfg.d_state, math.ceil(cfg.d_model / 16)
    bits = cfg.weight_bits
    u = b.linear(f"{p}.in_proj_u", x, di, bits)
    z = b.linear(f"{p}.in_proj_z", x, di, bits)
    w = rng.integers(-128, 128, (di, cfg.d_conv))
    bias = rng.integers(-20000, 20000, di)
    M, s = b.fit(_dw_acc(b.env[u], w, bias, reverse))
    if cfg.op_shifts:
        M, s = b.op_channel_shifts(di)
        bias = b.centre(_dw_acc(b.env[u], w, np.zeros(di, np.int64), reverse), M, s,
                        INT32_MAX - 4 * 128 * 128)
    conv = b.add(f"{p}.conv1d", "dwconv", [u], {"reverse": reverse}, weight=w, bias=bias, M=M, s=s)
    act = b.lut(f"{p}.silu", conv)
    dt = b.linear(f"{p}.x_proj_dt", act, r, bits)
    bb = b.linear(f"{p}.x_proj_B", act, n, bits)
    cc = b.linear(f"{p}.x_proj_C", act, n, bits)
    dtp = b.linear(f"{p}.dt_proj", dt, di, bits, bias=True)
    table = np.clip(np.floor(np.logaddexp(0, np.arange(-128, 128) / 32.0) * 24 + 0.5), 0, 127)
    delta = b.add(f"{p}.softplus", "lut", [dtp], table=table)
    a = -rng.integers(1, 128, (di, n))
    exp_table = np.minimum(np.floor(np.exp(np.arange(-128, 128) * 2.0**-9) * 2**15 + 0.5), 2**15)
    h_bound = cfg.tokens * (max(int(table.max()), 1) * 128 * 128 + 1)
    h_shift = max(0, math.ceil(math.log2(n * 128 * h_bound / INT32_MAX)))
    d = rng.integers(-128, 128, di)
    yacc = _scan_acc(b, act, delta, bb, cc, a, exp_table, h_shift, reverse)
    M_y, s_y = b.fit(yacc, 30.0, per_channel=False)
    M_D, s_D = b.fit(b.env[act] * d, 30.0, per_channel=False)
    if cfg.op_shifts:  # per channel: one scan covers the values (scan_y picks a path per channel)
        (M_y, s_y), (M_D, s_D) = b.op_channel_shifts(di), b.op_channel_shifts(di)
    y = b.add(f"{p}.scan", "scan", [act, delta, bb, cc], {"reverse": reverse}, A=a, D=d,
              exp_table=exp_table, h_shift=h_shift, M_y=M_y, s_y=s_y, M_D=M_D, s_D=s_D)
    gate = b.lut(f"{p}.gate_silu", z)
    M, s = b.fit(b.env[y] * b.env[gate], 40.0, per_channel=False)
    if cfg.op_shifts:
        M, s = b.op_layer_shift()
    yg = b.add(f"{p}.gate", "mul", [y, gate], M=M, s=s)
    return b.linear(f"{p}.out_proj", yg, cfg.d_model, bits)


def _dw_acc(x: np.ndarray, w: np.ndarray, bias: np.ndarray, reverse: int) -> np.ndarray:
    length, k = x.shape[0], w.shape[1]
    pad = ((0, k - 1), (0, 0)) if reverse else ((k - 1, 0), (0, 0))
    xp = np.pad(x, pad)
    acc = bias + np.zeros(x.shape, np.int64)
    for j in range(k):
        start = (k - 1 - j) if reverse else j
        acc += xp[start:start + length] * w[:, j]
    return acc


def _norm_n(x: np.ndarray, eps: int, frac_bits: int) -> np.ndarray:
    """golden.layernorm's normalised n (before gamma, beta and the requant)."""
    d = x.shape[-1]
    xc = d * x - x.sum(axis=-1, keepdims=True)
    sigma = golden.isqrt((xc * xc).sum(axis=-1, keepdims=True) // d + eps)
    return (xc * (2 << frac_bits) + sigma) // (2 * sigma)


def _scan_acc(b: _Builder, u, delta, bb, cc, a, exp_table, h_shift, reverse) -> np.ndarray:
    u, delta, B, C = (b.env[t] for t in (u, delta, bb, cc))
    p = np.clip(golden.rshift_round(delta[:, :, None] * a[None], golden.P_SHIFT), -128, 127)
    dA = exp_table[p + 128]
    dBx = (delta * u)[:, :, None] * B[:, None, :]
    h = np.zeros(a.shape, np.int64)
    out = np.zeros(u.shape, np.int64)
    for t in range(len(u) - 1, -1, -1) if reverse else range(len(u)):
        h = golden.rshift_round(dA[t] * h, golden.DA_FRAC_BITS) + dBx[t]
        out[t] = (golden.rshift_round(h, h_shift) * C[t][None, :]).sum(axis=-1)
    return out


def synth_graph(cfg: SynthConfig, seed: int = 0) -> tuple[Graph, np.ndarray]:
    """(graph, one int8 probe window [1, C, T]) for cfg; the probe also fits the scales."""
    rng = np.random.default_rng(seed)
    x = np.clip(np.floor(rng.standard_normal((1, cfg.channels, cfg.samples)) * 40 + 0.5),
                -128, 127).astype(np.int8)
    b = _Builder(cfg, rng, x)
    e, d, L = cfg.embed_dim, cfg.d_model, cfg.tokens
    w = rng.integers(-128, 128, (e, 32))
    bias = rng.integers(-50000, 50000, (L, d))
    patches = x[0].astype(np.int64).reshape(cfg.channels // 2, 2, L, 16).transpose(2, 0, 1, 3)
    acc = (patches.reshape(L, cfg.channels // 2, 32) @ w.T).reshape(L, -1) + bias
    M, s = b.fit(acc.reshape(L, cfg.channels // 2, e).reshape(-1, e))
    if cfg.op_shifts:
        M, s = b.op_channel_shifts(e)
        off = b.centre(acc.reshape(-1, e) - bias.reshape(-1, e), M, s,
                       INT32_MAX - 32 * 128 * 128 - 50000)
        bias = bias + np.tile(off, cfg.channels // 2)
    h = b.add("patch_embed", "patch_embed", ["input"], weight=w, bias=bias, M=M, s=s)
    for i in range(cfg.blocks):
        f = _mixer(b, f"b{i}.fwd", h, 0)
        r = _mixer(b, f"b{i}.rev", h, 1)
        M, s = _requant_params(rng.uniform(2.0, 20.0, 3))
        total = b.add(f"b{i}.add", "add", [h, f, r], M=M, s=s)
        gamma = rng.integers(20, 128, d) * rng.choice([-1, 1], d)
        beta = rng.integers(-5000, 5000, d)
        eps = int(rng.integers(1, 5000))
        M, s = _requant_params(np.full(d, 40.0 / (256 * 80)))
        if cfg.op_shifts:  # even blocks per channel, odd blocks one M, s (see SynthConfig)
            M, s = b.op_layer_shift() if i % 2 else b.op_channel_shifts(d)
            # |beta| < 2^30: the kernel's 32-bit row path (n * gamma + beta in int32)
            beta = b.centre(_norm_n(b.env[total], eps, 8) * gamma, M, s, 2**30 - 2**23)
        h = b.add(f"b{i}.norm", "layernorm", [total], gamma=gamma, beta=beta, M=M, s=s,
                  eps=eps, frac_bits=8)
    M, s = b.fit(b.env[h].sum(axis=0, keepdims=True), 40.0, per_channel=False)
    pooled = b.add("pool", "meanpool", [h], M=M, s=s)
    logits = b.linear("logits", pooled, cfg.classes, 8, bias=True, lo=-32768, hi=32767)
    b.add("class", "argmax", [logits])
    graph = Graph("input", (1, cfg.channels, cfg.samples), b.ops, [logits, "class"],
                  {"input_scale": "1.0", "synthetic": "1"})
    return graph, x
