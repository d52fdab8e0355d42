"""Run a pulp-open or gap9-gvsoc project on GVSoC (the public PULP simulator), found through env
var GVSOC. gap9-gvsoc is the same pulp-open model given GAP9's cluster shape on the command line:
the project's cluster.json (pulp-open's with a 128 KiB L1) and 370 MHz cluster and SoC clocks.

The ELF (firmware/platform/pulp-open/) has no weights and no input linked in. Both go into the
simulated board's HyperFlash (L3) through GVSoC's flash preload option, in this layout (byte
addresses, mirrored in firmware/platform/pulp-open/main_pulp.c):

    0                       weights.bin
    RUN_HEADER              8 x uint32: magic "FRUN", n_vectors, flags (1 = dump), input_offset,
                            input_stride, input_bytes, weights_bytes, 0
                            (RUN_HEADER = weights bytes rounded up to 4 KiB)
    input_offset            the int8 windows, input_stride bytes apart

Cluster core 0 streams weights from there through the L2 / L1 double buffers, reads each window
into L2, and prints outputs (hex) and per-layer counters on the stdout peripheral, parsed here.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from femba_edge.codegen.errors import RunError, ToolError

GVSOC_ENV = "GVSOC"
GVSOC_TIMEOUT_ENV = "FEMBA_GVSOC_TIMEOUT"
RUN_MAGIC = 0x4E555246
RUN_FLAG_DUMP = 1
HEADER_ALIGN = 4096
INPUT_ALIGN = 64
COUNTERS_PER_LAYER = 4
DTYPES = {1: "<i1", 2: "<i2", 4: "<i4"}
INSTALL_HINT = (
    "pulp-open runs need GVSoC (github.com/gvsoc/gvsoc, built with `make build "
    "TARGETS=pulp-open`): set the environment variable GVSOC to its launcher, e.g. "
    "`export GVSOC=/opt/gvsoc/bin/gvsoc`")


def gvsoc_launcher() -> str:
    """Path of the gvsoc launcher from $GVSOC; RunError saying what to install otherwise."""
    value = os.environ.get(GVSOC_ENV, "").strip()
    if not value:
        raise RunError(f"{GVSOC_ENV} is not set: {INSTALL_HINT}")
    path = shutil.which(value) if os.sep not in value else value
    if not path or not os.path.isfile(path) or not os.access(path, os.X_OK):
        raise RunError(f"{GVSOC_ENV}={value} is not an executable file: {INSTALL_HINT}")
    return os.path.abspath(path)


def gvsoc_commit(launcher: str) -> str:
    """git commit of the GVSoC checkout the launcher belongs to ('unknown' if none is found).
    The launcher may be a wrapper script: absolute paths named in it are searched as well."""
    if os.environ.get("GVSOC_COMMIT"):
        return os.environ["GVSOC_COMMIT"]
    candidates = [Path(launcher).resolve()]
    try:
        text = Path(launcher).read_text(errors="ignore")[:4096]
        candidates += [Path(w) for w in text.replace('"', " ").split() if w.startswith("/")]
    except OSError:
        pass
    for cand in candidates:
        for d in [cand, *cand.parents]:
            if d.is_dir():
                r = subprocess.run(["git", "-C", str(d), "rev-parse", "HEAD"],
                                   capture_output=True, text=True)
                if r.returncode == 0:
                    return f"{r.stdout.strip()} ({d})"
    return "unknown"


def _align(n: int, a: int) -> int:
    return (n + a - 1) // a * a


def flash_image(weights: bytes, inputs: np.ndarray, dump: bool) -> bytes:
    """HyperFlash content for one run: weights, run header, input windows (layout above)."""
    n, size = inputs.shape
    header_at = _align(len(weights), HEADER_ALIGN)
    input_offset = header_at + INPUT_ALIGN
    stride = _align(size, INPUT_ALIGN)
    image = bytearray(input_offset + n * stride)
    image[:len(weights)] = weights
    image[header_at:header_at + 32] = struct.pack(
        "<8I", RUN_MAGIC, n, RUN_FLAG_DUMP if dump else 0, input_offset, stride, size,
        len(weights), 0)
    for v in range(n):
        pos = input_offset + v * stride
        image[pos:pos + size] = np.ascontiguousarray(inputs[v], np.int8).tobytes()
    return bytes(image)


def check_l3_fit(project: Path, image_bytes: int, n: int) -> None:
    """RunError when weights + run header + n windows exceed the platform's L3 (the size the
    plan was made for, memory_plan.json), before the simulator starts."""
    try:
        l3 = int(json.loads((project / "memory_plan.json").read_text())["peaks"]["L3_size"])
    except (OSError, KeyError, ValueError):
        return  # an older project: nothing to check against
    if image_bytes > l3:
        raise RunError(f"weights + {n} input windows need {image_bytes} bytes of L3, the "
                       f"platform has {l3}: run fewer windows")


GAP9_CLOCK_HZ = 370_000_000
GAP9_CLUSTER_JSON = "firmware/platform/gap9-gvsoc/cluster.json"


def shape_options(project: Path, target: str) -> list[str]:
    """GVSoC options that give pulp-open GAP9's cluster shape (none for pulp-open itself)."""
    if target != "gap9-gvsoc":
        return []
    cluster = (project / GAP9_CLUSTER_JSON).resolve()
    if not cluster.is_file():
        raise RunError(f"{project}: {GAP9_CLUSTER_JSON} missing (regenerate the project)")
    return [f"--config-opt=chip/cluster_config_file={cluster}",
            f"--config-opt=chip/cluster_clock/frequency={GAP9_CLOCK_HZ}",
            f"--config-opt=chip/soc_clock_domain/frequency={GAP9_CLOCK_HZ}"]


def gvsoc_command(gvsoc: str, elf: Path, work: Path, flash: Path,
                  shape: list[str] | None = None) -> list[str]:
    """The simulator command line (binary and flash image as absolute paths)."""
    return [gvsoc, "--target=pulp-open", f"--work-dir={work}", "--binary", str(elf.resolve()),
            f"--config-opt=hyperflash/content/image={flash.resolve()}",
            "--config-opt=hyperflash/writeback=false", *(shape or []), "run"]


def parse_log(text: str, manifest: dict, n: int, dump: bool):
    """Tensors and counters [n, layers, 4] from the firmware's stdout (protocol: main_pulp.c)."""
    from femba_edge.run.execute import RawRun

    specs = manifest["layers"] if dump else manifest["outputs"]
    n_layers = len(manifest["layers"])
    tensors: list[dict[str, np.ndarray]] = []
    counters = np.zeros((n, n_layers, COUNTERS_PER_LAYER), np.uint64)
    hexbuf: list[str] = []
    windows: list[dict[str, int]] = []  # @I: per window, its input's wait and bytes read then
    current: tuple[int, int] | None = None
    status = None

    def close() -> None:
        nonlocal current
        if current is None:
            return
        index, nbytes = current
        data = bytes.fromhex("".join(hexbuf))
        if len(data) != nbytes or index >= len(specs) or not tensors:
            raise RunError(f"gvsoc output: tensor {index} has {len(data)} of {nbytes} bytes")
        spec = specs[index]
        tensors[-1][spec.get("output", spec["name"])] = np.frombuffer(
            data, DTYPES[spec["elem"]]).reshape(spec["shape"]).astype(np.int64)
        hexbuf.clear()
        current = None

    for line in text.splitlines():
        if line.startswith("="):
            if current is None:
                raise RunError("gvsoc output: data line outside a tensor")
            hexbuf.append(line[1:].strip())
            continue
        if not line.startswith("@"):
            continue
        close()
        word = line.split()
        if word[0] == "@V":
            tensors.append({})
        elif word[0] == "@T":
            current = (int(word[1]), int(word[2]))
        elif word[0] == "@C":
            v = len(tensors) - 1
            counters[v, int(word[1])] = [int(x) for x in word[2:2 + COUNTERS_PER_LAYER]]
        elif word[0] == "@I":
            windows.append({"input_wait_cycles": int(word[2]),
                            "input_bytes_at_start": int(word[3])})
        elif word[0] == "@END":
            status = int(word[1])
        elif word[0] == "@ERROR":
            raise RunError(f"bare-metal firmware: {line[7:].strip()}")
    close()
    if status is None:
        raise RunError("gvsoc output ended before the firmware's @END line")
    if len(tensors) != n or any(len(t) != len(specs) for t in tensors):
        raise RunError(f"gvsoc output: {len(tensors)} of {n} vectors complete")
    return RawRun(tensors, counters, windows=windows if len(windows) == n else [])


def run_gvsoc(project: Path, manifest: dict, inputs: np.ndarray, dump: bool):
    """Run every window of inputs [N, C*T] int8 on GVSoC; RawRun with the raw log attached."""
    gvsoc = gvsoc_launcher()
    elf = project / manifest["binary"]
    if not elf.is_file():
        raise RunError(f"{project}: binary missing after the build")
    n = len(inputs)
    timeout = float(os.environ.get(GVSOC_TIMEOUT_ENV, 600 + 1800 * n))
    weights = (project / "weights.bin").read_bytes()
    shape = shape_options(project, manifest["target"])
    image = flash_image(weights, inputs, dump)
    check_l3_fit(project, len(image), n)
    with tempfile.TemporaryDirectory(prefix="femba-gvsoc-") as tmp:
        work = Path(tmp)
        flash = work / "flash.bin"
        flash.write_bytes(image)
        cmd = gvsoc_command(gvsoc, elf, work, flash, shape)
        try:
            proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            raise RunError(f"gvsoc run timed out after {timeout:.0f} s (set "
                           f"{GVSOC_TIMEOUT_ENV} to allow more)") from None
        except OSError as e:
            raise ToolError(f"cannot start {gvsoc}: {e}") from None
    log = proc.stdout + (("\n# stderr\n" + proc.stderr) if proc.stderr.strip() else "")
    if proc.returncode != 0:
        if "Invalid target specified: pulp-open" in log:
            raise RunError(f"GVSoC at {gvsoc} has no pulp-open target: build GVSoC with `make "
                           f"build TARGETS=pulp-open` (gap9-gvsoc runs on the same target)")
        msg = (proc.stderr.strip() or proc.stdout.strip() or "no output").splitlines()[-1]
        raise RunError(f"gvsoc exited with status {proc.returncode}: {msg[:300]}")
    raw = parse_log(proc.stdout, manifest, n, dump)
    raw.log = log
    raw.command = " ".join(cmd)
    raw.simulator = {"name": "gvsoc", "model": "pulp-open", "platform": manifest["target"],
                     "options": shape, "launcher": gvsoc,
                     "commit": gvsoc_commit(gvsoc)}
    return raw
