"""Small helpers shared by the benchmark scripts (run as `python benchmarks/NAME.py`, so this
directory is on sys.path)."""

from __future__ import annotations

import statistics


def mean_sd(xs: list[float]) -> str:
    """'mean +- sd' with three decimals (sd 0 for a single value)."""
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    return f"{statistics.mean(xs):.3f} +- {sd:.3f}"
