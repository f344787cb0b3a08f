"""Shared option types and parsers for the command modules."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import typer


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class Kind(StrEnum):
    date = "date"
    quantity = "quantity"
    predicate = "predicate"
    role = "role"
    location = "location"
    negation = "negation"


def parse_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` or a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def as_date(value: object) -> date | None:
    """The value a ``parse_date`` callback produced (typer declares the option as str)."""
    if value is None or isinstance(value, date):
        return value
    return parse_date(str(value))


def output_format(fmt: Format, as_json: bool) -> str:
    return "json" if as_json else fmt.value
