"""Weight packing: 2- and 4-bit codes packed LSB first, each row padded to a whole byte."""

from __future__ import annotations

import numpy as np

from femba_edge.codegen.errors import CodegenError


def weight_bits(w: np.ndarray) -> int:
    """Bit width of integer weight codes from their range: 2, 4 or 8."""
    lo, hi = int(np.min(w)), int(np.max(w))
    if lo >= -2 and hi <= 1:
        return 2
    if lo >= -8 and hi <= 7:
        return 4
    if lo >= -128 and hi <= 127:
        return 8
    raise CodegenError(f"weight codes {lo}..{hi} do not fit 8 bits")


def row_bytes(k: int, bits: int) -> int:
    """Bytes of one packed row of k codes."""
    return (k * bits + 7) // 8


def pack_rows(w: np.ndarray, bits: int) -> bytes:
    """[rows, K] signed codes -> bytes: code i of a row in bits [bits*i % 8, ...) of byte
    bits*i // 8 (two's complement, LSB first); each row padded with zero bits to a whole byte."""
    w = np.asarray(w, np.int64)
    if w.ndim != 2:
        raise CodegenError(f"weights must be 2-D, got shape {w.shape}")
    if bits == 8:
        return w.astype(np.int8).tobytes()
    per = 8 // bits
    rows, k = w.shape
    padded = np.zeros((rows, row_bytes(k, bits) * per), np.uint8)
    padded[:, :k] = (w & ((1 << bits) - 1)).astype(np.uint8)
    groups = padded.reshape(rows, -1, per)
    shifts = (np.arange(per, dtype=np.uint8) * bits)
    return np.bitwise_or.reduce(groups << shifts, axis=2).astype(np.uint8).tobytes()


def unpack_rows(data: bytes, rows: int, k: int, bits: int) -> np.ndarray:
    """Inverse of pack_rows: bytes -> [rows, k] int64 codes."""
    rb = row_bytes(k, bits)
    b = np.frombuffer(data, np.uint8, rows * rb).reshape(rows, rb)
    if bits == 8:
        return b.view(np.int8)[:, :k].astype(np.int64)
    per = 8 // bits
    codes = (b[:, :, None] >> (np.arange(per) * bits)) & ((1 << bits) - 1)
    codes = codes.reshape(rows, -1)[:, :k].astype(np.int64)
    return np.where(codes >= 1 << (bits - 1), codes - (1 << bits), codes)
