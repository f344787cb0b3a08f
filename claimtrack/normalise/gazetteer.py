"""Known entities (lexicons/gazetteer.toml): canonical names, kinds, variants, acronyms.

Every spelling of an entry is indexed under its ``name_key``, so the transliteration
rules apply to the gazetteer too (an article's "Hmeymim" finds the entry "Khmeimim").
Acronyms are indexed apart and match only when written in capitals, so the pronoun "us"
never becomes the United States.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimtrack.lexicons import lines, table
from claimtrack.normalise.translit import fold, is_first_name, name_key

KINDS: tuple[str, ...] = ("place", "person", "organisation")
ACRONYM_MIN, ACRONYM_MAX = 2, 6
# acronyms this long or longer are also words in some house styles (Nato, Isis, Opec)
ACRONYM_AS_WORD_MIN = 4


@dataclass(frozen=True)
class Entry:
    name: str  # canonical name
    kind: str  # place, person, organisation
    key: str  # name_key(name): the entity key of every mention of the entry
    spellings: tuple[str, ...] = ()  # the canonical name and all listed variants


@dataclass
class Gazetteer:
    by_key: dict[str, Entry] = field(default_factory=dict)
    by_acronym: dict[str, Entry] = field(default_factory=dict)
    by_surname: dict[str, Entry] = field(default_factory=dict)  # unambiguous surnames only
    first_words: set[str] = field(default_factory=set)  # name_key of first words
    max_words: int = 1
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> country
    organisation_words: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    place_suffixes: tuple[str, ...] = ()


def acronym_form(surface: str) -> str | None:
    """``surface`` as an acronym ("U.S." -> "US"), or None when it is not written as one."""
    bare = surface.replace(".", "")
    if not ACRONYM_MIN <= len(bare) <= ACRONYM_MAX or not bare.isalpha():
        return None
    capitals = sum(1 for c in bare if c.isupper())
    # HTS, GUR, U.S.; DoD and IDFs are tolerated, Nato and Hama are not
    if capitals == len(bare) or (capitals >= 2 and bare[0].isupper() and capitals >= len(bare) - 1):
        return bare
    return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = table("gazetteer.toml")
    g = Gazetteer()
    surnames: dict[str, list[Entry]] = {}
    for kind in KINDS:
        for name, variants in data[kind].items():
            spellings = (name, *variants)
            entry = Entry(name=name, kind=kind, key=name_key(name), spellings=spellings)
            for spelling in spellings:
                acronym = acronym_form(spelling)
                if acronym is not None:
                    g.by_acronym.setdefault(acronym, entry)
                    if len(acronym) < ACRONYM_AS_WORD_MIN:
                        continue
                key = name_key(spelling)
                if not key:
                    continue
                g.by_key.setdefault(key, entry)
                words = key.split()
                g.first_words.add(name_key(spelling.split()[0]))
                g.first_words.add(words[0])
                g.max_words = max(g.max_words, len(spelling.split()))
            if kind == "person":
                tokens = entry.key.split()
                if len(tokens) > 1:
                    surnames.setdefault(tokens[-1], []).append(entry)
    g.by_surname = {s: es[0] for s, es in surnames.items() if len(es) == 1}
    for country, words in data["demonyms"].items():
        for word in words:
            g.demonyms[fold(word)] = country
    cues = data["cues"]
    g.organisation_words = frozenset(w.lower() for w in cues["organisation_words"])
    g.place_words = frozenset(w.lower() for w in cues["place_words"])
    g.place_prefixes = frozenset(w.lower() for w in cues["place_prefixes"])
    g.place_suffixes = tuple(w.lower() for w in cues["place_suffixes"])
    return g


@lru_cache(maxsize=1)
def stop_capitals() -> frozenset[str]:
    return frozenset(w.lower() for w in lines("stop_capitals.txt"))


@lru_cache(maxsize=1)
def ranks() -> frozenset[str]:
    return frozenset(w.lower() for w in lines("ranks.txt"))


@lru_cache(maxsize=65536)
def lookup(surface: str) -> Entry | None:
    """The gazetteer entry a surface names, if any (acronyms only in capitals)."""
    g = gazetteer()
    acronym = acronym_form(surface)
    if acronym is not None and acronym in g.by_acronym:
        return g.by_acronym[acronym]
    key = name_key(surface)
    return g.by_key.get(key) if key else None


@lru_cache(maxsize=4096)
def pair_split(word: str) -> int | None:
    """Where to cut a hyphenated pair of two names the gazetteer knows, each a place or an
    organisation ("US-China", "Israel-Hamas", "China-EU"), unless the whole is one name
    ("Bosnia-Herzegovina", "Guinea-Bissau"): the position of the hyphen, else None."""
    parts = _HYPHEN.split(word)
    if len(parts) != 2:
        return None
    entries = [lookup(part) for part in parts]
    for entry in entries:
        if entry is None or entry.kind not in ("place", "organisation"):
            return None
    whole = lookup(word)  # "US-China" folds to China's key: not a name of its own
    return len(parts[0]) if whole is None or whole in entries else None


_HYPHEN = re.compile("[-‐‑]")


def lookup_surname(surface: str) -> Entry | None:
    """The one known person whose surname this is ("Putin"), if exactly one."""
    key = name_key(surface)
    if " " in key:
        return None
    return gazetteer().by_surname.get(key)


@lru_cache(maxsize=8192)
def is_demonym(word: str) -> bool:
    return fold(word) in gazetteer().demonyms


@lru_cache(maxsize=65536)
def guess_kind(surface: str) -> str:
    """place/person/organisation/unknown for a name the gazetteer may not know."""
    entry = lookup(surface)
    if entry is not None:
        return entry.kind
    g = gazetteer()
    words = surface.replace("-", " ").split()
    if not words:
        return "unknown"
    lowered = [w.strip(".,'’ʼ").lower() for w in words]
    if any(w in g.organisation_words for w in lowered):
        return "organisation"
    if acronym_form(surface) is not None:
        return "organisation"
    if any(w in g.place_words for w in lowered) or lowered[0] in g.place_prefixes:
        return "place"
    if len(words) > 1 and is_first_name(words[0]):
        return "person"
    if len(words) == 1 and lowered[0].endswith(g.place_suffixes) and len(lowered[0]) > 5:
        return "place"
    return "unknown"


def query_keys(topic: str) -> list[str]:
    """The entity keys a user's topic should match: its own key, then its gazetteer entry.

    ``query_keys("Hmeymim")`` and ``query_keys("Khmeimin")`` both contain the key of
    "Khmeimim"; ``query_keys("hts")`` contains the key of "Hayat Tahrir al-Sham".
    """
    keys: list[str] = []
    own = name_key(topic)
    if own:
        keys.append(own)
    stripped = topic.strip()
    entry = lookup(stripped) or lookup(stripped.upper()) or lookup_surname(stripped)
    if entry is not None:
        keys.append(entry.key)
        keys.extend(name_key(s) for s in entry.spellings)
    return list(dict.fromkeys(k for k in keys if k))
