"""Training past one process: `torchrun --nproc_per_node=N -m femba_edge train|qat|pretrain`.

Every rank draws the same global batches (same seed) and takes its share of each (rank::world);
DistributedDataParallel averages the gradients. The loss of a share is scaled so that the average
is exactly the loss of the whole global batch: the global batch size, and so the optimisation,
do not change with N. Rank 0 alone prints and writes outputs. gloo on CPU, NCCL on CUDA."""

from __future__ import annotations

import os

import torch

from femba_edge.errors import UserError

DEVICES = ("auto", "cpu", "cuda")


def world_size() -> int:
    """Processes in the run (1 without torchrun)."""
    return int(os.environ.get("WORLD_SIZE", "1"))


def rank() -> int:
    """This process's rank (0 without torchrun)."""
    return int(os.environ.get("RANK", "0"))


def is_main() -> bool:
    """True on the process that prints and writes (rank 0)."""
    return rank() == 0


def pick_device(choice: str = "auto") -> torch.device:
    """cpu, cuda (this rank's GPU under torchrun), or auto = cuda when available."""
    if choice not in DEVICES:
        raise UserError(f"unknown device {choice!r} (choose from {', '.join(DEVICES)})")
    if choice == "cuda" and not torch.cuda.is_available():
        raise UserError("--device cuda: no CUDA device is available to this process")
    if choice == "cpu" or not torch.cuda.is_available():
        return torch.device("cpu")
    return torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))


def init(device: torch.device) -> None:
    """Join the process group once (gloo on CPU, NCCL on CUDA); no-op in a single process."""
    import torch.distributed as dist

    if world_size() > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")


def check_batch(batch: int) -> None:
    """UserError when there are more processes than samples in one global batch."""
    if world_size() > batch:
        raise UserError(f"{world_size()} processes but a global batch of {batch} windows: use "
                        f"--batch-size >= {world_size()} or fewer processes")
