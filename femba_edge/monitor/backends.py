"""The three ways to run the integer model over many windows: the numpy golden (the reference),
ONNX Runtime, and the generated host C (one build, one process for all windows). Each returns
the integer logits [N, K] and the class [N] of every window."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from femba_edge.codegen.errors import RunError
from femba_edge.export.ir import run_golden
from femba_edge.export.onnx_io import FINGERPRINT_KEY
from femba_edge.monitor.model import MonitorModel

BACKENDS = ("golden", "ort", "c")


@dataclass
class Outputs:
    """Integer outputs of every window that ran, and what the run cost."""

    logits: np.ndarray
    classes: np.ndarray
    seconds: float
    info: dict = field(default_factory=dict)


def run_golden_windows(model: MonitorModel, xq: np.ndarray, progress=None) -> Outputs:
    """The numpy golden on every window of xq [N, C, T]."""
    t0 = time.perf_counter()
    logits, classes = [], []
    for x in xq:
        env = run_golden(model.graph, x[None])
        logits.append(env[model.logits_name].reshape(-1))
        classes.append(int(env["class"].reshape(-1)[0]))
        if progress is not None:
            progress.update(1)
    return Outputs(_stack(logits, model), np.asarray(classes, np.int64),
                   time.perf_counter() - t0)


def golden_window(model: MonitorModel, x: np.ndarray) -> tuple[np.ndarray, int]:
    """(logits, class) of one window [C, T] by the golden."""
    env = run_golden(model.graph, x[None])
    return env[model.logits_name].reshape(-1).astype(np.int64), int(env["class"].reshape(-1)[0])


def run_ort_windows(model: MonitorModel, xq: np.ndarray, progress=None) -> Outputs:
    """ONNX Runtime (one intra-op thread: the machine is shared) on every window."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sess = ort.InferenceSession(str(model.path), opts)
    names = [o.name for o in sess.get_outputs()]
    t0 = time.perf_counter()
    logits, classes = [], []
    for x in xq:
        got = dict(zip(names, sess.run(None, {model.graph.input_name: x[None]}), strict=True))
        logits.append(np.asarray(got[model.logits_name]).reshape(-1))
        classes.append(int(np.asarray(got["class"]).reshape(-1)[0]))
        if progress is not None:
            progress.update(1)
    return Outputs(_stack(logits, model), np.asarray(classes, np.int64),
                   time.perf_counter() - t0, {"onnxruntime": ort.__version__})


def run_c_windows(model: MonitorModel, xq: np.ndarray, build_dir: str | Path | None) -> Outputs:
    """The generated C: BUILD (a host or rv32 project generated from this model) or, without
    it, a host project generated from the ONNX file into a temporary directory; built once, and
    every window fed to one process (firmware/app/main_file.c reads them all)."""
    if build_dir is not None:
        return _run_project(model, xq, Path(build_dir), generated=False)
    from femba_edge.codegen.project import generate

    with tempfile.TemporaryDirectory(prefix="femba-monitor-") as tmp:
        project = Path(tmp) / "host"
        t0 = time.perf_counter()
        generate(model.graph, "host", project)
        codegen_s = time.perf_counter() - t0
        out = _run_project(model, xq, project, generated=True)
        out.info["codegen_s"] = round(codegen_s, 3)
        return out


def _run_project(model: MonitorModel, xq: np.ndarray, project: Path, generated: bool
                 ) -> Outputs:
    from femba_edge.run.execute import check_runnable, execute
    from femba_edge.run.runner import load_manifest
    from femba_edge.run.tools import build

    manifest = load_manifest(project)
    if manifest["target"] not in ("host", "rv32"):
        raise RunError(f"{project}: a {manifest['target']} project; monitor runs host or rv32 "
                       "projects (GVSoC cycles come in through --cycles-from)")
    theirs = manifest.get(FINGERPRINT_KEY)
    if theirs and theirs != model.fingerprint:
        raise RunError(f"{project} was generated from another model than {model.path} "
                       f"(fingerprint {theirs[:12]} vs {model.fingerprint[:12]})")
    check_runnable(manifest, project)
    t0 = time.perf_counter()
    build(project, manifest["target"])
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    raw = execute(project, manifest, xq.reshape(len(xq), -1), dump=False, repeats=1)
    seconds = time.perf_counter() - t0
    logits = [t[model.logits_name].reshape(-1) for t in raw.tensors]
    classes = [int(t["class"].reshape(-1)[0]) for t in raw.tensors]
    info = {"target": manifest["target"], "build_s": round(build_s, 3), "processes": 1,
            "project": "generated from the ONNX file (temporary)" if generated
            else str(project.resolve())}
    return Outputs(_stack(logits, model), np.asarray(classes, np.int64), seconds, info)


def _stack(logits: list[np.ndarray], model: MonitorModel) -> np.ndarray:
    k = len(model.classes)
    return np.stack(logits).astype(np.int64) if logits else np.zeros((0, k), np.int64)
