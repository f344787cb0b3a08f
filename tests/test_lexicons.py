"""The lexicon loader's cache of parsed TOML tables (``claimtrack.lexicons``)."""

from __future__ import annotations

import hashlib
import marshal
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from claimtrack import lexicons
from claimtrack.lexicons import parse_table

NAMES = sorted(
    p.name for p in resources.files("claimtrack.lexicons").iterdir() if p.name.endswith(".toml")
)
DOC = '[a]\nwords = ["x", "y"]\nn = 1.5\n[b.c]\nflag = true\n'


@pytest.fixture(autouse=True)
def _bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache is written where Python writes bytecode: here, whatever the environment."""
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


@pytest.mark.parametrize("name", NAMES)
def test_tables_are_the_toml_files(name: str) -> None:
    text = resources.files("claimtrack.lexicons").joinpath(name).read_text(encoding="utf-8")
    assert lexicons.table(name) == tomllib.loads(text)


def test_parsed_once_then_read_from_the_cache(tmp_path: Path) -> None:
    cached = tmp_path / "__pycache__" / "doc.toml.marshal"
    assert parse_table(DOC, cached) == tomllib.loads(DOC)
    assert marshal.loads(cached.read_bytes()) == (_digest(DOC), tomllib.loads(DOC))
    # a cache entry for exactly this text is what is returned (no parsing)
    cached.write_bytes(marshal.dumps((_digest(DOC), {"from": "cache"})))
    assert parse_table(DOC, cached) == {"from": "cache"}


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    cached = tmp_path / "doc.toml.marshal"
    cached.write_bytes(marshal.dumps((_digest(DOC), {"from": "cache"})))
    edited = DOC + 'extra = "z"\n'
    assert parse_table(edited, cached) == tomllib.loads(edited)
    assert marshal.loads(cached.read_bytes()) == (_digest(edited), tomllib.loads(edited))


@pytest.mark.parametrize("blob", [b"", b"\x00garbage", marshal.dumps(["not", "a", "pair"])])
def test_a_damaged_cache_is_ignored_and_replaced(tmp_path: Path, blob: bytes) -> None:
    cached = tmp_path / "doc.toml.marshal"
    cached.write_bytes(blob)
    assert parse_table(DOC, cached) == tomllib.loads(DOC)
    assert marshal.loads(cached.read_bytes())[0] == _digest(DOC)


def test_an_unwritable_cache_only_means_parsing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cached = blocker / "__pycache__" / "doc.toml.marshal"
    assert parse_table(DOC, cached) == tomllib.loads(DOC)
    assert parse_table(DOC, None) == tomllib.loads(DOC)
    assert list(tmp_path.iterdir()) == [blocker]


def test_no_cache_is_written_where_no_bytecode_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    cached = tmp_path / "__pycache__" / "doc.toml.marshal"
    assert parse_table(DOC, cached) == tomllib.loads(DOC)
    assert not cached.exists()
    # a table cached before is still read
    cached.parent.mkdir()
    cached.write_bytes(marshal.dumps((_digest(DOC), {"from": "cache"})))
    assert parse_table(DOC, cached) == {"from": "cache"}
