"""GEMM cycles per requantisation shift on GVSoC pulp-open (needs GVSOC and the riscv toolchain).

    python benchmarks/gemm_shift_cycles.py [--shape demo|tiny] [--shifts 32 40 ...]
        [--layouts N] [--json F]

For each shift spec (one integer: every channel of every int8 GEMM gets that s; "fit": the
synthetic graph's fitted shifts), a synthetic graph of the shape's projections is generated for
pulp-open, run on one window (bit-exact check against the golden included) and each linear
layer's cycles printed. Used to show that a shift outside [33, 62] (e.g. the s = 32 a trained
model's out_proj gets) takes the fused-requant micro-kernel as fast as the usual range.

The cluster's shared instruction cache is 2 KiB (4-way, 16-byte lines), so moving code by a
few lines moves a layer's cycles by ~1-3 %: --layouts N builds each graph N times with
different loop alignments of the C code (make's OPT) and prints min..max per layer.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from _stats import layout_sweep

from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

SHAPES = {  # the demo preset, and FEMBA-Tiny's projections with d_state 8 (a shorter scan)
    "demo": dict(channels=22, samples=1280, embed_dim=4, d_state=8, expand=2),
    "tiny": dict(channels=22, samples=1280, embed_dim=35, d_state=8, expand=4),
}


# make's OPT per layout: the same code, C loops and jump targets aligned differently
LAYOUTS = ["-O2", "-O2 -falign-loops=16", "-O2 -falign-jumps=8", "-O2 -falign-loops=8 "
           "-falign-labels=4"]


def run(shape: str, spec: str, work: Path, opt: str) -> dict[str, float]:
    shifts = () if spec == "fit" else (int(spec),)
    graph, _ = synth_graph(SynthConfig(**SHAPES[shape], gemm_shifts=shifts), seed=0)
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
    return {r["name"]: r["cycles"] for r in s["per_layer"] if r["kind"] == "linear"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shape", choices=sorted(SHAPES), default="demo")
    ap.add_argument("--shifts", nargs="+", default=["32", "40", "fit"])
    ap.add_argument("--layouts", type=int, default=1, choices=range(1, len(LAYOUTS) + 1))
    ap.add_argument("--json", default=None,
                    help="also write {spec: {layer: [cycles per layout]}} here")
    args = ap.parse_args()
    layout_sweep(args.shifts, LAYOUTS[:args.layouts], run, args.shape, "femba-shift-", args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
