"""``claimtrack entities``: see entity groups and correct wrong merges."""

from __future__ import annotations

import typer

from claimtrack.cli import app, session_from

_ACTIONS = {"merge": "KEEP OTHER", "split": "ENTITY SPELLING"}


@app.command(
    epilog="Examples: claimtrack entities · claimtrack entities Hmeymim --json · "
    "claimtrack entities merge 'Kamal Lababidi' Lababida · "
    "claimtrack entities split 'Kamal Lababidi' Lababida"
)
def entities(
    ctx: typer.Context,
    words: list[str] | None = typer.Argument(
        None,
        metavar="[QUERY] | merge KEEP OTHER | split ENTITY SPELLING",
        help="A query to list matching groups, or a correction.",
    ),
    limit: int = typer.Option(200, min=1, help="At most this many groups."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of entity groups."),
) -> None:
    """List entity groups with their spellings and counts, or correct them.

    `merge KEEP OTHER` folds one group into another; `split ENTITY SPELLING` moves one
    spelling into a group of its own. Corrections are stored and replayed on later ingests.
    """
    from claimtrack import render
    from claimtrack.store import entity_registry

    args = words or []
    action = args[0] if args and args[0] in _ACTIONS else None
    if action and len(args) != 3:
        raise typer.BadParameter(f"usage: claimtrack entities {action} {_ACTIONS[action]}")
    if not action and len(args) > 1:
        raise typer.BadParameter("give one QUERY (quote it if it has spaces)")
    with session_from(ctx) as s:
        if action == "merge":
            row = entity_registry.merge_entities(s, args[1], args[2])
            message = f"merged {args[2]!r} into {row.name!r}"
        elif action == "split":
            entity_registry.split_entity(s, args[1], args[2])
            message = f"split {args[2]!r} out of {args[1]!r}"
        else:
            groups = entity_registry.list_entities(s, args[0] if args else None, limit=limit)
    if action:
        render.note(message)
    elif as_json:
        render.write_json([g.__dict__ for g in groups])
    else:
        render.entity_groups(groups)
