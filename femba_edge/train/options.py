"""What a user controls about data handling and output in `train` / `qat` (and `pretrain`):
normalisation, batch size, the split, and how much is printed."""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass

from femba_edge.data.errors import DataError
from femba_edge.data.normalize import NORM_METHODS
from femba_edge.train.distributed import DEVICES, check_batch, is_main


@dataclass(frozen=True)
class RunOptions:
    """Data and output options of a training run (recorded in the checkpoint's preprocessing so
    `export` rebuilds the very same held-out split)."""

    norm: str = "q95"
    batch_size: int = 32
    val_frac: float = 0.15
    test_frac: float = 0.15
    test_groups: tuple[str, ...] = ()
    quiet: bool = False
    device: str = "auto"
    augment: bool = True
    amp: bool = False

    def validate(self) -> RunOptions:
        """DataError on a value no run can use."""
        if self.norm not in NORM_METHODS:
            raise DataError(f"unknown normalisation {self.norm!r}; expected one of "
                            f"{', '.join(NORM_METHODS)}")
        if self.batch_size < 1:
            raise DataError(f"--batch-size must be at least 1, got {self.batch_size}")
        if self.device not in DEVICES:
            raise DataError(f"unknown device {self.device!r} (choose from {', '.join(DEVICES)})")
        check_batch(self.batch_size)
        if not (0 < self.val_frac < 1 and 0 < self.test_frac < 1
                and self.val_frac + self.test_frac < 1):
            raise DataError(f"split fractions must be in (0, 1) with sum < 1, got "
                            f"val {self.val_frac}, test {self.test_frac}")
        return self

    @property
    def bars(self) -> bool:
        """Progress bars only where a person watches: on a terminal, and not with --quiet
        (a redirected log would otherwise fill with carriage-return frames)."""
        return not self.quiet and sys.stderr.isatty() and is_main()

    def say(self, msg: str) -> None:
        """A status line (stage header, data summary), unless --quiet."""
        if not self.quiet and is_main():
            print(msg, flush=True)

    def record(self) -> dict:
        """The options that define the data a model saw (saved in the checkpoint)."""
        d = asdict(self)
        d.pop("quiet")
        d.pop("device")
        d.pop("amp")
        d["test_groups"] = list(self.test_groups)
        return d

    @classmethod
    def from_record(cls, pre: dict, quiet: bool = False) -> RunOptions:
        """Options saved by `record` (older checkpoints: the defaults, with their norm)."""
        return cls(norm=pre.get("norm", "q95"), batch_size=int(pre.get("batch_size", 32)),
                   val_frac=float(pre.get("val_frac", 0.15)),
                   test_frac=float(pre.get("test_frac", 0.15)),
                   test_groups=tuple(pre.get("test_groups", ())), quiet=quiet,
                   augment=bool(pre.get("augment", False)))
