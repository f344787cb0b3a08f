"""Stage 2 (segment): article text -> sentences with exact character spans.

Needs: the article text. Adds: ``Sentence`` records (start, end, paragraph, heading flags).
"""

from __future__ import annotations

import re

from claimtrack.records import Sentence

_PARA = re.compile(r"\n\s*\n|\n")
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9])")


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; every span satisfies ``text[start:end] == s.text``."""
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    for para in _PARA.split(text):
        idx = text.find(para, pos)
        if idx < 0:
            idx = pos
        pos = idx + len(para)
        if not para.strip():
            continue
        start = idx
        for m in _SENT_END.finditer(para):
            _add(out, text, start, idx + m.start(), paragraph)
            start = idx + m.end()
        _add(out, text, start, idx + len(para), paragraph)
        paragraph += 1
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        s = text[start:end]
        heading = not s.rstrip().endswith((".", "!", "?", '"', "”", ":")) and len(s) < 80
        out.append(Sentence(start=start, end=end, text=s, paragraph=paragraph, heading=heading))
