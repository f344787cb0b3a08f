"""Quantities in claim text, as ranges with a unit.

``find_quantities`` returns one dict per amount::

    {"text": "at least 400 soldiers", "value": 400.0, "low": 400.0, "high": None,
     "unit": "troops", "qualifier": "at_least", "measure": None,
     "excl_low": False, "excl_high": False, "span": [start, end]}

``high`` None means unbounded. Shares of a whole are in percent: "more than 70% of its
territory" is ``low=70, excl_low=True, high=100, excl_high=True`` (saying "more than 70%"
implies "not all"), "the entire city" is ``low=high=100`` with ``measure="city"``.
Vague amounts come from ``lexicons/quantities.toml`` ("hundreds" is 200-999).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from claimtrack import lexicons


def trie(words: Iterable[str]) -> str:
    """A regex alternation of the literal ``words`` (lower case), shaped as a trie.

    ``re`` tries the branches of an alternation one by one and does not factor common
    prefixes; a trie fails on the first letter. At each node the longer continuations
    come before the word that ends there, so among the words that match at one position
    the longest is tried first: the same order as an alternation sorted longest first.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _just_before(phrases: Iterable[str]) -> str:
    """A regex for one of ``phrases`` ending where the searched text ends (an amount)."""
    return r"\b(?:" + "|".join(re.escape(v) for v in phrases) + r")\s+$"


def _trie_node(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


class _Lex:
    def __init__(self) -> None:
        q = lexicons.table("quantities.toml")
        p = lexicons.table("participants.toml")
        self.numbers: dict[str, float] = {k: float(v) for k, v in q["numbers"].items()}
        # compound number words ("twenty-seven"), built from the tens and the units
        tens = [k for k, v in self.numbers.items() if 20 <= v <= 90 and v % 10 == 0]
        units = [k for k, v in self.numbers.items() if 1 <= v <= 9]
        for t in tens:
            for u in units:
                self.numbers[f"{t}-{u}"] = self.numbers[t] + self.numbers[u]
        self.numbers.setdefault("a dozen", 12.0)
        self.multipliers: dict[str, float] = {k: float(v) for k, v in q["multipliers"].items()}
        self.joined: dict[str, float] = {k: float(v) for k, v in q["joined_multipliers"].items()}
        self.people_objects = frozenset(q["people_objects"]["verbs"])
        self.area_hectares: dict[str, float] = {k: float(v) for k, v in q["area_hectares"].items()}
        self.weight_kg: dict[str, tuple[float, float]] = {
            k: (float(v[0]), float(v[1])) for k, v in q["weight_kg"].items()
        }
        need = q["joined_multipliers_need"]
        self.joined_ambiguous = frozenset(need["ambiguous"])
        self.joined_nouns = frozenset(need["nouns"])
        self.vague: dict[str, tuple[float, float]] = {
            k: (float(v[0]), float(v[1])) for k, v in q["vague"].items()
        }
        self.shares: dict[str, tuple[float, float, bool, bool]] = {
            k: (float(v[0]), float(v[1]), bool(v[2]), bool(v[3])) for k, v in q["shares"].items()
        }
        self.currencies: dict[str, str] = dict(q.get("currencies", {}))
        self.share_pronouns = frozenset(q.get("share_pronouns", {}).get("words", []))
        self.qualifiers: dict[str, str] = dict(q["qualifiers"])
        self.particle_verbs: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in q.get("particle_verbs", {}).items()
        }
        self.tolerance: dict[str, float] = {k: float(v) for k, v in q["tolerance"].items()}
        self.km: dict[str, float] = {k: float(v) for k, v in q["km"].items()}
        self.count_nouns: dict[str, str] = {
            k.casefold(): v for k, v in q["count_nouns"]["nouns"].items()
        }
        # searched in the text just before an amount, which starts with its qualifier
        # ("at least 112"): the count noun, then no stop nor number up to the verb
        self.count_before = re.compile(
            r"\b(?P<noun>"
            + trie(self.count_nouns)
            + r")\b[^.;:\d]{0,60}?"
            + _just_before(q["count_nouns"]["verbs"]),
            re.I,
        )
        self.rising = re.compile(_just_before(q["rising"]["verbs"]), re.I)
        self.unit_modifiers = frozenset(q["unit_modifiers"]["words"])
        self.unit_stops = frozenset(q["unit_modifiers"]["stops"])
        self.count_verbs = frozenset(q["unit_modifiers"]["count_verbs"])
        self.identifiers = frozenset(q["identifiers"]["before"])
        ms = q["measures"]
        self.magnitude_before = frozenset(ms["magnitude_before"])
        self.quake_nouns = frozenset(ms["quake_nouns"])
        self.quake_re = re.compile(r"\b(?:" + "|".join(ms["quake_nouns"]) + r")\b", re.I)
        self.magnitude_verbs = frozenset(ms["magnitude_verbs"])
        self.magnitude_class: str = ms["magnitude_class"]
        self.age_before = frozenset(ms["age_before"])
        self.celsius = frozenset(ms["celsius"])
        self.fahrenheit = frozenset(ms["fahrenheit"])
        self.units: dict[str, str] = {}
        for head in p["heads"]:
            for w in head["words"]:
                self.units.setdefault(w, head["class"])
        for cls, words in q["units"].items():
            for w in words:
                self.units[w] = cls
        mult = trie(self.multipliers)
        joined = "|".join(sorted(self.joined, key=len, reverse=True))
        num = (
            # (a decimal comma, as much of Europe writes it: "5,4%", "1,2 million")
            r"(?:(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?)(?:(?:"
            + joined
            + r")(?![\w\-]))?|"
            + trie(self.numbers)
            + r")(?:\s+"
            + mult
            + r"\b)?"
        )
        quals = trie(self.qualifiers)
        vague = trie(self.vague)
        shares = trie(self.shares)
        # every match starts at a word with a digit, or with the first word of a qualifier,
        # "between", a number word, a vague amount or a share, followed by no letter (a
        # space, a hyphen, the end): a look-ahead that rejects every other word at once
        # (the alternatives below are costly to try)
        firsts = {"between"}
        firsts.update(
            re.split(r"[ \-]", k)[0]
            for k in (*self.qualifiers, *self.numbers, *self.vague, *self.shares)
        )
        self.pattern = re.compile(
            r"(?<![\w\-])(?=\d|" + trie(firsts) + r"(?![^\W\d_]))"
            rf"(?:(?<![\w\-.,])(?:(?P<qual>{quals})\s+)?"
            # a share first, with or without a qualifier: "six in ten" is no "six",
            # "nearly half of" is about half
            rf"(?:(?P<share>{shares})\b(?!\s+(?:an?\s+)?(?:{mult}|dozen)\b)"
            rf"|between\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})"
            rf"|(?P<n1>{num})(?:\s*(?:-|–|to)\s*(?P<n2>{num}))?)"
            # a measure joined to the number: "45-year-old", "6.1-magnitude", "44C"
            r"(?:(?=(?P<sfx>-(?:year|month|week|day)s?-old|-(?:" + _SUFFIX_UNITS + r")\b"
            r"|(?<![\d.,]\d{4})[CF]\b))"
            # else not a part of a number ("6.1-magnitude" is no "6")
            # ("4.5pc" is 4.5 per cent, as British papers write it)
            r"|(?!(?!pc\b)[\w\-]|[.,]\d))(?P<pct>\s*%|\s*pc\b|\s+per\s?cent\b)?"
            rf"|(?<![\w\-])(?P<vague>{vague})\b)",
            re.IGNORECASE,
        )
        self.num_re = re.compile(rf"^(?P<n>.+?)(?:\s+(?P<m>{mult}))?$", re.IGNORECASE)
        # every match of ``pattern`` holds a digit, a number word, or the longest word of a
        # vague amount or a share: a cheap test that skips the costly scan when none is there
        hints = {w.lower() for w in self.numbers}
        hints.update(max(k.lower().split(), key=len) for k in (*self.vague, *self.shares))
        self.hints = tuple(sorted(hints))
        self.hint_re = re.compile(trie(self.hints))  # a hint anywhere in the lower-case text


_DIGIT = re.compile(r"\d")
# "-UNIT" after a number: its measure (``_joined``)
_SUFFIX_UNITS = "year|month|week|day|hour|minute|mile|km|kilometre|kilometer|magnitude"


def _may_hold_amount(text: str, lx: _Lex) -> bool:
    if _DIGIT.search(text) or not text.isascii():
        return True  # beyond ASCII, case-insensitive matching is left to the pattern
    return lx.hint_re.search(text.lower()) is not None


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


def magnitude_class() -> str:
    """The event class whose frame a magnitude belongs to (``[measures]``)."""
    return _lex().magnitude_class


@lru_cache(maxsize=1)
def share_of() -> re.Pattern[str]:
    """A share of something written before what it is a share of, from the lexicon's
    qualifiers and shares: "about 40 percent of", "nearly two-thirds of", "half of"
    (lower case)."""
    lx = _lex()
    quals = trie(lx.qualifiers)
    shares = trie(k for k in lx.shares if k.endswith(" of"))
    return re.compile(
        rf"^(?:(?:{quals})\s+)*(?:[\d.,]+\s*(?:%|percent|per\s+cent|pc)\s+of|{shares})\s+"
    )


def identifier_words() -> frozenset[str]:
    """Words after which a number names something ("flight 221") instead of counting it."""
    return _lex().identifiers


_CURRENCY = frozenset("$€£¥₹₽")
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")
# a currency sign just before a number, with the country letters some write ("US$", "A$")
_SIGN_BEFORE = re.compile(r"(?<![\w$€£¥₹₽])[A-Z]{0,2}[$€£¥₹₽]$")
_NEXT_WORDS = re.compile(r"\s*(?:of\s+)?(?:(?:the|its|their|his|her|our)\s+)?([\w%$€£-]+)")
_FOLLOW = re.compile(r"[\w%$€£'’-]+")
_BREAK = re.compile(r"[,;:.()!?\"“”]")


_JOINED = re.compile(r"^([\d.]+)([a-z]+)$")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# units that measure (a fraction is theirs); any other unit counts people or things
_MEASURE_UNITS = frozenset(
    {None, "percent", "money", "crown", "distance", "duration", "area", "weight", "age",
     "temperature", "temperature_f", "magnitude", "speed", "barrel"}
)  # fmt: skip


def _number(text: str) -> float | None:
    lx = _lex()
    whole = " ".join(text.lower().split())
    if whole in lx.numbers:
        return float(lx.numbers[whole])  # "a million", "half a dozen"
    m = lx.num_re.match(text.strip())
    if not m:
        return None
    raw = m.group("n").lower()
    # "5,4" (a decimal comma) is 5.4; "1,200" (thousands) is 1200
    raw = raw.replace(",", ".") if _DECIMAL_COMMA.fullmatch(raw) else raw.replace(",", "")
    joined = _JOINED.match(raw)
    try:
        if joined is not None:
            value = float(joined.group(1)) * lx.joined[joined.group(2)]
        else:
            value = float(raw)
    except (ValueError, KeyError):
        if raw not in lx.numbers:
            return None
        value = lx.numbers[raw]
    if m.group("m"):
        value *= lx.multipliers[m.group("m").lower()]
    return value


# after a number: it is a time of day
_TIME_OF_DAY = re.compile(r"\s*(?:[ap]\.\s?m\b\.?|[ap]m\b|o'clock\b|GMT\b|UTC\b|hrs\b)", re.I)
# "15:32": the hour before the colon, the minutes after it
_CLOCK = re.compile(r":\d\d\b")
_CLOCK_END = re.compile(r"\b\d{1,2}:$")
# a number right after "N of (the)" or "N out of": the whole that N is part of
_OF_TOTAL = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$")


def _currency(text: str, start: int, noun: str | None, lx: _Lex) -> str | None:
    """The currency of an amount of money: the sign before the number ("US$", "€") or the
    word after it ("euros")."""
    if noun is not None and noun in lx.currencies:
        return lx.currencies[noun]
    before = text[max(0, start - 3) : start]
    for size in (3, 2, 1):
        sign = before[-size:]
        if len(sign) == size and sign in lx.currencies:
            return lx.currencies[sign]
    return None


def _next_word(text: str, pos: int) -> str:
    m = _FOLLOW.search(text, pos, min(len(text), pos + 30))
    return m.group().lower() if m is not None else ""


def _unit(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """The unit class, the raw noun and where it ends, from the words after ``pos``.

    Modifiers before the noun are passed over: the lexicon's ("more", "armed", "large")
    and capitalised words followed by a lower-case word, proper nouns and adjectives in
    front of a common noun ("two Magritte paintings", "300 Kenyan police officers")."""
    lx = _lex()
    words: list[tuple[str, int, bool]] = []  # (lower-cased word, end, capitalised)
    last = pos
    for m in _FOLLOW.finditer(text, pos, min(len(text), pos + 60)):
        if _BREAK.search(text, last, m.start()):
            break  # "at least 112, officials said": the noun phrase ended
        words.append((m.group().lower(), m.end(), m.group()[:1].isupper()))
        last = m.end()
        if len(words) == 4:
            break
    for i, (w, end, capital) in enumerate(words):
        if i == 0 and w == "of":
            continue
        if w in lx.units:
            return lx.units[w], w, end
        if i == 0 and not capital and (w in lx.count_verbs or _PAST_VERB.fullmatch(w)):
            # "Nine died", "Thousands fled", "12 were killed": a count of people, told by
            # the verb that follows it
            return "people", None, pos
        if w in lx.unit_stops:
            break  # "rose to 58 on Thursday": no noun after the number
        if w in lx.unit_modifiers:
            continue
        if capital and i + 1 < len(words) and _common_noun(words[i + 1]):
            continue
        if w.isalpha() and i <= 2:
            noun = w[:-1] if w.endswith("s") and len(w) > 3 else w
            return None, noun, end
        break
    return None, None, pos


def _common_noun(word: tuple[str, int, bool]) -> bool:
    w, _end, capital = word
    return not capital and w.isalpha() and w not in _lex().unit_stops


def _range(qual: str | None, low: float, high: float) -> tuple[float, float | None, bool, bool]:
    lx = _lex()
    if qual in ("at_least",):
        return low, None, False, False
    if qual == "more_than":
        return low, None, True, False
    if qual == "less_than":
        return 0.0, high, False, True
    if qual == "at_most":
        return 0.0, high, False, False
    if qual == "about":
        tol = lx.tolerance["about"]
        return low * (1 - tol), high * (1 + tol), False, False
    if qual == "nearly":
        tol = lx.tolerance["nearly"]
        return low * (1 - tol), high, False, False
    if qual == "just_over":
        tol = lx.tolerance["just_over"]
        return low, high * (1 + tol), True, False
    return low, high, False, False


def find_quantities(text: str, skip: list[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """Every amount of ``text`` outside the ``skip`` spans (dates), in order."""
    lx = _lex()
    out: list[dict[str, Any]] = []
    if not _may_hold_amount(text, lx):
        return out
    skip = skip or []
    for m in lx.pattern.finditer(text):
        s, e = m.span()
        if any(a <= s < b or a < e <= b for a, b in skip):
            continue
        if (
            _TIME_OF_DAY.match(text, e)
            or _CLOCK.match(text, e)
            or _CLOCK_END.search(text, max(0, s - 4), s)
        ):
            continue  # "shortly before 11 p.m.", "at about 6 a.m.", "15:32": a time, no amount
        qual_word = m.group("qual")
        if not qual_word and not m.group("vague") and not m.group("share"):
            before = _WORD_BEFORE.search(text, max(0, s - 24), s)
            if before is not None and before.group(1).lower() in lx.identifiers:
                continue  # "flight 221": a name, not an amount
        qual = lx.qualifiers[qual_word.lower()] if qual_word else None
        if qual_word and _particle(text, s, qual_word.lower(), lx):
            qual, s = None, m.start("n1") if m.group("n1") else s  # "handed over 12"
        shown_from = s  # where the amount's text starts (its qualifier, if any)
        if qual is None and not m.group("share") and not m.group("vague"):
            found = _qualifier_before_sign(text, s, lx)
            if found is not None:
                qual, shown_from = found  # "nearly $1 billion", "more than €2m"
        if m.group("vague"):
            low, high = lx.vague[m.group("vague").lower()]
            unit, noun, end = _unit(text, e)
            out.append(_q(text, s, max(e, end), None, low, high, unit or noun, "vague"))
            continue
        if m.group("share"):
            low, high, xl, xh = lx.shares[" ".join(m.group("share").lower().split())]
            nm = _NEXT_WORDS.match(text, e)
            measure = nm.group(1).lower() if nm else None
            if measure is None or not measure.isalpha() or measure in lx.share_pronouns:
                continue
            end = nm.end() if nm else e
            kind = "share"
            if qual is not None:  # "fewer than six in ten", "nearly half of"
                low, hi, ql, qh = _range(qual, low, high)
                high = 100.0 if hi is None else min(hi, 100.0)
                xl, xh, kind = xl or ql, xh or qh, qual
            q = _q(text, s, end, high if low == high else None, low, high, "percent", kind)
            q.update(measure=measure, excl_low=xl, excl_high=xh)
            out.append(q)
            continue
        if m.group("b1"):
            a, b = _number(m.group("b1")), _number(m.group("b2"))
        else:
            a = _number(m.group("n1"))
            b = _number(m.group("n2")) if m.group("n2") else a
        if a is None or b is None:
            continue
        word = (m.group("n1") or m.group("b1") or "").lower()
        suffix = _JOINED.match(word.replace(",", "").split()[0]) if word[:1].isdigit() else None
        if (
            suffix is not None
            and suffix.group(2) in lx.joined_ambiguous
            and not (s > 0 and text[s - 1] in _CURRENCY)
            and _next_word(text, e) not in lx.joined_nouns
        ):
            continue  # "an 18m yacht": metres, not millions
        if word == "one" and text[e : e + 3].lower() == " of":
            continue
        if 1800 <= a <= 2100 and a == int(a) and not m.group("pct") and "," not in word:
            # a bare year that the date finder did not claim: not an amount
            unit, noun, _ = _unit(text, e)
            if unit is None:
                continue
        low, high = min(a, b), max(a, b)
        counted = None
        if m.group("sfx"):
            unit, noun, end = _joined(m.group("sfx"), lx), None, e + len(m.group("sfx"))
            measure = None
        elif m.group("pct"):
            unit, noun, end = "percent", None, e
            nm = re.match(r"\s+of\s+(?:(?:the|its|their)\s+)?([a-z]+)", text[e : e + 40])
            measure = nm.group(1) if nm else None
        elif s > 0 and text[s - 1] in _CURRENCY:
            unit, noun, end = "money", None, e  # "$1.2 billion", "£180,000"
            measure = None
        else:
            unit, noun, end = _unit(text, e)
            measure = None
            counted = _counted(text, s) if unit is None and noun is None else None
            if counted is not None:  # "the death toll stands at 41": 41 people
                unit = counted[0]
            elif unit is None and noun is None:
                verb = _PREV_WORD.search(text, max(0, s - 20), s)
                if verb is not None and verb.group(1).lower() in lx.people_objects:
                    unit = "people"  # "the blast killed 14": 14 people
            measured = _measure(text, s, unit or noun, lx)
            if measured is not None:
                unit, noun, counted = measured, None, None
        if _DOT_THOUSANDS.fullmatch(word) and unit not in _MEASURE_UNITS and a == b:
            # "1.500 people", "3.000 migrants": a full stop between thousands, as much of
            # Europe writes them (a count of people or things has no fraction)
            low = high = a = b = float(word.replace(".", ""))
        lo, hi, xl, xh = _range(qual, low, high)
        factor = lx.area_hectares.get(noun or "") if unit == "area" else None
        if factor is not None:
            # "4,000 acres": in hectares, as rounded by whoever converts it
            lo, hi = lo * factor * 0.98, None if hi is None else hi * factor * 1.02
        kg = lx.weight_kg.get(noun or "") if unit == "weight" else None
        if kg is not None:
            # "1.2 tonnes": in kilograms (a range where the unit is a range: "tons")
            lo, hi = lo * kg[0], None if hi is None else hi * kg[1]
        if unit == "percent":
            hi = 100.0 if hi is None else min(hi, 100.0)
            if qual in ("more_than", "at_least", "nearly") and hi == 100.0:
                xh = True  # "more than 70%" implies "not all"
        q = _q(text, s, max(e, end), a if a == b else None, lo, hi, unit or noun, qual)
        q.update(measure=measure, excl_low=xl, excl_high=xh)
        if _OF_TOTAL.search(text, max(0, s - 24), s):
            q["total"] = True  # "won 68 of the 126 seats": the whole, not a count of the event
            part = out[-1] if out else None
            if part is not None and part.get("unit") is None and unit is not None:
                part["unit"] = unit  # the part counts what the whole counts: 68 seats
        if unit == "money":
            currency = _currency(text, s, noun, lx)
            if currency is not None:
                q["currency"] = currency
        if counted is not None:
            q["counted"] = counted[1]  # where the count noun is (the reading's frame)
        if lx.rising.search(text, max(0, s - 40), s):
            q["rising"] = True  # "the toll rose to 58": a running count, later higher
        if unit == "distance" and noun is None:
            joined = m.group("sfx")
            word = joined.lower().lstrip("-") if joined else _unit_word(text, e)
            q["km"] = a * lx.km.get(word, lx.km.get(word + "s", 1.0))
        if shown_from < s:
            q["text"], q["span"] = text[shown_from : q["span"][1]], [shown_from, q["span"][1]]
        out.append(q)
    return out


def _qualifier_before_sign(text: str, s: int, lx: _Lex) -> tuple[str, int] | None:
    """The qualifier before the currency sign of the amount at ``s``, and where it starts:
    "nearly $1 billion" is nearly a billion dollars, "more than US$5m" more than 5m (the
    pattern takes a qualifier only right before the number)."""
    sign = _SIGN_BEFORE.search(text, max(0, s - 3), s)
    if sign is None:
        return None
    lo = max(0, sign.start() - 30)
    head = text[lo : sign.start()]
    words = head.rstrip().lower()
    if len(words) == len(head):
        return None  # no blank between the word and the sign ("a$5")
    for phrase, qual in lx.qualifiers.items():
        if words.endswith(phrase) and not words[: len(words) - len(phrase)][-1:].isalnum():
            if _particle(text, lo + len(words) - len(phrase), phrase, lx):
                return None  # "handed over $5m": a particle of the verb
            return qual, lo + len(words) - len(phrase)
    return None


def _joined(suffix: str, lx: _Lex) -> str:
    """The measure of a unit joined to its number: "-year-old" an age, "-magnitude" a
    magnitude, "C" a temperature, "-year" a duration, "-mile" a distance."""
    low = suffix.lower()
    if low.endswith("-old"):
        return "age"
    word = low.lstrip("-")
    if word in lx.celsius:
        return "temperature"
    if word in lx.fahrenheit:
        return "temperature_f"
    if word in lx.magnitude_before:
        return "magnitude"
    return lx.units.get(word) or lx.units.get(word + "s") or word


_AGE_OF = re.compile(r"\bage\s+of\s+$", re.I)
_PAST_VERB = re.compile(r"[a-z]{3,}ed")
_WORD_OF_BEFORE = re.compile(r"([A-Za-z]+)\s+of\s+$")


def _measure(text: str, start: int, unit: str | None, lx: _Lex) -> str | None:
    """The measure a word around the number names (``[measures]``), else ``None``:
    "magnitude 6.1", "a 6.1 earthquake", "the quake measured 6.4"; "aged 52"; "44C"."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    word = before.group(1).lower() if before is not None else ""
    if word == "of":
        # "a magnitude of 6.1": the word before "of" names the measure
        of = _WORD_OF_BEFORE.search(text, max(0, start - 32), start)
        word = f"{of.group(1).lower()} of" if of is not None else word
    if (
        word in lx.magnitude_before
        or word.removesuffix(" of") in lx.magnitude_before
        or unit in lx.quake_nouns
        or (unit is None and word in lx.magnitude_verbs and lx.quake_re.search(text))
    ):
        return "magnitude"
    if unit is None and (word in lx.age_before or _AGE_OF.search(text, max(0, start - 16), start)):
        return "age"  # "aged 52", "at the age of 78"
    if unit in lx.celsius:
        return "temperature"
    if unit in lx.fahrenheit:
        return "temperature_f"
    return None


def _counted(text: str, start: int) -> tuple[str, list[int]] | None:
    """The unit of a bare number that a count noun before it names, and the noun's span:
    "the death toll from the floods rose to 41" counts people (``[count_nouns]`` in
    ``quantities.toml``)."""
    m = _lex().count_before.search(text, max(0, start - 80), start)
    if m is None:
        return None
    return _lex().count_nouns[m.group("noun").casefold()], [m.start("noun"), m.end("noun")]


_PREV_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _particle(text: str, s: int, word: str, lx: _Lex) -> bool:
    """True when ``word`` at ``s`` is a verb particle ("handed over 12 prisoners")."""
    verbs = lx.particle_verbs.get(word)
    if not verbs:
        return False
    m = _PREV_WORD.search(text, max(0, s - 20), s)
    return m is not None and m.group(1).lower() in verbs


def _unit_word(text: str, pos: int) -> str:
    m = _FOLLOW.search(text, pos)
    return m.group().lower() if m else ""


def _q(
    text: str,
    start: int,
    end: int,
    value: float | None,
    low: float,
    high: float | None,
    unit: str | None,
    qualifier: str | None,
) -> dict[str, Any]:
    return {
        "text": text[start:end],
        "value": value,
        "low": low,
        "high": high,
        "unit": unit,
        "qualifier": qualifier,
        "measure": None,
        "excl_low": False,
        "excl_high": False,
        "span": [start, end],
    }


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two amounts of one measure can both be true."""
    a_lo, b_lo = float(a["low"]), float(b["low"])
    a_hi = float("inf") if a.get("high") is None else float(a["high"])
    b_hi = float("inf") if b.get("high") is None else float(b["high"])
    # a's upper end against b's lower end, then the other way round
    if a_hi < b_lo or (a_hi == b_lo and (a.get("excl_high") or b.get("excl_low"))):
        return False
    return not (b_hi < a_lo or (b_hi == a_lo and (b.get("excl_high") or a.get("excl_low"))))


def describe(q: dict[str, Any]) -> str:
    """A display form naming the range when it is not obvious from the words."""
    text = str(q.get("text", "")).strip()
    if q.get("unit") == "percent" and q.get("qualifier") == "share":
        lo, hi = q.get("low"), q.get("high")
        return f"{text} (={_fmt(lo)}%)" if lo == hi else f"{text} ({_fmt(lo)}-{_fmt(hi)}%)"
    if q.get("qualifier") == "vague":
        return f"{text} ({_fmt(q.get('low'))}-{_fmt(q.get('high'))})"
    currency = q.get("currency")
    if currency and text.split()[-1].lower() not in _lex().currencies:
        return f"{text} ({currency})"  # "340 million (GBP)": the sign was before the span
    return text


def _fmt(x: Any) -> str:
    if x is None:
        return "?"
    f = float(x)
    return str(int(f)) if f == int(f) else f"{f:g}"
