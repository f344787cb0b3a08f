"""Source registry: canonical names, kinds and aliases (lexicons/sources.toml)."""

from __future__ import annotations

from claimtrack.records import SourceRef


class SourceRegistry:
    def resolve(self, ref: SourceRef) -> SourceRef:
        return ref

    def aliases(self, name: str) -> list[str]:
        return []
