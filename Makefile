# femba-edge: every entry point sets itself up (virtualenv + apt packages) and is idempotent.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
APT_PACKAGES := gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DIR ?= runs/demo
DEMO_EPOCHS ?= 12
PRESET ?= demo

.PHONY: all setup venv apt demo test lint clean

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

demo: setup
	$(BIN)/femba-edge qat --model $(PRESET) --data synthetic --epochs $(DEMO_EPOCHS) --out $(DEMO_DIR)
	$(BIN)/femba-edge export $(DEMO_DIR) --out $(DEMO_DIR)/model.onnx --vectors 8

test: setup
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check femba_edge tests

clean:
	rm -rf $(VENV) runs build .pytest_cache
