"""Chip targets: the pulp-open and gap9 trees for the demo preset (self-contained, their
platform layer, Makefile conventions), pulp-open compiled and linked with the riscv toolchain
(arenas in TCDM / L2), and runs on them refused with a clear message."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from femba_edge.codegen.errors import RunError
from femba_edge.codegen.project import generate
from femba_edge.run.runner import run_project
from femba_edge.run.tools import build
from femba_edge.run.vectors import golden_vectors, save_vectors

# CI installs the toolchain (Makefile: apt), so there a missing tool fails instead of skipping.
HAVE_RISCV = shutil.which("riscv64-unknown-elf-gcc") is not None or os.environ.get("CI") == "true"


@pytest.fixture(scope="module")
def trees(tmp_path_factory, demo_graph):
    graph, xq = demo_graph
    root = tmp_path_factory.mktemp("targets")
    for target in ("pulp-open", "gap9"):
        generate(graph, target, root / target)
    save_vectors(root / "v.npz", golden_vectors(graph, xq[:1]))
    return root


@pytest.mark.parametrize("target", ["pulp-open", "gap9"])
def test_tree_is_self_contained(trees, target):
    d = trees / target
    for f in ("Makefile", "network.c", "net_config.h", "weights.bin", "input.bin",
              "memory_plan.json", "network.json", "firmware/platform/plat.h",
              "firmware/kernels/gemm.c", "firmware/runtime/drv_gemm.c",
              f"firmware/platform/{target}/plat_target.h"):
        assert (d / f).is_file(), f
    assert not (d / "firmware" / "platform" / "emu").exists()
    # every #include "..." of the tree resolves inside the tree (or is the SDK's, for gap9)
    headers = {p.name for p in d.rglob("*.h")}
    for src in list(d.rglob("*.c")) + list(d.rglob("*.h")):
        for line in src.read_text().splitlines():
            if line.startswith('#include "'):
                name = line.split('"')[1].split("/")[-1]
                assert name in headers or (target == "gap9" and name in {
                    "pmsis.h", "bsp.h", "flash.h", "fs.h", "readfs.h", "ram.h"}), (src, name)


def test_gap9_uses_pmsis_and_sdk_makefile(trees):
    d = trees / "gap9"
    plat = (d / "firmware/platform/gap9/plat_gap9.c").read_text()
    for call in ("pi_cl_team_fork", "pi_cl_team_barrier", "pi_cl_dma_cmd", "pi_cl_dma_cmd_wait",
                 "pi_cl_ram_read", "pi_cl_ram_read_wait", "pi_perf_read"):
        assert call in plat
    mk = (d / "Makefile").read_text()
    assert "include $(RULES_DIR)/pmsis_rules.mk" in mk and "APP_SRCS" in mk
    assert "READFS_FILES" in mk


@pytest.mark.skipif(not HAVE_RISCV, reason="riscv64-unknown-elf-gcc not installed")
def test_pulp_open_compiles_with_arenas_in_l1_and_l2(trees):
    d = trees / "pulp-open"
    build(d, "pulp-open")
    elf = d / "build" / "femba.elf"
    assert elf.is_file()
    out = subprocess.run(["riscv64-unknown-elf-nm", str(elf)], capture_output=True, text=True,
                         check=True).stdout
    addr = {line.split()[-1]: int(line.split()[0], 16) for line in out.splitlines()
            if len(line.split()) == 3}
    assert 0x10000000 <= addr["l1_arena"] < 0x10010000
    assert 0x1C010000 <= addr["l2_arena"] < 0x1C190000
    assert not [s for s in addr if s in ("__addsf3", "__mulsf3", "__divsf3", "__floatsisf",
                                         "__fixsfsi", "__adddf3", "__muldf3", "__divdf3")]


def test_runs_on_chip_targets_are_refused_clearly(trees, tmp_path, monkeypatch):
    monkeypatch.delenv("GVSOC", raising=False)  # a developer machine may have GVSoC installed
    with pytest.raises(RunError, match="GVSOC"):
        run_project(trees / "pulp-open", trees / "v.npz", tmp_path / "r")
    assert not (tmp_path / "r").exists()
