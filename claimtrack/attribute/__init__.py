"""Stage 3 (attribute): sentences -> claims, each with its chain of sources.

Needs: the article and its sentences. Adds: ``ClaimDraft`` records and the article-level
relay outlet, if the article relays one.
"""

from __future__ import annotations

import re

from claimtrack.records import ClaimDraft, RawArticle, Sentence, SourceRef

_SAID = re.compile(
    r"^(?P<src>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s+"
    r"(?P<cue>said|says|reported|reports|claimed|claims|noted|notes)\b"
)
_ACCORDING = re.compile(r"\baccording to (?P<src>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)")


def attribute(
    article: RawArticle, sentences: list[Sentence]
) -> tuple[list[ClaimDraft], SourceRef | None]:
    claims: list[ClaimDraft] = []
    for s in sentences:
        if s.heading or s.boilerplate:
            continue
        chain: list[SourceRef] = []
        cue: str | None = None
        m = _SAID.match(s.text) or _ACCORDING.search(s.text)
        if m:
            name = re.sub(r"^the\s+", "", m.group("src"), flags=re.I)
            chain = [SourceRef(name=name, kind="organisation", surface=m.group("src"))]
            cue = m.groupdict().get("cue") or "according to"
        claims.append(
            ClaimDraft(start=s.start, end=s.end, text=s.text, cue=cue, chain=chain)
        )
    return claims, None
