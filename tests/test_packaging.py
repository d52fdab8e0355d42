"""A regular (non-editable) install must carry the C sources codegen renders and copies: the
wheel ships templates/ and firmware/ as femba_edge/_c/ (setup.py), and codegen finds them there."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_wheel_ships_templates_and_firmware(tmp_path):
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                          "--no-build-isolation", "-w", str(tmp_path), str(REPO)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert res.returncode == 0, res.stderr[-2000:]
    (wheel,) = tmp_path.glob("femba_edge-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for part in ("templates", "firmware"):
        expected = {f"femba_edge/_c/{p.relative_to(REPO).as_posix()}"
                    for p in (REPO / part).rglob("*") if p.is_file()}
        assert expected and expected <= names, sorted(expected - names)[:5]
