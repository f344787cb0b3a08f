"""The incremental conflict refresh loads a bounded number of candidates per new claim
(``CANDIDATES_PER_CLAIM``), the ones sharing the most blocking keys first, whatever the
store size; ``focus=None`` (``conflicts --recompute``) stays exhaustive."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from claimtrack.ingest import ingest
from claimtrack.query import list_conflicts
from claimtrack.records import ClaimFacts
from claimtrack.store import conflicts as store_conflicts
from claimtrack.store.conflicts import candidate_ids
from claimtrack.store.engine import Store, open_store
from claimtrack.store.models import ArticleRow, ClaimRow

OLD = "Talks\n\nTalks between the union and Boeing began on September 12, it said.\n"
NEW = "Talks update\n\nTalks between Boeing and the union resumed on September 15.\n"
# share one key ("begin|h:talks") with NEW, and are more recent than OLD
NOISE = "Talks {i}\n\nTalks between the union and Airbus began on March {day}, it said.\n"
PER_CLAIM = 1


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """OLD, then 20 unrelated articles, each ingested on its own (one refresh each)."""
    st = open_store(str(tmp_path / "s.db"))
    ingest(st, [_write(tmp_path, "old.txt", OLD)])
    for i in range(20):
        text = NOISE.format(i=i, day=i % 28 + 1)
        ingest(st, [_write(tmp_path, f"noise{i:02d}.txt", text)])
    return st


def _ingest_new(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[set[int], set[int]]]:
    """Ingest NEW with a budget of ``PER_CLAIM`` candidates per new claim; returns the
    (focus, loaded ids) of each refresh."""
    loads: list[tuple[set[int], set[int]]] = []
    plan = store_conflicts.plan_refresh
    load = store_conflicts.load_facts
    focus_seen: list[set[int]] = []

    def spy_plan(session: object, focus: set[int] | None, *args: object, **kw: object) -> object:
        focus_seen.append(set(focus or ()))
        bound = kw.get("bound")
        return plan(session, focus, per_claim=PER_CLAIM, min_candidates=0, bound=bound)  # type: ignore[arg-type]

    def spy_load(session: object, ids: Iterable[int] | None = None) -> list[ClaimFacts]:
        assert ids is not None, "an incremental refresh never loads the whole store"
        loads.append((focus_seen[-1], set(ids)))
        return load(session, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(store_conflicts, "plan_refresh", spy_plan)
    monkeypatch.setattr(store_conflicts, "load_facts", spy_load)
    ingest(store, [_write(tmp_path, "new.txt", NEW)])
    monkeypatch.undo()
    return loads


def test_refresh_loads_at_most_the_budget(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = _ingest_new(store, tmp_path, monkeypatch)
    assert len(loads) == 1
    focus, loaded = loads[0]
    assert focus and focus <= loaded
    assert len(loaded - focus) <= PER_CLAIM * len(focus)
    with store.session() as s:
        # the budget binds: the index walk alone finds more candidates than it allows
        unbounded = candidate_ids(s, focus, per_claim=None)
        assert len(unbounded - focus) > PER_CLAIM * len(focus)
        assert s.query(ClaimRow).count() > len(loaded)
        # the default budget is proportional to the focus (above a floor), not to the store
        assert len(candidate_ids(s, focus, min_candidates=0) - focus) <= (
            store_conflicts.CANDIDATES_PER_CLAIM * len(focus)
        )
        # the floor: a small batch meets every candidate the walk found, up to the floor
        assert len(unbounded - focus) < store_conflicts.MIN_CANDIDATES
        assert candidate_ids(s, focus) == unbounded


def test_strong_match_survives_many_unrelated_articles(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = _ingest_new(store, tmp_path, monkeypatch)
    _focus, loaded = loads[0]
    with store.session() as s:
        old_ids = {
            cid
            for (cid,) in s.query(ClaimRow.id)
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .filter(ArticleRow.path.like("%old.txt"))
        }
        # the old claim shares several keys with the new one: ranked before the newer
        # articles that share one
        assert old_ids & loaded
        found = {frozenset(Path(c.article.path).name for c in x.claims) for x in list_conflicts(s)}
    assert frozenset({"old.txt", "new.txt"}) in found


def test_recompute_is_exhaustive(store: Store, tmp_path: Path) -> None:
    ingest(store, [_write(tmp_path, "new.txt", NEW)])
    with store.session() as s:
        n_claims = s.query(ClaimRow).count()
    seen: list[int] = []
    load = store_conflicts.load_facts

    def spy_load(session: object, ids: Iterable[int] | None = None) -> list[ClaimFacts]:
        out = load(session, ids)  # type: ignore[arg-type]
        seen.append(len(out))
        return out

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store_conflicts, "load_facts", spy_load)
        with store.session() as s:
            store_conflicts.refresh_conflicts(s)
    assert seen == [n_claims]
