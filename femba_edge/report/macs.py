"""MACs and element work per layer, derived from memory_plan.json alone (no ONNX, no torch).

The plan records each layer's output shape, tiles and the sizes of its buffers; the input width
of a GEMM and the state size of a scan are not stored as such, so they are read back from the L1
working set the planner sized for them (`x[0]` holds tokens_per_tile x K int8 codes, `b` holds
tokens x d_state codes) and the dwconv taps from its int8 weight array in L3. Counting follows
`femba_edge.model.stats.mac_breakdown`: one MAC per multiply-accumulate, 5 per scan state update,
one per element of the SiLU gate product; LUTs, adds, LayerNorm, pooling and argmax count 0 MACs.
"""

from __future__ import annotations

import math

from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES
from femba_edge.model.stats import SCAN_MACS_PER_STATE
from femba_edge.report.errors import ReportError

MAC_KINDS = ("patch_embed", "linear", "dwconv", "scan", "mul")


def buffer_sizes(plan: dict) -> dict[str, int]:
    """Size in bytes of every named buffer of memory_plan.json (L1 names are 'layer:region')."""
    return {b["name"]: int(b["size"]) for b in plan["buffers"]}


def _size(sizes: dict[str, int], name: str, layer: str) -> int:
    if name not in sizes:
        raise ReportError(f"memory_plan.json: layer {layer} has no buffer '{name}' "
                          "(plan written by another version?)")
    return sizes[name]


def linear_k(layer: dict, sizes: dict[str, int]) -> int:
    """Input width K of a linear layer (its resident / double-buffered x tile is tile x K bytes)."""
    return _size(sizes, f"{layer['name']}:x[0]", layer["name"]) // layer["tiles"]["tokens_per_tile"]


def layer_macs(layer: dict, sizes: dict[str, int]) -> int:
    """MACs of one memory_plan.json layer per window (0 for layers that do no multiply-add)."""
    name, kind, shape = layer["name"], layer["kind"], layer["output_shape"]
    if kind == "linear":
        tokens, n = shape
        return tokens * n * linear_k(layer, sizes)
    if kind == "patch_embed":
        tokens, d = shape
        return tokens * d * PATCH_CHANNELS * PATCH_SAMPLES
    if kind == "dwconv":
        tokens, d = shape
        # constants keep their op's name: a fused layer "conv+silu" reads "conv.weight"
        taps = _size(sizes, f"{name.split('+')[0]}.weight", name) // d  # int8 [d, taps]
        return tokens * d * taps
    if kind == "scan":
        tokens, d = shape
        d_state = _size(sizes, f"{name}:b", name) // tokens
        return tokens * d * d_state * SCAN_MACS_PER_STATE
    if kind == "mul":
        return math.prod(shape)
    return 0


def layer_elements(layer: dict) -> int:
    """Elements an element-wise layer processes: its output, or for a reduction (meanpool,
    argmax) its input, whose byte count is the L2->L1 traffic minus the constants (int8 codes
    for meanpool; argmax reads int16 logits, but it is a few elements either way)."""
    if layer["kind"] in ("meanpool", "argmax"):
        dma = layer["dma_bytes"]
        return max(0, dma["L2->L1"] - dma["L3->L2"])
    return math.prod(layer["output_shape"])
