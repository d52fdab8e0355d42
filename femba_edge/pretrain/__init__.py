"""Self-supervised pre-training: masked reconstruction of a low-pass-filtered target."""
