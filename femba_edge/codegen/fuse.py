"""Epilogue fusion: a lookup-table layer folds into the layer that produces its input.

A `lut` after a dwconv (Mamba's SiLU after the short conv) or after a linear with int8 output
(softplus after dt_proj, the gate's SiLU after in_proj_z) costs a whole pass over the tensor in
L2 (DMA in, one table read per element, DMA out) for what the producer can do on the int8 it is
about to store. The fused layer computes exactly the golden's two ops in sequence (the table
is applied to the producer's clamped int8 output), so the integer contract is unchanged; only the
intermediate tensor before the table is no longer written (and so not compared by
--dump-intermediates). Fusion happens only when that intermediate feeds nothing else and is not a
graph output.
"""

from __future__ import annotations

from femba_edge.codegen.layers import Layer

# producer kinds whose kernels apply an output table (the table is their last whole constant;
# only producers with int8 output qualify)
LUT_PRODUCERS = {"dwconv", "linear"}


def _consumers(layers: list[Layer]) -> dict[str, list[Layer]]:
    users: dict[str, list[Layer]] = {}
    for ly in layers:
        for t in ly.inputs:
            users.setdefault(t.name, []).append(ly)
    return users


def fuse_epilogues(layers: list[Layer], outputs: list[str]) -> list[Layer]:
    """The layer list with every foldable `lut` merged into its producer (renamed
    "<producer>+<lut suffix>", scalar out_lut = 1), re-indexed."""
    users = _consumers(layers)
    producer = {ly.output.name: ly for ly in layers}
    dropped: set[int] = set()
    for ly in layers:
        if ly.kind != "lut":
            continue
        src = producer.get(ly.inputs[0].name)
        if (src is None or src.kind not in LUT_PRODUCERS or src.scalars.get("out_lut")
                or src.output.elem != 1 or src.output.name in outputs
                or len(users.get(src.output.name, [])) != 1):
            continue
        src.whole.append(ly.whole[0])
        src.scalars["out_lut"] = 1
        src.name = f"{src.name}+{ly.name.rsplit('.', 1)[-1]}"
        src.output = ly.output
        producer[ly.output.name] = src
        dropped.add(id(ly))
    fused = [ly for ly in layers if id(ly) not in dropped]
    for i, ly in enumerate(fused):
        ly.index = i
    return fused
