"""Check the analytic cycle estimate against a measured GVSoC run, and derive corrected
per-kernel-class throughputs for femba_edge/report/cost_model.json.

    python benchmarks/calibrate_cost_model.py gvsoc_runs/tiny-YYYYMMDD/femba-report/report.json

For each layer kind: measured cycles vs the estimate's cycles, and the throughput that would make
the estimate match (old ops_per_cycle * estimated / measured: the estimate is compute-bound for
every kind on pulp-open, so the correction is linear). Prints a table and the JSON fragment.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

from femba_edge.report.estimate import load_cost_model


def main(path: str) -> int:
    rep = json.loads(open(path).read())
    model = load_cost_model(rep["target"])
    measured, estimated = defaultdict(float), defaultdict(float)
    for row in rep["layers"]:
        if row.get("cycles") is None:
            raise SystemExit(f"{path}: layer {row['name']} has no measured cycles")
        measured[row["kind"]] += row["cycles"]
        estimated[row["kind"]] += row["est_cycles"]
    total_m, total_e = sum(measured.values()), sum(estimated.values())
    print(f"{'kind':<12} {'measured':>14} {'estimated':>14} {'est/meas':>9} {'ops/cycle':>10}")
    fitted = {}
    for kind in sorted(measured, key=measured.get, reverse=True):
        ratio = estimated[kind] / measured[kind] if measured[kind] else float("nan")
        fitted[kind] = round(model.ops_per_cycle[kind] * ratio, 4)
        print(f"{kind:<12} {measured[kind]:>14,.0f} {estimated[kind]:>14,.0f} {ratio:>9.2f} "
              f"{fitted[kind]:>10}")
    print(f"{'total':<12} {total_m:>14,.0f} {total_e:>14,.0f} {total_e / total_m:>9.2f}")
    print(json.dumps({"ops_per_cycle": fitted}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
