"""The report's content as one JSON-able dict: timing source, per-layer rows, totals, real-time
figures, the analytic estimate and memory. Totals are sums of the (integer) rows, so the JSON is
consistent by construction."""

from __future__ import annotations

import json
import math
from dataclasses import asdict

from femba_edge import __version__
from femba_edge.report.errors import ReportError
from femba_edge.report.estimate import FORMULA, estimate_layers, load_cost_model
from femba_edge.report.inputs import Inputs
from femba_edge.report.macs import buffer_sizes, layer_macs
from femba_edge.report.memory import memory_summary

# the built-in synthetic EEG's rate (TUAB-like, README "Data specs"); only when the model has none
DEFAULT_FS = 256.0
SECONDS_PER_HOUR = 3600.0
# The counter a run is reported in, by preference (a GVSoC run will have real cycles).
COUNTER_ORDER = ("cycles", "instructions", "ns")


def timing_source(inp: Inputs) -> dict:
    """Which counter the per-layer figures are and the sentence stating where they come from."""
    if inp.run is None:
        return {"kind": "analytic", "counter": "cycles", "unit": "cycles",
                "text": "analytic estimate (no run: cycles modelled from the memory plan)"}
    run, target = inp.run, inp.run["target"]
    counter = next((c for c in COUNTER_ORDER if c in run["counters"]), None)
    if counter is None or any(counter not in r for r in run["per_layer"]):
        raise ReportError(f"{inp.result_dir}/run.json: no usable counter in {run['counters']}")
    if counter == "ns":
        return {"kind": "host", "counter": "ns", "unit": "ns", **host_timing(run)}
    if target == "rv32":
        return {"kind": "qemu", "counter": counter, "unit": "instr",
                "text": "instruction count under QEMU -icount (not cycles of a real core; the "
                        "8 emulated cores run in turn on one hart)"}
    sim = run.get("simulator") or {}
    if sim or target in ("pulp-open", "gap9-gvsoc"):
        model = sim.get("model", target)
        commit = sim.get("commit", "unknown")
        text = f"measured on {target} (GVSoC {model} model, commit {commit})"
    else:
        text = f"measured on {target}"
    return {"kind": "measured", "counter": counter, "unit": "cycles", "text": text}


def host_timing(run: dict) -> dict:
    """What host ns figures are: `femba-edge run` records the repeats and the median it took
    (run.json 'timing'); a run.json without it holds one sample per layer and vector."""
    timing = run.get("timing") or {}
    repeats = int(timing.get("repeats", 1))
    if repeats > 1:
        how = f"median of {repeats} runs per layer"
    else:
        how = "one run per layer: single samples, noisy"
    return {"repeats": repeats, "label": f"host wall-clock, {how}",
            "text": f"host wall-clock ns, {how} (not MCU cycles)"}


def window(manifest: dict, fs_override: float | None) -> dict:
    """Window length in seconds = samples / fs; fs from --fs, the model metadata, or assumed."""
    samples = int(manifest["input"]["shape"][-1])
    meta = manifest.get("metadata") or {}
    fs, where = fs_override, "--fs"
    if fs is None:
        fs, where = _positive(meta.get("fs")), "model metadata (fs)"
    if fs is None:
        try:
            fs, where = _positive(json.loads(meta.get("config", "{}")).get("fs")), \
                "model metadata (config.fs)"
        except (json.JSONDecodeError, AttributeError):
            fs = None
    if fs is None:
        fs, where = DEFAULT_FS, "assumed (not in the model metadata; set --fs)"
    return {"samples": samples, "fs_hz": fs, "seconds": samples / fs, "fs_source": where}


def _positive(v) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) and f > 0 else None


def latency_seconds(total: float, unit: str, freq_mhz: float) -> float:
    """ns are wall-clock time already; cycles and instructions run at --freq-mhz (1 per cycle)."""
    return total * 1e-9 if unit == "ns" else total / (freq_mhz * 1e6)


def realtime(latency_s: float, win: dict) -> dict:
    """Real-time factor (latency / window) and what one hour of EEG costs."""
    per_hour = SECONDS_PER_HOUR / win["seconds"]
    return {"latency_s": latency_s, "latency_ms": latency_s * 1e3,
            "real_time_factor": latency_s / win["seconds"],
            "inferences_per_hour_of_eeg": per_hour,
            "busy_seconds_per_hour_of_eeg": per_hour * latency_s}


def compose(inp: Inputs, freq_mhz: float, fs: float | None = None) -> dict:
    """The whole report (see the module docstring); `freq_mhz` converts cycles to seconds."""
    src = timing_source(inp)
    unit, counter = src["unit"], src["counter"]
    model = load_cost_model(inp.manifest["target"])
    est = estimate_layers(inp.plan, model)
    sizes = buffer_sizes(inp.plan)
    measured = inp.run["per_layer"] if inp.run else None
    rows = []
    for i, (ly, e) in enumerate(zip(inp.plan["layers"], est, strict=True)):
        dma = ly["dma_bytes"]
        value = round(measured[i][counter]) if measured else round(e.cycles)
        wait = measured[i].get("dma_wait_cycles") if measured else round(e.dma_wait)
        rows.append({"index": i, "name": ly["name"], "kind": ly["kind"],
                     "macs": layer_macs(ly, sizes), unit: int(value),
                     "l3_to_l2_bytes": dma["L3->L2"], "l2_to_l1_bytes": dma["L2->L1"],
                     "l1_to_l2_bytes": dma["L1->L2"],
                     "dma_wait_cycles": None if wait is None else round(wait),
                     "est_cycles": round(e.cycles), "est_dma_wait_cycles": round(e.dma_wait)})
    total_value = sum(r[unit] for r in rows)
    for r in rows:
        r["percent"] = 100.0 * r[unit] / total_value if total_value else 0.0
        r[f"mac_per_{unit}"] = r["macs"] / r[unit] if r[unit] and r["macs"] else None
    keys = ("macs", unit, "l3_to_l2_bytes", "l2_to_l1_bytes", "l1_to_l2_bytes", "est_cycles",
            "est_dma_wait_cycles")
    totals = {k: sum(r[k] for r in rows) for k in keys}
    waits = [r["dma_wait_cycles"] for r in rows]
    totals["dma_wait_cycles"] = None if None in waits else sum(waits)
    totals[f"mac_per_{unit}"] = totals["macs"] / total_value if total_value else None
    win = window(inp.manifest, fs)
    lat = latency_seconds(total_value, unit, freq_mhz)
    l3_cycles = totals["l3_to_l2_bytes"] / model.l3_bytes_per_cycle
    est_lat = totals["est_cycles"] / (freq_mhz * 1e6)
    return {
        "format": "femba-edge-report", "version": 1, "femba_edge_version": __version__,
        "target": inp.manifest["target"], "build_dir": str(inp.build_dir),
        "result_dir": str(inp.result_dir) if inp.result_dir else None,
        "run": _run_info(inp.run), "source": src, "freq_mhz": freq_mhz, "window": win,
        "layers": rows, "totals": {**totals, **realtime(lat, win)},
        "by_kind": by_kind(rows, unit),
        "estimate": {"cost_model": asdict(model), "formula": FORMULA,
                     "cycles": totals["est_cycles"],
                     "dma_wait_cycles": totals["est_dma_wait_cycles"],
                     "l3_transfer_cycles": l3_cycles,
                     "l3_hidden_pct": 100.0 * (1 - totals["est_dma_wait_cycles"] / l3_cycles)
                     if l3_cycles else 100.0,
                     "mac_per_cycle": totals["macs"] / totals["est_cycles"]
                     if totals["est_cycles"] else None,
                     **realtime(est_lat, win)},
        "memory": memory_summary(inp.plan, inp.manifest, inp.build_dir),
    }


def _run_info(run: dict | None) -> dict | None:
    if run is None:
        return None
    return {"vectors": run.get("vectors"), "bit_exact": run.get("bit_exact"),
            "counters": run["counters"], "totals_per_window": run.get("totals_per_window"),
            "timing": run.get("timing")}


def by_kind(rows: list[dict], unit: str) -> list[dict]:
    """Rows aggregated per operator kind, largest first."""
    agg: dict[str, dict] = {}
    for r in rows:
        a = agg.setdefault(r["kind"], {"kind": r["kind"], "layers": 0, "macs": 0, unit: 0,
                                       "est_cycles": 0, "percent": 0.0})
        a["layers"] += 1
        a["macs"] += r["macs"]
        a[unit] += r[unit]
        a["est_cycles"] += r["est_cycles"]
        a["percent"] += r["percent"]
    return sorted(agg.values(), key=lambda a: -a[unit])
