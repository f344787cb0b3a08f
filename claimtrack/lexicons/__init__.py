"""Lexicons are data files beside this module; this loader is the only code here.

* ``*.txt``: one entry a line; ``#`` starts a comment; blank lines are ignored.
* ``*.toml``: structured tables (sources and their aliases, transliteration rules, ...).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


def _read_text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` lexicon, in file order, comments and blanks removed."""
    out: list[str] = []
    for raw in _read_text(name).splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def table(name: str) -> dict[str, Any]:
    """A ``.toml`` lexicon as a dict."""
    return tomllib.loads(_read_text(name))
