"""ix_articles_path (SQLite only): ``who-said --article`` scans paths, not article texts

``--article TEXT`` matches articles whose path contains TEXT, which no index can seek. On
SQLite a scan of ``articles`` reads every article's full text (overflow pages): 110 ms for
56,000 articles. An index on ``path`` makes it a covering-index scan of the paths alone
(≈ 20 ms). PostgreSQL keeps large texts out of line (TOAST) already, and a b-tree index
there would refuse paths longer than about 2,700 bytes, so the index is SQLite's only and
is not part of the models (``alembic/env.py`` leaves it out of autogenerate).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX IF NOT EXISTS ix_articles_path ON articles (path)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_articles_path")
