"""Table-driven tests of ``read_claim``: dates, quantities, places, frames."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.normalise.dates import find_dates
from claimtrack.normalise.quantities import find_quantities, overlap
from claimtrack.normalise.reading import find_places, participant_keys, read_claim

TUE = date(2024, 12, 3)  # a Tuesday

# (text, article date, date text, ISO value or None, (month, day) or None)
DATES = [
    ("Clashes began on November 27.", TUE, "November 27", "2024-11-27", (11, 27)),
    ("Clashes began on November 27.", None, "November 27", None, (11, 27)),
    ("The vote was held on 27 November.", TUE, "27 November", "2024-11-27", (11, 27)),
    ("On December 1, planes struck the depot.", TUE, "December 1", "2024-12-01", (12, 1)),
    ("Rebels seized the city last weekend.", TUE, "last weekend", "2024-11-30", None),
    ("Talks resumed on Saturday.", TUE, "on Saturday", "2024-11-30", None),
    ("Envoys met this week.", TUE, "this week", "2024-12-02", None),
    # a month named from the article's: the latest before it, the next after it, this year's
    ("The bridge opened last November.", TUE, "last November", "2024-11-01", None),
    ("The bridge opened last May.", TUE, "last May", "2024-05-01", None),
    ("The bridge will open next March.", TUE, "next March", "2025-03-01", None),
    ("The bridge will open next December.", TUE, "next December", "2025-12-01", None),
    ("The bridge opened this May.", TUE, "this May", "2024-05-01", None),
    ("The law passed on December 30.", date(2025, 1, 2), "December 30", "2024-12-30", (12, 30)),
    ("He served in 2017-2019.", None, "2017-2019", "2017-01-01", None),
    # a weekday with a possessive names the day of what follows ("Sunday's vote")
    ("Sunday's vote was annulled.", TUE, "Sunday's", "2024-12-01", None),
    ("Wednesday's quake was felt in Lima.", TUE, "Wednesday's", "2024-11-27", None),
    ("Tuesday’s strike shut the port.", TUE, "Tuesday’s", "2024-12-03", None),
    # a bare weekday, as US wire copy writes it
    ("The quake hit eastern Turkey early Thursday.", TUE, "early Thursday", "2024-11-28", None),
    ("Gunmen killed 12 people Sunday, police said.", TUE, "Sunday", "2024-12-01", None),
    ("The fire broke out Saturday night.", TUE, "Saturday night", "2024-11-30", None),
    # a clause about the future names the next such day, not the last one
    ("The two presidents will meet on Thursday.", TUE, "on Thursday", "2024-12-05", None),
    ("The vote is scheduled for 2 January.", TUE, "2 January", "2025-01-02", (1, 2)),
    ("The summit will open on 14 February in Addis Ababa.", TUE, "14 February", "2025-02-14",
     (2, 14)),
    ("Kenya are due to play Ghana in Saturday's qualifier.", TUE, "Saturday's", "2024-12-07",
     None),
    ("He said the plant would reopen Friday.", TUE, "Friday", "2024-12-06", None),
    # ... but only in the date's own clause
    ("The bridge, which reopened on Friday, will carry 9,000 cars a day.", TUE, "on Friday",
     "2024-11-29", None),
    ("Talks that began on 14 February will resume soon.", TUE, "14 February",
     "2024-02-14", (2, 14)),
    # a date just gone in a future clause stays in this year
    ("The strike is due to end on 1 December.", TUE, "1 December", "2024-12-01", (12, 1)),
    # no tense word in the clause: the nearest such day, before or after the article
    ("Ghanaians go to the polls on 7 January.", TUE, "7 January", "2025-01-07", (1, 7)),
    ("On 20 November, voters go to the polls.", TUE, "20 November", "2024-11-20", (11, 20)),
    # a past clause keeps the last such day, however far back
    ("Ghana voted on 7 January.", TUE, "7 January", "2024-01-07", (1, 7)),
    # a month alone after a preposition, its year by the same rule
    ("The mayor will stand for re-election in October.", TUE, "in October", "2025-10-01", None),
    ("The plant closed in March.", TUE, "in March", "2024-03-01", None),
    ("Talks resume in early January.", TUE, "in early January", "2025-01-01", None),
    # a date something was put down for is to come, whatever the verb's tense
    ("The appeal has been listed for 20 January.", TUE, "20 January", "2025-01-20",
     (1, 20)),
    ("The inquest was adjourned until 2 March.", TUE, "2 March", "2025-03-02", (3, 2)),
    # a weekday that a date follows is that date ("on Friday, 6 December")
    ("The ruling came on Friday, 29 November.", TUE, "29 November", "2024-11-29", (11, 29)),
    ("Polls open on Sunday (8 December).", TUE, "8 December", "2024-12-08", (12, 8)),
    # a bare ordinal: a day of the article's month, or of the month before it (or after it,
    # in a clause about the future)
    ("The mayor lost his appeal on the 2nd, when judges ruled.", TUE, "on the 2nd", "2024-12-02",
     (12, 2)),
    ("The strike began on the 12th.", TUE, "on the 12th", "2024-11-12", (11, 12)),
    ("The hearing will resume on the 9th.", TUE, "on the 9th", "2024-12-09", (12, 9)),
    ("The talks will resume on the 1st.", TUE, "on the 1st", "2025-01-01", (1, 1)),
    # a week of a month
    ("The fair will open in the second week of June.", TUE, "second week of June",
     "2025-06-08", None),
    ("It closed in the last week of May 2027.", TUE, "last week of May 2027", "2027-05-25", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a verb before an object that makes it no such event ("not_objects")
        ("The remarks have drawn scrutiny from veterans.", []),
        ("The senator is raising questions about the audit.", []),
        ("She began raising money for a clinic.", []),
        ("The mayor won praise for the plan.", []),
        ("Leeds drew with Hull on Sunday.", ["draw"]),
        ("The central bank raised rates on Monday.", ["raise"]),
        ("She won the race in Rome.", ["win"]),
        ("Questions were raised about the audit.", []),
        ("Firefighters controlled the blaze by noon.", []),
        ("Customs officers seized three etchings at the airport.", ["capture"]),
        # a passive "left" is left with, not gone
        ("The firm was left holding $2 billion in debt.", []),
        ("Thousands were evacuated from the coast.", ["leave"]),
        # common news events (a checklist by domain)
        # an extradition is a handover (to the state that asked); a deportation is not
        ("Portugal extradited the banker to Italy.", ["transfer"]),
        ("Hungary deported the activist to Serbia.", ["extradite"]),
        ("Gunmen abducted two engineers near Kaduna.", ["kidnap"]),
        ("A gas cylinder exploded at the market.", ["explode"]),
        # "went off": a blast, not a bus leaving the road
        ("A bomb went off in the market.", ["explode"]),
        ("A bus went off a mountain road near Ayacucho.", []),
        ("The river overflowed in the night.", ["flood"]),
        ("The final was postponed because of the storm.", ["postpone"]),
    ],
)
def test_verbs_that_name_no_event(text: str, events: list[str]) -> None:
    assert [f["class"] for f in read_claim(text, None)["frames"]] == events


# a second checklist of common news events by domain: the class each sentence's first frame
# names
GENERAL_NEWS_EVENTS = [
    # business and markets
    ("Halden Foods will build a pasta factory outside Lublin.", ["build"]),
    ("The railway was constructed by convict labour.", ["build"]),
    ("The two regional lenders merged last spring.", ["merge"]),
    ("Caracas nationalised the cement maker in 2008.", ["acquire"]),
    ("The state privatised its postal service.", ["sell"]),
    ("Skyreach took delivery of six turboprops in May.", ["transfer"]),
    ("The chip designer went public on the Nasdaq.", ["go_public"]),
    ("The department store chain filed for bankruptcy in Delaware.", ["bankrupt"]),
    ("The drugmaker settled the lawsuit for $310 million.", ["settle"]),
    ("Ostra relocated its head office to Malmo.", ["relocate"]),
    ("The utility hired Jonas Brandt as chief financial officer.", ["appoint"]),
    ("The dockers reached a deal with the port operators.", ["agree_deal"]),
    ("The insurer posted a net loss of $40 million.", ["amount"]),
    # courts, justice and crime
    ("Gunmen assassinated a provincial governor.", ["kill"]),
    ("A police officer was gunned down outside the station.", ["kill"]),
    ("The kingdom executed three men on Tuesday.", ["kill"]),
    ("The fugitive banker handed himself in to police in Zurich.", ["surrender"]),
    ("The president pardoned two journalists.", ["pardon"]),
    ("The former senator testified before a grand jury.", ["testify"]),
    ("Regulators are investigating the exchange.", ["investigate"]),
    ("The House impeached the judge.", ["impeach"]),
    # politics, government and diplomacy
    ("The city introduced a congestion charge in 2003.", ["introduce"]),
    ("The new governor was sworn in on Friday.", ["take_office"]),
    ("She took office in January.", ["take_office"]),
    ("The king dissolved parliament.", ["dissolve"]),
    ("The army overthrew the elected government.", ["dismiss"]),
    ("The challenger conceded the race late on Sunday.", ["lose"]),
    ("Ecuador severed diplomatic relations with Mexico.", ["sever_ties"]),
    ("The two countries restored diplomatic relations.", ["restore_ties"]),
    ("The governor declared a state of emergency.", ["declare_emergency"]),
    # sport
    ("The winger completed a move to Benfica.", ["join"]),
    ("Morocco qualified for the semi-finals.", ["qualify"]),
    ("The holders were knocked out of the cup.", ["knocked_out"]),
    ("Burnley were relegated.", ["relegate"]),
    ("The Kenyan broke the world record in Berlin.", ["record"]),
    ("The Swiss player retained her title.", ["win"]),
    ("Leinster cruised past Munster.", ["win"]),
    # disasters, health, transport and space
    ("The capsule splashed down off Baja California.", ["arrive"]),
    ("The pipeline spilled 2,000 barrels of oil.", ["spill"]),
    ("The council demolished the tower block.", ["destroy"]),
    ("The singer was diagnosed with pneumonia.", ["diagnose"]),
    ("The goalkeeper tested positive for a banned substance.", ["test_positive"]),
    ("Two crew members tested negative.", ["test_negative"]),
    ("The patient was discharged from hospital on Sunday.", ["discharge"]),
    ("The orbiter entered lunar orbit.", ["orbit"]),
    ("The senator dropped out of the race.", ["leave"]),
]


@pytest.mark.parametrize(("text", "events"), GENERAL_NEWS_EVENTS)
def test_common_news_events_by_domain(text: str, events: list[str]) -> None:
    assert [f["class"] for f in read_claim(text, None)["frames"]][:1] == events


@pytest.mark.parametrize(
    ("event", "other", "cls"),
    [
        # the same verb before an object that makes it another thing
        (
            "The firm built a depot in Leeds.",
            "The coalition has built support for the bill.",
            "build",
        ),
        (
            "The kingdom executed three men.",
            "The broker executed the trade within seconds.",
            "kill",
        ),
        (
            "The rebels surrendered on Monday.",
            "The defendant must surrender her passport.",
            "surrender",
        ),
        ("The tanker spilled crude oil.", "Anger spilled over into the streets.", "spill"),
        ("The club fired its coach.", "The navy fired two cruise missiles.", "dismiss"),
        # "appeals" before "court" is a compound noun: "an appeals court"
        (
            "The mayor appeals the verdict.",
            "A Lyon appeals court sat on Monday.",
            "appeal",
        ),
    ],
)
def test_new_event_verbs_before_other_objects(event: str, other: str, cls: str) -> None:
    assert [f["class"] for f in read_claim(event, None)["frames"]] == [cls]
    assert read_claim(other, None)["frames"] == []


@pytest.mark.parametrize(
    ("text", "irrealis"),
    [
        ("The minister would resign, aides said.", True),
        ("If the minister resigns, the coalition falls.", True),
        ("A Sokol victory would bring new elections.", True),
        ("The senator has called for eliminating the levy.", True),
        ("Councils can reduce the levy.", True),
        ("Rebels are unlikely to capture the town before winter.", True),
        # what was avoided did not happen; what was allowed or enabled only could
        ("The loss allowed him to avoid selling the mine.", True),
        ("The ruling enabled Lumen to sell the mine.", True),
        ("The minister resigned on Monday.", False),
    ],
)
def test_events_told_as_possibilities(text: str, irrealis: bool) -> None:
    f = read_claim(text, None)["frames"][0]
    assert bool(f.get("irrealis")) is irrealis


def test_an_amount_in_a_reported_clause_of_its_own_has_no_frame() -> None:
    r = read_claim(
        "About 300 people were evacuated, the service said, adding that rescuers had pulled "
        "23 people from the mud.",
        None,
    )
    assert [(q["value"], q["frame"]) for q in r["quantities"]] == [(300, 0), (23, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The dam gave way shortly before 11 p.m.",
        "Shelling began at about 6 a.m.",
        "15:32 - The result came in.",
    ],
)
def test_a_time_of_day_is_no_amount(text: str) -> None:
    assert find_quantities(text) == []


def test_the_whole_a_count_is_part_of() -> None:
    part, whole = find_quantities("The party won 68 of the 126 seats.")
    assert (part["low"], part["unit"], part.get("total")) == (68, "seats", None)
    assert (whole["low"], whole["unit"], whole.get("total")) == (126, "seats", True)


@pytest.mark.parametrize("text", ["All of this will be for naught.", "Half of them stayed home."])
def test_a_share_of_a_pronoun_is_no_amount(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("It paid US$40 million.", "USD"),
        ("It paid €22m.", "EUR"),
        ("It paid 340 million euros.", "EUR"),
        ("It paid £1.2bn.", "GBP"),
        ("It paid 9 billion crowns.", None),
        # the singular currency as the amount's adjective
        ("It was handed a 40 million euro fine.", "EUR"),
        ("They signed a 3 billion dollar deal.", "USD"),
    ],
)
def test_money_keeps_its_currency(text: str, currency: str | None) -> None:
    (q,) = find_quantities(text)
    assert q.get("currency") == currency


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nairobi will host the summit in March, officials said.", "Nairobi"),
        # capitals and major cities of every continent are known places
        ("Kigali is hosting the talks, the ministry said.", "Kigali"),
        ("Montevideo hosted the final in 1930.", "Montevideo"),
        ("The talks were hosted by Oslo.", None),
        ("Google will host the summit in March.", None),
    ],
)
def test_a_known_place_that_hosts_is_where_it_happens(text: str, place: str | None) -> None:
    places = [p["name"] for p in read_claim(text, TUE)["places"] if p["relation"] == "in"]
    assert places == ([place] if place else [])


@pytest.mark.parametrize(
    "text", ["She lives on the 12th floor.", "He finished on the 3rd lap of the race."]
)
def test_an_ordinal_before_a_noun_is_no_date(text: str) -> None:
    assert read_claim(text, TUE)["dates"] == []


def test_a_weekday_before_its_date_is_not_a_second_date() -> None:
    found = find_dates("The ruling came on Friday, 29 November, in Accra.", TUE)
    assert [d["text"] for d in found] == ["29 November"]
    found = find_dates("They met on Friday and again on 29 November.", TUE)
    assert [d["text"] for d in found] == ["on Friday", "29 November"]


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers flocked to the malls on Black Friday.",
        "Super Tuesday results came in slowly.",
        "The Sunday Times first reported the deal.",
        "Bloody Sunday is remembered every year.",
    ],
)
def test_a_weekday_inside_a_name_is_no_date(text: str) -> None:
    assert read_claim(text, TUE)["dates"] == []


@pytest.mark.parametrize(("text", "ref", "surface", "value", "md"), DATES)
def test_dates(
    text: str, ref: date | None, surface: str, value: str | None, md: tuple[int, int] | None
) -> None:
    dates = read_claim(text, ref)["dates"]
    assert [d["text"] for d in dates] == [surface]
    assert dates[0]["value"] == value
    if md:
        assert (dates[0]["month"], dates[0]["day"]) == md


# (text, quantity text, low, high, unit)
QUANTITIES = [
    ("Russia has withdrawn at least 400 soldiers.", "at least 400 soldiers", 400, None, "troops"),
    ("Rebels hold more than 70% of its territory.", "more than 70%", 70, 100, "percent"),
    ("Militants hold the entire city of Aleppo.", "the entire city", 100, 100, "percent"),
    ("Hundreds of civilians fled.", "Hundreds of civilians", 200, 999, "people"),
    ("Dozens of protesters were detained.", "Dozens of protesters", 24, 199, "people"),
    ("Between 300 and 400 workers lost jobs.", "Between 300 and 400 workers", 300, 400, None),
    ("The strike killed 300-400 people.", "300-400 people", 300, 400, "people"),
    # a proper modifier before the noun is not the unit
    ("Thieves took three Picasso etchings.", "three Picasso etchings", 3, 3, "etching"),
    ("Police held 14 Hamas members.", "14 Hamas members", 14, 14, "member"),
    ("Floods cut off two Texas towns.", "two Texas towns", 2, 2, "town"),
    ("The ship carried 40 Filipino sailors.", "40 Filipino sailors", 40, 40, "sailor"),
    ("The app has 40 million users.", "40 million users", 40_000_000, 40_000_000, "user"),
    # ... but a capitalised word followed by a stop word is the noun itself
    ("Kenya detained 12 Somalis in Mandera.", "12 Somalis", 12, 12, "somali"),
    # a bare number after a count noun counts what the noun counts
    ("The death toll from the quake stands at forty-one.", "forty-one", 41, 41, "people"),
    ("The toll rose to 58 on Thursday.", "58", 58, 58, "people"),
    ("The death toll has risen to at least 112, police said.", "at least 112", 112, None, "people"),
    # measures that a word around the number names, or a unit joined to it
    ("A magnitude 6.1 earthquake struck Sumatra.", "6.1 earthquake", 6.1, 6.1, "magnitude"),
    ("A 5.8-magnitude quake shook Lima.", "5.8-magnitude", 5.8, 5.8, "magnitude"),
    ("The quake measured 6.4, the agency said.", "6.4", 6.4, 6.4, "magnitude"),
    ("The wall measured 6 metres.", "6 metres", 6, 6, "metre"),
    ("The driver, a 45-year-old man, was arrested.", "45-year-old", 45, 45, "age"),
    ("Police arrested the driver, aged 52, at the scene.", "52", 52, 52, "age"),
    ("She died at the age of 78, her publisher said.", "78", 78, 78, "age"),
    ("Seville recorded a high of 44C on Sunday.", "44C", 44, 44, "temperature"),
    ("Temperatures reached 46 degrees Celsius.", "46 degrees", 46, 46, "temperature"),
    ("It was 104F in Phoenix.", "104F", 104, 104, "temperature_f"),
    ("He was given a two-year sentence.", "two-year", 2, 2, "duration"),
    ("The 30-day ceasefire began at noon.", "30-day", 30, 30, "duration"),
    # a multiplier written onto the number; "m" only with a currency or a count noun
    ("Lumara paid an €18m penalty.", "18m", 18e6, 18e6, "money"),
    ("The deal is worth $2.5bn.", "2.5bn", 2.5e9, 2.5e9, "money"),
    ("The fund holds US$1.2 trillion.", "1.2 trillion", 1.2e12, 1.2e12, "money"),
    ("About 2m people fled.", "About 2m people", 1.7e6, 2.3e6, "people"),
    # a share written as a ratio, with or without a qualifier
    ("One in five adults smokes daily.", "One in five adults", 20, 20, "percent"),
    ("Fewer than six in ten voters came.", "Fewer than six in ten voters", 0, 60, "percent"),
    # "just over" is a little above the number, not anything above it
    ("Just over 40% of members voted.", "Just over 40%", 40, 42, "percent"),
    # a time word after the number is not its unit
    ("Sales reached a record 2.3 million this year.", "2.3 million", 2.3e6, 2.3e6, None),
]


@pytest.mark.parametrize(
    "text",
    ["The F-16 jets took off.", "Room 16C was empty.", "Covid-19 spread fast."],
)
def test_numbers_inside_names_are_no_quantities(text: str) -> None:
    assert read_claim(text, None)["quantities"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell to 58 on Thursday.",  # a preposition is no unit
        "Inspectors counted 112, the agency said.",  # nor a word after a comma
        "The index could reach 40 before it falls.",
    ],
)
def test_a_bare_number_has_no_unit(text: str) -> None:
    (q,) = read_claim(text, None)["quantities"]
    assert q["unit"] is None


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit"), QUANTITIES)
def test_quantities(
    text: str, surface: str, low: float, high: float | None, unit: str | None
) -> None:
    qs = read_claim(text, None)["quantities"]
    assert len(qs) == 1
    q = qs[0]
    assert q["text"] == surface
    assert q["low"] == low
    assert q["high"] == high
    if unit:
        assert q["unit"] == unit


def test_acres_are_hectares_taken_as_rounded() -> None:
    (q,) = find_quantities("The fire burned 1,000 acres.")
    assert q["unit"] == "area"
    assert q["low"] == pytest.approx(404.686 * 0.98)
    assert q["high"] == pytest.approx(404.686 * 1.02)


def test_a_length_in_metres_is_not_millions() -> None:
    assert find_quantities("An 18m yacht sank off Crete.") == []


def test_years_are_not_quantities() -> None:
    r = read_claim("Fighting began in 2015 and resumed on November 28.", None)
    assert r["quantities"] == []


# (a, b, compatible)
OVERLAPS = [
    ("at least 400 soldiers", "hundreds of soldiers", True),
    ("400 soldiers", "dozens of soldiers", False),
    ("more than 70% of the city", "75% of the city", True),
    ("more than 70% of the city", "the entire city", False),
    ("about 200 people", "215 people", True),
    ("12 people", "at least 40 people", False),
]


@pytest.mark.parametrize(("a", "b", "compatible"), OVERLAPS)
def test_overlap(a: str, b: str, compatible: bool) -> None:
    qa = read_claim(f"They said {a} were there.", None)["quantities"][0]
    qb = read_claim(f"They said {b} were there.", None)["quantities"][0]
    assert overlap(qa, qb) is compatible


# (text, place, relation)
PLACES = [
    ("Battles took place in the cities of Hama, Homs and Suwayda.", "Homs", "in"),
    ("Clashes raged about fifty miles from the provincial capital of Hama.", "Hama", "away"),
    ("Troops fled from Hama.", "Hama", "from"),
    ("Troops evacuated to the Khmeimim base.", "Khmeimim", "to"),
    ("The fighting spread to cities like Hama and Homs.", "Hama", "in"),
    ("Shelling was reported near Jermuk.", "Jermuk", "near"),
    # "the <place type> of NAME", the types from the lexicon
    ("A fishing boat sank off the island of Lampedusa.", "Lampedusa", "near"),
    ("Flooding hit homes in the municipality of Valença.", "Valença", "in"),
    ("Wildfires burned in the county of Kerry overnight.", "Kerry", "in"),
    # particles inside a place's name
    ("A bear injured a hiker in the Val di Fassa on Sunday.", "Val di Fassa", "in"),
    ("The storm flooded streets in Rio de Janeiro.", "Rio de Janeiro", "in"),
    # a weekday's possessive before a name is its date
    ("They met in Saturday's Copa Libertadores final.", "Copa Libertadores", "in"),
]


@pytest.mark.parametrize(("text", "place", "relation"), PLACES)
def test_places(text: str, place: str, relation: str) -> None:
    places = {p["name"]: p["relation"] for p in read_claim(text, None)["places"]}
    assert places.get(place) == relation


# (text, event, agent contains, patient contains, negated)
FRAMES = [
    ("HUR says Russia has dismissed General Sergey Kisel.", "dismiss", "Russia", "Kisel", False),
    ("Finance Minister Ana Costa resigned on Tuesday.", "resign", "Ana Costa", None, False),
    ("Russia is not currently evacuating Khmeimim.", "evacuate", "Russia", "Khmeimim", True),
    ("Troops evacuated to the Khmeimim base.", "evacuate", "Troops", None, False),
    (
        "The bridge was destroyed by Ukrainian drones.",
        "destroy",
        "Ukrainian drones",
        "bridge",
        False,
    ),
    (
        "Protesters attacked police officers outside parliament.",
        "attack",
        "Protesters",
        "police",
        False,
    ),
    ("There are no plans to close the embassy.", "close", None, "embassy", True),
    ("The bridge will close to traffic on Monday.", "close", "bridge", None, False),
]


def test_dismissed_reports_are_no_dismissal() -> None:
    # "dismissed reports that ...": a denial, no one loses a post
    r = read_claim("The army dismissed reports that the hostages had been freed.", None)
    assert "dismiss" not in [f["class"] for f in r["frames"]]
    r = read_claim("The president dismissed his chief of staff on Monday.", None)
    assert [f["class"] for f in r["frames"]] == ["dismiss"]


def test_close_to_a_place_is_no_closing() -> None:
    # "close to" after a noun is "near": the coast is not closing
    r = read_claim("Cyclone Tsiory hit the east coast close to the port of Toamasina.", None)
    assert [f["class"] for f in r["frames"]] == ["strike"]


# (text, event class, patient contains, negated): "no" before the object or before an event
# noun denies it; "no more than" does not
NO_DENIES = [
    ("Police seized no weapons during the raid.", "capture", "weapons", True),
    ("Police seized weapons during the raid.", "capture", "weapons", False),
    ("Inspectors found no trace of the toxin in the milk.", "find", "trace", True),
    ("The airline cancelled no more than two flights.", "cancel", "more", False),
    ("There will be no strike at the Ravensworth plant on Friday.", "strike", "plant", True),
    ("No case of measles has been confirmed in Tromsø.", "case", "measles", True),
]


@pytest.mark.parametrize(("text", "cls", "patient", "negated"), NO_DENIES)
def test_no_before_a_noun_denies_it(
    text: str, cls: str, patient: str | None, negated: bool
) -> None:
    frame = next(f for f in read_claim(text, None)["frames"] if f["class"] == cls)
    assert (patient in (frame["patient"] or "")) if patient else True
    assert frame["negated"] is negated


# "off" before a place tells where, not what ("called off the strike" keeps its object)
@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("A boat capsized off Libya on Sunday.", None),
        ("A ferry ran aground off the island of Naxos on Sunday.", None),
        ("A tanker caught fire off the coast of Somalia.", None),
        ("The union called off the strike on Monday.", "strike"),
        ("The firm laid off 300 workers.", "300 workers"),
    ],
)
def test_off_before_a_place_is_no_object(text: str, patient: str | None) -> None:
    frame = read_claim(text, None)["frames"][0]
    assert frame["patient"] == patient


@pytest.mark.parametrize(("text", "event", "agent", "patient", "negated"), FRAMES)
def test_main_frame(
    text: str, event: str, agent: str | None, patient: str | None, negated: bool
) -> None:
    r = read_claim(text, None)
    frame = r["frames"][0] if r["frames"][0]["event"] == event else r["frames"][-1]
    assert frame["trigger"].lower().startswith(event[:4])
    assert (agent in (frame["agent"] or "")) if agent else frame["agent"] is None
    assert (patient in (frame["patient"] or "")) if patient else frame["patient"] is None
    assert frame["negated"] is negated


# (text, event of the first frame): an event recast by who takes part in it ([recast.*])
RECASTS = [
    # a strike by workers is their walkout, named by a verb or by a noun
    ("Nurses at the Royal Infirmary will strike on Monday.", "walkout"),
    ("Teachers will strike on 3 June over pay.", "walkout"),
    ("The Lisbon bus drivers' strike will start on 3 June.", "walkout"),
    ("A strike by hospital porters was called for Monday.", "walkout"),
    ("Israel will strike targets in southern Lebanon.", "strike"),
    # a company that takes over another buys it
    ("Harwick Group took over its rival Lenz Foods in March.", "acquire"),
    ("Rebels took over the town of Kalemie in March.", "capture"),
    # a court that overturns a decision quashes it; a vehicle that overturned crashed
    ("The High Court overturned the council's parking ban.", "reject"),
    ("A tanker lorry overturned on the M6 near Stafford.", "crash"),
]


@pytest.mark.parametrize(("text", "event"), RECASTS)
def test_an_event_is_recast_by_who_takes_part(text: str, event: str) -> None:
    frame = read_claim(text, None)["frames"][0]
    assert frame["event"] == event and frame["class"] == event


@pytest.mark.parametrize(
    "text", ["A drone strike by the army hit the depot.", "The air strike on the port killed two."]
)
def test_a_strike_by_others_stays_a_strike(text: str) -> None:
    assert any(f["class"] == "strike" for f in read_claim(text, None)["frames"])


@pytest.mark.parametrize(
    ("text", "cls", "patient"),
    [
        ("The sentencing hearing for Colm Ardagh was set for 14 June.", "sentence", "Colm Ardagh"),
        ("Turnout in the Valmor referendum was 41 per cent.", "attend", "Valmor referendum"),
        ("Attendance at the Harbour Festival fell to 12,000.", "attend", "Harbour Festival"),
    ],
)
def test_a_noun_names_its_patient_after_its_preposition(text: str, cls: str, patient: str) -> None:
    frame = next(f for f in read_claim(text, None)["frames"] if f["class"] == cls)
    assert patient in (frame["patient"] or "")


@pytest.mark.parametrize(
    "text",
    ["The new ward is due to open on 3 June.", "The new ward is expected to open on 3 June."],
)
def test_the_subject_comes_before_due_to_and_expected_to(text: str) -> None:
    frame = next(f for f in read_claim(text, None)["frames"] if f["class"] == "open")
    assert frame["agent"] == "new ward"


def test_an_amount_is_not_what_it_measures() -> None:
    frame = read_claim("Temperatures in Lleida reached 43 degrees Celsius.", None)["frames"][0]
    assert frame["class"] == "amount" and not frame["patient_keys"]
    frame = read_claim("Lleida recorded a high of 43C on Sunday.", None)["frames"][0]
    assert "n:c" not in frame["agent_keys"] + frame["patient_keys"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Kelvik Bank reported a net profit of 80 million euros.", "Kelvik Bank"),
        ("The retailer posted revenue of $2.1 billion.", "retailer"),
    ],
)
def test_who_reports_an_amount_owns_it(text: str, owner: str) -> None:
    frame = read_claim(text, None)["frames"][0]
    assert frame["agent"] == owner


def test_a_report_of_an_attack_is_not_its_agent() -> None:
    frame = read_claim("Police reported an attack on the depot.", None)["frames"][0]
    assert frame["agent"] is None


def test_a_plural_possessor_is_keyed_as_its_noun() -> None:
    frame = read_claim("The Ostrava bus drivers' walkout began on Monday.", None)["frames"][0]
    assert "w:driver" in frame["agent_keys"]


def test_came_under_makes_the_subject_the_patient() -> None:
    r = read_claim("On December 1, Russian planes came under airstrikes near Idlib.", None)
    strike = next(f for f in r["frames"] if f["class"] == "strike")
    assert "ch:russia|aviation" in strike["patient_keys"]
    assert strike["agent"] is None


def test_aspectual_begin_gives_way_to_the_real_event() -> None:
    r = read_claim("Russian troops and diplomats are starting to leave the capital.", None)
    assert r["event"] == "leave"


def test_reading_is_json_serialisable() -> None:
    import json

    r = read_claim("On 1 December, at least 400 soldiers left Damascus, officials said.", TUE)
    assert json.loads(json.dumps(r)) == r


# the cheap pre-checks that skip the date, amount and event scans must never drop a match
HINT_TEXTS = [
    "Clashes began on November 27 after MidJanuary 5 talks.",
    "Yesterday twenty-five soldiers and Twenty Marines left.",
    "Dozens were hurt; a handful of TANKS, the Entire city, half of its territory.",
    "The offensive, in 2019, killed ONE HUNDRED people last week.",
    "Officials met on Sunday, not tomorrow; the 2017–2019 mission ended.",
    "Rebels captured more than 70 per cent of Idlib.",
    "No number or date here at all.",
    "Kyiv's air-strikes hit Kharkiv's outskirts.",
]


@pytest.mark.parametrize("text", HINT_TEXTS)
def test_pre_checks_never_drop_a_match(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from claimtrack.normalise import dates, quantities, reading

    expected = [read_claim(text, TUE), read_claim(text, None)]
    monkeypatch.setattr(dates, "_HINT_WORDS", re.compile(""))
    monkeypatch.setattr(quantities, "_may_hold_amount", lambda text, lx: True)
    monkeypatch.setattr(reading._lex(), "form_part_re", re.compile(""))
    reading._memo.clear()
    try:
        assert [reading._read_claim(text, TUE), reading._read_claim(text, None)] == expected
    finally:
        reading._memo.clear()


def test_remembered_readings_are_independent_copies() -> None:
    text = "Russian planes struck Idlib on November 27, killing 12 people."
    first = read_claim(text, TUE)
    first["frames"].clear()
    first["dates"][0]["value"] = "changed"
    second = read_claim(text, TUE)
    assert second["frames"] and second["dates"][0]["value"] == "2024-11-27"
    assert second is not read_claim(text, TUE)


@pytest.mark.parametrize(
    ("text", "event", "cls"),
    [
        ("The truce came into force on 29 November.", "take_effect", "begin"),
        ("The bill failed in the Senate.", "fail", "reject"),
        ("The union voted to accept the pay offer.", "accept", "approve"),
        ("Russia handed over 12 prisoners to Ukraine.", "transfer", "transfer"),
        ("Chelsea beat Arsenal 3-1.", "beat", "win"),
        ("The derby ended in a draw.", "draw", "draw"),
        ("Nordvik's profit fell to 212 million euros.", "earnings", "amount"),
        ("Kherson fell to Russian forces.", "fall", "capture"),
    ],
)
def test_event_phrases(text: str, event: str, cls: str) -> None:
    r = read_claim(text, None)
    assert any(f["event"] == event and f["class"] == cls for f in r["frames"]), r["frames"]


def test_handed_over_is_a_particle_not_more_than() -> None:
    r = read_claim("Russia handed over 12 prisoners to Ukraine.", None)
    (q,) = r["quantities"]
    assert q["low"] == q["high"] == 12 and q["qualifier"] is None
    (f,) = r["frames"]
    assert f["recipient"] == "Ukraine" and f["patient"] == "12 prisoners"
    (q,) = read_claim("Over 12 prisoners died.", None)["quantities"]
    assert q["qualifier"] == "more_than"


def test_accusation_makes_the_accused_the_agent() -> None:
    r = read_claim("The RSF accused the army of shelling El Fasher.", None)
    f = next(f for f in r["frames"] if f["event"] == "strike")
    assert f["agent"] == "army" and f["accuser"] == "RSF" and f["patient"] == "El Fasher"


def test_places_mark_regions_and_countries() -> None:
    areas = {
        p["name"]: p["area"] for p in find_places("met in Rome and killed in the Moscow region")
    }
    assert areas == {"Rome": False, "Moscow": True}
    assert find_places("talks in Spain")[0]["area"] is True


def test_indefinite_theme_is_marked() -> None:
    (f,) = read_claim("A fire broke out in Bryansk on 5 March.", None)["frames"]
    assert f.get("indefinite") is True
    (g,) = read_claim("The ceasefire began on 5 March.", None)["frames"][1:]
    assert not g.get("indefinite")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Canyon Fire has destroyed 12 homes.", "destroy"),
        ("The Canyon Fire spread overnight.", None),
        ("The club fired coach Pep Alvarez.", "dismiss"),
        ("The central bank cut its key rate.", "lower"),
        ("The Fed raised rates again.", "raise"),
        ("The rocket lifted off at dawn.", "liftoff"),
        ("The storm came ashore at night.", "landfall"),
        ("The minister quit on Monday.", "resign"),
    ],
)
def test_names_and_new_event_verbs(text: str, event: str | None) -> None:
    frames = read_claim(text, None)["frames"]
    assert (frames[0]["event"] if frames else None) == event


def test_negated_event_is_kept() -> None:
    frames = read_claim("The army did not retake Kyaukme on Saturday.", None)["frames"]
    assert frames and frames[0]["class"] == "capture" and frames[0]["negated"] is True


def test_no_subject_negates_a_passive() -> None:
    (f,) = read_claim("No customer records were stolen from Telvia.", None)["frames"]
    assert f["negated"] is True and f["patient"] == "customer records"
    (g,) = read_claim("No fewer than 40 files were stolen.", None)["frames"]
    assert g["negated"] is False


def test_pronoun_subject_takes_the_named_sentence_subject() -> None:
    (f,) = read_claim("The ferry Santa Lucia was carrying 64 passengers when it capsized.", None)[
        "frames"
    ]
    assert f["class"] == "sink" and "n:santa lucia" in f["agent_keys"]


def test_event_nouns_before_occurrence_verbs() -> None:
    f, *held = read_claim("The Kestrel Ridge mine collapse took place on 25 February.", None)[
        "frames"
    ]
    assert f["nominal"] is True and f["patient"] is None and "n:kestrel ridge" in f["theme_keys"]
    # "took place" is also the occasion being held, of the same collapse
    assert all("n:kestrel ridge" in h["theme_keys"] for h in held)
    (g,) = read_claim("The rockfall at the Kestrel Ridge mine happened on Sunday.", None)["frames"]
    assert g["patient"] == "Kestrel Ridge mine"


def test_opened_fire_on_is_one_verb() -> None:
    (f,) = read_claim("Police opened fire on protesters.", None)["frames"]
    assert f["class"] == "assault" and f["patient"] == "protesters"


@pytest.mark.parametrize(
    ("text", "event_class", "patient"),
    [
        ("The minibus crash left 17 people dead.", "kill", "17 people"),
        ("The blast left 40 workers injured, the company said.", "wound", "40 workers"),
        ("Russian troops left Kherson on Friday.", "leave", "Kherson"),  # no state after it
    ],
)
def test_a_result_state_names_the_event(text: str, event_class: str, patient: str) -> None:
    frames = read_claim(text, None)["frames"]
    assert [(f["class"], f["patient"]) for f in frames] == [(event_class, patient)]


@pytest.mark.parametrize(
    ("text", "event_class"),
    [
        ("Maria Costa won the election with 54 percent of the vote.", "win"),
        # another clause, whose subject's head (the turnout, not the election) has the amount
        ("Costa lost, and turnout in the election was 54 percent.", "attend"),
    ],
)
def test_an_amount_after_a_noun_object_is_the_verbs(text: str, event_class: str) -> None:
    r = read_claim(text, None)
    (q,) = r["quantities"]
    assert r["frames"][q["frame"]]["class"] == event_class


def test_a_number_in_a_compound_adjective_is_not_cut_short() -> None:
    """ "6.1-magnitude" is no "6" (the match used to back off to the digits before the
    full stop) but a magnitude of 6.1; the count after it is still found."""
    quantities = read_claim("The 6.1-magnitude quake killed 12 people.", None)["quantities"]
    assert [(q["text"], q["unit"]) for q in quantities] == [
        ("6.1-magnitude", "magnitude"),
        ("12 people", "people"),
    ]


@pytest.mark.parametrize(
    ("text", "agent", "patient"),
    [
        ("Goma fell to the rebels on 29 January.", "rebels", "Goma"),
        ("Aleppo fell to HTS fighters.", "HTS fighters", "Aleppo"),
        ("The town of Bakhmut has fallen, Wagner said.", None, "town of Bakhmut"),
    ],
)
def test_a_town_that_falls_undergoes_the_capture(
    text: str, agent: str | None, patient: str
) -> None:
    (f,) = read_claim(text, None)["frames"]
    assert (f["class"], f["agent"], f["patient"]) == ("capture", agent, patient)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Portuguese voters", {"c:portugal"}),
        ("voters in Ireland", {"c:ireland", "w:voter"}),  # a country after the head noun
        ("Kenyan police", {"c:kenya"}),
        # plurals, and countries the first lists lacked
        ("Malawians", {"c:malawi"}),
        ("Ivorian fans", {"c:ivory coast"}),
        ("voters in Togo", {"c:togo", "w:voter"}),
        ("Americans", {"c:usa"}),
    ],
)
def test_countries_of_many_demonyms_are_country_keys(words: str, expected: set[str]) -> None:
    assert expected <= set(participant_keys(words.split()))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # "for private use" is a noun phrase, no event ...
        ("A plan to ban drones for private use was shelved.", None),
        # ... but "two of them died" is a death
        ("Four climbers were caught in the storm, and two of them died.", "die"),
        ("An avalanche near Chamonix buried three hikers.", "slide"),
    ],
)
def test_verb_forms_after_of_and_for(text: str, event: str | None) -> None:
    frames = read_claim(text, None).get("frames", [])
    events = [f["event"] for f in frames]
    assert "use" not in events
    if event is not None:
        assert event in events


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Lena Berg has been appointed chief executive of Nordhavn.", "chief executive"),
        ("Nordhavn named Lena Berg as its new chief financial officer.", "chief financial officer"),
        ("Braga made Tomas Ribeiro their vice-captain.", "vice-captain"),
        # "named" and "made" are appointments only before a post
        ("A man named John Reed was arrested.", None),
        ("The minister made a statement on Monday.", None),
    ],
)
def test_an_appointment_keeps_its_post(text: str, post: str | None) -> None:
    frames = read_claim(text, None).get("frames", [])
    posts = [f.get("post") for f in frames if f["class"] == "appoint"]
    assert posts == ([post] if post else [])


def test_a_participle_with_by_does_not_head_the_subject() -> None:
    keys = participant_keys(["Bus", "drivers", "employed", "by", "Arriva"], True)
    assert "w:driver" in keys
    assert "w:employed" not in keys
    keys = participant_keys(["a", "goods", "train", "loaded", "with", "timber"])
    assert "w:train" in keys
    assert "w:loaded" not in keys
    # parts of a thing are that thing
    assert "w:train" in participant_keys(["several", "wagons", "of", "a", "goods", "train"])


def test_a_day_after_on_is_not_what_an_event_noun_is_about() -> None:
    frames = read_claim("Cabin crew will stage a 24-hour strike on Friday.", None)["frames"]
    assert frames[0].get("patient") is None
    frames = read_claim("Russia launched strikes on Kharkiv.", None)["frames"]
    assert frames[0].get("patient") == "Kharkiv"


@pytest.mark.parametrize(
    "text", ["Temperatures peaked at 44C on Sunday.", "Seville recorded a high of 44C."]
)
def test_a_peak_is_an_amount(text: str) -> None:
    assert [f["class"] for f in read_claim(text, None)["frames"]] == ["amount"]


@pytest.mark.parametrize(
    ("words", "named", "anchor"),
    [
        # a role with its field, then its holder: the holder is who the phrase is about
        ("Bergen's deputy mayor for housing Sigrid Dahl", "n:sigrid dahl", None),
        ("the head of exports at the ministry Omar Haddad", "n:omar hadad", None),
        # a body or person right after "for" stays an anchor of the spokesperson
        ("a spokesman for Tallin Port Authority", None, "a:talin port authoriti"),
        ("a spokesman for Omar Haddad", None, "a:omar hadad"),
    ],
)
def test_the_holder_named_after_a_role_phrase_is_the_participant(
    words: str, named: str | None, anchor: str | None
) -> None:
    keys = set(participant_keys(words.split()))
    if named:
        assert named in keys
    if anchor:
        assert anchor in keys


def test_what_a_vaccination_is_against_is_its_purpose() -> None:
    (f,) = read_claim("Malawi inoculated 80,000 girls against cervical cancer.", None)["frames"]
    assert (f["class"], f.get("purpose")) == ("vaccinate", "cervical")
    (f,) = read_claim("Some 80,000 girls were vaccinated in Malawi.", None)["frames"]
    assert f["class"] == "vaccinate" and "purpose" not in f


@pytest.mark.parametrize(
    ("text", "event", "agent"),
    [
        # a participle right after its noun, the clause's own verb before: the noun only
        ("Crews are digging for six workers trapped under the stand.", "trap", "six workers"),
        ("Nurses are treating three guards wounded in the ambush.", "wound", "three guards"),
        ("Seventeen climbers remain trapped on the ridge.", "trap", "Seventeen climbers"),
    ],
)
def test_a_participle_after_its_noun_has_that_noun_for_subject(
    text: str, event: str, agent: str
) -> None:
    frames = read_claim(text, None)["frames"]
    assert [(f["event"], f["agent"]) for f in frames if f["event"] == event] == [(event, agent)]


def test_every_number_word_is_a_count_not_a_name() -> None:
    for word in ("Thirteen", "Seventeen", "Nineteen"):
        keys = participant_keys([word, "fishermen"])
        assert not any(k.startswith("n:") for k in keys), keys


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high", "shown"),
    [
        # a qualifier before the currency sign qualifies the amount
        ("Losses of nearly $1 billion were claimed.", "nearly", 0.85e9, 1e9, "nearly $1 billion"),
        ("It fined the bank more than US$3m.", "more_than", 3e6, None, "more than US$3m"),
        ("The fund raised about £300m.", "about", 255e6, 345e6, "about £300m"),
        ("Prices start at up to €40 a night.", "at_most", 0.0, 40.0, "up to €40"),
        # a verb's particle is no qualifier, and a sign alone adds none
        ("The insurer handed over $5m.", None, 5e6, 5e6, "5m"),
        ("The $5 million fund opened.", None, 5e6, 5e6, "5 million"),
    ],
)
def test_a_qualifier_before_a_currency_sign(
    text: str, qualifier: str | None, low: float, high: float | None, shown: str
) -> None:
    (q,) = find_quantities(text)
    assert (q["qualifier"], q["low"], q["high"], q["text"]) == (qualifier, low, high, shown)
    assert text[q["span"][0] : q["span"][1]] == shown


@pytest.mark.parametrize(
    ("text", "name", "relation", "bearing"),
    [
        ("a car bomb in Balashikha, east of Moscow", "Moscow", "near", 90),
        ("the village 40 km south-west of Kherson", "Kherson", "away", 225),
        ("a border post northwest of Tacna", "Tacna", "near", 315),
        ("12 miles south-east of Tulsa", "Tulsa", "away", 135),
        ("talks near Lyon", "Lyon", "near", None),
        ("15 km from Tartus", "Tartus", "away", None),
    ],
)
def test_a_place_keeps_the_bearing_it_is_told_from(
    text: str, name: str, relation: str, bearing: int | None
) -> None:
    (place,) = [p for p in find_places(text) if p["name"] == name]
    assert place["relation"] == relation
    assert place.get("bearing") == bearing


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # "pc" is per cent in British copy, joined or not
        ("Prices rose 4.5pc in February.", 4.5, "percent"),
        ("Sales fell 12 pc on the year.", 12.0, "percent"),
        # a bare number after a verb of harm or arrest counts people
        ("The ferry sank, killing 14.", 14.0, "people"),
        ("The blast killed at least 9, police said.", 9.0, "people"),
        ("Police detained 30 on Monday.", 30.0, "people"),
        # a noun after the number still names what it counts
        ("The blast killed 14 soldiers.", 14.0, "troops"),
    ],
)
def test_what_a_bare_number_counts(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.get("value") == value]
    assert q["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value", "end", "granularity"),
    [
        # counted back from the article's date (a Tuesday, 10 March 2026)
        ("The ferry sank three days ago.", "2026-03-07", None, "day"),
        ("The ferry sank 10 days ago.", "2026-02-28", None, "day"),
        ("The ferry sank two weeks ago.", "2026-02-21", "2026-02-27", "week"),
        ("The talks began a month ago.", "2026-02-01", "2026-02-28", "month"),
        ("The mine closed 30 years ago.", "1996-01-01", "1996-12-31", "year"),
        ("The ferry sank the day before yesterday.", "2026-03-08", None, "day"),
        ("They will meet the day after tomorrow.", "2026-03-12", None, "day"),
    ],
)
def test_days_counted_back(text: str, value: str, end: str | None, granularity: str) -> None:
    (found,) = find_dates(text, date(2026, 3, 10))
    assert (found["value"], found["end"], found["granularity"]) == (value, end, granularity)


def test_ago_without_a_number_is_no_date() -> None:
    assert find_dates("Years ago, it was a port.", date(2026, 3, 10)) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Customs seized 1.2 tonnes of cocaine.", 1200.0, 1200.0),
        ("Police found 1,200 kg of cocaine.", 1200.0, 1200.0),
        ("They landed 3 tons of cod.", 2721.0, 3048.0),  # short or metric tons
    ],
)
def test_a_weight_is_in_kilograms(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert q["unit"] == "weight"
    assert (round(q["low"]), round(q["high"])) == (low, high)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("The blast happened in Łódź on Monday.", "Łódź", "p:lodz"),
        ("The plant in Örebro closed.", "Örebro", "p:orebro"),
        ("A fire broke out near Århus.", "Århus", "p:arhus"),
        ("The summit will be held in Île-de-France.", "Île-de-France", "p:ile de france"),
    ],
)
def test_a_place_may_open_with_a_capital_beyond_ascii(text: str, name: str, key: str) -> None:
    (place,) = find_places(text)
    assert place["name"] == name
    assert key in place["keys"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # European number formats: a decimal comma, a full stop between thousands of a count
        ("Unemployment rose to 5,4%.", 5.4, "percent"),
        ("The deal is worth €1,2 million.", 1_200_000.0, "money"),
        ("Some 1.500 people were evacuated.", 1500.0, "people"),
        ("The quake measured 6.125.", None, None),
        ("Inflation was 2.125 percent.", 2.125, "percent"),
        # fractions and articles before a multiplier
        ("Half a million people fled.", 500_000.0, "people"),
        ("A quarter of a million homes lost power.", 250_000.0, "home"),
        ("A million people marched.", 1_000_000.0, "people"),
        ("Half a dozen soldiers were hurt.", 6.0, "troops"),
        ("The 1,200 workers went home.", 1200.0, "people"),
    ],
)
def test_number_formats(text: str, value: float | None, unit: str | None) -> None:
    found = [q for q in find_quantities(text) if q.get("value") == value]
    if value is None:
        assert all(q.get("unit") != "people" for q in find_quantities(text))
        return
    (q,) = found
    assert q["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        # dates in figures: day first with full stops; with slashes, whichever reading has
        # a day over 12 (both readings the same: either)
        ("It happened on 3.3.2026.", "2026-03-03", "day"),
        ("It happened on 28/02/2026.", "2026-02-28", "day"),
        ("It happened on 02/28/2026.", "2026-02-28", "day"),
        ("It happened on 03/03/2026.", "2026-03-03", "day"),
        ("It happened on 2026/02/28.", "2026-02-28", "day"),
        # the weekend of the report (a Tuesday): the last one, or the next when it looks ahead
        ("The ferry sank over the weekend.", "2026-03-07", "weekend"),
        ("The ministers will meet at the weekend.", "2026-03-14", "weekend"),
    ],
)
def test_dates_in_figures_and_the_weekend(text: str, value: str, granularity: str) -> None:
    (found,) = find_dates(text, date(2026, 3, 10))
    assert (found["value"], found["granularity"]) == (value, granularity)


def test_a_date_in_figures_that_reads_two_ways_is_no_date() -> None:
    assert find_dates("It happened on 03/04/2026.", date(2026, 3, 10)) == []


@pytest.mark.parametrize(
    ("text", "event", "agent"),
    [
        # a relative pronoun stands for the noun phrase before it
        ("The desalination plant at Tanit, which started producing water in 2019, will "
         "double its capacity.", "begin", "desalination plant at Tanit"),
        ("Marta Keller, who resigned on Monday, denied any wrongdoing.", "resign",
         "Marta Keller"),
        ("The footbridge that opened in March links the two banks.", "open", "footbridge"),
        # not after a verb of saying ("said that troops captured")
        ("He said that troops captured the town.", "capture", "troops"),
    ],
)  # fmt: skip
def test_a_relative_pronoun_stands_for_the_noun_before_it(
    text: str, event: str, agent: str
) -> None:
    frames = read_claim(text, None)["frames"]
    assert [f["agent"] for f in frames if f["class"] == event] == [agent]


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        # a capitalised event noun inside a body's name is no event
        ("Turnout in the referendum was 61 percent, the Central Election Commission said.",
         ["attend", "poll"]),
        ("The Flood Relief Agency opened two shelters.", ["open"]),
        # ... an event named with capitals still is one
        ("The Camp Fire killed 85 people.", ["kill"]),
        ("Hurricane Oscar made landfall near Galveston.", ["landfall"]),
        ("The election commission said turnout was 61 percent.", ["poll", "attend"]),
    ],
)  # fmt: skip
def test_an_event_noun_in_a_body_name_is_no_event(text: str, classes: list[str]) -> None:
    assert [f["class"] for f in read_claim(text, None)["frames"]] == classes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a country's possessive before a place is where the place is, no part of its name
        ("Hail fell in Hungary's Tokaj wine region.", ["Tokaj"]),
        ("The dam in Peru's Áncash region was finished.", ["Áncash"]),
        ("Talks were held in Saturday's session in Geneva.", ["Geneva"]),
        # an owner that is no place stays
        ("Gas leaked in Gazprom's Yamal field.", ["Gazprom's Yamal"]),
    ],
)
def test_a_countrys_possessive_before_a_place(text: str, names: list[str]) -> None:
    assert [p["name"] for p in find_places(text)] == names


@pytest.mark.parametrize(
    ("text", "event", "patient"),
    [
        # "hurt" as a passive is an injury; as an active verb it harms no one
        ("Nine miners were hurt in the blast.", "wound", "Nine miners"),
        ("The tariffs hurt exports.", None, None),
        # building work begins when ground is broken; a by-election is an election
        ("Contractors broke ground on the Lusaka bypass in May.", "begin", None),
        ("The by-election in Dunmore has been called for 4 March.", "poll", None),
    ],
)  # fmt: skip
def test_more_event_words(text: str, event: str | None, patient: str | None) -> None:
    frames = read_claim(text, None)["frames"]
    assert [f["class"] for f in frames] == ([event] if event else [])
    if patient:
        assert frames[0]["patient"] == patient


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a taking over is a purchase by a company, or in a sentence about a deal
        ("Dravo will take over Kessel in a deal worth 90 million euros.", "acquire"),
        ("Dravo will take over Kessel for $90 million.", "acquire"),
        ("The company took over a smaller competitor last year.", "acquire"),
        ("Militants took over the police station in Kidal on Sunday.", "capture"),
    ],
)
def test_a_taking_over_in_a_deal_is_a_purchase(text: str, event: str) -> None:
    assert [f["class"] for f in read_claim(text, None)["frames"]] == [event]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the weekday of an occasion called off names the nearest such day (article of
        # Wednesday 11 February 2026)
        ("Teachers called off Thursday's walkout after a late offer.", "2026-02-12"),
        ("The union cancelled the strike planned for Monday.", "2026-02-09"),
        ("The union cancelled the strike planned for Friday.", "2026-02-13"),
        # ... the day of the calling off, or an occasion held, is past
        ("The strike was called off on Friday.", "2026-02-06"),
        ("Teachers staged Thursday's walkout.", "2026-02-05"),
    ],
)
def test_the_day_of_an_occasion_called_off(text: str, value: str) -> None:
    assert [d["value"] for d in find_dates(text, date(2026, 2, 11))] == [value]


def test_a_participle_after_the_object_is_no_part_of_it() -> None:
    frames = read_claim("Dockers called off the strike planned for Tuesday.", None)["frames"]
    assert [f["patient"] for f in frames if f["class"] == "cancel"] == ["strike"]
    kept = read_claim("The bank left its key rate unchanged at its meeting.", None)["frames"]
    assert [f["class"] for f in kept] == ["keep", "meet"]


@pytest.mark.parametrize(
    "text", ["The plant opened two years ago.", "The bridge opened last November."]
)
def test_a_time_phrase_after_the_verb_is_no_object(text: str) -> None:
    assert [f["patient"] for f in read_claim(text, None)["frames"]] == [None]


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("Thousands of people marched through Porto on Saturday.", ["protest"]),
        ("Nurses will walk off the job for 48 hours from Tuesday.", ["walkout"]),
        # the month is no march
        ("Talks will resume on 3 March.", ["meet", "begin"]),
    ],
)
def test_marches_and_walkouts(text: str, classes: list[str]) -> None:
    assert [f["class"] for f in read_claim(text, None)["frames"]] == classes


@pytest.mark.parametrize(
    ("text", "agent", "negated"),
    [
        # the subject stands before a verb of refusing, vowing or planning and its "to"
        ("The minister has refused to resign over the scandal.", "minister", True),
        ("The union vowed to appeal the ruling.", "union", False),
    ],
)
def test_the_subject_before_a_verb_of_intent(text: str, agent: str, negated: bool) -> None:
    frames = read_claim(text, None)["frames"]
    assert (frames[-1]["agent"], frames[-1]["negated"]) == (agent, negated)


def test_a_magnitude_of_a_number() -> None:
    (q,) = find_quantities("The quake, with a magnitude of 6.1, struck off Sumatra.", [])
    assert (q["value"], q["unit"]) == (6.1, "magnitude")


@pytest.mark.parametrize(
    ("text", "event", "patient"),
    [
        # a past participle after the first comma is said of the noun phrase before it
        ("Ana Ruiz, born in 1964, grew up in Tulsa.", "born", "Ana Ruiz"),
        ("Tom Hale, arrested in 2019, was jailed on Monday.", "arrest", "Tom Hale"),
    ],
)
def test_a_reduced_relative_clause(text: str, event: str, patient: str) -> None:
    frames = read_claim(text, None)["frames"]
    assert [f["patient"] for f in frames if f["class"] == event] == [patient]


def test_the_verb_after_an_appositive_is_no_reduced_relative() -> None:
    frames = read_claim("Gerhard Lenz, the chief executive, resigned on Monday.", None)["frames"]
    assert [(f["agent"], f["passive"]) for f in frames] == [("Gerhard Lenz", False)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a bare amount before a verb counts people
        ("Nine died in the crash.", "people"),
        ("Tens of thousands attended the funeral.", "people"),
        ("Twelve were killed in the blast.", "people"),
        # ... not before a noun or a preposition
        ("About 120 flights were cancelled.", "flight"),
        ("The company employs 300 and expects growth.", None),
    ],
)
def test_a_bare_amount_before_a_verb_counts_people(text: str, unit: str | None) -> None:
    assert [q["unit"] for q in find_quantities(text, [])] == [unit]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("There were no new cases in the district.", True),
        ("No human infection has been found.", True),
        ("There was no more than one case.", False),
    ],
)
def test_no_before_an_event_nouns_adjectives(text: str, negated: bool) -> None:
    frames = read_claim(text, None)["frames"]
    assert frames[0]["negated"] is negated


@pytest.mark.parametrize(
    "words", [["the", "Sava", "River"], ["the", "River", "Sava"], ["the", "Sava"]]
)
def test_a_named_feature_is_keyed_by_its_name_alone(words: list[str]) -> None:
    assert "n:sava" in participant_keys(words)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        # a participle after "after", "before", "while", "by": the main clause's subject
        # does it, and the main clause's patient when that clause is passive
        (
            "Halvorsen kept her seat after defeating Brekke in the second round.",
            "defeating",
            "Halvorsen",
            "Brekke",
        ),
        (
            "The lorry driver was arrested on Friday after stabbing a cyclist.",
            "stabbing",
            "lorry driver",
            "cyclist",
        ),
        ("Rangers won the cup by beating Hibernian at Hampden.", "beating", "Rangers", "Hibernian"),
        # a subject of its own is kept
        (
            "Police arrived after the crowd attacked two stewards.",
            "attacked",
            "crowd",
            "two stewards",
        ),
        # "X burst through Y": Y gave way
        ("Floodwater burst through a levee near Tiel.", "burst through", "Floodwater", "levee"),
    ],
)
def test_the_doer_of_an_adjunct_participle(
    text: str, trigger: str, agent: str, patient: str
) -> None:
    frame = next(f for f in read_claim(text, None)["frames"] if f["trigger"] == trigger)
    assert (frame["agent"], frame["patient"]) == (agent, patient)


@pytest.mark.parametrize(
    ("text", "cls", "patient", "recipient"),
    [
        # a particle after the verb's object: "handed X over", "called X off"
        ("Police handed the suspects over to prosecutors.", "transfer", "suspects", "prosecutors"),
        (
            "Peru handed businessman Ilario Vento over to Chile.",
            "transfer",
            "businessman Ilario Vento",
            "Chile",
        ),
        ("The union called the strike off on Monday.", "cancel", "strike", None),
        ("The board turned the offer down.", "reject", "offer", None),
        # no object between: "took office over the weekend" is no takeover
        ("The new mayor took office over the weekend.", "take_office", None, None),
    ],
)
def test_a_particle_after_the_object(
    text: str, cls: str, patient: str | None, recipient: str | None
) -> None:
    frame = read_claim(text, None)["frames"][0]
    assert (frame["class"], frame["patient"], frame.get("recipient")) == (cls, patient, recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # "as" opens a clause of its own: its subject is the doer
        ("Ana Lund scored twice as Rhineford beat Altmark in Hamburg.", "beat", "Rhineford"),
        # guard: "such as", "as well as" stay inside the subject
        ("Countries such as Chile signed the treaty.", "signed", "Countries such as Chile"),
        ("Chile as well as Peru signed the treaty.", "signed", "Chile as well as Peru"),
    ],
)
def test_the_subject_after_as(text: str, trigger: str, agent: str) -> None:
    frame = next(f for f in read_claim(text, None)["frames"] if f["trigger"] == trigger)
    assert frame["agent"] == agent
