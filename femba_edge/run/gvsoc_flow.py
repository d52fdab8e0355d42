"""`make run-gvsoc`: model -> pulp-open C -> build -> GVSoC run -> bit-exact check and profile.

    python -m femba_edge.run.gvsoc_flow [--preset demo] [--onnx model.onnx] [--out DIR]
                                        [--platform pulp-open|gap9-gvsoc] [--vectors N]
                                        [--record gvsoc_runs/NAME]
                                        [--windows N --recording REC.edf]

--platform gap9-gvsoc builds the gap9 memory plan (128 KiB L1, GAP9's L2 and stack budget) on the
project's bare-metal runtime and runs it on the same pulp-open model given GAP9's cluster L1 size
and clocks (femba_edge/run/gvsoc.py).

Without --onnx it builds a random-weight QAT model of the preset (float weights from the
initialiser, one calibration step on Gaussian windows: not trained, says so) and its golden
vectors. Prints `bit-exact: K/N`, per-layer cycles, instructions, MACs, MAC/cycle, DMA waits and
the peak bytes per memory level. --record also writes the raw simulator log, run.json, a
report.md, the exact commands and the GVSoC commit into the given directory.

--windows N streams the first N windows of a recording (femba_edge/run/gvsoc_stream.py): a
`codegen --stream` build reads window i + 1 into L2 while window i computes; per-window cycles in
the stream are compared with each window run alone, every window with the golden.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from femba_edge.errors import UserError

PLATFORMS = ("pulp-open", "gap9-gvsoc")
MODEL_NOTES = {
    "pulp-open": "GVSoC's public pulp-open model (cluster and SoC at the model's 50 MHz)",
    "gap9-gvsoc": (
        "GAP9-shaped GVSoC: the public pulp-open model (its FC, SoC, uDMA, L2 and HyperFlash) "
        "with GAP9's cluster L1 size (128 KiB, 16 x 8 KiB banks) and GAP9's 370 MHz cluster and "
        "SoC clocks, set on the command line (no GVSoC change); not GAP9 silicon: no NE16, no "
        "SFU, no GAP9 SoC / uDMA / HyperRAM timing, no TCDM bank-conflict model"),
}
RANDOM_MODEL_NOTE = ("random-weight QAT model (PyTorch initialiser weights, 2-bit QAT quantisers "
                     "calibrated for one step on Gaussian windows; not trained)")


def build_random_model(preset: str, out: Path, n: int, seed: int = 0) -> tuple[Path, Path]:
    """model.onnx + model.vectors.npz of a random-weight QAT model of `preset` (as in the tests'
    demo_graph fixture)."""
    import torch

    from femba_edge.config import PRESETS
    from femba_edge.export.from_qat import graph_from_qat
    from femba_edge.export.golden import quantize_input
    from femba_edge.export.onnx_io import save_onnx, to_onnx
    from femba_edge.model import Femba
    from femba_edge.qat.calibrate import calibrate
    from femba_edge.qat.model import QuantSpec, from_float
    from femba_edge.run.vectors import golden_vectors, save_vectors

    if preset not in PRESETS:
        raise UserError(f"unknown preset '{preset}' (choose from {', '.join(PRESETS)})")
    torch.manual_seed(seed)
    cfg = PRESETS[preset]
    x = np.random.default_rng(seed).standard_normal(
        (max(n, 2), cfg.channels, cfg.samples)).astype(np.float32)
    graph = graph_from_qat(calibrate(from_float(Femba(cfg), QuantSpec()), x, steps=1))
    graph.metadata.setdefault("fs", str(cfg.fs))  # what monitor-style windowing needs
    s_in = float(graph.metadata["input_scale"])
    xq = quantize_input(x[:n], s_in)
    out.mkdir(parents=True, exist_ok=True)
    save_onnx(to_onnx(graph), out / "model.onnx")
    save_vectors(out / "model.vectors.npz", golden_vectors(graph, xq))
    return out / "model.onnx", out / "model.vectors.npz"


def vectors_for(onnx: Path, out: Path, n: int) -> tuple[Path, str]:
    """Golden vectors for a given integer ONNX model: the first n windows of the export's own
    MODEL.vectors.npz beside it (real data windows) when it holds that many, else the golden run
    on n random int8 windows. Returns the path and a note saying which."""
    from femba_edge.export.onnx_io import read_graph
    from femba_edge.run.vectors import golden_vectors, per_window, random_inputs, save_vectors

    out.mkdir(parents=True, exist_ok=True)
    beside = onnx.with_suffix(".vectors.npz")
    if beside.is_file():
        with np.load(beside) as z:
            vec = {k: z[k] for k in z.files}
        if "input" in vec and len(vec["input"]) >= n:
            # slice the per-window arrays only; the fingerprint (0-d) is kept as it is
            sliced = {**vec, **{k: v[:n] for k, v in per_window(vec).items()}}
            path = save_vectors(out / "model.vectors.npz", sliced)
            return path, f"the first {n} windows of {beside} (written by export)"
    graph = read_graph(onnx)
    path = save_vectors(out / "model.vectors.npz", golden_vectors(graph, random_inputs(graph, n)))
    return path, f"{n} random int8 windows"


def layer_macs(project: Path) -> dict[str, int]:
    """MACs per layer from memory_plan.json (femba_edge.report's counting), {} if unavailable."""
    try:
        from femba_edge.report.macs import buffer_sizes
        from femba_edge.report.macs import layer_macs as macs_of
    except ImportError:
        return {}
    plan = json.loads((project / "memory_plan.json").read_text())
    sizes = buffer_sizes(plan)
    return {ly["name"]: macs_of(ly, sizes) for ly in plan["layers"]}


def profile_lines(project: Path, run: dict) -> list[str]:
    """Markdown tables: per layer, per kind, totals and peak memory."""
    macs = layer_macs(project)
    plan = json.loads((project / "memory_plan.json").read_text())
    rows = run["per_layer"]
    total = sum(r["cycles"] for r in rows) or 1.0

    def fmt(r: dict, name: str, kind: str, mac: int) -> str:
        c = r["cycles"]
        ratio = f"{mac / c:.2f}" if mac and c else "-"
        return (f"| {name} | {kind} | {c:,.0f} | {100 * c / total:.1f} | {r['instructions']:,.0f} "
                f"| {mac:,} | {ratio} | {r['dma_wait_cycles']:,.0f} | "
                f"{r['l1_dma_wait_cycles']:,.0f} |")

    head = ["| layer | kind | cycles | % | instr (core 0) | MACs | MAC/cycle | L3 wait | "
            "L1 DMA wait |", "|---|---|--:|--:|--:|--:|--:|--:|--:|"]
    out = ["### Per layer", "", *head]
    out += [fmt(r, r["name"], r["kind"], macs.get(r["name"], 0)) for r in rows]
    kinds: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    for r in rows:
        k = kinds[r["kind"]]
        for key in ("cycles", "instructions", "dma_wait_cycles", "l1_dma_wait_cycles"):
            k[key] += r[key]
        k["macs"] += macs.get(r["name"], 0)
    out += ["", "### Per layer kind", "", *head]
    for kind, k in sorted(kinds.items(), key=lambda kv: -kv[1]["cycles"]):
        out.append(fmt(k, f"({kind})", kind, int(k["macs"])))
    tot = {key: sum(r[key] for r in rows) for key in
           ("cycles", "instructions", "dma_wait_cycles", "l1_dma_wait_cycles")}
    out += ["", "### Totals (one window)", ""]
    out.append(fmt(tot, "**total**", "", sum(macs.values())))
    out[-1] = "\n".join([*head, out[-1]])
    p = plan["peaks"]
    out += ["", f"- L3 wait (uDMA HyperFlash -> L2, cluster core 0 blocked): "
            f"{tot['dma_wait_cycles']:,.0f} cycles = {100 * tot['dma_wait_cycles'] / total:.2f} %",
            f"- L1 DMA wait (MCHAN L2 <-> L1): {tot['l1_dma_wait_cycles']:,.0f} cycles = "
            f"{100 * tot['l1_dma_wait_cycles'] / total:.2f} %",
            f"- Peak bytes: L1 {p['L1']:,} of {p['L1_usable']:,} planned (+ "
            f"{p.get('L1_stacks', 0):,} B cluster stacks + runtime, of "
            f"{p.get('L1_total', 0):,}), L2 {p['L2']:,} of {p['L2_usable']:,} (activations "
            f"{p['L2_activations']:,}, weight stage {p['L2_weight_stage']:,}), L3 {p['L3']:,} "
            f"(HyperFlash)"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m femba_edge.run.gvsoc_flow",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="demo")
    ap.add_argument("--onnx", default="")
    ap.add_argument("--out", default="")
    ap.add_argument("--platform", default="pulp-open",
                    help=f"GVSoC platform: {' or '.join(PLATFORMS)} (default pulp-open)")
    ap.add_argument("--vectors", type=int, default=1, help="windows to run (default 1)")
    ap.add_argument("--dump-intermediates", action="store_true")
    ap.add_argument("--record", default="", help="directory for the recorded run")
    ap.add_argument("--command", default="", help="command line to record (default: argv)")
    ap.add_argument("--windows", type=int, default=None,
                    help="stream the first N windows of --recording (codegen --stream)")
    ap.add_argument("--recording", default="", help="EDF / npz recording for --windows")
    args = ap.parse_args(argv)
    if args.platform not in PLATFORMS:  # before anything is built, for both flows
        print(f"femba-edge: error: unknown PLATFORM '{args.platform}' (choose from "
              f"{', '.join(PLATFORMS)})", file=sys.stderr)
        return 2
    if args.windows is not None:
        return stream_main(args)

    from femba_edge.codegen.project import generate
    from femba_edge.export.onnx_io import read_graph
    from femba_edge.run.gvsoc import gvsoc_launcher
    from femba_edge.run.runner import run_project

    out = Path(args.out or f"runs/gvsoc-{args.preset}")
    fresh = not out.exists()
    try:
        if args.vectors < 1:
            raise UserError(f"--vectors must be at least 1, got {args.vectors}")
        launcher = gvsoc_launcher()
        if args.onnx:  # plan first: a model that does not fit costs no golden run
            onnx = Path(args.onnx)
            plan = generate(read_graph(onnx), args.platform, out / args.platform)
            vectors, vec_note = vectors_for(onnx, out, args.vectors)
            model_note = f"model: {onnx}; vectors: {vec_note}"
        else:
            print(f"{args.preset}: building a {RANDOM_MODEL_NOTE}", flush=True)
            onnx, vectors = build_random_model(args.preset, out, args.vectors)
            model_note = f"model: preset {args.preset}, {RANDOM_MODEL_NOTE}"
            plan = generate(read_graph(onnx), args.platform, out / args.platform)
        project = out / args.platform
        p = plan.platform
        print(f"{args.platform}: {len(plan.layers)} layers, L1 {plan.l1_bytes} B of "
              f"{p.l1_plan} planned (+ {p.l1_stacks} B cluster stacks), L2 {plan.l2_bytes} B, "
              f"L3 {len(plan.weights)} B -> {project}", flush=True)
        t0 = time.time()
        s = run_project(project, vectors, out / "gvsoc-run", args.dump_intermediates)
        wall = time.time() - t0
    except UserError as e:
        if fresh and out.exists():  # nothing half-built is left behind
            shutil.rmtree(out)
        print(f"femba-edge: error: {e}", file=sys.stderr)
        return 2
    run = json.loads((out / "gvsoc-run" / "run.json").read_text())
    lines = profile_lines(project, run)
    print("\n".join(lines))
    if s["first_mismatch"]:
        print(f"first mismatch: {s['first_mismatch']}")
    print(f"bit-exact: {s['bit_exact']}/{s['vectors']}")
    if args.record:
        record(Path(args.record), out, project, run, s, lines, launcher, model_note,
               args.command or " ".join(sys.argv), wall, args.platform)
    return 0 if s["bit_exact"] == s["vectors"] else 1


def stream_main(args: argparse.Namespace) -> int:
    """--windows N: the model, N windows of the recording, the stream runs, the table."""
    from femba_edge.export.onnx_io import read_graph
    from femba_edge.run.gvsoc import gvsoc_launcher
    from femba_edge.run.gvsoc_stream import (
        record_stream,
        recording_windows,
        run_stream,
        summary_lines,
        table_lines,
    )

    out = Path(args.out or f"runs/gvsoc-{args.preset}-stream")
    fresh = not out.exists()
    try:
        if args.windows < 1:
            raise UserError(f"WINDOWS must be at least 1, got {args.windows}")
        if not args.recording:
            raise UserError("WINDOWS=N streams windows of a recording: pass --recording "
                            "(`make run-gvsoc` writes one with femba-edge synth-recording)")
        if args.onnx:
            onnx = Path(args.onnx)
            model_note = f"model: {onnx}"
        else:
            print(f"{args.preset}: building a {RANDOM_MODEL_NOTE}", flush=True)
            onnx, _ = build_random_model(args.preset, out, 1)
            model_note = f"model: preset {args.preset}, {RANDOM_MODEL_NOTE}"
        sin = recording_windows(onnx, Path(args.recording), args.windows)
        launcher = gvsoc_launcher()
        t0 = time.time()
        result = run_stream(read_graph(onnx), args.platform, out, sin)
        wall = time.time() - t0
    except UserError as e:
        if fresh and out.exists():  # nothing half-built is left behind
            shutil.rmtree(out)
        print(f"femba-edge: error: {e}", file=sys.stderr)
        return 2
    lines = [*summary_lines(result), "", *table_lines(result)]
    print("\n".join(lines))
    if args.record:
        record_stream(Path(args.record), out, args.platform, result, lines, launcher, model_note,
                      sin.note, args.command or " ".join(sys.argv), wall)
    return 0 if result.all_exact else 1


def record(dest: Path, out: Path, project: Path, run: dict, s: dict, lines: list[str],
           launcher: str, model_note: str, command: str, wall: float,
           platform: str = "pulp-open") -> None:
    """gvsoc_runs/NAME: raw log, run.json, report.md, commands, GVSoC commit."""
    from femba_edge.run.gvsoc import gvsoc_commit

    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(out / "gvsoc-run" / "sim.log", dest / "gvsoc.log")
    shutil.copy2(out / "gvsoc-run" / "run.json", dest / "run.json")
    shutil.copy2(project / "memory_plan.json", dest / "memory_plan.json")
    commit = gvsoc_commit(launcher)
    (dest / "command.txt").write_text(
        f"{command}\n\n# femba-edge run (inside the above)\nfemba-edge run {project} --vectors "
        f"{out / 'model.vectors.npz'} --out {out / 'gvsoc-run'}\n\n# simulator\n"
        f"{run.get('command', '')}\n")
    (dest / "gvsoc_commit.txt").write_text(f"{commit}\n")
    total = run["totals_per_window"]["cycles"]
    clock = 370e6 if platform == "gap9-gvsoc" else 50e6
    head = [f"# GVSoC {platform} run: {dest.name}", "",
            f"- platform: {platform}: {MODEL_NOTES[platform]}",
            f"- {model_note}",
            f"- bit-exact: {s['bit_exact']}/{s['vectors']} (every graph output compared with "
            "the numpy golden, ==)",
            f"- cycles per window: {total:,.0f} (cluster clock; " + (
                f"{total / clock:.3f} s at the model's {clock / 1e6:.0f} MHz, " if clock != 370e6
                else "") + f"{total / 370e6:.3f} s at GAP9's 370 MHz)",
            f"- GVSoC: {commit}, target pulp-open; simulation wall time {wall:.0f} s",
            "- counters: cycles = mcycle of cluster core 0 around each layer; instructions = "
            "core 0's performance counter only (the other 7 cores are not summed); L3 wait / "
            "L1 DMA wait = cycles core 0 spent blocked on uDMA / MCHAN completion. GVSoC's MCHAN "
            "timing looks optimistic and its TCDM-contention counter reads 0, so DMA figures "
            "are model-limited.",
            "- files: gvsoc.log (raw simulator output), run.json, memory_plan.json, "
            "command.txt, gvsoc_commit.txt", ""]
    (dest / "report.md").write_text("\n".join(head + lines) + "\n")
    # the project's generic report (femba-edge report), when that command is available
    try:
        from femba_edge.report.command import make_report

        make_report(out / "gvsoc-run", dest / "femba-report", build=project)
    except (ImportError, UserError) as e:
        print(f"(femba-edge report not written: {e})")
    print(f"recorded in {dest}")


if __name__ == "__main__":
    sys.exit(main())
