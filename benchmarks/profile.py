"""Where ingest time goes: per-stage timings and the top functions by own time.

``python -m benchmarks.profile --articles 300 [--top 25] [--pg URL] [--no-cprofile]``

The stages are timed inside *one* real ingest (``claimtrack.ingest.ingest`` on a fresh
store), so nothing runs twice and no stage is served from a cache warmed by an earlier pass:

* read, segment, attribute, normalise: the pipeline's own functions, wrapped where
  ``claimtrack.ingest`` / ``claimtrack.pipeline`` call them;
* store: the writer (``_Writer.write`` with its savepoint and ``write_document``, the
  "already stored?" lookups, and the commits);
* conflicts: the conflict refreshes (``_Writer.refresh``: registry replay + ``refresh_pending``);
* other: the rest of the ingest (hashing, building ``Document``, the final counts).

Time is attributed exclusively (a stage called inside another is taken out of the outer
one), so the stages add up to the measured ingest time. The function list comes from
``cProfile`` over a second, separate ingest into a fresh store (slower than real time, good
for ranking).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.corpus import write_corpus

STAGES = ("read", "segment", "attribute", "normalise", "store", "conflicts", "other")


class StageClock:
    """Exclusive wall-clock time per stage (nested stages are not counted twice)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self._stack: list[list[Any]] = []  # [name, start, time spent in nested stages]

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [name, time.perf_counter(), 0.0]
            self._stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                self._stack.pop()
                elapsed = time.perf_counter() - frame[1]
                self.spent[name] += elapsed - frame[2]
                if self._stack:
                    self._stack[-1][2] += elapsed

        return timed


@contextmanager
def _patched(clock: StageClock) -> Iterator[None]:
    from claimtrack import ingest as ingest_mod
    from claimtrack import pipeline

    patches: list[tuple[Any, str, str]] = [
        (ingest_mod, "read_input", "read"),
        (pipeline, "segment", "segment"),
        (pipeline, "attribute", "attribute"),
        (pipeline, "normalise", "normalise"),
        (ingest_mod._Writer, "write", "store"),
        (ingest_mod._Writer, "existing", "store"),
        (ingest_mod._Writer, "commit", "store"),
        (ingest_mod._Writer, "refresh", "conflicts"),
    ]
    saved = [(obj, attr, getattr(obj, attr)) for obj, attr, _ in patches]
    try:
        for obj, attr, stage in patches:
            setattr(obj, attr, clock.wrap(stage, getattr(obj, attr)))
        yield
    finally:
        for obj, attr, original in saved:
            setattr(obj, attr, original)


def stage_times(corpus: Path, db: str, workers: int = 1) -> dict[str, float]:
    """One ingest of ``corpus`` into a fresh store at ``db``, split by stage (seconds)."""
    from claimtrack import ingest as ingest_mod
    from claimtrack.store.engine import open_store

    clock = StageClock()
    store = open_store(db)
    try:
        with _patched(clock):
            t0 = time.perf_counter()
            ingest_mod.ingest(store, [str(corpus)], workers=workers)
            total = time.perf_counter() - t0
    finally:
        store.close()
    t = dict(clock.spent)
    t["other"] = max(0.0, total - sum(v for k, v in t.items() if k != "other"))
    t["total"] = total
    return t


def _fresh_db(tmp: Path, name: str, pg: str | None) -> tuple[str, Callable[[], None]]:
    if pg:
        from benchmarks.run import _fresh_pg

        return _fresh_pg(pg)
    return f"sqlite:///{tmp / name}", lambda: None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Profile ingest by stage.")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--pg", default=None, help="PostgreSQL URL (a scratch database is made)")
    ap.add_argument("--no-cprofile", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ctprof-") as tmp:
        corpus = Path(tmp) / "corpus"
        _, words = write_corpus(corpus, args.articles)
        db, drop = _fresh_db(Path(tmp), "a.db", args.pg)
        try:
            t = stage_times(corpus, db)
        finally:
            drop()
        engine = "postgresql" if args.pg else "sqlite"
        print(f"{args.articles} articles, {words} words, {engine}; ingest {t['total']:.2f} s")
        print(f"{'stage':<10} {'seconds':>8} {'share':>6} {'words/s':>10}")
        for name in STAGES:
            share = t[name] / t["total"] if t["total"] else 0.0
            wps = words / t[name] if t[name] else float("inf")
            print(f"{name:<10} {t[name]:8.2f} {share:6.1%} {wps:10.0f}")
        print(f"{'total':<10} {t['total']:8.2f} {1:6.1%} {words / t['total']:10.0f}")
        if args.no_cprofile:
            return
        from claimtrack.ingest import ingest
        from claimtrack.store.engine import open_store

        db, drop = _fresh_db(Path(tmp), "b.db", args.pg)
        try:
            store = open_store(db)
            prof = cProfile.Profile()
            prof.enable()
            ingest(store, [str(corpus)])
            prof.disable()
            store.close()
        finally:
            drop()
        print(f"\ntop {args.top} functions by own time (cProfile):")
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
