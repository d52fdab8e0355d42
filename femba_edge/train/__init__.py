"""Float training (and the loop QAT reuses)."""

FLOAT_LR = 5e-3  # peak of the one-cycle schedule; the demo preset needs it to leave the plateau
