"""``claimtrack show CLAIM_ID`` and ``claimtrack corroborations [TOPIC]``."""

from __future__ import annotations

import typer

from claimtrack.cli import app, session_from
from claimtrack.cli.options import Format, output_format


@app.command(epilog="Examples: claimtrack show 42 · claimtrack show 42 --json")
def show(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="CLAIM_ID", help="A claim id (see who-said)."),
    as_json: bool = typer.Option(False, "--json", help="Print the claim detail as JSON."),
) -> None:
    """Show one claim in detail: context, chain, cue, reading, mentions, group, conflicts.

    The chain is drawn as a tree (outlet → agency → person) ending with the cue words and
    the modality; the corroboration group lists the other claims stating the same thing."""
    from claimtrack import catalog, render

    with session_from(ctx, compared=True) as s:
        detail = catalog.claim_detail(s, claim_id)
    if as_json:
        render.write_json(detail)
    else:
        render.claim_detail(detail)


@app.command(epilog="Examples: claimtrack corroborations · claimtrack corroborations Aleppo --json")
def corroborations(
    ctx: typer.Context,
    topic: str | None = typer.Argument(None, help="Only groups with a claim about this."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of groups."),
    fmt: Format = typer.Option(
        Format.table, "--format", help="Output format (csv, jsonl, markdown: one row a claim)."
    ),
) -> None:
    """List agreement groups: claims stating the same thing, with independent origins.

    Only groups of two claims or more are listed."""
    from claimtrack import catalog, render

    with session_from(ctx, compared=True) as s:
        groups = catalog.corroborations(s, topic)
    out = output_format(fmt, as_json)
    if out == "table":
        render.corroborations(groups)
    elif out in ("json", "jsonl"):
        render.write_rows(groups, out, dict, ())
    else:
        rows = [
            {"group_id": g.id, "independent_origins": g.independent_origins, **render.claim_row(c)}
            for g in groups
            for c in g.claims
        ]
        fields = ("group_id", "independent_origins", *render.CLAIM_CSV_FIELDS)
        render.write_rows(rows, out, dict, fields)
