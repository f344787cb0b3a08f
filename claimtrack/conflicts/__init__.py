"""Conflict detection between stored claims (see ``detect``) and its store glue (``store``)."""

from __future__ import annotations

from claimtrack.records import ClaimFacts, ConflictFinding, CorroborationGroup


def find_conflicts(
    claims: list[ClaimFacts], focus: set[int] | None = None
) -> tuple[list[CorroborationGroup], list[ConflictFinding]]:
    return [], []
