"""`femba-edge run`: build the project if needed, run every vector, compare with the golden
vectors (graph outputs; with dump, every intermediate), write outputs.npz and run.json."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from femba_edge.artifacts import staged_dir, write_json
from femba_edge.codegen.emit import MANIFEST
from femba_edge.codegen.errors import RunError
from femba_edge.export.onnx_io import FINGERPRINT_KEY
from femba_edge.run.execute import RawRun, check_runnable, execute
from femba_edge.run.tools import build


@dataclass
class Mismatch:
    """First value that differs from the golden in one vector."""

    layer: str
    index: int
    expected: int
    got: int

    def __str__(self) -> str:
        return f"{self.layer}[{self.index}]: expected {self.expected}, got {self.got}"


def load_manifest(project: Path) -> dict:
    """The project's network.json (RunError if DIR is not a generated project)."""
    path = Path(project) / MANIFEST
    if not path.is_file():
        raise RunError(f"{project}: not a femba-edge C project (no {MANIFEST}; run codegen)")
    try:
        data = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise RunError(f"{path}: unreadable ({e})") from None
    if data.get("format") != "femba-edge-c-project":
        raise RunError(f"{path}: not a femba-edge project manifest")
    return data


def load_vectors(path: str | Path) -> dict[str, np.ndarray]:
    """Arrays of a .vectors.npz (needs 'input')."""
    path = Path(path)
    if not path.is_file():
        raise RunError(f"{path}: vectors file not found")
    try:
        with np.load(path) as z:
            vec = {k: z[k] for k in z.files}
    except (OSError, ValueError) as e:
        raise RunError(f"{path}: not a readable .npz ({e})") from None
    if "input" not in vec:
        raise RunError(f"{path}: no 'input' array")
    return vec


def first_mismatch(names: list[str], got: dict[str, np.ndarray], vectors: dict[str, np.ndarray],
                   v: int) -> Mismatch | None:
    """First (in layer order) element of vector v where got != golden, compared with ==."""
    for name in names:
        if name not in vectors or name not in got:
            continue
        exp = np.asarray(vectors[name][v]).reshape(-1).astype(np.int64)
        g = got[name].reshape(-1)
        if exp.size != g.size:
            return Mismatch(name, -1, exp.size, g.size)
        bad = np.flatnonzero(exp != g)
        if bad.size:
            i = int(bad[0])
            return Mismatch(name, i, int(exp[i]), int(g[i]))
    return None


def check_same_model(manifest: dict, project: Path, vectors: dict[str, np.ndarray],
                     vectors_path: str | Path) -> str | None:
    """The model fingerprint shared by the project and the vectors. RunError when they differ:
    the C code is then not wrong, the two files belong to different models. A side without a
    fingerprint (written before fingerprints existed) is not checked."""
    ours = manifest.get(FINGERPRINT_KEY)
    theirs = vectors.get(FINGERPRINT_KEY)
    theirs = None if theirs is None else str(np.asarray(theirs).reshape(-1)[0])
    if ours and theirs and ours != theirs:
        raise RunError(f"{vectors_path} and {Path(project) / MANIFEST} come from different models "
                       f"(fingerprint {theirs[:12]} vs {ours[:12]}): export the vectors and "
                       "generate the project from the same model.onnx")
    return ours or theirs


def _inputs(manifest: dict, vectors: dict[str, np.ndarray]) -> np.ndarray:
    x = np.asarray(vectors["input"])
    size = int(np.prod(manifest["input"]["shape"]))
    if x.ndim < 2 or int(np.prod(x.shape[1:])) != size:
        raise RunError(f"vectors input {x.shape} does not match the network input "
                       f"{manifest['input']['shape']}")
    if x.min(initial=0) < -128 or x.max(initial=0) > 127:
        raise RunError("vectors input is not int8")
    return x.reshape(len(x), size).astype(np.int8)


def _summary(manifest: dict, raw: RawRun, mism: list[Mismatch | None], vectors: dict,
             dump: bool, wall: float) -> dict:
    counters = manifest["counters"]
    per_layer = []
    for i, ly in enumerate(manifest["layers"]):
        row = {"name": ly["name"], "kind": ly["kind"]}
        for j, cname in enumerate(counters):
            if cname:
                row[cname] = float(raw.counters[:, i, j].mean()) if len(raw.counters) else 0.0
        per_layer.append(row)
    totals = {c: float(raw.counters[:, :, j].sum(axis=1).mean()) if len(raw.counters) else 0.0
              for j, c in enumerate(counters) if c}
    per_vector = []
    for v, (t, m) in enumerate(zip(raw.tensors, mism, strict=True)):
        entry = {"index": v, "bit_exact": m is None,
                 "class": int(t["class"].reshape(-1)[0]) if "class" in t else None,
                 "first_mismatch": None if m is None else vars(m)}
        if "class" in vectors:
            entry["expected_class"] = int(np.asarray(vectors["class"][v]).reshape(-1)[0])
        for j, c in enumerate(counters):
            if c:
                entry[c] = int(raw.counters[v, :, j].sum())
        if raw.windows:  # outside every layer: not in the cycles above
            entry.update(raw.windows[v])
        per_vector.append(entry)
    exact = sum(m is None for m in mism)
    return {"target": manifest["target"], "vectors": len(mism), "bit_exact": exact,
            "dump_intermediates": dump, "stream_input": bool(manifest.get("stream_input")),
            "counters": [c for c in counters if c],
            "totals_per_window": totals, "per_layer": per_layer, "per_vector": per_vector,
            "wall_time_s": round(wall, 3)}


def run_project(project: str | Path, vectors_path: str | Path, out: str | Path,
                dump: bool = False) -> dict:
    """Build, run and compare; writes out/outputs.npz and out/run.json; returns the summary."""
    project = Path(project)
    manifest = load_manifest(project)
    vectors = load_vectors(vectors_path)
    fingerprint = check_same_model(manifest, project, vectors, vectors_path)
    inputs = _inputs(manifest, vectors)
    if len(inputs) == 0:
        raise RunError(f"{vectors_path}: no vectors")
    check_runnable(manifest, project)
    build(project, manifest["target"])
    t0 = time.time()
    raw = execute(project, manifest, inputs, dump)
    wall = time.time() - t0
    out_names = [o["name"] for o in manifest["outputs"]]
    names = [ly.get("output", ly["name"]) for ly in manifest["layers"]] if dump else out_names
    if not any(n in vectors for n in names):
        raise RunError(f"{vectors_path}: none of the outputs {', '.join(out_names)} to compare")
    mism = [first_mismatch(names, t, vectors, v) for v, t in enumerate(raw.tensors)]
    outputs = {}
    for name in out_names:
        stacked = np.stack([t[name] for t in raw.tensors])
        ref = vectors.get(name)
        if ref is not None and ref.size == stacked.size:
            stacked = stacked.reshape(ref.shape).astype(ref.dtype)
        outputs[name] = stacked
    summary = _summary(manifest, raw, mism, vectors, dump, wall)
    # the project that ran, absolute: `report RESULT` reads it from here instead of guessing
    summary["project"] = str(project.resolve())
    summary[FINGERPRINT_KEY] = fingerprint
    if raw.command:
        summary["command"] = raw.command
    if raw.simulator:
        summary["simulator"] = raw.simulator
    if raw.timing:  # host: repeats and median, so the report can say what its figures are
        summary["timing"] = raw.timing
    with staged_dir(out) as stage:
        np.savez(stage / "outputs.npz", **outputs)
        write_json(stage / "run.json", summary)
        if raw.log:
            (stage / "sim.log").write_text(raw.log)
    summary["first_mismatch"] = next((str(m) for m in mism if m is not None), None)
    return summary
