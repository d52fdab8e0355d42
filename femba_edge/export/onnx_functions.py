"""ONNX lowering of each golden operator: one model-local function per operator variant.

Function bodies use only standard integer ops, so ONNX Runtime inlines and runs them; codegen maps
each function to one C kernel. Names encode the only structural parameters (direction, kernel).
"""

from __future__ import annotations

from onnx import FunctionProto, TensorProto, helper

from femba_edge.export.golden import DA_FRAC_BITS, INT8, INT16, ISQRT_BITS, P_SHIFT
from femba_edge.export.onnx_body import Body

I8, I32, I64 = TensorProto.INT8, TensorProto.INT32, TensorProto.INT64


def linear(name: str, out_type: int) -> FunctionProto:
    """x int8 [L, K] @ weight int8 [N, K]^T + bias int32 -> requant per N."""
    b = Body()
    acc = b.i64(b.op("MatMulInteger", "x", b.op("Transpose", "weight", perm=[1, 0])))
    acc = b.op("Add", acc, b.i64("bias"))
    q = b.requant(acc, "M", "s", b.i64("lo"), b.i64("hi"))
    b.cast(q, out_type, out="y")
    return b.finish_function(name, ["x", "weight", "bias", "M", "s", "lo", "hi"], ["y"])


def patch_embed(name: str) -> FunctionProto:
    """x int8 [1, C, T] -> patches [L, C/2, 32] @ weight [E, 32]^T + bias [L, C/2*E] -> [L, D]."""
    b = Body()
    shape = b.op("Shape", "x")
    c2 = b.op("Div", b.op("Gather", shape, b.const([1])), b.const([2]))
    length = b.op("Div", b.op("Gather", shape, b.const([2])), b.const([16]))
    split = b.op("Concat", c2, b.const([2]), length, b.const([16]), axis=0)
    p = b.op("Transpose", b.op("Reshape", b.i64("x"), split), perm=[2, 0, 1, 3])
    p = b.op("Reshape", p, b.op("Concat", length, c2, b.const([32]), axis=0))
    acc = b.op("MatMul", p, b.op("Transpose", b.i64("weight"), perm=[1, 0]))  # [L, C/2, E]
    acc = b.op("Add", acc, b.op("Reshape", b.i64("bias"), b.op("Shape", acc)))
    q = b.requant(acc, "M", "s", b.const(INT8[0]), b.const(INT8[1]))
    b.cast(b.op("Reshape", q, b.const([0, -1])), I8, out="y")
    return b.finish_function(name, ["x", "weight", "bias", "M", "s"], ["y"])


def dwconv(name: str, k: int, reverse: bool) -> FunctionProto:
    """Depthwise conv over tokens with kernel k; causal pads in front, reverse pads behind."""
    b = Body()
    pads = [0, 0, k - 1, 0] if reverse else [k - 1, 0, 0, 0]
    xp = b.op("Pad", b.i64("x"), b.const(pads))
    w = b.i64("weight")
    acc = b.i64("bias")
    for j in range(k):
        back = k - 1 - j  # rows tap j looks back (causal) or ahead (reverse)
        start, stop = (back, -j if j else 2**62) if reverse else (j, -back if back else 2**62)
        rows = b.op("Slice", xp, b.const([start]), b.const([stop]), b.const([0]))
        acc = b.op("Add", acc, b.op("Mul", rows, b.op("Gather", w, b.const(j), axis=1)))
    q = b.requant(acc, "M", "s", b.const(INT8[0]), b.const(INT8[1]))
    b.cast(q, I8, out="y")
    return b.finish_function(name, ["x", "weight", "bias", "M", "s"], ["y"])


def lut(name: str) -> FunctionProto:
    """table[x + 128] with an int8 table."""
    b = Body()
    b.op("Gather", "table", b.op("Add", b.i64("x"), b.const(128)), out="y")
    return b.finish_function(name, ["x", "table"], ["y"])


def mul(name: str) -> FunctionProto:
    """requant(a * b) -> int8."""
    b = Body()
    q = b.requant(b.op("Mul", b.i64("a"), b.i64("b")), "M", "s", b.const(INT8[0]), b.const(INT8[1]))
    b.cast(q, I8, out="y")
    return b.finish_function(name, ["a", "b", "M", "s"], ["y"])


def add(name: str, n: int) -> FunctionProto:
    """sum_i requant16(x_i, M[i], s[i]) clamped to int16 range, as int32."""
    b = Body()
    lo, hi = b.const(INT16[0]), b.const(INT16[1])
    total = None
    for i in range(n):
        idx = b.const(i)
        term = b.requant(b.i64(f"x{i}"), b.op("Gather", "M", idx), b.op("Gather", "s", idx), lo, hi)
        total = term if total is None else b.op("Add", total, term)
    b.cast(b.clip(total, lo, hi), I32, out="y")
    return b.finish_function(name, [f"x{i}" for i in range(n)] + ["M", "s"], ["y"])


def isqrt(b: Body, v: str) -> str:
    """floor(sqrt(v)) bit by bit, as golden.isqrt."""
    r = b.op("Mul", v, b.const(0))
    for bit in range(ISQRT_BITS - 1, -1, -1):
        t = b.op("Add", r, b.const(1 << bit))
        r = b.op("Where", b.op("LessOrEqual", b.op("Mul", t, t), v), t, r)
    return r


def layernorm(name: str) -> FunctionProto:
    """Integer LayerNorm over the last axis (see golden.layernorm)."""
    b = Body()
    x = b.i64("x")
    d = b.op("Gather", b.op("Shape", x), b.const(-1))
    xc = b.op("Sub", b.op("Mul", x, d), b.op("ReduceSum", x, b.const([-1]), keepdims=1))
    var = b.op("Div", b.op("ReduceSum", b.op("Mul", xc, xc), b.const([-1]), keepdims=1), d)
    sigma = isqrt(b, b.op("Add", var, b.i64("eps")))
    scale = b.op("Mul", b.pow2(b.i64("frac_bits")), b.const(2))
    n = b.floordiv(b.op("Add", b.op("Mul", xc, scale), sigma), b.op("Mul", sigma, b.const(2)))
    acc = b.op("Add", b.op("Mul", n, b.i64("gamma")), b.i64("beta"))
    b.cast(b.requant(acc, "M", "s", b.const(INT8[0]), b.const(INT8[1])), I8, out="y")
    return b.finish_function(name, ["x", "gamma", "beta", "M", "s", "eps", "frac_bits"], ["y"])


def meanpool(name: str) -> FunctionProto:
    """requant(sum over tokens) -> [1, D] int8."""
    b = Body()
    acc = b.op("ReduceSum", b.i64("x"), b.const([0]), keepdims=1)
    b.cast(b.requant(acc, "M", "s", b.const(INT8[0]), b.const(INT8[1])), I8, out="y")
    return b.finish_function(name, ["x", "M", "s"], ["y"])


def _scan_step() -> object:
    """Scan body: h = rshift_round(dA*h, 15) + dBx; y = sum_n C * rshift_round(h, h_shift)."""
    b = Body("s")
    h = b.rshift_round(b.op("Mul", "dA_t", "h"), DA_FRAC_BITS)
    b.op("Add", h, "dBx_t", out="h_out")
    hs = b.floordiv(b.op("Add", "h_out", "h_half"), "h_div")
    b.op(
        "ReduceSum",
        b.op("Mul", hs, b.op("Unsqueeze", "C_t", b.const([0]))),
        b.const([1]),
        keepdims=0,
        out="y_t",
    )
    b.op("Identity", "h_div", out="h_div_out")
    b.op("Identity", "h_half", out="h_half_out")
    vi = lambda n: helper.make_tensor_value_info(n, I64, None)  # noqa: E731
    return b.finish_graph(
        "scan_step",
        [vi(n) for n in ("h", "h_div", "h_half", "dA_t", "dBx_t", "C_t")],
        [vi(n) for n in ("h_out", "h_div_out", "h_half_out", "y_t")],
    )


def scan(name: str, reverse: bool) -> FunctionProto:
    """Integer selective scan with D skip (see golden.scan); reverse runs t = L-1 .. 0."""
    b = Body()
    u, delta = b.i64("u"), b.i64("delta")
    A, Bm, C = b.i64("A"), b.i64("B"), b.i64("C")
    p = b.rshift_round(b.op("Mul", b.op("Unsqueeze", delta, b.const([2])), A), P_SHIFT)
    p = b.clip(p, b.const(INT8[0]), b.const(INT8[1]))
    dA = b.op("Gather", b.i64("exp_table"), b.op("Add", p, b.const(128)))
    du = b.op("Unsqueeze", b.op("Mul", delta, u), b.const([2]))
    dBx = b.op("Mul", du, b.op("Unsqueeze", Bm, b.const([1])))
    h0 = b.op("Mul", A, b.const(0))
    h_div = b.pow2(b.i64("h_shift"))
    h_half = b.op("Div", h_div, b.const(2))
    d = 1 if reverse else 0
    outs = b.op(
        "Scan",
        h0,
        h_div,
        h_half,
        dA,
        dBx,
        C,
        outputs=4,
        body=_scan_step(),
        num_scan_inputs=3,
        scan_input_directions=[d, d, d],
        scan_output_directions=[d],
    )
    lo16, hi16 = b.const(INT16[0]), b.const(INT16[1])
    y = b.requant(outs[3], "M_y", "s_y", lo16, hi16)
    skip = b.requant(
        b.op("Mul", u, b.op("Unsqueeze", b.i64("D"), b.const([0]))), "M_D", "s_D", lo16, hi16
    )
    y = b.clip(b.op("Add", y, skip), b.const(INT8[0]), b.const(INT8[1]))
    b.cast(y, I8, out="y")
    return b.finish_function(
        name,
        ["u", "delta", "B", "C", "A", "D", "exp_table", "h_shift", "M_y", "s_y", "M_D", "s_D"],
        ["y"],
    )
