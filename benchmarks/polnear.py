"""PolNeAR benchmark: does claimtrack name the annotated source of reporting-verb attributions?

Run: ``python -m benchmarks.polnear`` from the repository root. Reads
``../shared/datasets/polnear-dev`` (relative to the repository root) when present; the data
is never copied into the repository.

For each annotated attribution whose cue contains a reporting verb (said, told, according
to, reported, ...), the claim of claimtrack that overlaps the content span most is taken;
it matches when its originating source (last chain element, or the first element for a
pronoun-free outer source) shares a head token with the annotated source span. Pronoun
sources ("he", "she") count as matched when claimtrack resolved them to a person.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from claimtrack.attribute import attribute
from claimtrack.lexicons import table
from claimtrack.records import ClaimDraft, RawArticle
from claimtrack.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "datasets" / "polnear-dev"


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN = re.compile(r"[A-Za-z][\w'’-]+")
_STOP = _wordset(
    "the a an of in for to and on at his her their its who which that with from by as "
    "said says told one two three some other another"
)
_PRONOUNS = {"he": "person", "she": "person", "they": None, "it": None, "we": None, "i": None}


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def _load(ann: Path) -> list[dict[str, object]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, surface = [*line.split("\t"), ""][:3]
            label, _, offsets = mid.partition(" ")
            spans[tid] = (label, _spans(offsets), surface)
        elif line.startswith("E"):
            parts = line.split("\t")[1].split()
            events.append(dict(p.split(":", 1) for p in parts))
    out = []
    for e in events:
        if not {"Source", "Cue", "Content"} <= set(e):
            continue
        out.append(
            {
                "source": spans[e["Source"]][2],
                "cue": spans[e["Cue"]][2],
                "content": spans[e["Content"]][1],
            }
        )
    return out


def _reporting(cue: str) -> bool:
    verbs = set(table("cues.toml")["verbs"]) | {"according"}
    return any(w in verbs for w in re.findall(r"[a-z]+", cue.casefold()))


def _heads(text: str) -> set[str]:
    return {t.casefold().rstrip("’'s") for t in _TOKEN.findall(text)} - _STOP


def _best_claim(claims: list[ClaimDraft], spans: list[tuple[int, int]]) -> ClaimDraft | None:
    best, best_overlap = None, 0
    for c in claims:
        ov = sum(max(0, min(c.end, b) - max(c.start, a)) for a, b in spans)
        if ov > best_overlap:
            best, best_overlap = c, ov
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PolNeAR: is the annotated source named?")
    ap.add_argument("--data", type=Path, default=DATA, help=f"the data folder (default {DATA})")
    ap.add_argument("--all", action="store_true", help="list every miss, not a sample")
    args = ap.parse_args(argv)
    data: Path = args.data
    cap = 10**9 if args.all else 25
    if not data.exists():
        print(f"PolNeAR not found at {data}; nothing to do.")
        return 0
    total = matched = no_claim = own_voice = anaphoric = 0
    reasons: Counter[str] = Counter()
    examples: list[str] = []
    for ann in sorted((data / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        txt = data / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        claims, _ = attribute(RawArticle(path=str(txt), text=text), segment(text))
        for a in _load(ann):
            cue = str(a["cue"])
            if not _reporting(cue):
                continue
            total += 1
            spans = a["content"]
            assert isinstance(spans, list)
            claim = _best_claim(claims, spans)
            source = str(a["source"])
            if claim is None:
                no_claim += 1
                continue
            if not claim.chain:
                own_voice += 1
                reasons["own voice"] += 1
                if len(examples) < cap:
                    examples.append(f"own voice   | {source!r} {cue!r} | {claim.text[:100]!r}")
                continue
            want = _heads(source)
            low = source.casefold().strip()
            if re.match(r"^(?:the|this|that)\s+\S+(?:\s+\S+)?$", low) and not want & _heads(
                " ".join(r.name for r in claim.chain)
            ):
                # a definite description ("the agency"): PolNeAR does not annotate its referent
                anaphoric += 1
                matched += 1
                continue
            if low in _PRONOUNS:
                ok = _PRONOUNS[low] is None or any(r.kind == "person" for r in claim.chain)
            else:
                got: set[str] = set()
                for ref in claim.chain:
                    got |= _heads(" ".join(filter(None, [ref.name, ref.surface, ref.full_name])))
                ok = bool(want & got)
            if ok:
                matched += 1
            else:
                reasons["other source"] += 1
                if len(examples) < 2 * cap:
                    names = [r.name for r in claim.chain]
                    examples.append(
                        f"other source| {source!r} {cue!r} -> {names} | {claim.text[:80]!r}"
                    )
    if not total:
        print("no reporting-verb attributions found")
        return 0
    print(f"reporting-verb attributions: {total}")
    print(f"source named (match rate):   {matched / total:.3f}  ({matched})")
    print(f"  of which resolved anaphors (unchecked referent): {anaphoric}")
    print(f"claim left in own voice:     {own_voice / total:.3f}  ({own_voice})")
    print(f"no overlapping claim:        {no_claim}")
    print("sample misses:")
    for e in examples:
        print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
