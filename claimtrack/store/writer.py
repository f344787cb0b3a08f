"""Writing documents into the store: one article, one transaction, a handful of statements.

``write_document`` issues a fixed number of batched statements per article, whatever its
size: one insert for the article, one executemany for its claims (then one indexed read of
their ids), one each for chain links, blocking keys, mentions, new sources, aliases, entities
and spellings, and one upsert of the per-source counts (``source_counts``, see
``add_source_counts``; a re-extracted article's old claims are subtracted in it).

On SQLite the article's claims are added to the full-text index by one statement after
they are inserted (``index_claim_texts``), not by a trigger per claim.

The hot inserts (claims, chain, keys, mentions, sources, aliases, entities, spellings) are
plain SQL strings sent to the DBAPI cursor's ``executemany`` in the dialect's paramstyle,
rows built as tuples: no statement compilation, cache-key generation or per-row type
processing. They store exactly what the Core would: ``reading`` is encoded by
``json.dumps`` (the serializer SQLAlchemy's ``JSON`` type uses, so the stored text is
byte-identical; an empty reading is stored as JSON ``null`` as before) and cast to
``json`` on PostgreSQL. The article's own insert, the indexing of its claims' text and the
read of their ids go the same way (``execute_sql``), with the Core's bind processors for
the article's dates and the Core's exception classes for driver errors.

Sources and entities already seen in this run are served from ``SourceCache`` /
``EntityCache`` without a round trip. New names are inserted with insert-or-ignore, so
concurrent writers that meet the same source at the same time both end up with the one row.

The caches are only valid for committed rows: call ``clear()`` after a rolled-back
transaction (``claimtrack.ingest`` does).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from claimtrack.conflicts.facts import document_block_keys
from claimtrack.normalise.translit import name_key
from claimtrack.records import Document, RawArticle, SourceRef
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimRow,
    EntityRow,
    SourceRow,
)

AliasesOf = Callable[[str], Iterable[str]]
# Core tables, not the ORM classes: ``insert(ClaimRow)`` goes through the ORM bulk path,
# which costs several times more per row than a Core executemany.
_ARTICLES: Table = ArticleRow.__table__  # type: ignore[assignment]
_CLAIMS: Table = ClaimRow.__table__  # type: ignore[assignment]
_KEY_MAX = 300  # claim_keys.key length
_CHUNK = 500  # bound on IN (...) lists and multi-row VALUES


# ``json.dumps`` with its default options, less the check for circular references (a reading
# is a tree of dicts, lists and scalars built by the normalise stage): the same text, about
# an eighth faster; a (buggy) circular reading still fails, with RecursionError
_reading_json = json.JSONEncoder(check_circular=False).encode


def content_hash(text: str) -> str:
    """Identity of an article's text: unchanged text is never stored twice."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


_SQL: dict[tuple[str, str], str] = {}  # (dialect, statement name) -> SQL text


def _sql(session: Session, name: str) -> str:
    """The SQL text of a hot statement, in the bound dialect's paramstyle (cached)."""
    dialect = session.get_bind().dialect.name
    found = _SQL.get((dialect, name))
    if found is None:
        table, columns, suffix = _STATEMENTS[name]
        pg = dialect == "postgresql"
        marks = ", ".join(
            ("CAST(%s AS JSON)" if pg else "?") if c == "reading" else ("%s" if pg else "?")
            for c in columns
        )
        cols = ", ".join(f'"{c}"' for c in columns)
        found = _SQL[(dialect, name)] = f"INSERT INTO {table} ({cols}) VALUES ({marks}){suffix}"
    return found


def _ignore(key: str) -> str:
    return f' ON CONFLICT ("{key}") DO NOTHING'


# a finding's row, in ``insert_rows(session, "conflicts", ...)`` tuple order
FINDING_COLUMNS = (
    "kind",
    "score",
    "explanation",
    "claim_a_id",
    "claim_b_id",
    "relay_distortion",
    "details",
)

# name -> (table, columns in tuple order, suffix)
_STATEMENTS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "claims": (
        "claims",
        ("article_id", "seq", "text", "start", "end", "cue", "modality", "source_id", "reading"),
        "",
    ),
    "chain": (
        "claim_chain",
        ("claim_id", "position", "source_id", "published", "article_id", "seq"),
        "",
    ),
    "keys": ("claim_keys", ("claim_id", "key"), ""),
    "conflicts": ("conflicts", FINDING_COLUMNS, ""),
    "mentions": ("mentions", ("claim_id", "entity_id", "start", "end", "surface"), ""),
    "sources": ("sources", ("name", "full_name", "kind", "role", "key"), _ignore("key")),
    "aliases": ("source_aliases", ("source_id", "alias", "key"), _ignore("key")),
    "entities": ("entities", ("key", "name", "kind"), _ignore("key")),
    "spellings": ("entity_spellings", ("entity_id", "spelling"), _ignore("spelling")),
    # increments, added to the stored counts (see ``add_source_counts``)
    "source_counts": (
        "source_counts",
        ("source_id", "originated", "in_chain"),
        ' ON CONFLICT ("source_id") DO UPDATE SET '
        '"originated" = source_counts."originated" + excluded."originated", '
        '"in_chain" = source_counts."in_chain" + excluded."in_chain"',
    ),
}


def insert_rows(session: Session, name: str, rows: list[tuple[Any, ...]]) -> None:
    """One executemany of the hot statement ``name`` over ``rows`` (tuples), straight on
    the DBAPI cursor of the session's connection (same transaction and savepoint).

    On PostgreSQL the plain inserts (no ``ON CONFLICT``) are one ``COPY`` instead: psycopg
    sends an executemany as one prepared statement per row in pipeline mode, about 100 µs
    of client-side Python per row, which made the store stage ×4 slower than on SQLite.
    Rows arrive in the same order either way, so ids are assigned the same way, and the
    tables' triggers fire for copied rows too."""
    if not rows:
        return
    table, columns, suffix = _STATEMENTS[name]
    if not suffix and session.get_bind().dialect.name == "postgresql":
        copy_rows(session, table, columns, rows)
        return
    cursor = session.connection().connection.cursor()
    try:
        cursor.executemany(_sql(session, name), rows)
    finally:
        cursor.close()


def copy_rows(
    session: Session, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    """PostgreSQL: ``rows`` (tuples in ``columns`` order) into ``table`` with one ``COPY``
    on the session's connection (same transaction and savepoint)."""
    cursor: Any = session.connection().connection.cursor()
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        with cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_SOURCE_IDS = select(SourceRow.key, SourceRow.id).where(
    SourceRow.key.in_(bindparam("keys", expanding=True))
)
_ENTITY_IDS = select(EntityRow.key, EntityRow.id).where(
    EntityRow.key.in_(bindparam("keys", expanding=True))
)


def _ids_by_key(session: Session, query: Any, keys: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(keys)):
        out.update(session.execute(query, {"keys": list(chunk)}).all())
    return out


def _stored_first(session: Session, query: Any, new: dict[str, Any]) -> dict[str, int]:
    """PostgreSQL: the ids of the keys of ``new`` already stored, taken out of ``new``.

    An insert that ``ON CONFLICT DO NOTHING`` skips still draws a value from the table's
    sequence there, so inserting names a store already holds (every name a new process
    meets again) would leave gaps, and ids would differ from a SQLite store fed the same
    articles. SQLite assigns nothing to a skipped row: no look-up needed."""
    if session.get_bind().dialect.name != "postgresql":
        return {}
    found = _ids_by_key(session, query, list(new))
    for key in found:
        del new[key]
    return found


# ------------------------------------------------------------------ per-source counts

# source id -> [originated, in_chain] increments (see ``SourceCountRow``)
CountDeltas = dict[int, list[int]]


def tally(deltas: CountDeltas, origin: int | None, chain: Iterable[int], sign: int = 1) -> None:
    """Count one claim (``sign`` -1: uncount it): it originates at ``origin`` (its
    ``claims.source_id``) and is in the chain of each distinct source of ``chain``."""
    if origin is not None:
        deltas.setdefault(origin, [0, 0])[0] += sign
    for sid in set(chain):
        deltas.setdefault(sid, [0, 0])[1] += sign


def collapse_repeats(chain: list[int]) -> list[int]:
    """A chain without a source relaying itself: "X, citing X" (or an alias of X) is one
    link, as the relay adds nothing to where the claim came from."""
    return [s for i, s in enumerate(chain) if i == 0 or chain[i - 1] != s]


def add_source_counts(session: Session, deltas: CountDeltas) -> None:
    """Add ``deltas`` to ``source_counts`` in one executemany upsert.

    Rows go in source id order: concurrent PostgreSQL writers then lock the counts of shared
    sources in one order and cannot deadlock (each adds to the row's latest committed value,
    so none is lost)."""
    insert_rows(
        session,
        "source_counts",
        [(sid, d[0], d[1]) for sid, d in sorted(deltas.items()) if d[0] or d[1]],
    )


_ARTICLE_CLAIMS = select(ClaimRow.id).where(ClaimRow.article_id == bindparam("aid"))
_ARTICLE_ORIGINS = (
    select(ClaimRow.source_id, func.count())
    .where(ClaimRow.article_id == bindparam("aid"), ClaimRow.source_id.is_not(None))
    .group_by(ClaimRow.source_id)
)
_ARTICLE_IN_CHAIN = (
    select(ClaimChainRow.source_id, func.count(func.distinct(ClaimChainRow.claim_id)))
    .where(ClaimChainRow.claim_id.in_(_ARTICLE_CLAIMS))
    .group_by(ClaimChainRow.source_id)
)


def _uncount_article(session: Session, article_id: int, deltas: CountDeltas) -> None:
    """Subtract the stored claims of one article (about to be deleted) from ``deltas``."""
    for sid, n in session.execute(_ARTICLE_ORIGINS, {"aid": article_id}):
        if sid is not None:
            deltas.setdefault(sid, [0, 0])[0] -= n
    for sid, n in session.execute(_ARTICLE_IN_CHAIN, {"aid": article_id}):
        deltas.setdefault(sid, [0, 0])[1] -= n


_RECOUNT_ORIGINATED = (
    select(ClaimRow.source_id, func.count())
    .where(ClaimRow.source_id.is_not(None))
    .group_by(ClaimRow.source_id)
)
_RECOUNT_IN_CHAIN = select(
    ClaimChainRow.source_id, func.count(func.distinct(ClaimChainRow.claim_id))
).group_by(ClaimChainRow.source_id)


def recount_sources(session: Session) -> None:
    """Recompute every source's counts from the claims and chains (for bulk loads that
    bypass the writer, such as ``benchmarks.run.grow``; aggregates the whole store)."""
    counts: dict[int, list[int]] = {sid: [0, 0] for sid in session.scalars(select(SourceRow.id))}
    for sid, n in session.execute(_RECOUNT_ORIGINATED):
        if sid is not None:
            counts.setdefault(sid, [0, 0])[0] = n
    for sid, n in session.execute(_RECOUNT_IN_CHAIN):
        counts.setdefault(sid, [0, 0])[1] = n
    session.execute(text("DELETE FROM source_counts"))
    insert_rows(session, "source_counts", [(sid, o, c) for sid, (o, c) in sorted(counts.items())])


def source_key(ref: SourceRef) -> str:
    return name_key(ref.name) or ref.name.lower()


class SourceCache:
    """Get-or-create for sources, safe against concurrent writers (insert-or-ignore).

    Every name a source is written under (its surface in the text, its full name) becomes
    an alias the first time this process meets it, whether the source is new or not: the
    aliases, and so ``who-said --source ALIAS``, do not depend on how the articles were
    split into runs."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._aliases: set[str] = set()  # alias keys written (or found written) here

    def ensure(
        self, session: Session, refs: Iterable[SourceRef], aliases_of: AliasesOf | None = None
    ) -> None:
        """Make sure every source of ``refs`` has a row, and each of its names an alias
        (batched: new ones only)."""
        keyed = [(source_key(ref), ref) for ref in refs]
        new: dict[str, SourceRef] = {}
        for key, ref in keyed:
            if key not in self._ids and key not in new:
                new[key] = ref
        first_met = set(new)  # stored or not, their lexicon aliases are written too
        if new:
            self._ids.update(_stored_first(session, _SOURCE_IDS, new))  # takes them out
            if new:
                insert_rows(
                    session,
                    "sources",
                    [(r.name, r.full_name, r.kind, r.role, k) for k, r in sorted(new.items())],
                )
                self._ids.update(_ids_by_key(session, _SOURCE_IDS, list(new)))
        names: dict[str, set[str]] = {}  # source key -> names to keep as aliases
        for key, ref in keyed:
            found = names.setdefault(key, set())
            if key in first_met and not found:  # its lexicon aliases too
                found.add(ref.name)
                found.update(a for a in (aliases_of(ref.name) if aliases_of else ()) if a)
            found.update(n for n in (ref.surface, ref.full_name) if n)
        alias_rows: dict[str, tuple[int, str, str]] = {}
        for key, found in sorted(names.items()):
            sid = self._ids[key]
            for alias in sorted(found):
                akey = name_key(alias)
                if akey and akey not in self._aliases and akey not in alias_rows:
                    alias_rows[akey] = (sid, alias, akey)
        # sorted by the unique key, like every insert-or-ignore here: concurrent writers
        # then take row locks in one order and cannot deadlock on PostgreSQL
        insert_rows(session, "aliases", [alias_rows[k] for k in sorted(alias_rows)])
        self._aliases.update(alias_rows)

    def source_id(self, session: Session, ref: SourceRef, aliases: Iterable[str] = ()) -> int:
        key = source_key(ref)
        if key not in self._ids:
            alias_list = list(aliases)
            self.ensure(session, [ref], lambda _name: alias_list)
        return self._ids[key]

    def clear(self) -> None:
        self._ids.clear()
        self._aliases.clear()


class EntityCache:
    """Get-or-create for entities and their spellings, batched per article."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._spellings: set[str] = set()

    def ensure(self, session: Session, mentions: Iterable[tuple[str, str, str]]) -> None:
        """``mentions``: (key, surface, kind). Creates missing entities and spellings."""
        new: dict[str, tuple[str, str, str]] = {}
        spellings: dict[str, str] = {}  # spelling -> key
        for key, surface, kind in mentions:
            if key not in self._ids and key not in new:
                new[key] = (key, surface, kind)
            if surface not in self._spellings:
                spellings.setdefault(surface, key)
        if new:
            self._ids.update(_stored_first(session, _ENTITY_IDS, new))  # takes them out
            if new:
                insert_rows(session, "entities", [new[k] for k in sorted(new)])
                self._ids.update(_ids_by_key(session, _ENTITY_IDS, list(new)))
        if spellings:
            insert_rows(
                session,
                "spellings",
                [(self._ids[k], s) for s, k in sorted(spellings.items())],
            )
            self._spellings.update(spellings)

    def __getitem__(self, key: str) -> int:
        return self._ids[key]

    def clear(self) -> None:
        self._ids.clear()
        self._spellings.clear()


_INDEX_TEXTS = (
    "INSERT INTO claims_fts (rowid, text) SELECT id, text FROM claims WHERE article_id = ?"
)


def index_claim_texts(session: Session, article_id: int) -> None:
    """SQLite: add the article's claims (just inserted) to the full-text index, in one
    statement. A trigger per claim made FTS5 write one index segment per claim (migration
    0007). PostgreSQL's index on ``to_tsvector(text)`` follows the rows by itself."""
    if session.get_bind().dialect.name == "sqlite":
        execute_sql(session, _INDEX_TEXTS, (article_id,))


def execute_sql(session: Session, sql: str, params: tuple[Any, ...]) -> Sequence[Any]:
    """One statement straight on the DBAPI cursor of the session's connection (same
    transaction and savepoint), like ``insert_rows``: the rows it returns, if any. For the
    per-article statements, where the ORM's execution overhead (about 40 µs a statement)
    was several times SQLite's own work.

    A driver error is raised as SQLAlchemy raises it (``IntegrityError`` and so on), as when
    these statements went through the session: ``ingest._Writer`` takes an article that a
    concurrent writer stored first (unique ``content_hash``) for unchanged."""
    dbapi_error = session.get_bind().dialect.loaded_dbapi.Error
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description is not None else []
    except dbapi_error as err:
        raise DBAPIError.instance(sql, params, err, dbapi_error) from err
    finally:
        cursor.close()


# an article's row, in ``_article_sql`` order (``conflicts_checked``: the column default)
_ARTICLE_COLUMNS = (
    "path",
    "title",
    "publisher",
    "published",
    "url",
    "text",
    "content_hash",
    "extractor_version",
    "ingested_at",
    "relay_source_id",
    "conflicts_checked",
)
# dialect -> (INSERT ... RETURNING id, the columns' bind processors (None: the value as
# is), SELECT of the article's claim ids)
_ArticleSQL = tuple[str, list[Any], str]
_ARTICLE_SQL: dict[str, _ArticleSQL] = {}


def _article_sql(session: Session) -> _ArticleSQL:
    """The article insert and the claim-id read in the bound dialect's paramstyle, with the
    bind processors the Core would apply to the article's values (dates and times are
    stored exactly as ``insert(ArticleRow)`` stored them: text on SQLite)."""
    dialect = session.get_bind().dialect
    found = _ARTICLE_SQL.get(dialect.name)
    if found is None:
        mark = "%s" if dialect.name == "postgresql" else "?"
        cols = ", ".join(f'"{c}"' for c in _ARTICLE_COLUMNS)
        marks = ", ".join(mark for _ in _ARTICLE_COLUMNS)
        processors = [
            _ARTICLES.c[c].type.dialect_impl(dialect).bind_processor(dialect)
            for c in _ARTICLE_COLUMNS
        ]
        found = _ARTICLE_SQL[dialect.name] = (
            f'INSERT INTO articles ({cols}) VALUES ({marks}) RETURNING "id"',
            processors,
            f'SELECT "id" FROM claims WHERE "article_id" = {mark} ORDER BY "seq"',
        )
    return found


def _insert_article(session: Session, values: tuple[Any, ...]) -> int:
    sql, processors, _ = _article_sql(session)
    row = tuple(
        value if process is None or value is None else process(value)
        for value, process in zip(values, processors, strict=True)
    )
    return int(execute_sql(session, sql, row)[0][0])


def _claim_ids(session: Session, article_id: int) -> list[int]:
    return [cid for (cid,) in execute_sql(session, _article_sql(session)[2], (article_id,))]


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """What ``write_document`` stores of a ``Document``, prepared without a session
    (``prepare_document``): the work that needs no store, done where extraction runs.

    With ``ingest --workers`` this is what a worker sends to the writer: plain tuples and
    strings pickle and unpickle several times faster than the pydantic records (whose
    sentences and unattached mentions the store does not keep), and the blocking keys and
    the readings' JSON are computed in the workers, off the writer's serial path."""

    article: RawArticle
    relay: SourceRef | None
    # per claim: (text, start, end, cue, modality, reading as stored: JSON text)
    claims: list[tuple[str, int, int, str | None, str, str]]
    chains: list[list[SourceRef]]  # per claim: outermost relay first
    keys: list[list[str]]  # per claim: its blocking keys, sorted, those that fit the column
    # the mentions inside claims: (claim index, entity key, surface, kind, start, end)
    mentions: list[tuple[int, str, str, str, int, int]]


def prepare_document(doc: Document) -> DocumentRows:
    dumps = _reading_json  # what SQLAlchemy's JSON type stores (None -> "null")
    return DocumentRows(
        article=doc.article,
        relay=doc.relay,
        claims=[
            (c.text, c.start, c.end, c.cue, c.modality, dumps(c.reading or None))
            for c in doc.claims
        ],
        chains=[c.chain for c in doc.claims],
        keys=[
            [key for key in sorted(keys) if len(key) <= _KEY_MAX]
            for keys in document_block_keys(doc)
        ],
        mentions=[
            (m.claim_index, m.key, m.surface, m.kind, m.start, m.end)
            for m in doc.mentions
            if m.claim_index is not None and m.key
        ],
    )


def write_document(
    session: Session,
    doc: Document | DocumentRows,
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
    if isinstance(doc, Document):
        doc = prepare_document(doc)
    art = doc.article
    now = datetime.now(UTC)
    entities = entities if entities is not None else EntityCache()
    refs = [ref for chain in doc.chains for ref in chain]
    if doc.relay is not None:
        refs.insert(0, doc.relay)
    sources.ensure(session, refs, aliases_of)
    relay_id = sources.source_id(session, doc.relay) if doc.relay else None
    published = art.published
    deltas: CountDeltas = {}  # per-source counts: the claims removed and written here
    if replace_article_id is None:
        article_id = _insert_article(
            session,
            (
                art.path,
                art.title,
                art.publisher,
                art.published,
                art.url,
                art.text,
                digest,
                extractor_version,
                now,
                relay_id,
                False,
            ),
        )
    else:
        article_id = replace_article_id
        _uncount_article(session, article_id, deltas)
        session.execute(delete(ClaimRow).where(ClaimRow.article_id == article_id))
        existing = session.get(ArticleRow, article_id)
        assert existing is not None
        published = art.published or existing.published
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(
                extractor_version=extractor_version,
                ingested_at=now,
                relay_source_id=relay_id,
                title=art.title or existing.title,
                published=published,
            )
        )

    if not doc.claims:
        add_source_counts(session, deltas)
        return article_id, []
    source_id = sources.source_id
    chains = [collapse_repeats([source_id(session, ref) for ref in refs]) for refs in doc.chains]
    for chain in chains:
        tally(deltas, chain[-1] if chain else None, chain)
    # a plain executemany, then one indexed read of the ids: RETURNING with
    # sort_by_parameter_order degrades to one statement per row on SQLite
    insert_rows(
        session,
        "claims",
        [
            (
                article_id,
                seq,
                words,
                start,
                end,
                cue,
                modality,
                chain[-1] if chain else None,
                reading,
            )
            for seq, ((words, start, end, cue, modality, reading), chain) in enumerate(
                zip(doc.claims, chains, strict=True)
            )
        ],
    )
    index_claim_texts(session, article_id)
    claim_ids = _claim_ids(session, article_id)
    # ISO text: what SQLAlchemy's Date stores on SQLite; PostgreSQL casts it to date
    pub = published.isoformat() if published is not None else None
    insert_rows(
        session,
        "chain",
        [
            # the claim's who-said sort key rides along (see ``ClaimChainRow``)
            (cid, pos, sid, pub, article_id, seq)
            for seq, (cid, chain) in enumerate(zip(claim_ids, chains, strict=True))
            for pos, sid in enumerate(chain)
        ],
    )
    insert_rows(
        session,
        "keys",
        [(cid, key) for cid, keys in zip(claim_ids, doc.keys, strict=True) for key in keys],
    )
    if doc.mentions:
        entities.ensure(
            session, ((key, surface, kind) for _, key, surface, kind, _, _ in doc.mentions)
        )
        entity_id = entities.__getitem__
        insert_rows(
            session,
            "mentions",
            [
                (claim_ids[index], entity_id(key), start, end, surface)
                for index, key, surface, _, start, end in doc.mentions
            ],
        )
    # last: the counts of shared sources are the hottest rows, so they are locked just
    # before the commit (PostgreSQL), after every lock that could make this writer wait
    add_source_counts(session, deltas)
    return article_id, claim_ids
