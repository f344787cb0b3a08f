"""Optional compiled build: the extraction and conflict modules compiled with mypyc.

Off by default. ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .`` (or ``pip wheel``) turns
it on; the modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom] compile`` in
``pyproject.toml`` are then compiled to C extensions and shipped beside their ``.py`` files
(Python imports the extension first). The code is the same: mypyc compiles the typed Python
that the interpreter runs, checked with the project's own ``[tool.mypy]`` settings.

The compilation happens in a temporary copy of the package, never in the source tree, so a
checkout used for development keeps running its ``.py`` files. Editable installs are never
compiled, for the same reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="claimtrack-compiled",
    packages=[],
    py_modules=[],
    ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3"),
)
"""


def _mypy_ini(pyproject: Path) -> str:
    """The project's ``[tool.mypy]`` table as a mypy.ini (mypyc reads no pyproject here)."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["mypy"]
    lines = ["[mypy]"]
    for key, value in config.items():
        if key == "files":
            continue
        if isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = str(value)
        lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


class CompileHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        patterns = self.config.get("compile", [])
        root = Path(self.root)
        modules = sorted(
            os.path.relpath(path, root) for pattern in patterns for path in root.glob(pattern)
        )
        if not modules:
            raise ValueError("the compile hook lists no module to compile")
        self._tmp = tempfile.mkdtemp(prefix="claimtrack-mypyc-")
        work = Path(self._tmp)
        shutil.copytree(root / "claimtrack", work / "claimtrack")
        (work / "mypy.ini").write_text(_mypy_ini(root / "pyproject.toml"), encoding="utf-8")
        (work / "setup.py").write_text(_SETUP, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "setup.py", ",".join(modules), "build_ext", "--inplace"],
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if result.returncode:
            raise RuntimeError(f"mypyc failed:\n{result.stdout[-6000:]}")
        suffix = ".so" if os.name != "nt" else ".pyd"
        # the modules' extensions, and the shared library mypyc puts at the top level
        built = glob.glob(str(work / "claimtrack" / "**" / f"*{suffix}"), recursive=True)
        built += glob.glob(str(work / f"*{suffix}"))
        for path in built:
            build_data["force_include"][path] = os.path.relpath(path, work)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
