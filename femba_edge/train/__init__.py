"""Float training (and the loop QAT reuses)."""
