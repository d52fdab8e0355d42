"""Analytic cycle estimate of a planned network: compute at a per-kernel-class throughput, L3
streaming and cluster DMA at fixed bandwidths, overlapped as the runtime's schedule overlaps them.

Per layer (all quantities per window, cycles of the cluster clock):

    compute    k   = work / ops_per_cycle[kind]          work = MACs, or elements for element-wise
    L2<->L1    d   = (bytes L2->L1 + bytes L1->L2) / l2_l1_bytes_per_cycle
    core       K   = max(k, d)              tiles are double-buffered: tile i+1 moves while i runs
    L3 whole   w   = whole-constant bytes / l3_bytes_per_cycle          loaded before any compute
    L3 chunk   a_c = streamed bytes of chunk c / l3_bytes_per_cycle     c = 0 .. n-1
    K_c = K * rows_c / rows                    compute is split over chunks by their rows

    cycles = w + a_0 + sum_{c=0}^{n-2} max(K_c, a_{c+1}) + K_{n-1}     (n >= 1)
    cycles = w + K                                                      (no streamed constants)
    DMA wait = cycles - K

because firmware/runtime/stream.c issues chunk c+1 as soon as chunk c has arrived and its first
tile starts (ping-pong L2 chunk buffers): the L3 read of chunk c+1 overlaps the compute of chunk
c, chunk 0 and the whole constants are exposed. Layers run one after another (no prefetch across
layers); fork / barrier overhead is not modelled. The parameters come from cost_model.json (for
host and rv32 builds, which plan with GAP9-sized memories, the gap9 parameters).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from femba_edge.report.errors import ReportError
from femba_edge.report.macs import MAC_KINDS, buffer_sizes, layer_elements, layer_macs

COST_MODEL = Path(__file__).with_name("cost_model.json")

FORMULA = ("cycles = w + a_0 + sum_{c<n-1} max(K_c, a_{c+1}) + K_{n-1}, with K = max(work / "
           "ops_per_cycle[kind], (L2->L1 + L1->L2 bytes) / l2_l1_bytes_per_cycle) split over the "
           "n L3 chunks by rows, a_c = chunk bytes / l3_bytes_per_cycle, w = whole-constant bytes "
           "/ l3_bytes_per_cycle; DMA wait = cycles - K")


@dataclass(frozen=True)
class CostModel:
    """Throughputs of one platform: ops per cycle per layer kind and bytes per cycle per link."""

    platform: str
    ops_per_cycle: dict[str, float]
    l3_bytes_per_cycle: float
    l2_l1_bytes_per_cycle: float
    note: str = ""
    basis: str = ""


@dataclass
class LayerEstimate:
    """Modelled timing of one layer; intervals are (start, end) in cycles from the layer start."""

    name: str
    kind: str
    work: int
    compute: float  # K: compute / cluster-DMA bound part, overlappable with L3 reads
    cycles: float
    l3_loads: list[tuple[float, float]] = field(default_factory=list)
    computes: list[tuple[float, float]] = field(default_factory=list)

    @property
    def dma_wait(self) -> float:
        return self.cycles - self.compute


def load_cost_model(target: str, path: str | Path | None = None) -> CostModel:
    """Cost model for `target` from cost_model.json (host / rv32 map to their proxy, gap9)."""
    src = Path(path) if path else COST_MODEL
    data = json.loads(src.read_text())
    name = data.get("proxy", {}).get(target, target)
    if name not in data["platforms"]:
        raise ReportError(f"{src}: no cost model for target '{target}'")
    p = data["platforms"][name]
    return CostModel(name, dict(p["ops_per_cycle"]), float(p["l3_bytes_per_cycle"]),
                     float(p["l2_l1_bytes_per_cycle"]), p.get("note", ""), data.get("basis", ""))


def schedule(work: int, ops_per_cycle: float, l1_bytes: int, l1_bw: float, whole_bytes: int,
             chunk_bytes: list[float], chunk_rows: list[int], l3_bw: float) -> tuple[
                 float, float, list[tuple[float, float]], list[tuple[float, float]]]:
    """(cycles, K, L3 read intervals, compute intervals) of one layer: the formula of the module
    docstring, written as the event schedule so the timeline figure can draw it."""
    k = max(work / ops_per_cycle if work else 0.0, l1_bytes / l1_bw)
    w = whole_bytes / l3_bw
    loads = [(0.0, w)] if whole_bytes else []
    if not chunk_bytes:
        return w + k, k, loads, [(w, w + k)]
    rows = sum(chunk_rows)
    load_end = w + chunk_bytes[0] / l3_bw
    loads.append((w, load_end))
    computes, t = [], 0.0
    for c in range(len(chunk_bytes)):
        start = max(t, load_end)  # chunk c must have arrived, and chunk c-1 be computed
        t = start + k * chunk_rows[c] / rows
        computes.append((start, t))
        if c + 1 < len(chunk_bytes):  # chunk c+1 is issued when chunk c starts
            load_end = start + chunk_bytes[c + 1] / l3_bw
            loads.append((start, load_end))
    return t, k, loads, computes


def _stream_rows(layer: dict) -> int:
    """Rows of the layer's streamed constants: output channels (gemm, chan) or tokens (patch)."""
    shape = layer["output_shape"]
    return shape[0] if layer["driver"] == "patch" else shape[-1]


def _chunks(layer: dict, stream_bytes: int) -> tuple[list[float], list[int]]:
    info = layer["tiles"].get("chunks")
    if not info or stream_bytes <= 0:
        return [], []
    total = max(_stream_rows(layer), 1)
    rows = [min(info["rows"], total - c * info["rows"]) for c in range(info["count"])]
    rows = [r for r in rows if r > 0] or [total]
    return [stream_bytes * r / sum(rows) for r in rows], rows


def layer_work(layer: dict, sizes: dict[str, int]) -> int:
    """Work of the kernel class: MACs for MAC kernels, elements for element-wise ones."""
    return layer_macs(layer, sizes) if layer["kind"] in MAC_KINDS else layer_elements(layer)


def estimate_layers(plan: dict, model: CostModel) -> list[LayerEstimate]:
    """Modelled cycles of every layer of memory_plan.json (see the module docstring)."""
    sizes = buffer_sizes(plan)
    out = []
    for ly in plan["layers"]:
        kind = ly["kind"]
        if kind not in model.ops_per_cycle:
            raise ReportError(f"cost model '{model.platform}' has no throughput for layer kind "
                              f"'{kind}' (layer {ly['name']})")
        dma = ly["dma_bytes"]
        whole = sum(s for n, s in sizes.items() if n.startswith(f"{ly['name']}:const["))
        chunk_bytes, chunk_rows = _chunks(ly, dma["L3->L2"] - whole)
        work = layer_work(ly, sizes)
        cycles, k, loads, comps = schedule(
            work, model.ops_per_cycle[kind], dma["L2->L1"] + dma["L1->L2"],
            model.l2_l1_bytes_per_cycle, whole, chunk_bytes, chunk_rows, model.l3_bytes_per_cycle)
        out.append(LayerEstimate(ly["name"], kind, work, k, cycles, loads, comps))
    return out
