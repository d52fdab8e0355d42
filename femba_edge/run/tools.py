"""External tools (make, compilers, QEMU): found on PATH, with one-line errors when missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from femba_edge.codegen.errors import ToolError

QEMU_RV32 = "qemu-system-riscv32"
RISCV_GCC = "riscv64-unknown-elf-gcc"
RISCV_NM = "riscv64-unknown-elf-nm"
# What `make` needs per target (the Makefile names the compiler; these are checked up front).
# markers of the first useful line of a failed build (compiler errors, linker region overflows)
LINK_ERRORS = ("error", "overflowed", "will not fit", "undefined reference")
BUILD_TOOLS = {"host": ["make", "cc"], "rv32": ["make", RISCV_GCC],
               "pulp-open": ["make", RISCV_GCC], "gap9-gvsoc": ["make", RISCV_GCC],
               "gap9": ["make"]}


def require(tool: str, why: str) -> str:
    """Absolute path of `tool` on PATH, or ToolError naming it and what it is for."""
    path = shutil.which(tool)
    if not path:
        raise ToolError(f"'{tool}' not found on PATH (needed {why})")
    return path


def build(project: Path, target: str, jobs: int | None = None) -> None:
    """Run make in the project (incremental); ToolError with the compiler's first error."""
    for tool in BUILD_TOOLS[target]:
        require(tool, f"to build the {target} project")
    jobs = jobs or min(4, os.cpu_count() or 1)
    proc = subprocess.run(["make", "-C", str(project), f"-j{jobs}"], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        # the compiler's or linker's own message, not collect2's summary of it
        useful = [ln for ln in lines if "collect2" not in ln and "ld returned" not in ln]
        first = next((ln for ln in useful if any(w in ln.lower() for w in LINK_ERRORS)),
                     lines[-1] if lines else "")
        raise ToolError(f"build of {project} failed: {first.strip()[:300]}")
