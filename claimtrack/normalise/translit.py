"""Transliteration-aware folding: spellings of one name fold to one key.

Names reach English news through Arabic, Russian and Ukrainian transliteration, so one
base appears as Khmeimim, Hmeymim and Hmeimim, one colonel-general as Oleksandr and
Alexander Zhuravlev. ``name_key`` folds such spellings to one key with the rules and
variant tables of ``lexicons/translit.toml`` (data, not code); ``same_name`` adds a
guarded fuzzy fallback for near misses the tables do not know.

Keys are computed per token and joined with single spaces, so a key's tokens line up
with the name's words (minus dropped articles). Everything is compiled once and cached:
the ingest stage calls ``name_key`` for every capitalised span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimtrack.lexicons import table

# Fuzzy guards (see ``similar_token``): long tokens only, one edit per eight characters,
# and the edit may not touch the first two or last two letters (Hamburg/Homburg,
# Alexandra/Alexandr, Ivanov/Ivanova, Petersen/Peterson, Lababidi/Lababida stay apart).
FUZZY_MIN_LEN = 7
FUZZY_CHARS_PER_EDIT = 8
FUZZY_EDGE = 2


@dataclass(frozen=True)
class _Tables:
    fold_map: dict[int, str | None]
    articles: frozenset[str]
    leading_only: frozenset[str]
    rules: tuple[tuple[re.Pattern[str], str], ...]
    variants: dict[str, str]  # rule-folded spelling -> rule-folded canonical spelling
    first_names: frozenset[str]  # rule-folded keys of known first names


_Rules = tuple[tuple[re.Pattern[str], str], ...]


def _fold_with(fold_map: dict[int, str | None], text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(fold_map).lower().split())


def _apply_rules(rules: _Rules, token: str) -> str:
    for pattern, repl in rules:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = table("translit.toml")
    fold_map: dict[int, str | None] = {}
    for ch in data["fold"]["apostrophes"]:
        fold_map[ord(ch)] = None
    for ch in data["fold"]["hyphens"]:
        fold_map[ord(ch)] = " "
    for ch, plain in data["fold"]["letters"].items():
        fold_map[ord(ch)] = plain
        if ch.upper() != ch and len(ch.upper()) == 1:
            fold_map[ord(ch.upper())] = plain
    rules: _Rules = tuple((re.compile(r["pattern"]), r["repl"]) for r in data["rule"])

    def ruled(spelling: str) -> str:
        return _apply_rules(rules, _fold_with(fold_map, spelling))

    variants: dict[str, str] = {}
    first: set[str] = set()
    for section in ("first_names", "tokens"):
        for group_name, spellings in data[section].items():
            keys = [ruled(s) for s in spellings]
            if section == "first_names":
                first.update(keys)
            if group_name == "common":
                continue
            for k in keys:
                variants.setdefault(k, keys[0])
    return _Tables(
        fold_map=fold_map,
        articles=frozenset(data["articles"]["drop"]),
        leading_only=frozenset(data["articles"]["leading_only"]),
        rules=rules,
        variants=variants,
        first_names=frozenset(variants.get(k, k) for k in first),
    )


_NON_WORD = re.compile(r"[^\w ]+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes, hyphens to spaces, collapse spaces.

    >>> fold("Hay'at  Tahrir al-Shām")
    'hayat tahrir al sham'
    """
    return _fold_with(_tables().fold_map, text)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The key of one folded token (rules, then the variant tables)."""
    t = _tables()
    ruled = _apply_rules(t.rules, token)
    return t.variants.get(ruled, ruled)


@lru_cache(maxsize=131072)
def name_key(text: str) -> str:
    """The key under which spelling variants of a name meet.

    >>> name_key("Khmeimim") == name_key("Hmeymim") == name_key("Khmeimin")
    True
    >>> name_key("Colonel-General") != name_key("Colonel General Zhuravlev")
    True
    """
    t = _tables()
    tokens = _NON_WORD.sub(" ", _fold_with(t.fold_map, text)).split()
    if len(tokens) > 1 and tokens[0] in t.leading_only:
        tokens = tokens[1:]
    if len(tokens) > 1:
        # the article belongs to the word after it: never drop the last token
        kept = [tok for tok in tokens[:-1] if tok not in t.articles or tok in t.leading_only]
        tokens = [*kept, tokens[-1]]
    return " ".join(token_key(tok) for tok in tokens)


@lru_cache(maxsize=16384)
def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name in any of its spellings."""
    return token_key(fold(word)) in _tables().first_names


def similar_token(a: str, b: str) -> bool:
    """Guarded fuzzy equality of two token keys (near-miss spellings).

    Both keys must be long, differ by few edits, and agree on their first and last two
    letters: the beginnings and endings of names carry what tells them apart.
    """
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < FUZZY_MIN_LEN:
        return False
    if a[:FUZZY_EDGE] != b[:FUZZY_EDGE] or a[-FUZZY_EDGE:] != b[-FUZZY_EDGE:]:
        return False
    budget = max(1, shortest // FUZZY_CHARS_PER_EDIT)
    return Levenshtein.distance(a, b, score_cutoff=budget) <= budget


def similar_keys(a: str, b: str) -> bool:
    """Whether two name keys are equal, or equal token by token up to near misses."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(similar_token(x, y) for x, y in zip(ta, tb, strict=True))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same thing: equal keys, else a guarded fuzzy match.

    Two people who share a surname are different unless their first names are variants
    of each other: ``same_name("Sergey Kisel", "Nikolai Kisel")`` is false.
    """
    return similar_keys(name_key(a), name_key(b))
