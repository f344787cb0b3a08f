"""Typed records that flow through the pipeline and out of the CLI as JSON.

Two families live here:

* pipeline records (``RawArticle`` -> ``Sentence`` -> ``ClaimDraft`` -> ``Document``),
  produced by the stages read, segment, attribute and normalise, and consumed by the store;
* output records (``Article``, ``Source``, ``Claim``, ``Conflict``), produced by the store
  and the queries, and serialised as the documented JSON formats.

The JSON formats are a public contract documented in README.md; change them only
with a CHANGELOG entry.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SourceKind = Literal[
    "agency", "outlet", "government", "person", "organisation", "anonymous", "collective"
]
SOURCE_KINDS: tuple[str, ...] = (
    "agency",
    "outlet",
    "government",
    "person",
    "organisation",
    "anonymous",
    "collective",
)
Modality = Literal["asserted", "hedged", "denied"]
CONFLICT_KINDS: tuple[str, ...] = ("date", "quantity", "predicate", "role", "location", "negation")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")


# --------------------------------------------------------------------------- pipeline


class RawArticle(_Record):
    """What the read stage yields: the text to analyse and what is known about it."""

    path: str  # file path, "-" for standard input, or any origin label
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None


class Sentence(_Record):
    """A span of the article text. ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int  # 0-based paragraph index (blank line or line break separates)
    heading: bool = False  # a heading or a metadata line: never a claim
    boilerplate: bool = False  # "Read more", "Bonus video:", bylines: never a claim


class SourceRef(_Record):
    """A source as named in one article, before it is matched against the registry."""

    name: str  # the name users know ("GUR", "Dmitry Peskov", "a source close to ...")
    kind: SourceKind
    full_name: str | None = None
    role: str | None = None  # "Kremlin spokesperson" for "Kremlin Spokesperson Dmitry Peskov"
    surface: str | None = None  # the words of the article that named it


class ClaimDraft(_Record):
    """A claim found by the attribute stage. Offsets index the article text."""

    start: int
    end: int
    text: str
    cue: str | None = None  # the cue words, e.g. "said", "according to", "citing"
    modality: Modality = "asserted"
    # outermost relay first, originating source last; empty for the article's own voice
    chain: list[SourceRef] = Field(default_factory=list)
    # structured reading (event, agent, patient, negation, dates, quantities, places),
    # filled by the normalise stage
    reading: dict[str, Any] = Field(default_factory=dict)


class Mention(_Record):
    """An entity mention (place, person, organisation) in the article text."""

    start: int
    end: int
    surface: str
    key: str  # transliteration-folded key: equal keys are the same entity
    kind: str = "unknown"  # place, person, organisation, unknown
    claim_index: int | None = None  # index into Document.claims of the claim holding it


class Document(_Record):
    """One article as it passes through the pipeline."""

    article: RawArticle
    sentences: list[Sentence] = Field(default_factory=list)
    claims: list[ClaimDraft] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    # an outlet the whole article relays ("..., the Guardian reports."), if any
    relay: SourceRef | None = None


# --------------------------------------------------------------------------- output


class Source(_Record):
    id: int
    name: str
    full_name: str | None = None
    kind: str
    aliases: list[str] = Field(default_factory=list)


class ArticleRef(_Record):
    id: int
    path: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None


class Article(ArticleRef):
    url: str | None = None
    text: str
    content_hash: str
    extractor_version: int
    claims: int = 0


class Claim(_Record):
    id: int
    article: ArticleRef
    text: str
    start: int
    end: int
    cue: str | None = None
    modality: str
    source: Source | None = None
    chain: list[Source] = Field(default_factory=list)


class Conflict(_Record):
    id: int
    kind: str
    score: float
    explanation: str
    claims: list[Claim]
    relay_distortion: bool = False
    # the differing values, one per claim ("27 Nov", "28 Nov"), as the explanation names them
    values: list[str] = Field(default_factory=list)


class Export(_Record):
    articles: list[Article]
    sources: list[Source]
    claims: list[Claim]
    conflicts: list[Conflict]


# --------------------------------------------------------------------------- conflicts


class ClaimFacts(_Record):
    """What conflict detection needs to know of one stored claim (no text re-parsing)."""

    id: int
    article_id: int
    article_path: str
    article_published: date | None = None
    text: str
    modality: str = "asserted"
    cue: str | None = None  # the cue words ("denied", "said"); None in the article's own voice
    reading: dict[str, Any] = Field(default_factory=dict)
    origin: str | None = None  # originating source name; None = the article's own voice
    chain: list[str] = Field(default_factory=list)  # source names, outermost first
    entity_keys: list[str] = Field(default_factory=list)  # folded keys of entities mentioned
    # the folded keys of every entity its article mentions: the story the article tells
    # (two articles that share none tell two stories)
    article_keys: list[str] = Field(default_factory=list)
    group_key: str | None = None  # the corroboration group the store already put it in


class ConflictFinding(_Record):
    kind: str  # one of CONFLICT_KINDS
    score: float  # in [0, 1]
    explanation: str  # one line naming the differing values
    claim_a: int
    claim_b: int
    relay_distortion: bool = False  # both sides trace back to the same origin
    details: dict[str, Any] = Field(default_factory=dict)


class CorroborationGroup(_Record):
    claim_ids: list[int]
    key: str
    independent_origins: int
