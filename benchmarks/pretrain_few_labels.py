"""Does pre-training help when few windows are labelled? (figures for docs/results.md)

    python benchmarks/pretrain_few_labels.py [--model demo] [--seeds 3] [--epochs 12]
                                             [--pretrain-epochs 8] [--out runs/bench-pretrain]

1. `femba-edge pretrain` on the built-in synthetic EEG used as unlabelled data (its own seed, so
   other windows than the labelled set), once with the low-pass target, once with the raw one;
   the reconstruction loss per epoch is printed.
2. Fine-tuning on the synthetic set with only 10 % of its subjects labelled for training
   (--val-frac 0.45 --test-frac 0.45), from scratch and from each pre-trained encoder, over
   `--seeds` seeds (different splits and inits); test balanced accuracy and AUROC, mean +- sd
   and the paired difference to scratch. Float models (the QAT path starts from the same float
   weights).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from _stats import mean_sd

LABELLED = ["--data", "synthetic", "--val-frac", "0.45", "--test-frac", "0.45"]
UNLABELLED = "synthetic:seed=7"


def cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "femba_edge", *args, "--quiet"], check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="demo")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--pretrain-epochs", type=int, default=8)
    ap.add_argument("--out", default="runs/bench-pretrain")
    args = ap.parse_args()
    out = Path(args.out)
    t0 = time.time()
    inits = {"scratch": None}
    for target in ("lowpass", "raw"):
        d = out / f"pretrain-{target}"
        if not (d / "pretrain.pt").is_file():
            cli("pretrain", "--model", args.model, "--data", UNLABELLED, "--epochs",
                str(args.pretrain_epochs), "--target", target, "--out", str(d))
        hist = json.loads((d / "metrics.json").read_text())["history"]
        print(f"pretrain {target}: masked MSE train "
              + " ".join(f"{h['train_loss']:.3f}" for h in hist)
              + " | val " + " ".join(f"{h['val_loss']:.3f}" for h in hist))
        inits[f"pretrained ({target})"] = str(d)
    scores: dict[str, list[dict]] = {k: [] for k in inits}
    for seed in range(args.seeds):
        for name, init in inits.items():
            d = out / f"ft-{name.split()[-1].strip('()')}-s{seed}"
            if not (d / "metrics.json").is_file():
                cli("train", "--model", args.model, *LABELLED, "--epochs", str(args.epochs),
                    "--seed", str(seed), "--out", str(d), *(["--init", init] if init else []))
            scores[name].append(json.loads((d / "metrics.json").read_text()))
    split = scores["scratch"][0]["split"]
    print(f"\n{args.model}, {args.seeds} seeds, {split['train']} labelled training windows "
          f"(val {split['val']}, test {split['test']}), {args.epochs} epochs")
    print(f"{'init':<22} {'bal-acc':>16} {'AUROC':>16} {'d bal-acc vs scratch':>22}")
    base = [m["balanced_accuracy"] for m in scores["scratch"]]
    for name, ms in scores.items():
        bal = [m["balanced_accuracy"] for m in ms]
        auc = [m["auroc"] for m in ms]
        diff = [b - a for a, b in zip(base, bal, strict=True)]
        print(f"{name:<22} {mean_sd(bal):>16} {mean_sd(auc):>16} {mean_sd(diff):>22}")
    print(f"wall time {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
