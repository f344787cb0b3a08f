"""``claimtrack graph [TOPIC]``: the provenance graph as DOT, Mermaid or a self-contained page."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from claimtrack.cli import app, session_from
from claimtrack.errors import ClaimtrackError


class GraphFormat(StrEnum):
    dot = "dot"
    mermaid = "mermaid"
    html = "html"


@app.command(
    epilog="Examples: claimtrack graph Aleppo --format html -o aleppo.html · "
    "claimtrack graph Aleppo --format dot | dot -Tsvg > aleppo.svg · "
    "claimtrack graph --format mermaid"
)
def graph(
    ctx: typer.Context,
    topic: str | None = typer.Argument(None, help="Only claims about this (all claims without)."),
    fmt: GraphFormat = typer.Option(GraphFormat.html, "--format", help="Output format."),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write to this file instead of standard output."
    ),
    limit: int | None = typer.Option(None, min=1, help="At most this many claims."),
) -> None:
    """Draw the provenance graph of a topic as DOT, Mermaid or a self-contained HTML page.

    Articles → outlets → agencies → people → claims, left to right; conflicts are red
    edges, corroborations green ones. The HTML page needs no network."""
    from claimtrack import catalog, render
    from claimtrack.exporters import graph as exporter

    with session_from(ctx, compared=True) as s:
        data = catalog.provenance(s, topic, limit=limit)
    g = exporter.build_graph(data)
    text = {
        GraphFormat.dot: exporter.to_dot,
        GraphFormat.mermaid: exporter.to_mermaid,
        GraphFormat.html: exporter.to_html,
    }[fmt](g)
    if output is None:
        render.write_text(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        raise ClaimtrackError(f"cannot write {output}: {err.strerror}; nothing written") from err
    render.note(f"wrote {output}: {len(data.claims)} claim(s), {len(g.nodes)} node(s)")
