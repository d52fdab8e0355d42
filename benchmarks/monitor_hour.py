"""A 1-hour, 22-channel, 256 Hz synthetic recording through `femba-edge monitor` on the host C
back end: wall time (process start to written outputs: EDF reading and preprocessing, windowing,
codegen + build of the host project, one C process for all windows, figure), real-time factor,
and a second run with --check that compares every window with the numpy golden.

    python benchmarks/monitor_hour.py MODEL.onnx [--minutes 60] [--out runs/monitor-hour]
        [--hop SECONDS] [--no-check]

The recording is written once (`femba-edge synth-recording`, 20-30 min abnormal) and not timed.
Each monitor run is a separate process, timed from outside. Figures go to docs/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("femba-edge")


def femba(*args: str) -> tuple[float, str]:
    """Run the CLI; (wall seconds, stdout). Exits on failure with its stderr."""
    t0 = time.perf_counter()
    proc = subprocess.run([str(BIN), *args], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{' '.join(args[:2])} failed ({proc.returncode}): {proc.stderr.strip()}"
                 f"\n{proc.stdout.strip()}")
    return wall, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--out", default="runs/monitor-hour")
    ap.add_argument("--hop", default=None, help="seconds between windows (default: a window)")
    ap.add_argument("--no-check", action="store_true", help="skip the --check run")
    args = ap.parse_args()
    out = Path(args.out)
    rec = out / "rec.edf"
    if not rec.is_file():
        abnormal = f"{args.minutes / 3:g}:{args.minutes / 2:g}"
        wall, _ = femba("synth-recording", "--minutes", f"{args.minutes:g}", "--abnormal",
                        abnormal, "--out", str(rec))
        print(f"recording: {rec} ({rec.stat().st_size / 1e6:.1f} MB, {args.minutes:g} min, "
              f"abnormal {abnormal} min; written in {wall:.1f} s, not timed)")
    hop = ["--hop", args.hop] if args.hop else []
    common = [str(rec), "--model", args.model, "--backend", "c", "--quiet", *hop]
    wall, _ = femba("monitor", *common, "--out", str(out / "monitor"))
    s = json.loads((out / "monitor" / "summary.json").read_text())
    w, info = s["wall_time_s"], s["backend_info"]
    dur = s["recording"]["duration_s"]
    print(f"monitor --backend c: {s['windows']['processed']} windows of "
          f"{s['model']['window_s']:g} s over {dur / 60:.1f} min of EEG")
    print(f"  wall (process, timed outside): {wall:.2f} s = {dur / wall:.0f}x real time "
          f"(real-time factor {wall / dur:.5f}); goal < 60 s")
    print(f"  inside: model {w['model']:.2f} s, recording read + preprocessing "
          f"{w['recording']:.2f} s, windows {w['windows']:.2f} s, codegen "
          f"{info.get('codegen_s', 0):.2f} s + build {info['build_s']:.2f} s + C run "
          f"{w['inference'] - info['build_s'] - info.get('codegen_s', 0):.2f} s, outputs "
          f"{w['outputs']:.2f} s")
    chip = s["chip"]
    if chip.get("duty_cycle") is not None:
        print(f"  chip ({chip['source']}): {chip['cycles_per_window'] / 1e6:.2f} M cycles per "
              f"window, duty cycle {100 * chip['duty_cycle']:.2f} % at {chip['freq_mhz']:g} MHz")
    print("  classes: " + ", ".join(f"{k} {100 * v:.1f} %"
                                     for k, v in s["class_fractions"].items()))
    if not args.no_check:
        wall, _ = femba("monitor", *common, "--check", "--out", str(out / "check"))
        c = json.loads((out / "check" / "summary.json").read_text())["check"]
        print(f"monitor --backend c --check: bit-exact {c['bit_exact']}/{c['checked']} windows "
              f"(golden {c['seconds']:.1f} s, whole run {wall:.1f} s)")
        if c["first_mismatch"]:
            print(f"  first mismatch: {c['first_mismatch']}")
            return 1
    print(f"load average: {os.getloadavg()[0]:.2f} (2 cores, shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
