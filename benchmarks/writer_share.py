"""The writer's share of an ingest: CPU of the storing process against its workers'.

``python -m benchmarks.writer_share [--articles 400] [--seed 7] [--workers 2] [--plain]``

With ``--workers N`` extraction runs in N worker processes and one process stores; that
writer is the serial part, so its CPU per word bounds what more workers can give. The
articles are generated, then ingested into a fresh SQLite store with
``--defer-conflicts`` (``--plain``: conflicts refreshed as in a plain ingest, in their own
process). Prints the wall clock, the writer's CPU (this process, all threads: the pool's
result handler unpickles there), the other processes' CPU, and the ceiling the writer sets:
words per second of its CPU. Compare two trees by running this in each, alternated
(``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus


def main(argv: list[str] | None = None) -> int:
    from claimtrack.ingest import ingest
    from claimtrack.read import iter_paths
    from claimtrack.store.engine import open_store

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--plain", action="store_true", help="refresh conflicts while ingesting")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ctwriter-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.articles, seed=args.seed)
        words = sum(len(p.read_text().split()) for p in corpus.rglob("*.txt"))
        store = open_store(f"sqlite:///{Path(tmp) / 'w.db'}")
        try:
            me0 = resource.getrusage(resource.RUSAGE_SELF)
            kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            report = ingest(
                store,
                iter_paths([str(corpus)]),
                workers=args.workers,
                defer_conflicts=not args.plain,
            )
            wall = time.perf_counter() - t
            me1 = resource.getrusage(resource.RUSAGE_SELF)
            kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        finally:
            store.close()
    writer = (me1.ru_utime - me0.ru_utime) + (me1.ru_stime - me0.ru_stime)
    others = (kids1.ru_utime - kids0.ru_utime) + (kids1.ru_stime - kids0.ru_stime)
    print(
        f"{report.new} articles, {words} words, {args.workers} worker(s): {wall:.2f} s wall, "
        f"writer {writer:.2f} s CPU, other processes {others:.2f} s CPU; "
        f"writer-bound ceiling {words / max(writer, 1e-9):,.0f} words/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
