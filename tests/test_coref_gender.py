"""Who "he" and "she" are: gender from given names, and the subject of the sentence before.

One line per case, ``(text, words of the claim, expected chain)``: the claim is the one whose
text contains those words; its chain holds canonical source names, outermost first (``[]``
is the article's own voice, what a pronoun gets when the rules cannot decide).
"""

from __future__ import annotations

import pytest

from claimtrack.attribute import attribute
from claimtrack.attribute.lexicon import lexicon
from claimtrack.lexicons import table
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.normalise.translit import fold
from claimtrack.records import RawArticle
from claimtrack.segment import segment

REG = SourceRegistry()


def chain_of(text: str, words: str) -> list[str]:
    claims, _ = attribute(RawArticle(path="t", text=text), segment(text))
    found = [c for c in claims if words in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return [REG.resolve(r).name for r in found[0].chain]


# (text, words of the claim, chain)
PRONOUN_CASES = [
    # the source's given name rules it out; the subject of the sentence before is the one
    (
        "Maria Lopez, the city's housing director, said rents had risen by 12 percent. She "
        "said the council would build 400 homes next year.\n\nThe mayor, Tom Reed, "
        "disagreed. He told reporters the figure was closer to 8 percent.",
        "He told reporters",
        ["Tom Reed"],
    ),
    (
        "Ahmed Hassan, the deputy health minister, said 14 clinics had reopened in the south. "
        "He said fuel shortages remained the main obstacle.\n\nThe head of the regional "
        "hospital, Leila Haddad, was less optimistic. She told reporters that only two "
        "generators were working.",
        "only two",
        ["Leila Haddad"],
    ),
    (
        "Captain Sofía Herrera said the squad had recovered from the defeat in Lyon. She said "
        "the team would travel to Madrid on Friday.\n\nTheir coach, Javier Molina, sounded "
        "less upbeat. He told a news conference that two defenders were injured.",
        "He told a news conference",
        ["Javier Molina"],
    ),
    (
        "Priya Raman, the chief financial officer, said revenue rose 8 percent in the quarter. "
        "She said margins would widen next year.\n\nRahul Mehta, who took over as chief "
        "executive in March, sounded more cautious. He said the company would cut 300 jobs.",
        "cut 300 jobs",
        ["Rahul Mehta"],
    ),
    (
        "Prosecutor Elena Petrova told the court that the defendant had moved the money abroad. "
        "She said the bank records proved it.\n\nDefence lawyer Mehmet Yilmaz objected. He "
        "said the records had been altered.",
        "records had been altered",
        ["Mehmet Yilmaz"],
    ),
    (
        "Ngozi Okafor, the finance minister, said the naira would stabilise by June.\n\n"
        "Central bank governor Kwame Mensah disagreed. He told reporters in Abuja that "
        "inflation was still rising.",
        "inflation was still rising",
        ["Kwame Mensah"],
    ),
    (
        "Yoko Sato, who chairs the board, said the merger would close in May.\n\nTakeshi Mori, "
        "the chief executive, was more cautious. He said regulators in Brussels had raised "
        "new questions.",
        "regulators in Brussels",
        ["Takeshi Mori"],
    ),
    # a surname alone opens the sentence: the full name the article gave tells the gender
    (
        "Tom Reed, the mayor, opened the meeting. Maria Lopez, the housing director, said "
        "rents had risen by 12 percent.\n\nReed disagreed. He said the figure was closer to 8 "
        "percent.",
        "closer to 8",
        ["Tom Reed"],
    ),
    # the source's gender is unknown ("Alex Morgan"); the newer subject's matches
    (
        "Alex Morgan, a union organiser, said the strike would go ahead.\n\nThe plant's "
        "manager, Ingrid Schulz, disagreed. She said the company had offered a 5 percent raise.",
        "5 percent raise",
        ["Ingrid Schulz"],
    ),
    # the sentences since the subject refer back to him
    (
        "Sarah Collins, an analyst at Barclays, said the bank's profit would fall.\n\nFarhad "
        "Karimi runs the bank's Gulf business. He expanded it into Oman last year. He said the "
        "region would deliver a third of revenue by 2027.",
        "third of revenue",
        ["Farhad Karimi"],
    ),
    # the sentences of a quotation belong with the speech tag that closes it
    (
        "Defence lawyer Tomasz Nowak argued that the evidence had been gathered illegally. He "
        "said the search warrant was invalid.\n\nJudge Agnieszka Wójcik rejected the motion. "
        "“The warrant was lawful. The search was proportionate,” she said.",
        "The search was proportionate",
        ["Agnieszka Wójcik"],
    ),
    # an honorific or a role word wins over the given name
    (
        "Giulia Bianchi, the club's lawyer, said the sale was legal. She said the contract had "
        "been signed in May.\n\nThe owner, Mr. Carmen Russo, agreed. He told reporters the "
        "stadium would be sold by June. He said the buyers were from Germany.",
        "buyers were from Germany",
        ["Carmen Russo"],
    ),
    (
        "“We will sell,” said Mr. Carmen Russo.\n\n“It was a fair price,” he said.",
        "fair price",
        ["Carmen Russo"],
    ),
    (
        "Hiroshi Tanaka, the transport minister, said the line would reopen in April.\n\nA "
        "spokeswoman for the operator, Sasha Ivanova, disputed the date. She said engineers "
        "needed another month.",
        "another month",
        ["Sasha Ivanova"],
    ),
    # precision: the subject, not a person named in passing, and only of the right gender
    (
        "Maria Lopez, the housing director, said rents had risen by 12 percent.\n\nLopez "
        "criticised the mayor, Tom Reed. She said the council had ignored tenants for years.",
        "ignored tenants",
        ["Maria Lopez"],
    ),
    (
        "Tom Reed met Maria Lopez on Monday. He said the talks had been useful.",
        "talks had been useful",
        ["Tom Reed"],
    ),
    # two women (two men): the one who opened the sentence just before, not one named in it
    (
        "Maria Lopez, the housing director, said rents had risen by 12 percent.\n\nAna Ruiz, a "
        "tenant, disagreed with Lopez. She said the repairs had never been made.",
        "repairs had never been made",
        ["Ana Ruiz"],
    ),
    ("Tom Reed met Pedro Alves on Monday. He said the vote was delayed.", "vote was", ["Tom Reed"]),
    # two women, and the newer one did not open the sentence just before: no guess
    (
        "Maria Lopez, the housing director, said rents had risen by 12 percent.\n\nAna Ruiz, a "
        "tenant, has lived in the building since 1990. Tom Weber, the landlord, was not "
        "available. She said the repairs had never been made.",
        "repairs had never been made",
        [],
    ),
    # the source's gender is unknown, the newer subject's matches but is further back
    (
        "Alex Morgan, a union organiser, said the strike would go ahead.\n\nIngrid Schulz has "
        "managed the plant since 2019. Tom Weber, the works council chairman, was not "
        "available. She said the company had offered a 5 percent raise.",
        "5 percent raise",
        [],
    ),
    # a subject whose gender nothing tells, and another man named: nobody
    ("Kim Park met Pedro Alves on Monday. He said the vote was delayed.", "vote was delayed", []),
]


@pytest.mark.parametrize(("text", "words", "chain"), PRONOUN_CASES)
def test_pronoun_source(text: str, words: str, chain: list[str]) -> None:
    assert chain_of(text, words) == chain


def test_given_names_lexicon_is_unambiguous() -> None:
    """No folded name under both genders, none twice, and none of the names both bear."""
    seen: dict[str, str] = {}
    either: set[str] = set()
    for gender, groups in table("given_names.toml").items():
        for names in groups.values():
            for name in names:
                key = fold(name)
                assert key not in seen, f"{name!r} is listed twice ({seen.get(key)}, {gender})"
                if gender == "either":
                    either.add(key)
                    continue
                seen[key] = gender
    assert not either & set(seen), "a name of either gender is also listed under one"
    assert lexicon().given_names == frozenset(seen) | either
    for name in ("Jordan", "Alex", "Sasha", "Andrea", "Jean", "Kim", "Robin", "Yuri", "Nicola"):
        assert fold(name) not in seen, name
    assert lexicon().given_gender == seen
    assert seen["jose"] == "m" and seen["maria"] == "f" and seen["jean pierre"] == "m"
