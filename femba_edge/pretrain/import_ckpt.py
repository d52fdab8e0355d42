"""`femba-edge import-checkpoint`: the authors' FEMBA weights (pulp-bio/BioFoundation,
models/FEMBA.py, mamba_ssm's Mamba) -> this project's encoder, as a pretrain.pt that `train` /
`qat --init` fine-tune (head fresh: their classifier is a Mamba head, not the deployable mean-pool
+ linear one, so it is reported as not mapped).

Their layout, from their source: patch_embed.proj (Conv2d 1 -> E, kernel = stride = (2, 16)),
pos_embed [1, L, d_model], mamba_blocks.i.mamba_fwd / mamba_rev (in_proj, conv1d, x_proj, dt_proj,
A_log, D, out_proj: the names and shapes of mamba_ssm, which this model's mixer keeps),
norm_layers.i (LayerNorm), a block computing norm(x + fwd(x) + flip(rev(flip(x)))) as ours does.
One difference: their tokens order the features embedding-major (e * C/2 + c2), ours channel-pair
major (c2 * E + e); every d_model axis is permuted on import so the imported model computes the
same function. Lightning ('state_dict', 'model.' / 'module.' prefixes) and .safetensors are read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import torch

from femba_edge.artifacts import save_checkpoint, staged_dir
from femba_edge.config import PATCH_CHANNELS, PATCH_SAMPLES, ConfigError, ModelConfig
from femba_edge.errors import CheckpointError
from femba_edge.model import Femba

MIXER_PARAMS = ("in_proj.weight", "conv1d.weight", "conv1d.bias", "x_proj.weight",
                "dt_proj.weight", "dt_proj.bias", "A_log", "D", "out_proj.weight")
PREFIXES = ("model.", "module.", "_orig_mod.")


def read_state_dict(src: str | Path) -> dict[str, torch.Tensor]:
    """Tensors of a .pt / .ckpt (plain, or Lightning with 'state_dict') or .safetensors file,
    with training-wrapper prefixes removed."""
    src = Path(src)
    if not src.is_file():
        raise CheckpointError(f"{src}: file not found")
    try:
        if src.suffix == ".safetensors":
            from safetensors.torch import load_file

            sd = load_file(str(src))
        else:
            sd = torch.load(src, map_location="cpu", weights_only=True)
    except Exception:  # torch / safetensors raise many types for one cause
        raise CheckpointError(f"{src}: not a readable .pt / .ckpt / .safetensors file") from None
    if isinstance(sd, dict) and isinstance(sd.get("state_dict"), dict):
        sd = sd["state_dict"]
    if not isinstance(sd, dict) or not any(isinstance(v, torch.Tensor) for v in sd.values()):
        raise CheckpointError(f"{src}: holds no state_dict of tensors")
    out = {}
    for k, v in sd.items():
        if not isinstance(v, torch.Tensor):
            continue
        for p in PREFIXES:
            while k.startswith(p):
                k = k[len(p):]
        out[k] = v
    return out


def infer_config(sd: dict[str, torch.Tensor], src: str, classes: int = 2,
                 fs: float = 256.0) -> ModelConfig:
    """The FEMBA shape their weights imply (CheckpointError when they are not FEMBA's)."""
    need = ("patch_embed.proj.weight", "pos_embed", "mamba_blocks.0.mamba_fwd.in_proj.weight")
    missing = [k for k in need if k not in sd]
    if missing:
        raise CheckpointError(f"{src}: not a FEMBA state_dict (no {missing[0]}; expected the "
                              "keys of BioFoundation's models/FEMBA.py)")
    embed = sd["patch_embed.proj.weight"].shape[0]
    tokens, d_model = sd["pos_embed"].shape[-2:]
    blocks = 1 + max(int(m.group(1)) for k in sd if (m := re.match(r"mamba_blocks\.(\d+)\.", k)))
    mix = "mamba_blocks.0.mamba_fwd."
    d_inner = sd[mix + "in_proj.weight"].shape[0] // 2
    cfg = ModelConfig(channels=PATCH_CHANNELS * d_model // embed,
                      samples=PATCH_SAMPLES * tokens, fs=fs, embed_dim=embed, blocks=blocks,
                      d_state=sd[mix + "A_log"].shape[1], expand=d_inner // d_model,
                      d_conv=sd[mix + "conv1d.weight"].shape[-1], classes=classes)
    try:
        cfg = cfg.validate()
    except ConfigError as e:
        raise CheckpointError(f"{src}: its shapes give no valid FEMBA config ({e})") from None
    if sd[mix + "dt_proj.weight"].shape[1] != cfg.dt_rank:
        raise CheckpointError(f"{src}: dt_rank {sd[mix + 'dt_proj.weight'].shape[1]} is not "
                              f"ceil(d_model / 16) = {cfg.dt_rank}, which this model uses")
    return cfg


def feature_order(cfg: ModelConfig) -> torch.Tensor:
    """perm with ours[..., j] = theirs[..., perm[j]]: j = c2 * E + e, perm[j] = e * C/2 + c2."""
    c2, e = cfg.channels // PATCH_CHANNELS, cfg.embed_dim
    j = torch.arange(c2 * e)
    return (j % e) * c2 + j // e


def convert(sd: dict[str, torch.Tensor], cfg: ModelConfig, src: str
            ) -> tuple[dict[str, torch.Tensor], list[str]]:
    """This model's encoder state_dict from theirs, and the source keys left unmapped."""
    perm = feature_order(cfg)
    mapping = {"patch_embed.weight": ("patch_embed.proj.weight", lambda t: t),
               "patch_embed.bias": ("patch_embed.proj.bias", lambda t: t),
               "pos_embed": ("pos_embed", lambda t: t.reshape(cfg.tokens, cfg.d_model)[:, perm])}
    for i in range(cfg.blocks):
        for ours, theirs in (("fwd", "mamba_fwd"), ("rev", "mamba_rev")):
            for name in MIXER_PARAMS:
                fix = {"in_proj.weight": lambda t: t[:, perm],
                       "out_proj.weight": lambda t: t[perm, :]}.get(name, lambda t: t)
                mapping[f"blocks.{i}.{ours}.{name}"] = (f"mamba_blocks.{i}.{theirs}.{name}", fix)
        for name in ("weight", "bias"):
            mapping[f"blocks.{i}.norm.{name}"] = (f"norm_layers.{i}.{name}", lambda t: t[perm])
    own = Femba(cfg).state_dict()
    out = {}
    for ours, (theirs, fix) in mapping.items():
        if theirs not in sd:
            raise CheckpointError(f"{src}: no {theirs} (needed for {ours})")
        value = fix(sd[theirs].float())
        if tuple(value.shape) != tuple(own[ours].shape):
            raise CheckpointError(f"{src}: {theirs} has shape {tuple(sd[theirs].shape)}, this "
                                  f"model's {ours} needs {tuple(own[ours].shape)}")
        out[ours] = value.contiguous()
    used = {theirs for theirs, _ in mapping.values()}
    return out, sorted(k for k in sd if k not in used)


def import_checkpoint(src: str | Path, out: str | Path, classes: int = 2,
                      fs: float = 256.0) -> dict:
    """Write OUT/pretrain.pt (encoder) and OUT/import.json (config, mapped / unmapped keys)."""
    sd = read_state_dict(src)
    cfg = infer_config(sd, str(src), classes, fs)
    enc, unmapped = convert(sd, cfg, str(src))
    report = {"source": str(src), "config": cfg.to_dict(), "mapped": len(enc),
              "unmapped": unmapped,
              "note": "feature axis permuted from embedding-major to channel-pair-major"}
    with staged_dir(out) as stage:
        save_checkpoint(stage / "pretrain.pt", "pretrain", {
            "config": cfg.to_dict(), "encoder_state_dict": enc, "imported_from": str(src),
            "preprocessing": {"fs": fs}})
        (stage / "import.json").write_text(json.dumps(report, indent=1) + "\n")
    return report
