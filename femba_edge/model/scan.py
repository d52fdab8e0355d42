"""The selective scan, written once: h_t = dA_t * h_{t-1} + dBx_t, y_t = <C_t, h_t>.

Both the float model and the QAT model call `scan`; only how dA / dBx are formed differs.
"""

from __future__ import annotations

import torch


class _SequentialScan(torch.autograd.Function):
    """h_t = dA_t * h_{t-1} + dBx_t token by token; y_t = <C_t, h_t>.

    Autograd through the loop would keep one graph node per token and per op; this keeps only
    the states H [B, L, Di, N] and runs the adjoint recurrence g_t = C_t dy_t + dA_{t+1} g_{t+1}
    backwards (g_t is also dL/d dBx_t, and dL/d dA_t = g_t * h_{t-1}). Training FEMBA-Tiny on a
    CPU is bound by these [B, L, Di, N] passes, so fewer of them is most of the step time.
    """

    @staticmethod
    def forward(ctx, dA, dBx, C, reverse):  # noqa: ANN001, ANN205 (autograd signature)
        bsz, length, d_inner, d_state = dA.shape
        order = range(length - 1, -1, -1) if reverse else range(length)
        states = torch.empty_like(dBx)
        h = dBx.new_zeros(bsz, d_inner, d_state)
        for t in order:
            h = torch.addcmul(dBx[:, t], dA[:, t], h)
            states[:, t] = h
        ctx.reverse = reverse
        ctx.save_for_backward(dA, C, states)
        return torch.einsum("bldn,bln->bld", states, C)

    @staticmethod
    def backward(ctx, gy):  # noqa: ANN001, ANN205
        dA, C, states = ctx.saved_tensors
        length = dA.shape[1]
        order = range(length) if ctx.reverse else range(length - 1, -1, -1)  # backwards in time
        g_state = torch.empty_like(states)
        g, prev = None, None
        for t in order:
            g_t = gy[:, t].unsqueeze(-1) * C[:, t].unsqueeze(1)
            g = g_t if g is None else torch.addcmul(g_t, prev, g)
            g_state[:, t] = g
            prev = dA[:, t]
        g_dA = g_dC = None
        if ctx.needs_input_grad[0]:
            before = torch.zeros_like(states)  # h_{t-1}: the state each step started from
            if ctx.reverse:
                before[:, :-1] = states[:, 1:]
            else:
                before[:, 1:] = states[:, :-1]
            g_dA = g_state * before
        if ctx.needs_input_grad[2]:
            g_dC = torch.einsum("bldn,bld->bln", states, gy)
        return g_dA, g_state, g_dC, None


def scan(
    dA: torch.Tensor, dBx: torch.Tensor, C: torch.Tensor, reverse: bool = False
) -> torch.Tensor:
    """Selective scan over tokens, y[t] = sum_n C[t, n] * h[t, :, n].

    dA, dBx: [B, L, Di, N]; C: [B, L, N]. Returns y: [B, L, Di]. `reverse` runs t = L-1 .. 0
    (the backward mixer). Sequential in the tokens, like the integer scan it stands for, with a
    hand-written backward (_SequentialScan).
    """
    if torch.is_autocast_enabled(dA.device.type):  # mixed precision: the recurrence in float32
        with torch.autocast(dA.device.type, enabled=False):
            return _SequentialScan.apply(dA.float(), dBx.float(), C.float(), reverse)
    return _SequentialScan.apply(dA, dBx, C, reverse)


def selective_scan(
    u: torch.Tensor,
    delta: torch.Tensor,
    A: torch.Tensor,
    B: torch.Tensor,
    C: torch.Tensor,
    D: torch.Tensor,
    reverse: bool = False,
) -> torch.Tensor:
    """Mamba's discretised SSM (zero-order hold for A, Euler for B) plus the D skip.

    u, delta: [B, L, Di]; A: [Di, N]; B, C: [B, L, N]; D: [Di].
    """
    dA = torch.exp(delta.unsqueeze(-1) * A)
    dBx = delta.unsqueeze(-1) * B.unsqueeze(2) * u.unsqueeze(-1)
    return scan(dA, dBx, C, reverse) + u * D
