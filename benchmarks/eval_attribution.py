"""Attribution benchmark over ``benchmarks/attribution_gold.jsonl``.

Run: ``python -m benchmarks.eval_attribution [--gold PATH]`` from the repository root.

Each gold line is either
  {"id", "seed": file in seeds/, "claims": [{"contains": fragment, "chain": [names]}]}
    -- the claim whose text contains the fragment must carry the chain; or
  {"id", "text", "title"?, "chains": [[names] | {"contains": fragment, "chain": [names]}, ...]}
    -- the claims of the text, in order, must carry these chains.

Alignment of the text form (the tool may split or merge claims differently from the gold):

* an entry with ``contains`` is anchored: its span is the fragment's next occurrence in the
  text (searched from the previous anchor on), and it is scored against the tool claim with
  the largest character overlap with that span;
* plain entries are aligned monotonically with the tool claims between the anchors. When the
  counts agree this is pairing by index. When they differ, the alignment skips exactly the
  surplus (tool claims with no gold claim, or gold claims with no tool claim; a skipped gold
  claim scores as wrong), and among those alignments takes the one that agrees with the
  gold on the most origins. That choice is optimistic by at most the size of the surplus per
  text; the surplus is reported as "claim count mismatches", so a split or merge shows up
  there instead of shifting every later claim of the text. Anchor the entries (``contains``)
  where the exact pairing matters.

Names are canonical source names (after ``SourceRegistry.resolve``), compared without case.
Prints source accuracy (origin right), exact-chain rate, junk claims (from headings or
boilerplate), the failures counted by kind (``KINDS``) and, unless ``--quiet`` (for a blind
set: headline lines only), the failures themselves.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

from claimtrack.attribute import attribute
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.normalise.translit import name_key
from claimtrack.records import ClaimDraft, RawArticle
from claimtrack.segment import segment

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "attribution_gold.jsonl"


def _names(claim: ClaimDraft | None, reg: SourceRegistry) -> list[str]:
    if claim is None:
        return ["<no claim>"]
    return [reg.resolve(r).name for r in claim.chain]


def _fold(chain: list[str]) -> list[str]:
    """Compare names without case, across transliterations (Oleksandr = Alexander) and
    across the registry's aliases ("Russian Defense Ministry" = "Russian Defence Ministry")."""
    reg = _REGISTRY
    out = []
    for n in chain:
        known = reg.lookup(n)
        out.append(name_key(known.name if known is not None else n))
    return out


_REGISTRY = SourceRegistry()


def _align(gold: list[list[str]], tool: list[list[str]]) -> list[int | None]:
    """For each gold chain, the index of its tool claim (``None``: no tool claim).

    Monotone; skips only ``abs(len(gold) - len(tool))`` items on the longer side; among such
    alignments, the most agreeing origins (then exact chains) win.
    """
    g, t = len(gold), len(tool)
    if g == t:
        return list(range(g))

    def score(i: int, j: int) -> int:
        a, b = _fold(gold[i]), _fold(tool[j])
        return 2 * ((a[-1] if a else None) == (b[-1] if b else None)) + (a == b)

    skips = abs(g - t)
    neg = -(10**9)
    # best[i][k]: best score after i gold items with k skips used on the longer side
    best = [[neg] * (skips + 1) for _ in range(g + 1)]
    back: list[list[tuple[int, int, int | None]]] = [
        [(0, 0, None)] * (skips + 1) for _ in range(g + 1)
    ]
    best[0][0] = 0
    for i in range(g + 1):
        for k in range(skips + 1):
            cur = best[i][k]
            if cur == neg:
                continue
            j = i + k if t > g else i - k  # tool items consumed so far
            if t > g and k < skips and best[i][k + 1] < cur:  # skip a tool claim
                best[i][k + 1] = cur
                back[i][k + 1] = (i, k, None)
            if i == g:
                continue
            if t < g and k < skips and best[i + 1][k + 1] < cur:  # gold claim unmatched
                best[i + 1][k + 1] = cur
                back[i + 1][k + 1] = (i, k, None)
            if 0 <= j < t:
                val = cur + score(i, j)
                if best[i + 1][k] < val:
                    best[i + 1][k] = val
                    back[i + 1][k] = (i, k, j)
    out: list[int | None] = [None] * g
    i, k = g, skips
    while i > 0 or k > 0:
        pi, pk, j = back[i][k]
        if pi < i:
            out[pi] = j
        i, k = pi, pk
    return out


def _anchored_pairs(
    text: str, entries: list[Any], claims: list[ClaimDraft], reg: SourceRegistry
) -> tuple[list[tuple[ClaimDraft | None, list[str]]], int]:
    """(tool claim, gold chain) per gold entry, and the number of unpaired tool claims."""
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for e in entries:
        if isinstance(e, dict):
            at = text.find(e["contains"], pos)
            if at < 0:
                raise SystemExit(f"fragment not found in order: {e['contains']!r}")
            spans.append((at, at + len(e["contains"])))
            pos = at + len(e["contains"])
        else:
            spans.append(None)
    chains = [e["chain"] if isinstance(e, dict) else e for e in entries]
    got: list[int | None] = [None] * len(entries)
    used: set[int] = set()
    anchors: list[tuple[int, int]] = []  # (gold index, tool index)
    for gi, span in enumerate(spans):
        if span is None:
            continue
        a, b = span
        overlaps = [(min(b, c.end) - max(a, c.start), ti) for ti, c in enumerate(claims)]
        ov, ti = max(overlaps, default=(0, -1))
        if ov > 0 and (not anchors or ti > anchors[-1][1]):
            got[gi] = ti
            used.add(ti)
            anchors.append((gi, ti))
    # plain entries: aligned with the unused tool claims between neighbouring anchors
    bounds = [(-1, -1), *anchors, (len(entries), len(claims))]
    for (g0, t0), (g1, t1) in pairwise(bounds):
        gis = [gi for gi in range(g0 + 1, g1) if spans[gi] is None]
        tis = [ti for ti in range(t0 + 1, t1) if ti not in used]
        if not gis:
            continue
        tool_chains = [_names(claims[ti], reg) for ti in tis]
        for gi, local in zip(gis, _align([chains[gi] for gi in gis], tool_chains), strict=True):
            if local is not None:
                got[gi] = tis[local]
                used.add(tis[local])
    pairs = [(claims[ti] if ti is not None else None, chains[gi]) for gi, ti in enumerate(got)]
    return pairs, len(claims) - len(used)


KINDS = (
    "no tool claim",
    "source missed (told in the article's voice)",
    "source where the article speaks",
    "another source",
    "the source named otherwise",
    "same source, another relay chain",
)
_SMALL = frozenset(["the", "of", "and", "for", "in", "on", "at", "to", "a", "an"])


def _named_otherwise(want: str, have: str) -> bool:
    """Two names that may be one source: a word in common, or one the other's initials
    ("ICC", "International Cricket Council")."""
    w = [x for x in want.casefold().replace("-", " ").split() if x not in _SMALL]
    h = [x for x in have.casefold().replace("-", " ").split() if x not in _SMALL]
    if set(w) & set(h):
        return True
    initials = ("".join(x[0] for x in w), "".join(x[0] for x in h))
    return have.casefold() == initials[0] or want.casefold() == initials[1]


def failure_kind(want: list[str], have: list[str] | None) -> str:
    """What kind of failure a claim's chain is (``KINDS``): ``have`` is None without a claim."""
    if have is None:
        return KINDS[0]
    if not have:
        return KINDS[1]
    if not want:
        return KINDS[2]
    if want[-1] == have[-1]:
        return KINDS[5]
    return KINDS[4] if _named_otherwise(want[-1], have[-1]) else KINDS[3]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--quiet", action="store_true", help="headline lines only (blind sets)")
    args = ap.parse_args(argv)
    kinds: Counter[str] = Counter()
    reg = SourceRegistry()
    total = origin_ok = exact_ok = junk = 0
    texts_off = extra_total = missing_total = 0
    failures: list[str] = []
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if "seed" in rec:
            text = (ROOT / "seeds" / rec["seed"]).read_text(encoding="utf-8")
        else:
            text = rec["text"]
        sentences = segment(text)
        claims, _ = attribute(
            RawArticle(path=rec["id"], text=text, title=rec.get("title")), sentences
        )
        flagged = [s for s in sentences if s.heading or s.boilerplate]
        junk += sum(1 for c in claims for s in flagged if c.start < s.end and s.start < c.end)
        pairs: list[tuple[str, ClaimDraft | None, list[str]]] = []
        if "seed" in rec:
            for item in rec["claims"]:
                found = next((c for c in claims if item["contains"] in c.text), None)
                pairs.append((item["contains"], found, item["chain"]))
        else:
            expected = rec["chains"]
            aligned, extra = _anchored_pairs(text, expected, claims, reg)
            missing = sum(1 for got, _ in aligned if got is None)
            for got, chain in aligned:
                pairs.append((got.text if got else "<no tool claim>", got, chain))
            if len(claims) != len(expected) or extra or missing:
                texts_off += 1
                extra_total += extra
                missing_total += missing
                failures.append(
                    f"{rec['id']}: {len(claims)} claims, expected {len(expected)} "
                    f"({extra} unpaired, {missing} gold without a claim): {text[:70]!r}"
                )
        for label, got, chain in pairs:
            total += 1
            names = _names(got, reg)
            want = _fold(chain)
            have = _fold(names)
            origin = (want[-1] if want else None) == (have[-1] if have else None)
            origin_ok += origin
            exact_ok += want == have
            if want != have:
                kinds[failure_kind(want, have if got is not None else None)] += 1
                failures.append(f"{rec['id']}: want {chain} got {names}: {label[:90]!r}")
    print(f"claims checked:   {total}")
    print(f"source accuracy:  {origin_ok / total:.3f}  (origin right)")
    print(f"exact-chain rate: {exact_ok / total:.3f}")
    print(f"junk claims:      {junk}  (from headings or boilerplate)")
    print(
        f"claim count mismatches: {texts_off} texts, {extra_total} tool claims unpaired, "
        f"{missing_total} gold claims without a tool claim"
    )
    print("failures by kind: " + "; ".join(f"{k} {kinds[k]}" for k in KINDS))
    if not args.quiet:
        print(f"failures ({len(failures)}):")
        for f in failures:
            print("  " + f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
