"""Attribution benchmark over ``benchmarks/attribution_gold.jsonl``.

Run: ``python -m benchmarks.eval_attribution [--gold PATH]`` from the repository root.

Each gold line is either
  {"id", "seed": file in seeds/, "claims": [{"contains": fragment, "chain": [names]}]}
    -- the claim whose text contains the fragment must carry the chain; or
  {"id", "text", "title"?, "chains": [[names], ...]}
    -- the claims of the text, in order, must carry these chains.

Names are canonical source names (after ``SourceRegistry.resolve``), compared without case.
Prints source accuracy (origin right), exact-chain rate, junk claims (from headings or
boilerplate) and the failures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

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
    """Compare names without case and across transliterations (Oleksandr = Alexander)."""
    return [name_key(n) for n in chain]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    reg = SourceRegistry()
    total = origin_ok = exact_ok = junk = 0
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
            for i, chain in enumerate(expected):
                got = claims[i] if i < len(claims) else None
                pairs.append((got.text if got else text, got, chain))
            if len(claims) != len(expected):
                failures.append(
                    f"{rec['id']}: {len(claims)} claims, expected {len(expected)}: {text[:90]!r}"
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
                failures.append(f"{rec['id']}: want {chain} got {names}: {label[:90]!r}")
    print(f"claims checked:   {total}")
    print(f"source accuracy:  {origin_ok / total:.3f}  (origin right)")
    print(f"exact-chain rate: {exact_ok / total:.3f}")
    print(f"junk claims:      {junk}  (from headings or boilerplate)")
    print(f"failures ({len(failures)}):")
    for f in failures:
        print("  " + f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
