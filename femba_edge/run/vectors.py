"""Golden vectors in the layout of `femba-edge export` (model.vectors.npz): 'input' int8
[N, ...input shape], one key per op with the golden values stacked [N, ...], and the model's
fingerprint (`model_fingerprint`, a 0-d string array: not per window)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from femba_edge.export.ir import Graph, run_golden_batch
from femba_edge.export.onnx_io import FINGERPRINT_KEY, model_fingerprint


def golden_vectors(graph: Graph, inputs: np.ndarray) -> dict[str, np.ndarray]:
    """Run the golden on every window of inputs [N, ...] and stack every tensor; adds the
    graph's fingerprint so that `run` can tell vectors of another model from a wrong result."""
    xs = np.asarray(inputs, np.int8).reshape((len(inputs), *graph.input_shape))
    return {
        "input": xs,
        **run_golden_batch(graph, xs, [op.name for op in graph.ops]),
        FINGERPRINT_KEY: fingerprint_array(graph),
    }


def fingerprint_array(graph: Graph) -> np.ndarray:
    """The fingerprint as stored in a .npz: a 0-d unicode array (loads without pickle)."""
    return np.array(model_fingerprint(graph))


def per_window(vectors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The arrays of `vectors` that have one entry per window (everything but the fingerprint)."""
    return {k: v for k, v in vectors.items() if k != FINGERPRINT_KEY}


def random_inputs(graph: Graph, n: int, seed: int = 0, scale: float = 40.0) -> np.ndarray:
    """n random int8 windows (Gaussian, std `scale` codes, clipped)."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, *graph.input_shape)) * scale
    return np.clip(np.floor(x + 0.5), -128, 127).astype(np.int8)


def save_vectors(path: str | Path, vectors: dict[str, np.ndarray]) -> Path:
    """Write vectors as .npz; returns the path."""
    path = Path(path)
    np.savez(path, **vectors)
    return path
