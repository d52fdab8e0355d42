"""Memory planner (Deeploy's "tiling constraints"): weights packed in L3, activations in L2 with
lifetime-based sharing, tiles / scan state / constants in L1; tile sizes chosen per layer so the
layer's double-buffered working set fits the platform's usable L1, DMA transfers stay within the
DMA limit, and L3 -> L2 chunks hold whole tiles."""

from __future__ import annotations

from dataclasses import dataclass, field

from femba_edge.codegen.errors import PlanError
from femba_edge.codegen.layers import Const, Layer, Tensor
from femba_edge.codegen.platform import Platform

ALIGN = 8
PATCH_COLS = 16


def align(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


class Layout:
    """Bump allocator of named regions (one layer's L1 working set, one L2 stage...)."""

    def __init__(self, base: int = 0):
        self.base = base
        self.end = base
        self.regions: list[tuple[str, int, int]] = []

    def take(self, name: str, size: int) -> int:
        off = self.end
        self.regions.append((name, off, size))
        self.end += align(size)
        return off

    @property
    def size(self) -> int:
        return self.end - self.base


@dataclass
class StreamArray:
    const: Const
    l3: int
    chunk_off: int
    tile_off: int


@dataclass
class Stream:
    """Plan of a per-row constant stream (see firmware/runtime/layers.h stream_t)."""

    rows: int
    tile_rows: int
    chunk_rows: int
    arrays: list[StreamArray]
    l2_chunk: tuple[int, int]
    l1_tile: tuple[int, int]
    direct: bool = False  # tiles used in place in the L2 chunk (gemm: read by the unpack fork)

    @property
    def chunk_bytes(self) -> int:
        return sum(align(self.chunk_rows * a.const.row_bytes) for a in self.arrays)


@dataclass
class WholeArray:
    const: Const
    l3: int
    l2: int
    l1: int


@dataclass
class LayerPlan:
    """Everything the call-site template needs for one layer, plus what memory_plan.json reports."""

    layer: Layer
    tile: int  # tokens per tile (gemm: token tile; row/patch) or channels per tile (chan)
    stream: Stream | None
    whole: list[WholeArray]
    l1: dict[str, int | list]
    l1_regions: list[tuple[str, int, int]]
    l1_bytes: int
    tiles: dict
    dma: dict = field(default_factory=dict)


@dataclass
class Plan:
    """The whole memory plan of one network on one platform."""

    platform: Platform
    input: Tensor
    layers: list[LayerPlan]
    l2_offsets: dict[str, int]
    l2_lifetimes: dict[str, tuple[int, int]]
    l2_activations: int
    l2_stage: int
    l2_stage_bytes: int
    l1_bytes: int
    weights: bytes
    l3_arrays: list[tuple[str, int, int]]
    peak_layer: str
    # streaming build: the input's L2 bytes are reserved for the whole inference, so the next
    # window can be read into them while this one computes past input_last_use (its last reader)
    stream_input: bool = False
    input_last_use: int = 0

    @property
    def l2_bytes(self) -> int:
        return self.l2_stage + self.l2_stage_bytes

    def offset(self, tensor: Tensor) -> int:
        return self.l2_offsets[tensor.name]


class WeightsImage:
    """weights.bin: every constant array, 8-byte aligned, in layer order."""

    def __init__(self):
        self.data = bytearray()
        self.arrays: list[tuple[str, int, int]] = []

    def add(self, c: Const) -> int:
        off = len(self.data)
        self.data += c.data + bytes(align(len(c.data)) - len(c.data))
        self.arrays.append((c.name, off, len(c.data)))
        return off


# ---- per-driver working sets -------------------------------------------------------------------

def _stream_tile(consts: list[Const], rows: int) -> int:
    return sum(align(rows * c.row_bytes) for c in consts)


def _whole_bytes(consts: list[Const]) -> int:
    return sum(align(len(c.data)) for c in consts)


def k4_of(k: int) -> int:
    """gemm row stride in L1: k rounded up to a whole number of 4-byte words."""
    return (k + 3) // 4 * 4


def _working_set(ly: Layer, tile: int, stream_rows: int, resident_x: bool) -> list[tuple[str, int]]:
    """Named L1 regions of a layer for a tile size, in allocation order (sizes in bytes)."""
    regions = [(f"const[{i}]", len(c.data)) for i, c in enumerate(ly.whole)]
    if ly.driver == "gemm":
        # weights are read from the L2 chunk by the unpacking cores (direct stream; measured
        # faster than double-buffered L1 copies of the packed tiles; _layer_plan adds a single
        # L1 copy "pk" when it fits): L1 holds the unpacked int8 tile and the tile's M, s, bias
        # rows (and, as const[0], a fused output table)
        k = ly.inputs[0].shape[1]
        k4, elem = k4_of(k), ly.output.elem
        regions += [("w", stream_rows * k4), ("q", 3 * 4 * stream_rows)]
        if ly.scalars["wbits"] == 2:  # byte -> four int8 weights (k_unpack_lut2)
            regions.append(("lut", 1024))
        for b in (0,) if resident_x else (0, 1):
            # x rows have stride k4 in L1; "x[b]" is named with its tile x K bytes (what the
            # report reads K from), the row padding follows it contiguously as "x[b].pad"
            regions.append((f"x[{b}]", tile * k))
            if k4 != k:
                regions.append((f"x[{b}].pad", tile * (k4 - k) + ALIGN))
        return regions + [(f"y[{b}]", tile * stream_rows * elem) for b in (0, 1)]
    if ly.stream:
        st = _stream_tile(ly.stream, stream_rows)
        regions += [("stream[0]", st), ("stream[1]", st)]
    x = ly.inputs[0]
    if ly.driver == "chan":
        tokens = x.shape[0]
        n_x = 2 if ly.kind == "scan" else 1
        regions += [(f"x[{k}][{b}]", tokens * tile) for k in range(n_x) for b in (0, 1)]
        if ly.kind == "scan":
            n = ly.scalars["d_state"]
            regions += [("b", tokens * n), ("c", tokens * n), ("h", tile * n * 4)]
            # compact constants decoded into L1 (firmware/runtime/consts.h): A as int8 rows,
            # uniform M_y, s_y, M_D, s_D as four int32 rows filled once per layer
            if ly.scalars.get("a_bits"):
                regions.append(("a", tile * n))
            if ly.scalars.get("uniform"):
                regions.append(("q", 4 * 4 * tile))
        elif ly.scalars.get("s_base") or ly.scalars.get("bias_elem") == 2:
            regions.append(("q", 3 * 4 * tile))  # dwconv: decoded bias, M, s (int32)
        regions += [(f"y[{b}]", tokens * tile) for b in (0, 1)]
    elif ly.driver == "patch":
        c, d = x.shape[0], ly.output.shape[1]
        regions += [(f"x[{b}]", c * PATCH_COLS * tile) for b in (0, 1)]
        regions += [(f"y[{b}]", tile * d) for b in (0, 1)]
        if ly.scalars.get("bias_elem") == 12:  # pack_bias12 rows decoded to int16 (consts.h)
            regions.append(("q", tile * d * 2))
    else:
        for k, t in enumerate(ly.inputs):
            regions += [(f"in[{k}][{b}]", tile * t.shape[-1] * t.elem) for b in (0, 1)]
        if ly.kind == "meanpool":
            regions += [("acc", ly.output.shape[1] * 4), ("y[0]", ly.output.shape[1])]
        else:
            y_row = (ly.output.shape[-1] if len(ly.output.shape) == 2 else 1) * ly.output.elem
            regions += [(f"y[{b}]", tile * y_row) for b in (0, 1)]
    return regions


def _transfers(ly: Layer, tile: int, stream_rows: int) -> list[int]:
    """Sizes of the single DMA transfers a tile needs (each must fit the DMA limit)."""
    sizes = [len(c.data) for c in ly.whole]
    sizes += [stream_rows * c.row_bytes for c in ly.stream]
    x = ly.inputs[0]
    if ly.driver == "gemm":
        sizes += [tile * k4_of(x.shape[1]), tile * stream_rows * ly.output.elem]
    elif ly.driver == "chan":
        sizes += [x.shape[0] * tile]
        if ly.kind == "scan":
            sizes.append(x.shape[0] * ly.scalars["d_state"])
    elif ly.driver == "patch":
        sizes += [x.shape[0] * PATCH_COLS * tile, tile * ly.output.shape[1]]
    else:
        sizes += [tile * t.shape[-1] * t.elem for t in ly.inputs]
    return sizes


def _fits(ly: Layer, p: Platform, tile: int, rows: int, resident: bool) -> int | None:
    need = sum(align(s) for _, s in _working_set(ly, tile, rows, resident))
    if need > p.l1_plan or max(_transfers(ly, tile, rows)) > p.dma_max_bytes:
        return None
    return need


def _largest(ok, hi: int) -> int:
    """Largest t in [1, hi] with ok(t) (ok is monotone: true up to some t); 0 if none."""
    lo, best = 1, 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if ok(mid):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


def _gemm_cycles(tokens: int, n: int, k: int, tile: int, rows: int, cores: int) -> float:
    """Rough cluster cycles of a linear layer with this tiling: per fork a fixed price plus
    rounds of 4 x 4 blocks (the micro-kernel does 64 MACs in 24 cycles), per weight tile the
    unpack (one packed word per 4 weights, read from L2), plus x re-loads."""
    k4 = k4_of(k)
    n_wt, n_xt = ceil_div(n, rows), ceil_div(tokens, tile)
    fork = 400
    blocks = ceil_div(tile, 4) * ceil_div(rows, 4)
    gemm = fork + ceil_div(blocks, cores) * (6 * k4 + 400)
    last_t = tokens - (n_xt - 1) * tile
    gemm_last = fork + ceil_div(ceil_div(last_t, 4) * ceil_div(rows, 4), cores) * (6 * k4 + 400)
    unpack = fork + ceil_div(rows, cores) * (k4 // 4) * 16
    reload = 0 if n_xt == 1 else n_wt * tokens * k4 / 8
    return n_wt * ((n_xt - 1) * gemm + gemm_last + unpack) + reload


def _choose_gemm(ly: Layer, p: Platform, cap: int) -> tuple[int, int, bool] | None:
    """Token tile x weight rows (x resident) with the lowest estimated cycles among those that
    fit L1."""
    x = ly.inputs[0]
    tokens, k, n = x.shape[0], x.shape[1], ly.output.shape[1]
    best = None
    for tile in range(min(tokens, cap), 0, -1):
        resident = tile >= tokens
        rmax = _largest(lambda r, t=tile, res=resident: _fits(ly, p, t, r, res) is not None,
                        min(n, cap))
        if rmax == 0:
            continue
        for rows in {rmax} | set(range(4, rmax + 1, 4)):
            cost = _gemm_cycles(tokens, n, k, tile, rows, p.cores)
            if best is None or cost < best[0]:
                best = (cost, tile, rows, resident)
    return best[1:] if best else None


def _choose_tiles(ly: Layer, p: Platform) -> tuple[int, int, bool]:
    """(tile, stream tile rows, x resident) for the layer, or PlanError if nothing fits."""
    x = ly.inputs[0]
    cap = p.tile_limit or 1 << 30
    if ly.driver == "gemm":
        best = _choose_gemm(ly, p, cap)
        if best:
            return best
    elif ly.driver == "chan":
        tile = _largest(lambda t: _fits(ly, p, t, t, False) is not None, min(x.shape[1], cap))
        if tile:
            # as few tiles as the largest fit needs, each a whole number of channels per core
            d = x.shape[1]
            even = ceil_div(ceil_div(d, ceil_div(d, tile)), p.cores) * p.cores
            if even > tile:
                even = tile // p.cores * p.cores
            if even >= p.cores:
                tile = min(even, d)
            return tile, tile, False
    else:
        tokens = ly.output.shape[0] if ly.driver == "patch" else x.shape[0]
        tile = _largest(lambda t: _fits(ly, p, t, t if ly.driver == "patch" else 0, False)
                        is not None, min(tokens, cap))
        if tile:
            return tile, (tile if ly.driver == "patch" else 0), False
    need = sum(align(s) for _, s in _working_set(ly, 1, 1, False))
    big = max(_transfers(ly, 1, 1))
    if big > p.dma_max_bytes:
        raise PlanError(f"layer {ly.name} ({ly.kind}): a single DMA transfer of {big} bytes at the "
                        f"smallest tile exceeds the {p.name} DMA limit of {p.dma_max_bytes} bytes")
    raise PlanError(f"layer {ly.name} ({ly.kind}): needs {need} bytes of L1 at the smallest tile, "
                    f"{p.name} leaves {p.l1_plan} for the plan "
                    f"({p.l1_usable} usable less {p.l1_stacks} of cluster stacks)")


# ---- whole-network plan ------------------------------------------------------------------------

def _lifetimes(inp: Tensor, layers: list[Layer], outputs: list[str]) -> dict[str, list[int]]:
    """[first, last] layer index during which each tensor must stay in L2 (input: -1)."""
    life = {inp.name: [-1, -1]}
    for ly in layers:
        life[ly.output.name] = [ly.index, ly.index]
        for t in ly.inputs:
            life[t.name][1] = ly.index
    for name in outputs:
        life[name][1] = len(layers)
    return life


def _place_activations(tensors: dict[str, Tensor], life: dict[str, list[int]]) -> dict[str, int]:
    """Greedy first fit, largest first: tensors whose lifetimes overlap get disjoint bytes."""
    placed: list[tuple[int, int, int, int]] = []  # offset, end, first, last
    offsets = {}
    for name in sorted(tensors, key=lambda n: (-tensors[n].nbytes, life[n][0])):
        size, (a, b) = align(tensors[name].nbytes), life[name]
        clashes = sorted((o, e) for o, e, f, last in placed if f <= b and a <= last)
        off = 0
        for o, e in clashes:
            if off + size <= o:
                break
            off = max(off, e)
        offsets[name] = off
        placed.append((off, off + size, a, b))
    return offsets


def _pk_bytes(ly: Layer, rows: int) -> int:
    """L1 copy of one packed weight tile (gemm)."""
    return rows * ly.stream[0].row_bytes


def _layer_plan(ly: Layer, p: Platform) -> LayerPlan:
    tile, rows, resident = _choose_tiles(ly, p)
    regions = _working_set(ly, tile, rows, resident)
    if ly.driver == "gemm":
        # the packed tile goes to L1 by DMA (prefetched while the previous tile computes) when
        # it fits next to the chosen tiles: the unpack then reads L1 instead of L2 (~15 stall
        # cycles a word); M, s, bias stay in L2 (one more DMA wait per tile costs more)
        pk = regions + [("pk", _pk_bytes(ly, rows))]
        if sum(align(s) for _, s in pk) <= p.l1_plan:
            regions = pk
    lay = Layout()
    l1 = {}
    for name, size in regions:
        l1[name] = lay.take(name, size)
    x = ly.inputs[0]
    if ly.driver == "gemm":
        n = ly.output.shape[1]
        tiles = {"weight_tiles": ceil_div(n, rows), "rows_per_tile": rows,
                 "token_tiles": ceil_div(x.shape[0], tile), "tokens_per_tile": tile,
                 "x_resident": resident}
    elif ly.driver == "chan":
        tiles = {"channel_tiles": ceil_div(x.shape[1], tile), "channels_per_tile": tile}
    else:
        tokens = ly.output.shape[0] if ly.driver == "patch" else x.shape[0]
        tiles = {"token_tiles": ceil_div(tokens, tile), "tokens_per_tile": tile}
    return LayerPlan(ly, tile, None, [], l1, lay.regions, lay.size, tiles)


def _dma(lp: LayerPlan) -> dict:
    ly = lp.layer
    consts = sum(len(c.data) for c in ly.stream + ly.whole)
    x = ly.inputs[0]
    if ly.driver == "gemm":  # x goes to L1 once if resident, else once per weight tile;
        # weights read from L2 by the unpacking cores (direct stream) need no L2 -> L1 DMA,
        # a fused output table (whole) does
        acts = x.nbytes * (1 if lp.tiles["x_resident"] else lp.tiles["weight_tiles"])
        if lp.stream is not None and lp.stream.direct:
            whole = sum(len(c.data) for c in ly.whole)
            if "pk" in lp.l1:  # packed tiles copied to L1 before the unpack
                whole += len(ly.stream[0].data)
            return {"L3->L2": consts, "L2->L1": whole + acts, "L1->L2": ly.output.nbytes}
    else:
        acts = sum(t.nbytes for t in ly.inputs)
    return {"L3->L2": consts, "L2->L1": consts + acts, "L1->L2": ly.output.nbytes}


def plan_network(inp: Tensor, layers: list[Layer], outputs: list[str], p: Platform,
                 stream_input: bool = False) -> Plan:
    """Tile every layer, place every buffer, build weights.bin; PlanError if anything cannot fit.
    stream_input keeps the input's L2 bytes out of reach of every other tensor (streaming mode:
    the next window is written there while the later layers of this one run)."""
    plans = [_layer_plan(ly, p) for ly in layers]
    image = WeightsImage()
    for lp in plans:
        for c in lp.layer.whole + lp.layer.stream:
            image.add(c)
            if len(image.data) > p.l3_bytes:
                raise PlanError(f"layer {lp.layer.name}: weights need more than {len(image.data)} "
                                f"bytes of L3, {p.name} has {p.l3_bytes}")
    l3 = {name: off for name, off, _ in image.arrays}

    tensors = {inp.name: inp, **{ly.output.name: ly.output for ly in layers}}
    life = _lifetimes(inp, layers, outputs)
    last_use = life[inp.name][1]
    if stream_input:
        life[inp.name][1] = len(layers)
    offsets = _place_activations(tensors, life)
    act_end = align(max((offsets[n] + tensors[n].nbytes for n in tensors), default=0))
    live = [sum(tensors[n].nbytes for n in tensors if life[n][0] <= i <= life[n][1])
            for i in range(len(layers))]
    peak = max(range(len(layers)), key=lambda i: live[i]) if layers else 0

    # The weight stage: each layer's whole arrays, then its two L3 -> L2 chunk buffers. The
    # runtime reads the next layer's whole arrays and first chunk while this layer computes
    # (firmware/runtime/stream.c, rt_l3_done), so those bytes are placed clear of this layer's
    # chunk buffers: at the start of the stage when they fit below them, else right after them.
    stage = act_end
    stage_bytes = 0
    busy = (0, 0)  # the previous layer's chunk buffers, relative to the stage
    for lp in plans:
        ly = lp.layer
        rows = 0
        chunk_lay = Layout()
        if ly.stream:
            rows = lp.tile if ly.driver != "gemm" else lp.tiles["rows_per_tile"]
            n_tiles = ceil_div(ly.stream[0].rows, rows)
            tile_bytes = max(1, _stream_tile(ly.stream, rows))
            chunk_rows = max(1, min(n_tiles, p.l3_chunk_bytes // tile_bytes)) * rows
            for c in ly.stream:
                chunk_lay.take(c.name, chunk_rows * c.row_bytes)
        prefetched = _whole_bytes(ly.whole) + chunk_lay.size
        base = 0 if prefetched <= busy[0] else busy[1]
        whole = Layout(stage + base)
        lp.whole = [WholeArray(c, l3[c.name], whole.take(c.name, len(c.data)), lp.l1[f"const[{i}]"])
                    for i, c in enumerate(ly.whole)]
        chunks = whole.end
        busy = (chunks - stage, chunks - stage + 2 * chunk_lay.size) if ly.stream else (0, 0)
        stage_bytes = max(stage_bytes, chunks - stage + 2 * chunk_lay.size)
        if ly.stream:
            tile_lay = Layout()
            arrays = [StreamArray(c, l3[c.name], off - chunk_lay.base,
                                  tile_lay.take(c.name, rows * c.row_bytes))
                      for c, (_, off, _) in zip(ly.stream, chunk_lay.regions, strict=True)]
            direct = ly.driver == "gemm"
            lp.stream = Stream(ly.stream[0].rows, rows, chunk_rows, arrays,
                               (chunks, chunks + chunk_lay.size),
                               (0, 0) if direct else (lp.l1["stream[0]"], lp.l1["stream[1]"]),
                               direct)
            lp.tiles["chunks"] = {"count": ceil_div(ly.stream[0].rows, chunk_rows),
                                  "rows": chunk_rows, "bytes": chunk_lay.size}
        lp.dma = _dma(lp)

    total = stage + stage_bytes
    if total > p.l2_usable:
        raise PlanError(f"layer {layers[peak].name}: L2 needs {total} bytes ({live[peak]} of "
                        f"activations live at this layer, {stage_bytes} of weight staging"
                        + (f"; streaming keeps the {inp.nbytes}-byte input reserved"
                           if stream_input else "") + f"), {p.name} has {p.l2_usable} usable")
    return Plan(p, inp, plans, offsets, {k: tuple(v) for k, v in life.items()}, act_end, stage,
                stage_bytes, max((lp.l1_bytes for lp in plans), default=0), bytes(image.data),
                image.arrays, layers[peak].name if layers else "", stream_input, last_use)


def plan_json(plan: Plan) -> dict:
    """memory_plan.json: every buffer (level, offset, size) and every layer's tiles, chunks and
    DMA bytes per level."""
    p = plan.platform
    bits = {c.name: c.elem_bits for lp in plan.layers for c in lp.layer.stream + lp.layer.whole
            if c.elem_bits}
    buffers = [{"name": n, "level": "L3", "offset": o, "size": s,
                **({"elem_bits": bits[n]} if n in bits else {})} for n, o, s in plan.l3_arrays]
    tensors = {plan.input.name: plan.input, **{lp.layer.output.name: lp.layer.output
                                               for lp in plan.layers}}
    for name, t in tensors.items():
        buffers.append({"name": name, "level": "L2", "offset": plan.l2_offsets[name],
                        "size": t.nbytes, "lifetime": list(plan.l2_lifetimes[name])})
    buffers.append({"name": "weight_stage", "level": "L2", "offset": plan.l2_stage,
                    "size": plan.l2_stage_bytes, "lifetime": "per layer"})
    layers = []
    for lp in plan.layers:
        for name, off, size in lp.l1_regions:
            buffers.append({"name": f"{lp.layer.name}:{name}", "level": "L1", "offset": off,
                            "size": size, "lifetime": [lp.layer.index, lp.layer.index]})
        layers.append({"name": lp.layer.name, "kind": lp.layer.kind, "driver": lp.layer.driver,
                       "output_shape": list(lp.layer.output.shape), "tiles": lp.tiles,
                       "l1_bytes": lp.l1_bytes, "dma_bytes": lp.dma})
    return {"platform": p.name, "cores": p.cores,
            "peaks": {"L1": plan.l1_bytes, "L1_usable": p.l1_plan, "L1_stacks": p.l1_stacks,
                      "L1_total": p.l1_bytes,
                      "L2": plan.l2_bytes, "L2_activations": plan.l2_activations,
                      "L2_weight_stage": plan.l2_stage_bytes, "L2_usable": p.l2_usable,
                      "L3": len(plan.weights), "L3_size": p.l3_bytes,
                      "L2_peak_layer": plan.peak_layer},
            "stream_input": ({"input_bytes": plan.input.nbytes,
                              "input_last_use": plan.input_last_use}
                             if plan.stream_input else None),
            "buffers": buffers, "layers": layers}


def min_l1_bytes(layers: list[Layer]) -> int:
    """L1 the network needs at its smallest tiles (one row / token / channel per tile)."""
    return max((sum(align(s) for _, s in _working_set(ly, 1, 1 if ly.stream else 0, False))
                for ly in layers), default=0)
