"""Memory side of the report: use per level, ELF sections, and model size FP32 -> int8 -> packed.

Model size is counted from the L3 arrays of memory_plan.json (named '<layer>.<array>'; a fused
layer 'fc+act' keeps its producer's arrays under 'fc.'): weight tensors (linear / patch / conv
weights, scan A and D, LayerNorm gamma) by element, biases (int32, also the positional embedding
folded into the patch bias, LayerNorm beta) by element, and the constants only an integer
deployment has (per-channel requantisation M / s, lookup tables) by byte.

    FP32   = 4 B x (weight elements + bias elements)
    int8   = 1 B x weight elements + 4 B x bias elements + deployment constants
    packed = stored bytes of every array (2-bit rows packed 4 per byte, padded to a byte)

Every figure says what it counts (SIZE_COUNTS). `weights + biases` is what the `weight bytes`
column of `femba-edge qat` counts for its quantised rows (femba_edge/qat/calibrate.py
weight_bytes: weights at their bit width with rows padded to a byte, int32 biases, int8 gamma /
A / D, int32 beta; no requantisation constants or tables); qat's float row counts every FP32
parameter of the float model, which is the FP32 `weights + biases` here plus the patch-embedding
bias that export folds into the positional bias (4 B x embed_dim).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from femba_edge.report.macs import buffer_sizes, linear_k

WEIGHT_ARRAYS = ("weight", "A", "D", "gamma")
BIAS_ARRAYS = ("bias", "beta")
# What each model-size field counts, written into report.json and used for report.md's labels.
SIZE_COUNTS = {
    "weights": "weight tensors (linear, patch and conv weights, scan A and D, LayerNorm gamma): "
               "4 B (FP32) or 1 B (int8) per element; packed: as stored, 2-bit rows packed 4 "
               "per byte with each row padded to a whole byte",
    "biases": "int32 biases (incl. the positional embedding folded into the patch bias) and "
              "LayerNorm beta, 4 B per element (all-zero biases are not stored)",
    "deploy": "per-channel requantisation M / s and lookup tables, which only the integer "
              "model has",
    "weights_and_biases": "what the `weight bytes` column of `femba-edge qat` counts for its "
                          "quantised rows; its float row counts every FP32 parameter of the "
                          "float model, i.e. the FP32 figure here plus the patch bias that "
                          "export folds into the positional bias",
    "total": "weights + biases + requantisation M / s + lookup tables; packed: in the "
             "contract's forms (int32 biases, int8 scan A), M / s as stored; deployed: the arrays "
             "of weights.bin as stored (compact encodings of femba_edge/codegen/pack.py: int16 "
             "biases where a layer's fit, 12-bit patch-embedding bias deltas, 2- to 4-bit scan A "
             "deltas, M and s in one word), whose file "
             "adds 8-byte alignment padding: the L3 figure above)",
}
SIZE_TOOLS = {"host": "size", "rv32": "riscv64-unknown-elf-size",
              "pulp-open": "riscv64-unknown-elf-size", "gap9-gvsoc": "riscv64-unknown-elf-size",
              "gap9": "riscv64-unknown-elf-size"}


def _packed_bits(row_bytes: float, k: int) -> int:
    for bits in (8, 4, 2):
        if row_bytes == -(-k * bits // 8):
            return bits
    return 8


def model_arrays(plan: dict) -> list[dict]:
    """Every L3 array with its layer, role (weight / bias / deploy), elements and stored bits."""
    # a fused layer "fc+act" keeps its producer's constants under "fc." (codegen/fuse.py)
    layers = {ly["name"].split("+")[0]: ly for ly in plan["layers"]}
    sizes = buffer_sizes(plan)
    out = []
    for b in plan["buffers"]:
        if b["level"] != "L3":
            continue
        layer_name, _, array = b["name"].rpartition(".")
        ly = layers.get(layer_name)
        size = int(b["size"])
        role = ("weight" if array in WEIGHT_ARRAYS else "bias" if array in BIAS_ARRAYS
                else "deploy")
        elements, bits = size, 8
        if array == "bias_base":  # 12-bit biases' int16 column base: stored, not in the contract
            role, elements, bits = "bias", 0, 16
        elif b.get("elem_bits"):  # compact arrays (int16 / 12-bit biases, 2- to 4-bit scan A)
            bits = int(b["elem_bits"])
            elements = size * 8 // bits
            if bits == 12 and ly is not None:  # pack_bias12 rows: one per token, byte-padded
                elements = ly["output_shape"][0] * ly["output_shape"][1]
        elif role == "bias":
            elements, bits = size // 4, 32
        elif ly is not None and ly["kind"] == "linear" and array == "weight":
            n, k = ly["output_shape"][-1], linear_k(ly, sizes)
            elements, bits = n * k, _packed_bits(size / n, k)
        # the contract's form (int32 biases, int8 A / D / gamma, packed linear rows), which the
        # `packed` row counts; `bytes` is what weights.bin stores (the `deployed` row)
        # (a bias_base has 0 elements: stored, not part of the contract)
        logical = 4 * elements if role == "bias" else elements if b.get("elem_bits") else size
        out.append({"name": b["name"], "layer": layer_name, "role": role, "elements": elements,
                    "bits": bits, "bytes": size, "contract_bytes": logical})
    return out


def _pct(size: int, ref: int) -> float:
    return 100.0 * (1.0 - size / ref) if ref else 0.0


def model_size(arrays: list[dict]) -> dict:
    """Sizes of the model as FP32, int8 and packed (as deployed), with % reduction vs FP32."""
    w_el = sum(a["elements"] for a in arrays if a["role"] == "weight")
    w_packed = sum(a.get("contract_bytes", a["bytes"]) for a in arrays if a["role"] == "weight")
    b_el = sum(a["elements"] for a in arrays if a["role"] == "bias")
    deploy = sum(a["bytes"] for a in arrays if a["role"] == "deploy")
    rows = {
        "fp32": {"weights": 4 * w_el, "biases": 4 * b_el, "deploy": 0},
        "int8": {"weights": w_el, "biases": 4 * b_el, "deploy": deploy},
        "packed": {"weights": w_packed, "biases": 4 * b_el, "deploy": deploy},
        "deployed": {role: sum(a["bytes"] for a in arrays if a["role"] == r)
                     for role, r in (("weights", "weight"), ("biases", "bias"),
                                     ("deploy", "deploy"))},
    }
    for r in rows.values():
        r["weights_and_biases"] = r["weights"] + r["biases"]
        r["total"] = r["weights_and_biases"] + r["deploy"]
    for r in rows.values():
        r["weights_reduction_pct"] = _pct(r["weights"], rows["fp32"]["weights"])
        r["total_reduction_pct"] = _pct(r["total"], rows["fp32"]["total"])
    bits: dict[int, int] = {}
    for a in arrays:
        if a["role"] == "weight":
            bits[a["bits"]] = bits.get(a["bits"], 0) + a["elements"]
    return {"weight_elements": w_el, "bias_elements": b_el,
            "weight_elements_by_bits": {str(k): v for k, v in sorted(bits.items())}, **rows,
            "counts": SIZE_COUNTS}


def elf_size(build_dir: Path, manifest: dict) -> dict:
    """text / data / bss of the project's binary via `size` (host) or the RISC-V `size`; a
    'status' line instead when there is no binary or no tool."""
    target, rel = manifest.get("target"), manifest.get("binary")
    if not rel:
        return {"status": f"no binary: {target} projects are built with the vendor SDK "
                          f"(`make all` in {build_dir})"}
    binary = build_dir / rel
    if not binary.is_file():
        also = " or `femba-edge run`" if target in ("host", "rv32") else ""
        return {"status": f"binary {binary} not built (run `make -C {build_dir}`{also})"}
    tool = SIZE_TOOLS.get(target, "size")
    exe = shutil.which(tool)
    if not exe:
        return {"status": f"'{tool}' not found on PATH: ELF size not measured"}
    proc = subprocess.run([exe, str(binary)], capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    try:
        text, data, bss = (int(v) for v in lines[1].split()[:3])
    except (IndexError, ValueError):
        return {"status": f"'{tool} {binary}' failed: {(proc.stderr or proc.stdout).strip()[:200]}"}
    return {"binary": str(binary), "tool": tool, "text": text, "data": data, "bss": bss,
            "status": "ok"}


def memory_summary(plan: dict, manifest: dict, build_dir: Path) -> dict:
    """Per-level use against capacity, the peak layers, the ELF and the model sizes."""
    peaks = plan["peaks"]
    l1_layer = max(plan["layers"], key=lambda ly: ly["l1_bytes"])["name"]
    return {
        "L3": {"weights_bytes": peaks["L3"], "capacity": peaks["L3_size"]},
        "L2": {"peak_bytes": peaks["L2"], "activations": peaks["L2_activations"],
               "weight_stage": peaks["L2_weight_stage"], "usable": peaks["L2_usable"],
               "peak_layer": peaks["L2_peak_layer"]},
        "L1": {"peak_bytes": peaks["L1"], "usable": peaks["L1_usable"], "peak_layer": l1_layer},
        "elf": elf_size(build_dir, manifest),
        "model_size": model_size(model_arrays(plan)),
    }
