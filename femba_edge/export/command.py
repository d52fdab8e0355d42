"""`femba-edge export`: QAT checkpoint -> model.onnx + model.vectors.npz + model.export.json."""

from __future__ import annotations

import json
import os
import platform
import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch

from femba_edge import __version__
from femba_edge.config import config_from_dict
from femba_edge.errors import UserError
from femba_edge.export.from_qat import graph_from_qat
from femba_edge.export.golden import quantize_input
from femba_edge.export.integer_gate import float_findings
from femba_edge.export.ir import Graph, run_golden_batch
from femba_edge.export.onnx_io import FINGERPRINT_KEY, to_onnx
from femba_edge.qat.run import load_qat
from femba_edge.run.vectors import fingerprint_array
from femba_edge.train.float_train import prepare
from femba_edge.train.loop import predict
from femba_edge.train.metrics import classification_metrics
from femba_edge.train.options import RunOptions


def _metadata(ckpt: dict, graph: Graph) -> dict[str, str]:
    import brevitas
    import onnxruntime

    pre = ckpt.get("preprocessing", {})
    return {
        **graph.metadata,
        "config": json.dumps(ckpt["config"]),
        "quant": json.dumps(ckpt["quant"]),
        "preset_or_checkpoint": str(ckpt["path"]),
        "fs": str(pre.get("fs", ckpt["config"].get("fs"))),
        "channels": str(ckpt["config"]["channels"]),
        "samples": str(ckpt["config"]["samples"]),
        "classes": json.dumps(pre.get("classes", [])),
        "normalisation": str(pre.get("norm", "q95")),
        "input_quantisation": "int8 = clamp(floor(x / input_scale + 0.5), -128, 127)",
        "tool_versions": json.dumps(
            {
                "femba_edge": __version__,
                "torch": torch.__version__,
                "brevitas": brevitas.__version__,
                "onnx": onnx.__version__,
                "onnxruntime": onnxruntime.__version__,
                "numpy": np.__version__,
                "python": platform.python_version(),
            }
        ),
    }


def _narrow(arr: np.ndarray, onnx_type: int) -> np.ndarray:
    return arr.astype(onnx.helper.tensor_dtype_to_np_dtype(onnx_type))


def agreement(
    model: torch.nn.Module, graph: Graph, x: np.ndarray, y: np.ndarray, s_in: float, s_out: float
) -> dict:
    """torch QAT vs integer golden on windows x: argmax agreement, accuracies, logit gap."""
    torch_logits = predict(model, x)
    xq = quantize_input(x, s_in)[:, None]
    gold = run_golden_batch(graph, xq, ["logits"], progress="golden (held-out)")["logits"][:, 0]
    gold_real = gold.astype(np.float64) * s_out
    diff = np.abs(torch_logits - gold_real)
    mt, mg = classification_metrics(y, torch_logits), classification_metrics(y, gold_real)
    return {
        "windows": int(len(x)),
        "argmax_agreement": float((torch_logits.argmax(1) == gold.argmax(1)).mean()),
        "torch_qat": mt,
        "integer_golden": mg,
        "accuracy_difference_points": 100 * (mt["balanced_accuracy"] - mg["balanced_accuracy"]),
        "max_logit_difference": float(diff.max()),
        "mean_logit_difference": float(diff.mean()),
        "logit_unit": "real (integer logit * output_scale)",
    }


def ort_check(model: onnx.ModelProto, xq: np.ndarray, expected: dict[str, np.ndarray]) -> int:
    """How many vectors ONNX Runtime reproduces exactly on the graph outputs."""
    import onnxruntime as ort

    sess = ort.InferenceSession(model.SerializeToString())
    names = [o.name for o in sess.get_outputs()]
    ok = 0
    for i, x in enumerate(xq):
        got = sess.run(None, {"input": x})
        ok += all(np.array_equal(g, expected[n][i]) for n, g in zip(names, got, strict=True))
    return ok


def run_export(
    ckpt_path: str,
    out: str | Path,
    n_vectors: int,
    data_spec: str | None = None,
    debug: bool = False,
) -> dict:
    """The whole export command; returns the content of model.export.json."""
    out = Path(out)
    if out.suffix != ".onnx":
        raise UserError(f"--out {out}: expected a path ending in .onnx")
    model, ckpt = load_qat(ckpt_path)
    graph = graph_from_qat(model)
    graph.metadata = _metadata(ckpt, graph)
    onnx_model = to_onnx(graph, debug=debug)
    bad = float_findings(onnx_model)
    if bad:
        raise UserError(f"refusing to write a graph with float values: {bad[0]}")
    onnx.checker.check_model(onnx_model, full_check=True)
    pre = ckpt.get("preprocessing", {})
    prep = prepare(
        config_from_dict(dict(ckpt["config"])),
        data_spec or pre.get("data", "synthetic"),
        int(pre.get("split_seed", 0)),
        opts=RunOptions.from_record(pre, quiet=True),  # the very split and norm QAT used
    )
    s_in, s_out = float(graph.metadata["input_scale"]), float(graph.metadata["output_scale"])
    x_test, y_test = prep.xy("test")
    report = agreement(model, graph, x_test, y_test, s_in, s_out)
    xq = quantize_input(x_test[:n_vectors], s_in)[:, None]
    names = [o.name for o in graph.ops]
    vectors = run_golden_batch(graph, xq, names, progress="vectors")
    types = {
        vi.name: vi.type.tensor_type.elem_type
        for vi in list(onnx_model.graph.value_info) + list(onnx_model.graph.output)
    }
    vectors = {n: _narrow(v, types[n]) for n, v in vectors.items()}
    report["ort_bit_exact"] = f"{ort_check(onnx_model, xq, vectors)}/{len(xq)}"
    report["vectors"] = int(len(xq))
    report["labels"] = y_test[:n_vectors].tolist()
    fingerprint = fingerprint_array(graph)
    report[FINGERPRINT_KEY] = str(fingerprint)
    out.parent.mkdir(parents=True, exist_ok=True)
    stem = out.with_suffix("")
    files = {
        out: lambda p: onnx.save(onnx_model, p),
        Path(f"{stem}.vectors.npz"): lambda p: _save_npz(
            p, {"input": xq, **vectors, FINGERPRINT_KEY: fingerprint}
        ),
        Path(f"{stem}.export.json"): lambda p: p.write_text(json.dumps(report, indent=2)),
    }
    _write_all(files)
    return report


def _save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    with open(path, "wb") as f:
        np.savez_compressed(f, **arrays)


def _write_all(files: dict) -> None:
    """Write every file to a temporary name first; rename only when all succeeded."""
    tmps = {}
    try:
        for dest, write in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
            os.close(fd)
            tmps[dest] = Path(tmp)
            write(tmps[dest])
            os.chmod(tmp, 0o644)  # mkstemp creates 0600; these are ordinary output files
        for dest, tmp in tmps.items():
            os.replace(tmp, dest)
    finally:
        for tmp in tmps.values():
            tmp.unlink(missing_ok=True)
