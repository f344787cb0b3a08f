"""ix_articles_path_trgm (PostgreSQL, where pg_trgm can be had): ``who-said --article``
finds its articles through an index

``--article TEXT`` matches articles whose path contains TEXT (``LIKE '%TEXT%'``), which a
b-tree cannot seek, and a b-tree on ``path`` would refuse paths over about 2,700 bytes
anyway. A GIN index of the paths' trigrams (``pg_trgm``) answers a substring match of three
characters or more from the index: at 56,000 articles, 54-60 ms for the scan became a
bitmap index scan (see ``benchmarks/RESULTS.md``).

``pg_trgm`` ships with PostgreSQL (contrib) but creating an extension needs a privilege
that a team's role may not have: where ``CREATE EXTENSION`` fails, the migration goes on
without the index (inside a savepoint, so nothing else is lost) and the query scans the
paths as before. This revision is then recorded as applied, so it will not try again: a
role that may create the extension adds the index by hand later, with the two statements
given in README ("Working as a team on PostgreSQL").

Like ``ix_articles_path`` (0004), the index is not part of the models (``alembic/env.py``
leaves it out of autogenerate). SQLite is untouched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_articles_path_trgm ON articles USING gin (path gin_trgm_ops)"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            bind.exec_driver_sql(CREATE_INDEX)
            # fresh statistics: with stale ones (rows bulk-loaded since the last
            # autovacuum) the planner estimated 100 times the matching paths and kept
            # the scan (measured at 56,000 articles)
            bind.exec_driver_sql("ANALYZE articles")
    except DBAPIError:
        pass  # no privilege, or no contrib package: --article scans the paths


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_path_trgm")
