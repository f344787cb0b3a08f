"""``claimtrack ingest``: read -> process -> store, one article per transaction.

The CLI calls ``ingest`` and renders the ``IngestReport``; progress is reported through a
callback so that this module never prints.

Streaming and memory: paths come from the ``iter_paths`` generator and are read one at a
time; only the current batch's claim ids are kept, and conflicts are refreshed for each batch
of ``batch_size`` articles (``refresh_conflicts`` loads only the claims that share an entity
with the batch). Peak memory therefore does not grow with the size of the corpus.

Workers: with ``workers > 1`` extraction (read + segment + attribute + normalise) runs in a
``multiprocessing`` pool (``imap``, ordered, chunked) while this process stays the only
writer. Results come back in input order, so the store is written in the same order as with
``workers=1`` (which runs everything in this process, without a pool).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import IntegrityError

from claimtrack.normalise.sources import SourceRegistry
from claimtrack.pipeline import EXTRACTOR_VERSION, process
from claimtrack.read import DEFAULT_MAX_BYTES, Overrides, ReadFailure, iter_paths, read_input
from claimtrack.records import Document
from claimtrack.store.conflicts import refresh_conflicts
from claimtrack.store.engine import Store
from claimtrack.store.models import ArticleRow, ConflictRow, SourceRow
from claimtrack.store.writer import EntityCache, SourceCache, content_hash, write_document

Progress = Callable[[str, int, int | None], None]  # (path, done, total or None)

DEFAULT_BATCH = 200  # articles between two conflict refreshes


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    reprocessed: int = 0
    claims: int = 0  # claims written by this run
    sources: int = 0  # sources in the store after the run
    conflicts: int = 0  # conflicts in the store after the run
    failed: list[ReadFailure] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.new + self.unchanged + self.reprocessed + len(self.failed)


@dataclass(frozen=True)
class _Job:
    overrides: Overrides
    reprocess: bool
    max_bytes: int
    stdin: bytes | None


@dataclass
class _Extracted:
    """What extraction hands to the writer for one input."""

    path: str
    failure: ReadFailure | None = None
    digest: str | None = None
    doc: Document | None = None  # None with a digest: already stored, skip


def _existing(engine: Engine, digest: str) -> tuple[int, int] | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(ArticleRow.id, ArticleRow.extractor_version).where(
                ArticleRow.content_hash == digest
            )
        ).first()
    return (row[0], row[1]) if row is not None else None


def _extract(
    item: str | ReadFailure, job: _Job, registry: SourceRegistry, engine: Engine | None
) -> _Extracted:
    if isinstance(item, ReadFailure):
        return _Extracted(item.path, failure=item)
    raw = read_input(item, job.overrides, max_bytes=job.max_bytes, stdin=job.stdin)
    if isinstance(raw, ReadFailure):
        return _Extracted(item, failure=raw)
    digest = content_hash(raw.text)
    if engine is not None:
        found = _existing(engine, digest)
        if found is not None and not (job.reprocess and found[1] != EXTRACTOR_VERSION):
            return _Extracted(item, digest=digest)  # unchanged: do not extract
    return _Extracted(item, digest=digest, doc=process(raw, registry))


# ------------------------------------------------------------------ worker processes

_worker: dict[str, Any] = {}


def _worker_init(job: _Job, store_url: str | None) -> None:
    _worker["job"] = job
    _worker["registry"] = SourceRegistry()
    # read-only use of the store, to skip extracting articles that are already stored: a
    # plain engine (deferred transactions), so these reads never take SQLite's write lock
    _worker["engine"] = create_engine(store_url) if store_url else None


def _worker_extract(item: str | ReadFailure) -> _Extracted:
    return _extract(item, _worker["job"], _worker["registry"], _worker["engine"])


def _shareable_url(store: Store) -> str | None:
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def _extracted(
    store: Store,
    items: Iterator[str | ReadFailure],
    job: _Job,
    registry: SourceRegistry,
    workers: int,
) -> Iterator[_Extracted]:
    if workers <= 1:
        for item in items:
            yield _extract(item, job, registry, store.engine)
        return
    # fork where available: workers inherit the loaded lexicons instead of re-importing
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(job, _shareable_url(store))) as pool:
        # ordered imap keeps the write order (and so ids) identical to workers=1; a small
        # chunk keeps the in-flight results (and memory) bounded
        yield from pool.imap(_worker_extract, items, chunksize=8)


# ------------------------------------------------------------------ the writer


def ingest(
    store: Store,
    paths: Iterable[str],
    overrides: Overrides = Overrides(),
    *,
    reprocess: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: bytes | None = None,
    registry: SourceRegistry | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
) -> IngestReport:
    """Ingest ``paths``; ``workers > 1`` extracts in that many processes (one writer: us)."""
    report = IngestReport()
    registry = registry or SourceRegistry()
    job = _Job(overrides, reprocess, max_bytes, stdin)
    sources = SourceCache()
    entities = EntityCache()
    batch_claims: set[int] = set()
    batch_articles = 0

    def flush_conflicts() -> None:
        nonlocal batch_articles
        if batch_claims:
            with store.session() as s:
                refresh_conflicts(s, focus=batch_claims)
        batch_claims.clear()
        batch_articles = 0

    done = 0
    for ex in _extracted(store, iter_paths(paths), job, registry, workers):
        done += 1
        if ex.failure is not None:
            report.failed.append(ex.failure)
            continue
        if progress:
            progress(ex.path, done, None)
        if ex.doc is None:
            report.unchanged += 1
            continue
        assert ex.digest is not None
        try:
            with store.session() as s:
                # checked again inside the write transaction: another process may have
                # stored the same text since extraction began
                found = s.execute(
                    select(ArticleRow.id, ArticleRow.extractor_version).where(
                        ArticleRow.content_hash == ex.digest
                    )
                ).first()
                if found is not None and not (reprocess and found[1] != EXTRACTOR_VERSION):
                    report.unchanged += 1
                    continue
                _article_id, claim_ids = write_document(
                    s,
                    ex.doc,
                    digest=ex.digest,
                    extractor_version=EXTRACTOR_VERSION,
                    sources=sources,
                    aliases_of=registry.aliases,
                    replace_article_id=found[0] if found is not None else None,
                    entities=entities,
                )
        except IntegrityError:
            # another process stored the same article between our check and our write
            sources.clear()
            entities.clear()
            report.unchanged += 1
            continue
        except BaseException:
            sources.clear()
            entities.clear()
            raise
        if found is not None:
            report.reprocessed += 1
        else:
            report.new += 1
        report.claims += len(claim_ids)
        batch_claims.update(claim_ids)
        batch_articles += 1
        if batch_articles >= batch_size:
            flush_conflicts()
    flush_conflicts()
    with store.session() as s:
        report.sources = s.scalar(select(func.count()).select_from(SourceRow)) or 0
        report.conflicts = s.scalar(select(func.count()).select_from(ConflictRow)) or 0
    return report


def default_workers() -> int:
    """A sensible ``--workers`` value: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
