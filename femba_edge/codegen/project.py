"""Code generation entry point: integer Graph -> C project directory for one target."""

from __future__ import annotations

from pathlib import Path

from femba_edge.artifacts import staged_dir
from femba_edge.codegen.emit import write_project
from femba_edge.codegen.errors import CodegenError
from femba_edge.codegen.fuse import fuse_epilogues
from femba_edge.codegen.layers import parse_graph
from femba_edge.codegen.plan import Plan, plan_network
from femba_edge.codegen.platform import TARGETS, Platform, load_platform
from femba_edge.export.ir import Graph
from femba_edge.export.onnx_io import model_fingerprint


def plan_graph(graph: Graph, platform: Platform) -> Plan:
    """Parse and plan a graph for a platform (raises CodegenError / PlanError)."""
    inp, layers = parse_graph(graph)
    layers = fuse_epilogues(layers, list(graph.outputs))
    return plan_network(inp, layers, list(graph.outputs), platform)


def generate(graph: Graph, target: str, out: str | Path,
             platform_file: str | Path | None = None, stream: bool = False) -> Plan:
    """Write the C project for `target` to `out` (staged: nothing is left half-written).
    stream: the runner reads window i + 1 into L2 while window i computes (plan_network's
    stream_input; host / rv32 / pulp-open / gap9-gvsoc runners)."""
    if target not in TARGETS:
        raise CodegenError(f"unknown target '{target}' (choose from {', '.join(TARGETS)})")
    if stream and target == "gap9":
        raise CodegenError("--stream: the GAP9 SDK runner (main_gap9.c) reads one window at a "
                           "time; streaming runs on host, rv32, pulp-open and gap9-gvsoc")
    platform = load_platform(target, platform_file)
    inp, layers = parse_graph(graph)
    layers = fuse_epilogues(layers, list(graph.outputs))
    plan = plan_network(inp, layers, list(graph.outputs), platform, stream)
    by_name = {ly.output.name: ly.output for ly in layers}
    outputs = [by_name[n] for n in graph.outputs]
    with staged_dir(out) as stage:
        write_project(stage, plan, target, outputs, dict(graph.metadata),
                      model_fingerprint(graph))
    return plan
