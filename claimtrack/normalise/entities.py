"""Entity mentions: places, people and organisations in claim text.

Needs: the article text and its claims. Adds: ``Mention``s whose ``key`` is the entity
key, so that every spelling of one entity in any article meets under one key.

How a mention is found (the whole article is read once, then mentions are handed to
the claims that contain them):

1. The text is cut into word tokens. Capitalised words, acronyms and particle names
   ("al-Sham", "ez-Zor") are name tokens; a few lower-case particles ("of", "al", "bin")
   may join name tokens; anything else, and any punctuation, ends a run of names.
2. Each run is segmented: the longest gazetteer entry first; stop capitals
   ("The", "However", "December") and demonyms ("Russian") are skipped; a title or rank
   ("General", "Foreign Minister") marks the name after it as a person and is not part
   of it; what remains is a mention whose kind comes from ``entity_kind``.
3. Keys: the gazetteer's canonical key; an acronym the article introduces
   ("Hayat Tahrir al-Sham (HTS)") takes its expansion's key; a bare surname takes the key
   of the person the article named in full ("Kisel" -> "Sergey Kisel").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimtrack.normalise.gazetteer import (
    Entry,
    acronym_form,
    gazetteer,
    guess_kind,
    is_demonym,
    lookup,
    lookup_surname,
    pair_split,
    ranks,
    stop_capitals,
)
from claimtrack.normalise.gazetteer import query_keys as query_keys
from claimtrack.normalise.translit import fold, is_first_name, name_key, similar_token
from claimtrack.records import ClaimDraft, Mention

# lower-case words that may sit inside a name: "Institute for the Study of War",
# "Mohammed bin Salman", "Ursula von der Leyen", "Bashar al Assad"
CONNECTORS = frozenset(
    {"of", "for", "the", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den",
     "bin", "ibn", "bint", "al", "el", "la", "le"}
)  # fmt: skip
_ORG_CONNECTORS = frozenset({"of", "for", "the"})
# lower-case prefixes of hyphenated name tokens: "al-Sham", "ez-Zor", "bin-Salman"
PARTICLES = frozenset(
    {"al", "el", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "ez", "es", "ed",
     "ul", "ur", "bin", "ibn", "abu", "abd", "bint"}
)  # fmt: skip
_APOSTROPHES = "'’ʼ"
_OPENERS = " \t\"“”‘'«(["
_SENTENCE_ENDS = ".!?:;…\n\r"
# a bare surname may take a full name's key with one edit, within one article
SURNAME_MIN_LEN = 6

_HYPHENS = "-‐‑"
# lower-case inner parts of a hyphenated name: "Rostov-on-Don", "Hay'at Tahrir al-Sham"
_INNER = CONNECTORS | PARTICLES | {"on", "upon", "am", "en", "sur", "sous", "les"}
# letters that may start a capitalised word (verified with str.isupper)
_UPPER = "A-Z\u00c0-\u00de\u0100-\u024f\u0370-\u03ff\u0400-\u042f"
_TAIL = "[\\w'’ʼ]*(?:[-‐‑][\\w'’ʼ]+)*"
# Only the words that can belong to a name are matched; the regular expression skips
# everything else in C, and any other word between two matches ends a run.
_CANDIDATE = re.compile(
    "(?<![\\w'’ʼ‐‑-])(?:"
    "(?:[A-Z]\\.){2,}"  # U.S., U.K.
    f"|[{_UPPER}]{_TAIL}"  # capitalised words, hyphenated names, possessives
    "(?:\\.(?:net|com|org|info|ua|ru|NET|COM|ORG|UA|RU)\\b)?"  # Censor.NET
    f"|(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})[-‐‑]{_TAIL}"  # al-Sham
    f"|(?:{'|'.join(sorted(CONNECTORS, key=len, reverse=True))})(?![\\w'’ʼ‐‑-])"  # of, bin
    ")"
)
_ACRONYM_INTRO = re.compile(
    r"\(\s*(?:(?:also\s+|better\s+|commonly\s+)?known\s+as\s+|aka\s+|or\s+|the\s+)?"
    r"((?:[A-Z]\.){2,}|[A-Z][A-Za-z]{1,5})\s*\)"
)

_NAME, _CONN = 1, 2


@dataclass(slots=True)
class _Tok:
    start: int
    end: int  # possessive "'s" excluded
    text: str
    kind: int  # _NAME or _CONN
    initial: bool  # first word of a sentence
    acronym: bool
    lower: str  # text.lower()


@dataclass
class _Found:
    start: int
    end: int
    surface: str
    key: str
    kind: str
    entry: Entry | None = None
    acronym: bool = False


# --------------------------------------------------------------------------- public


def entity_kind(surface: str) -> str:
    """place, person, organisation or unknown: the gazetteer, then name-shape heuristics."""
    return guess_kind(surface)


def entity_key(surface: str) -> str:
    """The entity key of a name: its gazetteer entry's key, else its ``name_key``."""
    entry = lookup(surface)
    return entry.key if entry is not None else name_key(surface)


def acronym_links(text: str) -> dict[str, str]:
    """Acronyms the text introduces, mapped to the canonical name of their expansion.

    "Hayat Tahrir al-Sham (HTS)" gives ``{"HTS": "Hayat Tahrir al-Sham"}``; so does
    "HTS (Hayat Tahrir al-Sham)". ``entity_key(value)`` is the key the article's
    mentions of the acronym carry, so a store can record the acronym as a spelling of
    that entity for every article.
    """
    return {
        acr: found.surface if found.entry is None else found.entry.name
        for acr, found in _acronym_expansions(text, _scan(text)).items()
    }


def extract_mentions(text: str, claims: list[ClaimDraft]) -> list[Mention]:
    """Mentions of places, people and organisations inside each claim.

    Offsets are absolute in ``text``; a mention inside two overlapping claims is
    returned once for each. Never raises on odd input.
    """
    if not claims or not text:
        return []
    found = _resolve(text, _scan(text))
    starts = [f.start for f in found]
    out: list[Mention] = []
    for index, claim in enumerate(claims):
        lo = max(0, min(claim.start, len(text)))
        hi = max(lo, min(claim.end, len(text)))
        for f in found[bisect.bisect_left(starts, lo) :]:
            if f.start >= hi:
                break
            if f.end <= hi:
                out.append(
                    Mention(
                        start=f.start,
                        end=f.end,
                        surface=f.surface,
                        key=f.key,
                        kind=f.kind,
                        claim_index=index,
                    )
                )
    return out


# --------------------------------------------------------------------------- tokens


def _sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in _OPENERS:
        k -= 1
    return k < 0 or text[k] in _SENTENCE_ENDS


@lru_cache(maxsize=16384)
def _classify(word: str) -> tuple[int, bool] | None:
    """(_NAME or _CONN, is an acronym) for a word, None when it ends a run."""
    if any(c.isdigit() for c in word):
        return None
    parts = re.split(f"[{_HYPHENS}]", word)
    first = parts[0]
    if first[:1].isupper():
        for part in parts[1:]:
            if part[:1].islower() and part.lower() not in _INNER:
                return None  # "Russian-backed", "Second-largest"
        return _NAME, acronym_form(word) is not None
    if len(parts) > 1 and first in PARTICLES and any(p[:1].isupper() for p in parts[1:]):
        return _NAME, False  # "al-Sham", "ez-Zor"
    if word in CONNECTORS:
        return _CONN, False
    return None


def _runs(text: str) -> list[list[_Tok]]:
    """Runs of name tokens joined by single spaces and connectors."""
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    prev_end = -1
    prev_possessive = False

    def close() -> None:
        while run and run[-1].kind == _CONN:
            run.pop()
        if run:
            runs.append(run.copy())
        run.clear()

    for m in _CANDIDATE.finditer(text):
        start, m_end = m.span()
        info = _word_info(m.group())
        if info is None:
            close()
            continue
        word, cut, possessive, cls, lower = info
        # a gap of more than three characters, or of anything but blanks, ends a run
        if prev_possessive or (
            0 <= prev_end < start and (start - prev_end > 3 or text[prev_end:start].strip(" \t"))
        ):
            close()
        if cls is None:
            close()
        elif (cut_at := pair_split(word)) is not None:
            # "US-China talks", "the Russia-Ukraine war": two names, two mentions
            close()
            run.append(
                _Tok(start, start + cut_at, word[:cut_at], _NAME, False, False, lower[:cut_at])
            )
            close()
            rest = word[cut_at + 1 :]
            run.append(
                _Tok(start + cut_at + 1, m_end - cut, rest, _NAME, False, False, rest.lower())
            )
        else:
            kind, acronym = cls
            if kind == _CONN and not run:
                pass
            elif kind == _CONN and len(run) >= 2 and run[-1].kind == run[-2].kind == _CONN:
                close()
            else:
                initial = kind == _NAME and _sentence_initial(text, start)
                run.append(_Tok(start, m_end - cut, word, kind, initial, acronym, lower))
        prev_end, prev_possessive = m_end, possessive
    close()
    return runs


@lru_cache(maxsize=65536)
def _word_info(
    word: str,
) -> tuple[str, int, bool, tuple[int, bool] | None, str] | None:
    """A candidate word without its possessive: (word, characters cut, possessive,
    ``_classify(word)``, lower case); None when nothing is left."""
    n = len(word)
    possessive = False
    if len(word) > 2 and word[-2] in _APOSTROPHES and word[-1] in "sS":
        word, possessive = word[:-2], True
    while word and word[-1] in _APOSTROPHES:
        word, possessive = word[:-1], True
    if not word:
        return None
    return word, n - len(word), possessive, _classify(word), word.lower()


# --------------------------------------------------------------------------- segmenting


@dataclass
class _Context:
    text: str
    lower_words: frozenset[str]  # words the article writes in lower case
    later_capitals: frozenset[str]  # capitalised words seen not at a sentence start


def _gazetteer_match(ctx: _Context, run: list[_Tok], i: int) -> tuple[int, Entry] | None:
    """The longest gazetteer entry starting at run[i]: (end index, entry)."""
    tok = run[i]
    if tok.kind != _NAME:
        return None
    g = gazetteer()
    first = name_key(tok.text).split()
    last = min(len(run), i + g.max_words)
    if first and first[0] in g.first_words:
        for j in range(last, i + 1, -1):
            if run[j - 1].kind != _NAME:
                continue
            entry = g.by_key.get(name_key(ctx.text[tok.start : run[j - 1].end]))
            if entry is not None:
                return j, entry
    entry = lookup(tok.text)
    return (i + 1, entry) if entry is not None else None


def _is_stop(tok: _Tok) -> bool:
    return tok.kind == _NAME and not tok.acronym and tok.lower in stop_capitals()


def _is_rank(tok: _Tok) -> bool:
    return tok.kind == _NAME and not tok.acronym and _rank_word(tok.lower)


@lru_cache(maxsize=8192)
def _rank_word(lower: str) -> bool:
    parts = re.split(f"[{_HYPHENS}]", lower.rstrip("."))
    return all(p in ranks() for p in parts)


def _is_org_word(tok: _Tok) -> bool:
    return tok.lower in gazetteer().organisation_words


def _is_title(run: list[_Tok], i: int) -> bool:
    """A rank word used as a title: "General Sergey Kisel", not "Defense Ministry"."""
    if not _is_rank(run[i]):
        return False
    if i > 0 and run[i - 1].kind == _CONN:
        return False
    if i + 1 >= len(run):
        return False
    nxt = run[i + 1]
    return nxt.kind == _NAME and not _is_org_word(nxt)


def _is_demonym(tok: _Tok) -> bool:
    return tok.kind == _NAME and not tok.acronym and is_demonym(tok.text)


def _collect(ctx: _Context, run: list[_Tok], i: int, person: bool = False) -> int:
    """End index of the plain name starting at run[i].

    A person's name takes particles ("bin", "von der") but not "of": "Jean-Pierre Filiu
    of Sciences Po" is a man and an institution.
    """
    if run[i].acronym:
        return i + 1
    person = person or is_first_name(re.split(f"[{_HYPHENS}]", run[i].text)[0])
    j = i + 1
    while j < len(run):
        tok = run[j]
        if tok.kind == _CONN and person and tok.lower in _ORG_CONNECTORS:
            break
        if tok.kind == _NAME:
            if tok.acronym or _is_stop(tok) or _is_title(run, j) or _is_demonym(tok):
                break
            if run[j - 1].kind != _CONN and _gazetteer_match(ctx, run, j) is not None:
                break
        j += 1
    while j > i + 1 and run[j - 1].kind == _CONN:
        j -= 1
    return j


def _found(ctx: _Context, run: list[_Tok], i: int, j: int, kind: str | None) -> _Found:
    start, end = run[i].start, run[j - 1].end
    surface = ctx.text[start:end]
    acronym = j == i + 1 and run[i].acronym
    return _Found(
        start=start,
        end=end,
        surface=surface,
        key=name_key(surface),
        kind=kind or entity_kind(surface),
        acronym=acronym,
    )


def _keep_initial(ctx: _Context, tok: _Tok) -> bool:
    """Whether a lone capitalised word opening a sentence is a name, not a common word."""
    low = tok.lower
    if low in ctx.lower_words or low.endswith("ly"):
        return False
    return tok.acronym or is_first_name(tok.text) or low in ctx.later_capitals


def _segment(ctx: _Context, run: list[_Tok]) -> list[_Found]:
    out: list[_Found] = []
    person_next = False
    i = 0
    while i < len(run):
        tok = run[i]
        if tok.kind == _CONN:
            i += 1
            continue
        if tok.lower == "the":
            i += 1  # "The Kremlin" is the Kremlin; "The Hague" is keyed without "The"
            continue
        match = _gazetteer_match(ctx, run, i)
        if match is not None:
            j, entry = match
            f = _found(ctx, run, i, j, entry.kind)
            f.key, f.entry = entry.key, entry
            f.acronym = j == i + 1 and tok.acronym
            out.append(f)
            person_next = False
            i = j
            continue
        if _is_stop(tok):
            i += 1
            continue
        if _is_title(run, i):
            person_next = True
            i += 1
            continue
        if _is_rank(tok) and (i + 1 >= len(run) or not _is_org_word(run[i + 1])):
            i += 1  # a rank with no name after it: "the Colonel"
            continue
        if _is_demonym(tok):
            j = _collect(ctx, run, i + 1) if i + 1 < len(run) else i + 1
            if (
                j > i + 1
                and run[i + 1].kind == _NAME
                and _gazetteer_match(ctx, run, i + 1) is None
                and _is_org_word(run[j - 1])
            ):
                out.append(_found(ctx, run, i, j, "organisation"))  # "Syrian Army"
                i = j
            else:
                i += 1
            person_next = False
            continue
        j = _collect(ctx, run, i, person_next)
        if j == i + 1 and tok.initial and not person_next and not _keep_initial(ctx, tok):
            i = j
            continue
        out.append(_found(ctx, run, i, j, "person" if person_next else None))
        out.extend(_inner_places(ctx, run, i, j))
        person_next = False
        i = j
    return out


def _inner_places(ctx: _Context, run: list[_Tok], i: int, j: int) -> list[_Found]:
    """Known places inside a longer name: "Ukraine" in "Ministry of Defense of Ukraine"."""
    out: list[_Found] = []
    for k in range(i + 1, j):
        if run[k].kind == _NAME and run[k - 1].lower == "of":
            match = _gazetteer_match(ctx, run, k)
            if match is not None and match[0] <= j and match[1].kind == "place":
                f = _found(ctx, run, k, match[0], "place")
                f.key, f.entry = match[1].key, match[1]
                out.append(f)
    return out


# --------------------------------------------------------------------------- resolving


def _scan(text: str) -> list[_Found]:
    try:
        runs = _runs(text)
    except (ValueError, IndexError):  # pragma: no cover - defensive: never fail ingest
        return []
    lower_words = frozenset(re.findall(r"(?<![\w'’ʼ])[a-z]+(?![\w])", text))
    later = frozenset(t.lower for run in runs for t in run if t.kind == _NAME and not t.initial)
    ctx = _Context(text=text, lower_words=lower_words, later_capitals=later)
    found: list[_Found] = []
    for run in runs:
        found.extend(_segment(ctx, run))
    found = [f for f in found if f.key]
    found.sort(key=lambda f: (f.start, -f.end))
    return found


def _acronym_expansions(text: str, found: list[_Found]) -> dict[str, _Found]:
    """Acronym -> the mention it abbreviates, from "Name (ACR)" and "ACR (Name)"."""
    by_end = {f.end: f for f in found if not f.acronym}
    by_start = {f.start: f for f in found}
    links: dict[str, _Found] = {}
    for m in _ACRONYM_INTRO.finditer(text):
        acronym = acronym_form(m.group(1))
        if acronym is None:
            continue
        before = text[: m.start()].rstrip()
        expansion = by_end.get(len(before))
        if expansion is not None and len(expansion.surface.split()) >= 2:
            links.setdefault(acronym, expansion)
    for f in found:
        if not f.acronym:
            continue
        rest = text[f.end : f.end + 3]
        stripped = rest.lstrip()
        if not stripped.startswith("("):
            continue
        inner_start = f.end + (len(rest) - len(stripped)) + 1
        while inner_start < len(text) and text[inner_start].isspace():
            inner_start += 1
        inner = by_start.get(inner_start)
        if inner is None or inner.acronym or len(inner.surface.split()) < 2:
            continue
        after = text[inner.end : inner.end + 2].lstrip()
        acronym = acronym_form(f.surface)
        if acronym is not None and after.startswith(")"):
            links.setdefault(acronym, inner)
    return links


def _resolve(text: str, found: list[_Found]) -> list[_Found]:
    """Give acronyms their expansions' keys and bare surnames their people's keys."""
    for acronym, expansion in _acronym_expansions(text, found).items():
        for f in found:
            if f.acronym and acronym_form(f.surface) == acronym:
                f.key, f.kind = expansion.key, expansion.kind
                if expansion.kind == "unknown":
                    f.kind = "organisation"
    people = [f for f in found if f.kind == "person" and len(f.key.split()) >= 2]
    for f in found:
        if f.acronym or len(f.key.split()) != 1 or f.kind not in ("person", "unknown"):
            continue
        if f.entry is not None:
            continue
        person = _person_for(f, people)
        if person is not None:
            f.key, f.kind = person.key, "person"
            continue
        known = lookup_surname(f.surface)
        if known is not None:
            f.key, f.kind = known.key, known.kind
    return found


def _person_for(bare: _Found, people: list[_Found]) -> _Found | None:
    """The person of the article whose surname ``bare`` is; the nearest before it wins."""
    candidates = [p for p in people if _same_surname(bare.key, p.key.split()[-1])]
    if not candidates:
        return None
    before = [p for p in candidates if p.start < bare.start]
    return before[-1] if before else candidates[0]


@lru_cache(maxsize=8192)
def _same_surname(a: str, b: str) -> bool:
    """Surname equality within one article: keys, or one edit on long names.

    Looser than ``similar_token`` because the article has already named the person in
    full: "Kamal Lababida ... according to Lababidi" is one man.
    """
    if similar_token(a, b):
        return True
    if min(len(a), len(b)) < SURNAME_MIN_LEN or a[:3] != b[:3]:
        return False
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


__all__ = [
    "acronym_links",
    "entity_key",
    "entity_kind",
    "extract_mentions",
    "fold",
    "query_keys",
]
