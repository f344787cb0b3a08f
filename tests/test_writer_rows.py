"""The writer's per-article statements go straight to the DBAPI cursor (``store.writer``):
what they store, and the errors they raise, stay those of the SQLAlchemy Core."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from claimtrack.pipeline import process
from claimtrack.records import RawArticle
from claimtrack.store.engine import open_store
from claimtrack.store.models import ArticleRow, ClaimRow
from claimtrack.store.writer import SourceCache, content_hash, write_document

TEXT = (
    "Convoy moves north\n\n"
    "Reuters, citing the GUR, reported that a convoy of 40 trucks left Ḥmeymim for Qamişli "
    "on Tuesday. "
    "ISW analysts said the withdrawal was orderly.\n"
)


def test_article_row_is_stored_as_the_core_stores_it(any_db: str) -> None:
    store = open_store(any_db)
    raw = RawArticle(
        path="a.txt",
        text=TEXT,
        title="Convoy",
        publisher="Reuters",
        published=date(2024, 12, 2),
        url="https://example.org/a",
    )
    doc = process(raw)
    try:
        with store.session() as s:
            aid, claim_ids = write_document(
                s, doc, digest=content_hash(TEXT), extractor_version=3, sources=SourceCache()
            )
            assert claim_ids and claim_ids == list(
                s.scalars(
                    select(ClaimRow.id).where(ClaimRow.article_id == aid).order_by(ClaimRow.seq)
                )
            )
            # readings: the text ``json.dumps`` writes (SQLAlchemy's JSON type), exactly
            readings = [
                r
                for (r,) in s.connection().exec_driver_sql(
                    "SELECT CAST(reading AS TEXT) FROM claims ORDER BY seq"
                )
            ]
            assert readings == [json.dumps(c.reading or None) for c in doc.claims]
            written = s.get(ArticleRow, aid)
            assert written is not None
            # the same values through the Core (what the writer did before)
            core_id = s.execute(
                insert(ArticleRow).returning(ArticleRow.id),
                [
                    {
                        "path": raw.path,
                        "title": raw.title,
                        "publisher": raw.publisher,
                        "published": raw.published,
                        "url": raw.url,
                        "text": raw.text,
                        "content_hash": "other",
                        "extractor_version": 3,
                        "ingested_at": written.ingested_at,
                        "relay_source_id": written.relay_source_id,
                    }
                ],
            ).scalar_one()
            # the stored values as the driver returns them (no type processing): the same
            # storage (SQLite: text dates, integer booleans) and the same text
            rows = (
                s.connection()
                .exec_driver_sql(
                    "SELECT path, title, publisher, published, url, text, extractor_version, "
                    "ingested_at, relay_source_id, conflicts_checked FROM articles ORDER BY id"
                )
                .all()
            )
            assert [r[0] for r in s.execute(select(ArticleRow.id).order_by(ArticleRow.id))] == [
                aid,
                core_id,
            ]
            mine, core = (tuple(r) for r in rows)
            assert mine == core
            assert [type(v) for v in mine] == [type(v) for v in core]
            # the same text again: SQLAlchemy's IntegrityError, which ``ingest`` takes for
            # "stored meanwhile by another writer"
            with pytest.raises(IntegrityError), s.begin_nested():
                write_document(
                    s, doc, digest=content_hash(TEXT), extractor_version=3, sources=SourceCache()
                )
    finally:
        store.close()
