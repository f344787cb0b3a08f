"""``claimtrack export``: everything in the store, for other tools (JSON, CSV, W3C PROV)."""

from __future__ import annotations

import typer

from claimtrack.cli import app, session_from

EXPORT_FORMATS = ("json", "jsonl", "csv", "markdown", "prov-json", "prov-n", "articles")


def _export_format(value: str) -> str:
    if value not in EXPORT_FORMATS:
        raise typer.BadParameter(
            "export writes " + ", ".join(EXPORT_FORMATS[:-1]) + " or " + EXPORT_FORMATS[-1],
            param_hint="--format",
        )
    return value


def _complete_format(incomplete: str) -> list[str]:
    return [f for f in EXPORT_FORMATS if f.startswith(incomplete)]


@app.command(
    epilog="Examples: claimtrack export > store.json · "
    "claimtrack export --format csv > claims.csv · "
    "claimtrack export --format prov-json > store.prov.json · "
    "claimtrack export --format articles > articles.jsonl"
)
def export(
    ctx: typer.Context,
    fmt: str = typer.Option(
        "json",
        "--format",
        metavar="|".join(EXPORT_FORMATS),
        callback=_export_format,
        autocompletion=_complete_format,
        help="json (everything), jsonl, csv or markdown (claims), prov-json or prov-n "
        "(W3C PROV: articles and claims as entities, sources as agents), articles (the "
        "articles as JSON lines that `ingest` reads back: to move a store or re-extract).",
    ),
) -> None:
    """Export everything in the store: articles, sources, claims and conflicts."""
    from claimtrack import query, render

    if fmt == "articles":  # the articles alone, streamed: nothing to compare first
        with session_from(ctx) as s:
            render.write_jsonl(query.iter_article_dump(s))
        return
    with session_from(ctx, compared=True) as s:
        data = query.export_all(s)
    if fmt == "json":
        render.write_json(data)
    elif fmt.startswith("prov-"):
        from claimtrack.exporters import prov

        doc = prov.build_document(data.articles, data.sources, data.claims)
        render.write_text(prov.to_prov_json(doc) if fmt == "prov-json" else prov.to_prov_n(doc))
    else:
        render.write_claims(data.claims, fmt)
