"""Model configuration: presets and JSON overrides."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from femba_edge.errors import UserError

PATCH_CHANNELS = 2  # patch height in channels (Conv2d kernel = stride = (2, 16))
PATCH_SAMPLES = 16  # patch width in samples


class ConfigError(UserError, ValueError):
    """A model configuration that cannot be built."""


@dataclass(frozen=True)
class ModelConfig:
    """Shape of a FEMBA model. Everything needed to rebuild it lives here."""

    channels: int = 22
    samples: int = 1280
    fs: float = 256.0
    embed_dim: int = 35
    blocks: int = 2
    d_state: int = 16
    expand: int = 4
    d_conv: int = 4
    classes: int = 2

    @property
    def d_model(self) -> int:
        return (self.channels // PATCH_CHANNELS) * self.embed_dim

    @property
    def tokens(self) -> int:
        return self.samples // PATCH_SAMPLES

    @property
    def d_inner(self) -> int:
        return self.expand * self.d_model

    @property
    def dt_rank(self) -> int:
        return math.ceil(self.d_model / 16)

    def validate(self) -> ModelConfig:
        """Raise ConfigError with one line if the shapes cannot form a FEMBA model."""
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name != "fs" and (not isinstance(v, int) or isinstance(v, bool)):
                raise ConfigError(f"config field '{f.name}' must be an integer, got {v!r}")
            if v <= 0:
                raise ConfigError(f"config field '{f.name}' must be positive, got {v!r}")
        if self.channels % PATCH_CHANNELS:
            raise ConfigError(
                f"channels={self.channels} is not a multiple of the patch height {PATCH_CHANNELS}"
            )
        if self.samples % PATCH_SAMPLES:
            raise ConfigError(
                f"samples={self.samples} is not a multiple of the patch width {PATCH_SAMPLES}"
            )
        if self.classes < 2:
            raise ConfigError(f"classes={self.classes}: need at least 2 classes")
        return self

    def to_dict(self) -> dict:
        return asdict(self)


PRESETS: dict[str, ModelConfig] = {
    # Published FEMBA-Tiny / Base (TUAB: 22 bipolar channels, 256 Hz, 5 s).
    "tiny": ModelConfig(embed_dim=35, blocks=2),
    "base": ModelConfig(embed_dim=35, blocks=12),
    # The demo: same input as TUAB, a model that trains in minutes on 2 cores.
    "demo": ModelConfig(embed_dim=4, blocks=1, d_state=8, expand=2),
    # Test presets: seconds, not minutes.
    "small": ModelConfig(channels=4, samples=128, embed_dim=6, blocks=2, d_state=4, expand=2),
    "micro": ModelConfig(channels=2, samples=32, embed_dim=3, blocks=1, d_state=2, expand=2),
}


def load_config(spec: str | Path, **overrides) -> ModelConfig:
    """Build a config from a preset name or a JSON file (optionally `{"preset": ..., ...}`)."""
    spec = str(spec)
    if spec in PRESETS:
        cfg = PRESETS[spec]
    else:
        path = Path(spec)
        if not path.is_file():
            raise ConfigError(
                f"'{spec}' is neither a preset ({', '.join(PRESETS)}) nor a JSON config file"
            )
        try:
            data = json.loads(path.read_text())
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{path}: not valid JSON ({e})") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a JSON object")
        base = data.pop("preset", "tiny")
        if base not in PRESETS:
            raise ConfigError(f"{path}: unknown preset '{base}'")
        cfg = config_from_dict(data, base=PRESETS[base], where=str(path))
    if overrides:
        cfg = replace(cfg, **{k: v for k, v in overrides.items() if v is not None})
    return cfg.validate()


def config_from_dict(
    data: dict, base: ModelConfig | None = None, where: str = "config"
) -> ModelConfig:
    """Apply a dict of fields onto `base` (default: the dataclass defaults), rejecting unknowns."""
    names = {f.name for f in fields(ModelConfig)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(f"{where}: unknown config field(s) {', '.join(unknown)}")
    return replace(base or ModelConfig(), **data).validate()
