# femba-edge: every entry point sets itself up (virtualenv + apt packages) and is idempotent.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# apt package sets, each installed only by the targets that need it: the host demo needs a C
# compiler alone (~1.4 GB less than the rv32 cross toolchain + QEMU the tests use).
HOST_APT := gcc libc6-dev
RISCV_APT := gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
QEMU_APT := qemu-system-misc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Wait up to 10 min for another apt/dpkg (unattended-upgrades, a second make) instead of failing.
APT_GET := $(SUDO) apt-get -o DPkg::Lock::Timeout=600
DEMO_DIR ?= runs/demo
DEMO_EPOCHS ?= 12
PRESET ?= demo

.PHONY: all setup venv apt apt-host apt-riscv apt-qemu demo bench-host run-gvsoc test lint clean

all: demo

# What the host demo needs; `make test` and `make run-gvsoc` add the RISC-V packages.
setup: venv apt-host

# The venv is rebuilt only when pyproject.toml changes (stamp file).
venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -m ensurepip --version >/dev/null 2>&1 \
	  || { $(call apt_update) && $(APT_GET) install -y -qq python3-venv python3-pip; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# apt-get update takes the lists lock, which older apt versions do not wait for even with
# DPkg::Lock::Timeout: retry it (10 s apart, 10 min in all) so a concurrent apt is waited out.
apt_update = n=0; until $(APT_GET) update -qq; do n=$$((n + 1)); [ $$n -lt 60 ] || exit 1; \
	  echo "apt-get update failed (another apt holds the lock?): retrying in 10 s"; sleep 10; done

# Installs the packages of $(1) that are not fully installed. `dpkg -s` exits 0 for half-installed
# or config-files-only packages too, so the state must read exactly "install ok installed".
define apt_ensure
	@missing=""; for p in $(1); do \
	  [ "$$(dpkg-query -W -f='$${Status}' $$p 2>/dev/null)" = "install ok installed" ] \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(call apt_update) && $(APT_GET) install -y -qq $$missing; fi
endef

# C compiler for the host target (cc, size) -- all the host demo needs.
apt-host:
	$(call apt_ensure,$(HOST_APT))

# rv32 cross compiler + picolibc: rv32 and GVSoC (pulp-open, gap9-gvsoc) builds.
apt-riscv:
	$(call apt_ensure,$(RISCV_APT))

# qemu-system-riscv32 for the rv32 runs of the tests.
apt-qemu:
	$(call apt_ensure,$(QEMU_APT))

# Everything any target uses.
apt: apt-host apt-riscv apt-qemu

# The whole pipeline on the built-in synthetic EEG and the host target.
demo: setup
	@start=$$(date +%s); set -e; \
	echo "== [1/5] qat: float training, PTQ baselines, 2-bit QAT ($(PRESET), built-in synthetic EEG)"; \
	$(BIN)/femba-edge qat --model $(PRESET) --data synthetic --epochs $(DEMO_EPOCHS) --out $(DEMO_DIR); \
	echo "== [2/5] export: integer-only ONNX + golden vectors"; \
	$(BIN)/femba-edge export $(DEMO_DIR) --out $(DEMO_DIR)/model.onnx --vectors 16; \
	echo "== [3/5] codegen: C project for the host"; \
	$(BIN)/femba-edge codegen $(DEMO_DIR)/model.onnx --target host --out $(DEMO_DIR)/host; \
	echo "== [4/5] run: build, run every vector, compare with the golden"; \
	$(BIN)/femba-edge run $(DEMO_DIR)/host --vectors $(DEMO_DIR)/model.vectors.npz --out $(DEMO_DIR)/host-run; \
	echo "== [5/5] report: latency and memory per layer and level"; \
	$(BIN)/femba-edge report $(DEMO_DIR)/host-run --build $(DEMO_DIR)/host; \
	echo "demo wall time: $$(( $$(date +%s) - start )) s"

# C on the host vs ONNX Runtime on the demo's model.onnx (figures for docs/results.md).
bench-host: venv
	$(BIN)/python benchmarks/host_vs_ort.py $(DEMO_DIR)/model.onnx $(DEMO_DIR)/model.vectors.npz

# PULP-open on GVSoC (external install: set GVSOC to the gvsoc launcher): codegen --target
# pulp-open (or PLATFORM=gap9-gvsoc: the gap9 plan on a GAP9-shaped pulp-open model) -> build ->
# femba-edge run -> bit-exact check + per-layer profile. Without ONNX, a
# random-weight QAT model of PRESET is built (and said so). RECORD=gvsoc_runs/NAME keeps the run.
# WINDOWS=N streams the first N windows of STREAM_REC (default: a synthetic recording written by
# femba-edge synth-recording, STREAM_MINUTES long with an abnormal stretch) through a
# `codegen --stream` build, then runs each window alone: per-window cycles, stream vs alone.
ONNX ?=
RECORD ?=
GVSOC_VECTORS ?= 1
PLATFORM ?= pulp-open
WINDOWS ?=
STREAM_MINUTES ?= 1
STREAM_ABNORMAL ?= 0.25:0.5
STREAM_REC ?= runs/synth-$(STREAM_MINUTES)min.edf
GVSOC_DIR ?= runs/gvsoc-$(PRESET)-$(PLATFORM)$(if $(WINDOWS),-stream)
run-gvsoc: setup apt-riscv $(if $(WINDOWS),$(STREAM_REC))
	$(BIN)/python -m femba_edge.run.gvsoc_flow --preset $(PRESET) --out $(GVSOC_DIR) \
	  --platform $(PLATFORM) --vectors $(GVSOC_VECTORS) $(if $(ONNX),--onnx $(ONNX)) \
	  $(if $(RECORD),--record $(RECORD)) \
	  $(if $(WINDOWS),--windows $(WINDOWS) --recording $(STREAM_REC)) \
	  --command "GVSOC=$$GVSOC make run-gvsoc PRESET=$(PRESET) PLATFORM=$(PLATFORM)$(if $(ONNX), ONNX=$(ONNX))$(if $(WINDOWS), WINDOWS=$(WINDOWS) STREAM_REC=$(STREAM_REC), GVSOC_VECTORS=$(GVSOC_VECTORS)) GVSOC_DIR=$(GVSOC_DIR)$(if $(RECORD), RECORD=$(RECORD))"

# The recording WINDOWS=N streams (made once; delete it to make another).
runs/synth-%min.edf: | venv
	$(BIN)/femba-edge synth-recording --minutes $* --abnormal $(STREAM_ABNORMAL) --out $@

# The tests build and run rv32 projects under QEMU: everything apt installs.
test: setup apt
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check femba_edge tests

clean:
	rm -rf $(VENV) runs build .pytest_cache
