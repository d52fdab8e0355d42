"""`femba-edge monitor` and `femba-edge synth-recording` (registered on the main CLI in cli.py).
Imports only click at module level: the work is imported when a command runs."""

from __future__ import annotations

import sys
from pathlib import Path

import click

POSITIVE = click.FloatRange(min=0, min_open=True)


@click.command()
@click.argument("recording", type=click.Path(dir_okay=False))
@click.option("--model", "model_path", required=True, type=click.Path(dir_okay=False),
              help="model.onnx written by `femba-edge export`.")
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Output directory: windows.csv, summary.json, summary.md, timeline.png.")
@click.option("--hop", "hop_s", default=None, type=POSITIVE,
              help="Seconds between window starts [default: one window, no overlap]; shorter "
                   "than the window = overlapping windows.")
@click.option("--backend", default="c", show_default=True,
              type=click.Choice(["golden", "ort", "c"]),
              help="numpy golden (the reference), ONNX Runtime, or the generated C (host).")
@click.option("--build", default=None, type=click.Path(file_okay=False),
              help="C project (host or rv32) generated from this model [default: generate a "
                   "host project from the ONNX file into a temporary directory].")
@click.option("--check", is_flag=True,
              help="Compare every window with the golden (==); exit 1 at the first mismatch.")
@click.option("--freq-mhz", default=370.0, show_default=True, type=POSITIVE,
              help="Chip clock for the duty cycle (GAP9: 370 MHz).")
@click.option("--cycles-from", default=None, type=click.Path(),
              help="run.json (or its directory) of a GVSoC run of this model: measured cycles "
                   "per window [default: the analytic cost model, labelled as such].")
@click.option("--fs", default=None, type=POSITIVE,
              help="Model sampling rate in Hz when its metadata has none.")
@click.option("--quiet", is_flag=True, help="Only warnings, errors and the result line.")
def monitor(recording: str, model_path: str, out: str, hop_s: float | None, backend: str,
            build: str | None, check: bool, freq_mhz: float, cycles_from: str | None,
            fs: float | None, quiet: bool) -> None:
    """Run the integer model over a whole recording (EDF, or npz with x [C, T] and fs), window
    after window: per-window classes and probabilities, a summary with the chip's duty cycle,
    and a timeline figure."""
    from femba_edge.monitor.run import MonitorOptions
    from femba_edge.monitor.run import monitor as run_monitor

    opts = MonitorOptions(hop_s, backend, build, check, freq_mhz, cycles_from, fs, quiet)
    s = run_monitor(recording, model_path, out, opts,
                    warn=lambda m: click.echo(f"femba-edge: warning: {m}", err=True),
                    say=(lambda m: None) if quiet else click.echo)
    frac = ", ".join(f"{c} {100 * f:.1f} %" for c, f in s["class_fractions"].items())
    wall = s["wall_time_s"]["total"] - s["wall_time_s"]["check"]
    click.echo(f"{s['windows']['processed']} windows on {backend} in {wall:.2f} s "
               f"({s['x_real_time']:.0f}x real time): {frac}")
    chip = s["chip"]
    if chip.get("duty_cycle") is not None:
        click.echo(f"chip ({chip['source']}): {chip['cycles_per_window'] / 1e6:.2f} M cycles per "
                   f"window, duty cycle {100 * chip['duty_cycle']:.2f} % at "
                   f"{chip['freq_mhz']:g} MHz and a {chip['hop_s']:g} s hop")
    if s["check"]:
        c = s["check"]
        if c["first_mismatch"]:
            click.echo(f"first mismatch: {c['first_mismatch']}")
        click.echo(f"bit-exact vs golden: {c['bit_exact']}/{c['checked']} windows (golden "
                   f"{c['seconds']:.2f} s, not in the real-time figure)")
    click.echo(f"-> {Path(out) / 'summary.md'}, summary.json, windows.csv, timeline.png")
    if s["check"] and s["check"]["first_mismatch"]:
        sys.exit(1)


@click.command(name="synth-recording")
@click.option("--minutes", default=10.0, show_default=True, type=POSITIVE,
              help="Length of the recording.")
@click.option("--abnormal", default="", show_default=False,
              help="Abnormal stretches in minutes, START:END[,START:END...], e.g. 4:6.")
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="rec.edf (EDF+, bipolar TCP labels, uV) or rec.npz (x, fs, channels).")
@click.option("--fs", default=256.0, show_default=True, type=click.FloatRange(min=16))
@click.option("--seed", default=0, show_default=True, type=click.IntRange(min=0))
@click.option("--difficulty", default=0.5, show_default=True, type=click.FloatRange(0, 1),
              help="As the synthetic data spec: 0 = strong abnormal effect, 1 = none.")
def synth_recording(minutes: float, abnormal: str, out: str, fs: float, seed: int,
                    difficulty: float) -> None:
    """A continuous synthetic 22-channel recording from the built-in generator (one subject,
    normal except the --abnormal stretches) to try `monitor` on."""
    from femba_edge.monitor.synth import parse_stretches, synth_signal, write_recording

    if Path(out).suffix.lower() not in (".edf", ".npz"):
        raise click.UsageError(f"--out {out}: expected a file name ending in .edf or .npz")
    stretches = parse_stretches(abnormal, minutes)
    x, flags = synth_signal(minutes, stretches, fs, seed, difficulty)
    path = write_recording(out, x, fs)
    click.echo(f"{minutes:g} min, {x.shape[0]} channels at {fs:g} Hz, "
               f"{int(flags.sum())} of {len(flags)} 5 s segments abnormal -> {path}")
