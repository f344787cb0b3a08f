"""Store glue for conflicts: load ``ClaimFacts`` from rows, save findings and groups."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, or_, select, update
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


def load_facts(session: Session) -> list[ClaimFacts]:
    """Every claim as ``ClaimFacts``: one query per table, no per-claim round trips."""
    names = dict(session.execute(select(SourceRow.id, SourceRow.name)).all())
    chains: dict[int, list[str]] = defaultdict(list)
    for claim_id, _pos, source_id in session.execute(
        select(ClaimChainRow.claim_id, ClaimChainRow.position, ClaimChainRow.source_id).order_by(
            ClaimChainRow.claim_id, ClaimChainRow.position
        )
    ):
        chains[claim_id].append(names[source_id])
    keys: dict[int, list[str]] = defaultdict(list)
    for claim_id, key in session.execute(
        select(MentionRow.claim_id, EntityRow.key).join(
            EntityRow, EntityRow.id == MentionRow.entity_id
        )
    ):
        if key not in keys[claim_id]:
            keys[claim_id].append(key)
    rows = session.execute(
        select(
            ClaimRow.id,
            ClaimRow.article_id,
            ArticleRow.path,
            ArticleRow.published,
            ClaimRow.text,
            ClaimRow.modality,
            ClaimRow.reading,
            ClaimRow.source_id,
        )
        .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
        .order_by(ClaimRow.id)
    )
    return [
        ClaimFacts(
            id=cid,
            article_id=aid,
            article_path=path,
            article_published=published,
            text=text,
            modality=modality,
            reading=reading or {},
            origin=names.get(source_id) if source_id is not None else None,
            chain=chains.get(cid, []),
            entity_keys=keys.get(cid, []),
        )
        for cid, aid, path, published, text, modality, reading, source_id in rows
    ]


def refresh_conflicts(session: Session, focus: set[int] | None = None) -> int:
    """Recompute conflicts (only those touching ``focus`` claims when given)."""
    facts = load_facts(session)
    groups, findings = find_conflicts(facts, focus=focus)
    if focus is None:
        session.execute(delete(ConflictRow))
    else:
        ids = list(focus)
        session.execute(
            delete(ConflictRow).where(
                or_(ConflictRow.claim_a_id.in_(ids), ConflictRow.claim_b_id.in_(ids))
            )
        )
    for g in groups:
        existing = session.scalar(select(ClaimGroupRow).where(ClaimGroupRow.key == g.key))
        if existing is None:
            existing = ClaimGroupRow(key=g.key, independent_origins=g.independent_origins)
            session.add(existing)
            session.flush()
        else:
            existing.independent_origins = g.independent_origins
        session.execute(
            update(ClaimRow).where(ClaimRow.id.in_(g.claim_ids)).values(group_id=existing.id)
        )
    for f in findings:
        a, b = sorted((f.claim_a, f.claim_b))
        session.add(
            ConflictRow(
                kind=f.kind,
                score=f.score,
                explanation=f.explanation,
                claim_a_id=a,
                claim_b_id=b,
                relay_distortion=f.relay_distortion,
                details=f.details or None,
            )
        )
    session.flush()
    return len(findings)
