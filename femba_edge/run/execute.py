"""Run a built project on its target: the host binary directly, the rv32 ELF under QEMU with
semihosting (both read INPUT.bin / weights.bin and write OUTPUT.bin, firmware/app/main_file.c),
the pulp-open and gap9-gvsoc ELFs on GVSoC (femba_edge/run/gvsoc.py).

Host counters are wall-clock nanoseconds, and one sample of a layer a few microseconds long is
at the mercy of the scheduler (the same layer differed up to 12x between runs on a shared
2-core machine). The host binary is therefore run HOST_REPEATS times over all vectors and each
(vector, layer) counter is the median of its samples; rv32 instruction counts under QEMU -icount
are exact and run once."""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from femba_edge.codegen.errors import RunError, ToolError
from femba_edge.run.gvsoc import gvsoc_launcher, run_gvsoc
from femba_edge.run.tools import QEMU_RV32, require

DTYPES = {1: "<i1", 2: "<i2", 4: "<i4"}
HOST_REPEATS = 5  # odd: the median is one of the measured samples


@dataclass
class RawRun:
    """Per vector: tensors by name (graph outputs, or every layer output with dump), counters
    [N, layers, 2] (uint64)."""

    tensors: list[dict[str, np.ndarray]]
    counters: np.ndarray
    log: str = field(default="", repr=False)  # simulator output, kept with the results
    command: str = ""
    simulator: dict = field(default_factory=dict)  # name, model, commit (GVSoC runs)
    timing: dict = field(default_factory=dict)  # how host wall-clock counters were reduced
    windows: list = field(default_factory=list)  # GVSoC: per vector, its input's wait (@I)


def check_runnable(manifest: dict, project: Path) -> None:
    """RunError (before any build) for targets this tool cannot run yet."""
    target = manifest["target"]
    if target in ("pulp-open", "gap9-gvsoc"):
        gvsoc_launcher()
        return
    if target not in ("host", "rv32"):
        raise RunError(f"{target} projects run on the board: use the GAP SDK (`make all run` in "
                       f"{project})")


def _command(manifest: dict, project: Path, dump: bool, n: int) -> tuple[list, float]:
    check_runnable(manifest, project)
    target = manifest["target"]
    args = ["weights.bin", "input.bin", "output.bin"] + (["dump"] if dump else [])
    binary = project / manifest["binary"] if manifest.get("binary") else None
    if target == "host":
        return [str(binary), *args], 60.0 + 2.0 * n
    qemu = require(QEMU_RV32, "to run rv32 projects")
    # -icount shift=0: one instruction per virtual cycle, so mcycle / minstret are exact
    # instruction counts; semihosting gives the ELF argv (picolibc adds argv[0]) and file I/O in
    # the working directory.
    semi = ",".join(["enable=on", "target=native", *(f"arg={a}" for a in args)])
    return [qemu, "-machine", "virt", "-bios", "none", "-nographic", "-icount", "shift=0",
            "-semihosting-config", semi, "-kernel", str(binary)], 120.0 + 30.0 * n


def execute(project: Path, manifest: dict, inputs: np.ndarray, dump: bool,
            repeats: int | None = None) -> RawRun:
    """Run every window of inputs [N, C*T] int8 through the project's binary; a host binary
    `repeats` times (default HOST_REPEATS), its counters reduced by `median_counters`."""
    project = project.resolve()  # the binary runs in a scratch directory: no relative paths
    if manifest["target"] in ("pulp-open", "gap9-gvsoc"):
        return run_gvsoc(project, manifest, inputs, dump)
    host = manifest["target"] == "host"
    repeats = (HOST_REPEATS if repeats is None else repeats) if host else 1
    n = len(inputs)
    with tempfile.TemporaryDirectory(prefix="femba-run-") as tmp:
        work = Path(tmp)
        cmd, timeout = _command(manifest, project, dump, n)
        if not Path(cmd[-1] if manifest["target"] == "rv32" else cmd[0]).is_file():
            raise RunError(f"{project}: binary missing after the build")
        os.symlink((project / "weights.bin").resolve(), work / "weights.bin")
        (work / "input.bin").write_bytes(np.ascontiguousarray(inputs, np.int8).tobytes())
        runs = [parse_output(_run_once(cmd, work, timeout, manifest["target"]), manifest, n, dump)
                for _ in range(repeats)]
    if not host:
        return runs[0]
    return median_counters(runs)


def _run_once(cmd: list, work: Path, timeout: float, target: str) -> bytes:
    """One run of the binary in `work`; the bytes of its OUTPUT.bin."""
    out = work / "output.bin"
    out.unlink(missing_ok=True)  # a repeat must not read the previous run's file
    try:
        proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunError(f"{target} run timed out after {timeout:.0f} s") from None
    except OSError as e:
        raise ToolError(f"cannot start {cmd[0]}: {e}") from None
    if proc.returncode != 0:
        msg = (proc.stderr.strip() or proc.stdout.strip() or "no output").splitlines()[-1]
        raise RunError(f"{target} binary exited with status {proc.returncode}: {msg[:300]}")
    if not out.is_file():
        raise RunError(f"{target} binary wrote no output file")
    return out.read_bytes()


def median_counters(runs: list[RawRun]) -> RawRun:
    """One RawRun of repeated host runs: the first run's tensors (RunError unless every run
    computed the same ones: the C code is deterministic) and, per vector, layer and counter, the
    median of the runs' samples (the upper one for an even count, so always a measured value).
    A vector's total is then the sum of its layers' medians, not any single run's total."""
    first = runs[0]
    for k, r in enumerate(runs[1:], start=2):
        for v, (a, b) in enumerate(zip(first.tensors, r.tensors, strict=True)):
            if a.keys() != b.keys() or any(not np.array_equal(a[t], b[t]) for t in a):
                raise RunError(f"host run {k} computed other outputs than run 1 for vector {v}: "
                               "the C code is not deterministic")
    samples = np.stack([r.counters for r in runs])  # [repeats, N, layers, 2]
    median = np.sort(samples, axis=0)[len(runs) // 2]
    return RawRun(first.tensors, median, timing={
        "clock": "host wall-clock (CLOCK_MONOTONIC ns)", "repeats": len(runs),
        "statistic": "median per vector and layer"})


def parse_output(data: bytes, manifest: dict, n: int, dump: bool) -> RawRun:
    """Split OUTPUT.bin into per-vector tensors and counters (layout: firmware/app/main_file.c)."""
    specs = manifest["layers"] if dump else manifest["outputs"]
    n_layers = len(manifest["layers"])
    sizes = [int(np.prod(s["shape"])) * s["elem"] for s in specs]
    per_vector = sum(sizes) + n_layers * 16
    if len(data) != n * per_vector:
        raise RunError(f"output has {len(data)} bytes, expected {n} x {per_vector}")
    tensors, counters, pos = [], [], 0
    for _ in range(n):
        got = {}
        for spec, size in zip(specs, sizes, strict=True):
            # a layer's tensor is its output (a fused layer is named after all its ops)
            got[spec.get("output", spec["name"])] = np.frombuffer(
                data, DTYPES[spec["elem"]], size // spec["elem"], pos
            ).reshape(spec["shape"]).astype(np.int64)
            pos += size
        tensors.append(got)
        counters.append(np.frombuffer(data, "<u8", n_layers * 2, pos).reshape(n_layers, 2))
        pos += n_layers * 16
    return RawRun(tensors, np.stack(counters) if counters else np.zeros((0, n_layers, 2), "u8"))
