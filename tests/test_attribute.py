"""Attribution: one line per case, ``(text, expected chain, cue, modality)``.

Chains are canonical source names (after ``SourceRegistry.resolve``), outermost first;
``[]`` is the article's own voice. Only the first claim of each text is checked unless the
case gives a list of chains (one per claim).
"""

from __future__ import annotations

import pytest

from claimtrack.attribute import attribute
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import ClaimDraft, RawArticle
from claimtrack.segment import segment

REG = SourceRegistry()


def run(text: str, title: str | None = None) -> tuple[list[ClaimDraft], str | None]:
    art = RawArticle(path="t", text=text, title=title)
    claims, relay = attribute(art, segment(text))
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims, relay.name if relay else None


def names(claim: ClaimDraft) -> list[str]:
    return [REG.resolve(r).name for r in claim.chain]


CUE_CASES = [
    # X said (that) C
    (
        "The central bank said that inflation would ease next year.",
        ["central bank"],
        "said",
        "asserted",
    ),
    ("Reuters reported that the talks had collapsed.", ["Reuters"], "reported", "asserted"),
    ("The Kremlin says the sanctions are illegal.", ["Kremlin"], "says", "asserted"),
    (
        "Prime Minister Jane Holloway announced a snap election for March.",
        ["Jane Holloway"],
        "announced",
        "asserted",
    ),
    # C, X said. / C, said X.
    (
        "Exports fell by 4 percent in May, the statistics office said.",
        ["statistics office"],
        "said",
        "asserted",
    ),
    ("The deal is off, said Ukrinform.", ["Ukrinform"], "said", "asserted"),
    (
        '"We will fight on," coach Marta Lindqvist told reporters.',
        ["Marta Lindqvist"],
        "told",
        "asserted",
    ),
    # According to X, C / C, according to X.
    (
        "According to the Associated Press, six people were injured.",
        ["AP"],
        "according to",
        "asserted",
    ),
    ("Six people were injured, according to AFP.", ["AFP"], "according to", "asserted"),
    # claims / hedges / denials
    ("TASS claims that the bridge was destroyed.", ["TASS"], "claims", "hedged"),
    ("The ministry denied that troops had crossed the border.", ["ministry"], "denied", "denied"),
    ("Analysts suggest that rates may rise.", ["Analysts"], "suggest", "hedged"),
    ("The Pentagon said the strike was not aimed at civilians.", ["Pentagon"], "said", "denied"),
    # passive
    (
        "The outage was confirmed by the State Department.",
        ["State Department"],
        "confirmed by",
        "asserted",
    ),
    # anonymous and collective
    (
        "A senior European diplomat said the summit would be postponed.",
        ["senior European diplomat"],
        "said",
        "asserted",
    ),
    (
        "Two sources familiar with the matter told Bloomberg that the merger is off.",
        ["Bloomberg", "sources familiar with the matter"],
        "told",
        "asserted",
    ),
    (
        "Arab media reported that the convoy had reached the border.",
        ["Arab media"],
        "reported",
        "asserted",
    ),
    # nesting
    (
        "Interfax, citing a military source, reported that two ships had left port.",
        ["Interfax", "military source"],
        "reported",
        "asserted",
    ),
    (
        "The rally drew 10,000 people, claims the agency Xinhua, citing local police.",
        ["Xinhua", "local police"],
        "claims",
        "hedged",
    ),
    (
        "A spokesman for the club told ESPN that the striker would stay.",
        ["ESPN", "spokesman for the club"],
        "told",
        "asserted",
    ),
    # people: role stripped, short name linked
    (
        "Kremlin Spokesperson Dmitry Peskov said talks were possible.",
        ["Dmitry Peskov"],
        "said",
        "asserted",
    ),
    # own voice
    ("The river burst its banks on Tuesday.", [], None, "asserted"),
    ("Prices have probably peaked.", [], None, "hedged"),
]


# Verbs that describe an act when their object is a plain noun phrase: no source at all.
NOT_SPEECH_CASES = [
    "The Senate rejected the budget bill on Tuesday.",
    "Striker Lena Okafor added two goals in the second half.",
    "Police told residents to leave the area before midnight.",
    "Officials urged residents to stay indoors during the storm.",
    "The board estimated costs at the start of the year.",
]


@pytest.mark.parametrize("text", NOT_SPEECH_CASES)
def test_acts_are_not_speech(text: str) -> None:
    claims, _ = run(text)
    assert [names(c) for c in claims] == [[]]


# ... but the same verbs report when a clause, a quote or a noun of speech follows.
SPEECH_AFTER_ACT_VERB_CASES = [
    ("The ministry rejected claims that troops had crossed the border.", ["ministry"], "denied"),
    ("Tehran denied supplying the drones.", ["Tehran"], "denied"),
    ("The coach added that the squad was fit.", ["coach"], "asserted"),
    ("Beijing warned that it would respond to any provocation.", ["Beijing"], "asserted"),
    ("The spokeswoman accused the West of escalation.", ["spokeswoman"], "hedged"),
]


@pytest.mark.parametrize(("text", "chain", "modality"), SPEECH_AFTER_ACT_VERB_CASES)
def test_act_verbs_with_clauses_are_speech(text: str, chain: list[str], modality: str) -> None:
    claims, _ = run(text)
    assert names(claims[0]) == chain
    assert claims[0].modality == modality


@pytest.mark.parametrize(("text", "chain", "cue", "modality"), CUE_CASES)
def test_cue_patterns(text: str, chain: list[str], cue: str | None, modality: str) -> None:
    claims, _ = run(text)
    assert claims
    assert names(claims[0]) == chain
    assert claims[0].cue == cue
    assert claims[0].modality == modality


DISCOURSE_CASES = [
    # back-reference to the lead
    (
        "Three villages were evacuated overnight.\n\n"
        "This was reported by the State Emergency Service.",
        [["State Emergency Service"]],
    ),
    # pronouns resolve to the last compatible source
    (
        "Ukrinform reported heavy shelling in Kherson. They claim that 12 homes were hit.",
        [["Ukrinform"], ["Ukrinform"]],
    ),
    (
        "Mayor Ana Duarte said the bridge would reopen. She added that repairs cost $2 million.",
        [["Ana Duarte"], ["Ana Duarte"]],
    ),
    # an unresolvable pronoun keeps the own voice
    ("He said the market would recover.", [[]]),
    # continuation inside the paragraph for an organisation, not across a marker
    (
        "The IAEA said the plant lost power. Backup generators kicked in.\n\n"
        "As a reminder, the plant was shelled in 2022.",
        [["IAEA"], ["IAEA"], []],
    ),
    # a new paragraph that changes subject returns to own voice
    (
        "The IAEA said the plant lost power.\n\nThe weather in the region was mild.",
        [["IAEA"], []],
    ),
    # a short name links to the full name introduced earlier
    (
        "Finance Minister Olena Kovalenko said the budget was balanced. "
        "Kovalenko added that taxes would not rise.",
        [["Olena Kovalenko"], ["Olena Kovalenko"]],
    ),
    # quote split by a line break from its attribution
    (
        'Coach Tomas Berg praised his players.\n"We were ready for this game,"\nBerg said.',
        [[], ["Tomas Berg"]],
    ),
    # one sentence, two attributions -> two claims
    (
        "The army said the town was secure, while local officials told AP that fighting continued.",
        [["army"], ["AP", "local officials"]],
    ),
]


@pytest.mark.parametrize(("text", "chains"), DISCOURSE_CASES)
def test_discourse(text: str, chains: list[list[str]]) -> None:
    claims, _ = run(text)
    assert [names(c) for c in claims] == chains


def test_relay_from_lead_heads_every_chain_but_background() -> None:
    text = (
        "The mine will close next year, the Financial Times reports.\n"
        "Company chairman Rui Alves said 800 jobs would go.\n"
        "As a reminder, the mine opened in 1962."
    )
    claims, relay = run(text)
    assert relay == "FT"
    assert [names(c) for c in claims] == [["FT"], ["FT", "Rui Alves"], []]


def test_relay_from_title_suffix() -> None:
    text = "Port strike spreads - Reuters\n\nDockers walked out in three more ports on Monday."
    claims, relay = run(text)
    assert relay == "Reuters"
    assert names(claims[0]) == ["Reuters"]


def test_headings_and_boilerplate_never_claims() -> None:
    text = "Election results\n\nTurnout was 61 percent.\n\nRead more: the full tables\nBonus video:"
    claims, _ = run(text)
    assert [c.text for c in claims] == ["Turnout was 61 percent."]


def test_unbalanced_quotes_do_not_crash_or_guess() -> None:
    claims, _ = run('The minister said "we will not "back down.\n"And then" nothing')
    assert names(claims[0]) == ["minister"] or claims[0].chain[0].kind in ("person", "government")


def test_claims_ordered_and_disjoint() -> None:
    text = (
        "Moscow has condemned foreign powers, despite reports from Ukrainian military "
        "intelligence that Russia plans to send mercenaries, the Guardian reports."
    )
    claims, relay = run(text)
    assert relay == "Guardian"
    assert [names(c) for c in claims] == [["Guardian", "Moscow"], ["Guardian", "GUR"]]
    assert claims[0].end <= claims[1].start


# ------------------------------------------------------------- named seed regressions
SEEDS = "seeds"


def _seed(prefix: str) -> str:
    import pathlib

    root = pathlib.Path(__file__).resolve().parent.parent / SEEDS
    return next(root.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def _claim_with(claims: list[ClaimDraft], fragment: str) -> ClaimDraft:
    return next(c for c in claims if fragment in c.text)


def test_seed_000_lead_backreference() -> None:
    claims, _ = run(_seed("000"))
    assert names(claims[0]) == ["GUR"]


def test_seed_001_ria_citing_anonymous() -> None:
    claims, _ = run(_seed("001"))
    c = _claim_with(claims, "with the help of Ukrainian advisors")
    assert names(c)[0] == "RIA"
    assert c.chain[1].kind == "anonymous"


def test_seed_003_ft_relay_and_misspelled_short_name() -> None:
    claims, relay = run(_seed("003"))
    assert relay == "FT"
    c = _claim_with(claims, "negotiations are underway")
    assert names(c) == ["FT", "Kamal Lababidi"]


def test_seed_004_guardian_relay() -> None:
    claims, relay = run(_seed("004"))
    assert relay == "Guardian"
    assert names(_claim_with(claims, "planned rotations")) == ["Guardian", "GUR"]
    quote = _claim_with(claims, "As military control")
    assert quote.chain[0].name == "Guardian"
    assert quote.chain[1].kind == "person"
    assert "White Helmets" in quote.chain[1].name
