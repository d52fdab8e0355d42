"""femba-edge: FEMBA EEG model from PyTorch to integer-only C, bit-exact against a numpy golden."""

__version__ = "0.1.0"
