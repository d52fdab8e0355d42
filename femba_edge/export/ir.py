"""The integer graph as data: a list of operators over named tensors, with integer constants.

The exporter builds it from the QAT model, `onnx_write` lowers it to ONNX, `onnx_read` recovers it
from ONNX (codegen's only input), and `run_golden` executes it with the numpy golden.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import numpy as np
from tqdm import tqdm

from femba_edge.export import golden


@dataclass
class Op:
    """One integer operator: `kind` names the golden function, `inputs` are activation tensors,
    `consts` are integer arrays (weights, biases, M, s, tables, shifts) in the golden's argument
    order, `attrs` static integers that change the operator's structure (direction)."""

    name: str
    kind: str
    inputs: list[str]
    consts: dict[str, np.ndarray] = field(default_factory=dict)
    attrs: dict[str, int] = field(default_factory=dict)


@dataclass
class Graph:
    """A whole integer network: int8 input [1, C, T] -> ops -> logits and class."""

    input_name: str
    input_shape: tuple[int, int, int]
    ops: list[Op]
    outputs: list[str]
    metadata: dict[str, str] = field(default_factory=dict)

    def op(self, name: str) -> Op:
        return next(o for o in self.ops if o.name == name)


def _call(op: Op, args: list[np.ndarray]) -> np.ndarray:
    fn = getattr(golden, op.kind)
    if op.kind == "add":
        return fn(args, **op.consts)
    return fn(*args, **op.consts, **op.attrs)


def run_golden(graph: Graph, x: np.ndarray) -> dict[str, np.ndarray]:
    """Execute the graph on one int8 window x [1, C, T]; returns every tensor by name (int64)."""
    if tuple(x.shape) != tuple(graph.input_shape):
        raise ValueError(f"input shape {tuple(x.shape)} != graph input {graph.input_shape}")
    env: dict[str, np.ndarray] = {graph.input_name: np.asarray(x, np.int64)}
    for op in graph.ops:
        env[op.name] = _call(op, [env[i] for i in op.inputs])
    return env


def run_golden_batch(
    graph: Graph, xs: np.ndarray, names: list[str] | None = None, progress: str | None = None
) -> dict[str, np.ndarray]:
    """run_golden over a batch [N, 1, C, T]; stacks `names` (default: graph outputs).
    `progress` labels a progress bar (shown from 8 windows on, on a terminal only: a redirected
    log would fill with carriage-return frames)."""
    names = names or graph.outputs
    outs: dict[str, list[np.ndarray]] = {n: [] for n in names}
    for x in tqdm(xs, desc=progress, leave=False, disable=progress is None or len(xs) < 8
                  or not sys.stderr.isatty()):
        env = run_golden(graph, x)
        for n in names:
            outs[n].append(env[n])
    return {n: np.stack(v) for n, v in outs.items()}
