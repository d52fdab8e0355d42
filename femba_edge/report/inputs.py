"""Find and load what a report is made of: a run result (run.json) and the C project it ran
(network.json + memory_plan.json), or a C project alone.

For a RESULT_DIR the project is the one `femba-edge run` recorded in run.json (`project`, an
absolute path), unless --build names another; either way it must be the project that ran (same
target, layers and, when both record one, model fingerprint). Nothing is guessed from the
folders around the result."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from femba_edge.codegen.emit import MANIFEST
from femba_edge.export.onnx_io import FINGERPRINT_KEY
from femba_edge.report.errors import ReportError

RUN = "run.json"
PLAN = "memory_plan.json"


@dataclass
class Inputs:
    """Everything the report reads; `run` is None for a plan-only (analytic) report."""

    build_dir: Path
    manifest: dict
    plan: dict
    result_dir: Path | None = None
    run: dict | None = None


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ReportError(f"{path}: unreadable ({e})") from None
    if not isinstance(data, dict):
        raise ReportError(f"{path}: expected a JSON object")
    return data


def is_project(path: Path) -> bool:
    """True if `path` holds a generated C project's manifest and memory plan."""
    return (path / MANIFEST).is_file() and (path / PLAN).is_file()


def load_project(path: Path) -> tuple[dict, dict]:
    """(manifest, plan) of a generated project, checked to describe the same layers."""
    if not (path / MANIFEST).is_file():
        raise ReportError(f"{path}: not a femba-edge C project (no {MANIFEST}; run codegen)")
    if not (path / PLAN).is_file():
        raise ReportError(f"{path}: C project without {PLAN} (regenerate it with codegen)")
    manifest, plan = _read_json(path / MANIFEST), _read_json(path / PLAN)
    if manifest.get("format") != "femba-edge-c-project":
        raise ReportError(f"{path / MANIFEST}: not a femba-edge project manifest")
    names = [ly["name"] for ly in manifest.get("layers", [])]
    if not names or names != [ly.get("name") for ly in plan.get("layers", [])]:
        raise ReportError(f"{path}: {MANIFEST} and {PLAN} list different layers")
    return manifest, plan


def _load_run(path: Path) -> dict:
    run = _read_json(path / RUN)
    for key in ("target", "counters", "per_layer"):
        if key not in run:
            raise ReportError(f"{path / RUN}: no '{key}' (not written by `femba-edge run`?)")
    if not run["per_layer"]:
        raise ReportError(f"{path / RUN}: no per-layer counters")
    return run


def _matches(project: Path, run: dict) -> bool:
    if not is_project(project):
        return False
    try:
        manifest, _ = load_project(project)
    except ReportError:
        return False
    ours, theirs = manifest.get(FINGERPRINT_KEY), run.get(FINGERPRINT_KEY)
    return (manifest.get("target") == run["target"]
            and [ly["name"] for ly in manifest["layers"]] == [r["name"] for r in run["per_layer"]]
            and not (ours and theirs and ours != theirs))


def _recorded_build(result: Path, run: dict) -> Path:
    """The project recorded in run.json; ReportError if there is none or it is gone."""
    recorded = run.get("project")
    if not recorded:
        raise ReportError(f"{result / RUN} does not record its C project (written by an older "
                          "`femba-edge run`): pass --build BUILD_DIR")
    b = Path(recorded)
    if not is_project(b):
        raise ReportError(f"{result / RUN}: the C project it ran, {b}, is missing or no longer "
                          "a femba-edge C project: pass --build BUILD_DIR")
    return b


def load_inputs(directory: str | Path, build: str | Path | None = None) -> Inputs:
    """Inputs of a report on `directory`: a RESULT_DIR (with its project) or a BUILD_DIR."""
    d = Path(directory)
    if not d.is_dir():
        raise ReportError(f"{d}: no such directory")
    if not (d / RUN).is_file():
        if not (d / MANIFEST).is_file():
            raise ReportError(f"{d}: neither a run result ({RUN}) nor a C project ({MANIFEST}); "
                              "pass the --out directory of `femba-edge run` or `femba-edge "
                              "codegen`")
        if build is not None and Path(build).resolve() != d.resolve():
            raise ReportError(f"{d} is a C project: --build only applies to a RESULT_DIR")
        manifest, plan = load_project(d)
        return Inputs(d, manifest, plan)
    run = _load_run(d)
    b = Path(build) if build is not None else _recorded_build(d, run)
    manifest, plan = load_project(b)
    if not _matches(b, run):
        raise ReportError(f"{b}: this C project (target {manifest.get('target')}, "
                          f"{len(manifest['layers'])} layers) is not the one run in {d} "
                          f"(target {run['target']}, {len(run['per_layer'])} layers)")
    return Inputs(b, manifest, plan, d, run)
