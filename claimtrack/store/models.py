"""SQLAlchemy 2.x models: the store's schema.

Table and column names are meant to be read by people (Datasette, sqlite-utils).
Every change here needs a migration in ``alembic/versions``; ``tests/test_migrations.py``
fails when models and migrations drift apart.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}  # noqa: RUF012


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    extractor_version: Mapped[int] = mapped_column(Integer)
    ingested_at: Mapped[datetime]
    relay_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL")
    )
    # False until the article's claims have been compared with the store for conflicts;
    # an ingest that was killed in between leaves it False and the next ingest catches up
    conflicts_checked: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    full_name: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(String(300))
    # folded name: two spellings of one source share it (see normalise.translit)
    key: Mapped[str] = mapped_column(String(300), unique=True)


class SourceAliasRow(Base):
    __tablename__ = "source_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500), unique=True)


class ClaimGroupRow(Base):
    """A corroboration group: claims that state the same thing."""

    __tablename__ = "claim_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(500), unique=True)
    independent_origins: Mapped[int] = mapped_column(Integer, default=1)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)  # order within the article
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(200))
    modality: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    reading: Mapped[dict[str, Any] | None]
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim_groups.id", ondelete="SET NULL"), index=True
    )


class ClaimChainRow(Base):
    """One link of a claim's chain; position 0 is the outermost relay."""

    __tablename__ = "claim_chain"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    # The claim's who-said sort key, copied from its claim and article (migration 0002):
    # ``who-said --source`` walks ``ix_claim_chain_source_order`` in output order and stops
    # at its limit instead of sorting every claim of a hub source. Written by the writer; a
    # trigger fills them for rows inserted without them (registry merges) and keeps
    # ``published`` in step with ``articles.published``.
    published: Mapped[date | None] = mapped_column(Date)
    article_id: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)


class SourceCountRow(Base):
    """How many claims a source originates and how many hold it in their chain (0003).

    ``originated``: claims whose ``claims.source_id`` is the source; ``in_chain``: distinct
    claims whose ``claim_chain`` holds it (so relayed = in_chain - originated). Kept exact by
    every writer of claims and chains (``claimtrack.store.writer.add_source_counts``): the
    who-said summary and the sources listing read them instead of aggregating the store.
    """

    __tablename__ = "source_counts"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    originated: Mapped[int] = mapped_column(Integer, default=0)
    in_chain: Mapped[int] = mapped_column(Integer, default=0)


class ClaimKeyRow(Base):
    """The blocking keys of a claim (event family + anchor): a new claim is compared with
    the claims that share one of its keys (see ``claimtrack.conflicts.block_keys``)."""

    __tablename__ = "claim_keys"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(300), primary_key=True)


class EntityRow(Base):
    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))


class EntitySpellingRow(Base):
    __tablename__ = "entity_spellings"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    spelling: Mapped[str] = mapped_column(String(300), unique=True)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(String(300))


class ConflictRow(Base):
    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("claim_a_id", "claim_b_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    claim_a_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    claim_b_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    relay_distortion: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[dict[str, Any] | None]


class RegistryEditRow(Base):
    """User corrections to the source and entity registries, replayed on re-extraction."""

    __tablename__ = "registry_edits"

    id: Mapped[int] = mapped_column(primary_key=True)
    op: Mapped[str] = mapped_column(String(40))  # source-alias, source-merge, entity-merge, ...
    arg1: Mapped[str] = mapped_column(String(500))
    arg2: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime]


Index(
    "ix_claim_chain_source_order",
    ClaimChainRow.source_id,
    ClaimChainRow.published,
    ClaimChainRow.article_id,
    ClaimChainRow.seq,
    ClaimChainRow.claim_id,
)
Index("ix_claim_keys_key_claim", ClaimKeyRow.key, ClaimKeyRow.claim_id)
