"""Who a reading's frame is about, from the words of a noun phrase (``participant_keys``)."""

from __future__ import annotations

import pytest

from claimtrack.normalise.reading import participant_keys, read_claim


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("3.1 tonnes of cocaine hidden in fruit crates", "w:cocaine"),
        ("about 800 kilograms of heroin", "w:heroin"),
        ("nearly 2 million hectares of farmland", "w:farmland"),
        ("1.2 million tonnes of grain shipped from Odesa", "w:grain"),
        ("a tonne of explosives", "w:explosive"),
    ],
)
def test_a_measured_stuff_is_the_stuff_not_its_unit(phrase: str, key: str) -> None:
    keys = participant_keys(phrase.split())
    assert key in keys
    assert not any(k.startswith("w:") and k != key for k in keys), keys


@pytest.mark.parametrize("phrase", ["the tonnes", "tonnes of cocaine", "hectares"])
def test_a_unit_without_an_amount_and_stuff_stays_the_head(phrase: str) -> None:
    assert participant_keys(phrase.split())


def test_seizures_of_one_stuff_in_two_units_share_their_theme() -> None:
    """Both "1.2 tonnes of cocaine" and "about 800 kilograms of cocaine" are about cocaine."""
    themes = []
    for text in (
        "Belgian customs officers seized 1.2 tonnes of cocaine hidden in bananas.",
        "Dock workers found about 800 kilograms of cocaine in a container.",
    ):
        frames = read_claim(text, None)["frames"]
        themes.append({k for fr in frames for k in fr.get("theme_keys", ())})
    assert "w:cocaine" in themes[0] & themes[1]


@pytest.mark.parametrize(
    ("phrase", "present", "absent"),
    [
        # a name before "-backed", "-based", "-led" only anchors the participant
        ("the Iran-backed Houthis", {"n:huthis", "a:iran"}, {"n:iran baked huthis"}),
        ("Russian-backed forces", {"h:troops", "a:rusia"}, {"c:russia"}),
        ("the Kyiv-based Razumkov Centre", {"n:razumkov centre", "a:kiv"}, {"n:kiv based"}),
        ("the Saudi-led coalition", {"w:coalition", "a:saudi arabia"}, {"n:saudi led"}),
        ("the Sealdah-bound Rupsa Express", {"n:rupsa ekspres"}, {"n:sealda bund"}),
        # opening the phrase, the word before the hyphen must name something
        ("Ex-mayor Gérard Vasseur", {"n:vaseur"}, {"a:eks", "a:ex"}),
        ("Far-right parties", set(), {"a:far"}),
    ],
)
def test_a_name_before_a_hyphenated_participle_only_anchors(
    phrase: str, present: set[str], absent: set[str]
) -> None:
    keys = set(participant_keys(phrase.split()))
    assert present <= keys, keys
    assert not absent & keys, keys


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        # an ex-holder of a post is its former holder, as "former" says
        ("the club's ex-coach", "w:coach"),
        ("an ex-treasurer", "w:treasurer"),
        # a hyphenated noun is a head of its own (a vice-president is no president)
        ("the vice-president", "w:vice-president"),
        ("a co-pilot", "w:co-pilot"),
    ],
)
def test_a_hyphenated_head_noun(phrase: str, key: str) -> None:
    keys = participant_keys(phrase.split())
    assert key in keys, keys


def test_an_appositive_name_after_a_place_stays_a_name_of_its_own() -> None:
    """ "The governor of Chile's Biobío Region, Rosa Lagos, resigned": the region and the
    governor are two names, not one run of capitals."""
    (frame,) = read_claim(
        "The governor of Chile's Biobío Region, Rosa Lagos, resigned on Friday.", None
    )["frames"]
    keys = frame["agent_keys"]
    assert set(participant_keys(["Rosa", "Lagos"])) <= set(keys), keys
    assert not [k for k in keys if "lagos" in k and "region" in k], keys


@pytest.mark.parametrize(
    ("phrase", "key"),
    [("two ferries", "w:ferry"), ("the lorries", "w:lorry"), ("a series", "w:serie")],
)
def test_a_plural_in_ies_shares_its_singulars_key(phrase: str, key: str) -> None:
    assert key in participant_keys(phrase.split())
