"""Alembic environment for claimtrack.

claimtrack runs migrations from code (``claimtrack.store.engine``) and passes its open
connection in ``config.attributes["connection"]``; the developer's ``alembic`` command
line builds an engine from ``sqlalchemy.url`` instead.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from claimtrack.store.models import Base

config = context.config
target_metadata = Base.metadata

# Objects that are not described by the models: SQLite FTS5 tables (and their shadow
# tables), PostgreSQL full-text indexes and SQLite's path index (0004). Autogenerate must
# leave them alone.
_UNMANAGED_PREFIXES = ("claims_fts", "ix_claims_text_tsv", "ix_articles_path")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (name and name.startswith(_UNMANAGED_PREFIXES))


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///claimtrack.db")
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
