"""Alembic environment for claimtrack.

claimtrack runs migrations from code (``claimtrack.store.engine``) and passes its open
connection in ``config.attributes["connection"]``; the developer's ``alembic`` command
line builds an engine from ``sqlalchemy.url`` instead.
"""

from __future__ import annotations

import warnings
from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.exc import SAWarning

from claimtrack.store.models import Base

# the indexes on expressions (0006) cannot be reflected; they are unmanaged (below) anyway
warnings.filterwarnings(
    "ignore", message="Skipped unsupported reflection of expression-based index", category=SAWarning
)

config = context.config
target_metadata = Base.metadata

# Objects that are not described by the models: SQLite FTS5 tables (and their shadow
# tables), PostgreSQL full-text indexes, the path indexes (0004, 0005) and the indexes on
# expressions of the entity look-up (0006). Autogenerate must leave them alone.
_UNMANAGED_PREFIXES = (
    "claims_fts",
    "ix_claims_text_tsv",
    "ix_articles_path",
    "ix_entity_key_",
    "ix_entity_spelling_lower",
)


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
