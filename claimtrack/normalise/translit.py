"""Transliteration-aware folding: spellings of one name fold to one key."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes, collapse white space."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("'", "").replace("’", "").replace("ʼ", "")
    return " ".join(stripped.lower().split())


def name_key(text: str) -> str:
    """The key under which spelling variants of a name meet."""
    return fold(text)
