"""Entity mentions: tables of sentences and the mentions they must (not) yield."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.normalise.entities import (
    acronym_links,
    entity_key,
    entity_kind,
    extract_mentions,
    query_keys,
)
from claimtrack.normalise.translit import name_key
from claimtrack.records import ClaimDraft, Mention


def whole(text: str) -> list[ClaimDraft]:
    return [ClaimDraft(start=0, end=len(text), text=text)]


def mentions(text: str) -> list[Mention]:
    return extract_mentions(text, whole(text))


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in mentions(text)]


# (text, mentions that must be found as (surface, kind), surfaces that must not be found)
EXTRACTION = [
    (
        "Russian troops fled from Hama and evacuated to the Khmeimim base.",
        [("Hama", "place"), ("Khmeimim", "place")],
        ["Russian"],
    ),
    (
        "The head of the headquarters, Colonel-General Oleksandr Zhuravlev, said so.",
        [("Oleksandr Zhuravlev", "person")],
        ["The", "Colonel-General", "Colonel-General Oleksandr Zhuravlev"],
    ),
    (
        "Hay'at Tahrir al-Sham (HTS), which leads a coalition, entered Aleppo.",
        [("Hay'at Tahrir al-Sham", "organisation"), ("HTS", "organisation"), ("Aleppo", "place")],
        [],
    ),
    (
        "Fighting continued near the city of Deir ez-Zor on Monday.",
        [("Deir ez-Zor", "place")],
        ["Fighting", "Monday"],
    ),
    (
        "Syrian President Bashar al-Assad’s regime relied on Moscow.",
        [("Bashar al-Assad", "person"), ("Moscow", "place")],
        ["Syrian", "Syrian President Bashar al-Assad", "President"],
    ),
    (
        "Kremlin Spokesperson Dmitry Peskov called it an encroachment.",
        [("Kremlin", "organisation"), ("Dmitry Peskov", "person")],
        ["Spokesperson"],
    ),
    (
        "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan.",
        [("Sergei Lavrov", "person"), ("Hakan Fidan", "person")],
        ["Russian Foreign", "Foreign Minister", "Turkish"],
    ),
    (
        "Russian Navy Admiral Aleksandr Moiseyev appeared at the naval base in Tartus.",
        [("Russian Navy", "organisation"), ("Aleksandr Moiseyev", "person"), ("Tartus", "place")],
        ["Admiral"],
    ),
    (
        "The Institute for the Study of War (ISW) noted diplomatic efforts.",
        [("Institute for the Study of War", "organisation"), ("ISW", "organisation")],
        ["The"],
    ),
    (
        "On December 8, the opposition took Damascus, the Guardian reports.",
        [("Damascus", "place"), ("Guardian", "organisation")],
        ["On", "December"],
    ),
    (
        "Mr Starmer told the House that Britain and France would act.",
        [("Starmer", "person"), ("Britain", "place"), ("France", "place")],
        ["Mr", "Mr Starmer"],
    ),
    (
        "Prime Minister Narendra Modi landed in New Delhi after visiting Kuala Lumpur.",
        [("Narendra Modi", "person"), ("New Delhi", "place"), ("Kuala Lumpur", "place")],
        ["Prime", "Minister"],
    ),
    (
        "According to Reuters, the UN Security Council will meet in Geneva next week.",
        [("Reuters", "organisation"), ("UN Security Council", "organisation"), ("Geneva", "place")],
        ["According"],
    ),
    (
        "However, Mohammed bin Salman did not attend the summit in Riyadh.",
        [("Mohammed bin Salman", "person"), ("Riyadh", "place")],
        ["However"],
    ),
    (
        "Ursula von der Leyen spoke to the European Parliament in Strasbourg.",
        [("Ursula von der Leyen", "person"), ("European Parliament", "organisation")],
        [],
    ),
    (
        "Shelling hit Kharkiv and Zaporizhzhia overnight, Ukraine's air force said.",
        [("Kharkiv", "place"), ("Zaporizhzhia", "place"), ("Ukraine", "place")],
        ["Shelling"],
    ),
    (
        "The Wagner Group and the Africa Corps recruited in Mali and Niger.",
        [
            ("Wagner Group", "organisation"),
            ("Africa Corps", "organisation"),
            ("Mali", "place"),
            ("Niger", "place"),
        ],
        [],
    ),
    (
        "Analysts at the Syrian Observatory for Human Rights counted 275 attacks.",
        [("Syrian Observatory for Human Rights", "organisation")],
        ["Analysts"],
    ),
    (
        "Russian-backed forces shelled Idlib, while pro-Turkish units held Afrin.",
        [("Idlib", "place"), ("Afrin", "place")],
        ["Russian-backed", "Russian"],
    ),
    (
        "The Ministry of Defense of Ukraine, citing Censor.NET, denied it.",
        [("Ministry of Defense of Ukraine", "organisation"), ("Censor.NET", "organisation")],
        ["The"],
    ),
    (
        "They claim battles took place in the cities of Hama, Homs and Suwayda.",
        [("Hama", "place"), ("Homs", "place"), ("Suwayda", "place")],
        ["They"],
    ),
    (
        "Moscow withdrew S-300 systems, said Jean-Pierre Filiu of Sciences Po.",
        [("Moscow", "place"), ("Jean-Pierre Filiu", "person")],
        ["S-300", "Jean-Pierre Filiu of Sciences Po"],
    ),
    # demonyms of countries beyond the seeds' region are adjectives, not entities, and their
    # countries are places
    (
        "Kyrgyz and Tajik border guards exchanged fire, Swiss and Kenyan officials said.",
        [],
        ["Kyrgyz", "Tajik", "Swiss", "Kenyan"],
    ),
    (
        "Talks in Tanzania and Uruguay stalled, Malawi's electoral commission said.",
        [("Tanzania", "place"), ("Uruguay", "place"), ("Malawi", "place")],
        [],
    ),
    # a hyphenated pair of known names is two parties, each its own mention; a hyphenated
    # name of one place stays whole
    (
        "US-China trade talks resumed after the India-Pakistan ceasefire, NATO-EU aides said.",
        [
            ("US", "place"),
            ("China", "place"),
            ("India", "place"),
            ("Pakistan", "place"),
            ("NATO", "organisation"),
            ("EU", "organisation"),
        ],
        ["US-China", "India-Pakistan", "NATO-EU"],
    ),
    (
        "The Israel-Hamas truce held as Guinea-Bissau and Bosnia-Herzegovina voted.",
        [
            ("Israel", "place"),
            ("Hamas", "organisation"),
            ("Guinea-Bissau", "place"),
            ("Bosnia-Herzegovina", "place"),
        ],
        ["Israel-Hamas", "Guinea", "Bissau", "Bosnia"],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), EXTRACTION)
def test_extraction(text: str, present: list[tuple[str, str]], absent: list[str]) -> None:
    found = surfaces(text)
    for item in present:
        assert item in found, (item, found)
    names = [s for s, _ in found]
    for surface in absent:
        assert surface not in names, (surface, found)


@pytest.mark.parametrize(
    ("text", "same"),
    [
        # an acronym the article introduces takes its expansion's key
        ("Hayat Tahrir al-Sham (HTS) took Aleppo. HTS then moved south.", ["Hayat", "HTS"]),
        ("The Free Fighters Union (FFU) rejected this. The FFU said so.", ["Free", "FFU"]),
        (
            "The Main Directorate of Intelligence (known as GUR) said it. GUR added.",
            ["Main", "GUR"],
        ),
        ("The Popular Liberation Brigade (PLB) fought. PLB won.", ["Popular", "PLB"]),
        # a bare surname takes the full person's key
        ("General Sergey Kisel was dismissed. Kisel had been removed before.", ["Sergey", "Kisel"]),
        ("Colonel Vadim Baykulov was recalled. Baykulov did not comment.", ["Vadim", "Baykulov"]),
        (
            "Kamal Lababida, an envoy, spoke. According to Lababidi, talks go on.",
            ["Kamal", "Lababidi"],
        ),
        ("Assad fled. Bashar al-Assad had ruled since 2000.", ["Assad", "Bashar"]),
        # spellings of one place in one article
        (
            "Troops left Khmeimim for Hmeymim and then Khmeimin.",
            ["Khmeimim", "Hmeymim", "Khmeimin"],
        ),
    ],
)
def test_mentions_share_a_key(text: str, same: list[str]) -> None:
    found = mentions(text)
    keys = {m.key for m in found if any(m.surface.startswith(p) for p in same)}
    assert len(keys) == 1, [(m.surface, m.key) for m in found]


def test_different_people_with_one_surname_stay_apart() -> None:
    text = "General Sergey Kisel resigned. His cousin Nikolai Kisel stayed. Kisel declined."
    found = mentions(text)
    keys = {m.surface: m.key for m in found}
    assert keys["Sergey Kisel"] != keys["Nikolai Kisel"]
    # the bare surname goes to the nearest person named before it
    assert found[-1].surface == "Kisel" and found[-1].key == keys["Nikolai Kisel"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("HTS", "Hayat Tahrir al-Sham"),
        ("GUR", "HUR"),
        ("HUR", "Main Intelligence Directorate"),
        ("Hmeymim", "Khmeimim"),
        ("Syrian Army", "Syrian Arab Army"),
        ("Russian Federation", "Russia"),
        ("U.S.", "United States"),
        ("ISIS", "Daesh"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Kiev", "Kyiv"),
        ("The Hague", "Hague"),
        ("Nato", "NATO"),
    ],
)
def test_gazetteer_variants_share_an_entity_key(a: str, b: str) -> None:
    assert entity_key(a) == entity_key(b)


def test_lowercase_us_is_not_a_country() -> None:
    assert entity_key("us") != entity_key("US")


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Hayat Tahrir al-Sham (HTS) took Aleppo.", {"HTS": "Hayat Tahrir al-Sham"}),
        ("HTS (Hayat Tahrir al-Sham) took Aleppo.", {"HTS": "Hayat Tahrir al-Sham"}),
        (
            "the Main Directorate of Intelligence (known as GUR) of the Ministry",
            {"GUR": "Main Directorate of Intelligence"},
        ),
        (
            "Ukraine's Main Directorate of Intelligence(HUR) reported",
            {"HUR": "Main Directorate of Intelligence"},
        ),
        ("The Free Fighters Union (FFU) rejected this.", {"FFU": "Free Fighters Union"}),
        ("Ukraine's military intelligence agency (HUR) said", {}),
        ("He said (and I quote) nothing.", {}),
        ("Turnout was high (AP).", {}),
    ],
)
def test_acronym_links(text: str, links: dict[str, str]) -> None:
    assert acronym_links(text) == links


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("Damascus", "place"),
        ("Hmeymim", "place"),
        ("HTS", "organisation"),
        ("Vladimir Putin", "person"),
        ("Vadim Baikulov", "person"),
        ("Fourth Division", "organisation"),
        ("Syrian Revolutionary Forces", "organisation"),
        ("Khan Shaykhun", "place"),
        ("Kafr Nabl", "place"),
        ("Novosibirsk", "place"),
        ("Idlib Province", "place"),
        ("Blorf", "unknown"),
    ],
)
def test_entity_kind(surface: str, kind: str) -> None:
    assert entity_kind(surface) == kind


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("Hmeymim", "Khmeimim"),
        ("Khmeimin", "Khmeimim"),
        ("HTS", "Hayat Tahrir al-Sham"),
        ("hts", "Hayat Tahrir al-Sham"),
        ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        ("GUR", "Main Directorate of Intelligence"),
        ("Sweida", "Suwayda"),
        ("Putin", "Vladimir Putin"),
        ("Kiev", "Kyiv"),
        ("Dayr az-Zawr", "Deir ez-Zor"),
    ],
)
def test_query_keys(topic: str, expected: str) -> None:
    keys = query_keys(topic)
    assert name_key(expected) in keys
    assert keys[0] == name_key(topic)


def test_query_keys_of_acronym_include_spellings() -> None:
    keys = query_keys("Hayat Tahrir al-Sham")
    assert "hts" in keys


def test_offsets_and_claim_index() -> None:
    text = "Intro line.\nGUR said Hama fell. Later, Moscow denied it. Homs is quiet."
    first = text.index("GUR")
    second = text.index("Later")
    claims = [
        ClaimDraft(start=first, end=text.index(" Later"), text=text[first : text.index(" Later")]),
        ClaimDraft(start=second, end=text.index(" Homs"), text=text[second : text.index(" Homs")]),
    ]
    found = extract_mentions(text, claims)
    assert [(m.surface, m.claim_index) for m in found] == [
        ("GUR", 0),
        ("Hama", 0),
        ("Moscow", 1),
    ]
    for m in found:
        assert text[m.start : m.end] == m.surface


def test_no_claims_no_mentions() -> None:
    assert extract_mentions("Damascus fell.", []) == []
    assert extract_mentions("", whole("")) == []


def test_out_of_range_claims_do_not_raise() -> None:
    text = "Damascus fell to HTS."
    claims = [ClaimDraft(start=-5, end=999, text=text), ClaimDraft(start=30, end=2, text="")]
    found = extract_mentions(text, claims)
    assert {m.surface for m in found} == {"Damascus", "HTS"}


NAMEY = st.sampled_from(
    [
        "Hama",
        "al-Sham",
        "HTS",
        "(HTS)",
        "The",
        "General",
        "of",
        "Russian",
        "’s",
        "Kisel",
        "U.S.",
        "Deir",
        "ez-Zor",
        "-",
        ".",
        "\n",
        " ",
        "(",
        ")",
        "Khan",
        "Sheikhoun",
        "S-300",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(NAMEY, st.text(max_size=12)), max_size=40).map(" ".join),
    st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=4),
)
def test_extract_never_raises_and_spans_are_exact(text: str, spans: list[tuple[int, int]]) -> None:
    claims = [ClaimDraft(start=a, end=b, text=text[a:b]) for a, b in spans]
    claims.append(ClaimDraft(start=0, end=len(text), text=text))
    for m in extract_mentions(text, claims):
        assert text[m.start : m.end] == m.surface
        assert m.surface.strip() == m.surface and m.surface
        assert m.key
        assert m.claim_index is not None and 0 <= m.claim_index < len(claims)
        claim = claims[m.claim_index]
        assert claim.start <= m.start and m.end <= claim.end
    acronym_links(text)


@pytest.mark.parametrize(
    ("words", "keys"),
    [
        (["the", "China-EU", "summit"], {"c:china", "n:eu", "h:summit"}),
        (["Israel-Hamas", "truce", "talks"], {"c:israel", "n:hamas"}),
        (["Guinea-Bissau", "troops"], {"n:guinea bisau", "h:troops"}),
    ],
)
def test_reading_names_each_side_of_a_hyphenated_pair(words: list[str], keys: set[str]) -> None:
    """The reading's participants split a pair of names as the mentions do."""
    from claimtrack.normalise.reading import participant_keys

    assert keys <= set(participant_keys(words))
