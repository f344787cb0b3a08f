"""Source phrases -> ``SourceRef`` (or an ``Anaphor`` that coreference resolves later).

"Kremlin Spokesperson Dmitry Peskov"        -> person "Dmitry Peskov", role "Kremlin spokesperson"
"the Russian news agency RIA Novosti"       -> agency RIA (registry)
"a source close to Syrian intelligence ..." -> anonymous "source close to Syrian intelligence ..."
"analysts", "Arab media"                    -> collective
"he", "they", "the agency", "the report"    -> Anaphor (resolved by ``coref.Tracker``)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from claimtrack.attribute.lexicon import body_heads_alternation, lexicon, people_plural
from claimtrack.lexicons import table
from claimtrack.normalise.dates import MONTHS, WEEKDAYS
from claimtrack.normalise.gazetteer import is_demonym
from claimtrack.normalise.gazetteer import lookup as gazetteer_lookup
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.normalise.translit import fold
from claimtrack.records import SourceRef


@dataclass(frozen=True)
class Anaphor:
    """A phrase that points back to an earlier source: "he", "the agency", "the report"."""

    kinds: frozenset[str]  # SourceRef kinds it may refer to
    surface: str
    noun: str | None = None  # "source" for "the source": prefer sources named so
    fallback: SourceRef | None = None  # "the ministry" with no antecedent: itself, as written
    head: str | None = None  # "company" in "the company": prefer antecedents named so
    modifier: str | None = None  # "Israeli" in "the Israeli military": must match the antecedent
    recent: int = 0  # if set: the antecedent was seen in one of the last ``recent`` sentences
    owned: str | None = None  # "lawyer" in "his lawyer": the source is the antecedent's one


_PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "they": frozenset(
        {"agency", "outlet", "government", "organisation", "collective", "anonymous"}
    ),
    "it": frozenset({"agency", "outlet", "government", "organisation"}),
}
_THOSE_CLOSE = re.compile(
    r"^(?:those|some|others)\s+(?:close\s+to|familiar\s+with|around|inside|within)\s", re.I
)
_PRONOUN_RELATIVE = re.compile(
    r"(?<=[a-z])\s+(?:I|we|he|she|they|you)\s+(?:have\s+|had\s+)?[a-z]+(?:\s+(?:to|with))?$"
)
_ALL_OF = re.compile(r"^(?:all|most|many)\s+(?:of\s+)?(?=the\s)", re.I)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# words between a possessive and the document it owns: "Acme's annual report", "the
# ministry's latest figures" (``cues`` reads "X's annual report said" as a noun by them too)
DOCUMENT_ADJECTIVES = (
    "own|latest|new|written|legal|court|public|first|recent|annual|final|monthly|quarterly|"
    "weekly|daily|official|internal|preliminary|interim"
)
_OWNED_DOCUMENT = re.compile(
    # a pronoun, or a name (or "the ministry") before a possessive
    r"^(?P<owner>(?i:his|her|their|its)|(?:(?i:the)\s+)?[A-Za-z][\w.&'’-]*"
    # ("the Oregon Department of Transportation's": small words inside a body's name)
    r"(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-Z][\w.&'’-]*){0,6}(?=['’]))(?:['’]s?)?\s+"
    # ("its TripCheck website": the document's own name before its noun)
    rf"(?:(?:{DOCUMENT_ADJECTIVES})\s+)*(?:[A-Z][\w-]+\s+)?(?P<doc>[\w-]+)"
    # where it was sent or filed: "The GOP's complaint to the D.C. Court of Appeals' Board"
    r"(?:\s+(?:to|with|before|against)\s+\S.*)?$"
)
_NAMED_DOCUMENT = re.compile(
    r"^(?i:a|an|the)\s+(?P<owner>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})\s+"
    r"(?P<doc>[a-z][\w-]*)(?:\s+(?:released|published|issued|seen|obtained)\b.*)?$"
)
_DOCUMENT_BY = re.compile(
    r"^(?:(?i:a|an|the|new|latest|recent|\d{4})\s+)*(?:[a-z][\w-]*\s+){0,2}?(?P<doc>[\w-]+)\s+"
    r"(?:(?:published|issued|released|written|posted|shared|signed|sent|filed|seen|obtained|"
    r"reviewed|compiled|commissioned|conducted)\s+"
    # "published on Tuesday by", "released last week by"
    r"(?:(?:on|in|last|this|early|late)\s+(?:[\w-]+\s+){0,3}?(?=by\s))?)?"
    r"(?P<prep>by|from|in|on)\s+"
    r"(?:the\s+)?(?:(?:Facebook|Twitter|X|Instagram|TikTok|Telegram|YouTube|Substack)\s+"
    r"(?:page|account|channel|group)\s+)?(?P<owner>[A-Z].{1,80}"
    # a body described in lower case: "published on Monday by the central bank"
    r"|(?<=by\s)the\s+(?:[a-z-]+\s+){0,3}(?:" + body_heads_alternation() + r"))$"
)
# "a statement posted on the navy's Telegram channel": the page's owner published it
_DOCUMENT_ON_PAGE = re.compile(
    r"^(?:(?i:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?P<doc>[\w-]+)\s+"
    r"(?:published|released|issued|posted|shared)\s+on\s+"
    r"(?P<owner>(?:the\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+)['’]s?\s+(?:official\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:website|site|page|channel|account|feed)$"
)
_DETS = re.compile(
    r"^(?:the|a|an|one|two|three|four|five|several|some|many|other|another|most|both|"
    r"few|multiple|numerous|various|unnamed|anonymous)\s+"
    # "Many of his supporters": his supporters
    r"(?:(?<=[a-z]\s)(?<!the\s)(?<!an\s)(?<!a\s)of\s+(?:the\s+)?)?",
    re.I,
)
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_KNOWN_AS = re.compile(r"^(?:also\s+|better\s+|widely\s+)?known\s+as\s+(?P<n>.+)$", re.I)
# prepositions of where people are: "Fishermen around Lake Malawi", "residents near X"
_WHERE = r"near|around|across|outside|throughout|along|beside"
_PREP_SPLIT = re.compile(
    r"\s+(?:of|in|within|inside|close\s+to|familiar\s+with|from|at|with|for|to|" + _WHERE + r"|"
    r"on|who|involved|briefed|knowledgeable|speaking|linked|affiliated|loyal|reached|contacted|"
    r"interviewed|based|living|working)\b",
    re.I,
)
# a hyphen joins two names ("Holtz-Eakin", "Jo-Renee")
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*|(?:al|el|bin|ibn|de|van|von|der|da|di|le)-?[A-Z]?\S*)$"
)
# a hyphenated given name after a family name ("Ban Ki-moon", "Kim Jong-un"); alone it is
# an adjective ("Oil-producing states")
_HYPHEN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# a middle initial ("Donald J. Trump", "G.K. Butterfield"): a name token only before a name
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}$")
_PEOPLE = table("groups.toml")["people"]
_NAME_SUFFIXES = frozenset(_PEOPLE["name_suffixes"])
# "Mr. King", "Ms. Marshal": after an honorific, a title word is a surname
_HONORIFICS = frozenset(_PEOPLE["honorifics"])
_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "di", "le", "la", "ó", "ní", "nic",
     "ua"}
)  # fmt: skip
# after a name of two words at least: "Simon Clegg KC" (not "Labour MP")
_POST_NOMINAL = re.compile(
    r"(?P<n>[A-Z][\w'’-]+\s+[A-Z][a-zà-ÿ'’-]+)\s+(?:"
    + "|".join(map(re.escape, _PEOPLE["post_nominals"]))
    + r")\.?$"
)
_DET_CON = re.compile(r"\bDet(?:ective)?\.?\s+Con\.?(?=\s+[A-Z])")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_ONE_OF = re.compile(
    r"^(?:one|two|three|another|some|none|several|each|both)\s+of\s+(?:the|these|those)\s+", re.I
)
_EVIDENCE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|official|preliminary|partial|final|unofficial|"
    r"monthly|annual|weekly|daily),?\s+)*(?:data|figures|statistics|numbers|estimates|records|"
    r"report|statement|survey|poll|study|analysis|count|tally|results|reports|research|audit|"
    r"review|findings|modelling|modeling|calculations)\s+"
    r"(?:from|by|published\s+by|compiled\s+by|released\s+by|issued\s+by|provided\s+by|"
    r"conducted\s+by|carried\s+out\s+by|led\s+by|quoted\s+by|cited\s+by)\s+",
    re.I,
)
_EVIDENCE_OWNER = re.compile(
    # "a new Gallup poll", "a Washington Post-ABC News national poll": the pollster reports
    r"^(?:[Aa]n?\s+(?:(?:new|latest|recent|fresh)\s+)?)?"
    r"(?P<o>(?:the\s+)?[A-Z][\w.&/-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&/-]*){0,5}|the\s+[a-z]+)"
    r"(?P<poss>['’]s?)?\s+(?:(?:own|latest|new|official|preliminary|final|monthly|annual|"
    r"weekly|quarterly|national|nationwide|statewide|online|exit|opinion|recent)\s+)*"
    r"(?:data|figures|statistics|numbers|estimates|records|tally|count|projections|forecasts|"
    r"polls?|polling|surveys?|study)$"
)
_NOT_OWNERS = frozenset(
    [
        *("the", "this", "these", "those", "its", "their", "his", "her", "our", "such"),
        *("official", "new", "latest", "preliminary", "final", "other", "some", "recent"),
        # "A study found", "One study found": an article or a number, not an owner
        *("a", "an", "one", "another", "two", "three", "several", "many", "each", "every"),
    ]
)
_SHARE_OF = re.compile(
    r"^(?:(?:nearly|almost|about|roughly|some|over|just|only|more\s+than|fewer\s+than|"
    r"less\s+than)\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+majority|a\s+minority)"
    r"(?:\s*(?:%|percent|per\s+cent))?\s+(?:of|in|out\s+of)\s+(?:(?:\d+|ten|every|all|the)\s+)?"
    r"(?P<group>[A-Za-z][\w-]*(?:\s+[\w-]+){0,2})$",
    re.I,
)
_AS_ONE = re.compile(r"^As\s+(?=(?:one|a|an|another|the)\s)")
_THEM = re.compile(r"^(?:one|two|three|another|some|several|each|both|none)\s+of\s+them$", re.I)
_PARTICIPLE_TAIL = re.compile(r"\s(?:reached|contacted|interviewed|speaking)\b", re.I)
_STOP_CAPS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its"})
# title-case function words: "Railing Against Trump" names no one
_NOT_NAME_WORDS = frozenset(table("groups.toml")["people"]["not_name_words"])
# "Republican Donald Trump", "Rival Hillary Clinton": a label before a given name
_NAME_LABELS = frozenset(table("groups.toml")["people"]["name_labels"])


# a sentence adverb between the source and its verb is not part of the source ("Those close
# to the minister nevertheless acknowledged")
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:nevertheless|nonetheless|meanwhile|however|though|too|also|instead|separately|"
    r"likewise|similarly|still|subsequently|therefore|thus|then|again|already|previously|"
    # a floating quantifier: "The ministry and the army both said", "They all said"
    r"both|all|each))+$"
)


def _clean(phrase: str) -> str:
    phrase = phrase.strip().strip(",.;:—–-\"“”'‘’ ")
    return _TRAILING_ADVERB.sub("", re.sub(r"\s+", " ", phrase))


def parse_source(
    phrase: str, registry: SourceRegistry, appositive: str | None = None
) -> SourceRef | Anaphor | None:
    """Interpret a source phrase; ``None`` when it does not look like a source at all.

    A pure function of the phrase and the registry's aliases, so it is memoised per
    registry; every call returns fresh records (callers keep them and compare identities).
    """
    hit = _parsed(phrase, registry, appositive)
    if hit is None:
        return None
    if isinstance(hit, SourceRef):
        return hit.model_copy()
    if hit.fallback is None:
        return hit
    return replace(hit, fallback=hit.fallback.model_copy())


def names_source(phrase: str, registry: SourceRegistry, appositive: str | None = None) -> bool:
    """Whether ``parse_source`` finds a source in the phrase (without copying the result)."""
    return _parsed(phrase, registry, appositive) is not None


def _parsed(
    phrase: str, registry: SourceRegistry, appositive: str | None
) -> SourceRef | Anaphor | None:
    """``_parse_source``, memoised per registry (the shared record: callers copy it)."""
    memo = registry.memo("parse_source")
    key = (phrase, appositive)
    try:
        hit: SourceRef | Anaphor | None = memo[key]
    except KeyError:
        hit = _parse_plain_capitals(phrase, registry, appositive)
        if isinstance(hit, SourceRef) and hit.name.casefold() in _POSSESSIVE_PRONOUNS:
            # "Their union said", "His party", "Its parent company": the capital of the
            # sentence's start is no name's; a body described as written (whose it is,
            # "its parent", may be another than the one named before)
            hit = SourceRef(
                name=_clean(phrase[:1].lower() + phrase[1:]), kind=hit.kind, surface=phrase
            )
        memo[key] = hit
    return hit


def _parse_plain_capitals(
    phrase: str, registry: SourceRegistry, appositive: str | None
) -> SourceRef | Anaphor | None:
    """``_parse_source``, also for names that open with a capital beyond ASCII ("Émile
    Dubois", "Ørsted", "Łukasz Nowak", "Óscar Puente"): the patterns know ASCII capitals,
    so such a phrase is parsed with each of those capitals replaced by its plain letter
    (one character for one) and the words of the result are given back their own
    spelling. A source the registry knows as written keeps its entry."""
    shadow, back = _plain_capitals(phrase)
    app_shadow, app_back = _plain_capitals(appositive) if appositive else (appositive, {})
    if not back and not app_back:
        return _parse_source(phrase, registry, appositive)
    known = registry.lookup(_LEAD_THE.sub("", _clean(phrase)))
    if known is not None:
        return _parse_source(phrase, registry, appositive)
    hit: SourceRef | Anaphor | None = _parse_source(shadow, registry, app_shadow)
    back.update(app_back)
    if isinstance(hit, SourceRef):
        return _respelt(hit, back)
    if isinstance(hit, Anaphor):
        fallback = _respelt(hit.fallback, back) if hit.fallback is not None else None
        return replace(hit, surface=_respell(hit.surface, back) or hit.surface, fallback=fallback)
    return hit


# a capital letter beyond ASCII, and its plain letter (a letter that decomposes to one
# ASCII capital, or one of the few that do not: Ø, Ł, Đ, Þ, Æ, Œ keep one character)
_PLAIN: dict[str, str] = {
    c: unicodedata.normalize("NFKD", c)[0]
    for c in map(chr, range(0xC0, 0x250))
    if c.isupper()
    and unicodedata.normalize("NFKD", c)[0].isascii()
    and unicodedata.normalize("NFKD", c)[0].isupper()
} | {"Ø": "O", "Ł": "L", "Đ": "D", "Þ": "T", "Æ": "A", "Œ": "O", "Ħ": "H", "Ŧ": "T"}
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


def _plain_capitals(text: str) -> tuple[str, dict[str, str]]:
    """ "Émile Dubois" -> ("Emile Dubois", {"Emile": "Émile"}): each capital beyond ASCII
    replaced by its plain letter, and the changed words' own spellings."""
    if text.isascii():
        return text, {}
    # (a capital standing alone stays: the Irish particle in "Eoin Ó Catháin")
    shadow = "".join(
        _PLAIN.get(c, c) if i + 1 < len(text) and text[i + 1].isalpha() else c
        for i, c in enumerate(text)
    )
    if shadow == text:
        return text, {}
    back = {
        new.group(): old.group()
        for new, old in zip(_WORD_RE.finditer(shadow), _WORD_RE.finditer(text), strict=False)
        if new.group() != old.group()
    }
    return shadow, back


def _respell(text: str | None, back: dict[str, str]) -> str | None:
    if not text:
        return text
    return _WORD_RE.sub(lambda m: back.get(m.group(), m.group()), text)


def _respelt(ref: SourceRef, back: dict[str, str]) -> SourceRef:
    return ref.model_copy(
        update={
            "name": _respell(ref.name, back) or ref.name,
            "full_name": _respell(ref.full_name, back),
            "role": _respell(ref.role, back),
            "surface": _respell(ref.surface, back),
        }
    )


def _parse_source(
    phrase: str, registry: SourceRegistry, appositive: str | None = None
) -> SourceRef | Anaphor | None:
    lex = lexicon()
    main = _clean(phrase)
    if not main or len(main.split()) > 16:
        return None
    if appositive is not None and _EXAMPLES.match(appositive):
        appositive = None  # "Critics, including Tony Blair, said": the critics, not Blair
    if appositive is None and ", " in main:
        # "quoted Malaysia's investment, trade and industry minister, Rahim Zulkifli, as
        # saying": a name after the last comma of an object is its appositive
        lead, _, tail = main.rpartition(", ")
        if lead and _BARE_NAME.match(tail) and not _BARE_NAME.match(lead):
            return _parsed(lead, registry, tail)
    main = _clean(_EVIDENCE.sub("", main))  # "data from the ONS" -> "the ONS"
    main = _FIRST_PERSON_OWNER.sub("", main)  # "our dealers" (said in a quote): the dealers
    if _NOBODY.match(main):
        return None  # "Nobody from the government ever told me ...": no one said it
    # "one resident, who gave only her first name, Maria": the name she gave is the source
    only_as = NAMED_ONLY_AS.search(appositive or main)
    if only_as is not None and _org_kind(only_as.group("n")) is None:
        role = _DETS.sub("", _RELATIVE_TAIL.sub("", main)).strip() or None
        return SourceRef(name=only_as.group("n"), kind="person", role=role, surface=main)
    # "a coach in Iten, who asked not to be named for fear of reprisals": the clause
    # describes the source, it is no part of its name
    main = _RELATIVE_TAIL.sub("", main) if ", wh" in main else main
    # "the country's National Emergency Management Agency", "the city's transport
    # authority": the place was named before, the body is the source
    main = _PLACE_OWNER.sub("the ", main)
    members = _PLURAL_ACRONYM.match(main)
    if members is not None:
        # "Some MCAs", "Three MEPs", "TDs": members of a body, named by its acronym's plural
        return SourceRef(name=members.group("n"), kind="collective", surface=main)
    staff = _STAFF_OF.match(main)
    if staff is not None and staff.group("body").casefold() in lex.staff_of:
        # "a company official", "a bank spokesperson": the company named before, as "the
        # company" would be; with none, the official as written
        ref = _parsed(f"the {staff.group('body')}", registry, None)
        if isinstance(ref, Anaphor):
            fallback = SourceRef(name=_INDEFINITE.sub("", main), kind="anonymous")
            return replace(ref, surface=main, fallback=fallback)
    owned_data = _EVIDENCE_OWNER.match(main)
    owner = owned_data.group("o") if owned_data is not None else ""
    bare_owner = _LEAD_THE.sub("", owner)
    if bare_owner and bare_owner.split()[0].casefold() not in _NOT_OWNERS:
        # "BMC data", "the ministry's figures": the owner of the data reports it
        assert owned_data is not None
        if not owned_data.group("poss") and bare_owner[:1].isupper():
            # "Eurostat figures", "Statistics Canada data": an institution (a person's
            # figures would be "Smith's")
            known = registry.lookup(bare_owner)
            if known is not None:
                return known.model_copy(update={"surface": main})
            okind = _org_kind(bare_owner) or "organisation"
            return SourceRef(name=bare_owner, kind=okind, surface=main)
        main = owner
    main = _AS_ONE.sub("", main)  # "As one firefighter (told me)" -> "one firefighter"
    main = _POST_NOMINAL.sub(r"\g<n>", main)  # "Simon Clegg KC" -> "Simon Clegg"
    main = _DET_CON.sub("Detective Constable", main)  # "Det Con Sarah Holt" (not "Con Coughlin")
    if _THOSE_CLOSE.match(main):
        return SourceRef(name=main, kind="anonymous", surface=main)  # "Those close to him"
    # "all the experts I interviewed" -> "the experts": the writer's own relative clause
    main = _ALL_OF.sub("", _PRONOUN_RELATIVE.sub("", main)) or main
    # a document speaks for its author: "A Government Accountability Office report
    # released last year" (not a person's name before the noun), "A post by the Facebook
    # page X", "Guidance published by X" (``documents`` holds the report nouns too)
    for pattern, person_ok in (
        (_NAMED_DOCUMENT, False),
        (_DOCUMENT_BY, True),
        (_DOCUMENT_ON_PAGE, True),
    ):
        authored = pattern.match(main)
        if authored is None or authored.group("doc").casefold() not in lex.documents:
            continue
        hit = _parse_source(authored.group("owner"), registry)
        if (
            "prep" in pattern.groupindex
            and authored.group("prep") in ("in", "on")
            and not (isinstance(hit, SourceRef) and hit.kind in ("outlet", "agency"))
        ):
            continue  # "a report on Syria", "a study in Kenya": about it, not by it
        if isinstance(hit, SourceRef) and (person_ok or hit.kind != "person"):
            return hit.model_copy(update={"surface": main})
        if hit is not None and person_ok:
            return hit
    doc = _OWNED_DOCUMENT.match(main)
    if doc is not None and doc.group("doc").casefold() in lex.documents:
        # "Ivana Trump's brief said", "according to her account": the owner speaks
        owner = doc.group("owner")
        pronoun = _POSSESSIVE_PRONOUNS.get(owner.casefold())
        if pronoun is not None:
            return Anaphor(_PRONOUNS[pronoun], pronoun)
        hit = _parse_source(owner, registry)
        if isinstance(hit, SourceRef):
            return hit.model_copy(update={"surface": main})
        if hit is not None:
            return hit
    roles = _TWO_ROLES.match(main)
    if (
        roles is not None
        and roles.group(1).split()[-1].casefold() in lex.titles
        and roles.group(2).split()[-1].casefold() in lex.titles
    ):
        # "The former first lady and U.S. senator": one person, known by the first role
        hit = _parsed(roles.group(1), registry, appositive)
        if hit is not None:
            return hit
    low = main.casefold()
    if low in _PRONOUNS:
        return Anaphor(_PRONOUNS[low], main)
    owned_role = _OWNED_ROLE.match(main) if appositive is None else None
    if owned_role is not None and _person_noun(owned_role.group("role").split()[-1]):
        # "His lawyer", "Its chief executive": that one's, whoever the pronoun is
        pronoun = OWNER_PRONOUN[owned_role.group("p").casefold()]
        role = owned_role.group("role")
        # with no antecedent: "his wife" as written; "its operator" no one (nothing said
        # what "it" is)
        as_written: SourceRef | None = None
        if pronoun != "it":
            # ("their attorneys": people in the plural)
            plural = role.endswith("s") and not role.endswith("ss")
            as_written = SourceRef(
                name=main, kind="collective" if plural else "person", role=role, surface=main
            )
        # (the owner is found as the subject pronoun would be: "he", rivals checked)
        return Anaphor(_PRONOUNS[pronoun], pronoun, owned=role, fallback=as_written)
    aged = _AGED.match(main)
    if aged is None:
        titled = _AGED_TITLED.match(_clean(phrase))  # (before "TD", "KC" are cut off)
        if titled is not None and titled.group(2).casefold() in lex.titles:
            aged = titled  # "the 44-year-old Cork South Central TD": the person that age
    if aged is not None:
        # "the 71-year-old": the person the article gives that age
        return Anaphor(frozenset({"person"}), main, noun=f"{aged.group(1)}-year-old")
    subject = _OBJECT_PRONOUNS.get(low)
    if subject is not None:
        return Anaphor(_PRONOUNS[subject], subject)  # "according to him"
    if low in ("i", "we", "you"):
        return None
    them = _THEM.match(main)
    if them and not appositive:
        # "One of them said": a member of the group named just before
        return Anaphor(frozenset({"anonymous", "collective"}), main)
    share = None if _ONE_OF.match(main) or them else _SHARE_OF.match(main)
    if share is not None and share.group("group").split()[-1].casefold() in lex.collective:
        # "Nearly eight of 10 voters", "Two-thirds of Americans", "62 percent of respondents"
        return SourceRef(name=main, kind="collective", surface=main)
    one_of = _ONE_OF.match(main)
    if (one_of or them) and appositive:
        # "One of the victims, Mr Samuel Oyewole, told ...", "One of them, Tuyaa, said": the
        # member is named (a single name too: who one of a group is, not a place or a body)
        member = _clean(appositive)
        first, _, rest = member.partition(" ")
        if rest and first.casefold() in _HONORIFICS:
            member = rest  # "Mr Samuel Oyewole"
        if (_BARE_NAME.match(member) or _SINGLE_NAME.match(member)) and _org_kind(member) is None:
            return SourceRef(name=member, kind="person", full_name=member, surface=main)
    if them:
        return Anaphor(frozenset({"anonymous", "collective"}), main)
    if one_of:
        # "one of the people": a member of a group named before, else nothing
        rest = main[one_of.end() :]
        head = _PREP_SPLIT.split(rest, maxsplit=1)[0].split()
        if not head:
            return None
        return Anaphor(frozenset({"anonymous", "collective"}), main, noun=head[-1].casefold())
    appos = _clean(appositive) if appositive else None

    # a parenthesis may carry the short name: "Main Directorate of Intelligence (known as GUR)"
    parens = _PAREN.findall(main)
    bare = _clean(_PAREN.sub("", main))
    bare = _BASED.sub("", bare)  # "the Denver-based company": where it sits is not who it is
    bare = _lead_role(bare, registry)  # "Operator Andes Cobre" -> "operator Andes Cobre"
    leaning = _LEANING_OUTLET.match(bare) if appos is None else None
    if leaning is not None:
        # "the pro-government Al-Watan newspaper": the outlet's name and its kind; what it
        # leans to is no part of the name
        leaned: SourceRef | Anaphor | None = _parse_source(leaning.group("rest"), registry)
        if isinstance(leaned, SourceRef) and leaned.kind in ("outlet", "agency"):
            return leaned.model_copy(update={"surface": main})
    owned_outlet = OWNER_POSSESSIVE.match(bare) if appos is None else None
    if owned_outlet is not None and owned_outlet.group("owner") in lex.states:
        # "Russia's Interfax news agency", "Poland's TVN24 broadcaster": the state is where
        # the outlet is, no part of its name
        told: SourceRef | Anaphor | None = _parse_source(owned_outlet.group("rest"), registry)
        if isinstance(told, SourceRef) and told.kind in ("outlet", "agency"):
            return told.model_copy(update={"surface": main})
    for inner in parens:
        inner = _KNOWN_AS.sub(r"\g<n>", inner.strip())
        ref = registry.lookup(inner)
        if ref is not None:
            return ref.model_copy(update={"surface": main})
        if (
            _ACRONYM.match(inner)
            and inner not in lex.states
            and (bare[:1].isupper() or _LEAD_THE.sub("", bare)[:1].isupper())
        ):
            if _labelled_person(bare):
                continue  # "Transport Minister Markus Feldhaus (CDU)": the person's party
            if appos and _BARE_NAME.match(appos):
                continue  # "The president of the JNE (JNE), Ernesto Salcedo": the person
            # "International Renewable Energy Agency (IRENA)": the acronym is the short name
            okind = _org_kind(bare) or "organisation"
            full = _LEAD_THE.sub("", bare)
            owner = OWNER_POSSESSIVE.match(full)
            if owner is not None and owner.group("owner") in lex.states:
                # "Chile's National Water Authority (DGA)": the country is where it sits
                full = str(owner.group("rest"))
            return SourceRef(name=inner, kind=okind, full_name=full, surface=main)
    acronym = _LEAD_THE.sub("", bare)  # "The RSF said" as well as "RSF said"
    if _ACRONYM.match(acronym) and acronym not in lex.states and registry.lookup(acronym) is None:
        return SourceRef(name=acronym, kind="organisation", surface=main)  # "IRENA said"
    of_body = _PERSON_OF_DESCRIBED.match(bare)
    if of_body is None:
        of_body = _PERSON_OF_BODY.match(bare)
        if of_body is not None and _org_kind(of_body.group("body")) is None:
            of_body = None
    if of_body is not None and registry.lookup(bare) is None:
        # "Ella Brandt of the digital rights group Privacy International": the person speaks
        # (as "Tom Reed of the Cato Institute" does), whatever describes her employer
        person = _person(of_body.group("name"), None, registry)
        if person is not None and person.kind == "person":
            return person.model_copy(update={"surface": main})
    described_org = _descriptor_name(bare, main, registry)
    if described_org is None and not appos:
        described_org = _named_then_described(bare, main, registry)
    if described_org is not None:
        return described_org  # "the think tank CEPA", "Kyodo news agency"
    known_as = _KNOWN_AS.match(appos) if appos else None
    if (
        known_as is not None
        and known_as.group("n")[:1].isupper()
        and bare.split()[-1].casefold() in lex.body_heads
    ):
        # "the bank's monetary policy committee, known as Copom": the body by its name
        appos = _LEAD_THE.sub("", known_as.group("n").strip())
    if appos and _names_org(appos, bare, registry):
        # "Spain's weather agency, Aemet": the appositive is the name
        ref = registry.lookup(appos)
        if ref is not None:
            return ref.model_copy(update={"surface": f"{bare}, {appos}"})
        okind = _org_kind(bare) or "organisation"
        return SourceRef(name=appos, kind=okind, surface=f"{bare}, {appos}")
    poss = OWNER_POSSESSIVE.match(bare)
    if poss and poss.group("owner") in lex.core_states and registry.lookup(bare) is None:
        bare = str(poss.group("rest"))  # "Russia's Investigative Committee" -> the committee
    else:
        owned = _owned_org(bare, registry)
        if owned is not None:
            # "Kenya's Health Ministry": the ministry speaks; the owner stays in the surface
            return SourceRef(
                name=owned, kind=_org_kind(owned) or "government", full_name=bare, surface=main
            )
        if poss and poss.group("owner") in lex.states and registry.lookup(bare) is None:
            # "Cyprus's Aircraft Accident and Incident Investigation Board": any country
            bare = str(poss.group("rest"))

    staff = _BODY_STAFF.match(bare)
    if (
        staff is not None
        and not _people_word(staff.group("org"))
        and _body_name(staff.group("org"), registry)
        and not (_ACRONYM.match(staff.group("org")) and _org_kind(staff.group("org")))
    ):  # ("AI researchers": a field, not a body)
        org = staff.group("org")
        known = registry.lookup(org)
        if known is not None:
            return known.model_copy(update={"surface": main})
        return SourceRef(name=org, kind=_org_kind(org) or "organisation", surface=main)
    last = bare.split()[-1] if bare.split() else ""
    if (
        len(last) > 2
        and last.endswith("s")
        and not last.endswith("'s")
        and last[:-1].casefold() in lex.titles
        and last.casefold() not in lex.anonymous  # "officials", "advisers": as before
        and last.casefold() not in lex.collective
        and registry.lookup(bare) is None
        and len(bare.split()) <= 5
    ):
        # "Several Conservative MPs", "two Labour councillors": members of a group, plural
        return SourceRef(name=_DETS.sub("", bare), kind="collective", surface=main)
    plural = _PLURAL_NAME.match(bare)
    if (
        plural is not None
        and registry.lookup(bare) is None
        and _plural_body(plural.group("n"), registry)
    ):
        # "The Greens", "the Social Democrats": a party (or band, or family) named in the plural
        return SourceRef(name=plural.group("n"), kind="organisation", surface=main)
    if appos:
        body = _described_as_body(bare, appos, registry) or _gazetteer_body(bare, main)
        if body is not None:
            return body  # "Manibela, a transport group, says"
        person = _person(bare, appos, registry)
        if person is not None:
            return person
    found = registry.find(bare)
    anaphor = None if found else _definite_anaphor(bare)
    if anaphor is not None:
        return anaphor

    ref = registry.lookup(bare)
    if ref is not None and ref.kind != "person":
        return ref.model_copy(update={"surface": main})

    domain = _DOMAIN.match(bare)
    if domain is not None and not registry.find(bare):
        # "the Kyrgyz outlet 24.kg": a news site by its address
        return SourceRef(name=domain.group("d"), kind="outlet", surface=main)
    group_at = _GROUP_AT.match(bare)
    employee = _EMPLOYEE_AT.match(bare) if group_at is None and _employee_hint(bare) else None
    if employee is not None:
        # "A senior manager at CNEL", "an engineer at the Nigeria Hydrological Services
        # Agency": someone unnamed who works there speaks for the body (a body's name or
        # acronym only: "a trader at Kariakoo" stays the trader)
        employer = _LEAD_THE.sub("", employee.group("org"))
        known = registry.lookup(employer)
        if known is not None and known.kind not in ("person", "anonymous", "collective"):
            return known.model_copy(update={"surface": main})
        employer_kind = _org_kind(employer)
        if known is None and (employer_kind is not None or _ACRONYM.match(employer)):
            return SourceRef(name=employer, kind=employer_kind or "organisation", surface=main)
    if group_at is not None:
        # "Analysts at Jefferies", "researchers at the University of Córdoba": the body
        org = group_at.group("org")
        hit = _parse_source(org, registry)
        if hit is None or (
            isinstance(hit, SourceRef)
            and hit.kind == "person"
            and (" " not in org or _LEAD_THE.match(org))
        ):
            # "at Jefferies", "at the State Hydraulic Works": a body whatever its name looks like
            name = _LEAD_THE.sub("", org)
            return SourceRef(name=name, kind=_org_kind(name) or "organisation", surface=main)
        if isinstance(hit, SourceRef) and hit.kind not in ("person", "anonymous", "collective"):
            return hit.model_copy(update={"surface": main})
        if isinstance(hit, Anaphor) and hit.kinds & ORG_KINDS and hit.fallback is not None:
            # "Officials at the ministry": the ministry named before, else the group as written
            group = _DETS.sub("", bare)
            head = _PREP_SPLIT.split(group, maxsplit=1)[0].split()[-1].casefold()
            gkind = "anonymous" if head in lexicon().anonymous else "collective"
            return replace(hit, fallback=SourceRef(name=group, kind=gkind, surface=main))

    known_body = _gazetteer_body(bare, main)
    if known_body is not None:
        return known_body
    people = bare.split()[-1] if bare.split() else ""
    if people.endswith("s") and is_demonym(people) and people not in lex.states:
        # "Many Mexicans say", "Britons": a people in the plural, no person's name
        return SourceRef(name=_DETS.sub("", bare), kind="collective", surface=main)
    person = _person(bare, appos, registry)
    if person is not None:
        return person
    for_body = _NAME_FOR_BODY.match(bare)
    if for_body is not None:
        # "Cameron Easley for Morning Consult", "Ana Ruiz at Deloitte": the person
        named = _person(for_body.group("n"), None, registry)
        if named is not None and named.full_name:
            return named.model_copy(update={"surface": main})
    role_name = _ROLE_NAME.match(bare)
    if (
        role_name is not None
        and _org_kind(role_name.group("name")) is None
        and registry.lookup(role_name.group("name")) is None
    ):
        # "Shop owner Graham Pettit", "Tesselate co-founder Marcus Oyelowo", "Solar physicist
        # Mathew Okonkwo of the University of Leicester": a role in lower case, then a name
        name = role_name.group("name")
        return SourceRef(
            name=name, kind="person", full_name=name, role=role_name.group("role"), surface=main
        )
    if _BARE_SPOKESPERSON.match(bare):
        # "a spokeswoman told ABC Rural" after "WaterNSW said ...": the body just quoted
        fallback = SourceRef(name=_DETS.sub("", bare), kind="anonymous", surface=main)
        return Anaphor(ORG_KINDS, main, fallback=fallback, recent=2)
    spoken = _SPEAKS_FOR.match(bare)
    if spoken is not None:
        # an unnamed spokesperson speaks for the body: "a Welsh Government spokesperson",
        # "a spokesman for the ministry", "his spokeswoman", "a hospital spokesperson"
        hit = _spoken_for(spoken.group("org") or spoken.group("for"), main, registry)
        if hit is not None:
            return hit
    head_part = _PREP_SPLIT.split(bare, maxsplit=1)[0]
    head = head_part.split()[-1].casefold() if head_part.split() else ""
    described = _DETS.sub("", bare)
    if head in lex.anonymous:
        return SourceRef(name=described, kind="anonymous", surface=main)
    if (
        head in lex.collective
        or head_part.casefold() in lex.collective
        # "Rice growers", not "Harrowgate Outfitters" nor "Sanders" (a capital: a name)
        or (people_plural(head) and head_part.split()[-1].islower())
    ) and not _named_force(head_part):
        if _PARTICIPLE_TAIL.search(bare):
            described = _DETS.sub("", head_part)  # "Farmers reached by phone" -> "Farmers"
        return SourceRef(name=described, kind="collective", surface=main)

    if (
        _INDEFINITE.match(bare)
        and head.isalpha()
        and head_part.split()[-1].islower()
        and (_agent_noun(head) or head in _LEAD_ROLES or head in lex.titles)
        and not found
    ):
        # "A fisherman in Bodø", "a resident of Galkogo", "a senior negotiator from a G77
        # country": someone described, unnamed
        return SourceRef(name=described, kind="anonymous", surface=main)
    if found:
        f_start, f_end, ref = max(found, key=lambda f: f[1] - f[0])
        goes_on = _NAME_GOES_ON.match(bare, f_end)
        if (
            goes_on is None
            or any(a >= f_end for a, _, _ in found)  # "UN humanitarian office OCHA"
            or (ref.kind in ("outlet", "agency") and _STATION.match(bare, f_end))
        ):
            # ("BBC Radio Cornwall", "ABC News": a station or edition of the outlet)
            return ref.model_copy(update={"surface": main})
        # "ABC Color", "Reuters Institute", "correspondence from HSE Estates": a longer name
        # that starts with a known one, a body of its own
        before = _CAPITALS_BEFORE.search(bare, 0, f_start)
        longer = _LEAD_THE.sub("", bare[before.start() if before else f_start :])
        if not (ref.kind in ("outlet", "agency") and _people_word(goes_on.group().strip())):
            return SourceRef(name=longer, kind=_org_kind(longer) or ref.kind, surface=main)
        return ref.model_copy(update={"surface": main})  # "BBC Scotland": the BBC
    if bare in lex.states or _LEAD_THE.sub("", bare) in lex.states:
        return SourceRef(name=_LEAD_THE.sub("", bare), kind="government", surface=main)

    kind = _org_kind(bare)
    if not _LEAD_THE.sub("", bare)[:1].isupper() and not (kind and _LEAD_THE.match(bare)):
        return _described(bare, main)
    if kind is None:
        words = bare.split()
        if len(words) == 1 and _INNER_CAPITAL.match(words[0]):
            # "WaterNSW", "OpenAI", "PayPal": a company's or agency's name, not a surname
            return SourceRef(name=bare, kind="organisation", surface=main)
        if len(words) == 1 and _is_name_token(words[0], lex.titles):
            if appositive is not None and _WHICH.match(appositive):
                # "Eurocontrol, which manages European airspace, said": "which" is said of
                # a thing, so the one-word name is a body's ("who" would be a person's)
                return SourceRef(name=bare, kind="organisation", surface=main)
            # a bare surname ("Zakharova"): coreference links it to the full name
            return SourceRef(name=bare, kind="person", surface=main)
        if _BODY_NAME.match(bare) and any(w.isupper() or w[:1].isdigit() for w in words):
            # "NHS England", "IDA Ireland", "Tipp FM", "Il Sole 24 Ore": capitals with an
            # acronym or a number are a body's name, not a person's
            name = _LEAD_THE.sub("", bare)
            return SourceRef(name=name, kind="organisation", surface=main)
        joined = _JOINED_BODY.match(bare) or (_AND_BODY.match(bare) and len(words) >= 4)
        if (joined or _opens_as_body(bare)) and fold(words[0]) not in lex.given_names:
            name = _LEAD_THE.sub("", bare)
            return SourceRef(name=name, kind="organisation", surface=main)
        return _described(bare, main)
    # "An arbitration panel": a body described by an indefinite article, named without it
    return SourceRef(name=_A_DESCRIPTION.sub("", _LEAD_THE.sub("", bare)), kind=kind, surface=main)


_WHICH = re.compile(r"which\b", re.I)
_A_DESCRIPTION = re.compile(r"^(?:A|An)\s+(?=[a-z])")


def _named_force(phrase: str) -> bool:
    """ "West Yorkshire Police", "the National Police": a force named with capitals is a
    body of the state, not the police as a group of people ("Kenyan police")."""
    words = _LEAD_THE.sub("", phrase).split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and _org_kind(" ".join(words)) == "government"
    )


def _gazetteer_body(bare: str, main: str) -> SourceRef | None:
    """A body the gazetteer knows, not a surname: "Hamas said", "the Taliban said", also
    after a demonym ("the Pakistani Taliban": the body of that country)."""
    name = _LEAD_THE.sub("", bare)
    if not name[:1].isupper():
        return None  # "the economist, Mia Berg": a trade, not The Economist
    known = gazetteer_lookup(name)
    if known is None and " " in name and is_demonym(name.split(" ", 1)[0]):
        known = gazetteer_lookup(name.split(" ", 1)[1])
    if known is None or known.kind != "organisation":
        return None
    return SourceRef(name=name, kind=_org_kind(name) or "organisation", surface=main)


_BODY_NAME = re.compile(r"^(?:[Tt]he\s+)?[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){1,5}$")
_NAME_FOR_BODY = re.compile(
    r"^(?P<n>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+(?:for|at|with)\s+(?:the\s+)?[A-Z]"
)
_PLURAL_NAME = re.compile(r"^(?i:the)\s+(?P<n>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+[^s\W]s)$")
_LEAD_ROLES = frozenset(_PEOPLE["lead_roles"])


def _lead_role(bare: str, registry: SourceRegistry) -> str:
    """ "Operator Andes Cobre" -> "operator Andes Cobre", "Farmer Brett Cavanagh" -> "farmer
    Brett Cavanagh": a role word that the start of a sentence capitalised, so that the rules
    for "state broadcaster RTS" and "shop owner Graham Pettit" see it. A role before a
    person needs a given name after it ("Baker Hughes", "Hunter Biden" keep their capital);
    a body's descriptor ("operator", "retailer") needs two words or an acronym after it."""
    toks = bare.split()
    if len(toks) < 2 or not toks[0][1:].islower() or not toks[0][:1].isupper():
        return bare
    low = toks[0].casefold()
    rest = toks[1:]
    if not all(_DESC_NAME_TOKEN.match(w) for w in rest) or registry.lookup(bare) is not None:
        return bare
    lex = lexicon()
    agent = low.isalpha() and _agent_noun(low)
    if low in lex.descriptors and agent and (len(rest) >= 2 or rest[0].isupper()):
        return " ".join([low, *rest])
    if (
        len(rest) >= 2
        and low not in lex.titles
        and fold(toks[0]) not in lex.given_names
        and (fold(rest[0]) in lex.given_names or _specialist(low, rest))
        and (low in _LEAD_ROLES or agent)
    ):
        return " ".join([low, *rest])
    return bare


def _specialist(low: str, rest: list[str]) -> bool:
    """ "Trombonist Lucien Batiste", "Cardiologist Anil Rao", "Passenger Andreea Ionescu": a
    word in "-ist" names a person's trade, and a listed lead role ("passenger", "farmer") a
    person, never a firm, so the name after it needs no listed given name (two or three
    plain capitalised words, no body's word among them)."""
    return (
        ((low.endswith("ist") and len(low) > 6) or low in _LEAD_ROLES)  # not "Christ"
        and len(rest) <= 3
        and all(w[1:].islower() or "-" in w for w in rest)
        and _org_kind(" ".join(rest)) is None
    )


def _plural_body(name: str, registry: SourceRegistry) -> bool:
    """Whether "the NAMEs" is a body named in the plural: not a people ("the Russians"),
    nor a place ("the Philippines"), nor anything the registry knows otherwise."""
    last = name.split()[-1]
    if is_demonym(last[:-1]) or is_demonym(last) or name in lexicon().states:
        return False
    entry = gazetteer_lookup(name)
    return (entry is None or entry.kind == "organisation") and not registry.find(name)


_INDEFINITE = re.compile(r"^(?:a|an|one|another)\s", re.I)
# capitalised words an appositive may hold that are no given name ("His son, Friday, ...")
_NOT_GIVEN = frozenset(
    [*WEEKDAYS, *MONTHS, "today", "yesterday", "however", "meanwhile", "too", "also"]
)


def _labelled_person(bare: str) -> bool:
    """ "Transport Minister Markus Feldhaus", "Markus Feldhaus": a person (with a title, or a
    given name first), so that an acronym in brackets after it is a party, not its name."""
    if _org_kind(bare) is not None:
        return False
    split = split_name(bare)
    if split is None:
        return False
    role, name = split
    words = name.split()
    titles = lexicon().titles
    return len(words) >= 2 and (
        any(_title(w, titles) for w in role.split()) or fold(words[0]) in lexicon().given_names
    )


_LEAD_THE = re.compile(r"^the\s+", re.I)
_FIRST_PERSON_OWNER = re.compile(r"^(?:our|my)\s+(?=[a-z])", re.I)
_PLURAL_ACRONYM = re.compile(
    r"^(?:(?i:some|many|several|most|few|other|two|three|four|five|six|ten|dozens\s+of)\s+)?"
    r"(?P<n>[A-Z]{2,5}s)$"
)
_STAFF_OF = re.compile(
    r"^(?:a|an|one|another)\s+(?P<body>[a-z]+)\s+(?:official|spokesperson|spokesman|"
    r"spokeswoman|representative|source|executive)$",
    re.I,
)
# where a body sits or who owns or runs it is not who it is: "the Denver-based company",
# "the Hamas-run Gaza health ministry", "the Saudi-owned Al-Arabiya network", "state-run"
BASED_PARTICIPLES = (
    r"(?:based|headquartered|listed|registered|run|owned|controlled|led|backed|funded|"
    r"affiliated|aligned)"
)
_BASED = re.compile(
    # (not a determiner or a number before the place: "One London-based trader")
    r"(?:(?<=\s)|^)(?!(?:The|A|An|One|Two|Three|Four|Five|Another|Some|Several|Many)\s)"
    r"(?:[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?|state|government)-"
    rf"{BASED_PARTICIPLES}\s+"
)
# "the economist and author": two roles of one person (no determiner before the second)
_TWO_ROLES = re.compile(r"^((?:the|The)\s+\S.*?)\s+and\s+(?!(?:the|a|an|his|her|its)\b)(\S.*)$")
_AGED = re.compile(r"^(?i:the)\s+(\d{1,3})-year-old(?:\s+[a-z]+)?$")
_AGED_TITLED = re.compile(r"^(?i:the)\s+(\d{1,3})-year-old(?:\s+[\w'’-]+){0,4}\s+([\w'’-]+)$")
_ROLE_NAME = re.compile(
    r"^(?P<role>(?:[A-Z][\w'’.&-]*\s+)*(?:[a-z][\w'’-]*\s+)*"
    # the role's last word is a noun, not "of" in "the Royal College of Emergency Medicine"
    r"(?!(?:of|the|for|and|at|in|on|to|de|du|des|la|le|van|von|da|di|del|al|el|bin|from|with|"
    r"by|" + _WHERE + r")\b)"
    r"[a-z][\w'’-]*(?:\s+No\.?\s*\d+)?)"
    r"\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:\s+(?:of|at|from)\s+.+)?$"
)
_GROUP_AT = re.compile(
    r"^(?:(?i:the|a|an|one|some|several|two|three|four)\s+)?(?:[a-z][\w-]*\s+)?(?i:analysts?|economists?|"
    r"researchers?|scientists?|strategists?|experts?|academics?|officials?|staff|observers?|"
    r"monitors?|inspectors?|forecasters?|meteorologists?|epidemiologists?|auditors?|"
    r"campaigners?|activists?|volunteers?)\s+"
    r"(?:at|from|with)\s+"
    r"(?P<org>(?:the\s+)?[A-Z].+|the\s+[a-z]+(?:\s+[a-z]+)?)$"
)
# an appositive that gives examples of the source, not its name
_EXAMPLES = re.compile(r"^\s*(?:including|among\s+them|such\s+as|notably|especially)\b", re.I)
_RELATIVE_TAIL = re.compile(r",\s*(?:who|whose|which)\s.*$", re.S)
# "who gave only her first name, Maria", "who gave his name only as Omar", "who asked to be
# identified only as Leila": the name a source went by
NAMED_ONLY_AS = re.compile(
    r"\bwho\s+(?:gave|gives|give|would\s+give|asked\s+to\s+be\s+(?:identified|named|called))\s+"
    r"(?:only\s+)?(?:(?:her|his|their)\s+(?:first\s+|last\s+|given\s+|family\s+)?names?\s*)?"
    r"(?:only\s+)?(?:as\s+|,\s*)(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# (not "No 10", "No. 10": Number 10)
_NOBODY = re.compile(r"^(?i:nobody|no\s+one|none|not\s+one|neither|nor|no)\b(?!\.?\s*\d)")
_PLACE_OWNER = re.compile(
    r"^(?i:the)\s+(?:country|nation|state|city|region|province|island|kingdom|republic|"
    r"territory|county|town|capital|municipality|emirate)['’]s\s+(?=\w)"
)
# someone unnamed who works at a body, by an agent noun: "a senior manager at CNEL", "an
# engineer at the X Agency", "a nurse with Médecins Sans Frontières"
_EMPLOYEE_AT = re.compile(
    r"^(?i:a|an|one|the|two|three|several|some)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|person)s?|nurses?|clerks?|staffers?|"
    r"employees?|workers?|guards?|pilots?|doctors?|surgeons?)\s+"
    r"(?:at|with)\s+(?P<org>(?:the\s+)?(?:[A-Z][\w.&'’-]*|of|for|and|the)"
    r"(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|the))*)$"
)


def _employee_hint(bare: str) -> bool:
    """A cheap test before ``_EMPLOYEE_AT``: " at " or " with " and a capital after it."""
    return (" at " in bare or " with " in bare) and any(c.isupper() for c in bare[2:])


# a body's staff named after it: "IMGW forecasters", "Goldman Sachs analysts" (not
# "Ukrainian officials": a people, not a body)
_BODY_STAFF = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?i:analysts|"
    r"economists|forecasters|researchers|scientists|strategists|meteorologists|"
    r"epidemiologists|inspectors|auditors|engineers)$"
)
# a website's name as a source: "24.kg", "Meduza.io" (a lower-case domain ending)
_DOMAIN = re.compile(
    r"^(?:(?:the\s+)?(?:[\w-]+\s+){0,3})?(?P<d>\w[\w-]*(?:\.[\w-]+)*\.[a-z]{2,4})$"
)
# the subject pronoun of a possessive one ("his lawyer": whoever "he" is)
OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
# a role owned by a pronoun's antecedent: "his lawyer", "its chief executive"
_OWNED_ROLE = re.compile(
    r"^(?P<p>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})$"
)


def _person_noun(word: str) -> bool:
    """A noun of a person by trade, title or tie ("lawyer", "chief executive", "wife"), not
    a spokesperson (who speaks for the owner: ``_SPEAKS_FOR``) nor a thing ("statement")."""
    if word.startswith("spokes") or word in ("client", "clients"):
        return False  # (his client: the lawyer's, ``Tracker._client``)
    if word in lexicon().anaphors.get("report", ()):
        return False
    return (
        _titled(word, lexicon().titles)
        or _agent_noun(word)
        or word in _LEAD_ROLES
        or word in _OWNED_ROLES
    )


# the people one has that the other lists do not name ("aides", "counsel", "family")
_OWNED_ROLES = frozenset(_PEOPLE["owned_roles"])

_SPEAKS_FOR = re.compile(
    r"^(?:(?:a|an|one|the)\s+)?(?:(?P<org>[^,]+?)\s+)?"
    r"(?:spokes(?:person|man|woman|people|persons|men|women)|press\s+officer)"
    r"(?:\s+(?:for|of)\s+(?P<for>[^,]+))?$",
    re.I,
)
# the kinds of a body (not a person, nor a group of people)
ORG_KINDS = frozenset({"government", "organisation", "agency", "outlet"})
_BARE_SPOKESPERSON = re.compile(r"^(?i:a|an|one)\s+spokes(?:man|woman|person)$")


def _spoken_for(org: str | None, main: str, registry: SourceRegistry) -> SourceRef | Anaphor | None:
    """The body (or person) an unnamed spokesperson speaks for, None to keep the
    spokesperson as written."""
    if not org:
        return None
    org = re.sub(r"['’]s?$", "", org.strip())  # "the company's spokeswoman"
    pronoun = _POSSESSIVE_PRONOUNS.get(org.casefold())
    if pronoun is not None:
        return Anaphor(_PRONOUNS[pronoun], pronoun)  # "his spokeswoman"
    if org[:1].isupper() or _LEAD_THE.match(org):
        hit = _parse_source(org, registry)
        if isinstance(hit, SourceRef):
            okind = _org_kind(org)
            if hit.kind == "collective" and okind is not None:
                return hit.model_copy(update={"kind": okind, "surface": main})  # "Welsh Government"
            if hit.kind in ("anonymous", "collective"):
                return None
            return hit.model_copy(update={"surface": main})
        return hit  # "the company's spokeswoman": the company named before
    head = org.split()[-1].casefold()
    if org.islower() and len(org.split()) <= 2 and head in lexicon().named_heads:
        # "a hospital spokesperson": the hospital the article names
        fallback = SourceRef(name=_DETS.sub("", main), kind="anonymous", surface=main)
        return Anaphor(ORG_KINDS, main, head=head, fallback=fallback)
    return None


_OWNED = re.compile(
    r"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+(?P<rest>[\w'’ ,-]+)$"
)
_DESC_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w.&'’-]*|\d[\w-]*[A-Z][\w-]*)$")


def _desc_name(name: list[str]) -> bool:
    """Whether ``name`` is a body's name after its descriptor: capitalised words, where a
    bare number may follow the first ("state TV channel Rustavi 2", "broadcaster France 24")."""
    return _DESC_NAME_TOKEN.match(name[0]) is not None and all(
        _DESC_NAME_TOKEN.match(w) or w.isdigit() for w in name[1:]
    )


def _owned_org(bare: str, registry: SourceRegistry) -> str | None:
    """ "Kenya's Health Ministry" -> "Health Ministry"; ``None`` unless the possessed phrase is
    an organisation head (a person, "Trump's lawyer Jane Doe", is never stripped)."""
    m = _OWNED.match(bare)
    if m is None or registry.lookup(bare) is not None:
        return None
    lex = lexicon()
    owner = m.group("owner")
    if any(w.casefold() in lex.titles for w in owner.split()):
        return None
    rest = m.group("rest").strip()
    words = rest.split()
    if _head_of(words, lex.possessive_heads):
        return rest  # "Kerala's Department of Health and Family Welfare"
    if not words or len(words) > 5:
        return None
    low = rest.casefold()
    if not any(low == h or low.endswith(" " + h) for h in lex.possessive_heads):
        return None
    capital = all(w[:1].isupper() for w in words)
    if not capital and (len(words) < 2 or any(w[:1].isupper() for w in words)):
        return None  # "Kenya's police": the bare head says nothing without its owner
    return rest


_NAME_JOINS = frozenset({"of", "and", "for", "the", "&"})


def _head_of(words: list[str], heads: frozenset[str]) -> bool:
    """ "Department of Health and Family Welfare", "Ministry of Land and Natural Resources":
    a capitalised head noun, "of", then the capitalised words of what it is in charge of."""
    return (
        3 <= len(words) <= 9
        and words[1] == "of"
        and words[0][:1].isupper()
        and words[0].casefold() in heads
        and all(w[:1].isupper() or w in _NAME_JOINS for w in words[2:])
        and "," not in words[-1]
        and words[-1][:1].isupper()
    )


def _descriptor_name(bare: str, surface: str, registry: SourceRegistry) -> SourceRef | None:
    """ "the think tank CEPA" -> organisation "CEPA"; "state broadcaster RTS" -> outlet "RTS".

    The descriptor is lower case (short acronyms such as "TV" aside) and ends in an
    organisation noun; the name after it is all capitalised words.
    """
    toks = _LEAD_THE.sub("", bare).split()
    if len(toks) < 2:
        return None
    lex = lexicon()
    for i in range(1, len(toks)):
        desc, name = toks[:i], toks[i:]
        capital = [
            w[:1].isupper()
            and not (w.isupper() and len(w) <= 3)
            # "Russian Telegram channel Rybar": a demonym or a platform describes
            and not (j > 0 and (is_demonym(w) or w in _PLATFORMS))
            and not (j == 0 and len(desc) > 1 and is_demonym(w))
            for j, w in enumerate(desc)
        ]
        if any(capital[1:]):
            return None
        if capital[0] and len(desc) < 2:
            continue  # a capital first word needs a descriptor after it: "Opposition party X"

        if len(name) > 6 or not _desc_name(name):
            continue
        if any(w.casefold() in lex.titles or w in _STOP_CAPS for w in name):
            return None
        return _by_descriptor(name, desc, surface, registry)
    return None


def _by_descriptor(
    name: list[str], desc: list[str], surface: str, registry: SourceRegistry
) -> SourceRef | None:
    """The source ``name`` stands for when ``desc`` (lower-case words) says what it is, by
    the descriptor noun it ends in; None when it ends in none, or the name is a state's."""
    lex = lexicon()
    kind = _descriptor_kind(desc)
    if kind is None:
        return None
    full = " ".join(name)
    ref = registry.lookup(full)
    if ref is not None:
        return ref.model_copy(update={"surface": surface})
    if full in lex.states:
        return None
    if kind == "organisation":
        kind = _org_kind(" ".join(desc)) or "organisation"
    return SourceRef(name=full, kind=kind, surface=surface)


def _descriptor_kind(desc: list[str]) -> str | None:
    """The kind of source lower-case words describe by the descriptor noun they end in
    ("think tank", "lender"), a compound of "maker" too ("truckmaker", "chipmaker")."""
    descriptors = lexicon().descriptors
    last = desc[-1].casefold()
    kind = descriptors.get(" ".join(desc[-2:]).casefold()) or descriptors.get(last)
    if kind is None and last.endswith("maker") and len(last) > 7:
        kind = descriptors.get("maker")
    return kind


_DESC_STOPS = frozenset(
    {"for", "of", "the", "a", "an", "at", "in", "on", "to", "from", "with", "and"}
)


def _named_then_described(bare: str, surface: str, registry: SourceRegistry) -> SourceRef | None:
    """ "Kyodo news agency" -> "Kyodo"; "the Nikkei business daily" -> "Nikkei": a name of
    capitalised words, then lower-case words ending in a descriptor noun (an adjective such
    as "business" may come first)."""
    toks = _LEAD_THE.sub("", bare).split()
    if toks and toks[0] in ("A", "An"):
        return None  # "A rights group": an article, no name before the descriptor
    first = next((k for k, w in enumerate(toks) if w.islower()), None)
    if first is None or first == 0 or first > 4 or len(toks) - first > 3:
        return None
    name, desc = toks[:first], toks[first:]
    if not all(w.islower() for w in desc) or not all(_DESC_NAME_TOKEN.match(w) for w in name):
        return None
    if name[-1].endswith(("'s", "’s", "'", "’")):
        return None  # "Ukraine's military intelligence agency": the owner is not the name
    if any(w in _DESC_STOPS for w in desc) or registry.lookup(bare) is not None:
        return None  # "Lawyers for the airline"; "the UN refugee agency" is known whole
    if any(w.casefold() in lexicon().titles for w in name):
        return None
    if len(name) == 1 and is_demonym(name[0]):
        return None  # "Turkish state broadcaster": a description, not a name
    if len(name) > 1 and is_demonym(name[0]) and registry.lookup(" ".join(name)) is None:
        # "the Iranian Tasnim news agency", "the Palestinian Safa news agency": where the
        # outlet is from describes it; its name follows
        name = name[1:]
    return _by_descriptor(name, desc, surface, registry)


def _names_org(appos: str, bare: str, registry: SourceRegistry) -> bool:
    """Is ``appos`` the name of the organisation that ``bare`` describes ("its weather agency,
    Aemet")?"""
    words = bare.split()
    if (
        not words
        or not words[-1].islower()
        or (
            _org_kind(bare) is None
            and words[-1] not in (lexicon().anaphors.get("organisation", ()))
        )
    ):
        return False
    if registry.lookup(appos) is not None:
        return True
    toks = appos.split()
    return (
        1 <= len(toks) <= 4
        and all(t[:1].isupper() for t in toks)
        and not any(t.casefold() in lexicon().titles for t in toks)
        and (len(toks) == 1 or _ACRONYM.match(toks[0]) is not None)
    )


# "the insider", "the friend": the anonymous source introduced before, under the same noun or
# one of its kin ("a source" ... "the insider"; "a pal" ... "the friend")
_NATIONALS = frozenset(_PEOPLE["nationals"])
_ANONYMOUS_ANAPHORS = frozenset(
    ["source", "sources", "official", "officials", "insider", "insiders", "people", "person"]
    + [w for kin in table("groups.toml")["anaphor_kin"].values() for w in kin]
)


def _definite_anaphor(bare: str) -> Anaphor | None:
    """ "the agency", "the Russian agency", "the report", "the source" -> an anaphor."""
    m = re.match(r"^(?:the|this|that|these|its|their)\s+(?P<rest>.+)$", bare, re.I)
    if not m:
        return None
    words = m.group("rest").split()
    if not words or len(words) > 4:
        return None
    if (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and _titled(words[-1].casefold(), lexicon().titles)
        and not any(_adjectival(w) or is_demonym(w) for w in words[:-1])
    ):
        # "The Prime Minister", "the Attorney General", "The Health Secretary": a title in
        # capitals, with its portfolio, is the title
        words = [w.casefold() for w in words]
        bare = f"{bare[: m.start('rest')]}{' '.join(words)}"
    if [w.casefold() for w in words] == ["force"]:
        # "the force said" (British police copy); not "the air force"
        force = SourceRef(name="force", kind="government", surface=bare)
        return Anaphor(frozenset({"government"}), bare, head="force", fallback=force)
    noun = words[-1].casefold()
    two = " ".join(words[-2:]).casefold()
    lex = lexicon()
    # modifiers must be adjectives (Russian, Ukrainian, same, latest), not a name
    if any(w[:1].isupper() and not (_adjectival(w) or is_demonym(w)) for w in words[:-1]):
        return None
    kinds: set[str] = set()
    for kind, nouns in lex.anaphors.items():
        if noun in nouns or two in nouns:
            if kind == "report":
                kinds.update({"agency", "outlet", "government", "organisation"})
            else:
                kinds.add(kind)
    if noun in _ANONYMOUS_ANAPHORS:
        # "the people said" after "people familiar with the matter": the same people
        return Anaphor(frozenset({"anonymous"}), bare, noun=noun.rstrip("s"))
    if (
        len(words) == 1
        and m.group(0).casefold().startswith("the ")
        and (noun in _NATIONALS or (is_demonym(words[0]) and words[0][:1].isupper()))
    ):
        # "the Frenchwoman insisted", "the Briton said": the person just spoken of
        return Anaphor(frozenset({"person"}), bare)
    titled = _titled(noun, lex.titles)
    if titled and m.group(0).casefold().startswith("the "):
        # "the minister", "the spokeswoman": the last person in that role, else the role itself
        rest = " ".join(words)
        person = SourceRef(name=rest, kind="person", role=rest, surface=bare)
        return Anaphor(frozenset({"person"}), bare, noun=noun, fallback=person)
    if not kinds:
        return None
    fallback = None
    own_kind = _org_kind(m.group("rest")) or next(
        (k for k in ("government", "organisation", "outlet", "agency") if k in kinds), None
    )
    report = any(noun in lex.anaphors["report"] for noun in (noun, two))
    if report:
        own_kind = None
    if m.group(0).casefold().startswith("the "):
        if own_kind is not None:
            fallback = SourceRef(name=m.group("rest"), kind=own_kind, surface=bare)
        elif report and all(w.islower() for w in words):
            # "the post-debate analysis" with no publisher named before: the document itself
            fallback = SourceRef(name=m.group("rest"), kind="organisation", surface=bare)
    mods = [w for w in words[:-1] if w[:1].isupper()]
    return Anaphor(
        frozenset(kinds),
        bare,
        fallback=fallback,
        head=noun,
        modifier=mods[0] if mods else None,
    )


def _adjectival(word: str) -> bool:
    return word.endswith(("an", "ian", "ish", "ese", "i", "ic")) or word in ("Same", "Latest")


@lru_cache(maxsize=32768)
def _title(tok: str, titles: frozenset[str]) -> bool:
    """A title word ("Dr", "CEO"); an honorific in capitals is an abbreviation ("DR Congo",
    "MS Amlin")."""
    low = tok.casefold()
    return _titled(low, titles) and not (tok.isupper() and low in _HONORIFICS)


def _titled(low: str, titles: frozenset[str]) -> bool:
    """A title word, or a hyphenated one made of titles ("attorney-general")."""
    return low in titles or ("-" in low and all(p in titles for p in low.split("-") if p))


def _is_name_token(tok: str, titles: frozenset[str]) -> bool:
    if _titled(tok.casefold(), titles) or tok in _STOP_CAPS or tok in _NOT_NAME_WORDS:
        return False
    if tok.casefold().split("-")[0] in _PARTICLES:
        return True
    return bool(_NAME_TOKEN.match(tok)) and tok[:1].isupper() and not tok.isupper()


def _given_before(toks: list[str]) -> bool:
    """Whether ``toks`` end in a person's given name, with at most one middle name after it
    ("Charlie", "Martin Luther"): then a title word after them is a surname."""
    lex = lexicon()
    for back in (1, 2):
        if len(toks) < back or not all(_is_name_token(t, lex.titles) for t in toks[-back:]):
            return False
        if fold(toks[-back]) in lex.given_names:
            return True
    return False


@lru_cache(maxsize=32768)
def split_name(phrase: str) -> tuple[str, str] | None:
    """ "Kremlin Spokesperson Dmitry Peskov" -> ("Kremlin spokesperson", "Dmitry Peskov")."""
    lex = lexicon()
    toks = phrase.split()
    i = len(toks)
    if i >= 3 and toks[-1] in _NAME_SUFFIXES and _is_name_token(toks[-2], lex.titles):
        i -= 1  # "Vann R. Newkirk II", "Martin Luther King Jr."
    if i >= 2 and toks[i - 2].casefold() in _HONORIFICS and toks[i - 1][:1].isupper():
        i -= 1  # "Mr. King"
    elif i >= 2 and toks[i - 1].casefold() in lex.titles and _given_before(toks[: i - 1]):
        i -= 1  # a surname that is also a title: "Charlie King", "Martin Luther King"
    while i > 0 and (
        (
            _is_name_token(toks[i - 1], lex.titles)
            and not (i < len(toks) and toks[i - 1].endswith(_POSSESSIVE))
            and not (
                toks[i - 1] in _NAME_LABELS and i < len(toks) and fold(toks[i]) in lex.given_names
            )
        )
        or (i < len(toks) and _INITIAL.match(toks[i - 1]) is not None)
        or (
            i >= 2
            and _HYPHEN_GIVEN.match(toks[i - 1]) is not None
            and _is_name_token(toks[i - 2], lex.titles)
        )
    ):
        i -= 1
    name_toks = toks[i:]
    if not name_toks:
        return None
    role_toks = toks[:i]
    role = " ".join(t.casefold() if _title(t, lex.titles) else t for t in role_toks)
    role = _DETS.sub("", role + " ").strip()
    return role, " ".join(name_toks)


@lru_cache(maxsize=32768)
def _org_kind(phrase: str) -> str | None:
    """The kind of a body's name: by its head word first (the last word before "of", "for",
    "to" or "on": "Independent Office for Police Conduct" is an office, not the newspaper
    "The Independent"), else by any of its words."""
    lex = lexicon()
    low = phrase.casefold()
    head = _HEAD_PART.split(low, maxsplit=1)[0].split()
    if len(head) > 1:
        for kind in ("agency", "outlet", "government", "organisation"):
            if head[-1] in lex.org_words[kind]:
                return kind
    words = set(re.findall(r"[\w']+", low))
    for kind in ("agency", "outlet", "government", "organisation"):
        for w in lex.org_words[kind]:
            if (" " in w and w in low) or w in words:
                return kind
    return None


# two to four capitalised words and nothing else: a person's name as it stands
# a capital inside a word, not after a surname's prefix ("McDonald", "DeSantis", "O'Brien")
_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z]")
_BARE_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
_SINGLE_NAME = re.compile(r"^[A-Z][a-z'’-]{2,}$")
# a name's owner before it: "Russia's Investigative Committee", "Estonia's Data Protection
# Inspectorate"
OWNER_POSSESSIVE = re.compile(
    r"^(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?P<rest>[A-Z].*)$"
)


# a person's name, "of the", a lower-case description and a body's name
_PERSON_OF_DESCRIBED = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+of\s+the\s+"
    r"(?:[a-z][\w-]*\s+){1,4}[A-Z]"
)
# a person's name, "of the" and a body named by its kind ("Mark Jansen of the FNV union",
# "Ana Ruiz of the teachers' union"): ``_org_kind`` must know the body's head word
_PERSON_OF_BODY = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+of\s+(?P<body>the\s+"
    r"(?:[\w'’&-]+\s+){0,3}[a-z][\w-]*)$"
)
# three capitalised words or more with "and" between: "Manitoba Transportation and
# Infrastructure" (two, "Smith and Jones", may be two people)
_AND_BODY = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+and\s+[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*)*$"
)
# a body's name of capitalised words joined by "for" or "of (the)": "Transport for London",
# "Homes for Scotland", "Sisters of Mercy" (a person's name has no such joint)
_JOINED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})+$"
)
# lower-case words before an outlet's name and its kind ("the pro-government Al-Watan
# newspaper", "the opposition Daily Monitor newspaper")
_PLATFORMS = frozenset(_PEOPLE.get("platforms", []))
_LEANING_OUTLET = re.compile(
    r"^(?:the\s+)?(?:(?:pro-\w+|opposition|independent|state-run|state-owned|state-controlled|"
    r"government-run|privately\s+owned|\w+-backed|\w+-funded|\w+-leaning|"
    r"\w+-language|liberal|conservative|leftist|left-wing|right-wing|nationalist|tabloid|"
    r"local|regional|national|business|financial)\s+){1,2}"
    r"(?P<rest>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
    r"(?:newspaper|daily|weekly|tabloid|magazine|news\s+agency|agency|broadcaster|channel|"
    r"website|news\s+site|outlet|radio|television|TV))$",
    re.I,
)
_HEAD_PART = re.compile(r"\s+(?:of|for|to|on)\s+")


def _body_name(name: str, registry: SourceRegistry) -> bool:
    """Whether capitalised words name a body by their form: known, an acronym, or two
    capitalised words ("Goldman Sachs"); not "Some", "The", "Shipping", which a sentence's
    start capitalises."""
    return (
        registry.lookup(name) is not None
        or bool(_ACRONYM.match(name))
        or (len(name.split()) >= 2 and not _LEAD_THE.match(name))
    )


_ORG_OPENERS = frozenset(_PEOPLE.get("org_openers", []))


def _opens_as_body(bare: str) -> bool:
    """Capitalised words that open with a word of bodies' names ("National Rail"), with no
    title among them ("National Security Adviser Ana Ruiz" is a person); or a body's head
    noun and its "of" ("The Ministry of Foreign Affairs", whose "Foreign" is also a title's
    word)."""
    if _BODY_OF.match(bare):
        return True
    if not _BODY_NAME.match(bare):
        return False
    words = _LEAD_THE.sub("", bare).split()
    titles = lexicon().titles
    return words[0] in _ORG_OPENERS and not any(w.casefold() in titles for w in words)


# a body's head noun, then what it is of or for, in capitals to the end: "Ministry of Foreign
# Affairs", "Department for Transport" (not "Bureau of Meteorology meteorologist Dean Narayan")
_BODY_OF = re.compile(
    r"^(?:[Tt]he\s+)?(?i:" + body_heads_alternation() + r")\s+"
    r"(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|for)\s+)?[A-Z][\w'’-]*)*$"
)

_MARKET_PLACES = frozenset(_PEOPLE.get("market_places", []))


def _people_word(name: str) -> bool:
    """Whether a capitalised name is a people, a state or a place ("Ukrainian", "Kenyan",
    "Wall Street"), not a body."""
    words = name.split()
    if is_demonym(words[0]) or name in lexicon().states:
        return True
    entry = gazetteer_lookup(name)
    return (entry is not None and entry.kind == "place") or name in _MARKET_PLACES


def _described_as_body(bare: str, appos: str, registry: SourceRegistry) -> SourceRef | None:
    """A name that an appositive describes as a body by its head word ("Manibela, a
    transport group", "Pasada, a Manila-based think tank"); not "Kamal Lababida, a
    spokesman for the ministry", whose head is a person's."""
    name = _LEAD_THE.sub("", bare)
    if not _BODY_NAME_WORDS.match(name) or registry.lookup(name) is not None:
        return None
    head = _APPOS_HEAD.split(appos.casefold(), maxsplit=1)[0].split()
    if not 2 <= len(head) <= 5 or head[0] not in ("a", "an", "the"):
        return None
    lex = lexicon()
    first = name.split()[0]
    if fold(first) in lex.given_names or _title(first, lex.titles):
        return None  # "Dr Ana Ruiz, a virologist at the institute": a person
    for kind in ("agency", "outlet", "government", "organisation"):
        if head[-1] in lex.org_words[kind] or " ".join(head[-2:]) in lex.org_words[kind]:
            return SourceRef(name=name, kind=kind, surface=f"{bare}, {appos}")
    described = _descriptor_kind(head[1:])  # "Volvex, the Swedish truckmaker"
    if described is not None and described != "person":
        return SourceRef(name=name, kind=described, surface=f"{bare}, {appos}")
    return None


# capitalised words to the end of a phrase, after a known name inside it
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w&'’.-]*)+$")
_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w&'’.-]*\s+)+$")
_STATION = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, table("groups.toml")["outlets"]["station_words"])) + r")\b"
)
_WHERE_ROLE = re.compile(r"\s(?:" + _WHERE + r")$", re.I)
_APPOS_HEAD = re.compile(r"\s+(?:of|for|to|on|at|in|from|with|by|who|which|that)\s+|,")
_BODY_NAME_WORDS = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$")


def _named_first(bare: str) -> bool:
    """Whether ``bare`` is a name as it stands ("Li Jiaheng"), not a capitalised role ("The
    Rail Minister", "Foreign Secretary") that an appositive name would follow."""
    toks = bare.split()
    return (
        _BARE_NAME.match(bare) is not None
        and toks[0] not in ("The", "A", "An")
        and not _title(toks[-1], lexicon().titles)
    )


def _person(bare: str, appos: str | None, registry: SourceRegistry) -> SourceRef | None:
    """A person, named ("Gen. Alexander Zhuravlev") or described ("the head of X")."""
    lex = lexicon()
    if _opens_as_body(bare):
        return None  # "National Rail", "Federal Highways": a body's name
    home = _NAME_OF_PLACE.match(bare)
    if home is not None:
        # "Representative Charles B. Rangel of New York": the person, not the place
        named = _person(home.group("pre"), appos, registry)
        if named is not None and named.full_name:
            return named.model_copy(update={"surface": bare})
    if appos and not _named_first(bare):
        # "The head of ..., Colonel-General Oleksandr Zhuravlev" / "Kamal Lababida, a spokesman"
        # (not "Li Jiaheng, vice governor of Hunan Province": a name comes first)
        inner = _person(appos, None, registry)
        if inner is not None and inner.kind == "person" and inner.full_name:
            role = _DETS.sub("", bare)
            return inner.model_copy(update={"role": inner.role or role, "surface": bare})
        if (
            " " not in appos
            and appos.isalpha()
            and appos[:1].isupper()
            and appos[1:].islower()
            and appos.casefold() not in _NOT_GIVEN
            and appos not in lexicon().states
            and (
                bare.split()[0].casefold() in ("his", "her", "their")
                or (
                    bare.split()[0].casefold() in ("a", "an", "one", "another")
                    and len(bare.split()) == 2
                    and bare.split()[1].islower()
                    and _org_kind(bare) is None
                )
            )
        ):
            # "His daughter, Niamh, said", "One resident, Tuyaa, said": a person named by
            # the given name alone
            role = bare.split(None, 1)[-1].casefold()
            return SourceRef(name=appos, kind="person", role=role, surface=f"{bare}, {appos}")
        known = _KNOWN_AS.match(appos)
        if known and re.match(r"^(?:the\s+)?\w+\s+of\s+", bare, re.I):
            # "The head of Syria's civil defense, known as the White Helmets"
            office = re.match(r"^(?:the\s+)?(\w+)\s+of\s+", bare, re.I)
            assert office is not None
            org = _clean(known.group("n"))
            name = f"{office.group(1).casefold()} of {org}"
            return SourceRef(name=name, kind="person", role=name, surface=f"{bare}, {appos}")
    split = split_name(bare)
    if split is not None and split[1].casefold() in _countries():
        # "a spokesperson for NHS England": the capitals before the country go with it
        role_toks = split[0].split()
        k = len(role_toks)
        while k > 0 and role_toks[k - 1][:1].isupper() and k > len(role_toks) - 2:
            k -= 1
        if k < len(role_toks):
            split = (" ".join(role_toks[:k]), " ".join([*role_toks[k:], split[1]]))
    if split is not None and _place_of_office(*split, registry):
        split = None  # "the attorney general of Oklahoma": the place, not a person's name
    if split is not None and _WHERE_ROLE.search(split[0]):
        split = None  # "Fishermen around Lake Malawi": a place after "around", not a name
    if split is not None and split[0].endswith((" and", " &")) and " " not in split[1]:
        split = None  # "a spokesperson for Manitoba Transportation and Infrastructure"
    if split is not None:
        role, name = split
        name_words = name.split()
        role_words = role.split()
        has_title = any(_title(w, lex.titles) for w in role_words)
        preps = [i for i, w in enumerate(role_words) if w.casefold() in _OBJECT_PREPS]
        after = [w.casefold() for w in role_words[preps[-1] + 1 :]] if preps else []
        if (
            after
            and len(after) <= 2
            and after[0] in _PRE_NAME
            and all(w in lex.titles for w in after)
        ):
            # "advisers to Mr. Obama", "a lawyer for President Reyes": the person named is
            # the one they work for, not the source
            return None
        known_ref = registry.lookup(name)
        if (
            known_ref is None
            and (not role_words or role_words[-1].casefold() in _OBJECT_PREPS)
            and agency_of_country(name_words)
            and not registry.find(name)  # "Amnesty International Kenya": a known body's branch
        ):
            # "Statistics Canada", "a spokesman for Public Health Wales"
            return SourceRef(name=name, kind="government", surface=bare)
        if known_ref is None and len(name_words) > 2 and not registry.find(name):
            role, name = _role_object(role, name, lex.titles)
            name_words = name.split()
            role_words = role.split()
        if known_ref is not None and known_ref.kind == "person":
            return known_ref.model_copy(update={"role": role or None, "surface": bare})
        if known_ref is None and any(
            a == 0 and " " in name[:b] and r.kind != "person" for a, b, r in registry.find(name)
        ):
            return None  # "Amnesty International Kenya": a known body's branch, no person
        org_like = _org_kind(name) is not None or known_ref is not None
        if (
            not org_like
            and name not in lex.states
            and (has_title or len(name_words) >= 2)
            and (
                not role_words
                or has_title
                or role_words[-1].endswith(_POSSESSIVE)
                # ("widow Terry Strada", "9/11 widow Terry Strada")
                or (
                    len(name_words) >= 2
                    and all(w.islower() or re.fullmatch(r"\d+/\d+", w) for w in role_words)
                )
                or all(w in _NAME_LABELS for w in role_words)  # "Republican Donald Trump"
            )
        ):
            role_text = role or (_role_from_appos(appos) if appos else None)
            return SourceRef(
                name=name,
                kind="person",
                full_name=name if len(name_words) >= 2 else None,
                role=role_text or None,
                surface=bare,
            )
    # described person: "the head of X", "a spokesman for the campaign"
    m = re.match(
        r"^(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<title>[\w-]+)\s+(?:of|for)\s+",
        bare,
        re.I,
    )
    if m and m.group("title").casefold() in lex.titles:
        if m.group("title").casefold() in lex.anonymous and bare[:2].casefold() == "a ":
            return None  # "a spokesman for X": anonymous, handled by the caller
        name = _DETS.sub("", bare)
        return SourceRef(name=name, kind="person", role=name, surface=bare)
    return None


def agency_of_country(words: list[str]) -> bool:
    """ "Environment Canada", "Statistics Canada", "Public Health England", "NHS England":
    common words or an acronym before a country's name are an agency, not a person (unless
    the first is a given name: "Chelsea Kenya")."""
    if not 2 <= len(words) <= 3 or fold(words[0]) in lexicon().given_names:
        return False
    return words[-1].casefold() in _countries()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(table("participants.toml")["places"]["countries"])


def _place_of_office(role: str, name: str, registry: SourceRegistry) -> bool:
    low = role.casefold().split()
    if not low or low[-1] not in ("of", "for", "to", "in", "at", "from"):
        return False
    words = name.split()
    if len(words) == 1:
        return True
    known = registry.lookup(name)
    return len(words) == 2 and (
        name in lexicon().states or (known is not None and known.kind != "person")
    )


def _role_object(role: str, name: str, titles: frozenset[str]) -> tuple[str, str]:
    """ "secretary of" + "State Antony Blinken" -> "secretary of State" + "Antony Blinken":
    the capitalised object of the role's preposition ("of State", "for Foreign Affairs",
    "to Ukraine") is not part of the name, which keeps at least two words."""
    low = role.casefold().split()
    preps = [k for k, t in enumerate(low) if t in ("of", "for", "to")]
    if not preps:
        return role, name
    tail = role.split()[preps[-1] + 1 :]
    # "Minister of Water and" + "Sanitation Zizi Qwabe": the object goes on after "and"
    joined = bool(tail) and tail[-1] in ("and", "&") and all(w[:1].isupper() for w in tail[:-1])
    if not joined and not all(t in titles for t in low[preps[-1] + 1 :]):
        return role, name
    words = name.split()
    while len(words) > 2 and not _INITIAL.match(words[1]):
        role = f"{role} {words.pop(0)}"
    return role, " ".join(words)


_OBJECT_PREPS = frozenset({"to", "for", "with", "close", "near"})
# honorifics and titles that stand right before a name ("to Mr. Obama", "for President Reyes")
_PRE_NAME = frozenset(_PEOPLE["before_name"])
_NAME_OF_PLACE = re.compile(
    r"^(?P<pre>.+?\s[A-Z][\w'’.-]+)\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    # the place's kind in lower case: "Karl Brandt of the Emsland district"
    r"(?:\s+(?:district|region|province|county|state|municipality|prefecture|department|"
    r"governorate|canton|borough|parish|constituency|ward))?$"
)
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person")


def _agent_noun(word: str) -> bool:
    """A noun of someone who acts, by its ending ("researcher", "president", "spokesman");
    not one in "-ment", a thing ("the indictment", "the statement")."""
    return word.endswith(_AGENT_SUFFIXES) and not word.endswith("ment")


def _described(bare: str, surface: str) -> SourceRef | None:
    """ "the announcer", "The Indiana governor", "the clip": a source described, not named."""
    words = bare.split()
    head = words[-1] if words else ""
    lex = lexicon()
    if (
        (head in lex.evidence_nouns or (head in lex.documents and head.endswith("s")))
        and len(words) <= 3
        and not _DETS.match(bare)
        and all(w.islower() and w.replace("-", "").isalpha() for w in words)
    ):
        # "according to federal statistics", "official figures show", "according to budget
        # documents": evidence, unowned
        return SourceRef(name=bare, kind="organisation", surface=surface)
    if not (2 <= len(words) <= 6 and head.isalpha() and head.islower()):
        return None
    if words[0].casefold() in ("his", "her", "their") and len(words) <= 4:
        # "His lawyer", "their attorneys": a person (or people) described through someone
        # named before; only people and groups of them, not "her account"
        single = head[:-1] if head.endswith("s") else head
        if head in lex.titles or head in _LEAD_ROLES or _agent_noun(head):
            # "His lawyer", "her wife", "their mother"
            return SourceRef(name=bare, kind="person", role=head, surface=surface)
        if single in lex.titles or single in _LEAD_ROLES or _agent_noun(single):
            return SourceRef(name=bare, kind="collective", surface=surface)
        return None
    if not (_DETS.match(bare) or words[0].endswith(("'s", "’s"))):
        return None
    low = {w.casefold() for w in words}
    if low & {"is", "are", "was", "were", "has", "have", "had", "will", "would", "not", "to"}:
        return None
    kind = "person" if head in lex.titles or _agent_noun(head) else "organisation"
    name = _DETS.sub("", bare)
    return SourceRef(name=name, kind=kind, role=name if kind == "person" else None, surface=surface)


def _role_from_appos(appos: str) -> str | None:
    m = re.match(r"^(?:a|an|the)\s+(.+)$", appos, re.I)
    return m.group(1) if m else None
