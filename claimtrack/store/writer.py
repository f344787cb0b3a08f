"""Writing documents into the store: one article, one transaction, a handful of statements.

``write_document`` issues a fixed number of batched statements per article, whatever its
size: one insert for the article, one multi-row insert (with ``RETURNING``) for its claims,
one each for chain links, mentions, new sources, aliases, entities and spellings. Sources and
entities already seen in this run are served from ``SourceCache`` / ``EntityCache`` without a
round trip. New names are inserted with insert-or-ignore, so concurrent writers that meet
the same source at the same time both end up with the one row.

The caches are only valid for committed rows: call ``clear()`` after a rolled-back
transaction (``claimtrack.ingest`` does).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from claimtrack.conflicts import block_keys, facts_from_document
from claimtrack.normalise.translit import name_key
from claimtrack.records import Document, SourceRef
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimKeyRow,
    ClaimRow,
    EntityRow,
    EntitySpellingRow,
    MentionRow,
    SourceAliasRow,
    SourceRow,
)

AliasesOf = Callable[[str], Iterable[str]]
# Core tables, not the ORM classes: ``insert(ClaimRow)`` goes through the ORM bulk path,
# which costs several times more per row than a Core executemany.
_ARTICLES: Table = ArticleRow.__table__  # type: ignore[assignment]
_CLAIMS: Table = ClaimRow.__table__  # type: ignore[assignment]
_CHAIN: Table = ClaimChainRow.__table__  # type: ignore[assignment]
_MENTIONS: Table = MentionRow.__table__  # type: ignore[assignment]
_KEYS: Table = ClaimKeyRow.__table__  # type: ignore[assignment]
_KEY_MAX = 300  # claim_keys.key length
_CHUNK = 500  # bound on IN (...) lists and multi-row VALUES


def content_hash(text: str) -> str:
    """Identity of an article's text: unchanged text is never stored twice."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def _insert(session: Session, model: Any) -> Any:
    """A dialect (Core) insert that supports ``on_conflict_do_nothing``."""
    table = model.__table__
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _insert_ignore(session: Session, model: Any, rows: list[dict[str, Any]], key: str) -> None:
    """Insert ``rows`` (one executemany), skipping those whose ``key`` already exists."""
    if rows:
        session.execute(_insert(session, model).on_conflict_do_nothing(index_elements=[key]), rows)


def _ids_by_key(
    session: Session, column: Any, id_column: Any, keys: Sequence[str]
) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(keys)):
        out.update(session.execute(select(column, id_column).where(column.in_(chunk))).all())
    return out


def source_key(ref: SourceRef) -> str:
    return name_key(ref.name) or ref.name.lower()


class SourceCache:
    """Get-or-create for sources, safe against concurrent writers (insert-or-ignore)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def ensure(
        self, session: Session, refs: Iterable[SourceRef], aliases_of: AliasesOf | None = None
    ) -> None:
        """Make sure every source of ``refs`` has a row (batched: new ones only)."""
        new: dict[str, SourceRef] = {}
        for ref in refs:
            key = source_key(ref)
            if key not in self._ids and key not in new:
                new[key] = ref
        if not new:
            return
        _insert_ignore(
            session,
            SourceRow,
            [
                {
                    "name": r.name,
                    "full_name": r.full_name,
                    "kind": r.kind,
                    "role": r.role,
                    "key": k,
                }
                for k, r in sorted(new.items())
            ],
            "key",
        )
        ids = _ids_by_key(session, SourceRow.key, SourceRow.id, list(new))
        alias_rows: dict[str, dict[str, Any]] = {}
        for key, ref in sorted(new.items()):
            sid = ids[key]
            names = {ref.name, *(a for a in (aliases_of(ref.name) if aliases_of else ()) if a)}
            if ref.surface:
                names.add(ref.surface)
            if ref.full_name:
                names.add(ref.full_name)
            for alias in sorted(names):
                akey = name_key(alias)
                if akey and akey not in alias_rows:
                    alias_rows[akey] = {"source_id": sid, "alias": alias, "key": akey}
        # sorted by the unique key, like every insert-or-ignore here: concurrent writers
        # then take row locks in one order and cannot deadlock on PostgreSQL
        _insert_ignore(session, SourceAliasRow, [alias_rows[k] for k in sorted(alias_rows)], "key")
        self._ids.update(ids)

    def source_id(self, session: Session, ref: SourceRef, aliases: Iterable[str] = ()) -> int:
        key = source_key(ref)
        if key not in self._ids:
            alias_list = list(aliases)
            self.ensure(session, [ref], lambda _name: alias_list)
        return self._ids[key]

    def clear(self) -> None:
        self._ids.clear()


class EntityCache:
    """Get-or-create for entities and their spellings, batched per article."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._spellings: set[str] = set()

    def ensure(self, session: Session, mentions: Iterable[tuple[str, str, str]]) -> None:
        """``mentions``: (key, surface, kind). Creates missing entities and spellings."""
        new: dict[str, dict[str, Any]] = {}
        spellings: dict[str, str] = {}  # spelling -> key
        for key, surface, kind in mentions:
            if key not in self._ids and key not in new:
                new[key] = {"key": key, "name": surface, "kind": kind}
            if surface not in self._spellings:
                spellings.setdefault(surface, key)
        if new:
            _insert_ignore(session, EntityRow, [new[k] for k in sorted(new)], "key")
            self._ids.update(_ids_by_key(session, EntityRow.key, EntityRow.id, list(new)))
        if spellings:
            _insert_ignore(
                session,
                EntitySpellingRow,
                [{"entity_id": self._ids[k], "spelling": s} for s, k in sorted(spellings.items())],
                "spelling",
            )
            self._spellings.update(spellings)

    def __getitem__(self, key: str) -> int:
        return self._ids[key]

    def clear(self) -> None:
        self._ids.clear()
        self._spellings.clear()


def write_document(
    session: Session,
    doc: Document,
    *,
    digest: str,
    extractor_version: int,
    sources: SourceCache,
    aliases_of: AliasesOf | None = None,
    replace_article_id: int | None = None,
    entities: EntityCache | None = None,
) -> tuple[int, list[int]]:
    """Insert (or re-extract in place) one article with its claims; returns (id, claim ids).

    The caller owns the transaction, so an article is stored whole or not at all.
    """
    art = doc.article
    now = datetime.now(UTC)
    entities = entities if entities is not None else EntityCache()
    refs = [ref for claim in doc.claims for ref in claim.chain]
    if doc.relay is not None:
        refs.insert(0, doc.relay)
    sources.ensure(session, refs, aliases_of)
    relay_id = sources.source_id(session, doc.relay) if doc.relay else None
    if replace_article_id is None:
        article_id = session.execute(
            insert(_ARTICLES).returning(_ARTICLES.c.id),
            [
                {
                    "path": art.path,
                    "title": art.title,
                    "publisher": art.publisher,
                    "published": art.published,
                    "url": art.url,
                    "text": art.text,
                    "content_hash": digest,
                    "extractor_version": extractor_version,
                    "ingested_at": now,
                    "relay_source_id": relay_id,
                }
            ],
        ).scalar_one()
    else:
        article_id = replace_article_id
        session.execute(delete(ClaimRow).where(ClaimRow.article_id == article_id))
        existing = session.get(ArticleRow, article_id)
        assert existing is not None
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(
                extractor_version=extractor_version,
                ingested_at=now,
                relay_source_id=relay_id,
                title=art.title or existing.title,
                published=art.published or existing.published,
            )
        )

    if not doc.claims:
        return article_id, []
    chains = [[sources.source_id(session, ref) for ref in claim.chain] for claim in doc.claims]
    # a plain executemany, then one indexed read of the ids: RETURNING with
    # sort_by_parameter_order degrades to one statement per row on SQLite
    session.execute(
        insert(_CLAIMS),
        [
            {
                "article_id": article_id,
                "seq": seq,
                "text": claim.text,
                "start": claim.start,
                "end": claim.end,
                "cue": claim.cue,
                "modality": claim.modality,
                "source_id": chain[-1] if chain else None,
                "reading": claim.reading or None,
                "group_id": None,
            }
            for seq, (claim, chain) in enumerate(zip(doc.claims, chains, strict=True))
        ],
    )
    claim_ids: list[int] = list(
        session.scalars(
            select(_CLAIMS.c.id).where(_CLAIMS.c.article_id == article_id).order_by(_CLAIMS.c.seq)
        )
    )
    chain_values = [
        {"claim_id": cid, "position": pos, "source_id": sid}
        for cid, chain in zip(claim_ids, chains, strict=True)
        for pos, sid in enumerate(chain)
    ]
    if chain_values:
        session.execute(insert(_CHAIN), chain_values)

    key_values = [
        {"claim_id": cid, "key": key}
        for cid, facts in zip(claim_ids, facts_from_document(doc, article_id, 0), strict=True)
        for key in sorted(block_keys(facts))
        if len(key) <= _KEY_MAX
    ]
    if key_values:
        session.execute(insert(_KEYS), key_values)

    kept = [m for m in doc.mentions if m.claim_index is not None and m.key]
    if kept:
        entities.ensure(session, ((m.key, m.surface, m.kind) for m in kept))
        session.execute(
            insert(_MENTIONS),
            [
                {
                    "claim_id": claim_ids[m.claim_index],  # type: ignore[index]
                    "entity_id": entities[m.key],
                    "start": m.start,
                    "end": m.end,
                    "surface": m.surface,
                }
                for m in kept
            ],
        )
    return article_id, claim_ids
