"""A topic's entity look-up (migration 0006): exact, and read from indexes.

``who-said TOPIC`` first finds the entities the topic names: by key, by a spelling seen in
an article, by the last word of the key (a bare surname) or its first word (a bare first
name). Before 0006 the last two were ``LIKE '% x'`` / ``LIKE 'x %'`` and every topic query
read every entity. These tests compare the indexed look-up with a plain Python reference
over many decoy entities, then check that no plan reads a whole table.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, insert, select, text
from sqlalchemy.orm import Session

from claimtrack.normalise.gazetteer import query_keys
from claimtrack.normalise.translit import is_first_name
from claimtrack.query import _topic_entity_ids, topic_words
from claimtrack.store.engine import Store, open_store
from claimtrack.store.models import EntityRow, EntitySpellingRow

# keys as the store folds them: the look-up must tell a last word from a word inside
KEYS = [
    "sergey kisel",
    "kisel",  # one word: found by the key itself
    "ivan kiselyov",  # a longer last word: not a "Kisel"
    "kisel ivanov",  # Kisel as a first word: not a surname match
    "anna maria kisel",  # three words, last one matches
    "oleksandr chayko",
    "alexander syrskyi",
    "petro oleksandr",  # the first name as a last word
    "oleksandrivka",  # a village: starts with the name, but no space
    "hmeimim",
    "khan shaykhun",
    "al kisel al",  # the word inside, neither first nor last
]
SPELLINGS = {
    "sergey kisel": "Sergei Kisel",
    "hmeimim": "HMEYMIM",
    "khan shaykhun": "Khan Sheikhoun",
}
TOPICS = ["Kisel", "Oleksandr", "Hmeymim", "hmeymim", "Khan Sheikhoun", "Chayko", "Ivan", "Syrskyi"]


def _fill(store: Store) -> None:
    decoys = [f"decoy{i} word{i % 97}" for i in range(3000)]
    with store.session() as s:
        s.execute(
            insert(EntityRow),
            [{"key": k, "name": k.title(), "kind": "person"} for k in KEYS + decoys],
        )
        ids = {key: eid for key, eid in s.execute(select(EntityRow.key, EntityRow.id))}
        s.execute(
            insert(EntitySpellingRow),
            [{"entity_id": ids[k], "spelling": v} for k, v in SPELLINGS.items()],
        )
        s.commit()


def _reference(session: Session, topic: str) -> list[int]:
    """What the look-up means, in Python over every row."""
    keys = set(query_keys(topic)) - {""}
    words = topic_words(topic)
    single = {k for k in keys if " " not in k} if len(words) == 1 and len(words[0]) >= 4 else set()
    first = single if single and is_first_name(words[0]) else set()
    out = set()
    for eid, key in session.execute(select(EntityRow.id, EntityRow.key)):
        if (
            key in keys
            or any(key.endswith(" " + k) for k in single)
            or any(key.startswith(k + " ") for k in first)
        ):
            out.add(eid)
    wanted = topic.strip().lower()
    for eid, spelling in session.execute(
        select(EntitySpellingRow.entity_id, EntitySpellingRow.spelling)
    ):
        if spelling.lower() == wanted:
            out.add(eid)
    return sorted(out)


@pytest.fixture
def store(any_db: str) -> Iterator[Store]:
    st = open_store(any_db)
    _fill(st)
    yield st
    st.close()


@pytest.mark.parametrize("topic", TOPICS)
def test_lookup_finds_what_the_rows_say(store: Store, topic: str) -> None:
    with store.session() as s:
        assert _topic_entity_ids(s, topic, topic_words(topic)) == _reference(s, topic)


def test_a_surname_is_a_last_word_not_a_part_of_one(store: Store) -> None:
    with store.session() as s:
        found = set(
            s.scalars(
                select(EntityRow.key).where(
                    EntityRow.id.in_(_topic_entity_ids(s, "Kisel", ["Kisel"]))
                )
            )
        )
    assert {"sergey kisel", "kisel", "anna maria kisel"} <= found
    assert not found & {"ivan kiselyov", "kisel ivanov", "al kisel al"}


def test_no_plan_reads_every_entity(store: Store) -> None:
    """SQLite: no SCAN of entities or spellings; PostgreSQL: with sequential scans
    discouraged (the tables are small here), every branch is an index scan."""
    with store.session() as s:
        conn = s.connection()
        statements: list[tuple[str, object]] = []

        def capture(_c, _cur, statement, parameters, _ctx, _many):  # type: ignore[no-untyped-def]
            statements.append((statement, parameters))

        event.listen(conn, "before_cursor_execute", capture)
        if store.dialect == "postgresql":
            s.execute(text("SET LOCAL enable_seqscan = off"))
        for topic in ("Kisel", "Oleksandr", "Hmeymim"):
            _topic_entity_ids(s, topic, topic_words(topic))
        event.remove(conn, "before_cursor_execute", capture)
        wanted = [(st, p) for st, p in statements if "FROM entities" in st]
        assert len(wanted) == 3
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, params in wanted:
            cur = raw.cursor()
            if store.dialect == "sqlite":
                cur.execute("EXPLAIN QUERY PLAN " + statement, params)
                plan = " | ".join(str(r[-1]) for r in cur.fetchall())
                assert "SCAN entities" not in plan and "SCAN entity_spellings" not in plan, plan
                assert "ix_entity_spelling_lower" in plan and "ix_entity_key_last_word" in plan, (
                    plan
                )
            else:
                cur.execute("EXPLAIN " + statement, params)
                plan = "\n".join(str(r[0]) for r in cur.fetchall())
                assert "Seq Scan" not in plan, plan
                assert "ix_entity_spelling_lower" in plan and "ix_entity_key_last_word" in plan, (
                    plan
                )
            if "Oleksandr" in str(params) or "oleksandr" in str(params):
                assert "ix_entity_key_first_word" in plan, plan
