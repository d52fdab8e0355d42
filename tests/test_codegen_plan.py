"""Memory planner: FEMBA-Tiny (2-bit) fits GAP9 and PULP-open, the plan is consistent (no two
live buffers share bytes, every tile fits L1 and the DMA limit), and a model that cannot fit gets
one clear error naming the layer, the bytes needed and available."""

from __future__ import annotations

import dataclasses
import json

import pytest

from femba_edge.codegen.errors import CodegenError, PlanError
from femba_edge.codegen.layers import parse_graph
from femba_edge.codegen.plan import plan_json
from femba_edge.codegen.platform import load_platform
from femba_edge.codegen.project import generate, plan_graph
from femba_edge.codegen.synth import SynthConfig, synth_graph


def check_plan(doc: dict) -> None:
    """Invariants every memory_plan.json must satisfy."""
    peaks = doc["peaks"]
    assert peaks["L1"] <= peaks["L1_usable"] and peaks["L2"] <= peaks["L2_usable"]
    assert peaks["L3"] <= peaks["L3_size"]
    l2 = [b for b in doc["buffers"] if b["level"] == "L2" and isinstance(b["lifetime"], list)]
    for i, a in enumerate(l2):
        for b in l2[i + 1:]:
            live = a["lifetime"][0] <= b["lifetime"][1] and b["lifetime"][0] <= a["lifetime"][1]
            apart = a["offset"] + a["size"] <= b["offset"] or b["offset"] + b["size"] <= a["offset"]
            assert not live or apart, (a, b)
    stage = next(b for b in doc["buffers"] if b["name"] == "weight_stage")
    assert all(b["offset"] + b["size"] <= stage["offset"] for b in l2)
    for b in doc["buffers"]:
        assert b["size"] >= 0 and b["offset"] >= 0 and b["level"] in ("L1", "L2", "L3")
        if b["level"] == "L1":
            assert b["offset"] + b["size"] <= peaks["L1"]
    for layer in doc["layers"]:
        assert layer["l1_bytes"] <= peaks["L1_usable"]
        assert set(layer["dma_bytes"]) == {"L3->L2", "L2->L1", "L1->L2"}


@pytest.mark.parametrize("target", ["gap9", "pulp-open"])
def test_tiny_2bit_plans(tiny_graph, target):
    plan = plan_graph(tiny_graph, load_platform(target))
    doc = plan_json(plan)
    check_plan(doc)
    assert doc["platform"] == target
    # 2-bit packing: in_proj_u is 1540 rows of ceil(385 / 4) = 97 bytes in L3
    w = next(b for b in doc["buffers"] if b["name"] == "b0.fwd.in_proj_u.weight")
    assert w["level"] == "L3" and w["size"] == 1540 * 97
    assert 2_000_000 < doc["peaks"]["L3"] < 3_000_000  # ~2 MB of weights, far from 8 MB
    gemm = next(la for la in doc["layers"] if la["name"] == "b0.fwd.in_proj_u")
    assert gemm["tiles"]["weight_tiles"] > 1 and gemm["tiles"]["chunks"]["count"] > 1
    assert gemm["dma_bytes"]["L3->L2"] >= 1540 * 97


def _stage_ranges(lp) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """L2 byte ranges of a layer: (what the previous layer prefetches: its whole arrays and
    chunk 0, what it keeps busy while computing: both chunk buffers)."""
    whole = [(a.l2, a.l2 + len(a.const.data)) for a in lp.whole]
    if lp.stream is None:
        return whole, []
    c0, c1 = lp.stream.l2_chunk
    size = lp.stream.chunk_bytes
    return whole + [(c0, c0 + size)], [(c0, c0 + size), (c1, c1 + size)]


@pytest.mark.parametrize("target", ["gap9", "pulp-open"])
def test_next_layer_prefetch_is_clear_of_this_layers_chunks(tiny_graph, target):
    """The runtime reads layer i + 1's whole arrays and first chunk while layer i still streams
    (runtime/stream.c rt_l3_done): the planner must keep those bytes apart (the host emulator
    also fails on any write into an L3 read's destination before its wait)."""
    plan = plan_graph(tiny_graph, load_platform(target))
    assert any(lp.stream and lp.whole for lp in plan.layers)
    for cur, nxt in zip(plan.layers, plan.layers[1:], strict=False):
        _, busy = _stage_ranges(cur)
        pre, _ = _stage_ranges(nxt)
        for a0, a1 in pre:
            assert plan.l2_stage <= a0 and a1 <= plan.l2_stage + plan.l2_stage_bytes
            for b0, b1 in busy:
                assert a1 <= b0 or b1 <= a0, (cur.layer.name, nxt.layer.name)
        own = sorted(pre + busy[1:])
        assert all(x[1] <= y[0] for x, y in zip(own, own[1:], strict=False)), nxt.layer.name


def test_tiny_json_is_serialisable(tiny_graph, tmp_path):
    doc = plan_json(plan_graph(tiny_graph, load_platform("pulp-open")))
    assert json.loads(json.dumps(doc)) == doc
    assert doc["peaks"]["L1"] <= 52 * 1024  # pulp-open: 64 KiB TCDM - 11 KiB core stacks - runtime


@pytest.fixture(scope="module")
def small():
    return synth_graph(SynthConfig(channels=6, samples=64, embed_dim=5, d_state=4, expand=2))[0]


def _platform(tmp_path, **over) -> str:
    base = dataclasses.asdict(load_platform("host"))
    base.update(over)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(base))
    return str(path)


def test_l1_too_small_names_layer_and_sizes(small, tmp_path):
    with pytest.raises(PlanError) as e:
        generate(small, "host", tmp_path / "out", _platform(tmp_path, l1_usable=600,
                                                               cc_stack_bytes=0, pe_stacks=0))
    msg = str(e.value)
    assert msg.startswith("layer ") and "bytes of L1" in msg and "leaves 600 for the plan" in msg
    assert "\n" not in msg
    assert not (tmp_path / "out").exists()  # nothing half-written


def test_cluster_stacks_are_budgeted_in_l1(small, tmp_path):
    """The stacks come out of the plan's L1: a budget that holds the smallest tiles without them
    fails with them, and the error says so."""
    def plat(usable: int, stacks: tuple[int, int, int]):
        cc, pe, n = stacks
        return load_platform("host", _platform(tmp_path, l1_bytes=1 << 21, l1_usable=usable,
                                               cc_stack_bytes=cc, pe_stack_bytes=pe,
                                               pe_stacks=n, tile_limit=1))

    need = plan_graph(small, plat(1 << 20, (0, 0, 0))).l1_bytes
    assert plan_graph(small, plat(need, (0, 0, 0))).l1_bytes == need
    stacks = (4096, 1024, 8)
    assert plan_graph(small, plat(need + 12288, stacks)).l1_bytes == need
    tight = plat(need + 12288 - 8, stacks)
    assert tight.l1_stacks == 12288 and tight.l1_plan == need - 8
    with pytest.raises(PlanError, match=r"leaves \d+ for the plan \(\d+ usable less 12288 of "
                                        r"cluster stacks\)"):
        plan_graph(small, tight)
    with pytest.raises(CodegenError, match="leave no L1 for the plan"):
        plat(12288, stacks)


def test_tiny_gap9_plan_fits_with_stacks(tiny_graph):
    """GAP9: the plan, the cluster-controller stack and 8 worker stacks fit the 128 KiB TCDM
    with the runtime's reserve; L2 within GAP9's 1.5 MB."""
    doc = plan_json(plan_graph(tiny_graph, load_platform("gap9")))
    pk = doc["peaks"]
    assert pk["L1_stacks"] == 4096 + 8 * 1024 and pk["L1_total"] == 128 * 1024
    assert pk["L1"] + pk["L1_stacks"] <= pk["L1_total"] - 2048
    assert pk["L2"] <= 1_500_000


def test_l2_too_small_names_peak_layer(small, tmp_path):
    with pytest.raises(PlanError, match=r"layer b0\.\S+: L2 needs \d+ bytes .* 500 usable"):
        generate(small, "host", tmp_path / "out", _platform(tmp_path, l2_usable=500))


def test_l3_too_small(small, tmp_path):
    with pytest.raises(PlanError, match=r"weights need more than \d+ bytes of L3, host has 5000"):
        plan_graph(small, load_platform("host", _platform(tmp_path, l3_bytes=5000)))


def test_dma_limit(small, tmp_path):
    with pytest.raises(PlanError, match="DMA limit of 100 bytes"):
        plan_graph(small, load_platform("host", _platform(tmp_path, dma_max_bytes=100)))


@pytest.mark.parametrize("content, match", [
    ("{", "not valid JSON"),
    ("[1]", "expected a JSON object"),
    ('{"cores": 8}', "missing platform field"),
    ('{"bogus": 1}', "unknown platform field"),
])
def test_bad_platform_file(tmp_path, content, match):
    path = tmp_path / "p.json"
    path.write_text(content)
    with pytest.raises(CodegenError, match=match):
        load_platform("host", path)


def test_unsupported_op_is_named(small):
    bad = dataclasses.replace(small, ops=[dataclasses.replace(small.ops[0], kind="conv3d")]
                              + small.ops[1:])
    with pytest.raises(CodegenError, match=r"layer patch_embed \(conv3d\): no C kernel"):
        parse_graph(bad)


def test_every_shipped_platform_plans_the_demo(demo_graph):
    for target in ("gap9", "gap9-gvsoc", "pulp-open", "host", "rv32"):
        check_plan(plan_json(plan_graph(demo_graph[0], load_platform(target))))
