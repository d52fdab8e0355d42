"""Packaging hook (everything else is in pyproject.toml): a regular (non-editable) install ships
the repository's templates/ and firmware/ inside the package as femba_edge/_c/, so `femba-edge
codegen` works from a wheel; editable installs read them from the repository."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

C_SOURCES = ("templates", "firmware")


class BuildPyWithC(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        dest = Path(self.build_lib) / "femba_edge" / "_c"
        for part in C_SOURCES:
            shutil.copytree(part, dest / part, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithC})
