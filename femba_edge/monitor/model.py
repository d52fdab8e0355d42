"""What monitoring needs to know about an exported integer model, read from model.onnx alone:
the graph, its fingerprint, window shape and sampling rate, normalisation, input / output scales
and class names (the metadata `femba-edge export` writes)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from femba_edge.data.normalize import NORM_METHODS
from femba_edge.errors import UserError
from femba_edge.export.ir import Graph
from femba_edge.export.onnx_io import model_fingerprint, read_graph


@dataclass(frozen=True)
class MonitorModel:
    """An integer model and the preprocessing that its input was trained with."""

    path: Path
    graph: Graph
    fingerprint: str
    channels: int
    samples: int
    fs: float
    fs_source: str
    norm: str
    input_scale: float
    output_scale: float
    classes: list[str]

    @property
    def window_s(self) -> float:
        """Window length in seconds."""
        return self.samples / self.fs

    @property
    def logits_name(self) -> str:
        """The graph output holding the integer logits (the other one is the class)."""
        return self.graph.outputs[0]


def _positive(value: object) -> float | None:
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) and f > 0 else None


def _fs(meta: dict[str, str], fs_override: float | None, path: Path) -> tuple[float, str]:
    if fs_override is not None:
        return fs_override, "--fs"
    fs = _positive(meta.get("fs"))
    if fs is not None:
        return fs, "model metadata (fs)"
    try:
        fs = _positive(json.loads(meta.get("config", "{}")).get("fs"))
    except (json.JSONDecodeError, AttributeError):
        fs = None
    if fs is None:
        raise UserError(f"{path}: the model records no sampling rate (metadata 'fs'); pass --fs")
    return fs, "model metadata (config.fs)"


def load_model(path: str | Path, fs_override: float | None = None) -> MonitorModel:
    """Read model.onnx (OnnxFormatError / UserError on a file that is not a usable model)."""
    path = Path(path)
    graph = read_graph(path)
    meta = dict(graph.metadata)
    _, channels, samples = (int(d) for d in graph.input_shape)
    fs, fs_source = _fs(meta, fs_override, path)
    norm = meta.get("normalisation", "q95")
    if norm not in NORM_METHODS:
        raise UserError(f"{path}: unknown normalisation {norm!r} in the model metadata")
    s_in = _positive(meta.get("input_scale"))
    if s_in is None:
        raise UserError(f"{path}: no input_scale in the model metadata (not written by "
                        "`femba-edge export`?)")
    s_out = _positive(meta.get("output_scale")) or 1.0
    n_classes = int(next(op for op in graph.ops if op.name == graph.outputs[0])
                    .consts["weight"].shape[0])
    try:
        names = [str(c) for c in json.loads(meta.get("classes", "[]"))]
    except json.JSONDecodeError:
        names = []
    if len(names) != n_classes:
        names = [f"class{i}" for i in range(n_classes)]
    return MonitorModel(path, graph, model_fingerprint(graph), channels, samples, fs, fs_source,
                        norm, s_in, s_out, names)
