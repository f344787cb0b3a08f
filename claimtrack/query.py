"""Queries over the store: who-said, conflicts, export. Returns output records, never prints."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ARRAY,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    cast,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from claimtrack.errors import QueryError
from claimtrack.normalise.gazetteer import query_keys
from claimtrack.normalise.translit import is_first_name, name_key
from claimtrack.records import Article, ArticleRef, Claim, Conflict, Export, Source
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    EntitySpellingRow,
    MentionRow,
    SourceAliasRow,
    SourceCountRow,
    SourceRow,
)

_WORD = re.compile(r"\w+", re.UNICODE)


# --------------------------------------------------------------------------- records


def _sources(session: Session, ids: Iterable[int]) -> dict[int, Source]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    aliases: dict[int, list[str]] = defaultdict(list)
    for sid, alias in session.execute(
        select(SourceAliasRow.source_id, SourceAliasRow.alias)
        .where(SourceAliasRow.source_id.in_(ids))
        .order_by(SourceAliasRow.alias)
    ):
        aliases[sid].append(alias)
    out: dict[int, Source] = {}
    for row in session.scalars(select(SourceRow).where(SourceRow.id.in_(ids))):
        out[row.id] = Source(
            id=row.id,
            name=row.name,
            full_name=row.full_name,
            kind=row.kind,
            aliases=[a for a in aliases[row.id] if a != row.name],
        )
    return out


def claims_by_id(session: Session, ids: Sequence[int]) -> list[Claim]:
    """Claim records in the order of ``ids``, with articles, sources and chains."""
    if not ids:
        return []
    # each id once: an id in two chunks would have its chain links read (and added) twice
    unique = list(dict.fromkeys(ids))
    out: dict[int, Claim] = {}
    chain_ids: dict[int, list[int]] = defaultdict(list)
    for chunk_start in range(0, len(unique), 500):
        chunk = unique[chunk_start : chunk_start + 500]
        for cid, _pos, sid in session.execute(
            select(ClaimChainRow.claim_id, ClaimChainRow.position, ClaimChainRow.source_id)
            .where(ClaimChainRow.claim_id.in_(chunk))
            .order_by(ClaimChainRow.claim_id, ClaimChainRow.position)
        ):
            chain_ids[cid].append(sid)
    # only the columns a claim record shows: not the stored reading (JSON to decode) nor
    # the article's text (which the ORM entities would load for every claim)
    cols = select(
        ClaimRow.id,
        ClaimRow.text,
        ClaimRow.start,
        ClaimRow.end,
        ClaimRow.cue,
        ClaimRow.modality,
        ArticleRow.id,
        ArticleRow.path,
        ArticleRow.title,
        ArticleRow.publisher,
        ArticleRow.published,
    ).join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
    rows: list[Any] = []
    for chunk_start in range(0, len(unique), 500):
        chunk = unique[chunk_start : chunk_start + 500]
        rows.extend(session.execute(cols.where(ClaimRow.id.in_(chunk))).all())
    srcs = _sources(session, [s for c in chain_ids.values() for s in c])
    articles: dict[int, ArticleRef] = {}
    for cid, text_, start, end, cue, modality, aid, path, title, publisher, published in rows:
        chain = [srcs[s] for s in chain_ids.get(cid, [])]
        ref = articles.get(aid)
        if ref is None:
            ref = articles[aid] = ArticleRef(
                id=aid, path=path, title=title, publisher=publisher, published=published
            )
        out[cid] = Claim(
            id=cid,
            article=ref,
            text=text_,
            start=start,
            end=end,
            cue=cue,
            modality=modality,
            source=chain[-1] if chain else None,
            chain=chain,
        )
    return [out[i] for i in ids if i in out]


# --------------------------------------------------------------------------- lookups


def find_source(session: Session, name: str) -> Source:
    """A source by its name or any alias (``HUR`` finds GUR)."""
    key = name_key(name)
    sid = session.scalar(select(SourceAliasRow.source_id).where(SourceAliasRow.key == key))
    if sid is None:
        sid = session.scalar(select(SourceRow.id).where(SourceRow.key == key))
    if sid is None:
        raise QueryError(f"no source named {name!r} in the store (try `claimtrack sources`)")
    return _sources(session, [sid])[sid]


def topic_words(topic: str) -> list[str]:
    """The words of a topic query; everything else (quotes, operators, SQL) is dropped."""
    return _WORD.findall(topic)


# the key's last and first word, written exactly as migration 0006 indexes them (an index
# on an expression serves only that expression); other engines compare with LIKE
_LAST_WORD = {
    "sqlite": (
        "substr(entities.key, length(rtrim(entities.key, replace(entities.key, ' ', ''))) + 1)"
    ),
    "postgresql": "regexp_replace(entities.key, '^.* ', '')",
}
_FIRST_WORD = {
    "sqlite": "substr(entities.key, 1, instr(entities.key, ' ') - 1)",
    "postgresql": "split_part(entities.key, ' ', 1)",
}


def _entity_match(topic: str, words: list[str], dialect: str) -> list[Select[Any]]:
    """Selects of the ids of the entities a topic names, in any spelling, to be united.
    Each one is answered from an index (the key, ``lower(spelling)``, the key's last or
    first word: migration 0006), so the look-up does not grow with the number of
    entities; as one OR, PostgreSQL would scan them all instead."""
    keys = set(query_keys(topic))
    keys.discard("")
    found = [
        select(EntityRow.id).where(EntityRow.key.in_(keys)),
        # a spelling seen in some article (an acronym it introduced, say)
        select(EntitySpellingRow.entity_id).where(
            func.lower(EntitySpellingRow.spelling) == topic.strip().lower()
        ),
    ]
    if len(words) == 1 and len(words[0]) >= 4:
        single = sorted(k for k in keys if " " not in k)
        # a bare surname finds the full names that end with it ("Kisel": "Sergey Kisel"),
        # and a bare first name every spelling of it (Oleksandr: Alexander Chayko). A key
        # of one word is its own last word: it is found by the key itself anyway.
        sides = [(_LAST_WORD, "% {}")]
        if is_first_name(words[0]):
            sides.append((_FIRST_WORD, "{} %"))
        for expr, pattern in sides:
            cond: ColumnElement[bool]
            if dialect in expr:
                cond = literal_column(expr[dialect]).in_(single)
            else:  # pragma: no cover - other engines
                cond = or_(*(EntityRow.key.like(pattern.format(k)) for k in single))
            found.append(select(EntityRow.id).where(cond))
    return found


def _topic_entity_ids(session: Session, topic: str, words: list[str]) -> list[int]:
    """The ids of the entities a topic names (a handful), read first: joined to mentions
    in one statement, PostgreSQL misjudges the name conditions and scans every mention
    instead of reading the few entities' mentions by index."""
    match = _entity_match(topic, words, _dialect(session))
    return sorted(set(session.scalars(union(*match))))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _topic_claim_ids(
    session: Session, topic: str, entity_ids: list[int] | None = None
) -> Select[tuple[int]]:
    """Claims that mention the topic's entity (any spelling) or match its words."""
    words = topic_words(topic)
    if not words:
        raise QueryError(f"the topic {topic!r} has no words to search for")
    if entity_ids is None:
        entity_ids = _topic_entity_ids(session, topic, words)
    by_entity = select(MentionRow.claim_id).where(MentionRow.entity_id.in_(entity_ids))
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        fts_query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        by_text = (
            select(text("rowid"))
            .select_from(text("claims_fts"))
            .where(text("claims_fts MATCH :q").bindparams(q=fts_query))
        )
    elif dialect == "postgresql":
        by_text = select(ClaimRow.id).where(
            text("to_tsvector('simple', claims.text) @@ plainto_tsquery('simple', :q)").bindparams(
                q=" ".join(words)
            )
        )
    else:  # pragma: no cover - other engines: plain LIKE on every word
        cond = [ClaimRow.text.ilike(f"%{w}%") for w in words]
        by_text = select(ClaimRow.id).where(*cond)
    return by_entity.union(by_text)  # type: ignore[return-value]


def _article_match(article: str) -> Any:
    """Articles whose path contains ``article``, or whose id it is (written exactly as the
    id: ``123``, not ``0123``). The id is compared as a number, not by casting every id."""
    in_path = ArticleRow.path.contains(article, autoescape=True)
    if (
        article.isascii()
        and article.isdigit()
        and len(article) < 19
        and str(int(article)) == article
    ):
        return or_(in_path, ArticleRow.id == int(article))
    return in_path


def _source_walk(
    session: Session,
    source_id: int,
    *,
    limit: int | None,
    since: date | None,
    until: date | None,
) -> list[int]:
    """Ids of the claims whose chain contains ``source_id``, in who-said order.

    ``claim_chain`` carries each claim's sort key, so this is a walk of
    ``ix_claim_chain_source_order`` that stops at ``limit``: first the dated claims
    (``published``, ``article_id``, ``seq``), then the undated ones (``published IS NULL``,
    an equality on the index, so still in ``article_id``, ``seq`` order). A claim whose
    chain names the source twice yields adjacent duplicate rows, dropped here.
    """
    cc = ClaimChainRow
    q = select(cc.claim_id).where(cc.source_id == source_id)
    if since:
        q = q.where(cc.published >= since)
    if until:
        q = q.where(cc.published <= until)
    phases = [q.where(cc.published.is_not(None)).order_by(cc.published, cc.article_id, cc.seq)]
    if not since and not until:
        phases.append(q.where(cc.published.is_(None)).order_by(cc.article_id, cc.seq))
    ids: list[int] = []
    for phase in phases:
        want = None if limit is None else limit - len(ids)
        if want is not None and want <= 0:
            break
        if want is None:
            ids.extend(dict.fromkeys(session.scalars(phase)))
            continue
        fetch = want
        while True:
            rows = list(session.scalars(phase.limit(fetch)))
            found = list(dict.fromkeys(rows))
            if len(rows) < fetch or len(found) >= want:
                break
            fetch *= 2  # duplicates took part of the limit: read further
        ids.extend(found[:want])
    return ids


def _any_of(name: str, ids: list[int]) -> Any:
    """PostgreSQL ``= ANY(array)`` of ``ids`` sent as one array literal, parsed by the
    server: psycopg's array dumper takes about 2.5 ms per 1,000 ints in Python."""
    literal = "{" + ",".join(str(int(i)) for i in ids) + "}"
    return any_(cast(bindparam(name, literal, String), ARRAY(Integer)))


def _bounded_claims_pg(
    session: Session,
    topic_ids: Select[Any] | None,
    matching: Select[Any] | None,
    src: Source | None,
) -> list[int] | None:
    """PostgreSQL: the ids of the claims of a topic and/or of the articles ``matching``
    selects, whose chain holds ``src`` when given, read step by step (None: neither a
    topic nor articles, so no bounded set: every claim).

    In one statement, PostgreSQL planned the source as a hash over every chain link of a
    hub (83,000 at a million claims) and the articles as a parallel scan of all of them,
    sorted by date for the LIMIT (it guessed 1 % of the paths match): 45-70 ms. Read in
    turn, each step is an index look-up of a bounded set (the topic's claims; the articles
    by ``ix_articles_path_trgm``, migration 0005, then their claims by
    ``ix_claims_article_id``; the chain by its primary key), passed on as one array.
    """

    found: list[int] | None = None
    if topic_ids is not None:
        found = list(session.scalars(topic_ids).all())
    if matching is not None:
        articles = list(session.scalars(matching).all())
        in_articles = select(ClaimRow.id).where(
            ClaimRow.article_id == _any_of("articles", articles)
        )
        if found is not None:
            in_articles = in_articles.where(ClaimRow.id == _any_of("found", found))
        found = list(session.scalars(in_articles).all())
    if found is None or src is None:
        return found
    # the chains of these claims, filtered here: with the source in the WHERE clause the
    # planner reads every link of a hub source and filters by claim (29 ms at 83,000
    # links) rather than look up 2,400 claims' chains by the primary key (2 ms)
    chains = select(ClaimChainRow.claim_id, ClaimChainRow.source_id).where(
        ClaimChainRow.claim_id == _any_of("found", found)
    )
    return sorted({cid for cid, sid in session.execute(chains) if sid == src.id})


@dataclass
class SourceGroup:
    source: Source | None  # None: the articles' own voice
    claims: list[Claim] = field(default_factory=list)


@dataclass
class WhoSaid:
    topic: str | None
    source: Source | None
    groups: list[SourceGroup]
    spellings: list[str] = field(default_factory=list)  # how the claims spell the topic

    @property
    def claims(self) -> list[Claim]:
        return [c for g in self.groups for c in g.claims]


def who_said(
    session: Session,
    topic: str | None = None,
    *,
    source: str | None = None,
    limit: int | None = None,
    since: date | None = None,
    until: date | None = None,
    article: str | None = None,
) -> WhoSaid:
    """Claims about ``topic`` and/or whose chain contains ``source``, grouped by origin.

    Claims come in the order of their article's date (undated last), article and position
    in the article. With a source and no topic, that order is read off
    ``ix_claim_chain_source_order`` (see ``_source_walk``); with a topic, the topic's
    claims (a bounded set) are filtered and sorted.
    """
    src: Source | None = None
    entity_ids: list[int] = []  # the topic's entities, read once
    if source:
        src = find_source(session, source)
    if src is not None and not topic and not article:
        ids = _source_walk(session, src.id, limit=limit, since=since, until=until)
    else:
        # a topic's claims, or the articles a path names: bounded sets, filtered and sorted
        q = select(ClaimRow.id).join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
        topic_ids = None
        if topic:
            entity_ids = _topic_entity_ids(session, topic, topic_words(topic))
            topic_ids = _topic_claim_ids(session, topic, entity_ids)
        matching = select(ArticleRow.id).where(_article_match(article)) if article else None
        if _dialect(session) == "postgresql":
            kept = _bounded_claims_pg(session, topic_ids, matching, src)
            if kept is not None:
                q = q.where(ClaimRow.id == _any_of("kept", kept))
        else:
            if src is not None:
                # a correlated EXISTS, not ``IN (claims of the source)``: SQLite would drive
                # the query from a hub source's claims (linear in the store), not the topic's
                q = q.where(
                    select(ClaimChainRow.claim_id)
                    .where(ClaimChainRow.claim_id == ClaimRow.id, ClaimChainRow.source_id == src.id)
                    .exists()
                )
            if topic_ids is not None:
                q = q.where(ClaimRow.id.in_(topic_ids))
            if matching is not None:
                # the matching articles (a scan of ``ix_articles_path``, not of the
                # articles' text), then their claims by ``ix_claims_article_id``
                q = q.where(ClaimRow.article_id.in_(matching))
        if since:
            q = q.where(ArticleRow.published >= since)
        if until:
            q = q.where(ArticleRow.published <= until)
        q = q.order_by(
            ArticleRow.published.is_(None), ArticleRow.published, ClaimRow.article_id, ClaimRow.seq
        )
        if limit:
            q = q.limit(limit)
        ids = list(session.scalars(q).all())
    claims = claims_by_id(session, ids)
    groups: dict[int | None, SourceGroup] = {}
    for c in claims:
        key = c.source.id if c.source else None
        groups.setdefault(key, SourceGroup(c.source)).claims.append(c)
    ordered = sorted(
        groups.values(),
        key=lambda g: (g.source is None, -len(g.claims), g.source.name if g.source else ""),
    )
    spellings: list[str] = []
    if topic and ids:
        spellings = sorted(
            set(
                session.scalars(
                    select(MentionRow.surface).where(
                        MentionRow.claim_id.in_(ids[:1000]), MentionRow.entity_id.in_(entity_ids)
                    )
                )
            )
        )
    return WhoSaid(topic=topic, source=src, groups=ordered, spellings=spellings)


@dataclass
class SourceCount:
    source: Source
    originated: int
    relayed: int


def source_summary(session: Session) -> list[SourceCount]:
    """Sources by the number of claims they originate (and relay).

    Reads the stored per-source counts (``source_counts``, migration 0003): one row per
    source, whatever the size of the store."""
    counts = session.execute(
        select(SourceCountRow.source_id, SourceCountRow.originated, SourceCountRow.in_chain)
        .where(SourceCountRow.in_chain > 0)
        .order_by(SourceCountRow.source_id)
    ).all()
    srcs = _sources(session, [sid for sid, _, _ in counts])
    out = [SourceCount(srcs[sid], orig, n - orig) for sid, orig, n in counts]
    out.sort(key=lambda c: (-c.originated, -c.relayed, c.source.name))
    return out


# --------------------------------------------------------------------------- conflicts


def list_conflicts(
    session: Session,
    topic: str | None = None,
    *,
    source: str | None = None,
    kind: str | None = None,
    min_score: float = 0.0,
    limit: int | None = None,
) -> list[Conflict]:
    """Stored conflicts, highest score first; ``limit``: only the first ones (read alone,
    so the cost follows the limit, not the store)."""
    q = select(ConflictRow).where(ConflictRow.score >= min_score)
    if kind:
        q = q.where(ConflictRow.kind == kind)
    if topic:
        ids = _topic_claim_ids(session, topic)
        q = q.where(or_(ConflictRow.claim_a_id.in_(ids), ConflictRow.claim_b_id.in_(ids)))
    if source:
        src = find_source(session, source)
        in_chain = select(ClaimChainRow.claim_id).where(ClaimChainRow.source_id == src.id)
        q = q.where(or_(ConflictRow.claim_a_id.in_(in_chain), ConflictRow.claim_b_id.in_(in_chain)))
    q = q.order_by(ConflictRow.score.desc(), ConflictRow.id)
    if limit is not None:
        q = q.limit(limit)
    return conflicts_from_rows(session, list(session.scalars(q)))


def conflicts_from_rows(session: Session, rows: Sequence[ConflictRow]) -> list[Conflict]:
    """Conflict records for stored rows, in their order, with both claims."""
    claims = {
        c.id: c
        for c in claims_by_id(session, [i for r in rows for i in (r.claim_a_id, r.claim_b_id)])
    }
    return [
        Conflict(
            id=r.id,
            kind=r.kind,
            score=round(r.score, 3),
            explanation=r.explanation,
            claims=[claims[r.claim_a_id], claims[r.claim_b_id]],
            relay_distortion=r.relay_distortion,
            values=_values(r.details),
        )
        for r in rows
    ]


def _values(details: dict[str, Any] | None) -> list[str]:
    if not details or "value_a" not in details or "value_b" not in details:
        return []
    return [str(details["value_a"]), str(details["value_b"])]


# --------------------------------------------------------------------------- export


def list_articles(session: Session) -> list[Article]:
    counts = dict(
        session.execute(
            select(ClaimRow.article_id, func.count()).group_by(ClaimRow.article_id)
        ).all()
    )
    return [
        Article(
            id=a.id,
            path=a.path,
            title=a.title,
            publisher=a.publisher,
            published=a.published,
            url=a.url,
            text=a.text,
            content_hash=a.content_hash,
            extractor_version=a.extractor_version,
            claims=counts.get(a.id, 0),
        )
        for a in session.scalars(select(ArticleRow).order_by(ArticleRow.id))
    ]


def iter_article_dump(session: Session) -> Iterator[dict[str, Any]]:
    """Every stored article, in id order, as one JSON-lines record that ``ingest`` reads
    back (``claimtrack.read.JSON_FIELDS``): ``export --format articles``. Streamed: the
    store's articles are never all in memory."""
    rows = session.execute(
        select(
            ArticleRow.path,
            ArticleRow.title,
            ArticleRow.publisher,
            ArticleRow.published,
            ArticleRow.url,
            ArticleRow.text,
        )
        .order_by(ArticleRow.id)
        .execution_options(yield_per=200)
    )
    for path, title, publisher, published, url, body in rows:
        yield {
            "path": path,
            "title": title,
            "publisher": publisher,
            "published": published.isoformat() if published is not None else None,
            "url": url,
            "text": body,
        }


def export_all(session: Session) -> Export:
    claim_ids = list(
        session.scalars(select(ClaimRow.id).order_by(ClaimRow.article_id, ClaimRow.seq))
    )
    source_ids = list(session.scalars(select(SourceRow.id).order_by(SourceRow.id)))
    srcs = _sources(session, source_ids)
    return Export(
        articles=list_articles(session),
        sources=[srcs[i] for i in source_ids],
        claims=claims_by_id(session, claim_ids),
        conflicts=list_conflicts(session),
    )
