"""Epilogue fusion (codegen/fuse.py): which lookup tables fold into their producer, and that the
fused project still computes the golden's outputs bit for bit (host build)."""

from __future__ import annotations

import numpy as np
import pytest

from femba_edge.codegen.fuse import fuse_epilogues
from femba_edge.codegen.layers import parse_graph
from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

CFG = SynthConfig(channels=4, samples=16 * 5, embed_dim=5, blocks=2, d_state=3, expand=2)


def _graph():
    graph, _ = synth_graph(CFG, seed=3)
    return graph


def test_silu_folds_into_its_dwconv():
    graph = _graph()
    _, layers = parse_graph(graph)
    before = {ly.name: ly for ly in layers}
    convs = [ly for ly in layers if ly.kind == "dwconv"]
    fused = fuse_epilogues(layers, list(graph.outputs))
    names = [ly.name for ly in fused]
    assert len(fused) == len(before) - len(convs)
    for conv in convs:
        base = conv.name.split("+")[0]
        silu = base.rsplit(".", 1)[0] + ".silu"
        assert f"{base}+silu" in names and silu not in names
        ly = fused[names.index(f"{base}+silu")]
        assert ly.output.name == silu and ly.scalars["out_lut"] == 1
        table = np.frombuffer(ly.whole[-1].data, np.int8)
        assert (table == np.asarray([op for op in graph.ops if op.name == silu][0]
                                    .consts["table"])).all()
    # the other tables (softplus after a linear, the gate's SiLU) stay separate layers
    assert sum(ly.kind == "lut" for ly in fused) == 2 * 2 * CFG.blocks
    assert [ly.index for ly in fused] == list(range(len(fused)))


@pytest.mark.parametrize("why", ["graph output", "second consumer"])
def test_no_fusion_when_the_intermediate_is_needed(why):
    graph = _graph()
    _, layers = parse_graph(graph)
    conv = next(ly for ly in layers if ly.kind == "dwconv")
    outputs = list(graph.outputs)
    if why == "graph output":
        outputs.append(conv.output.name)
    else:  # a second reader of the conv output
        reader = next(ly for ly in layers if ly.kind == "linear" and ly.index > conv.index)
        reader.inputs = [conv.output]
    fused = fuse_epilogues(layers, outputs)
    assert conv.name in [ly.name for ly in fused] and "+" not in conv.name


def test_fused_project_bit_exact_on_host(tmp_path):
    graph = _graph()
    generate(graph, "host", tmp_path / "c")
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 5)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]
    manifest_layers = [ly["output"] for ly in s.get("layers", [])] or None
    assert manifest_layers is None or all("+" not in n for n in manifest_layers)
