"""Rendering: the only module that imports rich.

Everything printed here comes from articles and is untrusted: ``safe`` strips terminal
control sequences and escapes rich markup before any text reaches the console. JSON, CSV and
JSONL output keep the stored text exactly (control characters are escaped by the encoders).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

import pydantic_core
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimtrack.records import Claim, Conflict, Source

# ANSI CSI / OSC / other escape sequences, C0 (but tab and newline) and C1 controls, DEL,
# and Unicode bidi overrides that can make displayed text lie about its order.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC (terminated by BEL or ST, or not at all)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # other two-byte escapes, lone ESC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # remaining C0 (not \t \n), DEL, C1
    r"|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"  # bidi embeddings, isolates, marks
)
# lone surrogates (undecodable file-name bytes) cannot be written to a UTF-8 stream
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def sanitize(text: str) -> str:
    """Remove terminal control sequences and control characters from untrusted text."""
    return _SURROGATES.sub("\ufffd", _ESCAPES.sub("", text))


def safe(text: str | None) -> str:
    """Untrusted text made ready for rich markup: controls stripped, markup escaped."""
    return escape(sanitize(text or ""))


def _console(stderr: bool = False) -> Console:
    # rich turns colour off itself when the stream is not a terminal or NO_COLOR is set
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def error(message: str) -> None:
    """One line on standard error."""
    sys.stderr.write(f"claimtrack: error: {sanitize(message).splitlines()[0] if message else ''}\n")


def warn(message: str) -> None:
    sys.stderr.write(f"claimtrack: warning: {sanitize(message)}\n")


# --------------------------------------------------------------------------- machine formats


def to_jsonable(obj: Any) -> Any:
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, list | tuple):
        return [to_jsonable(o) for o in obj]
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """JSON that keeps text exact but never carries raw C1 controls to a terminal."""
    data = to_jsonable(obj)
    out = None
    if indent is not None:
        # the standard library's indented encoder is pure Python (C only without indent):
        # pydantic's compiled one writes the same text about 8 times faster (only a float
        # under 1e-4 is spelt differently: 0.00001 for 1e-05, the same number)
        with contextlib.suppress(ValueError):  # a lone surrogate: the standard library's
            out = pydantic_core.to_json(data, indent=indent).decode()
    if out is None:
        out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def write_json(obj: Any, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(dumps(obj) + "\n")


def write_jsonl(items: Iterable[Any], out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    for item in items:
        stream.write(dumps(item, indent=None) + "\n")


def chain_text(chain: Sequence[Source]) -> str:
    return " → ".join(s.name for s in chain) if chain else "(article)"


CLAIM_CSV_FIELDS = (
    "id",
    "article_id",
    "article_path",
    "published",
    "source",
    "source_kind",
    "chain",
    "cue",
    "modality",
    "start",
    "end",
    "text",
)


def claim_row(c: Claim) -> dict[str, Any]:
    """A claim flattened for CSV and Markdown: the chain joined with arrows."""
    return {
        "id": c.id,
        "article_id": c.article.id,
        "article_path": c.article.path,
        "published": c.article.published.isoformat() if c.article.published else "",
        "source": c.source.name if c.source else "",
        "source_kind": c.source.kind if c.source else "",
        "chain": " → ".join(s.name for s in c.chain),
        "cue": c.cue or "",
        "modality": c.modality,
        "start": c.start,
        "end": c.end,
        "text": c.text,
    }


def write_csv(
    rows: Sequence[dict[str, Any]], fields: Sequence[str], out: TextIO | None = None
) -> None:
    stream = out or sys.stdout
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    stream.write(buf.getvalue())


def _md_cell(value: Any) -> str:
    text = sanitize(str(value)).replace("\n", " ")
    return text.replace("|", "\\|")


def write_markdown(
    rows: Sequence[dict[str, Any]], fields: Sequence[str], out: TextIO | None = None
) -> None:
    stream = out or sys.stdout
    stream.write("| " + " | ".join(fields) + " |\n")
    stream.write("|" + "---|" * len(fields) + "\n")
    for row in rows:
        stream.write("| " + " | ".join(_md_cell(row.get(f, "")) for f in fields) + " |\n")


def write_claims(claims: Sequence[Claim], fmt: str) -> None:
    """who-said and export in a machine format: json, jsonl, csv or markdown."""
    write_rows(claims, fmt, claim_row, CLAIM_CSV_FIELDS)


CONFLICT_FIELDS = (
    "id",
    "kind",
    "score",
    "relay_distortion",
    "explanation",
    "claim_a",
    "chain_a",
    "text_a",
    "claim_b",
    "chain_b",
    "text_b",
)


def conflict_row(cf: Conflict) -> dict[str, Any]:
    a, b = cf.claims
    return {
        "id": cf.id,
        "kind": cf.kind,
        "score": cf.score,
        "relay_distortion": cf.relay_distortion,
        "explanation": cf.explanation,
        "claim_a": a.id,
        "chain_a": " → ".join(s.name for s in a.chain),
        "text_a": a.text,
        "claim_b": b.id,
        "chain_b": " → ".join(s.name for s in b.chain),
        "text_b": b.text,
    }


ARTICLE_FIELDS = ("id", "published", "title", "path", "publisher", "url", "claims")


def article_row(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "published": a.published.isoformat() if a.published else "",
        "title": a.title or "",
        "path": a.path,
        "publisher": a.publisher or "",
        "url": a.url or "",
        "claims": a.claims,
    }


# --------------------------------------------------------------------------- terminal views


def _highlight(text: str, words: Sequence[str]) -> Text:
    out = Text(sanitize(text))
    for w in words:
        if len(w) >= 2:
            out.highlight_words([w], style="bold yellow", case_sensitive=False)
    return out


def _modality_mark(modality: str) -> str:
    return {"hedged": "hedged", "denied": "denied"}.get(modality, "")


def _article_cell(c: Claim) -> Text:
    label = c.article.title or c.article.path.replace("\\", "/").rsplit("/", 1)[-1]
    date = c.article.published.isoformat() if c.article.published else "no date"
    return Text(f"#{c.article.id} {sanitize(label)}\n{date}", style="dim")


def who_said(result: Any, highlight: Sequence[str] = ()) -> None:
    """who-said: one table per originating source, rows of claim, chain and article."""
    con = _console()
    if not result.groups:
        con.print("No claims found.", style="yellow")
        return
    title = []
    if result.topic:
        title.append(f"about [bold]{safe(result.topic)}[/]")
    if result.source:
        title.append(f"with [bold]{safe(result.source.name)}[/] in the chain")
    con.print(f"[bold]Who said what[/] {' '.join(title)}: {len(result.claims)} claim(s)")
    for group in result.groups:
        src = group.source
        if src is None:
            heading = "[bold]Article's own voice[/]"
        else:
            heading = f"[bold cyan]{safe(src.name)}[/] [dim]({safe(src.kind)})[/]"
            if src.full_name and src.full_name != src.name:
                heading += f" [dim]{safe(src.full_name)}[/]"
        table = Table(
            title=f"{heading} · {len(group.claims)} claim(s)",
            title_justify="left",
            show_lines=True,
            expand=True,
        )
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("Claim", ratio=5, overflow="fold")
        table.add_column("Chain", ratio=2, overflow="fold")
        table.add_column("Article", ratio=2, overflow="fold")
        for c in group.claims:
            claim_text = _highlight(c.text, highlight)
            mark = _modality_mark(c.modality)
            if mark:
                claim_text.append(f"  [{mark}]", style="magenta")
            chain = Text(sanitize(chain_text(c.chain)))
            if c.cue:
                chain.append(f"\ncue: {sanitize(c.cue)}", style="dim")
            if result.source and c.source and c.source.id != result.source.id:
                chain.append("\n(relayed)", style="dim")
            table.add_row(str(c.id), claim_text, chain, _article_cell(c))
        con.print(table)


def source_counts(counts: Sequence[Any]) -> None:
    con = _console()
    if not counts:
        con.print("The store holds no attributed claims yet. Run `claimtrack ingest PATH`.")
        return
    table = Table(title="Sources by claims they originate", title_justify="left")
    table.add_column("Source")
    table.add_column("Kind")
    table.add_column("Originates", justify="right")
    table.add_column("Relays", justify="right")
    table.add_column("Aliases", overflow="fold")
    for c in counts:
        table.add_row(
            safe(c.source.name),
            safe(c.source.kind),
            str(c.originated),
            str(c.relayed),
            safe(", ".join(c.source.aliases[:4])),
        )
    con.print(table)


_DATE_WORDS = re.compile(
    r"\b(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    r"|\b(?:last|this|next)\s+(?:week|weekend|month|year)\b"
    r"|\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _mark_value(text: str, value: str, kind: str) -> Text:
    """The claim with the value the conflict turns on in bold red, where it can be found."""
    out = Text(sanitize(text))
    plain = out.plain
    candidates = [value, value.split(" (", 1)[0]] if value else []
    for cand in candidates:
        cand = cand.strip()
        if len(cand) >= 2 and cand.lower() in plain.lower():
            out.highlight_words([cand], style="bold red", case_sensitive=False)
            return out
    if kind == "date":
        out.highlight_regex(_DATE_WORDS, style="bold red")
    return out


def conflicts(items: Sequence[Conflict]) -> None:
    con = _console()
    if not items:
        con.print("No conflicts found.", style="green")
        return
    con.print(f"[bold]{len(items)} conflict(s)[/]")
    for cf in items:
        a, b = cf.claims
        tag = " [bold red]relay distortion[/]" if cf.relay_distortion else ""
        table = Table(
            title=f"#{cf.id} [bold red]{safe(cf.kind)}[/] (score {cf.score:.2f}){tag}\n"
            f"{safe(cf.explanation)}",
            title_justify="left",
            show_lines=True,
            expand=True,
        )
        table.add_column(f"Claim {a.id}", ratio=1, overflow="fold")
        table.add_column(f"Claim {b.id}", ratio=1, overflow="fold")
        va, vb = cf.values if len(cf.values) == 2 else ("", "")
        table.add_row(_mark_value(a.text, va, cf.kind), _mark_value(b.text, vb, cf.kind))
        table.add_row(
            Text(sanitize(chain_text(a.chain)), style="cyan"),
            Text(sanitize(chain_text(b.chain)), style="cyan"),
        )
        table.add_row(_article_cell(a), _article_cell(b))
        con.print(table)


def articles(items: Sequence[Any]) -> None:
    con = _console()
    table = Table(title=f"{len(items)} article(s)", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Date")
    table.add_column("Title / path", overflow="fold")
    table.add_column("Publisher")
    table.add_column("Claims", justify="right")
    for a in items:
        table.add_row(
            str(a.id),
            a.published.isoformat() if a.published else "",
            safe(a.title or a.path),
            safe(a.publisher or ""),
            str(a.claims),
        )
    con.print(table)


def entity_groups(groups: Sequence[Any]) -> None:
    con = _console()
    if not groups:
        con.print("No entities found.", style="yellow")
        return
    table = Table(title=f"{len(groups)} entity group(s)", title_justify="left")
    table.add_column("Entity", overflow="fold")
    table.add_column("Kind")
    table.add_column("Mentions", justify="right")
    table.add_column("Claims", justify="right")
    table.add_column("Spellings", overflow="fold")
    for g in groups:
        spellings = ", ".join(
            f"{k} ({v})" for k, v in sorted(g.spellings.items(), key=lambda kv: -kv[1])
        )
        table.add_row(safe(g.name), safe(g.kind), str(g.mentions), str(g.claims), safe(spellings))
    con.print(table)


def ingest_summary(report: Any) -> None:
    con = _console(stderr=True)
    parts = [
        f"[green]{report.new} new[/]",
        f"{report.unchanged} unchanged",
    ]
    if report.reprocessed:
        parts.append(f"{report.reprocessed} re-extracted")
    parts.append(f"[red]{len(report.failed)} failed[/]" if report.failed else "0 failed")
    con.print(
        "Articles: " + ", ".join(parts) + f" · claims written: {report.claims}"
        f" · sources: {report.sources} · conflicts: {report.conflicts}",
        soft_wrap=True,
    )
    if report.unchecked:
        con.print(
            f"Conflicts not computed yet for {report.unchecked} article(s): "
            "`claimtrack conflicts` computes them first.",
            soft_wrap=True,
            markup=False,
        )
    for f in report.failed:
        con.print(f"  [red]skipped[/] {safe(f.path)}: {safe(f.reason)}", soft_wrap=True)


@contextmanager
def progress_bar(
    enabled: bool, verb: str = "ingesting"
) -> Iterator[Callable[[str, int, int | None], None]]:
    """A progress callback; draws a bar on standard error when ``enabled`` and a terminal."""
    con = _console(stderr=True)
    if not enabled or not con.is_terminal:
        yield lambda path, done, total: None
        return
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=con,
        transient=True,
    ) as bar:
        task = bar.add_task(verb, total=None)

        def update(path: str, done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total, description=f"{verb} {safe(path)[-40:]}")

        yield update


# --------------------------------------------------------------------------- catalogue views
# (sources, registry edits, show, corroborations, raw text of exports; issue #8)

SOURCE_FIELDS = (
    "id",
    "name",
    "full_name",
    "kind",
    "aliases",
    "originated",
    "relayed",
    "first_date",
    "last_date",
)


def source_row(e: Any) -> dict[str, Any]:
    """A catalogue entry flattened for CSV and Markdown: aliases joined with ``; ``."""
    return {
        "id": e.id,
        "name": e.name,
        "full_name": e.full_name or "",
        "kind": e.kind,
        "aliases": "; ".join(e.aliases),
        "originated": e.originated,
        "relayed": e.relayed,
        "first_date": e.first_date.isoformat() if e.first_date else "",
        "last_date": e.last_date.isoformat() if e.last_date else "",
    }


def write_rows(
    items: Sequence[Any], fmt: str, row: Callable[[Any], dict[str, Any]], fields: Sequence[str]
) -> None:
    """A listing in a machine format: json, jsonl, csv or markdown."""
    if fmt == "json":
        write_json(list(items))
    elif fmt == "jsonl":
        write_jsonl(list(items))
    elif fmt == "csv":
        write_csv([row(i) for i in items], fields)
    elif fmt == "markdown":
        write_markdown([row(i) for i in items], fields)
    else:  # pragma: no cover - the CLI validates the choice
        raise ValueError(fmt)


def source_count_row(c: Any) -> dict[str, Any]:
    return {
        "source": c.source.name,
        "kind": c.source.kind,
        "originated": c.originated,
        "relayed": c.relayed,
    }


def write_source_counts(counts: Sequence[Any], fmt: str) -> None:
    """The who-said summary in a machine format; JSON keeps the whole SOURCE object."""
    items = [{"source": c.source, "originated": c.originated, "relayed": c.relayed} for c in counts]
    if fmt in ("json", "jsonl"):
        write_rows(items, fmt, dict, ())
    else:
        write_rows(counts, fmt, source_count_row, ("source", "kind", "originated", "relayed"))


def note(message: str) -> None:
    """A short confirmation on standard error (standard output may be piped)."""
    sys.stderr.write(f"claimtrack: {sanitize(message)}\n")


def write_text(text: str, out: TextIO | None = None) -> None:
    """Text made by an exporter (DOT, Mermaid, HTML, PROV), written as is."""
    (out or sys.stdout).write(text if text.endswith("\n") else text + "\n")


def sources(entries: Sequence[Any], query: str | None = None) -> None:
    con = _console()
    if not entries:
        if query:
            con.print(f"No source matches [bold]{safe(query)}[/].", style="yellow")
        else:
            con.print("The store holds no sources yet. Run `claimtrack ingest PATH`.")
        return
    title = f"{len(entries)} source(s)" + (f" matching [bold]{safe(query)}[/]" if query else "")
    table = Table(title=title, title_justify="left")
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Source", ratio=2, overflow="fold")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Orig.", justify="right", no_wrap=True)
    table.add_column("Relays", justify="right", no_wrap=True)
    table.add_column("First – last date", no_wrap=True)
    table.add_column("Aliases", ratio=3, overflow="fold")
    for e in entries:
        name = Text(sanitize(e.name), style="bold cyan")
        if e.full_name and e.full_name != e.name:
            name.append(f"\n{sanitize(e.full_name)}", style="dim")
        shown = [a for a in e.aliases if a != e.full_name][:4]
        more = len(e.aliases) - len(shown) - (1 if e.full_name in e.aliases else 0)
        aliases = ", ".join(shown) + (f" (+{more})" if more > 0 else "")
        first = e.first_date.isoformat() if e.first_date else ""
        last = e.last_date.isoformat() if e.last_date else ""
        table.add_row(
            str(e.id),
            name,
            safe(e.kind),
            str(e.originated),
            str(e.relayed),
            first if first == last else f"{first} – {last}",
            Text(sanitize(aliases)),
        )
    con.print(table)


def registry_edit(result: Any) -> None:
    """What ``sources alias`` or ``sources merge`` changed, in one or two lines."""
    con = _console()
    src = result.source
    if result.edit.op == "source-merge":
        con.print(
            f"Merged [bold]{safe(result.removed)}[/] into [bold cyan]{safe(src.name)}[/]: "
            f"{result.claims_moved} claim(s) moved; kept as edit #{result.edit.id} "
            "and replayed after re-extraction."
        )
    else:
        con.print(
            f"[bold]{safe(result.edit.arg2)}[/] is now an alias of [bold cyan]{safe(src.name)}[/] "
            f"(edit #{result.edit.id})."
        )
    con.print(f"[dim]{safe(src.name)} aliases: {safe(', '.join(src.aliases)) or '(none)'}[/]")


def _claim_line(c: Claim) -> Text:
    out = Text(f"#{c.id} ", style="dim")
    out.append(sanitize(c.text))
    out.append(f"\n   {sanitize(chain_text(c.chain))}", style="cyan")
    when = c.article.published.isoformat() if c.article.published else "no date"
    out.append(f" · article #{c.article.id}, {when}", style="dim")
    return out


def claim_detail(d: Any) -> None:
    """``claimtrack show``: context, chain tree, modality, reading, mentions, group, conflicts."""
    from rich.panel import Panel
    from rich.tree import Tree

    con = _console()
    c = d.claim
    label = c.article.title or c.article.path
    when = c.article.published.isoformat() if c.article.published else "no date"
    con.print(
        f"[bold]Claim #{c.id}[/] · article #{c.article.id} [dim]{safe(label)} · {when}"
        f" · chars {c.start}-{c.end}[/]"
    )
    ctx = d.context
    body = Text()
    if ctx.before:
        body.append(sanitize(ctx.before) + " ", style="dim")
    sent = sanitize(ctx.sentence)
    lo = max(0, c.start - ctx.start)
    hi = max(lo, c.end - ctx.start)
    body.append(sent[:lo])
    body.append(sent[lo:hi], style="bold")
    body.append(sent[hi:])
    if ctx.after:
        body.append(" " + sanitize(ctx.after), style="dim")
    con.print(Panel(body, title="In context", title_align="left"))

    root = Tree(f"[bold]article #{c.article.id}[/] {safe(c.article.publisher or label)}")
    node = root
    for i, s in enumerate(c.chain):
        role = "origin" if i == len(c.chain) - 1 else "relay"
        extra = f" [dim]{safe(s.full_name)}[/]" if s.full_name and s.full_name != s.name else ""
        node = node.add(f"[bold cyan]{safe(s.name)}[/] [dim]({safe(s.kind)}, {role})[/]{extra}")
    cue = f"[dim]cue:[/] {safe(c.cue)}" if c.cue else "[dim]no cue[/]"
    voice = "" if c.chain else " [dim](the article's own voice)[/]"
    node.add(f"{cue} · [magenta]{safe(c.modality)}[/]{voice}")
    con.print(Panel(root, title="Chain", title_align="left"))

    if d.reading:
        table = Table(show_header=False, box=None, padding=(0, 1))
        table.add_column(style="dim")
        table.add_column(overflow="fold")
        for key, value in d.reading.items():
            shown = value if isinstance(value, str) else dumps(value, indent=None)
            table.add_row(safe(str(key)), Text(sanitize(shown)))
        con.print(Panel(table, title="Reading", title_align="left"))
    else:
        con.print("[dim]Reading: (none yet)[/]")
    if d.mentions:
        con.print(
            "[bold]Mentions:[/] "
            + ", ".join(
                f"{safe(m.surface)} [dim]→ {safe(m.name)} ({safe(m.kind)})[/]" for m in d.mentions
            )
        )
    g = d.corroboration
    if g is not None and len(g.claims) > 1:
        con.print(
            f"[bold green]Corroborated[/] by {len(g.claims) - 1} other claim(s), "
            f"{g.independent_origins} independent origin(s):"
        )
        for other in g.claims:
            if other.id != c.id:
                con.print(_claim_line(other))
    else:
        con.print("[dim]No corroborating claim.[/]")
    if d.conflicts:
        con.print(f"[bold red]{len(d.conflicts)} conflict(s):[/]")
        for cf in d.conflicts:
            other = next((x for x in cf.claims if x.id != c.id), cf.claims[0])
            con.print(f"[red]{safe(cf.kind)}[/] ({cf.score:.2f}) {safe(cf.explanation)}")
            con.print(_claim_line(other))
    else:
        con.print("[dim]No conflict.[/]")


def corroborations(groups: Sequence[Any]) -> None:
    con = _console()
    if not groups:
        con.print("No corroboration groups found.", style="yellow")
        return
    con.print(f"[bold]{len(groups)} corroboration group(s)[/]")
    for g in groups:
        table = Table(
            title=f"group #{g.id} · [bold green]{g.independent_origins} independent origin(s)[/]"
            f" · {len(g.claims)} claim(s)",
            title_justify="left",
            show_lines=True,
            expand=True,
        )
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("Claim", ratio=5, overflow="fold")
        table.add_column("Chain", ratio=2, overflow="fold")
        table.add_column("Article", ratio=2, overflow="fold")
        for c in g.claims:
            table.add_row(
                str(c.id),
                Text(sanitize(c.text)),
                Text(sanitize(chain_text(c.chain))),
                _article_cell(c),
            )
        con.print(table)
