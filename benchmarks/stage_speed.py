"""Words per second of the extraction stages, each timed on its own: segment, attribute,
reading (``read_claim``), entities (``extract_mentions``) and source resolution
(``SourceRegistry.resolve``); ``normalise`` is the sum of the last three.

``python -m benchmarks.stage_speed [--articles 600] [--seed 3] [--repeat 3] [--real [DIR]]``

By default every stage runs over the same generated articles (``benchmarks.corpus``);
``--real`` runs them over real news articles instead: the ``text/*.txt`` files of the
PolNeAR development split (``../shared/datasets/polnear-dev`` next to the repository, or
``DIR``). Each stage's inputs are computed beforehand and the best of ``--repeat`` runs is
reported, as CPU time of this process (the machine may be shared: CPU time suffers less
from other processes than wall time does, but compare numbers from one session, or ratios).

The inputs are computed first, so the lexicon tables and ``lru_cache``s are warm: these are
steady-state numbers for phrases already seen, an upper bound for a first pass over unseen
text. The memos of repeated sentences and claims (wire copies repeat them word for word:
the cue frames of a sentence, the reading of a claim) are emptied before each run of their
stage, so that each run starts from nothing, as an ingest does.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import iter_articles
from claimtrack.attribute import attribute, cues
from claimtrack.normalise import reading as reading_mod
from claimtrack.normalise.entities import extract_mentions
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import RawArticle
from claimtrack.segment import segment

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "polnear-dev"


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _articles(args: argparse.Namespace) -> list[RawArticle]:
    if args.real is None:
        return [RawArticle(path=p, text=t) for p, t in iter_articles(args.articles, args.seed)]
    folder = Path(args.real) if args.real else REAL
    files = sorted((folder / "text").glob("*.txt")) or sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no articles (*.txt) in {folder} or {folder / 'text'}")
    return [RawArticle(path=str(p), text=p.read_text(encoding="utf-8")) for p in files]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Words per second of each extraction stage.")
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--real",
        nargs="?",
        const="",
        default=None,
        metavar="DIR",
        help="time real articles (default: ../shared/datasets/polnear-dev)",
    )
    args = ap.parse_args(argv)
    raws = _articles(args)
    words = sum(len(r.text.split()) for r in raws)
    sentences = [segment(r.text) for r in raws]  # also warms the lexicon caches
    drafts = [attribute(r, s) for r, s in zip(raws, sentences, strict=True)]
    refs = [ref for claims, _ in drafts for c in claims for ref in c.chain]
    texts = [
        (c.text, r.published) for r, (claims, _) in zip(raws, drafts, strict=True) for c in claims
    ]
    for claims, _ in drafts[:5]:
        extract_mentions(raws[0].text, claims)
    for text, day in texts[:50]:
        reading_mod.read_claim(text, day)

    def run_segment() -> None:
        for r in raws:
            segment(r.text)

    def run_attribute() -> None:
        getattr(cues, "_memo", {}).clear()  # the frames memo, where there is one
        for r, s in zip(raws, sentences, strict=True):
            attribute(r, s)

    def run_reading() -> None:
        reading_mod._memo.clear()
        for text, day in texts:
            reading_mod.read_claim(text, day)

    def run_entities() -> None:
        for r, (claims, _) in zip(raws, drafts, strict=True):
            extract_mentions(r.text, claims)

    def run_resolve() -> None:
        reg = SourceRegistry()
        for ref in refs:
            reg.resolve(ref)

    what = f"real articles from {args.real or REAL}" if args.real is not None else "articles"
    print(f"{len(raws)} {what}, {words} words, {len(texts)} claims, {len(refs)} chain refs;")
    print(f"best of {args.repeat}")
    print(f"{'stage':<10} {'seconds':>8} {'words/s':>10}")
    total = 0.0
    times: dict[str, float] = {}
    for name, fn in (
        ("segment", run_segment),
        ("attribute", run_attribute),
        ("reading", run_reading),
        ("entities", run_entities),
        ("resolve", run_resolve),
    ):
        t = _best(fn, args.repeat)
        times[name] = t
        total += t
        print(f"{name:<10} {t:8.3f} {words / t:10.0f}")
    normalise = times["reading"] + times["entities"] + times["resolve"]
    print(f"{'normalise':<10} {normalise:8.3f} {words / normalise:10.0f}")
    attr_norm = times["attribute"] + normalise
    print(f"{'attr+norm':<10} {attr_norm:8.3f} {words / attr_norm:10.0f}")
    print(f"{'together':<10} {total:8.3f} {words / total:10.0f}")


if __name__ == "__main__":
    main()
