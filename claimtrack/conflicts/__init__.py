"""Where reports disagree: corroboration groups and conflict findings between claims.

``find_conflicts(claims, focus=None)`` is the entry point (pure, no database);
``facts_from_document`` builds its input from a pipeline ``Document``.
"""

from __future__ import annotations

from claimtrack.conflicts.detect import block_keys, find_conflicts
from claimtrack.conflicts.facts import facts_from_document

__all__ = ["block_keys", "facts_from_document", "find_conflicts"]
