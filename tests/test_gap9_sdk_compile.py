"""The generated gap9 project compiles against the public GAP SDK's PMSIS API, BSP and runtime
headers (tests/third_party/gap_sdk, see its README): every .c of the demo and FEMBA-Tiny projects,
with -Wall -Wextra -Werror, no diagnostic located in the project's files."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from femba_edge.codegen.project import generate

SDK = Path(__file__).parent / "third_party" / "gap_sdk"
HAVE_RISCV = shutil.which("riscv64-unknown-elf-gcc") is not None or os.environ.get("CI") == "true"
needs_riscv = pytest.mark.skipif(not HAVE_RISCV, reason="riscv64-unknown-elf-gcc not installed")

# The public headers hold no complete GAP9 runtime (see the README): the PMSIS API and BSP are
# compiled through the SDK's FreeRTOS PMSIS layer with its GAP8 implementation headers, as the
# SDK's own freeRTOS_rules.mk does (flags taken from there).
FREERTOS = "rtos/freeRTOS"
GWT = f"{FREERTOS}/vendors/gwt"
SDK_INCLUDES = [
    f"{FREERTOS}/freertos_kernel/include", f"{FREERTOS}/demos/gwt/config/gap8",
    f"{FREERTOS}/freertos_kernel/portable/GCC/RI5CY-GAP8", f"{GWT}/gap8/include",
    f"{GWT}/libs/printf", f"{GWT}/pmsis/include", "rtos/pmsis/api/include",
    f"{GWT}/gap8/pmsis/include", f"{GWT}/gap8/pmsis/include/cores/TARGET_RISCV_32",
    "rtos/pmsis/bsp/include", f"{GWT}/pmsis/rtos/include",
]
SDK_DEFINES = [
    "__riscv__", "__GAP__", "__GAP8__", "__RISCV_ARCH_GAP__=1", "CHIP_VERSION=3",
    "FEATURE_CLUSTER=1", "__FREERTOS__", "PREEMPTION", "__PLATFORM_GVSOC__",
    "__PLATFORM__=ARCHI_PLATFORM_GVSOC", "__USE_TCDM_MALLOC__=1", "PMSIS_DRIVERS=1",
    "__FC_MALLOC_NATIVE__=0", "__L2_MALLOC_NATIVE__=0", "__PMSIS_L2_MALLOC_NATIVE__=0",
    "CONFIG_GAPUINO",
    # the SDK's printf.h renames printf to printf_, which would hide format checking
    "printf_=printf", "sprintf_=sprintf", "snprintf_=snprintf", "vsnprintf_=vsnprintf",
    "vprintf_=vprintf",
]
# The PMSIS API declares static inline functions its GAP8 implementation never defines; the SDK
# builds with this flag too (freeRTOS_rules.mk).
SDK_WARNINGS = ["-Wno-unused-function"]


def compile_command(project: Path, source: Path) -> list[str]:
    """riscv64-unknown-elf-gcc syntax check of one project file against the vendored SDK."""
    inc = ["-I" + str(project / d) for d in (".", "firmware/kernels", "firmware/runtime",
                                              "firmware/platform", "firmware/platform/gap9")]
    return ["riscv64-unknown-elf-gcc", "-march=rv32imc_zicsr", "-mabi=ilp32",
            "--specs=picolibc.specs", "-std=gnu99", "-O2", "-DFEMBA_XPULP", "-Wall", "-Wextra",
            "-Werror", *SDK_WARNINGS, "-fsyntax-only", *inc,
            *[f"-isystem{SDK / d}" for d in SDK_INCLUDES], *[f"-D{d}" for d in SDK_DEFINES],
            str(source)]


def test_vendored_sdk_is_the_real_one():
    """Every SDK header comes with the SDK's licence and README naming the source commit."""
    assert "Apache License" in (SDK / "LICENSE").read_text()
    readme = (SDK / "README.md").read_text()
    assert "GreenWaves-Technologies/gap_sdk" in readme and "a2302650" in readme
    for d in SDK_INCLUDES:
        assert (SDK / d).is_dir(), d


@pytest.fixture(scope="module", params=["demo", "tiny"])
def gap9_project(request, tmp_path_factory, demo_graph, tiny_graph):
    graph = demo_graph[0] if request.param == "demo" else tiny_graph
    out = tmp_path_factory.mktemp("gap9") / request.param
    generate(graph, "gap9", out)
    return out


def test_gap9_project_files(gap9_project):
    d = gap9_project
    mk = (d / "Makefile").read_text()
    assert "-DFEMBA_XPULP" in mk and "include $(RULES_DIR)/pmsis_rules.mk" in mk
    # the SDK's rules choose GAP9's core flags: no assignment of -march in the project
    assert not [ln for ln in mk.splitlines() if "-march" in ln and not ln.startswith("#")]
    cfg = (d / "sdk.config").read_text()
    for opt in ("CONFIG_DRIVER_TYPE_FLASH=y", "CONFIG_DRIVER_TYPE_RAM=y", "CONFIG_DRIVER_READFS=y",
                "CONFIG_CL_MASTER_CORE_STACK_SIZE=4096", "CONFIG_CL_SLAVE_CORE_STACK_SIZE=1024"):
        assert opt in cfg.splitlines(), opt
    conf = (d / "net_config.h").read_text()
    assert "#define PLAT_CC_STACK_BYTES 4096" in conf and "#define PLAT_PE_STACK_BYTES 1024" in conf
    main = (d / "firmware/platform/gap9/main_gap9.c").read_text()
    assert "cc_stack_size = PLAT_CC_STACK_BYTES" in main
    assert "pi_cluster_task_stacks(&task, 0, PLAT_PE_STACK_BYTES)" in main
    plat = (d / "firmware/platform/gap9/plat_gap9.c").read_text()
    assert "pi_cl_dma_cmd_wait" in plat and "dma_inflight_oldest_if_full" in plat


@needs_riscv
def test_gap9_project_compiles_against_pmsis(gap9_project):
    sources = sorted(gap9_project.rglob("*.c"))
    names = {s.relative_to(gap9_project).as_posix() for s in sources}
    assert {"network.c", "firmware/platform/gap9/main_gap9.c",
            "firmware/platform/gap9/plat_gap9.c", "firmware/kernels/gemm_xpulp.c"} <= names
    for src in sources:
        proc = subprocess.run(compile_command(gap9_project, src), capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stderr.strip(), (src, proc.stderr[:2000])


@needs_riscv
def test_compile_check_catches_project_errors(gap9_project, tmp_path):
    """The check is not vacuous: a wrong PMSIS call in the platform layer fails it."""
    plat = gap9_project / "firmware/platform/gap9/plat_gap9.c"
    bad = tmp_path / "plat_gap9.c"
    bad.write_text(plat.read_text().replace("pi_cl_dma_cmd_wait(&req->cmd)",
                                            "pi_cl_dma_cmd_wait(req)"))
    proc = subprocess.run(compile_command(gap9_project, bad), capture_output=True, text=True)
    assert proc.returncode != 0 and "pi_cl_dma_cmd_wait" in proc.stderr
