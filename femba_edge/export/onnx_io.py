"""Integer graph <-> ONNX file. The file is the only hand-off between export and codegen."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from femba_edge.errors import UserError
from femba_edge.export import onnx_functions as fn
from femba_edge.export.ir import Graph, Op, run_golden
from femba_edge.export.onnx_body import DOMAIN, OPSET

I8, I32, I64 = TensorProto.INT8, TensorProto.INT32, TensorProto.INT64

# Per operator kind: constant inputs in function order, and their stored integer type.
CONSTS: dict[str, list[tuple[str, type]]] = {
    "linear": [
        ("weight", np.int8),
        ("bias", np.int32),
        ("M", np.int32),
        ("s", np.int64),
        ("lo", np.int64),
        ("hi", np.int64),
    ],
    "patch_embed": [("weight", np.int8), ("bias", np.int32), ("M", np.int32), ("s", np.int64)],
    "dwconv": [("weight", np.int8), ("bias", np.int32), ("M", np.int32), ("s", np.int64)],
    "lut": [("table", np.int8)],
    "mul": [("M", np.int32), ("s", np.int64)],
    "add": [("M", np.int32), ("s", np.int64)],
    "layernorm": [
        ("gamma", np.int8),
        ("beta", np.int32),
        ("M", np.int32),
        ("s", np.int64),
        ("eps", np.int64),
        ("frac_bits", np.int64),
    ],
    "meanpool": [("M", np.int32), ("s", np.int64)],
    "scan": [
        ("A", np.int8),
        ("D", np.int8),
        ("exp_table", np.int32),
        ("h_shift", np.int64),
        ("M_y", np.int32),
        ("s_y", np.int64),
        ("M_D", np.int32),
        ("s_D", np.int64),
    ],
    "argmax": [],
}


# Key of the model fingerprint in model.vectors.npz, network.json and run.json.
FINGERPRINT_KEY = "model_fingerprint"


class OnnxFormatError(UserError):
    """An ONNX file that is not a femba-edge integer graph."""


def _canonical_consts(op: Op) -> list[tuple[str, np.ndarray]]:
    """The constants exactly as `to_onnx` stores them (a missing bias is stored as zeros) and
    `graph_from_onnx` reads them back (int64), so both sides hash the same values."""
    out = []
    for cname, _ in CONSTS[op.kind]:
        value = op.consts.get(cname)
        if value is None and cname == "bias":
            value = np.zeros(np.asarray(op.consts["weight"]).shape[0], np.int64)
        out.append((cname, np.ascontiguousarray(np.asarray(value).astype("<i8"))))
    return out


def model_fingerprint(graph: Graph) -> str:
    """sha256 (hex) of what the integer model computes: input, operators in order with their
    wiring, direction and integer constants, outputs. Metadata (scales, tool versions, paths) is
    left out: it does not change a single output value. The exporter's graph and the graph that
    codegen reads back from the ONNX file give the same value; this is the only definition."""
    h = hashlib.sha256()

    def part(obj) -> None:
        h.update(json.dumps(obj, sort_keys=True).encode() + b"\n")

    part({"input": graph.input_name, "shape": [int(d) for d in graph.input_shape],
          "outputs": list(graph.outputs)})
    for op in graph.ops:
        # ONNX encodes only a non-zero direction; an absent attribute and 0 mean the same
        attrs = {k: int(v) for k, v in sorted(op.attrs.items()) if int(v)}
        part({"op": op.name, "kind": op.kind, "inputs": list(op.inputs), "attrs": attrs})
        for cname, arr in _canonical_consts(op):
            part({"const": cname, "shape": list(arr.shape)})
            h.update(arr.tobytes())
    return h.hexdigest()


def function_name(op: Op) -> str:
    """The ONNX function (op_type) that implements `op`."""
    rev = "Reverse" if op.attrs.get("reverse") else ""
    if op.kind == "linear":
        return "Linear" if int(op.consts["hi"]) <= 127 else "LinearWide"
    if op.kind == "dwconv":
        return f"DwConvK{op.consts['weight'].shape[1]}{rev}"
    if op.kind == "add":
        return f"Add{len(op.inputs)}"
    return {
        "patch_embed": "PatchEmbed",
        "lut": "Lut",
        "mul": "MulRequant",
        "layernorm": "LayerNormInt",
        "meanpool": "MeanPool",
        "scan": f"SelectiveScan{rev}",
        "argmax": "ArgMax",
    }[op.kind]


def _kind_of(op_type: str, where: str = "model") -> tuple[str, dict[str, int]]:
    rev = {"reverse": 1} if op_type.endswith("Reverse") else {"reverse": 0}
    if op_type.startswith("DwConvK"):
        return "dwconv", rev
    if op_type.startswith("SelectiveScan"):
        return "scan", rev
    if op_type.startswith("Add"):
        return "add", {}
    kinds = {
        "Linear": "linear",
        "LinearWide": "linear",
        "PatchEmbed": "patch_embed",
        "Lut": "lut",
        "MulRequant": "mul",
        "LayerNormInt": "layernorm",
        "MeanPool": "meanpool",
        "ArgMax": "argmax",
    }
    if op_type not in kinds:
        raise OnnxFormatError(
            f"{where}: unsupported operator '{op_type}' (not a femba-edge integer ONNX model; "
            "expected one written by `femba-edge export`)"
        )
    return kinds[op_type], {}


def _function_proto(op: Op, name: str) -> onnx.FunctionProto:
    if op.kind == "linear":
        return fn.linear(name, I8 if name == "Linear" else I32)
    if op.kind == "dwconv":
        return fn.dwconv(name, op.consts["weight"].shape[1], bool(op.attrs.get("reverse")))
    if op.kind == "scan":
        return fn.scan(name, bool(op.attrs.get("reverse")))
    if op.kind == "add":
        return fn.add(name, len(op.inputs))
    return {
        "patch_embed": fn.patch_embed,
        "lut": fn.lut,
        "mul": fn.mul,
        "layernorm": fn.layernorm,
        "meanpool": fn.meanpool,
    }[op.kind](name)


def _out_type(op: Op, name: str) -> int:
    if op.kind == "argmax":
        return I64
    return I32 if name == "LinearWide" or op.kind == "add" else I8


def to_onnx(graph: Graph, debug: bool = False) -> onnx.ModelProto:
    """Lower the graph; `debug` also exposes every intermediate tensor as a graph output."""
    nodes, inits, functions, value_info = [], [], {}, []
    shapes = {
        k: v.shape for k, v in run_golden(graph, np.zeros(graph.input_shape, np.int8)).items()
    }
    for op in graph.ops:
        name = function_name(op)
        out_type = _out_type(op, name)
        value_info.append(helper.make_tensor_value_info(op.name, out_type, list(shapes[op.name])))
        if op.kind == "argmax":
            nodes.append(helper.make_node("ArgMax", op.inputs, [op.name], axis=-1, keepdims=0))
            continue
        const_names = []
        for cname, dtype in CONSTS[op.kind]:
            value = op.consts.get(cname)
            if value is None and cname == "bias":
                value = np.zeros(op.consts["weight"].shape[0], np.int64)
            arr = np.asarray(value)
            if np.any(arr != arr.astype(dtype)):
                raise UserError(f"{op.name}: constant '{cname}' does not fit {np.dtype(dtype)}")
            inits.append(numpy_helper.from_array(arr.astype(dtype), f"{op.name}.{cname}"))
            const_names.append(f"{op.name}.{cname}")
        if name not in functions:
            functions[name] = _function_proto(op, name)
        nodes.append(
            helper.make_node(name, op.inputs + const_names, [op.name], domain=DOMAIN, name=op.name)
        )
    outputs = {n: vi for vi in value_info for n in [vi.name]}
    out_names = [o.name for o in graph.ops] if debug else graph.outputs
    g = helper.make_graph(
        nodes,
        "femba_edge_int",
        [helper.make_tensor_value_info(graph.input_name, I8, list(graph.input_shape))],
        [outputs[n] for n in out_names],
        initializer=inits,
        value_info=[] if debug else [v for v in value_info if v.name not in graph.outputs],
    )
    model = helper.make_model(
        g,
        functions=list(functions.values()),
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(DOMAIN, 1)],
        producer_name="femba-edge",
    )
    model.ir_version = 9
    helper.set_model_props(model, dict(graph.metadata))
    return model


def save_onnx(model: onnx.ModelProto, path: str | Path) -> None:
    """Write atomically (temporary file, then rename)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    onnx.save(model, tmp)
    tmp.replace(path)


def read_graph(path: str | Path) -> Graph:
    """Recover the integer graph from a femba-edge ONNX file (codegen's only input)."""
    path = Path(path)
    if not path.is_file():
        raise OnnxFormatError(f"{path}: ONNX file not found")
    try:
        model = onnx.load(path)
    except Exception as e:  # protobuf raises several types on a corrupt file
        raise OnnxFormatError(f"{path}: not a readable ONNX file ({type(e).__name__})") from None
    return graph_from_onnx(model, str(path))


def graph_from_onnx(model: onnx.ModelProto, where: str = "model") -> Graph:
    """The inverse of `to_onnx` (intermediate outputs of a debug export are ignored)."""
    g = model.graph
    inits = {t.name: numpy_helper.to_array(t).astype(np.int64) for t in g.initializer}
    if len(g.input) != 1:
        raise OnnxFormatError(f"{where}: expected one graph input, found {len(g.input)}")
    dims = tuple(d.dim_value for d in g.input[0].type.tensor_type.shape.dim)
    ops = []
    for node in g.node:
        kind, attrs = _kind_of(node.op_type, where)
        n_consts = len(CONSTS[kind])
        acts = list(node.input[: len(node.input) - n_consts])
        consts = {}
        for (cname, _), tname in zip(CONSTS[kind], node.input[len(acts) :], strict=True):
            if tname not in inits:
                raise OnnxFormatError(f"{where}: {node.output[0]}: constant {tname} missing")
            consts[cname] = inits[tname]
        ops.append(Op(node.output[0], kind, acts, consts, attrs))
    meta = {p.key: p.value for p in model.metadata_props}
    outputs = ["logits", "class"]
    return Graph(g.input[0].name, dims, ops, outputs, meta)
