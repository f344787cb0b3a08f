"""The writer's per-article statements go straight to the DBAPI cursor (``store.writer``):
what they store, and the errors they raise, stay those of the SQLAlchemy Core."""

from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from claimtrack.conflicts.facts import document_block_keys
from claimtrack.pipeline import process
from claimtrack.records import Document, RawArticle
from claimtrack.store.engine import open_store
from claimtrack.store.models import ArticleRow, ClaimRow
from claimtrack.store.writer import (
    DocumentRows,
    EntityCache,
    SourceCache,
    content_hash,
    prepare_document,
    write_document,
)

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


def _stored(url: str, docs: list[Document] | list[DocumentRows]) -> list[list[tuple[object, ...]]]:
    """Every table the writer fills, row by row, after writing ``docs`` into a new store."""
    store = open_store(url)
    tables = (
        "articles",
        "claims",
        "claim_chain",
        "claim_keys",
        "mentions",
        "entities",
        "sources",
        "source_counts",
    )
    try:
        sources, entities = SourceCache(), EntityCache()
        with store.session() as s:
            for doc in docs:
                write_document(
                    s,
                    doc,
                    digest=content_hash(doc.article.text),
                    extractor_version=3,
                    sources=sources,
                    entities=entities,
                )
            return [
                [
                    tuple(r)
                    for r in s.connection().exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2")
                ]
                for t in tables
            ]
    finally:
        store.close()


def test_prepared_rows_store_what_the_document_stores(tmp_path: Path) -> None:
    """``ingest`` hands the writer ``prepare_document``'s rows (from a worker: pickled);
    written, they are the Document's rows."""
    texts = [
        TEXT,
        "Tartus port empties\n\nKyiv, citing Ukraine's GUR, said Russian ships left Tartus "
        "on Monday.\n",
    ]
    docs = [process(RawArticle(path=f"{i}.txt", text=t)) for i, t in enumerate(texts)]
    prepared = [pickle.loads(pickle.dumps(prepare_document(d))) for d in docs]
    doc = docs[1]
    rows = prepared[1]
    assert [c[5] for c in rows.claims] == [json.dumps(c.reading or None) for c in doc.claims]
    assert rows.keys == [sorted(k) for k in document_block_keys(doc)]
    inside = [m for m in doc.mentions if m.claim_index is not None]
    assert [(m[0], m[1]) for m in rows.mentions] == [(m.claim_index, m.key) for m in inside]
    a = _stored(f"sqlite:///{tmp_path / 'a.db'}", docs)
    b = _stored(f"sqlite:///{tmp_path / 'b.db'}", prepared)
    assert len(a[1]) >= 3 and a[3] and a[4]  # claims, keys and mentions were written
    ingested_at = 9  # the column that differs between the two writes
    assert [r[:ingested_at] for r in a[0]] == [r[:ingested_at] for r in b[0]]
    assert a[1:] == b[1:]
