"""Presets, JSON overrides and config errors."""

from __future__ import annotations

import json

import pytest

from femba_edge.config import PRESETS, ConfigError, load_config


def test_json_override(tmp_path):
    p = tmp_path / "c.json"
    p.write_text(json.dumps({"preset": "demo", "blocks": 3, "classes": 4}))
    cfg = load_config(p)
    assert (cfg.blocks, cfg.classes, cfg.embed_dim) == (3, 4, PRESETS["demo"].embed_dim)


@pytest.mark.parametrize(
    "content, message",
    [
        ({"channels": 21}, "multiple of the patch height"),
        ({"samples": 1000}, "multiple of the patch width"),
        ({"blocks": 0}, "must be positive"),
        ({"bogus": 1}, "unknown config field"),
        ({"classes": 1}, "at least 2 classes"),
        ({"embed_dim": 2.5}, "must be an integer"),
    ],
)
def test_bad_configs(tmp_path, content, message):
    p = tmp_path / "c.json"
    p.write_text(json.dumps(content))
    with pytest.raises(ConfigError, match=message):
        load_config(p)


def test_unknown_preset_and_bad_json(tmp_path):
    with pytest.raises(ConfigError, match="neither a preset"):
        load_config("huge")
    p = tmp_path / "c.json"
    p.write_text("{not json")
    with pytest.raises(ConfigError, match="not valid JSON"):
        load_config(p)
