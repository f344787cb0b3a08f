"""Deterministic cost of extraction: Python function calls and ``re`` searches.

``python -m benchmarks.call_count [DIR] [--warm 3]``

Wall-clock rounds on a shared machine vary by more than a pass's rules cost, so compare two
trees by what does not vary: every article of ``DIR`` (default: PolNeAR's texts) goes
through ``process()`` under cProfile, after ``--warm`` articles that fill the caches, and the
total of function calls, of ``re`` pattern searches and the profiled seconds are printed.
Run it in each tree (``PYTHONPATH=/tmp/wt-X``) and compare the counts
(``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

DEFAULT = Path("/work/shared/datasets/polnear-dev/text")


def main(argv: list[str] | None = None) -> int:
    from claimtrack.pipeline import process
    from claimtrack.read import read_article
    from claimtrack.records import RawArticle

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--warm", type=int, default=3)
    args = ap.parse_args(argv)
    paths = sorted(Path(args.dir).rglob("*.txt"))
    raws = [r for p in paths if isinstance(r := read_article(str(p), p.read_bytes()), RawArticle)]
    for raw in raws[: args.warm]:
        process(raw)
    profile = cProfile.Profile()
    profile.enable()
    for raw in raws:
        process(raw)
    profile.disable()
    stats = pstats.Stats(profile)
    searches = sum(
        calls[1]
        for (_, _, name), calls in stats.stats.items()  # type: ignore[attr-defined]
        if name == "<method 'search' of 're.Pattern' objects>"
    )
    print(
        f"{len(raws)} articles: {stats.total_calls} function calls, "  # type: ignore[attr-defined]
        f"{searches} re searches, {stats.total_tt:.2f} s profiled"  # type: ignore[attr-defined]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
