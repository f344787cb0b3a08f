"""``claimtrack ingest``: read -> process -> store, one article per transaction.

The CLI calls ``ingest`` and renders the ``IngestReport``; progress is reported through a
callback so that this module never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from claimtrack.normalise.sources import SourceRegistry
from claimtrack.pipeline import EXTRACTOR_VERSION, process
from claimtrack.read import DEFAULT_MAX_BYTES, Overrides, ReadFailure, iter_paths, read_input
from claimtrack.store.conflicts import refresh_conflicts
from claimtrack.store.engine import Store
from claimtrack.store.models import ArticleRow, SourceRow
from claimtrack.store.writer import SourceCache, content_hash, write_document

Progress = Callable[[str, int, int | None], None]  # (path, done, total or None)


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    reprocessed: int = 0
    claims: int = 0  # claims written by this run
    sources: int = 0  # sources in the store after the run
    conflicts: int = 0  # conflicts in the store after the run
    failed: list[ReadFailure] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.new + self.unchanged + self.reprocessed + len(self.failed)


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
) -> IngestReport:
    report = IngestReport()
    registry = registry or SourceRegistry()
    sources = SourceCache()
    items = list(iter_paths(paths))
    total = len(items)
    new_claim_ids: list[int] = []
    for done, item in enumerate(items, 1):
        if isinstance(item, ReadFailure):
            report.failed.append(item)
            continue
        if progress:
            progress(item, done, total)
        raw = read_input(item, overrides, max_bytes=max_bytes, stdin=stdin)
        if isinstance(raw, ReadFailure):
            report.failed.append(raw)
            continue
        digest = content_hash(raw.text)
        with store.session() as s:
            existing = s.execute(
                select(ArticleRow.id, ArticleRow.extractor_version).where(
                    ArticleRow.content_hash == digest
                )
            ).first()
        if existing is not None and not (reprocess and existing[1] != EXTRACTOR_VERSION):
            report.unchanged += 1
            continue
        doc = process(raw, registry)
        try:
            with store.session() as s:
                article_id, claim_ids = write_document(
                    s,
                    doc,
                    digest=digest,
                    extractor_version=EXTRACTOR_VERSION,
                    sources=sources,
                    aliases_of=registry.aliases,
                    replace_article_id=existing[0] if existing is not None else None,
                )
        except IntegrityError:
            # another process stored the same article between our check and our write
            sources.clear()
            report.unchanged += 1
            continue
        if existing is not None:
            report.reprocessed += 1
        else:
            report.new += 1
        report.article_ids.append(article_id)
        report.claims += len(claim_ids)
        new_claim_ids.extend(claim_ids)
    with store.session() as s:
        if new_claim_ids:
            refresh_conflicts(s, focus=set(new_claim_ids))
        report.sources = s.scalar(select(func.count()).select_from(SourceRow)) or 0
        from claimtrack.store.models import ConflictRow

        report.conflicts = s.scalar(select(func.count()).select_from(ConflictRow)) or 0
    return report
