"""Writing documents into the store: one article, one transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from claimtrack.normalise.translit import name_key
from claimtrack.records import Document, SourceRef
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimRow,
    EntityRow,
    EntitySpellingRow,
    MentionRow,
    SourceAliasRow,
    SourceRow,
)


def content_hash(text: str) -> str:
    """Identity of an article's text: unchanged text is never stored twice."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def _insert(session: Session, model: Any) -> Any:
    """A dialect insert that supports ``on_conflict_do_nothing``."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model)


class SourceCache:
    """Get-or-create for sources, safe against concurrent writers (insert-or-ignore)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def source_id(self, session: Session, ref: SourceRef, aliases: Iterable[str] = ()) -> int:
        key = name_key(ref.name) or ref.name.lower()
        cached = self._ids.get(key)
        if cached is not None:
            return cached
        session.execute(
            _insert(session, SourceRow)
            .values(name=ref.name, full_name=ref.full_name, kind=ref.kind, role=ref.role, key=key)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        sid = session.scalar(select(SourceRow.id).where(SourceRow.key == key))
        assert sid is not None
        names = {ref.name, *(a for a in aliases if a)}
        if ref.surface:
            names.add(ref.surface)
        if ref.full_name:
            names.add(ref.full_name)
        for alias in sorted(names):
            akey = name_key(alias)
            if not akey:
                continue
            session.execute(
                _insert(session, SourceAliasRow)
                .values(source_id=sid, alias=alias, key=akey)
                .on_conflict_do_nothing(index_elements=["key"])
            )
        self._ids[key] = sid
        return sid

    def clear(self) -> None:
        self._ids.clear()


def _entity_id(session: Session, key: str, surface: str, kind: str, cache: dict[str, int]) -> int:
    eid = cache.get(key)
    if eid is None:
        session.execute(
            _insert(session, EntityRow)
            .values(key=key, name=surface, kind=kind)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        eid = session.scalar(select(EntityRow.id).where(EntityRow.key == key))
        assert eid is not None
        cache[key] = eid
    return eid


def write_document(
    session: Session,
    doc: Document,
    *,
    digest: str,
    extractor_version: int,
    sources: SourceCache,
    aliases_of: Any = None,
    replace_article_id: int | None = None,
) -> tuple[int, list[int]]:
    """Insert (or re-extract in place) one article with its claims; returns (id, claim ids).

    The caller owns the transaction, so an article is stored whole or not at all.
    """
    art = doc.article
    now = datetime.now(UTC)
    relay_id = (
        sources.source_id(session, doc.relay, aliases_of(doc.relay.name) if aliases_of else ())
        if doc.relay
        else None
    )
    if replace_article_id is None:
        article = ArticleRow(
            path=art.path,
            title=art.title,
            publisher=art.publisher,
            published=art.published,
            url=art.url,
            text=art.text,
            content_hash=digest,
            extractor_version=extractor_version,
            ingested_at=now,
            relay_source_id=relay_id,
        )
        session.add(article)
        session.flush()
        article_id = article.id
    else:
        article_id = replace_article_id
        session.execute(delete(ClaimRow).where(ClaimRow.article_id == article_id))
        existing = session.get(ArticleRow, article_id)
        assert existing is not None
        existing.extractor_version = extractor_version
        existing.ingested_at = now
        existing.relay_source_id = relay_id
        existing.title = art.title or existing.title
        existing.published = art.published or existing.published

    claim_rows: list[ClaimRow] = []
    for seq, claim in enumerate(doc.claims):
        chain_ids = [
            sources.source_id(session, ref, aliases_of(ref.name) if aliases_of else ())
            for ref in claim.chain
        ]
        claim_row = ClaimRow(
            article_id=article_id,
            seq=seq,
            text=claim.text,
            start=claim.start,
            end=claim.end,
            cue=claim.cue,
            modality=claim.modality,
            source_id=chain_ids[-1] if chain_ids else None,
            reading=claim.reading or None,
        )
        claim_rows.append(claim_row)
        session.add(claim_row)
    session.flush()
    chain_values: list[dict[str, int]] = []
    for row, claim in zip(claim_rows, doc.claims, strict=True):
        for pos, ref in enumerate(claim.chain):
            sid = sources.source_id(session, ref)
            chain_values.append({"claim_id": row.id, "position": pos, "source_id": sid})
    if chain_values:
        session.execute(insert(ClaimChainRow), chain_values)

    entity_cache: dict[str, int] = {}
    mention_values: list[dict[str, Any]] = []
    for m in doc.mentions:
        if m.claim_index is None or not m.key:
            continue
        eid = _entity_id(session, m.key, m.surface, m.kind, entity_cache)
        mention_values.append(
            {
                "claim_id": claim_rows[m.claim_index].id,
                "entity_id": eid,
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
            }
        )
        session.execute(
            _insert(session, EntitySpellingRow)
            .values(entity_id=eid, spelling=m.surface)
            .on_conflict_do_nothing(index_elements=["spelling"])
        )
    if mention_values:
        session.execute(insert(MentionRow), mention_values)
    return article_id, [r.id for r in claim_rows]
