"""README.md documents every command registered on the CLI, sub-commands included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import typer

from claimtrack.cli import app

from .conftest import REPO


def _command_paths(group: Any, prefix: tuple[str, ...] = ()) -> Iterator[str]:
    for name, cmd in getattr(group, "commands", {}).items():
        if getattr(cmd, "hidden", False):
            continue
        path = (*prefix, name)
        yield " ".join(path)
        yield from _command_paths(cmd, path)


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    paths = list(_command_paths(typer.main.get_command(app)))
    assert {"ingest", "who-said", "sources", "sources alias", "show", "graph"} <= set(paths)
    missing = [p for p in paths if f"claimtrack {p}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"
