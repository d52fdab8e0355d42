"""In-memory container for windowed EEG."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import DataError


@dataclass
class EEGDataset:
    """Windowed, normalised EEG ready for training.

    Attributes:
        x: float32 [N, C, T] windows, normalised per window and channel.
        y: int64 [N] class indices into ``classes``.
        groups: int64 [N] subject / recording id; splits must never cut a group.
        fs: sampling frequency in Hz.
        classes: class names, at least two.
    """

    x: np.ndarray
    y: np.ndarray
    groups: np.ndarray
    fs: float
    classes: list[str]
    # optional: the source's own split per window (0 train, 1 val, 2 test), the name of each
    # group id, and how the source's labels were mapped onto 0..K-1 ({source label: index})
    split: np.ndarray | None = None
    group_names: list[str] | None = None
    label_map: dict[str, int] | None = None
    source: str = ""  # one line on what was read (files, windows, filtering), for the summary

    def __post_init__(self) -> None:
        # Catch construction bugs here rather than as shape errors deep inside training.
        if self.x.ndim != 3:
            raise DataError(f"EEGDataset.x must be [N, C, T], got shape {self.x.shape}")
        n = self.x.shape[0]
        if self.y.shape != (n,) or self.groups.shape != (n,):
            raise DataError(
                f"EEGDataset arrays disagree: x {self.x.shape}, y {self.y.shape}, "
                f"groups {self.groups.shape}"
            )
        if len(self.classes) < 2:
            raise DataError(f"EEGDataset needs at least 2 classes, got {self.classes}")
        if self.split is not None and self.split.shape != (n,):
            raise DataError(f"EEGDataset.split has shape {self.split.shape}, expected ({n},)")

    def group_name(self, g: int) -> str:
        """The name of group id g (its source name where known)."""
        return self.group_names[g] if self.group_names is not None else str(g)

    def __len__(self) -> int:
        """Number of windows."""
        return int(self.x.shape[0])

    @property
    def n_channels(self) -> int:
        """Channels per window."""
        return int(self.x.shape[1])

    @property
    def n_samples(self) -> int:
        """Samples per window."""
        return int(self.x.shape[2])

    def subset(self, idx: np.ndarray) -> EEGDataset:
        """Return a new dataset holding the windows selected by ``idx`` (indices or bool mask)."""
        idx = np.asarray(idx)
        return EEGDataset(
            x=self.x[idx],
            y=self.y[idx],
            groups=self.groups[idx],
            fs=self.fs,
            classes=list(self.classes),
        )
