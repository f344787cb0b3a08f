"""Words per second of the extraction stages, each timed on its own: segment, attribute,
entities (``extract_mentions``) and source resolution (``SourceRegistry.resolve``).

``python -m benchmarks.stage_speed [--articles 600] [--seed 3] [--repeat 3]``

Every stage runs over the same generated articles (``benchmarks.corpus``) with its inputs
computed beforehand; the best of ``--repeat`` runs is reported (the machine may be shared:
compare numbers from one run, or ratios). The inputs are computed first, so the memo
tables (``SourceRegistry.memo``, ``lru_cache``) are warm: these are steady-state numbers
for phrases already seen, an upper bound for a first pass over unseen text.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from benchmarks.corpus import iter_articles
from claimtrack.attribute import attribute
from claimtrack.normalise.entities import extract_mentions
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import RawArticle
from claimtrack.segment import segment


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Words per second of each extraction stage.")
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    raws = [RawArticle(path=p, text=t) for p, t in iter_articles(args.articles, args.seed)]
    words = sum(len(r.text.split()) for r in raws)
    sentences = [segment(r.text) for r in raws]  # also warms the lexicon caches
    drafts = [attribute(r, s) for r, s in zip(raws, sentences, strict=True)]
    refs = [ref for claims, _ in drafts for c in claims for ref in c.chain]
    for claims, _ in drafts[:5]:
        extract_mentions(raws[0].text, claims)

    def run_segment() -> None:
        for r in raws:
            segment(r.text)

    def run_attribute() -> None:
        for r, s in zip(raws, sentences, strict=True):
            attribute(r, s)

    def run_entities() -> None:
        for r, (claims, _) in zip(raws, drafts, strict=True):
            extract_mentions(r.text, claims)

    def run_resolve() -> None:
        reg = SourceRegistry()
        for ref in refs:
            reg.resolve(ref)

    print(f"{len(raws)} articles, {words} words, {len(refs)} chain refs; best of {args.repeat}")
    print(f"{'stage':<10} {'seconds':>8} {'words/s':>10}")
    total = 0.0
    for name, fn in (
        ("segment", run_segment),
        ("attribute", run_attribute),
        ("entities", run_entities),
        ("resolve", run_resolve),
    ):
        t = _best(fn, args.repeat)
        total += t
        print(f"{name:<10} {t:8.3f} {words / t:10.0f}")
    print(f"{'together':<10} {total:8.3f} {words / total:10.0f}")


if __name__ == "__main__":
    main()
