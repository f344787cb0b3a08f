"""How conflict refresh grows with the store: full and incremental refresh at 1x, 4x, 16x.

``python -m benchmarks.conflicts_scaling build --dir DIR [--base 100]`` ingests the first
``base``, ``4*base`` and ``16*base`` articles of the generated corpus into one growing
SQLite store, keeping a copy of the store at each size (``DIR/store-1.db`` ...).

``python -m benchmarks.conflicts_scaling time --dir DIR [--reps 3]`` then times, on each
copy and inside a transaction that is rolled back (so every repeat sees the same store):

* full refresh: ``refresh_conflicts(session)`` (what ``claimtrack conflicts --recompute``
  runs);
* incremental refresh: ``refresh_conflicts(session, focus=<the last 1000 claims>)``;
* detect: ``find_conflicts`` alone on the already loaded claims (no database);
* keys: ``block_keys`` of every claim (computed at store time for ``claim_keys``).

Best of ``reps`` (wall-clock, or CPU seconds of this process with ``--cpu``: steadier on a
machine shared with other jobs). The script imports ``claimtrack`` from ``sys.path``, so
the same stores can be timed against another tree
(``PYTHONPATH=/other/tree python benchmarks/conflicts_scaling.py time ...``; a store
migrated by a newer tree cannot be opened by an older one: build one set per tree).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MULTS = (1, 4, 16)
FOCUS = 1000  # claims in focus for the incremental refresh (the newest)


def build(out: Path, base: int) -> None:
    from benchmarks.corpus import write_corpus
    from claimtrack.ingest import ingest
    from claimtrack.read import iter_paths
    from claimtrack.store.engine import open_store

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ctscale-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, base * MULTS[-1])
        files = sorted(p for p in iter_paths([str(corpus)]) if isinstance(p, str))
        db = out / "growing.db"
        db.unlink(missing_ok=True)
        store = open_store(f"sqlite:///{db}")
        done = 0
        try:
            for mult in MULTS:
                upto = min(len(files), base * mult)
                t0 = time.perf_counter()
                ingest(store, files[done:upto])
                print(f"{mult}x: {upto} articles ingested in {time.perf_counter() - t0:.1f} s")
                done = upto
                store.close()
                shutil.copyfile(db, out / f"store-{mult}.db")
                store = open_store(f"sqlite:///{db}")
        finally:
            store.close()
        db.unlink(missing_ok=True)


_CLOCK = time.perf_counter


def _best(fn: Callable[[], object], reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = _CLOCK()
        fn()
        best = min(best, _CLOCK() - t0)
    return best


def _time_store(path: Path, reps: int) -> dict[str, float]:
    from sqlalchemy import func, select

    from claimtrack.conflicts import block_keys, find_conflicts
    from claimtrack.store.conflicts import load_facts, refresh_conflicts
    from claimtrack.store.engine import open_store
    from claimtrack.store.models import ClaimRow

    store = open_store(f"sqlite:///{path}")
    found: list[int] = []

    def refresh(focus: set[int] | None) -> None:
        s = store.new_session()
        try:
            found.append(refresh_conflicts(s, focus=focus))
        finally:
            s.rollback()
            s.close()

    try:
        with store.session() as s:
            claims = s.scalar(select(func.count()).select_from(ClaimRow)) or 0
            last = set(s.scalars(select(ClaimRow.id).order_by(ClaimRow.id.desc()).limit(FOCUS)))
            facts = load_facts(s)
        full = _best(lambda: refresh(None), reps)
        n_full = found[-1]
        incr = _best(lambda: refresh(last), reps)
        n_incr = found[-1]
        detect = _best(lambda: find_conflicts(facts), reps)
        keys = _best(lambda: [block_keys(f) for f in facts], reps)
    finally:
        store.close()
    return {
        "claims": claims,
        "full_s": full,
        "incr_s": incr,
        "detect_s": detect,
        "keys_s": keys,
        "found_full": n_full,
        "found_incr": n_incr,
    }


def time_stores(out: Path, reps: int) -> list[dict[str, float]]:
    return [{"mult": m, **_time_store(out / f"store-{m}.db", reps)} for m in MULTS]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Conflict refresh at 1x, 4x, 16x claims.")
    ap.add_argument("command", choices=("build", "time"))
    ap.add_argument("--dir", required=True, type=Path)
    ap.add_argument("--base", type=int, default=100, help="articles at 1x (build)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="CPU seconds instead of wall-clock")
    args = ap.parse_args(argv)
    global _CLOCK
    if args.cpu:
        _CLOCK = time.process_time
    if args.command == "build":
        build(args.dir, args.base)
        return
    rows = time_stores(args.dir, args.reps)
    print("| size | claims | full refresh s | incremental s | detect s | keys s | found |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['mult']:.0f}x | {r['claims']:.0f} | {r['full_s']:.3f} | {r['incr_s']:.3f} | "
            f"{r['detect_s']:.3f} | {r['keys_s']:.3f} | "
            f"{r['found_full']:.0f}/{r['found_incr']:.0f} |"
        )
    one = rows[0]
    for r in rows[1:]:
        print(
            f"- {r['mult']:.0f}x: claims x{r['claims'] / max(1, one['claims']):.1f}, "
            f"full x{r['full_s'] / one['full_s']:.1f}, "
            f"incremental x{r['incr_s'] / one['incr_s']:.1f}, "
            f"detect x{r['detect_s'] / one['detect_s']:.1f}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
