"""Conflict detection between stored claim readings.

``find_conflicts`` is pure: claims in, corroboration groups and findings out. It never
parses text; it compares the readings made at ingest (``normalise/reading.py``).

The order of work:

1. every claim gets block keys (``_Claim.block_keys``) and candidate pairs come from the
   inverted index (``blocking.candidate_pairs``);
2. each candidate pair is judged (``_judge``): a list of disagreements, or a *same-fact*
   score when the two claims state the same thing;
3. same-fact pairs are merged into corroboration groups (never merging two claims that
   disagree);
4. disagreements are reported once per pair of groups, the best-scored one.

Every rule errs on the side of silence: a finding needs the same event class, a matching
theme (the person, place or thing whose fate is at stake) and no sign that the two claims
speak of different occasions (different dates). Ten real disagreements are the product;
"possible conflicts" are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from claimtrack import lexicons
from claimtrack.conflicts.blocking import candidate_pairs
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
_MIN_AWAY_KM = 10.0  # "N km from X" contradicts "in X" from this distance on
_HEDGED = 0.85  # score factor when a side is hedged


@dataclass(frozen=True)
class _Group:
    name: str
    classes: frozenset[str]
    named: bool
    needs_place: bool
    by_place: bool


class _Lex:
    def __init__(self) -> None:
        pred = lexicons.table("predicates.toml")
        self.punctual = frozenset(c for c, v in pred.get("class", {}).items() if v.get("punctual"))
        # role swaps only make sense for events done *to* someone (strike, dismiss, capture)
        self.transitive = frozenset(
            lemma for lemma, e in pred.get("event", {}).items() if e.get("theme") == "patient"
        )
        self.group_of: dict[str, _Group] = {}
        for g in pred.get("exclusive", []):
            group = _Group(
                g["name"],
                frozenset(g["classes"]),
                bool(g.get("named")),
                bool(g.get("needs_place")),
                g.get("theme") == "place",
            )
            for c in group.classes:
                self.group_of[c] = group

    def family(self, cls: str) -> str:
        group = self.group_of.get(cls)
        return f"x:{group.name}" if group else cls


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


def _strong(keys: Sequence[str]) -> set[str]:
    """Keys that identify a participant: names, country+class, an unclassed head noun."""
    return {k for k in keys if k.startswith(("n:", "ch:", "w:"))}


_EVENT_HEADS = frozenset({"h:fighting", "h:talks"})  # nouns naming an event, not a participant


def _role_keys(keys: Sequence[str]) -> set[str]:
    out = {k for k in keys if k.startswith(("n:", "ch:", "w:", "h:")) and k not in _EVENT_HEADS}
    if any(k.startswith("ch:") and not k.endswith("|") for k in out):
        # "Azerbaijani forces": the country-qualified class, not any "forces"
        out = {k for k in out if not k.startswith("h:")}
    return out


def _countries(keys: Sequence[str]) -> set[str]:
    return {k for k in keys if k.startswith("c:")}


def _names(keys: Sequence[str]) -> set[str]:
    return {k for k in keys if k.startswith("n:")}


def _weak(keys: Sequence[str]) -> set[str]:
    return set(keys)


@dataclass
class _Claim:
    facts: ClaimFacts
    frames: list[dict[str, Any]]
    day_dates: list[dict[str, Any]]
    year_dates: list[dict[str, Any]]
    relative_days: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    places: list[dict[str, Any]]
    anchors: set[str]  # bare folded names: entities and places
    origin_key: str
    hedged: bool
    denied: bool
    block_keys: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, f: ClaimFacts) -> _Claim:
        r = f.reading or {}
        frames = [fr for fr in r.get("frames", []) if fr.get("class")]
        dates = r.get("dates", [])
        places = r.get("places", [])
        anchors: set[str] = set()
        for k in f.entity_keys:
            anchors.add(k)
            sk = skeleton(k)
            if len(sk) >= 4:
                anchors.add(sk)
        for p in places:
            anchors.update(k[2:] for k in p.get("keys", []))
        for fr in frames:
            for k in list(fr.get("agent_keys", [])) + list(fr.get("patient_keys", [])):
                if k.startswith("n:"):
                    anchors.add(k[2:])
        origin_key = name_key(f.origin) if f.origin else f"article:{f.article_id}"
        claim = cls(
            facts=f,
            frames=frames,
            day_dates=[d for d in dates if d.get("granularity") == "day" and _day_of(d)],
            year_dates=[d for d in dates if d.get("granularity") == "year"],
            relative_days=[d for d in dates if d.get("relative") and not d.get("value")],
            quantities=r.get("quantities", []),
            places=places,
            anchors=anchors,
            origin_key=origin_key,
            hedged=f.modality == "hedged",
            denied=_denied(f.modality, frames),
        )
        lx = _lex()
        for fr in frames:
            fam = lx.family(fr["class"])
            roles = list(fr.get("agent_keys", [])) + list(fr.get("patient_keys", []))
            themes = {k for k in roles if k.startswith(("ch:", "h:", "w:"))}
            for a in anchors | themes:
                claim.block_keys.add(f"{fam}|{a}")
        return claim


def _denied(modality: str, frames: list[dict[str, Any]]) -> bool:
    """A denial that the words of the claim do not already carry.

    "Russia is not evacuating X, a diplomat said" is marked denied *and* has a negated frame:
    one negation, not two. "The Senate rejected the bill" may be marked denied because of
    its verb: the rejection is the event, not a denial of it.
    """
    if modality != "denied" or any(fr.get("negated") for fr in frames):
        return False
    main = next((fr for fr in frames if not fr.get("nominal")), None)
    return main is None or main.get("class") != "reject"


def _day_of(d: dict[str, Any]) -> tuple[int | None, int, int] | None:
    if d.get("month") and d.get("day"):
        return (d.get("year"), int(d["month"]), int(d["day"]))
    if d.get("value") and d.get("granularity") == "day":
        y, m, dd = (int(x) for x in str(d["value"]).split("-"))
        return (y, m, dd)
    return None


def _same_day(a: tuple[int | None, int, int], b: tuple[int | None, int, int]) -> bool:
    if a[1:] != b[1:]:
        return False
    return a[0] is None or b[0] is None or a[0] == b[0]


def _day_gap(a: tuple[int | None, int, int], b: tuple[int | None, int, int]) -> int:
    from datetime import date

    ya = a[0] if a[0] is not None else (b[0] if b[0] is not None else 2000)
    yb = b[0] if b[0] is not None else ya
    try:
        gap = abs((date(ya, a[1], a[2]) - date(yb, b[1], b[2])).days)
    except ValueError:
        return 10_000
    if a[0] is None or b[0] is None:
        gap = min(gap, 365 - gap) if gap <= 365 else gap
    return gap


def _date_clash(a: _Claim, b: _Claim) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """One distinct day on each side, and different: the two dates that clash."""
    da = {_day_of(d): d for d in a.day_dates}
    db = {_day_of(d): d for d in b.day_dates}
    if len(da) == 1 and len(db) == 1:
        (ka, va), (kb, vb) = next(iter(da.items())), next(iter(db.items()))
        if ka and kb and not _same_day(ka, kb) and _day_gap(ka, kb) <= _MAX_DAY_GAP:
            return va, vb
        return None
    if not da and not db and a.year_dates and b.year_dates:
        ya = {d.get("value"): d for d in a.year_dates}
        yb = {d.get("value"): d for d in b.year_dates}
        if len(ya) == 1 and len(yb) == 1 and not set(ya) & set(yb):
            return next(iter(ya.values())), next(iter(yb.values()))
    return None


def _other_occasion(a: _Claim, b: _Claim) -> bool:
    """Both claims are dated and the dates differ: two occasions, not one disputed event."""
    da = {_day_of(d) for d in a.day_dates}
    db = {_day_of(d) for d in b.day_dates}
    if da and db:
        return not any(x and y and _same_day(x, y) for x in da for y in db)
    ya = {d.get("value") for d in a.year_dates}
    yb = {d.get("value") for d in b.year_dates}
    if ya and yb and not da and not db:
        return not (ya & yb)
    return False


def _dates_agree(a: _Claim, b: _Claim) -> bool:
    da = {_day_of(d) for d in a.day_dates}
    db = {_day_of(d) for d in b.day_dates}
    if any(x and y and _same_day(x, y) for x in da for y in db):
        return True
    # "on Thursday" twice, unresolved: the same day if the articles share a date
    if a.facts.article_published != b.facts.article_published:
        return False
    ra = {d["text"].lower() for d in a.relative_days}
    return bool(ra & {d["text"].lower() for d in b.relative_days})


def _place_keys(c: _Claim, relations: tuple[str, ...] | None = None) -> set[str]:
    out: set[str] = set()
    for p in c.places:
        if relations is None or p.get("relation") in relations:
            out.update(p.get("keys", []))
    return out


def _places_agree(a: _Claim, b: _Claim) -> bool:
    return bool(_place_keys(a) & _place_keys(b))


def _negated(c: _Claim, fr: dict[str, Any]) -> bool:
    return bool(fr.get("negated")) != c.denied


@dataclass
class _Finding:
    kind: str
    score: float
    a: _Claim
    b: _Claim
    values: tuple[str, str]
    details: dict[str, Any]


def _theme_match(fa: dict[str, Any], fb: dict[str, Any], named: bool = False) -> bool:
    ta, tb = fa.get("theme_keys", []), fb.get("theme_keys", [])
    if named:
        return bool(_names(ta) & _names(tb))
    if _strong(ta) & _strong(tb):
        return True
    # the theme is the event itself ("clashes began", "talks resumed")
    return bool(_EVENT_HEADS & set(ta) & set(tb))


def _judge(a: _Claim, b: _Claim) -> tuple[list[_Finding], float]:
    """The disagreements between two claims, and how surely they state the same fact."""
    lx = _lex()
    found: list[_Finding] = []
    same = 0.0
    other_occasion = _other_occasion(a, b)
    for fa in a.frames:
        for fb in b.frames:
            ca, cb = fa["class"], fb["class"]
            if ca != cb:
                ga, gb = lx.group_of.get(ca), lx.group_of.get(cb)
                if ga is not None and ga is gb and not other_occasion:
                    f = _predicate(a, b, fa, fb, ga)
                    if f:
                        found.append(f)
                continue
            na, nb = _negated(a, fa), _negated(b, fb)
            if na != nb:
                if not other_occasion:
                    f = _negation(a, b, fa, fb, na)
                    if f:
                        found.append(f)
                continue
            if na:
                continue
            if not other_occasion:
                f = _role(a, b, fa, fb)
                if f:
                    found.append(f)
                    continue
            if ca in lx.punctual and _theme_match(fa, fb) and _same_scene(a, b, fa, fb):
                clash = _date_clash(a, b)
                if clash:
                    found.append(_date(a, b, fa, clash))
                    continue
            if not other_occasion:
                found.extend(_quantity(a, b, fa, fb))
                f = _location(a, b, fa)
                if f:
                    found.append(f)
            same = max(same, _sameness(a, b, fa, fb))
    return found, (0.0 if found else same)


def _same_scene(a: _Claim, b: _Claim, fa: dict[str, Any], fb: dict[str, Any]) -> bool:
    """No sign of two different scenes: places do not differ, a bare noun theme is anchored."""
    ia, ib = _place_keys(a, ("in",)), _place_keys(b, ("in",))
    if ia and ib and not ia & ib:
        return False  # clashes began in Aleppo / in Hama: two events
    ta, tb = fa.get("theme_keys", []), fb.get("theme_keys", [])
    if not ({k for k in ta if k.startswith(("n:", "ch:"))} & set(tb)) and not (
        _EVENT_HEADS & set(ta) & set(tb)
    ):
        # "the meeting began": a common noun needs a shared name or place as well
        return bool(a.anchors & b.anchors)
    return True


def _sameness(a: _Claim, b: _Claim, fa: dict[str, Any], fb: dict[str, Any]) -> float:
    if not _theme_match(fa, fb):
        return 0.0
    evidence = 1
    if _dates_agree(a, b):
        evidence += 1
    if _places_agree(a, b):
        evidence += 1
    other_a = fa.get("agent_keys") if fa.get("theme_keys") != fa.get("agent_keys") else None
    other_b = fb.get("agent_keys") if fb.get("theme_keys") != fb.get("agent_keys") else None
    if other_a and other_b and _strong(other_a) & _strong(other_b):
        evidence += 1
    if _other_occasion(a, b):
        return 0.0
    return min(1.0, evidence / 3) if evidence >= 2 else 0.0


def _predicate(
    a: _Claim, b: _Claim, fa: dict[str, Any], fb: dict[str, Any], group: _Group
) -> _Finding | None:
    if _negated(a, fa) or _negated(b, fb):
        return None
    if group.by_place:
        pa = _place_keys(a) | {f"p:{k[2:]}" for k in _names(fa.get("patient_keys", []))}
        pb = _place_keys(b) | {f"p:{k[2:]}" for k in _names(fb.get("patient_keys", []))}
        if not pa & pb:
            return None
    elif not _theme_match(fa, fb, named=group.named):
        return None
    if group.needs_place:
        pa = _place_keys(a) | {f"p:{k[2:]}" for k in _names(fa.get("patient_keys", []))}
        pb = _place_keys(b) | {f"p:{k[2:]}" for k in _names(fb.get("patient_keys", []))}
        if not pa & pb:
            return None
    theme = _theme_text(fa) or _theme_text(fb) or "?"
    return _Finding(
        "predicate",
        _KIND_SCORE["predicate"],
        a,
        b,
        (
            f"{fa['trigger']} ({_theme_text(fa) or theme})",
            f"{fb['trigger']} ({_theme_text(fb) or theme})",
        ),
        {"event_a": fa["event"], "event_b": fb["event"], "theme": theme},
    )


def _theme_text(fr: dict[str, Any]) -> str | None:
    keys = fr.get("theme_keys") or []
    if keys and keys == fr.get("agent_keys"):
        return fr.get("agent")
    if keys and keys == fr.get("patient_keys"):
        return fr.get("patient")
    return fr.get("patient") or fr.get("agent")


def _negation(
    a: _Claim, b: _Claim, fa: dict[str, Any], fb: dict[str, Any], a_negated: bool
) -> _Finding | None:
    pa, pb = fa.get("patient_keys", []), fb.get("patient_keys", [])
    aa, ab = fa.get("agent_keys", []), fb.get("agent_keys", [])
    if pa and pb:
        # "evacuating Khmeimim" vs "not evacuating Khmeimim"; "evacuated to Khmeimim" has
        # no patient at all and so never meets the first
        if not _strong(pa) & _strong(pb):
            return None
        if aa and ab and not _weak(aa) & _weak(ab):
            return None
    elif not pa and not pb:
        if not (aa and ab and _strong(aa) & _strong(ab)):
            return None
        if not (_places_agree(a, b) or _dates_agree(a, b)):
            return None
    else:
        return None
    what = f"{fa['event']} {fa.get('patient') or fb.get('patient') or fa.get('agent') or ''}"
    va = f"not {what.strip()}" if a_negated else what.strip()
    vb = what.strip() if a_negated else f"not {what.strip()}"
    return _Finding("negation", _KIND_SCORE["negation"], a, b, (va, vb), {"event": fa["event"]})


def _role(a: _Claim, b: _Claim, fa: dict[str, Any], fb: dict[str, Any]) -> _Finding | None:
    lx = _lex()
    if fa["event"] not in lx.transitive or fb["event"] not in lx.transitive:
        return None
    aa, pa = _role_keys(fa.get("agent_keys", [])), _role_keys(fa.get("patient_keys", []))
    ab, pb = _role_keys(fb.get("agent_keys", [])), _role_keys(fb.get("patient_keys", []))
    crossing = bool(pa & ab) or bool(aa & pb)
    direct = bool(aa & ab) or bool(pa & pb)
    if not crossing and not direct:
        # "Azerbaijani forces shelled Armenian positions" vs the reverse: a full swap of
        # countries (one country alone is too weak: both sides of a war strike)
        ca, cpa = _countries(fa.get("agent_keys", [])), _countries(fa.get("patient_keys", []))
        cb, cpb = _countries(fb.get("agent_keys", [])), _countries(fb.get("patient_keys", []))
        crossing = bool(ca & cpb) and bool(cpa & cb) and not (ca & cb) and not (cpa & cpb)
    if not crossing or direct:
        return None
    if not (_dates_agree(a, b) or _places_agree(a, b)):
        return None
    if pa & ab:
        va = f"{fa.get('patient')} on the receiving end ({fa['trigger']})"
        vb = f"{fb.get('agent')} acting ({fb['trigger']})"
    else:
        va = f"{fa.get('agent')} acting ({fa['trigger']})"
        vb = f"{fb.get('patient')} on the receiving end ({fb['trigger']})"
    return _Finding("role", _KIND_SCORE["role"], a, b, (va, vb), {"event": fa["event"]})


def _date(
    a: _Claim, b: _Claim, fa: dict[str, Any], clash: tuple[dict[str, Any], dict[str, Any]]
) -> _Finding:
    from claimtrack.normalise.dates import describe

    da, db = clash
    theme = _theme_text(fa)
    return _Finding(
        "date",
        _KIND_SCORE["date"],
        a,
        b,
        (describe(da), describe(db)),
        {
            "event": fa["class"],
            "theme": theme,
            "date_a": da.get("value"),
            "date_b": db.get("value"),
        },
    )


def _quantity(a: _Claim, b: _Claim, fa: dict[str, Any], fb: dict[str, Any]) -> list[_Finding]:
    from claimtrack.normalise.quantities import describe

    ia, ib = a.frames.index(fa), b.frames.index(fb)
    qa = [
        q
        for q in a.quantities
        if q.get("frame") == ia and q.get("unit") not in _NO_QUANTITY_CONFLICT
    ]
    qb = [
        q
        for q in b.quantities
        if q.get("frame") == ib and q.get("unit") not in _NO_QUANTITY_CONFLICT
    ]
    if not qa or not qb:
        return []
    if not (a.anchors & b.anchors or _theme_match(fa, fb)):
        return []
    out: list[_Finding] = []
    for x in qa:
        same_unit = [y for y in qb if y.get("unit") == x.get("unit")]
        if not same_unit or any(overlap(x, y) for y in same_unit):
            continue
        y = same_unit[0]
        vague = "vague" in (x.get("qualifier"), y.get("qualifier"))
        score = _KIND_SCORE["quantity"] * (0.85 if vague else 1.0)
        out.append(
            _Finding(
                "quantity",
                score,
                a,
                b,
                (describe(x), describe(y)),
                {"unit": x.get("unit"), "event": fa["class"]},
            )
        )
        break
    return out


def _location(a: _Claim, b: _Claim, fa: dict[str, Any]) -> _Finding | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        inside = {}
        for p in x.places:
            if p.get("relation") == "in":
                for k in p.get("keys", []):
                    inside[k] = p
        for p in y.places:
            if p.get("relation") != "away" or (p.get("km") or 0) < _MIN_AWAY_KM:
                continue
            hit = next((inside[k] for k in p.get("keys", []) if k in inside), None)
            if hit is None:
                continue
            v_in = f"in {hit['name']}"
            v_away = f"{p['text']}"
            values = (v_away, v_in) if flip else (v_in, v_away)
            return _Finding(
                "location",
                _KIND_SCORE["location"],
                a,
                b,
                values,
                {"event": fa["class"], "place": hit["name"], "km": p.get("km")},
            )
    return None


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
    if a.facts.article_id != b.facts.article_id:
        return True
    return bool(a.facts.origin and b.facts.origin and a.origin_key != b.origin_key)


def find_conflicts(
    claims: Sequence[ClaimFacts], focus: set[int] | None = None
) -> tuple[list[CorroborationGroup], list[ConflictFinding]]:
    """Corroboration groups and disagreements among ``claims``.

    ``focus`` holds claim ids (newly ingested claims): when given, only pairs involving at
    least one of them are judged, and only groups holding one of them are returned.
    """
    items = [_Claim.build(f) for f in claims]
    focus_idx = None
    if focus is not None:
        focus_idx = {i for i, c in enumerate(items) if c.facts.id in focus}

    def order(i: int) -> tuple[object, ...]:
        pub = items[i].facts.article_published
        return (pub.toordinal() if pub else 0, items[i].facts.id)

    pairs = candidate_pairs([c.block_keys for c in items], order, focus_idx)
    conflicts: list[_Finding] = []
    same_pairs: list[tuple[float, int, int]] = []
    clash: set[tuple[int, int]] = set()
    for i, j in sorted(pairs):
        a, b = items[i], items[j]
        if not _comparable(a, b):
            continue
        found, same = _judge(a, b)
        if found:
            clash.add((i, j))
            conflicts.extend(found)
        elif same > 0:
            same_pairs.append((same, i, j))

    # corroboration groups: merge same-fact pairs, best first, never across a disagreement
    uf = _Union(len(items))
    members: dict[int, set[int]] = {i: {i} for i in range(len(items))}
    for _, i, j in sorted(same_pairs, key=lambda t: (-t[0], t[1], t[2])):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        if any((min(x, y), max(x, y)) in clash for x in members[ri] for y in members[rj]):
            continue
        uf.parent[rj] = ri
        members[ri] |= members.pop(rj)

    index_of = {c.facts.id: i for i, c in enumerate(items)}
    groups: list[CorroborationGroup] = []
    for root, ms in sorted(members.items()):
        if len(ms) < 2:
            continue
        if focus_idx is not None and not ms & focus_idx:
            continue
        ids = sorted(items[m].facts.id for m in ms)
        groups.append(
            CorroborationGroup(
                claim_ids=ids,
                key=_group_key(items[root]),
                independent_origins=len({items[m].origin_key for m in ms}),
            )
        )

    best: dict[tuple[int, int], _Finding] = {}
    for f in conflicts:
        ga, gb = uf.find(index_of[f.a.facts.id]), uf.find(index_of[f.b.facts.id])
        key = (min(ga, gb), max(ga, gb))
        score = f.score * (_HEDGED if f.a.hedged or f.b.hedged else 1.0)
        f.score = round(score, 3)
        kept = best.get(key)
        if kept is None or (f.score, -f.a.facts.id, -f.b.facts.id) > (
            kept.score,
            -kept.a.facts.id,
            -kept.b.facts.id,
        ):
            best[key] = f
    findings: list[ConflictFinding] = []
    for (ga, gb), f in sorted(best.items(), key=lambda kv: (-kv[1].score, kv[0])):
        group_a = sorted(items[m].facts.id for m in members.get(uf.find(ga), {ga}))
        group_b = sorted(items[m].facts.id for m in members.get(uf.find(gb), {gb}))
        findings.append(_to_record(f, group_a, group_b))
    return groups, findings


def _group_key(c: _Claim) -> str:
    if not c.frames:
        return "claim"
    fr = c.frames[0]
    theme = sorted(fr.get("theme_keys", []))
    return f"{fr['class']}:{','.join(theme[:3])}" if theme else fr["class"]


def _to_record(f: _Finding, group_a: list[int], group_b: list[int]) -> ConflictFinding:
    a, b = f.a, f.b
    relay = bool(a.facts.origin and b.facts.origin and a.origin_key == b.origin_key)
    details = dict(f.details)
    details.update(value_a=f.values[0], value_b=f.values[1], group_a=group_a, group_b=group_b)
    return ConflictFinding(
        kind=f.kind,
        score=max(0.0, min(1.0, f.score)),
        explanation=explain(f.kind, a.facts, b.facts, f.values, relay),
        claim_a=a.facts.id,
        claim_b=b.facts.id,
        relay_distortion=relay,
        details=details,
    )
