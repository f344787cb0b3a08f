"""Cue frames: where a sentence names a source, with which cue, over which content.

Patterns (X = source phrase, C = content):

* ``X said (that) C`` / ``X, APPOSITIVE, said C`` / ``X told Y that C`` (pre)
* ``C, X said.`` / ``C, said X.`` / ``"C," X added.`` (post)
* ``According to X, C`` / ``C, according to X.`` (prep)
* ``C was reported by X`` (passive); ``This was reported by X.`` (backref: points back)
* ``despite reports from X that C`` (nominal; starts its own clause)
* ``X, citing Y, claims C`` / ``..., citing Y`` adds Y behind X (``Frame.inner``)

Frames are found with precompiled regexes; nothing here knows about the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimtrack.attribute.lexicon import (
    AFTER_QUOTE,
    CLAUSAL_COMPLEMENT,
    HEARSAY_AFTER,
    HEARSAY_VERBS,
    INSTRUCTION,
    NEEDS_PUNCT,
    NEEDS_QUOTE,
    NOMINAL_ANCHOR,
    PREDICATE_ADJECTIVE,
    PREDICATE_OBJECT,
    QUOTE_OBJECT,
    Lexicon,
    lexicon,
    people_plural,
)
from claimtrack.attribute.mentions import _BARE_NAME, DOCUMENT_ADJECTIVES, NAMED_ONLY_AS
from claimtrack.lexicons import table
from claimtrack.normalise.dates import MONTHS, WEEKDAYS
from claimtrack.normalise.gazetteer import lookup as gazetteer_lookup
from claimtrack.normalise.gazetteer import stop_capitals
from claimtrack.normalise.translit import is_first_name
from claimtrack.segment import TIME_STAMP


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# "X, citing Y, said C": the subject is before the relay, not after the verb
_CITING_BEFORE = re.compile(r"\S,\s*(?:citing|quoting)\s+[^,]{1,80},\s*$")
_DECLARE = frozenset({"declared", "declares"})  # an act unless a quote follows
# a title's full stop does not end a name ("said Dr. Anja Roth"); one fixed-width look-behind each
_ABBR_DOT = "".join(
    rf"(?<!\b{t})"
    for t in ("Dr", "Prof", "Rev", "Gov", "Sen", "Rep", "Gen", "Cllr", "Mr", "Mrs", "Ms", "[A-Z]")
)  # ... nor does an initial's ("said Ronald R. Fieldstone", "said Rep. G.K. Butterfield")
_NP_STOP = re.compile(
    r"\s*[,;:()\[\]—–\"“”]|"
    + _ABBR_DOT
    + r"[.!?](?=\s|$)|\s+(?:that|who|which|whom|when|while|but|because|if|"
    r"since|on|at|during|after|before|outside|via|through|last|earlier|yesterday|today|as|"
    r"and\s+(?:said|"
    r"added|says)|in(?=\s+(?:a|an|his|her|its|their|the\s+[a-z]|[a-z]))|about|over|amid|"
    r"despite|following)\b",
)
_DESC_STOP = re.compile(
    r"\s*[,;:()\[\]—–\"“”]|[.!?](?=\s|$)|\s+(?:that|who|which|whom|while|but|because|as|"
    r"said|says|told|and|last|yesterday|today|earlier|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday))\b"
)
_SUBJECT_ADVERBS = table("cues.toml")["subject_adverbs"]
_TRAIL_WORDS: list[str] = sorted(set(_SUBJECT_ADVERBS["words"]))
_TRAIL_TIMES: list[str] = list(_SUBJECT_ADVERBS["times"])
_ASPECT = "|".join(r"\s+".join(p.split()) for p in _SUBJECT_ADVERBS["aspect"])
# "continued to" before a cue: the cue is the subject's, in the infinitive
_ASPECT_BEFORE = re.compile(rf"\b(?:{_ASPECT})\s+$", re.I)
# any lower-case "-ly" adverb ("The post also falsely said"), not a noun in "-ly"
_LY_ADVERB = (  # publications in "-ly" ("the business daily") are nouns too
    r"(?-i:(?!(?:family|ally|rally|assembly|supply|anomaly|monopoly|bully|folly|homily|lily|"
    r"belly|jelly|panoply|daily|weekly|monthly|quarterly|yearly|fortnightly|biweekly|elderly|"
    r"friendly)\b)[a-z]{3,}ly)"
)
_TRAIL_ADVERBS = re.compile(
    r"(?:\s+(?:"
    + "|".join(_TRAIL_WORDS)
    + r"|"
    + _LY_ADVERB
    + r"|(?:on|this|last)\s+(?:"
    + "|".join(_TRAIL_TIMES)
    + r")|in\s+(?:1[89]|20)\d\d|"  # "An arbitration panel in 2001 found"
    + _ASPECT
    + r"))+\s*$",
    re.I,
)
# a ``_TRAIL_ADVERBS`` match ends with one of its words: a text whose last word (ASCII,
# lower-cased) is none of them has no match
_TRAIL_SET = frozenset(_TRAIL_WORDS) | frozenset(t.lower() for t in _TRAIL_TIMES) | {"to"}
_BOUNDARY = re.compile(
    # (not the colon of a time: "14:05 Police say")
    r"(?:[\"“”;—–]|(?<!\d):|:(?!\d)|\s-\s|\b(?:that|and|but|while|as|because|which|who|whom|"
    r"what|when|after|"
    r"before|since|where|if|whether|although|though|so|despite|amid|whereas|than|how|why|"
    r"until|unless|once|or|nor|yet|then)\b)",
)
_AUX_BEFORE = re.compile(r"\b(?:to|be|been|being|is|are|was|were|not)\s+$")
# a straight single quote closes a quotation only after its comma ('"C,' said X", as British
# papers quote); alone it may be a plural possessive ("the workers' union")
_COMMA_BEFORE = re.compile(r"(?:[,\"”’]|[,!?]')\s*$")
# words after which the next word is a noun ("the report", "their posts"); "this" too, except
# before a verb's -s form ("this says", "this shows")
_NOUN_MARKERS = "the|a|an|its|their|his|her|our|new|latest"
_DET_BEFORE = re.compile(rf"\b(?:{_NOUN_MARKERS})\s+$", re.I)
_CLAIM_COMMENT = re.compile(
    r"^(?:a|an)\s+(?:claim|allegation|charge|accusation|suggestion|assertion|contention|"
    r"figure|estimate|account|version|view)\s+(?:that\s+|which\s+)?(?:the\s+|its\s+|his\s+|"
    r"her\s+)?[A-Za-z]",
    re.I,
)
_COUNT_BEFORE = re.compile(
    # (a number's own commas only: "Ruiz, 54, says" is no count of says)
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:[,.]\d+)*|several|many|few|"
    r"more|most|some|all|dozens\s+of|hundreds\s+of|thousands\s+of)\s+$",
    re.I,
)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|am|be)\s+$")
_PUT_IT_TO = re.compile(r"\s+to\s+(?:\w+\s+){1,3}?that\b")
# what is told that is no claim: "tell a different story", "told the truth", "told jokes"
_TOLD_A_STORY = re.compile(
    r"\s+(?:(?:a|an|the|another|their|his|her|its|our|my)\s+)?"
    # (adjectives only: "told reporters the story was false" tells a claim)
    r"(?:(?!(?:a|an|the|their|his|her|its|our|my|me|us|them|him)\b)"
    r"[a-z-]+\s+){0,2}?"
    r"(?:story|stories|tale|tales|truth|lie|lies|joke|jokes|anecdote|anecdotes)\b"
    r"(?!\s+(?:was|is|were|are|had|has)\b)"
)
# (and a possessive: "The ministry's report said", "the company's claims")
_NOUN_BEFORE = re.compile(
    rf"(?:\b(?:this|{_NOUN_MARKERS})|(?:\w['’]s|\ws['’])(?:\s+(?:{DOCUMENT_ADJECTIVES}))?)\s+$",
    re.I,
)
# what is done to claims, reports and calls as things: "file injury claims", "lodged
# reports", "began taking calls from listeners"
_HANDLED_BEFORE = re.compile(
    r"\b(?:files?|filed|filing|lodges?|lodged|submits?|submitted|process(?:es|ed)?|settles?|"
    r"settled|receives?|received|receiving|makes?|made|making|pays?|paid|rejects?|rejected|"
    r"tak(?:e|es|ing)|took|answer(?:s|ed|ing)?|field(?:s|ed|ing)?|return(?:s|ed|ing)?|"
    r"gets?|got|getting)\s+(?:[a-z-]+\s+)?$",
    re.I,
)
# a participle used as an adjective: "a confirmed case", "seven reported deaths"
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:[,.]\d+)*|several|"
    r"many|more|no|all|of|its|their|his|her|newly|first)\s+$",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|by|the|a|an|his|her|its|their|this|these|on|in|to)\b)[a-z]"
)
_INVERTED = _wordset(
    "said says added adds claims claimed reported reports wrote writes told noted "
    "notes stated explained insisted warned asked continued argued says suggested "
    "suggests alleged alleges stressed emphasised emphasized admitted recalled "
    "replied countered concluded specified clarified estimated assessed assured "
    "acknowledged conceded confirmed announced declared observed remarked responded "
    "cautioned lamented complained vowed promised pledged urged predicted"
)
# "... Control and Prevention said": an "and" inside a long proper name ("X for/of Y and Z")
_NAME_AND = re.compile(
    r"[A-Z][\w'’-]*\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s*$"
)
# "reported in <X>" names a source only when X is a publication ("in the Times", "in a
# statement"), not a place ("reported in the Pokrovsk direction")
_PUBLICATION_WORDS = frozenset(
    [
        "newspaper",
        "journal",
        "magazine",
        "daily",
        "paper",
        "report",
        "statement",
        "interview",
        "article",
        "column",
        "op-ed",
        "editorial",
        "letter",
        "filing",
        "post",
        "tweet",
        "broadcast",
        "bulletin",
        "briefing",
        "blog",
        "channel",
        "telegram",
        "facebook",
        "media",
        "press",
        "times",
        "journal",
        "gazette",
        "herald",
        "tribune",
        "pravda",
        "news",
        "guardian",
        "telegraph",
        "kommersant",
        "izvestia",
        "vedomosti",
        "review",
        "weekly",
    ]
)
_RELATIVE = frozenset({"which", "who", "whom", "what", "how", "why", "where", "than"})
# a pronoun with a verb contracted on it ("I'll", "We've", "Let's"): no source's name
_CONTRACTED = re.compile(
    r"^(?i:i|we|you|they|he|she|it|that|there|let|what|who)['’](?i:ll|ve|re|m|d|s)$"
)
# days and months: never a subject that speaks
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3 and m != "march")
# a relative pronoun fused with its head: "Everything Trump says ...", "Nothing she said ..."
_FUSED = frozenset({"everything", "anything", "nothing", "something", "whatever"})
# "Shares fell 5%, after the company reported weaker sales": the main clause is the
# writer's, the subordinate one the company's
_SUBORDINATORS = frozenset({"after", "before", "because", "since", "when", "once", "until"})
_SPLIT_CONJ = (
    frozenset({"while", "but", "whereas", "and", "as", "although", "though", "yet"})
    | _SUBORDINATORS
)


def _inside_quote(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened before it and not closed."""
    before = text[:at]
    if before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


# a time that opens the sentence before its subject: "Last week the agency said",
# "On Monday the ministry said", "Earlier this month, officials said"
_LEAD_TIME = re.compile(
    r"^(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:"
    + "|".join(_TRAIL_TIMES)
    + r"|night)|on\s+(?:"
    + "|".join(t for t in _TRAIL_TIMES if t.endswith("day"))
    + r")(?:\s+(?:morning|afternoon|evening|night))?|yesterday|earlier|later"
    # a live blog's time stamp: "14:05 Police say", "18.37: The fire service says"
    # (not an amount: "12.75 percent of voters said")
    + rf"|{TIME_STAMP}"
    + r"(?:\s*[-–—:]|(?=\s+(?-i:[A-Z])))"
    # "In 2015 Strada said", "In early March, the ministry said"
    + r"|in\s+(?:(?:early|late|mid)[- ])?(?:(?:"
    + "|".join(MONTHS)
    + r")(?:\s+\d{4})?|(?:19|20)\d\d))\s*,?\s+(?=\S)",
    re.I,
)
_LEAD_ADVERB = re.compile(
    r"^(?:and|but|so|yet|meanwhile|however|also|additionally|moreover|furthermore|still|now|"
    r"then|later|earlier|separately|instead|indeed|finally|again|"
    # a sentence opening with a subordinate clause: "While he said C, ...", "Though she...",
    # "As Reuters reported earlier, C", "When Clinton noted that C, ..."; "Even China said"
    r"while|though|although|whereas|as|when|even)\s+",
    re.I,
)
_VERBISH = _wordset(
    "is are was were be been being has have had will would can could should may might "
    "must do does did to not it there this"
)
_DETERMINERS = _wordset(
    "the a an one two three four five several some many other another most both his "
    "her its their our your few multiple numerous various senior top he she they it"
)
_SUBJECT_DETERMINERS = _DETERMINERS - {"he", "she", "they", "it"}
# naming verbs that report a judgement with a plain "a"/"an" complement too
_NAMING = frozenset({"called", "calls", "branded", "dubbed", "labelled", "labeled", "termed"})
# a manner of saying before "that" reports a clause ("Scott joked that ..."); "demanded that"
# is a demand, "continued that" no English
_THAT_CLAUSE = re.compile(r"\s+that\b")
_NOT_BEFORE_THAT = frozenset({"demanded", "demands", "continued", "pleaded", "pleads"})
# ('"C," said Perez before hundreds of supporters gathered outside his headquarters': in
# front of whom, at some length, up to the sentence's end)
_ADJUNCT_TAIL = re.compile(
    r"^(?:\s+(?:on|in|at|during|last|this|earlier|late|early|yesterday|today|tonight|recently|"
    r"later|again|also|too|afterwards|shortly|previously|separately|privately|publicly|via|"
    r"through)\b(?:\s+(?!that\b)[\w'’-]+){0,7}|\s+(?:before|outside)\s+(?:the|a|an|his|her|"
    r"their|its|several|hundreds|thousands|dozens|some|many|[\d,]+)\b(?:\s+(?!that\b)[\w'’-]+)"
    r"{0,14})?\s*[.!?]?[\"”’]?\s*$",
    re.I,
)
# '"C," Rendell recalled, suggesting D.': the cue closes C; the participle adds to it (not
# '..., officials said, citing intelligence, that C', whose content follows)
# ('"C," the group said in a statement, adding that D': an adjunct may come first; a
# participle with "that" may quote)
_ADJUNCT_BEFORE_PARTICIPLE = (
    r"(?:\s+(?:on|in|at|during|via|through|late|early|earlier|last|this)\b"
    r"(?:\s+(?!that\b)[\w'’-]+){0,7})?"
)
_PARTICIPLE_AFTER_CUE = re.compile(
    _ADJUNCT_BEFORE_PARTICIPLE
    + r",\s+(?:(?:adding|suggesting|saying|noting|citing|referring|arguing|warning|explaining|"
    r"pointing|calling|describing|insisting|stressing|acknowledging|according|blaming|urging|"
    r"accusing|admitting|conceding|promising|vowing|praising|criticising|criticizing|"
    r"defending|reiterating|echoing|dismissing|predicting)\b"
    r"(?:(?!,\s*that\b)[^\"“”])*$"
    r"|(?:adding|saying|noting|insisting|stressing|warning|explaining)\s+that\b)"
)
_PASSIVE = re.compile(
    r"\b(?P<aux>(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|been)\s+"
    r"(?:also\s+|first\s+|earlier\s+)?)(?P<cue>reported|stated|announced|said|claimed|confirmed|"
    r"denied|written|posted|published|revealed|disclosed|told|informed)\s+"
    r"(?:by|in|to(?!\s+(?:be|have)\b))\s+",  # not "is said to have fled": hearsay
)
# a document named as a subject: "The study", "A new survey", "the latest report"
_DOCUMENT = (
    r"(?i:the|a|an|this|its|their|a\s+new|the\s+new|the\s+latest)\s+(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(lexicon().documents | lexicon().findings, key=len, reverse=True))
    + r")"
)
_WEEKDAY_NAMES = "|".join(d.title() for d in WEEKDAYS)
# a participle in an aside after the subject: "The proposal, first reported by the Financial
# Times, would ...", "The figures, released by the ministry on Monday, show ...": the
# aside's agent made the report (only verbs of making public; "The claim, denied by X," is
# not X's)
_ASIDE_PASSIVE = re.compile(
    # (a number's thousands comma is no aside's: "The survey of 2,000 adults, conducted by")
    r"^(?:[^,;:\"“”]|(?<=\d),(?=\d{3}\b)){2,80},\s+(?:(?:first|originally|earlier|previously|also)\s+)?"
    r"(?P<cue>reported|announced|published|released|revealed|disclosed|confirmed|compiled|"
    r"written|prepared|conducted|carried\s+out|produced|authored|drafted)\s+"
    # ("published on Tuesday by", "released last week by")
    r"(?:(?:on|in|last|this|early|late)\s+(?:[\w-]+\s+){0,3}?(?=by\s)|"
    rf"(?:{_WEEKDAY_NAMES})\s+(?=by\s))?by\s+"
    # a document's authors in a bare "by" aside: "The report, by the National Audit Office,
    # found ...", "The study, by researchers at Leiden University, suggests ..."
    r"|^" + _DOCUMENT + r",\s+(?P<cue2>by)\s+"
)
# a document as the sentence's subject: "The survey of 2,000 adults, conducted by YouGov,
# found ...": the survey's verb is its makers' (as after a bare "by" aside)
_DOC_SUBJECT = re.compile("^" + _DOCUMENT + r"\b")
# every ``_PASSIVE`` match holds one of its cues before "by", "in" or "to": a scan that
# ``re`` runs fast (it starts with plain letters), before the costly one
_PASSIVE_HINT = re.compile(
    r"(?:reported|stated|announced|said|claimed|confirmed|denied|written|posted|published|"
    r"revealed|disclosed|told|informed)\s+(?:by|in|to)\s"
)
# the aside's agent (up to 120 characters), then perhaps when, then the comma that closes
# the aside before the lower-case verb of the sentence
_ASIDE_WHEN = r"(?:\s+(?:on|last|this|in|earlier)\s+(?:\w+\s+){0,2}?\w+)?"
_ASIDE_AGENT = re.compile(r"(?P<a>[^,;:\"“”]{2,120}?)(?=" + _ASIDE_WHEN + r",\s)")
_ASIDE_CLOSE = re.compile(_ASIDE_WHEN + r",\s+(?=[a-z])")
_BACKREF_SUBJ = re.compile(
    r"^(?:(?:according\s+to\s+[^,]{1,60},\s*)?)(?:this|that|it|these|this\s+information|"
    r"the\s+information|this\s+news|the\s+news|such\s+information)\s*$",
    re.I,
)
_QUOTED_AS = re.compile(
    r"^(?P<src>[^,;:\"“”]{2,80}?)(?:,\s*(?P<appos>[^,;:\"“”]{2,60}),)?"
    r"\s+(?:was|is|were|are|has\s+been|had\s+been)\s+"
    r"(?P<cue>quoted|cited|heard)\s+(?:by\s+(?P<by>[^,;:\"“”]{2,60}?)\s+)?(?P<as>as\s+)?"
    r"(?:saying|stating|writing)\b"
    r",?\s*(?:that\s+)?"
)
# '"C," X was quoted (by Y) as saying.': the same frame after its content
_QUOTED_AFTER = re.compile(
    r"(?<=[,”\"])\s+(?P<src>[^,;:\"“”]{2,80}?)\s+(?:was|is|were|are)\s+(?P<cue>quoted|cited)\s+"
    r"(?:by\s+(?P<by>[^,;:\"“”]{2,60}?)\s+)?(?P<as>as\s+)(?:saying|stating|writing)"
    # ('"C," X was quoted as saying by the Armenpress news agency.')
    r"(?:\s+by\s+(?P<by2>[^,;:\"“”]{2,60}?))?\s*[.!]?\s*$"
)
# "officials quoted by Reuters", "Ukrainian officials cited by the Kyiv Independent"
_RELAYED_BY = re.compile(r"(?P<who>[^,;:]{2,80}?)\s+(?:quoted|cited)\s+by\s+(?P<by>\S.*)$")
_SEEMING_BEFORE = re.compile(r"\b(?:appeared|appears|seemed|seems)\s+to\s+$")
_AS_SAYING_GATE = re.compile(r" (?:quoted|cited|heard) ")  # the cheap test before the two
_HEARD_FROM = re.compile(r"\bheard\s+from\s+")
_THAT_TIME = re.compile(r"(?:night|day|morning|afternoon|evening|week|month|year|time)\b")
_THAT_AFTER = re.compile(r",?\s+that\s+", re.I)  # "It was announced by X(,) that C"
_BACKREF_OBJ = re.compile(r"^\s*(?:about\s+)?(?:this|it|so|the\s+news)\s*[.!]?\s*$", re.I)
_PARTICIPLE = re.compile(
    r",\s*(?P<cue>noting|adding|saying|stressing|warning|claiming|explaining|arguing|insisting|"
    r"emphasi[sz]ing|alleging|suggesting|citing\s+(?:data|figures|statistics))\b"
)
# people a poll asked, and who asked them: "Economists polled by Reuters"
_POLLED_BY = re.compile(
    r"^(?P<who>[^,;:]{2,60}?)\s+(?:polled|surveyed|canvassed|questioned|interviewed)\s+by\s+"
    r"(?P<by>[^,;:]{2,60})$"
)
# "X declined to comment on ..., saying only that C": X asserts C
_DECLINED_SAYING = re.compile(
    r"\b(?:declined|refused|decline|declines|refuses)\s+to\s+(?:comment|elaborate|discuss|"
    r"give\s+(?:further\s+|more\s+)?details|provide\s+(?:further\s+|more\s+)?details|say\s+more)"
    r"\b[^.;:\"“]{0,120}?,\s*(?P<cue>saying|adding|noting)\s+(?:only\s+|simply\s+|merely\s+)?"
    r"(?:that\s+)?(?=\S)"
)
# "X estimated the cost of the damage at $4 billion": an estimate, with its object
_ESTIMATE_AT = re.compile(
    r"\s+(?:(?!that\b)[\w'’-]+\s+){1,12}?at\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"more\s+than|over|up\s+to|at\s+least|least|between|as\s+many\s+as|as\s+much\s+as)\s+)*"
    # a number in figures or in words ("put the toll at nine")
    r"(?:(?:[$€£¥]\s?)?\d|(?:"
    + "|".join(sorted(table("quantities.toml")["numbers"], key=len, reverse=True))
    + r")\b)",
    re.I,
)


@lru_cache(maxsize=1)
def _main_subject() -> re.Pattern[str]:
    """The capitalised subject that opens a sentence, before its verb ("ISW provided ...");
    a lower-case title may stand before the name ("Opposition leader Keir Lamont urged")."""
    titles = "|".join(sorted((re.escape(t) for t in lexicon().titles if t.isalpha()), key=len))
    return re.compile(
        r"^(?:[A-Z][\w'’.-]*|the)(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|on|and|\([^)]*\)|"
        rf"(?:{titles})(?=\s+[A-Z])))*"
        # a plural head after the capitals, before an auxiliary: "Central European leaders
        # have embraced" (not the verb "leaders")
        r"(?:\s+[a-z]+s(?=\s+(?:have|had|are|were|also)\s))?"
        r"(?=\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?[a-z]+(?:ed|s)\b)"
    )


_MAIN_DESCRIBED = re.compile(
    r"^(?:The|A|An|Another|One|Some|Several|Two|Three|Four|Five)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<h>[a-z]+)(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b)"
)


@dataclass
class Frame:
    """One attribution inside a sentence. Offsets are relative to the sentence text."""

    kind: str  # pre | post | prep | passive | backref | nominal
    src: str
    src_start: int
    cue: str
    cue_start: int
    modality: str
    content_start: int
    content_end: int
    anchor: int = -1  # where the frame's own clause starts, if it splits the sentence
    appositive: str | None = None
    inner: list[str] = field(default_factory=list)
    listener: str | None = None
    clause_end: int = -1  # where the frame's clause ends, if a main clause follows it

    @property
    def src_end(self) -> int:
        return self.src_start + len(self.src)

    def copy(self) -> Frame:
        """A copy with its own list of inner sources (faster than ``dataclasses.replace``)."""
        return Frame(
            self.kind,
            self.src,
            self.src_start,
            self.cue,
            self.cue_start,
            self.modality,
            self.content_start,
            self.content_end,
            self.anchor,
            self.appositive,
            list(self.inner),
            self.listener,
            self.clause_end,
        )


def _np_after(text: str, pos: int, max_words: int = 14) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (a source named after its cue)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text):
        return None
    m = _NP_STOP.search(text, pos)
    end = m.start() if m else len(text)
    # keep a parenthesis that belongs to the name: "Intelligence (known as GUR) of ..."
    while m and text[m.start() :].lstrip().startswith("("):
        close = text.find(")", m.start())
        if close < 0:
            break
        m = _NP_STOP.search(text, close + 1)
        end = m.start() if m else len(text)
    np = text[pos:end].rstrip()
    if m and np and any(w.casefold() in lexicon().anonymous for w in np.split()[:3]):
        # "a source in the rocket industry", "a person briefed on the talks": keep the
        # description up to punctuation or a clause
        d = _DESC_STOP.search(text, end)
        wider = text[pos : d.start() if d else len(text)].rstrip()
        if len(wider.split()) <= max_words:
            np = wider
    listed = _NAME_LIST.match(text, pos + len(np)) if m and _OF_NAME.search(np) else None
    if listed is not None:
        np = text[pos : listed.end()]  # "the Ministry of Agriculture, Forestry and Fisheries"
    if m and _DOC_PUBLISHED.match(np):
        # "a report published on Tuesday by the Swiss Academy of Sciences": its publisher
        by = _WHEN_BY.match(text, pos + len(np))
        if by is not None:
            d = _DESC_STOP.search(text, by.end())
            np = text[pos : d.start() if d else len(text)].rstrip()
    if m and _REPORT_IN.match(np) and _IN_OUTLET.match(text, end):
        # "according to a report in the news magazine Der Spiegel": the report's outlet
        d = _DESC_STOP.search(text, end + 4)
        wider = text[pos : d.start() if d else len(text)].rstrip()
        if len(wider.split()) <= max_words:
            np = wider
    if not np or len((_PAREN_GROUP.sub("", np) if "(" in np else np).split()) > max_words:
        return None
    return pos, pos + len(np)


# a name that lists its fields: "Ministry of Agriculture, Forestry and Fisheries"
_OF_NAME = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z][a-z]+$")
_NAME_LIST = re.compile(r",\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+(?:the\s+)?[A-Z][a-z]+\b")
_COMMA = re.compile(",")


def _of_list_and(chunk: str, b: re.Match[str]) -> bool:
    """Whether the "and" at ``b`` ends the list of fields a name holds: "Ministry of the
    Environment, Conservation and Parks"."""
    for comma in _COMMA.finditer(chunk, 0, b.start()):
        listed = _NAME_LIST.match(chunk, comma.start())
        if listed and listed.end() > b.start() and _OF_NAME.search(chunk, 0, comma.start()):
            return True
    return False


_DOC_PUBLISHED = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:report|study|survey|analysis|paper|statement|"
    r"poll|review|assessment|audit|data|figures|filing|notice|post|bulletin|update|"
    r"advisory)\s+(?:published|released|issued|compiled|commissioned|conducted|posted|filed)$",
    re.I,
)
_WHEN_BY = re.compile(
    r"\s+(?:on|in|last|this|early|late)\s+(?:[\w-]+\s+){0,3}?by\s+(?=[A-Z]|the\s)"
    # "a statement posted on the navy's Telegram channel": the page's owner published it
    r"|\s+on\s+(?=(?:the\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+['’]s?\s+(?:official\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:website|site|page|channel|account|feed)\b)"
)
_REPORT_IN = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:report|story|article|interview|investigation|"
    r"piece|editorial|broadcast|documentary|column|podcast|paper|study|analysis|letter|"
    r"commentary)$",
    re.I,
)
_IN_OUTLET = re.compile(r"\s+(?:in|by|from|on)\s+(?:(?:the|a)\s+)?(?:[a-z-]+\s+){0,3}[A-Z]")


_COMMA_OR_PAREN = re.compile(r"[(),]")
_PAREN_GROUP = re.compile(r"\([^)]*\)")
_PUBLICATION_TOKEN = re.compile(r"[\w'-]+")
_PREP_APPOSITIVE = re.compile(r"^,\s*((?:a|an|the)\s+[^,]{2,80}),")
_PREP_NAME_APPOSITIVE = re.compile(r"^,\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),")
# a body's name after its description, to the end of the clause: "..., COES." / "..., Eskom,"
_PREP_BODY_NAME = re.compile(r"^,\s*([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})(?=\s*(?:[,.;]|$))")
_DET_START = re.compile(r"(?i:the|a|an)\s")

# one part of a several-part apposition: an age, a home town, a party tag, a relative clause
_APPOS_PART = re.compile(
    r"\s*(?:\d{1,3}|(?:of|from)\s+[A-Z][\w.'’ -]{1,40}|[RDI]-[A-Z][\w.]{1,6}|"
    r"(?:who|whose|which)\s[^,]{1,160}|(?:the|a|an|one\s+of)\s[^,]{1,100}|[a-z][^,]{1,100})\s*$"
)
# where a several-part apposition may end: a name ('"C," Scott Pruitt', 'But Rosa Diaz'), not
# an opening phrase ("In Kyiv")
_NAME_CHUNK = re.compile(
    r"\s*(?:.*[\"“”:;—–]\s*)?(?:(?:But|And|Meanwhile|However)\s+)?"
    r"(?!(?:In|On|At|After|Before|During|Since|For|From|With|By|The|A|An|This|That)\b)"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$"
)
_PLACE_PART = re.compile(r"\s*[A-Z][\w.'’ -]{1,30}$")  # "Md.", "Texas" after "of Ashton"
_OF_PART = re.compile(r"\s*(?:of|from)\s")
_IN_PLACE_END = re.compile(r"\b(?:in|at|near|of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$")


def _appos_part(left: str, chunks: list[tuple[int, int]], k: int) -> bool:
    a, b = chunks[k]
    if _APPOS_PART.match(left, a, b):
        return True
    return (
        k > 0
        and _PLACE_PART.match(left, a, b) is not None
        and (
            _OF_PART.match(left, *chunks[k - 1]) is not None
            # "a geneticist at the University of Bahia in Salvador, Brazil": the country of
            # the place the part before ends in
            or _IN_PLACE_END.search(left, *chunks[k - 1]) is not None
        )
    )


_OWN_SUBJECT_RELATIVE = frozenset({"which", "where"})


def _relative_subject(rest: str) -> bool:
    """Does a relative clause name its own subject before the cue: "which he said",
    "where restructuring experts say", "which Mr. Clarke says" (not "which said")?"""
    words = rest.split()
    if not words or len(words) > 5:
        return False
    if len(words) == 1 and words[0].casefold() in ("he", "she", "they"):
        return True
    lex = lexicon()
    if words[0][:1].isupper() and words[0] not in ("I", "It", "This", "That", "There"):
        return True
    if words[0].casefold() in ("the", "a", "an") and len(words) >= 2:
        return True  # "which the coroner said"
    return words[-1].casefold() in lex.collective or words[-1].casefold() in lex.anonymous


# what may follow the cue of such a relative clause for it to report a clause ("which he
# said came with strings", "where experts say judges are eager"), not an object ("which
# Zakharova described as a brazen act", "what she said when she resigned")
_NOT_CLAUSE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?()\"“”‘’'—–-]|(?:as|when|while|after|before|in|on|at|of|about|to|for|"
    r"with|by|from|during|since|because|if|and|or|but)\b)",
    re.I,
)


def _clause_after_cue(text: str, cue_start: int) -> bool:
    cue = lexicon().verb_re.match(text, cue_start)
    if cue is None or "," in text[cue.end() :]:
        return False  # "X, which Y says was planned, represented ...": the main clause resumes
    return _NOT_CLAUSE_AFTER.match(text, cue.end()) is None


def _and_inside_subject(chunk: str, boundaries: list[re.Match[str]]) -> bool:
    """Is the last "and" of ``chunk`` inside the subject's phrase ("Experts on Iran and arms
    control", "observers in Ohio and around the country") rather than between clauses?

    It is when what follows it cannot start a subject (a lower-case word that is neither a
    determiner nor a source noun) and what precedes it, back to the previous boundary,
    starts like one (a capital), with a preposition between that head and the "and".
    """
    b = boundaries[-1]
    after = chunk[b.end() :].split()
    if not after or after[0][:1].isupper() or after[0].casefold() in _DETERMINERS:
        return False
    lex = lexicon()
    if any(w.casefold() in lex.collective or w.casefold() in lex.anonymous for w in after):
        return False
    start = boundaries[-2].end() if len(boundaries) >= 2 else 0
    before = chunk[start : b.start()].split()
    lead = _LEAD_ADVERB.match(" ".join(before))
    if lead:
        before = " ".join(before)[lead.end() :].split()
    if not before or not before[0][:1].isupper() or len(before) + len(after) > 10:
        return False
    return any(w in ("of", "on", "in", "at", "from", "for", "around") for w in before[1:])


_RELATIVE_AUX = frozenset({"is", "was", "are", "were", "has", "had", "have"})


def _subject_relative(after: str, who: bool = False) -> bool:
    """Is ``after`` (what follows "that" or "who" before a cue) a relative clause on the
    subject, with its own verb first ("that appeared in the BMJ", "that was released on
    Monday", "who saw the crash"), rather than a clause with a subject of its own ("that it
    says", "that fire chiefs had advised", "who police said")?"""
    words = after.split()
    if not words or len(words) > 10:
        return False
    first = words[0]
    if first in _RELATIVE_AUX or (first.endswith("ed") and len(first) > 4):
        return True
    if not who:
        return False
    # after "who", an irregular or present verb: "who saw the crash", "who fled the fire";
    # not a subject of the clause's own ("who police said", "who district officials say")
    lex = lexicon()
    return (
        not any(_source_noun(w, lex) or people_plural(w) for w in words)
        and first.isalpha()
        and first.islower()
        and first not in _DETERMINERS
        and first not in _SPEAKER_PRONOUNS
        and first not in ("also", "not", "never", "we", "you", "i", "its", "our", "your")
        and first not in lex.documents
        and len(words) >= 2
    )


def _subject_frame(
    text: str,
    who: tuple[int, int, str | None, str | None, bool],
    cue: str,
    cue_start: int,
    content_start: int,
    inner: list[str] | None = None,
) -> Frame:
    """A cue before its content whose source is the subject ``_subject`` found (``who``);
    the content runs to the end of the sentence."""
    s_start, s_end, appositive, _inner, _split = who
    return Frame(
        kind="pre",
        src=text[s_start:s_end],
        src_start=s_start,
        cue=cue,
        cue_start=cue_start,
        modality="asserted",
        content_start=content_start,
        content_end=len(text),
        appositive=appositive,
        inner=inner or [],
    )


def _two_roles(chunk: str, boundaries: list[re.Match[str]], named: bool = False) -> bool:
    """Is the last "and" of ``chunk`` between two roles of one person ("The economist and
    author", "the former secretary of state and current nominee")? It is when "the" opens
    the phrase, both halves end in a title and the second has no determiner of its own
    ("the mayor and the police chief" are two). With one person's name in apposition after
    it (``named``), any two lower-case roles are that person's, after an owner too ("Her
    coach and older sister, Mia Lund, said", "Lund's coach and sister, ...")."""
    b = boundaries[-1]
    after = chunk[b.end() :].split()
    start = boundaries[-2].end() if len(boundaries) >= 2 else 0
    before = chunk[start : b.start()].split()
    if not 2 <= len(before) <= 6 or not 1 <= len(after) <= 4:
        return False
    if after[0].casefold() in _DETERMINERS:
        return False
    if named:
        first = before[0].casefold()
        return (
            first in ("the", "his", "her", "their", "its") or first.endswith(("'s", "’s"))
        ) and all(w.islower() for w in before[1:] + after)
    if before[0].casefold() != "the":
        return False
    titles = lexicon().titles
    return before[-1].casefold() in titles and after[-1].casefold() in titles


# what a witness describes perceiving: "described hearing two explosions", "seeing smoke"
_PERCEIVED = re.compile(r"\s+(?:hearing|seeing|watching|feeling|smelling|being)\b")
# a relative clause on a source, then the name it gave: "who gave only her first name, Tuyaa"
_GAVE_NAME = re.compile(r"\s*who\s[^,]*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*$")
# a person's name in apposition ("..., Mia Lund, said")
_PERSON_APPOS = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
# two names sharing one noun: "at the Lahore and Multan clinics", "in the Dee and Don valleys"
# a relative clause to the cue, with no punctuation (why a source goes unnamed, if
# ``Lexicon.anonymity_re`` finds it in it)
_RELATIVE_TO_CUE = re.compile(r"[^,;:\"“”]*$")
_THE_CAPITALS = re.compile(
    r"(?:(?:^|\s)(?:[Tt]he|for)\s+|\b[A-Z][\w-]*['’]s\s+)(?:[A-Z][\w'’-]*\s+){1,3}$"
)
# a subject of bare capitalised words with one "and": "Fisheries and Oceans Canada",
# "Environment and Climate Change Canada", "Manitoba Transportation and Infrastructure"
_CAPS_AND_CAPS = re.compile(
    r"^\s*((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+and\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$"
)


def _one_body_and(chunk: str) -> bool:
    """Whether a subject of capitalised words joined by "and" is one body's name: a side
    of two words or more, and neither side a name the gazetteer knows nor a person's
    ("Russia and North Korea", "Merkel and Macron", "John Smith and Mary Jones" are two)."""
    m = _CAPS_AND_CAPS.match(chunk)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if " " not in first and " " not in second:
        return False
    return not any(
        gazetteer_lookup(side) is not None or is_first_name(side.split()[0])
        for side in (first, second)
    )


_HEARSAY_AFTER = re.compile(HEARSAY_AFTER)  # after a participle of ``HEARSAY_VERBS``
# "per" at a clause's edge, before a determiner: "Per the health ministry, ..."
_PER_EDGE = re.compile(r"(?:^|,)\s*$")
_DET_NEXT = re.compile(r"(?:the|a|an)\s", re.I)
_PREP_THE_NAME = re.compile(r"\b(?:at|in|of|from|on|near)\s+the\s+[A-Z][\w'’-]*\s*$")
_NAMES_AND_NOUN = re.compile(r"\s*[A-Z][\w'’-]*\s+[a-z][\w-]*\s*$")
_ADJUNCT_PREPS = frozenset({"in", "on", "at", "via", "through", "during", "with", "over"})


def _cue_adjunct_that(before: list[str]) -> bool:
    """The "that" after a cue and its adjunct or listener opens the cue's clause, not a
    relative one: "posted on LinkedIn that", "said in a statement that", "told reporters on
    Monday that" (so a cue inside that clause still has its subject)."""
    lex = lexicon()
    for i in range(len(before) - 2, max(-1, len(before) - 8), -1):
        w = before[i].casefold()
        if w in lex.verb_modality:
            return before[i + 1].casefold() in _ADJUNCT_PREPS or w in lex.listener_verbs
    return False


def _source_noun(word: str, lex: Lexicon) -> bool:
    """A noun that can head a source: "officials", "analysts", "lawyer", "attorneys"."""
    w = word.casefold()
    heads = (lex.collective, lex.anonymous, lex.titles)
    return any(w in h for h in heads) or (w.endswith("s") and w[:-1] in lex.titles) or w == "close"


# (not "as": "as X reported" opens no clause of X's own)
_CLAUSE_CONJ = re.compile(r"\b(?:" + "|".join(sorted(_SPLIT_CONJ - {"as"})) + r")\s")


# the second conjunct of a named speaker's company: "and her colleagues", "and his team"
_COMPANIONS = re.compile(
    r"\s*(?:(?:his|her|their|its)\s+(?:\w+\s+)?|)(?:colleagues|co-?authors|team|collaborators|"
    r"co-?workers|researchers|students)\s*$"
)


def _plural_group(part: str) -> bool:
    """A group of unnamed people in one to three lower-case words: "officials", "aid
    agencies", "local residents", "police"."""
    words = part.split()
    lex = lexicon()
    return (
        0 < len(words) <= 3
        and all(w.islower() and w.isalpha() for w in words)
        # a plural, or a group noun without one: "police and residents said"
        and (words[-1].endswith("s") or words[-1] in lex.collective)
        and _source_noun(words[-1], lex)
    )


def _first_conjunct(part: str, word: str) -> bool:
    """Whether ``part``, before "and" in the words after a comma, is a source of its own:
    "C, local officials and a UN source said" names two sources of one claim (not "..., the
    rebels seized the town and officials said C", two clauses)."""
    words = part.split()
    if word != "and" or not 0 < len(words) <= 6 or not _VERBISH.isdisjoint(words):
        return False
    last = words[-1]
    lex = lexicon()
    return (
        _source_noun(last, lex)
        or any(last.casefold() in heads for heads in lex.org_words.values())
        or (last[:1].isupper() and not last.endswith("ed"))
    )


_DASH_ASIDE = re.compile(r"\s(?:--|[—–])\s*(?P<a>(?:(?!--)[^—–]){2,200}?)\s*(?:--|[—–])$")

SUBJECT_REACH = 600  # characters before a cue searched for its subject


def _split_commas(text: str) -> list[tuple[int, int]]:
    """Comma-separated chunks of ``text`` as (start, end), ignoring commas in parentheses."""
    if "," not in text:
        return [(0, len(text))]  # parentheses alone never split
    chunks: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in _COMMA_OR_PAREN.finditer(text):
        c = m.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue  # "10,000"
            if _NAME_LIST.match(text, i) and _OF_NAME.search(text, 0, i):
                continue  # "Minister of Land, Infrastructure and Transport Baek Seung-ho"
            chunks.append((start, m.start()))
            start = m.end()
    chunks.append((start, len(text)))
    return chunks


# an opening clause that names the outlet that carried a speaker's words
_CARRIED_BY = re.compile(
    r"(?i:in)\s+(?:(?:his|her|their|its)\s+)?(?:remarks|comments|a\s+statement|a\s+speech|"
    r"an\s+interview|a\s+video|a\s+message|an\s+address)\s+(?:carried|broadcast|aired|"
    r"published|posted|released)\s+(?:by|on)\s+(?P<o>[^,;:]{2,60}?),\s*$"
    r"|(?i:in)\s+an\s+interview\s+with\s+(?P<o2>[^,;:]{2,60}?),\s*$"
)
_QUOTE_BEFORE_SUBJECT = re.compile(r"^['‘’]\s+")


def _all_quoted(text: str, end: int) -> bool:
    """Whether all that comes before a cue at ``end`` is one quotation, closed with a comma
    right before it: then no subject precedes the cue (the quotation's commas are no
    apposition's)."""
    head = text[:end].rstrip()
    if head[-1:] not in ('"', "”") or not head[:-1].rstrip().endswith((",", "?", "!")):
        return False
    first = len(text) - len(text.lstrip())
    if text[first : first + 1] not in ('"', "“"):
        return False
    inside = text[first + 1 : len(head) - 1]
    return '"' not in inside and "“" not in inside and "”" not in inside


def _subject(text: str, end: int) -> tuple[int, int, str | None, str | None, bool] | None:
    """The subject of a cue at ``end``: (start, end, appositive, inner, split_before).

    Returns ``None`` for no subject, or when the cue sits in a relative clause.
    """
    if _all_quoted(text, end):
        return None  # '"It will come, probably sooner," said X': the source follows
    # A subject is at most 14 words; looking further back than this would make a sentence
    # with many cues quadratic ("said said said ..." from a hostile file).
    base = max(0, end - SUBJECT_REACH)
    left = text[base:end]
    window = max(0, len(left) - 160)  # $-anchored searches only look at the tail
    last = left[window:].rsplit(None, 1)[-1:]
    trail = (
        _TRAIL_ADVERBS.search(left, window)
        if not last
        or not last[0].isascii()
        or last[0].lower() in _TRAIL_SET
        or last[0].endswith("ly")
        or last[0].isdigit()
        else None
    )
    if trail:
        left = left[: trail.start()]
    left = left.rstrip().rstrip('"“').rstrip()
    dashed_appositive: str | None = None
    if left.endswith(("—", "–", "--")):
        aside = _DASH_ASIDE.search(left)
        if aside is not None:
            # "Kall -- co-editor of a book on the debates -- said": an apposition in dashes
            dashed_appositive = aside.group("a")
            left = left[: aside.start()].rstrip()
    chunks = _split_commas(left)
    last_s, last_e = chunks[-1]
    appositive: str | None = None
    inner: str | None = None
    gave_name = (
        _GAVE_NAME.match(left, chunks[-3][0], chunks[-2][1])
        if len(chunks) >= 4 and not left[last_s:last_e].strip()
        else None
    )
    if gave_name is not None:
        # "One of them, who gave only her first name, Tuyaa, said": the name she gave
        appositive = gave_name.group(0).strip()
        last_s, last_e = chunks[-4]
    elif not left[last_s:last_e].strip() and len(chunks) >= 2:
        # "X, APPOSITIVE, said" or "X, citing Y, claims"
        a_s, a_e = chunks[-2]
        appos_text = left[a_s:a_e].strip()
        relay = lexicon().relay_re.match(appos_text)
        if len(chunks) < 3:
            last_s, last_e = chunks[-2]
        else:
            if relay:
                inner = appos_text[relay.end() :]
            else:
                appositive = appos_text
            last_s, last_e = chunks[-3]
            k = len(chunks) - 3
            if not relay and k > 0 and _appos_part(left, chunks, k):
                # "Rosa Diaz, 59, of Tulsa, Okla., who saw the crash, said": an apposition
                # of several parts (age, home town, party tag, relative clause) ends at the name
                while k > 0 and len(chunks) - k <= 6 and _appos_part(left, chunks, k):
                    k -= 1
                if _NAME_CHUNK.match(left, *chunks[k]):
                    last_s, last_e = chunks[k]
                    appositive = left[chunks[k + 1][0] : a_e].strip()
    chunk = left[last_s:last_e]
    boundaries = list(_BOUNDARY.finditer(chunk))
    split_before = False
    while (
        boundaries
        and boundaries[-1].group() == "and"
        and chunk[boundaries[-1].end() :].lstrip()[:1].isupper()
        and _NAME_AND.search(chunk, 0, boundaries[-1].start())
    ):
        boundaries.pop()  # "Centers for Disease Control and Prevention"
    if (
        boundaries
        and boundaries[-1].group() == "and"
        and _THE_CAPITALS.search(chunk, 0, boundaries[-1].start())
        and chunk[boundaries[-1].end() :].lstrip()[:1].isupper()
    ):
        # "the Maritime and Port Authority of Singapore", "a spokesperson for Manitoba
        # Transportation and Infrastructure": one name
        boundaries.pop()
    if boundaries and boundaries[-1].group() == "and" and _one_body_and(chunk):
        boundaries.pop()  # "Fisheries and Oceans Canada said": one body's name
    if boundaries and boundaries[-1].group() == "and" and _of_list_and(chunk, boundaries[-1]):
        boundaries.pop()  # "Minister of Land, Infrastructure and Transport Baek Seung-ho"
    if boundaries and boundaries[-1].group() == "and" and _and_inside_subject(chunk, boundaries):
        boundaries.pop()  # "Experts on North Korea and nuclear proliferation said"
    if (
        boundaries
        and boundaries[-1].group() == "and"
        and _two_roles(
            chunk,
            boundaries,
            named=appositive is not None and _PERSON_APPOS.match(appositive) is not None,
        )
    ):
        boundaries.pop()  # "The former first lady and U.S. senator said": one person
    if (
        boundaries
        and boundaries[-1].group() == "and"
        and _NAMES_AND_NOUN.match(chunk, boundaries[-1].end())
        and _PREP_THE_NAME.search(chunk, 0, boundaries[-1].start())
    ):
        boundaries.pop()  # "nurses at the Lahore and Multan clinics had told"
    if (
        boundaries
        and boundaries[-1].group().casefold() == "who"
        and _RELATIVE_TO_CUE.match(chunk, boundaries[-1].end())
        and lexicon().anonymity_re.search(chunk, boundaries[-1].end())
    ):
        # "C, a port official who was not authorized to speak told reporters": the clause
        # says why the source goes unnamed and belongs to the subject, which ends before it
        last_e = last_s + boundaries[-1].start()
        chunk = left[last_s:last_e]
        boundaries.pop()
    if (
        boundaries
        and boundaries[-1].group().casefold() in ("that", "who")
        and _subject_relative(
            chunk[boundaries[-1].end() :], boundaries[-1].group().casefold() == "who"
        )
    ):
        # "A 2014 study that appeared in the BMJ found", "The doctor who treated him said":
        # the relative clause belongs to the subject, which ends before it
        last_e = last_s + boundaries[-1].start()
        chunk = left[last_s:last_e]
        boundaries.pop()
    if boundaries:
        b = boundaries[-1]
        word = b.group().casefold()
        if word in _RELATIVE:
            # "..., in which he said C", "the mine, which Mr. Clarke says C", "..., where
            # experts say C": a relative clause after a comma with a subject of its own, that
            # reports a clause and runs to the end of the sentence, is a claim of its own
            if (
                word not in _OWN_SUBJECT_RELATIVE
                or not (last_s > 0 and left[last_s - 1] == ",")
                or not _relative_subject(chunk[b.end() :])
                or not _clause_after_cue(text, end)
            ):
                return None
            split_before = True
        if word == "that":
            before = chunk[: b.start()].split()
            prev = before[-1].casefold() if before else ""
            if (
                prev
                and prev not in lexicon().verb_modality
                and prev not in ("so", "now")
                and not _cue_adjunct_that(before)
            ):
                return None  # "foreign powers that it says ..." is a relative clause
        two_sources = _first_conjunct(chunk[: b.start()], word)
        if (
            word in _SPLIT_CONJ
            and last_s > 0
            and not two_sources
            # a subordinator splits only outside a quotation ('"they hit Matt because they
            # said he should have been tougher. ... What they are doing is ..."')
            and (word not in _SUBORDINATORS or not _inside_quote(text, base + last_s + b.start()))
        ):
            split_before = True
        sub_s = last_s + b.end()
        if two_sources and _COMPANIONS.match(chunk, b.end()):
            # "Hannah Okonkwo-Reyes and her colleagues report": the one named speaks
            sub_s, last_e = last_s, last_s + b.start()
        elif two_sources and _plural_group(chunk[: b.start()]) and _plural_group(chunk[b.end() :]):
            # "C, officials and aid agencies said": one group of two kinds of people
            sub_s = last_s
    else:
        sub_s = last_s
        # another cue verb earlier in the chunk ends the subject: "X said Y told him"
    verbs = [
        v
        for v in lexicon().verb_re.finditer(left, sub_s, last_e)
        if not _NOUN_BEFORE.search(left, max(0, v.start() - 12), v.start())
        # "A Reuters report said": the noun, after "a" and a name
        and not (
            v.group().casefold() in _NOUN_LIKE_BASE
            and _A_NAME_BEFORE.search(left, max(0, v.start() - 80), v.start())
        )
    ]
    if verbs:
        sub_s = verbs[-1].end()
    raw = left[sub_s:last_e]
    # "'C,' he added." (a British single quote closing the quotation before the subject)
    stripped = _QUOTE_BEFORE_SUBJECT.sub("", raw.strip())
    lead = _LEAD_TIME.match(stripped) or _LEAD_ADVERB.match(stripped)
    if lead:
        stripped = stripped[lead.end() :]
    if not stripped or stripped.casefold() in _SUBJECT_DETERMINERS:
        return None
    start = left.index(stripped, sub_s)
    words = stripped.split()
    if _CONTRACTED.match(words[0]) or (len(words) > 1 and words[0].casefold() in _FUSED):
        # "I'll tell you ...": a pronoun, not a name; "Everything Trump says is a lie": the
        # cue is inside the subject of a claim of the article's own
        return None
    if len(words) > 14:
        return None
    first = words[0]
    lex = lexicon()
    low = [w.casefold() for w in words]
    if (
        low[0] != "it"
        and not _VERBISH.isdisjoint(low)
        and any(
            # a capitalised word inside a name is no modal: "Theresa May said"; "to" after a
            # source noun is a preposition: "advisers to the president say", "those close to
            # him", and after a document: "Smith's letter to the board said"
            lw in _VERBISH
            and (i == 0 or not w[:1].isupper())
            and not (
                w == "to"
                and i > 0
                and (_source_noun(words[i - 1], lex) or low[i - 1] in lex.documents)
            )
            for i, (w, lw) in enumerate(zip(words, low, strict=True))
        )
    ):
        return None
    if (
        not (first[:1].isupper() or first.casefold() in _DETERMINERS)
        # "wholesalers in Valencia had told him": people named in the plural by their trade
        and not any(_source_noun(w, lex) or people_plural(w) for w in words)
        and not _ROLE_THEN_NAME.match(stripped)
    ):
        return None
    if (
        first.endswith("ed")
        and first.islower()
        and not any(_source_noun(w, lex) and w.casefold() not in lex.documents for w in words)
    ):
        # "thanked voters in a video posted on Facebook": a verb, and no one to speak (not
        # "elected officials", "retired general X")
        return None
    if start > 0 and not split_before:
        # "C, X said" with a comma before the subject: the subject starts a new clause only
        # when a conjunction introduced it
        pass
    if dashed_appositive and appositive is None:
        appositive = dashed_appositive
    return base + start, base + start + len(stripped), appositive, inner, split_before


# a role in lower case before a name: "lead author Lucía Ferrer Ibarra", "doctor Ana Ruiz"
# (not "prices in Moscow": no preposition among the role words)
_ROLE_THEN_NAME = re.compile(
    # ("9/11 widow Terry Strada")
    r"^(?:(?!(?:in|of|at|for|to|from|on|with|and|or|but|by|as|than|the|a|an)\s)"
    r"(?:[a-z][a-z-]+|\d+/\d+)\s+)"
    r"{1,3}(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3}$"
)

# base forms of cue verbs that are nouns too: after a singular "a"/"an" subject they are
# the noun ("a Reuters report", "a Kremlin claim"), as the verb would need "reports"
_NOUN_LIKE_BASE = frozenset({"report", "claim", "note", "post", "estimate", "tweet", "warn"})
_A_SUBJECT = re.compile(r"(?:^|\s)(?i:a|an)\s+(?:[A-Z][\w.&'’-]*(?:\s+|$))+$")
_A_NAME_BEFORE = re.compile(r"\b(?i:a|an)\s+(?:[A-Z][\w.&'’-]*\s+){1,6}$")

_PARTICIPLE_PREPS = frozenset({"in", "on", "at", "with", "from", "by", "through"})
_FINDS = frozenset({"found", "finds"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})


def animate_subject(subject: str, sentence_start: bool) -> bool:
    """Whether a subject names someone who can ask or say: a name, a personal pronoun, or
    a noun of a speaker (a title, a group, a body: ``Lexicon.speaker_heads``). "The plan",
    "the situation", "a recipe" are not."""
    words = [w.strip(",.;:()\"'‘’“”") for w in subject.split()]
    words = [w for w in words if w]
    if not words:
        return False
    low = [w.lower() for w in words]
    if low[-1] in _SPEAKER_PRONOUNS:
        return True
    lx = lexicon()
    head = low[-1]
    if (
        head in lx.speaker_heads
        or (head.endswith("s") and head[:-1] in lx.speaker_heads)
        # "aid agencies", "charities": the plural of "agency", "charity"
        or (head.endswith("ies") and head[:-3] + "y" in lx.speaker_heads)
    ):
        return True
    # a capital that is not only the sentence's first letter: a name ("the UN", "Ana Ruiz")
    if any(w[:1].isupper() for w in words[1 if sentence_start else 0 :]):
        return True
    # one capitalised word opening the sentence: a name ("Trump", "Hamas"), unless it is a
    # function word or a document ("Forecasts call for rain")
    return (
        sentence_start
        and len(words) == 1
        and words[0][:1].isupper()
        and low[0] not in stop_capitals()
        and low[0] not in lx.documents
        and low[0] not in lx.evidence_nouns
        and low[0] not in lx.findings
    )


_WORD = re.compile(r"[a-z]+")
# "... after an audit found hundreds of ...": the finding is the main clause's background
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|when|because|since|before|as|until|once|though|although|if|while)\s+$", re.I
)
_CUE_FIRST = re.compile(
    r"^(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Explained|Explains|Noted|Notes|Insisted|"
    r"Insists)\s+(?P<src>(?:the\s+)?[A-Z][^:,;\"“”]{1,60}?)\s*[:,]\s*(?=[\"“‘'A-Z])"
)
_MANNER_QUOTE = re.compile(
    r"^(?P<src>(?:[A-Z][\w'’.-]*|[a-z]+)(?:\s+(?:[A-Z][\w'’.-]*|[a-z]+)){0,5}?)\s+"
    r"(?P<cue>(?:was|were|is|are|remained|sounded)\s+(?:\w+\s+)?(?:"
    + "|".join(map(re.escape, table("cues.toml")["manner_quote"]["words"]))
    + r"))"
    # "was blunt about his side's first half: '...'": what the manner is about, then the quote
    r"(?:\s+(?:about|of|on|over|with|towards|after|at)\s+[^:;\"“”]{1,60}?)?\s*:\s*(?=[\"“‘'])"
)
# (an adverb may come between: "quoted anonymously by the Polish Press Agency")
_QUOTED_BY = re.compile(r"^(?:as\s+)?(?:quoted|cited)\s+(?:[a-z]+ly\s+)?by\s+(?P<by>.+)$", re.I)
_QUOTED_BY_BEFORE = re.compile(
    r",\s*(?:as\s+)?(?:quoted|cited)\s+(?:[a-z]+ly\s+)?by\s+[^,]+,\s*$", re.I
)
_QUOTED_BY_ASIDE = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,2}[a-z]+\b")

_MEMO_SIZE = 8192
_memo: dict[str, tuple[Frame, ...]] = {}


def find_frames(text: str) -> list[Frame]:
    """All attribution frames of one sentence, in text order.

    Wire copies and stock phrases repeat sentences word for word: the frames are a pure
    function of the sentence, so recent ones are remembered; every caller gets its own
    copies (a new list of new frames) to keep or change.
    """
    hit = _memo.get(text)
    if hit is None:
        hit = tuple(_find_frames(_headline_cues(text)))
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[text] = hit
    return [f.copy() for f in hit]


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a word of four letters or more in lower case: the sentence is prose, no headline (a word
# of ``_TITLE_WORD`` starts at the same place and is as long)
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]{3}")
# what follows a headline's word that is a noun, not a cue: "Notes Of ...", "Calls Were ..."
_HEADLINE_NOUN_NEXT = _wordset("Of For In On At From With To And By Were Was Is Are Have Has")


def _headline_cues(text: str) -> str:
    """A headline in title case with its cue verbs in lower case, the same length: "Bridges
    Will Be Rebuilt, Mayor Says." reads as "..., Mayor says." (a cue is lower case in prose).

    A headline is a sentence of four words or more whose every word of four letters or more
    is capitalised. Its cue ends it ("..., X Says.") or follows the name that opens it ("X
    Says C"); nouns that double as cues ("Report", "Claims") stay as they are.
    """
    if _PROSE_WORD.search(text):
        return text  # most sentences: one search instead of every word
    words = list(_TITLE_WORD.finditer(text))
    long = [w.group() for w in words if len(w.group()) > 3]
    if len(words) < 4 or not long or not all(w[:1].isupper() for w in long):
        return text
    lex = lexicon()
    nouns = lex.nominal_modality.keys() | lex.evidence_nouns | lex.documents
    out = list(text)
    for i, w in enumerate(words[1:], 1):
        low = w.group().casefold()
        if not w.group()[1:].islower() or low not in lex.verb_modality or low in nouns:
            continue
        last = i == len(words) - 1
        opening = i <= 3 and words[0].group() not in ("The", "A", "An")
        if last or (opening and words[i + 1].group() not in _HEADLINE_NOUN_NEXT):
            out[w.start()] = low[0]
    return "".join(out)


def _quoted_frame(m: re.Match[str], kind: str, start: int, end: int) -> Frame:
    """ "X was quoted (by Y) as saying": X speaks; Y, when named, relays X. X may have an
    appositive ("Her agent, Ana Ruiz, was quoted ..."), whose name then names X."""
    groups = m.groupdict()
    by_group = "by" if groups.get("by") else "by2"
    by = groups.get(by_group)
    appos = groups.get("appos")
    speaker = m.group("src")
    if appos and _BARE_NAME.match(appos):
        speaker = appos
    return Frame(
        kind=kind,
        src=by or m.group("src"),
        src_start=m.start(by_group) if by else m.start("src"),
        # ("cited as saying", "heard saying": the words of the text)
        cue=(
            "quoted as saying"
            if m.group("cue") == "quoted"
            else m.group("cue") + (" as saying" if groups.get("as") else " saying")
        ),
        cue_start=m.start("cue"),
        modality="asserted",
        content_start=start,
        content_end=end,
        appositive=None if by else appos,
        inner=[speaker] if by else [],
    )


def _find_frames(text: str) -> list[Frame]:
    lex = lexicon()
    frames: list[Frame] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # passive: "C was reported by X", "This was reported by X."
    for m in _PASSIVE.finditer(text) if _PASSIVE_HINT.search(text) else ():
        np = _np_after(text, m.end())
        if np is None:
            continue
        subj = text[: m.start()].strip()
        if m.group(0).rstrip().endswith(" in"):
            words = _PUBLICATION_TOKEN.findall(text[np[0] : np[1]].casefold())
            if not any(w in _PUBLICATION_WORDS for w in words):
                continue  # "fighting was reported in the Pokrovsk direction": a place
        kind = "backref" if _BACKREF_SUBJ.match(subj) else "passive"
        that = _THAT_AFTER.match(text, np[1])
        if that is not None and subj.casefold() == "it":
            # "It was announced by X that C": "it" stands for the that-clause, C
            frames.append(
                Frame(
                    kind="pre",
                    src=text[np[0] : np[1]],
                    src_start=np[0],
                    cue=f"{m.group('cue')} by",
                    cue_start=m.start("cue"),
                    modality=lex.verb_modality.get(m.group("cue"), "asserted"),
                    content_start=that.end(),
                    content_end=len(text),
                )
            )
            taken.append((0, that.end()))
            continue
        if kind == "passive" and m.group("cue") in ("told", "informed"):
            continue
        if kind == "passive" and not subj:
            continue
        frames.append(
            Frame(
                kind=kind,
                src=text[np[0] : np[1]],
                src_start=np[0],
                cue=f"{m.group('cue')} by",
                cue_start=m.start("cue"),
                modality=lex.verb_modality.get(m.group("cue"), "asserted"),
                content_start=0,
                content_end=m.start(),
            )
        )
        taken.append((m.start(), np[1]))

    aside = _ASIDE_PASSIVE.match(text) if " by " in text else None
    agent = _ASIDE_AGENT.match(text, aside.end()) if aside is not None else None
    cue_at = -1 if aside is None else max(aside.start("cue"), aside.start("cue2"))
    doc_by: Frame | None = None  # a document's authors in a bare "by" aside
    if aside is not None and agent is not None and free(cue_at, agent.end("a")):
        close = _ASIDE_CLOSE.match(text, agent.end("a"))
        if close is not None:
            frames.append(
                Frame(
                    kind="passive",
                    src=agent.group("a"),
                    src_start=agent.start("a"),
                    cue=f"{aside.group('cue')} by" if aside.group("cue") else "by",
                    cue_start=cue_at,
                    modality="asserted",
                    content_start=0,
                    content_end=len(text),
                )
            )
            taken.append((cue_at, close.end()))
            if aside.group("cue2") or _DOC_SUBJECT.match(text):
                doc_by = frames[-1]

    # "X was quoted as saying (that) C": X is the source, whoever quoted them; '"C," X was
    # quoted as saying.' after its content
    quoted = _QUOTED_AS.match(text) if _AS_SAYING_GATE.search(text) else None
    if quoted is not None and free(0, quoted.end()):
        frames.append(_quoted_frame(quoted, "pre", quoted.end(), len(text)))
        taken.append((0, quoted.end()))
    quoted_after = (
        _QUOTED_AFTER.search(text) if quoted is None and _AS_SAYING_GATE.search(text) else None
    )
    if quoted_after is not None and free(quoted_after.start(), len(text)):
        frames.append(_quoted_frame(quoted_after, "post", 0, quoted_after.start()))
        taken.append((quoted_after.start(), len(text)))

    # a cue first, then its speaker: 'Said Ellis: "C"', 'Added the mayor, "C"'
    opener = _CUE_FIRST.match(text) if text[:1] in "SAWNEI" else None
    if opener is not None and free(0, opener.end()):
        frames.append(
            Frame(
                kind="pre",
                src=opener.group("src"),
                src_start=opener.start("src"),
                cue=opener.group("cue").casefold(),
                cue_start=0,
                modality="asserted",
                content_start=opener.end(),
                content_end=len(text),
            )
        )
        taken.append((0, opener.end()))

    # a manner, then the quote: "Exeter boss Gary Caldwell was blunt: 'We were second best.'"
    manner = _MANNER_QUOTE.match(text) if ":" in text else None
    if manner is not None and free(0, manner.end()):
        frames.append(
            Frame(
                kind="pre",
                src=manner.group("src"),
                src_start=0,
                cue=manner.group("cue"),
                cue_start=manner.start("cue"),
                modality="asserted",
                content_start=manner.end(),
                content_end=len(text),
            )
        )
        taken.append((0, manner.end()))

    # prepositional: "according to X"
    has_prep = lex.prep_gate.search(text.lower()) is not None if text.isascii() else True
    for m in lex.prep_re.finditer(text) if has_prep else ():
        cue = m.group("cue").casefold()
        if (
            cue == "per"
            and not text[m.end() : m.end() + 1].isupper()
            # "Per the health ministry, ...", "..., per a police statement": at a clause's
            # edge, not "25 per cent", "two per day"
            and not (_PER_EDGE.search(text, 0, m.start()) and _DET_NEXT.match(text, m.end()))
        ):
            continue
        np = _np_after(text, m.end())
        if np is None or not free(m.start(), np[1]):
            continue
        if cue.endswith("quoted by") and _QUOTED_BY_ASIDE.match(text, np[1]):
            continue  # "X, quoted by ZNBC, said": an aside of the verb's subject (below)
        src_end = np[1]
        appositive = None
        rest = text[src_end:]
        ap = _PREP_APPOSITIVE.match(rest)
        named = _PREP_NAME_APPOSITIVE.match(rest)
        if ap and any(w.casefold() in lex.titles for w in ap.group(1).split()[1:4]):
            appositive = ap.group(1)
            src_end += ap.end() - 1
        elif (
            named
            and _DET_START.match(text, np[0])
            and any(w.casefold() in lex.titles for w in text[np[0] : np[1]].split()[1:4])
        ):
            # "According to the mayor of El Carmen, Rosa Huamaní, ...": the name of the role
            appositive = named.group(1)
            src_end += named.end() - 1
        elif (
            text[np[1] - 1 : np[1]].isalpha()
            and text[np[0] : np[1]].split()[-1].casefold() in lex.body_heads
        ):
            # "according to Peru's grid operator, COES": the name of the body described
            body_named = _PREP_BODY_NAME.match(rest)
            if body_named is not None:
                appositive = body_named.group(1)
                src_end += body_named.end(1)
        before = text[: m.start()].rstrip()
        after = text[src_end:].lstrip(" ,")
        if before.endswith(",") and _ADJUNCT_TAIL.match(after or "."):
            c_s, c_e = 0, len(before) - 1  # "C, according to X."
        else:
            c_s, c_e = src_end, len(text)
        src_s, inner = np[0], []
        relayed = _RELAYED_BY.match(text, np[0], np[1]) if cue == "according to" else None
        if relayed is not None and not _speaks_for_owner(relayed.group("who"), lex):
            # "according to officials quoted by Reuters": Reuters relays the officials
            src_s, inner = relayed.start("by"), [relayed.group("who")]
        frames.append(
            Frame(
                kind="prep",
                src=text[src_s : np[1]],
                src_start=src_s,
                cue=cue,
                cue_start=m.start(),
                modality=lex.prep_modality.get(cue, "asserted"),
                content_start=c_s,
                content_end=c_e,
                appositive=appositive,
                inner=inner,
            )
        )
        taken.append((m.start(), src_end))

    # nominal: "despite reports from X that C"
    has_nominal = "that" in text and lex.nominal_gate.search(text) is not None
    for m in lex.nominal_re.finditer(text) if has_nominal else ():
        if not free(m.start(), m.end()):
            continue
        anchor_m = NOMINAL_ANCHOR.search(text, max(0, m.start() - 60), m.start())
        if anchor_m is None:
            continue
        src = m.group("src")
        frames.append(
            Frame(
                kind="nominal",
                src=src or m.group("cue"),
                src_start=m.start("src") if src else m.start("cue"),
                cue=m.group("cue"),
                cue_start=m.start("cue"),
                modality=lex.nominal_modality.get(m.group("cue"), "hedged"),
                content_start=m.end(),
                content_end=len(text),
                anchor=anchor_m.start(),
            )
        )
        taken.append((anchor_m.start(), m.end()))

    # a report noun and its owner: "the sheriff's earlier claim that C"
    has_owned = has_nominal and lex.owned_gate.search(text) is not None
    for m in lex.owned_re.finditer(text) if has_owned else ():
        if not free(m.start(), m.end()):
            continue
        src_group = "src" if m.group("src") else "src2"
        frames.append(
            Frame(
                kind="nominal",
                src=m.group(src_group),
                src_start=m.start(src_group),
                cue=m.group("cue"),
                cue_start=m.start("cue"),
                modality=lex.nominal_modality.get(m.group("cue"), "hedged"),
                content_start=m.end(),
                content_end=len(text),
                anchor=0,  # what comes before the owner is no clause of its own
            )
        )
        taken.append((m.start(), m.end()))

    # verbs
    for m in lex.verb_re.finditer(text):
        cue = m.group("cue")
        if not free(m.start(), m.end()):
            continue
        if cue in HEARSAY_VERBS and _HEARSAY_AFTER.match(text, m.end()):
            # "a painting said to be worth millions", "the general is said to have fled":
            # hearsay that names no one, not a report by the noun before
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        if _AUX_BEFORE.search(before) and not _ASPECT_BEFORE.search(before):
            continue
        if cue.endswith(("report", "reports", "claims", "claim", "calls")) and (
            _NOUN_BEFORE.search(before) or _HANDLED_BEFORE.search(before)
        ):
            continue  # "this report", "never file injury claims", "taking calls": nouns
        if cue.endswith("s") and (_DET_BEFORE.search(before) or _COUNT_BEFORE.search(before)):
            continue  # a plural noun: "one of the states suing", "his notes", "five posts"
        if (
            cue.endswith("ed")
            and _ATTRIBUTIVE_BEFORE.search(before)
            and _NOUN_AFTER.match(text, m.end())
        ):
            continue  # an adjective: "notified WHO of a confirmed case", "seven reported deaths"
        if (
            cue in lex.quote_object
            and not QUOTE_OBJECT.match(text, m.end())
            and not (
                cue in _NAMING
                and (
                    PREDICATE_OBJECT.match(text, m.end())
                    or PREDICATE_ADJECTIVE.match(text, m.end())
                )
            )
            # "Witnesses described hearing two explosions": what they perceived
            and not (cue.startswith("describ") and _PERCEIVED.match(text, m.end()))
        ):
            continue  # "called for talks", not "called the vote 'a gut punch'" / "a sham"
        if (
            cue in lex.needs_punct
            and not NEEDS_PUNCT.match(text, m.end())
            # counsel's suggestion to a witness: "put it to her that she had removed the file"
            and not (cue.startswith("put") and _PUT_IT_TO.match(text, m.end()))
        ):
            continue
        if cue in lex.needs_quote and not NEEDS_QUOTE.match(text, m.end()):
            continue
        if (
            cue in lex.after_quote
            and not AFTER_QUOTE.search(before)
            and not NEEDS_QUOTE.match(text, m.end())
            and not (cue not in _NOT_BEFORE_THAT and _THAT_CLAUSE.match(text, m.end()))
        ):
            # '"...," reacted X', 'X continued: "..."', "X joked that C"; not "the war
            # continued", "joked about the weather"
            continue
        frame = None
        comma = _COMMA_BEFORE.search(before) and not _CITING_BEFORE.search(text, 0, m.start())
        pre: Frame | None = None
        pre_done = False
        if comma and text.count(",", 0, m.start()) >= 2:
            # '"C," Marta Weiss, an analyst, told Reuters.', "Jo Lind, head of the union, said
            # pay would rise.": after a comma the verb still has its subject before it when
            # the comma closes an appositive ("X, APPOSITIVE, said"); inverted only if not
            pre, pre_done = _pre_frame(text, m, cue), True
            if pre is not None and (
                pre.appositive or (pre.listener and _QUOTED_BY_BEFORE.search(text, 0, m.start()))
            ):
                frame = pre  # "X, APPOSITIVE, said" / "X, quoted by Y, said"
        if frame is None and comma:
            frame = _post_frame(text, m, cue)
        if frame is None:
            frame = pre if pre_done else _pre_frame(text, m, cue)
        if frame is not None and _CLAIM_COMMENT.match(frame.src):
            # "X argued that C, a claim the ports authority denied": a comment on X's claim,
            # not a source of C
            continue
        if frame is not None:
            frames.append(frame)
            taken.append((frame.src_start, m.end()))

    # evidence: "NATO's own figures show C", "data from the ONS showed C"
    if (
        lex.evidence_hint_lower.search(text.lower())
        if text.isascii()
        else lex.evidence_hint.search(text)
    ):
        for m in lex.evidence_re.finditer(text):
            src_group = next(g for g in ("src", "src2", "src3") if m.group(g))
            cue_group = next(g for g in ("cue", "cue2", "cue3") if m.group(g))
            if not free(m.start(), m.end()):
                continue
            frames.append(
                Frame(
                    kind="pre",
                    src=m.group(src_group),
                    src_start=m.start(src_group),
                    cue=m.group(cue_group),
                    cue_start=m.start(cue_group),
                    modality="asserted",
                    content_start=m.end(),
                    content_end=len(text),
                )
            )
            taken.append((m.start(), m.end()))
        trailing = lex.evidence_after_re.search(text)
        if trailing is not None and free(trailing.start(), trailing.end()):
            frames.append(
                Frame(
                    kind="post",
                    src=trailing.group("src"),
                    src_start=trailing.start("src"),
                    cue=trailing.group("cue"),
                    cue_start=trailing.start("cue"),
                    modality="asserted",
                    content_start=0,
                    content_end=trailing.start(),
                )
            )
            taken.append((trailing.start(), trailing.end()))

    # "X declined to comment ..., saying only that C"
    for m in _DECLINED_SAYING.finditer(text) if "declin" in text or "refus" in text else ():
        if not free(m.start(), m.end()):
            continue
        who = _subject(text, m.start())
        if who is None:
            continue
        frames.append(_subject_frame(text, who, m.group("cue"), m.start("cue"), m.end()))
        taken.append((who[0], m.end()))

    # participle: "ISW provided context, noting that C" -- the main clause's subject
    if not frames:
        for m in _PARTICIPLE.finditer(text):
            main_subj = _main_subject().match(text)
            if main_subj is None:
                # "Another diplomat disagreed, saying C": a source described in lower case
                main_subj = _MAIN_DESCRIBED.match(text)
                if main_subj is None or not _source_noun(main_subj.group("h"), lex):
                    break
            frames.append(
                Frame(
                    kind="pre",
                    src=main_subj.group(),
                    src_start=0,
                    cue=m.group("cue"),
                    cue_start=m.start("cue"),
                    modality="hedged"
                    if m.group("cue").startswith(("claim", "alleg", "sugg", "argu"))
                    else "asserted",
                    content_start=m.end(),
                    content_end=len(text),
                )
            )
            break

    # "X (had) heard from Y that C": X passes on what Y told them
    for m in _HEARD_FROM.finditer(text) if " heard from " in text else ():
        np = _np_after(text, m.end())
        if np is None or not free(m.start(), np[1]):
            continue
        that = _THAT_AFTER.match(text, np[1])
        who = _subject(text, m.start())
        if that is None or who is None or _THAT_TIME.match(text, that.end()):
            continue  # not "heard from him that night"
        inner = [text[np[0] : np[1]]]
        frames.append(_subject_frame(text, who, "heard from", m.start(), that.end(), inner))
        taken.append((who[0], np[1]))

    # "citing Y": an inner source behind the frame before it
    for m in lex.relay_re.finditer(text) if lex.relay_gate.search(text) else ():
        if _PROGRESSIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "she had been referring to the 2030 goals": a verb, no relay
        np = _np_after(text, m.end())
        if np is None:
            continue
        owner = None
        for f in frames:
            if f.src_start < m.start() and (owner is None or f.src_start > owner.src_start):
                owner = f
        cited = text[np[0] : np[1]]
        if not _citable(cited):
            continue  # "citing an unfounded conspiracy theory": a reason, no source
        if owner is not None and not any(i.startswith(cited) for i in owner.inner):
            owner.inner.append(cited)
        elif owner is None:
            # "Citing Y, X said ...": the next frame's inner source
            nxt = [f for f in frames if f.src_start > m.start()]
            if nxt:
                min(nxt, key=lambda f: f.src_start).inner.append(text[np[0] : np[1]])
    if doc_by is not None:
        # "A new study, by economists at X, suggests that C": the study's verb is its
        # authors' (how sure they are), not a second source
        for f in [f for f in frames if f.kind == "pre" and f.src_start == 0]:
            frames.remove(f)
            doc_by.cue, doc_by.modality = f.cue, f.modality
            doc_by.content_start = f.content_start
    frames.sort(key=lambda f: f.cue_start)
    return _without_aside_acts(text, frames)


def _documentary(word: str, lex: Lexicon) -> bool:
    """A document, data or a finding: what speaks for whoever holds or quotes it."""
    return word in lex.documents or word in lex.evidence_nouns or word in lex.findings


def _speaks_for_owner(phrase: str, lex: Lexicon) -> bool:
    """Whether ``phrase`` is data or a document, which speaks for whoever quotes it ("figures
    quoted by the ministry" are the ministry's), not a speaker of its own."""
    head = _HEAD_END.split(phrase, maxsplit=1)[0].split()
    return bool(head) and _documentary(head[-1].casefold(), lex)


def _without_aside_acts(text: str, frames: list[Frame]) -> list[Frame]:
    """Drop a cue inside the apposition of another frame's subject that reports no clause
    ("Bloomberg News, which first reported the talks, said C": what Bloomberg is, not a
    claim; "X, who said last week that C, said D" keeps both)."""
    spans = []
    for f in frames:
        if f.appositive and len(f.appositive) > 6:
            at = text.find(f.appositive, f.src_start, f.cue_start)
            if at >= 0:
                spans.append((at, at + len(f.appositive), f))
    if not spans:
        return frames
    return [
        g
        for g in frames
        if not any(
            a <= g.cue_start < b
            and g is not f
            and not CLAUSAL_COMPLEMENT.match(text, g.cue_start + len(g.cue))
            for a, b, f in spans
        )
    ]


_HEAD_END = re.compile(r"\s+(?:of|from|at|in|on|by|with|for|to|that|who|which|close)\s")
_REPORTS = frozenset(lexicon().anaphors["report"])
_RELATIVE_START = re.compile(r"\s+(?:that|who|which|whose|where|when)\s")
_SPEAKING_BODIES = frozenset(
    w for k in ("government", "agency", "outlet") for w in lexicon().anaphors[k]
)


def _citable(phrase: str) -> bool:
    """Whether what follows "citing" can be a source: a name, a speaker ("officials", "a
    diplomat", "the ministry"), or what speaks for one (a report, data, a letter); not a
    reason given ("citing the strategic importance of a nation", "citing a theory")."""
    described = _RELATIVE_START.split(phrase, maxsplit=1)[0].split()
    if any(w[:1].isupper() for w in described):
        return True  # a name: "citing Reuters", "citing results from the Election Commission"
    words = _HEAD_END.split(phrase, maxsplit=1)[0].split()
    lex = lexicon()
    for word in (w.casefold().strip(",.;:\"'’”") for w in words):
        if (
            animate_subject(word, False)
            or word in ("people", "person", "sources")
            or word in _SPEAKING_BODIES
            or _documentary(word, lex)
            or word.removesuffix("s") in _REPORTS
        ):
            return True
    return False


# a cue in an aside: ", as X said," or ", as X reported earlier." (the cue is followed by a
# comma, the sentence's end, or a time or place adjunct that ends it)
_AS_BEFORE = re.compile(r",\s+as\s+$", re.I)
_ASIDE_END = re.compile(
    r"(?:\s+(?:(?:on|last|this|earlier|later|in|at)\b[^,;:\"“”]{0,40}|[a-z]+ly|earlier|"
    r"before|previously|again|too|also))?\s*(?:,|[.!?][\"”’']?\s*$)"
)


def _post_frame(text: str, m: re.Match[str], cue: str) -> Frame | None:
    """``C, said X.`` / ``C, claims the agency X, citing Y.`` -- the source follows the cue."""
    if cue not in _INVERTED and cue not in lexicon().after_quote:
        return None  # ('"...," reacted X': the after-quote verbs invert too)
    np = _np_after(text, m.end(), max_words=8)
    if np is None:
        return None
    src = text[np[0] : np[1]]
    first = src.split()[0]
    lex = lexicon()
    if not (
        any(w[:1].isupper() for w in src.split())
        or first.casefold() in _DETERMINERS
        or first.casefold() in lex.collective
        or first.casefold() in lex.anonymous
    ):
        return None
    if first.casefold() in ("that", "it", "this") or any(
        w.casefold() in _VERBISH for w in src.split()
    ):
        return None
    tail = text[np[1] :]
    named = _NAME_AFTER.match(tail) if tail.startswith(",") else None
    # "said one resident, who gave only her first name, Maria.": the name she went by
    only_as = NAMED_ONLY_AS.search(tail) if named is None and ", who" in tail else None
    closes = named or re.match(
        r"^\s*(?:[.!?]?\s*$|,\s*(?:citing|quoting|who|which|referring|adding|a|an|the)\b|,"
        # "said a diplomat who asked not to be identified.": a relative clause on the source
        r"|\s(?:who|whom)\s[^,;:\"“”]*[.!?]?\s*$)",
        tail,
    )
    if not closes and not _ADJUNCT_TAIL.match(tail):
        return None
    comma = text.rfind(",", 0, m.start())
    quote = max(text.rfind("”", 0, m.start()), text.rfind('"', 0, m.start()))
    c_end = max(comma, quote)
    return Frame(
        kind="post",
        src=src,
        src_start=np[0],
        cue=cue,
        cue_start=m.start(),
        modality=lex.verb_modality.get(cue, "asserted"),
        content_start=0,
        content_end=max(c_end, 0),
        appositive=named.group("a") if named else (only_as.group(0) if only_as else None),
    )


# "C, said the health secretary, Wes Streeting.": the name after the described source ends
# the sentence (capitalised words only; titles such as "Prof Sir" are stripped later)
_NAME_AFTER = re.compile(
    r"^,\s*(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}?)"
    # ("..., said the study's lead author, Dr Haruka Nishimoto, a cardiologist at ...")
    r"(?:,\s+(?:a|an|the|who)\s[^,;:\"“”]*(?:,[^,;:\"“”]*)?)?"
    r"\.?[\"”’']?\s*$"
)


# "Cruz thanked his donors and said C", "X, APPOSITIVE, bemoaned the unrest but said C": a
# cue verb coordinated after the clause's first predicate has the clause's subject
_COORDINATION = re.compile(r",?\s+(?P<conj>and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*$")
_SUBORDINATE_OPENER = re.compile(r"\s*(?:While|Though|Although|Whereas)\s+(?:\S+\s+){0,5}$")
_IRREGULAR_CUES = sorted(
    (v for v in table("cues.toml")["verbs"] if " " not in v and not v.endswith(("ed", "s"))),
    key=len,
    reverse=True,
)
_CLAUSE_SUBJECT = re.compile(
    r"^(?:(?:But|And|Meanwhile|However|Still|Then|Later|Separately),?\s+)?"
    r"(?P<subj>(?:[A-Z][\w'’.-]*"
    # (a role in lower case before a name: "Ministry spokesperson Dwi Anggraeni")
    r"(?:\s+[a-z]+(?=\s+[A-Z]))?"
    r"(?:\s+(?:(?:of|for|de|al|van|von|der|den|da|di|du|la|le|bin)\s+)*"
    r"[A-Z][\w'’.-]*)*)"
    r"|(?:The|A|An)\s+(?:[A-Za-z'’-]+\s+)??[A-Za-z'’-]+)"
    r"(?P<appos>,\s[^,;:\"“”]{2,100},)?"
    r"\s+(?:(?:also|then|later|has|have|had|is|was|generally|repeatedly|again|first|"
    r"initially|quickly|publicly|did|does|do|not|never)\s+)*"
    r"(?P<verb>[a-z]{2,}(?:ed|[^s]s|ing)|"
    + "|".join(_IRREGULAR_CUES)
    + r"|(?<=\bnot\s)[a-z]{3,})\b"
)
_SUBORDINATE = re.compile(r"\b(?:that|who|which|whom|whose|when|where|if|whether|because)\b")
_ASIDE = re.compile(r",\s*(?:which|who|whom|whose|where|when)\b[^,]*,")


def _speech_verb(verb: str) -> bool:
    """A cue verb, or the -ing form of one ("telling", "saying", "arguing")."""
    verbs = lexicon().verb_modality
    if verb in verbs:
        return True
    stem = verb[:-3] if verb.endswith("ing") else ""
    return bool(stem) and (stem in verbs or stem + "e" in verbs)


def _coordinated_subject(
    text: str, cue_start: int
) -> tuple[tuple[int, int, str | None, str | None, bool], int] | None:
    """The subject of a cue verb coordinated after the first predicate of its sentence, and
    where the coordinated clause starts: "Police arrested two men and said C" -> Police."""
    left = text[:cue_start]
    co = _COORDINATION.search(left)
    if co is None:
        return None
    head = _CLAUSE_SUBJECT.match(left, 0, co.start())
    if head is None or head.group("verb") in _TRAIL_SET:
        return None
    words = head.group("subj").split()
    if words[-1].casefold() in _TRAIL_SET or any(w.casefold() in _VERBISH for w in words):
        return None
    between = _ASIDE.sub(",", left[head.end() : co.start()] + ",")
    if not _speech_verb(head.group("verb")) and (
        _SUBORDINATE.search(between) or lexicon().verb_re.search(between)
    ):
        # "The court heard that Smith lied and said ...": the second verb may be Smith's
        return None
    appos = head.group("appos")
    # the sentence stays one claim of that subject, as any "X said C" sentence does (its first
    # predicate is the subject's too: "The RSF denied X and said Y")
    return (
        (
            head.start("subj"),
            head.end("subj"),
            appos.strip(" ,") if appos else None,
            None,
            False,
        ),
        -1,
    )


_WHO_ANTECEDENT = re.compile(
    # "Trump, who says C", "McConnell, now the Senate majority leader, who in 2010 said C"
    r"(?P<name>(?<![\w'’])[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|de|van|von|da|di)\s+)?[A-Z][\w'’.-]+){0,3})"
    r"(?:,\s+(?P<appos>(?:now\s+|then\s+)?(?:a|an|the|his|her|its)\s[^,;:()\"“”]{1,80}))?"
    r",\s+(?P<rel>who|which)(?P<mid>(?:\s+[\w-]+){0,3}?)\s+$"
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|on|at|from|near|across|outside|inside)\s+$")
# what may stand between "who" and its cue: "who in 2010 said", "who has also said"
_WHO_MID = re.compile(
    r"^(?:(?:in|on|at|last|this|earlier|later|\d{4}|"
    + "|".join(_TRAIL_WORDS)
    + "|"
    + "|".join(_TRAIL_TIMES)
    + r")\s*)*$",
    re.I,
)


def _who_antecedent(
    text: str, cue_start: int
) -> tuple[tuple[int, int, str | None, str | None, bool], int] | None:
    """The named antecedent of "NAME, who said C" (a body's: "the Chicago Police Department,
    which reported C"), and where the relative clause starts: the claim after the cue is the
    antecedent's; the clause before "who" is not."""
    base = max(0, cue_start - SUBJECT_REACH)
    m = _WHO_ANTECEDENT.search(text, base, cue_start)
    if m is None or not _WHO_MID.match(m.group("mid").strip()):
        return None
    name = m.group("name")
    first = name.split()[0]
    lex = lexicon()
    if first in ("The", "A", "An", "He", "She", "It", "They", "We", "I") or name in lex.states:
        return None
    if name.split()[-1].casefold() in _DATE_WORDS:
        return None  # "By 9 a.m. Sunday, X began ..., who said": a day is no one
    if _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Democrats on Capitol Hill, who argued": the name is a place
    who_at = m.end("appos") if m.group("appos") else m.end("name")
    # ("which" is said of a thing: the name is a body's, ``mentions._parsed``)
    appos = m.group("appos") or (m.group("rel") if m.group("rel") == "which" else None)
    return (m.start("name"), m.end("name"), appos.strip() if appos else None, None, False), (
        text.index(m.group("rel"), who_at)
    )


_OF_AFTER = re.compile(r"\s+of\b")
# "of" and a capitalised word that go on an outlet's name ("the Times of Israel")
_OUTLET_OF = re.compile(r"\s+of\s+[A-Z][\w'’-]*(?=[\s,.;:]|$)")


def _pre_frame(text: str, m: re.Match[str], cue: str) -> Frame | None:
    """``X said (that) C`` / ``C, X said.`` / ``X told Y that C``."""
    lex = lexicon()
    subj = _subject(text, m.start())
    coordinated = -1
    if subj is None:
        found = _coordinated_subject(text, m.start()) or _who_antecedent(text, m.start())
        if found is None:
            return None
        subj, coordinated = found
    s_start, s_end, appositive, inner, split_before = subj
    before_cue = text[s_start : m.start()].split()
    if (
        cue.endswith("ed")
        and before_cue
        and before_cue[-1].casefold() in lex.documents
        and any(w in _PARTICIPLE_PREPS for w in before_cue[:-1])
    ):
        return None  # "in a video posted on Facebook": a participle after its noun
    if cue in _NOUN_LIKE_BASE and _A_SUBJECT.search(text[s_start:s_end]):
        return None  # "after a BBC Wales report last week": "a" + a base form is a noun
    if cue == "accused" and _OF_AFTER.match(text, m.end()):
        return None  # "A man accused of arson pleaded guilty": the accused, no accuser
    after = text[m.end() :]
    listener = None
    pos = m.end()
    if cue in lex.listener_verbs:
        lm = re.match(
            r"\s+(?P<l>(?!that\b|about\b|of\b|on\b)[\w'’.-]+(?:\s+(?!that\b|about\b|of\b|in\b|on\b|"
            r"at\b|during\b|by\b|via\b|over\b|last\b|this\b|earlier\b)[\w'’.-]+){0,6}?)"
            r"(?=\s+(?:that|about|of|in|on|at|during|by|via|over|last|this|earlier)\b|\s*[,.;:]|\s*$|"
            r"\s+(?:the|a|an|it|he|she|they|we|there|its|his|her|their)\s)",
            after,
        )
        if lm:
            listener = lm.group("l")
            pos = m.end() + lm.end()
            of = _OUTLET_OF.match(text, pos)
            if of is not None and listener.split()[-1].casefold() in lex.org_words["outlet"]:
                listener += of.group()  # "told the Times of Israel": one outlet's name
                pos = of.end()
    inner_src: list[str] = [inner] if inner else []
    if appositive and listener is None:
        by = _QUOTED_BY.match(appositive)
        if by is not None:
            # "Energy Minister X, quoted by state broadcaster ZNBC, said": ZNBC relays X
            listener, appositive = by.group("by"), None
    if listener is None and s_start > 0:
        carried = _CARRIED_BY.match(text, 0, s_start)
        if carried is not None:
            # "In remarks carried by Tasnim, X said", "In an interview with Le Monde, X said":
            # the outlet relays X, as in "X told Le Monde" (a named outlet only, as there)
            listener = carried.group("o") or carried.group("o2")
    if not inner_src and s_start > 0:
        # "Citing figures from the WHO, Ferrer Ibarra said C": the relay clause comes first
        opener = text[:s_start]
        rm = lex.relay_re.match(opener[:1].lower() + opener[1:])
        if rm is not None and opener.rstrip().endswith(",") and "," not in opener[rm.end() : -2]:
            cited = opener[rm.end() :].rstrip().rstrip(",").strip()
            if _citable(cited):
                inner_src.append(cited)
    if cue in ("quoted", "quotes"):
        qm = re.match(r"\s+(?P<o>.{2,80}?)\s+as\s+(?:saying|stating|telling|writing)\b", after)
        if qm is None:
            return None
        inner_src.append(qm.group("o"))
        pos = m.end() + qm.end()
    if cue in lex.directives and (
        not animate_subject(text[s_start:s_end], s_start == 0)
        or lex.summons_re.match(text, m.end())
    ):
        return None  # "the plan calls for 5,000 homes": no one asks; "called for backup"
    if cue in lex.instruction_verbs and INSTRUCTION.match(text, m.end()):
        # "told residents to leave": an instruction, not a claim (nor, after a comma, the
        # report of what came before: "One trader, ..., said brokers had told him to sell")
        return None
    if _BACKREF_OBJ.match(text[pos:]):
        kind = "backref"
        c_s, c_e = 0, s_start
    elif (
        s_start > 0
        and (_ADJUNCT_TAIL.match(text[pos:]) or _PARTICIPLE_AFTER_CUE.match(text, pos))
        # "C, the ministry said on Monday": a content before the subject ("Officials said
        # the sides had agreed on a ceasefire" has none: "agreed" reports nothing)
        and max(
            text.rfind(",", 0, s_start), text.rfind("”", 0, s_start), text.rfind('"', 0, s_start)
        )
        > 0
    ):
        kind = "pre"
        comma = text.rfind(",", 0, s_start)
        quote = max(text.rfind("”", 0, s_start), text.rfind('"', 0, s_start))
        c_s, c_e = 0, max(comma, quote, 0)
    else:
        kind = "pre"
        c_s, c_e = pos, len(text)
        rest = text[pos:]
        if (
            cue in lex.clausal_only
            and not CLAUSAL_COMPLEMENT.match(rest)
            and not (cue in _DECLARE and QUOTE_OBJECT.match(text, m.end()))
            and not (cue in lex.measure_at and _ESTIMATE_AT.match(text, m.end()))
            # "a 2014 study found 31 incidents": what a study finds is its finding
            and not (
                cue in _FINDS
                and not lex.findings.isdisjoint(_WORD.findall(text[s_start : m.start()].lower()))
                and not _SUBORDINATOR_BEFORE.search(text, 0, s_start)
            )
            # "The weapons it has, he added, are like nuclear bombs": a parenthetical cue
            and not (rest.startswith(",") and text[:s_start].rstrip().endswith(","))
        ):
            return None  # an act with an object ("rejected the bill"), not speech
        if cue in lex.listener_verbs and _TOLD_A_STORY.match(text, m.end()):
            return None  # "tell a story the commissioner left out": no claim is told
    if split_before and _AS_BEFORE.search(text, 0, s_start) and _ASIDE_END.match(text, pos):
        # "Prices, as analysts noted, rose sharply", "The deal collapsed, as Reuters
        # reported earlier.": an aside on the sentence's own clause, which it attributes
        # whole (not "Prices rose as officials said the deal was off": a clause of its own)
        split_before = False
        if kind == "pre" and c_s >= pos:
            c_s = 0
    clause_end = -1
    if c_s > s_start and _SUBORDINATE_OPENER.match(text, 0, s_start):
        # "Though the ministry said C, residents reported D": the subordinate clause ends
        # at its comma; the main clause after it is not the ministry's
        comma_at = text.find(", ", pos)
        if comma_at > 0:
            c_e = comma_at
            clause_end = comma_at + 1
    anchor = coordinated
    if split_before:
        # the conjunction before the subject starts this frame's clause
        cm = list(re.finditer(r"[,;]\s*", text[:s_start]))
        if cm:
            anchor = cm[-1].end()
        conj = list(_CLAUSE_CONJ.finditer(text, max(anchor, 0), s_start))
        if conj:
            # "On Monday, rebels took the town and officials said C": the clause starts at
            # "and", not at the comma after the opening adjunct
            anchor = conj[-1].start()
    src = text[s_start:s_end]
    polled = _POLLED_BY.match(src)
    if polled is not None and not inner_src:
        # "Economists polled by Reuters had expected ...": Reuters relays the economists
        src, inner_src = polled.group("by"), [polled.group("who")]
    return Frame(
        kind=kind,
        src=src,
        src_start=s_start,
        cue=cue,
        cue_start=m.start(),
        # "appeared to suggest", "seemed to say": the writer's impression, hedged
        modality=(
            "hedged"
            if _SEEMING_BEFORE.search(text, max(0, m.start() - 20), m.start())
            else lex.verb_modality.get(cue, "asserted")
        ),
        content_start=c_s,
        content_end=c_e,
        anchor=anchor,
        appositive=appositive,
        inner=inner_src,
        listener=listener,
        clause_end=clause_end,
    )
