"""The cheap pre-checks and look-aheads that speed up extraction must never change a result.

Each one is compared with the plain scan it stands in front of, on hand-picked texts
(odd case, Unicode digits and letters that fold to ASCII, words cut at the edges) and on
generated ones. No timing here: speed is measured in ``benchmarks/stage_speed.py``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.attribute import cues
from claimtrack.attribute.lexicon import HEDGE_RE, NEGATION_RE, lexicon
from claimtrack.normalise import dates, quantities, reading

TEXTS = [
    # a share followed by a percent sign's words (hypothesis found it: the reference had
    # the share as an alternative of its own, after the pattern had put it first)
    "half per cent, nearly half of voters, six in ten %",
    "Clashes began on November 27 after MidJanuary 5 talks, in 2019 and 2017–2019.",
    "On ٢٧ March ٢٠١٩ and ２０２０ officials met; last week, next Monday, yesterday.",
    "It ended on Monday, October 5, in the spring of 2019, until 2020, earlier this year.",
    "Between twenty-five and ONE HUNDRED soldiers, at least 1,200 people, 3.5 million.",
    "More than 70 per cent of Idlib; half of its territory; dozens of TANKS; a dozen.",
    "The ministry allegedly did not confirm it; Reportedly they couldn't, it's unclear.",
    "According to the ministry, Reuters reported, citing sources, that the plan failed.",
    "ACCORDING TO Reuters; per Reuters; as reported by AP; Per capita; newspaper quoted",
    "Despite reports from AFP that the army withdrew, figures from the ONS show growth.",
    "Strikes, STRUCK; unstruck rebels re-struck a town and killed-off 12; ΣΑΣ killsΣ",
    "The sheriff's earlier claim that it rose, a Boston Globe report  that; Ruiz’s claims\nthat",
    "The data showed a rise, the ministry's figures suggest; ſtatistics ſhow; Kelvin K.",
    "He declined to comment, saying only that it was was reported by the agency also",
    "Officials SAID Also, he said ALSO, the governor had previously  \n",
    "",
]

_WORDS = [
    "according", "to", "Per", "per", "reported", "by", "citing", "reports", "that", "said",
    "also", "not", "never", "reportedly", "allegedly", "figures", "show", "from", "twenty",
    "seven", "hundred", "half", "dozens", "at", "least", "more", "than", "per cent", "%",
    "12", "1,200", "٣", "March", "May", "2019", "last", "week", "on", "Monday", "ſ", "K",
    "İ", "declined", "was", "in", "the", "-", ",", ".", "“", "\n",
]  # fmt: skip
texts = st.lists(st.sampled_from(_WORDS), max_size=16).map(" ".join) | st.text(max_size=40)


def _all(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _plain_quantity_pattern() -> re.Pattern[str]:
    """The amount pattern written as plain alternations sorted longest first, no look-ahead."""
    lx = quantities._lex()

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    num = (
        r"(?:(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?)(?:(?:"
        + alt(lx.joined)
        + r")(?![\w\-]))?|"
        + alt(lx.numbers)
        + r")(?:\s+(?:"
        + alt(lx.multipliers)
        + r")\b)?"
    )
    return re.compile(
        rf"(?<![\w\-.,])(?:(?P<qual>{alt(lx.qualifiers)})\s+)?"
        # a share first, as in the pattern (since d695345): "nearly half of"
        rf"(?:(?P<share>{alt(lx.shares)})\b(?!\s+(?:an?\s+)?(?:{alt(lx.multipliers)}|dozen)\b)"
        rf"|between\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})"
        rf"|(?P<n1>{num})(?:\s*(?:-|–|to)\s*(?P<n2>{num}))?)"
        r"(?:(?=(?P<sfx>-(?:year|month|week|day)s?-old|-(?:" + quantities._SUFFIX_UNITS + r")\b"
        r"|(?<![\d.,]\d{4})[CF]\b))"
        r"|(?!(?!pc\b)[\w\-]|[.,]\d))(?P<pct>\s*%|\s*pc\b|\s+per\s?cent\b)?"
        rf"|(?<![\w\-])(?P<vague>{alt(lx.vague)})\b",
        re.IGNORECASE,
    )


def _check_regexes(text: str) -> None:
    plain_date = re.compile(dates._DATE.pattern[len(dates._DATE_START) :])
    assert _all(dates._DATE, text) == _all(plain_date, text)
    assert _all(quantities._lex().pattern, text) == _all(_plain_quantity_pattern(), text)
    hinted = dates._HINT_WORDS.search(text) or dates._HINT_DIGITS.search(text)
    assert hinted or dates._DATE.search(text) is None
    rx = reading._lex()
    parts = {p for first in rx.forms for p in reading._LETTERS.findall(first)}
    words = reading._LETTERS.findall(text.lower())
    assert (rx.form_part_re.search(text.lower()) is None) == parts.isdisjoint(words)
    lx = quantities._lex()
    assert quantities._may_hold_amount(text, lx) == (
        quantities._DIGIT.search(text) is not None
        or not text.isascii()
        or any(w in text.lower() for w in lx.hints)
    )
    hedge = re.compile(HEDGE_RE.pattern.replace("(?=[AaPpRrSsclmnu])", "", 1))
    negation = re.compile(NEGATION_RE.pattern.replace("(?=[acdfhinruw])", "", 1))
    assert _all(HEDGE_RE, text) == _all(hedge, text)
    assert _all(NEGATION_RE, text) == _all(negation, text)


@pytest.mark.parametrize("text", TEXTS)
def test_regex_look_aheads_change_no_match(text: str) -> None:
    _check_regexes(text)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_regex_look_aheads_change_no_match_generated(text: str) -> None:
    _check_regexes(text)


def _frames_without_gates(text: str, monkeypatch: pytest.MonkeyPatch) -> list[cues.Frame]:
    everything = re.compile("")
    open_lexicon = dataclasses.replace(
        lexicon(),
        prep_gate=everything,
        relay_gate=everything,
        nominal_gate=everything,
        owned_gate=everything,
        evidence_hint=everything,
        evidence_hint_lower=everything,
    )
    with monkeypatch.context() as m:
        m.setattr(cues, "lexicon", lambda: open_lexicon)
        m.setattr(cues, "_PASSIVE_HINT", everything)
        m.setattr(cues, "_TRAIL_SET", _every_word(text))
        return cues._find_frames(text)


def _every_word(text: str) -> frozenset[str]:
    """Every word the finder may look up in ``_TRAIL_SET`` for ``text`` (its whitespace
    tokens and its letter runs, as written and in lower case): a real set, not a subclass
    that overrides ``__contains__``, which the compiled build does not call (a membership
    test on a frozenset is compiled to the set's own look-up)."""
    words = set(text.split()) | set(re.findall(r"\w+", text))
    return frozenset(words | {w.lower() for w in words})


def _check_frames(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cues._find_frames(text) == _frames_without_gates(text, monkeypatch)


@pytest.mark.parametrize("text", TEXTS)
def test_cue_gates_drop_no_frame(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _check_frames(text, monkeypatch)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_cue_gates_drop_no_frame_generated(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check_frames(text, monkeypatch)


_HEADLINE_WORDS = ["Bridge", "Will", "Be", "Rebuilt", "Mayor", "Says", "Claims", "Report",
                   "said", "Notes", "Of", "the", "Ana", "Ruiz", "Warns", "3pm", "Grid", "Fails",
                   ",", ".", "Reuters", "says", "Confirms", "over", "O'Neill"]  # fmt: skip
headlines = st.lists(st.sampled_from(_HEADLINE_WORDS), max_size=10).map(" ".join) | texts


def _check_headline(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(cues, "_PROSE_WORD", re.compile(r"(?!)"))  # never matches: no shortcut
        plain = cues._headline_cues(text)
    assert cues._headline_cues(text) == plain


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "Bridges Will Be Rebuilt, Mayor Says.", "Ana Ruiz Says Grid Fails", "3days Notes"],
)
def test_the_prose_shortcut_of_headline_cues_changes_nothing(text: str) -> None:
    _check_headline(text)


@settings(max_examples=150, deadline=None)
@given(headlines)
def test_the_prose_shortcut_of_headline_cues_changes_nothing_generated(text: str) -> None:
    _check_headline(text)


def test_remembered_frames_are_independent_copies() -> None:
    text = "Reuters, citing two sources, said the talks had failed, according to AP."
    first = cues.find_frames(text)
    assert first == cues._find_frames(text)
    first[0].inner.append("someone")
    first.pop()
    again = cues.find_frames(text)
    assert again == cues._find_frames(text)
    assert all(a is not b for a, b in zip(first, again, strict=False))


@pytest.mark.parametrize("text", TEXTS)
def test_place_and_participant_shortcuts_change_nothing(text: str) -> None:
    words = text.split()
    keys = reading.participant_keys(words)
    assert keys == reading.participant_keys(list(words))  # remembered: an equal fresh copy
    assert keys is not reading.participant_keys(words)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(reading, "_BEFORE_PLACE_HINT", re.compile(""))
        plain = reading.find_places(text)
    assert reading.find_places(text) == plain
