"""Cycles per window on the chip and the duty cycle they imply at a clock and a hop: measured
(a GVSoC run.json of this model, `--cycles-from`) or modelled (the analytic cost model of
femba_edge/report/estimate.py on the gap9 memory plan), always labelled which."""

from __future__ import annotations

import json
from pathlib import Path

from femba_edge.errors import UserError
from femba_edge.export.onnx_io import FINGERPRINT_KEY
from femba_edge.monitor.model import MonitorModel

GVSOC_TARGETS = ("pulp-open", "gap9-gvsoc")
MODEL_PLATFORM = "gap9"


def measured_cycles(path: str | Path, model: MonitorModel) -> dict:
    """Cycles per window from a GVSoC run's run.json (or its directory). UserError when it is
    not a GVSoC run or records another model's fingerprint."""
    path = Path(path)
    if path.is_dir():
        path = path / "run.json"
    try:
        run = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UserError(f"--cycles-from {path}: not a readable run.json ({e})") from None
    if not isinstance(run, dict) or run.get("target") not in GVSOC_TARGETS:
        target = run.get("target") if isinstance(run, dict) else None
        raise UserError(f"--cycles-from {path}: not a GVSoC run (target {target!r}; expected "
                        f"one of {', '.join(GVSOC_TARGETS)})")
    cycles = (run.get("totals_per_window") or {}).get("cycles")
    if not cycles:
        raise UserError(f"--cycles-from {path}: no cycles per window in totals_per_window")
    theirs = run.get(FINGERPRINT_KEY)
    if theirs and theirs != model.fingerprint:
        raise UserError(f"--cycles-from {path}: measured on another model (fingerprint "
                        f"{theirs[:12]}, {model.path} is {model.fingerprint[:12]})")
    sim = run.get("simulator") or {}
    text = (f"measured on GVSoC ({run['target']}, model {sim.get('model', run['target'])}), "
            f"mean of {run.get('vectors', '?')} window(s), {path}")
    if not theirs:
        text += " (run.json records no model fingerprint: not verified to be this model)"
    return {"source": "measured", "cycles_per_window": float(cycles), "platform": run["target"],
            "text": text, "verified_same_model": bool(theirs)}


def modelled_cycles(model: MonitorModel) -> dict:
    """Cycles per window by the analytic cost model on the gap9 memory plan of this model."""
    from femba_edge.codegen.plan import plan_json
    from femba_edge.codegen.platform import load_platform
    from femba_edge.codegen.project import plan_graph
    from femba_edge.report.estimate import estimate_layers, load_cost_model

    plan = plan_json(plan_graph(model.graph, load_platform(MODEL_PLATFORM)))
    cost = load_cost_model(MODEL_PLATFORM)
    cycles = sum(e.cycles for e in estimate_layers(plan, cost))
    return {"source": "cost model", "cycles_per_window": float(cycles),
            "platform": MODEL_PLATFORM,
            "text": f"analytic cost model (femba_edge/report/estimate.py, {cost.platform} "
                    "parameters, gap9 memory plan): an estimate, not a measurement"}


def chip_figures(model: MonitorModel, hop_s: float, freq_mhz: float,
                 cycles_from: str | Path | None) -> dict:
    """Cycles, latency and duty cycle (compute time per window / hop) at freq_mhz."""
    if cycles_from:
        chip = measured_cycles(cycles_from, model)
    else:
        try:
            chip = modelled_cycles(model)
        except UserError as e:  # e.g. a model that does not fit the gap9 plan
            return {"source": "unavailable", "text": f"no cost-model estimate: {e}",
                    "freq_mhz": freq_mhz, "hop_s": hop_s}
    latency = chip["cycles_per_window"] / (freq_mhz * 1e6)
    chip.update({"freq_mhz": freq_mhz, "latency_s": latency, "hop_s": hop_s,
                 "duty_cycle": latency / hop_s, "keeps_up": latency <= hop_s})
    return chip
