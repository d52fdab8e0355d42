"""The `femba-edge` command line: one sub-command per pipeline stage."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from femba_edge import __version__
from femba_edge.errors import UserError
from femba_edge.train import FLOAT_LR


def _user_errors() -> tuple[type[BaseException], ...]:
    from femba_edge.data import DataError

    return (UserError, DataError)


class _Group(click.Group):
    """Turns expected bad-input errors into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except _user_errors() as e:
            from femba_edge.train.distributed import is_main

            if is_main():  # under torchrun every rank fails alike: one line, not N
                click.echo(f"femba-edge: error: {e}", err=True)
            sys.exit(2)
        except click.UsageError as e:  # bad option values: one line too, not click's usage block
            where = f"{e.ctx.command_path}: " if e.ctx is not None else ""
            click.echo(f"femba-edge: error: {where}{e.format_message()}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="femba-edge")
def main() -> None:
    """FEMBA EEG model -> integer-only ONNX -> C for GAP9 / PULP, bit-exact against a golden."""


@main.command()
@click.argument("model")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def info(model: str, as_json: bool) -> None:
    """Summary of a preset, JSON config, checkpoint or exported model.onnx: params, MACs, shapes."""
    from femba_edge.info import model_info

    summary = model_info(model)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        for k, v in summary.items():
            if not isinstance(v, dict):
                click.echo(f"{k:>16}: {v}")


def _common_train_options(f):
    f = click.option("--seed", default=0, show_default=True, help="Seed for data split and init.")(
        f
    )
    f = click.option(
        "--out", required=True, type=click.Path(file_okay=False), help="Output directory."
    )(f)
    f = click.option("--epochs", default=10, show_default=True, type=click.IntRange(min=1))(f)
    f = click.option(
        "--data",
        "data_spec",
        default="synthetic",
        show_default=True,
        help="synthetic[:k=v,...] | file.npz | directory of .edf files",
    )(f)
    f = click.option("--norm", type=click.Choice(["q95", "iqr", "none"]), default=None,
                     help="Per-window, per-channel normalisation [default: q95, or the --init "
                          "checkpoint's]; 'none' keeps absolute amplitude.")(f)
    f = click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1))(f)
    f = click.option("--val-frac", default=0.15, show_default=True, type=float,
                     help="Fraction of groups (subjects) for validation.")(f)
    f = click.option("--test-frac", default=0.15, show_default=True, type=float,
                     help="Fraction of groups for the held-out test split.")(f)
    f = click.option("--test-groups", default="",
                     help="Comma-separated group names forming the test split (e.g. a "
                          "dataset's official test subjects). An npz 'split' key overrides "
                          "both.")(f)
    f = click.option("--quiet", is_flag=True, help="Only errors and the final result.")(f)
    f = click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto",
                     show_default=True, help="auto = CUDA when available. Under torchrun each "
                     "process takes its share of every global batch (--batch-size).")(f)
    return f


def _augment_option(f):
    f = click.option("--amp", is_flag=True,
                     help="Mixed precision (bfloat16 autocast) for float training; for CUDA "
                          "(a CPU without bfloat16 units runs it slower).")(f)
    return click.option("--augment/--no-augment", default=True, show_default=True,
                        help="Random time shift and channel gains on every training batch "
                             "(supervised stages).")(f)


def _run_options(norm: str | None, batch_size: int, val_frac: float, test_frac: float,
                 test_groups: str, quiet: bool, device: str, augment: bool = True,
                 amp: bool = False):
    from femba_edge.train.options import RunOptions

    groups = tuple(g.strip() for g in test_groups.split(",") if g.strip())
    return RunOptions(norm=norm or "q95", batch_size=batch_size, val_frac=val_frac,
                      test_frac=test_frac, test_groups=groups, quiet=quiet,
                      device=device, augment=augment, amp=amp).validate()


def _echo(msg: str) -> None:
    """Final result lines: rank 0 only under torchrun."""
    from femba_edge.train.distributed import is_main

    if is_main():
        click.echo(msg)


@main.command()
@click.option(
    "--model", "model_spec", default="demo", show_default=True, help="Preset name or JSON config."
)
@_common_train_options
@_augment_option
@click.option("--lr", default=FLOAT_LR, show_default=True)
@click.option("--init", default=None,
              help="pretrain.pt (or its directory) to start the encoder from; head fresh.")
def train(model_spec: str, data_spec: str, epochs: int, out: str, seed: int, lr: float,
          init: str | None, **data_opts) -> None:
    """Train the float FEMBA model; writes OUT/model.pt and OUT/metrics.json."""
    from femba_edge.train.float_train import run_train

    m = run_train(model_spec, data_spec, epochs, out, seed, lr, _run_options(**data_opts),
                  init=init)
    _echo(
        f"float test: balanced accuracy {m['balanced_accuracy']:.4f}  "
        f"AUROC {m['auroc']:.4f}  AUPR {m['aupr']:.4f}  ({m['wall_time_s']} s) -> {out}"
    )


@main.command()
@click.option(
    "--model",
    "model_spec",
    default="demo",
    show_default=True,
    help="Preset name or JSON config (ignored with --init).",
)
@click.option(
    "--init", "init", default=None,
    help="Float checkpoint to start from (skips float training), or a pretrain.pt (float "
         "training starts from its encoder).",
)
@_common_train_options
@_augment_option
@click.option(
    "--float-epochs",
    default=None,
    type=click.IntRange(min=1),
    help="Float epochs before QAT [default: --epochs].",
)
@click.option(
    "--weight-bits",
    default=2,
    show_default=True,
    type=int,
    help="Bits of the Mamba projection weights (2, 4 or 8).",
)
@click.option("--ternary", is_flag=True, help="2-bit weights with three levels {-1, 0, 1}.")
@click.option(
    "--embed-bits",
    default=8,
    show_default=True,
    type=int,
    help="Weight bits of the patch embedding.",
)
@click.option(
    "--conv-bits",
    default=8,
    show_default=True,
    type=int,
    help="Weight bits of the depthwise conv1d.",
)
@click.option(
    "--head-bits",
    default=8,
    show_default=True,
    type=int,
    help="Weight bits of the classifier head.",
)
@click.option("--act-bits", default=8, show_default=True, type=int)
@click.option("--lr", default=1e-3, show_default=True)
def qat(
    model_spec: str,
    init: str | None,
    data_spec: str,
    epochs: int,
    out: str,
    seed: int,
    float_epochs: int | None,
    weight_bits: int,
    ternary: bool,
    embed_bits: int,
    conv_bits: int,
    head_bits: int,
    act_bits: int,
    lr: float,
    **data_opts,
) -> None:
    """Quantisation-aware training (Brevitas) + PTQ baselines -> OUT/qat.pt, OUT/metrics.json."""
    from femba_edge.qat.model import QuantSpec
    from femba_edge.qat.run import format_table, run_qat

    qs = QuantSpec(
        weight_bits=weight_bits,
        ternary=ternary,
        act_bits=act_bits,
        embed_bits=embed_bits,
        conv_bits=conv_bits,
        head_bits=head_bits,
    ).validate()
    opts = _run_options(**data_opts)
    m = run_qat(model_spec, init, data_spec, epochs, out, qs, seed, float_epochs, lr, opts,
                norm=data_opts["norm"])
    _echo(format_table(m, weight_bits))
    _echo(f"-> {out}/qat.pt ({m['wall_time_s']['total']} s)")


@main.command()
@click.option("--model", "model_spec", default="demo", show_default=True,
              help="Preset name or JSON config.")
@_common_train_options
@click.option("--lr", default=1e-3, show_default=True)
@click.option("--mask-ratio", default=0.5, show_default=True, type=float,
              help="Fraction of (2 channel x 16 sample) patches masked per window.")
@click.option("--target", "target", default="lowpass", show_default=True,
              type=click.Choice(["lowpass", "raw"]),
              help="Reconstruct the low-pass-filtered input (FEMBA's physiologically-aware "
                   "objective) or the raw input.")
@click.option("--cutoff-hz", default=40.0, show_default=True, type=float,
              help="Low-pass cut-off of the target (zero-phase 4th-order Butterworth).")
def pretrain(model_spec: str, data_spec: str, epochs: int, out: str, seed: int, lr: float,
             mask_ratio: float, target: str, cutoff_hz: float, **data_opts) -> None:
    """Self-supervised pre-training on unlabelled EEG (npz without y, EDF without labels):
    masked patch reconstruction -> OUT/pretrain.pt, OUT/metrics.json."""
    from femba_edge.pretrain.run import run_pretrain

    m = run_pretrain(model_spec, data_spec, epochs, out, seed, lr, _run_options(**data_opts),
                     mask_ratio, target, cutoff_hz)
    last = m["history"][-1]
    _echo(f"pretrain: masked MSE train {last['train_loss']:.4f} val {last['val_loss']:.4f} "
               f"after {len(m['history'])} epochs ({m['wall_time_s']} s) -> {out}/pretrain.pt")


@main.command(name="import-checkpoint")
@click.argument("src")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output directory.")
@click.option("--classes", default=2, show_default=True, type=click.IntRange(min=2),
              help="Classes of the head that fine-tuning will train.")
@click.option("--fs", default=256.0, show_default=True, type=float,
              help="Sampling rate the weights were trained at.")
def import_checkpoint_cmd(src: str, out: str, classes: int, fs: float) -> None:
    """The authors' FEMBA weights (BioFoundation .pt / .ckpt / .safetensors) -> OUT/pretrain.pt
    for `train` / `qat --init` (encoder mapped, head fresh) and OUT/import.json."""
    from femba_edge.pretrain.import_ckpt import import_checkpoint

    r = import_checkpoint(src, out, classes, fs)
    c = r["config"]
    click.echo(f"{src}: {r['mapped']} tensors mapped (channels {c['channels']}, samples "
               f"{c['samples']}, embed {c['embed_dim']}, blocks {c['blocks']}); not mapped: "
               + (", ".join(r["unmapped"][:6]) + (" ..." if len(r["unmapped"]) > 6 else "")
                  if r["unmapped"] else "none") + f" -> {out}/pretrain.pt")


@main.command(name="export")
@click.argument("checkpoint")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="model.onnx path.")
@click.option(
    "--vectors",
    "n_vectors",
    default=8,
    show_default=True,
    type=click.IntRange(min=1),
    help="Test vectors from the held-out split.",
)
@click.option(
    "--data",
    "data_spec",
    default=None,
    help="Data spec for the held-out split [default: the one QAT used].",
)
@click.option("--debug", is_flag=True, help="Expose every intermediate tensor as a graph output.")
def export_cmd(
    checkpoint: str, out: str, n_vectors: int, data_spec: str | None, debug: bool
) -> None:
    """Integer-only ONNX + numpy-golden test vectors from a QAT checkpoint (RUN_DIR or qat.pt)."""
    from femba_edge.export.command import run_export

    r = run_export(checkpoint, out, n_vectors, data_spec, debug)
    stem = Path(out).with_suffix("")
    click.echo(
        f"torch QAT vs integer golden on {r['windows']} held-out windows: argmax agreement "
        f"{100 * r['argmax_agreement']:.2f} %, balanced accuracy "
        f"{r['torch_qat']['balanced_accuracy']:.4f} (torch) / "
        f"{r['integer_golden']['balanced_accuracy']:.4f} (integer)"
    )
    click.echo(f"ONNX Runtime == golden: {r['ort_bit_exact']} vectors")
    click.echo(f"-> {out}, {stem}.vectors.npz, {stem}.export.json")


# Back-end stages live with their code; registered here so `femba-edge --help` lists them all.
from femba_edge.codegen.commands import codegen, run  # noqa: E402
from femba_edge.report.command import report  # noqa: E402

main.add_command(codegen)
main.add_command(run)
main.add_command(report)
from femba_edge.monitor.command import monitor, synth_recording  # noqa: E402

main.add_command(monitor)
main.add_command(synth_recording)
