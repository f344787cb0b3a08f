"""The registry and the catalogue: sources with their counts, registry corrections (alias,
merge) and their replay, one claim in detail, corroboration groups, and the claims,
conflicts and groups of a topic for the provenance graph.

Returns records, never prints. Registry corrections are written to ``registry_edits`` and
applied to ``sources``/``source_aliases`` at once; ``replay_registry_edits`` applies them
again after articles are (re-)extracted, because extraction recreates the sources it finds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, cast

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import CursorResult, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from claimtrack import query
from claimtrack.errors import ClaimtrackError, QueryError
from claimtrack.normalise.translit import name_key
from claimtrack.records import Claim, Conflict, Source
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimGroupRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    MentionRow,
    RegistryEditRow,
    SourceAliasRow,
    SourceCountRow,
    SourceRow,
)
from claimtrack.store.writer import CountDeltas, add_source_counts, collapse_repeats, tally

OP_ALIAS = "source-alias"
OP_MERGE = "source-merge"


class RegistryError(ClaimtrackError):
    """A registry correction that cannot be made as asked."""


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- records


class SourceEntry(Source):
    """A source in the catalogue (``claimtrack sources --json``)."""

    originated: int = 0  # claims whose chain ends at this source
    relayed: int = 0  # claims whose chain holds it as a relay only
    first_date: date | None = None  # earliest date of an article where it appears in a chain
    last_date: date | None = None


class RegistryEdit(_Out):
    id: int
    op: str
    arg1: str
    arg2: str
    created_at: datetime


class EditResult(_Out):
    """What ``sources alias`` / ``sources merge`` did."""

    edit: RegistryEdit
    source: SourceEntry  # the source that was kept or given the alias
    claims_moved: int = 0
    removed: str | None = None  # name of the merged (removed) source


class Context(_Out):
    """The claim's sentence(s) with the sentences around them."""

    before: str | None = None
    sentence: str
    after: str | None = None
    start: int  # offsets of ``sentence`` in the article text
    end: int


class EntityMention(_Out):
    entity_id: int
    name: str
    kind: str
    surface: str
    start: int
    end: int


class Corroboration(_Out):
    """An agreement group: claims stating the same thing (``claimtrack corroborations``)."""

    id: int
    key: str
    independent_origins: int
    claims: list[Claim]


class ClaimDetail(_Out):
    """``claimtrack show CLAIM_ID --json``."""

    claim: Claim
    context: Context
    reading: dict[str, Any] = Field(default_factory=dict)
    mentions: list[EntityMention] = Field(default_factory=list)
    corroboration: Corroboration | None = None
    conflicts: list[Conflict] = Field(default_factory=list)


class Provenance(_Out):
    """What the provenance graph of a topic draws."""

    topic: str | None = None
    claims: list[Claim]
    conflicts: list[Conflict]
    groups: list[Corroboration]


# --------------------------------------------------------------------------- sources


def list_sources(session: Session, text: str | None = None) -> list[SourceEntry]:
    """Every source (or those whose name, full name or an alias contains ``text``)."""
    q = select(SourceRow.id)
    if text and text.strip():
        needle = f"%{text.strip().lower()}%"
        key = name_key(text)
        by_alias = select(SourceAliasRow.source_id).where(
            or_(func.lower(SourceAliasRow.alias).like(needle), SourceAliasRow.key == key)
        )
        q = q.where(
            or_(
                func.lower(SourceRow.name).like(needle),
                func.lower(SourceRow.full_name).like(needle),
                SourceRow.key == key,
                SourceRow.id.in_(by_alias),
            )
        )
    ids = list(session.scalars(q))
    return _entries(session, ids)


def _entries(session: Session, ids: Sequence[int]) -> list[SourceEntry]:
    if not ids:
        return []
    srcs = query._sources(session, ids)
    originated: dict[int, int] = {}
    in_chain: dict[int, int] = {}
    dates: dict[int, tuple[date | None, date | None]] = {}
    for chunk in _chunks(ids):
        # stored counts (migration 0003), not an aggregate of the claims
        for sid, orig, n in session.execute(
            select(
                SourceCountRow.source_id, SourceCountRow.originated, SourceCountRow.in_chain
            ).where(SourceCountRow.source_id.in_(chunk))
        ):
            originated[sid] = orig
            in_chain[sid] = n
        # first and last date: two index look-ups per source in ix_claim_chain_source_order
        # (claim_chain.published is the article's date, kept in step by migration 0002)
        for sid, first, last in session.execute(
            select(SourceRow.id, _chain_date(func.min), _chain_date(func.max)).where(
                SourceRow.id.in_(chunk)
            )
        ):
            if first is not None or last is not None:
                dates[sid] = (first, last)
    out = [
        SourceEntry(
            **srcs[sid].model_dump(),
            originated=originated.get(sid, 0),
            relayed=max(0, in_chain.get(sid, 0) - originated.get(sid, 0)),
            first_date=dates.get(sid, (None, None))[0],
            last_date=dates.get(sid, (None, None))[1],
        )
        for sid in ids
        if sid in srcs
    ]
    out.sort(key=lambda e: (-(e.originated + e.relayed), e.name.lower(), e.id))
    return out


def _chain_date(agg: Any) -> Any:
    """The earliest/latest (``func.min``/``func.max``) date of the source's chain links."""
    return (
        select(agg(ClaimChainRow.published))
        .where(ClaimChainRow.source_id == SourceRow.id)
        .scalar_subquery()
    )


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _source_id_by_own_name(session: Session, name: str) -> int | None:
    key = name_key(name) or name.lower()
    return session.scalar(select(SourceRow.id).where(SourceRow.key == key))


def _resolve(session: Session, name: str) -> int:
    """A source id by name or alias, or a ``QueryError`` naming the command to list them."""
    return query.find_source(session, name).id


def _record(session: Session, op: str, arg1: str, arg2: str) -> RegistryEdit:
    row = RegistryEditRow(op=op, arg1=arg1, arg2=arg2, created_at=datetime.now(UTC))
    session.add(row)
    session.flush()
    return RegistryEdit(
        id=row.id, op=row.op, arg1=row.arg1, arg2=row.arg2, created_at=row.created_at
    )


def add_alias(session: Session, name: str, alias: str) -> EditResult:
    """Make ``alias`` another name of the source ``name`` (recorded, replayed later)."""
    sid = _resolve(session, name)
    akey = name_key(alias)
    if not akey:
        raise RegistryError(f"the alias {alias!r} has no letters or digits; nothing changed")
    owner = session.scalar(select(SourceAliasRow.source_id).where(SourceAliasRow.key == akey))
    if owner is None:
        owner = _source_id_by_own_name(session, alias)
    if owner is not None and owner != sid:
        other = session.get(SourceRow, owner)
        raise RegistryError(
            f"{alias!r} already names the source {other.name if other else owner!r}; "
            f"to make them one source run `claimtrack sources merge {name!r} {alias!r}`"
        )
    _apply_alias(session, sid, alias)
    edit = _record(session, OP_ALIAS, name, alias)
    return EditResult(edit=edit, source=_entries(session, [sid])[0])


def _apply_alias(session: Session, sid: int, alias: str) -> None:
    akey = name_key(alias)
    if session.scalar(select(SourceAliasRow.id).where(SourceAliasRow.key == akey)) is None:
        session.add(SourceAliasRow(source_id=sid, alias=alias, key=akey))
        session.flush()


def merge_sources(session: Session, keep: str, drop: str) -> EditResult:
    """Fold the source ``drop`` into ``keep``: its claims, chains and aliases move; it goes."""
    keep_id = _resolve(session, keep)
    drop_id = _resolve(session, drop)
    if keep_id == drop_id:
        raise RegistryError(f"{keep!r} and {drop!r} are already the same source; nothing changed")
    removed = session.get(SourceRow, drop_id)
    removed_name = removed.name if removed else drop
    moved = _apply_merge(session, keep_id, drop_id)
    edit = _record(session, OP_MERGE, keep, drop)
    return EditResult(
        edit=edit, source=_entries(session, [keep_id])[0], claims_moved=moved, removed=removed_name
    )


def _apply_merge(session: Session, keep_id: int, drop_id: int) -> int:
    """Move everything of ``drop_id`` to ``keep_id`` and delete it; returns claims touched."""
    dropped = session.get(SourceRow, drop_id)
    assert dropped is not None
    touched = set(
        session.scalars(select(ClaimChainRow.claim_id).where(ClaimChainRow.source_id == drop_id))
    )
    touched |= set(session.scalars(select(ClaimRow.id).where(ClaimRow.source_id == drop_id)))
    moved = cast(
        "CursorResult[Any]",
        session.execute(
            update(ClaimRow).where(ClaimRow.source_id == drop_id).values(source_id=keep_id)
        ),
    ).rowcount
    session.execute(
        update(ArticleRow)
        .where(ArticleRow.relay_source_id == drop_id)
        .values(relay_source_id=keep_id)
    )
    deltas = _rewrite_chains(session, touched, drop_id, keep_id)
    # the stored counts follow the claims: those drop originated are keep's now
    deltas.setdefault(keep_id, [0, 0])[0] += moved
    deltas.setdefault(drop_id, [0, 0])[0] -= moved
    add_source_counts(session, deltas)
    session.execute(delete(SourceCountRow).where(SourceCountRow.source_id == drop_id))
    session.execute(
        update(SourceAliasRow).where(SourceAliasRow.source_id == drop_id).values(source_id=keep_id)
    )
    names = [dropped.name, *([dropped.full_name] if dropped.full_name else [])]
    session.execute(delete(SourceRow).where(SourceRow.id == drop_id))
    session.flush()
    for alias in names:
        if name_key(alias):
            _apply_alias(session, keep_id, alias)
    return len(touched)


def _rewrite_chains(session: Session, claim_ids: set[int], old: int, new: int) -> CountDeltas:
    """Replace ``old`` by ``new`` in chains, collapsing a link repeated by the merge.

    Returns the change of each source's ``in_chain`` count (originated: left at 0)."""
    deltas: CountDeltas = {}
    for chunk in _chunks(sorted(claim_ids)):
        chains: dict[int, list[int]] = defaultdict(list)
        before: dict[int, list[int]] = defaultdict(list)
        for cid, _pos, sid in session.execute(
            select(ClaimChainRow.claim_id, ClaimChainRow.position, ClaimChainRow.source_id)
            .where(ClaimChainRow.claim_id.in_(chunk))
            .order_by(ClaimChainRow.claim_id, ClaimChainRow.position)
        ):
            before[cid].append(sid)
            chains[cid].append(new if sid == old else sid)
        if not chains:
            continue
        session.execute(delete(ClaimChainRow).where(ClaimChainRow.claim_id.in_(list(chains))))
        values: list[dict[str, int]] = []
        for cid, chain in chains.items():
            tally(deltas, None, before[cid], -1)
            tally(deltas, None, chain)
            values.extend(
                {"claim_id": cid, "position": pos, "source_id": sid}
                for pos, sid in enumerate(collapse_repeats(chain))
            )
        session.execute(insert(ClaimChainRow), values)
    return deltas


def registry_edits(session: Session) -> list[RegistryEdit]:
    return [
        RegistryEdit(id=r.id, op=r.op, arg1=r.arg1, arg2=r.arg2, created_at=r.created_at)
        for r in session.scalars(select(RegistryEditRow).order_by(RegistryEditRow.id))
    ]


def replay_registry_edits(session: Session) -> int:
    """Apply every recorded correction again, oldest first; returns how many changed something.

    Call after (re-)extracted articles are written: extraction recreates a merged-away source
    under its own name, and that source is folded back in. An alias that has since become
    the name of a separate source folds that source in too (the user said they are one).
    Edits whose sources are gone are skipped; replaying twice changes nothing.
    """
    changed = 0
    for edit in session.scalars(select(RegistryEditRow).order_by(RegistryEditRow.id)).all():
        try:
            target = _resolve(session, edit.arg1)
        except QueryError:
            continue
        if edit.op == OP_ALIAS:
            other = _source_id_by_own_name(session, edit.arg2)
            akey = name_key(edit.arg2)
            owner = session.scalar(
                select(SourceAliasRow.source_id).where(SourceAliasRow.key == akey)
            )
            if other is not None and other != target:
                _apply_merge(session, target, other)
                changed += 1
            elif owner is None and akey:
                _apply_alias(session, target, edit.arg2)
                changed += 1
        elif edit.op == OP_MERGE:
            other = _source_id_by_own_name(session, edit.arg2)
            if other is not None and other != target:
                _apply_merge(session, target, other)
                changed += 1
    return changed


# --------------------------------------------------------------------------- claims


def claim_detail(session: Session, claim_id: int) -> ClaimDetail:
    """One claim with its context, reading, mentions, corroboration group and conflicts."""
    found = query.claims_by_id(session, [claim_id])
    if not found:
        raise QueryError(
            f"no claim with id {claim_id} in the store (ids are in `claimtrack who-said --json`)"
        )
    claim = found[0]
    row = session.get(ClaimRow, claim_id)
    article = session.get(ArticleRow, claim.article.id)
    assert row is not None and article is not None
    mentions = [
        EntityMention(entity_id=eid, name=name, kind=kind, surface=surface, start=start, end=end)
        for eid, name, kind, surface, start, end in session.execute(
            select(
                EntityRow.id,
                EntityRow.name,
                EntityRow.kind,
                MentionRow.surface,
                MentionRow.start,
                MentionRow.end,
            )
            .join(EntityRow, EntityRow.id == MentionRow.entity_id)
            .where(MentionRow.claim_id == claim_id)
            .order_by(MentionRow.start)
        )
    ]
    group = _groups(session, [row.group_id]) if row.group_id is not None else []
    return ClaimDetail(
        claim=claim,
        context=context_of(article.text, claim.start, claim.end),
        reading=row.reading or {},
        mentions=mentions,
        corroboration=group[0] if group else None,
        conflicts=_conflicts_of(session, claim_id),
    )


def _conflicts_of(session: Session, claim_id: int) -> list[Conflict]:
    rows = list(
        session.scalars(
            select(ConflictRow)
            .where(or_(ConflictRow.claim_a_id == claim_id, ConflictRow.claim_b_id == claim_id))
            .order_by(ConflictRow.score.desc(), ConflictRow.id)
        )
    )
    return query.conflicts_from_rows(session, rows)


def context_of(text: str, start: int, end: int) -> Context:
    """The sentence(s) holding ``text[start:end]`` and the sentences before and after."""
    from claimtrack.segment import segment

    try:
        sentences = [s for s in segment(text) if s.text.strip()]
    except Exception:  # segmentation is being improved elsewhere: never fail `show` for it
        sentences = []
    inside = [s for s in sentences if s.start < max(end, start + 1) and s.end > start]
    s_start = min([start, *(s.start for s in inside)])
    s_end = max([end, *(s.end for s in inside)])
    prose = [s for s in sentences if not (s.heading or s.boilerplate)]
    before = [s for s in prose if s.end <= s_start]
    after = [s for s in prose if s.start >= s_end]
    return Context(
        before=before[-1].text if before else None,
        sentence=text[s_start:s_end],
        after=after[0].text if after else None,
        start=s_start,
        end=s_end,
    )


def _groups(session: Session, group_ids: Iterable[int], min_claims: int = 1) -> list[Corroboration]:
    ids = sorted(set(group_ids))
    if not ids:
        return []
    members: dict[int, list[int]] = defaultdict(list)
    for gid, cid in session.execute(
        select(ClaimRow.group_id, ClaimRow.id)
        .where(ClaimRow.group_id.in_(ids))
        .order_by(ClaimRow.group_id, ClaimRow.id)
    ):
        if gid is not None:
            members[gid].append(cid)
    claims = {
        c.id: c for c in query.claims_by_id(session, [c for m in members.values() for c in m])
    }
    out = [
        Corroboration(
            id=g.id,
            key=g.key,
            independent_origins=g.independent_origins,
            claims=[claims[c] for c in members[g.id] if c in claims],
        )
        for g in session.scalars(select(ClaimGroupRow).where(ClaimGroupRow.id.in_(ids)))
        if len(members[g.id]) >= min_claims
    ]
    out.sort(key=lambda g: (-g.independent_origins, -len(g.claims), g.id))
    return out


def corroborations(session: Session, topic: str | None = None) -> list[Corroboration]:
    """Agreement groups of two claims or more (those with a claim about ``topic``)."""
    q = select(ClaimRow.group_id).where(ClaimRow.group_id.is_not(None))
    if topic:
        ids = [c.id for c in query.who_said(session, topic).claims]
        q = q.where(ClaimRow.id.in_(ids))
    gids = [g for g in session.scalars(q.distinct()) if g is not None]
    return _groups(session, gids, min_claims=2)


def provenance(
    session: Session, topic: str | None = None, *, limit: int | None = None
) -> Provenance:
    """The claims about ``topic`` (all with none), the conflicts touching them and their groups."""
    claims = query.who_said(session, topic, limit=limit).claims
    ids = {c.id for c in claims}
    conflicts = [
        cf
        for cf in query.list_conflicts(session, topic)
        if limit is None or all(c.id in ids for c in cf.claims)
    ]
    for cf in conflicts:
        for c in cf.claims:
            if c.id not in ids:
                ids.add(c.id)
                claims.append(c)
    gids = session.scalars(
        select(ClaimRow.group_id).where(ClaimRow.id.in_(ids), ClaimRow.group_id.is_not(None))
    )
    groups = []
    for g in _groups(session, [g for g in gids if g is not None]):
        inside = [c for c in g.claims if c.id in ids]
        if len(inside) >= 2:
            groups.append(g.model_copy(update={"claims": inside}))
    return Provenance(topic=topic, claims=claims, conflicts=conflicts, groups=groups)
