"""`femba-edge report`: per-layer latency, MACs, DMA traffic and memory of a generated C project,
from a run's counters (measured) or from the memory plan alone (analytic estimate)."""
