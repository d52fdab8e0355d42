"""Float vs PTQ 2-bit vs QAT 2-bit over several seeds (figures for docs/results.md).

    python benchmarks/qat_seeds.py [--model demo] [--seeds 3] [--epochs 12] [--out runs/bench-seeds]

Each seed is a different subject split and a different initialisation (`femba-edge qat --seed`).
Prints the test balanced accuracy and AUROC of each model per seed, mean +- sd, and the paired
difference to float (mean +- sd over seeds), with the band-power logistic regression fitted on
each seed's split as the first row: one 30-subject test split moves
about 3 points per subject, so a 2-point claim needs several seeds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from _stats import mean_sd

ROWS = (("baseline", "bandpower LR"), ("float", "float"), ("ptq_int8", "PTQ int8"),
        ("ptq_2bit", "PTQ 2-bit"), ("qat_2bit", "QAT 2-bit"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="demo")
    ap.add_argument("--data", default="synthetic")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--out", default="runs/bench-seeds")
    args = ap.parse_args()
    t0 = time.time()
    runs = []
    for seed in range(args.seeds):
        d = Path(args.out) / f"s{seed}"
        if not (d / "metrics.json").is_file():
            subprocess.run([sys.executable, "-m", "femba_edge", "qat", "--model", args.model,
                            "--data", args.data, "--epochs", str(args.epochs), "--seed",
                            str(seed), "--out", str(d), "--quiet"], check=True)
        runs.append(json.loads((d / "metrics.json").read_text()))
    print(f"\n{args.model} on {args.data}, {args.seeds} seeds, {args.epochs} epochs; test split "
          f"{runs[0]['split']['test']} windows")
    print(f"{'model':<12} " + " ".join(f"{'s' + str(i):>6}" for i in range(args.seeds))
          + f" {'bal-acc':>16} {'AUROC':>16} {'d bal-acc vs float':>20}")
    base = [r["float"]["balanced_accuracy"] for r in runs]
    for key, label in ROWS:
        bal = [r[key]["balanced_accuracy"] for r in runs]
        auc = [r[key]["auroc"] for r in runs]
        diff = [b - a for a, b in zip(base, bal, strict=True)]
        print(f"{label:<12} " + " ".join(f"{b:>6.3f}" for b in bal)
              + f" {mean_sd(bal):>16} {mean_sd(auc):>16} {mean_sd(diff):>20}")
    print(f"wall time {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
