"""`python -m femba_edge ...` (what torchrun launches: `torchrun --nproc_per_node=N -m femba_edge
train ...`)."""

from femba_edge.cli import main

main()
