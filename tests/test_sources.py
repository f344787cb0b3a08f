from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import SourceRef

REG = SourceRegistry()

ALIAS_CASES = [
    ("HUR", "GUR", "government"),
    ("the Main Directorate of Intelligence", "GUR", "government"),
    ("Ukraine's military intelligence agency", "GUR", "government"),
    ("Ukraine’s military intelligence agency", "GUR", "government"),
    ("the Institute for the Study of War", "ISW", "organisation"),
    ("the Financial Times", "FT", "outlet"),
    ("The Guardian's", "Guardian", "outlet"),
    ("RIA Novosti", "RIA", "agency"),
    ("associated press", "AP", "agency"),
    ("the Kremlin", "Kremlin", "government"),
    # national agencies and outlets beyond the seeds' region are wires and outlets too
    ("Malaysian National News Agency", "Bernama", "agency"),
    ("the Polish Press Agency", "PAP", "agency"),
    ("Agência Lusa", "Lusa", "agency"),
    ("Radio Free Europe/Radio Liberty", "RFE/RL", "outlet"),
    ("Pakistan's Dawn newspaper", "Dawn", "outlet"),
    # international bodies that wire copy quotes on any story, by their descriptions too
    ("the UN migration agency", "IOM", "organisation"),
    ("the EU border agency", "Frontex", "government"),
    ("the Organisation for Economic Co-operation and Development", "OECD", "organisation"),
    ("Save the Children", "Save the Children", "organisation"),
    # a body's acronym of four letters or more as many outlets write it
    ("Nato", "NATO", "organisation"),
    ("Nasa", "NASA", "government"),
    ("Unicef", "UNICEF", "organisation"),
    # an alias that differs from the name only in case is kept
    ("Tass", "TASS", "agency"),
]


@pytest.mark.parametrize(("alias", "name", "kind"), ALIAS_CASES)
def test_lookup_and_resolve(alias: str, name: str, kind: str) -> None:
    ref = REG.lookup(alias)
    assert ref is not None and ref.name == name and ref.kind == kind
    resolved = REG.resolve(SourceRef(name=alias, kind="organisation"))
    assert resolved.name == name


def test_acronyms_keep_case() -> None:
    assert REG.lookup("who") is None
    assert REG.lookup("WHO") is not None
    # three letters and news agencies keep their capitals: "Who", "Sana" (a given name too)
    assert REG.lookup("Who") is None
    assert REG.lookup("Sana") is None
    assert [f[2].name for f in REG.find("Nato's secretary general said")] == ["NATO"]
    assert REG.find("Dr Sana Qureshi said") == []


def test_find_inside_phrase() -> None:
    found = REG.find("the Russian news agency RIA Novosti")
    assert [f[2].name for f in found] == ["RIA"]


def test_aliases() -> None:
    assert "HUR" in REG.aliases("GUR")
    assert REG.aliases("nobody we know") == []


def test_person_spellings_meet() -> None:
    reg = SourceRegistry()
    a = reg.resolve(SourceRef(name="Dmitri Peskov", kind="person"))
    assert a.name == "Dmitry Peskov"
    b = reg.resolve(SourceRef(name="Anna Müller", kind="person"))
    c = reg.resolve(SourceRef(name="Anna Muller", kind="person"))
    assert b.name == c.name == "Anna Müller"


def test_user_alias_file(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('["Kyiv Post"]\nkind = "outlet"\naliases = ["KP"]\n', encoding="utf-8")
    reg = SourceRegistry(extra)
    ref = reg.lookup("KP")
    assert ref is not None and ref.name == "Kyiv Post" and ref.kind == "outlet"
    reg.add_alias("Kyiv Post", "the Post of Kyiv")
    assert reg.resolve(SourceRef(name="the Post of Kyiv", kind="outlet")).name == "Kyiv Post"


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("World Anti-Doping Agency", "WADA"),
        ("Organisation of American States", "OAS"),
        ("World Meteorological Organization", "WMO"),
        ("International Court of Justice", "ICJ"),
        ("Federal Reserve", "Fed"),
        ("UN children's agency", "UNICEF"),
        ("Medecins Sans Frontieres", "MSF"),
        ("HRW", "Human Rights Watch"),
        ("U.N. human rights office", "UN human rights office"),
    ],
)
def test_international_bodies_by_acronym(surface: str, name: str) -> None:
    ref = SourceRegistry().lookup(surface)
    assert ref is not None and ref.name == name


def test_a_time_of_day_is_no_outlet() -> None:
    assert REG.lookup("dawn") is None
