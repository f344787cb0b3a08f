"""Conflicts in the store: incremental ingests agree with one big ingest, and conflicts are
counted once per pair of corroboration groups."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from claimtrack.ingest import ingest
from claimtrack.query import list_conflicts
from claimtrack.store.conflicts import refresh_conflicts
from claimtrack.store.engine import Store, open_store
from claimtrack.store.models import ClaimGroupRow, ClaimRow

ARTICLES = [
    ("a.txt", "Talks\n\nTalks between the union and Boeing began on September 12, it said.\n"),
    ("b.txt", "Talks news\n\nTalks between Boeing and the union started on September 12.\n"),
    ("c.txt", "Talks update\n\nTalks between Boeing and the union resumed on September 15.\n"),
    ("d.txt", "Weather\n\nHeavy rain fell on the coast on Sunday, forecasters said.\n"),
]


def _write(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in ARTICLES:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def _conflicts(store: Store) -> set[tuple[str, frozenset[str]]]:
    with store.session() as s:
        return {
            (c.kind, frozenset(Path(x.article.path).name for x in c.claims))
            for c in list_conflicts(s)
        }


@pytest.fixture
def paths(tmp_path: Path) -> list[str]:
    return _write(tmp_path)


def test_one_at_a_time_equals_all_at_once(paths: list[str], tmp_path: Path) -> None:
    together = open_store(str(tmp_path / "together.db"))
    ingest(together, paths)
    apart = open_store(str(tmp_path / "apart.db"))
    for p in paths:
        ingest(apart, [p])
    assert _conflicts(together) == _conflicts(apart)
    assert len(_conflicts(apart)) == 1  # a and b agree: one group, one conflict with c


def test_recompute_keeps_the_same_findings(paths: list[str], tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    for p in paths:
        ingest(store, [p])
    before = _conflicts(store)
    with store.session() as s:
        refresh_conflicts(s)
    assert _conflicts(store) == before


def test_a_full_refresh_unmakes_groups_that_no_longer_hold(tmp_path: Path) -> None:
    """``refresh_conflicts(session)`` makes the groups afresh: a claim that an earlier
    refresh put in a group, and that no group holds now, belongs to none afterwards (a
    stale group made ``conflicts --recompute`` depend on how the articles were batched)."""
    article = tmp_path / "lone.txt"
    article.write_text("The Orvik ferry resumed service to Tromsø on Monday.", encoding="utf-8")
    store = open_store(str(tmp_path / "s.db"))
    ingest(store, [str(article)])
    with store.session() as s:
        claim = s.scalars(select(ClaimRow)).one()
        assert claim.group_id is None
        stale = ClaimGroupRow(key=f"claim:{claim.id}", independent_origins=1)
        s.add(stale)
        s.flush()
        claim.group_id = stale.id
    with store.session() as s:
        refresh_conflicts(s)
    with store.session() as s:
        assert s.scalars(select(ClaimRow.group_id)).one() is None
        assert s.scalar(select(func.count()).select_from(ClaimGroupRow)) == 0
    store.close()


def test_stored_claims_carry_their_whole_articles_names(tmp_path: Path) -> None:
    from claimtrack.conflicts import facts_from_document
    from claimtrack.pipeline import process
    from claimtrack.read import read_article
    from claimtrack.store.conflicts import load_facts

    text = (
        "Nordvik Foods said on Monday it would close its plant in Tromso.\n\n"
        "The company's shares fell 9% in Oslo, analysts at DNB said."
    )
    path = tmp_path / "nordvik.txt"
    path.write_text(text, encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        ingest(store, [str(path)])
        with store.reading() as session:
            facts = load_facts(session)
    finally:
        store.close()
    raw = read_article(str(path), text.encode())
    fresh = facts_from_document(process(raw), 1, 1)  # type: ignore[arg-type]
    assert len(facts) == len(fresh) >= 2
    story = facts[0].article_keys
    assert story and all(f.article_keys == story for f in facts)
    assert story == fresh[0].article_keys  # stored and fresh facts tell the same story
    assert set(facts[0].entity_keys) | set(facts[1].entity_keys) <= set(story)
