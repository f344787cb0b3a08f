"""``claimtrack ingest``: read -> process -> store, each article all or nothing.

The CLI calls ``ingest`` and renders the ``IngestReport``; progress is reported through a
callback so that this module never prints.

Streaming and memory: paths come from the ``iter_paths`` generator and are read one at a
time (a JSON-lines file one line at a time); only the current batch's claim ids are kept,
and conflicts are refreshed for each batch of ``batch_size`` articles
(``refresh_conflicts`` loads only the claims that share an entity with the batch).
Peak memory therefore does not grow with the size of the corpus.

Workers: with ``workers > 1`` extraction (read + segment + attribute + normalise) runs in a
``multiprocessing`` pool while this process stays the only writer. Inputs go to the pool in
chunks, at most ``IN_FLIGHT`` chunks per worker ahead of the writer (``ordered_map``): a
pool's own ``imap`` reads its whole input at once and queues every result that the writer
has not taken yet, so fast workers in front of a slow writer would hold a large corpus in
memory. Results come back in input order, so the store is written in the same order as with
``workers=1`` (which runs everything in this process, without a pool).

With workers, the conflict refreshes also leave the writer: after each batch the writer
hands its last claim id to one refresher process (``_Refresher``) and goes on storing.
The refresher plans batch k's refresh in a read transaction that takes no write lock,
as if nothing after that claim id were stored (``plan_pending(bound=...)``), then writes
the plan in a short write transaction if what it read is unchanged (``apply_planned``).
Refreshes run one at a time and in order, and each sees exactly what the writer had
stored at its batch's end, so the store ends as with ``workers=1``. Where stored claims
are rewritten during the ingest (``--reprocess``, or the user's source and entity
corrections, replayed after each batch), the writer waits for the refresher first. The
extraction workers run at a lower CPU priority (``WORKER_NICENESS``): the writer and the
refresher are the serial path.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from claimtrack.errors import ClaimtrackError, StoreError
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.pipeline import EXTRACTOR_VERSION, process
from claimtrack.read import (
    DEFAULT_MAX_BYTES,
    Input,
    JsonLine,
    Overrides,
    ReadFailure,
    iter_paths,
    read_input,
)
from claimtrack.store.conflicts import (
    REFRESH_BATCH,
    apply_planned,
    plan_pending,
    refresh_pending,
)
from claimtrack.store.engine import Store, open_store
from claimtrack.store.entity_registry import replay_entity_edits
from claimtrack.store.models import ArticleRow, ClaimRow, ConflictRow, RegistryEditRow, SourceRow
from claimtrack.store.writer import (
    DocumentRows,
    EntityCache,
    SourceCache,
    content_hash,
    execute_sql,
    prepare_document,
    write_document,
)

Progress = Callable[[str, int, int | None], None]  # (path, done, total or None)

DEFAULT_BATCH = REFRESH_BATCH  # articles between two conflict refreshes
COMMIT_EVERY = 50  # articles per SQLite transaction (each in its own savepoint)
MAX_TX_SECONDS = 0.5  # ... or fewer, when extracting them takes longer than this
CHUNK = 8  # inputs sent to a worker at a time
IN_FLIGHT = 2  # chunks per worker sent ahead of the writer: enough to keep each one busy
WORKER_NICENESS = 5  # extraction workers yield the CPU to the writer and the refresher


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    reprocessed: int = 0
    claims: int = 0  # claims written by this run
    sources: int = 0  # sources in the store after the run
    conflicts: int = 0  # conflicts in the store after the run
    unchecked: int = 0  # articles whose conflicts are not computed yet (--defer-conflicts)
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
    # what the writer stores (None with a digest: already stored, skip), prepared here:
    # in a worker process, that is work taken off the writer, and it pickles fast
    doc: DocumentRows | None = None


Lookup = Callable[[str], "tuple[int, int] | None"]  # content hash -> (id, extractor version)


def _engine_lookup(engine: Engine) -> Lookup:
    def lookup(digest: str) -> tuple[int, int] | None:
        with engine.connect() as conn:
            row = conn.execute(
                select(ArticleRow.id, ArticleRow.extractor_version).where(
                    ArticleRow.content_hash == digest
                )
            ).first()
        return (row[0], row[1]) if row is not None else None

    return lookup


def _extract(item: Input, job: _Job, registry: SourceRegistry, lookup: Lookup | None) -> _Extracted:
    if isinstance(item, ReadFailure):
        return _Extracted(item.path, failure=item)
    raw = read_input(item, job.overrides, max_bytes=job.max_bytes, stdin=job.stdin)
    name = item.shown if isinstance(item, JsonLine) else item
    if isinstance(raw, ReadFailure):
        return _Extracted(name, failure=raw)
    digest = content_hash(raw.text)
    if lookup is not None:
        found = lookup(digest)
        if found is not None and not (job.reprocess and found[1] != EXTRACTOR_VERSION):
            return _Extracted(name, digest=digest)  # unchanged: do not extract
    try:
        doc = process(raw, registry)
    except Exception as err:  # a bug on odd input must not stop a batch of thousands
        first = str(err).splitlines()[0][:200] if str(err) else ""
        return _Extracted(
            name, failure=ReadFailure(name, f"extraction failed ({type(err).__name__}: {first})")
        )
    return _Extracted(name, digest=digest, doc=prepare_document(doc))


# ------------------------------------------------------------------ worker processes

_worker: dict[str, Any] = {}


def _quiet_on_interrupt() -> None:
    """In a child process: Ctrl-C goes to the whole process group, and the writer alone
    handles it (one line, then it stops the children); a child would print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_init(job: _Job, store_url: str | None) -> None:
    _quiet_on_interrupt()
    if hasattr(os, "nice"):
        # the writer and the refresher are the serial path; extraction runs ahead of them
        # and can wait: on a busy machine they get the CPU first (``benchmarks/RESULTS.md``)
        os.nice(WORKER_NICENESS)
    _worker["job"] = job
    _worker["registry"] = SourceRegistry()
    # read-only use of the store, to skip extracting articles that are already stored: a
    # plain engine (deferred transactions), so these reads never take SQLite's write lock
    _worker["lookup"] = _engine_lookup(create_engine(store_url)) if store_url else None


def _worker_extract(items: list[Input]) -> list[_Extracted]:
    job, registry, lookup = _worker["job"], _worker["registry"], _worker["lookup"]
    return [_extract(item, job, registry, lookup) for item in items]


T = TypeVar("T")
R = TypeVar("R")


def ordered_map(
    pool: Pool, func: Callable[[list[T]], list[R]], items: Iterable[T], chunk: int, ahead: int
) -> Iterator[R]:
    """``func`` over ``items`` in ``pool``, results in input order, like ``pool.imap``, but
    with at most ``ahead + 1`` chunks of ``chunk`` items sent and not yet consumed: the input
    is read lazily and finished results wait for the consumer in bounded number."""
    it = iter(items)
    pending: deque[AsyncResult[list[R]]] = deque()

    def send() -> None:
        while len(pending) < ahead:
            batch = list(islice(it, chunk))
            if not batch:
                return
            pending.append(pool.apply_async(func, (batch,)))

    send()
    while pending:
        done = pending.popleft()
        send()  # the workers go on while the consumer takes this chunk
        yield from done.get()


def _start_method() -> Any:  # a multiprocessing context
    # fork where available: workers inherit the loaded lexicons instead of re-importing
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _shareable_url(store: Store) -> str | None:
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def _extracted(
    store: Store,
    items: Iterator[Input],
    job: _Job,
    registry: SourceRegistry,
    workers: int,
    lookup: Lookup,
) -> Iterator[_Extracted]:
    if workers <= 1:
        for item in items:
            # in-process: ask the writer, whose open transaction holds the write lock
            yield _extract(item, job, registry, lookup)
        return
    ctx = _start_method()
    with ctx.Pool(workers, initializer=_worker_init, initargs=(job, _shareable_url(store))) as pool:
        # ordered results keep the write order (and so ids) identical to workers=1; the
        # bounded window keeps the in-flight inputs and results (and memory) bounded
        yield from ordered_map(pool, _worker_extract, items, CHUNK, IN_FLIGHT * workers)


# ------------------------------------------------------------------ the refresher


class _Refresher:
    """One process that refreshes conflicts batch after batch, behind the writer (module
    docstring). Failures come back as messages; the writer raises them at its next step."""

    def __init__(self, url: str) -> None:
        ctx = _start_method()
        self.jobs: Any = ctx.SimpleQueue()
        self.results: Any = ctx.Queue()
        self.process = ctx.Process(
            target=_refresh_loop, args=(url, self.jobs, self.results), daemon=True
        )
        self.process.start()
        self.in_flight = 0

    def send(self, bound: int | None) -> None:
        self.jobs.put(bound)
        self.in_flight += 1

    def check(self) -> None:
        """Take the reports of finished refreshes; raise the first failure."""
        while self.in_flight and not self.results.empty():
            self._take(block=False)

    def wait(self) -> None:
        """Until every refresh sent is written."""
        while self.in_flight:
            self._take(block=True)

    def _take(self, block: bool) -> None:
        while True:
            try:
                failure = self.results.get(timeout=1.0 if block else 0.01)
                break
            except queue.Empty:
                if not self.process.is_alive():
                    stopped = _REFRESH_LOST.format("the conflict refresher stopped")
                    raise StoreError(stopped) from None
                if not block:
                    return
        self.in_flight -= 1
        if failure is not None:
            raise StoreError(_REFRESH_LOST.format(failure))

    def close(self, finished: bool) -> None:
        if finished:
            self.jobs.put(None)
            self.process.join()
        else:  # the ingest stopped: refreshes not written are caught up by the next one
            self.process.terminate()
            self.process.join()


_REFRESH_LOST = (
    "conflict refresh failed ({}); the stored articles are kept, and the next ingest or "
    "`claimtrack conflicts` computes their conflicts"
)


def _refresh_loop(url: str, jobs: Any, results: Any) -> None:
    """The refresher's side: plan in a read transaction, write in a short write one."""
    _quiet_on_interrupt()
    try:
        store = open_store(url, migrate=False)
        try:
            while (bound := jobs.get()) is not None:
                with store.reading() as s:
                    plan = plan_pending(s, bound)
                with store.session() as s:
                    apply_planned(s, plan, bound)
                results.put(None)
        finally:
            store.close()
    except ClaimtrackError as err:
        results.put(str(err))
    except Exception as err:
        first = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
        results.put(f"{type(err).__name__}: {first}")


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
    commit_every: int = COMMIT_EVERY,
    defer_conflicts: bool = False,
) -> IngestReport:
    """Ingest ``paths``; ``workers > 1`` extracts in that many processes (one writer: us).

    Each article is written inside its own savepoint, so it is stored whole or not at all;
    the transaction around the savepoints is committed every ``commit_every`` articles (and
    at the end), which saves a disk sync per article. An ingest killed at any moment loses
    at most the uncommitted articles, and running it again stores them.

    ``defer_conflicts``: store only; the new articles stay unchecked until
    ``claimtrack.store.conflicts.catch_up`` compares them (in the same batches, so with
    the same result), which the commands that show conflicts do first.
    """
    report = IngestReport()
    registry = registry or SourceRegistry()
    job = _Job(overrides, reprocess, max_bytes, stdin)
    url = _shareable_url(store)
    refresher = None
    if workers > 1 and url is not None and not reprocess and not defer_conflicts:
        refresher = _Refresher(url)
    writer = _Writer(store, registry, reprocess, commit_every, refresher, defer_conflicts)
    since_refresh = 0
    done = 0
    finished = False
    try:
        items = iter_paths(paths, max_bytes, stdin)
        for ex in _extracted(store, items, job, registry, workers, writer.existing):
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
            outcome, n_claims = writer.write(ex.doc, ex.digest)
            if outcome == "unchanged":
                report.unchanged += 1
                continue
            if outcome == "reprocessed":
                report.reprocessed += 1
            else:
                report.new += 1
            report.claims += n_claims
            since_refresh += 1
            if since_refresh >= batch_size:
                writer.commit()
                writer.refresh()
                since_refresh = 0
        writer.commit()
        writer.refresh()
        if refresher is not None:
            refresher.wait()
        finished = True
    finally:
        writer.close()
        if refresher is not None:
            refresher.close(finished)
    with store.session() as s:
        report.sources = s.scalar(select(func.count()).select_from(SourceRow)) or 0
        report.conflicts = s.scalar(select(func.count()).select_from(ConflictRow)) or 0
        unchecked = select(func.count()).where(ArticleRow.conflicts_checked.is_(False))
        report.unchecked = s.scalar(unchecked) or 0
    return report


def _replay_edits(session: Session) -> int:
    """Replay the user's source and entity corrections (``replay_registry_edits``,
    ``replay_entity_edits``); how many changed something. A store without corrections
    (the usual case) is told by one look-up, without importing the catalogue (~10 ms)."""
    if session.scalar(select(RegistryEditRow.id).limit(1)) is None:
        return 0
    from claimtrack.catalog import replay_registry_edits

    return replay_registry_edits(session) + replay_entity_edits(session)


_EXISTING_SQLITE = "SELECT id, extractor_version FROM articles WHERE content_hash = ?"
_EXISTING_PG = "SELECT id, extractor_version FROM articles WHERE content_hash = %s"


class _Writer:
    """The one writer: articles in savepoints, grouped commits, conflict refreshes."""

    def __init__(
        self,
        store: Store,
        registry: SourceRegistry,
        reprocess: bool,
        commit_every: int,
        refresher: _Refresher | None = None,
        defer_conflicts: bool = False,
    ) -> None:
        self.store = store
        self.refresher = refresher
        self.defer_conflicts = defer_conflicts
        self.registry = registry
        self.reprocess = reprocess
        # PostgreSQL writers run side by side: one article per transaction keeps each
        # transaction's row locks in one sorted order (no deadlocks between analysts).
        # SQLite has one writer at a time, so articles are grouped to save disk syncs.
        self.commit_every = 1 if store.dialect == "postgresql" else max(1, commit_every)
        self.started = 0.0
        self.sources = SourceCache()
        self.entities = EntityCache()
        self.session: Session | None = None
        self.pending = 0

    def _session(self) -> Session:
        if self.session is None:
            self.session = self.store.new_session()
            self.session.begin()
            if self.store.dialect == "postgresql":
                # no WAL flush wait per article (one transaction each on PostgreSQL). Safe:
                # a server crash can only lose the last few commits, whole and in order (the
                # WAL is replayed up to a point, never partially), and the next ingest stores
                # those articles again, since "already stored?" is a look-up of the text's
                # content hash and unchecked conflicts are caught up by ``refresh_pending``.
                # SET LOCAL: this transaction only, never the pooled connection.
                self.session.execute(text("SET LOCAL synchronous_commit TO off"))
            self.started = time.monotonic()
        return self.session

    def existing(self, digest: str) -> tuple[int, int] | None:
        """(id, extractor version) of the stored article with this text, if any."""
        session = self._session()
        # plain SQL on the DBAPI cursor of the writer's connection, like the writer's own
        # statements: twice per article, where even ``exec_driver_sql`` cost 5 times the
        # indexed read itself (15 µs against 3)
        sql = _EXISTING_PG if self.store.dialect == "postgresql" else _EXISTING_SQLITE
        rows = execute_sql(session, sql, (digest,))
        return (rows[0][0], rows[0][1]) if rows else None

    def write(self, doc: DocumentRows, digest: str) -> tuple[str, int]:
        """Store one article in its own savepoint: ("new"|"reprocessed"|"unchanged", claims)."""
        s = self._session()
        try:
            with s.begin_nested():
                # checked inside the write transaction: another process may have stored
                # the same text since extraction began
                found = self.existing(digest)
                if found is not None and not (self.reprocess and found[1] != EXTRACTOR_VERSION):
                    return "unchanged", 0
                _article_id, claim_ids = write_document(
                    s,
                    doc,
                    digest=digest,
                    extractor_version=EXTRACTOR_VERSION,
                    sources=self.sources,
                    aliases_of=self.registry.aliases,
                    replace_article_id=found[0] if found is not None else None,
                    entities=self.entities,
                )
        except IntegrityError:
            # another writer stored the same article (or name) meanwhile: the savepoint is
            # rolled back, and ids cached inside it are gone with it
            self._forget()
            return "unchanged", 0
        except BaseException:
            self.rollback()
            raise
        self.pending += 1
        # also bounded in time, so other writers never wait long for the lock
        if self.pending >= self.commit_every or time.monotonic() - self.started > MAX_TX_SECONDS:
            self.commit()
        return ("reprocessed" if found is not None else "new"), len(claim_ids)

    def commit(self) -> None:
        if self.session is not None:
            try:
                self.session.commit()
            except BaseException:
                self.rollback()
                raise
            self.session.close()
            self.session = None
        self.pending = 0

    def refresh(self) -> None:
        """Replay the user's registry corrections, then compute pending conflicts (here,
        handed to the refresher, or left for later with ``defer_conflicts``)."""
        refresher = self.refresher
        if refresher is None:
            with self.store.session() as s:
                changed = _replay_edits(s)
                if not self.defer_conflicts:
                    refresh_pending(s)
        else:
            refresher.check()
            with self.store.reading() as s:
                edits = s.scalar(select(RegistryEditRow.id).limit(1)) is not None
                bound = s.scalar(select(func.max(ClaimRow.id)))
            changed = 0
            if edits:
                # a replay rewrites stored claims: not while a refresh reads them (and
                # not holding the write lock that the refresher's write waits for)
                refresher.wait()
                with self.store.session() as s:
                    changed = _replay_edits(s)
            refresher.send(bound)
        if changed:
            self._forget()  # a replayed merge may have removed a cached source or entity

    def _forget(self) -> None:
        self.sources.clear()
        self.entities.clear()

    def rollback(self) -> None:
        if self.session is not None:
            self.session.rollback()
            self.session.close()
            self.session = None
        self.pending = 0
        self._forget()

    def close(self) -> None:
        self.rollback()
