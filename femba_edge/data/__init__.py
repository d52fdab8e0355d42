"""EEG data layer: loading (synthetic, .npz, EDF), normalisation and subject-wise splits."""

from .dataset import EEGDataset
from .errors import DataError
from .loader import load_data
from .normalize import normalize_windows
from .split import split_by_group, split_with_test_groups

__all__ = ["DataError", "EEGDataset", "load_data", "normalize_windows", "split_by_group",
           "split_with_test_groups"]
