"""Platform descriptions: memory sizes, DMA limits and core count as data (platforms/*.json)."""

from __future__ import annotations

import json
from dataclasses import MISSING, dataclass, fields
from pathlib import Path

from femba_edge.codegen.errors import CodegenError

TARGETS = ("gap9", "gap9-gvsoc", "pulp-open", "host", "rv32")
PLATFORM_DIR = Path(__file__).parent / "platforms"


@dataclass(frozen=True)
class Platform:
    """What the memory planner needs to know about a target (bytes unless stated)."""

    name: str
    cores: int
    l1_bytes: int
    l1_usable: int  # L1 left by the runtime's own data, cluster stacks not yet deducted
    l2_bytes: int
    l2_usable: int
    l3_bytes: int
    dma_max_bytes: int
    l3_chunk_bytes: int
    clock_hz: int = 0
    tile_limit: int = 0  # cap on rows / tokens / channels per tile (0: none); stress tests use it
    counters: tuple = ("cycles", "instructions")
    description: str = ""
    # Cluster stacks the runtime takes from L1 (PMSIS: the cluster controller's stack and one per
    # worker core; bare metal: core 0's and one per other core). The planner leaves them out.
    cc_stack_bytes: int = 0
    pe_stack_bytes: int = 0
    pe_stacks: int = 0
    base: str = ""  # the shipped platform whose fields this one starts from

    @property
    def l1_stacks(self) -> int:
        """Bytes of L1 the cluster stacks take."""
        return self.cc_stack_bytes + self.pe_stacks * self.pe_stack_bytes

    @property
    def l1_plan(self) -> int:
        """L1 the memory plan may use: usable L1 less the cluster stacks."""
        return self.l1_usable - self.l1_stacks


def load_platform(target: str, path: str | Path | None = None) -> Platform:
    """The shipped description of `target`, or the JSON file `path` (keys as in Platform)."""
    src = Path(path) if path else PLATFORM_DIR / f"{target}.json"
    if not src.is_file():
        raise CodegenError(f"{src}: platform description not found")
    try:
        data = json.loads(src.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CodegenError(f"{src}: not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise CodegenError(f"{src}: expected a JSON object")
    if data.get("base"):
        base = PLATFORM_DIR / f"{data['base']}.json"
        if not base.is_file():
            raise CodegenError(f"{src}: unknown base platform '{data['base']}'")
        data = {**json.loads(base.read_text()), **data}
    names = {f.name for f in fields(Platform)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise CodegenError(f"{src}: unknown platform field(s) {', '.join(unknown)}")
    data.setdefault("name", target)
    missing = sorted(f.name for f in fields(Platform)
                     if f.name not in data and f.default is MISSING)
    if missing:
        raise CodegenError(f"{src}: missing platform field(s) {', '.join(missing)}")
    data["counters"] = tuple(data.get("counters", ("cycles", "instructions")))
    p = Platform(**data)
    for f in ("cores", "l1_usable", "l2_usable", "l3_bytes", "dma_max_bytes", "l3_chunk_bytes"):
        v = getattr(p, f)
        if not isinstance(v, int) or v <= 0:
            raise CodegenError(f"{src}: '{f}' must be a positive integer, got {v!r}")
    for f in ("cc_stack_bytes", "pe_stack_bytes", "pe_stacks"):
        v = getattr(p, f)
        if not isinstance(v, int) or v < 0:
            raise CodegenError(f"{src}: '{f}' must be a non-negative integer, got {v!r}")
    if p.l1_usable > p.l1_bytes or p.l2_usable > p.l2_bytes:
        raise CodegenError(f"{src}: usable memory larger than the memory itself")
    if p.l1_plan <= 0:
        raise CodegenError(f"{src}: the cluster stacks ({p.l1_stacks} B) leave no L1 for the plan "
                           f"(l1_usable {p.l1_usable} B)")
    return p
