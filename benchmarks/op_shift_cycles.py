"""Cycles of the non-GEMM requantising kernels per shift on GVSoC pulp-open (needs GVSOC and the
riscv toolchain).

    python benchmarks/op_shift_cycles.py [--shape demo|tiny] [--shifts 32 40 fit ...]
        [--layouts N] [--firmware DIR] [--json F]

For each shift spec (one integer: patch_embed, dwconv, the scan's s_y and s_D, the gate product
and LayerNorm all get that s, SynthConfig.op_shifts; "fit": the synthetic graph's fitted shifts),
a synthetic graph is generated for pulp-open, run on one window (bit-exact check against the
golden included) and the cycles of those layers printed. Two blocks, so that LayerNorm runs
both per channel (block 0, as a trained model's) and with one M, s (block 1). Used to show that
the shifts outside a kernel's old fast range (s = 32, s in ~20..31) run at the usual cost
(issue #14).

--layouts N: min..max over N C code layouts (the cluster's shared 2 KiB instruction cache moves
figures by 1-3 %, see gemm_shift_cycles.py). --firmware DIR: build with another firmware tree
(e.g. `git archive HEAD~3 firmware | tar -x -C /tmp/old` for a before / after comparison).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from _stats import layout_sweep

import femba_edge.codegen.emit as emit
from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

SHAPES = {  # the demo preset with two blocks, and FEMBA-Tiny's widths (d_state 8, 2 blocks)
    "demo": dict(channels=22, samples=1280, embed_dim=4, d_state=8, expand=2, blocks=2),
    "tiny": dict(channels=22, samples=1280, embed_dim=35, d_state=8, expand=4, blocks=2),
}
KINDS = ("patch_embed", "dwconv", "scan", "mul", "layernorm")
LAYOUTS = ["-O2", "-O2 -falign-loops=16", "-O2 -falign-jumps=8", "-O2 -falign-loops=8 "
           "-falign-labels=4"]


def run(shape: str, spec: str, work: Path, opt: str) -> dict[str, float]:
    shifts = () if spec == "fit" else (int(spec),)
    graph, _ = synth_graph(SynthConfig(**SHAPES[shape], op_shifts=shifts), seed=0)
    generate(graph, "pulp-open", work / "p")
    vec = save_vectors(work / "v.npz", golden_vectors(graph, random_inputs(graph, 1, 0)))
    old = os.environ.get("OPT")
    os.environ["OPT"] = opt  # the generated Makefile's `OPT ?= -O2`
    try:
        s = run_project(work / "p", vec, work / "r")
    finally:
        os.environ.pop("OPT") if old is None else os.environ.__setitem__("OPT", old)
    if s["bit_exact"] != s["vectors"]:
        raise SystemExit(f"{shape} s={spec}: not bit-exact: {s['first_mismatch']}")
    return {r["name"]: r["cycles"] for r in s["per_layer"] if r["kind"] in KINDS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", choices=sorted(SHAPES), default="demo")
    ap.add_argument("--shifts", nargs="+", default=["fit", "40", "33", "32", "25", "20"])
    ap.add_argument("--layouts", type=int, default=1, choices=range(1, len(LAYOUTS) + 1))
    ap.add_argument("--firmware", default=None, help="firmware tree to build (default: ours)")
    ap.add_argument("--json", default=None,
                    help="also write {spec: {layer: [cycles per layout]}} here")
    args = ap.parse_args()
    if args.firmware:
        emit.FIRMWARE_DIR = Path(args.firmware).resolve()
    layout_sweep(args.shifts, LAYOUTS[:args.layouts], run, args.shape, "femba-opshift-", args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
