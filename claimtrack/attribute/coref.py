"""Coreference for sources within one article.

* Pronouns and definite descriptions ("he", "they", "the agency", "the report", "the source")
  resolve to the most recent source of a compatible kind; unresolvable ones stay unresolved
  (the caller then keeps the article's own voice: no wild guesses).
* Short names ("Zakharova", misspelled "Lababida") link to the full name introduced earlier
  in the article, also when that person was only mentioned, not quoted ("Russian leader
  Vladimir Putin" ... "Putin stressed").
* A person's surname spelling is settled by majority over the article's mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimtrack.attribute.lexicon import lexicon
from claimtrack.attribute.mentions import Anaphor, _org_kind, split_name
from claimtrack.lexicons import table
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.normalise.translit import name_key
from claimtrack.records import SourceRef

_NAME_RUN = re.compile(
    r"\b[A-Z][a-zà-ÿ'’]+(?:[- ](?:(?:al|el|bin|ibn|de|van|von)-?\s?)?[A-Z][a-zà-ÿ'’]+){1,3}\b"
)
_AFTER_PREP = re.compile(r"\b(?:of|for|to)\s$")
_SIMILAR = 85.0
# "the company said": a company named earlier in the article's own voice, as a subject
_COMPANY_NOUNS = frozenset(
    [
        "company",
        "firm",
        "carrier",
        "airline",
        "bank",
        "lender",
        "retailer",
        "insurer",
        "operator",
        "manufacturer",
        "maker",
        "producer",
        "utility",
        "startup",
        "group",
        "conglomerate",
    ]
)
_SUBJECT_RUN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>[A-Z][\w&'’.-]+(?:\s+(?:&\s+)?[A-Z][\w&'’.-]+){0,3})"
    r"(?=\s+(?:on\s+[A-Z]\w+\s+)?(?:has\s+|have\s+|had\s+|will\s+|said\s+|is\s+|was\s+)?"
    r"(?:[a-z]+(?:ed|s)|cut|set|put|hit|shut|won|lost|made|sold|bought|paid|grew|fell|rose|saw|"
    r"took|gave|began|kept|led|met|ran|spent|told|wrote)\b)"
)
_GOV_KINDS = frozenset({"government", "organisation"})
_PERSON = frozenset({"person"})
_OPENERS = frozenset(
    {
        "As",
        "After",
        "Before",
        "When",
        "While",
        "Since",
        "Until",
        "If",
        "Unlike",
        "Like",
        "But",
        "And",
        "For",
        "From",
        "With",
        "By",
        "In",
        "On",
        "At",
        "To",
        "Under",
        "Over",
        "Though",
    }
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_WORD_GENDER = {
    w: g for g, words in table("groups.toml")["people"]["gender"].items() for w in words
}
_NOT_NAMES = frozenset(
    {"He", "She", "They", "It", "We", "I", "You", "The", "A", "An", "This", "That", "In", "On"}
)


@dataclass
class _Person:
    ref: SourceRef
    given: str  # "Kamal"
    surnames: Counter[str] = field(default_factory=Counter)
    first_surname: str = ""


def _same_surname(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 5 and fuzz.ratio(ka, kb) >= _SIMILAR


class Tracker:
    """The sources seen so far in one article, most recent last."""

    def __init__(self, registry: SourceRegistry, text: str) -> None:
        self.registry = registry
        self.history: list[SourceRef] = []
        self.people: list[_Person] = []
        self._index = self._name_index(text)
        self.text = text
        self.pos = 0  # where the sentence being attributed starts
        self._subjects: list[tuple[int, str]] | None = None
        self._person_subjects: list[tuple[int, int, str]] | None = None

    def _name_index(self, text: str) -> dict[str, str]:
        """surname key -> full name, for capitalised name runs in the article."""
        out: dict[str, str] = {}
        # a pure function of the run and the registry's aliases: remembered per registry
        memo = self.registry.memo("name_index")
        for m in _NAME_RUN.finditer(text):
            run = m.group()
            if run.count(" ") >= 2 and _AFTER_PREP.search(text, max(0, m.start() - 5), m.start()):
                run = run.split(" ", 1)[1]  # "Secretary of State Antony Blinken"
            try:
                entry = memo[run]
            except KeyError:
                entry = memo[run] = self._name_entry(run)
            if entry is not None:
                out.setdefault(*entry)
        return out

    def _name_entry(self, run: str) -> tuple[str, str] | None:
        """(surname key, full name) for a capitalised name run, None if it names no person."""
        first, _, rest = run.partition(" ")
        if first in _OPENERS and rest:
            run = rest  # "As Kabar reported", "After Smith left": the run starts a sentence
        split = split_name(run)
        if split is None:
            return None
        _, name = split
        words = name.split()
        if len(words) < 2 or any(w in lexicon().states for w in words):
            return None
        if self.registry.find(name):
            return None
        return name_key(words[-1]), name

    # ------------------------------------------------------------------ resolution
    def resolve(self, parsed: SourceRef | Anaphor | None) -> SourceRef | None:
        if parsed is None:
            return None
        if isinstance(parsed, Anaphor):
            return self._antecedent(parsed)
        ref = parsed
        if ref.kind == "person":
            ref = self._person(ref)
        self.history.append(ref)
        return ref

    def _antecedent(self, a: Anaphor) -> SourceRef | None:
        if a.head or a.modifier:
            # "the headquarters" -> the Coordination Headquarters named before
            for ref in reversed(self.history):
                if ref.kind in a.kinds and self._fits(a, ref, need_head=bool(a.head)):
                    self.history.append(ref)
                    return ref
        gender = _PRONOUN_GENDER.get(a.surface.casefold())
        for ref in reversed(self.history):
            if ref.kind not in a.kinds:
                continue
            if a.noun and a.noun not in f"{ref.name} {ref.role or ''}".casefold():
                continue
            if a.modifier and ref.kind in _GOV_KINDS and not self._fits(a, ref, need_head=False):
                continue  # "the Israeli military" is not the Gaza Health Ministry
            if gender and self._gender(ref) not in (None, gender):
                continue  # "she" is not "Mr. Crespo"
            self.history.append(ref)
            return ref
        if a.kinds == _PERSON and not a.noun and not a.head:
            person = self._last_person_subject() or self._only_person_nearby()
            if person is not None and (not gender or self._gender(person) in (None, gender)):
                self.history.append(person)
                return person
        if a.head in _COMPANY_NOUNS:
            named = self._last_subject()
            if named is not None:
                ref = SourceRef(name=named, kind="organisation", surface=a.surface)
                self.history.append(ref)
                return ref
        if a.fallback is not None:
            self.history.append(a.fallback)
            return a.fallback
        if a.noun:
            # "the sources" with no earlier source: anonymous, named as written
            name = re.sub(r"^(?:the|these|those)\s+", "", a.surface, flags=re.I)
            ref = SourceRef(name=name, kind="anonymous", surface=a.surface)
            self.history.append(ref)
            return ref
        return None

    @staticmethod
    def _fits(a: Anaphor, ref: SourceRef, need_head: bool) -> bool:
        named = f"{ref.name} {ref.full_name or ''} {ref.surface or ''}".casefold()
        if need_head and a.head and a.head not in named:
            return False
        return not a.modifier or a.modifier.casefold()[:4] in named

    def _last_subject(self) -> str | None:
        """The last capitalised name that opened a sentence before the current one."""
        if self._subjects is None:
            lex = lexicon()
            self._subjects = [
                (m.start(), m.group("n"))
                for m in _SUBJECT_RUN.finditer(self.text)
                if len(m.group("n").split()) >= 2
                and m.group("n").split()[0] not in ("The", "A", "An", "In", "On", "At", "But")
                and not any(w in lex.states for w in m.group("n").split())
                and _org_kind(m.group("n")) is not None
            ]
        best = None
        for start, name in self._subjects:
            if start >= self.pos:
                break
            best = name
        if best is None or self.registry.lookup(best) is not None:
            return None
        return best

    def _last_person_subject(self) -> SourceRef | None:
        """ "Trump took offense at the question. He suggested C": with no person quoted yet,
        "he"/"she" is the person who opened an earlier sentence of the same paragraph, when
        no other person is named between them."""
        if self._person_subjects is None:
            self._person_subjects = []
            for m in _SUBJECT_RUN.finditer(self.text):
                person = self._person_name(m.group("n"))
                if person is not None:
                    self._person_subjects.append((m.start(), m.end(), person))
        best = None
        for found in self._person_subjects:
            if found[0] >= self.pos:
                break
            best = found
        if best is None:
            return None
        start, end, name = best
        between = self.text[end : self.pos]
        if "\n" in self.text[start : self.pos] or len(between) > 600:
            return None
        surname = name.split()[-1]
        for m in _NAME_RUN.finditer(between):
            other = m.group().split()[-1]
            if not _same_surname(other, surname) and self._person_name(m.group()) is not None:
                return None  # two people: which one is "he"?
        for m in re.finditer(r"\b[A-Z][a-zà-ÿ'’-]+\b", between):
            other = m.group()
            if not _same_surname(other, surname) and name_key(other) in self._index:
                return None  # another person by surname
        return self._person(SourceRef(name=name, kind="person", surface=name))

    def _gender(self, ref: SourceRef) -> str | None:
        """ "m" / "f" when an honorific or a role word tells ("Mr.", "spokeswoman"), else None.

        (Not from earlier pronouns: one wrong resolution would then block the right ones.)"""
        words = f"{ref.role or ''} {ref.surface or ''}".casefold().split()
        for w in words:
            g = _WORD_GENDER.get(w)
            if g:
                return g
        return None

    def _only_person_nearby(self) -> SourceRef | None:
        """ "... concerns Henry Crespo, a local organiser." + '"...," he said.': with no person
        quoted yet, "he"/"she" is the one person named in this paragraph and the one before
        it (nobody else named there)."""
        cur = self.text.rfind("\n", 0, self.pos)
        start = 0 if cur < 0 else self.text.rfind("\n", 0, len(self.text[:cur].rstrip("\n"))) + 1
        window = self.text[start : self.pos]
        if len(window) > 1200:
            return None
        keys: set[str] = set()
        best = ""
        for m in _NAME_RUN.finditer(window):
            person = self._person_name(m.group())
            if person is not None:
                keys.add(name_key(person.split()[-1]))
                best = person if len(person) > len(best) else best
        for m in re.finditer(r"\b[A-Z][a-zà-ÿ'’-]+\b", window):
            if name_key(m.group()) in self._index:
                keys.add(name_key(m.group()))
        if not best or len(keys) != 1:
            return None
        return self._person(SourceRef(name=best, kind="person", surface=best))

    def _person_name(self, run: str) -> str | None:
        """The person a capitalised run names ("Coach Pep Moreno" -> "Pep Moreno"; a surname
        whose full name the article gives), else None."""
        words = run.split()
        if words[0] in _NOT_NAMES or self.registry.lookup(run) is not None:
            return None
        if len(words) == 1:
            return run if name_key(words[0]) in self._index else None
        entry = self._name_entry(run)
        return entry[1] if entry is not None and _org_kind(run) is None else None

    def _person(self, ref: SourceRef) -> SourceRef:
        words = ref.name.split()
        if not words or not words[-1][:1].isupper():
            return ref  # a described person ("head of the White Helmets")
        surname = words[-1]
        for p in reversed(self.people):
            if _same_surname(p.first_surname, surname) and (
                len(words) == 1
                or not p.given
                or name_key(" ".join(words[:-1])) == name_key(p.given)
            ):
                p.surnames[surname] += 1
                if ref.role and not p.ref.role:
                    p.ref.role = ref.role
                return p.ref
        if len(words) == 1:
            full = self._index.get(name_key(surname))
            if full is None:
                for key, name in self._index.items():
                    if _same_surname(key, surname):
                        full = name
                        break
            if full is not None:
                words = full.split()
        given = " ".join(words[:-1])
        person = SourceRef(
            name=" ".join(words),
            kind="person",
            full_name=" ".join(words) if len(words) > 1 else None,
            role=ref.role,
            surface=ref.surface,
        )
        p = _Person(ref=person, given=given, first_surname=words[-1])
        p.surnames[surname] += 1
        if words[-1] != surname:
            p.surnames[words[-1]] += 1
        self.people.append(p)
        return person

    def finish(self) -> None:
        """Settle each person's surname spelling by majority (ties: first introduced)."""
        for p in self.people:
            best, count = p.surnames.most_common(1)[0]
            if count > p.surnames.get(p.first_surname, 0) and best != p.first_surname:
                name = f"{p.given} {best}".strip()
                p.ref.name = name
                p.ref.full_name = name if p.given else None
