"""Training past one process: torchrun with 2 gloo processes on the CPU takes the same optimiser
step as one process with the same global batch; rank 0 alone writes; more processes than windows
in a global batch is one clear error."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from conftest import SMALL_DATA, error_line, invoke

from femba_edge.artifacts import load_checkpoint

TORCHRUN = Path(sys.executable).with_name("torchrun")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _torchrun(args: list[str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK")}
    env["OMP_NUM_THREADS"] = "1"
    launcher = str(TORCHRUN if TORCHRUN.is_file() else shutil.which("torchrun"))
    return subprocess.run([launcher, "--nproc_per_node=2", f"--master_port={_free_port()}", "-m",
                           "femba_edge", *args], capture_output=True, text=True, env=env,
                          timeout=600)


# SMALL_DATA has 72 windows of 12 subjects. train: 48 / 12 / 12 split, global batches of 24 =
# two optimiser steps (one-cycle gives a lone step only its final, tiny learning rate);
# pretrain: 60 train windows (2 subjects held out), batches of 30.
CASES = {"train": ("24", "model.pt", "float", "state_dict", "float test:"),
         "pretrain": ("30", "pretrain.pt", "pretrain", "encoder_state_dict", "pretrain:")}


@pytest.mark.skipif(not TORCHRUN.is_file() and not shutil.which("torchrun"),
                    reason="torchrun not installed next to this Python")
@pytest.mark.parametrize("command", list(CASES))
def test_two_processes_take_the_single_process_steps(tmp_path, command):
    batch, _, kind, key, result = CASES[command]
    args = [command, "--model", "small", "--data", SMALL_DATA, "--epochs", "1",
            "--batch-size", batch, "--device", "cpu"]
    single = invoke(*args, "--out", tmp_path / "one", "--quiet")
    assert single.exit_code == 0, single.output
    proc = _torchrun([*args, "--out", str(tmp_path / "two")])
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.count(result) == 1  # rank 0 alone prints the result
    a = load_checkpoint(tmp_path / "one", kind=kind)[key]
    b = load_checkpoint(tmp_path / "two", kind=kind)[key]
    assert a.keys() == b.keys()
    # the steps moved the weights: the comparison below is not of two untouched inits
    from femba_edge.config import config_from_dict
    from femba_edge.model import Femba
    from femba_edge.train.loop import seed_everything

    seed_everything(0)
    init = Femba(config_from_dict(load_checkpoint(tmp_path / "one", kind=kind)["config"]))
    init = init.state_dict()
    assert sum(not torch.allclose(init[k], a[k], atol=1e-4) for k in a) > len(a) // 2
    worst = max(float((a[k] - b[k]).abs().max()) for k in a)
    assert worst < 1e-5, worst  # summation order differs across ranks: float, not bit, equality


def test_more_processes_than_batch_windows_is_one_error(tmp_path, monkeypatch):
    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("RANK", "0")
    out = tmp_path / "o"
    res = invoke("train", "--model", "small", "--data", SMALL_DATA, "--epochs", "1",
                 "--batch-size", "2", "--out", out)
    assert res.exit_code == 2
    assert "4 processes but a global batch of 2 windows" in error_line(res)
    assert not out.exists()
