"""Store glue for conflicts: load ``ClaimFacts`` from rows, save findings and groups.

Incremental by design: ``refresh_conflicts(session, focus=ids)`` loads only the focus claims
and the *candidate* claims that share an entity with one of them (found through the
``mentions`` table and its ``entity_id`` index), so ingesting one article into a store of a
million claims does not reload the million. ``focus=None`` recomputes everything (loads
every claim).

Hub entities: an entity mentioned by very many claims ("Russia") would make every batch pull
in a large part of the store. For each focus entity at most ``HUB_CAP`` candidate claims are
loaded, the most recent ones (highest mention ids). This bounds the cost of a refresh
independently of the store size; conflicts between a new claim and a claim older than the
last ``HUB_CAP`` mentions of *every* entity they share are only found by a full refresh.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, or_, select, text, update
from sqlalchemy.orm import Session

from claimtrack.conflicts import find_conflicts
from claimtrack.records import ClaimFacts
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimGroupRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    MentionRow,
    SourceRow,
)

HUB_CAP = 300  # candidate claims loaded per focus entity, most recent first
_CHUNK = 500


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def candidate_ids(session: Session, focus: Iterable[int], hub_cap: int = HUB_CAP) -> set[int]:
    """The focus claims plus the claims sharing an entity with one of them."""
    ids = sorted(set(focus))
    out = set(ids)
    entity_ids: set[int] = set()
    for chunk in _chunks(ids):
        entity_ids.update(
            session.scalars(
                select(MentionRow.entity_id).where(MentionRow.claim_id.in_(chunk)).distinct()
            )
        )
    for eid in sorted(entity_ids):
        # uses ix_mentions_entity_id; ORDER BY the primary key walks the index backwards
        out.update(
            session.scalars(
                select(MentionRow.claim_id)
                .where(MentionRow.entity_id == eid)
                .order_by(MentionRow.id.desc())
                .limit(hub_cap)
            )
        )
    return out


def load_facts(session: Session, ids: Iterable[int] | None = None) -> list[ClaimFacts]:
    """Claims as ``ClaimFacts`` (all of them when ``ids`` is None), ordered by id.

    One query per table (per chunk of 500 ids): no per-claim round trips.
    """
    wanted = None if ids is None else sorted(set(ids))
    chunks: Iterable[Sequence[int] | None] = [None] if wanted is None else _chunks(wanted)
    names: dict[int, str] = dict(session.execute(select(SourceRow.id, SourceRow.name)).all())
    out: list[ClaimFacts] = []
    for chunk in chunks:
        chain_q = select(ClaimChainRow.claim_id, ClaimChainRow.source_id).order_by(
            ClaimChainRow.claim_id, ClaimChainRow.position
        )
        keys_q = select(MentionRow.claim_id, EntityRow.key).join(
            EntityRow, EntityRow.id == MentionRow.entity_id
        )
        rows_q = (
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
            )
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .order_by(ClaimRow.id)
        )
        if chunk is not None:
            chain_q = chain_q.where(ClaimChainRow.claim_id.in_(chunk))
            keys_q = keys_q.where(MentionRow.claim_id.in_(chunk))
            rows_q = rows_q.where(ClaimRow.id.in_(chunk))
        chains: dict[int, list[str]] = defaultdict(list)
        for claim_id, source_id in session.execute(chain_q):
            chains[claim_id].append(names[source_id])
        keys: dict[int, list[str]] = defaultdict(list)
        for claim_id, key in session.execute(keys_q.order_by(MentionRow.id)):
            if key not in keys[claim_id]:
                keys[claim_id].append(key)
        out.extend(
            ClaimFacts(
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
            )
            for cid, aid, path, published, text, modality, cue, reading, source_id in (
                session.execute(rows_q)
            )
        )
    return out


def refresh_conflicts(
    session: Session, focus: set[int] | None = None, *, hub_cap: int = HUB_CAP
) -> int:
    """Recompute conflicts (only those touching ``focus`` claims when given)."""
    if session.get_bind().dialect.name == "postgresql":
        # one refresh at a time across processes: two writers whose new claims conflict
        # with each other would otherwise both insert the pair (SQLite's BEGIN IMMEDIATE
        # already serialises writers)
        session.execute(text("SELECT pg_advisory_xact_lock(727274002)"))
    if focus is None:
        facts = load_facts(session)
    elif not focus:
        return 0
    else:
        facts = load_facts(session, candidate_ids(session, focus, hub_cap))
    groups, findings = find_conflicts(facts, focus=focus)
    if focus is None:
        session.execute(delete(ConflictRow))
    else:
        for chunk in _chunks(sorted(focus)):
            session.execute(
                delete(ConflictRow).where(
                    or_(ConflictRow.claim_a_id.in_(chunk), ConflictRow.claim_b_id.in_(chunk))
                )
            )
    if groups:
        keys = sorted({g.key for g in groups})
        group_ids: dict[str, int] = {}
        for chunk in _chunks(keys):
            group_ids.update(
                session.execute(
                    select(ClaimGroupRow.key, ClaimGroupRow.id).where(ClaimGroupRow.key.in_(chunk))
                ).all()
            )
        for g in groups:
            gid = group_ids.get(g.key)
            if gid is None:
                gid = session.execute(
                    insert(ClaimGroupRow).returning(ClaimGroupRow.id),
                    [{"key": g.key, "independent_origins": g.independent_origins}],
                ).scalar_one()
                group_ids[g.key] = gid
            else:
                session.execute(
                    update(ClaimGroupRow)
                    .where(ClaimGroupRow.id == gid)
                    .values(independent_origins=g.independent_origins)
                )
            for chunk in _chunks(sorted(g.claim_ids)):
                session.execute(update(ClaimRow).where(ClaimRow.id.in_(chunk)).values(group_id=gid))
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
        session.execute(insert(ConflictRow), list(rows.values()))
    _mark_checked(session, focus)
    return len(findings)


def _mark_checked(session: Session, focus: set[int] | None) -> None:
    if focus is None:
        session.execute(update(ArticleRow).values(conflicts_checked=True))
        return
    for chunk in _chunks(sorted(focus)):
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id.in_(select(ClaimRow.article_id).where(ClaimRow.id.in_(chunk))))
            .values(conflicts_checked=True)
        )


def refresh_pending(session: Session) -> int:
    """Compute the conflicts of every article not checked yet (new, or left by an ingest
    that stopped early); returns the number of findings."""
    pending = session.execute(
        select(ArticleRow.id, ClaimRow.id)
        .outerjoin(ClaimRow, ClaimRow.article_id == ArticleRow.id)
        .where(ArticleRow.conflicts_checked.is_(False))
    ).all()
    if not pending:
        return 0
    focus = {cid for _aid, cid in pending if cid is not None}
    n = refresh_conflicts(session, focus=focus) if focus else 0
    # exactly the articles read above: one committed meanwhile by another writer stays
    # unchecked for its own refresh
    for chunk in _chunks(sorted({aid for aid, _cid in pending})):
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(chunk)).values(conflicts_checked=True)
        )
    return n
