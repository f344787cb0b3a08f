"""Entity mentions: places, people and organisations in claim text."""

from __future__ import annotations

import re

from claimtrack.normalise.translit import name_key
from claimtrack.records import ClaimDraft, Mention

_CAP = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def extract_mentions(text: str, claims: list[ClaimDraft]) -> list[Mention]:
    out: list[Mention] = []
    for i, c in enumerate(claims):
        for m in _CAP.finditer(c.text):
            out.append(
                Mention(
                    start=c.start + m.start(),
                    end=c.start + m.end(),
                    surface=m.group(),
                    key=name_key(m.group()),
                    claim_index=i,
                )
            )
    return out
