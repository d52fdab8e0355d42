"""Integer graph -> self-contained C project (network code, weights image, memory plan)."""
