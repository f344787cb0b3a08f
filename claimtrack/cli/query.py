"""Query commands: who-said, conflicts, articles."""

from __future__ import annotations

import typer

from claimtrack.cli import app, session_from
from claimtrack.cli.options import Format, Kind, as_date, output_format, parse_date


@app.command(
    "who-said",
    epilog="Examples: claimtrack who-said Aleppo · claimtrack who-said Hmeymim --json · "
    "claimtrack who-said --source HUR",
)
def who_said(
    ctx: typer.Context,
    topic: str | None = typer.Argument(None, help="What the claims are about (any spelling)."),
    source: str | None = typer.Option(
        None, "--source", help="Only claims whose chain holds this source (any alias)."
    ),
    article: str | None = typer.Option(
        None, help="Only claims of articles whose path contains this."
    ),
    since: str | None = typer.Option(
        None, metavar="YYYY-MM-DD", callback=parse_date, help="Articles dated on or after."
    ),
    until: str | None = typer.Option(
        None, metavar="YYYY-MM-DD", callback=parse_date, help="Articles dated on or before."
    ),
    limit: int | None = typer.Option(None, min=1, help="At most this many claims."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of claim objects."),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """Show which source asserts what about a topic, grouped by originating source.

    With no TOPIC, --source or --article, print a summary of sources by claim count.
    """
    from claimtrack import query, render

    with session_from(ctx) as s:
        if topic is None and source is None and article is None:
            counts = query.source_summary(s)
            out = output_format(fmt, as_json)
            if out == "table":
                render.source_counts(counts)
            else:
                render.write_source_counts(counts, out)
            return
        result = query.who_said(
            s,
            topic,
            source=source,
            limit=limit,
            since=as_date(since),
            until=as_date(until),
            article=article,
        )
    out = output_format(fmt, as_json)
    if out == "table":
        words = query.topic_words(topic) if topic else []
        render.who_said(result, highlight=[*words, *result.spellings])
    else:
        render.write_claims(result.claims, out)


@app.command(
    epilog="Examples: claimtrack conflicts · claimtrack conflicts Aleppo --kind quantity --json"
)
def conflicts(
    ctx: typer.Context,
    topic: str | None = typer.Argument(None, help="Only conflicts about this topic."),
    source: str | None = typer.Option(
        None, "--source", help="Only conflicts where a chain holds this source."
    ),
    kind: Kind | None = typer.Option(None, "--kind", help="Only this kind of disagreement."),
    min_score: float = typer.Option(
        0.0, "--min-score", min=0.0, max=1.0, help="Only conflicts scoring at least this."
    ),
    limit: int | None = typer.Option(
        None, "--limit", min=1, help="At most this many conflicts (the highest scores)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of conflict objects."),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
    recompute: bool = typer.Option(
        False,
        "--recompute",
        help="First compare every claim with every candidate again (ingest compares new "
        "claims with recent ones only).",
    ),
) -> None:
    """Show pairs of claims that disagree, with the kind and a one-line explanation."""
    from claimtrack import query, render

    with session_from(ctx, compared=not recompute) as s:
        if recompute:
            from claimtrack.store.conflicts import refresh_conflicts

            refresh_conflicts(s)
        items = query.list_conflicts(
            s,
            topic,
            source=source,
            kind=kind.value if kind else None,
            min_score=min_score,
            limit=limit,
        )
    out = output_format(fmt, as_json)
    if out == "table":
        render.conflicts(items)
    else:
        render.write_rows(items, out, render.conflict_row, render.CONFLICT_FIELDS)


@app.command(epilog="Example: claimtrack articles --json")
def articles(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of article objects."),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """List the articles in the store with their dates and claim counts."""
    from claimtrack import query, render

    with session_from(ctx) as s:
        items = query.list_articles(s)
    out = output_format(fmt, as_json)
    if out == "table":
        render.articles(items)
    else:
        render.write_rows(items, out, render.article_row, render.ARTICLE_FIELDS)


# `claimtrack export` lives in claimtrack/cli/export.py.
