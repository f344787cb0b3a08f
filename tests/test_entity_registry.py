"""Entity groups can be listed, merged and split, and corrections survive new ingests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.errors import QueryError
from claimtrack.ingest import ingest
from claimtrack.store.engine import Store, open_store
from claimtrack.store.entity_registry import (
    list_entities,
    merge_entities,
    replay_entity_edits,
    split_entity,
)

FIRST = "Talks\n\nNegotiator Maria Okonkwo met the Harbourtown council on Monday, the mayor said.\n"
SECOND = "More talks\n\nThe Harbour Town council rejected the offer, Reuters reported.\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    st = open_store(str(tmp_path / "s.db"))
    ingest(st, [str(tmp_path / "a.txt")])
    return st


def _group(store: Store, query: str) -> dict[str, int]:
    with store.session() as s:
        groups = list_entities(s, query)
    assert len(groups) == 1, groups
    return groups[0].spellings


def test_list_shows_spellings_and_counts(store: Store) -> None:
    assert _group(store, "Harbourtown") == {"Harbourtown": 1}


def test_unknown_entity_is_a_query_error(store: Store) -> None:
    with store.session() as s, pytest.raises(QueryError, match="no entity named"):
        merge_entities(s, "Nobody Here", "Maria Okonkwo")


def test_merge_is_replayed_on_later_ingests(store: Store, tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    ingest(store, [str(tmp_path / "b.txt")])
    with store.session() as s:
        names = {g.name for g in list_entities(s, "Harbour")}
        assert len(names) == 2  # two spellings the rules keep apart
        merge_entities(s, "Harbourtown", "Harbour Town")
    assert set(_group(store, "Harbourtown")) == {"Harbourtown", "Harbour Town"}
    # a later article brings the other spelling again: the stored merge applies to it
    (tmp_path / "c.txt").write_text(SECOND.replace("rejected", "accepted"), encoding="utf-8")
    ingest(store, [str(tmp_path / "c.txt")])
    with store.session() as s:
        replay_entity_edits(s)
    assert _group(store, "Harbourtown")["Harbour Town"] == 2


def test_split_moves_one_spelling_out(store: Store, tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    ingest(store, [str(tmp_path / "b.txt")])
    with store.session() as s:
        merge_entities(s, "Harbourtown", "Harbour Town")
        split_entity(s, "Harbourtown", "Harbour Town")
        groups = list_entities(s, "Harbour")
    spellings = sorted(sp for g in groups for sp in g.spellings)
    assert spellings == ["Harbour Town", "Harbourtown"]
    assert len(groups) == 2
