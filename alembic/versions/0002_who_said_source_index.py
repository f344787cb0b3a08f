"""who-said --source: the claim's sort key on claim_chain, and an index in output order

``who-said --source S`` lists the claims whose chain contains S, ordered by the article's
date (undated last), article and position in the article. 0001 had to collect every claim
of S and sort them (linear in the store for a hub source). 0002 copies the sort key
(``articles.published``, ``claims.article_id``, ``claims.seq``) onto each chain link and
indexes ``(source_id, published, article_id, seq, claim_id)``: the query walks that index
in output order and stops at its limit. The index replaces
``ix_claim_chain_source_position``, which nothing read in position order.

The writer fills the three columns itself; a trigger fills them for links inserted without
them (``sources merge`` rewrites chains), and another keeps ``published`` in step when an
article's date changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = (
    # AFTER INSERT: SQLite triggers cannot assign NEW
    "CREATE TRIGGER claim_chain_sort_ai AFTER INSERT ON claim_chain "
    "WHEN NEW.article_id IS NULL BEGIN "
    "UPDATE claim_chain SET (published, article_id, seq) = ("
    "SELECT a.published, c.article_id, c.seq FROM claims c "
    "JOIN articles a ON a.id = c.article_id WHERE c.id = NEW.claim_id) "
    "WHERE claim_id = NEW.claim_id AND position = NEW.position; END",
    "CREATE TRIGGER articles_published_au AFTER UPDATE OF published ON articles "
    "WHEN NEW.published IS NOT OLD.published BEGIN "
    "UPDATE claim_chain SET published = NEW.published "
    "WHERE claim_id IN (SELECT id FROM claims WHERE article_id = NEW.id); END",
)

_PG_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION claim_chain_sort_fill() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "SELECT a.published, c.article_id, c.seq INTO NEW.published, NEW.article_id, NEW.seq "
    "FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = NEW.claim_id; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER claim_chain_sort_bi BEFORE INSERT ON claim_chain FOR EACH ROW "
    "WHEN (NEW.article_id IS NULL) EXECUTE FUNCTION claim_chain_sort_fill()",
    "CREATE OR REPLACE FUNCTION articles_published_sync() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE claim_chain SET published = NEW.published "
    "WHERE claim_id IN (SELECT id FROM claims WHERE article_id = NEW.id); "
    "RETURN NULL; END $$",
    "CREATE TRIGGER articles_published_au AFTER UPDATE OF published ON articles FOR EACH ROW "
    "WHEN (OLD.published IS DISTINCT FROM NEW.published) "
    "EXECUTE FUNCTION articles_published_sync()",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("claim_chain", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("article_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.drop_index("ix_claim_chain_source_position")

    # backfill a store made by 0001 before indexing it
    if dialect == "sqlite":
        op.execute(
            "UPDATE claim_chain SET (published, article_id, seq) = ("
            "SELECT a.published, c.article_id, c.seq FROM claims c "
            "JOIN articles a ON a.id = c.article_id WHERE c.id = claim_chain.claim_id)"
        )
    else:
        op.execute(
            "UPDATE claim_chain cc SET published = a.published, article_id = c.article_id, "
            "seq = c.seq FROM claims c JOIN articles a ON a.id = c.article_id "
            "WHERE c.id = cc.claim_id"
        )

    with op.batch_alter_table("claim_chain", schema=None) as batch_op:
        batch_op.create_index(
            "ix_claim_chain_source_order",
            ["source_id", "published", "article_id", "seq", "claim_id"],
            unique=False,
        )
    for statement in _SQLITE_TRIGGERS if dialect == "sqlite" else _PG_FUNCTIONS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS articles_published_au")
        op.execute("DROP TRIGGER IF EXISTS claim_chain_sort_ai")
    else:
        op.execute("DROP TRIGGER IF EXISTS articles_published_au ON articles")
        op.execute("DROP TRIGGER IF EXISTS claim_chain_sort_bi ON claim_chain")
        op.execute("DROP FUNCTION IF EXISTS articles_published_sync()")
        op.execute("DROP FUNCTION IF EXISTS claim_chain_sort_fill()")
    with op.batch_alter_table("claim_chain", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_chain_source_order")
        batch_op.create_index(
            "ix_claim_chain_source_position", ["source_id", "position"], unique=False
        )
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): a batch "move and copy" of
    # claim_chain would fail on claims_view, which reads the table
    for column in ("seq", "article_id", "published"):
        op.execute(f"ALTER TABLE claim_chain DROP COLUMN {column}")
