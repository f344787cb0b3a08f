"""User-facing errors: one hierarchy, mapped to exit code 1 by the CLI's single handler.

Each message says what happened, what was kept and what to do, in one line.
"""

from __future__ import annotations


class ClaimtrackError(Exception):
    """A problem the user can act on. ``str(err)`` is the one-line message."""

    exit_code = 1


class StoreError(ClaimtrackError):
    """The store cannot be opened or written."""


class NotADatabaseError(StoreError):
    pass


class SchemaTooNewError(StoreError):
    pass


class NothingIngestedError(ClaimtrackError):
    """Every input of an ingest failed."""


class QueryError(ClaimtrackError):
    """A query or a lookup cannot be answered (unknown source, unknown claim id)."""
