"""Property tests on the pure pipeline: any text goes in, exact and ordered spans come out."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.pipeline import process
from claimtrack.read import read_article
from claimtrack.records import Document, RawArticle

# pieces that exercise the stages: cues, quotes, names, titles, relays, numbers, dates
PIECES = [
    "said",
    " said ",
    "according to ",
    ", the Guardian reports.",
    "citing ",
    "Ukraine's military intelligence (HUR) said ",
    "Kremlin Spokesperson Dmitry Peskov said ",
    "Reuters",
    "GUR",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    ". ",
    "? ",
    "! ",
    "\n",
    "\n\n",
    ", ",
    " that ",
    " denied ",
    " may have ",
    " 40 soldiers ",
    " on 3 December 2024 ",
    "Aleppo",
    "Khmeimim",
    "Hmeymim",
    "Dr. ",
    "U.S. ",
    "date 2024-13-45\n",
    "date 2024-11-30\n",
    "(",
    ")",
    "—",
    "\t",
    " ",
    "\x1b[31m",
    "\x00",
    "\x07",
    "\u2028",
    "\u202e",
    "\r\n",
    "\r",
    "\ufeff",
    "🙂",
    "Министерство заявило",
    "x" * 300,
]

any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=80)
article_text = st.lists(st.one_of(st.sampled_from(PIECES), any_text), max_size=40).map("".join)


def check_document(doc: Document) -> None:
    """The span contract every stage must keep."""
    text = doc.article.text
    n = len(text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= n
        assert text[s.start : s.end] == s.text
    previous_end = 0
    for c in doc.claims:
        assert 0 <= c.start < c.end <= n, (c.start, c.end, n)
        assert text[c.start : c.end] == c.text
        assert c.start >= previous_end, "claims overlap or are out of order"
        previous_end = c.end
        assert c.modality in ("asserted", "hedged", "denied")
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= n
        assert text[m.start : m.end] == m.surface
        if m.claim_index is not None:
            claim = doc.claims[m.claim_index]
            assert claim.start <= m.start and m.end <= claim.end


SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(article_text)
@example("")
@example('He said "')
@example("“”" * 50)
@example('"The bridge is safe," the mayor said. "It will reopen," he added')
@example("The mayor said.\rThe union said no.\r\nReuters said\u2028maybe.")
@example("Aleppo, the Guardian reports.")
def test_any_text_gives_exact_ordered_spans(text: str) -> None:
    check_document(process(RawArticle(path="p", text=text)))


@SETTINGS
@given(st.binary(max_size=400) | article_text.map(lambda t: t.encode("utf-8", "replace")))
def test_any_bytes_through_read_then_pipeline(data: bytes) -> None:
    raw = read_article("p.txt", data)
    if isinstance(raw, RawArticle):
        assert "\r" not in raw.text and "\x00" not in raw.text
        check_document(process(raw))


@settings(max_examples=25, deadline=None)
@given(
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40),
    st.integers(min_value=1, max_value=3),
)
def test_very_long_tokens_and_lines(token: str, power: int) -> None:
    text = "The mayor said " + token * (10**power // max(1, len(token))) + " is safe."
    check_document(process(RawArticle(path="p", text=text)))


def test_many_cues_in_one_sentence_look_back_a_bounded_distance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A hostile sentence of thousands of cue verbs must not make attribution quadratic:
    each cue's subject is searched for in a bounded window, not back to the sentence start.
    (Speed itself is measured in benchmarks/, not here.)"""
    from claimtrack.attribute import cues

    if not cues.__file__.endswith(".py"):
        pytest.skip("compiled build: calls inside a compiled module cannot be spied on")
    seen: list[int] = []
    real = cues._split_commas

    def spy(text: str) -> list[tuple[int, int]]:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(cues, "_split_commas", spy)
    process(RawArticle(path="p", text="said " * 3000))
    assert seen, "the subject search never ran"
    assert max(seen) <= cues.SUBJECT_REACH
