"""Indexes for a topic's entity look-up: lower(spelling), the key's first and last word

``who-said TOPIC`` first finds the entities the topic names: by key, by a spelling seen in
an article (``lower(spelling) = topic``), and, for a one-word topic, by the last word of
the key (a bare surname: "Kisel" finds "sergey kisel") or its first word (a bare first
name). The key was matched with ``LIKE '% kisel'`` and the spelling through ``lower()``:
neither can use an index, so every topic query read every entity and spelling, 100-240 ms
on SQLite at 300,000 entities (``benchmarks/RESULTS.md``). These are indexes on exactly
the expressions ``claimtrack.query`` compares, per dialect (an index on an expression
serves only that expression):

* last word: SQLite ``substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1)``
  (``rtrim`` strips the last word's characters back to the last space), PostgreSQL
  ``regexp_replace(key, '^.* ', '')``;
* first word: SQLite ``substr(key, 1, instr(key, ' ') - 1)``, PostgreSQL
  ``split_part(key, ' ', 1)``.

A key without a space is its own last (PostgreSQL: and first) word; such an entity is
already found by the key itself, so the equality finds the same entities as the ``LIKE``.

Not part of the models (``alembic/env.py`` leaves them out of autogenerate).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LAST_WORD = {
    "sqlite": "substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1)",
    "postgresql": "regexp_replace(key, '^.* ', '')",
}
FIRST_WORD = {
    "sqlite": "substr(key, 1, instr(key, ' ') - 1)",
    "postgresql": "split_part(key, ' ', 1)",
}
NAMES = ("ix_entity_key_last_word", "ix_entity_key_first_word", "ix_entity_spelling_lower")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_entity_spelling_lower ON entity_spellings (lower(spelling))"
    )
    if dialect in LAST_WORD:
        for name, expr in (
            ("ix_entity_key_last_word", LAST_WORD[dialect]),
            ("ix_entity_key_first_word", FIRST_WORD[dialect]),
        ):
            op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON entities (({expr}))")


def downgrade() -> None:
    for name in NAMES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
