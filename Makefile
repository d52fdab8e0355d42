# femba-edge: every entry point sets itself up (virtualenv + apt packages) and is idempotent.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
APT_PACKAGES := gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR ?= runs/demo
DEMO_EPOCHS ?= 12
PRESET ?= demo

.PHONY: all setup venv apt demo bench-host run-gvsoc test lint clean

all: demo

setup: venv apt

# The venv is rebuilt only when pyproject.toml changes (stamp file).
venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -m ensurepip --version >/dev/null 2>&1 \
	  || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv python3-pip; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# Cross toolchain + QEMU for the rv32 target; installed only when something is missing.
apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi

# The whole pipeline on the built-in synthetic EEG and the host target.
demo: setup
	@start=$$(date +%s); set -e; \
	$(BIN)/femba-edge qat --model $(PRESET) --data synthetic --epochs $(DEMO_EPOCHS) --out $(DEMO_DIR); \
	$(BIN)/femba-edge export $(DEMO_DIR) --out $(DEMO_DIR)/model.onnx --vectors 16; \
	$(BIN)/femba-edge codegen $(DEMO_DIR)/model.onnx --target host --out $(DEMO_DIR)/host; \
	$(BIN)/femba-edge run $(DEMO_DIR)/host --vectors $(DEMO_DIR)/model.vectors.npz --out $(DEMO_DIR)/host-run; \
	$(BIN)/femba-edge report $(DEMO_DIR)/host-run --build $(DEMO_DIR)/host; \
	echo "demo wall time: $$(( $$(date +%s) - start )) s"

# C on the host vs ONNX Runtime on the demo's model.onnx (figures for docs/results.md).
bench-host: venv
	$(BIN)/python benchmarks/host_vs_ort.py $(DEMO_DIR)/model.onnx $(DEMO_DIR)/model.vectors.npz

# PULP-open on GVSoC (external install: set GVSOC to the gvsoc launcher): codegen --target
# pulp-open (or PLATFORM=gap9-gvsoc: the gap9 plan on a GAP9-shaped pulp-open model) -> build ->
# femba-edge run -> bit-exact check + per-layer profile. Without ONNX, a
# random-weight QAT model of PRESET is built (and said so). RECORD=gvsoc_runs/NAME keeps the run.
ONNX ?=
RECORD ?=
GVSOC_VECTORS ?= 1
PLATFORM ?= pulp-open
GVSOC_DIR ?= runs/gvsoc-$(PRESET)-$(PLATFORM)
run-gvsoc: setup
	$(BIN)/python -m femba_edge.run.gvsoc_flow --preset $(PRESET) --out $(GVSOC_DIR) \
	  --platform $(PLATFORM) --vectors $(GVSOC_VECTORS) $(if $(ONNX),--onnx $(ONNX)) \
	  $(if $(RECORD),--record $(RECORD)) \
	  --command "GVSOC=$$GVSOC make run-gvsoc PRESET=$(PRESET) PLATFORM=$(PLATFORM)$(if $(ONNX), ONNX=$(ONNX)) GVSOC_VECTORS=$(GVSOC_VECTORS) GVSOC_DIR=$(GVSOC_DIR)$(if $(RECORD), RECORD=$(RECORD))"

test: setup
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check femba_edge tests

clean:
	rm -rf $(VENV) runs build .pytest_cache
