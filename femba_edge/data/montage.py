"""Channel-label parsing and the TUAB temporal-central-parasagittal (TCP) bipolar montage."""

from __future__ import annotations

import re

# The 22-channel TCP montage used by TUAB/TUEG-trained models, in model input order.
TCP_PAIRS: tuple[tuple[str, str], ...] = (
    ("FP1", "F7"), ("F7", "T3"), ("T3", "T5"), ("T5", "O1"),
    ("FP2", "F8"), ("F8", "T4"), ("T4", "T6"), ("T6", "O2"),
    ("A1", "T3"), ("T3", "C3"), ("C3", "CZ"), ("CZ", "C4"), ("C4", "T4"), ("T4", "A2"),
    ("FP1", "F3"), ("F3", "C3"), ("C3", "P3"), ("P3", "O1"),
    ("FP2", "F4"), ("F4", "C4"), ("C4", "P4"), ("P4", "O2"),
)  # fmt: skip
TCP_NAMES: tuple[str, ...] = tuple(f"{a}-{b}" for a, b in TCP_PAIRS)
TCP_ELECTRODES: frozenset[str] = frozenset(e for pair in TCP_PAIRS for e in pair)

# Modified-combinatorial (10-10) names for the same temporal/parietal sites.
_ALIASES = {"T7": "T3", "T8": "T4", "P7": "T5", "P8": "T6"}
_KNOWN_ELECTRODES = TCP_ELECTRODES | {
    "FZ", "PZ", "OZ", "FPZ", "T1", "T2", "M1", "M2", "FT9", "FT10", "TP9", "TP10",
} | set(_ALIASES)  # fmt: skip
# Reference suffixes that mark a monopolar recording rather than a bipolar derivation.
_REFERENCES = {"REF", "LE", "AR", "AVG", "RE", "CAR"}
_LABEL_RE = re.compile(r"^(?:EEG\s+)?([A-Z0-9]+)(?:\s*-\s*([A-Z0-9]+))?$")


def _canon(electrode: str) -> str:
    return _ALIASES.get(electrode, electrode)


def parse_label(label: str) -> tuple[str, str | None] | None:
    """Parse an EDF signal label into ``(electrode, other)``.

    ``other`` is None for monopolar labels ("EEG FP1-REF", "Fp1-LE", "FP1") and the second
    electrode for bipolar ones ("FP1-F7"). Returns None for labels that are not 10-20 EEG.
    """
    m = _LABEL_RE.match(label.strip().upper())
    if m is None or m.group(1) not in _KNOWN_ELECTRODES:
        return None
    first, second = _canon(m.group(1)), m.group(2)
    if second is None or second in _REFERENCES:
        return first, None
    if second not in _KNOWN_ELECTRODES:
        return None
    return first, _canon(second)


def monopolar_index(labels: list[str]) -> dict[str, int]:
    """Map canonical electrode name -> signal index for monopolar 10-20 labels (first wins)."""
    out: dict[str, int] = {}
    for i, label in enumerate(labels):
        parsed = parse_label(label)
        if parsed is not None and parsed[1] is None:
            out.setdefault(parsed[0], i)
    return out


def bipolar_indices(labels: list[str]) -> list[int]:
    """Indices of signals whose labels are bipolar 10-20 derivations, in file order."""
    return [i for i, lab in enumerate(labels) if (p := parse_label(lab)) and p[1] is not None]


def is_eeg_label(label: str) -> bool:
    """True when a label names an EEG signal (explicit "EEG" prefix or a 10-20 electrode)."""
    return label.strip().upper().startswith("EEG") or parse_label(label) is not None
