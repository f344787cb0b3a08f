"""Structured reading of a claim: event, agent, patient, negation, dates, quantities, places.

The reading is computed once per claim at ingest and stored as JSON, so that conflict
detection never parses text again. Everything here is regular expressions and lexicon
look-ups (``lexicons/predicates.toml``, ``participants.toml``, ``quantities.toml``,
``negation.txt``), compiled once: no parser, no model.

A reading holds one *frame* per event word found (``"frames"``), each with its event lemma,
event class, agent, patient, voice and negation; the first verbal frame is the *main* one and
is copied to the top-level ``event``/``agent``/``patient``/``negated`` keys. Participants come
with *keys* that conflict detection compares instead of strings:

* ``n:<name>``: a proper name (folded with ``translit.name_key``, plus a spelling skeleton so
  that "Baikulov"/"Baykulov" or "Sheikhoun"/"Shaykhun" meet); a person's surname alone too;
* ``c:<country>``: a country named or implied by a demonym ("Russian" -> ``c:russia``);
* ``h:<class>``: the class of the head noun ("planes", "aviation" -> ``h:aviation``);
* ``ch:<country>|<class>``: both, the key that tells "Russian planes" from "Syrian troops".
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from claimtrack import lexicons
from claimtrack.normalise.dates import WEEKDAYS, find_dates
from claimtrack.normalise.gazetteer import lookup as gazetteer_lookup
from claimtrack.normalise.gazetteer import pair_split
from claimtrack.normalise.quantities import (
    find_quantities,
    identifier_words,
    magnitude_class,
    share_of,
    trie,
)
from claimtrack.normalise.translit import name_key

# (a code of capitals and digits is one word: "H5N1", "MH17", "COVID-19")
_TOKEN = re.compile(
    r"[A-Z][A-Za-z]*\d[A-Za-z\d]*(?:-\d+)?|[A-Z]{2,}-\d+"
    r"|[^\W\d_]+(?:['’ʼ\-.][^\W\d_]+)*(?:['’ʼ]s?)?|\d+(?:[.,]\d+)*%?|[^\w\s]"
)
_BOUNDARY_PUNCT = frozenset(',;:—–()"“”«»[]!?')
_CLAUSE = frozenset(
    {"that", "which", "who", "whom", "whose", "where", "when", "while", "after", "before",
     "because", "although", "though", "if", "since", "than", "whether", "amid", "despite",
     "intending", "prompting", "leaving", "resulting", "following"}
)  # fmt: skip
_PREPS = frozenset(
    {"from", "to", "in", "at", "on", "into", "towards", "toward", "near", "with", "for", "by",
     "during", "after", "before", "since", "under", "over", "amid", "following", "because",
     "as", "until", "within", "between", "across", "through", "via", "without", "against",
     "around", "outside", "inside", "like", "behind", "about", "led", "along", "back"}
)  # fmt: skip
# the words before an "as" that is no clause's start ("such as", "as well as", "known as")
_AS_COMPOUND = frozenset({"such", "well", "known", "same", "so", "just", "referred", "seen"})
# the subordinators of a participle whose doer is the main clause's subject ("won after
# defeating Costa", "was arrested while trying to flee")
_ADJUNCT_LEADS = frozenset({"after", "before", "while", "since", "upon", "by"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"})
_NOUN_CONTEXT = frozenset(
    {"the", "a", "an", "of", "its", "their", "his", "her", "our", "this", "that", "these",
     "those", "series", "new", "further", "several", "two", "three", "more", "any", "no",
     "russian", "syrian", "ukrainian", "israeli", "iranian", "american", "turkish", "air",
     "fierce", "heavy", "urban", "armed", "initial", "first", "active", "renewed", "such",
     "deadly", "massive", "possible", "recent", "'s", "and", "intense", "major", "full"}
)  # fmt: skip
_ADJECTIVE_ENDS = ("al", "ive", "ic", "ary", "ous", "ful", "ble", "ate", "ian", "ese", "ish")
_PART_NOUNS = frozenset(
    {"wagons", "wagon", "carriages", "carriage", "coaches", "cars", "parts", "part",
     "sections", "section", "pieces", "debris", "wreckage", "remains"}
)  # fmt: skip
_PARTITIVE = frozenset(
    {"one", "two", "three", "four", "five", "some", "several", "many", "most", "none", "each",
     "any", "all", "both", "half", "either", "neither"}
)  # fmt: skip
_QUANTITY_WORDS = frozenset(
    {"at", "least", "most", "more", "than", "up", "to", "about", "over", "around", "some",
     "nearly", "almost", "hundreds", "dozens", "thousands", "several", "of", "a", "few",
     "the", "entire", "whole", "all", "half", "many", "numerous", "scores"}
)  # fmt: skip
_NOT_HEAD = _QUANTITY_WORDS | _DETERMINERS | _PREPS | {"and", "or", "not", "also", "'s"}
_QUANT_PREPS = frozenset({"at", "up", "about", "over", "around", "under"})
_QUANT_NEXT = frozenset({"least", "most", "to"})
_PARTICLES = frozenset({"out", "back", "off", "down", "up", "away"})
_ROLE_MODIFIERS = frozenset(
    {"air", "full", "opposition", "rebel", "government", "army", "militant", "insurgent"}
)

_NUM = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)"  # noqa: E501
# a capitalised name, or a dotted acronym ("U.S.", "U.A.E.")
# (particles inside a name: "Val di Non", "Rio de Janeiro", "Den Haag van Dijk")
# capitals, ASCII and beyond ("Łódź", "Évora", "Örebro", "Île-de-France")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME = (
    rf"(?:[A-Z]\.(?:[A-Z]\.)+|[{_UPPER}][\w'’ʼ\-]*(?:\s+(?:al-|el-|(?:de|di|da|del|della|dei|do|"
    rf"dos|das|du|van|von|der|den)\s)?[{_UPPER}][\w'’ʼ\-]*)*)"
)
# a compass bearing: "north", "south-east", "northwest"
_BEARING = r"(?:north|south)(?:-?(?:east|west))?|east|west"
# degrees clockwise from north, by the bearing's letters ("south-east" -> "se" -> 135)
_BEARING_DEGREES = {"n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315}


def bearing_degrees(word: str) -> int | None:
    """ "north-east" -> 45, "West" -> 270; ``None`` for no bearing."""
    low = word.lower().replace("-", "")
    low = low[:-3] if low.endswith("ern") else low
    key = "".join(part[0] for part in re.findall(r"north|south|east|west", low))
    return _BEARING_DEGREES.get(key)


_BEFORE_PLACE = re.compile(
    rf"(?:(?P<dist>(?:about|some|around|roughly|nearly|approximately|almost|over|more than)?\s*"
    rf"(?P<dn>{_NUM})\s*(?P<du>miles?|km|kilomet(?:er|re)s?)\s+(?:(?P<bd>{_BEARING})(?:ern)?\s+)?)"
    # a verb of reach: "spread to X" is in X; a flight "diverted to X" came down there
    r"|\b(?P<pv>spread|spreads|reached|reach|extended|moved|diverted|rerouted|redirected)\s+)$"
)


def _place_pattern(place_types: list[str]) -> re.Pattern[str]:
    """A preposition, an optional "the <place type> of" ("off the island of", "in the city
    of"; the types are lexicon data) and one or more names."""
    types = "|".join(
        r"\s+".join(map(re.escape, t.split())) for t in sorted(place_types, key=len, reverse=True)
    )
    return re.compile(
        r"\b(?P<prep>in|at|from|near|outside|off\s+the\s+coast\s+of|off|of|to|towards|toward|"
        r"into|around|inside|across|"
        rf"on the outskirts of|in the outskirts of|(?P<bearing>{_BEARING})(?:ern)?\s+of)\s+"
        rf"(?P<det>(?:the\s+)?(?:(?:(?:\w+\s+)?(?:{types})\s+(?:of|like|such\s+as)\s+))?)"
        rf"(?P<names>{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*)"
    )


_BEFORE_PLACE_HINT = re.compile(
    r"mile|km|kilomet|spread|reach|extended|moved|divert|directed|routed"
)
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER_START = frozenset("0123456789$€£¥")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_POSSESSIVE = re.compile(r"['’ʼ]s?$")
_POSSESSIVE_ENDS = ("'", "’", "ʼ", "s", "\n")  # what a ``_POSSESSIVE`` match ends with


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


class _Lex:
    """All lexicons a reading needs, loaded and compiled once."""

    def __init__(self) -> None:
        pred = lexicons.table("predicates.toml")
        part = lexicons.table("participants.toml")
        self.classes: dict[str, dict[str, Any]] = dict(pred.get("class", {}))
        # class -> the verbs whose subject owns the class's amount ("reported a net profit")
        self.owner_verbs: dict[str, frozenset[str]] = {
            c: frozenset(v["owner_verbs"]) for c, v in self.classes.items() if v.get("owner_verbs")
        }
        # class -> words that make its frame a forecast ("analysts had expected a profit of")
        irrealis = pred.get("irrealis", {})
        self.modals = frozenset(irrealis.get("modals", []))
        self.conditionals = frozenset(irrealis.get("conditionals", []))
        self.purposes = frozenset(irrealis.get("purposes", []))
        self.forecast: dict[str, frozenset[str]] = {
            c: frozenset(v["forecast"]) for c, v in self.classes.items() if v.get("forecast")
        }
        self.harm = frozenset(c for c, v in self.classes.items() if v.get("harm"))
        self.lemma_class: dict[str, str] = {}
        self.lemma_theme: dict[str, str] = {}
        self.lemma_theme_key: dict[str, str] = {}
        self.aspectual_lemmas: set[str] = set()
        self.recipient_lemmas: set[str] = set()
        self.number_lemmas: set[str] = set()
        self.post_lemmas: set[str] = set()  # appointments only before a post ("named ... as")
        # nouns of working people: "Aer Lingus cabin crew" are crew as well as the airline's
        self.people_heads = frozenset(part["people_heads"]["words"])
        # "drivers will strike": another event when its agent is one of these, with no patient
        # ... or when the sentence holds one of its ``context`` words ("in a $310m deal")
        self.recast: dict[str, tuple[str, frozenset[str], bool, frozenset[str]]] = {
            lemma: (
                spec["lemma"],
                frozenset(spec["agents"]),
                bool(spec.get("with_patient")),
                frozenset(spec.get("context", ())),
            )
            for lemma, spec in pred.get("recast", {}).items()
        }
        self.post_words = frozenset(lexicons.lines("titles.txt")) | frozenset(
            pred["posts"]["words"]
        )
        # "Goma fell to the rebels": the subject undergoes it, the doer follows this word
        self.undergone: dict[str, str] = {}
        # "granted bail to Amina Yusuf": the one it is about follows this word
        self.patient_after: dict[str, str] = {}
        # "drew scrutiny", "raised questions": objects before which the verb is no event
        self.not_objects: dict[str, frozenset[str]] = {}
        # "was left holding ...": passive forms that name no such event
        self.not_passive: dict[str, frozenset[str]] = {}
        # "control of X remained contested": nouns of a state, which date no event
        self.state_nouns: set[str] = set()
        # "repelled the assault on Kharsk": the object's target follows one of these words
        self.target_after: dict[str, frozenset[str]] = {}
        self.noun_patient_after: dict[str, frozenset[str]] = {}
        self.purpose_after: dict[str, str] = {}
        # "Keddie's sentencing", "Kisel's dismissal": the owner undergoes the event
        self.possessed_undergo: set[str] = set()
        # "left 13 people dead": a verb of result, and the state that names the event
        results = pred.get("result", {})
        self.result_verbs = frozenset(results.get("verbs", ()))
        self.result_states: dict[str, str] = dict(results.get("states", {}))
        # a passive with no doer that says the subject did the other event ("were beaten")
        self.passive_as: dict[str, str] = dict(pred.get("passive_as", {}))
        # first word -> [(words, lemma, is_noun)], longest first
        self.forms: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for lemma, entry in pred["event"].items():
            self.lemma_class[lemma] = entry["class"]
            self.lemma_theme[lemma] = entry.get("theme", "patient")
            if entry.get("theme_key"):
                self.lemma_theme_key[lemma] = entry["theme_key"]
            if entry.get("aspectual") or pred.get("class", {}).get(entry["class"], {}).get(
                "aspectual"
            ):
                self.aspectual_lemmas.add(lemma)
            if entry.get("recipient"):
                self.recipient_lemmas.add(lemma)
            if entry.get("needs_number"):
                self.number_lemmas.add(lemma)
            if entry.get("needs_post"):
                self.post_lemmas.add(lemma)
            if entry.get("doer_after"):
                self.undergone[lemma] = entry["doer_after"]
            if entry.get("patient_after"):
                self.patient_after[lemma] = entry["patient_after"]
            if entry.get("not_objects"):
                self.not_objects[lemma] = frozenset(entry["not_objects"])
            if entry.get("not_passive"):
                self.not_passive[lemma] = frozenset(entry["not_passive"])
            if entry.get("state_nouns"):
                self.state_nouns.update(entry["state_nouns"])
            if entry.get("target_after"):
                self.target_after[lemma] = frozenset(entry["target_after"])
            if entry.get("noun_patient_after"):
                self.noun_patient_after[lemma] = frozenset(entry["noun_patient_after"])
            if entry.get("purpose_after"):
                self.purpose_after[lemma] = entry["purpose_after"]
            if entry.get("possessor") == "patient":
                self.possessed_undergo.add(lemma)
            for form in entry.get("verb", []):
                self._add(form, lemma, False)
            for form in entry.get("noun", []):
                self._add(form, lemma, True)
        for options in self.forms.values():
            options.sort(key=lambda o: -len(o[0]))
        # the letter runs of every first word of an event form, each as a whole letter run:
        # a claim none of whose words is one of these has no frame, and need not be tokenised
        parts = {p for first in self.forms for p in _LETTERS.findall(first)}
        self.form_part_re = re.compile(rf"(?<![^\W\d_]){trie(parts)}(?![^\W\d_])")
        syn = pred["syntax"]
        self.reporting = frozenset(syn["reporting"])
        # a reporting word between an event and an amount: the amount is in another clause
        breaks = sorted(self.reporting | set(syn.get("report_breaks", [])), key=len, reverse=True)
        self.report_break = re.compile(r"\b(?:" + "|".join(map(re.escape, breaks)) + r")\b")
        self.light = frozenset(syn["light"])
        self.undergo = frozenset(syn["undergo"])
        self.aux = frozenset(syn["aux"])
        self.be = frozenset(syn["be"])
        neg = lexicons.lines("negation.txt")
        self.neg1 = frozenset(n for n in neg if " " not in n)
        self.neg2 = frozenset(n for n in neg if " " in n)
        # the first words of the negations of several words: only these start one
        self.neg2_first = frozenset(n.split(" ", 1)[0] for n in self.neg2)
        # the lower-cased words that end a subject or an object (``_is_boundary``)
        self.boundary_words = _CLAUSE | self.reporting
        self.demonyms: dict[str, str] = dict(part["demonyms"])
        self.heads: list[tuple[str, frozenset[str]]] = [
            (h["class"], frozenset(h["words"])) for h in part["heads"]
        ]
        # word -> rank of the first head class that holds it (one look-up, not a scan)
        self.head_rank: dict[str, int] = {}
        # word -> "h:<class>" for the head nouns that name an occasion held in one place
        # ("summit", "talks")
        self.one_place_head: dict[str, str] = {
            w: f"h:{h['class']}" for h in part["heads"] if h.get("one_place") for w in h["words"]
        }
        for rank, (_, ws) in enumerate(self.heads):
            for w in ws:
                self.head_rank.setdefault(w, rank)
        self.name_stop = frozenset(part["names"]["stop"])
        self.head_words = frozenset(w for h in part["heads"] for w in h["words"])
        self.features = frozenset(part["places"]["features"])
        self.head_synonyms: dict[str, str] = dict(part.get("head_synonyms", {}))
        # plurals in "-ies" whose singular is no "-y" ("movies", "series")
        self.ies_singulars = frozenset(part["ies_singulars"]["words"])
        self.head_containers = frozenset(part.get("head_containers", {}).get("words", []))
        # the last words of company names ("Logistics", "Foods", "Airlines": groups.toml)
        self.org_words = frozenset(
            w for ws in lexicons.table("groups.toml")["org_words"].values() for w in ws
        )
        self.titles = frozenset(part["names"]["titles"])
        self.pronouns = frozenset(part["names"].get("pronouns", []))
        self.others = frozenset(part["names"]["others"])
        self.months = frozenset(part["names"]["months"])
        places = part.get("places", {})
        self.areas = frozenset(places.get("areas", [])) | frozenset(places.get("countries", []))
        self.area_words = frozenset(places.get("area_words", []))
        self.place_types = frozenset(places["place_types"])
        self.sea_edges = frozenset(places.get("sea_edges", []))
        self.place_re = _place_pattern(places["place_types"])
        # the stem of each host verb's last word ("host", "stag"): the scan runs only on
        # claims that hold one
        self.host_hints = tuple(sorted({h.split()[-1][:4] for h in places.get("hosts", [])}))
        self.host_re = re.compile(
            rf"\b(?P<names>(?P<det>)[{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*){{0,2}})\s+(?:"
            + "|".join(r"\s+".join(map(re.escape, h.split())) for h in places.get("hosts", []))
            + r")\b"
        )
        self.countries = frozenset(name_key(c) for c in self.demonyms.values())
        self.accuse = frozenset(syn.get("accuse", []))
        units = lexicons.table("quantities.toml")["units"]
        # units of a stuff's weight or extent: "3.1 tonnes of cocaine" is about the cocaine
        self.stuff_units = frozenset(units["weight"]) | frozenset(units["area"])
        self.stuff_ends = frozenset(lexicons.table("quantities.toml")["stuff"]["participles"])

    def _add(self, form: str, lemma: str, is_noun: bool) -> None:
        words = tuple(form.lower().split())
        entry = (words, lemma, is_noun)
        options = self.forms.setdefault(words[0], [])
        if entry not in options:
            options.append(entry)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


# --------------------------------------------------------------------------- names and keys


# (pairs of ``translit.toml`` ``[skeleton]``, applied in order)
_SKELETON: tuple[tuple[str, str], ...] = tuple(
    (a, b) for a, b in lexicons.table("translit.toml")["skeleton"]["replace"]
)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A spelling skeleton under which common transliteration variants meet."""
    s = name.lower()
    for a, b in _SKELETON:
        s = s.replace(a, b)
    out: list[str] = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out).strip()


def _name_keys(name: str, prefix: str) -> list[str]:
    k = name_key(name)
    keys = [f"{prefix}{k}"]
    sk = skeleton(k)
    if len(sk) >= 4 and sk != k:
        keys.append(f"{prefix}{sk}")
    return keys


@lru_cache(maxsize=16384)
def _place_keys_cached(name: str) -> tuple[str, ...]:
    keys = _name_keys(name, "p:")
    entry = gazetteer_lookup(name)
    if entry is not None and entry.kind == "place" and f"p:{entry.key}" not in keys:
        keys.append(f"p:{entry.key}")  # "the U.S." and "the United States" are one place
    return tuple(keys)


def _place_keys(name: str) -> list[str]:
    return list(_place_keys_cached(name))


def participant_keys(words: list[str], initial: bool = False) -> list[str]:
    """Keys for a participant given as words ("Russian", "planes"). ``initial``: the first
    word opens the sentence, so its capital may be the sentence's only."""
    return list(_participant_keys(tuple(words), initial))


def _token_keys(part: list[_Tok], first: _Tok | None) -> list[str]:
    """``participant_keys`` of ``part``; ``first``: the sentence's first word."""
    words = [t.text for t in part]
    if words and words[-1].endswith(("s'", "s’")):
        words[-1] = words[-1][:-1]  # "the train drivers' strike": the possessor is the noun
    return participant_keys(words, part[0] is first)


def _measured_stuff(
    words: tuple[str, ...], units: frozenset[str], ends: frozenset[str]
) -> tuple[str, ...]:
    """The noun phrase after "<amount> <unit> of" ("about 800 kilograms of cocaine hidden
    in crates": "cocaine"), else nothing."""
    for i, word in enumerate(words[:5]):
        low = word.lower()
        if low in units:
            if not i or i + 2 >= len(words) or words[i + 1].lower() != "of":
                return ()
            stuff = words[i + 2 :]
            for j, w in enumerate(stuff):
                lw = w.lower()
                if j and (
                    lw in _PREPS
                    or lw in ends
                    or _PARTICIPLE.fullmatch(lw)
                    or _PARTICIPLE_AFTER_HEAD.match(lw)
                ):
                    return stuff[:j]
            return stuff
        if not (
            low[:1].isdigit()
            or low in _QUANTITY_WORDS
            or low in _MULTIPLIERS
            or _is_number_word(low)
        ):
            return ()
    return ()


# a capitalised name and a lower-case participle or adjective after its hyphen: "Iran-backed",
# "Kyiv-based", "Sealdah-bound", "Saudi-led"
_HYPHEN_MODIFIER = re.compile(rf"[{_UPPER}][\w'’]*(?:[-‐‑][{_UPPER}][\w'’]*)*[-‐‑][a-z]{{3,}}")


_MODIFIER_TAIL = re.compile("[-‐‑][a-z]+$")


def _modified_name(word: str) -> str:
    """The name before a hyphenated participle: "Iran" of "Iran-backed"."""
    return _MODIFIER_TAIL.sub("", word)


def _names_something(word: str) -> bool:
    """Whether the part before the hyphen is a known name or nationality, as it must be
    when it opens the phrase, perhaps the sentence ("Iran-backed", not "Ex-mayor",
    "Far-right" or "So-called")."""
    name = _modified_name(word)
    return gazetteer_lookup(name) is not None or name.lower() in _lex().demonyms


def _modifier_keys(word: str) -> list[str]:
    name = _modified_name(word)
    lx = _lex()
    if name.lower() in lx.name_stop:
        return []  # "Second-largest"
    # an adjective stands for its country ("Russian-backed"); a place is itself ("Kyiv-based")
    country = lx.demonyms.get(name.lower()) if gazetteer_lookup(name) is None else None
    return _name_keys(country or name, "a:")


def _split_pairs(words: tuple[str, ...]) -> Iterator[str]:
    prev = ""
    for word in words:
        cut = pair_split(word)
        if cut is None:
            yield word
        else:
            if prev[:1].isupper():
                # "Qantas Singapore-Sydney service": the pair's first name is no part of
                # the name before it
                yield "and"
            yield from (word[:cut], "and", word[cut + 1 :])
        prev = word


@lru_cache(maxsize=65536)
def _participant_keys(words: tuple[str, ...], initial: bool = False) -> tuple[str, ...]:
    lx = _lex()
    if len(words) == 1 and words[0].lower() in lx.pronouns:
        return ()  # "leave it", "appoint him": no one another claim could name
    if any(h in w for w in words for h in "-‐‑"):
        # "the China-EU summit" is the summit of China and the EU (``entities``: two names)
        words = tuple(_split_pairs(words))
        modifiers = [
            w
            for i, w in enumerate(words)
            if _HYPHEN_MODIFIER.fullmatch(w) and (i or _names_something(w))
        ]
        if modifiers:
            # "the Iran-backed Houthis", "Russian-backed forces", "the Kyiv-based Razumkov
            # Centre": the name before "-backed" only anchors, as "backed by Iran" would
            rest = tuple(w for w in words if w not in modifiers)
            extra = [k for w in modifiers for k in _modifier_keys(w)]
            return tuple(dict.fromkeys((*_participant_keys(rest, initial), *extra)))
    if any(w[:3].lower() == "ex-" for w in words):
        # "the ex-treasurer of the club" is its former treasurer
        words = tuple(w[3:] if w[:3].lower() == "ex-" and w[3:].isalpha() else w for w in words)
    if (
        len(words) > 2
        and words[0].lower() in _PARTITIVE
        and words[1].lower() == "of"
        and words[2].lower() not in ("them", "us", "those", "these", "whom", "which")
    ):
        # "one of the aircraft's engines": the engines are who it is about
        return _participant_keys(words[2:], False)
    joined = " ".join(words)
    share = share_of().match(joined.lower())
    if share is not None and share.end() < len(joined):
        # "roughly 40 percent of the grapes", "nearly two-thirds of the crop": the grapes
        return _participant_keys(tuple(joined[share.end() :].split()), False)
    stuff = _measured_stuff(words, lx.stuff_units, lx.stuff_ends)
    if stuff:
        # "3.1 tonnes of cocaine", "about 800 kilograms of cocaine": the cocaine
        return _participant_keys(stuff, False)
    part = 1 if len(words) > 3 and words[0].lower() in _PARTITIVE else 0
    if len(words) > part + 2 and words[part].lower() in _PART_NOUNS and words[part + 1] == "of":
        # "several wagons of a goods train": the train
        return _participant_keys(words[part + 2 :], False)
    if initial and words and words[0][:1].isupper() and not words[0].isupper():
        # "Regulators approved ...", "Competition regulators ...": the capital may be the
        # sentence's only; the keys of the words in lower case too, so that "by
        # (competition) regulators" meets them
        as_name = _participant_keys(words)
        lowered = _participant_keys((words[0].lower(), *words[1:]))
        return as_name + tuple(k for k in lowered if k not in as_name)
    keys: list[str] = []
    nat: str | None = None
    cls: str | None = None
    cls_rank = len(lx.heads)
    run: list[str] = []
    head_part = True
    after_of = False

    named_head = False  # a name or country in the head part, not only in a phrase after it

    def flush() -> None:
        nonlocal nat, named_head
        while run and (
            run[0].lower() in lx.name_stop
            or run[0].lower() in lx.titles
            or _is_number_word(run[0].lower())
        ):
            run.pop(0)
        if not run:
            return
        if len(run) == 1 and run[0].lower() in lx.head_words:
            pass  # "Police attacked ...": a capitalised common noun, not a name
        elif all(w in _UNIT_CAPITALS for w in run):
            pass  # "46 degrees Celsius", "44C": a unit, not a name
        elif len(run) == 1 and run[0].lower() in lx.demonyms:
            country = lx.demonyms[run[0].lower()]
            keys.append(f"c:{country}")
            if after_of and not head_part:
                # "the Bank of Chile": the country names the bank, as a name would
                keys.extend(_name_keys(run[0], "n:"))
            named_head = named_head or head_part or after_of
            if nat is None and head_part:
                nat = country
        elif not all(w.lower() in lx.months for w in run):
            # a name inside a prepositional phrase ("equipment in Aleppo") only anchors
            prefix = "n:" if head_part or after_of else "a:"
            named_head = named_head or prefix == "n:"
            name = " ".join(run)
            keys.extend(_name_keys(name, prefix))
            last = run[-1].lower()
            if (
                len(run) >= 2
                and len(last) >= 4
                and last not in lx.head_words
                and last not in lx.org_words
            ):
                # a surname names its person ("Vik" for "Tomas Vik"); "Party", "Foods",
                # "Bank" name no one ("Democratic Party" and "People's Party" are two)
                keys.extend(_name_keys(run[-1], prefix))
            if len(run) >= 2 and (last in lx.features or run[0].lower() in lx.features):
                # "the Sava River", "the River Sava": the Sava
                rest = run[:-1] if last in lx.features else run[1:]
                keys.extend(_name_keys(" ".join(rest), prefix))
            if len(run) >= 2 and last in lx.org_words and len(run[0]) >= 4:
                # "Brennholt Logistics", later "Brennholt": a company's short name is its first
                keys.extend(_name_keys(run[0], prefix))
        run.clear()

    content = False
    head: str | None = None
    head_rank = lx.head_rank
    possessor: tuple[int, int] | None = None  # the keys of a possessive name ("Ruiz's")
    named_after = False  # a name follows the possessive one ("Voltera's chief Gerhard Lenz")
    number: str | None = None  # "Orion Air flight 221": the number names the flight
    owner_cls: str | None = None  # the class of a possessive head word ("the army's")
    owner_word = ""
    poss_seen = False  # a possessive word stood in the head part
    head_after_poss = False  # the head noun follows a possessive: the owned thing itself
    head_after_name = False  # a noun of people follows the name: "Arriva bus drivers"
    modifier: str | None = None  # the lower-case noun before the head ("reform bill")
    identifiers = identifier_words()
    previous = ""
    for idx, w in enumerate(words):
        if w[:1].isdigit() and previous in identifiers:
            number = w
        previous = w.lower()
        bare = _POSSESSIVE.sub("", w) if w.endswith(_POSSESSIVE_ENDS) else w
        low = bare.lower()
        if bare[:1].isupper() and low not in lx.titles:
            if possessor is not None and not run:
                named_after = True
            run.append(bare)
            if low in lx.demonyms and head_part and nat is None:
                nat = lx.demonyms[low]
            if bare != w and head_part and possessor is None:
                start = len(keys)
                flush()
                if len(keys) > start:
                    possessor = (start, len(keys))
            elif bare != w:
                flush()  # "the chief minister of Nepal's Koshi Province": two names
        else:
            flush()
        if (low in _PREPS or low == "of") and content:
            if head_part:
                after_of = low == "of"
            elif low != "of":
                after_of = False
            head_part = False
        elif content and head is not None and _PARTICIPLE_AFTER_HEAD.match(w):
            # "a bus carrying pilgrims": the participle's object is not the head
            head_part = False
        elif (
            content
            and head is not None
            and low.endswith("ed")
            and idx + 1 < len(words)
            and words[idx + 1].lower() in ("by", "with")
        ):
            # "bus drivers employed by Arriva", "a train loaded with timber": the drivers, the
            # train
            head_part = False
        elif low not in _QUANTITY_WORDS and not low[:1].isdigit():
            content = True
        if head_part:
            rank = head_rank.get(low)
            if rank is None:
                pass
            elif bare != w:
                # "the government's pension reform": the owner's class names the head only
                # when no head noun follows it
                if owner_cls is None:
                    owner_cls, owner_word = lx.heads[rank][0], low
            elif rank < cls_rank:
                cls, cls_rank = lx.heads[rank][0], rank
        if (
            head_part
            and content
            # ("a co-founder", "the vice-president": a hyphenated noun is a head too)
            and low.replace("-", "").isalpha()
            and low not in _NOT_HEAD
            and not bare[:1].isupper()
        ):
            if bare == w:
                modifier, head = head, low
                head_after_poss = poss_seen  # "the county government's ban": the ban
                # "Aer Lingus cabin crew": the crew, of the airline named before them
                head_after_name = named_head and low in lx.people_heads
            else:
                modifier, head = None, low
        if bare != w and head_part:
            poss_seen = True
    # the word before a closing name, past an appositive's comma
    gap = 2 if len(words) > len(run) + 1 and words[-len(run) - 1] == "," else 1
    before = words[-len(run) - gap] if len(words) >= len(run) + gap else ""
    if (
        not head_part
        and head in lx.titles
        and len(run) >= 2
        and before.isalpha()
        and before.islower()
        and before not in _PREPS
        and before not in _NOT_HEAD
        and not lx.org_words.intersection(w.lower() for w in run)
    ):
        # "Lyon's deputy mayor for transport, Camille Vasseur": the role's holder, named
        # after its field, is who the phrase is about (not "a spokesman for Anna Berg")
        head_part = True
    flush()
    if owner_cls is not None and cls is None and (head is None or head == owner_word):
        cls = owner_cls
    if possessor is not None and not named_after and head in lx.others:
        # "Alma Ruiz's husband", "the Louvre's glass pyramid": the possessor only anchors
        # the head noun, which is someone or something else
        lo, hi = possessor
        keys[lo:hi] = [f"a:{k[2:]}" if k.startswith("n:") else k for k in keys[lo:hi]]
    if number is not None:
        # flight 221 and flight 380 of one airline are two flights
        keys = [f"{k} #{number}" if k.startswith("n:") else k for k in keys]
    if cls:
        keys.append(f"h:{cls}")
    elif head and (not named_head or head_after_poss or head_after_name):
        # an unclassed head noun ("the budget bill"): "w:bill"; a container noun adds the
        # noun before it ("the pension reform bill" is the reform as well)
        keys.append(_head_key(head, lx))
        if modifier is not None and head in lx.head_containers:
            keys.append(_head_key(modifier, lx))
        if head in lx.head_containers:
            # "a proposal to ban fireworks" is the ban as well
            folded = [w.lower() for w in words]
            at = folded.index(head) if head in folded else -1
            if 0 <= at < len(folded) - 2 and folded[at + 1] == "to" and folded[at + 2].isalpha():
                keys.append(_head_key(folded[at + 2], lx))
            elif 0 <= at < len(folded) - 1 and folded[at + 1].endswith("ing"):
                # "a bill banning energy drinks" is the ban as well: the event's lemma
                for form, lemma, is_noun in lx.forms.get(folded[at + 1], ()):
                    if len(form) == 1 and not is_noun:
                        keys.append(_head_key(lemma, lx))
                        break
    if nat:
        keys.append(f"ch:{nat}|{cls or ''}")
    return tuple(sorted(set(keys)))


def _head_key(head: str, lx: _Lex) -> str:
    if head in lx.head_synonyms:
        return f"w:{lx.head_synonyms[head]}"
    plural = head.endswith("s") and len(head) > 3 and not head.endswith("ss")
    if plural and head.endswith("ies") and len(head) > 4 and head not in lx.ies_singulars:
        return f"w:{head[:-3]}y"  # "ferries", "bodies", "companies": one key with the singular
    return f"w:{head[:-1] if plural else head}"


# every number word of the quantities lexicon ("nineteen" too), and "a" of "a dozen"
_UNIT_WORDS = frozenset(lexicons.table("quantities.toml")["numbers"]) | {"a"}
_MULTIPLIERS = frozenset(lexicons.table("quantities.toml")["multipliers"])  # "million"


def _is_number_word(low: str) -> bool:
    """A spelled-out number ("twenty-seven", "Nine"): never a name."""
    parts = low.split("-")
    return len(parts) <= 2 and all(p in _UNIT_WORDS for p in parts) and parts[0] != "a"


# --------------------------------------------------------------------------- frames


# capitalised words that are units of measure after a number
_UNIT_CAPITALS = frozenset({"C", "F", "K", "Celsius", "Fahrenheit", "Kelvin"})
_AUX_VERBS = frozenset(
    {"has", "have", "had", "will", "would", "could", "can", "may", "might", "shall", "should",
     "must", "did", "does", "do"}
)  # fmt: skip
# a participle after its noun ("the strike planned for Tuesday"), not "need", "hundred" or
# a state ("left its rate unchanged at")
_PARTICIPLE = re.compile(r"(?!un)[a-z]{3,}(?<!e)(?<!hundr)ed")
_RELATIVES = frozenset({"which", "who", "that"})
_NO_COMPARATIVE = frozenset({"fewer", "more", "less", "longer", "sooner", "later", "one"})
# the object of a negated verb that denies every instance: "has not detained anyone"
_ANY = frozenset({"any", "anyone", "anybody", "anything"})


def _no_before(toks: list[_Tok], i: int) -> bool:
    """ "no" before the event noun at ``i``, perhaps with up to two lower-case words between
    ("no strike", "no human infection", "no new cases")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].low == "no":
            return True
        if not (toks[k].text.isalpha() and toks[k].text.islower()) or toks[k].low in _NOT_ADJ:
            return False
    return False


# words between "no" and a noun that end the noun phrase ("no more than", "no longer")
_NOT_ADJ = _NO_COMPARATIVE | {"and", "or"}


def _no_determiner(words: list[_Tok]) -> bool:
    """Whether a noun phrase opens with a denying "no" ("no link", not "no more than")."""
    return len(words) > 1 and words[0].low == "no" and words[1].low not in _NO_COMPARATIVE


def _tokens(text: str) -> list[_Tok]:
    return [
        _Tok(w, w.lower(), m.start(), m.end()) for m in _TOKEN.finditer(text) for w in (m.group(),)
    ]


def _match_form(toks: list[_Tok], i: int) -> tuple[int, str, bool] | None:
    lx = _lex()
    options = lx.forms.get(toks[i].low)
    if not options:
        return None
    for words, lemma, is_noun in options:
        n = len(words)
        if n == 1 or (i + n <= len(toks) and all(toks[i + k].low == words[k] for k in range(1, n))):
            if lemma in lx.number_lemmas and not (
                i + n < len(toks) and toks[i + n].text[:1] in _NUMBER_START
            ):
                continue  # "fell to 212 million", not "fell to the rebels"
            return n, lemma, is_noun
    return None


# the particles a verb's object may stand before ("handed the banker over to Spain",
# "called the strike off", "turned the offer down")
_SEPARABLE = frozenset({"over", "back", "down", "out", "off", "up", "away"})
# the words an object set between a verb and its particle opens with
_OBJECT_OPENERS = _DETERMINERS | frozenset({"him", "them", "it", "those", "all", "some"})


def _separable(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """A verb whose particle follows its object ("handed businessman Hernán Ospina Vélez
    over to Spain"): the lemma of "handed over", and the particle's index. The object is
    at most six words, opens with a determiner, a pronoun, a capital or a role before a
    name, and holds no punctuation and no "and"."""
    lx = _lex()
    n = len(toks)
    if i + 2 >= n:
        return None
    first = toks[i + 1]
    if not (
        first.low in _OBJECT_OPENERS
        or first.text[:1].isupper()
        or first.low == "her"
        # "businessman Hernán Ospina": a role before a name (not "took office over")
        or (first.text.isalpha() and toks[i + 2].text[:1].isupper())
    ):
        return None
    for words, lemma, is_noun in lx.forms.get(toks[i].low, ()):
        if is_noun or len(words) != 2 or words[1] not in _SEPARABLE:
            continue
        for k in range(i + 2, min(n, i + 8)):
            t = toks[k]
            if t.low == words[1]:
                return lemma, k
            if _is_boundary(t) or not t.text[:1].isalnum() or t.low in ("and", "or"):
                break
    return None


_POST_SKIP = frozenset({"as", "its", "their", "his", "her", "the", "a", "an", "new", "next"})


def _post(
    toks: list[_Tok], end: int, patient: list[_Tok], passive: bool, lx: _Lex
) -> tuple[str | None, list[_Tok]]:
    """The post an appointment names, and the patient without it: "appointed chief
    executive of X" (passive), "named Lena Forsberg as its new chief financial officer",
    "made Tomás Ribeiro their vice-captain". None when no post word ends the words."""
    k = end
    if not passive:
        # the appointee first: "named Lena Forsberg as ...", "made Ribeiro their ..."
        cut = next((c for c, t in enumerate(patient) if t.low in _POST_SKIP), len(patient))
        patient = patient[:cut]
        k = end + cut
    while k < len(toks) and toks[k].low in _POST_SKIP:
        k += 1
    words: list[str] = []
    while k < len(toks) and len(words) < 4:
        t = toks[k]
        if not t.text[:1].islower() or not t.text.replace("-", "").isalpha():
            break
        if t.low in _PREPS or t.low in ("of", "and", "or", "to") or t.low in lx.be:
            break
        words.append(t.low)
        k += 1
    # the post ends in a post word ("chief financial officer", "vice-captain")
    while words and not (
        words[-1] in lx.post_words or words[-1].rsplit("-", 1)[-1] in lx.post_words
    ):
        words.pop()
    return (" ".join(words) or None), patient


def _is_boundary(tok: _Tok) -> bool:
    return tok.text in _BOUNDARY_PUNCT or tok.low in _lex().boundary_words


def _subject(toks: list[_Tok], i: int) -> tuple[list[_Tok], bool]:
    """The subject words left of token ``i``; True if a coordination ("and fled") was hit."""
    lx = _lex()
    j = _before_verb(toks, i)
    if j >= 0 and toks[j].low in ("and", "or", "but"):
        return [], True
    if j >= 0 and toks[j].text == ",":
        return _set_off_subject(toks, j), False
    if _relative_at(toks, j):
        # "The plant at Tanit, which started producing water": the noun phrase the
        # relative pronoun stands for
        k = j - 1 if toks[j - 1].text == "," else j
        return _words_before(toks, k - 1, 12)[0], False
    out, _ = _words_before(toks, j, 12)
    if out and out[0].low == "there":
        return [], False  # "there are no plans to close ...": no subject
    if j == i - 1 and toks[i].low.endswith("ed"):
        # a participle after its noun, the clause's verb before them: "Medics are treating
        # four soldiers wounded in the blast" -- the soldiers, not the whole clause
        be_at = max((k for k, t in enumerate(out) if t.low in lx.be), default=-1)
        if be_at >= 0:
            cut = be_at
            for k in range(be_at + 1, len(out) - 1):
                if out[k].low in _PREPS or out[k].low.endswith("ing"):
                    cut = k
            out = out[cut + 1 :]
    return out, False


def _before_verb(toks: list[_Tok], i: int) -> int:
    """The index of the last token before verb ``i`` and its auxiliaries and negation."""
    lx = _lex()
    j = i - 1
    while j >= 0 and (toks[j].low in lx.aux or toks[j].low in lx.neg1) and toks[j].text != ",":
        j -= 1
    return j


def _reduced_relative(toks: list[_Tok], i: int) -> list[_Tok]:
    """The noun phrase that opens the sentence, when a past participle right after its comma
    is said of it (else empty): "Ana Ruiz, born in 1964, grew up in Tulsa"; not the verb
    after an appositive's closing comma ("Lenz, the chief executive, resigned") nor after an
    adjunct ("The Senate, after a long debate, approved")."""
    if i < 2 or toks[i - 1].text != "," or not _PAST_PARTICIPLE.fullmatch(toks[i].low):
        return []
    k = i - 2
    while k >= 0 and not _is_boundary(toks[k]) and toks[k].text != ",":
        k -= 1
    if k >= 0:
        return []  # a comma before (an appositive's), or an adjunct: "after a long debate,"
    return _words_before(toks, i - 2, 12)[0]


_PAST_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn|rn)")


def _relative_at(toks: list[_Tok], j: int) -> bool:
    """Token ``j`` is a relative pronoun that opens a clause about the noun before it: ",
    which", ", who", or "that" right after a noun."""
    if j < 1 or toks[j].low not in _RELATIVES:
        return False
    return toks[j - 1].text == "," or toks[j].low == "that"


def _relative_clause(toks: list[_Tok], i: int) -> list[int] | None:
    """The character span of the relative clause whose verb is token ``i`` (from its
    pronoun to the next comma or the end), or None."""
    j = _before_verb(toks, i)
    if not _relative_at(toks, j):
        return None
    k = i
    while k < len(toks) - 1 and toks[k + 1].text != ",":
        k += 1
    return [toks[j].start, toks[k].end]


def _words_before(toks: list[_Tok], j: int, limit: int) -> tuple[list[_Tok], bool]:
    """The words from token ``j`` leftwards to a clause boundary, in text order and without
    a leading conjunction; True with them when ``limit`` words were taken before any
    boundary was met."""
    lx = _lex()
    out: list[_Tok] = []
    while j >= 0 and len(out) < limit:
        t = toks[j]
        if _is_boundary(t) or t.low in lx.light or t.low in lx.undergo:
            break
        if (
            t.low == "as"
            and out
            and j > 0
            and toks[j - 1].low not in _AS_COMPOUND
            and out[-1].low not in ("well", "much", "many", "long")  # "as well as", "as many as"
        ):
            break  # "Fasbender scored twice as Rhineford beat Altmark": Rhineford beat them
        out.append(t)
        j -= 1
    cut = len(out) >= limit
    out.reverse()
    while out and out[0].low in ("and", "or", "but", "also", "then"):
        out.pop(0)
    return out, cut


def _set_off_subject(toks: list[_Tok], j: int) -> list[_Tok]:
    """The subject before words set off by commas, ``j`` being the comma before the verb:
    an appositive ("Gerhard Lenz, the chief executive of Voltera, resigned"; "Alma Ruiz,
    81, died"), an aside ("the Senate, after a long debate, approved") or a relative
    clause ("Lenz, who joined in 2019, resigned"). The subject is the words before the
    first comma, back to the sentence's start or a clause boundary; none when the set-off
    words hold an event of their own (then they are a clause, not an aside)."""
    k = j - 1
    while k >= 0 and toks[k].text != "," and j - k <= 16:
        k -= 1
    # a relative clause may hold prepositions ("who stole $3.4m from clients' accounts")
    if not (k >= 0 and toks[k].text == "," and toks[k + 1].low in ("who", "which")):
        k = j - 1
        while k >= 0 and toks[k].text != "," and j - k <= 10:
            if _is_boundary(toks[k]) and toks[k].low not in ("who", "which", "after", "before"):
                return []
            k -= 1
    if k < 0 or toks[k].text != "," or k == j - 1:
        return []
    relative = toks[k + 1].low in ("who", "which")
    if not relative and any(_match_form(toks, m) for m in range(k + 1, j)):
        return []
    out, cut = _words_before(toks, k - 1, 10)
    if cut:
        return []
    named = toks[k + 1 : j]
    if out and len(named) <= 4 and all(_capital_word(t) for t in named):
        # "The suspect, Omar Haddad, was released": both name him (the comma between keeps
        # "the chief minister of Koshi Province, Bhim Rai" two names)
        return [*out, toks[k], *named]
    return out


def _place_after(toks: list[_Tok], j: int) -> bool:
    """Whether a place starts at token ``j``: a known place's name ("Paros"), or "the" and a
    kind of place or a coast ("the island of Naxos", "the coast of Somalia")."""
    if j >= len(toks):
        return False
    if toks[j].text[:1].isupper():
        return gazetteer_lookup(toks[j].text) is not None
    if toks[j].low != "the" or j + 1 >= len(toks):
        return False
    word = toks[j + 1].low
    return word in _lex().sea_edges or word in _lex().place_types


def _object(toks: list[_Tok], i: int, allow_comma: bool = False) -> list[_Tok]:
    """The object words right of token ``i`` (exclusive start), up to a preposition/clause."""
    lx = _lex()
    j = i
    while j < len(toks) and (toks[j].low in _PARTICLES or toks[j].low in ("also", "currently")):
        j += 1
    if j > i and toks[j - 1].low == "off" and _place_after(toks, j):
        return []  # "sank off Paros", "ran aground off the island of Naxos": where, not what
    out: list[_Tok] = []
    while j < len(toks) and len(out) < (14 if allow_comma else 8):
        t = toks[j]
        if t.text == "," and allow_comma and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
            out.append(t)
            j += 1
            continue
        if t.low in _QUANT_PREPS and j + 1 < len(toks) and toks[j + 1].low in _QUANT_NEXT:
            out.extend(toks[j : j + 2])  # "at least 400", "up to 50", "over 300"
            j += 2
            continue
        if (
            not out
            and t.low in _QUANT_PREPS
            and j + 1 < len(toks)
            and (toks[j + 1].text[:1].isdigit() or _is_number_word(toks[j + 1].low))
        ):
            out.append(t)  # "lay off about 850 workers": the amount's qualifier
            j += 1
            continue
        if _is_boundary(t) or t.low in _PREPS or t.text == "." or t.low in lx.be:
            break
        if out and t.low in _AUX_VERBS:
            break  # "a case of mpox has been confirmed": the object ends at the verb
        if t.low in ("and", "but") and j + 1 < len(toks) and _match_form(toks, j + 1):
            break
        if _time_phrase(toks, j, lx):
            break  # "raised the fuel tax this year": the object ends before the time
        out.append(t)
        j += 1
    while out and out[-1].text == ",":
        out.pop()
    if (
        len(out) > 1
        and j < len(toks)
        and toks[j].low in _PREPS
        and _PARTICIPLE.fullmatch(out[-1].text)
        and out[-2].low not in _DETERMINERS
    ):
        out.pop()  # "called off the strike planned for Tuesday": the strike
    if len(out) == 1 and out[0].low.endswith("ly") and len(out[0].low) > 4:
        return []  # "caught fire shortly after take-off": an adverb, not an object
    if out and not allow_comma and j < len(toks) and toks[j].text == ",":
        out.extend(_appositive_name(toks, j + 1))
    return out


def _appositive_name(toks: list[_Tok], k: int) -> list[_Tok]:
    """The name an appositive gives the object before it: "sued her former manager, Owen
    Blakely, in ..." (up to six words, then a comma, a full stop or a preposition; not
    "..., Kyiv said")."""
    lx = _lex()
    run: list[_Tok] = []
    while k < len(toks) and len(run) < 6 and toks[k].text[:1].isalpha():
        if toks[k].low in _PREPS or toks[k].low in lx.reporting or toks[k].low in lx.be:
            break
        run.append(toks[k])
        k += 1
    if not run or not run[-1].text[:1].isupper():
        return []
    if k < len(toks) and not (toks[k].text in (",", ".") or toks[k].low in _PREPS):
        return []
    return run


_AGO_UNITS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"}
)
_TIME_NOUNS = frozenset(
    {"year", "month", "week", "weekend", "spring", "summer", "autumn", "fall", "winter",
     "morning", "afternoon", "evening", "night", "quarter", "season", "time"}
)  # fmt: skip


def _time_phrase(toks: list[_Tok], j: int, lx: _Lex) -> bool:
    """A time phrase starts at token ``j``: "yesterday", "this year", "last Tuesday"."""
    low = toks[j].low
    if low in ("yesterday", "today", "tonight"):
        return True
    if low in ("this", "last", "next") and j + 1 < len(toks):
        nxt = toks[j + 1].low
        return nxt in _TIME_NOUNS or nxt in lx.months
    # "two years ago", "a decade ago"
    return j + 2 < len(toks) and toks[j + 2].low == "ago" and toks[j + 1].low in _AGO_UNITS


def _np(words: list[_Tok]) -> str | None:
    while words and words[0].low in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    return " ".join(w.text for w in words).replace(" ,", ",")


def _irrealis(toks: list[_Tok], i: int, end: int, nominal: bool) -> bool:
    """The event is told as a possibility: a modal before the verb ("Trump would win"), a
    condition opening its clause ("if Trump wins"), a modal after the noun's phrase ("a
    Clinton victory would bring ..."), or a gerund of purpose ("called for eliminating")."""
    lx = _lex()
    if not nominal and i > 0 and toks[i].low.endswith("ing") and toks[i - 1].low in lx.purposes:
        return True  # "called for eliminating the tax": a purpose
    for j, t in _clause_before(toks, i, 10):
        if t.low in lx.conditionals:
            return True
        if not nominal and i - j <= 3 and t.low in lx.modals:
            return True
    if nominal:
        return any(t.low in lx.modals for t in toks[end : end + 3])
    return False


def _forecast(toks: list[_Tok], i: int, words: frozenset[str]) -> bool:
    """A forecast word earlier in the frame's clause: what was expected, not what came
    ("analysts had expected Tarvo to report a net profit of ..."; "is forecast to")."""
    return any(t.low in words for _j, t in _clause_before(toks, i, 9))


def _clause_before(toks: list[_Tok], i: int, reach: int) -> Iterator[tuple[int, _Tok]]:
    """The tokens before token ``i``, nearest first, back to the clause's start (a comma, a
    dash, a full stop) and at most ``reach`` of them."""
    for j in range(i - 1, max(0, i - reach) - 1, -1):
        t = toks[j]
        if t.text in _BOUNDARY_PUNCT or t.text == ".":
            return
        yield j, t


def _negated(toks: list[_Tok], i: int) -> bool:
    lx = _lex()
    lo = max(0, i - 5)
    for j in range(i - 1, lo - 1, -1):
        t = toks[j]
        if t.text in _BOUNDARY_PUNCT or t.low in ("but", "rather") or t.text == ".":
            return False
        if t.low in lx.neg1 or t.low.endswith("n't"):
            return True
        if t.low not in lx.neg2_first:
            continue
        if j + 1 < i and f"{t.low} {toks[j + 1].low}" in lx.neg2:
            return True
        if j + 2 < i and f"{t.low} {toks[j + 1].low} {toks[j + 2].low}" in lx.neg2:
            return True
    return False


_OCCUR = frozenset({"happened", "occurred"})
# words that can stand before a verb without naming who does it
_FILLERS = frozenset({"having", "ever", "never", "already", "also", "just", "not", "been",
                      "being", "even", "still", "only"})  # fmt: skip
_PRONOUNS = frozenset({"it", "she", "he", "they"})
_SUBORDINATORS = frozenset({"since", "when", "after", "before", "until", "as", "while"})


def _antecedent(toks: list[_Tok], subj: list[_Tok]) -> list[_Tok]:
    """A pronoun subject stands for the sentence's named subject: "The ferry Santa Lucia
    was carrying 64 passengers when it capsized" (the pronoun keeps its place otherwise)."""
    if len(subj) != 1 or subj[0].low not in _PRONOUNS or not toks or toks[0] is subj[0]:
        return subj
    lx = _lex()
    head: list[_Tok] = []
    for t in toks[:8]:
        if t is subj[0] or _is_boundary(t) or t.low in lx.aux or _match_form(toks, toks.index(t)):
            break
        head.append(t)
    if not head or len(head) >= 8:
        return subj
    if (
        subj[0].low == "it"
        and head[-1].low.endswith("s")
        and not head[-1].low.endswith("ss")
        and (
            head[-1].text.islower()
            # a plural that opens the sentence, no known name ("Pedestrians", not "Reuters")
            or (len(head) == 1 and gazetteer_lookup(head[-1].text) is None)
        )
    ):
        # "Pedestrians have crossed on Riga's new footbridge since it opened": "it" is no
        # plural; the noun phrase just before the clause it opens
        return _phrase_before(toks, toks.index(subj[0]) - 1) or subj
    if not any(_capital_word(t) for t in head[1:]) and not any(
        k.startswith("n:") for k in participant_keys([t.text for t in head])
    ):
        return subj
    return head


def _phrase_before(toks: list[_Tok], end: int) -> list[_Tok]:
    """The noun phrase that ends right before ``toks[end]`` (a subordinator: "since",
    "when"), back to a preposition or a boundary; empty without a capital in it."""
    if end <= 0 or toks[end].low not in _SUBORDINATORS:
        return []
    k = end - 1
    while k >= 0 and end - k <= 6 and toks[k].low not in _PREPS and not _is_boundary(toks[k]):
        k -= 1
    phrase = toks[k + 1 : end]
    return phrase if any(_capital_word(t) or t.text[:1].isupper() for t in phrase) else []


def _capital_word(tok: _Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha()


def _in_name(toks: list[_Tok], i: int, size: int) -> bool:
    """A capitalised verb form inside a run of capitalised words is part of a name."""
    if not _capital_word(toks[i]):
        return False
    if i > 0 and _capital_word(toks[i - 1]):
        return True
    return i + size < len(toks) and _capital_word(toks[i + size])


def _in_body_name(toks: list[_Tok], k: int) -> bool:
    """The capitalised words from token ``k`` end a body's name ("... Election Commission",
    "... Relief Agency"): the capitalised event noun before them is part of it."""
    if k == 0 or not _capital_word(toks[k - 1]):
        return False
    org_words = _lex().org_words
    while k < len(toks) and _capital_word(toks[k]):
        if toks[k].low in org_words:
            return True
        k += 1
    return False


def _frames(toks: list[_Tok]) -> list[dict[str, Any]]:
    lx = _lex()
    frames: list[dict[str, Any]] = []
    forms = lx.forms
    i = 0  # the first token that a frame may start at
    n = len(toks)
    consumed: set[int] = set()  # starts of words that an earlier frame took as its own
    first = next((t for t in toks if t.text[:1].isalpha()), None)  # the sentence's first word
    for form_at in [k for k, t in enumerate(toks) if t.low in forms]:  # an event form's start
        if form_at < i or toks[form_at].start in consumed:
            continue
        i = form_at
        hit = _match_form(toks, i)
        particle_at: int | None = None
        if hit is None:
            split = _separable(toks, i)
            if split is None:
                continue
            hit = (1, split[0], False)
            particle_at = split[1]
        size, lemma, is_noun = hit
        if not is_noun and _in_name(toks, i, size):
            i += size  # "the Canyon Fire", "the Fire Department": a name, not "fire"
            continue
        if is_noun and _in_body_name(toks, i + size):
            i += size  # "the State Election Commission": a body, no election
            continue
        if size == 1 and toks[i].text[:1].isupper() and toks[i].low in lx.months:
            i += 1  # "on 3 March": the month, no march
            continue
        cls = lx.lemma_class[lemma]
        prev = toks[i - 1].low if i > 0 else ""
        verb_forms = any(not o[2] for o in lx.forms[toks[i].low] if o[1] == lemma)
        noun_forms = any(o[2] for o in lx.forms[toks[i].low] if o[1] == lemma)
        nominal = is_noun
        if verb_forms and noun_forms:
            nominal = (
                prev in _NOUN_CONTEXT
                or prev in lx.light
                or prev in lx.undergo
                or (i > 0 and toks[i - 1].text[:1].isupper() and prev not in lx.aux)
                or prev.endswith(("'s", "’s", "s'", "s’", "ous", "al", "ive", "ful", "ic", "ent"))
                or prev.endswith("ant")
            )
        end = i + size
        nxt = toks[end].low if end < n else ""
        if toks[i].low == "close" and nxt == "to" and prev not in lx.aux and prev != "to":
            i = end  # "the coast close to Toamasina": near it, no closing (not "will close to")
            continue
        if nominal and verb_forms and noun_forms and nxt[:1] in _NUMBER_START:
            nominal = False  # "the bridge at Pakse cost $410 million": a verb before an amount
        if (
            verb_forms
            and noun_forms
            and not nominal
            and (nxt in _OCCUR or (nxt == "took" and end + 1 < n and toks[end + 1].low == "place"))
        ):
            nominal = True  # "the mine collapse took place on ...": the event noun
        if (
            not nominal
            and not toks[i].low.endswith("ing")
            and prev != "to"
            and (
                prev in _PREPS
                or prev in _DETERMINERS
                or prev == "of"
                # "fireworks for private use", "of military use": a noun after an adjective
                or (
                    i >= 2
                    and toks[i - 2].low in ("for", "of")
                    and toks[i - 1].text.islower()
                    and (prev.endswith(_ADJECTIVE_ENDS) or prev in ("private", "home", "own"))
                    and (
                        end >= n
                        or _is_boundary(toks[end])
                        or toks[end].text == "."
                        or toks[end].low in lx.be
                        or toks[end].low in lx.aux
                    )
                )
            )
        ):
            i = end  # "from command of", "the abandoned equipment": not a verb here
            continue
        if (
            not nominal
            and lemma in lx.aspectual_lemmas
            and (nxt == "to" or (end < n and _match_form(toks, end) is not None))
        ):
            i = end  # "starting to leave", "began fighting": the next event is the real one
            continue
        frame: dict[str, Any] = {
            "event": lemma,
            "class": cls,
            "trigger": " ".join(t.text for t in toks[i:end]),
            "nominal": nominal,
            "passive": False,
            "negated": _negated(toks, i),
            "agent": None,
            "patient": None,
            "span": [toks[i].start, toks[end - 1].end],
        }
        forecast = lx.forecast.get(cls)
        if forecast and _forecast(toks, i, forecast):
            frame["forecast"] = True
        if _irrealis(toks, i, end, nominal):
            frame["irrealis"] = True
        if nominal and frame["trigger"].lower() in lx.state_nouns:
            frame["state"] = True
        agent: list[_Tok] = []
        patient: list[_Tok] = []
        accuser: list[_Tok] = []
        accused = _accusation(toks, i)
        if nominal:
            if _no_before(toks, i):
                frame["negated"] = True  # "there will be no strike", "no release of prisoners"
                if cls in lx.harm:
                    frame["nobody"] = True  # "there was no loss of life": no one died
            agent, patient = _nominal_roles(toks, i, end, frames)
            if not agent:
                agent = _owner_before(toks, i, lx.owner_verbs.get(cls))
            after = lx.noun_patient_after.get(lemma)
            if after and not patient and end < n and toks[end].low in after:
                patient = _object(toks, end + 1)  # "the sentencing hearing for Dario Lenz"
            if (
                lemma in lx.possessed_undergo
                and agent
                and (not patient or agent[-1].text.endswith(_POSSESSIVE_ENDS))
            ):
                agent, patient = [], agent  # "Quinn's sentencing (at Leeds Crown Court)"
            if accused is not None:
                patient = _object(toks, end)
        else:
            subj, coord = _subject(toks, i)
            clause = _relative_clause(toks, i)
            if clause is not None:
                frame["clause"] = clause  # its own dates only (conflicts)
            if coord and frames:
                prev_frame = frames[-1]
                frame["agent"] = prev_frame.get("agent")
                frame["agent_keys"] = prev_frame.get("agent_keys", [])
            elif (
                prev in _ADJUNCT_LEADS
                and toks[i].low.endswith("ing")
                and frames
                and not frames[-1]["nominal"]
                and not (prev == "by" and frames[-1]["passive"])  # "destroyed by shelling"
            ):
                # "Matos won a second term after defeating Costa", "won the cup by beating
                # Hibernian", "the man was arrested after stabbing a guard": the main
                # clause's subject does the participle
                subj = []
                main = frames[-1]
                side = "patient" if main["passive"] else "agent"
                if main.get(side):
                    frame["agent"] = main[side]
                    frame["agent_keys"] = main.get(f"{side}_keys", [])
            doer = lx.undergone.get(lemma, "by")
            passive = (
                not toks[i].low.endswith("ing")
                and i > 0
                and (
                    _prev_content(toks, i) in lx.be
                    or (nxt == "by" and prev not in lx.aux)
                    or lemma in lx.undergone
                )
            )
            reduced = _reduced_relative(toks, i)
            if reduced:
                # "Ana Ruiz, born in 1964, ...", "The bridge, opened in 2004, ...": what the
                # participle after the first comma is said of, which undergoes it
                subj, passive = reduced, True
            frame["passive"] = passive
            if passive:
                patient = subj
                if _no_determiner(subj) or (
                    len(subj) > 1 and subj[0].low == "none" and subj[1].low not in _NO_COMPARATIVE
                ):
                    # "no patient data was stolen", "none of the files were taken"
                    frame["negated"] = True
                    patient = subj[2:] if subj[1].low == "of" else subj[1:]
                    if cls in lx.harm:
                        # "no passengers were injured": none of them, whoever the other
                        # report names among them
                        frame["nobody"] = True
                elif [t.low for t in subj] in (["no", "one"], ["nobody"], ["none"]):
                    # "no one was injured": nobody is, whoever the other report names
                    frame["negated"] = True
                    frame["nobody"] = True
                    patient = []
                k = end
                while k < n and k < end + 4 and toks[k].low != doer:
                    k += 1
                if k < n and toks[k].low == doer:
                    agent = _object(toks, k + 1)
                elif frame["trigger"].lower().endswith(" by"):
                    agent = _object(toks, end)  # "was started by a downed power line"
                other = lx.passive_as.get(cls)
                if not agent and other is not None and patient:
                    # "Hartlepool were beaten in the final": Hartlepool lost
                    lemma, cls = other, lx.lemma_class[other]
                    frame["event"], frame["class"], frame["passive"] = lemma, cls, False
                    agent, patient = patient, []
            else:
                agent = _antecedent(toks, subj)
                if agent and all(t.low in lx.aux or t.low in _FILLERS for t in agent):
                    agent = []  # "denied having ever met ...": no one named here
                patient = _object(toks, end)
                if _no_determiner(patient):
                    # "found no link", "reported no casualties": the object is denied
                    frame["negated"] = True
                    patient = patient[1:]
                elif frame["negated"] and patient and patient[0].low in _ANY:
                    # "had not cut any jobs", "has not detained anyone": none at all, whoever
                    # the other report names
                    frame["nobody"] = True
                    patient = patient[1:]
                marker = lx.patient_after.get(lemma)
                if not patient and marker and end < n and toks[end].low == marker:
                    patient = _object(toks, end + 1)  # "granted bail to Amina Yusuf"
                if particle_at is not None:
                    # "handed the banker over to Spain": the object ends at the particle
                    patient = [t for t in patient if t.start < toks[particle_at].start]
                    frame["trigger"] = f"{toks[i].text} ... {toks[particle_at].text}"
            if lemma in lx.recipient_lemmas:
                k = end + len(patient)
                while k < n and k < end + len(patient) + 3 and toks[k].low != "to":
                    k += 1
                if k < n and toks[k].low == "to":
                    to = _object(toks, k + 1)
                    if to:
                        frame["recipient"] = _np(to)
                        frame["recipient_keys"] = _token_keys(to, first)
            purpose = lx.purpose_after.get(lemma)
            if purpose is not None:
                # "vaccinated 30,000 children against measles": what the event is against
                k, stop = end, min(n - 1, end + len(patient) + 4)
                while k < stop and toks[k].low != purpose:
                    k += 1
                if k < stop and toks[k].low == purpose:
                    frame["purpose"] = toks[k + 1].low
        if frame["passive"] and toks[i].low in lx.not_passive.get(lemma, ()):
            i = end  # "was left holding $8.8 billion in debt": left with it, not gone
            continue
        not_objects = lx.not_objects.get(lemma)
        if not_objects and (
            (patient and patient[-1].low in not_objects)
            # the word right after the verb: an object the patient reader left out
            # ("dismissed reports that ..."), or a compound ("a Lyon appeals court sat")
            or (end < n and toks[end].low in not_objects)
        ):
            # "have drawn scrutiny", "questions were raised": no draw, no rise
            i = end
            continue
        target = lx.target_after.get(lemma)
        if target and patient and not frame["passive"]:
            k = end + len(patient)
            while k < n and k < end + len(patient) + 2 and toks[k].low not in target:
                k += 1
            if k < n and toks[k].low in target:
                on = _object(toks, k + 1)
                if on and _capital_word(on[-1]):
                    patient = on  # "repelled the assault on Kharsk": Kharsk was held
        amount = lemma in lx.number_lemmas  # its object is a number (before any recast)
        recast = lx.recast.get(lemma)
        if (
            recast is not None
            and (not patient or recast[2])
            and (
                any(
                    t.low.rstrip("'’") in recast[1]
                    for t in (agent + patient if recast[2] else agent)
                )
                or (recast[3] and any(t.low in recast[3] for t in toks))
            )
        ):
            # "bus drivers will strike on Monday", "a strike by nurses": a walkout
            lemma = recast[0]
            cls = lx.lemma_class[lemma]
            frame["event"], frame["class"] = lemma, cls
        if cls == "resign" and not nominal and end < n and toks[end].low == "as":
            post, _rest = _post(toks, end, [], True, lx)
            if post:
                frame["post"] = post  # "resigned as deputy chair of the party": that post
        if cls == "appoint" and not nominal:
            post, patient = _post(toks, end, patient, frame["passive"], lx)
            if post:
                frame["post"] = post
            elif lemma in lx.post_lemmas:
                i = end  # "a man named John", "made a statement": no appointment
                continue
        at = (
            next((k for k in range(1, len(patient)) if patient[k].low in lx.result_states), None)
            if lemma in lx.result_verbs
            else None
        )
        if at is not None:
            # "the crash left 13 people dead": the crash killed 13 people; "found X guilty
            # of fraud": convicted X. The state word is this frame's, not an event of its own
            result = lx.result_states[patient[at].low]
            lemma, cls = result, lx.lemma_class[result]
            frame["event"], frame["class"] = lemma, cls
            frame["trigger"] = f"{frame['trigger']} ... {patient[at].text}"
            consumed.add(patient[at].start)
            patient = patient[:at]
        if accused is not None:
            # "X accused Y of shelling Z": Y is the agent by X's account
            accuser, agent = accused
            frame["passive"] = False
        if accuser:
            frame["accuser"] = _np(accuser)
            frame["accuser_keys"] = _token_keys(accuser, first)
        if agent:
            frame["agent"] = _np(agent)
            frame["agent_keys"] = _token_keys(agent, first)
        if patient and amount:
            patient = []  # "reached 46 degrees Celsius": the amount, not what it measures
        if patient:
            frame["patient"] = _np(patient)
            frame["patient_keys"] = _token_keys(patient, first)
        frame.setdefault("agent_keys", [])
        frame.setdefault("patient_keys", [])
        frame["theme_keys"] = _theme_keys(frame, lx.lemma_theme[lemma])
        extra = lx.lemma_theme_key.get(lemma)
        if extra and extra not in frame["theme_keys"]:
            frame["theme_keys"] = sorted([*frame["theme_keys"], extra])
        theme_words = _theme_words(frame, lx.lemma_theme[lemma], agent, patient)
        if theme_words and theme_words[0].low in ("a", "an", "another"):
            frame["indefinite"] = True  # "a fire broke out": one of many, not "the" fire
        if nominal:
            # "battles took place", "the summit will open": the occasion itself (not "the
            # ceasefire": its frame would take the date of whatever the sentence says of it);
            # "African Union leaders will hold their summit": the leaders' summit, a summit
            occasion = lx.one_place_head.get(toks[end - 1].low)
            if occasion is None and cls == "fight" and not frame["theme_keys"]:
                occasion = "h:fighting"
            if occasion is not None and occasion not in frame["theme_keys"]:
                frame["theme_keys"] = sorted([*frame["theme_keys"], occasion])
        frames.append(frame)
        i = end
    return frames


def _theme_words(
    frame: dict[str, Any], theme: str, agent: list[_Tok], patient: list[_Tok]
) -> list[_Tok]:
    if frame.get("nominal") and theme == "agent":
        theme = "either"
    if theme == "agent":
        return agent
    if theme == "either":
        return patient or agent
    return patient


def _accusation(toks: list[_Tok], i: int) -> tuple[list[_Tok], list[_Tok]] | None:
    """(accuser, accused) when token ``i`` follows "accused Y of" / "blamed Y for"."""
    if i < 3 or toks[i - 1].low not in ("of", "for"):
        return None
    accuse = _lex().accuse
    for j in range(i - 2, max(0, i - 9), -1):
        t = toks[j]
        if t.low in accuse:
            accused = toks[j + 1 : i - 1]
            if not accused or any(_is_boundary(x) for x in accused):
                return None
            accuser, _ = _subject(toks, j)
            return accuser, accused
        if _is_boundary(t):
            return None
    return None


_PARTICIPLE_AFTER_HEAD = re.compile(r"^[a-z]{3,}ing$")
_NOT_WORDS = frozenset({"not", "never"})  # "were not exposed" is a passive too


def _prev_content(toks: list[_Tok], i: int) -> str:
    """The nearest word before ``i`` that is not an adverb ("was reportedly dismissed")."""
    lx = _lex()
    j = i - 1
    while (
        j >= 0
        and (toks[j].low in lx.aux or toks[j].low in _NOT_WORDS)
        and toks[j].low not in lx.be
        and toks[j].low != "to"
    ):
        j -= 1  # stop at "to": in "were forced to abandon", "were" belongs to "forced"
    return toks[j].low if j >= 0 else ""


def _nominal_roles(
    toks: list[_Tok], i: int, end: int, frames: list[dict[str, Any]]
) -> tuple[list[_Tok], list[_Tok]]:
    lx = _lex()
    agent: list[_Tok] = []
    patient: list[_Tok] = []
    # "carried out (a series of) strikes", "came under airstrikes"
    j = i - 1
    while j >= 0 and i - j <= 6 and not _is_boundary(toks[j]):
        two = f"{toks[j - 1].low} {toks[j].low}" if j > 0 else ""
        if two in lx.undergo or two in lx.light:
            subj, _ = _subject(toks, j - 1)
            if two in lx.undergo:
                patient = subj
            else:
                agent = subj
            break
        if toks[j].low in lx.undergo or toks[j].low in lx.light:
            subj, _ = _subject(toks, j)
            if toks[j].low in lx.undergo:
                patient = subj
            else:
                agent = subj
            break
        j -= 1
    if not agent and not patient and i > 0:
        # "Russia's withdrawal", "Russian airstrikes"
        k = i - 1
        mods: list[_Tok] = []
        if (
            k >= 1
            and toks[k].text.isalpha()
            and toks[k].text.islower()
            and toks[k].low not in _DETERMINERS
            and toks[k].low not in lx.aux
            and toks[k].low not in _ROLE_MODIFIERS
            and _capital_word(toks[k - 1])
            and toks[k - 1].low not in lx.name_stop
        ):
            mods.append(toks[k])  # "the Kestrel Ridge mine collapse": a named site's event
            k -= 1
        while (
            k >= 0 and i - k <= 4 and (toks[k].text[:1].isupper() or toks[k].low in _ROLE_MODIFIERS)
        ):
            if toks[k].low in lx.name_stop or toks[k].low in lx.reporting:
                break
            mods.append(toks[k])
            k -= 1
        agent = [t for t in reversed(mods) if t.low not in ("air", "full")]
        if not agent and toks[i - 1].text.endswith(("s'", "s’")):
            # "the train drivers' strike": the plural possessor is the agent
            k = i - 1
            while k > 0 and i - k < 4 and toks[k - 1].text.isalpha():
                if toks[k - 1].low in _DETERMINERS or toks[k - 1].low in lx.name_stop:
                    break
                k -= 1
            agent = toks[k:i]
    if end < len(toks) and toks[end].low == "between" and not agent:
        agent = _object(toks, end + 1)  # "talks between Iran and the US": both take part
    elif (
        end < len(toks)
        and toks[end].low in ("of", "on", "against", "over")
        and not (toks[end].low == "on" and end + 1 < len(toks) and _is_time_word(toks[end + 1]))
    ):
        # "a strike on Friday", "talks on 3 May": a day, not what the event is about
        patient = patient or _object(toks, end + 1, allow_comma=True)
    elif end < len(toks) and toks[end].low == "at" and not patient:
        site = _object(toks, end + 1)
        for c, t in enumerate(site):
            if t.low in _OCCUR or t.low == "took":
                site = site[:c]
                break
        if any(_capital_word(t) for t in site):
            patient = site  # "the rockfall at the Kestrel Ridge mine": a named site
    k = end
    while k < len(toks) and k < end + 12 and toks[k].text not in (".", ";"):
        if toks[k].low == "by" and not agent:
            agent = _object(toks, k + 1)
            break
        k += 1
    return agent, patient


def _owner_before(toks: list[_Tok], i: int, verbs: frozenset[str] | None) -> list[_Tok]:
    """The subject of an owning verb right before an amount's noun: "Nordvik reported a net
    profit of ..." (the lexicon's ``owner_verbs`` of the class), else nothing."""
    if not verbs:
        return []
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].low not in verbs:
        if _is_boundary(toks[j]):
            return []
        j -= 1
    if j < 0 or toks[j].low not in verbs:
        return []
    subj, _ = _subject(toks, j)
    return subj


def _is_time_word(tok: _Tok) -> bool:
    """A weekday, a month or a day's number: "on Friday", "on 3 May", "on May 3"."""
    low = tok.low.rstrip("'’s") if tok.low.endswith(("'s", "’s")) else tok.low
    day = low[:-1] if low.endswith("days") else low  # "on Fridays"
    return day in WEEKDAYS or low == "weekend" or low in _lex().months or tok.text[:1].isdigit()


def _theme_keys(frame: dict[str, Any], theme: str) -> list[str]:
    agent_keys: list[str] = frame.get("agent_keys") or []
    patient_keys: list[str] = frame.get("patient_keys") or []
    if frame.get("nominal") and theme == "agent":
        # "the resignation of Kisel": the "of" phrase is the theme; "the ACOD union's strike
        # at SNCB": the owner is still who strikes
        if patient_keys and agent_keys:
            return patient_keys + [k for k in agent_keys if k not in patient_keys]
        theme = "either"
    if theme == "agent":
        return agent_keys
    if theme == "either":
        return patient_keys or agent_keys
    return patient_keys


# ------------------------------------------------------------------ article-level links


def link_definites(
    readings: list[dict[str, Any]], speakers: Iterable[tuple[str, str]] = ()
) -> None:
    """Give a definite description the name its article gave the same thing: "the ferry"
    is the Amaranth Star after "the passenger ferry Amaranth Star capsized", "the interior
    minister" is Ana Ruiz after "Interior Minister Ana Ruiz said" (``speakers``: the
    article's sources, as (role, name)). Only a head noun the article names one thing by,
    and only a frame's theme that is that noun alone, with no "a" before it ("a ferry" may
    be another). The readings are changed in place."""
    named: dict[str, set[tuple[str, ...]]] = {}
    for role, name in speakers:
        for head, names in _named_by_head(f"{role.lower()} {name}"):
            named.setdefault(head, set()).add(names)
    for r in readings:
        for f in r.get("frames", ()):
            for side in ("agent", "patient"):
                for head, names in _named_by_head(f.get(side)):
                    named.setdefault(head, set()).add(names)
    if not named:
        return
    one = {head: next(iter(names)) for head, names in named.items() if len(names) == 1}
    for r in readings:
        for f in r.get("frames", ()):
            theme = f.get("theme_keys")
            if not theme or len(theme) != 1 or f.get("indefinite"):
                continue
            given = one.get(theme[0])
            if given is None:
                continue
            linked = sorted({*theme, *given})
            for side in ("agent", "patient"):
                if f.get(f"{side}_keys") == theme:
                    f[f"{side}_keys"] = linked
            f["theme_keys"] = linked


def _named_by_head(text: str | None) -> Iterator[tuple[str, tuple[str, ...]]]:
    """ "passenger ferry Amaranth Star" -> ("w:ferry", the name's keys); "Interior Minister
    Ana Ruiz" -> ("w:minister", ...): each name of a phrase with the head noun just before
    it ("the ferry Corran Star and the ferry Isla Bay": two ferries)."""
    if not text:
        return
    words = text.split()
    lx = _lex()
    k = len(words)
    while k > 0:
        end = k
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in lx.titles:
            k -= 1
        if k < end and k > 0:
            head = words[k - 1]
            low = head.lower()
            names = tuple(sorted(n for n in participant_keys(words[k:end]) if n.startswith("n:")))
            if (
                names
                and low.isalpha()
                and (head[:1].islower() or low in lx.titles)
                and low not in _NOT_HEAD
            ):
                hkeys = participant_keys([low])
                if len(hkeys) == 1 and hkeys[0].startswith("w:"):
                    yield hkeys[0], names
        k = k - 1 if k == end else k


# --------------------------------------------------------------------------- places


def find_places(text: str) -> list[dict[str, Any]]:
    """Place names after a preposition, with the relation the preposition gives."""
    lx = _lex()
    out: list[dict[str, Any]] = []
    # a distance or a verb of reach before the place holds one of these words
    may_reach = _BEFORE_PLACE_HINT.search(text) is not None
    for m in lx.place_re.finditer(text):
        prep = " ".join(m.group("prep").lower().split())
        before = (
            _BEFORE_PLACE.search(text, max(0, m.start() - 45), m.start()) if may_reach else None
        )
        dist = before.group("dist") if before else None
        if dist:
            relation = "away"
        elif prep in ("in", "at", "inside", "into", "across"):
            relation = "in"
        elif prep in ("to", "towards", "toward"):
            relation = "in" if before and before.group("pv") else "to"
        elif prep == "from":
            relation = "from"
        elif prep == "of":
            relation = "in" if m.group("det") else "of"
        else:
            relation = "near"
        km = None
        text_start = m.start()
        # "east of Moscow", "40 km south-west of Kherson": the direction from the place
        bearing = m.group("bearing") or (before.group("bd") if before and dist else None)
        if before and dist:
            km = _distance_km(before.group("dn"), before.group("du"))
            text_start = before.start("dist")
        for raw in _NAME_SPLIT.split(m.group("names")):
            name = _POSSESSIVE.sub("", raw.strip())
            words = name.split()
            if len(words) > 1 and _POSSESSIVE.sub("", words[0]).lower() in WEEKDAYS:
                words.pop(0)  # "in Saturday's Champions League final": the day is a date
            if len(words) > 1 and _POSSESSIVE.search(words[0]):
                owner = gazetteer_lookup(_POSSESSIVE.sub("", words[0]))
                if owner is not None and owner.kind == "place":
                    words.pop(0)  # "in Hungary's Tokaj wine region": Tokaj, in Hungary
            while words and (words[0].lower() in lx.name_stop or words[0].lower() in lx.titles):
                words.pop(0)
            if not words or words[0].lower() in lx.months:
                continue
            if len(words) > 1 and words[0].lower() in lx.demonyms:
                continue  # "the Syrian Army", "the Russian Federation": not a place
            name = " ".join(words)
            out.append(
                {
                    "text": text[text_start : m.end()].strip(),
                    "name": name,
                    "relation": relation,
                    "km": km,
                    "keys": _place_keys(name),
                    "area": _is_area(name, m, text, lx),
                }
            )
            if bearing:
                out[-1]["bearing"] = bearing_degrees(bearing)
    hosted = any(h in text for h in lx.host_hints)  # a cheap test before the scan
    for m in lx.host_re.finditer(text) if hosted else ():
        name = m.group("names")
        entry = gazetteer_lookup(name)
        if entry is not None and entry.kind == "place":
            out.append(
                {
                    "text": name,
                    "name": name,
                    "relation": "in",
                    "km": None,
                    "keys": _place_keys(name),
                    "area": _is_area(name, m, text, lx),
                }
            )
    return out


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _is_area(name: str, m: re.Match[str], text: str, lx: _Lex) -> bool:
    """A region, country or institution rather than a town ("the Moscow region")."""
    low = name.lower()
    if low in lx.areas or any(k[2:] in lx.countries for k in _place_keys(name)):
        return True  # by its own key or through the gazetteer ("Burma" is Myanmar)
    if any(w in lx.area_words for w in low.split()):
        return True
    if any(w in lx.area_words for w in m.group("det").lower().split()):
        return True  # "in the province of Idlib"
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in lx.area_words


def _distance_km(num: str, unit: str) -> float | None:
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30,
             "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
             "hundred": 100, "a hundred": 100}  # fmt: skip
    low = num.lower()
    try:
        value = float(low.replace(",", "."))
    except ValueError:
        if low not in words:
            return None
        value = float(words[low])
    return round(value * (1.609 if unit.lower().startswith("mile") else 1.0), 1)


# --------------------------------------------------------------------------- entry point


_MEMO_SIZE = 8192
_memo: dict[tuple[str, date | None], bytes] = {}


def read_claim(text: str, article_date: date | None) -> dict[str, Any]:
    """The structured reading of one claim (JSON-serialisable).

    Wire copies repeat claims word for word: a reading is a pure function of the text and
    the article date, so recent readings are remembered (pickled, so that every caller
    gets its own copy to keep or change).
    """
    key = (text, article_date)
    hit = _memo.get(key)
    if hit is not None:
        reading: dict[str, Any] = pickle.loads(hit)
        return reading
    reading = _read_claim(text, article_date)
    if len(_memo) >= _MEMO_SIZE:
        _memo.clear()
    _memo[key] = pickle.dumps(reading, pickle.HIGHEST_PROTOCOL)
    return reading


def _read_claim(text: str, article_date: date | None) -> dict[str, Any]:
    if _lex().form_part_re.search(text.lower()) is None:
        frames: list[dict[str, Any]] = []  # no event word at all
    else:
        frames = _frames(_tokens(text))
    dates = find_dates(text, article_date)
    spans = [(d["span"][0], d["span"][1]) for d in dates]
    quantities = find_quantities(text, spans)
    places = find_places(text)
    for q in quantities:
        counted = q.pop("counted", None)
        # "the death toll ... rose to 41": the toll's own frame, not the nearer "rose"
        own = counted and next(
            (
                k
                for k, f in enumerate(frames)
                if f["span"][0] < counted[1] and counted[0] < f["span"][1]
            ),
            None,
        )
        if own is None and q.get("unit") == "magnitude":
            # "The quake that hit Sumatra measured 6.4": the quake's, not the nearer "hit"
            quake = magnitude_class()
            own = next((k for k, f in enumerate(frames) if f["class"] == quake), None)
        q["frame"] = own if own is not None else _frame_of(frames, q["span"], text)
    main = next((f for f in frames if not f["nominal"]), frames[0] if frames else None)
    return {
        "event": main["event"] if main else None,
        "event_class": main["class"] if main else None,
        "agent": main["agent"] if main else None,
        "patient": main["patient"] if main else None,
        "negated": bool(main["negated"]) if main else False,
        "frames": frames,
        "dates": dates,
        "quantities": quantities,
        "places": places,
    }


def _frame_of(frames: list[dict[str, Any]], span: list[int], text: str) -> int | None:
    """The frame nearest to an amount; a frame before it is preferred ("killed 100"). A
    noun frame that is the object of a verb frame before it, in one clause, yields to the
    verb: "Costa won the election with 54 percent" is the win's share, not the poll's."""
    best: int | None = None
    best_d = float("inf")
    for k, f in enumerate(frames):
        fs, fe = f["span"]
        d = span[0] - fe if fe <= span[0] else (fs - span[1]) * 1.5 if fs >= span[1] else 0.0
        if d < best_d:
            best, best_d = k, d
    if (
        best is not None
        and frames[best]["span"][1] <= span[0]
        and _lex().report_break.search(text, frames[best]["span"][1], span[0])
    ):
        # "About 300 were evacuated, the service said, adding that rescuers had pulled 23
        # people from the mud": a reported clause of its own, whose verb has no frame
        return None
    if best is not None and frames[best]["nominal"] and frames[best]["span"][1] <= span[0]:
        head = _subject_head(frames, best, span, text)
        if head is not None:
            return head
        noun_start = frames[best]["span"][0]
        verbs = [
            k
            for k, f in enumerate(frames)
            if not f["nominal"]
            and f["span"][1] <= noun_start
            and not _CLAUSE_BREAK.search(text, f["span"][1], span[0])
        ]
        if verbs:
            return verbs[-1]
    return best


_COPULA_BEFORE = re.compile(
    r"(?:\s+(?:in|of|on|for|at|from)\s+[^,;:()—–]*?)?"
    r"\s+(?:was|is|were|are|stood\s+at|stands\s+at)\s+"
)
_OF_PHRASE = re.compile(r"\s+(?:in|of|on|for|at|from)\s+[^,;:()—–]*$")


def _subject_head(
    frames: list[dict[str, Any]], best: int, span: list[int], text: str
) -> int | None:
    """ "Turnout in the referendum on the amendment was 61%": the amount after a copula is
    the subject's head noun's, not that of the noun in the phrase after it. The head is a
    noun frame before ``best`` that only prepositional phrases part from it."""
    if not _COPULA_BEFORE.fullmatch(text[frames[best]["span"][1] : span[0]]):
        return None
    nouns = [k for k in range(best) if frames[k]["nominal"]]
    for k in nouns:
        between = text[frames[k]["span"][1] : frames[best]["span"][0]]
        if _OF_PHRASE.fullmatch(between) and not _CLAUSE_BREAK.search(between):
            return k
    return None


_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:and|but|which|who|that|after|before|when)\b")
