"""Peer GEMM on the same GVSoC: pulp-nn's int8 kernels vs this project's 2-bit-weight GEMM.

    PULP_NN=/path/to/pulp-nn GVSOC=/path/to/gvsoc python benchmarks/peer_gemm.py \
        [--shapes in_proj out_proj] [--whole-layer] [--record gvsoc_runs/peer-gemm-YYYYMMDD]

For FEMBA-Tiny's in_proj (80 tokens x K 385 -> N 1540) and out_proj (80 x 1540 -> 385) shapes,
builds one bare-metal pulp-open ELF per shape (benchmarks/peer_gemm/harness.c on this project's
runtime, firmware/platform/pulp-open) that runs, with every operand in L1 and the same tiles:

  pulpnn_pointwise     pulp-nn 32bit pulp_nn_pointwise_HoWo_parallel (1x1 conv = GEMM through
                       pulp_nn_matmul: 4 channels x 2 tokens per inner loop), stock GCC -O3
  pulpnn_pointwise_xp  the same with the inner loop lowered as PULP GCC does (hardware loop,
                       post-increment loads: benchmarks/peer_gemm/peer_xpulp.h)
  pulpnn_linear(_xp)   pulp_nn_linear once per token (Deeploy's PULP-open Gemm template), both
                       builds
  ours_2bit            firmware/kernels k_unpack_rows (2-bit -> int8) + k_gemm (asm micro-kernels,
                       per-channel requant), unpack cycles included

and checks every kernel's whole output against numpy (pulp-nn: uint8 x int8, per-channel
k / lambda requant, ReLU clip; ours: the golden's requant). pulp-nn is never copied into this
repository: PULP_NN / --pulp-nn names a checkout (work tree with 32bit/src, or a bare git
directory whose HEAD is archived into the build directory). The build goes to build/peer_gemm
(gitignored). --whole-layer also runs a generated FEMBA-Tiny-shaped pulp-open project (synthetic
graph, one block) and reports our in_proj / out_proj layers as they run in the network (weights
streamed L3 -> L2 -> L1, DMA included).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from femba_edge.codegen.pack import pack_rows, row_bytes  # noqa: E402
from femba_edge.export.golden import requant  # noqa: E402
from femba_edge.run.gvsoc import gvsoc_commit, gvsoc_launcher  # noqa: E402

HARNESS = ROOT / "benchmarks" / "peer_gemm"
CROSS = os.environ.get("CROSS", "riscv64-unknown-elf-")
# the project's pulp-open flags (templates/Makefile.pulp-open.j2)
OURS_CFLAGS = ["-O2", "-std=c99", "-Wall", "-Wextra", "-Werror", "-march=rv32imc_zicsr",
               "-mabi=ilp32", "-DFEMBA_XPULP", "--specs=picolibc.specs",
               "-DPICOLIBC_INTEGER_PRINTF_SCANF", "-ffunction-sections", "-fdata-sections",
               "-falign-functions=16"]
# pulp-nn as its own builds compile it (-O3), gnu99 for its vector types
PEER_CFLAGS = ["-O3", "-std=gnu99", "-flax-vector-conversions", "-march=rv32imc_zicsr",
               "-mabi=ilp32", "--specs=picolibc.specs", "-ffunction-sections", "-fdata-sections",
               "-falign-functions=16", "-w"]
LDFLAGS = ["-march=rv32imc", "-mabi=ilp32", "--specs=picolibc.specs", "-nostartfiles",
           "-Wl,--gc-sections", "-Wl,--no-warn-rwx-segments"]
KERNELS = ["pulpnn_pointwise", "pulpnn_pointwise_xp", "pulpnn_linear", "pulpnn_linear_xp",
           "ours_2bit"]
PEER_FILES = ["pulp_nn_matmul", "pulp_nn_pointwise_HoWo_parallel", "pulp_nn_linear",
              "pulp_nn_utils"]
# the two SIMD loops the _xp builds replace (pulp-nn 32bit/src, first occurrence of each)
MM_LOOP = re.compile(r"for \(int j=0; j < num_col_im2col >> 2 ; j\+\+\)\s*\{.*?pB2 \+= 4;\s*\}",
                     re.S)
LIN_LOOP = re.compile(r"for \(int j=0; j<\(dim_vec >> 2\); j\+\+\)\s*\{.*?pB\+=4;\s*\}", re.S)


@dataclass(frozen=True)
class Shape:
    """One layer shape and the L1 tile every kernel uses for it."""

    name: str
    tokens: int
    k: int
    n: int
    tt: int  # tokens per tile (a multiple of 16: pulp-nn's HoWo split puts 2 tokens a core)
    nt: int  # channels per tile
    peer_shift: int  # pulp-nn's d

    @property
    def k4(self) -> int:
        return (self.k + 3) // 4 * 4

    @property
    def macs(self) -> int:
        return self.tokens * self.k * self.n


SHAPES = {  # tiles: ours gets whole 4x4 blocks a core, pulp-nn 2 tokens a core (or 4 channels)
    "in_proj": Shape("in_proj", 80, 385, 1540, 80, 32, 18),
    "out_proj": Shape("out_proj", 80, 1540, 385, 16, 8, 19),
}


def sh(cmd: list[str], cwd: Path | None = None, timeout: float = 600) -> str:
    """Run a command under `nice -n 10` (the machine is shared); stdout, or exit with stderr."""
    p = subprocess.run(["nice", "-n", "10", *cmd], cwd=cwd, capture_output=True, text=True,
                       timeout=timeout)
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    return p.stdout


# ---- pulp-nn -------------------------------------------------------------------------------------

def locate_pulp_nn(path: str, build: Path) -> tuple[Path, str]:
    """pulp-nn's 32bit/ directory (a work tree's, or HEAD of a bare git directory archived into
    build/) and the commit it came from."""
    src = Path(path)
    if (src / "32bit" / "src").is_dir():
        r = subprocess.run(["git", "-C", str(src), "rev-parse", "HEAD"], capture_output=True,
                           text=True)
        return src / "32bit", r.stdout.strip() if r.returncode == 0 else "unknown (not git)"
    commit = sh(["git", "--git-dir", str(src), "rev-parse", "HEAD"]).strip()
    data = subprocess.run(["git", "--git-dir", str(src), "archive", "HEAD", "32bit"],
                          capture_output=True, check=True).stdout
    out = build / "pulp-nn"
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(out, filter="data")
    return out / "32bit", commit


def lowered_copy(src: Path, dst: Path, loop: re.Pattern[str], macro: str) -> None:
    """src with its first SIMD loop replaced by a peer_xpulp.h macro (build directory only)."""
    text = src.read_text()
    m = loop.search(text)
    if not m:
        raise SystemExit(f"{src}: the inner loop to lower was not found (other pulp-nn version?)")
    dst.write_text('#include "peer_xpulp.h"\n' + text[:m.start()] + macro + text[m.end():])


# ---- data and references -------------------------------------------------------------------------

@dataclass
class Data:
    """One shape's operands (what the ELF gets) and the expected outputs."""

    image: bytes
    offsets: dict[str, int]
    expect: dict[str, np.ndarray]


def make_data(s: Shape, seed: int) -> Data:
    """Random operands; pulp-nn: x uint8, w int8, y = clip((acc k + lambda) >> d, 0, 255);
    ours: the same x bytes as int8, 2-bit w, y = requant(acc + bias, M, s)."""
    rng = np.random.default_rng(seed)
    x = np.zeros((s.tokens, s.k4), np.uint8)
    x[:, :s.k] = rng.integers(0, 256, (s.tokens, s.k))
    w8 = np.zeros((s.n, s.k4), np.int8)
    w8[:, :s.k] = rng.integers(-128, 128, (s.n, s.k))
    kq = rng.integers(16, 64, s.n).astype(np.int32)
    lam = (rng.integers(96, 160, s.n) << s.peer_shift).astype(np.int32)
    acc_p = x.astype(np.int64) @ w8.astype(np.int64).T
    t = acc_p * kq + lam
    assert np.abs(t).max() < 2**31, "pulp-nn's int32 requant would wrap: lower k"
    y_peer = np.clip(t >> s.peer_shift, 0, 255).astype(np.uint8)

    w2 = rng.integers(-2, 2, (s.n, s.k))
    xi = x.view(np.int8)[:, :s.k].astype(np.int64)
    acc_o = xi @ w2.T
    Mq = rng.integers(2**30, 2**31, s.n).astype(np.int64)
    # shifts spread over the range an exported projection of this K gets (acc std -> int8 std)
    base = int(np.round(np.log2(acc_o.std() * 2**30.5 / 40)))
    sq = rng.integers(base - 1, base + 2, s.n)
    bias = rng.integers(-2000, 2000, s.n)
    y_ours = requant(acc_o + bias, Mq, sq).astype(np.int8)

    parts = {"X": x.tobytes(), "W8": w8.tobytes(), "W2": pack_rows(w2, 2),
             "KQ": kq.tobytes(), "LAM": lam.tobytes(), "BIAS": bias.astype(np.int32).tobytes(),
             "M": Mq.astype(np.int32).tobytes(), "S": sq.astype(np.int32).tobytes()}
    image, offsets = b"", {}
    for name, b in parts.items():
        offsets[name] = len(image)
        image += b + bytes(-len(b) % 16)
    expect = {"pulpnn_pointwise": y_peer, "pulpnn_pointwise_xp": y_peer, "pulpnn_linear": y_peer,
              "pulpnn_linear_xp": y_peer, "ours_2bit": y_ours}
    return Data(image, offsets, expect)


# ---- build and run -------------------------------------------------------------------------------

def link_script(out: Path, pe_stack: int) -> None:
    """The project's pulp-open link.ld (templates/link.pulp.ld.j2, pulp-open.json's sizes) with
    pe_stack bytes of stack for each of cores 1..7."""
    import jinja2

    plat = json.loads((ROOT / "femba_edge/codegen/platforms/pulp-open.json").read_text())
    plat["pe_stack_bytes"] = pe_stack
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "templates"))
    out.write_text(env.get_template("link.pulp.ld.j2").render(p=plat))


def build(s: Shape, data: Data, peer32: Path, work: Path, pe_stack: int) -> Path:
    """Compile harness + runtime + our kernels + pulp-nn (stock and lowered) into one ELF."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "data.bin").write_bytes(data.image)
    cfg = [f"#define TOK {s.tokens}u", f"#define K {s.k}u", f"#define K4 {s.k4}u",
           f"#define N {s.n}u", f"#define TT {s.tt}u", f"#define NT {s.nt}u",
           f"#define RB {row_bytes(s.k, 2)}u", f"#define PEER_SHIFT {s.peer_shift}"]
    cfg += [f"#define OFF_{k} {v}u" for k, v in data.offsets.items()]
    (work / "peer_cfg.h").write_text("\n".join(cfg) + "\n")
    (work / "net_config.h").write_text(
        "#define NUM_CORES 8\n#define PLAT_CC_STACK_BYTES 4096\n"
        f"#define PLAT_PE_STACK_BYTES {pe_stack}\n#define PLAT_PE_STACKS 7\n")
    (work / "data.S").write_text('.section .data.peer, "aw"\n.p2align 4\n.globl peer_data\n'
                                 'peer_data:\n.incbin "data.bin"\n')
    link_script(work / "link.ld", pe_stack)
    lowered_copy(peer32 / "src/pulp_nn_matmul.c", work / "matmul_xp.c", MM_LOOP,
                 "PEER_XP_MM4X2(num_col_im2col >> 2, pA, pA2, pA3, pA4, pB, pB2, sum, sum2, "
                 "sum3, sum4, sum5, sum6, sum7, sum8);")
    lowered_copy(peer32 / "src/pulp_nn_linear.c", work / "linear_xp.c", LIN_LOOP,
                 "PEER_XP_DOT1(dim_vec >> 2, pA, pB, sum);")
    inc = [f"-I{work}", f"-I{ROOT}/firmware/kernels", f"-I{ROOT}/firmware/platform",
           f"-I{ROOT}/firmware/platform/pulp-open", f"-I{HARNESS}"]
    peer_inc = inc + [f"-I{peer32}/include"]
    xp = ["-Dpulp_nn_matmul=peer_matmul_xp", "-Dpulp_nn_pointwise_HoWo_parallel=peer_pointwise_xp",
          "-Dpulp_nn_linear=peer_linear_xp"]
    units: list[tuple[Path, list[str]]] = [
        (HARNESS / "harness.c", OURS_CFLAGS + inc),
        (ROOT / "firmware/kernels/gemm.c", OURS_CFLAGS + inc),
        (ROOT / "firmware/kernels/gemm_xpulp.c", OURS_CFLAGS + inc),
        (ROOT / "firmware/platform/pulp-open/plat_pulp.c", OURS_CFLAGS + inc),
        (ROOT / "firmware/platform/pulp-open/crt0.S", ["-march=rv32imc_zicsr", "-mabi=ilp32",
                                                        f"-I{work}"]),
        (work / "data.S", ["-march=rv32imc_zicsr", "-mabi=ilp32"]),
        *[(peer32 / f"src/{f}.c", PEER_CFLAGS + peer_inc) for f in PEER_FILES],
        (peer32 / "src/pulp_nn_pointwise_HoWo_parallel.c", PEER_CFLAGS + peer_inc + xp),
        (work / "matmul_xp.c", PEER_CFLAGS + peer_inc + xp),
        (work / "linear_xp.c", PEER_CFLAGS + peer_inc + xp),
    ]
    objs = []
    for i, (src, flags) in enumerate(units):
        obj = work / f"{i:02d}_{src.stem}.o"
        sh([f"{CROSS}gcc", *flags, "-c", str(src), "-o", str(obj)], cwd=work)
        objs.append(str(obj))
    elf = work / "peer_gemm.elf"
    sh([f"{CROSS}gcc", *LDFLAGS, "-T", str(work / "link.ld"), "-o", str(elf), *objs], cwd=work)
    return elf


def run_elf(gvsoc: str, elf: Path, work: Path) -> tuple[str, list[str]]:
    """Run on GVSoC pulp-open; (stdout, command)."""
    cmd = [gvsoc, "--target=pulp-open", f"--work-dir={work}", "--binary", str(elf), "run"]
    return sh(cmd, cwd=work, timeout=float(os.environ.get("FEMBA_GVSOC_TIMEOUT", 1800))), cmd


def parse(out: str) -> tuple[dict[str, dict[str, int]], dict[str, bytes]]:
    """@P, @S (as perf["stack"]: core -> bytes used) and @T records of the harness's stdout."""
    perf: dict[str, dict[str, int]] = {"stack": {}}
    tensors: dict[str, bytes] = {}
    cur: str | None = None
    chunks: list[str] = []
    for line in out.splitlines():
        if line.startswith("@P "):
            f = line.split()
            perf[f[1]] = {"cycles": int(f[2]), "forks": int(f[3])}
            if len(f) > 5:
                perf[f[1]]["unpack"] = int(f[5])
        elif line.startswith("@S "):
            f = line.split()
            perf["stack"][f"core{f[1]}"] = int(f[2])
        elif line.startswith("@T "):
            if cur:
                tensors[cur] = bytes.fromhex("".join(chunks))
            cur, chunks = line.split()[1], []
        elif line.startswith("=") and cur:
            chunks.append(line[1:].strip())
        elif line.startswith("@END"):
            if cur:
                tensors[cur] = bytes.fromhex("".join(chunks))
            cur = None
    if "@END 0" not in out:
        raise SystemExit("harness did not reach @END 0:\n" + out[-2000:])
    return perf, tensors


def check(name: str, got: bytes, want: np.ndarray) -> str:
    """'ok' or the first mismatch."""
    g = np.frombuffer(got, want.dtype).reshape(want.shape) if len(got) == want.nbytes else None
    if g is None:
        return f"{len(got)} of {want.nbytes} bytes"
    bad = np.argwhere(g != want)
    if len(bad) == 0:
        return "ok"
    t, c = bad[0]
    return f"{len(bad)} wrong, first [{t}][{c}] = {g[t, c]} (expected {want[t, c]})"


# ---- our layers inside a generated network -------------------------------------------------------

def whole_layer(work: Path) -> dict[str, dict[str, float]]:
    """in_proj_u / out_proj of a generated FEMBA-Tiny-shaped pulp-open project (one block,
    d_state 8, synthetic weights and exporter-like shifts), bit-exact checked."""
    from femba_edge.codegen.project import generate
    from femba_edge.codegen.synth import SynthConfig, synth_graph
    from femba_edge.run.runner import run_project
    from femba_edge.run.vectors import golden_vectors, random_inputs, save_vectors

    cfg = SynthConfig(channels=22, samples=1280, embed_dim=35, blocks=1, d_state=8, expand=4)
    graph, _ = synth_graph(cfg, seed=0)
    generate(graph, "pulp-open", work / "p")
    vec = save_vectors(work / "v.npz", golden_vectors(graph, random_inputs(graph, 1, 0)))
    s = run_project(work / "p", vec, work / "r")
    if s["bit_exact"] != s["vectors"]:
        raise SystemExit(f"whole-layer run not bit-exact: {s['first_mismatch']}")
    out = {}
    for r in s["per_layer"]:
        for key in ("in_proj", "out_proj"):
            if r["name"].endswith(("fwd.in_proj_u", "fwd.out_proj")) and key in r["name"]:
                out[key] = {"cycles": r["cycles"], "l3_wait": r["dma_wait_cycles"],
                            "l1_wait": r["l1_dma_wait_cycles"], "layer": r["name"]}
    return out


# ---- main ----------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pulp-nn", default=os.environ.get("PULP_NN"),
                    help="pulp-nn checkout (work tree or bare git dir); default $PULP_NN")
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=["in_proj", "out_proj"])
    ap.add_argument("--build", default=str(ROOT / "build" / "peer_gemm"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--whole-layer", action="store_true",
                    help="also run our layers inside a generated Tiny-shaped network")
    ap.add_argument("--pe-stack", type=int, default=1024,
                    help="stack bytes of cores 1..7 (pulp-open.json's 1024 by default; the run "
                         "reports each core's high-water mark)")
    ap.add_argument("--record", default=None, help="write log, results.json, table.md here")
    args = ap.parse_args()
    if not args.pulp_nn:
        raise SystemExit("set PULP_NN (or --pulp-nn) to a pulp-nn checkout "
                         "(github.com/pulp-platform/pulp-nn)")
    gvsoc = gvsoc_launcher()
    build_dir = Path(args.build)
    build_dir.mkdir(parents=True, exist_ok=True)
    peer32, commit = locate_pulp_nn(args.pulp_nn, build_dir)
    results: dict = {"pulp_nn_commit": commit, "gvsoc_commit": gvsoc_commit(gvsoc),
                     "shapes": {}, "commands": []}
    log = []
    for name in args.shapes:
        s = SHAPES[name]
        data = make_data(s, args.seed)
        work = build_dir / name
        elf = build(s, data, peer32, work, args.pe_stack)
        t0 = time.time()
        out, cmd = run_elf(gvsoc, elf, work)
        results["commands"].append(" ".join(cmd))
        perf, tensors = parse(out)
        log.append(f"### {name} ({time.time() - t0:.1f} s)\n" + "\n".join(
            ln for ln in out.splitlines() if not ln.startswith("=")))
        rows = {}
        for k in KERNELS:
            p = perf[k]
            rows[k] = {**p, "check": check(k, tensors.get(k, b""), data.expect[k]),
                       "mac_per_cycle": s.macs / p["cycles"]}
        results["shapes"][name] = {"tokens": s.tokens, "k": s.k, "n": s.n, "macs": s.macs,
                                   "tile_tokens": s.tt, "tile_channels": s.nt, "kernels": rows,
                                   "stack_used": perf["stack"], "pe_stack": args.pe_stack}
    if args.whole_layer:
        with tempfile.TemporaryDirectory(prefix="peer-whole-") as tmp:
            results["whole_layer"] = whole_layer(Path(tmp))
    table = render(results)
    print(table)
    if args.record:
        rec = Path(args.record)
        rec.mkdir(parents=True, exist_ok=True)
        (rec / "results.json").write_text(json.dumps(results, indent=1) + "\n")
        (rec / "table.md").write_text(table + "\n")
        (rec / "gvsoc.log").write_text("\n".join(log) + "\n")
    bad = [f"{n}/{k}: {r['check']}" for n, v in results["shapes"].items()
           for k, r in v["kernels"].items() if r["check"] != "ok"]
    bad += [f"{n}: {c} used its whole stack (overflow?)" for n, v in results["shapes"].items()
            for c, used in v["stack_used"].items()
            if used >= (v["pe_stack"] if c != "core0" else 4096)]
    if bad:
        print("WRONG OUTPUT: " + "; ".join(bad), file=sys.stderr)
        return 1
    return 0


def render(results: dict) -> str:
    """Markdown table: shape, kernel, cycles, MAC/cycle, ratio (that kernel's cycles / ours_2bit's:
    how many times faster ours is), output check."""
    lines = ["| shape | kernel (operands in L1, 8 cores) | cycles | MAC/cycle | ratio (its cycles "
             "/ ours_2bit) | output |", "|---|---|--:|--:|--:|---|"]
    for name, v in results["shapes"].items():
        ks = v["kernels"]
        ours = ks["ours_2bit"]["cycles"]
        for k, r in ks.items():
            extra = f" (unpack {r['unpack']:,})" if "unpack" in r else ""
            lines.append(f"| {name} {v['tokens']}x{v['k']}->{v['n']} | {k} | {r['cycles']:,}"
                         f"{extra} | {r['mac_per_cycle']:.2f} | {r['cycles'] / ours:.2f}x | "
                         f"{r['check']} |")
        wl = results.get("whole_layer", {}).get(name)
        if wl:
            best = min(r["cycles"] for k, r in ks.items() if k.startswith("pulpnn"))
            lines.append(f"| {name} | ours, whole layer in a generated network ({wl['layer']}, "
                         f"L3 streaming + DMA) | {wl['cycles']:,.0f} | "
                         f"{v['macs'] / wl['cycles']:.2f} | best pulp-nn / it: "
                         f"{best / wl['cycles']:.2f}x | bit-exact |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
