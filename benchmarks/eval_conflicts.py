"""Precision and recall of ``claimtrack conflicts`` on a gold file of claim pairs.

Run: ``python -m benchmarks.eval_conflicts [--gold PATH] [--verbose]``.

``benchmarks/conflicts_gold.jsonl`` holds one case a line:

* ``{"type": "pair", "a": {"text": ..., "published": ..., "origin": ...}, "b": {...},
  "conflict": true|false, "kind": "date"|...|null}``: two one-claim articles written for
  this benchmark. Each text is run through the live pipeline (read -> segment -> attribute
  -> normalise) as its own article, then both through ``find_conflicts``.
* ``{"type": "seed", "a": {"article": "000", "contains": ...}, "b": {...}, ...}``: a pair
  of claims of the seed articles, found by a substring of their text. All seeds go through
  the pipeline together, so every seed finding that matches no positive seed case counts
  as a false positive.

A positive is found when some finding links the two claims (or their corroboration
groups); its kind is checked separately ("kind accuracy").

Every missed conflict is put down to the first stage that lost it (``why_missed``), and the
report ends with the count per stage: no claim holds the text; a claim is there but its
reading has no event; the two claims share no blocking key, so they are never compared;
or they are compared and no rule finds a disagreement. ``--verbose`` names each miss's stage.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from claimtrack.conflicts import block_keys, facts_from_document, find_conflicts
from claimtrack.pipeline import process
from claimtrack.read import Overrides, read_article
from claimtrack.records import ClaimFacts, ConflictFinding

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "conflicts_gold.jsonl"
SEEDS = ROOT / "seeds"


def _facts(
    text: str, path: str, article_id: int, first: int, side: dict[str, Any]
) -> list[ClaimFacts]:
    published = date.fromisoformat(side["published"]) if side.get("published") else None
    raw = read_article(path, text.encode(), Overrides(published=published))
    if not hasattr(raw, "text"):
        return []
    doc = process(raw)  # type: ignore[arg-type]
    facts = facts_from_document(doc, article_id, first)
    if side.get("origin"):
        for f in facts:
            f.origin = f.origin or side["origin"]
            f.chain = f.chain or [side["origin"]]
    return facts


def _links(f: ConflictFinding) -> tuple[set[int], set[int]]:
    ga = set(f.details.get("group_a", [f.claim_a]))
    gb = set(f.details.get("group_b", [f.claim_b]))
    return ga | {f.claim_a}, gb | {f.claim_b}


def _match(
    findings: list[ConflictFinding], ids_a: set[int], ids_b: set[int]
) -> ConflictFinding | None:
    for f in findings:
        la, lb = _links(f)
        if (la & ids_a and lb & ids_b) or (la & ids_b and lb & ids_a):
            return f
    return None


STAGES = (
    "no claim holds the text",
    "no event read",
    "never compared (no shared blocking key)",
    "compared, no rule fired",
)


def why_missed(side_a: list[ClaimFacts], side_b: list[ClaimFacts]) -> str:
    """The first stage that lost a conflict between a claim of ``side_a`` and one of
    ``side_b`` (``STAGES``)."""
    if not side_a or not side_b:
        return STAGES[0]

    def has_event(f: ClaimFacts) -> bool:
        return any(fr.get("class") for fr in (f.reading or {}).get("frames", []))

    if not any(map(has_event, side_a)) or not any(map(has_event, side_b)):
        return STAGES[1]
    keys_a = set().union(*(block_keys(f) for f in side_a))
    if all(keys_a.isdisjoint(block_keys(f)) for f in side_b):
        return STAGES[2]
    return STAGES[3]


def _run_pairs(cases: list[dict[str, Any]], verbose: bool) -> dict[str, int]:
    c = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "kind_ok": 0}
    for n, case in enumerate(cases):
        fa = _facts(case["a"]["text"], f"gold_{n:03d}_a.txt", 1, 1, case["a"])
        fb = _facts(case["b"]["text"], f"gold_{n:03d}_b.txt", 2, 1 + len(fa), case["b"])
        _, findings = find_conflicts(fa + fb)
        hit = findings[0] if findings else None
        why = why_missed(fa, fb) if case["conflict"] and hit is None else None
        _tally(c, case, hit, verbose, f"pair {n}: {case['a']['text'][:60]!r}", why)
    return c


def _tally(
    c: dict[str, int],
    case: dict[str, Any],
    hit: ConflictFinding | None,
    verbose: bool,
    label: str,
    why: str | None = None,
) -> None:
    if case["conflict"]:
        if hit is None:
            c["fn"] += 1
            if why is not None:
                c[f"why:{why}"] = c.get(f"why:{why}", 0) + 1
            if verbose:
                print(f"MISS {label} [{case.get('kind')}]" + (f": {why}" if why else ""))
        else:
            c["tp"] += 1
            if hit.kind == case.get("kind"):
                c["kind_ok"] += 1
            elif verbose:
                print(f"KIND {label}: {hit.kind} != {case.get('kind')}")
    elif hit is not None:
        c["fp"] += 1
        if verbose:
            print(f"FALSE ALARM {label}: {hit.explanation}")
    else:
        c["tn"] += 1


def _run_seeds(
    cases: list[dict[str, Any]],
    verbose: bool,
    folder: Path = SEEDS,
    label: str = "seed",
    implicit: list[dict[str, Any]] | None = None,
) -> tuple[dict[str, int], list[ConflictFinding]]:
    """The articles of ``folder`` through the pipeline together; ``cases`` name their
    claims by the article's prefix (the file name before its first "_") and a substring.
    ``implicit``: disagreements the set's writer named but did not grade (a pair, or one
    claim with any other): a finding on them counts neither way."""
    facts: list[ClaimFacts] = []
    by_prefix: dict[str, int] = {}
    for aid, path in enumerate(sorted(folder.glob("*.txt")), 1):
        raw = read_article(str(path), path.read_bytes())
        if not hasattr(raw, "text"):
            continue
        doc = process(raw)  # type: ignore[arg-type]
        facts += facts_from_document(doc, aid, len(facts) + 1)
        by_prefix[path.name.split("_", 1)[0]] = aid
    _, findings = find_conflicts(facts)

    def ids(side: dict[str, Any]) -> set[int]:
        aid = by_prefix.get(side["article"])
        return {f.id for f in facts if f.article_id == aid and side["contains"] in f.text}

    c = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "kind_ok": 0}
    used: set[int] = set()
    by_id = {f.id: f for f in facts}
    for case in cases:
        ia, ib = ids(case["a"]), ids(case["b"])
        hit = _match(findings, ia, ib) if ia and ib else None
        if hit is not None and case["conflict"]:
            used.add(id(hit))
        why = None
        if case["conflict"] and hit is None:
            why = why_missed([by_id[i] for i in ia], [by_id[i] for i in ib])
        _tally(
            c,
            case,
            hit,
            verbose,
            f"{label} {case['a']['article']}/{case['b']['article']} {case['a']['contains']!r}",
            why,
        )
    for f in findings:
        if any(_implicit(f, side, ids) for side in implicit or []):
            if verbose:
                print(f"IMPLICIT {label} finding (not counted): {f.explanation}")
            continue
        if id(f) not in used and not any(
            _same(f, case, ids) for case in cases if not case["conflict"]
        ):
            c["fp"] += 1
            if verbose:
                print(f"UNLISTED {label} finding: {f.explanation}")
    return c, findings


def _implicit(f: ConflictFinding, case: dict[str, Any], ids: Any) -> bool:
    if "b" in case:
        return _same(f, case, ids)
    la, lb = _links(f)
    return not ids(case["a"]).isdisjoint(la | lb)


def _same(f: ConflictFinding, case: dict[str, Any], ids: Any) -> bool:
    return _match([f], ids(case["a"]), ids(case["b"])) is not None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument(
        "--stories",
        type=Path,
        help="a folder of stories: subfolders of articles on one story, each with a "
        "gold.jsonl of cases as the seed cases are written (instead of --gold)",
    )
    args = ap.parse_args(argv)
    if args.stories is not None:
        return _stories(args.stories, args.verbose)
    cases = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    pairs = [c for c in cases if c["type"] == "pair"]
    seeds = [c for c in cases if c["type"] == "seed"]
    cp = _run_pairs(pairs, args.verbose)
    cs, findings = _run_seeds(seeds, args.verbose)
    for label, c in (("written pairs", cp), ("seeds", cs)):
        _report(label, c)
    total = _sum(cp, cs)
    _report("all", total)
    _report_misses(total)
    print(f"seed findings: {len(findings)}")
    for f in findings:
        print(f"  [{f.score:.2f}] {f.explanation}")
    return 0


def _stories(root: Path, verbose: bool) -> int:
    """Each story's articles together, scored like the seeds: a finding no case lists is a
    false alarm."""
    total = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "kind_ok": 0}
    for story in sorted(p for p in root.iterdir() if (p / "gold.jsonl").is_file()):
        lines = (story / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        cases = [json.loads(line) for line in lines if line.strip()]
        extra = story / "implicit.jsonl"
        implicit = (
            [json.loads(x) for x in extra.read_text(encoding="utf-8").splitlines() if x.strip()]
            if extra.is_file()
            else []
        )
        c, _findings = _run_seeds(cases, verbose, story, story.name, implicit)
        _report(story.name[:14], c)
        total = _sum(total, c)
    _report("all stories", total)
    _report_misses(total)
    return 0


def _sum(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: a.get(k, 0) + b.get(k, 0) for k in {**a, **b}}


def _report_misses(c: dict[str, int]) -> None:
    """Missed conflicts by the stage that lost them (``why_missed``)."""
    if c["fn"]:
        parts = [f"{stage} {c.get(f'why:{stage}', 0)}" for stage in STAGES]
        print("misses by stage: " + "; ".join(parts))


def _report(label: str, c: dict[str, int]) -> None:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    k = c["kind_ok"] / c["tp"] if c["tp"] else 1.0
    print(
        f"{label:14s} precision {p:.3f}  recall {r:.3f}  kind accuracy {k:.3f}  "
        f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']}, tn {c['tn']})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
