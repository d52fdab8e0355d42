"""report.md: the per-layer table in the layout of GAP's nntool / autotiler performance tables,
then real-time figures, the analytic estimate, memory and the figures."""

from __future__ import annotations


def _int(v) -> str:
    return "n/a" if v is None else f"{v:,.0f}"


def _ratio(v) -> str:
    return "-" if v is None else f"{v:.2f}"


def _bytes(n: float) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.2f} MiB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.1f} KiB"
    return f"{n:.0f} B"


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    align = ["---:" if i in right else ":---" for i in range(len(header))]
    return ["| " + " | ".join(r) + " |" for r in (header, align, *rows)]


def layer_table(rep: dict) -> list[str]:
    """The per-layer Markdown table with a totals row."""
    unit = rep["source"]["unit"]
    analytic = rep["source"]["kind"] == "analytic"
    wait = "DMA wait (model)" if analytic else "DMA wait"
    header = ["#", "layer", "op", "MACs", unit, f"MAC/{unit}", "%", "L3->L2 B", "L2->L1 B", wait]
    if not analytic:
        header.append("est. cycles")
    t = rep["totals"]
    body = []
    for r in [*rep["layers"], {**t, "index": "", "name": "**total**", "kind": "",
                               "percent": 100.0}]:
        row = [str(r["index"]), r["name"], r["kind"], _int(r["macs"]), _int(r[unit]),
               _ratio(r[f"mac_per_{unit}"]), f"{r['percent']:.1f}", _int(r["l3_to_l2_bytes"]),
               _int(r["l2_to_l1_bytes"]), _int(r["dma_wait_cycles"])]
        if not analytic:
            row.append(_int(r["est_cycles"]))
        body.append(row)
    return _table(header, body, set(range(3, len(header))) | {0})


def summary_lines(rep: dict) -> list[str]:
    """Latency, real-time factor and inferences per hour of EEG, from the reported counter."""
    t, win, unit = rep["totals"], rep["window"], rep["source"]["unit"]
    how = (rep["source"]["label"] if unit == "ns"
           else f"{_int(t[unit])} {unit} at {rep['freq_mhz']:g} MHz")
    rt = "real time" if t["real_time_factor"] < 1 else "NOT real time"
    lines = [
        f"- Latency per window: **{t['latency_ms']:.3f} ms** ({how})",
        f"- Window: {win['samples']} samples / {win['fs_hz']:g} Hz = {win['seconds']:g} s "
        f"(fs: {win['fs_source']})",
        f"- Real-time factor (latency / window): **{t['real_time_factor']:.4f}** ({rt})",
        f"- Inferences per hour of EEG: {t['inferences_per_hour_of_eeg']:,.0f} "
        f"(non-overlapping windows), busy {t['busy_seconds_per_hour_of_eeg']:.2f} s per hour",
    ]
    if rep["source"]["kind"] != "analytic":
        e = rep["estimate"]
        lines.append(f"- Analytic estimate ({e['cost_model']['platform']} cost model): "
                     f"{_int(e['cycles'])} cycles = {e['latency_ms']:.3f} ms at "
                     f"{rep['freq_mhz']:g} MHz, real-time factor {e['real_time_factor']:.4f}")
    return lines


def _kind_table(rep: dict) -> list[str]:
    unit = rep["source"]["unit"]
    analytic = rep["source"]["kind"] == "analytic"  # then est. cycles are the cycles column
    rows = [[k["kind"], str(k["layers"]), _int(k["macs"]), _int(k[unit]), f"{k['percent']:.1f}"]
            + ([] if analytic else [_int(k["est_cycles"])]) for k in rep["by_kind"]]
    header = ["op", "layers", "MACs", unit, "%"] + ([] if analytic else ["est. cycles"])
    return _table(header, rows, set(range(1, len(header))))


def _estimate(rep: dict) -> list[str]:
    e, cm = rep["estimate"], rep["estimate"]["cost_model"]
    ops = ", ".join(f"{k} {v:g}" for k, v in cm["ops_per_cycle"].items())
    return [
        f"Cost model `{cm['platform']}` (femba_edge/report/cost_model.json): ops per cycle "
        f"{ops}; L3 {cm['l3_bytes_per_cycle']:g} B/cycle, L2<->L1 "
        f"{cm['l2_l1_bytes_per_cycle']:g} B/cycle.", "",
        f"Formula per layer: `{e['formula']}`.", "",
        f"Basis: {cm['basis']} {cm['note']}", "",
        f"- Estimated cycles: **{_int(e['cycles'])}** = {e['latency_ms']:.3f} ms at "
        f"{rep['freq_mhz']:g} MHz, {_ratio(e['mac_per_cycle'])} MAC/cycle, real-time factor "
        f"{e['real_time_factor']:.4f}",
        f"- Cores waiting on L3: {_int(e['dma_wait_cycles'])} cycles; "
        f"{e['l3_hidden_pct']:.1f} % of the {_int(e['l3_transfer_cycles'])} L3 transfer cycles "
        "hidden behind compute",
    ]


def _memory(rep: dict) -> list[str]:
    m = rep["memory"]
    lines = _table(["level", "used", "capacity", "use", "what"], [
        ["L3", _bytes(m["L3"]["weights_bytes"]), _bytes(m["L3"]["capacity"]),
         f"{100 * m['L3']['weights_bytes'] / m['L3']['capacity']:.1f} %", "weights.bin"],
        ["L2 peak", _bytes(m["L2"]["peak_bytes"]), _bytes(m["L2"]["usable"]),
         f"{100 * m['L2']['peak_bytes'] / m['L2']['usable']:.1f} %",
         f"activations {_bytes(m['L2']['activations'])} (peak at {m['L2']['peak_layer']}) + "
         f"weight staging {_bytes(m['L2']['weight_stage'])}"],
        ["L1 peak", _bytes(m["L1"]["peak_bytes"]), _bytes(m["L1"]["usable"]),
         f"{100 * m['L1']['peak_bytes'] / m['L1']['usable']:.1f} %",
         f"working set of {m['L1']['peak_layer']}"],
    ], {1, 2, 3})
    elf = m["elf"]
    if elf["status"] == "ok":
        lines += ["", f"ELF `{elf['binary']}` ({elf['tool']}): code (text) {elf['text']:,} B, "
                      f"data {elf['data']:,} B, bss {elf['bss']:,} B (bss holds the L1/L2 arenas "
                      "on emulated targets)"]
    else:
        lines += ["", f"ELF: {elf['status']}"]
    s = m["model_size"]
    names = {"fp32": "FP32", "int8": "int8", "packed": "packed",
             "deployed": "deployed (weights.bin)"}
    rows = []
    for k, name in names.items():
        cut = [f"-{s[k][f'{what}_reduction_pct']:.1f} %" for what in ("weights", "total")]
        rows.append([name, _int(s[k]["weights"]), _int(s[k]["biases"]),
                     _int(s[k]["weights_and_biases"]), _int(s[k]["deploy"]), _int(s[k]["total"]),
                     *(["reference"] * 2 if k == "fp32" else cut)])
    bits = ", ".join(f"{v:,} at {b} bit" for b, v in s["weight_elements_by_bits"].items())
    lines += ["", f"Model size (bytes; weight elements: {bits}):", ""]
    lines += _table(["format", "weights", "biases", "weights + biases", "requant M/s + LUT",
                     "total", "weights vs FP32", "total vs FP32"], rows, {1, 2, 3, 4, 5, 6, 7})
    c = s["counts"]
    lines += ["", f"- weights: {c['weights']}", f"- biases: {c['biases']}",
              f"- weights + biases: {c['weights_and_biases']}",
              f"- requant M/s + LUT: {c['deploy']}", f"- total: {c['total']}"]
    return lines


def render(rep: dict, figures: list[str]) -> str:
    """The complete report.md."""
    run = rep["run"]
    head = [f"# femba-edge report: {rep['target']}, {len(rep['layers'])} layers", "",
            f"Cycle figures: **{rep['source']['text']}**.", "",
            f"Project: `{rep['build_dir']}`"
            + (f"; result: `{rep['result_dir']}` ({run['vectors']} vectors, bit-exact "
               f"{run['bit_exact']}/{run['vectors']})" if run else "; no run (plan only)"), ""]
    if rep["source"]["kind"] != "analytic":
        measured = rep["totals"].get("dma_wait_cycles") is not None
        wait = ("DMA wait: measured per layer by the run's counters" if measured else
                "DMA wait: n/a (the run has no DMA wait counters)")
        head += [f"{wait}; est. cycles: the analytic estimate below.", ""]
    out = [*head, "## Per layer", "", *layer_table(rep), "", *summary_lines(rep), "",
           "## Per operator kind", "", *_kind_table(rep), "",
           "## Analytic estimate", "", *_estimate(rep), "", "## Memory", "", *_memory(rep), ""]
    if figures:
        out += ["## Figures", ""] + [f"![{f}]({f})" for f in figures] + [""]
    return "\n".join(out)
