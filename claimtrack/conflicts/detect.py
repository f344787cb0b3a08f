"""Conflict detection between stored claim readings.

``find_conflicts`` is pure: claims in, corroboration groups and findings out. It never
parses text; it compares the readings made at ingest (``normalise/reading.py``).

The order of work:

1. every claim gets its block keys (``_Claim.start``) and candidate pairs come from the
   inverted index (``blocking.candidate_codes``), walked in index order (each claim's
   pairs together: its data stays in the CPU caches);
2. every claim of some pair is *prepared* once per call (``_Claim.finish``): its frames,
   dates (as day tuples), places, anchors, role/strong/theme key sets and per-frame
   quantities are read out of the reading into slotted objects (key sets shared between
   frames with the same keys), so that judging a pair never re-derives them; candidates
   loaded only for their block keys and paired with no claim in focus are not prepared;
3. a candidate pair is rejected cheaply when its *signatures* do not meet
   (``_Claim.sig``: per event family, the theme, role, negation, place and quantity keys
   without which no rule below can fire) or its *gates* do not (``_gates``: the same per
   rule and class, with the polarity of a negation and the sides of a role swap); the rest
   are judged (``_judge``): a list of disagreements, or a *same-fact* score when the two
   claims state the same thing;
4. same-fact pairs are merged into corroboration groups (never merging two claims that
   disagree);
5. disagreements are reported once per pair of groups, the best-scored one.

Every rule errs on the side of silence: a finding needs the same event class, a matching
theme (the person, place or thing whose fate is at stake) and no sign that the two claims
speak of different occasions (different dates). Ten real disagreements are the product;
"possible conflicts" are not.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from claimtrack import lexicons
from claimtrack.conflicts.blocking import candidate_codes
from claimtrack.conflicts.explain import explain
from claimtrack.normalise.quantities import overlap
from claimtrack.normalise.reading import skeleton
from claimtrack.normalise.translit import name_key
from claimtrack.records import ClaimFacts, ConflictFinding, CorroborationGroup

# kinds whose disagreement is the clearest, used to break ties between findings
_KIND_SCORE = {
    "date": 0.9,
    "predicate": 0.85,
    "negation": 0.85,
    "quantity": 0.8,
    "role": 0.8,
    "location": 0.75,
}
_NO_QUANTITY_CONFLICT = frozenset({"duration", "distance", None})
_MAX_DAY_GAP = 60  # dates further apart are more likely two events than one disputed date
_MAX_MONTH_GAP = 12  # a date given to the month: a year's slip is still one disputed date
_MAX_MONTH_GAP_NAMED = 36  # ... and three years' for a thing named on both sides
_MAX_DAY_GAP_INDEFINITE = 3  # "a fire broke out": one of many, another day is another fire
_SITE_RELATIONS = frozenset({"in", "from", "near"})
_MIN_AWAY_KM = 10.0  # "N km from X" contradicts "in X" from this distance on
_HEDGED = 0.85  # score factor when a side is hedged
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


@dataclass(frozen=True)
class _Group:
    name: str
    classes: frozenset[str]
    named: bool
    needs_place: bool
    by_place: bool
    parties: frozenset[str]  # classes met on two shared parties instead ("ended in a draw")
    same_agent: bool = False  # both sides name the same actor when both name one
    # classes whose side may name no place at all ("D retired with a gearbox failure" vs
    # "D won the race"): the same named theme is enough when that side names no place
    placeless: frozenset[str] = frozenset()
    same_day: bool = False  # both sides dated to one day ("reopened" / "stayed shut")
    # words of a claim that make its event a standing, not a result ("according to the poll")
    standings: frozenset[str] = frozenset()
    things: bool = False  # decided on a thing, so a patient that is only a name is another act


_ONCE_DAYS = 7  # how far apart two reports of a once-only event may be published
# two articles that each name at least this many entities and share none tell two stories
# (fewer: too little to tell, as for a one-sentence report)
_STORY_NAMES = 3


class _Words:
    """Words or phrases found case-insensitively as whole words (``\b(?:w1|w2|...)\b``).

    An ASCII text is searched lowered, with the words lowered, by a case-sensitive pattern
    (about twice as fast): the same answer, as long as the words are ASCII too (an ASCII
    letter then matches only its own two cases; a non-ASCII word may match an ASCII letter
    case-insensitively, as "ſ" does "s", and is then always searched as given).
    """

    __slots__ = ("folded", "pattern")

    def __init__(self, words: Sequence[str]) -> None:
        alts = "|".join(re.escape(w) for w in words)
        self.pattern = re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)
        folded = "|".join(re.escape(w.lower()) for w in words)
        ascii_words = all(w.isascii() for w in words)
        self.folded = re.compile(rf"\b(?:{folded})\b") if ascii_words else None

    def search(self, text: str) -> bool:
        if self.folded is not None and text.isascii():
            return self.folded.search(text.lower()) is not None
        return self.pattern.search(text) is not None


class _Lex:
    def __init__(self) -> None:
        pred = lexicons.table("predicates.toml")
        self.punctual = frozenset(c for c, v in pred.get("class", {}).items() if v.get("punctual"))
        self.measured = frozenset(c for c, v in pred.get("class", {}).items() if v.get("measured"))
        self.once = frozenset(c for c, v in pred.get("class", {}).items() if v.get("once"))
        self.harm = frozenset(c for c, v in pred.get("class", {}).items() if v.get("harm"))
        # words that say an event recurs ("walked out again", "the second of four weekly
        # strikes"): two dates are then two occurrences, not a disagreement
        self.recurrence = _Words(pred["recurrence"]["words"])
        periodic: list[str] = pred.get("periodic", {}).get("words", [])
        self.periodic = _Words(periodic) if "|".join(periodic) else None
        # role swaps only make sense for events done *to* someone (strike, dismiss, capture)
        self.transitive = frozenset(
            lemma
            for lemma, e in pred.get("event", {}).items()
            if e.get("theme") == "patient" or e.get("roles")
        )
        # classes whose one occasion has one place: "dated" (same day needed) or "named"
        # classes of one-on-one acts ("roles" in the lexicon) that are not contests
        # (and contests too when one side dates the contest to the other's week)
        self.role_classes = frozenset(
            e["class"] for e in pred.get("event", {}).values() if e.get("roles")
        )
        self.swap_classes = self.role_classes - {"win", "lose", "draw"}
        self.destination: dict[str, frozenset[str]] = {
            c: frozenset(v["destination"])
            for c, v in pred.get("class", {}).items()
            if v.get("destination")
        }
        self.located: dict[str, str] = {
            c: v["located"] for c, v in pred.get("class", {}).items() if v.get("located")
        }
        self.group_of: dict[str, _Group] = {}
        for g in pred.get("exclusive", []):
            group = _Group(
                g["name"],
                frozenset(g["classes"]),
                bool(g.get("named")),
                bool(g.get("needs_place")),
                g.get("theme") == "place",
                frozenset(g.get("parties", [])),
                bool(g.get("same_agent")),
                frozenset(g.get("placeless", [])),
                bool(g.get("same_day")),
                frozenset(g.get("standings", [])),
                bool(g.get("things")),
            )
            for c in group.classes:
                self.group_of[c] = group
        # a country's name as an entity key (folded: "Spain" -> "spein") -> the country as
        # the reading names it ("c:spain", from "Spanish police" or "Spain's ..."): the
        # names of countries and the words that stand for them are one anchor
        part = lexicons.table("participants.toml")
        names = set(part["places"]["countries"])
        self.country_of_key: dict[str, str] = {
            name_key(word): country
            for word, country in part["demonyms"].items()
            if word in names or word == country
        }

    def family(self, cls: str) -> str:
        group = self.group_of.get(cls)
        return f"x:{group.name}" if group else cls


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


_Day = tuple[int | None, int, int]
_EMPTY_DAYS: frozenset[_Day] = frozenset()
_EMPTY: frozenset[str] = frozenset()


def _strong(keys: Sequence[str]) -> set[str]:
    """Keys that identify a participant: names, country+class, an unclassed head noun."""
    return {k for k in keys if k.startswith(("n:", "ch:", "w:"))}


# head classes of nouns naming an occasion, not a participant (``event = true``), and of
# those occasions that happen in one place on one day (``one_place = true``)
_EVENT_HEADS = frozenset(
    f"h:{h['class']}" for h in lexicons.table("participants.toml")["heads"] if h.get("event")
)
_SINGLE_OCCASIONS = frozenset(
    f"h:{h['class']}" for h in lexicons.table("participants.toml")["heads"] if h.get("one_place")
)


def _role_keys(keys: Sequence[str]) -> set[str]:
    out = {k for k in keys if k.startswith(("n:", "ch:", "w:", "h:")) and k not in _EVENT_HEADS}
    if any(k.startswith("ch:") and not k.endswith("|") for k in out):
        # "Azerbaijani forces": the country-qualified class, not any "forces"
        out = {k for k in out if not k.startswith("h:")}
    return out


def _countries(keys: Sequence[str]) -> set[str]:
    return {k for k in keys if k.startswith("c:")}


def _names(keys: Iterable[str]) -> set[str]:
    return {k for k in keys if k.startswith("n:")}


class _Frame:
    """One frame of a reading with every key set the rules compare, derived once."""

    __slots__ = (
        "accuser_role",
        "agent_countries",
        "agent_keys",
        "agent_name_only",
        "agent_ranks",
        "agent_role",
        "agent_role_names",
        "agent_strong",
        "agent_weak",
        "amounts",
        "by_unit",
        "cls",
        "countries",
        "d",
        "family",
        "forecast",
        "group",
        "group_words",
        "indefinite",
        "irrealis",
        "located",
        "negated",
        "nobody",
        "once",
        "other_strong",
        "patient_countries",
        "patient_keys",
        "patient_places",
        "patient_ranks",
        "patient_role",
        "patient_role_names",
        "patient_sex",
        "patient_strong",
        "post",
        "punctual",
        "purpose",
        "quantities",
        "quantity_rows",
        "recipient_role",
        "role_all",
        "role_named",
        "role_other",
        "role_plain",
        "state",
        "theme_anchors",
        "theme_any",
        "theme_heads",
        "theme_names",
        "theme_nch",
        "theme_set",
        "theme_strong",
        "transitive",
        "units",
    )

    def __init__(
        self, fr: dict[str, Any], denied: bool, quantities: list[dict[str, Any]], lx: _Lex
    ) -> None:
        self.d = fr
        cls: str = fr["class"]
        self.cls = cls
        group = lx.group_of.get(cls)
        self.family = f"x:{group.name}" if group else cls
        self.group = group
        self.punctual = cls in lx.punctual
        self.once = cls in lx.once
        self.transitive = fr.get("event") in lx.transitive
        self.negated = bool(fr.get("negated")) != denied
        self.nobody = self.negated and bool(fr.get("nobody"))  # "no one was injured"
        theme: list[str] = fr.get("theme_keys", [])
        agent: list[str] = fr.get("agent_keys", [])
        patient: list[str] = fr.get("patient_keys", [])
        (
            self.theme_set,
            self.theme_strong,
            self.theme_names,
            self.theme_nch,
            self.theme_heads,
            self.theme_anchors,
            self.theme_any,
            self.group_words,
        ) = _theme_sets(tuple(theme))
        raw_agent = fr.get("agent_keys")
        a_strong, a_weak, a_role, a_countries, _, a_names, a_name_only = _side_sets(tuple(agent))
        p_strong, _, p_role, p_countries, p_places, p_names, _ = _side_sets(tuple(patient))
        # the agent is further evidence of sameness only when it is not the theme itself
        self.other_strong = a_strong if raw_agent and fr.get("theme_keys") != raw_agent else None
        self.agent_keys = agent
        self.patient_keys = patient
        self.agent_strong = a_strong
        self.patient_strong = p_strong
        self.agent_weak = a_weak
        self.agent_role = a_role
        self.patient_role = p_role
        self.agent_role_names = a_names  # the names among the role keys (_role)
        self.patient_role_names = p_names
        self.role_named = bool(a_names and p_names)
        self.agent_name_only = a_name_only  # (_quantity)
        self.patient_sex = _sex(fr.get("patient"))  # "a 42-year-old man" (_quantity)
        self.agent_ranks = _ranks(fr.get("agent"))  # "the deputy minister" (_other_ranks)
        self.patient_ranks = _ranks(fr.get("patient"))
        self.agent_countries = a_countries
        self.patient_countries = p_countries
        self.patient_places = p_places
        self.quantities = quantities
        self.amounts = amounts = [_amount(q) for q in quantities]
        self.units = frozenset(q.get("unit") for q in quantities)
        # (_quantity) each amount with its unit, whether it is a total, its currency; and
        # the amounts that are no total by unit, in order
        rows: list[tuple[dict[str, Any], _Amount | None, Any, bool, Any]] = []
        by_unit: dict[Any, list[tuple[dict[str, Any], _Amount | None]]] = {}
        for q, amount in zip(quantities, amounts, strict=True):
            total = bool(q.get("total"))
            rows.append((q, amount, q.get("unit"), total, q.get("currency")))
            if not total:
                by_unit.setdefault(q.get("unit"), []).append((q, amount))
        self.quantity_rows = rows
        self.by_unit = by_unit
        # what the rules read of the frame's dict on every pair
        self.post = fr.get("post")
        self.state = bool(fr.get("state"))
        self.forecast = fr.get("forecast", False)
        self.irrealis = fr.get("irrealis", False)
        self.purpose = fr.get("purpose")
        self.indefinite = bool(fr.get("indefinite"))
        self.located = lx.located.get(cls)
        accuser = fr.get("accuser_keys")
        self.accuser_role = _side_sets(tuple(accuser))[2] if accuser else _EMPTY
        recipient = fr.get("recipient_keys")
        self.recipient_role = _side_sets(tuple(recipient))[2] if recipient else _EMPTY
        # ``_role`` finds nothing unless the role keys of two frames meet, or a side names a
        # third party or countries on both sides
        self.role_all = a_role | p_role
        self.countries = a_countries | p_countries
        self.role_other = bool(
            self.accuser_role or self.recipient_role or (a_countries and p_countries)
        )
        # ``_role`` compares the plain role keys of this frame with any other's
        self.role_plain = not (self.accuser_role or self.recipient_role or self.role_named)


_ThemeSets = tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]


@lru_cache(maxsize=65536)
def _theme_sets(theme: tuple[str, ...]) -> _ThemeSets:
    """The key sets of a theme (shared between frames with the same theme keys): all of
    them, strong, names, names and country classes, event heads, anchors (names inside the
    theme's phrase, "the ceasefire in Gaza"), strong or heads (what "themed" meets), and
    the words that may name a group of a body (``_two_groups``)."""
    if not theme:
        return (_EMPTY,) * 8
    strong = frozenset(_strong(theme))
    heads = _EVENT_HEADS.intersection(theme)
    return (
        frozenset(theme),
        strong,
        frozenset(_names(theme)),
        frozenset(k for k in theme if k.startswith(("n:", "ch:"))),
        heads,
        frozenset(k[2:] for k in theme if k.startswith(("a:", "n:"))),
        # strong keys and event heads never share a prefix: one test for either match
        strong | heads,
        frozenset(k for k in theme if k.startswith("w:")) - _ANY_MEMBERS,
    )


@lru_cache(maxsize=65536)
def _tagged(prefix: str, keys: frozenset[str]) -> frozenset[str]:
    """``prefix + key`` for every key (frames share their key sets: made once per set)."""
    return frozenset([prefix + k for k in keys])


_SideSets = tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    bool,
]


@lru_cache(maxsize=65536)
def _side_sets(keys: tuple[str, ...]) -> _SideSets:
    """The key sets of an agent or patient: strong, all, role keys, countries, the places
    its names may be ("p:" keys), the names among the role keys, and whether the role keys
    are a name alone (``_name_only``)."""
    if not keys:
        return (_EMPTY, _EMPTY, _EMPTY, _EMPTY, _EMPTY, _EMPTY, False)
    role = frozenset(_role_keys(keys))
    return (
        frozenset(_strong(keys)),
        frozenset(keys),
        role,
        frozenset(_countries(keys)),
        frozenset(f"p:{k[2:]}" for k in _names(keys)),
        frozenset(_names(role)),
        _name_only(role),
    )


_Amount = tuple[float, float, bool, bool, Any]  # low, high, exclusive ends, unit


def _amount(q: dict[str, Any]) -> _Amount | None:
    """A quantity's range as ``quantities.overlap`` reads it: low, high (inf when open),
    whether each end is exclusive, and the unit (None when a bound is not a number: then
    ``overlap`` itself judges, and fails, as before)."""
    try:
        return (
            float(q["low"]),
            float("inf") if q.get("high") is None else float(q["high"]),
            bool(q.get("excl_low")),
            bool(q.get("excl_high")),
            q.get("unit"),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _rounded(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """One side gives a whole number, the other a decimal that rounds to it ("41C" and
    "41.2C", "12%" and "12.4%"): the same value, told more or less finely."""
    vx, vy = x.get("value"), y.get("value")
    if not isinstance(vx, (int, float)) or not isinstance(vy, (int, float)) or vx == vy:
        return False
    whole, fine = (vx, vy) if float(vx).is_integer() else (vy, vx)
    return float(whole).is_integer() and not float(fine).is_integer() and round(fine) == whole


def _overlap(a: _Amount, b: _Amount) -> bool:
    """``quantities.overlap`` on prepared ranges."""
    a_lo, a_hi, a_xlo, a_xhi, _ = a
    b_lo, b_hi, b_xlo, b_xhi, _ = b
    if a_hi < b_lo or (a_hi == b_lo and (a_xhi or b_xlo)):
        return False
    return not (b_hi < a_lo or (b_hi == a_lo and (b_xhi or a_xlo)))


class _Claim:
    """A claim prepared for judging: everything ``_judge`` reads, computed once."""

    __slots__ = (
        "anchors",
        "article_id",
        "away_keys",
        "aways",
        "bearings",
        "block_keys",
        "by_family",
        "date_sig",
        "dated",
        "day_map",
        "days",
        "denied",
        "destinations",
        "emit",
        "event_day_map",
        "facts",
        "facts_dated",
        "frames",
        "gate",
        "hedged",
        "id",
        "inside",
        "month_days",
        "month_days_yearless",
        "month_map",
        "origin",
        "origin_key",
        "parties",
        "period_spans",
        "periodic",
        "periods",
        "places_all",
        "places_in",
        "places_occasion",
        "published",
        "raw_frames",
        "recurs",
        "relative_texts",
        "sig",
        "sites",
        "told_only",
        "want",
        "weekdays",
        "when",
        "year_map",
    )

    facts: ClaimFacts
    facts_dated: bool  # the claim gives a date, not only when it was said
    id: int
    article_id: int
    origin: str | None
    frames: list[_Frame]
    day_map: dict[_Day, dict[str, Any]]
    event_day_map: dict[_Day, dict[str, Any]]
    days: frozenset[_Day]
    month_days: frozenset[tuple[int, int]]
    month_days_yearless: frozenset[tuple[int, int]]  # of the days given without a year
    year_map: dict[Any, dict[str, Any]]
    published: date | None
    relative_texts: frozenset[str]
    periods: frozenset[tuple[str, str]]  # resolved weeks, weekends, months ("next week")
    period_spans: list[tuple[_Day, _Day, dict[str, Any]]]  # their first and last days
    month_map: dict[str, dict[str, Any]]  # dates given to the month ("in March 2028")
    weekdays: frozenset[str]  # the weekdays those name ("on Monday" -> "monday")
    places_all: frozenset[str]
    places_occasion: frozenset[str]  # places_all but those inside a participant
    places_in: frozenset[str]
    inside: dict[str, dict[str, Any]]
    aways: list[dict[str, Any]]
    away_keys: frozenset[str]
    anchors: set[str]  # bare folded names: entities and places
    origin_key: str
    hedged: bool
    recurs: bool  # the claim says its event happens again ("again", "weekly")
    periodic: bool  # a count for a period told relative to the report ("overnight")
    denied: bool
    block_keys: set[str]
    sig: frozenset[str]
    gate: frozenset[str]  # see ``_gates``
    emit: frozenset[str]
    want: frozenset[str]
    date_sig: frozenset[str]
    by_family: dict[str, list[_Frame]]
    dated: bool  # has a day or a year (else never "another occasion")
    when: bool  # dated, or has a relative day ("on Thursday"): may be another occasion
    sites: dict[str, dict[str, Any]]  # the one town "in", "from" or "near", else empty
    # the places of the occasion by their preposition (not those inside a participant)
    destinations: dict[str, list[dict[str, Any]]]
    # place key -> (degrees, place) of "east of Moscow": the one direction the claim puts
    # its occasion in from that place (a place told in two directions is left out)
    bearings: dict[str, tuple[int, dict[str, Any]]]
    parties: frozenset[str]  # names of participants and entities
    raw_frames: list[dict[str, Any]]  # the reading's frames that have a class
    # the days a claim that denies something was told on, when it gives no other day
    told_only: frozenset[_Day]

    @classmethod
    def build(cls, f: ClaimFacts) -> _Claim:
        c = cls.start(f)
        c.finish()
        return c

    @classmethod
    def start(cls, f: ClaimFacts) -> _Claim:
        """What blocking and grouping read: ids, origin, date of publication, block keys.
        ``finish`` prepares the rest, for claims that are judged."""
        c = cls()
        c.facts = f
        c.id = f.id
        c.article_id = f.article_id
        c.origin = f.origin
        c.origin_key = name_key(f.origin) if f.origin else f"article:{f.article_id}"
        c.published = f.article_published
        r = f.reading or {}
        c.raw_frames = frames = [fr for fr in r.get("frames", []) if fr.get("class")]
        c.anchors, c.parties = _anchors_parties(
            f.text, f.chain, f.entity_keys, frames, r.get("places", [])
        )
        c.block_keys = _block_keys(_lex(), frames, c.anchors, c.parties)
        return c

    def finish(self) -> None:
        lx = _lex()
        c = self
        f = c.facts
        r = f.reading or {}
        frames = c.raw_frames
        dates = r.get("dates", [])
        c.facts_dated = any(not d.get("said") for d in dates)
        places = r.get("places", [])
        anchors = c.anchors
        c.hedged = f.modality == "hedged"
        c.recurs = lx.recurrence.search(f.text)
        c.periodic = lx.periodic is not None and lx.periodic.search(f.text)
        c.denied = _denied(f.modality, frames, f.text)

        # dates: one day tuple per distinct day (the last entry of a day is kept, as in
        # the readings' order), years by value, unresolved relative days by their words
        day_map: dict[_Day, dict[str, Any]] = {}
        year_map: dict[Any, dict[str, Any]] = {}
        relative: set[str] = set()
        periods: set[tuple[str, str]] = set()
        month_map: dict[str, dict[str, Any]] = {}
        spans: list[tuple[_Day, _Day, dict[str, Any]]] = []
        for d in dates:
            if d.get("granularity") in _PERIODS and d.get("value"):
                periods.add((d["granularity"], d["value"]))
                span = _span_of(d)
                if span is not None:
                    spans.append(span)
                if d["granularity"] == "month" and not d.get("said"):
                    month_map[d["value"][:7]] = d
            if d.get("granularity") == "day":
                day = _day_of(d)
                if day:
                    day_map[day] = d
            if d.get("granularity") == "year" and not d.get("said") and not d.get("as_of"):
                year_map[d.get("value")] = d  # not "by 2030" (a deadline), nor "said in 2019"
            if d.get("relative") and not d.get("value"):
                relative.add(d["text"].lower())
        c.day_map = day_map
        # the days the events happened on: not when they were told ("said on Monday") nor
        # a day a count runs up to ("had risen to 58 by Thursday")
        c.event_day_map = {
            k: d for k, d in day_map.items() if not d.get("said") and not d.get("as_of")
        }
        c.days = frozenset(day_map)
        c.month_days = frozenset((x[1], x[2]) for x in day_map)
        c.month_days_yearless = frozenset((x[1], x[2]) for x in day_map if x[0] is None)
        c.year_map = year_map
        c.dated = bool(day_map or year_map)
        c.relative_texts = frozenset(relative)
        c.when = c.dated or bool(relative)
        c.periods = frozenset(periods)
        c.period_spans = spans
        c.month_map = month_map
        # ("Wednesday's quake" names the day as "on Wednesday" does)
        c.weekdays = frozenset(
            wd for t in relative for w in t.split() if (wd := _weekday_word(w)) is not None
        )

        # places: every key, the keys of "in" places, "N km from X" places far enough
        places_all: set[str] = set()
        inside: dict[str, dict[str, Any]] = {}
        aways: list[dict[str, Any]] = []
        away_keys: set[str] = set()
        for p in places:
            keys = p.get("keys", [])
            places_all.update(keys)
            relation = p.get("relation")
            if relation == "in":
                for k in keys:
                    inside[k] = p
            elif relation == "away" and (p.get("km") or 0) >= _MIN_AWAY_KM:
                aways.append(p)
                away_keys.update(keys)
        c.places_all = frozenset(places_all)
        c.places_in = frozenset(inside)
        c.inside = inside
        c.aways = aways
        c.away_keys = frozenset(away_keys)
        # the one town or site the claim puts itself "in", "at", "from" or "near" (a launch
        # "from the Baikonur Cosmodrome", landfall "near Gulfport"): the place of one occasion
        sites: dict[str, dict[str, Any]] = {}
        # a place inside a participant describes it ("the train service from Athens
        # derailed near Larissa"): it is not where the occasion was
        described = " ".join(str(fr.get(r) or "") for fr in frames for r in ("agent", "patient"))
        # ... and so does a place in the name of the source ("police in Valais said")
        described += " " + " ".join(f.chain)
        occasion: set[str] = set()
        destinations: dict[str, list[dict[str, Any]]] = {}
        bearings: dict[str, tuple[int, dict[str, Any]]] = {}
        two_ways: set[str] = set()
        for p in places:
            if p.get("bearing") is not None:
                # a bearing places the occasion even inside a participant ("a village west
                # of Kyiv was shelled", "killed by a car bomb east of Moscow")
                for k in p.get("keys", []):
                    if k in bearings and bearings[k][0] != p["bearing"]:
                        two_ways.add(k)  # "east of Kyiv and west of Kyiv": two places
                    bearings[k] = (p["bearing"], p)
            if p.get("text") and (
                p["text"] in described
                # "the sinking of the Amaranth Star": what sank, no place it sank in
                or (p["text"].startswith("of ") and str(p.get("name")) in described)
            ):
                continue
            occasion.update(p.get("keys", []))
            if p.get("keys"):
                destinations.setdefault(str(p.get("relation")), []).append(p)
            if p.get("relation") in _SITE_RELATIONS and p.get("area") is False and p.get("keys"):
                sites.setdefault(p["keys"][0], p)
        c.sites = sites if len(sites) == 1 else {}
        c.destinations = destinations
        c.bearings = {k: v for k, v in bearings.items() if k not in two_ways}
        c.places_occasion = frozenset(occasion)

        # quantities by the frame they belong to (the index in the filtered frame list,
        # found by equality as ``list.index`` would)
        quantities = r.get("quantities", [])
        prepared: list[_Frame] = []
        for fr in frames:
            idx = frames.index(fr)
            qs = [
                q
                for q in quantities
                if q.get("frame") == idx and q.get("unit") not in _NO_QUANTITY_CONFLICT
            ]
            pf = _Frame(fr, c.denied, qs, lx)
            clause = fr.get("clause")
            if clause is not None and pf.punctual and _dates_outside(clause, dates):
                # "The ceasefire, which took effect in late November, was violated on 2
                # December": the clause's event is not on the main clause's day
                pf.punctual = False
            prepared.append(pf)
        c.frames = prepared

        sig: set[str] = set()
        date_sig: set[str] = set()
        by_family: dict[str, list[_Frame]] = {}
        for pf in prepared:
            fam = pf.family
            by_family.setdefault(fam, []).append(pf)
            if pf.punctual:
                # two occasions: only a date clash of a punctual event can still be found
                date_sig |= _tagged(f"{pf.cls}\t", pf.theme_any)
            # what two frames of one family must share for any rule of ``_judge`` to fire
            sig |= _tagged(f"{fam}\tT\t", pf.theme_any)  # theme: date, predicate, sameness
            sig |= _tagged(f"{fam}\tP\t", pf.patient_strong)  # negation of one patient
            sig |= _tagged(f"{fam}\tA\t", pf.agent_strong)  # negation without patients
            if pf.patient_keys and not pf.patient_strong:
                sig |= _tagged(f"{fam}\tA\t", pf.agent_strong)  # ... of a thing named by kind
            if not pf.patient_keys and c.days:
                # ... of a common-noun subject, at one place on one day
                sig |= _weak_place_keys(f"{fam}\tW\t", pf, c)
            if pf.nobody:
                sig |= _tagged(f"{fam}\tN\t", c.places_all)  # nobody vs somebody, one place
            elif pf.patient_keys and not pf.negated:
                # harm done to somebody: its scene, names that may be places too
                scene = _scene(c) if pf.cls in lx.harm else c.places_all
                sig |= _tagged(f"{fam}\tN\t", scene)
            if pf.group is not None and pf.group.parties:
                sig.update([f"{fam}\tY\t{k}" for k in c.parties])  # predicate by two parties
            if pf.group is not None and pf.group.by_place:
                # predicate by place
                sig.update([f"{fam}\tL\t{k}" for k in c.places_all | pf.patient_places])
            if pf.transitive:
                sig |= _tagged(f"{fam}\tR\t", pf.role_all)  # role swap
                sig |= _tagged(f"{fam}\tC\t", pf.countries)  # role swap of countries
            if pf.quantities:
                sig.update([f"{fam}\tQ\t{k}" for k in anchors])  # quantities about an anchor
                if not pf.indefinite:
                    sig |= _tagged(f"{fam}\tQd\t", pf.agent_strong)  # ... or of one doer
        c.sig = frozenset(sig)
        c.gate, c.emit, c.want = _gates(c, prepared)
        c.date_sig = frozenset(date_sig)
        c.by_family = by_family
        c.told_only = (
            frozenset(k for k in day_map if k[0] is not None)
            if day_map and not c.event_day_map and any(pf.negated for pf in prepared)
            else _EMPTY_DAYS
        )


def _anchors_parties(
    text: str,
    chain: Sequence[str],
    entity_keys: Collection[str],
    frames: list[dict[str, Any]],
    places: list[dict[str, Any]],
) -> tuple[set[str], frozenset[str]]:
    """The claim's anchors (bare folded names: entities, their spelling skeletons, places,
    named agents and patients) and parties (names of participants and entities)."""
    anchors: set[str] = set()
    # who said it is no anchor of what was said ("..., according to Pavel Mrak, a
    # hydrologist": another report quotes someone else), unless it speaks of itself
    # ("Northwind Power said about 48,000 of its customers ..."); a source that also takes
    # part comes back through the frames' keys below. (The text is searched only when a
    # speaker is among the entities: otherwise the answer changes nothing.)
    speakers = {name_key(n) for n in chain}
    if speakers and not speakers.isdisjoint(entity_keys) and _SELF.search(text):
        speakers = set()
    country_of_key = _lex().country_of_key
    for k in entity_keys:
        if k in speakers:
            continue
        anchors.add(k)
        country = country_of_key.get(k)
        if country is not None:
            anchors.add(country)
        sk = skeleton(k)
        if len(sk) >= 4:
            anchors.add(sk)
    for p in places:
        anchors.update(k[2:] for k in p.get("keys", []))
    parties: set[str] = set(entity_keys)
    for fr in frames:
        for k in (*fr.get("agent_keys", ()), *fr.get("patient_keys", ())):
            if k.startswith(("n:", "c:")):  # a name, or a country ("Malawi's election")
                anchors.add(k[2:])
                parties.add(k[2:])
            elif k.startswith("a:"):
                parties.add(k[2:])
    return anchors, frozenset(parties)


# words by which a source speaks of itself
_SELF = re.compile(r"\b(?:its|their|our|we|us|my|I)\b")


def _block_keys(
    lx: _Lex, frames: list[dict[str, Any]], anchors: set[str], parties: frozenset[str]
) -> set[str]:
    """Event family + anchor or participant class (+ party, for classes met on two shared
    parties): see ``block_keys``."""
    keys: set[str] = set()
    families: list[str] = []
    by_parties = False
    for fr in frames:
        group = lx.group_of.get(fr["class"])
        fam = f"x:{group.name}" if group else fr["class"]
        families.append(fam)
        by_parties = by_parties or (group is not None and bool(group.parties))
        themes = {
            k
            for k in (*fr.get("agent_keys", ()), *fr.get("patient_keys", ()))
            if k.startswith(("ch:", "h:", "w:"))
        }
        # an event that is its own theme ("the earthquake": w:earthquake); not the class
        # heads of events (h:election), which would put every vote in one block
        themes.update(k for k in fr.get("theme_keys", ()) if k.startswith("w:"))
        keys.update([f"{fam}|{a}" for a in anchors | themes])
    if parties and by_parties:
        keys.update([f"{fam}|{k}" for fam in families for k in parties])
    return keys


def _gates(c: _Claim, frames: list[_Frame]) -> tuple[frozenset[str], ...]:
    """A finer necessary condition than ``sig``, per rule of ``_judge`` and frame class.

    Two claims can meet only when their ``gate`` keys meet, or the ``want`` keys of one
    meet the ``emit`` keys of the other (``want`` names what a rule needs on the *other*
    side: the opposite polarity for a negation, the patient for the agent of a role swap),
    or by the location rule. A negated frame can only be half of a negation: it has no
    other key.
    """
    harm = _lex().harm
    gate: set[str] = set()
    emit: set[str] = set()
    want: set[str] = set()
    for pf in frames:
        fam, cls = pf.family, pf.cls
        pol, opp = ("1", "0") if pf.negated else ("0", "1")
        # negation: the same class, one patient, or no patient and the same agent
        tag, keys = ("P", pf.patient_strong) if pf.patient_keys else ("A", pf.agent_strong)
        emit |= _tagged(f"{cls}\t{tag}{pol}\t", keys)
        want |= _tagged(f"{cls}\t{tag}{opp}\t", keys)
        if pf.patient_keys and not pf.patient_strong:
            # "Hungary boycotted the summit" / "did not boycott the summit": one named doer
            emit |= _tagged(f"{cls}\tK{pol}\t", pf.agent_strong)
            want |= _tagged(f"{cls}\tK{opp}\t", pf.agent_strong)
        if not pf.patient_keys and c.days:
            emit |= _weak_place_keys(f"{cls}\tW{pol}\t", pf, c)
            want |= _weak_place_keys(f"{cls}\tW{opp}\t", pf, c)
        if pf.nobody or (pf.patient_keys and not pf.negated):
            # "no one was injured" vs "four workers were injured", at one place
            scene = _scene(c) if not pf.nobody and cls in harm else c.places_all
            emit |= _tagged(f"{cls}\tN{pol}\t", scene)
            want |= _tagged(f"{cls}\tN{opp}\t", scene)
            # ... or by one named doer
            emit |= _tagged(f"{cls}\tNa{pol}\t", pf.agent_role_names)
            want |= _tagged(f"{cls}\tNa{opp}\t", pf.agent_role_names)
        if pf.negated:
            continue
        gate |= _tagged(f"{fam}\tT\t", pf.theme_any)  # date, predicate, sameness, two towns
        if pf.group is not None and pf.group.parties:
            gate.update([f"{fam}\tY\t{k}" for k in c.parties])  # predicate by two parties
        if pf.group is not None and pf.group.by_place:
            # predicate by place
            gate.update([f"{fam}\tL\t{k}" for k in c.places_all | pf.patient_places])
        if pf.transitive:
            # role swap: the agent of one side is the patient of the other
            emit |= _tagged(f"{cls}\tRa\t", pf.agent_role)
            want |= _tagged(f"{cls}\tRp\t", pf.agent_role)
            emit |= _tagged(f"{cls}\tRp\t", pf.patient_role)
            want |= _tagged(f"{cls}\tRa\t", pf.patient_role)
            gate |= _tagged(f"{fam}\tC\t", pf.countries)  # role swap of countries
            # the agent of one side is the accuser (the recipient) of the other
            for third, party in (("Xc", pf.accuser_role), ("Sr", pf.recipient_role)):
                if party:
                    emit |= _tagged(f"{cls}\t{third}a\t", pf.agent_role)
                    want |= _tagged(f"{cls}\t{third}\t", pf.agent_role)
                    emit |= _tagged(f"{cls}\t{third}\t", party)
                    want |= _tagged(f"{cls}\t{third}a\t", party)
        for u in pf.units:
            # amounts in one unit about one anchor, or of one definite doer
            gate.update([f"{cls}\tQ\t{u}\t{k}" for k in c.anchors])
            if not pf.indefinite:
                gate |= _tagged(f"{cls}\tQd\t{u}\t", pf.agent_strong)
    return frozenset(gate), frozenset(emit), frozenset(want)


def _weak_place_keys(prefix: str, pf: _Frame, c: _Claim) -> set[str]:
    """A common-noun subject with each place of the claim: what a negation without patients
    needs on both sides when the subjects share no name ("an engine caught fire" near
    Perth / "an engine did not catch fire" near Perth)."""
    return {f"{prefix}{k}|{p}" for k in pf.agent_weak for p in c.places_all}


def _denial_cues() -> _Words:
    """The cue words that deny what they report ("denied", "dismissed as false"), from
    ``cues.toml``: every entry of its tables whose modality is "denied"."""
    words = {
        w
        for tbl in lexicons.table("cues.toml").values()
        if isinstance(tbl, dict)
        for w, v in tbl.items()
        if v == "denied"
    }
    return _Words(sorted(words, key=len, reverse=True))


_DENIAL_CUES = _denial_cues()


def _denied(modality: str, frames: list[dict[str, Any]], text: str) -> bool:
    """A denial that the words of the claim do not already carry.

    "Russia is not evacuating X, a diplomat said" is marked denied *and* has a negated frame:
    one negation, not two. "The Senate rejected the bill" may be marked denied because of
    its verb: the rejection is the event, not a denial of it. A claim marked denied for a
    "not" that no event took ("the officer who shot X was not wearing a camera") denies
    nothing of its events: only a denying cue ("denied", "dismissed as false") does.
    """
    if modality != "denied" or any(fr.get("negated") for fr in frames):
        return False
    if not _DENIAL_CUES.search(text):
        return False
    main = next((fr for fr in frames if not fr.get("nominal")), None)
    if main is None:
        return True
    if main.get("class") == "reject":
        return False
    # the denying word may be the event itself: "was dismissed as commander" is a dismissal
    # (not so in "denied reports that X was dismissed")
    start, end = main.get("span") or (0, 0)
    return any(m.start() < start or m.end() > end for m in _DENIAL_CUES.pattern.finditer(text))


def _dates_outside(clause: list[int], dates: list[dict[str, Any]]) -> bool:
    """Some date of an event of the claim is given outside a relative clause's span (not
    when something was said, nor a day a count runs up to)."""
    return any(
        not clause[0] <= d["span"][0] < clause[1]
        for d in dates
        if d.get("span") and not d.get("said") and not d.get("as_of")
    )


def _day_of(d: dict[str, Any]) -> _Day | None:
    if d.get("month") and d.get("day"):
        return (d.get("year"), int(d["month"]), int(d["day"]))
    if d.get("value") and d.get("granularity") == "day":
        y, m, dd = (int(x) for x in str(d["value"]).split("-"))
        return (y, m, dd)
    return None


def _same_day(a: _Day, b: _Day) -> bool:
    if a[1:] != b[1:]:
        return False
    return a[0] is None or b[0] is None or a[0] == b[0]


def _day_gap(a: _Day, b: _Day) -> int:
    ya = a[0] if a[0] is not None else (b[0] if b[0] is not None else 2000)
    yb = b[0] if b[0] is not None else ya
    try:
        gap = abs((date(ya, a[1], a[2]) - date(yb, b[1], b[2])).days)
    except ValueError:
        return 10_000
    if a[0] is None or b[0] is None:
        gap = min(gap, 365 - gap) if gap <= 365 else gap
    return gap


def _share_day(a: _Claim, b: _Claim) -> bool:
    """Some day of ``a`` is a day of ``b`` (a missing year matches any year)."""
    if a.month_days.isdisjoint(b.month_days):
        return False
    # the same year (or both none), or a day without a year on either side
    return (
        not a.days.isdisjoint(b.days)
        or not a.month_days_yearless.isdisjoint(b.month_days)
        or not b.month_days_yearless.isdisjoint(a.month_days)
    )


def _date_clash(
    a: _Claim, b: _Claim, max_gap: int = _MAX_DAY_GAP, max_months: int = _MAX_MONTH_GAP
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """One distinct day on each side, and different: the two dates that clash."""
    da, db = a.event_day_map, b.event_day_map
    if len(da) == 1 and len(db) == 1:
        (ka, va), (kb, vb) = next(iter(da.items())), next(iter(db.items()))
        if ka and kb and not _same_day(ka, kb) and _day_gap(ka, kb) <= max_gap:
            return va, vb
        return None
    if len(da) + len(db) == 1 and len(a.period_spans) + len(b.period_spans) == 1:
        # "last week" vs "on 2 September": a day outside the week (or month) the other names
        one, other, flip = (a, b, False) if da else (b, a, True)
        if not other.period_spans or other.event_day_map:
            return None
        (day, vd), (first, last, vp) = next(iter(one.event_day_map.items())), other.period_spans[0]
        inside = _day_gap(day, first) + _day_gap(day, last) == _day_gap(first, last)
        gap = min(_day_gap(day, first), _day_gap(day, last))
        if inside or gap > max_gap:
            return None
        return (vp, vd) if flip else (vd, vp)
    ma, mb = a.month_map, b.month_map
    if not da and not db and len(ma) == 1 and len(mb) == 1 and max_gap >= _MAX_DAY_GAP:
        # "will open in March 2028" vs "in November 2028": a thing done once, two months
        (month_a, date_a), (month_b, date_b) = next(iter(ma.items())), next(iter(mb.items()))
        if month_a != month_b and _month_gap(month_a, month_b) <= max_months:
            return date_a, date_b
        return None
    if not da and not db and a.year_map and b.year_map:
        ya, yb = a.year_map, b.year_map
        if max_gap < _MAX_DAY_GAP:
            return None  # "a fire" in 2021 and "a fire" in 2023: two fires
        if len(ya) == 1 and len(yb) == 1 and not set(ya) & set(yb):
            return next(iter(ya.values())), next(iter(yb.values()))
    return None


def _span_of(d: dict[str, Any]) -> tuple[_Day, _Day, dict[str, Any]] | None:
    """The first and last days of a resolved period (a week, a weekend, a month), unless it
    is when something was said or a count runs to."""
    if d.get("said") or d.get("as_of") or not d.get("end"):
        return None
    try:
        first, last = date.fromisoformat(d["value"]), date.fromisoformat(d["end"])
    except (TypeError, ValueError):
        return None
    return (first.year, first.month, first.day), (last.year, last.month, last.day), d


def _month_gap(a: str, b: str) -> int:
    """Months between two "YYYY-MM" keys."""
    return abs((int(a[:4]) * 12 + int(a[5:7])) - (int(b[:4]) * 12 + int(b[5:7])))


def _other_occasion(a: _Claim, b: _Claim) -> bool:
    """Both claims are dated and the dates differ: two occasions, not one disputed event.
    Without a publication date to resolve them, two different weekdays ("on Monday", "on
    Tuesday") are two days as well."""
    if a.days and b.days:
        return not _share_day(a, b)
    if a.year_map and b.year_map and not a.days and not b.days:
        return set(a.year_map).isdisjoint(b.year_map)
    if not a.days and not b.days and a.published == b.published:
        return bool(a.weekdays and b.weekdays) and a.weekdays.isdisjoint(b.weekdays)
    return False


_PERIODS = frozenset({"week", "weekend", "month"})


def _dates_agree(a: _Claim, b: _Claim) -> bool:
    # (an empty set meets nothing: tested first, it saves the method calls of most pairs)
    if a.days and b.days and _share_day(a, b):
        return True
    if a.periods and b.periods and not a.periods.isdisjoint(b.periods):
        return True  # "next week" in two articles of one week
    if (a.period_spans or b.period_spans) and _spans_meet(a, b):
        return True  # "in the second week of November" and "in mid-November"
    # "on Thursday" twice, unresolved: the same day if the articles share a date
    if a.published != b.published:
        return False
    if a.relative_texts and b.relative_texts and not a.relative_texts.isdisjoint(b.relative_texts):
        return True
    return bool(a.weekdays and b.weekdays and not a.weekdays.isdisjoint(b.weekdays))


def _spans_meet(a: _Claim, b: _Claim) -> bool:
    """A period of one claim overlaps a period or a day of the other (days with a year)."""

    def spans(c: _Claim) -> list[tuple[_Day, _Day]]:
        out = [(first, last) for first, last, _ in c.period_spans]
        return out + [(d, d) for d in c.event_day_map if d[0] is not None]

    sa, sb = spans(a), spans(b)
    return any(f1 <= l2 and f2 <= l1 for f1, l1 in sa for f2, l2 in sb)


def _weekday_word(word: str) -> str | None:
    """The weekday a word names, its possessive too ("wednesday's"), else None."""
    if word in _WEEKDAYS:
        return word
    if word.endswith(("'s", "’s")) and word[:-2] in _WEEKDAYS:
        return word[:-2]
    return None


def _scene(c: _Claim) -> frozenset[str]:
    """Where a claim of harm happened: its places, and names it gives that may be places
    ("two workers were killed at Izmail's grain terminal" is at Izmail)."""
    return c.places_all | frozenset(f"p:{n}" for n in c.anchors)


def _same_week(a: _Claim, b: _Claim) -> bool:
    """Both articles are dated, at most a week apart: "X has resigned" and "X has not
    stepped down" then speak of one leaving (it happens once), whatever day each names."""
    return (
        a.published is not None
        and b.published is not None
        and abs((a.published - b.published).days) <= _ONCE_DAYS
    )


def _places_agree(a: _Claim, b: _Claim) -> bool:
    return not a.places_all.isdisjoint(b.places_all)


class _Finding:
    """A disagreement; its display values and details are only rendered when reported."""

    __slots__ = ("a", "args", "b", "kind", "render", "score")

    def __init__(
        self,
        kind: str,
        score: float,
        a: _Claim,
        b: _Claim,
        render: Callable[..., tuple[tuple[str, str], dict[str, Any]]],
        *args: Any,
    ) -> None:
        self.kind = kind
        self.score = score
        self.a = a
        self.b = b
        self.render = render
        self.args = args

    def values_details(self) -> tuple[tuple[str, str], dict[str, Any]]:
        return self.render(*self.args)


def _theme_match(fa: _Frame, fb: _Frame, named: bool = False) -> bool:
    if named:
        return not fa.theme_names.isdisjoint(fb.theme_names)
    # a strong key in common, or the theme is the event itself ("clashes began", "talks
    # resumed")
    return not fa.theme_any.isdisjoint(fb.theme_any)


def _judge(
    a: _Claim, b: _Claim, other_occasion: bool | None = None
) -> tuple[list[_Finding], float]:
    """The disagreements between two claims, and how surely they state the same fact.

    Frames of different families never meet, so only frames of one family are paired (in
    the order of the nested loop over both claims' frames).
    """
    found: list[_Finding] = []
    same = 0.0
    destination = _lex().destination
    if other_occasion is None:
        other_occasion = _other_occasion(a, b)
    # the evidence of the claims' dates and places for a same-fact score (``_sameness``):
    # the same for every pair of frames, worked out at the first that needs it
    claims_evidence = -1
    b_families = b.by_family
    for fa in a.frames:
        fbs = b_families.get(fa.family)
        if fbs is None:
            continue
        for fb in fbs:
            if fa.cls != fb.cls:
                ga = fa.group
                if (
                    ga is not None
                    and ga is fb.group
                    and not other_occasion
                    and not _says_both(a, b, fa, fb)
                ):
                    f = _predicate(a, b, fa, fb, ga)
                    if f:
                        found.append(f)
                continue
            na = fa.negated
            if na != fb.negated:
                if not other_occasion or (_later_denial(b, a) if na else _later_denial(a, b)):
                    f = _negation(a, b, fa, fb, na)
                    if f:
                        found.append(f)
                continue
            if na:
                continue
            post = _post(a, b, fa, fb) if fa.post and not other_occasion else None
            if post is not None:
                found.append(post)
                continue
            if (
                not other_occasion
                and fa.transitive
                and fb.transitive
                and (fa.role_other or not fa.role_all.isdisjoint(fb.role_all))
                # (``_role``'s first test when ``fa`` names no third party and the sides
                # are not told apart by their names: the same doer or the same patient)
                and not (
                    fa.role_plain
                    and (
                        not fa.agent_role.isdisjoint(fb.agent_role)
                        or not fa.patient_role.isdisjoint(fb.patient_role)
                    )
                )
            ):
                f = _role(a, b, fa, fb)
                if f:
                    found.append(f)
                    continue
            themed = not fa.theme_any.isdisjoint(fb.theme_any)  # _theme_match(fa, fb)
            if (
                fa.punctual
                and themed
                and not fa.state
                and not fb.state
                and not _other_posts(a, b, fa, fb)
                and not _two_groups(fa, fb)
                and _same_scene(a, b, fa, fb)
                and not a.recurs
                and not b.recurs
            ):
                indefinite = fa.indefinite or fb.indefinite
                clash = _date_clash(
                    a,
                    b,
                    _MAX_DAY_GAP_INDEFINITE if indefinite else _MAX_DAY_GAP,
                    # a thing named on both sides: its opening two years apart is one opening
                    _MAX_MONTH_GAP_NAMED
                    if not fa.theme_names.isdisjoint(fb.theme_names)
                    else _MAX_MONTH_GAP,
                )
                if clash:
                    if fa.units and not fa.units.isdisjoint(fb.units) and _quantity(a, b, fa, fb):
                        # another day and another amount: two occasions (a quake and its
                        # aftershock, two days of clashes with their own tolls)
                        continue
                    found.append(_date(a, b, fa, clash))
                    continue
            if not other_occasion:
                if fa.units and not fa.units.isdisjoint(fb.units):
                    found.extend(_quantity(a, b, fa, fb))  # amounts in one unit on each side
                if (a.away_keys and b.inside) or (b.away_keys and a.inside):
                    f = _location(a, b, fa)
                    if f:
                        found.append(f)
                if (
                    fa.located
                    and a.sites
                    and b.sites
                    and themed
                    and a.sites.keys().isdisjoint(b.sites.keys())
                    and a.places_occasion.isdisjoint(b.places_occasion)
                    and not found
                ):
                    f = _two_towns(a, b, fa, fb)
                    if f:
                        found.append(f)
                if themed and not found and fa.cls in destination:
                    f = _destinations(a, b, fa, destination[fa.cls])
                    if f:
                        found.append(f)
                if fa.located and a.bearings and b.bearings and themed and not found:
                    f = _bearings(a, b, fa, fb)
                    if f:
                        found.append(f)
                # the same-fact score only counts when nothing disagrees (and never across
                # two occasions)
                if not found and themed:
                    # _sameness(a, b, fa, fb, themed=True), its claims' part once per pair
                    if claims_evidence < 0:
                        # (not two occasions: two claims with days share one)
                        claims_evidence = 1
                        if (a.days and b.days) or _dates_agree(a, b):
                            claims_evidence += 1
                        if not a.places_all.isdisjoint(b.places_all):
                            claims_evidence += 1
                    oa, ob = fa.other_strong, fb.other_strong
                    if oa is not None and ob is not None and not oa.isdisjoint(ob):
                        s = _SAME_SCORE[claims_evidence + 1]
                    else:
                        s = _SAME_SCORE[claims_evidence]
                    if s > same:
                        same = s
    return found, (0.0 if found else same)


def _says_both(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """One side states the other side's event too ("acquitted him of murder but convicted
    him of manslaughter" against "found guilty of manslaughter"): the two classes of an
    exclusive group are then about different things (two charges, two posts), and the
    other side agrees with one of them."""
    family = fa.family  # fb's too: frames of one family are paired
    return any(f.cls == fb.cls and not f.negated for f in a.by_family.get(family, ())) or any(
        f.cls == fa.cls and not f.negated for f in b.by_family.get(family, ())
    )


def _later_denial(pos: _Claim, neg: _Claim) -> bool:
    """The claims' days differ only by when the denial was told, on or after every day of
    the other side ("confirmed a case on Tuesday" / "no case has been detected, the
    ministry said on Wednesday"): one fact, denied later, not two occasions."""
    told, done = neg.told_only, pos.event_day_map
    if not told or not done:
        return False
    return all(d[0] is not None for d in done) and min(told) >= max(done)


def _same_scene(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """No sign of two different scenes: places do not differ, a bare noun theme is anchored."""
    ia, ib = a.places_in, b.places_in
    if ia and ib and ia.isdisjoint(ib) and not _nested_place(ia, ib):
        return False  # clashes began in Aleppo / in Hama: two events
    if fa.theme_nch.isdisjoint(fb.theme_set) and fa.theme_heads.isdisjoint(fb.theme_heads):
        # "the meeting began": a common noun needs a shared name or place as well, or the
        # same actor ("the central bank cut its rate" twice)
        oa, ob = fa.other_strong, fb.other_strong
        if oa and ob and _two_named(oa, ob):
            return False  # the Bank of Chile and the Reserve Bank of Norway
        return (
            not a.anchors.isdisjoint(b.anchors)
            or not fa.theme_anchors.isdisjoint(fb.theme_anchors)
            or bool(oa and ob and not oa.isdisjoint(ob) and not _two_named(oa, ob))
        )
    return True


def _nested_place(ia: frozenset[str], ib: frozenset[str]) -> bool:
    """Whether a place of one side is named inside a place of the other ("in Brisbane" and
    "in the Brisbane District Court"; "in the District Court")."""
    wa = [set(k.split(":", 1)[-1].split()) for k in ia]
    wb = [set(k.split(":", 1)[-1].split()) for k in ib]
    return any(x <= y or y <= x for x in wa for y in wb)


def _two_named(oa: frozenset[str], ob: frozenset[str]) -> bool:
    """Each side names someone the other does not ("Bank of Chile" vs "Reserve Bank of
    Norway" share only "bank")."""
    return bool(_names(oa - ob)) and bool(_names(ob - oa))


def _sameness(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame, themed: bool = False) -> float:
    """How surely two frames state one fact (the caller has ruled out two occasions;
    ``themed``: and has found that the themes match)."""
    if not themed and not _theme_match(fa, fb):
        return 0.0
    evidence = 1
    if _dates_agree(a, b):
        evidence += 1
    if not a.places_all.isdisjoint(b.places_all):  # _places_agree
        evidence += 1
    oa, ob = fa.other_strong, fb.other_strong
    if oa is not None and ob is not None and not oa.isdisjoint(ob):
        evidence += 1
    return _SAME_SCORE[evidence]


# the same-fact score by the evidence: ``min(1.0, evidence / 3)`` from two pieces on
_SAME_SCORE = (0.0, 0.0, min(1.0, 2 / 3), min(1.0, 3 / 3), min(1.0, 4 / 3))


def _by_place(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    return not (a.places_all | fa.patient_places).isdisjoint(b.places_all | fb.patient_places)


def _predicate(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame, group: _Group) -> _Finding | None:
    if fa.negated or fb.negated or fa.d.get("irrealis") or fb.d.get("irrealis"):
        return None  # not so, or only maybe so ("Trump would win", "if Trump wins")
    if fa.d.get("state") or fb.d.get("state"):
        return None  # "the situation in Kharsk is under control": no taking
    if group.standings and (_standing(a, group) or _standing(b, group)):
        return None  # a poll's standing, not the result of the contest
    if group.things and (_bare_name(fa.d.get("patient")) or _bare_name(fb.d.get("patient"))):
        return None  # "backed Clinton" endorses a person: no vote on a bill
    if _other_posts(a, b, fa, fb):
        return None  # "resigned as deputy chair of the party" vs "was dismissed" as minister
    if _other_ranks(fa, fb, "agent") or _other_ranks(fa, fb, "patient"):
        return None  # "the deputy minister resigned" vs "the minister was dismissed"
    if group.parties and (fa.cls in group.parties or fb.cls in group.parties):
        # "the match between Arsenal and Chelsea ended in a draw" vs "Arsenal won": the same
        # two parties on both sides
        if len(a.parties & b.parties) < 2:
            return None
        return _Finding("predicate", _KIND_SCORE["predicate"], a, b, _predicate_values, fa.d, fb.d)
    if group.by_place:
        if not _by_place(a, b, fa, fb):
            return None
    elif not _theme_match(fa, fb, named=group.named):
        return None
    if (
        group.needs_place
        and not _by_place(a, b, fa, fb)
        and not _placeless(a, b, fa, fb, group)
        and not _one_day_contest(a, b, fa, fb)
    ):
        return None
    if group.same_day and not _share_day(a, b):
        return None
    # "the committee rejected the plan" vs "the mayor approved it": two bodies
    both_transitive = fa.agent_keys and fb.agent_keys and fa.patient_keys and fb.patient_keys
    if group.same_agent and both_transitive and not _one_doer(fa.agent_role, fb.agent_role):
        return None
    return _Finding("predicate", _KIND_SCORE["predicate"], a, b, _predicate_values, fa.d, fb.d)


def _one_doer(ra: frozenset[str], rb: frozenset[str]) -> bool:
    """The role keys of two doers may name one body: a key in common, or one kind of body,
    with its country on one side only ("an appeals court in Tirana" / "Albania's appeals
    court"; not "Croatia's parliament" / "Serbia's parliament")."""
    if not ra.isdisjoint(rb):
        return True
    if any(k.startswith("ch:") for k in ra) and any(k.startswith("ch:") for k in rb):
        return False
    return not _kinds(ra).isdisjoint(_kinds(rb)) or _named_kind(ra, rb) or _named_kind(rb, ra)


def _named_kind(ra: frozenset[str], rb: frozenset[str]) -> bool:
    """A body told by its kind and country on one side, by a name holding both on the other:
    "Hungary's central bank" / "the National Bank of Hungary"."""
    heads = {k[2:] for k in ra if k.startswith("w:")}
    countries = {name_key(k[3:].split("|", 1)[0]) for k in ra if k.startswith("ch:")}
    if not heads or not countries:
        return False
    words = {w for k in rb if k.startswith("n:") for w in k[2:].split()}
    return not heads.isdisjoint(words) and not countries.isdisjoint(words)


def _kinds(keys: frozenset[str]) -> set[str]:
    """The classes of body among role keys: "h:government", "ch:albania|government"."""
    out = {k[2:] for k in keys if k.startswith("h:")}
    out.update(k.rsplit("|", 1)[1] for k in keys if k.startswith("ch:") and not k.endswith("|"))
    return out


def _same_period(a: _Claim, b: _Claim) -> bool:
    """Two counts told relative to their reports ("overnight", "this year") are of one
    period when both reports are of one day, or when the claims share a day."""
    if a.days and b.days:
        return _share_day(a, b)
    return a.published is not None and a.published == b.published


def _same_doer(fa: _Frame, fb: _Frame) -> bool:
    """One definite doer on both sides ("the strike killed nine workers" / "the strike on the
    station killed five"): its toll, told twice."""
    return (
        not fa.agent_strong.isdisjoint(fb.agent_strong) and not fa.indefinite and not fb.indefinite
    )


def _two_groups(fa: _Frame, fb: _Frame) -> bool:
    """Two groups of one body: "Lufthansa pilots will strike on Tuesday" and "Lufthansa cabin
    crew will walk out on Thursday" share the name but not the people, so their two days
    are two strikes. A word for anyone in the body ("workers", "staff") names no group."""
    ha, hb = fa.group_words, fb.group_words
    return bool(ha and hb and ha.isdisjoint(hb) and not fa.theme_names.isdisjoint(fb.theme_names))


_ANY_MEMBERS = frozenset(
    f"w:{w}" for w in lexicons.table("participants.toml")["any_members"]["words"]
)


_RANKS = frozenset(lexicons.table("participants.toml")["ranks"]["words"])


def _ranks(text: str | None) -> frozenset[str] | None:
    """The rank words of a participant ("deputy" of "the deputy culture minister"); None
    without a participant."""
    if not text:
        return None
    return _ranks_of(str(text))


@lru_cache(maxsize=65536)
def _ranks_of(text: str) -> frozenset[str]:
    return _RANKS.intersection(_WORDS.findall(text.casefold()))


def _other_ranks(fa: _Frame, fb: _Frame, role: str) -> bool:
    """Two people of one post at two ranks: "the minister" and "the deputy culture minister"
    (a rank word on one side only, and no name the two share)."""
    if role == "agent":
        keys_a, keys_b, ra, rb = fa.agent_keys, fb.agent_keys, fa.agent_ranks, fb.agent_ranks
    else:
        keys_a, keys_b = fa.patient_keys, fb.patient_keys
        ra, rb = fa.patient_ranks, fb.patient_ranks
    if ra is None or rb is None or ra == rb:
        return False
    # one person named on both sides ("Camille Vasseur"), whatever her rank
    return not {k for k in keys_a if k.startswith("n:")} & {k for k in keys_b if k.startswith("n:")}


def _other_posts(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """Two posts: "resigned as deputy chair of the party" names a post the other claim does
    not ("Finance Minister X resigned on Monday", "X was dismissed"), so the two are about
    two leavings (or two appointments)."""
    pa, pb = fa.d.get("post"), fb.d.get("post")
    if not (pa or pb):
        return False
    if pa and pb:
        return bool(pa != pb)
    post, other = (pa, b) if pa else (pb, a)
    return str(post) not in other.facts.text.casefold()


def _bare_name(text: str | None) -> bool:
    """A participant written as a name and nothing else ("Clinton", "Mateo Quiroga")."""
    words = (text or "").split()
    return bool(words) and all(w[:1].isupper() for w in words)


def _standing(c: _Claim, group: _Group) -> bool:
    """The claim speaks of a standing ("according to the poll", "among registered voters")."""
    return not group.standings.isdisjoint(_WORDS.findall(c.facts.text.casefold()))


_WORDS = re.compile(r"[a-z]+")


def _one_day_contest(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """One named side's contest on one day, placed by one side at most ("Rai lost a
    no-confidence vote on Friday" vs "Rai survived a vote of no confidence on Friday"; not
    "won in Ohio" vs "lost in Michigan" on one primary day)."""
    return (
        not (a.places_all and b.places_all)
        and _theme_match(fa, fb, named=True)
        and bool(a.days or a.weekdays)
        and _dates_agree(a, b)
    )


def _placeless(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame, group: _Group) -> bool:
    """One side of a ``placeless`` class names no place or patient, and both name the same
    named theme ("Leo Marsh won the race" vs "Leo Marsh retired with a gearbox failure")."""
    if not _theme_match(fa, fb, named=True):
        return False
    for c, f in ((a, fa), (b, fb)):
        if f.cls in group.placeless and not (c.places_all or f.patient_places):
            return True
    return False


def _predicate_values(
    da: dict[str, Any], db: dict[str, Any]
) -> tuple[tuple[str, str], dict[str, Any]]:
    theme = _theme_text(da) or _theme_text(db) or "?"
    return (
        f"{da['trigger']} ({_theme_text(da) or theme})",
        f"{db['trigger']} ({_theme_text(db) or theme})",
    ), {"event_a": da["event"], "event_b": db["event"], "theme": theme}


def _theme_text(fr: dict[str, Any]) -> str | None:
    keys = fr.get("theme_keys") or []
    if keys and keys == fr.get("agent_keys"):
        return fr.get("agent")
    if keys and keys == fr.get("patient_keys"):
        return fr.get("patient")
    return fr.get("patient") or fr.get("agent")


def _negation(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame, a_negated: bool) -> _Finding | None:
    ia, ib = a.places_in, b.places_in
    if ia and ib and ia.isdisjoint(ib) and not _nested_place(ia, ib):
        return None  # "a case of cholera in Beira" / "no case in Quelimane": two places
    if (fa.post or fb.post) and _other_posts(a, b, fa, fb):
        return None  # "resigned as deputy chair of the party" / "refused to step down"
    if not (((fa.nobody or fb.nobody) and _nobody_here(a, b, fa, fb)) or _one_act(a, b, fa, fb)):
        return None
    return _Finding(
        "negation", _KIND_SCORE["negation"], a, b, _negation_values, fa.d, fb.d, a_negated
    )


def _one_act(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """The affirmed and the denied frame are about one act: one patient (or a thing named
    by its kind, with one named doer and a place or a day), or no patients and one doer."""
    if fa.patient_keys and fb.patient_keys:
        # "evacuating Khmeimim" vs "not evacuating Khmeimim"; "evacuated to Khmeimim" has
        # no patient at all and so never meets the first
        shared = fa.patient_strong & fb.patient_strong
        if not shared and not (
            # "Hungary boycotted the summit" / "did not boycott the summit" in Brussels on
            # Thursday: a thing named by its kind, but one named doer, and a place or a day
            set(fa.patient_keys) & set(fb.patient_keys)
            and not fa.agent_strong.isdisjoint(fb.agent_strong)
            and (_places_agree(a, b) or _dates_agree(a, b))
        ):
            return False
        if fa.agent_keys and fb.agent_keys and fa.agent_weak.isdisjoint(fb.agent_weak):
            return False
        # not "Trump would raise taxes" / "would not raise taxes", "you pay your taxes" /
        # "he does not pay taxes": a common noun, an actor named on one side only or by a
        # pronoun, and nothing else (a name, a place, a day) to say the two are about one act
        return not (
            all(k.startswith("w:") for k in shared)
            and (
                bool(fa.agent_keys) != bool(fb.agent_keys)
                or _unnamed_actor(fa)
                or _unnamed_actor(fb)
            )
            and not (_places_agree(a, b) or _dates_agree(a, b))
            and a.anchors.isdisjoint(b.anchors)
        )
    if not fa.patient_keys and not fb.patient_keys and not (fa.nobody or fb.nobody):
        if _other_ranks(fa, fb, "agent"):
            return False  # "the minister had resigned" / "the deputy minister resigned"
        if fa.agent_keys and fb.agent_keys and not fa.agent_strong.isdisjoint(fb.agent_strong):
            if not (_places_agree(a, b) or _dates_agree(a, b) or (fa.once and _same_week(a, b))):
                return False
        elif not (
            # "an engine caught fire" / "denied that an engine had caught fire": a common
            # noun for the subject, so both the place and the day must agree
            fa.agent_weak
            and not fa.agent_weak.isdisjoint(fb.agent_weak)
            and _places_agree(a, b)
            and _dates_agree(a, b)
        ):
            return False
        return True
    return False


def _nobody_here(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """One side denies every instance ("no one was injured at the Tarvik refinery", "had
    not cut any jobs"), the other names some, by the same doer or at the same place."""
    somebody, c_none, c_some = (fb, a, b) if fa.nobody else (fa, b, a)
    if not somebody.patient_keys:
        return False
    kinds = (fa if fa.nobody else fb).patient_role, somebody.patient_role
    if all(r and all(k.startswith("h:") for k in r) for r in kinds) and kinds[0].isdisjoint(
        kinds[1]
    ):
        return False  # "no civilians were killed" / "three soldiers were killed"
    if fa.agent_keys and fb.agent_keys and fa.agent_weak.isdisjoint(fb.agent_weak):
        return False  # "the army has not detained anyone" / "police detained two men"
    # one named doer ("Veltrix had not cut any jobs" / "Veltrix laid off 300 workers"), or
    # one place
    return not fa.agent_role_names.isdisjoint(fb.agent_role_names) or not (
        c_none.places_all.isdisjoint(_scene(c_some))
    )


def _unnamed_actor(f: _Frame) -> bool:
    """The frame has a doer, but only as a pronoun or a phrase with no name ("he", "you")."""
    return bool(f.d.get("agent")) and not f.agent_keys


def _negation_values(
    da: dict[str, Any], db: dict[str, Any], a_negated: bool
) -> tuple[tuple[str, str], dict[str, Any]]:
    pos, neg = (db, da) if a_negated else (da, db)
    if neg.get("nobody"):
        # "not arrest anyone" against what the other side says was done
        what = f"{pos['event']} {pos.get('patient') or pos.get('agent') or ''}".strip()
        denial = f"not {neg['event']} " + (
            f"any {neg['patient']}" if neg.get("patient") else "anyone"
        )
    else:
        what = f"{da['event']} {da.get('patient') or db.get('patient') or da.get('agent') or ''}"
        what = what.strip()
        denial = f"not {what}"
    return ((denial, what) if a_negated else (what, denial)), {"event": da["event"]}


def _post(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> _Finding | None:
    """One person appointed to two posts ("chief executive" / "chief financial officer",
    "captain" / "vice-captain"): a disagreement about their role. A post that holds the
    other ("director" / "artistic director") is the same post said more or less fully."""
    pa, pb = fa.d.get("post"), fb.d.get("post")
    if not pa or not pb or pa == pb:
        return None
    if pa.endswith(" " + pb) or pb.endswith(" " + pa):
        return None
    if fa.patient_strong.isdisjoint(fb.patient_strong):
        return None  # two people
    return _Finding("role", _KIND_SCORE["role"], a, b, _post_values, fa.d, fb.d)


def _post_values(da: dict[str, Any], db: dict[str, Any]) -> tuple[tuple[str, str], dict[str, Any]]:
    who = da.get("patient") or db.get("patient") or ""
    return (f"{who} as {da['post']}", f"{who} as {db['post']}"), {
        "event": "appoint",
        "post_a": da["post"],
        "post_b": db["post"],
    }


def _role(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> _Finding | None:
    if not (fa.transitive and fb.transitive):
        return None
    if fa.accuser_role and fb.accuser_role:  # a swap between the agent and a third party
        return _accusation_swap(a, b, fa, fb)
    if fa.recipient_role and fb.recipient_role:
        return _recipient_swap(a, b, fa, fb)
    if fa.role_named and fb.role_named:
        # a name on every side tells the sides apart, not the class noun they share:
        # "Kyrgyz border guards fired on Tajik border guards" vs the reverse
        aa, pa = fa.agent_role_names, fa.patient_role_names
        ab, pb = fb.agent_role_names, fb.patient_role_names
    else:
        aa, pa = fa.agent_role, fa.patient_role
        ab, pb = fb.agent_role, fb.patient_role
    if not aa.isdisjoint(ab) or not pa.isdisjoint(pb):
        return None  # the same doer, or the same patient, on both sides: no swap
    pa_ab = not pa.isdisjoint(ab)
    crossing = pa_ab or not aa.isdisjoint(pb)
    if not crossing:
        # "Azerbaijani forces shelled Armenian positions" vs the reverse: a full swap of
        # countries (one country alone is too weak: both sides of a war strike)
        ca, cpa = fa.agent_countries, fa.patient_countries
        cb, cpb = fb.agent_countries, fb.patient_countries
        crossing = bool(ca & cpb) and bool(cpa & cb) and not (ca & cb) and not (cpa & cpb)
    if not crossing:
        return None
    if (not fb.agent_role and fa.patient_role and not fa.patient_role_names) or (
        not fa.agent_role and fb.patient_role and not fb.patient_role_names
    ):
        # "Okafor has signed a new contract" / "Okafor, signed from Celtic": with no doer
        # on one side, a patient the other names must be named to be that doer
        return None
    if not (_dates_agree(a, b) or _places_agree(a, b) or _named_swap(a, b, fa, fb)):
        return None
    return _Finding("role", _KIND_SCORE["role"], a, b, _role_values, fa.d, fb.d, pa_ab)


def _named_swap(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """A named person on both sides, once as the agent and once as the patient: "Kreel
    punched the driver" vs "the driver punched Damon Kreel" need no shared date (only for
    one-on-one verbs, and at most one side dated, to within a week of the other's report:
    "X beat Y in October" may be another match)."""
    if a.facts_dated and b.facts_dated:
        return False
    if not (a.facts_dated or b.facts_dated):
        if fa.cls not in _lex().swap_classes:
            return False
    elif fa.cls in _lex().role_classes:
        # "Costa unseated Matos in Sunday's runoff" and, in that week's news, "Matos won
        # after defeating Costa": the one contest just held, not an older one
        dated, undated = (a, b) if a.facts_dated else (b, a)
        told = undated.published
        if told is None or not dated.days:
            return False
        if any(_day_gap(d, (told.year, told.month, told.day)) > _ONCE_DAYS for d in dated.days):
            return False
    else:
        return False
    na, nb = _names(fa.agent_keys), _names(fb.patient_keys)
    pa, ab = _names(fa.patient_keys), _names(fb.agent_keys)
    return bool((na and not na.isdisjoint(nb)) or (pa and not pa.isdisjoint(ab)))


def _accusation_swap(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> _Finding | None:
    """ "X accused Y of shelling Z" vs "Y accused X of shelling Z": who did it is disputed,
    and the same target stands in for the same date."""
    aa, ca, ab, cb = fa.agent_role, fa.accuser_role, fb.agent_role, fb.accuser_role
    if aa.isdisjoint(cb) or ca.isdisjoint(ab) or not aa.isdisjoint(ab):
        return None
    if fa.patient_strong.isdisjoint(fb.patient_strong) and not (
        _dates_agree(a, b) or _places_agree(a, b)
    ):
        return None
    return _Finding("role", _KIND_SCORE["role"], a, b, _side_values, fa.d, fb.d, "accuser")


def _recipient_swap(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> _Finding | None:
    """ "Russia handed 12 prisoners to Ukraine" vs "Ukraine handed 12 prisoners to Russia"
    on the same day (an exchange goes both ways, so without a shared day: silence, unless
    one named person is handed over: "Spain extradited Ospina to Colombia" vs "Colombia
    handed Ospina over to Spain")."""
    aa, ra, ab, rb = fa.agent_role, fa.recipient_role, fb.agent_role, fb.recipient_role
    if aa.isdisjoint(rb) or ra.isdisjoint(ab) or not aa.isdisjoint(ab):
        return None
    if not _dates_agree(a, b) and not (
        # one named person handed over one way in a week's news, whatever the day
        fa.patient_role_names & fb.patient_role_names and _same_week(a, b)
    ):
        return None
    return _Finding("role", _KIND_SCORE["role"], a, b, _side_values, fa.d, fb.d, "recipient")


def _side_values(
    da: dict[str, Any], db: dict[str, Any], other: str
) -> tuple[tuple[str, str], dict[str, Any]]:
    va = f"{da.get('agent')} acting ({da['trigger']}), {other} {da.get(other)}"
    vb = f"{db.get('agent')} acting ({db['trigger']}), {other} {db.get(other)}"
    return (va, vb), {"event": da["event"]}


def _one_place_occasion(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """Whether two frames of a located class tell one occasion, which happens in one
    place: a meeting of one day, a named thing, or the same thing on the same day."""
    if _one_occasion(a, b, fa, fb):
        return True
    if fa.located in ("named", "either") and not fa.theme_names.isdisjoint(fb.theme_names):
        return True  # a named thing (a person, a flight) is killed or comes down once
    if fa.located == "named":
        return False  # "the final" in Lisbon and in Madrid on one day: two finals
    # else the same thing on the same day ("the bus overturned" on Sunday), by the same
    # doers where both sides name some ("Greece and Bulgaria signed an agreement" / "Greek
    # and Bulgarian ministers signed the deal", not another pair's deal)
    shared = fa.theme_strong & fb.theme_strong
    if not shared or not _dates_agree(a, b):
        return False
    if fa.agent_keys and fb.agent_keys and all(k.startswith("w:") for k in shared):
        return not (
            fa.agent_strong.isdisjoint(fb.agent_strong)
            and fa.agent_countries.isdisjoint(fb.agent_countries)
        )
    return True


def _two_towns(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> _Finding | None:
    """One occasion placed in two towns ("met in Muscat" vs "met in Rome")."""
    if not _one_place_occasion(a, b, fa, fb):
        return None
    (pa,), (pb,) = a.sites.values(), b.sites.values()
    return _two_places(a, b, pa, pb, fa.cls)


def _two_places(
    a: _Claim, b: _Claim, pa: dict[str, Any], pb: dict[str, Any], cls: str
) -> _Finding | None:
    """A location finding for two places, unless one's name holds the other's ("off Bali"
    and "in the Bali Strait": one place, told finer)."""
    wa, wb = set(str(pa.get("name", "")).split()), set(str(pb.get("name", "")).split())
    if wa <= wb or wb <= wa:
        return None
    return _Finding("location", _KIND_SCORE["location"], a, b, _two_towns_values, pa, pb, cls)


def _destinations(a: _Claim, b: _Claim, fa: _Frame, relations: frozenset[str]) -> _Finding | None:
    """One move of one theme to two places ("will move its head office to Zwolle" vs "is
    relocating its headquarters to Amersfoort"; "diverted to Perth" vs "made an emergency
    landing in Darwin"): each side names one place it ends up in, neither inside the
    other's name."""
    ends = []
    for c in (a, b):
        found = {p["keys"][0]: p for r in relations for p in c.destinations.get(r, ()) if p["keys"]}
        if len(found) != 1:
            return None
        ends.append(next(iter(found.values())))
    pa, pb = ends
    if not set(pa["keys"]).isdisjoint(pb["keys"]):
        return None
    return _two_places(a, b, pa, pb, fa.cls)


def _bearings(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> _Finding | None:
    """One occasion told in opposite directions from one place ("east of Moscow" vs "west
    of Moscow", "north of Kherson" vs "20 km south of Kherson"): at least 135 degrees
    apart, so that "north" and "north-east" (a bearing told more or less finely) agree.
    The same conditions as ``_two_towns`` say the two sides tell one occasion."""
    shared = a.bearings.keys() & b.bearings.keys()
    if not shared or not _one_place_occasion(a, b, fa, fb):
        return None
    for k in sorted(shared):
        (da, pa), (db, pb) = a.bearings[k], b.bearings[k]
        gap = abs(da - db) % 360
        if min(gap, 360 - gap) >= _OPPOSITE_DEGREES:
            return _Finding(
                "location", _KIND_SCORE["location"], a, b, _two_towns_values, pa, pb, fa.cls
            )
    return None


_OPPOSITE_DEGREES = 135


def _one_occasion(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> bool:
    """Both frames are about a meeting named by its noun alone ("the summit will take
    place in Nairobi on 12 May"), on one day, and nothing names two different parties."""
    heads = fa.theme_heads & fb.theme_heads & _SINGLE_OCCASIONS
    if not heads or not _dates_agree(a, b):
        return False
    na, nb = _who(fa.theme_set), _who(fb.theme_set)
    if na and nb and na.isdisjoint(nb):
        return False  # the talks between Serbia and Kosovo, and between Armenia and Azerbaijan
    oa, ob = fa.other_strong, fb.other_strong
    return not (oa and ob and _two_named(oa, ob))


@lru_cache(maxsize=4096)
def _who(keys: frozenset[str]) -> frozenset[str]:
    """The keys of names, anchors and countries among ``keys``: who takes part."""
    return frozenset(k[2:] for k in keys if k.startswith(("n:", "a:", "c:")))


def _two_towns_values(
    pa: dict[str, Any], pb: dict[str, Any], cls: str
) -> tuple[tuple[str, str], dict[str, Any]]:
    return (pa["text"], pb["text"]), {
        "event": cls,
        "place_a": pa["name"],
        "place_b": pb["name"],
    }


def _role_values(
    da: dict[str, Any], db: dict[str, Any], pa_ab: bool
) -> tuple[tuple[str, str], dict[str, Any]]:
    if pa_ab:
        va = f"{da.get('patient')} on the receiving end ({da['trigger']})"
        vb = f"{db.get('agent')} acting ({db['trigger']})"
    else:
        va = f"{da.get('agent')} acting ({da['trigger']})"
        vb = f"{db.get('patient')} on the receiving end ({db['trigger']})"
    return (va, vb), {"event": da["event"]}


def _date(
    a: _Claim, b: _Claim, fa: _Frame, clash: tuple[dict[str, Any], dict[str, Any]]
) -> _Finding:
    return _Finding("date", _KIND_SCORE["date"], a, b, _date_values, fa.d, clash)


def _date_values(
    fr: dict[str, Any], clash: tuple[dict[str, Any], dict[str, Any]]
) -> tuple[tuple[str, str], dict[str, Any]]:
    from claimtrack.normalise.dates import describe

    da, db = clash
    return (describe(da), describe(db)), {
        "event": fr["class"],
        "theme": _theme_text(fr),
        "date_a": da.get("value"),
        "date_b": db.get("value"),
    }


def _quantity(a: _Claim, b: _Claim, fa: _Frame, fb: _Frame) -> list[_Finding]:
    qa, qb = fa.quantities, fb.quantities
    if not qa or not qb:
        return []
    if a.inside and b.inside and a.places_all.isdisjoint(b.places_all):
        return []  # "900 jobs in Germany" vs "600 jobs in France": two counts, two places
    if (a.periodic or b.periodic) and not _same_period(a, b):
        return []  # "94 drones overnight" in two reports of two days: two nights
    da, db = fa.d, fb.d
    if fa.forecast != fb.forecast:
        return []  # what analysts expected against what was reported
    if fa.irrealis != fb.irrealis:
        return []  # "would leave it at 35 percent" against what was done
    if (
        da.get("nominal")
        and db.get("nominal")
        and da["event"] != db["event"]
        and fa.cls in _lex().measured
    ):
        return []  # "net profit rose 12%" vs "revenue rose 4%": two measures
    if (
        fa.theme_names
        and fb.theme_names
        and fa.theme_names.isdisjoint(fb.theme_names)
        and fa.theme_anchors.isdisjoint(fb.theme_anchors)
    ):
        # "Amazon acquired Verity for $1.2 billion" vs "... Zoox for $900 million" (not "the
        # Mekong bridge at Pakse" vs "the Pakse bridge over the Mekong")
        return []
    if (
        fa.agent_name_only
        and fb.agent_name_only
        and fa.agent_role.isdisjoint(fb.agent_role)
        and fa.theme_anchors.isdisjoint(fb.theme_anchors)
    ):
        return []  # "Volvex will cut 900 jobs" vs "Kranz will cut 600": two subjects
    sa, sb = fa.patient_sex, fb.patient_sex
    if len(sa) == 1 and len(sb) == 1 and sa != sb:
        return []  # "a 42-year-old man" vs "a 25-year-old woman": two people
    purpose_a, purpose_b = fa.purpose, fb.purpose
    if purpose_a and purpose_b and purpose_a != purpose_b:
        return []  # "vaccinated against measles" vs "against polio": two campaigns
    if a.anchors.isdisjoint(b.anchors):
        if not _theme_match(fa, fb) and not _same_doer(fa, fb):
            return []
        if a.anchors and b.anchors and fa.theme_names.isdisjoint(fb.theme_names):
            return []  # Duke Energy's customers vs Florida Power & Light's: two subjects
    out: list[_Finding] = []
    by_unit = fb.by_unit  # the other side's amounts that are no total, by unit
    for x, ax, unit, total, cur in fa.quantity_rows:
        if total:
            continue  # "68 of the 126 seats": the whole, which no report disputes here
        if unit == "age" and (fa.indefinite or fb.indefinite):
            continue  # "killed a 13-year-old" is one of many: its age tells no one else's
        same_unit = by_unit.get(unit, _NO_AMOUNTS)
        if cur is not None and same_unit:
            # money in two currencies: two numbers may be one price converted, but one
            # number in two currencies ("£340m" vs "340 million euros") is a slip
            mine = [(y, ay) for y, ay in same_unit if y.get("currency") in (None, cur)]
            if not mine:
                y = same_unit[0][0]
                if x.get("value") is not None and x.get("value") == y.get("value"):
                    out.append(_quantity_finding(a, b, x, y, fa.cls))
                    break
                continue
            same_unit = mine
        if not same_unit or _any_agree(x, ax, same_unit):
            continue
        if unit in _STUFF_UNITS and _two_stuffs(fa, fb):
            continue  # "2 tonnes of cocaine" vs "5 tonnes of cannabis": two seizures
        y = same_unit[0][0]
        if _update(x, a, y, b) or _update(y, b, x, a):
            continue
        out.append(_quantity_finding(a, b, x, y, fa.cls))
        break
    return out


_NO_AMOUNTS: list[tuple[dict[str, Any], _Amount | None]] = []
# quantity units that measure a stuff ("tonnes of cocaine", "hectares of wheat"), and the
# keys of their unit words, which name no stuff ("2 tonnes" read with no "of" after it)
_STUFF_UNITS = frozenset({"weight", "area"})
_UNIT_HEADS = frozenset(
    f"w:{form}"
    for unit in _STUFF_UNITS
    for word in lexicons.table("quantities.toml")["units"][unit]
    for form in (word, word[:-1] if word.endswith("s") else word)
)


def _two_stuffs(fa: _Frame, fb: _Frame) -> bool:
    """Both frames are about a named stuff (their patients' heads), and not the same one."""
    sa = {k for k in fa.patient_keys if k.startswith("w:") and k not in _UNIT_HEADS}
    sb = {k for k in fb.patient_keys if k.startswith("w:") and k not in _UNIT_HEADS}
    return bool(sa) and bool(sb) and sa.isdisjoint(sb)


def _any_agree(
    x: dict[str, Any], ax: _Amount | None, ys: list[tuple[dict[str, Any], _Amount | None]]
) -> bool:
    """Some amount of ``ys`` overlaps ``x`` or is ``x`` told more or less finely."""
    for y, ay in ys:
        if (_overlap(ax, ay) if ax is not None and ay is not None else overlap(x, y)) or _rounded(
            x, y
        ):
            return True
    return False


def _quantity_finding(
    a: _Claim, b: _Claim, x: dict[str, Any], y: dict[str, Any], cls: str
) -> _Finding:
    """Two amounts that disagree; a vague one ("dozens") lowers the score."""
    vague = "vague" in (x.get("qualifier"), y.get("qualifier"))
    score = _KIND_SCORE["quantity"] * (0.85 if vague else 1.0)
    return _Finding("quantity", score, a, b, _quantity_values, x, y, cls)


_SEX_WORDS: dict[str, str] = {
    w: g for g, words in lexicons.table("groups.toml")["people"]["gender"].items() for w in words
}


def _sex(text: str | None) -> frozenset[str]:
    """Whether a participant is said to be a man or a woman (a boy, a girl): one of each
    on the two sides are two people, whatever else they share."""
    return _sex_of(text or "")


@lru_cache(maxsize=65536)
def _sex_of(text: str) -> frozenset[str]:
    return frozenset(_SEX_WORDS[w] for w in text.casefold().split() if w in _SEX_WORDS)


def _name_only(keys: frozenset[str]) -> bool:
    """A participant that is a name and nothing else ("Volvex"): two such participants that
    differ are two subjects. The lower-case key of a name that opens a sentence ("Volvex"
    is also "w:volvex") does not count against it; another noun does ("the Kestrel
    breach")."""
    names = [k[2:6] for k in keys if k.startswith("n:")]
    return bool(names) and all(
        k.startswith("n:") or (k.startswith("w:") and k[2:6] in names) for k in keys
    )


def _update(x: dict[str, Any], a: _Claim, y: dict[str, Any], b: _Claim) -> bool:
    """``x`` is a running count ("the toll rose to 58") that is higher than ``y`` and
    reported no earlier: it updates ``y`` ("killed 34" on Monday), it does not contradict it."""
    if not x.get("rising") or a.published is None or b.published is None:
        return False
    if x.get("unit") == "percent":
        return False  # a rate "rose to 67 percent" in March: a level, not a running count
    return a.published >= b.published and x["low"] >= y["low"]


def _quantity_values(
    x: dict[str, Any], y: dict[str, Any], cls: str
) -> tuple[tuple[str, str], dict[str, Any]]:
    from claimtrack.normalise.quantities import describe

    return (describe(x), describe(y)), {"unit": x.get("unit"), "event": cls}


def _location(a: _Claim, b: _Claim, fa: _Frame) -> _Finding | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        inside = x.inside
        if not inside:
            continue
        for p in y.aways:
            hit = next((inside[k] for k in p.get("keys", []) if k in inside), None)
            if hit is None:
                continue
            return _Finding(
                "location", _KIND_SCORE["location"], a, b, _location_values, hit, p, flip, fa.cls
            )
    return None


def _location_values(
    hit: dict[str, Any], p: dict[str, Any], flip: bool, cls: str
) -> tuple[tuple[str, str], dict[str, Any]]:
    v_in = f"in {hit['name']}"
    v_away = f"{p['text']}"
    values = (v_away, v_in) if flip else (v_in, v_away)
    return values, {"event": cls, "place": hit["name"], "km": p.get("km")}


# --------------------------------------------------------------------------- grouping


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i


def _comparable(a: _Claim, b: _Claim) -> bool:
    """Claims of one article are compared only when two different named sources speak."""
    if a.article_id != b.article_id:
        return True
    return bool(a.origin and b.origin and a.origin_key != b.origin_key)


def block_keys(facts: ClaimFacts) -> set[str]:
    """The blocking keys of one claim: two claims are ever compared only when they share
    one. The store keeps them (``claim_keys``) to find a new claim's candidates."""
    return claim_block_keys(facts.text, facts.chain, facts.entity_keys, facts.reading)


def claim_block_keys(
    text: str, chain: Sequence[str], entity_keys: Collection[str], reading: dict[str, Any] | None
) -> set[str]:
    """``block_keys`` of the claim with these fields of ``ClaimFacts`` (the order of
    ``entity_keys`` does not matter), without making one."""
    r = reading or {}
    frames = [fr for fr in r.get("frames", []) if fr.get("class")]
    anchors, parties = _anchors_parties(text, chain, entity_keys, frames, r.get("places", []))
    return _block_keys(_lex(), frames, anchors, parties)


def find_conflicts(
    claims: Sequence[ClaimFacts], focus: set[int] | None = None
) -> tuple[list[CorroborationGroup], list[ConflictFinding]]:
    """Corroboration groups and disagreements among ``claims``.

    ``focus`` holds claim ids (newly ingested claims): when given, only pairs involving at
    least one of them are judged, and only groups holding one of them are returned.
    """
    # many small objects live only for this call: the cyclic collector would walk the
    # whole heap again and again while they are made, for nothing (they hold no cycles)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _find_conflicts(claims, focus)
    finally:
        if collecting:
            gc.enable()


def _find_conflicts(
    claims: Sequence[ClaimFacts], focus: set[int] | None
) -> tuple[list[CorroborationGroup], list[ConflictFinding]]:
    items = [_Claim.start(f) for f in claims]
    focus_idx = None
    if focus is not None:
        focus_idx = {i for i, c in enumerate(items) if c.id in focus}

    def order(i: int) -> tuple[object, ...]:
        pub = items[i].published
        return (pub.toordinal() if pub else 0, items[i].id)

    n = len(items)
    # pairs in index order: each claim's pairs come together
    codes = candidate_codes([c.block_keys for c in items], order, focus_idx)
    pairs = [divmod(code, n) for code in codes]
    # only claims of some pair are judged: the others (candidates loaded for their block
    # keys) are not prepared further
    paired = bytearray(n)
    for i, j in pairs:
        paired[i] = paired[j] = 1
    for c, p in zip(items, paired, strict=True):
        if p:
            c.finish()
    conflicts: list[_Finding] = []
    same_pairs: list[tuple[float, int, int]] = []  # (-score, i, j): best first when sorted
    clash: dict[int, set[int]] = {}  # index -> indexes it disagrees with
    # article id -> the entity keys of its story, when it names enough to tell (see below)
    stories: dict[int, frozenset[str] | None] = {}
    for c in items:
        if c.article_id not in stories:
            story = frozenset(c.facts.article_keys)
            stories[c.article_id] = story if len(story) >= _STORY_NAMES else None
    # the pairs of one claim come together (index order): what is read of the first claim
    # of a pair is read once per claim, not once per pair
    last = -1
    a = items[0] if items else _Claim()
    a_article, a_story, a_when = 0, None, False
    a_gate = a_want = a_sig = a_away = a_date_sig = _EMPTY
    for i, j in pairs:
        if i != last:
            last = i
            a = items[i]
            a_article, a_story, a_when = a.article_id, stories[a.article_id], a.when
            a_gate, a_want, a_sig, a_away = a.gate, a.want, a.sig, a.away_keys
            a_date_sig = a.date_sig
        b = items[j]
        if a_article == b.article_id:
            if not _comparable(a, b):
                continue
        elif a_story is not None:
            sb = stories[b.article_id]
            if sb is not None and a_story.isdisjoint(sb):
                continue  # two articles that name several things each, none in common
        # no rule can fire: the gates do not meet (``_gates``), or the signatures do not
        # and no location rule can fire ("in X" on one side, "N km from X" on the other)
        b_away = b.away_keys
        if a_gate.isdisjoint(b.gate) and a_want.isdisjoint(b.emit) and not (a_away or b_away):
            continue
        if a_sig.isdisjoint(b.sig) and not (
            (a_away and not a_away.isdisjoint(b.places_in))
            or (b_away and not b_away.isdisjoint(a.places_in))
        ):
            continue
        oo = a_when and b.when and _other_occasion(a, b)
        if oo and a_date_sig.isdisjoint(b.date_sig) and not (a.told_only or b.told_only):
            # two occasions, no punctual event in common and no later denial
            continue
        found, same = _judge(a, b, oo)
        if found:
            clash.setdefault(i, set()).add(j)
            clash.setdefault(j, set()).add(i)
            # the pair's own best finding (the first of the highest score): the only one
            # that can be reported for it, whatever the groups
            factor = _HEDGED if a.hedged or b.hedged else 1.0
            top = found[0]
            top.score = round(top.score * factor, 3)
            for f in found[1:]:
                f.score = round(f.score * factor, 3)
                if f.score > top.score:
                    top = f
            conflicts.append(top)
        elif same > 0:
            same_pairs.append((-same, i, j))

    # corroboration groups: merge same-fact pairs, best first, never across a disagreement
    uf = _Union(len(items))
    members: dict[int, set[int]] = {i: {i} for i in range(len(items))}
    # claims the store already grouped stay together: their same-fact pair was judged when
    # the later one arrived, and is not judged again when only new claims are in focus.
    # Without a focus every pair is judged, so the groups are made afresh: the result is
    # then a function of the claims alone, not of how earlier refreshes were batched.
    first_of: dict[str, int] = {}
    for i, c in enumerate(items):
        gk = c.facts.group_key
        if gk is None or focus is None:
            continue
        if gk not in first_of:
            first_of[gk] = i
            continue
        ri, rj = uf.find(first_of[gk]), uf.find(i)
        if ri != rj:
            uf.parent[rj] = ri
            members[ri] |= members.pop(rj)
    same_pairs.sort()
    for _, i, j in same_pairs:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        small, other = members[ri], members[rj]
        if len(other) < len(small):
            small, other = other, small  # disagreement is symmetric: walk the smaller group
        if any(x in clash and not clash[x].isdisjoint(other) for x in small):
            continue
        uf.parent[rj] = ri
        members[ri] |= members.pop(rj)

    index_of = {c.facts.id: i for i, c in enumerate(items)}
    root = [uf.find(i) for i in range(n)]
    groups: list[CorroborationGroup] = []
    for _root, ms in sorted(members.items()):
        if len(ms) < 2:
            continue
        if focus_idx is not None and not ms & focus_idx:
            continue
        ids = sorted(items[m].facts.id for m in ms)
        groups.append(
            CorroborationGroup(
                claim_ids=ids,
                # made afresh without a focus: named by their oldest claim alone, as two
                # new groups could otherwise inherit the key of one stored group they split
                key=_group_key(
                    ids, [items[m].facts.group_key for m in ms] if focus is not None else []
                ),
                independent_origins=len({items[m].origin_key for m in ms}),
            )
        )

    best: dict[tuple[int, int], _Finding] = {}
    for f in conflicts:  # scores are already hedged and rounded
        ga, gb = root[index_of[f.a.id]], root[index_of[f.b.id]]
        key = (ga, gb) if ga < gb else (gb, ga)
        kept = best.get(key)
        if kept is None or (f.score, -f.a.id, -f.b.id) > (kept.score, -kept.a.id, -kept.b.id):
            best[key] = f
    findings: list[ConflictFinding] = []
    ids_of: dict[int, list[int]] = {}  # a group's sorted claim ids, by any of its members

    def group_ids(g: int) -> list[int]:
        ids = ids_of.get(g)
        if ids is None:
            ids = ids_of[g] = sorted(items[m].id for m in members.get(uf.find(g), {g}))
        return list(ids)

    for (ga, gb), f in sorted(best.items(), key=lambda kv: (-kv[1].score, kv[0])):
        findings.append(_to_record(f, group_ids(ga), group_ids(gb)))
    return groups, findings


def _group_key(ids: list[int], stored: list[str | None]) -> str:
    """A group's identity: the key of the oldest group it absorbs, else its oldest claim.
    Stable when later claims join the group, and never shared by two groups (the event
    class and theme would be: many separate groups are about "strike" in "Kharkiv")."""
    keys = [k for k in stored if k and k.startswith("claim:") and k[6:].isdigit()]
    if keys:
        return min(keys, key=lambda k: int(k[6:]))
    return f"claim:{ids[0]}"


def _to_record(f: _Finding, group_a: list[int], group_b: list[int]) -> ConflictFinding:
    a, b = f.a, f.b
    relay = bool(a.facts.origin and b.facts.origin and a.origin_key == b.origin_key)
    values, details = f.values_details()
    details.update(value_a=values[0], value_b=values[1], group_a=group_a, group_b=group_b)
    return ConflictFinding(
        kind=f.kind,
        score=max(0.0, min(1.0, f.score)),
        explanation=explain(f.kind, a.facts, b.facts, values, relay),
        claim_a=a.facts.id,
        claim_b=b.facts.id,
        relay_distortion=relay,
        details=details,
    )
