"""CPU time of ``find_conflicts`` alone over the claims of N generated articles.

``python -m benchmarks.judge_speed [--articles 200] [--repeat 3]``

The articles go through the pipeline once (not timed); then every claim is compared with
every other, as ``conflicts --recompute`` does, ``--repeat`` times, and the best CPU time is
printed with the number of findings (which a change for speed must leave as it was).
Compare two trees by running this in each, alternated (``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus


def main(argv: list[str] | None = None) -> int:
    from claimtrack.conflicts import facts_from_document, find_conflicts
    from claimtrack.pipeline import process
    from claimtrack.read import iter_paths, read_input
    from claimtrack.records import ClaimFacts, RawArticle

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ctjudge-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.articles)
        facts: list[ClaimFacts] = []
        paths = [p for p in iter_paths([str(corpus)]) if isinstance(p, str)]
        for aid, path in enumerate(paths, 1):
            raw = read_input(path)
            if isinstance(raw, RawArticle):
                facts += facts_from_document(process(raw), aid, len(facts) + 1)
    best, found = float("inf"), 0
    for _ in range(args.repeat):
        t = time.process_time()
        _, findings = find_conflicts(facts)
        best = min(best, time.process_time() - t)
        found = len(findings)
    print(f"{len(facts)} claims, {found} findings; best of {args.repeat}: {best:.3f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
