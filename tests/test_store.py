"""Opening stores: creation, migrations, refusal of foreign or newer stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from claimtrack.errors import NotADatabaseError, SchemaTooNewError, StoreError
from claimtrack.store.engine import open_store, resolve_url, schema_version


def test_resolve_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    assert resolve_url(None) == "sqlite:///claimtrack.db"
    monkeypatch.setenv("CLAIMTRACK_DB", "/tmp/x.db")
    assert resolve_url(None) == "sqlite:////tmp/x.db"
    assert resolve_url("other.db") == "sqlite:///other.db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_new_store_is_migrated_to_head_and_uses_wal(db_path: str) -> None:
    store = open_store(db_path)
    assert schema_version(store) is not None
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    store.close()
    # opening again is a no-op
    again = open_store(db_path)
    assert schema_version(again) == schema_version(store)
    again.close()


@pytest.mark.parametrize(
    "content",
    [b"just some notes\n", b"\x00\x01\x02binary", "тест".encode()],
    ids=["text", "binary", "cyrillic"],
)
def test_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError):
        open_store(str(path))
    assert path.read_bytes() == content


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="directory"):
        open_store(str(tmp_path))


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "store.db"))


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="other tables"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_newer_schema_is_refused_naming_both_versions(db_path: str) -> None:
    store = open_store(db_path)
    head = schema_version(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    with pytest.raises(SchemaTooNewError) as info:
        open_store(db_path)
    assert "9999_future" in str(info.value) and str(head) in str(info.value)


def test_truncated_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    store = open_store(str(path))
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 50)  # keep the header, break the pages
    with pytest.raises(StoreError):
        open_store(str(path))


def test_postgres_store_opens_and_migrates(pg_url: str) -> None:
    store = open_store(pg_url)
    assert schema_version(store) is not None
    store.close()
    again = open_store(pg_url)
    assert schema_version(again) is not None
    again.close()
