"""Store glue for conflicts: load ``ClaimFacts`` from rows, save findings and groups.

Incremental by design: ``refresh_conflicts(session, focus=ids)`` loads only the focus claims
and the *candidate* claims that share a blocking key with one of them (found through the
``claim_keys`` table and its ``key`` index), so ingesting one article into a store of a
million claims does not reload the million. ``focus=None`` recomputes everything (loads
every claim).

Hub keys: a key held by very many claims ("strike|russia") would make every batch pull in a
large part of the store. For each key at most ``HUB_CAP`` candidate claims are loaded, the
most recent ones (highest claim ids). This bounds the cost of a refresh independently of the
store size; conflicts between a new claim and a claim older than the last ``HUB_CAP`` claims
of *every* key they share are only found by a full refresh (``conflicts --recompute``).
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
    ClaimKeyRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    MentionRow,
    SourceRow,
)

HUB_CAP = 300  # candidate claims loaded per blocking key, most recent first
_CHUNK = 500


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def candidate_ids(session: Session, focus: Iterable[int], hub_cap: int = HUB_CAP) -> set[int]:
    """The focus claims plus the claims sharing a blocking key with one of them.

    The keys are the detector's own (``claimtrack.conflicts.block_keys``, kept in
    ``claim_keys``), so a batch of new claims meets the same candidates in the store as it
    would in one big batch, up to ``hub_cap`` claims (the most recent) per key.
    """
    ids = sorted(set(focus))
    out = set(ids)
    keys: set[str] = set()
    for chunk in _chunks(ids):
        keys.update(session.scalars(select(ClaimKeyRow.key).where(ClaimKeyRow.claim_id.in_(chunk))))
    for key in sorted(keys):
        # walks ix_claim_keys_key_claim backwards: at most hub_cap index entries per key
        out.update(
            session.scalars(
                select(ClaimKeyRow.claim_id)
                .where(ClaimKeyRow.key == key)
                .order_by(ClaimKeyRow.claim_id.desc())
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
                ClaimGroupRow.key,
            )
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .outerjoin(ClaimGroupRow, ClaimGroupRow.id == ClaimRow.group_id)
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
                group_key=group_key,
            )
            for cid, aid, path, published, text, modality, cue, reading, source_id, group_key in (
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
    if groups:
        # groups left without claims (two groups merged into one): gone
        session.execute(
            delete(ClaimGroupRow).where(
                ~select(ClaimRow.id).where(ClaimRow.group_id == ClaimGroupRow.id).exists()
            )
        )
    # one finding per pair of groups: a finding stored earlier between members of the same
    # two groups (before a new claim joined one of them) gives way to the new one
    for f in findings:
        details = f.details or {}
        side_a, side_b = (
            details.get("group_a") or [f.claim_a],
            details.get("group_b") or [f.claim_b],
        )
        if len(side_a) + len(side_b) > 2:
            session.execute(
                delete(ConflictRow).where(
                    or_(
                        ConflictRow.claim_a_id.in_(side_a) & ConflictRow.claim_b_id.in_(side_b),
                        ConflictRow.claim_a_id.in_(side_b) & ConflictRow.claim_b_id.in_(side_a),
                    )
                )
            )
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
