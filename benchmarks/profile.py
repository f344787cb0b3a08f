"""Where ingest time goes: per-stage timings and the top functions by own time.

``python -m benchmarks.profile --articles 300 [--top 25]``

Stages are timed directly (read, segment, attribute, normalise on the same articles, then
store and conflicts through ``claimtrack.ingest``), so the split is exact; the function list
comes from ``cProfile`` over the whole ingest (slower than real time, good for ranking).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus


def stage_times(corpus: Path, db: str) -> dict[str, float]:
    from claimtrack import ingest as ingest_mod
    from claimtrack.attribute import attribute
    from claimtrack.normalise import normalise
    from claimtrack.normalise.sources import SourceRegistry
    from claimtrack.read import iter_paths, read_input
    from claimtrack.records import Document, RawArticle
    from claimtrack.segment import segment
    from claimtrack.store.engine import open_store

    registry = SourceRegistry()
    t: dict[str, float] = dict.fromkeys(("read", "segment", "attribute", "normalise"), 0.0)
    for path in iter_paths([str(corpus)]):
        assert isinstance(path, str)
        t0 = time.perf_counter()
        raw = read_input(path)
        t1 = time.perf_counter()
        assert isinstance(raw, RawArticle)
        sentences = segment(raw.text)
        t2 = time.perf_counter()
        claims, relay = attribute(raw, sentences)
        t3 = time.perf_counter()
        normalise(Document(article=raw, sentences=sentences, claims=claims, relay=relay), registry)
        t4 = time.perf_counter()
        t["read"] += t1 - t0
        t["segment"] += t2 - t1
        t["attribute"] += t3 - t2
        t["normalise"] += t4 - t3
    # store + conflicts: a full ingest, with the conflict refresh timed separately
    refresh = ingest_mod.refresh_pending
    spent = [0.0]

    def timed_refresh(*args: object, **kwargs: object) -> int:
        t0 = time.perf_counter()
        try:
            return refresh(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent[0] += time.perf_counter() - t0

    store = open_store(db)
    ingest_mod.refresh_pending = timed_refresh  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        ingest_mod.ingest(store, [str(corpus)])
        total = time.perf_counter() - t0
    finally:
        ingest_mod.refresh_pending = refresh  # type: ignore[assignment]
        store.close()
    extract = t["read"] + t["segment"] + t["attribute"] + t["normalise"]
    t["conflicts"] = spent[0]
    t["store"] = max(0.0, total - extract - spent[0])
    t["total"] = total
    return t


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Profile ingest by stage.")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--no-cprofile", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ctprof-") as tmp:
        corpus = Path(tmp) / "corpus"
        _, words = write_corpus(corpus, args.articles)
        t = stage_times(corpus, str(Path(tmp) / "a.db"))
        print(f"{args.articles} articles, {words} words; ingest {t['total']:.2f} s")
        print(f"{'stage':<10} {'seconds':>8} {'share':>6} {'words/s':>10}")
        for name in ("read", "segment", "attribute", "normalise", "store", "conflicts"):
            share = t[name] / t["total"] if t["total"] else 0.0
            wps = words / t[name] if t[name] else float("inf")
            print(f"{name:<10} {t[name]:8.2f} {share:6.1%} {wps:10.0f}")
        if args.no_cprofile:
            return
        from claimtrack.ingest import ingest
        from claimtrack.store.engine import open_store

        store = open_store(str(Path(tmp) / "b.db"))
        prof = cProfile.Profile()
        prof.enable()
        ingest(store, [str(corpus)])
        prof.disable()
        store.close()
        print(f"\ntop {args.top} functions by own time (cProfile):")
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
