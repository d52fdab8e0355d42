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


# ---- compact per-channel constants (issue #14: weights.bin <= 2.2 MB) ----------------------------
# Each encoder returns None when its form cannot hold the values exactly; codegen then stores the
# plain int32 / int8 array. The C decoders (firmware/runtime/consts.h) run where the constants
# land in L1 (GEMM: the unpack fork's per-row copy; dwconv / scan: each core's own channels in the
# fork, before the kernel), so the kernels keep reading the int32 / int8 arrays they always did.

RQ_M_LO = 1 << 30  # every exporter M is in [2^30, 2^31): bit 30 set, 30 free bits below it
RQ_S_SPAN = 3  # s - s_base in 2 bits


def pack_requant(M: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, int] | None:
    """Per-channel (M, s) -> one uint32 each, (M - 2^30) | (s - s_base) << 30, and s_base: exact
    when every M is in [2^30, 2^31) and the layer's shifts span at most 4 values (a channel's
    scale differs from the others' by less than 8x: the trained models' case). Decode:
    M = (v & 0x3FFFFFFF) | 0x40000000, s = s_base + (v >> 30)."""
    M = np.asarray(M, np.int64).reshape(-1)
    s = np.asarray(s, np.int64).reshape(-1)
    if M.size == 0 or M.shape != s.shape or M.min() < RQ_M_LO or M.max() >= 2 * RQ_M_LO \
            or s.min() < 1 or s.max() - s.min() > RQ_S_SPAN:
        return None
    base = int(s.min())
    return ((M - RQ_M_LO) | ((s - base) << 30)).astype(np.uint32), base


def unpack_requant(words: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of pack_requant (the C decoder's arithmetic): (M, s) as int64."""
    w = np.asarray(words, np.uint32).astype(np.int64)
    return (w & (RQ_M_LO - 1)) | RQ_M_LO, base + (w >> 30)


def narrow_bias(bias: np.ndarray) -> np.ndarray:
    """int32 accumulator biases as int16 when every value of the layer fits, else int32."""
    b = np.asarray(bias, np.int64)
    if b.size and b.min() >= -(2**15) and b.max() < 2**15:
        return b.astype(np.int16)
    return b.astype(np.int32)


def _fields(d: np.ndarray, bits: int) -> np.ndarray:
    """[rows, n] values < 2^bits (bits 2 or 4) -> [rows, n * bits / 8] bytes: word j holds states
    w j .. w j + w - 1 (w = 32 / bits), state w j + 4 f + q in field f of byte q."""
    rows, n = d.shape
    fields = 8 // bits
    g = d.reshape(rows, n // (4 * fields), fields, 4)
    packed = np.zeros((rows, n // (4 * fields), 4), np.int64)
    for f in range(fields):
        packed |= g[:, :, f, :] << (bits * f)
    return packed.reshape(rows, -1).astype(np.uint8)


def pack_state_bits(a: np.ndarray) -> tuple[bytes, np.ndarray, int] | None:
    """int8 [rows, n] (scan A: its columns barely move in training, each one spans a few codes)
    -> `bits` (2, 3 or 4: the fewest that hold every column's span) a state of deltas from a
    per-column base, n * bits / 8 bytes a row, and the base as n bytes of a + 128 (0..255).
    Exact when every column spans at most 15 and n is a multiple of 16 (2 and 3 bits) or 8.
    2 / 4 bits: word j of a row holds states w j .. w j + w - 1 (w = 32 / bits), state
    w j + 4 f + q in field f of byte q, so the C decoder makes four states a word,
    ((v >> bits f) & mask) + base word, with no carry between bytes (each sum is
    a + 128 <= 255), then ^ 0x80808080 back to int8. 3 bits: the low two bits as the 2-bit
    layout (n / 4 bytes), then the third bit of states 4 w .. 4 w + 3 as nibble w (bit q: state
    4 w + q; low nibble first), n / 8 bytes. Returns (bytes, base, bits)."""
    a = np.asarray(a, np.int64)
    if a.ndim != 2 or a.shape[0] == 0 or a.min() < -128 or a.max() > 127:
        return None
    u = a + 128
    base = u.min(axis=0)
    d = u - base
    rows, n = a.shape
    bits = next((b for b in (2, 3, 4) if d.max() < 1 << b and n % (16 if b < 4 else 8) == 0),
                None)
    if bits is None:
        return None
    if bits != 3:
        return _fields(d, bits).tobytes(), base.astype(np.uint8), bits
    hi = (d >> 2).reshape(rows, n // 4, 4) << np.arange(4)
    nib = hi.sum(axis=2)
    plane = (nib[:, 0::2] | (nib[:, 1::2] << 4)).astype(np.uint8)
    return np.concatenate([_fields(d & 3, 2), plane], axis=1).tobytes(), base.astype(np.uint8), 3


def unpack_state_bits(data: bytes, rows: int, base: np.ndarray, bits: int) -> np.ndarray:
    """Inverse of pack_state_bits: int64 [rows, n]."""
    base = np.asarray(base, np.int64)
    n = base.size
    b = np.frombuffer(data, np.uint8, rows * n * bits // 8).astype(np.int64).reshape(rows, -1)
    if bits == 3:
        lo = unpack_state_bits(b[:, :n // 4].astype(np.uint8).tobytes(), rows, np.zeros(n), 2)
        nib = np.stack([b[:, n // 4:] & 15, b[:, n // 4:] >> 4], axis=2).reshape(rows, n // 4)
        hi = (nib[:, :, None] >> np.arange(4)) & 1
        return (lo + 128) + 4 * hi.reshape(rows, n) + base - 128
    fields = 8 // bits
    b = b.reshape(rows, n // (4 * fields), 1, 4)
    d = np.concatenate([(b >> (bits * f)) & ((1 << bits) - 1) for f in range(fields)], axis=2)
    return d.reshape(rows, n) + base - 128


BIAS12 = 12  # bias_elem code of pack_bias12 rows


def pack_bias12(bias: np.ndarray) -> tuple[bytes, np.ndarray] | None:
    """int16-range [rows, d] biases (patch embedding: conv bias + positional embedding per token)
    -> 12-bit deltas from each column's minimum, two columns in three bytes (column 2 i: byte
    3 i and the low nibble of byte 3 i + 1; column 2 i + 1: its high nibble and byte 3 i + 2),
    ceil(3 d / 2) bytes a row, and the column minima as int16. Exact when every value is in the
    int16 range and every column spans less than 4096 (the trained Tiny's span at most 3376).
    Decode: base[j] + delta (consts.h bias12_at)."""
    b = np.asarray(bias, np.int64)
    if b.ndim != 2 or b.size == 0 or b.min() < -(2**15) or b.max() >= 2**15:
        return None
    base = b.min(axis=0)
    delta = b - base
    if delta.max() >= 1 << 12:
        return None
    rows, d = b.shape
    if d % 2:
        delta = np.concatenate([delta, np.zeros((rows, 1), np.int64)], axis=1)
    lo, hi = delta[:, 0::2], delta[:, 1::2]
    out = np.stack([lo & 0xFF, (lo >> 8) | ((hi & 15) << 4), hi >> 4], axis=2)
    return out.reshape(rows, -1)[:, :(3 * d + 1) // 2].astype(np.uint8).tobytes(), \
        base.astype(np.int16)


def unpack_bias12(data: bytes, rows: int, base: np.ndarray) -> np.ndarray:
    """Inverse of pack_bias12: int64 [rows, d]."""
    base = np.asarray(base, np.int64)
    d = base.size
    rb = (3 * d + 1) // 2
    raw = np.frombuffer(data, np.uint8, rows * rb).reshape(rows, rb).astype(np.int64)
    raw = np.concatenate([raw, np.zeros((rows, 3 * ((d + 1) // 2) - rb), np.int64)], axis=1)
    g = raw.reshape(rows, -1, 3)
    lo = g[:, :, 0] | ((g[:, :, 1] & 15) << 8)
    hi = (g[:, :, 1] >> 4) | (g[:, :, 2] << 4)
    return np.stack([lo, hi], axis=2).reshape(rows, -1)[:, :d] + base
