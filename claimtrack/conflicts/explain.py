"""One-line explanations of a disagreement, naming the differing values and their sources."""

from __future__ import annotations

import re

from claimtrack.records import ClaimFacts

_SPACE = re.compile(r"\s+")


def _name(facts: ClaimFacts) -> str:
    return facts.article_path.replace("\\", "/").rsplit("/", 1)[-1] or facts.article_path


def side(facts: ClaimFacts) -> str:
    """ "article 000_5c892bfd8691eb57.txt, origin: GUR" (origin: article for its own voice)."""
    return f"article {_name(facts)}, origin: {facts.origin or 'article'}"


def explain(
    kind: str,
    a: ClaimFacts,
    b: ClaimFacts,
    values: tuple[str, str],
    relay_distortion: bool = False,
) -> str:
    """``date: 27 Nov (article 000_….txt, origin: article) vs 28 Nov (article 003_…)``."""
    line = f"{kind}: {values[0]} ({side(a)}) vs {values[1]} ({side(b)})"
    if relay_distortion:
        via_a = " > ".join(a.chain[:-1]) or _name(a)
        via_b = " > ".join(b.chain[:-1]) or _name(b)
        if via_a == via_b:
            via_a, via_b = _name(a), _name(b)
        line += f"; relay distortion: both trace back to {a.origin} (via {via_a} vs via {via_b})"
    return _SPACE.sub(" ", line).strip()
