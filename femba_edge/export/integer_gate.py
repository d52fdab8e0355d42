"""The integer-only gate: no float tensor, initializer, attribute or op output anywhere."""

from __future__ import annotations

import onnx
import onnx.inliner
from onnx import AttributeProto, TensorProto

INTEGER_TYPES = {
    TensorProto.INT8,
    TensorProto.UINT8,
    TensorProto.INT16,
    TensorProto.UINT16,
    TensorProto.INT32,
    TensorProto.UINT32,
    TensorProto.INT64,
    TensorProto.UINT64,
    TensorProto.BOOL,
}
# Attributes whose integer value is an element type.
TYPE_ATTRS = {"to", "dtype", "output_dtype"}


def _tensor_ok(t: TensorProto) -> bool:
    return t.data_type in INTEGER_TYPES


def _value_info_ok(vi: onnx.ValueInfoProto) -> bool:
    tt = vi.type.tensor_type
    return not vi.type.HasField("tensor_type") or tt.elem_type in INTEGER_TYPES


def _nodes(nodes, where: str) -> list[str]:
    bad = []
    for node in nodes:
        here = f"{where}/{node.op_type}:{node.name or (node.output[0] if node.output else '?')}"
        for a in node.attribute:
            if a.type in (AttributeProto.FLOAT, AttributeProto.FLOATS):
                bad.append(f"{here}: float attribute '{a.name}'")
            elif a.type == AttributeProto.TENSOR and not _tensor_ok(a.t):
                bad.append(f"{here}: non-integer tensor attribute '{a.name}'")
            elif a.type == AttributeProto.INT and a.name in TYPE_ATTRS and a.i not in INTEGER_TYPES:
                bad.append(f"{here}: produces element type {a.i}")
            elif a.type == AttributeProto.GRAPH:
                bad += _graph(a.g, f"{here}.{a.name}")
            elif a.type == AttributeProto.GRAPHS:
                for g in a.graphs:
                    bad += _graph(g, f"{here}.{a.name}")
    return bad


def _graph(g: onnx.GraphProto, where: str) -> list[str]:
    bad = [
        f"{where}: initializer {t.name} is not integer" for t in g.initializer if not _tensor_ok(t)
    ]
    for vi in list(g.input) + list(g.output) + list(g.value_info):
        if not _value_info_ok(vi):
            bad.append(f"{where}: tensor {vi.name} is not integer")
    return bad + _nodes(g.node, where)


def float_findings(model: onnx.ModelProto) -> list[str]:
    """Every place a float could enter: graph, function bodies and Scan/Loop/If subgraphs. The
    functions are also inlined and shape-inferred, so every intermediate tensor is typed and
    checked, not only the declared ones."""
    bad = []
    for f in model.functions:
        bad += _nodes(f.node, f"function {f.name}")
    inlined = onnx.inliner.inline_local_functions(model)
    inferred = onnx.shape_inference.infer_shapes(inlined, check_type=True, strict_mode=True)
    return bad + _graph(inferred.graph, "graph")


def typed_tensor_count(model: onnx.ModelProto) -> int:
    """How many intermediate tensors shape inference typed after inlining (for tests)."""
    inlined = onnx.inliner.inline_local_functions(model)
    return len(onnx.shape_inference.infer_shapes(inlined, strict_mode=True).graph.value_info)
