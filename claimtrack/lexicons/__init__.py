"""Lexicons are data files beside this module; this loader is the only code here.

* ``*.txt``: one entry a line; ``#`` starts a comment; blank lines are ignored.
* ``*.toml``: structured tables (sources and their aliases, transliteration rules, ...).

Parsing the ``.toml`` files with ``tomllib`` (pure Python) took about 25 ms of every
command's start-up. Their parsed tables are therefore kept in ``__pycache__`` beside this
module (where ``find -name __pycache__ -delete`` and the like clear them with the
bytecode): one ``marshal`` file per lexicon and interpreter, holding the SHA-256 of the
text it was parsed from. A cached table is used only when that digest is the one of the
file as it is now, so an edited lexicon is parsed again; a cache that cannot be read or
written (a read-only install) only means parsing. Like bytecode, the cache is written
only where Python writes bytecode: ``PYTHONDONTWRITEBYTECODE`` (``sys.dont_write_bytecode``)
keeps the package's folders untouched, and tables already cached are still read.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import tomllib
from functools import cache
from importlib import resources
from importlib.util import cache_from_source
from pathlib import Path
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
    return parse_table(_read_text(name), _cache_file(name))


def _cache_file(name: str) -> Path | None:
    """Where the parsed ``name`` is kept: this package's ``__pycache__`` (or its place under
    ``sys.pycache_prefix``), tagged with the interpreter (``marshal``'s format is its own)."""
    try:
        folder = Path(cache_from_source(__file__)).parent
    except (NotImplementedError, ValueError):  # no cache tag, or an odd install
        return None
    return folder / f"{name}.{sys.implementation.cache_tag}.marshal"


def parse_table(text: str, cached: Path | None) -> dict[str, Any]:
    """The TOML document ``text`` as a dict: from the file ``cached`` when it holds the
    parse of exactly this text, else parsed (and ``cached`` written, if it can be)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
    if cached is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            found = marshal.loads(cached.read_bytes())
            if isinstance(found, tuple) and len(found) == 2 and found[0] == digest:
                parsed: dict[str, Any] = found[1]
                return parsed
    parsed = tomllib.loads(text)
    if cached is not None and not sys.dont_write_bytecode:
        _write(cached, (digest, parsed))
    return parsed


def _write(path: Path, value: Any) -> None:
    """Replace ``path`` with ``value`` marshalled, in one step (readers never see half a
    file); give up quietly where the folder cannot be written."""
    tmp = None
    try:
        blob = marshal.dumps(value)  # ValueError: a value marshal cannot hold (a date)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.chmod(tmp, 0o644)  # readable by all, as bytecode is (mkstemp makes it 0o600)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
