"""Full-text index: one insert per article instead of a trigger per claim (SQLite)

The AFTER INSERT trigger indexed each claim's text in a statement of its own, and FTS5
writes its pending terms out as a new index segment at the end of every such statement:
a 20-claim article made 20 tiny segments, merged again later. That was about 80 % of the
cost of inserting a claim (``benchmarks/RESULTS.md``, twelfth pass). The writer now
indexes an article's claims with one ``INSERT INTO claims_fts ... SELECT`` after inserting
them (``claimtrack.store.writer.index_claim_texts``), which fills the same index. The
delete and update triggers stay: they run once per removed claim, as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 11:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS claims_fts_ai")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
            "INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END"
        )
