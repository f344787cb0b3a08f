"""The optional compiled build (hatch_build.py): what it compiles and how an install tells.

The compiled build itself is built and tested in CI (`.ci/run`, "compiled build"): the whole
suite runs a second time against a wheel built with HATCH_BUILD_HOOK_ENABLE_CUSTOM=1.
"""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from typer.testing import CliRunner

import claimtrack
from claimtrack.cli import app

REPO = Path(__file__).resolve().parent.parent


def _compile_patterns() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    assert hook["enable-by-default"] is False, "a plain `pip install .` must stay pure Python"
    return list(hook["compile"])


def test_every_compile_pattern_names_existing_modules() -> None:
    for pattern in _compile_patterns():
        assert list(REPO.glob(pattern)), f"{pattern} matches no file"


def test_the_version_probes_are_modules_the_build_compiles() -> None:
    patterns = _compile_patterns()
    for name in claimtrack._COMPILED_PROBES:
        path = name.replace(".", "/") + ".py"
        assert any(fnmatch(path, p) for p in patterns), f"{name} is not compiled"


def test_version_says_whether_this_install_is_compiled() -> None:
    from claimtrack.conflicts import detect

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    is_compiled = not detect.__file__.endswith(".py")
    assert ("compiled with mypyc" in result.output) is is_compiled
    assert claimtrack.compiled() is is_compiled
