"""Float FEMBA model (PyTorch)."""

from femba_edge.model.femba import BiMambaBlock, Femba, patches_to_tokens
from femba_edge.model.mamba import MambaMixer
from femba_edge.model.scan import scan, selective_scan
from femba_edge.model.stats import count_macs, count_params, mac_breakdown

__all__ = [
    "BiMambaBlock",
    "Femba",
    "MambaMixer",
    "count_macs",
    "count_params",
    "mac_breakdown",
    "patches_to_tokens",
    "scan",
    "selective_scan",
]
