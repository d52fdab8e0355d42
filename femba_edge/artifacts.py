"""Checkpoints and output directories, written so that a failure leaves no half-written files."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from femba_edge import __version__
from femba_edge.errors import CheckpointError

FORMAT = "femba-edge-checkpoint"
FORMAT_VERSION = 1


@contextlib.contextmanager
def staged_dir(out: str | Path) -> Iterator[Path]:
    """Yield a private staging directory; on success move its files into `out`, on error delete it.

    `out` is created if needed; files already in it that the stage does not write are kept.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        yield stage
        out.mkdir(exist_ok=True)
        for item in stage.iterdir():
            dest = out / item.name
            if dest.is_dir() and not dest.is_symlink():
                shutil.rmtree(dest)
            os.replace(item, dest)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write text to `path` via a temporary file and rename."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def write_json(path: str | Path, data: Any) -> None:
    """Pretty JSON, atomically; NaN is written as null so other tools can read it."""
    atomic_write_text(path, json.dumps(_nan_to_none(data), indent=2, sort_keys=False) + "\n")


def _nan_to_none(obj: Any) -> Any:
    if isinstance(obj, float) and obj != obj:
        return None
    if isinstance(obj, dict):
        return {k: _nan_to_none(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_nan_to_none(v) for v in obj]
    return obj


def save_checkpoint(path: str | Path, kind: str, payload: dict[str, Any]) -> None:
    """Save a self-describing checkpoint (`kind` is 'float' or 'qat')."""
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "femba_edge_version": __version__,
        **payload,
    }
    import torch  # here, not at import: staged_dir / write_json users need no torch

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    torch.save(data, tmp)
    os.replace(tmp, path)


def load_checkpoint(path: str | Path, kind: str | None = None) -> dict[str, Any]:
    """Load a checkpoint written by `save_checkpoint`; `kind` demands 'float' or 'qat'.

    A directory is accepted and resolved to its model.pt / qat.pt.
    """
    path = Path(path)
    if path.is_dir():
        # Prefer the file of the requested kind; the other one still gives a precise error.
        names = {"float": ["model.pt", "qat.pt", "pretrain.pt"],
                 "pretrain": ["pretrain.pt", "model.pt", "qat.pt"]}.get(
                     kind or "", ["qat.pt", "model.pt", "pretrain.pt"])
        found = [path / n for n in names if (path / n).is_file()]
        if not found:
            raise CheckpointError(f"{path}: no {' or '.join(names)} in this directory")
        path = found[0]
    if not path.is_file():
        raise CheckpointError(f"{path}: checkpoint not found")
    import torch

    try:
        data = torch.load(path, map_location="cpu", weights_only=True)
    except Exception:  # torch raises many types (OSError errno 22, zip, unpickling) for one cause
        size = path.stat().st_size
        raise CheckpointError(f"{path}: not a readable checkpoint (corrupt, truncated or not "
                              f"written by PyTorch; {size:,} bytes)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckpointError(f"{path}: not a femba-edge checkpoint")
    if data.get("format_version") != FORMAT_VERSION:
        raise CheckpointError(
            f"{path}: checkpoint format {data.get('format_version')} "
            f"is not supported (expected {FORMAT_VERSION})"
        )
    if kind is not None and data.get("kind") != kind:
        hint = " (run 'femba-edge qat' first)" if kind == "qat" else ""
        raise CheckpointError(
            f"{path}: is a {data.get('kind')} checkpoint, a {kind} one is needed here{hint}"
        )
    data["path"] = str(path)
    return data
