"""who-said finds every spelling of a topic and every alias of a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.ingest import ingest
from claimtrack.query import who_said
from claimtrack.store.engine import Store, open_store

ARTICLES = {
    "wire.txt": (
        "Convoy reaches coast\n\n"
        "A convoy of trucks reached the Hmeymim air base on Tuesday, Reuters reported. "
        "Officials in Kiev said the move was expected.\n"
    ),
    "local.txt": (
        "Base quiet\n\n"
        "According to the Associated Press, aircraft at Khmeimim were grounded. "
        "Residents of Dayr az-Zawr described heavy traffic on the road.\n"
    ),
    "third.txt": (
        "Officials speak\n\n"
        "General Sergey Kisel was seen in Tartus, the agency said. "
        "Shelling hit Kyiv overnight, officials said. "
        "Traffic in Deir ez-Zor was normal, a resident told the BBC.\n"
    ),
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    st = open_store(str(tmp_path / "store.db"))
    ingest(st, [str(tmp_path)])
    return st


def _paths(store: Store, topic: str | None = None, source: str | None = None) -> set[str]:
    with store.session() as s:
        result = who_said(s, topic, source=source)
    return {Path(c.article.path).name for c in result.claims}


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("Hmeymim", {"wire.txt", "local.txt"}),
        ("Khmeimim", {"wire.txt", "local.txt"}),
        ("Hmeimim", {"wire.txt", "local.txt"}),
        ("Kyiv", {"wire.txt", "third.txt"}),
        ("Kiev", {"wire.txt", "third.txt"}),
        ("Deir ez-Zor", {"local.txt", "third.txt"}),
        ("Dayr az-Zawr", {"local.txt", "third.txt"}),
        ("Kisel", {"third.txt"}),
    ],
)
def test_topic_finds_every_spelling(store: Store, topic: str, expected: set[str]) -> None:
    assert _paths(store, topic) == expected


@pytest.mark.parametrize("topic", ["Homs", "Kirov", "Hamas"])
def test_topic_does_not_find_other_names(store: Store, topic: str) -> None:
    assert _paths(store, topic) == set()


def test_case_and_accents_do_not_matter(store: Store) -> None:
    assert _paths(store, "tartús") == _paths(store, "TARTUS") == {"third.txt"}


@pytest.mark.parametrize("alias", ["AP", "Associated Press", "the Associated Press"])
def test_source_by_any_alias(store: Store, alias: str) -> None:
    assert _paths(store, source=alias) == {"local.txt"}


def test_result_names_the_spellings_it_matched(store: Store) -> None:
    with store.session() as s:
        result = who_said(s, "Hmeimim")
    assert {"Hmeymim", "Khmeimim"} <= set(result.spellings)
