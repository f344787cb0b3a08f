"""Attribution patterns of news prose, one line per case: ``(pattern, text, fragment, chain)``.

The claim whose text contains ``fragment`` must carry ``chain`` (canonical names, outermost
first; ``[]`` is the article's own voice). Cases marked ``guard`` keep the attribution they
had before the pattern was taught: they stop it from reaching too far.
"""

from __future__ import annotations

import pytest

from claimtrack.attribute import attribute
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import RawArticle
from claimtrack.segment import segment

REG = SourceRegistry()

CASES = [
    # an outlet's leaning and a platform or nationality before a channel are no part of the
    # name
    (
        "outlet described",
        "The pro-government Al-Ayyam newspaper reported that the depot had been hit.",
        "depot",
        ["Al-Ayyam"],
    ),
    (
        "outlet described",
        "Russian Telegram channel Voenka claimed that a refinery had been hit.",
        "refinery",
        ["Voenka"],
    ),
    (
        "outlet described",
        "The Kremlin-backed Vechernyaya newspaper reported that the tax would be delayed.",
        "tax",
        ["Vechernyaya"],
    ),
    # "the company said" after a sentence opened by a described company: that company
    (
        "described body opens",
        "Power utility Eskom will cut supply from Monday, the company said on Sunday.",
        "cut supply",
        ["Eskom"],
    ),
    (
        "described body opens",
        "JOHANNESBURG (Reuters) - South Africa's power utility Eskom will cut supply from"
        " Monday, the company said.",
        "cut supply",
        ["Eskom"],
    ),
    (
        "described body opens",
        "Carmaker Volvex will cut 900 jobs, the company said.",
        "900 jobs",
        ["Volvex"],
    ),
    # a national broadcaster relays what it was told
    (
        "broadcaster relays",
        "Energy Minister Kgosi Ramokgopa told SABC that the cuts would end by Friday.",
        "cuts",
        ["SABC", "Kgosi Ramokgopa"],
    ),
    # names that open with a capital beyond ASCII speak like any other
    (
        "accented capital",
        "Émile Dubois said the plant would close in May.",
        "plant",
        ["Émile Dubois"],
    ),
    (
        "accented capital",
        "Łukasz Nowak told reporters that prices had risen.",
        "prices",
        ["Łukasz Nowak"],
    ),
    (
        "accented capital",
        "Fares will rise, said Óscar Puente, the transport minister.",
        "Fares",
        ["Óscar Puente"],
    ),
    (
        "accented capital",
        "Mayor Ángela Ruiz said the pier would reopen. Ruiz added that costs had risen.",
        "costs",
        ["Ángela Ruiz"],
    ),
    (
        "accented capital",
        "Sinn Féin's housing spokesperson, Eoin Ó Catháin, said rents were too high.",
        "rents",
        ["Eoin Ó Catháin"],
    ),
    # a seat of government named by its building
    ("seat of government", "The Élysée said the visit was off.", "visit", ["Élysée"]),
    (
        "seat of government",
        "Downing Street said no decision had been taken.",
        "decision",
        ["Downing Street"],
    ),
    # an age or a nationality for a person: the one who acted just before ("X beat Y. The
    # 19-year-old said"), unless that one only spoke ("Reid said Tully was hurt. The
    # 23-year-old admitted": the one spoken of, named last)
    (
        "described person",
        'Ola Berg beat defending champion Maria Kolar in Oslo.\n\n"I just kept'
        ' swinging," the 19-year-old said.',
        "swinging",
        ["Ola Berg"],
    ),
    (
        "described person",
        "Coach Ian Reid said Sam Tully had played through a knee injury. The 23-year-old"
        " admitted he had barely trained.",
        "barely trained",
        ["Sam Tully"],
    ),
    (
        "described person",
        "Lena Vogt retired hurt in the second set. The German insisted the injury was minor.",
        "minor",
        ["Lena Vogt"],
    ),
    (
        "described person",
        "Tom Healy crashed on the final lap. The Irishman said his brakes had failed.",
        "brakes",
        ["Tom Healy"],
    ),
    # "NAME of the <description> BODY": the person speaks
    (
        "person of a described body",
        "Sara Lind of the think tank Bruegel said rates would fall.",
        "rates",
        ["Sara Lind"],
    ),
    (
        "person of a described body",
        "Ivo Kask of the consumer group Tarbija warned that fees would rise.",
        "fees",
        ["Ivo Kask"],
    ),
    # a summons is no directive
    ("guard", "Kolar called for the trainer at 4-4 in the decider.", "trainer", []),
    ("guard", "The patrol officer called for backup near the bridge.", "backup", []),
    # "the inspectorate": the one body the article named with that word, without the state
    # that owns it
    (
        "body named before",
        "The firm reported the leak to Latvia's Consumer Rights Inspectorate on Monday. A"
        " spokesman for the inspectorate said it had opened a case.",
        "opened a case",
        ["Consumer Rights Inspectorate"],
    ),
    # an opening clause names the outlet that carried the speaker's words: it relays them,
    # as in "X told Le Monde"; an unnamed carrier or "reporters" relays nothing
    (
        "carried by",
        "In remarks carried by Tasnim, the commander said the drills had ended.",
        "drills",
        ["Tasnim", "commander"],
    ),
    (
        "carried by",
        "In an interview with Le Monde, Finance Minister Eric Lombard said the deficit would fall.",
        "deficit",
        ["Le Monde", "Eric Lombard"],
    ),
    (
        "guard",
        "In remarks carried by state television, the president said the border would stay open.",
        "border",
        ["president"],
    ),
    (
        "guard",
        "In an interview with reporters, the mayor said the pier would reopen.",
        "pier",
        ["mayor"],
    ),
    # a body's name found in the text never runs across a paragraph or a sentence's end
    # ("... on Thursday.\n\nPolice said" names no "Thursday. Police"); "U.S." keeps its stops
    (
        "name within a line",
        "The findings were published on Thursday.\n\nPolice, who gave no motive, said the"
        " suspect had been detained.",
        "detained",
        ["Police"],
    ),
    (
        "name within a line",
        "Officers from the Cobb County Police Department arrived.\n\nPolice said the suspect"
        " had been detained.",
        "detained",
        ["Cobb County Police Department"],
    ),
    # a demonym opens a body's name ("the Kyrgyz border service"), from any country
    (
        "demonym before a body",
        "The Kyrgyz border service reported an exchange of fire near Kok-Tash.",
        "exchange of fire",
        ["Kyrgyz border service"],
    ),
    # "they" after a sentence opened by a group of people is that group, ahead of an
    # earlier source; a plural that names no group of speakers ("two men") is no one
    (
        "they after a group",
        "Researchers at Uppsala University tracked 900 patients.\n\nThey found that the"
        " drug halved relapses.",
        "halved relapses",
        ["Uppsala University"],
    ),
    (
        "they after a group",
        "Protesters blocked the road on Monday. They said the plant must close.",
        "plant must close",
        ["Protesters"],
    ),
    (
        "they after a group",
        "The ministry said talks would resume. Scientists welcomed the plan.\n\nThey said"
        " it was overdue.",
        "overdue",
        ["Scientists"],
    ),
    ("guard", "Two men were arrested in Leeds. They said they were innocent.", "innocent", []),
    (
        "guard",
        "The ministry said talks would resume. They added that no date was set.",
        "no date",
        ["ministry"],
    ),
    # a description refers back to a body told of by another description only with the
    # same head ("the central bank" is not "the retailer"), or with a head that may stand
    # for any body ("the company")
    (
        "description after description",
        "Sales fell 4%, the retailer said.\n\nInflation eased to 2.4%, the central bank said.",
        "Inflation",
        ["central bank"],
    ),
    (
        "description after description",
        "Output slowed, the statistics office said.\n\nUnemployment held at 5%, the ministry said.",
        "Unemployment",
        ["ministry"],
    ),
    (
        "guard",
        "Sales fell 4%, the retailer said.\n\nIt will close 30 stores, the company added.",
        "30 stores",
        ["retailer"],
    ),
    (
        "guard",
        "Prices rose, the central bank said.\n\nRates will stay on hold, the bank said.",
        "on hold",
        ["central bank"],
    ),
    # an aspectual verb between the subject and its cue: "continued to call for", "went on
    # to say" (but "refused to say", "is expected to say" report nothing said)
    (
        "aspect before cue",
        "The ministry continued to insist that the dam was safe.",
        "dam was safe",
        ["ministry"],
    ),
    (
        "aspect before cue",
        "Small groups of protesters continued to call for an inquiry into the shooting.",
        "inquiry",
        ["Small groups of protesters"],
    ),
    (
        "aspect before cue",
        "Senator Ida Brenn went on to say the bill was dead.",
        "dead",
        ["Ida Brenn"],
    ),
    ("guard", "She refused to say whether the talks had failed.", "talks", []),
    ("guard", "The insurer is expected to say that profits fell.", "profits", []),
    # a capitalised word that opens the sentence with a verb of level is a measure, not the
    # body "the company" stands for ("Shares jumped 5%, the company said")
    (
        "measure opens",
        "Shares jumped 5% in early trading, the company said.",
        "Shares",
        ["company"],
    ),
    ("measure opens", "Prices have risen sharply, the bank said.", "Prices", ["bank"]),
    ("measure opens", "Volvex doubled its dividend, the company said.", "dividend", ["Volvex"]),
    # a long quotation opens each paragraph with a quote mark and closes only at its end:
    # every paragraph of it is its speaker's, sentences that read like background too
    (
        "quotation over paragraphs",
        'The Lisbon Herald reports:\n\n"Fares will rise by 9% in May. In 2019, the last rise'
        ' was 4%.\n\n"The operator runs 212 buses. Most are old."',
        "last rise",
        ["Lisbon Herald"],
    ),
    (
        "quotation over paragraphs",
        'The Lisbon Herald reports:\n\n"Fares will rise by 9% in May. In 2019, the last rise'
        ' was 4%.\n\n"The operator runs 212 buses. Most are old."',
        "Most are old",
        ["Lisbon Herald"],
    ),
    (
        "quotation over paragraphs",
        'Mayor Ana Ruiz told the council: "We will rebuild the pier. It will take a year.'
        '\n\n"Nobody will be left behind. Not one family."',
        "Not one family",
        ["Ana Ruiz"],
    ),
    (
        "guard",  # the quotation was left open, but the next paragraph is no part of it
        'Mayor Ana Ruiz told the council: "We will rebuild the pier. It will take a year.'
        "\n\nThe pier was built in 1911.",
        "built in 1911",
        [],
    ),
    (
        "guard",  # the next paragraph names a speaker of its own
        'The Lisbon Herald reports:\n\n"Fares will rise by 9% in May.\n\n"We cannot pay more,"'
        " a commuter, Rui Matos, said.",
        "pay more",
        ["Rui Matos"],
    ),
    # a directive is the speech act of who asks: "X called for C", "X called on Y to C"
    (
        "directive",
        "Mayor Ines Corral called for an independent inquiry into the flooding.",
        "inquiry",
        ["Ines Corral"],
    ),
    ("directive", "The mayor called for calm after the flooding.", "calm", ["mayor"]),
    (
        "guard",  # "called on X to V" is an instruction, as "urged X to V" is
        "Greenpeace has called on the ministry to halt drilling off Lofoten.",
        "halt drilling",
        [],
    ),
    (
        "directive",
        "Human Rights Watch said the verdict was unjust. Senator Amal Idris called for a retrial.",
        "retrial",
        ["Amal Idris"],
    ),
    (
        "guard",
        "A general strike was called for Thursday across the region.",
        "general strike",
        [],
    ),
    (
        "guard",
        "Commuters waited as the line was closed. The situation calls for patience, it seems.",
        "patience",
        [],
    ),
    ("guard", "The masterplan calls for 5,000 new homes by 2031.", "5,000", []),
    ("guard", "Forecasts call for heavy rain across the Alps on Sunday.", "heavy rain", []),
    # a quoted question or exclamation, then its named speaker: one sentence, as with "she said"
    (
        "question before its speaker",
        "“Who will pay for the new sea wall?” Ottilie Brand said. “Not the fishermen.”",
        "sea wall",
        ["Ottilie Brand"],
    ),
    (
        "question before its speaker",
        '"Enough of the delays!" Councillor Piet Haas said, waving the report.',
        "delays",
        ["Piet Haas"],
    ),
    (
        "guard",
        "“Who will pay for the new sea wall?” Ottilie Brand asked. She left.",
        "sea wall",
        [],
    ),
    # a report noun with its owner before it: "X's claim that C", "a NAME report that C"
    (
        "owned report noun",
        "Inspectors checked Marta Quell's claim that the pier had been repaired.",
        "pier",
        ["Marta Quell"],
    ),
    (
        "owned report noun",
        "The footage contradicts the harbour master’s earlier claim that the gate was shut.",
        "gate",
        ["harbour master"],
    ),
    (
        "owned report noun",
        "The union is seizing on a Lisbon Herald report that the yard had lost orders.",
        "lost orders",
        ["Lisbon Herald"],
    ),
    (
        "owned report noun",
        "The footage contradicts Dorset police’s earlier claim that the driver was armed.",
        "driver",
        ["Dorset police"],
    ),
    ("guard", "The claim that the gate was shut turned out to be false.", "gate", []),
    # a headline in title case: its cue is capitalised too ("..., X Says.", "X Says C")
    (
        "title-case headline",
        "Harbour Tolls Will Double, Ingrid Haldor Warns.",
        "Harbour Tolls",
        ["Ingrid Haldor"],
    ),
    (
        "title-case headline",
        "Old Mills Hid Safety Problems From Workers, Former Site Nurse Says.",
        "Old Mills",
        ["Former Site Nurse"],
    ),
    (
        "title-case headline",
        "Tomas Berg Says Ferry Fares Will Rise In June.",
        "Ferry Fares",
        ["Tomas Berg"],
    ),
    ("guard", "Lost Notes Of Marta Vell Were Found In Lisbon.", "Lost Notes", []),
    # a relative clause with its own verb first belongs to the subject
    (
        "subject relative",
        "The audit that was published on Monday found 40 errors in the accounts.",
        "40 errors",
        ["audit"],
    ),
    (
        "subject relative",
        "The survey that appeared in the Lancet found that most nurses planned to leave.",
        "most nurses",
        ["survey"],
    ),
    # a document's owner speaks for it, wherever it was sent or filed
    ("document", "Ms Oduya's letter to the board said the vote was rigged.", "vote", ["Oduya"]),
    (
        "document",
        "The union's complaint to the labour tribunal says the dismissals were unlawful.",
        "dismissals",
        ["union"],
    ),
    # two roles of one person, joined by "and" with no second determiner
    ("two roles", "The economist and novelist said growth would slow.", "growth", ["economist"]),
    (
        "two roles",
        "The former first lady and U.S. senator said the plan was a mistake.",
        "the plan",
        ["former first lady"],
    ),
    # "dismissed as false reports that ...": a denial by the subject
    (
        "denial",
        "The club dismissed as baseless claims that its coach had been sacked.",
        "coach",
        ["club"],
    ),
    # police forces named by a plural of their own
    (
        "police plural",
        "Two men were held in Limerick overnight, gardaí said.",
        "Two men",
        ["gardaí"],
    ),
    ("police plural", "The road was reopened by noon, carabinieri said.", "road", ["carabinieri"]),
    # British single quotes: "'C,' said X." and "'C,' he added."
    ("single quote", "'Prices will keep rising,' said Carla Mendes.", "Prices", ["Carla Mendes"]),
    (
        "single quote",
        "'This is welcome but modest growth,' said Ruth Gregory, an economist at Capital "
        "Economics.",
        "welcome",
        ["Ruth Gregory"],
    ),
    (
        "single quote",
        "Iain Lewis said his side had been tired. 'The pitch was poor, and we knew it,' he added.",
        "The pitch",
        ["Iain Lewis"],
    ),
    (
        "single quote",
        "Anna Berg met the strikers on Monday. 'We will not sign this,' she said on Tuesday.",
        "We will not",
        ["Anna Berg"],
    ),
    ("guard", "The workers' union said it would strike in May.", "strike", ["workers' union"]),
    ("guard", "He was the players' favourite, the club said.", "favourite", ["club"]),
    # a name after the described source closes the sentence: "C, said the role, NAME."
    (
        "named after role",
        "'We are seeing real progress,' said the national medical director, Prof Sir Stephen "
        "Powis.",
        "real progress",
        ["Stephen Powis"],
    ),
    (
        "named after role",
        '"We will appeal," said the company\'s chief executive, Jane Doe.',
        "appeal",
        ["Jane Doe"],
    ),
    (
        "named after role",
        "Energy bills will rise again in January, said the regulator, Ofgem.",
        "Energy bills",
        ["Ofgem"],
    ),
    ("guard", "Energy bills will rise again, said the regulator.", "Energy", ["regulator"]),
    (
        "guard",
        "Energy bills will rise, said Jane Doe, an analyst at Barclays.",
        "Energy",
        ["Jane Doe"],
    ),
    # a role word before the name is not part of it
    (
        "role title",
        "Treasurer Jim Chalmers said the budget would return to surplus.",
        "budget",
        ["Jim Chalmers"],
    ),
    (
        "role title",
        "Superintendent Dana Whitfield said classes would start later next fall.",
        "classes",
        ["Dana Whitfield"],
    ),
    (
        "role title",
        "Detective Inspector Sarah Quinn said the car had been found burnt out.",
        "the car",
        ["Sarah Quinn"],
    ),
    (
        "role title",
        "Forecaster Kari Bowen said the heaviest snow would fall overnight.",
        "snow",
        ["Kari Bowen"],
    ),
    (
        "role title",
        "China will ease credit for private firms, Premier Li Qiang said.",
        "credit",
        ["Li Qiang"],
    ),
    (
        "guard",
        "The Premier League said the match would go ahead.",
        "match",
        ["Premier League"],
    ),
    # "the people" / "the person" after an anonymous source named so
    (
        "the people",
        "Orbis is exploring a sale of the unit, according to people familiar with the matter. "
        "No final decision has been made, the people said.",
        "No final",
        ["people familiar with the matter"],
    ),
    (
        "the people",
        "A person briefed on the talks said a deal was close. The talks could still collapse "
        "over the weekend, the person said.",
        "collapse",
        ["person briefed on the talks"],
    ),
    (
        "the people",
        "The bank is weighing job cuts, two people with knowledge of the plans said. The cuts "
        "could affect 300 roles, the people added.",
        "300 roles",
        ["people with knowledge of the plans"],
    ),
    ("guard", "The people said they were tired of waiting.", "tired", ["people"]),
    (
        "guard",
        "Residents fled the flooded streets. The people said the water rose within minutes.",
        "water",
        ["people"],
    ),
    # evidence owned by a named institution, without "'s"
    (
        "evidence owner",
        "According to BMC data, 14 trees fell across the city.",
        "14 trees",
        ["BMC"],
    ),
    (
        "evidence owner",
        "Inflation eased to 2.1% in June, Statistics Canada data showed on Tuesday.",
        "Inflation",
        ["Statistics Canada"],
    ),
    (
        "evidence owner",
        "Unemployment in the euro zone fell to 6.4%, Eurostat figures showed.",
        "Unemployment",
        ["Eurostat"],
    ),
    (
        "evidence owner",
        "ONS figures show wages rose 4% in the year to June.",
        "wages",
        ["ONS"],
    ),
    ("guard", "The figures show wages rose 4% in the year to June.", "wages", []),
    ("guard", "Official data showed growth slowed in the second quarter.", "growth", []),
    (
        "evidence owner",
        "Pentagon data show 40 aircraft were lost.",
        "aircraft",
        ["Pentagon"],
    ),
    # "X of Y" bodies whose head noun says what they are: not two-word person names
    (
        "institution of",
        "Waiting times are the worst on record, the Royal College of Emergency Medicine said.",
        "Waiting",
        ["Royal College of Emergency Medicine"],
    ),
    (
        "institution of",
        "The National Bureau of Statistics said output rose 5 percent.",
        "output",
        ["National Bureau of Statistics"],
    ),
    (
        "institution of guard",
        "Tom Reed of the Royal Society said the data were sound.",
        "data",
        ["Tom Reed"],
    ),
    # "the board", "the authority" point back only to a source named so
    (
        "specific head",
        "The Chicago Transit Authority said service would resume. The Reserve Bank kept rates "
        "on hold. The board said inflation remained too high.",
        "inflation",
        ["board"],
    ),
    (
        "specific head guard",
        "The Chicago Transit Authority said service would resume. Repairs cost $2 million, "
        "the authority said.",
        "Repairs",
        ["Chicago Transit Authority"],
    ),
    # '"C," X was quoted (by Y) as saying.': the frame after its content
    ("quoted after", '"We are ready," Shinde was quoted as saying.', "ready", ["Shinde"]),
    (
        "quoted after",
        "The economy will grow by 5 percent, Premier Li Qiang was quoted by state media as saying.",
        "economy",
        ["state media", "Li Qiang"],
    ),
    # a name, then what it is: "Kyodo news agency", "the Nikkei business daily"
    (
        "named then described",
        "Kyodo news agency reported that the minister would resign.",
        "minister",
        ["Kyodo"],
    ),
    (
        "named then described",
        "The Nikkei business daily said the merger was off.",
        "merger",
        ["Nikkei"],
    ),
    (
        "named then described",
        "The Yonhap news agency said the launch had failed.",
        "launch",
        ["Yonhap"],
    ),
    (
        "named then described guard",
        "Turkish state broadcaster said the talks would resume.",
        "talks",
        ["Turkish state broadcaster"],
    ),
    (
        "named then described guard",
        "The Guardian reports, citing Ukraine's military intelligence agency, the GUR, that "
        "the units moved.",
        "units",
        ["Guardian", "GUR"],
    ),
    # a surname that is also a title, after a given name: "Charlie King", "Erik Prince"
    ("title surname", '"It is safe," said Charlie King.', "safe", ["Charlie King"]),
    (
        "title surname",
        '"We will rebuild," said Erik Prince, the founder of Blackwater.',
        "rebuild",
        ["Erik Prince"],
    ),
    (
        "title surname",
        "Marie Judge, a spokeswoman for the council, said the vote was delayed.",
        "vote",
        ["Marie Judge"],
    ),
    (
        "title surname",
        "Kelly Major told reporters the talks had stalled.",
        "talks",
        ["Kelly Major"],
    ),
    (
        "title surname",
        "Martin Luther King said the march would go ahead.",
        "march",
        ["Martin Luther King"],
    ),
    (
        "title surname guard",
        "King Charles said the visit had been a success.",
        "visit",
        ["Charles"],
    ),
    ("title surname guard", "Pope Francis said the war must end.", "war", ["Francis"]),
    ("title surname guard", "The Minister said the bill would pass.", "bill", ["Minister"]),
    # evidence that nobody is said to own: "according to federal statistics"
    (
        "unowned evidence",
        "About 9.9 million single mothers live in the country, according to federal statistics.",
        "single mothers",
        ["federal statistics"],
    ),
    (
        "unowned evidence",
        "Unemployment fell to 4 percent in May, according to government data.",
        "Unemployment",
        ["government data"],
    ),
    # a pollster named before its poll is the source: "a new Gallup poll"
    (
        "pollster",
        "The two candidates are tied, according to a new Gallup poll.",
        "tied",
        ["Gallup"],
    ),
    (
        "pollster",
        "A Pew Research Center survey found that most adults read news online.",
        "most adults",
        ["Pew Research Center"],
    ),
    (
        "pollster",
        "The race is close, according to a Washington Post-ABC News national poll.",
        "race",
        ["Washington Post-ABC News"],
    ),
    # a document with no publisher named before it stands for itself
    (
        "unowned document",
        "Pence won Tuesday night's debate, according to the post-debate analysis.",
        "Pence",
        ["post-debate analysis"],
    ),
    (
        "report of the institution before",
        "The World Bank released its outlook on Monday. The report said growth would slow.",
        "growth",
        ["World Bank"],
    ),
    (
        "unowned evidence guard",
        "Prices rose 3 percent, according to a survey.",
        "Prices",
        ["survey"],
    ),
    # "NAME, who said C": the relative clause is the named antecedent's claim, the clause
    # before it is not
    (
        "who said",
        "Ted Cruz endorsed Dana Whitfield, who says she is honored.",
        "honored",
        ["Dana Whitfield"],
    ),
    ("who said", "Ted Cruz endorsed Dana Whitfield, who says she is honored.", "endorsed", []),
    (
        "who said",
        "Obama had a frosty relationship with Mitch McConnell, now the Senate majority leader, "
        "who in 2010 said the party's goal was to make Obama a one-term president.",
        "one-term",
        ["Mitch McConnell"],
    ),
    (
        "who said",
        "The council hired Deloitte, who told reporters the audit would take a year.",
        "audit",
        ["Deloitte"],
    ),
    (
        "who said guard",
        "The plan will placate Democrats on Capitol Hill, who have argued that it helps them.",
        "helps",
        [],
    ),
    ("who said guard", "Police arrested a man, who said he was innocent.", "innocent", []),
    (
        "who said guard",
        "Voters backed Anna Berg, who won 60 percent of the vote.",
        "60 percent",
        [],
    ),
    # a document speaks for its owner
    (
        "owned document",
        "However, Ivana Trump's brief said that was not her view.",
        "her view",
        ["Ivana Trump"],
    ),
    (
        "owned document",
        "Maria Lopez testified on Monday. According to her account, the doors were locked.",
        "doors",
        ["Maria Lopez"],
    ),
    (
        "owned document guard",
        "Smith's lawyers said the ruling would be appealed.",
        "ruling",
        ["Smith's lawyers"],
    ),
    # a document or evidence cited is no antecedent for a later "it" or "the company"
    (
        "document no antecedent",
        "Prices rose, according to the analysis. The company said it had done nothing wrong.",
        "nothing wrong",
        ["company"],
    ),
    # "maintain" with a plain object keeps something; with a clause it reports
    ("maintain", "The firm has maintained offices in Moscow since 1995.", "offices", []),
    (
        "maintain",
        "The study found that 73 percent of firms maintained subsidiaries in tax havens.",
        "subsidiaries",
        ["study"],
    ),
    ("maintain guard", "Smith maintained that he was innocent.", "innocent", ["Smith"]),
    # a naming verb with a plain "a"/"an" complement reports a judgement
    ("naming", "Democrats called the contempt citation a political ploy.", "ploy", ["Democrats"]),
    (
        "naming",
        "Clinton called her vote in favor of the Iraq War a mistake.",
        "mistake",
        ["Clinton"],
    ),
    (
        "naming",
        'Ana Ruiz called Mr. Obama\'s remarks on Saturday "a true wake-up call."',
        "wake-up",
        ["Ana Ruiz"],
    ),
    ("naming guard", "The mayor called the police a day later.", "police", []),
    ("naming guard", "The prime minister called an election for a date in May.", "election", []),
    # "called for" is no naming verb: a directive of its own (below)
    ("directive", "The president called for a ceasefire in Gaza.", "ceasefire", ["president"]),
    # a participle after a closing cue: '"C," X recalled, suggesting D.'
    (
        "participle after cue",
        '"He was at the top of his game," Ed Rendell recalled, suggesting the debate helped.',
        "top of his game",
        ["Ed Rendell"],
    ),
    (
        "participle after cue",
        'Tom Reed spoke first. "Prices will fall," the economist predicted, citing cheap oil.',
        "Prices",
        ["economist"],
    ),
    (
        "participle after cue guard",
        "In Kyiv, officials said, citing intelligence, that the strike killed 20.",
        "strike",
        ["officials"],
    ),
    # unnamed people described by who they are near, and the writer's own relative clause
    (
        "described people",
        "Those close to him say he will run for the Senate.",
        "Senate",
        ["Those close to him"],
    ),
    (
        "described people",
        "All the economists I interviewed said the plan would raise the deficit.",
        "deficit",
        ["economists"],
    ),
    # honorifics before a name are dropped as titles are: "Hon.", "Alhaji", "Cllr", "Shri"
    (
        "honorific",
        "The chairman, Hon. Tunde Bakare, said the market would reopen.",
        "reopen",
        ["Tunde Bakare"],
    ),
    ("honorific", "Alhaji Musa Danjuma said the road was unsafe.", "unsafe", ["Musa Danjuma"]),
    ("honorific", "Cllr Jane Hart says the library will stay open.", "library", ["Jane Hart"]),
    ("guard", "Sri Lanka said the talks would resume.", "talks", ["Sri Lanka"]),
    # an object pronoun after "according to": the last person or body named
    (
        "according to a pronoun",
        "Peter Obi spoke to reporters in Awka. According to him, the bridge will open soon.",
        "bridge",
        ["Peter Obi"],
    ),
    (
        "according to a pronoun",
        "Ruth Amadi visited the site. According to her, the pumps failed twice.",
        "pumps",
        ["Ruth Amadi"],
    ),
    # a role in lower case before a name, whatever the role word
    (
        "role before name",
        '"The drug works in mice," lead author Ana Ruiz told reporters.',
        "mice",
        ["Ana Ruiz"],
    ),
    ("role before name", '"It hurts," writer Tom Veld said.', "It hurts", ["Tom Veld"]),
    # a later short form: a surname of two words, or the family name written first
    (
        "short name",
        "Economist Carla Mendes Souza said inflation would ease. Mendes Souza said rates "
        "would fall in June.",
        "rates",
        ["Carla Mendes Souza"],
    ),
    (
        "short name",
        "Vice Minister Wang Shouwen said exports rose. Wang stressed that imports would grow.",
        "imports",
        ["Wang Shouwen"],
    ),
    # a name first, then an office "of" a place: the person speaks, not the place
    (
        "name then office",
        "Li Wei, vice governor of Hunan Province, said trade had doubled.",
        "doubled",
        ["Li Wei"],
    ),
    # the relay clause first: "Citing X, Y said C"
    (
        "citing first",
        "Citing figures from the health ministry, Ana Ruiz said 40 people had died.",
        "40 people",
        ["Ana Ruiz", "health ministry"],
    ),
    # an unnamed spokesperson speaks for the body (or the person) named with them
    (
        "spokesperson",
        "A Scottish Government spokesperson said the scheme would continue.",
        "scheme",
        ["Scottish Government"],
    ),
    (
        "spokesperson",
        "A spokeswoman for the Danish Energy Agency said the cable was repaired.",
        "cable",
        ["Danish Energy Agency"],
    ),
    ("guard", "A spokesman declined to say more.", "say more", []),
    # a bare "police" or "a hospital spokesperson" is the one such body the article names
    (
        "named body",
        "A man was arrested on Friday, police said. He was later charged, according to "
        "the Leeds City Police Department.",
        "arrested",
        ["Leeds City Police Department"],
    ),
    (
        "named body",
        "Two workers were taken to St Olav's Hospital. One was in a serious condition, a "
        "hospital spokesperson said.",
        "serious",
        ["St Olav's Hospital"],
    ),
    (
        "guard",
        "Officers from Kent Police and Essex Police searched the site. Two men were held, "
        "police said.",
        "were held",
        ["police"],
    ),
    # where a company sits is not who it is; a company's name may look like a person's
    (
        "based company",
        "Nordvik Therapeutics said trials had ended. The Oslo-based company said it would cut "
        "200 jobs.",
        "200 jobs",
        ["Nordvik Therapeutics"],
    ),
    # a document "by" or "published by" its author: the author speaks
    (
        "document by",
        "Guidance published by the Royal College of Nursing says nurses should rest.",
        "rest",
        ["Royal College of Nursing"],
    ),
    (
        "document by",
        "A post by the Facebook page Leeds Drivers United claims that fines will double.",
        "fines",
        ["Leeds Drivers United"],
    ),
    # an adverb in "-ly" between the subject and its verb is not part of the subject
    (
        "ly adverb",
        "The coroner angrily said the report was false.",
        "report",
        ["coroner"],
    ),
    ("guard", "The family said the boy was safe.", "boy", ["family"]),
    (
        "guard",
        "The Nikkei business daily reported that exports rose.",
        "exports",
        ["Nikkei"],
    ),
    # "posted" reports a clause or a quote, not an object; a short phrase may come between
    (
        "posted",
        "The mayor posted on Facebook that the roads were closed.",
        "roads",
        ["mayor"],
    ),
    ("guard", "Nordic Bank posted a record profit on Tuesday.", "profit", []),
    # the present progressive of live coverage
    (
        "progressive",
        "SVT is reporting, citing police sources, that the bridge has been closed.",
        "bridge",
        ["SVT", "police sources"],
    ),
    # "a" + a name + "report": the noun, not the verb ("a Reuters report said", not "a
    # Reuters" reporting); a document named by its author, with a participle after it
    ("guard", "The rumour spread after a Reuters report last week.", "rumour", []),
    ("noun report", "A Reuters report said the talks had failed.", "talks", ["Reuters"]),
    (
        "noun report",
        "A National Audit Office report published in May found that costs had doubled.",
        "costs",
        ["National Audit Office"],
    ),
    # a role in lower case between capitalised words and a name: the name speaks
    (
        "role then name",
        "Shop owner Graham Pettit told the Echo the staff were unhurt.",
        "staff",
        ["Graham Pettit"],
    ),
    (
        "role then name",
        "Solar physicist Ana Ruiz of the University of Leicester said storms were rare.",
        "storms",
        ["Ana Ruiz"],
    ),
    (
        "guard",
        "The Royal College of Surgeons said waiting lists grew.",
        "waiting",
        ["Royal College of Surgeons"],
    ),
    # analysts or researchers "at" a body: the body
    ("group at", "Analysts at Jefferies said the profit was weak.", "profit", ["Jefferies"]),
    (
        "group at",
        "Researchers at the University of Leeds said the trial worked.",
        "trial",
        ["University of Leeds"],
    ),
    # "the 71-year-old": the one person the article gives that age
    (
        "age",
        'Rosa Diaz, 71, lost her home in the fire. "It was all gone," the 71-year-old said.',
        "all gone",
        ["Rosa Diaz"],
    ),
    # "the force": the one police force the article names
    (
        "the force",
        "Two men were arrested, Kent Police said. Jewellery was taken, the force said.",
        "Jewellery",
        ["Kent Police"],
    ),
    # verbs that invert after a quote in translated copy
    ("inverted", '"We will find them," assured Carlos Ruiz.', "find them", ["Carlos Ruiz"]),
    # "X, quoted by Y, said": Y relays X
    (
        "quoted by",
        "Energy Minister Ana Ruiz, quoted by state broadcaster ZNBC, said power cuts would end.",
        "power cuts",
        ["ZNBC", "Ana Ruiz"],
    ),
    # "according to the ROLE, NAME, C": the name
    (
        "according to role, name",
        "According to the mayor of Tula, Rosa Diaz, 40 homes burned.",
        "40 homes",
        ["Rosa Diaz"],
    ),
    # "the bank said" after a sentence that names the one bank, though it said nothing yet
    (
        "named before",
        "The Central Bank of Peru cut its key rate to 4.5%. The decision was unanimous, "
        "the bank said.",
        "unanimous",
        ["Central Bank of Peru"],
    ),
    (
        "guard",
        "The Bank of Chile and the Bank of Peru cut rates. The move was expected, the bank said.",
        "expected",
        ["bank"],
    ),
    # a participle after a document noun in a phrase is no cue: "in a video posted on X"
    (
        "participle",
        "Ana Ruiz thanked voters in a video posted on Facebook.",
        "thanked",
        [],
    ),
    ("guard", "The statement noted that talks would resume.", "talks", ["statement"]),
    # letters after a name (British courts and parliaments), Irish name particles
    (
        "post-nominal",
        "Defending, Simon Clegg KC told the court his client was ashamed.",
        "ashamed",
        ["Simon Clegg"],
    ),
    (
        "post-nominal",
        "Rachel Dunn KC, prosecuting, told the jury that the money was never invested.",
        "never invested",
        ["Rachel Dunn"],
    ),
    (
        "name particle",
        "Housing spokesperson Eoin Ó Broin said the plan was too late.",
        "too late",
        ["Eoin Ó Broin"],
    ),
    # the cue first, then its speaker (AP style): 'Said Ellis: "C"'
    (
        "cue first",
        'Tom Ellis is an economist at Ames. Said Ellis: "Rates will not fall this year."',
        "Rates",
        ["Tom Ellis"],
    ),
    ("guard", "Saying goodbye was hard for the players.", "goodbye", []),
    # a study with a year before it: "A 2014 study by X found"
    (
        "document by",
        "A 2019 study by the Grattan Institute found that fares had doubled.",
        "fares",
        ["Grattan Institute"],
    ),
    # "Paris (AFP) -": the publisher is the audience of "told AFP", not a relay
    (
        "dateline publisher",
        'Paris (AFP) - "Prices will fall," economist Jean Roux told AFP.',
        "Prices",
        ["Jean Roux"],
    ),
    # a role word that the start of the sentence capitalised: "Operator X", "Nurse X"
    (
        "capitalised role",
        "Retailer Northgate Stores said on Friday that sales had fallen.",
        "sales",
        ["Northgate Stores"],
    ),
    (
        "capitalised role",
        "Nurse Ana Ruiz told the inquiry that the ward had no beds.",
        "no beds",
        ["Ana Ruiz"],
    ),
    ("guard", "Baker Hughes said demand for rigs fell.", "rigs", ["Baker Hughes"]),
    # a party label in brackets after a person's name is not the speaker
    (
        "party label",
        "Finance Minister Laura Brandt (SPD) told reporters that the budget was final.",
        "budget",
        ["Laura Brandt"],
    ),
    (
        "guard",
        "The Food Standards Agency (FSA) said the recall was precautionary.",
        "recall",
        ["Food Standards Agency"],
    ),
    # an office of two nouns before the name: "Minister of Trade and Industry X"
    (
        "office with and",
        "Minister of Trade and Industry Kofi Mensah said tariffs would stay.",
        "tariffs",
        ["Kofi Mensah"],
    ),
    # British police ranks without full stops
    (
        "police rank",
        "Det Con Priya Shah said the car had been stolen in Leeds.",
        "stolen",
        ["Priya Shah"],
    ),
    ("guard", "Con Coughlin said the treaty was dead.", "treaty", ["Con Coughlin"]),
    # "officials at the ministry": the ministry the article named
    (
        "officials at",
        "The Trade Ministry announced new quotas. Officials at the ministry say exports will fall.",
        "exports",
        ["Trade Ministry"],
    ),
    (
        "officials at",
        "An official at the Port Authority of Lagos said the berths were full.",
        "berths",
        ["Port Authority of Lagos"],
    ),
    # a party named in the plural
    (
        "plural party",
        "The Liberals, now in opposition, accused the government of hiding the figures.",
        "hiding",
        ["Liberals"],
    ),
    # an anonymous source named again by a kin noun; a rival paper as the relay
    (
        "kin anaphor",
        'A source told The Sun the pair had split. "He is heartbroken," the insider added.',
        "heartbroken",
        ["The Sun", "source"],
    ),
    (
        "kin anaphor",
        'A pal of the singer claimed she left first. "She was done," the friend said.',
        "was done",
        ["pal of the singer"],
    ),
    # a given name alone (tabloid style), the first of two Spanish surnames
    (
        "short name",
        "Pop star Maria Voss has cancelled her tour. A spokesperson for Maria told reporters "
        "she needed rest.",
        "needed rest",
        ["Maria Voss"],
    ),
    (
        "short name",
        "Former senator Ana Torres Vidal leads the count. Torres told supporters she would "
        "wait for the final tally.",
        "final tally",
        ["Ana Torres Vidal"],
    ),
    # "estimated" with a clause that has no "that"
    (
        "estimated",
        "Union leader Mark Doyle estimated the strike would cost the port £4m a day.",
        "strike",
        ["Mark Doyle"],
    ),
    # a participle used as an adjective is no cue
    (
        "guard",
        "On 3 May the ministry notified the WHO of a confirmed case of cholera.",
        "cholera",
        [],
    ),
    # "the 44-year-old" where the article gives no age: the person named last
    (
        "age description",
        'Dairy farmer Tom Reed said the price was too low. "We lose money," Mr Reed said. '
        "The 44-year-old said he would sell the herd.",
        "herd",
        ["Tom Reed"],
    ),
    # an unnamed spokesperson right after a body speaks is that body's
    (
        "bare spokesperson",
        "Northgate Water Company said supplies were safe. The utility will review prices in "
        "May, a "
        "spokeswoman told local radio.",
        "review prices",
        ["Northgate Water Company"],
    ),
    (
        "guard",
        "Tom Ames met the board. The talks ran late. Prices rose. Rain fell. "
        '"We will see," a spokesman said.',
        "We will see",
        ["spokesman"],
    ),
    # a name with an inner capital is a body's; "it" is not a body when another opened a
    # sentence since
    ("inner capital", "OpenGrid said it would cut prices.", "cut prices", ["OpenGrid"]),
    (
        "guard",
        "FinSure told reporters that it was watching the bank.\n\nHanse Kreditbank was founded "
        "in 1921. Its shares fell in March, when it disclosed losses.",
        "disclosed",
        [],
    ),
    # "The president of the X (ACR), NAME, said": the person, not the acronym
    (
        "office then name",
        "The president of the Electoral Council (CNE), Maria Pena, said the count was over.",
        "count",
        ["Maria Pena"],
    ),
    (
        "guard",
        "Sun Yat-sen University said the lab would reopen.",
        "lab",
        ["Sun Yat-sen University"],
    ),
    # a report in an outlet is the outlet's, and it relays what it reports
    (
        "report in",
        "The Treasury insists the cuts are final, according to a report in the weekly "
        "magazine Die Zeit.",
        "cuts",
        ["Die Zeit", "Treasury"],
    ),
    # a document seen by an outlet: the outlet (the author of a leak is rarely named)
    (
        "seen by",
        "Two plants will close, according to an internal memo seen by The Guardian.",
        "plants",
        ["Guardian"],
    ),
    # a name that lists its fields goes on after its commas
    (
        "listed name",
        "Rice prices rose again, according to the Ministry of Agriculture, Forestry and Fisheries.",
        "Rice",
        ["Ministry of Agriculture, Forestry and Fisheries"],
    ),
    # people in the plural by the form of the word, though no lexicon lists them
    (
        "plural people",
        "Cattle growers in the Kimberley say the drought is the worst in decades.",
        "drought",
        ["Cattle growers in the Kimberley"],
    ),
    (
        "guard",
        "Harrowgate Outfitters said it would close 40 stores.",
        "stores",
        ["Harrowgate Outfitters"],
    ),
    # "she" is the woman named before, not a person of unknown sex described since
    (
        "gendered pronoun",
        'Insp Ruth Kale said a passing cyclist had told her the van sped off. She added: "We '
        'need witnesses."',
        "witnesses",
        ["Ruth Kale"],
    ),
    # capitals with an acronym or a number: a body's name, not a person's
    ("body name", "NHS England said waiting lists had grown.", "waiting", ["NHS England"]),
    ("body name", "Radio Kerry FM reported that the road was shut.", "road", ["Radio Kerry FM"]),
    # someone described by an agent noun, unnamed
    (
        "described person",
        "A fisherman in Tromsø said the ice had come early.",
        "ice",
        ["fisherman in Tromsø"],
    ),
    # a hyphenated office ("the Auditor-General")
    (
        "hyphenated office",
        "The Auditor-General said the accounts were incomplete.",
        "accounts",
        ["Auditor-General"],
    ),
    # "NAME for BODY": the person
    (
        "name for body",
        "Lena Ortiz for Morning Consult wrote that support had slipped.",
        "support",
        ["Lena Ortiz"],
    ),
    # members of regional assemblies
    (
        "assembly title",
        "BRS MLA Padma Rani said the canal would be finished in May.",
        "canal",
        ["Padma Rani"],
    ),
    # "a report on X" is about X, not by it
    ("guard", "Exports fell, according to a report on Syria.", "Exports", []),
    # a plural noun after a count is no verb ("one in five posts"), and a comment on a claim
    # is not its source
    (
        "count noun",
        "The teachers' union says one in five posts in physics went unfilled.",
        "physics",
        ["teachers' union"],
    ),
    (
        "claim comment",
        "The Dockers' Union had argued that the lease would cost 400 jobs, a claim the port "
        "authority denied.",
        "lease",
        ["Dockers' Union"],
    ),
    # a report published on a day by a body; a paper in a journal
    (
        "published by",
        "Snow cover fell by a third, according to a report published on Tuesday by the "
        "Swiss Academy of Sciences.",
        "Snow",
        ["Swiss Academy of Sciences"],
    ),
    (
        "paper in journal",
        "Night shifts raise the risk, according to a paper in the journal Sleep Health.",
        "Night",
        ["Sleep Health"],
    ),
    # an interview's answers are the interviewee's; a transcript's speaker labels name the
    # speaker; other labels name no one
    (
        "interview answer",
        "Harbour master Ines Duarte said the port would reopen.\n\nQ: When?\n\nA: Once the "
        "wreck is cleared, probably in May.",
        "wreck",
        ["Ines Duarte"],
    ),
    (
        "transcript label",
        "Health minister Wanjiru Kamau took questions.\n\nKAMAU: We have 40 cases in Kisumu.",
        "40 cases",
        ["Wanjiru Kamau"],
    ),
    ("guard", "The road was shut.\n\nUpdate: The road has reopened.", "reopened", []),
    # "accepted that", "agree that": a clause after them is what the speaker holds true
    (
        "accepted that",
        "Under cross-examination, Ruth Kale accepted that she had signed the forms.",
        "signed",
        ["Ruth Kale"],
    ),
    ("guard", "The union accepted the offer on Monday.", "offer", []),
    ("guard", "Both sides agreed to meet in May.", "meet", []),
    # "the power utility announced": the body that opened the sentence
    (
        "opening body",
        "Vattenkraft has suspended power cuts until further notice, the power utility "
        "announced on Sunday.",
        "power cuts",
        ["Vattenkraft"],
    ),
    # a manner, a colon and a quote: the speaker
    (
        "manner quote",
        "Leeds manager Ana Costa was blunt: 'We were second best all over the pitch.'",
        "second best",
        ["Ana Costa"],
    ),
    ("guard", "The weather was clear: sunny all day on the coast.", "sunny", []),
    # a relative named by the given name alone
    (
        "given name appositive",
        "Tom Byrne retired in 2010. His daughter, Aoife, said he still wakes at four.",
        "wakes",
        ["Aoife"],
    ),
    # an agency whose name holds another's acronym
    ("acronym inside", "Africa CDC reported 2,000 new suspected cases.", "2,000", ["Africa CDC"]),
    # documents with no owner named are a source as written, like "official figures"
    (
        "unowned documents",
        "The council faces a £3m gap, according to budget documents.",
        "gap",
        ["budget documents"],
    ),
    # members of a group named by a plural title: a group, not a person called "Several"
    (
        "plural title",
        "Several Labour MPs told the BBC privately that they expected a rebellion.",
        "rebellion",
        ["BBC", "Labour MPs"],
    ),
    # "his client", said by someone's lawyer, is that someone
    (
        "client",
        "Ana Lutz, 41, was charged on Friday. Lutz's lawyer, Tom Berg, said his client had "
        "told him she was at home.",
        "at home",
        ["Tom Berg", "Ana Lutz"],
    ),
    # a paragraph that only goes on with a quote opened in single quotes, British style
    (
        "single quote paragraph",
        "Inspector Rhian Vaughan said: 'This was a frightening attack on a busy platform.\n\n"
        "'I would urge anyone who saw it to contact us.'",
        "urge anyone",
        ["Rhian Vaughan"],
    ),
    (
        "single quote paragraph",
        "The head teacher, Owen Price, said: 'We are proud of every pupil.'\n\n"
        "'Seven classrooms will be rebuilt by September,' the council said.",
        "classrooms",
        ["council"],
    ),
    # offices before a name: hyphenated titles, local offices, police ranks in capitals
    (
        "office before name",
        "Solicitor-General Miriam Okafor said in a statement that the state would appeal.",
        "appeal",
        ["Miriam Okafor"],
    ),
    (
        "office before name",
        "Harlan County Engineer Dale Voss said the bridge would stay closed until June.",
        "bridge",
        ["Dale Voss"],
    ),
    (
        "office before name",
        "The state police spokesperson, DSP Ravi Menon, confirmed that two men were arrested.",
        "arrested",
        ["Ravi Menon"],
    ),
    # a manner before a colon quote may say what it is about
    (
        "manner quote",
        'Harbour coach Ines Duarte was scathing about the pitch: "It was a ploughed field."',
        "ploughed",
        ["Ines Duarte"],
    ),
    (
        "manner quote",
        "The result was clear on Sunday: turnout fell to 41%.",
        "turnout",
        [],
    ),
    # people named by a plural relay what they told the speaker
    (
        "plural relay",
        "Councillor Ama Boateng said elders in the village had told her the well ran dry in May.",
        "well ran dry",
        ["Ama Boateng", "elders in the village"],
    ),
    # the plural present of cue verbs, forecasts and expectations
    (
        "plural present",
        "Supporters of the mayor insist the tram line will be finished on time.",
        "tram line",
        ["Supporters of the mayor"],
    ),
    (
        "forecast",
        "The Met Office is forecasting gusts of 80mph along the coast.",
        "gusts",
        ["Met Office"],
    ),
    (
        "forecast",
        "Kelder Foods now expects sales to fall by 3% this year.",
        "sales",
        ["Kelder Foods"],
    ),
    (
        "forecast",
        "The new bridge is expected to open in May.",
        "bridge",
        [],
    ),
    # a common word before a country's name is an agency ("Statistics Canada")
    (
        "agency of a country",
        "Statistics Canada said inflation rose to 3.1% in March. It said food led the rise.",
        "food",
        ["Statistics Canada"],
    ),
    # translated copy: a cue right after the quote it reports, and only there
    (
        "after quote",
        '"This is a betrayal," reacted Odile Marchand, a union delegate at the plant.',
        "betrayal",
        ["Odile Marchand"],
    ),
    (
        "after quote",
        "Markets reacted to the news by falling 3% on Friday.",
        "Markets",
        [],
    ),
    # "tells me", "told us", "promised us" in a speaker's quote or answer: a relay
    (
        "first-person audience",
        '"Sales are holding up," Ines Carvalho said. "Our dealers tell us the showrooms are '
        'still busy."',
        "showrooms",
        ["Ines Carvalho", "dealers"],
    ),
    (
        "first-person audience",
        "The transcript follows a briefing by Health Minister Aroha Tane.\n\n"
        "TANE: The ward is full. The district board tells me that 40 patients are waiting.",
        "40 patients",
        ["Aroha Tane", "district board"],
    ),
    # a sentence adverb before the verb is not part of the source
    (
        "adverb",
        "Aides to the governor nevertheless acknowledged that the budget would be late.",
        "budget",
        ["Aides to the governor"],
    ),
    # an adjunct between the inverted cue and its participle
    (
        "inverted with adjunct",
        "Talvik Steel said on Monday it would shut its Hamar mill.\n\n"
        'Output will stop "by June", the company said in a press release, adding that 200 '
        "jobs would go.",
        "by June",
        ["Talvik Steel"],
    ),
    # the writer's remark on what a statement left out is the article's own voice
    (
        "remark on a statement",
        "The army said it had shot down nine drones. It did not mention the refinery.",
        "refinery",
        [],
    ),
    (
        "remark on a statement",
        "Police said two men were arrested. They gave no further details.",
        "details",
        [],
    ),
    # "a company official": the company named before
    (
        "company official",
        "In a statement, Norrvik Foods said it would recall the bars. A company official, "
        "who asked not to be named, said the fault lay with a supplier.",
        "supplier",
        ["Norrvik Foods"],
    ),
    # a capitalised common noun opening a sentence is no company: "the group" stays itself
    (
        "company noun",
        "Production will stop in March, the group said.",
        "Production",
        ["group"],
    ),
    # "the automaker" is not the battery maker quoted last
    (
        "trade noun",
        "Kelvor Cells said orders had fallen. Analysts said the automaker had told suppliers "
        "it would cut output.",
        "output",
        ["Analysts", "automaker"],
    ),
    # "A study found", "One study found": the article or number is no owner of the study
    (
        "unowned study",
        "One study found the levy would raise prices for 3 million households.",
        "levy",
        ["study"],
    ),
    # what a study or an audit finds is its finding, object or clause
    (
        "study finds",
        "A 2019 audit by the state comptroller Dana Whitfield found 42 unpaid invoices.",
        "invoices",
        ["Dana Whitfield"],
    ),
    (
        "study finds",
        "Ruth Okoro was jailed in May after an audit found gaps in the till records.",
        "till records",
        [],
    ),
    (
        "study finds",
        "Rescuers found two climbers near the summit on Sunday.",
        "climbers",
        [],
    ),
    # "continued" before a colon and a quote; a trade before a name is a title
    (
        "continued",
        "Longtime pollster Maya Lindgren said turnout would fall. Lindgren continued: "
        '"Young voters have stopped listening."',
        "Young voters",
        ["Maya Lindgren"],
    ),
    (
        "continued",
        "The fighting continued for three days, the monitors said.",
        "fighting",
        ["monitors"],
    ),
    # "called X <adjective>": a verdict, like "called X a sham"
    (
        "naming verdict",
        "The Harlow campaign called the allegations unsubstantiated and malicious.",
        "allegations",
        ["Harlow campaign"],
    ),
    (
        "naming verdict",
        "Neighbours called the fire brigade at about 2am.",
        "fire brigade",
        [],
    ),
    # the first of two surnames, whatever the given name ("Laia" is in no name list)
    (
        "first surname",
        "The spokesperson of the tenants' union, Nuria Vallverdú Roig, said rents had risen. "
        '"Landlords are rushing," Vallverdú said.',
        "Landlords",
        ["Nuria Vallverdú Roig"],
    ),
    # who runs, owns or backs a body is not who it is
    (
        "run by",
        "The Hamas-run Gaza health ministry said 14 people were killed.",
        "14 people",
        ["Gaza health ministry"],
    ),
    (
        "run by",
        "The state-run news agency Varta said the convoy had been hit.",
        "convoy",
        ["Varta"],
    ),
    # an interview's answers before anyone is quoted: the person its opening names
    (
        "interview answers",
        "Tomasz Wielgosz, head of the Gdynia port authority, spoke to us about the strike.\n\n"
        "Q: How long will it last?\n\nA: We expect the cranes to stand idle until Friday.",
        "cranes",
        ["Tomasz Wielgosz"],
    ),
    (
        "interview answers",
        "The level of Lake Tana has fallen to a record low.\n\nQ: Is it serious?\n\n"
        "A: We have never seen it so low.",
        "never seen",
        [],
    ),
    # members of a body named by its acronym's plural
    (
        "plural acronym",
        "Some MEPs claim the fund was misused, while others disagree.",
        "fund",
        ["MEPs"],
    ),
    # a body's short form: its first words before a company word, or a government body's
    # last word
    (
        "short form",
        "Harrowgate Logistics shares fell 9%. In a filing, Harrowgate said its chief "
        "executive had resigned.",
        "resigned",
        ["Harrowgate Logistics"],
    ),
    (
        "short form",
        "The Nordic Competition Authority opened an inquiry. An Authority spokesperson said "
        "the review would take months.",
        "months",
        ["Nordic Competition Authority"],
    ),
    (
        "short form",
        "Mr. Vance Opens Lakeside Library. Mr. Vance said the library would open on Monday.",
        "library would open",
        ["Vance"],
    ),
    # an apposition of several parts: a description ending in a place, then its country
    (
        "apposition with country",
        "Ines Carvalho Matos, a geologist at the University of Minho in Braga, Portugal, who "
        "was not involved in the work, said the dating was sound.",
        "dating",
        ["Ines Carvalho Matos"],
    ),
    # "one of the victims, Mr X,": the member is named
    (
        "one of, named",
        "One of the passengers, Mr Kwame Mensah, told reporters the bus had been speeding.",
        "speeding",
        ["Kwame Mensah"],
    ),
    # "the 44-year-old Cork South Central TD": the person that age, not the constituency;
    # names with accented capitals and one-letter particles ("Eoin Ó Catháin")
    (
        "aged with title",
        "Labour TD Saoirse Ó Dálaigh, 39, said the scheme had failed. The 39-year-old "
        "Galway West TD said the party would oppose it.",
        "oppose",
        ["Saoirse Ó Dálaigh"],
    ),
    # a headline in title case is no person's long title
    (
        "title-case headline",
        "Maria Lopez Goes After Tomas Brandt Over Unpaid Bills\n\n"
        "The builder says he is owed $40,000. Brandt said the bill was paid in full.",
        "paid in full",
        ["Tomas Brandt"],
    ),
    # "the trust", "the foundation": a body whose name holds the word
    (
        "specific anaphor",
        "Beds were closed on Monday, Severnvale Hospitals NHS Trust said.\n\n"
        "The trust said 40 operations had been postponed.",
        "40 operations",
        ["Severnvale Hospitals NHS Trust"],
    ),
    # "said in a statement that Y had told Z": the adjunct or listener between the cue and
    # its "that" does not make the "that" a relative pronoun, so Y still relays
    (
        "cue adjunct that",
        "Farida Osei wrote on Instagram that the organisers had told performers the show was off.",
        "show was off",
        ["Farida Osei", "organisers"],
    ),
    (
        "cue adjunct that",
        "Coach Lars Amund told reporters on Sunday that doctors had told him the knee was torn.",
        "knee was torn",
        ["Lars Amund", "doctors"],
    ),
    (
        "guard",
        "Rival bids that lawyers had told him about were withdrawn, Piet Kroon said.",
        "Rival bids",
        ["Piet Kroon"],
    ),
    # two names sharing one noun inside a relayed source: "at the Lahore and Multan clinics"
    (
        "names share a noun",
        "Tomas Ek said midwives at the Umea and Lulea clinics had told him that supplies ran low.",
        "supplies",
        ["Tomas Ek", "midwives at the Umea and Lulea clinics"],
    ),
    # people named by their trade in the plural relay: "guides", "miners", "rangers"
    (
        "trade plural",
        "Park chief Ola Brenna said rangers at the northern gate had told visitors to expect "
        "snow. She said guides at the Skarvet hut had told hikers they saw a bear.",
        "saw a bear",
        ["Ola Brenna", "guides at the Skarvet hut"],
    ),
    # "Miss" is an honorific like "Ms": "Miss Okafor" is the Adaeze Okafor named before
    (
        "honorific Miss",
        "Adaeze Okafor, 19, was hurt in the fall. Miss Okafor said the rail had given way.",
        "rail had given way",
        ["Adaeze Okafor"],
    ),
    # a weekday or month after a body's name is when it acted, not more of its name: "the
    # Icelandic Met Office on Friday raised ... The office said"
    (
        "name then weekday",
        "The Icelandic Met Office on Friday raised the aviation code to orange. The office "
        "said magma was rising under Grindavik.",
        "magma",
        ["Icelandic Met Office"],
    ),
    # a sentence opened by "Mr X said" is no company's: "the firm" in it is not Mr X
    (
        "honorific opener",
        "Lawyer Ruth Kemble said her client drove for Ashgrove Couriers. Ms Kemble said the "
        "firm had warned him twice.",
        "warned him twice",
        ["Ruth Kemble", "firm"],
    ),
    # "Y had advised her (that) C": advice is told to a listener, like "told"
    (
        "advised listener",
        "Mayor Ines Dufour said engineers had advised her the dam could hold another day.",
        "dam could hold",
        ["Ines Dufour", "engineers"],
    ),
    ("guard", "Doctors advised residents to boil their water.", "boil", []),
    # "X had heard from Y that C": X passes on what Y told them
    (
        "heard from",
        "Harbour master Sven Aalto said he had heard from the coastguard that two boats sank.",
        "two boats sank",
        ["Sven Aalto", "coastguard"],
    ),
    ("guard", "Officials heard from the captain that night.", "captain", []),
    # "There was ...": a sentence opened by a function word names no body for "its
    # operator" to point back to
    (
        "guard",
        "There was no diesel in the tanks of the ferry, its operator said.",
        "diesel",
        [],
    ),
    # "X of the Y district/region/department": the person, whatever kind of place it is
    (
        "name of the place's kind",
        "Prefect Odile Marchetti of the Var department said the coast road would reopen.",
        "coast road",
        ["Odile Marchetti"],
    ),
    (
        "name of the place's kind",
        "County Administrator Lars Holm of the Dalarna county said ski lifts had stopped.",
        "ski lifts",
        ["Lars Holm"],
    ),
    # "admitted the charge" is a plea, not a report: the tag after it is the only source;
    # "admitted (that) he had ..." with a clause still reports
    (
        "admitted a charge",
        "Kovacs admitted a charge of careless driving and paid the fine, the club said.",
        "careless",
        ["club"],
    ),
    (
        "admitted a clause",
        "Goalkeeper Ivo Kovacs admitted he had misjudged the cross.",
        "misjudged",
        ["Ivo Kovacs"],
    ),
    # "AI" ends a company's name as "Labs" does: "Kestrel AI", later "a Kestrel spokesman"
    (
        "company short name",
        "Kestrel AI laid off 40 engineers. A Kestrel spokesman said no more cuts were planned.",
        "no more cuts",
        ["Kestrel AI"],
    ),
    ("guard", "AI researchers said the model leaked data.", "leaked", ["AI researchers"]),
    # where a company is listed is not who it is: "the Oslo-listed company" is the company
    (
        "listed company",
        "Nordhavn Shipping Group cut its fleet. Two ships will be sold, the Oslo-listed company "
        "said.",
        "ships",
        ["Nordhavn Shipping Group"],
    ),
    # a descriptor before a body's name that ends in a number: "channel Rustavi 2"
    (
        "descriptor, numbered name",
        "The private channel Rustavi 2 reported that the bridge had been shut.",
        "bridge",
        ["Rustavi 2"],
    ),
    (
        "descriptor, numbered name",
        "Georgian state TV channel Imedi 4 quoted the mayor as saying the dam held.",
        "dam held",
        ["Imedi 4", "mayor"],
    ),
    # a trade in "-ist" opens the sentence before a name the lexicon does not list
    (
        "trade before a name",
        "Cardiologist Anselmo Trevisani said the drug was safe for older patients.",
        "drug",
        ["Anselmo Trevisani"],
    ),
    (
        "trade before a name",
        "Violinist Oskari Lehtimäki, who toured with the orchestra, said the hall was cold.",
        "hall",
        ["Oskari Lehtimäki"],
    ),
    (
        "guard",
        "Christ Church Cathedral said the service was cancelled.",
        "service",
        ["Christ Church Cathedral"],
    ),
    # titles: a co-author, a district collector (South Asia's district head)
    (
        "title",
        "Co-author Joaquim Ferraz, a chemist at Porto, said the sample was small.",
        "sample",
        ["Joaquim Ferraz"],
    ),
    (
        "title",
        "Deputy Collector Sunita Raghavan said schools in the taluk would shut.",
        "schools",
        ["Sunita Raghavan"],
    ),
    # a place's "Department of X and Y": the department, however many fields it lists
    (
        "owner's department of",
        "Goa's Department of Tourism and Civil Aviation said arrivals had doubled.",
        "arrivals",
        ["Department of Tourism and Civil Aviation"],
    ),
    # a name that lists its fields with commas is one name, not a list of clauses
    (
        "name listing fields",
        "Minister of Culture, Sport and Tourism Lee Min-ji said the ban would stay.",
        "ban",
        ["Lee Min-ji"],
    ),
    (
        "name listing fields",
        "Alberta's Ministry of Forestry, Parks and Tourism said the trails would reopen.",
        "trails",
        ["Ministry of Forestry, Parks and Tourism"],
    ),
    (
        "name listing fields",
        "The Department of Fisheries, Oceans and the Coast said the quota was cut.",
        "quota",
        ["Department of Fisheries, Oceans and the Coast"],
    ),
    # people named in the plural by their trade relay inside a claim: "growers had told him"
    (
        "trade plural relays",
        "The broker said in a memo that wholesalers in Valencia had told him stocks were low.",
        "stocks",
        ["broker", "wholesalers in Valencia"],
    ),
    (
        "trade plural relays",
        "The professor said beekeepers near the airport had told the team that hives died.",
        "hives",
        ["professor", "beekeepers near the airport"],
    ),
    # "told X they had two hours to leave" is a clause with its own subject, no instruction
    (
        "told, then a clause",
        "The mayor told reporters he had asked the army to help with the clean-up.",
        "army",
        ["mayor"],
    ),
    ("guard", "The sheriff told residents to leave their homes.", "leave", []),
    # "argued over the bill" is a quarrel; "argued that" / "argued the law was" report
    (
        "argued, a quarrel",
        "A waiter said the two men had argued over the bill before the fight.",
        "bill",
        ["waiter"],
    ),
    ("guard", "The lawyer argued the contract was void.", "contract", ["lawyer"]),
    # a clause with "there" for subject after a verb that reports only a clause
    (
        "there clause",
        "The coach admitted there was little time to prepare.",
        "little time",
        ["coach"],
    ),
    # a committee transcript: "Q12 Chair:" is the chair the article named ("chaired by X");
    # what a labelled speaker reports, they relay; a paragraph with no label and no source
    # of its own goes on with the speaker labelled before it; a dateline is no label
    (
        "transcript role label",
        "Evidence session of the Health Committee, chaired by Moira Kettering.\n\n"
        "Q12 Chair: The waiting lists are longer than in any year since 2010.",
        "waiting lists",
        ["Moira Kettering"],
    ),
    (
        "transcript relay",
        "The hearing was moderated by Tove Lindqvist.\n\nQ7 Arvid Nyholm: The county "
        "auditor said in May that the budget was overspent.",
        "budget",
        ["Arvid Nyholm", "county auditor"],
    ),
    (
        "transcript goes on",
        "The inquiry heard from Selwyn Barraclough, the port's harbour master.\n\n"
        "Selwyn Barraclough: The crane failed at noon.\n\nNobody was standing under it at "
        "the time.",
        "Nobody",
        ["Selwyn Barraclough"],
    ),
    (
        "guard",
        "NEW DELHI: The Centre will set up a panel on exam reform, Education Minister "
        "Kavita Rao said.",
        "panel",
        ["Kavita Rao"],
    ),
    # a capitalised role, then the person's name in apposition: the person
    (
        "capitalised role, then the name",
        "The Fisheries Minister, Teuila Faleolo, said on Friday that the quota would be cut.",
        "quota",
        ["Teuila Faleolo"],
    ),
    (
        "capitalised role, then the name",
        "Chief Medical Officer, Ruairi Breathnach, said the ward would reopen.",
        "ward",
        ["Ruairi Breathnach"],
    ),
    # "As first reported by X," with an adverb of when between "as" and the cue
    (
        "as first reported by",
        "As first reported by Bloomberg, the bank plans to close 40 branches.",
        "branches",
        ["Bloomberg"],
    ),
    # "is understood to": the publication's own sourcing ends the outlet's run
    (
        "is understood to",
        "As reported by the Guardian, the striker met the club. Okafor is "
        "understood to prefer a move abroad.",
        "prefer",
        [],
    ),
    # "X, APPOSITIVE, was quoted (by Y) as saying": the apposition does not hide X
    (
        "quoted, with an apposition",
        "His coach, Teodor Vranješ, was quoted by Sportske Novosti as saying the knee had healed.",
        "knee",
        ["Sportske Novosti", "Teodor Vranješ"],
    ),
    (
        "quoted, with an apposition",
        "The club's doctor, Ilse Marquardt, was quoted as saying the injury was minor.",
        "injury",
        ["Ilse Marquardt"],
    ),
    # the inverted cue after a quote, then before whom or outside where it was said
    (
        "inverted cue, then an audience",
        '"The strike is over," announced Dace Kalnina before hundreds of dockers gathered at '
        "the gates of the Riga port.",
        "strike",
        ["Dace Kalnina"],
    ),
    (
        "inverted cue, then an audience",
        '"We will appeal," said Tomas Brenner outside the court.',
        "appeal",
        ["Tomas Brenner"],
    ),
    (
        "guard",
        "The harbour master, Pia Lund, had said at least four boats had been stopped by the "
        "navy since the spring of last year.",
        "four boats",
        ["Pia Lund"],
    ),
    # a manner adverb between the cue and its colon: 'put it more simply: "..."'
    (
        "manner before the colon",
        'The ferryman, Jonas Aalto, put it more simply: "The lake decides."',
        "lake decides",
        ["Jonas Aalto"],
    ),
    (
        "manner before the colon",
        'Jonas Aalto went on angrily: "Nobody asked us."',
        "asked",
        ["Jonas Aalto"],
    ),
    ("guard", "Jonas Aalto put it on the table.", "table", []),
    # evidence after its content: "C, official data showed." (not "the figures", which
    # points back to evidence named before)
    (
        "evidence after content",
        "Japan's exports fell 3.1% in May, customs data showed on Thursday, missing forecasts.",
        "exports fell",
        ["customs data"],
    ),
    (
        "evidence after content",
        "Most renters now spend more than a third of their income on housing, a Eurostat "
        "survey found.",
        "renters",
        ["Eurostat"],
    ),
    ("guard", "Imports fell 2.3% in May, the data showed.", "Imports", []),
    ("guard", "Sales fell sharply, the company said, and margins showed.", "margins", ["company"]),
    # a participle in an aside after the subject: the aside's agent made it public (not
    # "denied by")
    (
        "aside passive",
        "The proposal, first reported by the Financial Times, would freeze the front line.",
        "front line",
        ["FT"],
    ),
    (
        "aside passive",
        "The figures, released by the statistics office on Monday, show a sharp rise in rents.",
        "sharp rise",
        ["statistics office"],
    ),
    ("guard", "The claim, denied by the Kremlin, has circulated widely.", "circulated", []),
    (
        "aside passive",
        "The study, conducted by researchers at the University of Ghana, found that malaria "
        "cases fell by a third.",
        "malaria",
        ["University of Ghana"],
    ),
    # a source after its content with a relative clause and no comma
    (
        "inverted relative",
        '"The situation is very fluid," said a diplomat in Goma who asked not to be identified.',
        "fluid",
        ["diplomat in Goma"],
    ),
    # two sources of one claim after it: one claim, not a narrator's half and a source's half
    (
        "coordinated sources after",
        "Rebels have seized the town, two local officials and a UN source told Reuters.",
        "town, two local",
        ["Reuters", "UN source"],
    ),
    (
        "coordinated sources after",
        "The border crossing reopened at noon, the army and the police said on Monday.",
        "reopened at noon, the army",
        ["police"],
    ),
    # a clause that "and" opens after an opening adjunct: the split comes at "and"
    (
        "clause after adjunct",
        "On Monday, the rebels seized the town and officials said it was calm.",
        "On Monday, the rebels",
        [],
    ),
    # "X and her colleagues report": the one named speaks
    (
        "named with companions",
        "Bees that forage in cities wake earlier in spring, ecologist Elin Moberg and her "
        "colleagues report in Ecology Letters.",
        "Bees",
        ["Elin Moberg"],
    ),
    # "a spokesman for the ministry" after another body: a ministry, not that body
    (
        "specific head",
        "The Aviation Safety Board says it has opened an inquiry. A spokesman for the "
        "infrastructure ministry told reporters that the runway would reopen on Friday.",
        "runway",
        ["infrastructure ministry"],
    ),
    # a document "from" a body speaks for it
    (
        "document from",
        "The Irish Times reported that the ward had been closed, citing correspondence "
        "from HSE Estates.",
        "ward",
        ["Irish Times", "HSE Estates"],
    ),
    # "it" with no source before: the body that opened the sentence just before (a live
    # blog's time stamp may come first)
    (
        "it after an opening body",
        "10:42 BST — The Met Office has issued an amber warning for wind. Gusts of up to "
        "80mph are possible on exposed coasts, it says.",
        "Gusts",
        ["Met Office"],
    ),
    (
        "it after an opening body",
        "Eskom has suspended power cuts. The outages will not return before winter, it said.",
        "outages",
        ["Eskom"],
    ),
    ("guard", "The storm hit the coast on Monday. It said the damage was severe.", "damage", []),
    # the source in the third person by its possessive is the article's voice, outside a
    # quote; inside one it is the speaker's
    (
        "third person",
        "Sales rose 4% to $12.1bn in the quarter, the retailer said in a trading update. Its "
        "shares rose 6% in early trading.",
        "Its shares",
        [],
    ),
    (
        "guard",
        '"I admire the mechanics," Ms Ortiz said. "But I have concerns. Their philosophy '
        'seems to be to give up on growth."',
        "Their philosophy",
        ["Ortiz"],
    ),
    # a participle after "X said" is X's manner, not the claim: the claim before "X said"
    # is X's report of what the body expects
    (
        "participle after the cue",
        "Volvex expects sales to fall this year, chief executive Ana Lind said on Monday, "
        "blaming weaker demand in China.",
        "sales to fall",
        ["Ana Lind", "Volvex"],
    ),
    # "was quoted as saying by Y": Y relays the speaker
    (
        "quoted as saying by",
        '"We are ready to sign," Foreign Minister Ararat Mirzoyan was quoted as saying by the '
        "Armenpress news agency.",
        "ready to sign",
        ["Armenpress", "Ararat Mirzoyan"],
    ),
    # "the Maritime and Port Authority": a name holding "and"
    (
        "name with and",
        "Two ships collided off the coast, the Maritime and Port Authority of Singapore said.",
        "collided",
        ["Maritime and Port Authority of Singapore"],
    ),
    # a bare surname two people bear: the one the article already called by it
    (
        "shared surname",
        "Ingrid Solberg, who ran the bakery for 50 years, died on Monday. Solberg opened it in "
        "1971. Her niece, Maren Solberg, said the ovens would stay lit. Her neighbour, Tor Ruud, "
        "said Solberg had told him she wanted no fuss.",
        "no fuss",
        ["Tor Ruud", "Ingrid Solberg"],
    ),
    # evidence owned by a body described in lower case, a time before the verb allowed
    (
        "evidence of a described body",
        "Data from the statistics office showed a 12 per cent rise in burglaries last year.",
        "burglaries",
        ["statistics office"],
    ),
    (
        "evidence of a described body",
        "Figures released by the national grid operator on Monday showed demand falling.",
        "demand falling",
        ["national grid operator"],
    ),
    (
        "evidence of a described body",
        "Figures from the Electoral Commission last week showed turnout at 61 per cent.",
        "turnout",
        ["Electoral Commission"],
    ),
    (
        "evidence of a described body",  # guard: no body owns the figures
        "Figures from the past decade showed a steady rise in burglaries.",
        "burglaries",
        [],
    ),
    # someone's kin or counterpart, named through a possessive, is a person who speaks
    (
        "possessive kin",
        "Amal Haddad was arrested in March. Her husband said she had done nothing wrong.",
        "nothing wrong",
        ["Amal Haddad's husband"],
    ),
    (
        "possessive kin",
        "He understands the risks, his wife said.",
        "risks",
        ["his wife"],
    ),
    (
        "possessive kin",
        "Their parents told reporters the school had ignored complaints.",
        "ignored",
        ["Their parents"],
    ),
    (
        "possessive kin",
        "His Turkish counterpart said no agreement had been reached on the pipeline.",
        "pipeline",
        ["His Turkish counterpart"],
    ),
    (
        "possessive kin",  # guard: a possessive thing says nothing
        "Her account said the money had been moved.",
        "money",
        [],
    ),
    # a document published by a body described in lower case, or posted on a body's page
    (
        "document's publisher",
        "Prices rose 4%, according to a report published on Monday by the central bank.",
        "Prices rose",
        ["central bank"],
    ),
    (
        "document's publisher",
        "The ship sank at dawn, according to a statement posted on the navy's Telegram channel.",
        "ship sank",
        ["navy"],
    ),
    (
        "document's publisher",
        "Ostrava Steel will recall 9,000 beams, the Czech trade inspectorate said on Friday. "
        "Buyers will get a refund, according to a notice posted on the inspectorate's website.",
        "refund",
        ["Czech trade inspectorate"],
    ),
    # a known body's name followed by a country or region: its branch, no person
    (
        "known body's branch",
        "Amnesty International Kenya said that at least 12 people had been injured.",
        "injured",
        ["Amnesty International Kenya"],
    ),
    # an estimate of an amount: "put the toll at nine", "pegged losses at about 9%"
    (
        "amount estimated",
        "Opposition leaders put the figure at more than 100.",
        "figure",
        ["Opposition leaders"],
    ),
    (
        "amount estimated",
        "Regional governor Alexei Dyumin later put the toll at nine, according to TASS.",
        "toll",
        ["TASS", "Alexei Dyumin"],
    ),
    (
        "amount estimated",
        "The union pegged losses at about 9% of annual output.",
        "losses",
        ["union"],
    ),
    ("amount estimated", "She put the book on the table and left.", "book", []),  # guard
    (
        "amount estimated",  # guard
        "He placed an order for 40 trucks at a cost of $3m.",
        "trucks",
        [],
    ),
    # a document's authors in a bare "by" aside
    (
        "document by",
        "The report, by the National Audit Office, found that the programme was two years late.",
        "programme",
        ["National Audit Office"],
    ),
    (
        "document by",
        "A new study, by economists at the Bank of Lisbon, suggests that rents will fall.",
        "rents",
        ["Bank of Lisbon"],
    ),
    # "he"/"she" after one unnamed person quoted in the sentence just before: that person
    (
        "pronoun after an unnamed speaker",
        "The governor, Osman Babiker, said spraying would start soon. A farmer near Tokar, "
        "reached by telephone, said the swarms had eaten his sorghum. He said local officials "
        "had told villagers that aircraft would not come.",
        "aircraft",
        ["farmer near Tokar", "local officials"],
    ),
    (
        "pronoun after an unnamed speaker",
        "Health Minister Ana Ruiz said the clinic would reopen. A nurse at the clinic, who "
        "asked not to be named, said supplies had run out. She said patients had been turned "
        "away.",
        "turned away",
        ["nurse at the clinic"],
    ),
    (
        "pronoun after an unnamed speaker",  # guard: a new paragraph, the main speaker
        "Mayor Tom Reed says the bridge will reopen. One resident claimed it was unsafe."
        '\n\n"You are right, it is old," he said.',
        "it is old",
        ["Tom Reed"],
    ),
    (
        "pronoun after an unnamed speaker",  # guard: cited by the person who stays "she"
        "Det Con Sarah Holt said the driver fled. She said a passing motorist had told her "
        'the car was red. She added: "Please call us."',
        "Please call",
        ["Sarah Holt"],
    ),
    # someone unnamed who works at a named body speaks for it
    (
        "employee of a body",
        "A senior manager at CNEL, who was not authorised to speak publicly, told this "
        "newspaper that the cuts would last a month.",
        "cuts",
        ["CNEL"],
    ),
    (
        "employee of a body",
        "An engineer at the Nigeria Hydrological Services Agency, who asked that his name not "
        "be used, told me that the gauges had failed.",
        "gauges",
        ["Nigeria Hydrological Services Agency"],
    ),
    (
        "employee of a body",  # guard: a place, no body
        "A trader at Kariakoo said prices had doubled.",
        "prices",
        ["trader at Kariakoo"],
    ),
    # a body's name after its description
    (
        "named after its description",
        "Peru has cut its exports to a minimum, according to Peru's grid operator, COES.",
        "exports",
        ["COES"],
    ),
    (
        "place owner dropped",
        "More than 4.1 million animals have died, according to the country's National "
        "Emergency Management Agency.",
        "animals",
        ["National Emergency Management Agency"],
    ),
    # a family name first: "Park" after "Park Hae-sun", "Li" after "Li Qiang"
    (
        "family name first",
        'The epidemiologist Park Hae-sun led the team. "The risk climbs," Park told reporters.',
        "risk climbs",
        ["Park Hae-sun"],
    ),
    (
        "family name first",
        "Premier Li Qiang visited the plant on Monday. Li said the economy would grow by 5%.",
        "economy",
        ["Li Qiang"],
    ),
    # "nobody" is no source; "file claims" is no claim of theirs
    (
        "nobody told",
        '"I have lived here 19 years. Nobody from the government ever told me this land was '
        'a drainage setback," said Kehinde Adebayo.',
        "drainage",
        ["Kehinde Adebayo"],
    ),
    (
        "claims as a noun",
        "Its authors wrote that the figures were low, because many migrant workers never file "
        "injury claims.",
        "figures",
        ["Its authors"],
    ),
    # bodies named in the plural, and two kinds of unnamed people together
    (
        "plural bodies",
        "The camps are full, aid agencies said.",
        "camps",
        ["aid agencies"],
    ),
    (
        "plural bodies",
        "Swarms of locusts have reached farmland near Tokar, officials and aid agencies said.",
        "locusts",
        ["officials and aid agencies"],
    ),
    # "the spa said" after a sentence its business opened
    (
        "business by its kind",
        "The Blue Lagoon has closed for the day, the spa said in a post on Facebook.",
        "closed",
        ["Blue Lagoon"],
    ),
    # "X quoted Y, who ..., as saying": the relative clause describes Y, no part of the name
    (
        "quoted as saying with an aside",
        "The Nation also quoted a coach in Iten, who asked not to be named for fear of "
        "reprisals, as saying that the drug was undetectable.",
        "undetectable",
        ["The Nation", "coach in Iten"],
    ),
    # what is told that is no claim
    ("told a story", "The figures tell a different story.", "story", []),
    (
        "told a story",  # guard: a listener, then a claim about the story
        "Tom Reed told reporters the story was false.",
        "false",
        ["Tom Reed"],
    ),
    # counsel's suggestion to a witness
    (
        "put it to",
        "Under cross-examination, defence advocate Marius Venter put it to her that she had "
        "removed the file herself.",
        "removed",
        ["Marius Venter"],
    ),
    # a first predicate denied, then "but said"
    (
        "not X but said",
        "Ministry spokesperson Dwi Anggraeni did not confirm the figures, but said in a text "
        "message that the quota would be announced soon.",
        "quota",
        ["Dwi Anggraeni"],
    ),
    # a body named with its head in lower case, referred back to by the head
    (
        "lower-case head named before",
        "A former clerk at the Klipfontein municipality testified on Monday. The municipality "
        "said in a statement that it had tightened its rules.",
        "tightened",
        ["Klipfontein municipality"],
    ),
    (
        "lower-case head named before",  # guard: a report's head is no body's
        "A deputy was hurt, according to the Marion County Sheriff's Office. In a Facebook "
        "post, the sheriff's office said he had been flown to hospital. The driver was "
        "arrested, the post said.",
        "arrested",
        ["Marion County Sheriff's Office"],
    ),
    # a company name in another language is no person's, so "the company" finds it
    (
        "company name in another language",
        "Drivers will strike on Wednesday, the train drivers' union GDL announced. Deutsche Bahn "
        "said it would run one train in five. Freight trains, the company added, will stop.",
        "Freight",
        ["Deutsche Bahn"],
    ),
    # "The officials said" after "two officials at the ministry told Reuters": the ministry
    (
        "officials of a body named before",
        "Indonesia will cut its ore quota, two officials at the Ministry of Energy and Mineral "
        "Resources told Reuters.\n\nThe officials, who declined to be named, said the cut "
        "would take effect in April.",
        "April",
        ["Ministry of Energy and Mineral Resources"],
    ),
    # "the company" after a sentence opened by the company's shares
    (
        "shares open the sentence",
        "Apple shares fell 3% after the company warned that iPhone sales in China would decline.",
        "iPhone",
        ["Apple"],
    ),
    (
        "shares open the sentence",
        "Shares in Vantor Group fell 8% on Thursday after the company said it would cut its "
        "profit forecast.",
        "forecast",
        ["Vantor Group"],
    ),
    # "X disagreed, saying C" with X described in lower case
    (
        "participle after a described subject",
        '"It is over," one senior diplomat said of the talks. Another diplomat disagreed, '
        "saying there was still room for compromise.",
        "room for compromise",
        ["diplomat"],
    ),
    (
        "participle after a described subject",  # guard: a thing is no source
        "The plan collapsed, saying nothing about the cost.",
        "plan",
        [],
    ),
    # an appositive that gives examples is no renaming of the source
    (
        "examples in an appositive",
        'Critics, including former prime minister Tony Blair, have called the plan "unworkable".',
        "unworkable",
        ["Critics"],
    ),
    # states in the plural speak as a group
    (
        "states in the plural",
        'Developing countries called the sum "a paltry amount".',
        "paltry",
        ["Developing countries"],
    ),
    # a group noun without a plural joins another group: "police and residents said"
    (
        "plural bodies",
        "Gunmen abducted 20 students on Thursday, police and residents said.",
        "abducted",
        ["police and residents"],
    ),
    # a body described, then its name after "known as"
    (
        "known as",
        "In its statement, the bank's monetary policy committee, known as Copom, said "
        "inflation expectations had deteriorated.",
        "inflation",
        ["Copom"],
    ),
    # an unnamed spokesperson who reports what a body said speaks for it
    (
        "spokesperson for the body",
        "The ministry denied the claims, a spokesman said.",
        "claims",
        ["ministry"],
    ),
    (
        "spokesperson for the body",
        "The airline blamed the delays on a software glitch, a spokesperson told CNN.",
        "glitch",
        ["CNN", "airline"],
    ),
    (
        "spokesperson for the body",  # guard: a body only mentioned stays mentioned
        "A spokesman said the ministry had not been informed.",
        "informed",
        ["spokesman"],
    ),
    # "referring to" after "was"/"been" is a verb, no relay
    (
        "referring to as a verb",
        "The minister said the targets would be met. Her office later clarified that she had "
        "been referring to the 2030 goals.",
        "2030",
        ["Her office"],
    ),
    (
        "referring to as a verb",  # guard: the relay stays one
        "The army said it had shelled the town, referring to intelligence reports.",
        "shelled",
        ["army", "intelligence reports"],
    ),
    # a note that neither of two claims could be verified is the article's own
    (
        "neither claim verified",
        "Ukraine's air force said it had shot down 30 drones. Russia's defence ministry claimed "
        "its forces had hit an airbase. Neither claim could be independently verified.",
        "Neither",
        [],
    ),
    (
        "neither claim verified",  # guard: a source's own "neither" stays its
        "The ministry said neither side had broken the truce.",
        "truce",
        ["ministry"],
    ),
    # an outlet's name that goes on after "of"
    (
        "outlet of a place",
        "Two officials told the Times of Malta that the ferry contract had been cancelled.",
        "ferry",
        ["Times of Malta", "officials"],
    ),
    (
        "outlet of a place",
        "A spokeswoman told Voice of America that the talks had stalled.",
        "talks",
        ["Voice of America", "spokeswoman"],
    ),
    # a lawyer named by the role alone; policymakers speak as a group
    (
        "counsel",
        "The jury heard the evidence. Defence counsel argued that the messages had been taken "
        "out of context.",
        "messages",
        ["Defence counsel"],
    ),
    (
        "counsel",
        "Counsel for the family said the inquiry had failed them.",
        "inquiry",
        ["Counsel for the family"],
    ),
    # a participle after an instruction or a judgement, by a subject with a lower-case title
    # before the name
    (
        "participle after a titled subject",
        "Opposition leader Keir Lamont called on him to quit, saying the government had lost "
        "all credibility.",
        "credibility",
        ["Keir Lamont"],
    ),
    (
        "participle after a titled subject",
        "Union leader Ana Ruiz criticised the plan, saying it would cost jobs.",
        "cost jobs",
        ["Ana Ruiz"],
    ),
    # "states" is a cue before a clause only: "member states" are no source
    (
        "states before a clause",
        "Two diplomats said member states were divided on the plan.",
        "divided",
        ["diplomats"],
    ),
    (
        "states before a clause",  # guard
        "The report states that the dam was unsafe.",
        "unsafe",
        ["report"],
    ),
    # a body named before ", which said C" says C (the clause before is no one's)
    (
        "which said",
        "The deal was praised by Fitch, which said the bank's capital was sound.",
        "capital",
        ["Fitch"],
    ),
    (
        "which said",
        "The deal was praised by Fitch, which said the bank's capital was sound.",
        "praised",
        [],
    ),
    # a sentence about other people, described in lower case, is no more of a body's report
    (
        "other people",
        "The ministry said exports rose 4% in May. Analysts had forecast a rise of 2%.",
        "forecast",
        [],
    ),
    (
        "other people",
        "Bloomberg reported that the bank plans to cut 5% of its staff. A bank spokesperson "
        "did not dispute the figure.",
        "dispute",
        [],
    ),
    (
        "other people",  # guard: the body's report goes on
        "The ministry said exports rose 4% in May. Imports fell by 2% over the same period.",
        "Imports",
        ["ministry"],
    ),
    # an acronym or common words before a country's name are an agency
    (
        "agency of a country",
        "A spokesperson for NHS England said extra funding had been allocated.",
        "funding",
        ["NHS England"],
    ),
    (
        "agency of a country",
        "A spokesman for Public Health Wales said the outbreak was under control.",
        "outbreak",
        ["Public Health Wales"],
    ),
    # a list item's marker hides no source
    (
        "list item",
        "Key points:\n- The army denies targeting civilians.\n- Aid groups say food is short.\n",
        "targeting",
        ["army"],
    ),
    # a body known by its building's name
    (
        "known by its building",
        "A man was arrested on suspicion of murder, Scotland Yard said.",
        "arrested",
        ["Metropolitan Police"],
    ),
    # research, an audit, a review "conducted by", "carried out by", "led by" a body: the body
    (
        "research conducted by",
        "Research conducted by the Kessel Institute found the scheme had saved 400 lives.",
        "saved",
        ["Kessel Institute"],
    ),
    # "in <year>" after the subject is no part of it; a panel and surrogates speak
    (
        "in a year after the subject",
        "An arbitration panel in 2001 found the government was in breach of the treaty.",
        "breach",
        ["arbitration panel"],
    ),
    (
        "in a year after the subject",
        "His surrogates called him a genius for his tax strategies.",
        "genius",
        ["His surrogates"],
    ),
    (
        "indefinite body",  # a body described with "a" is named without it, never "A"
        "A rights group said the detainees had been beaten.",
        "beaten",
        ["rights group"],
    ),
    # "a man accused of X" is the accused, no accuser
    (
        "accused of",
        "A man accused of arson pleaded guilty on Monday, police said.",
        "pleaded",
        ["police"],
    ),
    (
        "accused of",  # guard
        "Ukraine accused Russia of shelling the plant.",
        "shelling",
        ["Ukraine"],
    ),
    # people a poll asked speak through who asked them
    (
        "polled by",
        "Analysts surveyed by Bloomberg said the bank would cut rates in June.",
        "cut rates",
        ["Bloomberg", "Analysts"],
    ),
    (
        "polled by",
        "Voters interviewed by the BBC said they were angry about the plan.",
        "angry",
        ["BBC", "Voters"],
    ),
    # "X expects C, the company said": the company is X, no relay of its own
    (
        "company said itself",
        "Dravo expects sales to fall this year, the company said.",
        "sales",
        ["Dravo"],
    ),
    (
        "company said itself",  # guard: a person the company quotes stays relayed
        "Ana Ruiz expects sales to fall this year, the company said.",
        "sales",
        ["company", "Ana Ruiz"],
    ),
    # an honorific makes a surname a person, whom the next sentence's pronoun may mean
    (
        "honorific subject",
        "Mr. Okafor arrived in Abuja on Monday. He told reporters that the talks had stalled.",
        "talks had stalled",
        ["Okafor"],
    ),
    (
        "honorific subject",
        "Ms. Lindqvist opened the session. She said the budget was final.",
        "budget was final",
        ["Lindqvist"],
    ),
    (
        "honorific subject",  # guard: not a pronoun of the other gender
        "Mr. Okafor arrived in Abuja on Monday. She said the talks had stalled.",
        "talks had stalled",
        [],
    ),
    # title-case words of a headline are no one's name ("The Gap Goes On:", "Railing
    # Against X")
    (
        "headline is no one",
        "The Storm Moves North: The agency has cut its budget for the third year. He said nothing.",
        "cut its budget",
        [],
    ),
    (
        "headline is no one",
        "Fighting Against Tolls, Ana Ferreira Vows To Scrap Fees.\n\nAlthough Ferreira has"
        " admitted using the road, she does not defend it.",
        "using the road",
        ["Ferreira"],
    ),
    # a subordinator or a focus word before the subject is no part of it
    (
        "subordinator before subject",
        "When Okafor noted that the port had lost money, the governor walked out.",
        "lost money",
        ["Okafor"],
    ),
    (
        "subordinator before subject",
        "Even Hungary, the bloc's most reluctant member, said it would back the sanctions.",
        "back the sanctions",
        ["Hungary"],
    ),
    # "Everything X says is ...": the cue is inside the subject of the article's own claim
    (
        "fused relative",
        "Everything Lindqvist says is a lie unless proven otherwise.",
        "a lie",
        [],
    ),
    # a pronoun with a contracted verb is no name
    ("contracted pronoun", "I've said the deal is dead.", "deal is dead", []),
    (
        "contracted pronoun",  # guard: the tag names the speaker
        '"I\'ll tell you, the port is finished," Okafor said.',
        "port is finished",
        ["Okafor"],
    ),
    # "citing" a reason is no relay; citing a speaker, a document or a named body is
    (
        "citing a reason",
        "Citing an old rivalry, Okafor accused the governor of sabotage.",
        "sabotage",
        ["Okafor"],
    ),
    (
        "citing a reason",
        "The senators said the bill would pass, citing the urgency of the crisis.",
        "bill would pass",
        ["senators"],
    ),
    (
        "citing a reason",  # guard
        "The newspaper said the deal was off, citing people familiar with the matter.",
        "deal was off",
        ["newspaper", "people familiar with the matter"],
    ),
    (
        "citing a reason",  # guard
        "The ruling party won 68 seats, AFP reported, citing preliminary results from the"
        " Election Commission.",
        "68 seats",
        ["AFP", "Election Commission"],
    ),
    # a measure that opens the sentence is no body for "the bank" to mean
    ("measure opens", "Prices will rise next year, the bank said.", "Prices", ["bank"]),
    # a party or a standing in a race before a given name is no part of the name: one
    # person, one source
    (
        "label before name",
        "Republican Ana Ferreira said the polls were rigged.",
        "polls were rigged",
        ["Ana Ferreira"],
    ),
    (
        "label before name",
        "Rival Tomas Lindqvist said the count was wrong.",
        "count was wrong",
        ["Tomas Lindqvist"],
    ),
    (
        "label before name",  # guard: a body's name keeps its word
        "The Republican National Committee said it would appeal.",
        "appeal",
        ["Republican National Committee"],
    ),
    # a quotation that runs up to the cue holds no subject, its commas no apposition
    (
        "quotation before inverted cue",
        '"It will reopen soon, probably within weeks," said Ana Ferreira.',
        "reopen soon",
        ["Ana Ferreira"],
    ),
    (
        "quotation before inverted cue",  # guard: a quoted phrase inside the apposition
        'The treasurer, who called it "a disaster," said the plan would be scrapped.',
        "scrapped",
        ["treasurer"],
    ),
    # the name after a described source, with an apposition of its own
    (
        "name after described source",
        '"It is a modest effect," said the study\'s lead author, Dr Ana Ferreira, a'
        " cardiologist at the university hospital.",
        "modest effect",
        ["Ana Ferreira"],
    ),
    # a date before a name in a role, and a year or month opening the sentence
    (
        "role with a date",
        "7/7 survivor Ana Ferreira said the inquiry was a whitewash.",
        "inquiry",
        ["Ana Ferreira"],
    ),
    (
        "year opens",
        "In 2015 Ana Ferreira said the veto was wrong.",
        "veto",
        ["Ana Ferreira"],
    ),
    (
        "year opens",  # guard
        "In early March, the ministry said 40 people had died.",
        "40 people",
        ["ministry"],
    ),
    # a relative clause with its own verb after "who" belongs to the subject
    (
        "who clause on subject",
        "The doctor who treated him said the wound was deep.",
        "wound was deep",
        ["doctor"],
    ),
    (
        "who clause on subject",
        "Residents who fled the fire said the flames spread fast.",
        "flames spread",
        ["Residents"],
    ),
    (
        "who clause on subject",  # guard: the clause has a subject of its own
        "The man who police said was the gunman died on Monday.",
        "gunman",
        [],
    ),
    (
        "who clause on subject",  # guard: "that" before a subject stays a complement
        "Ana Ferreira said that district business managers had told her costs rose.",
        "costs rose",
        ["Ana Ferreira", "district business managers"],
    ),
    # "the mayor" is the one person the article gave that title, quoted or not
    (
        "title refers back",
        "Mayor Tom Reed opened the bridge on Monday. The mayor said it would ease traffic.",
        "ease traffic",
        ["Tom Reed"],
    ),
    (
        "title refers back",
        "Vermont Sen. Ana Ferreira is against the bill. The senator said she would vote no.",
        "vote no",
        ["Ana Ferreira"],
    ),
    (
        "title refers back",
        "The city's mayor, Tom Reed, opened the bridge. The mayor said it would ease traffic.",
        "ease traffic",
        ["Tom Reed"],
    ),
    (
        "title refers back",  # guard: two people with the title
        "Mayor Tom Reed met Mayor Ana Ruiz of Lyon. The mayor said the talks went well.",
        "talks went well",
        ["mayor"],
    ),
    # ", as X said," is an aside that attributes the sentence's own clause, whole
    (
        "as aside",
        "Prices, as analysts noted, rose sharply.",
        "Prices",
        ["analysts"],
    ),
    (
        "as aside",
        "The deal collapsed on Friday, as Reuters reported earlier.",
        "deal collapsed",
        ["Reuters"],
    ),
    (
        "as aside",  # guard: "as" opening a clause with a content of its own
        "The talks collapsed, as officials said the deal was off.",
        "The talks collapsed",
        [],
    ),
    # manners of saying after a quote, and before "that"
    ("manner after quote", "“We will rebuild,” vowed the mayor.", "rebuild", ["mayor"]),
    ("manner after quote", "“Not again,” joked Ana Ferreira.", "Not again", ["Ana Ferreira"]),
    (
        "manner after quote",
        "Ana Ferreira joked that the bridge had outlived three mayors.",
        "outlived",
        ["Ana Ferreira"],
    ),
    (
        "manner after quote",  # guard: no quote, no clause
        "The mayor joked about the weather.",
        "weather",
        [],
    ),
    ("manner after quote", "The union demanded that wages rise.", "wages", []),  # guard
    # a document's publisher in an aside, with the day between participle and "by"
    (
        "aside publisher dated",
        "The report, published on Tuesday by Human Rights Watch, found that guards had beaten"
        " detainees.",
        "guards",
        ["Human Rights Watch"],
    ),
    # "agreed on a ceasefire" reports nothing: no relay to the sides
    (
        "act is no relay",
        "Officials said the sides had agreed on a ceasefire.",
        "ceasefire",
        ["Officials"],
    ),
    (
        "act is no relay",  # guard: a content before the subject, a time after the cue
        "Prices will rise, the bank said on Monday.",
        "Prices",
        ["bank"],
    ),
    # a cue verb's base form after a possessive is a noun: "The ministry's report said"
    (
        "possessive document",
        "The ministry's report said 40 people died.",
        "40 people",
        ["ministry"],
    ),
    (
        "possessive document",
        "The ministry's annual report said 40 people died.",
        "40 people",
        ["ministry"],
    ),
    (
        "possessive document",
        "According to Acme's annual report, revenue grew 12%.",
        "revenue",
        ["Acme"],
    ),
    # a live blog's time stamp opens the line, before the subject
    (
        "time stamp",
        "14:20 The fire service says two people were injured",
        "injured",
        ["fire service"],
    ),
    ("time stamp", "14:05 Police say the road is closed", "road", ["Police"]),
    (
        "time stamp",  # guard: an amount is no time
        "12.75 percent of voters said they were undecided.",
        "undecided",
        ["12.75 percent of voters"],
    ),
    # "cited as saying" and "heard saying" as "quoted as saying"
    (
        "cited as saying",
        "Ruiz was cited by the newspaper as saying the deal was dead.",
        "deal was dead",
        ["newspaper", "Ruiz"],
    ),
    (
        "cited as saying",
        "The treasurer was heard saying that the deal was dead.",
        "deal was dead",
        ["treasurer"],
    ),
    ("cited as saying", "The defendant was cited for contempt.", "contempt", []),  # guard
    # a floating quantifier after the subject is no part of it
    (
        "floating quantifier",
        "Officials all said the attack had been repelled.",
        "repelled",
        ["Officials"],
    ),
    # a body described through a possessive pronoun opening the sentence: not the pronoun
    (
        "possessive pronoun body",
        "The decision angered truckers. Their union said it would consider a strike.",
        "consider a strike",
        ["their union"],
    ),
    (
        "possessive pronoun body",
        "Acme Corp will be sold. Its parent company said the deal was done.",
        "deal was done",
        ["its parent company"],
    ),
    # "according to X quoted/cited by Y": Y relays X; data quoted by Y is Y's
    (
        "according to relayed",
        "According to officials quoted by Reuters, the strike hit a school.",
        "school",
        ["Reuters", "officials"],
    ),
    (
        "according to relayed",
        "According to figures quoted by the ministry, 40 people died.",
        "40 people",
        ["ministry"],
    ),
    # a cue that reports no clause inside the apposition of a subject is no frame
    (
        "aside act",
        "Bloomberg News, which first reported the talks, said a deal could come soon.",
        "deal could come",
        ["Bloomberg"],
    ),
    (
        "aside act",
        "Ana Ferreira, who first reported the talks, said a deal could come soon.",
        "Ana Ferreira",
        ["Ana Ferreira"],
    ),
    # a day before "..., who said" is no one
    (
        "day is no antecedent",
        "By 9 a.m. Sunday, the mayor began taking calls from listeners to her radio show,"
        " who said they were worried.",
        "worried",
        [],
    ),
    # "appeared to suggest": the subject's cue, as the writer saw it
    (
        "seeming cue",
        "Ana Ferreira appeared to suggest that the veterans were weak.",
        "veterans",
        ["Ana Ferreira"],
    ),
    # "Many of her colleagues": the quantifier's "of" is no part of the source
    (
        "quantifier of",
        "Many of her colleagues believe the rules are unfair.",
        "unfair",
        ["her colleagues"],
    ),
    # a member of a group named by a given name alone: the name is the source
    (
        "member by given name",
        "Herders are angry. One of them, Tuyaa, said she had lost 300 goats.",
        "goats",
        ["Tuyaa"],
    ),
    (
        "member by given name",
        "Herders are angry. One of the herders, Tuyaa, said she had lost 300 goats.",
        "goats",
        ["Tuyaa"],
    ),
    (
        "one person by given name",
        "Shops shut early. A shopkeeper, Karim, said trade had collapsed.",
        "collapsed",
        ["Karim"],
    ),
    # a country's possessive before a body named with its acronym: where the body sits
    (
        "owner before an acronym",
        "The wells were illegal, Chile's National Water Authority (DGA) said.",
        "wells",
        ["National Water Authority"],
    ),
    (
        "owner before an acronym",
        "Norway's Petroleum Safety Authority (PSA) said the rig was unsafe.",
        "rig",
        ["Petroleum Safety Authority"],
    ),
    # a carrier's name ends in a company word: "the carrier" is then that company
    (
        "carrier by its trade",
        "Tembusu Line said it would raise its surcharge. The carrier blamed congestion and"
        " said some ships had waited a week.",
        "waited",
        ["Tembusu Line"],
    ),
    # where a body sits is no part of the name a later mention takes
    (
        "based is no name",
        "Dubai-based Harbour Shipping won the contract. Harbour Shipping said it remained"
        " committed.",
        "committed",
        ["Harbour Shipping"],
    ),
    # a person's role capitalised at the start of a sentence, before a name the lexicon
    # does not list
    (
        "lead role before any name",
        "18.37: Passenger Andreea Ionescu wrote on Instagram that the cabin filled with smoke.",
        "cabin",
        ["Andreea Ionescu"],
    ),
    (
        "lead role before any name",
        "Shopkeeper Tavita Faleolo said trade had collapsed.",
        "trade",
        ["Tavita Faleolo"],
    ),
    # guard: a firm whose first word is a trade keeps it
    (
        "lead role before any name",
        "Driver Assistance Systems said sales rose.",
        "sales",
        ["Driver Assistance Systems"],
    ),
    # disputing an account, or figures, is a denial: the disputer's claim
    (
        "disputed account",
        "Relatives said the wall had cracked days earlier. Sankofa disputed that account.",
        "disputed",
        ["Sankofa"],
    ),
    (
        "disputed account",
        "Residents say the water is unsafe. The utility disputes the findings.",
        "disputes",
        ["utility"],
    ),
    # guard: disputing a border is an act
    ("disputed account", "The two countries disputed the border for decades.", "border", []),
    # "the company" is no other body told by its common noun ("the union")
    (
        "company is not the union",
        "The union says 400 jobs will go. The company said the figures were wrong.",
        "figures",
        ["company"],
    ),
    # an object of "quoted ... as saying" whose role holds commas, then the name
    (
        "quoted object with a list in its role",
        "The agency quoted Fiji's lands, mineral and water minister, Semi Tora, as saying the"
        " mine would close.",
        "mine",
        ["agency", "Semi Tora"],
    ),
    (
        "quoted object with a list in its role",
        "The paper quoted Peru's trade minister, Ana Quispe, as saying exports would rise.",
        "exports",
        ["paper", "Ana Quispe"],
    ),
    # an estimate "at" an amount after a long object
    (
        "estimate of a long object",
        "Analyst Ana Ruiz cut her forecast. She estimated the hit to operating profit for the"
        " fiscal year at 4.5 billion rupees.",
        "hit",
        ["Ana Ruiz"],
    ),
    # two roles of one person named in apposition, after an owner
    (
        "two roles of one named person",
        "Lund won. Lund's coach and older sister, Mia Lund, wrote on Instagram that it was"
        " the best match of her life.",
        "best match",
        ["Mia Lund"],
    ),
    (
        "two roles of one named person",
        "Lund won. The economist and author, Mia Berg, said growth would slow.",
        "growth",
        ["Mia Berg"],
    ),
    # where an outlet is from describes it; its name follows
    (
        "demonym before an outlet's name",
        "The strike killed nine, the Iranian Tasnim news agency reported.",
        "nine",
        ["Tasnim"],
    ),
    (
        "demonym before an outlet's name",
        "Prices rose, the Japanese Nikkei business daily said.",
        "Prices",
        ["Nikkei"],
    ),
    # guard: a demonym inside the name stays
    (
        "demonym before an outlet's name",
        "The strike killed nine, the Iranian Students News Agency reported.",
        "nine",
        ["Iranian Students News Agency"],
    ),
    # a body's document, named itself, speaks for the body
    (
        "owner of a named document",
        "Lanes were closed for four hours, according to the Oregon Department of"
        " Transportation's TripCheck website.",
        "Lanes",
        ["Oregon Department of Transportation"],
    ),
    # what a source has not done yet is the writer's remark, no continuation of its report
    (
        "not yet released",
        "The Kestrel County Sheriff's Office said a deputy was hurt. The agency has not"
        " released his name.",
        "released",
        [],
    ),
    # guard: what it has done continues its report
    (
        "not yet released",
        "The ministry said 40 people died in the floods. The ministry has deployed 300 rescuers.",
        "rescuers",
        ["ministry"],
    ),
    # "One London-based trader": a number before the place, no name of its own
    (
        "one place-based person",
        "Shares fell. One London-based trader said brokers had cut exposure.",
        "brokers",
        ["trader"],
    ),
    # an instruction inside the content is no report of what came before it
    (
        "instruction after an aside",
        "Shares fell. One trader, who asked not to be named, said brokers had told him to"
        " cut exposure.",
        "brokers",
        ["trader"],
    ),
    # the subject of a participle cue ends in its plural head, not at its capitals
    (
        "participle after a plural subject",
        "Central European leaders have embraced the idea, warning that the exit will weaken"
        " the bloc.",
        "weaken",
        ["Central European leaders"],
    ),
    # an age in apposition before a present-tense cue is no count of "says"
    (
        "age before says",
        "Tavita Faleolo, 54, says the harvest failed.",
        "harvest",
        ["Tavita Faleolo"],
    ),
    # denying wrongdoing is a denial, as denying the allegations is
    (
        "age before says",
        "Tavita Faleolo, 61, denies any wrongdoing.",
        "wrongdoing",
        ["Tavita Faleolo"],
    ),
    # what witnesses describe perceiving is theirs
    (
        "described perceiving",
        "Witnesses described hearing two loud explosions.",
        "explosions",
        ["Witnesses"],
    ),
    # guard: describing as, without a quote, is no report
    ("described perceiving", "The firm described its results as strong.", "results", []),
    # the name a source gave, after a relative clause saying so
    (
        "name given only as",
        "Herders are angry. One of them, who gave only her first name, Tuyaa, said she had"
        " lost 300 goats.",
        "goats",
        ["Tuyaa"],
    ),
    (
        "name given only as",
        '"This is a disaster," said one resident, who gave her name only as Maria.',
        "disaster",
        ["Maria"],
    ),
    # a subordinate clause after a comma reports for its own subject; the main clause
    # before it is the writer's
    (
        "subordinate report",
        "Shares in Kestrel Foods fell 5%, after the company reported weaker sales.",
        "Shares in",
        [],
    ),
    (
        "subordinate report",
        "Shares in Kestrel Foods fell 5%, after the company reported weaker sales.",
        "weaker sales",
        ["Kestrel Foods"],
    ),
    # guard: inside a quotation the speaker's words stay whole
    (
        "subordinate report",
        'Tavita Faleolo told reporters that "they fired him because they said he was slow.'
        ' That is a lie."',
        "That is a lie",
        ["Tavita Faleolo"],
    ),
    # a role owned by a pronoun: the antecedent's one, named so
    (
        "owned role",
        "Kestrel Foods said sales fell. Its chief executive said prices would rise.",
        "prices",
        ["Kestrel Foods' chief executive"],
    ),
    (
        "owned role",
        "Tavita Faleolo pleaded not guilty. His lawyer argued that the search was illegal.",
        "search",
        ["Tavita Faleolo's lawyer"],
    ),
    # guard: a name in apposition names the role's holder
    (
        "owned role",
        "Tavita Faleolo pleaded not guilty. His lawyer, Sione Mata, argued that the search"
        " was illegal.",
        "search",
        ["Sione Mata"],
    ),
    # guard: the last source quoted is not whose lawyer this is, when someone else was named
    # since
    (
        "owned role",
        "Committee chair Tom Reed said the hearing would go ahead. On Thursday, the panel held"
        " Sione Mata in contempt. His lawyer said he would not answer questions.",
        "not answer",
        ["His lawyer"],
    ),
    # guard: a spokesperson speaks for the owner
    (
        "owned role",
        "The ministry said 12 died. Its spokesman said more were missing.",
        "missing",
        ["ministry"],
    ),
    # the writer in the first person is no continuation of a body's report
    (
        "writer's I",
        "NATO said members must spend more. I have argued before that this is a question of will.",
        "argued",
        [],
    ),
    # guard: inside a quotation the first person is the speaker's
    (
        "writer's I",
        'The union said the talks had failed. "We are angry. I have never seen members so'
        ' united," it added.',
        "never seen",
        ["union"],
    ),
    # a ministry "of Foreign Affairs" is the ministry, no person named "Affairs"
    (
        "body of",
        "The Ministry of Foreign Affairs says the incident was regrettable.",
        "regrettable",
        ["Ministry of Foreign Affairs"],
    ),
    # a title in capitals after "the" is the title, as in lower case
    (
        "capitalised title",
        "The Attorney General said the law was clear.",
        "law",
        ["attorney general"],
    ),
    (
        "capitalised title",
        "Prime Minister Tove Brekke won the vote. The Prime Minister said the law was clear.",
        "law",
        ["Tove Brekke"],
    ),
    # ... with its portfolio, or a people's adjective, in capitals
    (
        "capitalised title",
        "The Health Secretary said the law was clear.",
        "law",
        ["health secretary"],
    ),
    (
        "capitalised title",
        "The French President said the law was clear.",
        "law",
        ["French President"],
    ),
    # "No 10" is Number 10, no "no one"
    ("number ten", "No 10 said the talks were useful.", "talks", ["Downing Street"]),
    ("number ten", "No official said the talks were useful.", "talks", []),
    # "C, it said": the body its own sentence opens with
    (
        "it of its own sentence",
        "Kestrel Foods will cut 400 jobs, it said on Monday.",
        "jobs",
        ["Kestrel Foods"],
    ),
    # guard: a storm's name is no body
    (
        "it of its own sentence",
        "The Met Office issued a warning. Storm Babet will bring heavy rain, it said.",
        "rain",
        ["Met Office"],
    ),
    # a country's intelligence services are a body
    (
        "national intelligence",
        "Le Monde reported that, according to French intelligence, the plot had been foiled.",
        "plot",
        ["Le Monde", "French intelligence"],
    ),
    # "taking calls": a noun, no cue of a person "calling" something a name
    (
        "calls as a noun",
        'By noon, the Rev. Ada Moss began taking calls from listeners to her "Morning Light"'
        " radio show.",
        "listeners",
        [],
    ),
    # guard: a weekday in apposition is no name
    (
        "one person by given name",
        "Fighting resumed. One witness, Friday, said shells hit the market.",
        "shells",
        ["witness"],
    ),
]


@pytest.mark.parametrize(
    ("pattern", "text", "fragment", "chain"), CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES]
)
def test_pattern(pattern: str, text: str, fragment: str, chain: list[str]) -> None:
    claims, _ = attribute(RawArticle(path="t", text=text), segment(text))
    hit = [c for c in claims if fragment in c.text]
    assert hit, f"no claim contains {fragment!r}: {[c.text for c in claims]}"
    assert [REG.resolve(r).name for r in hit[0].chain] == chain


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a name an appositive describes by a trade is a company's, a compound of "maker" too
        ("Kestra, the Finnish chipmaker, said its sales would fall this year.", "organisation"),
        ("Kestra, a Finnish lender, said its profit would fall this year.", "organisation"),
        # guard: a person's name stays a person's
        ("Ana Kestra, a Finnish banker, said profits would fall this year.", "person"),
        (
            "Policymakers said in a statement that inflation expectations had worsened.",
            "collective",
        ),
        ("Dravo expects sales to fall this year, the company said.", "organisation"),
        ("The plan was praised by Kestrel, which said it would cut costs.", "organisation"),
        ("Sport Scotland said funding would rise next year.", "government"),
        ("Kestrel Airports said the runway was closed.", "organisation"),
        # a body's head noun and its "of", though "Foreign" is a title's word too
        ("The Ministry of Foreign Affairs says the incident was regrettable.", "government"),
        # people in the plural: a trade's at the sentence's start, a people's
        ("Demonstrators said the police fired tear gas.", "collective"),
        ("Many Mexicans say the wall is an insult.", "collective"),
        ("Britons say the economy is weak.", "collective"),
        # guard: a name ending in a plural is no people, nor a surname in "-ers" alone
        ("Lucas Philips said the ship sank.", "person"),
        ("Bernie Sanders spoke first. Sanders said the ship sank.", "person"),
        ("Fjord Ferries said crossings would resume.", "organisation"),
        ("Jack England said funding would rise next year.", "person"),
        # "which" is said of a thing, "who" of a person
        ("Skyreg, which manages the region's airspace, said staffing was short.", "organisation"),
        ("Skyreg, who manages the region's airspace, said staffing was short.", "person"),
    ],
)
def test_the_kind_of_an_unknown_source(text: str, kind: str) -> None:
    claims, _ = attribute(RawArticle(path="t", text=text), segment(text))
    assert [r.kind for r in claims[-1].chain] == [kind]
