"""import-checkpoint: a state_dict with the key names and shapes of the authors' FEMBA
(pulp-bio/BioFoundation models/FEMBA.py with mamba_ssm's Mamba), wrapped as Lightning saves it,
is mapped onto this model; the imported encoder computes what a reference written from their
forward computes; what cannot be mapped is listed; foreign files are one-line errors."""

from __future__ import annotations

import json
import math

import pytest
import torch
import torch.nn.functional as F
from conftest import SMALL_DATA, error_line, invoke

from femba_edge.artifacts import load_checkpoint
from femba_edge.model.femba import patches_to_tokens
from femba_edge.pretrain.run import load_encoder

C, T, E, BLOCKS, N, EXPAND, K = 4, 128, 3, 2, 4, 2, 4  # the 'small'-like shape used here
D_MODEL = (C // 2) * E
D_INNER = EXPAND * D_MODEL
DT_RANK = math.ceil(D_MODEL / 16)


def their_state_dict(seed: int = 0) -> dict[str, torch.Tensor]:
    """Random weights under BioFoundation's FEMBA key names and shapes (classification head
    included), in ranges where every per-token decay stays above e^-6."""
    g = torch.Generator().manual_seed(seed)

    def r(*shape, scale=0.3):
        return torch.randn(*shape, generator=g) * scale

    sd = {"patch_embed.proj.weight": r(E, 1, 2, 16), "patch_embed.proj.bias": r(E),
          "pos_embed": r(1, T // 16, D_MODEL)}
    for i in range(BLOCKS):
        for d in ("mamba_fwd", "mamba_rev"):
            p = f"mamba_blocks.{i}.{d}."
            sd.update({p + "in_proj.weight": r(2 * D_INNER, D_MODEL),
                       p + "conv1d.weight": r(D_INNER, 1, K), p + "conv1d.bias": r(D_INNER),
                       p + "x_proj.weight": r(DT_RANK + 2 * N, D_INNER),
                       p + "dt_proj.weight": r(D_INNER, DT_RANK),
                       p + "dt_proj.bias": -2.0 + r(D_INNER),
                       p + "A_log": torch.log(1 + 3 * torch.rand(D_INNER, N, generator=g)),
                       p + "D": 1 + r(D_INNER), p + "out_proj.weight": r(D_MODEL, D_INNER)})
        sd[f"norm_layers.{i}.weight"] = 1 + r(D_MODEL)
        sd[f"norm_layers.{i}.bias"] = r(D_MODEL)
    sd.update({"classifier.fc1.weight": r(256, D_MODEL), "classifier.fc1.bias": r(256),
               "classifier.fc3.weight": r(2, 256), "classifier.fc3.bias": r(2)})
    return sd


def _mamba_ref(sd: dict, p: str, x: torch.Tensor) -> torch.Tensor:
    """mamba_ssm's Mamba forward (its reference path), token by token, in float64."""
    w = {k[len(p):]: v.double() for k, v in sd.items() if k.startswith(p)}
    length = x.shape[1]
    u, z = (x @ w["in_proj.weight"].T).chunk(2, dim=-1)
    u = F.conv1d(u.transpose(1, 2), w["conv1d.weight"], w["conv1d.bias"], padding=K - 1,
                 groups=D_INNER)[..., :length]
    u = F.silu(u).transpose(1, 2)
    dt, b, c = (u @ w["x_proj.weight"].T).split([DT_RANK, N, N], dim=-1)
    delta = F.softplus(dt @ w["dt_proj.weight"].T + w["dt_proj.bias"])
    a = -torch.exp(w["A_log"])
    h = torch.zeros(x.shape[0], D_INNER, N, dtype=torch.float64)
    ys = []
    for t in range(length):
        h = torch.exp(delta[:, t, :, None] * a) * h + delta[:, t, :, None] * b[:, t, None, :] * \
            u[:, t, :, None]
        ys.append((h * c[:, t, None, :]).sum(-1) + w["D"] * u[:, t])
    return (torch.stack(ys, 1) * F.silu(z)) @ w["out_proj.weight"].T


def their_encoder(sd: dict, x: torch.Tensor) -> torch.Tensor:
    """FEMBA.forward of BioFoundation up to the classifier (token embeddings), float64."""
    y = F.conv2d(x.double().unsqueeze(1), sd["patch_embed.proj.weight"].double(),
                 sd["patch_embed.proj.bias"].double(), stride=(2, 16))
    h = y.reshape(y.shape[0], y.shape[1] * y.shape[2], y.shape[3]).permute(0, 2, 1)
    h = h + sd["pos_embed"].double()
    for i in range(BLOCKS):
        out = _mamba_ref(sd, f"mamba_blocks.{i}.mamba_fwd.", h)
        out = out + _mamba_ref(sd, f"mamba_blocks.{i}.mamba_rev.", h.flip(1)).flip(1)
        h = F.layer_norm(h + out, (D_MODEL,), sd[f"norm_layers.{i}.weight"].double(),
                         sd[f"norm_layers.{i}.bias"].double())
    return h


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    d = tmp_path_factory.mktemp("imp")
    sd = their_state_dict()
    torch.save({"state_dict": {f"model.{k}": v for k, v in sd.items()}, "epoch": 3},
               d / "femba.ckpt")  # as Lightning writes it
    res = invoke("import-checkpoint", d / "femba.ckpt", "--out", d / "out")
    assert res.exit_code == 0, res.output
    return sd, d


def test_every_encoder_key_mapped_and_the_head_reported(imported):
    _, d = imported
    rep = json.loads((d / "out" / "import.json").read_text())
    want = {"channels": C, "samples": T, "embed_dim": E, "blocks": BLOCKS, "d_state": N,
            "expand": EXPAND, "d_conv": K}
    assert {k: rep["config"][k] for k in want} == want
    assert rep["mapped"] == 3 + BLOCKS * (2 * 9 + 2)
    assert rep["unmapped"] == sorted(k for k in their_state_dict() if k.startswith("classifier"))


def test_imported_encoder_computes_their_forward(imported):
    sd, d = imported
    ck = load_checkpoint(d / "out", kind="pretrain")
    from femba_edge.config import config_from_dict

    model, _ = load_encoder(config_from_dict(ck["config"]), d / "out")
    x = torch.randn(2, C, T, generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        h = patches_to_tokens(model.patch_embed(x.unsqueeze(1))) + model.pos_embed
        for block in model.blocks:
            h = block(h)
    ref = their_encoder(sd, x)
    c2 = C // 2
    perm = [(j % E) * c2 + j // E for j in range(D_MODEL)]  # our feature j is their perm[j]
    assert torch.allclose(h.double(), ref[..., perm], atol=2e-4), (h.double()
                                                                     - ref[..., perm]).abs().max()


def test_imported_weights_fine_tune(imported, tmp_path):
    """The import's config as a JSON model spec + --init: fine-tuning starts from their encoder."""
    _, d = imported
    cfg = json.loads((d / "out" / "import.json").read_text())["config"]
    spec = tmp_path / "cfg.json"
    spec.write_text(json.dumps({"preset": "small", **{k: v for k, v in cfg.items()
                                                       if k != "classes"}}))
    res = invoke("train", "--model", spec, "--data", SMALL_DATA, "--epochs", "1", "--init",
                 d / "out", "--out", tmp_path / "f", "--quiet")
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "f" / "metrics.json").read_text())["init"] == str(d / "out")


@pytest.mark.parametrize("content, message", [
    (b"garbage", "not a readable .pt / .ckpt / .safetensors file"),
    ("tensors", "not a FEMBA state_dict (no patch_embed.proj.weight"),
])
def test_foreign_sources_are_one_line_errors(tmp_path, content, message):
    src = tmp_path / "x.pt"
    if content == "tensors":
        torch.save({"fc.weight": torch.zeros(2, 2)}, src)
    else:
        src.write_bytes(content)
    res = invoke("import-checkpoint", src, "--out", tmp_path / "o")
    assert res.exit_code == 2 and message in error_line(res)
    assert not (tmp_path / "o").exists()


def test_safetensors_source(tmp_path):
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in their_state_dict(1).items()},
              str(tmp_path / "f.safetensors"))
    res = invoke("import-checkpoint", tmp_path / "f.safetensors", "--out", tmp_path / "o")
    assert res.exit_code == 0, res.output
    assert f"{3 + BLOCKS * 20} tensors mapped" in res.output
