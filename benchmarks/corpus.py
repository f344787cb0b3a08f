"""A deterministic generator of realistic, varied news articles, written to a directory.

``python -m benchmarks.corpus OUT_DIR --articles N [--seed S]``

Every article is built from a seeded ``random.Random``: the same seed and size always give
the same files, byte for byte. Articles are written one at a time (streaming): only a small
ring of recent articles is kept, to make near-duplicate wire copies from.

What the corpus exercises:

* outlets and agencies (Reuters, AP, AFP, TASS, the Guardian, GUR/HUR, ISW, SOHR, local
  outlets), people with titles ("Kremlin spokesperson Dmitry Peskov");
* cues in every position: "X said ...", "..., X said.", "according to X, ...",
  "X, citing Y, reported ...", "X told Y that ...", denials and hedges;
* transliteration variants (Khmeimim/Hmeymim/Hmeimim, Chaiko/Chayko, Kyiv/Kiev,
  Kharkiv/Kharkov, Odesa/Odessa, Zaporizhzhia/Zaporozhye);
* dates in several forms, numbers written as digits and words;
* near-duplicate wire copies (~10 %), and genuine disagreements between sources about the
  same event (~15 % of event reports: another date, another quantity, "resigned" versus
  "dismissed").
"""

from __future__ import annotations

import argparse
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

OUTLETS = [
    "Reuters",
    "the Associated Press",
    "AP",
    "AFP",
    "TASS",
    "RIA Novosti",
    "the Guardian",
    "the BBC",
    "Al Jazeera",
    "the Kyiv Independent",
    "Ukrainska Pravda",
    "Meduza",
    "the New York Times",
    "Kharkiv Observer",
    "Zaporizhzhia Today",
    "Odesa Daily",
    "Interfax",
]
AGENCIES = [
    "GUR",
    "HUR",
    "Ukraine's military intelligence",
    "the Main Directorate of Intelligence",
    "ISW",
    "the Institute for the Study of War",
    "the Syrian Observatory for Human Rights",
    "SOHR",
    "the Russian Defence Ministry",
    "the Ministry of Defense of Ukraine",
    "the General Staff of the Armed Forces of Ukraine",
    "the Pentagon",
    "the UN",
    "the Kremlin",
    "the SBU",
]
PEOPLE = [
    ("Kremlin spokesperson", ["Dmitry Peskov", "Dmitriy Peskov"]),
    ("Colonel-General", ["Oleksandr Chaiko", "Aleksandr Chayko", "Alexander Chaiko"]),
    ("Colonel-General", ["Oleksandr Zhuravlev", "Aleksandr Zhuravlyov"]),
    ("GUR spokesperson", ["Andriy Yusov", "Andrii Yusov"]),
    ("GUR chief", ["Kyrylo Budanov", "Kirill Budanov"]),
    ("Defence Minister", ["Andrei Belousov", "Andrey Belousov"]),
    ("Foreign Minister", ["Sergei Lavrov", "Sergey Lavrov"]),
    ("Governor", ["Oleh Syniehubov", "Oleg Sinegubov"]),
    ("Mayor", ["Vitali Klitschko", "Vitaliy Klychko"]),
    ("analyst", ["Mary Ellen Walsh"]),
    ("Lieutenant General", ["Yuriy Sodol", "Yuri Sodol"]),
    ("spokesman", ["Ihor Klymenko", "Igor Klimenko"]),
]
PLACES = [
    ["Khmeimim", "Hmeymim", "Hmeimim"],
    ["Kyiv", "Kiev"],
    ["Kharkiv", "Kharkov"],
    ["Odesa", "Odessa"],
    ["Zaporizhzhia", "Zaporozhye"],
    ["Mykolaiv", "Nikolaev"],
    ["Bakhmut", "Artemivsk"],
    ["Aleppo"],
    ["Hama"],
    ["Homs"],
    ["Tartus"],
    ["Damascus"],
    ["Khan Sheikhoun", "Khan Sheikhun"],
    ["Pokrovsk"],
    ["Kursk"],
    ["Belgorod"],
    ["Sevastopol"],
    ["Kherson"],
]
UNITS = ["soldiers", "troops", "servicemen", "fighters", "civilians"]
ITEMS = ["drones", "missiles", "tanks", "armoured vehicles", "artillery systems", "aircraft"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = [
    "The situation in the region remains tense.",
    "Fighting has intensified over the past week.",
    "Independent verification of the figures was not possible.",
    "Residents reported hearing explosions throughout the night.",
    "The claims could not be independently confirmed.",
    "Local authorities urged people to stay in shelters.",
    "The offensive began late last month and has since gathered pace.",
    "Several villages along the front line were left without power.",
    "Humanitarian organisations have warned of a worsening crisis.",
    "Talks between the sides have stalled since the spring.",
]
HEADINGS = ["What preceded", "Background", "Context", "What we know"]
BOILERPLATE = ["Read more: the latest updates", "Bonus video: the front line in maps"]


@dataclass(frozen=True)
class Event:
    """One thing that happened; articles report it, sometimes with other values."""

    kind: str
    place: int
    when: date
    count: int
    person: int
    item: str
    unit: str


def _months() -> list[str]:
    return [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]


class Generator:
    def __init__(self, seed: int = 7, events: int | None = None) -> None:
        self.rng = random.Random(seed)
        self.start = date(2024, 11, 1)
        self.recent: deque[str] = deque(maxlen=20)
        self.seed = seed
        self.n_events = events

    # ------------------------------------------------------------------ pieces
    def _event(self, i: int) -> Event:
        # derived from the index alone: no table of events is kept in memory
        r = random.Random(f"event-{self.seed}-{i}")
        return Event(
            kind=r.choice(["casualties", "shootdown", "withdrawal", "dismissal", "strike"]),
            place=r.randrange(len(PLACES)),
            when=self.start + timedelta(days=r.randrange(90)),
            count=r.choice([2, 3, 5, 12, 17, 25, 40, 63, 120, 300]),
            person=r.randrange(len(PEOPLE)),
            item=r.choice(ITEMS),
            unit=r.choice(UNITS),
        )

    def _place(self, i: int) -> str:
        return self.rng.choice(PLACES[i])

    def _person(self, i: int, titled: bool = True) -> str:
        title, names = PEOPLE[i]
        name = self.rng.choice(names)
        if titled and self.rng.random() < 0.6:
            return f"{title} {name}"
        return name

    def _date(self, d: date) -> str:
        month = _months()[d.month - 1]
        form = self.rng.randrange(4)
        if form == 0:
            return f"on {month} {d.day}"
        if form == 1:
            return f"on {d.day} {month} {d.year}"
        if form == 2:
            return f"on {WEEKDAYS[d.weekday()]}"
        return f"on {month} {d.day}, {d.year}"

    def _number(self, n: int) -> str:
        if n in NUMBER_WORDS and self.rng.random() < 0.5:
            return NUMBER_WORDS[n]
        return f"{n:,}" if n >= 1000 else str(n)

    def _content(self, ev: Event, disagree: bool) -> str:
        rng = self.rng
        when, count = ev.when, ev.count
        if disagree:
            if rng.random() < 0.5:
                when = when + timedelta(days=rng.choice([-2, -1, 1, 3]))
            else:
                count = max(1, count * rng.choice([2, 3]) + rng.randrange(5))
        place = self._place(ev.place)
        if ev.kind == "casualties":
            return (
                f"{self._number(count)} Russian {ev.unit} were killed near {place} "
                f"{self._date(when)}"
            )
        if ev.kind == "shootdown":
            return f"air defences shot down {self._number(count)} {ev.item} over {place} overnight"
        if ev.kind == "withdrawal":
            return f"Russian forces withdrew from {place} to the Khmeimim base {self._date(when)}"
        if ev.kind == "dismissal":
            verb = "resigned" if disagree else "was dismissed"
            return f"{self._person(ev.person)} {verb} as commander of the forces near {place}"
        return (
            f"a strike on {place} destroyed {self._number(count)} ammunition depots "
            f"{self._date(when)}"
        )

    def _source(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.rng.choice(AGENCIES)
        if r < 0.7:
            return self._person(self.rng.randrange(len(PEOPLE)))
        return self.rng.choice(OUTLETS)

    def _claim(self, content: str) -> str:
        rng = self.rng
        src = self._source()
        form = rng.randrange(9)
        cap = src[0].upper() + src[1:]
        if form == 0:
            return f"{cap} said that {content}."
        if form == 1:
            return f"{content[0].upper()}{content[1:]}, {src} said."
        if form == 2:
            return f"According to {src}, {content}."
        if form == 3:
            relay = rng.choice(OUTLETS)
            return f"{relay[0].upper()}{relay[1:]}, citing {src}, reported that {content}."
        if form == 4:
            return f"{cap} told {rng.choice(OUTLETS)} that {content}."
        if form == 5:
            return f"{cap} denied reports that {content}."
        if form == 6:
            return f"{cap} claimed that {content}, but offered no evidence."
        if form == 7:
            return f"{content[0].upper()}{content[1:]}, according to {src}."
        return f"{cap} reported {rng.choice(WEEKDAYS)} that {content}."

    # ------------------------------------------------------------------ articles
    def article(self, i: int) -> str:
        rng = self.rng
        if self.recent and rng.random() < 0.1:
            # a near-duplicate wire copy: another outlet's header, a few words changed
            base = rng.choice(list(self.recent))
            outlet = rng.choice(OUTLETS)
            body = base.replace(" said", " says", 1).replace("Russian", "Russia's", 1)
            return f"{body}\n\nThis report was relayed by {outlet} (copy {i}).\n"
        n_events = self.n_events or max(50, i // 4)
        focus = [rng.randrange(n_events) for _ in range(rng.randint(2, 4))]
        day = self.start + timedelta(days=rng.randrange(120))
        place = self._place(self._event(focus[0]).place)
        lines = [
            f"{rng.choice(['Fighting near', 'Strikes on', 'Report from', 'Crisis in'])} {place}",
            "",
            f"date {day.isoformat()}",
            "",
        ]
        paragraphs = rng.randint(6, 12)
        for p in range(paragraphs):
            sentences: list[str] = []
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.75:
                    ev = self._event(rng.choice(focus))
                    sentences.append(self._claim(self._content(ev, rng.random() < 0.15)))
                else:
                    sentences.append(rng.choice(FILLER))
            lines.append(" ".join(sentences))
            lines.append("")
            if p == paragraphs // 2 and rng.random() < 0.3:
                lines += [rng.choice(HEADINGS), ""]
        if rng.random() < 0.3:
            lines += [rng.choice(BOILERPLATE), ""]
        text = "\n".join(lines)
        self.recent.append(text)
        return text


def iter_articles(n: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(relative path, text) for articles 0..n-1, generated one at a time."""
    gen = Generator(seed)
    for i in range(n):
        yield f"{i // 1000:04d}/{i:07d}.txt", gen.article(i)


def write_corpus(out: str | Path, n: int, seed: int = 7) -> tuple[int, int]:
    """Write ``n`` articles under ``out``; returns (articles, words)."""
    root = Path(out)
    words = 0
    for rel, text in iter_articles(n, seed):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        words += len(text.split())
    return n, words


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    n, words = write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {n} articles, {words} words to {args.out}")


if __name__ == "__main__":
    main()
