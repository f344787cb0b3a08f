"""Structured reading of a claim: event, agent, patient, negation, dates, quantities, places."""

from __future__ import annotations

from datetime import date
from typing import Any


def read_claim(text: str, article_date: date | None) -> dict[str, Any]:
    return {}
