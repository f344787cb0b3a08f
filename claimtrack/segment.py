"""Stage 2 (segment): article text -> sentences with exact character spans.

Needs: the article text. Adds: ``Sentence`` records (start, end, paragraph, heading and
boilerplate flags).

Rules:

* A line break starts a new paragraph, unless the next line clearly continues the sentence
  (the line before has no final punctuation and the next line starts in lower case).
* A full stop ends a sentence when white space and a capital (or digit, or opening quote)
  follow, unless the word before it is an abbreviation (``lexicons/abbreviations.txt``) or
  an initial ("J. Smith"). A question or exclamation mark closing a quote does not end the
  sentence when its named speaker and a reporting verb follow ('"Why?" Ana Ruiz said.').
* A leading metadata token (" date 2024-12-02 ") becomes a heading sentence of its own.
* A wire dateline at the start of the article ("MOSCOW, March 5. /TASS/.", "KYIV (Reuters) -",
  "MOSCOW, 12 Nov — RIA Novosti.", "Lima, Oct 5 (EFE).-", "NEW DELHI, Nov 3 (PTI)",
  "(Bloomberg) --") becomes a heading sentence of its own; ``dateline_wire``
  names the wire (the publisher, for the attribute stage).
* A paragraph that is one short line without final punctuation is a heading, and so is a
  paragraph that is one short question ("What happens next?": an explainer's subhead).
* A correction or editor's note paragraph ("Correction, June 4: An earlier version ...") is
  boilerplate as a whole.
* Page furniture ("Bonus video:", "Read more", bylines) is flagged ``boilerplate``
  (``lexicons/boilerplate.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.lexicons import lines, table
from claimtrack.records import Sentence

_LINE = re.compile(r"[^\n]+")
_CANDIDATE = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+(?:''|[\"'“‘«(\[])?[A-Z0-9\u00c0-\u024f\u0400-\u042f])"
    r"|[.!?…]+[\"'”’»)\]]*(?=\s*$)"
)
_WORD_BEFORE = re.compile(r"(\S+?)[.!?…]+[\"'”’»)\]]*$")
_METADATA = re.compile(
    r"^\s*(?:date|published|updated|posted|time)\s*:?\s*"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s)",
    re.I,
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}(?:,\s*[A-Z][\w'’. -]{1,30}?)?"
    r"(?:,\s*[\w. ]{1,20}?\s*[./]*\s*/(?P<w1>[A-Z][\w -]{1,20})/\.?"  # MOSCOW, March 5. /TASS/.
    r"|\s*\((?P<w2>[A-Z][\w -]{1,20})\)\s*[-—–]+"  # KYIV (Reuters) -
    r"|,\s*[\w ]{1,15}?\s*[—–-]+\s*(?P<w3>[A-Z][\w -]{1,25}?)\.)"  # MOSCOW, 12 Nov — RIA.
    # AFP writes the town in title case: "Paris (AFP) -" (a short upper-case wire only)
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*\((?P<w4>[A-Z]{2,8})\)\s*[-—–]+"
    # a town and a date, then the wire: "Lima, Oct 5 (EFE).-", "NEW DELHI, Nov 3 (PTI)"
    r"|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
    r"\((?P<w5>[A-Z][\w -]{1,20})\)(?:\s*\.?\s*[-—–]+|(?=\s+[A-Z\"“]|\s*$)))"
    r"(?=\s|$)"
    # the wire alone, opening the text: "(Bloomberg) --"
    r"|^\s*\((?P<w6>[A-Z][\w -]{1,20})\)\s*[-—–]+(?=\s+[A-Z\"“]|\s*$)"
)
_DATELINE_PARAGRAPHS = 4  # only the first paragraphs of an article carry a dateline
_QUESTION_SUBHEAD = re.compile(
    r"^(?:What|Why|How|Who|When|Where|Which|Is|Are|Can|Could|Will|Would|Should|Does|Do|Did|Has|"
    r"Have)\b[^\"“”.!]{0,100}\?$"
)
_NOTICE = re.compile(r"^(?:correction|clarification|editor['’]s note)\b[^:.]{0,40}:", re.I)
_QUOTE_AFTER = re.compile(r"\s+[\"“]")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]")
_FINAL_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc"})
# final punctuation; a closing straight single quote only after a stop (British style:
# "..., 'No ship will sail tonight.'"), since "Workers'" ends a heading with an apostrophe
_FINAL = (".", "!", "?", "…", '"', "”", "’", "»", ":", ";", ")", ".'", "!'", "?'")
_HEADING_MAX = 160


# a quoted question or exclamation closes its quote, not its sentence, when its speaker and
# a reporting verb follow: '"Where were the pumps?" Vance said.' (as '... she said.' does)
_ASKED_QUOTE = re.compile(r"[?!]+[\"'”’]+$")


@lru_cache(maxsize=1)
def _speaker_tail() -> re.Pattern[str]:
    verbs = [v for v in table("cues.toml")["verbs"] if " " not in v]
    return re.compile(
        r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:"
        + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
        + r")[.,]"
    )


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lines("boilerplate.txt")), re.I)


def dateline_wire(sentence: str) -> str | None:
    """The wire a dateline names ("KYIV (Reuters) -" -> "Reuters"), if ``sentence`` is one."""
    m = _DATELINE.match(sentence)
    if m is None:
        return None
    wire = next((m.group(g) for g in ("w1", "w2", "w3", "w4", "w5", "w6") if m.group(g)), "")
    return wire.strip() or None


def is_boilerplate(sentence: str) -> bool:
    return _boilerplate().match(sentence) is not None


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; every span satisfies ``text[start:end] == s.text``."""
    out: list[Sentence] = []
    paragraph = -1
    para_start = -1
    para_end = -1
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        start, end = m.start(), m.end()
        if para_start >= 0 and _continues(text[para_start:para_end], line):
            para_end = end
            continue
        if para_start >= 0:
            paragraph = _emit(out, text, para_start, para_end, paragraph)
        para_start, para_end = start, end
    if para_start >= 0:
        _emit(out, text, para_start, para_end, paragraph)
    return out


def _continues(previous: str, line: str) -> bool:
    """Does ``line`` continue the sentence that ``previous`` leaves open?"""
    tail = previous.rstrip()
    head = line.lstrip()
    if tail.endswith((',"', ",”", ",’", ",'")):
        return True  # '"We were ready,"' + newline + 'Berg said.'
    return bool(tail) and not tail.endswith(_FINAL) and head[:1].islower()


def _name_before(text: str, cursor: int, word: re.Match[str]) -> bool:
    """Initials ("G.K.") start a sentence or follow a capitalised word ("Rep. G.K. Butterfield");
    after a lower-case word they are an acronym that may end one ("... in the E.U. The ...")."""
    before = text[cursor : word.start(1)].split()
    return not before or before[-1][:1].isupper()


# a live blog's time of day: "14:05", "18.37", "6.15pm", "10:42 BST" (shared with the
# attribute stage, which strips it before a subject)
TIME_STAMP = r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4}))\b)?"
# what opens a line of a live blog or a transcript, which is no heading even without a
# final stop: a time ("14:05 Police say the road is closed") or a speaker's label in
# capitals and at least three words ("HOST: So what happened at the port"; not "VERDICT:
# False", nor a headline's "Ukraine war: Russia launches ...")
_LINE_LEAD = re.compile(
    rf"(?:{TIME_STAMP}\s*[-–—:]?\s+\S"
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}:\s+\S+\s+\S+\s+\S)"
)
# the marker of a list item that opens a paragraph: "- ", "• ", "* ", "– "
_BULLET = re.compile(r"[ \t]*[-–—•*▪·‣][ \t]+(?=\S)")


def _emit(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> int:
    """Append the sentences of one paragraph; return the new paragraph index."""
    paragraph += 1
    first = len(out)
    bullet = _BULLET.match(text, start, end)
    if bullet is not None:
        start = bullet.end()  # "- The ministry says ...": the item, not its marker
    meta = _METADATA.match(text, start, end)
    if meta is None and paragraph < _DATELINE_PARAGRAPHS:
        meta = _DATELINE.match(text, start, end)
    if meta:
        _add(out, text, start, meta.end(), paragraph, heading=True)
        start = meta.end()
    abbreviations = _abbreviations()
    cursor = start
    for m in _CANDIDATE.finditer(text, start, end):
        if _ASKED_QUOTE.search(m.group()) and _speaker_tail().match(text, m.end(), end):
            continue
        # the word that ends at the stop, matched from its own start (no search from the cursor)
        last = text[cursor : m.end()].rsplit(None, 1)[-1]
        word = _WORD_BEFORE.match(text, m.end() - len(last), m.end())
        if word is not None and m.end() < end:
            token = word.group(1).lstrip("\"'“‘«([")
            short = (
                token in abbreviations
                or (len(token) == 1 and token.isupper())
                or (_INITIALS.fullmatch(token) is not None and _name_before(text, cursor, word))
            )
            # "by 9 a.m. “This pipe ...": the quote starts a sentence
            if short and not (token in _FINAL_ABBREVIATIONS and _QUOTE_AFTER.match(text, m.end())):
                continue
        _add(out, text, cursor, m.end(), paragraph)
        cursor = m.end()
    _add(out, text, cursor, end, paragraph)
    body = [s for s in out[first:] if not (s.heading and meta and s.start < meta.end())]
    if (
        len(body) == 1
        and bullet is None  # "- The port will close on Monday": a list's item, no heading
        and not _LINE_LEAD.match(body[0].text)
        and (_looks_like_heading(body[0].text) or _QUESTION_SUBHEAD.match(body[0].text))
    ):
        body[0].heading = True
    if body and _NOTICE.match(body[0].text):
        for sent in body:
            sent.boilerplate = True
    return paragraph


def _looks_like_heading(sentence: str) -> bool:
    return len(sentence) <= _HEADING_MAX and not sentence.endswith(_FINAL)


def _add(
    out: list[Sentence], text: str, start: int, end: int, paragraph: int, heading: bool = False
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    s = text[start:end]
    out.append(
        Sentence(
            start=start,
            end=end,
            text=s,
            paragraph=paragraph,
            heading=heading,
            boilerplate=not heading and is_boilerplate(s),
        )
    )
