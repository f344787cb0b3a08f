"""Coreference for sources within one article.

* Pronouns and definite descriptions ("he", "they", "the agency", "the report", "the source")
  resolve to the most recent source of a compatible kind; unresolvable ones stay unresolved
  (the caller then keeps the article's own voice: no wild guesses).
* "he"/"she" never resolve to a person of the other gender: an honorific or role word tells
  it ("Mr.", "spokeswoman"), else the given name (``lexicons/given_names.toml``). A person of
  the pronoun's gender who opened the sentence just before, named after the last source,
  takes the pronoun ("The mayor, Tom Reed, disagreed. He told ...").
* Short names ("Zakharova", misspelled "Lababida") link to the full name introduced earlier
  in the article, also when that person was only mentioned, not quoted ("Russian leader
  Vladimir Putin" ... "Putin stressed").
* A person's surname spelling is settled by majority over the article's mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from claimtrack.attribute.lexicon import lexicon
from claimtrack.attribute.mentions import (
    _ACRONYM,
    BASED_PARTICIPLES,
    ORG_KINDS,
    OWNER_POSSESSIVE,
    Anaphor,
    _org_kind,
    agency_of_country,
    parse_source,
    split_name,
)
from claimtrack.lexicons import table
from claimtrack.normalise.gazetteer import is_demonym, stop_capitals
from claimtrack.normalise.gazetteer import lookup as gazetteer_lookup
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.normalise.translit import fold, name_key
from claimtrack.records import SourceRef
from claimtrack.segment import TIME_STAMP

# up to six words, so that a long title keeps its name ("Interior Cabinet Secretary Joseph
# Kiprono")
_NAME_RUN = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?:[- ](?:(?:al|el|bin|ibn|de|van|von)-?\s?)?"
    r"[A-ZÀ-ÖØ-Þ](?:[a-zà-ÿ'’]+|(?=\s[A-ZÀ-ÖØ-Þ]))){1,5}"
    # a hyphenated given name after the family name: "Park Hae-sun", "Ban Ki-moon"
    # (not "New York-based", "Hong Kong-listed")
    r"(?:-(?!(?:based|listed|born|led|backed|owned|run|made|style|era|bound|registered|"
    r"flagged|linked|funded|allied|controlled|held|occupied|speaking|wide|area|level)\b)"
    r"[a-zà-ÿ]+(?![\w-]))?\b"
)
_AFTER_PREP = re.compile(r"\b(?:of|for|to)\s$")


def _long_run_parts(run: str) -> tuple[str, ...]:
    """A run of five or six capitalised words is a long title before a name ("Interior
    Cabinet Secretary Joseph Kiprono") only if it ends in a name of at most three words;
    else (a headline in title case, "Hillary Clinton Goes After Donald Trump") its first
    four words and the rest, as shorter runs."""
    words = run.split()
    if len(words) <= 4:
        return (run,)
    split = split_name(run)
    if split is not None and split[0] and len(split[1].split()) <= 3:
        return (run,)
    return (" ".join(words[:4]), " ".join(words[4:]))


_SIMILAR = 85.0
_LEAD_THE = re.compile(r"^The\s+(?=[A-Z])")
_REPORT_NOUNS = frozenset(lexicon().anaphors["report"])
# the head words of a source that is a document or a piece of evidence, not a speaker
# (``documents`` holds the report nouns too)
_DOCUMENTARY = lexicon().evidence_nouns | lexicon().documents
# "the company said": a company named earlier in the article's own voice, as a subject
_COMPANY_NOUNS = frozenset(table("groups.toml")["anaphors"]["company"])
# what follows a sentence's subject: "disagreed", "has cut", "on Monday met"
_VERB = (
    r"\s+(?:on\s+[A-Z]\w+\s+)?(?:(?:has|have|had|will|said|is|was|could|would|can|cannot|may|"
    r"might|must|should|did|does)\s+(?:not\s+)?)?"
    r"(?:[a-z]+(?:ed|s)|cut|set|put|hit|shut|won|lost|made|sold|bought|paid|grew|fell|rose|saw|"
    r"took|gave|began|kept|led|met|ran|spent|told|wrote|be|beat|struck|drove|flew|fought|"
    r"caught|left|threw|broke|came|went|held|stood|sent|shot|spoke|brought|found|got|built|"
    r"swept|sank|fled|stole|sought|rode|wore|hung|slid|tore|hid|bit|dug|shook)\b"
)
# a sentence opened by a group of people: "Researchers at the University of Southampton
# analysed ...", "Scientists have found ...", "Local doctors warned ..."
_GROUP_OPENING = re.compile(
    r"(?P<n>(?:The\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}?(?P<head>[A-Za-z]+s)"
    r"(?:\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w&'’.-]*){0,6})?)"
    r"(?=\s+(?:have\s+|had\s+|also\s+)?[a-z]+(?:ed|ew|ound|aw|ook|ade|ent)\b)"
)
_SUBJECT_RUN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>[A-Z][\w&'’.-]+(?:\s+(?:&\s+)?[A-Z][\w&'’.-]+){0,3})"
    f"(?={_VERB})"
)
# A person opening a sentence as its subject: "Reed disagreed.", "Mayor Tom Reed met ...",
# "Tom Reed, the mayor, disagreed.", "The mayor, Tom Reed, disagreed.", "Defence lawyer
# Ali Demir objected.", also after an opening phrase ("In an August speech, Trump attacked
# ..."); not after "Mr. ", which ends no sentence. ``role``, ``pre`` and ``app`` hold the
# words around the name, which may tell the person's gender ("The spokeswoman, Ana Ruiz,
# declined ...").
_PARTY = r"(?:\s+\([^()\n]{1,20}\))?"  # "Claire McCaskill (D-Mo.)"
# where a sentence may start (matched at ``_SENTENCE_START``'s ends: scanning the whole text
# with look-behinds is several times slower)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?[ \t]|\n)(?=[A-Z])")
_HONORIFIC_END = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|St)\.\s$")
_PERSON_SUBJECT = re.compile(
    r"(?P<lead>[A-Z][^,.;:!?\"“”\n]{0,60},\s+(?:[a-z][^,.;:!?\"“”\n]{0,60},\s+)?)??"
    r"(?:(?P<role>(?:The|A|An|His|Her|Their|Its|[A-Z][\w&'’-]*['’]s)\s+[a-z][^,.;:!?\"“”\n]{0,60}?)"
    r",\s+(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})" + _PARTY + ","
    r"|(?P<pre>(?!(?:He|She|They|It|We|I|You)\b)[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){1,3}\s+)??"
    r"(?P<n>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    + _PARTY
    + r"(?:,\s+(?P<app>[a-z0-9][^,.;:!?\"“”\n]{0,120}?),)?)"
    + rf"(?=\s+said\b|{_VERB})"
)
_GOV_KINDS = frozenset({"government", "organisation"})
_PERSON = frozenset({"person"})
_OPENERS = frozenset(
    {
        "As",
        "After",
        "Before",
        "When",
        "While",
        "Since",
        "Until",
        "If",
        "Unlike",
        "Like",
        "But",
        "And",
        "For",
        "From",
        "With",
        "By",
        "In",
        "On",
        "At",
        "To",
        "Under",
        "Over",
        "Though",
        # a cue before its speaker: "Said Ellis: ..."
        "Said",
        "Says",
        "Added",
        "Adds",
        "Wrote",
        "Writes",
        "Explained",
        "Noted",
        "Insisted",
    }
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_ANONYMOUS = frozenset({"anonymous"})
# the people a body was named through: "two officials at the ministry", "sources in the army"
_PEOPLE_AT = re.compile(r"^(?:\w+\s+){0,3}?(?P<w>\w+)\s+(?:at|in|from|with|of)\s")
# one unnamed person, as a source's words introduce them: "A farmer near Tokar", "one nurse"
_ONE_PERSON = re.compile(r"^(?i:a|an|one|another)\s")
# the head of a description ends before its first preposition or clause
_PREP_HEAD = re.compile(r"\s+(?:at|in|near|from|of|with|for|on|who|which)\s")
_WORD_GENDER = {
    w: g for g, words in table("groups.toml")["people"]["gender"].items() for w in words
}
_HONORIFICS = frozenset(table("groups.toml")["people"]["honorifics"])
# a person described by a title: "the president", "his deputy", "a spokeswoman"
_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+)?([\w-]+)\b"
)
_INDEFINITE = re.compile(r"\b[Aa]n?\s+(?:[a-z][\w-]*\s+)?$")
# the words that refer back to a person of a gender
_GENDER_PRONOUN = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b"),
}
_NOT_NAMES = frozenset(
    {"He", "She", "They", "It", "We", "I", "You", "The", "A", "An", "This", "That", "In", "On"}
)


@dataclass(frozen=True)
class _Subject:
    """A person opening a sentence as its subject ("The mayor, Tom Reed, disagreed.")."""

    start: int
    end: int
    name: str  # as ``Tracker._person_name`` gives it: "Tom Reed", or "Reed" alone
    surface: str  # as written: "Mr. Reed"
    told: str | None  # the gender an honorific or role word tells ("Mr.", "spokeswoman")
    gender: str | None  # that, else the given name's


@dataclass
class _Person:
    ref: SourceRef
    given: str  # "Kamal"
    surnames: Counter[str] = field(default_factory=Counter)
    first_surname: str = ""


def _given_gender(given: str) -> str | None:
    """ "m" / "f" for a given name the lexicon knows ("Jean-Pierre" whole, else "Anne" of
    "Anne-Sophie"), else None."""
    table = lexicon().given_gender
    key = fold(given)
    found = table.get(key)
    if found is None and " " in key:
        found = table.get(key.split()[0])
    return found


def _word_gender(text: str) -> str | None:
    """ "m" / "f" when an honorific or a role word in ``text`` tells ("Mr.", "spokeswoman")."""
    for w in text.casefold().split():
        g = _WORD_GENDER.get(w)
        if g:
            return g
    return None


def _open_quote(text: str) -> int:
    """Where in ``text`` a quotation starts that ``text`` leaves open, else -1."""
    curly = text.rfind("“")
    if curly > text.rfind("”"):
        return curly
    return text.rfind('"') if text.count('"') % 2 else -1


_POSSESSIVE_END = re.compile(r"['’]s$")
_LEAD_ARTICLE = re.compile(r"^(?:The|A|An|At|In|By|From|To|Of|For|On)\s+")


# a day or a month after "on" / "of" is when, not more of the name: "the Japan Meteorological
# Agency on Saturday raised ...", "the Electoral Commission of March 2024"
_NO_DATE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
)


# a word of a name, and the space between two: "U.S." and "St." keep their full stops, a
# longer word ending a sentence does not ("Thursday."), and no name runs across a line
_NAME_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*(?:(?<![a-z]{4})\.)?"
_NAME_GAP = r"[ \t]+"


def _state_owned(name: str) -> str:
    """ "Estonia's Data Protection Inspectorate" -> "Data Protection Inspectorate": the
    state that owns a body is no part of its name (as ``parse_source`` has it)."""
    m = OWNER_POSSESSIVE.match(name)
    if m is None:
        return name
    owner = m.group("owner")
    place = gazetteer_lookup(owner)
    known = owner in lexicon().states or (place is not None and place.kind == "place")
    return m.group("rest") if known else name


@lru_cache(maxsize=256)
def _lower_holding(head: str) -> re.Pattern[str]:
    """One or two capitalised words before ``head`` in lower case: "Klipfontein
    municipality"."""
    return re.compile(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}){re.escape(head)}\b")


@lru_cache(maxsize=256)
def _holding(head: str) -> re.Pattern[str]:
    """A capitalised name that holds ``head`` as a word ("Central Bank of Chile")."""
    word = re.escape(head.capitalize())
    return re.compile(
        rf"(?:{_NAME_WORD}{_NAME_GAP}(?:(?:of|on|for|de){_NAME_GAP}(?:the{_NAME_GAP})?)?){{0,5}}"
        rf"{word}s?\b(?:{_NAME_GAP}(?:of|on|for){_NAME_GAP}(?:the{_NAME_GAP})?{_NO_DATE}"
        rf"{_NAME_WORD}(?:{_NAME_GAP}{_NAME_WORD}){{0,3}})?"
    )


@lru_cache(maxsize=256)
def _ending(head: str) -> re.Pattern[str]:
    """A capitalised name that ends as ``named_heads[head]`` lists ("... Police Department")."""
    ends = sorted(lexicon().named_heads[head], key=len, reverse=True)  # longest first
    endings = "|".join(re.escape(e) for e in ends)
    return re.compile(rf"(?:{_NAME_WORD}{_NAME_GAP}){{1,5}}(?:{endings})(?![\w’'])")


@lru_cache(maxsize=128)
def _aged_name(age: str) -> re.Pattern[str]:
    """A name given the age ``age``: "Rosa Diaz, 71," or "71-year-old (farmer) Rosa Diaz"."""
    return re.compile(
        rf"(?P<a>{_NAME_RUN.pattern}),\s+{age}\b"
        rf"|\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}(?P<b>{_NAME_RUN.pattern})"
        # (not a constituency or a party before a title: "the 44-year-old Cork South
        # Central TD")
        r"(?!\s+(?:TD|MP|MEP|MSP|MLA|MPP|MHA|MK)\b)(?!\s+[A-ZÀ-ÖØ-Þ])"
    )


def _ends_with(full: list[str], short: list[str]) -> bool:
    """``short`` is the last words of ``full`` (and fewer of them)."""
    n = len(short)
    return 1 < n < len(full) and name_key(" ".join(full[-n:])) == name_key(" ".join(short))


def _is_place(word: str) -> bool:
    entry = gazetteer_lookup(word)
    return entry is not None and entry.kind == "place"


def _same_surname(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 5 and fuzz.ratio(ka, kb) >= _SIMILAR


_KIN: dict[str, list[str]] = table("groups.toml")["anaphor_kin"]
_COUNT_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
     "many", "most", "several", "all", "both", "few"}
)  # fmt: skip
# verbs that tell how a level moved ("rose", "fell", "slid"): `groups.toml` [level_verbs]
_LEVEL_VERBS = "|".join(table("groups.toml")["level_verbs"]["words"])
_OPENING_BODY = re.compile(
    # (after a description of it: "Power utility Eskom will cut ...", "South Africa's
    # power utility Eskom has ...")
    # (and after a wire's dateline: "JOHANNESBURG (Reuters) - ...")
    r"(?:[A-Z][A-Z .,'-]+(?:\s*\([^()\n]{1,30}\))?\s*[-–—]+\s*)?"
    # (and after a live blog's time: "10:42 BST — ...", "18.37: ...")
    rf"(?:{TIME_STAMP}\s*[-–—:]\s*)?"
    r"(?:The\s+)?(?:(?:(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+)?(?:[A-Za-z][a-z-]+\s+){0,2}"
    # (not a place after a preposition: "The plant in Gdansk will open ..." is no Gdansk's;
    # "Shares in Vantor Group" are the company's)
    r"(?:(?<=[Ss]hares\s)|(?<=[Ss]tock\s)|(?!(?:in|near|at|from|of|on|outside|for|to|by|with|"
    r"and|or)\s))[a-z][a-z-]+\s+(?=[A-Z]))?"
    # (or its shares: "Apple shares fell 3% after the company warned ...", and "Shares in
    # Vantor Group fell 8% after the company cut ...", whose first words the description
    # before the name takes)
    r"(?P<n>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,3})\s+(?P<shares>(?:shares|stock)\s+)?"
    r"(?:has|have|had|is|was|will|would|said|says|[a-z]{3,}ed|" + _LEVEL_VERBS + r")\b"
)
_SHARES_IN = re.compile(r"(?:Shares|Stock)\s+(?:in|of)\s")
# "Shares jumped 5%", "Prices have risen": a measure opens the sentence, not a body (which
# would move something: "Volvex doubled its dividend")
_MEASURE_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|is|was|were|will|would)\s+(?:been\s+)?)?(?:"
    + _LEVEL_VERBS
    + r")\b(?!\s+(?:its|their|his|her|the|a|an|our|your|my)\b)"
)
# words that describe a body before its name ("Carmaker Volvex", "Lender Nordbank")
_BODY_DESCRIPTORS = frozenset(lexicon().anaphors["organisation"]) | frozenset(
    w for w in lexicon().descriptors if " " not in w
)
_CLIENT = re.compile(r"^(?:his|her|their)\s+client$", re.I)
# the capitalised words right before / after a name ("European" Commission, Fleetwise
# "Systems")
_LEAD_WORDS = re.compile(r"((?:[A-Z][\w&'’-]+\s+){1,3})$")
# "Dubai-based": where a body sits, no word of its name
_BASED_WORD = re.compile(rf"-{BASED_PARTICIPLES}$")
_TAIL_WORDS = re.compile(r"((?:\s+[A-Z][\w&'’-]+){1,3})")
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")  # the word before a name ("Mr.", "President")

# kinds of a source that may be a body's short form ("Fleetwise", parsed as a surname)
_SHORTENED_KINDS = frozenset({"person", "organisation", "government"})
# the endings of common nouns ("production", "management", "security"): a capitalised word
# with one that opens a sentence is that noun, not a one-word company name
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ure|age)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
_ACTS_FOR = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s?\s+(?:\w+\s+)?"
    r"(?:attorney|lawyer|solicitor|counsel|barrister|advocate|agent|representative)$"
)


_TITLE_SHORT: dict[str, list[str]] = table("groups.toml")["people"]["title_abbreviations"]
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}"


@lru_cache(maxsize=256)
def _titled(role: str) -> re.Pattern[str]:
    """A person named with the title ``role``: before the name ("Mayor Tom Reed", "Sen.
    Bernie Sanders"), or in apposition after or before it ("Tom Reed, the mayor," / "the
    city's mayor, Tom Reed,")."""
    words = role.split()
    spelled = r"\s+".join(re.escape(w) for w in words)
    shorts = [re.escape(a) for a in _TITLE_SHORT.get(words[-1], [])] if len(words) == 1 else []
    title = "|".join([f"(?i:{spelled})", *shorts])
    return re.compile(
        rf"\b(?:{title})\s+(?P<n>{_NAME_WORDS})"
        rf"|(?P<a>{_NAME_WORDS}),\s+(?i:the|a|an|its|their|[A-Z][\w'’-]*['’]s)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{spelled}),"
        rf"|\b(?i:the|its|their|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{spelled}),\s+"
        rf"(?P<b>{_NAME_WORDS}),"
    )


def _kin(noun: str) -> list[str]:
    """The nouns an anaphor's noun may find its antecedent under ("the insider": a source)."""
    return _KIN.get(noun, [noun])


# the capitalised name before "(ACRONYM)": "the Sri Lanka Ports Authority", "Institute of
# Meteorology and Water Management"
_SPELLED_RUN = re.compile(
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|in|at|the|de|du|des|del|la)\s+)*[A-Z][\w'’.&-]*)*\s*$"
)
_LEAD_LOWER = re.compile(r"^(?:(?:[Tt]he\s+)?[a-z][\w-]*\s+)+")


class Tracker:
    """The sources seen so far in one article, most recent last."""

    def __init__(self, registry: SourceRegistry, text: str) -> None:
        self.registry = registry
        self.history: list[SourceRef] = []
        self._seen_at: dict[int, int] = {}  # id of a history entry -> its last sentence's start
        self._told: dict[int, str] = {}  # id of a person -> gender told where named as subject
        self.people: list[_Person] = []
        self._index = self._name_index(text)
        self.text = text
        self._pos = 0
        self._starts: list[int] = []  # where the sentences attributed so far start
        self._subjects: list[tuple[int, str]] | None = None
        self._runs: list[tuple[int, str]] | None = None  # every capitalised sentence opener
        self._person_subjects: list[_Subject] | None = None
        self._bodies: dict[str, SourceRef | None] = {}  # head -> the one body named so
        self._lower_words: frozenset[str] | None = None  # the words written in lower case
        self._longer: dict[str, list[tuple[int, str, bool]]] = {}  # ``_longer_names``
        self._spelled: dict[str, str | None] = {}  # acronym -> the name the article spells out

    @property
    def pos(self) -> int:
        """Where the sentence being attributed starts (the caller sets it, sentence by
        sentence)."""
        return self._pos

    @pos.setter
    def pos(self, value: int) -> None:
        if value != self._pos:
            self._starts.append(value)
            self._pos = value

    def _push(self, ref: SourceRef) -> None:
        if ref.kind == "organisation" and ref.name.rsplit(None, 1)[-1] in _DOCUMENTARY:
            return  # "federal statistics", "post-debate analysis": no "it" or "the company"
        self.history.append(ref)
        self._seen_at[id(ref)] = self._pos

    def _name_index(self, text: str) -> dict[str, str]:
        """surname key -> full name, for capitalised name runs in the article."""
        out: dict[str, str] = {}
        # a pure function of the run and the registry's aliases: remembered per registry
        memo = self.registry.memo("name_index")
        for m in _NAME_RUN.finditer(text):
            run = m.group()
            if run.count(" ") >= 2 and _AFTER_PREP.search(text, max(0, m.start() - 5), m.start()):
                run = run.split(" ", 1)[1]  # "Secretary of State Antony Blinken"
            if run.endswith(("'s", "’s")) and " " in run:
                run = run[:-2]  # "Donald Trump's claim"
            for part in _long_run_parts(run):
                try:
                    entry = memo[part]
                except KeyError:
                    entry = memo[part] = self._name_entry(part)
                if entry is not None:
                    out.setdefault(*entry)
        return out

    def _name_entry(self, run: str) -> tuple[str, str] | None:
        """(surname key, full name) for a capitalised name run, None if it names no person."""
        first, _, rest = run.partition(" ")
        if first in _OPENERS and rest:
            run = rest  # "As Kabar reported", "After Smith left": the run starts a sentence
        split = split_name(run)
        if split is None:
            return None
        _, name = split
        words = name.split()
        if len(words) < 2 or any(w in lexicon().states for w in words):
            return None
        if self.registry.find(name):
            return None
        if fold(words[0]) not in lexicon().given_names and _is_place(words[-1]):
            return None  # "Metro Manila", "Greater Accra" (not "Michael Jordan")
        return name_key(words[-1]), name

    # ------------------------------------------------------------------ resolution
    def resolve(self, parsed: SourceRef | Anaphor | None) -> SourceRef | None:
        if parsed is None:
            return None
        if isinstance(parsed, Anaphor):
            return self._antecedent(parsed)
        ref = parsed
        if ref.kind in ORG_KINDS and _ACRONYM.match(ref.name):
            ref = self._spelled_out(ref)
        if ref.kind in _SHORTENED_KINDS and not self._is_person_named(ref.name):
            ref = self._short_form(ref) or ref
        if ref.kind == "person" and _CLIENT.match(ref.name):
            ref = self._client() or ref
        if ref.kind == "person" and " " not in ref.name and not self._is_person_named(ref.name):
            # "Afad said" after "Turkey's disaster agency Afad said": the body quoted before
            ref = self._body_named(ref.name) or ref
        if ref.kind == "person":
            ref = self._person(ref)
        elif ref.kind == "collective" and ref.name.casefold() in lexicon().named_heads:
            # "police said" in a story that names one police force: that force
            ref = self._named_body(ref.name.casefold()) or ref
        self._push(ref)
        return ref

    def _spelled_out(self, ref: SourceRef) -> SourceRef:
        """A body the article names by its acronym, by the name it spells out: "the Sri
        Lanka Ports Authority (SLPA)" is the Sri Lanka Ports Authority, and so is "SLPA"
        wherever the article writes it. The registry's own names stay (GUR, FT): they are
        the same in every article."""
        if self.registry.lookup(ref.name) is not None:
            return ref
        acronym = ref.name
        if acronym not in self._spelled:
            # where the article spells it out, as the capitalised words before "(ACRONYM)"
            # ("The paramilitary Rapid Support Forces (RSF)": no descriptor), else as parsed
            full = None
            for m in re.finditer(r"\(" + re.escape(acronym) + r"\)", self.text):
                run = _SPELLED_RUN.search(self.text, max(0, m.start() - 120), m.start())
                hit = parse_source(f"{run.group()} ({acronym})", self.registry) if run else None
                if isinstance(hit, SourceRef) and hit.name == acronym and hit.full_name:
                    full = _LEAD_LOWER.sub("", hit.full_name)
                    break
            if full is None and ref.full_name:
                full = _LEAD_LOWER.sub("", ref.full_name)
            self._spelled[acronym] = full if full and full != acronym else None
        full = self._spelled[acronym]
        if full is None:
            return ref
        return ref.model_copy(update={"name": full, "full_name": None})

    def _body_named(self, name: str) -> SourceRef | None:
        """The body quoted so far under exactly ``name``, if any."""
        for ref in reversed(self.history):
            if ref.kind in ORG_KINDS and ref.name == name:
                return ref
        return None

    def _is_person_named(self, name: str) -> bool:
        """Whether a person quoted so far bears ``name`` (as a surname or whole)."""
        key = name_key(name.split()[-1])
        return any(name_key(p.first_surname) == key for p in self.people)

    def _short_form(self, ref: SourceRef) -> SourceRef | None:
        """The body the article named in full before, of which ``ref`` is the short form:
        "Fleetwise" after "Fleetwise Systems", "Calloway Ridge" after "Calloway Ridge
        Partners" (a company word after it), "Commission" after "European Commission"
        (a government body's last word). None if no such name or several."""
        name = ref.name
        if len(name.split()) > 2 or not name[:1].isupper():
            return None
        longer = self._longer_names(name)
        if not longer or self.registry.lookup(name) is not None:
            return None
        if ref.kind == "person" and longer[0][0] < 0:
            return None  # "Mr. Obama": a person, whatever "Obama Says ... Museum" holds
        found = {full for at, full, suffix in longer if 0 <= at < self.pos and not suffix}
        if not found and ref.kind in ("government", "organisation"):
            found = {full for at, full, suffix in longer if 0 <= at < self.pos and suffix}
        if len(found) != 1:
            return None
        (full,) = found
        known = self.registry.lookup(full)
        if known is not None:
            return known.model_copy(update={"surface": ref.surface})
        kind = _org_kind(full) or ("government" if ref.kind == "government" else "organisation")
        return SourceRef(name=full, kind=kind, surface=ref.surface)

    def _longer_names(self, name: str) -> list[tuple[int, str, bool]]:
        """Every longer name in the article that ``name`` starts (before a company word) or
        ends, as (where, name, is a suffix); first (-1, "", False) when the article writes
        ``name`` after an honorific or a title. Worked out once per name and article, from
        the places the article writes ``name``."""
        hit = self._longer.get(name)
        if hit is not None:
            return hit
        out: list[tuple[int, str, bool]] = []
        text = self.text
        lex = lexicon()
        company = lex.org_words.get("organisation", frozenset())
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                head = _LEAD_WORDS.search(text, max(0, at - 80), at)
                word = _WORD_BEFORE.search(text, max(0, at - 24), at)
                prev = word.group(1).casefold() if word is not None else ""
                if prev in _HONORIFICS or prev.rstrip(".") in lex.titles:
                    out.append((-1, "", False))  # "Mr. Obama", "President Obama": a person
                tail = _TAIL_WORDS.match(text, end)
                if tail is not None:
                    extra = tail.group(1).split()
                    if not any(w.casefold() in lex.verb_modality for w in extra) and any(
                        w.casefold() in company for w in extra
                    ):
                        # (a headline in title case, "Obama Says African-American Museum",
                        # holds a verb)
                        out.append((at, f"{name}{tail.group(1)}", False))
                if head is not None:
                    lead = head.group(1).split()
                    while lead and (lead[0] in ("The", "A", "An") or _BASED_WORD.search(lead[0])):
                        lead.pop(0)
                    if lead and lead[0] not in _OPENERS and prev not in _HONORIFICS:
                        out.append((head.start(1), " ".join([*lead, name]), True))
            at = text.find(name, at + 1)
        out.sort(key=lambda x: x[0])
        self._longer[name] = out
        return out

    def _antecedent(self, a: Anaphor) -> SourceRef | None:
        if a.owned is not None:
            # "His lawyer said": the lawyer of the one "he" would be, named so
            owner = self._antecedent(Anaphor(a.kinds, a.surface))
            if owner is not None and not self._named_lately(owner):
                # "... held Pagliano in contempt. His lawyer said": the last source named
                # may not be whose lawyer this is; only one named in this sentence or the
                # one before
                owner = None
            if owner is None:
                if a.fallback is not None:
                    self._push(a.fallback)
                return a.fallback
            s = "'" if owner.name.endswith("s") else "'s"
            plural = a.owned.endswith("s") and not a.owned.endswith("ss")  # "his aides"
            ref = SourceRef(
                name=f"{owner.name}{s} {a.owned}",
                kind="collective" if plural else "person",
                role=a.owned,
                surface=a.fallback.surface if a.fallback else a.surface,
            )
            self._push(ref)
            return ref
        if a.noun and a.noun.endswith("-year-old"):
            return self._aged(a.noun.split("-", 1)[0])
        if a.head or a.modifier:
            # "the headquarters" -> the Coordination Headquarters named before
            for ref in reversed(self.history):
                if ref.kind in a.kinds and self._fits(a, ref, need_head=bool(a.head)):
                    self._push(ref)
                    return ref
        if a.head in lexicon().named_heads:
            body = self._named_body(a.head)  # "a hospital spokesperson": the hospital named
            if body is not None:
                self._push(body)
                return body
        if a.head and a.fallback is not None and a.fallback.kind != "person":
            # "the bank said" after "the Central Bank of Chile cut its rate": the one body
            # named before with that word in its name, though it said nothing yet
            body = self._named_before(a.head)
            if body is not None:
                self._push(body)
                return body
        if a.surface.casefold() == "they" and not a.noun and not a.head:
            # the group that opened the sentence just before, ahead of any earlier source
            group = self._group_just_before()
            if group is not None:
                self._push(group)
                return group
        gender = _PRONOUN_GENDER.get(a.surface.casefold())
        if gender and not a.noun and not a.head:
            # "A farmer near Tokar said C. He said D": the one unnamed person quoted in the
            # sentence just before, ahead of anyone named earlier
            unnamed = self._unnamed_just_before(gender)
            if unnamed is not None:
                self._push(unnamed)
                return unnamed
        if (
            a.kinds == _PERSON
            and not a.noun
            and not a.head
            and a.surface.casefold() not in _PRONOUN_GENDER
        ):
            # "the Frenchwoman", "the Briton": the one who acted just before, else as "she"
            # or "he" would be, of the gender the word tells
            gender = _WORD_GENDER.get(a.surface.rsplit(None, 1)[-1].casefold())
            actor = self._actor_just_before(gender)
            if actor is not None:
                self._push(actor)
                return actor
        if a.noun and a.kinds == _ANONYMOUS:
            # "The officials, who declined to be named, said" after "two officials at the
            # Ministry of Energy told Reuters": the body those officials spoke for
            for ref in reversed(self.history[-3:]):
                people = _PEOPLE_AT.match((ref.surface or "").casefold())
                if (
                    ref.kind in ORG_KINDS
                    and people is not None
                    and people.group("w").removesuffix("s") in _kin(a.noun)
                ):
                    self._push(ref)
                    return ref
        since = self._starts[-a.recent - 1] if 0 < a.recent < len(self._starts) else -1
        for ref in reversed(self.history):
            if self._seen_at.get(id(ref), 0) < since:
                break  # "a spokeswoman": only a body quoted in the last sentences
            if ref.kind not in a.kinds:
                continue
            if a.noun and not any(
                kin in f"{ref.name} {ref.role or ''}".casefold() for kin in _kin(a.noun)
            ):
                continue
            if a.modifier and ref.kind in _GOV_KINDS and not self._fits(a, ref, need_head=False):
                continue  # "the Israeli military" is not the Gaza Health Ministry
            if a.head in lexicon().specific_heads and not self._fits(a, ref, need_head=True):
                continue  # "the board" is not the Chicago Transit Authority
            generic = a.head in lexicon().generic_heads
            if (
                a.head
                and ref.name[:1].islower()
                # a generic head ("the company", "the group") may be a body of any name
                # ("conservative-leaning Tax Foundation"), or of a company's noun ("the
                # retailer"), but no other common noun ("the union")
                and not (
                    generic
                    and (not ref.name.islower() or ref.name.rsplit(None, 1)[-1] in _COMPANY_NOUNS)
                )
                and not self._fits(a, ref, need_head=True)
            ):
                # "the central bank said" after "the retailer said", "the company said" after
                # "the union says": another body (a name, "Unite", may be "the company")
                continue
            if gender and self._gender(ref) not in (None, gender):
                continue  # "she" is not "Mr. Crespo"
            if (
                gender
                and ref.name[:1].islower()
                and self._gender(ref) is None
                and any(
                    r.full_name
                    and self._gender(r) == gender
                    and self._seen_at.get(id(r)) == self._seen_at.get(id(ref))
                    for r in self.history
                )
            ):
                # "She said a passing motorist had told her ... She added": the woman who
                # relayed the motorist, not the motorist of unknown sex she spoke of
                continue
            if a.surface.casefold() == "it" and self._named_since(ref):
                return None  # "it" may be the company that opened a sentence since
            if gender:
                found = self._rival_subject(ref, gender)
                if found is None:
                    return None  # two people it may be: the caller keeps the article's voice
                ref = found
            self._push(ref)
            return ref
        if a.kinds == _PERSON and not a.noun and not a.head:
            person = self._last_person_subject(gender) or self._only_person_nearby()
            if person is not None and (not gender or self._gender(person) in (None, gender)):
                self._push(person)
                return person
        if a.head in _COMPANY_NOUNS or (a.fallback is not None and a.head in _REPORT_NOUNS):
            # "the company said", "the report said": the institution that opened a sentence
            # (this one: "Eskom has suspended load shedding, the power utility announced")
            named = self._opening_body() if a.head in _COMPANY_NOUNS else None
            named = named or self._last_subject()
            if named is not None:
                ref = SourceRef(name=named, kind="organisation", surface=a.surface)
                self._push(ref)
                return ref
        if a.surface.casefold() == "it":
            # "The Met Office has issued a warning. Gusts are possible, it says.": the body
            # that opened the sentence just before, when no source of the article fits
            before = self._start_before()
            named = self._opening_body(before) if before is not None else None
            here = self._opening_body()
            if here is not None and (_org_kind(here) or self.registry.lookup(here)):
                # "Kestrel Foods will cut 400 jobs, it said": the body its own sentence opens
                # with, named as a body (not "Storm Babet will bring rain, it said")
                named = here
            if named is not None:
                known = self.registry.lookup(named)
                ref = known or SourceRef(name=named, kind=_org_kind(named) or "organisation")
                ref.surface = a.surface
                self._push(ref)
                return ref
        if a.kinds == _PERSON and a.fallback is not None and a.fallback.role:
            # "the senator" after "Vermont Sen. Bernie Sanders is against it": the one person
            # the article gave that title, quoted or not
            titled = self._titled_person(a.fallback.role)
            if titled is not None:
                self._push(titled)
                return titled
        if a.fallback is not None:
            self._push(a.fallback)
            return a.fallback
        if a.noun:
            # "the sources" with no earlier source: anonymous, named as written
            name = re.sub(r"^(?:the|these|those)\s+", "", a.surface, flags=re.I)
            ref = SourceRef(name=name, kind="anonymous", surface=a.surface)
            self._push(ref)
            return ref
        return None

    def _titled_person(self, role: str) -> SourceRef | None:
        """The one person the article names with the title ``role`` before this sentence
        ("Mayor Tom Reed", "Vermont Sen. Bernie Sanders", "Tom Reed, the city's mayor,",
        "the mayor, Tom Reed,"); None when it names none or several."""
        found: dict[str, str] = {}
        for m in _titled(role).finditer(self.text, 0, self.pos):
            entry = self._name_entry(m.group("n") or m.group("a") or m.group("b"))
            if entry is not None:
                found.setdefault(entry[0], entry[1])
        if len(found) != 1:
            return None
        name = next(iter(found.values()))
        return self._person(SourceRef(name=name, kind="person", role=role, surface=name))

    def _aged(self, age: str) -> SourceRef | None:
        """The one person the article gives ``age``: "Rosa Diaz, 71," or "71-year-old Rosa
        Diaz" (None if no one or several)."""
        found = {
            _POSSESSIVE_END.sub("", m.group("a") or m.group("b"))
            for m in _aged_name(age).finditer(self.text)
        }
        if len(found) > 1:
            return None
        if not found:
            # no age given: the person who opened the sentence just before by doing something
            # ("Rina Takeda knocked out Elise Marchand. ... the 22-year-old said": the one the
            # story is about), else the person the article named last ("Kettrick said
            # Gallacher had been injured. The 23-year-old admitted ...")
            ref = self._actor_just_before(None)
            if ref is not None:
                self._push(ref)
                return ref
        name = found.pop() if found else self._last_named()
        if name is None:
            return None
        ref = self._person(SourceRef(name=name, kind="person"))
        self._push(ref)
        return ref

    def _named_before(self, head: str) -> SourceRef | None:
        """The one name before the current sentence that holds ``head`` as a word ("Central
        Bank of Chile" for "bank"), as a source, None if none or several."""
        names = {
            _state_owned(_LEAD_ARTICLE.sub("", m.group()).strip().rstrip("."))
            for m in _holding(head).finditer(self.text, 0, self.pos)
            if m.start() == 0 or not self.text[m.start() - 1].isalnum()
        }
        if not names and head not in _REPORT_NOUNS:
            # "the Klipfontein municipality": a name before the head in lower case (not a
            # demonym, "Kenyan police", nor a sentence's first word, "Bank staff"; a
            # report's head is no body's: "a Facebook post")
            names = {
                m.group().strip()
                for m in _lower_holding(head).finditer(self.text, 0, self.pos)
                if not any(
                    is_demonym(w) or w.casefold() in stop_capitals() for w in m.group(1).split()
                )
                and self.text[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n")
            }
        # a name, not the word alone ("Bank said")
        return self._the_one({n for n in names if " " in n})

    def _named_body(self, head: str) -> SourceRef | None:
        """The one body of the article whose name ends as ``named_heads[head]`` lists
        ("Cobb County Police Department" for "police"), None if none or several."""
        if head not in self._bodies:
            names = {_LEAD_ARTICLE.sub("", m.group()) for m in _ending(head).finditer(self.text)}
            self._bodies[head] = self._the_one(names)
        return self._bodies[head]

    def _the_one(self, names: set[str]) -> SourceRef | None:
        """The body ``names`` holds if it holds one, as the registry knows it."""
        if len(names) != 1:
            return None
        (name,) = names
        known = self.registry.lookup(name)
        return known or SourceRef(name=name, kind=_org_kind(name) or "organisation")

    @staticmethod
    def _fits(a: Anaphor, ref: SourceRef, need_head: bool) -> bool:
        named = f"{ref.name} {ref.full_name or ''} {ref.surface or ''} {ref.role or ''}".casefold()
        if need_head and a.head and a.head not in named:
            return False
        return not a.modifier or a.modifier.casefold()[:4] in named

    def _named_since(self, source: SourceRef) -> bool:
        """Whether a name of two words or more that is not a person's, nor ``source``'s,
        opened a sentence since ``source`` was last seen ("BaFin told the FT ... Hanse
        Kreditbank was founded in 1921. Its shares fell when it disclosed ...")."""
        since = self._seen_at.get(id(source), -1)
        if self._runs is None:
            self._runs = [
                (m.start(), _LEAD_THE.sub("", m.group("n")))
                for m in _SUBJECT_RUN.finditer(self.text)
            ]
        own = f"{source.name} {source.full_name or ''} {source.surface or ''}"
        for start, name in self._runs:
            if start >= self.pos:
                break
            words = name.split()
            if (
                start > since
                and len(words) >= 2
                and words[0] not in _OPENERS
                and words[0] not in ("The", "A", "An")
                and name not in own
                and fold(words[0]) not in lexicon().given_names
                and all(name not in p.ref.name for p in self.people)
                and (self.registry.lookup(name) or SourceRef(name="", kind="person")).name
                != source.name
            ):
                return True
        return False

    def _opening_body(self, at: int | None = None) -> str | None:
        """The one-to-four-word name that opens the current sentence (or the one at ``at``)
        as its subject, when it is no person's ("Eskom has suspended ...", "Helixa
        Therapeutics said ...")."""
        m = _OPENING_BODY.match(self.text, self.pos if at is None else at)
        if m is None:
            return None
        name = m.group("n")
        words = name.split()
        if len(words) > 1 and words[0].casefold() in _BODY_DESCRIPTORS:
            words = words[1:]  # "Carmaker Volvex will cut ...": the carmaker is Volvex
            name = " ".join(words)
        by_shares = m.group("shares") or _SHARES_IN.match(m.group())
        if not by_shares and _MEASURE_AFTER.match(self.text, m.end("n")):
            return None  # "Shares jumped 5%, the company said": a measure, not a body
        if (
            fold(words[0]) in lexicon().given_names
            or any(name in p.ref.name for p in self.people)
            # "Mr Lomax said the firm had told ...": a person by the honorific
            or words[0].casefold() in _HONORIFICS
            # "There was no acid on board, its operator said": no name at all
            or (len(words) == 1 and words[0].casefold() in stop_capitals())
            # "Figures released by the grid operator showed ...": evidence, not a body
            or (len(words) == 1 and words[0].casefold() in _DOCUMENTARY)
            or words[0] in _OPENERS
            or words[0].casefold() in _COUNT_WORDS
            or any(w in lexicon().states for w in words)
        ):
            return None
        known = self.registry.lookup(name)
        if known is not None and known.kind == "person":
            return None
        if known is None and len(words) == 1 and self._common_word(words[0]):
            return None  # "Production will stop ..., the group said": a noun, not a body
        return known.name if known is not None else name

    def _common_word(self, word: str) -> bool:
        """A capitalised word that is a common noun: written in lower case elsewhere in the
        article, or with a common noun's ending ("Production", "Management")."""
        low = word.casefold()
        if _NOUN_ENDING.search(low):
            return True
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORD.findall(self.text))
        return low in self._lower_words

    def _last_subject(self) -> str | None:
        """The last capitalised name that opened a sentence before the current one."""
        if self._subjects is None:
            lex = lexicon()
            runs = [
                (m.start(), _LEAD_THE.sub("", m.group("n")))
                for m in _SUBJECT_RUN.finditer(self.text)
            ]
            self._subjects = [
                (start, n)
                for start, n in runs
                if len(n.split()) >= 2
                and n.split()[0] not in ("The", "A", "An", "In", "On", "At", "But")
                and not any(w in lex.states for w in n.split())
                and _org_kind(n) is not None
            ]
        best = None
        for start, name in self._subjects:
            if start >= self.pos:
                break
            best = name
        if best is None:
            return None
        known = self.registry.lookup(best)
        if known is not None:
            # "The World Bank released its outlook. The report said ...": a known body; a
            # news outlet that opened a sentence is no report's author
            return None if known.kind in ("outlet", "agency") else known.name
        return best

    def _rival_subject(self, source: SourceRef, gender: str) -> SourceRef | None:
        """ "he"/"she" when ``source`` is the last source it may be: that source, unless a
        person whose given name, honorific or role tells the pronoun's gender opened a
        sentence since ``source`` was last named ("Maria Lopez said ... The mayor, Ana
        Ruiz, disagreed. She told ...").

        Then that person, when they opened the sentence just before (see ``_just_before``):
        the subject of the last sentence is what "she" most likely continues, ahead of
        anyone that sentence names in passing. Else None: two women (or two men), neither
        more salient; the caller keeps the article's voice rather than guess. A person whose
        gender nothing tells does not compete (the source stays, as before).
        """
        rival = self._subject_since(self._seen_at.get(id(source), -1), gender, source)
        if rival is None:
            return source
        return self._subject_ref(rival) if self._just_before(rival, gender) else None

    def _just_before(self, found: _Subject, gender: str | None) -> bool:
        """Whether ``found`` opened the sentence before the current one, or each sentence
        since either refers to a person of that gender ("Trump cited ... Wednesday, he
        called for ... He said ...") or names nobody ("That worries environmentalists.")."""
        # the sentences of a quotation that the current one closes belong with it
        # ('Reed disagreed. "It is wrong. It is unfair," he said.')
        quote = _open_quote(self.text[found.end : self._pos])
        end = found.end + quote if quote >= 0 else self._pos
        later = [s for s in self._starts if found.start < s < end]
        if not later:
            return True
        pronoun = _GENDER_PRONOUN.get(gender or "")
        if pronoun is None or end - found.end > 600:
            return False
        ends = [*later[1:], end]
        return all(
            pronoun.search(self.text, a, b) or not self._names_someone(a, b)
            for a, b in zip(later, ends, strict=True)
        )

    def _names_someone(self, start: int, end: int) -> bool:
        """Whether the text between ``start`` and ``end`` names a person: by name, by a
        surname of the article, or by a title ("the president")."""
        span = self.text[start:end]
        if any(self._person_name(m.group()) for m in _NAME_RUN.finditer(span)):
            return True
        if any(name_key(w) in self._index for w in re.findall(r"\b[A-Z][a-zà-ÿ'’-]+\b", span)):
            return True
        titles = lexicon().titles
        return any(w.casefold() in titles for w in _DESCRIBED.findall(span))

    def _subject_ref(self, found: _Subject) -> SourceRef:
        ref = self._person(SourceRef(name=found.name, kind="person", surface=found.surface))
        if found.told is not None:
            self._told[id(ref)] = found.told  # "The owner, Mr. Carmen Russo": he
        return ref

    def _subject_people(self) -> list[_Subject]:
        """The people who open a sentence of the article as its subject, in text order."""
        if self._person_subjects is None:
            self._person_subjects = []
            for start in _SENTENCE_START.finditer(self.text):
                at = start.end()
                m = _PERSON_SUBJECT.match(self.text, at)
                if m is None or _HONORIFIC_END.search(self.text, max(0, at - 5), at):
                    continue
                surface = run = m.group("a") or m.group("n")
                if run.endswith(("'s", "’s")):
                    continue  # "Trump's campaign has ..."
                context = " ".join(m.group(g) or "" for g in ("role", "pre", "app"))
                first, _, rest = run.partition(" ")
                honorific = bool(rest) and first.casefold() in _HONORIFICS
                if honorific:
                    run, context = rest, f"{first} {context}"  # "Mr. Reed disagreed."
                name = self._person_name(run)
                if name is None and honorific and " " not in run:
                    name = self._honoured(run)  # "Mr. Obama arrived.": a person all the same
                if name is not None:
                    told = _word_gender(context)
                    gender = told or self._name_gender(name, "")
                    found = _Subject(m.start(), m.end(), name, surface, told, gender)
                    self._person_subjects.append(found)
        return self._person_subjects

    def _subject_since(
        self, after: int, gender: str | None, other: SourceRef | None = None
    ) -> _Subject | None:
        """The last person who opened a sentence that starts after ``after``, up to the
        current one ("Tom Reed disagreed, but he said ...": the pronoun comes later in it):
        with ``other`` (a source), one known to be of ``gender`` named after ``other`` was
        last named; else one whose gender does not rule out ``gender``."""
        for found in reversed(self._subject_people()):
            if found.start > self._pos:
                continue
            if found.start <= after:
                return None
            if other is not None:
                if self._names(found.name, other):
                    return None  # named again since: still the last one named
                if found.gender != gender:
                    continue
            elif gender and found.gender not in (None, gender):
                continue  # "Tom Reed disagreed." is not who "she" is
            return found
        return None

    def _named_between(self, found: _Subject, gender: str | None) -> bool:
        """Whether someone else whom "he"/"she" may mean is named between ``found`` and the
        current sentence ("Ana Duarte met Pedro Alves. He said ...": two people)."""
        between = self.text[found.end : self.pos]
        surname = found.name.split()[-1]

        def rules_out(name: str, start: int) -> bool:
            if _same_surname(name.split()[-1], surname):
                return True
            if _INDEFINITE.search(between, max(0, start - 30), start):
                return True  # "a former Miss Universe": what someone is, not who
            before = between[max(0, start - 5) : start]
            g = self._name_gender(name, before)
            return bool(gender) and g not in (None, gender)

        runs: list[tuple[int, int]] = []
        for m in _NAME_RUN.finditer(between):
            person = self._person_name(m.group())
            if person is not None:
                if not rules_out(person, m.start()):
                    return True  # two people: which one is "he"?
                runs.append(m.span())
        for m in re.finditer(r"\b[A-Z][a-zà-ÿ'’-]+\b", between):
            if any(a <= m.start() < b for a, b in runs):
                continue  # a word of a name seen whole above
            if name_key(m.group()) in self._index and not rules_out(m.group(), m.start()):
                return True  # another person by surname
        return False

    def _names(self, name: str, ref: SourceRef) -> bool:
        """Whether ``name`` ("Reed", "Tom Reed") names the person ``ref``."""
        words, theirs = name.split(), (ref.full_name or ref.name).split()
        if not words or not theirs or not _same_surname(words[-1], theirs[-1]):
            return False
        return (
            len(words) == 1
            or len(theirs) == 1
            or name_key(" ".join(words[:-1])) == name_key(" ".join(theirs[:-1]))
        )

    def _unnamed_just_before(self, gender: str) -> SourceRef | None:
        """The last source, when it is one unnamed person ("a farmer near Tokar", "one
        nurse") quoted in the sentence just before this one, of no other gender."""
        before = self._start_before()
        if before is None or not self.history:
            return None
        last = self.history[-1]
        head = _PREP_HEAD.split(last.name, maxsplit=1)[0].split()
        seen = self._seen_at.get(id(last), -1)
        if (
            last.kind != "anonymous"
            or seen < before
            # a pronoun that opens a new paragraph goes back to the story's main speaker
            # ('one questioner claimed C.\n\n"You're right," he said')
            or "\n\n" in self.text[seen : self.pos]
            or not head
            or not _ONE_PERSON.match(last.surface or "")
            or head[-1].casefold().endswith("s")
            or _WORD_GENDER.get(head[-1].casefold(), gender) != gender
            # "She said a passing motorist had told her ...": the motorist was cited by a
            # person quoted in that sentence, who stays the one "she" means
            or any(
                r.kind == "person" and self._seen_at.get(id(r), -1) >= before
                for r in self.history[-4:]
            )
        ):
            return None
        return last

    def _named_lately(self, ref: SourceRef) -> bool:
        """Whether ``ref``'s name (its last word) is written in the sentence before the
        current one or in the current one's first 300 characters."""
        before = self._start_before()
        start = before if before is not None else self._pos
        last = ref.name.split()[-1] if ref.name.split() else ""
        return (
            bool(last)
            and re.search(rf"\b{re.escape(last)}\b", self.text[start : self._pos + 300]) is not None
        )

    def _start_before(self) -> int | None:
        """Where the sentence before the current one starts (None in the first sentence;
        the first sentence starts at 0, which is in no list: the position starts there)."""
        if not self._starts or self._starts[-1] != self._pos:
            return None
        return self._starts[-2] if len(self._starts) > 1 else 0

    def _actor_just_before(self, gender: str | None) -> SourceRef | None:
        """The person (not ruled out by ``gender``) who opened the sentence just before by
        doing something, not by saying it ("Andy Murray lost in Paris. The Briton said")."""
        before = self._start_before()
        if before is None:
            return None
        subject = self._subject_since(before - 1, gender)
        if subject is None or lexicon().verb_re.match(
            self.text[subject.end : subject.end + 40].lstrip()
        ):
            return None
        return self._subject_ref(subject)

    def _group_just_before(self) -> SourceRef | None:
        """ "Researchers at the University of Southampton analysed data from 495,000
        people. They found that C": "they" is the group of people (a plural noun of the
        ``collective`` lexicon, maybe "at"/"of"/"from" a body) that opened the sentence just
        before, in this paragraph or the last (news gives many sentences a paragraph of
        their own)."""
        before = self._start_before()
        m = None if before is None else _GROUP_OPENING.match(self.text, before)
        if m is None or m.group("head").casefold() not in lexicon().collective:
            return None
        ref = parse_source(m.group("n"), self.registry)
        return ref if isinstance(ref, SourceRef) and ref.kind != "person" else None

    def _last_person_subject(self, gender: str | None = None) -> SourceRef | None:
        """ "Trump took offense at the question. He suggested C": with no person quoted yet,
        "he"/"she" is the last person (not of the other gender) who opened a sentence of
        the same paragraph, or the sentence just before, when nobody else who may be meant
        is named between them ("Ana Duarte met Pedro Alves. He said ...": Pedro Alves is no
        subject and Ana Duarte no man, so nobody).

        When that person's name, honorific or role tells the pronoun's gender and they
        opened the sentence just before, they are the one, whoever else that sentence
        names in passing ("Tom Reed met Maria Lopez. He said ...": Reed; as in
        ``_rival_subject``)."""
        found = self._subject_since(-1, gender)
        if found is None or self._pos - found.end > 600:
            return None
        just_before = self._just_before(found, gender)
        if just_before and gender and found.gender == gender:
            return self._subject_ref(found)
        if "\n" in self.text[found.start : self._pos] and not just_before:
            return None  # another paragraph, unless "he"/"she" follows on from it
        if self._named_between(found, gender):
            return None
        return self._subject_ref(found)

    def _gender(self, ref: SourceRef) -> str | None:
        """ "m" / "f" when an honorific or a role word tells ("Mr.", "spokeswoman"), else
        when the given name does ("Maria Lopez"); else None.

        (Not from earlier pronouns: one wrong resolution would then block the right ones.)"""
        told = _word_gender(f"{ref.role or ''} {ref.surface or ''}") or self._told.get(id(ref))
        return told or self._name_gender(ref.full_name or ref.name, "")

    def _name_gender(self, name: str, context: str) -> str | None:
        """The gender an honorific or role word in ``context`` tells, else the given name of
        ``name`` (a surname alone through the full name the article gives)."""
        told = _word_gender(context)
        if told is not None:
            return told
        words = name.split()
        if len(words) == 1:
            full = self._index.get(name_key(words[0]))
            words = full.split() if full else words
        return _given_gender(words[0]) if len(words) >= 2 else None

    def _only_person_nearby(self) -> SourceRef | None:
        """ "... concerns Henry Crespo, a local organiser." + '"...," he said.': with no person
        quoted yet, "he"/"she" is the one person named in this paragraph and the one before
        it (nobody else named there)."""
        cur = self.text.rfind("\n", 0, self.pos)
        start = 0 if cur < 0 else self.text.rfind("\n", 0, len(self.text[:cur].rstrip("\n"))) + 1
        window = self.text[start : self.pos]
        if len(window) > 1200:
            return None
        keys: set[str] = set()
        best = ""
        for m in _NAME_RUN.finditer(window):
            person = self._person_name(m.group())
            if person is not None:
                keys.add(name_key(person.split()[-1]))
                best = person if len(person) > len(best) else best
        for m in re.finditer(r"\b[A-Z][a-zà-ÿ'’-]+\b", window):
            if name_key(m.group()) in self._index:
                keys.add(name_key(m.group()))
        if not best or len(keys) != 1:
            return None
        return self._person(SourceRef(name=best, kind="person", surface=best))

    def _honoured(self, word: str) -> str | None:
        """A surname after an honorific ("Mr. Obama"), which names a person even when the
        article never gave the full name; None for a word that names no one."""
        if word in _NOT_NAMES or self.registry.lookup(word) is not None:
            return None
        return word if word[:1].isupper() and word.casefold() not in stop_capitals() else None

    def _person_name(self, run: str) -> str | None:
        """The person a capitalised run names ("Coach Pep Moreno" -> "Pep Moreno"; a surname
        whose full name the article gives), else None."""
        words = run.split()
        if words[0] in _NOT_NAMES or self.registry.lookup(run) is not None:
            return None
        if len(words) == 1:
            return run if name_key(words[0]) in self._index else None
        if agency_of_country(words):
            return None  # "Environment Canada"
        entry = self._name_entry(run)
        return entry[1] if entry is not None and _org_kind(run) is None else None

    def _person(self, ref: SourceRef) -> SourceRef:
        words = ref.name.split()
        if not words or not words[-1][:1].isupper():
            return ref  # a described person ("head of the White Helmets")
        surname = words[-1]
        if len(words) == 1:
            first = self._earlier_bearer(surname)
            if first is not None:
                ref = ref.model_copy(update={"name": first})
                words = first.split()
        for p in reversed(self.people):
            if _same_surname(p.first_surname, surname) and (
                len(words) == 1
                or not p.given
                or name_key(" ".join(words[:-1])) == name_key(p.given)
                # a surname of two words: "Ferrer Ibarra" after "Lucía Ferrer Ibarra"
                or _ends_with(p.ref.name.split(), words)
            ):
                p.surnames[surname] += 1
                if ref.role and not p.ref.role:
                    p.ref.role = ref.role
                return p.ref
        if len(words) == 1 and name_key(surname) not in self._index:
            for p in reversed(self.people):
                theirs = p.ref.name.split()
                if len(theirs) == 2 and name_key(theirs[0]) == name_key(surname):
                    # the family name first ("Zhou" after "Zhou Lanqing"), or a given name
                    # alone for the one person of the article who bears it
                    return p.ref
            bearer = self._one_bearing(surname)
            if bearer is not None:
                # "Quispe" after "Rosa Quispe Huamán" (the first of two surnames), "Nikita"
                # after "Nikita Varga" (a given name alone, as tabloids write)
                return self._person(ref.model_copy(update={"name": bearer}))
        if len(words) == 1:
            full = self._index.get(name_key(surname))
            if full is None:
                for key, name in self._index.items():
                    if _same_surname(key, surname):
                        full = name
                        break
            if full is not None:
                words = full.split()
        given = " ".join(words[:-1])
        person = SourceRef(
            name=" ".join(words),
            kind="person",
            full_name=" ".join(words) if len(words) > 1 else None,
            role=ref.role,
            surface=ref.surface,
        )
        p = _Person(ref=person, given=given, first_surname=words[-1])
        p.surnames[surname] += 1
        if words[-1] != surname:
            p.surnames[words[-1]] += 1
        self.people.append(p)
        return person

    def _earlier_bearer(self, surname: str) -> str | None:
        """The person a bare surname names when two people of the article bear it: the one
        named first, if the article called them by the bare surname before it named the
        other ("Ingrid Solberg ... Solberg opened it in 1971 ... her niece, Maren Solberg ...
        Solberg had told him": Ingrid). None when the latest bearer is the only reading."""
        full = self._index.get(name_key(surname))
        latest = next((p for p in reversed(self.people) if p.first_surname == surname), None)
        if full is None or latest is None or latest.ref.name == full or " " not in full:
            return None
        named_at = self.text.find(latest.ref.name)
        start = self.text.find(full)
        if named_at < 0 or start < 0 or start > named_at:
            return None
        bare = re.compile(rf"\b{re.escape(surname)}\b")
        for m in bare.finditer(self.text, start + len(full), named_at):
            before = self.text[max(0, m.start() - 30) : m.start()].split()
            if not before or not before[-1][:1].isupper() or before[-1][-1] in '.,;:!?"”':
                return full  # the bare surname, with no given name before it
        return None

    def names_person(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person the article names in full."""
        return name_key(word) in self._index

    def first_named_person(self) -> SourceRef | None:
        """The first person the article names in full before the current sentence, as a
        source (None if none)."""
        for m in _NAME_RUN.finditer(self.text, 0, self.pos):
            person = self._person_name(m.group())
            if (
                person is not None
                and " " in person
                and fold(person.split()[0]) in lexicon().given_names
            ):
                # (a given name first: "Chemususu Dam" is no one)
                ref = self._person(SourceRef(name=person, kind="person", surface=person))
                self._push(ref)
                return ref
        return None

    def most_quoted(self) -> SourceRef | None:
        """The named person the article has quoted most so far (the first of them on a tie):
        whom an interview's answers ("A: ...") belong to."""
        counts: Counter[int] = Counter()
        first: dict[int, SourceRef] = {}
        for ref in self.history:
            if ref.kind == "person" and ref.full_name:
                counts[id(ref)] += 1
                first.setdefault(id(ref), ref)
        if not counts:
            return None
        best = max(counts, key=lambda k: counts[k])
        return first[best]

    def _client(self) -> SourceRef | None:
        """ "his client" said by "Reed's attorney, Daniel Okwu": Reed, as the article names
        him (the last lawyer or agent quoted whose role names the one they act for)."""
        for ref in reversed(self.history):
            m = _ACTS_FOR.match(ref.role or "") if ref.kind == "person" else None
            if m is not None:
                return self._person(SourceRef(name=m.group("who"), kind="person"))
        return None

    def _last_named(self) -> str | None:
        """The full name of the person named last before the current sentence (by the full
        name or its last word)."""
        names = {p.ref.name for p in self.people if " " in p.ref.name}
        names |= set(self._index.values())
        best: tuple[int, str] | None = None
        for name in names:
            at = max(
                self.text.rfind(name, 0, self.pos),
                self.text.rfind(name.split()[-1], 0, self.pos),
            )
            if at >= 0 and (best is None or at > best[0]):
                best = (at, name)
        return best[1] if best is not None else None

    def _one_bearing(self, word: str) -> str | None:
        """The one full name of the article that holds ``word`` as its first word or as a
        middle word (None if none or several)."""
        key = name_key(word)
        given = lexicon().given_names
        people = {p.ref.name for p in self.people}
        names = people | set(self._index.values())
        found = set()
        for name in names:
            theirs = name.split()
            if (
                len(theirs) == 2
                and name_key(theirs[0]) == key
                and fold(word) not in given
                and self._closed(name)
            ):
                found.add(name)  # the family name first: "Park" after "Park Hae-sun"
                continue
            if len(theirs) < 2 or (fold(theirs[0]) not in given and name not in people):
                # "Obama Says African-American" (a headline) is no one's name; a person the
                # article quoted is one, whatever their given name ("Laia Ferrer Bosch")
                continue
            keys = [name_key(w) for w in theirs]
            if keys[0] == key and fold(word) in given:
                found.add(name)  # a given name alone
            elif key in keys[1:-1] and self._closed(name):
                found.add(name)  # the first of two surnames
        return found.pop() if len(found) == 1 else None

    def _closed(self, name: str) -> bool:
        """Whether the article writes ``name`` somewhere as a whole name, not as the start
        of a longer run of capitalised words (a title-case headline)."""
        at = self.text.find(name)
        while at >= 0:
            if not re.match(r"\s+[A-Z]", self.text[at + len(name) : at + len(name) + 2]):
                return True
            at = self.text.find(name, at + 1)
        return False

    def finish(self) -> None:
        """Settle each person's surname spelling by majority (ties: first introduced)."""
        for p in self.people:
            best, count = p.surnames.most_common(1)[0]
            if count > p.surnames.get(p.first_surname, 0) and best != p.first_surname:
                name = f"{p.given} {best}".strip()
                p.ref.name = name
                p.ref.full_name = name if p.given else None
