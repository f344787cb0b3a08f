"""source_counts: per-source claim counts for the who-said summary and the sources listing

``claimtrack who-said`` with no topic and no ``--source`` (and ``claimtrack sources``) showed,
for every source, the claims it originates and the claims it relays, by aggregating the
whole ``claims`` and ``claim_chain`` tables (seconds at a million claims). 0003 stores the
two counts per source: ``originated`` (claims whose ``source_id`` is the source) and
``in_chain`` (distinct claims whose chain holds it); relayed = in_chain - originated.

The writers keep them exact (``claimtrack.store.writer.add_source_counts``: one upsert of
increments per article, and of the differences when an article is re-extracted or a source
merged). This migration backfills them from the stored claims and chains.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_counts",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("originated", sa.Integer(), nullable=False),
        sa.Column("in_chain", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_counts_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_counts")),
    )
    # one indexed count per source (claims.source_id, claim_chain's source index)
    op.execute(
        "INSERT INTO source_counts (source_id, originated, in_chain) SELECT s.id, "
        "(SELECT count(*) FROM claims c WHERE c.source_id = s.id), "
        "(SELECT count(DISTINCT cc.claim_id) FROM claim_chain cc WHERE cc.source_id = s.id) "
        "FROM sources s"
    )


def downgrade() -> None:
    op.drop_table("source_counts")
