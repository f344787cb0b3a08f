"""Stage 1 (read): paths or standard input -> ``RawArticle`` records.

Needs: paths and optional metadata overrides. Adds: decoded text, title, publisher, date, url.
The article text is kept exactly as decoded (newlines normalised to ``\n``) so that claim
offsets always index what the store keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from claimtrack.records import RawArticle

SUFFIXES = (".txt", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class Overrides:
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ReadFailure:
    path: str
    reason: str  # one line, shown to the user


def iter_paths(paths: Iterable[str]) -> Iterator[str | ReadFailure]:
    """Expand directories (recursively, sorted) into readable files; ``-`` passes through."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    found = True
                    yield str(child)
            if not found:
                yield ReadFailure(p, "directory holds no .txt, .md or .html file")
        elif path.exists():
            yield str(path)
        else:
            yield ReadFailure(p, "no such file or directory")


def read_article(
    path: str, data: bytes, overrides: Overrides = Overrides()
) -> RawArticle | ReadFailure:
    """Decode one input and gather its metadata."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ReadFailure(path, "empty article")
    published = overrides.published
    m = _DATE_LINE.match(text)
    if m and published is None:
        try:
            published = date.fromisoformat(m.group(1))
        except ValueError:
            published = None
    title = overrides.title
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        if first and len(first) < 150 and not first.endswith((".", "!", "?", '"', "”")):
            title = first
    return RawArticle(
        path=path,
        text=text,
        title=title,
        publisher=overrides.publisher,
        published=published,
        url=overrides.url,
    )


def read_input(
    path: str,
    overrides: Overrides = Overrides(),
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: bytes | None = None,
) -> RawArticle | ReadFailure:
    """Read one file (or standard input for ``-``) into a ``RawArticle``."""
    if path == "-":
        data = stdin or b""
    else:
        try:
            size = Path(path).stat().st_size
            if size > max_bytes:
                return ReadFailure(
                    path, f"file is {size} bytes, over the limit of {max_bytes} (--max-bytes)"
                )
            data = Path(path).read_bytes()
        except OSError as err:
            return ReadFailure(path, f"cannot read: {err.strerror or err}")
    if len(data) > max_bytes:
        return ReadFailure(path, f"input is over the limit of {max_bytes} bytes (--max-bytes)")
    return read_article(path, data, overrides)
