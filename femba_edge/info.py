"""`femba-edge info`: what a preset, config or checkpoint amounts to."""

from __future__ import annotations

from pathlib import Path

from femba_edge.artifacts import load_checkpoint
from femba_edge.config import PRESETS, ModelConfig, config_from_dict, load_config
from femba_edge.model import Femba, count_macs, count_params, mac_breakdown
from femba_edge.model.stats import SCAN_MACS_PER_STATE


def _resolve(spec: str) -> tuple[ModelConfig, str]:
    p = Path(spec)
    if spec not in PRESETS and (p.is_dir() or p.suffix == ".pt"):
        ckpt = load_checkpoint(p)
        return config_from_dict(dict(ckpt["config"])), f"{ckpt['kind']} checkpoint {ckpt['path']}"
    return load_config(spec), ("preset " + spec) if spec in PRESETS else f"config {spec}"


def model_info(spec: str) -> dict:
    """Model summary: params, MACs per window (MAC = 2 FLOPs), shapes."""
    cfg, source = _resolve(spec)
    macs = count_macs(cfg)
    return {
        "source": source,
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
