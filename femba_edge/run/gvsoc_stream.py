"""`make run-gvsoc ... WINDOWS=N`: N consecutive windows of a recording streamed on the chip model.

The recording is windowed exactly as `femba-edge monitor` windows it (model window, hop = one
window, per-window normalisation and input quantisation by the training / export functions). The
project is generated with `codegen --stream`: all N windows sit in HyperFlash (L3) after the
weights, and the firmware reads window i + 1 into L2 in the background while window i computes
(firmware/platform/pulp-open/main_pulp.c). The same ELF then runs every window alone (one window
per simulation: no prefetch in flight, cold start), and a default (non-stream) build runs window 0
as `make run-gvsoc` does without WINDOWS, so that per-window cycles in the stream can be compared
with the single-window figure window by window. Every window's outputs are compared with the
numpy golden (==).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from femba_edge.errors import UserError
from femba_edge.run.gvsoc import HEADER_ALIGN, INPUT_ALIGN


@dataclass
class StreamInput:
    """The int8 windows [N, C, T] of a recording and where they start (seconds)."""

    xq: np.ndarray
    start_s: np.ndarray
    note: str


def recording_windows(onnx: Path, recording: Path, n: int) -> StreamInput:
    """The first n windows of `recording` as monitor makes them (UserError if it holds fewer)."""
    from femba_edge.monitor.model import load_model
    from femba_edge.monitor.recording import load_recording
    from femba_edge.monitor.windows import plan_windows, window_inputs

    model = load_model(onnx)
    rec = load_recording(recording, model.channels, model.fs)
    plan = plan_windows(rec.x.shape[1], model.samples, model.samples, model.fs, rec.gaps)
    kept = plan.kept
    if n > len(kept):
        raise UserError(f"WINDOWS={n}: {recording} ({rec.duration_s:.1f} s) holds {len(kept)} "
                        f"windows of {model.window_s:g} s; ask for at most {len(kept)}")
    starts = plan.starts[kept[:n]]
    xq = window_inputs(rec.x, starts, model.samples, model.norm, model.input_scale)
    note = (f"the first {n} of {len(kept)} consecutive {model.window_s:g} s windows (hop "
            f"{model.window_s:g} s) of {recording} ({rec.processing}), normalised ({model.norm}) "
            f"and quantised as `femba-edge monitor` does")
    return StreamInput(xq, starts / model.fs, note)


def check_l3(weights_bytes: int, input_bytes: int, n: int, l3_bytes: int) -> None:
    """UserError when weights + run header + n windows do not fit the platform's L3 (the flash
    image layout of femba_edge/run/gvsoc.py), before any golden run or simulation."""
    header = -(-weights_bytes // HEADER_ALIGN) * HEADER_ALIGN
    need = header + INPUT_ALIGN + n * (-(-input_bytes // INPUT_ALIGN) * INPUT_ALIGN)
    if need > l3_bytes:
        most = (l3_bytes - header - INPUT_ALIGN) // (-(-input_bytes // INPUT_ALIGN) * INPUT_ALIGN)
        raise UserError(f"WINDOWS={n}: weights ({weights_bytes} B) + {n} windows of "
                        f"{input_bytes} B need {need} B of L3, the platform has {l3_bytes}; "
                        f"at most {max(most, 0)} windows fit")


def _save_slice(vectors: Path, out: Path, i: int) -> Path:
    """Vectors of window i alone (per-window arrays sliced, the fingerprint kept)."""
    from femba_edge.run.vectors import per_window, save_vectors

    with np.load(vectors) as z:
        vec = {k: z[k] for k in z.files}
    return save_vectors(out, {**vec, **{k: v[i:i + 1] for k, v in per_window(vec).items()}})


@dataclass
class StreamResult:
    """What the stream run measured: the stream's run.json, each window alone, the default build's
    window 0 (None when not run)."""

    stream: dict
    alone: list[dict]
    default: dict | None
    start_s: np.ndarray

    @property
    def all_exact(self) -> bool:
        """Every window bit-exact in the stream and alone."""
        runs = [self.stream, *self.alone] + ([self.default] if self.default else [])
        return all(r["bit_exact"] == r["vectors"] for r in runs)


def run_stream(graph, platform: str, out: Path, sin: StreamInput, default_build: bool = True
               ) -> StreamResult:
    """Generate the stream project, run the N windows as one stream, then each window alone on
    the same ELF, then window 0 on a default build. Writes OUT/{stream,alone-i,default}-run."""
    from femba_edge.codegen.project import generate
    from femba_edge.run.runner import run_project
    from femba_edge.run.vectors import golden_vectors, save_vectors

    n = len(sin.xq)
    project = out / f"{platform}-stream"
    plan = generate(graph, platform, project, stream=True)
    check_l3(len(plan.weights), plan.input.nbytes, n, plan.platform.l3_bytes)
    vectors = save_vectors(out / "stream.vectors.npz", golden_vectors(graph, sin.xq))
    print(f"{platform} stream: {n} windows in L3 after {len(plan.weights)} B of weights; input "
          f"{plan.input.nbytes} B reserved in L2 (next window read after layer "
          f"{plan.input_last_use}), L2 {plan.l2_bytes} B -> {project}", flush=True)
    stream = _run(run_project, project, vectors, out / "stream-run")
    alone = []
    for i in range(n):
        one = _save_slice(vectors, out / f"alone-{i}.vectors.npz", i)
        alone.append(_run(run_project, project, one, out / f"alone-run-{i}"))
        print(f"  window {i} alone: {alone[-1]['per_vector'][0]['cycles']:,} cycles", flush=True)
    default = None
    if default_build:
        generate(graph, platform, out / platform)
        default = _run(run_project, out / platform, _save_slice(vectors, out / "w0.vectors.npz",
                                                                0), out / "default-run")
    return StreamResult(stream, alone, default, sin.start_s)


def _run(run_project, project: Path, vectors: Path, dest: Path) -> dict:
    s = run_project(project, vectors, dest)
    run = json.loads((dest / "run.json").read_text())
    run["first_mismatch_text"] = s["first_mismatch"]
    return run


def table_lines(r: StreamResult) -> list[str]:
    """Markdown: per window, cycles in the stream vs alone, input wait, L3 wait, bit-exact."""
    lines = ["| window | start (s) | cycles in stream | cycles alone | stream - alone | input wait "
             "in stream | input wait alone | L3 wait (layers) | class | bit-exact stream / "
             "alone |", "|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|"]
    for i, (v, a) in enumerate(zip(r.stream["per_vector"], r.alone, strict=True)):
        a0 = a["per_vector"][0]
        lines.append(
            f"| {i} | {r.start_s[i]:.0f} | {v['cycles']:,} | {a0['cycles']:,} | "
            f"{v['cycles'] - a0['cycles']:+,} | {v.get('input_wait_cycles', 0):,} | "
            f"{a0.get('input_wait_cycles', 0):,} | {v['dma_wait_cycles']:,} | {v['class']} | "
            f"{'yes' if v['bit_exact'] else 'NO'} / {'yes' if a0['bit_exact'] else 'NO'} |")
    return lines


def summary_lines(r: StreamResult) -> list[str]:
    """The headline figures: deltas, prefetch wait, the default build's single-window figure."""
    sv = r.stream["per_vector"]
    cyc = np.array([v["cycles"] for v in sv], np.int64)
    alone = np.array([a["per_vector"][0]["cycles"] for a in r.alone], np.int64)
    waits = [v.get("input_wait_cycles", 0) for v in sv[1:]]
    late = [v.get("input_bytes_at_start", 0) for v in sv[1:]]
    exact = sum(v["bit_exact"] for v in sv)
    out = [f"- windows: {len(sv)}, bit-exact in the stream {exact}/{len(sv)}, alone "
           f"{sum(a['bit_exact'] for a in r.alone)}/{len(r.alone)} (logits and class, == the "
           "numpy golden)",
           f"- cycles per window in the stream: min {cyc.min():,}, max {cyc.max():,}, mean "
           f"{cyc.mean():,.0f}; stream - alone per window: min {int((cyc - alone).min()):+,}, "
           f"max {int((cyc - alone).max()):+,} (mean {100 * (cyc / alone - 1).mean():+.2f} %)",
           f"- next-window input (L3 -> L2 in the background): wait when windows 1..{len(sv) - 1} "
           f"start: max {max(waits, default=0):,} cycles, bytes still to read then: max "
           f"{max(late, default=0):,}; window 0 and every window alone (blocking read): "
           f"{sv[0].get('input_wait_cycles', 0):,} cycles"]
    if r.default:
        d = r.default["per_vector"][0]
        out.append(f"- default build (no --stream, `make run-gvsoc` without WINDOWS), window 0: "
                   f"{d['cycles']:,} cycles (stream build alone: {alone[0]:,}, in the stream: "
                   f"{cyc[0]:,}); bit-exact {r.default['bit_exact']}/{r.default['vectors']}")
    return out


def record_stream(dest: Path, out: Path, platform: str, r: StreamResult, lines: list[str],
                  launcher: str, model_note: str, input_note: str, command: str,
                  wall: float) -> None:
    """gvsoc_runs/NAME: README.md (commands, GVSoC commit, summary, per-window table), the raw
    logs and run.json of the stream, of each window alone and of the default build."""
    import shutil

    from femba_edge.run.gvsoc import gvsoc_commit
    from femba_edge.run.gvsoc_flow import MODEL_NOTES

    dest.mkdir(parents=True, exist_ok=True)
    runs = {"stream": out / "stream-run", "default": out / "default-run",
            **{f"alone-{i}": out / f"alone-run-{i}" for i in range(len(r.alone))}}
    for name, d in runs.items():
        if (d / "run.json").is_file():
            shutil.copy2(d / "run.json", dest / f"{name}.run.json")
            shutil.copy2(d / "sim.log", dest / f"{name}.gvsoc.log")
    shutil.copy2(out / f"{platform}-stream" / "memory_plan.json", dest / "memory_plan.json")
    commit = gvsoc_commit(launcher)
    (dest / "gvsoc_commit.txt").write_text(f"{commit}\n")
    sim = r.stream.get("command", "")
    # the Makefile writes the recording with synth-recording first (when it is missing)
    rec = next((w for w in command.split() if w.startswith("STREAM_REC=")), "")
    recording_cmd = ([f"make {rec.split('=', 1)[1]}   # femba-edge synth-recording (Makefile)"]
                     if rec else [])
    (dest / "command.txt").write_text(f"{command}\n\n# simulator (stream run)\n{sim}\n")
    text = [f"# Streaming on GVSoC {platform}: {dest.name}", "",
            f"- platform: {platform}: {MODEL_NOTES[platform]}", f"- {model_note}",
            f"- input: {input_note}",
            "- stream: `codegen --stream` build; all windows in HyperFlash (L3) after the weights; "
            "window i + 1 is read L3 -> L2 by the uDMA in the background (its own transaction "
            "slot) into the input's L2 bytes (reserved by the plan) at the first point after the "
            "patch embedding of window i where a layer has issued all its own L3 reads, in "
            "pieces of at most 32 KiB (firmware/runtime/input_stream.h), and waited for when "
            "window i + 1 starts. 'alone' = the same ELF, one window per simulation (cold start, "
            "blocking input read, nothing in the background).",
            "- cycles = sum of the per-layer mcycle deltas of cluster core 0 (the single-window "
            "figure of `make run-gvsoc`); the input wait is outside every layer and listed apart",
            f"- GVSoC: {commit}, target pulp-open; simulation wall time {wall:.0f} s (all runs)",
            "", "## Command", "", "```", *recording_cmd, command, "```", "", "## Result", "",
            *lines, "",
            "Files: stream.run.json / stream.gvsoc.log (the stream), alone-I.* (window I alone), "
            "default.* (window 0 on the default build), memory_plan.json (stream build), "
            "command.txt, gvsoc_commit.txt.", ""]
    (dest / "README.md").write_text("\n".join(text))
    print(f"recorded in {dest}")
