"""Host back end: generated C, built natively, bit-exact with the golden on every vector and every
intermediate, for the demo preset and a sweep of random awkward shapes on tiny-L1 platforms (so
every layer runs many tiles, chunks and partial / empty per-core chunks)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from femba_edge.codegen.layers import parse_graph
from femba_edge.codegen.plan import min_l1_bytes
from femba_edge.codegen.project import generate
from femba_edge.codegen.synth import SynthConfig, synth_graph
from femba_edge.run.runner import run_project
from femba_edge.run.vectors import golden_vectors, per_window, random_inputs, save_vectors

N_RANDOM = 56


def random_config(i: int) -> tuple[SynthConfig, int, dict]:
    """Config i of the sweep: awkward sizes (K % 4 != 0, d_inner < 8 cores, 1 token ...), weight
    coding, number of vectors and a platform whose L1 barely exceeds the smallest tiles."""
    rng = np.random.default_rng(1000 + i)
    cfg = SynthConfig(
        channels=int(rng.choice([2, 4, 6, 10])), samples=16 * int(rng.integers(1, 9)),
        embed_dim=int(rng.integers(1, 8)), blocks=int(rng.integers(1, 3)),
        d_state=int(rng.integers(1, 7)), expand=int(rng.integers(1, 4)),
        d_conv=int(rng.choice([2, 3, 4])), classes=int(rng.integers(2, 5)),
        weight_bits=int(rng.choice([2, 2, 2, 4, 8])), ternary=bool(rng.random() < 0.2))
    n_vectors = 1 if i % 7 == 0 else int(rng.integers(2, 4))
    slack = float(rng.choice([1.0, 1.3, 2.0, 8.0, 100.0]))
    platform = {"chunk": int(rng.choice([16, 64, 300, 4096])), "slack": slack,
                "tile_limit": int(rng.choice([0, 0, 1, 2, 3, 5]))}
    return cfg, n_vectors, platform


def _platform_file(path: Path, layers, chunk: int, slack: float, tile_limit: int) -> Path:
    l1 = int(min_l1_bytes(layers) * slack) + 64
    path.write_text(json.dumps({
        "name": "host", "cores": 8, "l1_bytes": l1, "l1_usable": l1, "l2_bytes": 1 << 24,
        "l2_usable": 1 << 24, "l3_bytes": 1 << 26, "dma_max_bytes": 65535,
        "l3_chunk_bytes": chunk, "tile_limit": tile_limit, "counters": ["ns", None]}))
    return path


def _case(root: Path, i: int) -> dict:
    cfg, n, plat = random_config(i)
    graph, _ = synth_graph(cfg, seed=i)
    work = root / f"cfg{i}"
    work.mkdir()
    _, layers = parse_graph(graph)
    pfile = _platform_file(work / "platform.json", layers, **plat)
    plan = generate(graph, "host", work / "c", pfile)
    vec = save_vectors(work / "vectors.npz", golden_vectors(graph, random_inputs(graph, n, i)))
    summary = run_project(work / "c", vec, work / "result", dump=True)
    return {"cfg": cfg, "summary": summary, "tiles": [lp.tiles for lp in plan.layers]}


@pytest.fixture(scope="module")
def sweep(tmp_path_factory) -> dict[int, dict]:
    """All random configs generated, built (one C build each) and run with intermediates."""
    root = tmp_path_factory.mktemp("sweep")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(range(N_RANDOM), pool.map(lambda i: _case(root, i), range(N_RANDOM)),
                        strict=True))


@pytest.mark.parametrize("i", range(N_RANDOM))
def test_random_config_bit_exact(sweep, i):
    case = sweep[i]
    s = case["summary"]
    assert s["first_mismatch"] is None, f"{case['cfg']}: {s['first_mismatch']}"
    assert s["bit_exact"] == s["vectors"] >= 1


def test_sweep_covers_the_awkward_shapes(sweep):
    """The sweep really contains the shapes the kernels find hard."""
    cfgs = [c["cfg"] for c in sweep.values()]
    d_inner = [c.expand * c.d_model for c in cfgs]
    assert any(c.d_model % 4 for c in cfgs) and any(d % 16 for d in d_inner)
    assert any(d < 8 for d in d_inner)
    assert any(c.tokens == 1 for c in cfgs) and any(c.tokens < c.d_conv - 1 for c in cfgs)
    assert {c.weight_bits for c in cfgs} == {2, 4, 8} and any(c.ternary for c in cfgs)
    assert any(s["summary"]["vectors"] == 1 for s in sweep.values())
    tiles = [t for s in sweep.values() for t in s["tiles"]]
    gemm = [t for t in tiles if "weight_tiles" in t]
    assert any(t["weight_tiles"] > 2 and t["token_tiles"] > 2 for t in gemm)  # x streamed
    assert any(t["weight_tiles"] > 2 and t["x_resident"] for t in gemm)
    assert any(t.get("channel_tiles", 0) > 2 for t in tiles)
    assert any(t.get("token_tiles", 0) > 2 for t in tiles)
    assert any(t.get("chunks", {}).get("count", 0) > 2 for t in tiles)  # L3 ping-pong in use


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_graph):
    """The demo preset on the host: project, vectors, result of a dumped run."""
    graph, xq = demo_graph
    root = tmp_path_factory.mktemp("demo_host")
    generate(graph, "host", root / "c")
    vec = save_vectors(root / "vectors.npz", golden_vectors(graph, xq))
    return root, vec, run_project(root / "c", vec, root / "result", dump=True)


def test_demo_bit_exact_with_intermediates(demo):
    root, _, s = demo
    assert s["bit_exact"] == s["vectors"] == 8, s["first_mismatch"]
    run = json.loads((root / "result" / "run.json").read_text())
    assert run["dump_intermediates"] and len(run["per_vector"]) == 8
    assert all(v["class"] == v["expected_class"] for v in run["per_vector"])
    assert run["per_layer"][0]["name"] == "patch_embed" and run["totals_per_window"]["ns"] > 0


def test_demo_outputs_npz_matches_vectors(demo):
    root, vec, _ = demo
    with np.load(vec) as v, np.load(root / "result" / "outputs.npz") as o:
        assert sorted(o.files) == ["class", "logits"]
        for k in o.files:
            assert o[k].shape == v[k].shape
            assert np.array_equal(o[k], v[k])


def test_network_is_reentrant(demo, tmp_path):
    """Running the network again in the same process (x0, x1, x0) gives identical outputs."""
    root, vec, _ = demo
    with np.load(vec) as v:
        vectors = {k: v[k] for k in v.files}
    idx = [0, 1, 0, 0]
    again = save_vectors(tmp_path / "again.npz",
                         {**vectors, **{k: a[idx] for k, a in per_window(vectors).items()}})
    s = run_project(root / "c", again, tmp_path / "res", dump=True)
    assert s["bit_exact"] == 4
    with np.load(tmp_path / "res" / "outputs.npz") as o:
        assert np.array_equal(o["logits"][0], o["logits"][2])
        assert np.array_equal(o["logits"][0], o["logits"][3])


@pytest.mark.parametrize("kind", ["mul", "layernorm"])
def test_per_channel_requant_constants(tmp_path, kind):
    """Kernels hoist one M, s per layer when the op has a single value; an op with per-channel M
    (the golden broadcasts them over channels) takes the per-channel path and stays bit-exact."""
    graph, _ = synth_graph(SynthConfig(channels=4, samples=16 * 5, embed_dim=5, d_state=3), seed=4)
    width = {ly.name: ly.output.shape[-1] for ly in parse_graph(graph)[1]}
    rng = np.random.default_rng(4)
    for op in graph.ops:
        if op.kind == kind:
            m = np.asarray(op.consts["M"], np.int64).reshape(-1)[0]
            op.consts["M"] = (m * rng.uniform(0.7, 1.0, width[op.name])).astype(np.int64)
    plan = generate(graph, "host", tmp_path / "c")
    assert any(ly.layer.kind == kind and len(ly.layer.whole[-1].data) > 4 for ly in plan.layers)
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 4)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]


@pytest.mark.parametrize("d_state,span,bits",
                         [(16, 3, 2), (16, 5, 3), (32, 7, 3), (8, 3, 4), (16, 11, 4), (16, 16, 0)])
def test_compact_scan_a_bit_exact(tmp_path, d_state, span, bits):
    """A scan's A whose columns span a few codes (a trained model's) is stored as 2-, 3- or 4-bit
    deltas from a column base (pack.pack_state_bits) and decoded per core in L1: bit-exact."""
    cfg = SynthConfig(channels=4, samples=16 * 5, embed_dim=5, d_state=d_state)
    graph, _ = synth_graph(cfg, seed=5)
    rng = np.random.default_rng(5)
    for op in graph.ops:
        if op.kind == "scan":
            rows = np.asarray(op.consts["A"]).shape[0]
            col = -rng.integers(span + 1, 128, d_state)
            a = col + rng.integers(0, span + 1, (rows, d_state))
            a[0], a[1] = col, col + span
            op.consts["A"] = a.astype(np.int64)
    plan = generate(graph, "host", tmp_path / "c")
    scans = [lp.layer for lp in plan.layers if lp.layer.kind == "scan"]
    assert scans and all(ly.scalars["a_bits"] == bits for ly in scans)
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 5)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]


@pytest.mark.parametrize("span,elem", [(4095, 12), (4096, 2)])
def test_patch_bias12_bit_exact(tmp_path, span, elem):
    """Patch-embedding bias rows (conv bias + positional embedding per token) whose columns span
    < 4096 go to L3 as 12-bit deltas from an int16 column base and are decoded per core in L1."""
    graph, _ = synth_graph(SynthConfig(channels=6, samples=16 * 5, embed_dim=5), seed=6)
    rng = np.random.default_rng(6)
    op = next(o for o in graph.ops if o.kind == "patch_embed")
    tokens, d = np.asarray(op.consts["bias"]).shape
    col = rng.integers(-20000, 20000 - span, d)
    b = col + rng.integers(0, span + 1, (tokens, d))
    b[0], b[1] = col, col + span
    op.consts["bias"] = b.astype(np.int64)
    plan = generate(graph, "host", tmp_path / "c")
    assert d % 2 and plan.layers[0].layer.scalars["bias_elem"] == elem
    vec = save_vectors(tmp_path / "v.npz", golden_vectors(graph, random_inputs(graph, 2, 6)))
    s = run_project(tmp_path / "c", vec, tmp_path / "r", dump=True)
    assert s["bit_exact"] == s["vectors"] == 2, s["first_mismatch"]
