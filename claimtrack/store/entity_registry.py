"""Entity groups as users see them, and their corrections (merge, split).

Corrections are stored in ``registry_edits`` and replayed after every write, so an article
ingested (or re-extracted) later lands in the corrected groups too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from claimtrack.errors import QueryError
from claimtrack.normalise.gazetteer import query_keys
from claimtrack.normalise.translit import fold, name_key
from claimtrack.store.models import EntityRow, EntitySpellingRow, MentionRow, RegistryEditRow

MERGE = "entity-merge"
SPLIT = "entity-split"


@dataclass
class EntityGroup:
    id: int
    name: str
    kind: str
    key: str
    mentions: int
    claims: int
    spellings: dict[str, int] = field(default_factory=dict)  # spelling -> mentions


def list_entities(
    session: Session, query: str | None = None, limit: int = 200
) -> list[EntityGroup]:
    """Entity groups (most mentioned first) with their spellings and counts."""
    q = select(EntityRow)
    if query:
        keys = set(query_keys(query)) | {name_key(query)}
        q = q.where(
            or_(
                EntityRow.key.in_(keys),
                EntityRow.id.in_(
                    select(EntitySpellingRow.entity_id).where(
                        func.lower(EntitySpellingRow.spelling).contains(fold(query))
                    )
                ),
                func.lower(EntityRow.name).contains(fold(query)),
            )
        )
    rows = {e.id: e for e in session.scalars(q)}
    if not rows:
        return []
    counts = session.execute(
        select(
            MentionRow.entity_id,
            MentionRow.surface,
            func.count(),
            func.count(func.distinct(MentionRow.claim_id)),
        )
        .where(MentionRow.entity_id.in_(list(rows)))
        .group_by(MentionRow.entity_id, MentionRow.surface)
    ).all()
    groups = {
        eid: EntityGroup(id=eid, name=e.name, kind=e.kind, key=e.key, mentions=0, claims=0)
        for eid, e in rows.items()
    }
    for eid, surface, n, n_claims in counts:
        g = groups[eid]
        g.spellings[surface] = g.spellings.get(surface, 0) + n
        g.mentions += n
        g.claims += n_claims
    out = [g for g in groups.values() if g.mentions]
    out.sort(key=lambda g: (-g.mentions, g.name))
    return out[:limit]


def _find(session: Session, name: str) -> EntityRow:
    by_spelling = session.scalar(
        select(EntityRow)
        .join(EntitySpellingRow, EntitySpellingRow.entity_id == EntityRow.id)
        .where(func.lower(EntitySpellingRow.spelling) == name.strip().lower())
    )
    if by_spelling is not None:
        return by_spelling
    for key in (name.strip(), name_key(name), *query_keys(name)):
        row = session.scalar(select(EntityRow).where(EntityRow.key == key))
        if row is not None:
            return row
    raise QueryError(f"no entity named {name!r} in the store (try `claimtrack entities`)")


def _record(session: Session, op: str, a: str, b: str) -> None:
    session.add(RegistryEditRow(op=op, arg1=a, arg2=b, created_at=datetime.now(UTC)))


def _merge_rows(session: Session, keep: EntityRow, gone: EntityRow) -> None:
    session.execute(
        update(MentionRow).where(MentionRow.entity_id == gone.id).values(entity_id=keep.id)
    )
    session.execute(
        update(EntitySpellingRow)
        .where(EntitySpellingRow.entity_id == gone.id)
        .values(entity_id=keep.id)
    )
    session.execute(delete(EntityRow).where(EntityRow.id == gone.id))


def merge_entities(session: Session, a: str, b: str) -> EntityRow:
    """Fold entity ``b`` into entity ``a`` (both named by any spelling or key)."""
    keep, gone = _find(session, a), _find(session, b)
    if keep.id == gone.id:
        raise QueryError(f"{a!r} and {b!r} are already one entity ({keep.name})")
    _record(session, MERGE, keep.key, gone.key)
    _merge_rows(session, keep, gone)
    return keep


def split_entity(session: Session, entity: str, spelling: str) -> EntityRow:
    """Move the mentions spelled ``spelling`` out of ``entity`` into an entity of their own."""
    source = _find(session, entity)
    n = session.scalar(
        select(func.count())
        .select_from(MentionRow)
        .where(MentionRow.entity_id == source.id, MentionRow.surface == spelling)
    )
    if not n:
        raise QueryError(f"{source.name!r} has no mention spelled {spelling!r}")
    _record(session, SPLIT, source.key, spelling)
    return _split_rows(session, source, spelling)


def _split_key(key: str, spelling: str) -> str:
    return f"{key}|{spelling}"


def _split_rows(session: Session, source: EntityRow, spelling: str) -> EntityRow:
    key = _split_key(source.key, spelling)
    target = session.scalar(select(EntityRow).where(EntityRow.key == key))
    if target is None:
        target = EntityRow(key=key, name=spelling, kind=source.kind)
        session.add(target)
        session.flush()
    session.execute(
        update(MentionRow)
        .where(MentionRow.entity_id == source.id, MentionRow.surface == spelling)
        .values(entity_id=target.id)
    )
    session.execute(
        update(EntitySpellingRow)
        .where(EntitySpellingRow.entity_id == source.id, EntitySpellingRow.spelling == spelling)
        .values(entity_id=target.id)
    )
    return target


def replay_entity_edits(session: Session) -> int:
    """Apply every stored merge and split again (after new mentions were written)."""
    edits = session.execute(
        select(RegistryEditRow.op, RegistryEditRow.arg1, RegistryEditRow.arg2)
        .where(RegistryEditRow.op.in_((MERGE, SPLIT)))
        .order_by(RegistryEditRow.id)
    ).all()
    if not edits:
        return 0
    applied = 0
    for op, a, b in edits:
        first = session.scalar(select(EntityRow).where(EntityRow.key == a))
        if first is None:
            continue
        if op == MERGE:
            second = session.scalar(select(EntityRow).where(EntityRow.key == b))
            if second is not None and second.id != first.id:
                _merge_rows(session, first, second)
                applied += 1
        else:
            _split_rows(session, first, b)
            applied += 1
    return applied
