"""Float FEMBA: shapes, parameter/MAC counts, and the selective scan against a naive reference."""

from __future__ import annotations

import math

import pytest
import torch

from femba_edge.config import PRESETS, ModelConfig
from femba_edge.model import Femba, count_macs, count_params, scan, selective_scan

PUBLISHED_TINY_PARAMS = 7.8e6
PUBLISHED_TINY_GFLOPS = 1.31


def naive_selective_scan(u, delta, A, B, C, D, reverse=False):
    """Element by element, straight from the SSM equations (no broadcasting tricks)."""
    bsz, length, d_inner = u.shape
    n = A.shape[1]
    y = torch.zeros_like(u, dtype=torch.float64)
    for b in range(bsz):
        for d in range(d_inner):
            h = [0.0] * n
            steps = range(length - 1, -1, -1) if reverse else range(length)
            for t in steps:
                acc = 0.0
                for i in range(n):
                    da = math.exp(float(delta[b, t, d]) * float(A[d, i]))
                    h[i] = da * h[i] + float(delta[b, t, d]) * float(B[b, t, i]) * float(u[b, t, d])
                    acc += float(C[b, t, i]) * h[i]
                y[b, t, d] = acc + float(D[d]) * float(u[b, t, d])
    return y


@pytest.mark.parametrize("shape", [(1, 1, 1, 1), (2, 5, 3, 4), (1, 7, 9, 2), (3, 4, 1, 16)])
@pytest.mark.parametrize("reverse", [False, True])
def test_scan_matches_naive_reference(shape, reverse):
    bsz, length, d_inner, n = shape
    g = torch.Generator().manual_seed(sum(shape))
    u = torch.randn(bsz, length, d_inner, generator=g, dtype=torch.float64)
    delta = torch.rand(bsz, length, d_inner, generator=g, dtype=torch.float64)
    A = -torch.rand(d_inner, n, generator=g, dtype=torch.float64) * 4
    B = torch.randn(bsz, length, n, generator=g, dtype=torch.float64)
    C = torch.randn(bsz, length, n, generator=g, dtype=torch.float64)
    D = torch.randn(d_inner, generator=g, dtype=torch.float64)
    got = selective_scan(u, delta, A, B, C, D, reverse=reverse)
    want = naive_selective_scan(u, delta, A, B, C, D, reverse=reverse)
    assert torch.allclose(got, want, rtol=1e-12, atol=1e-12)


def test_reverse_scan_is_flipped_forward_scan():
    g = torch.Generator().manual_seed(0)
    dA = torch.rand(2, 6, 3, 4, generator=g, dtype=torch.float64)
    dBx = torch.randn(2, 6, 3, 4, generator=g, dtype=torch.float64)
    C = torch.randn(2, 6, 4, generator=g, dtype=torch.float64)
    rev = scan(dA, dBx, C, reverse=True)
    flipped = scan(dA.flip(1), dBx.flip(1), C.flip(1)).flip(1)
    assert torch.equal(rev, flipped)


def test_reverse_mixer_equals_flip_mixer_flip():
    torch.manual_seed(0)
    model = Femba(PRESETS["small"]).double()
    mixer = model.blocks[0].rev
    x = torch.randn(2, PRESETS["small"].tokens, PRESETS["small"].d_model, dtype=torch.float64)
    assert torch.allclose(mixer(x, reverse=True), mixer(x.flip(1)).flip(1), atol=1e-12)


@pytest.mark.parametrize("preset", ["micro", "small", "demo"])
def test_forward_shapes(preset):
    cfg = PRESETS[preset]
    out = Femba(cfg)(torch.randn(3, cfg.channels, cfg.samples))
    assert out.shape == (3, cfg.classes)


def test_tiny_matches_published_size_and_compute():
    cfg = PRESETS["tiny"]
    assert (cfg.d_model, cfg.tokens, cfg.d_inner, cfg.dt_rank) == (385, 80, 1540, 25)
    params = count_params(Femba(cfg))
    assert abs(params - PUBLISHED_TINY_PARAMS) / PUBLISHED_TINY_PARAMS < 0.01
    gflops = 2 * count_macs(cfg) / 1e9
    assert abs(gflops - PUBLISHED_TINY_GFLOPS) / PUBLISHED_TINY_GFLOPS < 0.02


def test_param_count_formula():
    """Parameters per mixer from the Mamba layer shapes, for an awkward config."""
    cfg = ModelConfig(channels=6, samples=48, embed_dim=5, blocks=2, d_state=3, expand=3, classes=4)
    d, di, n, r, k = cfg.d_model, cfg.d_inner, cfg.d_state, cfg.dt_rank, cfg.d_conv
    mixer = d * 2 * di + di * k + di + di * (r + 2 * n) + r * di + di + di * n + di + di * d
    block = 2 * mixer + 2 * d
    total = (cfg.embed_dim * 32 + cfg.embed_dim) + cfg.tokens * d + cfg.blocks * block
    total += d * cfg.classes + cfg.classes
    assert count_params(Femba(cfg)) == total


def _unrolled_scan(dA, dBx, C, reverse):
    """The recurrence with plain autograd through every step (the gradient reference)."""
    h, ys = torch.zeros_like(dBx[:, 0]), [None] * dA.shape[1]
    steps = range(dA.shape[1] - 1, -1, -1) if reverse else range(dA.shape[1])
    for t in steps:
        h = dA[:, t] * h + dBx[:, t]
        ys[t] = (h * C[:, t].unsqueeze(1)).sum(-1)
    return torch.stack(ys, dim=1)


@pytest.mark.parametrize("shape", [(1, 1, 1, 1), (2, 5, 3, 4), (3, 9, 2, 16)])
@pytest.mark.parametrize("reverse", [False, True])
def test_scan_gradients_match_autograd_through_the_loop(shape, reverse):
    """The hand-written backward of the scan against autograd through the unrolled recurrence,
    and torch's numerical gradient check, in float64."""
    g = torch.Generator().manual_seed(len(shape) + sum(shape))
    bsz, length, d_inner, n = shape
    dA = torch.rand(bsz, length, d_inner, n, generator=g, dtype=torch.float64).requires_grad_()
    dBx = torch.randn(bsz, length, d_inner, n, generator=g, dtype=torch.float64).requires_grad_()
    C = torch.randn(bsz, length, n, generator=g, dtype=torch.float64).requires_grad_()
    gy = torch.randn(bsz, length, d_inner, generator=g, dtype=torch.float64)
    got = torch.autograd.grad((scan(dA, dBx, C, reverse) * gy).sum(), (dA, dBx, C))
    want = torch.autograd.grad((_unrolled_scan(dA, dBx, C, reverse) * gy).sum(), (dA, dBx, C))
    for a, b in zip(got, want, strict=True):
        assert torch.allclose(a, b, rtol=1e-12, atol=1e-12)
    assert torch.autograd.gradcheck(lambda a, b, c: scan(a, b, c, reverse), (dA, dBx, C))
