"""Epilogue fusion (codegen/fuse.py): which lookup tables fold into their producer, and that the
fused project still computes the golden's outputs bit for bit (host build)."""

from __future__ import annotations

import json

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


def test_tables_fold_into_their_producer():
    graph = _graph()
    _, layers = parse_graph(graph)
    producer = {ly.output.name: ly for ly in layers}
    luts = [ly for ly in layers if ly.kind == "lut"]
    # each table after a dwconv (SiLU) or an int8 linear (softplus after dt_proj, the gate's SiLU
    # after in_proj_z) folds into it
    folds = {lut.name: producer[lut.inputs[0].name] for lut in luts
             if producer[lut.inputs[0].name].kind in ("dwconv", "linear")
             and producer[lut.inputs[0].name].output.elem == 1}
    assert {p.kind for p in folds.values()} == {"dwconv", "linear"}
    expect = {lut: (src.kind, f"{src.name}+{lut.rsplit('.', 1)[-1]}") for lut, src in folds.items()}
    fused = fuse_epilogues(layers, list(graph.outputs))
    names = [ly.name for ly in fused]
    assert len(fused) == len(layers) - len(folds)
    for lut, (kind, name) in expect.items():
        assert name in names and lut not in names
        ly = fused[names.index(name)]
        assert ly.kind == kind and ly.output.name == lut and ly.scalars["out_lut"] == 1
        table = np.frombuffer(ly.whole[-1].data, np.int8)
        assert (table == np.asarray([op for op in graph.ops if op.name == lut][0]
                                    .consts["table"])).all()
    assert "b0.fwd.dt_proj+softplus" in names and "b0.fwd.in_proj_z+gate_silu" in names
    assert sum(ly.kind == "lut" for ly in fused) == len(luts) - len(folds)
    assert [ly.index for ly in fused] == list(range(len(fused)))


@pytest.mark.parametrize("kind", ["dwconv", "linear"])
@pytest.mark.parametrize("why", ["graph output", "second consumer"])
def test_no_fusion_when_the_intermediate_is_needed(why, kind):
    graph = _graph()
    _, layers = parse_graph(graph)
    lut_inputs = {ly.inputs[0].name for ly in layers if ly.kind == "lut"}
    src = next(ly for ly in layers if ly.kind == kind and ly.output.name in lut_inputs)
    outputs = list(graph.outputs)
    if why == "graph output":
        outputs.append(src.output.name)
    else:  # a second reader of the producer's output
        reader = next(ly for ly in layers if ly.kind == "linear" and ly.index > src.index)
        reader.inputs = [src.output]
    fused = fuse_epilogues(layers, outputs)
    assert src.name in [ly.name for ly in fused] and "+" not in src.name


def test_fused_project_bit_exact_on_host(tmp_path):
    graph = _graph()
    generate(graph, "host", tmp_path / "c")
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 5)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]
    # the fused layers ran as one C layer each, and what they write is the table's output
    # tensor, which the dumped run compared with the golden
    layers = json.loads((tmp_path / "c" / "network.json").read_text())["layers"]
    assert [r["name"] for r in s["per_layer"]] == [ly["name"] for ly in layers]
    fused = [ly for ly in layers if "+" in ly["name"]]
    luts = {op.name for op in graph.ops if op.kind == "lut"}
    assert len(fused) >= 4 and all(ly["output"] in luts for ly in fused)
    assert not {ly["output"] for ly in fused} & {ly["name"] for ly in layers}  # no table left
    with np.load(vec) as z:
        vectors = {k: z[k] for k in z.files}
    assert all(ly["output"] in vectors for ly in fused)
    # a wrong golden value of a fused output is caught, so these tensors really are compared
    target = fused[0]["output"]
    vectors[target] = vectors[target].copy()
    vectors[target].reshape(2, -1)[1, 0] += 1
    bad = save_vectors(tmp_path / "bad.npz", vectors)
    s = run_project(tmp_path / "c", bad, tmp_path / "r2", dump=True)
    assert s["bit_exact"] == 1 and s["first_mismatch"].startswith(f"{target}[0]: expected ")
