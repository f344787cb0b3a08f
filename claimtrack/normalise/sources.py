"""Source registry: canonical names, kinds and aliases (lexicons/sources.toml).

The registry answers three questions:

* ``lookup(text)``: is this phrase a known source? ("the Guardian's" -> Guardian)
* ``find(text)``: which known sources are named inside a longer phrase, and where?
  ("the Russian news agency RIA Novosti" -> RIA at 26..37)
* ``resolve(ref)``: the canonical form of a source named in an article. People are folded
  with ``translit.name_key`` so that spelling variants of one name meet under the first
  spelling the registry saw (or the spelling the alias table gives).

Matching ignores case, a leading "the", a possessive 's and the kind of apostrophe.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimtrack.lexicons import table
from claimtrack.normalise.translit import name_key
from claimtrack.records import SOURCE_KINDS, SourceRef

_APOS = re.compile(r"[’‘ʼ`´]")
_LEAD_THE = re.compile(r"^the\s+", re.I)
_POSS = re.compile(r"['’]s?$")
_SPACE = re.compile(r"\s+")
_MEMO_MAX = 1 << 16  # entries per memo table before it starts over
_MISSING = object()


@lru_cache(maxsize=65536)
def norm_alias(text: str) -> str:
    """The comparison form of an alias: folded case, no leading "the", no possessive."""
    s = _APOS.sub("'", text).strip().strip(".,;:")
    s = _SPACE.sub(" ", s).casefold()
    s = _LEAD_THE.sub("", s)
    return _POSS.sub("", s).strip()


@dataclass
class _Entry:
    name: str
    kind: str
    full_name: str | None
    aliases: list[str] = field(default_factory=list)


def _alias_pattern(alias: str) -> str:
    """A regex for ``alias``; one-word aliases keep their first letter's case (WHO, Amnesty)."""
    parts = [re.escape(p).replace("'", "['’ʼ]") for p in alias.split()]
    if len(parts) == 2 and parts[0] == "The":
        # "The Observer", not "the Observer Research Foundation" (see ``_finder_form``)
        # (its capital too: "The economist and novelist" is no paper)
        return r"The\s+(?-i:" + parts[1][:1] + ")" + parts[1][1:] + r"(?!\s+[A-Z])"
    if len(parts) == 1:
        if alias.isupper():
            return "(?-i:" + parts[0] + ")"
        return "(?-i:" + parts[0][0] + ")" + parts[0][1:]
    return r"\s+".join(parts)


class SourceRegistry:
    """Known sources and their aliases; extend with a user TOML file or ``add_alias``."""

    def __init__(self, extra: str | Path | None = None) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_alias: dict[str, str] = {}
        self._people: dict[str, str] = {}  # name_key -> canonical person name
        self._written: dict[str, str] = {}  # alias (normalised unless one word) -> as written
        self._finder: re.Pattern[str] | None = None
        # memo tables of pure functions of the aliases (``memo``); cleared when they change
        self._memos: dict[str, dict[Any, Any]] = {}
        self._load(_builtin())
        if extra is not None:
            with open(extra, "rb") as fh:
                self._load(tomllib.load(fh))

    # ------------------------------------------------------------------ loading
    def _load(self, data: dict[str, Any]) -> None:
        for name, spec in data.items():
            if not isinstance(spec, dict):
                continue
            kind = str(spec.get("kind", "organisation"))
            if kind not in SOURCE_KINDS:
                kind = "organisation"
            entry = self._entries.get(name)
            if entry is None:
                entry = _Entry(name=name, kind=kind, full_name=spec.get("full_name"))
                self._entries[name] = entry
            else:
                entry.kind = kind
                entry.full_name = spec.get("full_name", entry.full_name)
            self._register(name, name)
            if entry.full_name:
                self._register(name, entry.full_name)
            for alias in spec.get("aliases", []):
                self.add_alias(name, str(alias))

    def _register(self, name: str, alias: str) -> None:
        # keep the alias as written: the finder needs its case for one-word aliases, so
        # each case of one word is kept ("TASS" and "Tass")
        one_word = " " not in alias.strip()
        self._written.setdefault(alias.strip() if one_word else norm_alias(alias), alias)
        key = norm_alias(alias)
        if not key:
            return
        self._by_alias.setdefault(key, name)
        entry = self._entries[name]
        if entry.kind == "person":
            self._people.setdefault(name_key(alias), name)
        self._finder = None
        self._memos.clear()

    def add_alias(self, name: str, alias: str) -> None:
        """Teach the registry that ``alias`` names ``name`` (created as an organisation if new)."""
        if name not in self._entries:
            self._entries[name] = _Entry(name=name, kind="organisation", full_name=None)
            self._register(name, name)
        entry = self._entries[name]
        if alias not in entry.aliases and alias != name:
            entry.aliases.append(alias)
        self._register(name, alias)

    # ------------------------------------------------------------------ queries
    def aliases(self, name: str) -> list[str]:
        entry = self._entries.get(name)
        if entry is None:
            canonical = self._by_alias.get(norm_alias(name))
            entry = self._entries.get(canonical) if canonical else None
        if entry is None:
            return []
        out = list(entry.aliases)
        if entry.full_name and entry.full_name != entry.name and entry.full_name not in out:
            out.insert(0, entry.full_name)
        return out

    def names(self) -> list[str]:
        return list(self._entries)

    def memo(self, name: str) -> dict[Any, Any]:
        """A memo table named ``name`` for a pure function of this registry's aliases: it is
        emptied whenever an alias is added. Callers must not keep mutable results in it."""
        table = self._memos.get(name)
        if table is None or len(table) > _MEMO_MAX:
            table = self._memos[name] = {}
        return table

    def lookup(self, text: str) -> SourceRef | None:
        """The known source that ``text`` names exactly (modulo case, "the", 's), if any."""
        memo = self.memo("lookup")
        hit = memo.get(text, _MISSING)
        if hit is _MISSING:
            stripped = text.strip().strip(".,;:")
            m = self._pattern().fullmatch(stripped)
            canonical = self._by_alias.get(norm_alias(stripped)) if m else None
            hit = memo[text] = None if canonical is None else (canonical, stripped)
        if hit is None:
            return None
        return self._ref(*hit)

    def find(self, text: str) -> list[tuple[int, int, SourceRef]]:
        """Known sources named inside ``text``: (start, end, ref), longest match first wins."""
        memo = self.memo("find")
        hits = memo.get(text)
        if hits is None:
            hits = []
            for m in self._pattern().finditer(text):
                canonical = self._by_alias.get(norm_alias(m.group()))
                if canonical is not None:
                    hits.append((m.start(), m.end(), canonical, m.group()))
            hits = memo[text] = tuple(hits)
        return [(a, b, self._ref(canonical, surface)) for a, b, canonical, surface in hits]

    def resolve(self, ref: SourceRef) -> SourceRef:
        """The canonical form of ``ref``: known sources by alias, people by folded name."""
        canonical = self._by_alias.get(norm_alias(ref.name))
        if canonical is None and ref.full_name:
            canonical = self._by_alias.get(norm_alias(ref.full_name))
        if canonical is not None and (
            ref.kind not in ("person", "anonymous", "collective")
            or self._entries[canonical].kind == ref.kind
        ):
            entry = self._entries[canonical]
            return SourceRef(
                name=entry.name,
                kind=entry.kind,
                full_name=entry.full_name,
                role=ref.role,
                surface=ref.surface,
            )
        if ref.kind == "person":
            key = name_key(ref.name)
            name = self._people.setdefault(key, ref.name)
            if name != ref.name:
                return ref.model_copy(update={"name": name, "full_name": name})
        return ref

    # ------------------------------------------------------------------ internals
    def _ref(self, canonical: str, surface: str) -> SourceRef:
        entry = self._entries[canonical]
        return SourceRef(
            name=entry.name,
            kind=entry.kind,
            full_name=entry.full_name,
            surface=surface,
        )

    def _pattern(self) -> re.Pattern[str]:
        if self._finder is None:
            written = sorted([*self._written.values(), *self._title_cased()], key=len, reverse=True)
            self._finder = _compile(tuple(norm_alias(w) and _finder_form(w) for w in written))
        return self._finder

    def _title_cased(self) -> list[str]:
        """ "Nato", "Nasa", "Unicef": how many outlets write a body's acronym of four letters
        or more. Not a wire's or a paper's ("Sana", "Wafa" are given names too)."""
        out = []
        for w in self._written.values():
            if len(w) >= 4 and w.isupper() and w.isalpha():
                entry = self._entries[self._by_alias[norm_alias(w)]]
                if entry.kind not in ("agency", "outlet", "person"):
                    out.append(w[:1] + w[1:].lower())
        return out


@lru_cache(maxsize=8)
def _compile(aliases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(_alias_pattern(a) for a in aliases)
    return re.compile(r"(?<![\w.-])(?:the\s+)?(?:" + body + r")(?:['’]s)?(?![\w-])", re.I)


def _strip_the(alias: str) -> str:
    return _LEAD_THE.sub("", alias.strip())


def _finder_form(alias: str) -> str:
    """The alias as the finder matches it: without a leading "the", except a one-word name
    listed with its "The" ("The Sun", "The Independent"), which needs it ("Sun Yat-sen
    University" and "an Independent candidate" do not name the paper)."""
    alias = alias.strip()
    rest = _strip_the(alias)
    if alias.startswith("The ") and " " not in rest and rest[:1].isupper():
        return alias
    return rest


def _builtin() -> dict[str, Any]:
    return table("sources.toml")


@lru_cache(maxsize=1)
def default_registry() -> SourceRegistry:
    """A shared registry with the built-in table only (the attribute stage reads it)."""
    return SourceRegistry()
