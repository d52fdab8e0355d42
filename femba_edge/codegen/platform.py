"""Platform descriptions: memory sizes, DMA limits and core count as data (platforms/*.json)."""

from __future__ import annotations

import json
from dataclasses import MISSING, dataclass, fields
from pathlib import Path

from femba_edge.codegen.errors import CodegenError

TARGETS = ("gap9", "pulp-open", "host", "rv32")
PLATFORM_DIR = Path(__file__).parent / "platforms"


@dataclass(frozen=True)
class Platform:
    """What the memory planner needs to know about a target (bytes unless stated)."""

    name: str
    cores: int
    l1_bytes: int
    l1_usable: int
    l2_bytes: int
    l2_usable: int
    l3_bytes: int
    dma_max_bytes: int
    l3_chunk_bytes: int
    clock_hz: int = 0
    tile_limit: int = 0  # cap on rows / tokens / channels per tile (0: none); stress tests use it
    counters: tuple = ("cycles", "instructions")
    description: str = ""


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
    if p.l1_usable > p.l1_bytes or p.l2_usable > p.l2_bytes:
        raise CodegenError(f"{src}: usable memory larger than the memory itself")
    return p
