"""A topic's entity look-up as the number of entities grows (migration 0006).

The generated corpus (``benchmarks.corpus``) names a few dozen entities, however many
articles it has, so ``benchmarks.run`` cannot show how who-said behaves when a store knows
hundreds of thousands of names (a month of real coverage). This adds ``--entities`` decoy
entities (one to four-syllable names, 70 % with two words, each with a spelling) to a
store of the seeds and times ``claimtrack.query._topic_entity_ids`` and a whole
``who_said(topic, limit=50)``, before and after the decoys: the look-up should not grow.

    python -m benchmarks.entity_lookup --entities 300000            # SQLite, temporary
    python -m benchmarks.entity_lookup --entities 300000 --pg URL   # a scratch database
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

from claimtrack.ingest import ingest
from claimtrack.query import _topic_entity_ids, topic_words, who_said
from claimtrack.store.engine import Store, open_store
from claimtrack.store.models import EntityRow, EntitySpellingRow

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TOPICS = ("Hmeymim", "Kisel", "Oleksandr", "Bashar al-Assad")
SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "dov", "ich", "ko", "va", "tar", "bek", "zi", "nu")


def add_decoys(store: Store, n: int, seed: int = 1) -> None:
    rnd = random.Random(seed)

    def word() -> str:
        return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4)))

    with store.session() as s:
        seen = set(s.scalars(select(EntityRow.key)))
        keys: list[str] = []
        while len(keys) < n:
            key = f"{word()} {word()}" if rnd.random() < 0.7 else word()
            if key not in seen:
                seen.add(key)
                keys.append(key)
        for start in range(0, n, 50_000):
            chunk = keys[start : start + 50_000]
            s.execute(
                insert(EntityRow), [{"key": k, "name": k.title(), "kind": "person"} for k in chunk]
            )
        ids = dict(s.execute(select(EntityRow.key, EntityRow.id)).all())
        spellings = [{"entity_id": ids[k], "spelling": f"{k.title()} {ids[k]}"} for k in keys]
        for start in range(0, n, 50_000):
            s.execute(insert(EntitySpellingRow), spellings[start : start + 50_000])
    if store.dialect == "postgresql":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE entities")
            conn.exec_driver_sql("ANALYZE entity_spellings")


def p50_ms(store: Store, fn: Callable[..., object], reps: int = 7) -> float:
    times = []
    for _ in range(reps):
        with store.session() as s:
            t0 = time.perf_counter()
            fn(s)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure(store: Store) -> dict[str, tuple[float, float]]:
    out = {}
    for topic in TOPICS:
        words = topic_words(topic)
        look = p50_ms(store, lambda s, t=topic, w=words: _topic_entity_ids(s, t, w))
        whole = p50_ms(store, lambda s, t=topic: who_said(s, t, limit=50))
        out[topic] = (look, whole)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=300_000)
    ap.add_argument("--pg", help="a PostgreSQL URL of a scratch database (emptied first)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ctent-") as tmp:
        url = args.pg or f"sqlite:///{tmp}/store.db"
        store = open_store(url)
        with store.session() as s:
            if s.scalar(select(EntityRow.id).limit(1)) is not None:
                print("the store is not empty: give a scratch database", file=sys.stderr)
                return 2
        ingest(store, [str(SEEDS)])
        with store.session() as s:
            before = len(s.scalars(select(EntityRow.id)).all())
        first = measure(store)
        add_decoys(store, args.entities)
        second = measure(store)
        store.close()
    print(f"{store.dialect}: {before:,} entities, then {before + args.entities:,}\n")
    print("| topic | look-up ms before | after | who-said --limit 50 ms before | after |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for topic in TOPICS:
        (l1, w1), (l2, w2) = first[topic], second[topic]
        print(f"| {topic} | {l1:.1f} | {l2:.1f} | {w1:.1f} | {w2:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
