"""`femba-edge report RESULT_DIR|BUILD_DIR`: report.json, report.md and PNG figures.

Registered on the main CLI at import, so this module imports only click: everything else (torch
via femba_edge.artifacts, matplotlib) is imported when the command runs."""

from __future__ import annotations

from pathlib import Path

import click


def make_report(directory: str | Path, out: str | Path | None = None, freq_mhz: float = 370.0,
                build: str | Path | None = None, fs: float | None = None) -> dict:
    """Write report.json, report.md and the figures into `out` (default: `directory`), staged so
    that a failure leaves nothing half-written; returns the report dict (with 'markdown')."""
    from femba_edge.artifacts import atomic_write_text, staged_dir, write_json
    from femba_edge.report.compose import compose
    from femba_edge.report.estimate import estimate_layers, load_cost_model
    from femba_edge.report.figures import write_figures
    from femba_edge.report.inputs import load_inputs
    from femba_edge.report.markdown import render

    inp = load_inputs(directory, build)
    rep = compose(inp, freq_mhz, fs)
    est = estimate_layers(inp.plan, load_cost_model(inp.manifest["target"]))
    with staged_dir(out if out is not None else directory) as stage:
        rep["figures"] = write_figures(rep, est, stage)
        md = render(rep, rep["figures"])
        write_json(stage / "report.json", rep)
        atomic_write_text(stage / "report.md", md)
    rep["markdown"] = md
    return rep


@click.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--freq-mhz", default=370.0, show_default=True, type=click.FloatRange(min=0,
              min_open=True), help="Clock that converts cycles to seconds (GAP9: 370 MHz).")
@click.option("--out", default=None, type=click.Path(file_okay=False),
              help="Output directory [default: DIRECTORY].")
@click.option("--build", default=None, type=click.Path(file_okay=False),
              help="C project a RESULT_DIR was run from [default: found next to it].")
@click.option("--fs", default=None, type=click.FloatRange(min=0, min_open=True),
              help="Sampling rate in Hz for the window length [default: from the model].")
def report(directory: str, freq_mhz: float, out: str | None, build: str | None,
           fs: float | None) -> None:
    """Latency / MACs / DMA / memory report of a run (RESULT_DIR) or a plan (BUILD_DIR)."""
    from femba_edge.report.markdown import layer_table, summary_lines

    rep = make_report(directory, out, freq_mhz, build, fs)
    click.echo(f"{rep['target']}: {rep['source']['text']}")
    click.echo("\n".join(layer_table(rep)) + "\n")
    click.echo("\n".join(summary_lines(rep)))
    click.echo(f"-> {Path(out or directory) / 'report.md'}, report.json, "
               f"{', '.join(rep['figures'])}")
