"""Bindings and emission: render one template per layer call site, the network skeleton and the
target's Makefile, copy the firmware the target needs, write weights.bin and the plans."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2

from femba_edge.codegen.errors import CodegenError
from femba_edge.codegen.layers import Tensor
from femba_edge.codegen.plan import Plan, plan_json
from femba_edge.export.onnx_io import FINGERPRINT_KEY

# The repository's templates/ and firmware/ (checkout, editable install), else the copies a
# regular install ships inside the package (setup.py).
_REPO = Path(__file__).resolve().parents[2]
ROOT = _REPO if (_REPO / "templates").is_dir() else Path(__file__).resolve().parents[1] / "_c"
TEMPLATE_DIR = ROOT / "templates"
FIRMWARE_DIR = ROOT / "firmware"
MANIFEST = "network.json"

# Firmware directories each target compiles (all copied into the project: it is self-contained).
FIRMWARE_PARTS = {
    "host": ["kernels", "runtime", "app", "platform/emu", "platform/host"],
    "rv32": ["kernels", "runtime", "app", "platform/emu", "platform/rv32"],
    "pulp-open": ["kernels", "runtime", "platform/pulp-open"],
    "gap9-gvsoc": ["kernels", "runtime", "platform/pulp-open", "platform/gap9-gvsoc"],
    "gap9": ["kernels", "runtime", "platform/gap9"],
}
BINARIES = {"host": "build/femba", "rv32": "build/femba.elf", "pulp-open": "build/femba.elf",
            "gap9-gvsoc": "build/femba.elf", "gap9": None}
# Targets built on the project's bare-metal PULP runtime (Makefile.pulp-open.j2 and a link script
# rendered from the platform description); they run on GVSoC.
BARE_METAL_PULP = ("pulp-open", "gap9-gvsoc")


def _env() -> jinja2.Environment:
    if not TEMPLATE_DIR.is_dir() or not FIRMWARE_DIR.is_dir():
        raise CodegenError(f"templates/ or firmware/ not found next to the package ({ROOT})")
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                              trim_blocks=False, lstrip_blocks=False)


def render_layer(env: jinja2.Environment, plan: Plan, lp) -> str:
    """C descriptor of one layer (one small template per driver family)."""
    ly = lp.layer
    return env.get_template(f"layer_{ly.driver}.c.j2").render(
        ly=ly, lp=lp, x=ly.inputs[0], y=ly.output, l1=lp.l1, off=plan.offset).rstrip()


def manifest(plan: Plan, target: str, outputs: list[Tensor], metadata: dict,
             fingerprint: str | None = None) -> dict:
    """network.json: what `femba-edge run` needs to drive the binary and read its output, and
    the fingerprint of the integer model it was generated from (checked against the vectors)."""
    return {
        "format": "femba-edge-c-project", "version": 1, "target": target,
        FINGERPRINT_KEY: fingerprint,
        "binary": BINARIES[target], "counters": list(plan.platform.counters),
        "input": {"name": plan.input.name, "shape": list(plan.input.shape), "elem": 1},
        "outputs": [{"name": t.name, "shape": list(t.shape), "elem": t.elem} for t in outputs],
        "layers": [{"name": lp.layer.name, "kind": lp.layer.kind, "output": lp.layer.output.name,
                    "shape": list(lp.layer.output.shape), "elem": lp.layer.output.elem}
                   for lp in plan.layers],
        "weights_bytes": len(plan.weights), "metadata": metadata,
        "stream_input": plan.stream_input,
    }


def write_project(stage: Path, plan: Plan, target: str, outputs: list[Tensor],
                  metadata: dict, fingerprint: str | None = None) -> None:
    """Write the complete C project for `target` into the (staging) directory `stage`."""
    env = _env()
    code = [render_layer(env, plan, lp) for lp in plan.layers]
    ctx = {"plan": plan, "outputs": outputs, "target": target}
    network = env.get_template("network.c.j2").render(layer_code=code, **ctx)
    (stage / "network.c").write_text(network)
    (stage / "net_config.h").write_text(env.get_template("net_config.h.j2").render(**ctx))
    make = "pulp-open" if target in BARE_METAL_PULP else target
    (stage / "Makefile").write_text(env.get_template(f"Makefile.{make}.j2").render(**ctx))
    if target in BARE_METAL_PULP:
        p = plan.platform
        if p.pe_stacks < p.cores - 1 or not p.cc_stack_bytes or not p.pe_stack_bytes:
            raise CodegenError(f"{p.name}: the bare-metal runtime needs a stack for core 0 and "
                               f"for each of the other {p.cores - 1} cores (cc_stack_bytes, "
                               f"pe_stack_bytes, pe_stacks >= {p.cores - 1})")
        (stage / "link.ld").write_text(env.get_template("link.pulp.ld.j2").render(p=p))
    if target == "gap9":
        (stage / "sdk.config").write_text(env.get_template("sdk.config.j2").render(**ctx))
    (stage / "weights.bin").write_bytes(plan.weights)
    if target in ("pulp-open", "gap9-gvsoc", "gap9"):
        # placeholder window for the on-chip runners (no file system): all zeros
        (stage / "input.bin").write_bytes(bytes(plan.input.nbytes))
    (stage / "memory_plan.json").write_text(json.dumps(plan_json(plan), indent=1) + "\n")
    (stage / MANIFEST).write_text(json.dumps(manifest(plan, target, outputs, metadata,
                                                      fingerprint), indent=1) + "\n")
    fw = stage / "firmware"
    (fw / "platform").mkdir(parents=True)
    for header in ("plat.h", "dma_inflight.h"):
        shutil.copy2(FIRMWARE_DIR / "platform" / header, fw / "platform" / header)
    for part in FIRMWARE_PARTS[target]:
        shutil.copytree(FIRMWARE_DIR / part, fw / part,
                        ignore=shutil.ignore_patterns("*.o", "build"))
