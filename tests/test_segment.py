from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.segment import dateline_wire, segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


SPLIT_CASES = [
    ("Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]),
    (
        "Gen. Ivanov met Dr. Lee on Dec. 3. Talks failed.",
        ["Gen. Ivanov met Dr. Lee on Dec. 3.", "Talks failed."],
    ),
    ("J. Smith paid 3.5 million. It was late.", ["J. Smith paid 3.5 million.", "It was late."]),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ("Rates rose in the U.S. on Monday.", ["Rates rose in the U.S. on Monday."]),
    ("Item No. 5 was sold. St. Petersburg bid.", ["Item No. 5 was sold.", "St. Petersburg bid."]),
    ("Is it true? Nobody knows!", ["Is it true?", "Nobody knows!"]),
    # two-letter initials inside a name do not end a sentence; a dotted acronym after a
    # lower-case word may
    (
        "Rep. G.K. Lindqvist voted no. Others agreed.",
        ["Rep. G.K. Lindqvist voted no.", "Others agreed."],
    ),
    ("J.R. Salazar sold the club.", ["J.R. Salazar sold the club."]),
    (
        "The seat went to the A.N.C. The vote was close.",
        ["The seat went to the A.N.C.", "The vote was close."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_paragraphs_headings_and_boilerplate() -> None:
    text = (
        "Flood warning\n\nRain fell. Rivers rose.\nBy Anna Berg\nRead more: weather\n"
        "Share this article"
    )
    sents = segment(text)
    assert [s.paragraph for s in sents] == [0, 1, 1, 2, 3, 4]
    assert sents[0].heading and not sents[1].heading
    assert [s.boilerplate for s in sents[3:]] == [True, True, True]


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        ("The harbour master said, 'No ship will sail tonight.'", False),  # British quotes
        ("'Are we next?' asked one resident.", False),
        ("Mr Obi said: 'We will rebuild.'", False),
        ("Farmers' anger grows", True),  # an apostrophe is no full stop
        ("Storm warning for the coast", True),
    ],
)
def test_a_closing_single_quote_after_a_stop_ends_a_sentence(paragraph: str, heading: bool) -> None:
    sents = segment(f"{paragraph}\n\nRain fell all night.")
    assert sents[0].heading is heading


def test_line_break_mid_sentence_continues() -> None:
    sents = segment("The minister said that\nprices would rise.")
    assert len(sents) == 1 and sents[0].paragraph == 0


def test_metadata_prefix_is_its_own_heading() -> None:
    text = " date 2024-12-02 The army said the town fell."
    sents = segment(text)
    assert sents[0].heading and sents[0].text == "date 2024-12-02"
    assert sents[1].text.startswith("The army") and not sents[1].heading


def test_quote_split_by_line_break_keeps_attribution() -> None:
    sents = segment('"We were ready,"\nBerg said.')
    assert len(sents) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.B?!\"”' \n\n,Mr.Dec3")), max_size=200))
def test_spans_exact_ordered_disjoint(text: str) -> None:
    prev_end = -1
    for s in segment(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= prev_end
        prev_end = s.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    for s in segment(text):
        assert text[s.start : s.end] == s.text


NOT_CLAIM_CASES = [
    # question subheads of an explainer
    ("What happens next?\n\nThe talks resume on Friday.", ["The talks resume on Friday."]),
    ("Why are insurers worried?\n\nPremiums rose 8%.", ["Premiums rose 8%."]),
    # correction notices, whole paragraph
    (
        "Rents rose 4%.\n\nCorrection, June 4: An earlier version of this article misstated "
        "the rise. It was 4%, not 40%.",
        ["Rents rose 4%."],
    ),
    ("Editor's note: This story has been updated.\n\nRents rose.", ["Rents rose."]),
    # datelines
    ("MOSCOW, March 5. /TASS/. Russian forces took Novoe.", ["Russian forces took Novoe."]),
    ("KYIV (Reuters) - Ukraine shot down 40 drones.", ["Ukraine shot down 40 drones."]),
    ("MOSCOW, 12 Nov — RIA Novosti. The ruble fell.", ["The ruble fell."]),
]


# a line without a final stop is still a claim when it is a list's item, a live blog's
# timed entry or a transcript's turn; a short line on its own stays a heading
LINE_CLAIM_CASES = [
    (
        "Key points:\n- The port will close on Monday\n- Around 300 workers are affected",
        ["Key points:", "The port will close on Monday", "Around 300 workers are affected"],
    ),
    (
        "14:05 Police say the road is closed\n14:20 Two people were injured",
        ["14:05 Police say the road is closed", "14:20 Two people were injured"],
    ),
    (
        "HOST: So what happened at the port yesterday\nGUEST: The workers walked out.",
        ["HOST: So what happened at the port yesterday", "GUEST: The workers walked out."],
    ),
    ("Storm Orla: Live Updates\n\nTrains were cancelled.", ["Trains were cancelled."]),
    (
        "Ukraine war: Russia launches its biggest drone attack\n\nTrains were cancelled.",
        ["Trains were cancelled."],
    ),
    ("VERDICT: False\n\nThe claim is false.", ["The claim is false."]),
]


@pytest.mark.parametrize(("text", "claims"), LINE_CLAIM_CASES)
def test_list_items_timed_entries_and_turns_are_claims(text: str, claims: list[str]) -> None:
    assert [s.text for s in segment(text) if not (s.heading or s.boilerplate)] == claims


@pytest.mark.parametrize(("text", "claims"), NOT_CLAIM_CASES)
def test_subheads_notices_and_datelines_are_not_claims(text: str, claims: list[str]) -> None:
    assert [s.text for s in segment(text) if not (s.heading or s.boilerplate)] == claims


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("MOSCOW, March 5. /TASS/.", "TASS"),
        ("KYIV (Reuters) -", "Reuters"),
        ("KHARKIV, Ukraine (AP) —", "AP"),
        ("MOSCOW, 12 Nov — RIA Novosti.", "RIA Novosti"),
        ("The ministry said so.", None),
    ],
)
def test_dateline_wire(text: str, wire: str | None) -> None:
    assert dateline_wire(text) == wire


def test_time_abbreviation_before_a_quote_ends_the_sentence() -> None:
    assert texts("Crews shut the main by 9 a.m. “This pipe is old,” he said.") == [
        "Crews shut the main by 9 a.m.",
        "“This pipe is old,” he said.",
    ]
    assert texts("They met at 9 a.m. Monday.") == ["They met at 9 a.m. Monday."]


def test_a_list_items_marker_is_no_part_of_its_sentence() -> None:
    text = (
        "Key points:\n- The ministry says 40 villages were evacuated.\n"
        "• Aid groups say food is short.\n"
    )
    items = [s for s in segment(text) if "says" in s.text or "say" in s.text]
    assert [s.text for s in items] == [
        "The ministry says 40 villages were evacuated.",
        "Aid groups say food is short.",
    ]
    assert all(text[s.start : s.end] == s.text for s in items)
