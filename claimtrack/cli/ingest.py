"""``claimtrack ingest``."""

from __future__ import annotations

import sys

import typer

from claimtrack.cli import app, store_from
from claimtrack.cli.options import as_date, parse_date


@app.command(
    epilog="Examples: claimtrack ingest seeds/ · cat article.txt | claimtrack ingest - "
    "--publisher Reuters --date 2024-12-02 · claimtrack ingest dump.jsonl.gz"
)
def ingest(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(
        ...,
        metavar="PATH...",
        help="Files, directories (*.txt, *.md, *.html), JSON-lines dumps (*.jsonl, one "
        "article per line), JSON files of articles (*.json) or - for stdin.",
    ),
    publisher: str | None = typer.Option(None, help="Publisher of the article(s)."),
    date: str | None = typer.Option(
        None, "--date", metavar="YYYY-MM-DD", help="Publication date.", callback=parse_date
    ),
    url: str | None = typer.Option(None, help="Address the article came from."),
    title: str | None = typer.Option(None, help="Title of the article."),
    reprocess: bool = typer.Option(
        False, help="Re-extract articles stored by an older extractor version, in place."
    ),
    max_bytes: int = typer.Option(
        20 * 1024 * 1024, min=1, help="Skip inputs larger than this many bytes."
    ),
    progress: bool = typer.Option(True, help="Show a progress bar on standard error."),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        metavar="N",
        help="Extract articles in N processes (one writer); 1 = no extra process.",
    ),
    defer_conflicts: bool = typer.Option(
        False,
        "--defer-conflicts",
        help="Store only; compare the new claims for conflicts later (the first "
        "`conflicts`, `corroborations`, `show`, `graph` or `export` does). For bulk loads.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Read articles, split them into attributed claims, and store them.

    Re-ingesting an unchanged article adds nothing. Bad inputs are listed and skipped; the
    command fails (exit 1) only when nothing could be ingested.
    """
    from claimtrack import render
    from claimtrack.errors import NothingIngestedError
    from claimtrack.ingest import ingest as run_ingest
    from claimtrack.read import Overrides

    stdin = sys.stdin.buffer.read() if "-" in paths else None
    store = store_from(ctx)
    try:
        with render.progress_bar(progress and not as_json) as bar:
            report = run_ingest(
                store,
                paths,
                Overrides(publisher=publisher, published=as_date(date), url=url, title=title),
                reprocess=reprocess,
                max_bytes=max_bytes,
                stdin=stdin,
                progress=bar,
                workers=workers,
                defer_conflicts=defer_conflicts,
            )
    finally:
        store.close()
    if as_json:
        render.write_json(
            {
                "new": report.new,
                "unchanged": report.unchanged,
                "reprocessed": report.reprocessed,
                "failed": [{"path": f.path, "reason": f.reason} for f in report.failed],
                "claims": report.claims,
                "sources": report.sources,
                "conflicts": report.conflicts,
                "unchecked": report.unchecked,
            }
        )
    else:
        render.ingest_summary(report)
    if report.failed and report.attempted == len(report.failed):
        raise NothingIngestedError(
            "nothing was ingested: " + "; ".join(f"{f.path}: {f.reason}" for f in report.failed[:3])
        )
