"""Store glue for conflicts: load ``ClaimFacts`` from rows, save findings and groups.

Incremental by design: ``refresh_conflicts(session, focus=ids)`` loads only the focus claims
and a bounded set of *candidate* claims that share a blocking key with one of them (found
through the ``claim_keys`` table and its ``key`` index), so ingesting one article into a
store of a million claims does not reload the million. ``focus=None`` recomputes everything
(loads every claim, compares every blocked pair, and makes the groups afresh, so the
result is the same however the claims were batched): ``claimtrack conflicts --recompute``.

Two caps bound an incremental refresh independently of the store size:

* hub keys: a key held by very many claims ("strike|russia") would make every batch pull
  in a large part of the store, so the index walk reads at most ``HUB_CAP`` claim ids per
  key, the most recent ones (highest claim ids);
* budget: the union of those walks over all the keys of a batch still grows with the store
  (about 14,000 claims per refresh of 200 articles in a store of 29,000), so at most
  ``max(CANDIDATES_PER_CLAIM * len(focus), MIN_CANDIDATES)`` candidates are loaded: the
  ones sharing the most distinct blocking keys with the focus claims, then the most recent.
  The floor keeps a single new article comparable with thousands of stored claims; the
  proportional part bounds a bulk load's batches. Ids are cheap; the
  claims' readings (``load_facts``) and their comparison are not.

The price: an incremental refresh compares a new claim only with the strongest-matching
and most recent part of the store. A conflict with an older claim that shares few keys
with the batch (or is older than the last ``HUB_CAP`` claims of every key they share) is
only found by a full refresh, and a corroboration group is re-counted from the members
loaded. Which pairs are compared therefore depends on how articles were batched.
"""

from __future__ import annotations

import gc
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from claimtrack.conflicts import find_conflicts
from claimtrack.records import ClaimFacts
from claimtrack.store.engine import Store
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimGroupRow,
    ClaimKeyRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    MentionRow,
    SourceRow,
)
from claimtrack.store.writer import FINDING_COLUMNS, insert_rows

# Core tables: an executemany of an ORM ``update()`` is the ORM bulk path, which refuses
# extra WHERE criteria and costs more per row
_CLAIMS: Table = ClaimRow.__table__  # type: ignore[assignment]
_GROUPS: Table = ClaimGroupRow.__table__  # type: ignore[assignment]
HUB_CAP = 300  # candidate claim ids read per blocking key, most recent first
CANDIDATES_PER_CLAIM = 4  # candidates loaded per focus claim: 2 cut recall against a full
# refresh from 0.86 to 0.78 on 1600 generated articles, 4 kept 0.85 (module docstring)
MIN_CANDIDATES = 5000  # whatever the batch: one new article still meets a wide candidate set
_CHUNK = 500


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_KEYS_OF = select(ClaimKeyRow.key).where(ClaimKeyRow.claim_id.in_(bindparam("ids", expanding=True)))
_KEYS_PER_QUERY = 100  # blocking keys per UNION ALL statement


def _hub_sql(dialect: str, n: int, bounded: bool = False) -> str:
    """``n`` index walks (one per key, newest ``cap`` claims each) in one statement;
    ``bounded``: each walk starts at a given claim id instead of the newest."""
    mark = "%s" if dialect == "postgresql" else "?"
    below = f" AND claim_id <= {mark}" if bounded else ""
    one = (
        f'SELECT claim_id FROM (SELECT claim_id FROM claim_keys WHERE "key" = {mark}{below} '
        f"ORDER BY claim_id DESC LIMIT {mark}) AS k"
    )
    return " UNION ALL ".join(f"{one}{i}" for i in range(n))


def candidate_ids(
    session: Session,
    focus: Iterable[int],
    hub_cap: int = HUB_CAP,
    per_claim: int | None = CANDIDATES_PER_CLAIM,
    min_candidates: int = MIN_CANDIDATES,
    bound: int | None = None,
) -> set[int]:
    """The focus claims plus the claims sharing a blocking key with one of them.

    The keys are the detector's own (``claimtrack.conflicts.block_keys``, kept in
    ``claim_keys``), so a batch of new claims meets the same candidates in the store as it
    would in one big batch, up to ``hub_cap`` claims (the most recent) per key and
    ``max(per_claim * len(focus), min_candidates)`` candidates in all (``per_claim=None``:
    no budget): those sharing the most distinct keys with the focus claims, then the most
    recent. ``bound``: only claims up to that id, as if the later ones were not stored yet.
    """
    ids = sorted(set(focus))
    out = set(ids)
    keys: set[str] = set()
    for chunk in _chunks(ids):
        keys.update(session.scalars(_KEYS_OF, {"ids": list(chunk)}))
    conn = session.connection()
    dialect = conn.dialect.name
    # each branch walks ix_claim_keys_key_claim backwards (at most hub_cap index entries
    # per key); a UNION ALL of many keys saves a round trip and a statement per key. A
    # claim comes back once per key it shares with the batch: ``shared`` counts them.
    shared: Counter[int] = Counter()
    walk = (hub_cap,) if bound is None else (bound, hub_cap)
    for chunk in _chunks(sorted(keys), _KEYS_PER_QUERY):
        params = tuple(v for key in chunk for v in (key, *walk))
        sql = _hub_sql(dialect, len(chunk), bounded=bound is not None)
        shared.update(cid for (cid,) in conn.exec_driver_sql(sql, params))
    for cid in ids:
        shared.pop(cid, None)
    budget = None if per_claim is None else max(per_claim * len(ids), min_candidates)
    if budget is not None and len(shared) > budget:
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))
        out.update(cid for cid, _n in ranked[:budget])
    else:
        out.update(shared)
    return out


_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_CHAIN_Q = select(ClaimChainRow.claim_id, ClaimChainRow.source_id).order_by(
    ClaimChainRow.claim_id, ClaimChainRow.position
)
_ENTITY_KEYS_Q = (
    select(MentionRow.claim_id, EntityRow.key)
    .join(EntityRow, EntityRow.id == MentionRow.entity_id)
    .order_by(MentionRow.id)
)
# the entity keys of whole articles (every mention of every claim): the story each tells
_ARTICLE_KEYS_Q = (
    select(ClaimRow.article_id, EntityRow.key)
    .join(MentionRow, MentionRow.claim_id == ClaimRow.id)
    .join(EntityRow, EntityRow.id == MentionRow.entity_id)
    .where(ClaimRow.article_id.in_(_IDS))
    .distinct()
)
_ROWS_Q = (
    select(
        ClaimRow.id,
        ClaimRow.article_id,
        ArticleRow.path,
        ArticleRow.published,
        ClaimRow.text,
        ClaimRow.modality,
        ClaimRow.cue,
        ClaimRow.reading,
        ClaimRow.source_id,
        ClaimGroupRow.key,
    )
    .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
    .outerjoin(ClaimGroupRow, ClaimGroupRow.id == ClaimRow.group_id)
    .order_by(ClaimRow.id)
)
_QUERIES_ALL = (_CHAIN_Q, _ENTITY_KEYS_Q, _ROWS_Q)
_QUERIES_IN = (
    _CHAIN_Q.where(ClaimChainRow.claim_id.in_(_IDS)),
    _ENTITY_KEYS_Q.where(MentionRow.claim_id.in_(_IDS)),
    _ROWS_Q.where(ClaimRow.id.in_(_IDS)),
)


def load_facts(session: Session, ids: Iterable[int] | None = None) -> list[ClaimFacts]:
    """Claims as ``ClaimFacts`` (all of them when ``ids`` is None), ordered by id.

    One query per table (per chunk of 500 ids): no per-claim round trips. The rows come
    from the store, so they are not validated again (``model_construct``).
    """
    wanted = None if ids is None else sorted(set(ids))
    chunks: Iterable[Sequence[int] | None] = [None] if wanted is None else _chunks(wanted)
    names: dict[int, str] = dict(session.execute(select(SourceRow.id, SourceRow.name)).all())
    make = ClaimFacts.model_construct
    out: list[ClaimFacts] = []
    stories: dict[int, list[str]] = {}  # article id -> its entity keys
    for chunk in chunks:
        params = None if chunk is None else {"ids": list(chunk)}
        chain_q, keys_q, rows_q = _QUERIES_ALL if chunk is None else _QUERIES_IN
        chains: dict[int, list[str]] = defaultdict(list)
        for claim_id, source_id in session.execute(chain_q, params):
            chains[claim_id].append(names[source_id])
        keys: dict[int, list[str]] = defaultdict(list)
        for claim_id, key in session.execute(keys_q, params):
            held = keys[claim_id]
            if key not in held:
                held.append(key)
        rows = session.execute(rows_q, params).all()
        # an article's claims may fall into several chunks: its names are read once
        stories.update(_article_keys(session, {row[1] for row in rows} - stories.keys()))
        # every field given (pydantic looks up a default factory's signature, slowly)
        out.extend(
            make(
                id=cid,
                article_id=aid,
                article_path=path,
                article_published=published,
                text=text,
                modality=modality,
                cue=cue,
                reading=reading or {},
                origin=names.get(source_id) if source_id is not None else None,
                chain=chains.get(cid, []),
                entity_keys=keys.get(cid, []),
                article_keys=stories.get(aid, []),
                group_key=group_key,
            )
            for (cid, aid, path, published, text, modality, cue, reading, source_id, group_key) in (
                rows
            )
        )
    return out


def _article_keys(session: Session, article_ids: set[int]) -> dict[int, list[str]]:
    """The entity keys of each whole article (one sorted list per article, shared; an
    empty one for an article that names nothing)."""
    stories: dict[int, list[str]] = {aid: [] for aid in article_ids}
    for chunk in _chunks(sorted(article_ids)):
        for aid, key in session.execute(_ARTICLE_KEYS_Q, {"ids": list(chunk)}):
            stories[aid].append(key)
    for story in stories.values():
        story.sort()
    return stories


_GROUPS_BY_KEY = select(
    ClaimGroupRow.key, ClaimGroupRow.id, ClaimGroupRow.independent_origins
).where(ClaimGroupRow.key.in_(bindparam("keys", expanding=True)))
_CONFLICTS_OF = select(ConflictRow.id, ConflictRow.claim_a_id, ConflictRow.claim_b_id).where(
    ConflictRow.claim_a_id.in_(_IDS)
)
_DELETE_CONFLICTS = delete(ConflictRow).where(ConflictRow.id.in_(_IDS))
_DELETE_CONFLICTS_OF = delete(ConflictRow).where(
    or_(ConflictRow.claim_a_id.in_(_IDS), ConflictRow.claim_b_id.in_(_IDS))
)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Loading claims makes many small containers (the readings' dicts and lists) that hold
    no cycles: the cyclic collector would walk the growing heap again and again for
    nothing. Reference counting frees them as usual, before the collector is back."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def refresh_conflicts(
    session: Session,
    focus: set[int] | None = None,
    *,
    hub_cap: int = HUB_CAP,
    per_claim: int | None = CANDIDATES_PER_CLAIM,
    min_candidates: int = MIN_CANDIDATES,
) -> int:
    """Recompute conflicts (only those touching ``focus`` claims when given, against the
    candidates of ``candidate_ids``): see ``_refresh``."""
    with _no_cycle_collection():
        return _refresh(session, focus, hub_cap, per_claim, min_candidates)


@dataclass
class RefreshPlan:
    """What a refresh writes, worked out from reads alone (``plan_refresh``), so that the
    costly part can run outside the write transaction (``ingest`` with ``--workers``)."""

    focus: set[int] | None  # None: every claim (a full refresh)
    current: dict[int, str | None]  # every claim read -> the group key it had then
    groups: list[Any] = field(default_factory=list)
    findings: list[Any] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)  # to mark checked (refresh_pending)


def _lock_refreshes(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        # one refresh at a time across processes: two writers whose new claims conflict
        # with each other would otherwise both insert the pair (SQLite's BEGIN IMMEDIATE
        # already serialises writers)
        session.execute(text("SELECT pg_advisory_xact_lock(727274002)"))


def _refresh(
    session: Session,
    focus: set[int] | None,
    hub_cap: int,
    per_claim: int | None,
    min_candidates: int,
) -> int:
    _lock_refreshes(session)
    if focus is not None and not focus:
        return 0
    return apply_refresh(session, plan_refresh(session, focus, hub_cap, per_claim, min_candidates))


def plan_refresh(
    session: Session,
    focus: set[int] | None,
    hub_cap: int = HUB_CAP,
    per_claim: int | None = CANDIDATES_PER_CLAIM,
    min_candidates: int = MIN_CANDIDATES,
    bound: int | None = None,
) -> RefreshPlan:
    """Read the claims and detect: everything a refresh does but write. ``bound``: see
    ``candidate_ids``."""
    if focus is None:
        facts = load_facts(session)
    elif not focus:
        return RefreshPlan(focus, {})
    else:
        facts = load_facts(
            session, candidate_ids(session, focus, hub_cap, per_claim, min_candidates, bound)
        )
    groups, findings = find_conflicts(facts, focus=focus)
    return RefreshPlan(focus, {f.id: f.group_key for f in facts}, list(groups), list(findings))


def apply_refresh(session: Session, plan: RefreshPlan) -> int:
    """Write a plan. Writes are batched: one executemany each for new groups, changed group
    counts and claims whose group changes (claims already in the right group are not
    rewritten), and the findings that replace earlier ones between the same two groups are
    found in Python from one read of the conflicts among their claims.
    """
    focus, groups, findings = plan.focus, plan.groups, plan.findings
    current = plan.current
    if focus is None:
        session.execute(delete(ConflictRow))
        # the groups are made afresh: a claim that no group holds now belongs to none
        # (else a group an earlier, incremental refresh made would stay with it)
        session.execute(
            update(_CLAIMS).where(_CLAIMS.c.group_id.is_not(None)).values(group_id=None)
        )
        current = {}
    else:
        for chunk in _chunks(sorted(focus)):
            session.execute(_DELETE_CONFLICTS_OF, {"ids": list(chunk)})
    if groups or focus is None:
        _save_groups(session, groups, current)
        # groups left without claims (two groups merged into one, or unmade): gone
        session.execute(
            delete(ClaimGroupRow).where(
                ~select(ClaimRow.id).where(ClaimRow.group_id == ClaimGroupRow.id).exists()
            )
        )
    if focus is not None:  # a full refresh has deleted every stored finding already
        _delete_superseded(session, findings)
    rows: dict[tuple[int, int, str], dict[str, Any]] = {}
    for f in findings:
        a, b = sorted((f.claim_a, f.claim_b))
        rows.setdefault(
            (a, b, f.kind),
            {
                "kind": f.kind,
                "score": f.score,
                "explanation": f.explanation,
                "claim_a_id": a,
                "claim_b_id": b,
                "relay_distortion": f.relay_distortion,
                "details": f.details or None,
            },
        )
    if rows:
        _insert_findings(session, list(rows.values()))
    _mark_checked(session, focus)
    for chunk in _chunks(sorted(plan.articles)):
        session.execute(_MARK_CHECKED, {"ids": list(chunk)})
    return len(findings)


def _insert_findings(session: Session, rows: list[dict[str, Any]]) -> None:
    """One executemany on SQLite, one ``COPY`` on PostgreSQL (``insert_rows``), straight
    on the driver: the ORM's bulk insert costs several times more per row. ``details`` is
    encoded as the JSON type encodes it (``json.dumps``; None as null)."""
    insert_rows(
        session,
        "conflicts",
        [
            tuple(json.dumps(r[c]) if c == "details" else r[c] for c in FINDING_COLUMNS)
            for r in rows
        ],
    )


def _save_groups(session: Session, groups: Sequence[Any], current: dict[int, str | None]) -> None:
    """Store ``groups`` (in order; a later group with the same key wins, as with one
    statement per group) and point their claims at them. ``current``: claim id -> the
    group key it had when loaded."""
    origins: dict[str, int] = {}  # key -> independent origins (the last group's)
    target: dict[int, str] = {}  # claim id -> key of the last group holding it
    for g in groups:
        origins[g.key] = g.independent_origins  # dict order: first appearance
        for cid in g.claim_ids:
            target.pop(cid, None)
            target[cid] = g.key
    existing = _groups_by_key(session, origins)
    new = [key for key in origins if key not in existing]
    if new:
        # ids in the same order as one insert per group
        session.execute(
            insert(ClaimGroupRow), [{"key": k, "independent_origins": origins[k]} for k in new]
        )
        existing.update(_groups_by_key(session, new))
    changed = [
        {"b_id": existing[k][0], "b_n": n} for k, n in origins.items() if existing[k][1] != n
    ]
    if changed:
        session.execute(
            update(_GROUPS)
            .where(_GROUPS.c.id == bindparam("b_id"))
            .values(independent_origins=bindparam("b_n")),
            changed,
        )
    moves = [
        {"b_id": cid, "b_gid": existing[key][0]}
        for cid, key in sorted(target.items())
        if current.get(cid) != key  # already in it (group keys are unique): left alone
    ]
    if moves:
        session.execute(_MOVE_CLAIM, moves)


_MOVE_CLAIM = (
    update(_CLAIMS).where(_CLAIMS.c.id == bindparam("b_id")).values(group_id=bindparam("b_gid"))
)


def _groups_by_key(session: Session, keys: Iterable[str]) -> dict[str, tuple[int, int]]:
    """key -> (id, independent origins) of the stored groups among ``keys``."""
    out: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(sorted(keys)):
        for key, gid, n in session.execute(_GROUPS_BY_KEY, {"keys": list(chunk)}):
            out[key] = (gid, n)
    return out


def _delete_superseded(session: Session, findings: Sequence[Any]) -> None:
    """One finding per pair of groups: a finding stored earlier between members of the same
    two groups (before a new claim joined one of them) gives way to the new one."""
    # the groups of one detection never overlap: each claim is on one side of its group's
    # findings, so a stored finding (x, y) is superseded when the groups of x and y are the
    # two sides of a new finding (linear in the findings and their groups' sizes)
    group_of: dict[int, int] = {}  # claim -> its group (an index into ``sides``)
    sides: dict[tuple[int, ...], int] = {}
    pairs: set[tuple[int, int]] = set()
    for f in findings:
        details = f.details or {}
        a = details.get("group_a") or [f.claim_a]
        b = details.get("group_b") or [f.claim_b]
        if len(a) + len(b) <= 2:
            continue
        ga, gb = sides.setdefault(tuple(a), len(sides)), sides.setdefault(tuple(b), len(sides))
        for side, g in ((a, ga), (b, gb)):
            for cid in side:
                if group_of.setdefault(cid, g) != g:
                    return _delete_superseded_slowly(session, findings)  # never: groups overlap
        pairs.add((ga, gb))
        pairs.add((gb, ga))
    if not pairs:
        return None
    doomed: list[int] = []
    for chunk in _chunks(sorted(group_of)):
        for row_id, x, y in session.execute(_CONFLICTS_OF, {"ids": list(chunk)}):
            gx, gy = group_of.get(x), group_of.get(y)
            if gx is not None and gy is not None and (gx, gy) in pairs:
                doomed.append(row_id)
    for chunk in _chunks(sorted(doomed)):
        session.execute(_DELETE_CONFLICTS, {"ids": list(chunk)})
    return None


def _delete_superseded_slowly(session: Session, findings: Sequence[Any]) -> None:
    """``_delete_superseded`` for findings whose groups overlap, pair by pair."""
    side_a: dict[int, set[int]] = defaultdict(set)  # claim -> findings with it on side a
    side_b: dict[int, set[int]] = defaultdict(set)
    for i, f in enumerate(findings):
        details = f.details or {}
        a = details.get("group_a") or [f.claim_a]
        b = details.get("group_b") or [f.claim_b]
        if len(a) + len(b) > 2:
            for cid in a:
                side_a[cid].add(i)
            for cid in b:
                side_b[cid].add(i)
    if not side_a:
        return
    involved = sorted(set(side_a) | set(side_b))
    doomed: list[int] = []
    for chunk in _chunks(involved):
        for row_id, x, y in session.execute(_CONFLICTS_OF, {"ids": list(chunk)}):
            if (side_a.get(x, _NONE) & side_b.get(y, _NONE)) or (
                side_b.get(x, _NONE) & side_a.get(y, _NONE)
            ):
                doomed.append(row_id)
    for chunk in _chunks(sorted(doomed)):
        session.execute(_DELETE_CONFLICTS, {"ids": list(chunk)})


_NONE: frozenset[int] = frozenset()


_MARK_CHECKED = update(ArticleRow).where(ArticleRow.id.in_(_IDS)).values(conflicts_checked=True)
_MARK_CHECKED_OF_CLAIMS = (
    update(ArticleRow)
    .where(ArticleRow.id.in_(select(ClaimRow.article_id).where(ClaimRow.id.in_(_IDS))))
    .values(conflicts_checked=True)
)


def _mark_checked(session: Session, focus: set[int] | None) -> None:
    if focus is None:
        session.execute(update(ArticleRow).values(conflicts_checked=True))
        return
    for chunk in _chunks(sorted(focus)):
        session.execute(_MARK_CHECKED_OF_CLAIMS, {"ids": list(chunk)})


def refresh_pending(session: Session) -> int:
    """Compute the conflicts of every article not checked yet (new, or left by an ingest
    that stopped early); returns the number of findings."""
    _lock_refreshes(session)
    with _no_cycle_collection():
        return apply_refresh(session, plan_pending(session))


def plan_pending(session: Session, bound: int | None = None) -> RefreshPlan:
    """The plan of ``refresh_pending``. ``bound``: as if only the claims up to that id were
    stored (an article with a later claim waits for a later refresh), so that a refresh
    planned while a writer goes on storing gives the result it would have given at once."""
    with _no_cycle_collection():
        return _plan_pending(session, bound)


def _plan_pending(session: Session, bound: int | None) -> RefreshPlan:
    pending: list[tuple[int, int | None]] = [
        (aid, cid)
        for aid, cid in session.execute(
            select(ArticleRow.id, ClaimRow.id)
            .outerjoin(ClaimRow, ClaimRow.article_id == ArticleRow.id)
            .where(ArticleRow.conflicts_checked.is_(False))
        )
    ]
    if bound is not None:
        later = {aid for aid, cid in pending if cid is not None and cid > bound}
        pending = [(aid, cid) for aid, cid in pending if aid not in later]
    focus = {cid for _aid, cid in pending if cid is not None}
    plan = plan_refresh(session, focus, bound=bound)
    # exactly the articles read above: one committed meanwhile by another writer stays
    # unchecked for its own refresh
    plan.articles = sorted({aid for aid, _cid in pending})
    return plan


_GROUP_KEYS_OF = (
    select(ClaimRow.id, ClaimGroupRow.key)
    .outerjoin(ClaimGroupRow, ClaimGroupRow.id == ClaimRow.group_id)
    .where(ClaimRow.id.in_(_IDS))
)


def apply_planned(session: Session, plan: RefreshPlan, bound: int | None) -> int:
    """Write a plan made in an earlier transaction (``plan_pending(session, bound)``) if
    what it read is unchanged: every claim it read still stored, in the group it was in
    (no other refresh, reprocessing or merge came in between). Otherwise plan again, in
    this transaction. Returns the number of findings."""
    _lock_refreshes(session)
    with _no_cycle_collection():
        now: dict[int, str | None] = {}
        for chunk in _chunks(sorted(plan.current)):
            now.update(session.execute(_GROUP_KEYS_OF, {"ids": list(chunk)}).all())
        if now != plan.current:
            plan = plan_pending(session, bound)
        return apply_refresh(session, plan)


# ------------------------------------------------------------------ catching up
REFRESH_BATCH = 200  # articles per refresh, in an ingest and in a catch-up alike
CatchUpProgress = Callable[[str, int, int | None], None]  # (what, done, total)


def has_pending(session: Session) -> bool:
    """Whether some stored article's conflicts are not computed yet (an ingest with
    ``--defer-conflicts``, or one that stopped early)."""
    found = select(ArticleRow.id).where(ArticleRow.conflicts_checked.is_(False)).limit(1)
    return session.scalar(found) is not None


def catch_up(
    store: Store, batch_size: int = REFRESH_BATCH, progress: CatchUpProgress | None = None
) -> int:
    """Compute the conflicts of every article not checked yet, ``batch_size`` articles at a
    time in the order they were stored, each batch in its own transaction and as if the
    later articles were not stored yet (``plan_pending``'s bound). The batches are the ones
    an ingest refreshes after, so ``ingest --defer-conflicts`` then ``catch_up`` ends with
    the store a plain ingest makes; an interrupted catch-up keeps the batches it wrote.
    Memory is bounded by the batch, as in an ingest. Returns the number of findings."""
    with store.reading() as s:
        pending = list(
            s.scalars(
                select(ArticleRow.id)
                .where(ArticleRow.conflicts_checked.is_(False))
                .order_by(ArticleRow.id)
            )
        )
    found = done = 0
    for batch in _chunks(pending, max(1, batch_size)):
        with store.session() as s:
            _lock_refreshes(s)
            # the newest claim of this batch and of the articles stored before it
            bound = s.scalar(select(func.max(ClaimRow.id)).where(ClaimRow.article_id <= batch[-1]))
            with _no_cycle_collection():
                found += apply_refresh(s, plan_pending(s, bound or 0))
        done += len(batch)
        if progress is not None:
            progress("articles", done, len(pending))
    return found
