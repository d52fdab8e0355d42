"""Generated C on the host vs ONNX Runtime on the same model.onnx, same inputs.

    python benchmarks/host_vs_ort.py MODEL.onnx MODEL.vectors.npz [--build DIR]

C time = the network's own per-layer clock (process start and file I/O excluded), ORT time =
session.run per window after one warm-up run; both the median over the vectors. Outputs must be
identical (exit 1 otherwise). One run each; the figures go to docs/results.md.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from femba_edge.codegen.project import generate
from femba_edge.export.onnx_io import read_graph
from femba_edge.run.runner import run_project


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("vectors")
    ap.add_argument("--build", default=None, help="project directory (default: a temporary one)")
    args = ap.parse_args()
    build = Path(args.build or tempfile.mkdtemp(prefix="femba-bench-"))
    generate(read_graph(args.model), "host", build)
    summary = run_project(build, args.vectors, build / "result")
    c_ns = [v["ns"] for v in summary["per_vector"]]
    vec = np.load(args.vectors)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1  # the C host build runs its 8 emulated cores on one thread
    sess = ort.InferenceSession(args.model, opts)
    names = [o.name for o in sess.get_outputs()]
    sess.run(None, {"input": vec["input"][0]})
    ort_ns, same = [], True
    for i, x in enumerate(vec["input"]):
        t0 = time.perf_counter_ns()
        got = sess.run(None, {"input": x})
        ort_ns.append(time.perf_counter_ns() - t0)
        same &= all(np.array_equal(g, vec[n][i]) for n, g in zip(names, got, strict=True))
    c_ms, o_ms = np.median(c_ns) / 1e6, np.median(ort_ns) / 1e6
    result = {"model": args.model, "vectors": len(vec["input"]),
              "c_bit_exact": f"{summary['bit_exact']}/{summary['vectors']}",
              "ort_equals_golden": bool(same), "c_ms_per_window": round(c_ms, 3),
              "ort_ms_per_window": round(o_ms, 3), "speedup_c_over_ort": round(o_ms / c_ms, 2)}
    print(json.dumps(result, indent=2))
    return 0 if same and summary["bit_exact"] == summary["vectors"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
