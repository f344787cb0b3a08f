"""The attribution lexicons, loaded once and compiled into regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimtrack.lexicons import lines, table
from claimtrack.normalise.translit import fold


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie: Python's ``re`` does not factor
    common prefixes itself, and a trie lets a scan fail on the first letter."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@dataclass(frozen=True)
class Lexicon:
    verb_modality: dict[str, str]
    listener_verbs: frozenset[str]
    clausal_only: frozenset[str]
    body_heads: frozenset[str]  # "office", "operator": heads of bodies described in lower case
    measure_at: frozenset[str]  # "put the toll at 41": an estimate of an amount
    instruction_verbs: frozenset[str]
    directives: frozenset[str]  # "called for": a cue only after a speaker
    summons_re: re.Pattern[str]  # "called for the trainer": a summons, no directive
    speaker_heads: frozenset[str]  # nouns that name a speaker: titles, groups, bodies
    prep_modality: dict[str, str]
    nominal_modality: dict[str, str]
    anonymous: frozenset[str]
    collective: frozenset[str]
    states: frozenset[str]
    core_states: frozenset[str]  # groups.toml's own list (the seeds' region, capitals, blocs)
    anaphors: dict[str, tuple[str, ...]]
    specific_heads: frozenset[str]  # "the board": only a source named so
    generic_heads: frozenset[str]  # "the company": any body told of before
    staff_of: frozenset[str]  # "a company official": the company named before
    findings: frozenset[str]  # "a study found 31 incidents": the study's finding
    named_heads: dict[str, tuple[str, ...]]  # "police" -> endings of a police force's name
    org_words: dict[str, frozenset[str]]
    possessive_heads: frozenset[str]
    documents: frozenset[str]  # "brief", "letter", the report nouns: they speak for their owner
    descriptors: dict[str, str]  # descriptor noun -> kind ("think tank" -> organisation)
    titles: frozenset[str]
    given_gender: dict[str, str]  # folded given name -> "m" / "f" ("jose" -> "m")
    given_names: frozenset[str]  # every folded given name, those of either gender too
    verb_re: re.Pattern[str]
    prep_re: re.Pattern[str]
    relay_re: re.Pattern[str]
    nominal_re: re.Pattern[str]
    owned_re: re.Pattern[str]  # a report noun and its owner: "the sheriff's claim that C"
    marker_re: re.Pattern[str]
    # cheap gates (no word boundaries, so ``re`` scans them fast): a text with no match of
    # a gate has no match of its pattern; ``prep_gate`` is for lower-cased ASCII text
    prep_gate: re.Pattern[str]
    relay_gate: re.Pattern[str]
    nominal_gate: re.Pattern[str]
    owned_gate: re.Pattern[str]  # a report noun, then "that": the end of every ``owned_re``
    quote_object: frozenset[str]
    needs_punct: frozenset[str]
    needs_quote: frozenset[str]
    after_quote: frozenset[str]  # cues only right after a quote: '"...," reacted X'
    evidence_re: re.Pattern[str]
    evidence_nouns: frozenset[str]  # "figures", "data", "poll": evidence that reports
    evidence_hint: re.Pattern[str]
    # the evidence after its content: "C, official data showed.", "C, the figures show."
    evidence_after_re: re.Pattern[str]
    # ``evidence_hint`` for lower-cased ASCII text, without its word boundaries: it finds
    # every text the hint finds (and a few more), and ``re`` scans it much faster
    evidence_hint_lower: re.Pattern[str]
    own_voice_re: re.Pattern[str]
    # why a source goes unnamed ("who asked not to be named"): no denial of the claim
    anonymity_re: re.Pattern[str]
    # the source in the third person ("Its shares rose"): no continuation of its report
    third_person_re: re.Pattern[str]
    # ``own_voice_re`` split in two (the same matches): the patterns anchored at the start,
    # which fail at once, and the others, which ``re`` scans much faster without the former
    own_voice_start: re.Pattern[str]
    own_voice_inner: re.Pattern[str]

    def own_voice(self, text: str) -> bool:
        """``own_voice_re.search(text) is not None``, faster."""
        return (
            self.own_voice_start.search(text) is not None
            or self.own_voice_inner.search(text) is not None
        )


def _given_gender(data: dict[str, Any]) -> dict[str, str]:
    """Folded given name -> "m" / "f", from ``given_names.toml``; a name listed under both
    genders tells neither, so it is left out (a test keeps the file free of such names)."""
    out: dict[str, str] = {}
    both: set[str] = set()
    for gender, groups in data.items():
        if gender == "either":
            continue
        for names in groups.values():
            for name in names:
                key = fold(name)
                if out.setdefault(key, gender) != gender:
                    both.add(key)
    return {k: g for k, g in out.items() if k not in both}


def _body_heads(groups: dict[str, Any]) -> list[str]:
    """The head nouns of bodies that may be described in lower case ("the statistics
    office", "the grid operator"): every anaphor head of a government, an organisation or
    an agency."""
    return sorted(
        {w for k in ("government", "organisation", "agency") for w in groups["anaphors"][k]}
    )


def body_heads_alternation() -> str:
    """``Lexicon.body_heads`` as a regex alternation (no group)."""
    return _alternation(sorted(lexicon().body_heads))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues: dict[str, Any] = table("cues.toml")
    groups: dict[str, Any] = table("groups.toml")
    verbs = {k: str(v) for k, v in cues["verbs"].items()}
    preps = {k: str(v) for k, v in cues["prepositions"].items()}
    nominal = {k: str(v) for k, v in cues["nominal"].items()}
    relay = tuple(cues["relay"])
    nominals = _alternation(list(nominal))
    verb_re = re.compile(r"\b(?P<cue>" + _alternation(list(verbs)) + r")\b")
    prep_re = re.compile(r"(?<![\w-])(?P<cue>" + _alternation(list(preps)) + r")\s+", re.I)
    relay_re = re.compile(r"\b(?P<cue>" + _alternation(list(relay)) + r")\s+")
    nominal_re = re.compile(
        r"\b(?P<cue>" + nominals + r")"
        r"(?:\s+(?:from|by|of)\s+(?P<src>[^,;:]{1,80}?))?\s+that\b",
    )
    prep_gate = re.compile("(?:" + _alternation([w.lower() for w in preps]) + r")\s")
    relay_gate = re.compile("(?:" + _alternation(list(relay)) + r")\s")
    nominal_gate = re.compile(nominals)
    owned_gate = re.compile("(?:" + nominals + r")\s+that\b")
    groups_of = _alternation([*groups["collective"], *groups["anonymous"]])
    owned_re = re.compile(
        # "the sheriff's earlier claim that C", "Ana Ruiz's claim that C", "Tulsa police's
        # claim that C" (a name, then a group of people)
        r"(?:(?<![\w'’])(?P<src>(?:(?i:the)\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}"
        r"(?:\s+(?:" + groups_of + r"))?|"
        r"(?i:the)\s+(?:[a-z-]+\s+){0,2}[a-z]+)['’]s?\s+"
        # "a Boston Globe report that C"
        r"|\b(?i:a|an)\s+(?P<src2>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})\s+)"
        r"(?:(?:" + _alternation(list(cues["owned_nominal"]["adjectives"])) + r")\s+)?"
        r"(?P<cue>" + nominals + r")\s+that\b"
    )
    markers = lines("markers.txt")
    marker_re = re.compile(r"^(?:" + _alternation(list(markers)) + r")\b", re.I)
    ev_nouns = _alternation(list(cues["evidence"]["nouns"]))
    ev_verbs = _alternation(list(cues["evidence"]["verbs"]))
    # a body described in lower case: "the statistics office", "the national grid operator"
    body_heads = _alternation(_body_heads(groups))
    # "on Monday", "last week": a time between the evidence's owner and its verb
    ev_time = r"(?:\s+(?:on|last|this|earlier|late)\s+[A-Za-z]+)?"
    evidence_re = re.compile(
        # "NATO's own figures show", "the ministry's data showed"
        r"(?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=\bbut\s)|(?<=\band\s))"
        r"(?P<src>(?:(?i:the)\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&-]*){0,5}|"
        r"(?i:the)\s+(?:[a-z]+\s+){0,2}[a-z]+)['’]s?\s+"
        r"(?:(?:own|latest|new|official|preliminary|final|monthly|annual|weekly|quarterly)\s+)*"
        r"(?P<noun>" + ev_nouns + r")\s+(?P<cue>" + ev_verbs + r")\b"
        # "figures from the ministry show"
        r"|(?:^|(?<=[,;:]\s))(?i:(?:(?:the\s+)?(?:latest|new|official|preliminary|final)\s+)*)"
        r"(?P<noun2>(?i:" + ev_nouns + r"))\s+(?:from|by|published\s+by|released\s+by)\s+"
        r"(?P<src2>(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.&-]*){0,6}"
        r"|the\s+(?:[a-z-]+\s+){0,3}(?:"
        + body_heads
        + r"))"
        + ev_time
        + r"\s+(?P<cue2>"
        + ev_verbs
        + r")\b"
        # "ONS figures show", "Statistics Canada data showed" (the owner without "'s"; the
        # source phrase keeps its noun, which ``parse_source`` strips)
        r"|(?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=\bbut\s)|(?<=\band\s))"
        r"(?P<src3>(?!(?:The|These|Those|This|Its|Their|His|Her|Our|Such|Official|New|Latest|"
        r"Preliminary|Final|Other|Some|Recent|Government)\b)"
        r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}\s+"
        r"(?:(?:latest|new|official|preliminary|final|monthly|annual|weekly|quarterly)\s+)*"
        r"(?:" + ev_nouns + r"))\s+(?P<cue3>" + ev_verbs + r")\b",
    )
    evidence_after_re = re.compile(
        # (a word that tells whose or which: not "the figures", which points back)
        r",\s+(?P<src>(?:(?i:the|its|their)\s+)?"
        r"(?!(?:latest|new|same|these|those|such|all|both|other)\s)"
        r"(?:(?!(?i:the|its|their)\s)(?:[a-z]+|[A-Z][\w.&-]*)\s+){1,3}"
        r"(?i:" + ev_nouns + r"))\s+(?P<cue>" + ev_verbs + r")"
        r"(?:\s+(?:on|last|this|earlier|in)\s+\w+)?"
        # "..., customs data showed on Thursday, beating forecasts."
        r"(?:,\s+[a-z]+ing\b[^.;,]*)?\s*(?:[.;]\s*)?$"
    )
    # a cheap scan first: an evidence noun before a verb or "from/by"
    evidence_hint = re.compile(
        r"\b(?i:" + ev_nouns + r")\s+(?:(?:" + ev_verbs + r")\b|from\s|by\s|published\s|released\s)"
    )
    low_nouns = _alternation([w.lower() for w in cues["evidence"]["nouns"]])
    low_verbs = _alternation([w.lower() for w in cues["evidence"]["verbs"]])
    evidence_hint_lower = re.compile(
        "(?:" + low_nouns + r")\s+(?:(?:" + low_verbs + r")|from\s|by\s|published\s|released\s)"
    )
    own_voice = list(cues["own_voice"]["patterns"])
    own_voice_re = re.compile("|".join(f"(?:{p})" for p in own_voice), re.I)
    starts = [p for p in own_voice if p.startswith("^")]
    inner = [p for p in own_voice if not p.startswith("^")]
    own_voice_start = re.compile("|".join(f"(?:{p})" for p in starts) or "(?!)", re.I)
    own_voice_inner = re.compile("|".join(f"(?:{p})" for p in inner) or "(?!)", re.I)
    not_kinds = ("specific", "generic", "company")  # lists of heads, not anaphors of a kind
    anaphors = {k: tuple(v) for k, v in groups["anaphors"].items() if k not in not_kinds}
    org_words = {k: frozenset(v) for k, v in groups["org_words"].items()}
    descriptors = {str(w): k for k, ws in groups["descriptors"].items() for w in ws}
    return Lexicon(
        verb_modality=verbs,
        listener_verbs=frozenset(cues["listener_verbs"]),
        clausal_only=frozenset(cues["clausal_only"]["verbs"]),
        body_heads=frozenset(_body_heads(groups)),
        measure_at=frozenset(cues["measure_at"]["verbs"]),
        instruction_verbs=frozenset(cues["instruction"]["verbs"]),
        directives=frozenset(cues["directive"]["verbs"]),
        summons_re=re.compile(
            r"\s+(?:" + _alternation(list(cues["directive"]["summons"])) + r")\b", re.I
        ),
        speaker_heads=frozenset(lines("titles.txt"))
        | frozenset(groups["collective"])
        | frozenset(groups["anonymous"])
        | frozenset(w for ws in org_words.values() for w in ws)
        | frozenset(descriptors)
        | frozenset(groups["anaphors"].get("specific", [])),
        prep_modality=preps,
        nominal_modality=nominal,
        anonymous=frozenset(groups["anonymous"]),
        collective=frozenset(groups["collective"]),
        # the capitals and blocs groups.toml lists, and every country the gazetteer gives
        # demonyms for ("Cyprus's Aircraft Accident ... Board" is the board)
        core_states=frozenset(groups["states"]),
        states=frozenset(groups["states"])
        | (frozenset(table("gazetteer.toml")["demonyms"]) - frozenset(groups["not_states"])),
        anaphors=anaphors,
        specific_heads=frozenset(groups["anaphors"].get("specific", [])),
        generic_heads=frozenset(groups["anaphors"].get("generic", [])),
        staff_of=frozenset(groups["staff_of"]["bodies"]),
        findings=frozenset(cues["findings"]["nouns"]),
        named_heads={k: tuple(v) for k, v in groups.get("named_heads", {}).items()},
        org_words=org_words,
        possessive_heads=frozenset(groups["possessive_heads"]["words"]),
        documents=frozenset(groups["documents"]["words"]) | frozenset(anaphors["report"]),
        descriptors=descriptors,
        titles=frozenset(lines("titles.txt")),
        given_gender=_given_gender(table("given_names.toml")),
        given_names=frozenset(
            fold(name)
            for groups in table("given_names.toml").values()
            for names in groups.values()
            for name in names
        ),
        verb_re=verb_re,
        prep_re=prep_re,
        relay_re=relay_re,
        nominal_re=nominal_re,
        owned_re=owned_re,
        marker_re=marker_re,
        prep_gate=prep_gate,
        relay_gate=relay_gate,
        nominal_gate=nominal_gate,
        owned_gate=owned_gate,
        quote_object=frozenset(cues["quote_object"]["verbs"]),
        needs_punct=frozenset(cues["needs_punct"]["verbs"]),
        needs_quote=frozenset(cues["needs_quote"]["verbs"]),
        after_quote=frozenset(cues["after_quote"]["verbs"]),
        evidence_re=evidence_re,
        evidence_nouns=frozenset(cues["evidence"]["nouns"]),
        evidence_hint=evidence_hint,
        evidence_after_re=evidence_after_re,
        evidence_hint_lower=evidence_hint_lower,
        own_voice_re=own_voice_re,
        third_person_re=re.compile(
            "|".join(f"(?:{p})" for p in cues["third_person"]["patterns"]), re.I
        ),
        anonymity_re=re.compile("|".join(f"(?:{p})" for p in cues["anonymity"]["patterns"]), re.I),
        own_voice_start=own_voice_start,
        own_voice_inner=own_voice_inner,
    )


_PLURAL_AGENT = re.compile(r"^[a-z]{3,}(?:ers|ors|ists|ians)$")


@lru_cache(maxsize=1)
def _not_people() -> frozenset[str]:
    return frozenset(table("groups.toml")["people"]["plural_things"])


def people_plural(word: str) -> bool:
    """ "growers", "shopkeepers", "cardiologists", "historians": people in the plural, by the
    form of the word (an agent noun), though the lexicon does not list them; not "papers",
    "numbers" or "others"."""
    return bool(_PLURAL_AGENT.match(word)) and word not in _not_people()


# what must precede a nominal cue for it to open a clause: "..., despite reports from X that"
NOMINAL_ANCHOR = re.compile(
    r"\b(?:despite|amid|amidst|after|following|with|given|contrary\s+to|in\s+spite\s+of|"
    r"as\s+well\s+as|and|but)\s+(?:(?:the|these|those|new|recent|unconfirmed|media|press)\s+)*$"
)

# hearsay that names no one (cues.toml [hearsay]): the participles, and what follows them
_HEARSAY: dict[str, list[str]] = table("cues.toml")["hearsay"]
HEARSAY_VERBS = frozenset(_HEARSAY["verbs"])
HEARSAY_AFTER = r"\s+to\s+(?:be(?!\s+(?:" + "|".join(_HEARSAY["not_after_be"]) + r")\b)|have)\b"
# HEDGE_RE and NEGATION_RE start with a look-ahead for the first letters of their words:
# ``re`` then rejects most positions at once instead of trying every alternative
HEDGE_RE = re.compile(
    r"\b(?=[AaPpRrSsclmnu"
    + "".join(sorted({v[0] for v in HEARSAY_VERBS} - set("AaPpRrSsclmnu")))
    + r"])"
    r"(?:[Aa]llegedly|[Rr]eportedly|[Pp]urportedly|[Ss]upposedly|[Aa]pparently|[Pp]robably|"
    r"[Pp]ossibly|[Pp]erhaps|[Pp]resumably|[Ss]eemingly|likely|may|might|could|unclear|"
    r"uncertain|unconfirmed|not clear|suggests?|rumou?red|speculat\w+|"
    # "is said to have fled", "a painting believed to be a Titian"
    r"(?:" + "|".join(sorted(HEARSAY_VERBS)) + r")" + HEARSAY_AFTER + r")\b"
)
# what makes a clausal-only verb report: "that", a quote or colon, or a noun of speech
CLAUSAL_COMPLEMENT = re.compile(
    # "posted on X that", "added on Monday that": a short phrase may stand before the clause
    # ("ruled at a meeting on Tuesday night that": two such phrases)
    r"\s*(?:(?:(?:on|in|to|at)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*){1,2}(?=that\b|[:\"“‘]))?"
    r"(?:that\b|[:\"“‘]|,\s*[\"“‘]|"
    # a clause without "that": "estimated the Murray Valley crop would be smaller"
    r"(?:the|a|an|its|his|her|their|this|these)\s+(?:(?!that\b|which\b|who\b)[\w'’-]+\s+){0,4}?"
    r"(?:would|will|could|might|may|had|has|have|was|were|is|are|can|should)\s|"
    # or with a pronoun for subject: "admitted he had lied", "denied they were paid", "argues
    # there is little point"
    r"(?:he|she|they|we|it|I|there)\s+(?:would|will|could|might|may|had|has|have|was|were|is|"
    r"are|can|should|did|does)\s|"
    r"(?:the|these|those|such|any|all)\s+"
    r"(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|"
    r"rumou?rs?|assertions?|statements?|accounts?|figures?|findings?|characteri[sz]ations?)\b|(?:claims?|reports?|allegations?|accusations?|"
    r"rumou?rs?|suggestions?|speculation|fears?)\s+(?:that\b|of\b)|"
    r"(?:claims?|reports?|allegations?|accusations?|rumou?rs?)\b|(?:having|being|ever|any)\b|"
    # "denies wrongdoing", "admitted responsibility": a stance on one's own part
    r"(?:(?:any|all|his|her|their|its)\s+)?(?:wrongdoing|involvement|responsibility|guilt|liability)\b|\w+ing\b|(?:\w+\s+){0,3}(?:of|for)\s+\w+ing\b|$)",
    re.I,
)
# (a subject pronoun on the way opens a clause: "told reporters they had two hours to leave")
INSTRUCTION = re.compile(
    r"\s+(?:(?!(?:that|it|they|he|she|we|I|there)\b)[\w'’-]+\s+){1,7}?to\s+[a-z]+\b"
)
# what a quote-object verb needs: "called the vote 'a gut punch'", "described it as "vital""
QUOTE_OBJECT = re.compile(r"\s+(?:(?!that\b)[\w'’.-]+\s+){0,6}?(?:as\s+)?[\"“‘']")
# what a naming verb needs without a quote: an object, then "a"/"an" and a noun that is no
# time ("called the vote a sham", "called Oz a quack"; not "called the police a day later")
PREDICATE_OBJECT = re.compile(
    r"\s+(?!for\b|on\b|off\b|in\b|up\b|out\b|back\b|to\b|an?\s)(?:[\w'’.-]+\s+){1,8}?an?\s+"
    r"(?!(?:few|second|third|day|week|month|year|hour|minute|moment|number|couple|total|"
    r"lot|bit|while|time|news|press|meeting|halt|vote|recount|referendum|strike)\b)[a-z]"
)
# "called the charges unsubstantiated.", "branded the vote fraudulent and ...": an object
# and an adjective that ends the clause (by its ending, or one of a few plain ones)
PREDICATE_ADJECTIVE = re.compile(
    r"\s+(?:the|this|these|those|his|her|their|its|our)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:[a-z]{3,}(?:ated|ed|ous|ful|ble|ive|less|ent|ant|ic|al)|false|wrong|untrue|absurd|"
    r"nonsense|unfair|unjust)(?:[.,;]|\s+and\b)"
)
# a manner adverb may come first: 'went on angrily: "..."', 'put it more simply: "..."'
_MANNER = r"(?:\s+(?:(?:more|most|very|rather|quite)\s+)?(?:[a-z]+ly|simply|best))?"
NEEDS_PUNCT = re.compile(_MANNER + r"\s*[,:\"“]")
NEEDS_QUOTE = re.compile(_MANNER + r"\s*(?:[:\"“]|,\s*[\"“])")
AFTER_QUOTE = re.compile(r"[,!?.][\"”’']\s*$")  # the end of the quote before the cue

NEGATION_RE = re.compile(
    r"\b(?=[acdfhinruw])"
    r"(?:(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could)\s+not|"
    r"(?:is|are|was|were|has|have|had|did|does|do|wo|would|ca|could)n['’]t|never|no evidence|"
    r"denied|denies|rejected|rejects|refuted|dismissed (?:the|these|those|as)|false|untrue)\b"
)
