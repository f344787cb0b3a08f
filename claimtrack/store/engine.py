"""Opening a store: URL resolution, safety checks, SQLite pragmas, migrations from code."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from claimtrack.errors import NotADatabaseError, SchemaTooNewError, StoreError

DEFAULT_DB = "claimtrack.db"
ENV_VAR = "CLAIMTRACK_DB"
SQLITE_BUSY_TIMEOUT_MS = 30_000
_READING = "claimtrack_reading"  # execution option: see ``Store.reading``
_SQLITE_MAGIC = b"SQLite format 3\x00"


def resolve_url(db: str | None) -> str:
    """``--db`` beats ``$CLAIMTRACK_DB`` beats ``./claimtrack.db``; a bare path means SQLite."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser())


def migrations_dir() -> Path:
    """``alembic/`` in a source checkout, ``claimtrack/_alembic`` inside an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_alembic", package.parent / "alembic"):
        if (candidate / "env.py").is_file():
            return candidate
    raise StoreError("claimtrack's migrations are missing from this installation; reinstall it")


def _check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a directory, not a claimtrack store; nothing changed")
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as err:
            raise StoreError(f"cannot read store {path}: {err.strerror}") from err
        if head and head != _SQLITE_MAGIC:
            raise NotADatabaseError(
                f"{path} is not a SQLite database; it was left untouched (pass another --db path)"
            )
        if not os.access(path, os.W_OK):
            raise StoreError(f"store {path} is read-only; nothing changed")
        folder = path.parent if str(path.parent) else Path(".")
        if not os.access(folder, os.W_OK):
            # SQLite (WAL mode) must create its -wal and -shm files beside the store
            raise StoreError(
                f"store {path} is in a read-only folder ({folder}); SQLite needs to write its "
                "journal files there. Nothing changed; move the store or make the folder writable"
            )
        if head:
            _check_sqlite_tables(path)
    else:
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"cannot create store {path}: folder {parent} does not exist")
        if not os.access(parent, os.W_OK):
            raise StoreError(f"cannot create store {path}: folder {parent} is read-only")


def _check_sqlite_tables(path: Path) -> None:
    """Look at an existing file read-only before anything (even a PRAGMA) can write to it."""
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000
        )
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.OperationalError as err:  # locked, unreadable: not a sign of damage
        raise StoreError(f"cannot open store {path}: {err}; it was left untouched") from err
    except sqlite3.DatabaseError as err:
        raise StoreError(
            f"store {path} is damaged or not a database ({err}); it was left untouched"
        ) from err
    if tables and "alembic_version" not in tables:
        raise NotADatabaseError(
            f"{path} holds other tables and no claimtrack schema; it was left untouched "
            f"({', '.join(sorted(tables)[:3])} ...)"
        )


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, pool_pre_ping=False
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (see the
        # SQLAlchemy SQLite dialect docs, "Serializable isolation / Savepoints / DDL").
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Take the write lock up front: two writers then queue on busy_timeout instead
        # of failing with "database is locked" when a read transaction upgrades.
        # ``Store.reading``: a plain (deferred) BEGIN, one snapshot, no write lock.
        reading = conn.get_execution_options().get(_READING, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


class Store:
    """An open, migrated store. Use ``with store.session() as s:`` for one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(
            engine.execution_options(**{_READING: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def new_session(self) -> Session:
        """A session whose transactions the caller manages (see ``ingest._Writer``)."""
        return self._sessions()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        with self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One transaction for reads only: on SQLite it takes no write lock (writers go on
        meanwhile; WAL keeps its snapshot), and it is rolled back at the end."""
        with self._readers() as s:
            s.begin()
            try:
                yield s
            finally:
                s.rollback()

    def close(self) -> None:
        self.engine.dispose()


def open_store(db: str | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) and migrate the store named by ``db``.

    Raises ``StoreError`` subclasses with a one-line message for anything a user can fix.
    """
    url = resolve_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise StoreError(f"not a database path or URL: {url!r}") from err
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            _check_sqlite_path(Path(database))
        engine = _sqlite_engine(url)
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except Exception as err:  # unknown dialect, missing driver
            raise StoreError(f"cannot use database URL {parsed!r}: {err}") from err
    try:
        if migrate:
            _migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as err:
        engine.dispose()
        raise StoreError(f"cannot open store {parsed!r}: {_first_line(err)}") from err
    except DBAPIError as err:
        engine.dispose()
        raise StoreError(
            f"store {parsed!r} is damaged or not a claimtrack store: {_first_line(err)}"
        ) from err
    return Store(engine)


def _first_line(err: Exception) -> str:
    orig = getattr(err, "orig", None)
    return str(orig or err).strip().splitlines()[0] if str(orig or err).strip() else repr(err)


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


# The newest migration in ``alembic/versions`` (``tests/test_migrations.py`` checks that it
# is alembic's head). A store already there is opened without importing alembic, which
# costs about a quarter of a second on every command.
SCHEMA_HEAD = "0007"


def _at_head(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:
        return False  # no schema yet, or not a store: the full path says which
    return version == [(SCHEMA_HEAD,)]


def _migrate(engine: Engine) -> None:
    """Bring the schema to head; refuse a store made by a newer claimtrack."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # one migrator at a time across processes and machines
            conn.execute(text("SELECT pg_advisory_xact_lock(727274001)"))
        cfg = _alembic_config(conn)
        script = ScriptDirectory.from_config(cfg)
        head = script.get_current_head()
        current = MigrationContext.configure(conn).get_current_revision()
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError:
                raise SchemaTooNewError(
                    f"store schema version {current} is newer than this claimtrack "
                    f"(which knows up to {head}); upgrade claimtrack. Nothing changed."
                ) from None
        if current != head:
            if current is None:
                _refuse_foreign_tables(conn)
            command.upgrade(cfg, "head")


def _refuse_foreign_tables(conn: Connection) -> None:
    from sqlalchemy import inspect

    tables = set(inspect(conn).get_table_names())
    if tables:
        raise NotADatabaseError(
            "the database holds other tables and no claimtrack schema; it was left "
            f"untouched ({', '.join(sorted(tables)[:3])} ...)"
        )


def schema_version(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
