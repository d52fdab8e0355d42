"""A small builder for ONNX function bodies made of standard integer ops.

It holds the contract's integer idioms in one place: floor division (Div truncates toward zero,
so subtract the Python-style Mod first), half-up right shift, requantisation, clamping.
"""

from __future__ import annotations

import numpy as np
from onnx import FunctionProto, GraphProto, TensorProto, ValueInfoProto, helper, numpy_helper

DOMAIN = "femba_edge"
OPSET = 18


class Body:
    """Accumulates nodes with fresh tensor names; `finish_*` turns them into a function or graph."""

    def __init__(self, prefix: str = "t"):
        self.nodes = []
        self._n = 0
        self._prefix = prefix

    def fresh(self) -> str:
        self._n += 1
        return f"{self._prefix}{self._n}"

    def op(
        self, op_type: str, *inputs: str, outputs: int = 1, out: str | None = None, **attrs
    ) -> str | list[str]:
        names = [out] if out else [self.fresh() for _ in range(outputs)]
        self.nodes.append(helper.make_node(op_type, list(inputs), names, **attrs))
        return names[0] if outputs == 1 else names

    def const(self, value, dtype=np.int64) -> str:
        t = numpy_helper.from_array(np.asarray(value, dtype), name=self.fresh())
        return self.op("Constant", value=t)

    def i64(self, x: str) -> str:
        return self.op("Cast", x, to=TensorProto.INT64)

    def cast(self, x: str, elem_type: int, out: str | None = None) -> str:
        return self.op("Cast", x, to=elem_type, out=out)

    def pow2(self, s: str | int) -> str:
        """2^s as int64 for 0 <= s <= 62, computed with integer kernels only.

        A shift known when the graph is built becomes the constant 2^s. A shift held in a tensor
        goes through BitShift, which ONNX Runtime implements for unsigned types only: shift a
        uint64 one left and cast back (exact, as 2^62 < 2^63). `Pow` is not used because ONNX
        Runtime evaluates integer Pow through floating point."""
        if isinstance(s, int):
            return self.const(1 << s)
        one = self.const(1, np.uint64)
        shifted = self.op("BitShift", one, self.cast(s, TensorProto.UINT64), direction="LEFT")
        return self.i64(shifted)

    def floordiv(self, x: str, d: str) -> str:
        """floor(x / d) for d > 0: Div truncates, so remove the (non-negative) Mod first."""
        return self.op("Div", self.op("Sub", x, self.op("Mod", x, d, fmod=0)), d)

    def rshift_round(self, x: str, s: str | int) -> str:
        """floor((x + 2^(s-1)) / 2^s), and x for s == 0 (2^0 // 2 == 0); s a tensor or an int."""
        p = self.pow2(s)
        return self.floordiv(self.op("Add", x, self.op("Div", p, self.const(2))), p)

    def clip(self, x: str, lo: str, hi: str) -> str:
        return self.op("Max", self.op("Min", x, hi), lo)

    def requant(self, acc: str, M: str, s: str, lo: str, hi: str) -> str:
        """clamp(rshift_round(acc * M, s), lo, hi), all int64."""
        return self.clip(self.rshift_round(self.op("Mul", acc, self.i64(M)), self.i64(s)), lo, hi)

    def finish_function(self, name: str, inputs: list[str], outputs: list[str]) -> FunctionProto:
        return helper.make_function(
            DOMAIN, name, inputs, outputs, self.nodes, [helper.make_opsetid("", OPSET)]
        )

    def finish_graph(
        self, name: str, inputs: list[ValueInfoProto], outputs: list[ValueInfoProto]
    ) -> GraphProto:
        return helper.make_graph(self.nodes, name, inputs, outputs)
