"""Dates in claim text, resolved against the article date when it is known.

``find_dates`` returns one dict per date expression::

    {"text": "on Saturday", "value": "2024-11-30" | None, "relative": True,
     "granularity": "day" | "week" | "weekend" | "month" | "year",
     "end": ISO date of the last day of a range or None,
     "year": int | None, "month": int | None, "day": int | None, "span": [start, end]}

``value`` is the first day of what the expression names. An absolute date without a year
("November 27") takes the article's year (the previous year when that would put it more
than a week after the article); without an article date its ``value`` is None but
``month`` and ``day`` still let two claims be compared. The tense of the date's clause
decides (``lexicons/tense.toml``): in a clause about the future ("the summit will take
place on 12 May", "they will meet on Thursday") such a date and a weekday name the next
such day; in a clause with no tense word ("Malawians go to the polls on 23 September") the
nearest one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from claimtrack.lexicons import lines, table

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")  # fmt: skip

_M = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"

# Every match starts with a month's or a weekday's capital, a digit (of any script, as
# ``\d``), or one of
# the lower-case words below as a whole word: a look-ahead that rejects every other
# position at once, before the eight alternatives (each costly to enter) are tried
_DATE_START = (
    r"(?=[\dJFMASONDTW]|\b(?:in|since|from|by|during|until|till|before|after|of|early|late|mid|"
    r"spring|summer|autumn|fall|winter|year|earlier|later|last|this|next|past|yesterday|today|"
    r"tomorrow|on|first|second|third|fourth|final)\b)"
)
_DATE = re.compile(
    _DATE_START + rf"(?:(?P<md>(?P<md_m>{_M})\s+(?P<md_d>{_DAY})\b(?:,?\s+(?P<md_y>{_YEAR})\b)?)"
    rf"|(?P<dm>\b(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_M})(?:,?\s+(?P<dm_y>{_YEAR})\b)?)"
    rf"|(?P<my>(?P<my_m>{_M})\s+(?P<my_y>{_YEAR})\b)"
    r"|(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)\b)"
    rf"|(?P<yr>\b(?P<yr_a>{_YEAR})\s*(?:-|–|—|to|and)\s*(?P<yr_b>{_YEAR})\b)"
    rf"|(?P<y>\b(?:in|since|from|by|during|until|till|before|after|of|early|late|mid|"
    rf"spring|summer|autumn|fall|winter|year)\s+(?P<y_y>{_YEAR})\b(?![-–]))"
    # a month alone after a preposition: "in October", "by early March" (not "in May 2024",
    # which "my" takes, nor "in May 12")
    rf"|(?P<mo>\b(?:in|by|since|until|till|from|during|before|after)\s+"
    rf"(?:(?:early|late|mid)[\s-]+)?(?P<mo_m>{_M})(?!\s*,?\s*\d))"
    # a month named from the article's: "last November", "next March", "this May"
    rf"|(?P<lm>\b(?P<lm_w>last|next|this)\s+(?P<lm_m>{_M})\b(?!\s*,?\s*\d))"
    # a week of a month: "in the second week of November", "the last week of May 2027"
    rf"|(?P<wk>\b(?P<wk_n>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<wk_m>{_M})"
    rf"(?:,?\s+(?P<wk_y>{_YEAR})\b)?)"
    r"|(?P<rel>\b(?:(?:earlier|later|late|early)\s+)?(?:last|this|next|past)\s+"
    r"(?:weekend|week|month|year)\b|\b(?:yesterday|today|tomorrow)\b)"
    rf"|(?P<wd>\b(?:(?:on|last|this|next)\s+)(?P<wd_w>{_WD})\b)"
    # a bare ordinal day, of the article's month or the one before: "lost his appeal on the
    # 12th, when ...", "on the 3rd." (not "on the 12th floor", "the 5th of May")
    r"|(?P<od>\bon\s+the\s+(?P<od_d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:when|as|and|after|before|at|in|with|while)\b))"
    # "Wednesday's quake": the day of the thing named after it, like "on Wednesday"
    rf"|(?P<wdp>\b(?P<wdp_w>{_WD})['’]s\b)"
    # a bare weekday, as US wire copy writes it: "killed 12 people Monday", "early Thursday",
    # "Tuesday night" (not "Black Friday", "the Sunday Times": see ``_named_day``)
    rf"|(?P<wdb>\b(?:(?:early|late)\s+)?(?P<wdb_w>{_WD})\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?))",
)


FUTURE, PAST = "future", "past"  # the tense of a date's clause (None: no sign of one)
NEAREST = "nearest"  # either way: a weekday names the nearest such day too


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _entry(
    text: str,
    span: tuple[int, int],
    granularity: str,
    value: date | None = None,
    end: date | None = None,
    *,
    relative: bool = False,
    year: int | None = None,
    month: int | None = None,
    day: int | None = None,
) -> dict[str, Any]:
    return {
        "text": text,
        "value": value.isoformat() if value else None,
        "relative": relative,
        "granularity": granularity,
        "end": end.isoformat() if end else None,
        "year": year,
        "month": month,
        "day": day,
        "span": [span[0], span[1]],
    }


def _resolve_day(
    m: int, d: int, y: int | None, ref: date | None, tense: str | None = PAST
) -> tuple[date | None, int | None]:
    if y is None and ref is not None:
        y = ref.year
        guess = _safe(y, m, d)
        if guess is None:
            pass
        elif tense == FUTURE:
            # the next such day; a fortnight's slack for a date just gone ("talks due to
            # end on 3 June" in an article of 10 June)
            if guess < ref - timedelta(days=14):
                y += 1
        elif tense == PAST:
            if guess > ref + timedelta(days=7):
                y -= 1
        else:
            # the nearest such day
            y = min((y - 1, y, y + 1), key=lambda c: abs(((_safe(c, m, d) or guess) - ref).days))
    if y is None:
        return None, None
    return _safe(y, m, d), y


def _resolve_month(m: int, ref: date | None, tense: str | None) -> int | None:
    """The year of a month named alone: the next such month in a clause about the future,
    the last in a past one, else the nearest (None without an article date)."""
    if ref is None:
        return None
    y = ref.year
    if tense == FUTURE:
        return y if m >= ref.month else y + 1
    if tense == PAST:
        return y if m <= ref.month else y - 1
    return min((y - 1, y, y + 1), key=lambda c: abs((c - y) * 12 + m - ref.month))


def _relative(phrase: str, ref: date | None) -> tuple[str, date | None, date | None]:
    words = phrase.lower().split()
    head = words[-1]
    if head in ("yesterday", "today", "tomorrow"):
        if ref is None:
            return "day", None, None
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[head]
        return "day", ref + timedelta(days=shift), None
    which = words[-2]
    early = words[0] in ("earlier", "early")
    if ref is None:
        return head, None, None
    monday = ref - timedelta(days=ref.weekday())
    if head == "weekend":
        sat = monday - timedelta(days=2) if which in ("last", "past") else monday + timedelta(5)
        if which == "next":
            sat += timedelta(days=7)
        return "weekend", sat, sat + timedelta(days=1)
    if head == "week":
        start = monday + timedelta(days={"last": -7, "past": -7, "this": 0, "next": 7}[which])
        end = ref if (early and which == "this") else start + timedelta(days=6)
        return "week", start, end
    if head == "month":
        y, m = ref.year, ref.month
        if which in ("last", "past"):
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        elif which == "next":
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return "month", date(y, m, 1), _month_last(y, m)
    y = ref.year + {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    return "year", date(y, 1, 1), date(y, 12, 31)


_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _week_of_month(nth: str, y: int, m: int) -> tuple[date, date]:
    """The days of "the second week of November": days 8-14; "the last week": its last 7."""
    if nth in _NTH_WEEK:
        first = date(y, m, 1 + 7 * _NTH_WEEK[nth])
        return first, first + timedelta(days=6)
    last = _month_last(y, m)
    return last - timedelta(days=6), last


def _ordinal_day(d: int, ref: date, tense: str | None) -> date | None:
    """A bare ordinal ("on the 12th"): that day of the article's month, or of the month
    before when it is still to come (of the month after, in a clause about the future)."""
    y, m = ref.year, ref.month
    if tense == FUTURE:
        if d < ref.day:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    elif d > ref.day:
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return _safe(y, m, d)


def _month_last(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y, m, calendar.monthrange(y, m)[1])


def _named_month_year(which: str, mo: int, ref: date | None) -> int | None:
    """The year of "last November" (the latest November before the article's month), "next
    March" (the first one after it) or "this May" (the article's year)."""
    if ref is None:
        return None
    if which == "last":
        return ref.year if mo < ref.month else ref.year - 1
    if which == "next":
        return ref.year if mo > ref.month else ref.year + 1
    return ref.year


def _weekday(prep: str, wd: int, ref: date | None, tense: str | None = PAST) -> date | None:
    if ref is None:
        return None
    back = (ref.weekday() - wd) % 7
    if tense == NEAREST and prep == "on":
        ahead = (wd - ref.weekday()) % 7
        return ref + timedelta(days=ahead) if ahead < back else ref - timedelta(days=back)
    if tense == FUTURE and prep != "last":
        return ref + timedelta(days=(wd - ref.weekday()) % 7)
    if prep == "next":
        return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    if prep == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _words(kind: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in table("tense.toml")[kind])
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


_FUTURE = _words("future")
_PAST_WORD = _words("past")
_CANCELLED = _words("cancelled")
_POSSESSIVE_ENDS = frozenset({"'s", "’s"})
# the words that put an occasion down for the date right after them
_PUT_DOWN_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|called|due)\s+(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE
)
# a lower-case word in "-ed" (not "need", "speed", "hundred")
_ED = re.compile(r"\b[a-z]{2,}(?<!e)(?<!hundr)ed\b")
# a clause break: the words between two of these around a date are the date's clause
_CLAUSE_BREAK = re.compile(
    r"[,;:()—–]|\b(?:which|who|that|after|before|when|since|while|and|but)\b", re.IGNORECASE
)


_TENSED = frozenset(
    {"md", "dm", "mo", "wd", "wdp", "wdb", "od", "wk"}
)  # groups of ``_DATE`` it resolves


def _tense(text: str, start: int, end: int) -> str | None:
    """The tense of the clause in which the date at ``start:end`` stands (None: no sign)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, start):
        lo = m.end()
    nxt = _CLAUSE_BREAK.search(text, end)
    hi = nxt.start() if nxt else len(text)
    if _CANCELLED.search(text, lo, hi) and (
        text[end - 2 : end] in _POSSESSIVE_ENDS or _PUT_DOWN_FOR.search(text, lo, start)
    ):
        # "called off Thursday's strike", "cancelled the strike planned for Tuesday": the
        # occasion was still to come when it was called off, which may be before or after
        # the article's date
        return NEAREST
    if _FUTURE.search(text, lo, start):
        return FUTURE
    if _PAST_WORD.search(text, lo, hi) or _ED.search(text, lo, hi):
        return PAST
    if _FUTURE.search(text, end, hi):
        return FUTURE
    return None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_NAMED_DAYS = frozenset(lines("named_days.txt"))


def _named_day(text: str, start: int, end: int) -> bool:
    """A weekday inside a name: "Black Friday", "Super Tuesday", "the Sunday Times"."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _NAMED_DAYS


def find_dates(text: str, ref: date | None) -> list[dict[str, Any]]:
    """Every date expression of ``text``, in order."""
    out: list[dict[str, Any]] = []
    if _HINT_WORDS.search(text) is None and _HINT_DIGITS.search(text) is None:
        return out
    for m in _DATE.finditer(text):
        span = m.span()
        g = m.group
        # the clause's tense, for the expressions it resolves (with an article date)
        tense = _tense(text, *span) if ref is not None and m.lastgroup in _TENSED else None
        if g("md") or g("dm"):
            p = "md" if g("md") else "dm"
            mo, d = _month(g(p + "_m")), _day(g(p + "_d"))
            y = int(g(p + "_y")) if g(p + "_y") else None
            value, year = _resolve_day(mo, d, y, ref, tense if y is None else PAST)
            out.append(
                _entry(m.group(), span, "day", value, relative=False, year=year, month=mo, day=d)
            )
        elif g("my"):
            mo, y = _month(g("my_m")), int(g("my_y"))
            out.append(_entry(m.group(), span, "month", date(y, mo, 1), year=y, month=mo))
        elif g("mo"):
            mo = _month(g("mo_m"))
            y = _resolve_month(mo, ref, tense)
            if y is not None:
                first = date(y, mo, 1)
                last = _month_last(y, mo)
                out.append(_entry(m.group(), span, "month", first, last, year=y, month=mo))
        elif g("lm"):
            mo = _month(g("lm_m"))
            y = _named_month_year(g("lm_w").lower(), mo, ref)
            if y is not None:
                first = date(y, mo, 1)
                last = _month_last(y, mo)
                out.append(_entry(m.group(), span, "month", first, last, year=y, month=mo))
        elif g("iso"):
            y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
            value = _safe(y, mo, d)
            if value is not None:
                out.append(_entry(m.group(), span, "day", value, year=y, month=mo, day=d))
        elif g("yr"):
            a, b = int(g("yr_a")), int(g("yr_b"))
            if a <= b:
                out.append(_entry(m.group(), span, "year", date(a, 1, 1), date(b, 12, 31), year=a))
        elif g("y"):
            y = int(g("y_y"))
            start = m.start("y_y")
            out.append(_entry(g("y_y"), (start, span[1]), "year", date(y, 1, 1), year=y))
        elif g("rel"):
            gran, value, end = _relative(m.group(), ref)
            out.append(_entry(m.group(), span, gran, value, end, relative=True))
        elif g("wd"):
            prep = m.group().split()[0].lower()
            value = _weekday(prep, WEEKDAYS[g("wd_w").lower()], ref, tense)
            out.append(_entry(m.group(), span, "day", value, relative=True))
        elif g("wk"):
            mo = _month(g("wk_m"))
            y = int(g("wk_y")) if g("wk_y") else _resolve_month(mo, ref, tense)
            if y is not None:
                first, last = _week_of_month(g("wk_n").lower(), y, mo)
                out.append(_entry(m.group(), span, "week", first, last, year=y, month=mo))
        elif g("od"):
            if ref is not None:
                value = _ordinal_day(int(g("od_d")), ref, tense)
                if value is not None:
                    out.append(
                        _entry(
                            m.group(),
                            span,
                            "day",
                            value,
                            relative=True,
                            year=value.year,
                            month=value.month,
                            day=value.day,
                        )
                    )
        elif g("wdp"):
            value = _weekday("on", WEEKDAYS[g("wdp_w").lower()], ref, tense)
            out.append(_entry(m.group(), span, "day", value, relative=True))
        elif g("wdb") and not _named_day(text, m.start("wdb_w"), m.end("wdb_w")):
            value = _weekday("on", WEEKDAYS[g("wdb_w").lower()], ref, tense)
            out.append(_entry(m.group(), span, "day", value, relative=True))
    if ref is not None and "ago" in text:
        out = _merge(out, _ago(text, ref))
    if _NUMERIC_HINT.search(text):
        out = _merge(out, _numeric(text))
    if ref is not None and "weekend" in text:
        out = _merge(out, _the_weekend(text, ref))
    if ref is not None and "the day " in text:
        for e in out:
            # "the day before yesterday", "the day after tomorrow": two days off
            two = _TWO_DAYS.search(text, max(0, e["span"][0] - 16), e["span"][1])
            if two is not None and e["text"].lower() in ("yesterday", "tomorrow"):
                shift = -2 if e["text"].lower() == "yesterday" else 2
                e.update(text=two.group(), value=(ref + timedelta(days=shift)).isoformat())
                e["span"] = [two.start(), two.end()]
    out = _weekday_with_date(text, out)
    for e in out:
        before = text[max(0, e["span"][0] - 40) : e["span"][0]]
        if _SAID_BEFORE.search(before):
            e["said"] = True  # "officials said on Monday": when it was said, not done
        elif _AS_OF_BEFORE.search(before):
            e["as_of"] = True  # "had risen to 58 by Thursday": a count up to a day
    return out


# a date in figures: "3.3.2026" (day first, as it is written with full stops), "28/02/2026"
# or "02/28/2026" (whichever reading has a day over 12), "2026/02/28"
_NUMERIC_HINT = re.compile(r"\d[./]\d{1,2}[./]\d")
_NUMERIC_DATE = re.compile(
    r"(?<![\d./])(?:(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)/(?P<m2>\d{1,2})/(?P<d2>\d{1,2}))(?![\d./]\d)"
)


def _merge(out: list[dict[str, Any]], more: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """``out`` with the entries of ``more`` that overlap none of it, in text order."""
    taken = [e["span"] for e in out]
    out = out + [
        e for e in more if not any(a < e["span"][1] and e["span"][0] < b for a, b in taken)
    ]
    return sorted(out, key=lambda e: e["span"][0])


def _numeric(text: str) -> Iterator[dict[str, Any]]:
    for m in _NUMERIC_DATE.finditer(text):
        if m.group("y2"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        else:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            if m.group("sep") == ".":
                d, mo = a, b  # "3.3.2026": day first
            elif a == b or a > 12 >= b:
                d, mo = a, b  # "28/02/2026" ("03/03/2026" either way)
            elif b > 12 >= a:
                d, mo = b, a  # "02/28/2026"
            else:
                continue  # "03/04/2026": the 3rd of April or the 4th of March
        value = _safe(y, mo, d)
        if value is not None:
            yield _entry(m.group(), m.span(), "day", value, year=y, month=mo, day=d)


_THE_WEEKEND = re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b", re.I)


def _the_weekend(text: str, ref: date) -> Iterator[dict[str, Any]]:
    """ "over the weekend", "at the weekend": the last weekend up to the report's day, or
    the next one when the clause looks ahead ("will meet at the weekend")."""
    for m in _THE_WEEKEND.finditer(text):
        if _tense(text, *m.span()) == FUTURE:
            sat = ref + timedelta(days=(5 - ref.weekday()) % 7)
        else:
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
        yield _entry(m.group(), m.span(), "weekend", sat, sat + timedelta(days=1), relative=True)


_TWO_DAYS = re.compile(r"\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b", re.I)
_AGO_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(_AGO_NUMBERS) + r")\s+(?P<u>day|week|month|year)s?\s+ago\b",
    re.I,
)


def _ago(text: str, ref: date) -> Iterator[dict[str, Any]]:
    """ "three days ago" (a day), "two weeks ago" (the week around that day), "a month
    ago", "two years ago", counted back from the article's date."""
    for m in _AGO.finditer(text):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _AGO_NUMBERS[word]
        unit = m.group("u").lower()
        if unit == "day":
            entry = _entry(m.group(), m.span(), "day", ref - timedelta(days=n), relative=True)
        elif unit == "week":
            mid = ref - timedelta(days=7 * n)
            start, end = mid - timedelta(days=3), mid + timedelta(days=3)
            entry = _entry(m.group(), m.span(), "week", start, end, relative=True)
        elif unit == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            first = date(y, mo + 1, 1)
            last = _month_last(y, mo + 1)
            entry = _entry(m.group(), m.span(), "month", first, last, relative=True)
        else:
            y = ref.year - n
            entry = _entry(m.group(), m.span(), "year", date(y, 1, 1), date(y, 12, 31))
        yield entry


# the date of the saying, not of the event: "officials said on Monday", "told reporters on
# Tuesday", "said in a statement on Friday"
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|confirmed|reported|added|stated|"
    r"wrote|posted|tweeted)(?:\s+in\s+a\s+(?:statement|post|briefing|interview))?\s+(?:on\s+)?$",
    re.I,
)
_AS_OF_BEFORE = re.compile(
    # "by 2030", "until March", "by the end of 2025", "by the fall of 2010": a deadline or
    # a count up to a date, not when something happened
    r"\b(?:by|until|till|through|as\s+of)\s+(?:the\s+(?:end|start|beginning|middle|fall|"
    r"spring|summer|autumn|winter|close|turn)\s+of\s+)?$",
    re.I,
)


_BETWEEN_WEEKDAY_DATE = re.compile(r"[,\s(]{1,3}")
_WEEKDAY_GROUPS = ("wd", "wdp", "wdb")


def _weekday_with_date(text: str, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "on Wednesday, July 8", "on Monday (1 June)": the date says which Wednesday, so the
    weekday is not a second date (it would resolve from the article's date, perhaps to
    another week)."""
    keep = []
    for k, e in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            nxt is not None
            and e.get("relative")
            and e.get("granularity") == "day"
            and e["text"].split()[-1].lower().rstrip("'’s") in WEEKDAYS
            and not nxt.get("relative")
            and nxt.get("day")
            and _BETWEEN_WEEKDAY_DATE.fullmatch(text, e["span"][1], nxt["span"][0])
        ):
            continue
        keep.append(e)
    return keep


# Every match of ``_DATE`` holds one of these words (a month's first three letters, "day"
# of a weekday/today/yesterday, or tomorrow/week/month/year) or digits (a four-digit year,
# an ordinal): cheap scans that skip the costly one for most claims. The plain words go
# apart from the digits, so that ``re`` jumps from one of their first letters to the next
_HINT_WORDS = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|tomorrow|week|month|year"
)
_HINT_DIGITS = re.compile(r"\d(?:\d{3}|(?:st|nd|rd|th)\b)")


def describe(entry: dict[str, Any]) -> str:
    """A short display form: "27 Nov 2024", "27 Nov", "2017-2019", "last weekend"."""
    gran = entry.get("granularity")
    if gran == "day" and entry.get("month") and entry.get("day"):
        y = entry.get("year")
        base = f"{entry['day']} {MONTH_ABBR[entry['month']]}"
        return f"{base} {y}" if y else base
    if entry.get("value") and gran == "day":
        d = date.fromisoformat(entry["value"])
        return f"{d.day} {MONTH_ABBR[d.month]} {d.year} ({entry['text']})"
    return str(entry.get("text"))
