"""`femba-edge codegen` and `femba-edge run` (registered on the main CLI group in cli.py)."""

from __future__ import annotations

import sys

import click

from femba_edge.codegen.platform import TARGETS


@click.command()
@click.argument("model", type=click.Path(dir_okay=False))
@click.option("--target", required=True, type=click.Choice(TARGETS),
              help="Platform to generate for.")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Project directory.")
@click.option("--platform", "platform_file", default=None, type=click.Path(dir_okay=False),
              help="Platform description JSON overriding the shipped one (memory sizes...).")
@click.option("--stream", is_flag=True,
              help="Streaming runner: the next window's input is read L3 -> L2 while the current "
                   "one computes (its L2 bytes stay reserved; not for --target gap9).")
def codegen(model: str, target: str, out: str, platform_file: str | None, stream: bool) -> None:
    """Integer ONNX -> self-contained C project (network code, weights.bin, Makefile, plans)."""
    from femba_edge.codegen.project import generate
    from femba_edge.export.onnx_io import read_graph

    plan = generate(read_graph(model), target, out, platform_file, stream)
    click.echo(f"{target}: {len(plan.layers)} layers, L1 {plan.l1_bytes} B, L2 {plan.l2_bytes} B, "
               f"L3 {len(plan.weights)} B -> {out}")


@click.command()
@click.argument("project", type=click.Path(file_okay=False))
@click.option("--vectors", required=True, type=click.Path(dir_okay=False),
              help="model.vectors.npz written by export.")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Result directory.")
@click.option("--dump-intermediates", is_flag=True,
              help="Compare every layer's output and name the first mismatch.")
def run(project: str, vectors: str, out: str, dump_intermediates: bool) -> None:
    """Build PROJECT if needed, run every vector on its target, check bit-exactness."""
    from femba_edge.run.runner import run_project

    s = run_project(project, vectors, out, dump_intermediates)
    totals = ", ".join(f"{k} {v:,.0f}" for k, v in s["totals_per_window"].items())
    click.echo(f"{s['target']}: {s['vectors']} vectors in {s['wall_time_s']} s"
               + (f" ({totals} per window)" if totals else ""))
    if s["first_mismatch"]:
        click.echo(f"first mismatch: {s['first_mismatch']}")
    click.echo(f"bit-exact: {s['bit_exact']}/{s['vectors']}")
    if s["bit_exact"] != s["vectors"]:
        sys.exit(1)
