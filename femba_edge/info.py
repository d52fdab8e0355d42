"""`femba-edge info`: what a preset, config, checkpoint or exported integer ONNX model amounts
to."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from femba_edge.artifacts import load_checkpoint
from femba_edge.config import PRESETS, ConfigError, ModelConfig, config_from_dict, load_config
from femba_edge.errors import UserError
from femba_edge.model import Femba, count_macs, count_params, mac_breakdown
from femba_edge.model.stats import SCAN_MACS_PER_STATE

EXPECTED = "a preset name, a JSON config, a checkpoint (.pt or run directory) or an integer " \
    "ONNX model (.onnx)"


def _onnx_info(path: Path) -> tuple[ModelConfig | None, dict]:
    """The exported model's config (from its metadata; None if it has none) and what the
    integer graph itself says. Foreign or unreadable files raise a one-line error naming it."""
    from femba_edge.export.onnx_io import model_fingerprint, read_graph

    graph = read_graph(path)
    facts = {
        "source": f"integer ONNX model {path}",
        "model_fingerprint": model_fingerprint(graph),
        "input_shape": list(graph.input_shape),
        "integer_operators": len(graph.ops),
        "operators_by_kind": dict(Counter(op.kind for op in graph.ops)),
    }
    raw = graph.metadata.get("config")
    if raw is None:
        return None, facts
    try:
        return config_from_dict(json.loads(raw), where=f"{path} (metadata 'config')"), facts
    except (json.JSONDecodeError, TypeError) as e:
        raise UserError(f"{path}: metadata 'config' is not a JSON config ({e})") from None


def _resolve(spec: str) -> tuple[ModelConfig | None, dict]:
    p = Path(spec)
    if spec not in PRESETS and (p.is_dir() or p.suffix == ".pt"):
        ckpt = load_checkpoint(p)
        cfg = config_from_dict(dict(ckpt["config"]))
        return cfg, {"source": f"{ckpt['kind']} checkpoint {ckpt['path']}"}
    if spec not in PRESETS and p.suffix == ".onnx":
        return _onnx_info(p)
    try:
        cfg = load_config(spec)
    except ConfigError:
        # a binary file is none of the accepted kinds: say what was expected, not why the
        # JSON parser choked on it
        if p.is_file() and not _is_text(p):
            raise UserError(f"{p}: not {EXPECTED}") from None
        raise
    return cfg, {"source": ("preset " + spec) if spec in PRESETS else f"config {spec}"}


def _is_text(path: Path) -> bool:
    try:
        path.read_text()
    except (UnicodeDecodeError, OSError):
        return False
    return True


def model_info(spec: str) -> dict:
    """Model summary: params, MACs per window (MAC = 2 FLOPs), shapes; for an ONNX model also
    its fingerprint and operator counts (only those if it carries no config)."""
    cfg, facts = _resolve(spec)
    if cfg is None:
        return facts
    macs = count_macs(cfg)
    return {
        **facts,
        "params": count_params(Femba(cfg)),
        "macs": macs,
        "flops": 2 * macs,
        "mac_convention": f"1 MAC = 2 FLOPs; scan counted as {SCAN_MACS_PER_STATE} MAC per state "
        "update",
        "d_model": cfg.d_model,
        "d_inner": cfg.d_inner,
        "dt_rank": cfg.dt_rank,
        "tokens": cfg.tokens,
        "channels": cfg.channels,
        "samples": cfg.samples,
        "fs": cfg.fs,
        "blocks": cfg.blocks,
        "embed_dim": cfg.embed_dim,
        "d_state": cfg.d_state,
        "expand": cfg.expand,
        "classes": cfg.classes,
        "macs_by_layer": mac_breakdown(cfg),
    }
