"""Parsers: integer graph ops -> C layers (which driver runs them, tensor shapes and element
sizes, constants converted to the bytes the firmware reads). Deeploy calls this step parsing."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from femba_edge.codegen.errors import CodegenError
from femba_edge.codegen.pack import (
    BIAS12,
    narrow_bias,
    pack_bias12,
    pack_requant,
    pack_rows,
    pack_state_bits,
    row_bytes,
    weight_bits,
)
from femba_edge.export.golden import INT16, requant
from femba_edge.export.ir import Graph, Op

PATCH = (2, 16)
INT32 = (-(2**31), 2**31 - 1)
SCAN_STATE_LIMIT = 2**31 - 1
ROW_KINDS = {"lut": 0, "mul": 1, "add": 2, "layernorm": 3, "meanpool": 4, "argmax": 5}


@dataclass
class Tensor:
    """An activation tensor in L2: shape and element size in bytes (1 int8, 2 int16, 4 int32)."""

    name: str
    shape: tuple[int, ...]
    elem: int

    @property
    def nbytes(self) -> int:
        return int(np.prod(self.shape)) * self.elem


@dataclass
class Const:
    """A constant array for weights.bin, as `rows` rows of `row_bytes` bytes."""

    name: str
    data: bytes
    rows: int
    row_bytes: int
    # stored bits per element where the report must not assume one (int16 biases, 4-bit A)
    elem_bits: int = 0


@dataclass
class Layer:
    """One C call site: driver family, tensors, streamed (per-row) and whole constants, scalars."""

    index: int
    name: str
    kind: str
    driver: str  # gemm | chan | patch | row
    inputs: list[Tensor]
    output: Tensor
    stream: list[Const] = field(default_factory=list)
    whole: list[Const] = field(default_factory=list)
    scalars: dict[str, int] = field(default_factory=dict)


def _fail(op: Op, msg: str) -> CodegenError:
    return CodegenError(f"layer {op.name} ({op.kind}): {msg}")


def _int(op: Op, name: str, arr: np.ndarray, lo: int, hi: int) -> np.ndarray:
    a = np.asarray(arr, np.int64)
    if a.size and (a.min() < lo or a.max() > hi):
        raise _fail(op, f"{name} values {a.min()}..{a.max()} outside [{lo}, {hi}]")
    return a


def _per_channel(op: Op, name: str, n: int, dtype=np.int32) -> np.ndarray:
    """A per-channel constant broadcast to n channels (the golden broadcasts on the last axis)."""
    a = np.asarray(op.consts[name], np.int64).reshape(-1)
    if a.size not in (1, n):
        raise _fail(op, f"{name} has {a.size} values, expected 1 or {n}")
    info = np.iinfo(dtype)
    return _int(op, name, np.broadcast_to(a, (n,)), info.min, info.max).astype(dtype)


def _const(name: str, a: np.ndarray, rows: int) -> Const:
    data = np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes()
    return Const(name, data, rows, len(data) // rows if rows else 0)


def _bias_const(name: str, bias: np.ndarray, rows: int) -> tuple[Const, int]:
    """A bias array as int16 when the whole layer fits (else int32) and its element bytes."""
    b = narrow_bias(bias)
    c = _const(name, b, rows)
    c.elem_bits = 8 * b.itemsize
    return c, b.itemsize


def _requant_consts(op: Op, n: int) -> tuple[list[Const], int]:
    """Per-channel M, s: one packed uint32 a channel (pack.pack_requant) and s_base, or (when
    the layer's values do not fit that form) int32 M and s arrays and s_base 0."""
    M, s = _per_channel(op, "M", n), _per_channel(op, "s", n)
    packed = pack_requant(M, s)
    if packed is not None:
        return [_const(f"{op.name}.Ms", packed[0], n)], packed[1]
    return [_const(f"{op.name}.M", M, n), _const(f"{op.name}.s", s, n)], 0


def _const_cols(op: Op, d: int) -> int:
    """1 when the op's M and s are one value each (kernels then hoist them), else d. An exporter
    may also store a per-channel array whose values are all equal: that counts as one."""
    ms = [np.asarray(op.consts[k]).reshape(-1) for k in ("M", "s")]
    return 1 if all(a.size and (a == a[0]).all() for a in ms) else d


def _m_s(op: Op, name: str, n: int) -> np.ndarray:
    """M or s as n values: the first one when _const_cols found them uniform (n == 1)."""
    if n == 1:
        a = np.asarray(op.consts[name], np.int64).reshape(-1)[:1]
        return _int(op, name, a, *INT32).astype(np.int32)
    return _per_channel(op, name, n)


def _scalar(op: Op, name: str) -> int:
    a = np.asarray(op.consts[name]).reshape(-1)
    if a.size != 1:
        raise _fail(op, f"{name} must be a scalar")
    return int(a[0])


def _elem_for(lo: int, hi: int) -> int:
    if lo >= -128 and hi <= 127:
        return 1
    if lo >= -(2**15) and hi < 2**15:
        return 2
    return 4


def _need(op: Op, t: Tensor, elem: int, ndim: int = 2) -> None:
    if t.elem != elem or len(t.shape) != ndim:
        raise _fail(op, f"input {t.name} is {t.elem * 8}-bit {t.shape}, the kernel needs "
                        f"{elem * 8}-bit with {ndim} axes")


def _linear(op: Op, x: Tensor) -> tuple[Tensor, dict]:
    _need(op, x, 1)
    w = np.asarray(op.consts["weight"], np.int64)
    n, k = w.shape
    if k != x.shape[1]:
        raise _fail(op, f"weight K={k} does not match input {x.shape}")
    bits = weight_bits(w)
    lo = _scalar(op, "lo") if "lo" in op.consts else -128
    hi = _scalar(op, "hi") if "hi" in op.consts else 127
    bias = _int(op, "bias", op.consts["bias"], *INT32) if "bias" in op.consts else None
    if bias is not None and not bias.any():  # an all-zero bias adds nothing: not stored
        bias = None
    bound = k * 128 * int(np.abs(w).max(initial=0)) + (int(np.abs(bias).max()) if bias is not None
                                                        else 0)
    if bound > INT32[1]:
        raise _fail(op, f"int32 accumulator could overflow (bound {bound})")
    rq, s_base = _requant_consts(op, n)
    stream = [Const(f"{op.name}.weight", pack_rows(w, bits), n, row_bytes(k, bits)), *rq]
    bias_elem = 0
    if bias is not None:
        c, bias_elem = _bias_const(f"{op.name}.bias", np.broadcast_to(bias.reshape(-1), (n,)), n)
        stream.append(c)
    y = Tensor(op.name, (x.shape[0], n), _elem_for(lo, hi))
    return y, {"stream": stream, "scalars": {"wbits": bits, "lo": lo, "hi": hi,
                                              "has_bias": int(bias is not None),
                                              "s_base": s_base, "bias_elem": bias_elem}}


def _patch(op: Op, x: Tensor) -> tuple[Tensor, dict]:
    _need(op, x, 1)
    c, t = x.shape
    if c % PATCH[0] or t % PATCH[1]:
        raise _fail(op, f"input {x.shape} is not a whole number of 2 x 16 patches")
    w = _int(op, "weight", op.consts["weight"], -128, 127)
    e = w.shape[0]
    if w.shape != (e, PATCH[0] * PATCH[1]):
        raise _fail(op, f"weight shape {w.shape}, expected [E, 32]")
    tokens, d = t // PATCH[1], (c // PATCH[0]) * e
    bias = _int(op, "bias", op.consts["bias"], *INT32)
    if bias.shape != (tokens, d):
        raise _fail(op, f"bias shape {bias.shape}, expected {(tokens, d)}")
    if 32 * 128 * 128 + int(np.abs(bias).max(initial=0)) > INT32[1]:
        raise _fail(op, "int32 accumulator could overflow")
    whole = [_const(f"{op.name}.weight", w.astype(np.int8), 1),
             _const(f"{op.name}.M", _per_channel(op, "M", e), 1),
             _const(f"{op.name}.s", _per_channel(op, "s", e), 1)]
    b12 = pack_bias12(bias)
    if b12 is not None:  # 12-bit deltas from a column base (pack.pack_bias12), decoded in L1
        c, bias_elem = Const(f"{op.name}.bias", b12[0], tokens, (3 * d + 1) // 2,
                             elem_bits=BIAS12), BIAS12
        whole.append(_const(f"{op.name}.bias_base", b12[1], 1))
    else:
        c, bias_elem = _bias_const(f"{op.name}.bias", bias, tokens)
    return Tensor(op.name, (tokens, d), 1), {"stream": [c], "whole": whole,
                                             "scalars": {"embed": e, "bias_elem": bias_elem}}


def _dwconv(op: Op, x: Tensor) -> tuple[Tensor, dict]:
    _need(op, x, 1)
    w = _int(op, "weight", op.consts["weight"], -128, 127)
    d = x.shape[1]
    if w.ndim != 2 or w.shape[0] != d:
        raise _fail(op, f"weight shape {w.shape}, expected [{d}, taps]")
    bias = _per_channel(op, "bias", d)
    if w.shape[1] * 128 * 128 + int(np.abs(bias.astype(np.int64)).max()) > INT32[1]:
        raise _fail(op, "int32 accumulator could overflow")
    bias_c, bias_elem = _bias_const(f"{op.name}.bias", bias, d)
    rq, s_base = _requant_consts(op, d)
    stream = [_const(f"{op.name}.weight", w.astype(np.int8), d), bias_c, *rq]
    return Tensor(op.name, x.shape, 1), {"stream": stream, "scalars": {
        "taps": w.shape[1], "reverse": int(op.attrs.get("reverse", 0)), "s_base": s_base,
        "bias_elem": bias_elem}}


def _scan(op: Op, u: Tensor, delta: Tensor, b: Tensor, c: Tensor) -> tuple[Tensor, dict]:
    for t in (u, delta, b, c):
        _need(op, t, 1)
    tokens, di = u.shape
    a = _int(op, "A", op.consts["A"], -128, 127)
    n = a.shape[1]
    if delta.shape != u.shape or b.shape != (tokens, n) or c.shape != (tokens, n) \
            or a.shape != (di, n):
        raise _fail(op, "inconsistent shapes of u, delta, B, C, A")
    exp_table = _int(op, "exp_table", op.consts["exp_table"], 0, 2**15)
    if exp_table.shape != (256,):
        raise _fail(op, "exp_table must have 256 entries")
    # |h| <= sum_t |delta * u * B| because dA <= 1.0 (Q15): the int32 state cannot overflow.
    if tokens * (127 * 128 * 128 + 1) > SCAN_STATE_LIMIT:
        raise _fail(op, f"{tokens} tokens: the int32 scan state could overflow")
    h_shift = _scalar(op, "h_shift")
    if not 0 <= h_shift <= 31:
        raise _fail(op, f"h_shift {h_shift} outside 0..31")
    whole = [_const(f"{op.name}.exp_table", exp_table.astype(np.int32), 1)]
    packed = pack_state_bits(a)
    a_bits = packed[2] if packed else 0
    if packed:  # 2-, 3- or 4-bit A (pack.pack_state_bits), its column base a whole constant
        stream = [Const(f"{op.name}.A", packed[0], di, n * a_bits // 8, elem_bits=a_bits)]
        whole.append(_const(f"{op.name}.A_base", packed[1], 1))
    else:
        stream = [_const(f"{op.name}.A", a.astype(np.int8), di)]
    stream.append(_const(f"{op.name}.D", _int(op, "D", np.broadcast_to(
        np.asarray(op.consts["D"]).reshape(-1), (di,)), -128, 127).astype(np.int8), di))
    # the exporter's M_y, s_y, M_D, s_D come from per-tensor scales: one value each (then in the
    # descriptor, nothing in weights.bin), per channel only when some differ
    rq = {k: _per_channel(op, k, di) for k in ("M_y", "s_y", "M_D", "s_D")}
    uniform = all((v == v[0]).all() for v in rq.values())
    if not uniform:
        stream += [_const(f"{op.name}.{k}", v, di) for k, v in rq.items()]
    return Tensor(op.name, u.shape, 1), {"stream": stream, "whole": whole, "scalars": {
        "d_state": n, "h_shift": h_shift, "reverse": int(op.attrs.get("reverse", 0)),
        "a_bits": a_bits, "uniform": int(uniform),
        **{f"u_{k}": int(v[0]) if uniform else 0 for k, v in rq.items()}}}


def _row(op: Op, xs: list[Tensor]) -> tuple[Tensor, dict]:
    x = xs[0]
    d = x.shape[-1]
    whole: list[Const] = []
    scalars: dict[str, int] = {}
    if op.kind == "lut":
        _need(op, x, 1)
        table = _int(op, "table", op.consts["table"], -128, 127)
        if table.shape != (256,):
            raise _fail(op, "table must have 256 entries")
        whole = [_const(f"{op.name}.table", table.astype(np.int8), 1)]
        y = Tensor(op.name, x.shape, 1)
    elif op.kind == "mul":
        for t in xs:
            _need(op, t, 1)
        if len(xs) != 2 or xs[1].shape != x.shape:
            raise _fail(op, "needs two inputs of the same shape")
        n = _const_cols(op, d)
        whole = [_const(f"{op.name}.M", _m_s(op, "M", n), 1),
                 _const(f"{op.name}.s", _m_s(op, "s", n), 1)]
        scalars = {"const_cols": n}
        y = Tensor(op.name, x.shape, 1)
    elif op.kind == "add":
        if not 1 <= len(xs) <= 3 or any(t.shape != x.shape for t in xs):
            raise _fail(op, "needs 1 to 3 inputs of the same shape")
        for t in xs:
            _need(op, t, 1)
        M, s = _per_channel(op, "M", len(xs)), _per_channel(op, "s", len(xs))
        # An int8 input has 256 values: the C kernel looks its requantised int16 term up instead
        # of a 64-bit requant per element, from tables the golden itself computes.
        codes = np.arange(-128, 128, dtype=np.int64)
        tables = np.stack([requant(codes, int(M[j]), int(s[j]), *INT16) for j in range(len(xs))])
        whole = [_const(f"{op.name}.tables", tables.astype(np.int16), 1)]
        y = Tensor(op.name, x.shape, 2)
    elif op.kind == "layernorm":
        _need(op, x, 2)
        if (2 * d * 32767) ** 2 * d + _scalar(op, "eps") >= 2**62:
            raise _fail(op, f"d={d} too large for the int64 variance")
        gamma = np.broadcast_to(np.asarray(op.consts["gamma"]).reshape(-1), (d,))
        n = _const_cols(op, d)
        whole = [_const(f"{op.name}.gamma", _int(op, "gamma", gamma, -128, 127).astype(np.int8), 1),
                 _const(f"{op.name}.beta", _per_channel(op, "beta", d), 1),
                 _const(f"{op.name}.M", _m_s(op, "M", n), 1),
                 _const(f"{op.name}.s", _m_s(op, "s", n), 1)]
        scalars = {"eps": _scalar(op, "eps"), "frac_bits": _scalar(op, "frac_bits"),
                   "const_cols": n}
        y = Tensor(op.name, x.shape, 1)
    elif op.kind == "meanpool":
        _need(op, x, 1)
        whole = [_const(f"{op.name}.M", _per_channel(op, "M", d), 1),
                 _const(f"{op.name}.s", _per_channel(op, "s", d), 1)]
        y = Tensor(op.name, (1, d), 1)
    else:  # argmax
        if len(x.shape) != 2:
            raise _fail(op, f"input {x.shape} must have two axes")
        y = Tensor(op.name, (x.shape[0],), 4)
    return y, {"whole": whole, "scalars": {"row_kind": ROW_KINDS[op.kind], **scalars}}


DRIVERS = {"linear": "gemm", "patch_embed": "patch", "dwconv": "chan", "scan": "chan",
           **{k: "row" for k in ROW_KINDS}}


def parse_graph(graph: Graph) -> tuple[Tensor, list[Layer]]:
    """The graph input tensor and one Layer per op (raises CodegenError naming the op)."""
    shape = tuple(int(d) for d in graph.input_shape)
    if len(shape) < 2 or any(d != 1 for d in shape[:-2]):
        raise CodegenError(f"graph input shape {shape}: expected [C, T] or [1, C, T]")
    tensors = {graph.input_name: Tensor(graph.input_name, shape[-2:], 1)}
    layers = []
    for op in graph.ops:
        if op.kind not in DRIVERS:
            raise _fail(op, "no C kernel for this operator")
        missing = [i for i in op.inputs if i not in tensors]
        if missing:
            raise _fail(op, f"input {missing[0]} is not produced before this op")
        xs = [tensors[i] for i in op.inputs]
        try:
            if op.kind == "linear":
                y, parts = _linear(op, xs[0])
            elif op.kind == "patch_embed":
                y, parts = _patch(op, xs[0])
            elif op.kind == "dwconv":
                y, parts = _dwconv(op, xs[0])
            elif op.kind == "scan":
                y, parts = _scan(op, *xs)
            else:
                y, parts = _row(op, xs)
        except KeyError as e:
            raise _fail(op, f"missing constant {e}") from None
        tensors[op.name] = y
        layers.append(Layer(len(layers), op.name, op.kind, DRIVERS[op.kind], xs, y, **parts))
    for name in graph.outputs:
        if name not in tensors:
            raise CodegenError(f"graph output {name} is not produced by any op")
    return tensors[graph.input_name], layers
