"""Small helpers shared by the benchmark scripts (run as `python benchmarks/NAME.py`, so this
directory is on sys.path)."""

from __future__ import annotations

import statistics


def mean_sd(xs: list[float]) -> str:
    """'mean +- sd' with three decimals (sd 0 for a single value)."""
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    return f"{statistics.mean(xs):.3f} +- {sd:.3f}"


def layout_sweep(specs: list[str], layouts: list, run, shape: str, prefix: str,
                 json_path: str | None) -> dict[str, dict[str, list[float]]]:
    """Cycles per layer for every shift spec and code layout (`run(shape, spec, dir, layout)` ->
    {layer: cycles}); prints one row per layer, `min..max` where the layouts differ, and writes
    the table as JSON to `json_path` when given."""
    import json
    import tempfile
    from pathlib import Path

    table: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        for spec in specs:
            for i, opt in enumerate(layouts):
                for name, c in run(shape, spec, Path(tmp) / f"{spec}-{i}", opt).items():
                    table.setdefault(spec, {}).setdefault(name, []).append(c)
    w = 12 if len(layouts) == 1 else 20
    print(f"{'layer':28s}" + "".join(f"{'s=' + k:>{w}s}" for k in table))
    for n in next(iter(table.values())):
        cells = [(min(table[k][n]), max(table[k][n])) for k in table]
        print(f"{n:28s}" + "".join(f"{lo:{w}.0f}" if lo == hi else f"{f'{lo:.0f}..{hi:.0f}':>{w}s}"
                                   for lo, hi in cells))
    if json_path:
        Path(json_path).write_text(json.dumps(table, indent=1))
    return table
