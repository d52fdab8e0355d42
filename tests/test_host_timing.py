"""Host timing: the host binary runs HOST_REPEATS times and every (vector, layer) counter is the
median of its samples; run.json says so; outputs that differ between repeats are an error."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pytest

from femba_edge.codegen.errors import RunError
from femba_edge.codegen.project import generate
from femba_edge.run import execute as execute_mod
from femba_edge.run.execute import HOST_REPEATS, RawRun, median_counters
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, save_vectors


def _raw(ns: list[list[int]], out: int = 1) -> RawRun:
    """One run of 2 vectors x len(ns[0]) layers with ns counters and a 'class' output."""
    counters = np.zeros((2, len(ns[0]), 2), np.uint64)
    counters[:, :, 0] = ns
    return RawRun([{"class": np.array([out])}, {"class": np.array([0])}], counters)


def test_median_is_taken_per_vector_and_layer():
    # layer 0 of vector 0 has one descheduled sample (500): the median ignores it
    runs = [_raw([[10, 7], [3, 4]]), _raw([[500, 7], [5, 4]]), _raw([[12, 9], [4, 40]])]
    got = median_counters(runs)
    assert got.counters[:, :, 0].tolist() == [[12, 7], [4, 4]]
    assert got.counters.dtype == np.uint64
    assert got.timing == {"clock": "host wall-clock (CLOCK_MONOTONIC ns)", "repeats": 3,
                          "statistic": "median per vector and layer"}
    # even count: the upper median, a measured sample rather than a mean of two
    assert median_counters(runs[:2]).counters[0, 0, 0] == 500


def test_repeats_that_compute_other_outputs_are_an_error():
    with pytest.raises(RunError, match="run 2 computed other outputs than run 1 for vector 0"):
        median_counters([_raw([[1]], out=1), _raw([[1]], out=0)])


def test_host_run_repeats_the_binary_and_records_it(demo_graph, tmp_path, monkeypatch):
    graph, xq = demo_graph
    generate(graph, "host", tmp_path / "c")
    save_vectors(tmp_path / "v.npz", golden_vectors(graph, xq[:2]))
    binary = str(tmp_path / "c" / "build" / "femba")
    calls = []
    real_run = subprocess.run

    def counting_run(cmd, *args, **kwargs):
        calls.append(cmd[0])  # subprocess is one module: make's calls land here too
        return real_run(cmd, *args, **kwargs)

    monkeypatch.setattr(execute_mod.subprocess, "run", counting_run)
    summary = run_project(tmp_path / "c", tmp_path / "v.npz", tmp_path / "res")
    assert calls.count(binary) == HOST_REPEATS and HOST_REPEATS % 2 == 1
    assert summary["bit_exact"] == 2
    run = json.loads((tmp_path / "res" / "run.json").read_text())
    assert run["timing"] == {"clock": "host wall-clock (CLOCK_MONOTONIC ns)",
                             "repeats": HOST_REPEATS, "statistic": "median per vector and layer"}
    # a vector's total is the sum of its layers' medians
    assert run["totals_per_window"]["ns"] == pytest.approx(
        np.mean([v["ns"] for v in run["per_vector"]]))
