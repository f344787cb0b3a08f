"""``claimtrack sources``: the source registry, and corrections to it (alias, merge).

``sources`` is a command group whose default sub-command is ``list``: ``claimtrack sources``,
``claimtrack sources GUR --json`` and ``claimtrack sources list GUR`` all list; ``alias`` and
``merge`` are sub-commands. (A click group with an optional argument of its own would take
``alias`` for the QUERY, hence the default-command group below.)
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from claimtrack.cli import app, session_from
from claimtrack.cli.options import Format, output_format


class _DefaultListGroup(TyperGroup):
    """Arguments that do not start with a sub-command name go to ``list``."""

    default_command = "list"

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


sources_app = typer.Typer(
    cls=_DefaultListGroup,
    help="List the sources (the default) and correct the registry: alias, merge.\n\n"
    "Examples: claimtrack sources · claimtrack sources GUR --json · "
    "claimtrack sources alias GUR 'Budanov agency' · claimtrack sources merge GUR HUR",
    no_args_is_help=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(sources_app, name="sources")


@sources_app.command(
    "list",
    epilog="Examples: claimtrack sources · claimtrack sources list Guardian --format csv",
)
def list_sources(
    ctx: typer.Context,
    query: str | None = typer.Argument(
        None, help="Only sources whose name, full name or an alias contains this."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of source entries."),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """List sources: kind, aliases, claims originated and relayed, first and last date.

    `claimtrack sources [QUERY]` is the same command."""
    from claimtrack import catalog, render

    with session_from(ctx) as s:
        entries = catalog.list_sources(s, query)
    out = output_format(fmt, as_json)
    if out == "table":
        render.sources(entries, query)
    else:
        render.write_rows(entries, out, render.source_row, render.SOURCE_FIELDS)


@sources_app.command(epilog="Example: claimtrack sources alias GUR 'Budanov agency'")
def alias(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The source (its name or any alias)."),
    new_alias: str = typer.Argument(..., metavar="ALIAS", help="Another name for it."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Record ALIAS as another name of the source NAME (kept in `registry_edits`)."""
    from claimtrack import catalog, render

    with session_from(ctx) as s:
        result = catalog.add_alias(s, name, new_alias)
    if as_json:
        render.write_json(result)
    else:
        render.registry_edit(result)


@sources_app.command(epilog="Example: claimtrack sources merge GUR HUR")
def merge(
    ctx: typer.Context,
    keep: str = typer.Argument(..., metavar="A", help="The source to keep."),
    drop: str = typer.Argument(..., metavar="B", help="The source folded into A and removed."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Merge source B into A: B's claims, chain links and aliases move to A; B is removed.

    The edit is kept in `registry_edits` and replayed when articles are re-extracted."""
    from claimtrack import catalog, render

    with session_from(ctx) as s:
        result = catalog.merge_sources(s, keep, drop)
    if as_json:
        render.write_json(result)
    else:
        render.registry_edit(result)
