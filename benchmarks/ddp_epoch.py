"""Wall time of one training epoch: one process vs `torchrun --nproc_per_node=N` (CPU, gloo).

    python benchmarks/ddp_epoch.py [--model demo] [--data synthetic] [--epochs 2] [--procs 2]

Runs `femba-edge train` once as a single process with all cores (torch's default threads) and
once under torchrun with N processes of cores/N threads each, the same global batch, and prints
the optimisation time per epoch (`train_s` in metrics.json's history, validation excluded) and
the whole command's wall time. A figure for docs/results.md, not a timed test: run it on a quiet
machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _stats import mean_sd


def _train(cmd: list[str], out: Path, env: dict) -> tuple[float, list[float], dict]:
    t0 = time.perf_counter()
    subprocess.run([*cmd, "--out", str(out), "--quiet"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    m = json.loads((out / "metrics.json").read_text())
    return wall, [h["train_s"] for h in m["history"]], m


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="demo")
    ap.add_argument("--data", default="synthetic")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    cores, load = os.cpu_count() or 1, os.getloadavg()[0]
    args_common = ["train", "--model", args.model, "--data", args.data, "--epochs",
                   str(args.epochs), "--batch-size", str(args.batch_size), "--device", "cpu"]
    torchrun = Path(sys.executable).with_name("torchrun")
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK")}
        runs["1 process"] = _train([sys.executable, "-m", "femba_edge", *args_common],
                                   Path(tmp) / "one", env)
        env_n = env | {"OMP_NUM_THREADS": str(max(1, cores // args.procs))}
        launcher = str(torchrun if torchrun.is_file() else shutil.which("torchrun"))
        runs[f"{args.procs} processes"] = _train(
            [launcher, f"--nproc_per_node={args.procs}", "-m", "femba_edge", *args_common],
            Path(tmp) / "many", env_n)
    print(f"\n{args.model} on {args.data}, global batch {args.batch_size}, {args.epochs} epochs, "
          f"{cores} cores; 1-min load average before: {load:.2f}")
    print(f"{'run':<14} {'train s / epoch':>18} {'command wall s':>15} {'test bal-acc':>13}")
    for name, (wall, per_epoch, m) in runs.items():
        print(f"{name:<14} {mean_sd(per_epoch):>18} {wall:>15.1f} "
              f"{m['balanced_accuracy']:>13.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
