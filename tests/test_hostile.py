"""Hostile text never reaches the terminal: rich markup is shown literally and terminal
control sequences are stripped from every view, while JSON keeps the stored text exactly.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack import render
from claimtrack.cli import app
from claimtrack.records import ArticleRef, Claim, Conflict, Source

MARKUP = "[bold red]alarm[/] [link=http://evil.example]click[/link]"
CONTROLS = (
    "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ "
    "\x9b2J \x9d0;title\x9c bell\x07 back\x08space \u202eevil\u202c \x1bP+q\x1b\\ \x1b(0 \x7f"
)
# what must never be printed: C0 but tab/newline, DEL, C1, bidi embeddings/overrides/isolates
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

HOSTILE_NAME = "\x1b]0;pwned\x07[bold red]evil\x1b[31m\u202e.txt"  # no "/": a path
HOSTILE_EMPTY_NAME = "\x9b2J[blink]empty\x07.txt"
WIDE = {"COLUMNS": "400", "NO_COLOR": "1"}


def run(runner: CliRunner, db: str, *args: str) -> Any:
    return runner.invoke(app, ["--db", db, *args], env=WIDE)


def assert_printable(text: str) -> None:
    bad = FORBIDDEN.findall(text)
    assert not bad, f"control characters reached the terminal: {bad!r}"


def article(n: int, verb: str, source: str) -> str:
    return (
        f"Bridge {MARKUP} report {n}\n\n"
        f"The {source} {verb} {n * 10} soldiers were killed in Rotterdam on Monday "
        f"{MARKUP} {CONTROLS}.\n"
    )


@pytest.fixture
def hostile_store(runner: CliRunner, tmp_path: Path) -> tuple[str, Path]:
    db = str(tmp_path / "store.db")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / HOSTILE_NAME).write_text(article(4, "said", "ministry"))
    (corpus / "b.txt").write_text(article(1, "said", "union"))
    (corpus / HOSTILE_EMPTY_NAME).write_text("")
    result = run(
        runner, db, "ingest", str(corpus), "--no-progress", "--publisher", MARKUP + CONTROLS
    )
    assert result.exit_code == 0, result.output
    return db, corpus


def test_ingest_summary_with_hostile_file_names(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / HOSTILE_NAME).write_text(article(4, "said", "ministry"))
    (corpus / HOSTILE_EMPTY_NAME).write_text("")
    result = run(runner, str(tmp_path / "s.db"), "ingest", str(corpus), "--no-progress")
    assert result.exit_code == 0, result.output
    assert_printable(result.output)
    assert "[blink]empty" in result.stderr  # markup shown literally
    assert "skipped" in result.stderr and "empty article" in result.stderr


def test_error_message_with_hostile_file_names(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / HOSTILE_EMPTY_NAME).write_text("   ")
    result = run(runner, str(tmp_path / "s.db"), "ingest", str(tmp_path / HOSTILE_EMPTY_NAME))
    assert result.exit_code == 1
    assert_printable(result.output)
    errors = [line for line in result.stderr.splitlines() if line.startswith("claimtrack: error")]
    assert len(errors) == 1 and "empty article" in errors[0]


def test_undecodable_file_names_are_printed_and_stored(runner: CliRunner, tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9\x1b[31m.txt"
    with open(raw, "wb") as fh:
        fh.write(b"The mayor said the bridge is safe.\n")
    empty = os.fsencode(tmp_path) + b"/void\xff.txt"
    open(empty, "wb").close()
    db = str(tmp_path / "s.db")
    result = run(runner, db, "ingest", os.fsdecode(raw), os.fsdecode(empty), "--no-progress")
    assert result.exit_code == 0, result.output
    assert_printable(result.output)
    listing = run(runner, db, "articles")
    assert listing.exit_code == 0 and "caf\ufffd" in listing.stdout
    as_json = run(runner, db, "ingest", os.fsdecode(empty), "--json")
    assert json.loads(as_json.stdout)["failed"][0]["path"].endswith("void\ufffd.txt")


def test_error_messages_are_sanitised(runner: CliRunner, tmp_path: Path) -> None:
    hostile_dir = tmp_path / "\x1b]0;pwned\x07[red]dir\x9b2J"
    hostile_dir.mkdir()
    for args in (
        ["--db", str(hostile_dir), "articles"],
        ["--db", str(tmp_path / "s.db"), "who-said", "--source", CONTROLS + MARKUP],
        ["--db", str(tmp_path / "s.db"), "who-said", "\x1b[\x07"],  # no words
    ):
        result = runner.invoke(app, args, env=WIDE)
        assert result.exit_code == 1, (args, result.output)
        assert_printable(result.output)
        assert result.stderr.count("\n") == 1, result.stderr


def test_who_said_table(runner: CliRunner, hostile_store: tuple[str, Path]) -> None:
    db, _ = hostile_store
    result = run(runner, db, "who-said", "Rotterdam")
    assert result.exit_code == 0, result.output
    assert_printable(result.stdout)
    assert MARKUP in result.stdout  # literally, in the claim and the article title


def test_source_summary_table(runner: CliRunner, hostile_store: tuple[str, Path]) -> None:
    db, _ = hostile_store
    result = run(runner, db, "who-said")
    assert result.exit_code == 0, result.output
    assert_printable(result.stdout)


def test_conflicts_table(runner: CliRunner, hostile_store: tuple[str, Path]) -> None:
    db, _ = hostile_store
    result = run(runner, db, "conflicts")
    assert result.exit_code == 0, result.output
    assert_printable(result.stdout)
    if "No conflicts" not in result.stdout:  # detection belongs to the conflicts stage
        assert MARKUP in result.stdout


def test_articles_table(runner: CliRunner, hostile_store: tuple[str, Path]) -> None:
    db, _ = hostile_store
    result = run(runner, db, "articles")
    assert result.exit_code == 0, result.output
    assert_printable(result.stdout)
    assert MARKUP in result.stdout  # titles and publisher, literally


def test_markdown_export_is_sanitised(runner: CliRunner, hostile_store: tuple[str, Path]) -> None:
    db, _ = hostile_store
    result = run(runner, db, "export", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert_printable(result.stdout)


@pytest.mark.parametrize(
    "args",
    [
        ["who-said", "Rotterdam", "--json"],
        ["who-said", "Rotterdam", "--format", "jsonl"],
        ["export", "--format", "json"],
        ["articles", "--json"],
        ["conflicts", "--json"],
    ],
)
def test_json_keeps_the_stored_text_exactly(
    runner: CliRunner, hostile_store: tuple[str, Path], args: list[str]
) -> None:
    db, _ = hostile_store
    result = run(runner, db, *args)
    assert result.exit_code == 0, result.output
    assert_printable(result.stdout)  # escaped by the encoder, never raw
    lines = result.stdout.splitlines() if "jsonl" in args else [result.stdout]
    texts = list(_strings([json.loads(line) for line in lines]))
    if args[0] != "conflicts" or json.loads(result.stdout):
        assert any(CONTROLS in t and MARKUP in t for t in texts)


def _strings(obj: Any) -> Any:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_csv_keeps_the_stored_text(runner: CliRunner, hostile_store: tuple[str, Path]) -> None:
    db, _ = hostile_store
    result = run(runner, db, "who-said", "Rotterdam", "--format", "csv")
    assert result.exit_code == 0 and CONTROLS in result.stdout  # a file format, not a view


# --------------------------------------------------------------------------- render, directly


def _claim(i: int, text: str, name: str) -> Claim:
    src = Source(id=i, name=name, kind="agency", full_name=name + " full", aliases=[name])
    ref = ArticleRef(id=i, path=f"{name}.txt", title=text[:40], publisher=name)
    return Claim(
        id=i, article=ref, text=text, start=0, end=len(text), cue=name, modality="hedged",
        source=src, chain=[src],
    )  # fmt: skip


def test_render_views_strip_controls_and_show_markup(capsys: pytest.CaptureFixture[str]) -> None:
    hostile = f"{MARKUP} {CONTROLS}"
    a, b = _claim(1, hostile, hostile), _claim(2, "calm " + hostile, "[red]X[/red]\x1b[2J")
    render.conflicts(
        [
            Conflict(
                id=1, kind=hostile, score=0.5, explanation=hostile, claims=[a, b],
                relay_distortion=True,
            )
        ]
    )  # fmt: skip

    result = SimpleNamespace(
        topic=hostile,
        source=a.source,
        groups=[SimpleNamespace(source=a.source, claims=[a, b])],
        claims=[a, b],
    )
    render.who_said(result, highlight=["alarm"])
    render.articles(
        [
            type(
                "A", (), {"id": 1, "published": None, "title": hostile, "path": hostile,
                          "publisher": hostile, "claims": 2}
            )()
        ]
    )  # fmt: skip
    render.source_counts([type("C", (), {"source": a.source, "originated": 1, "relayed": 2})()])
    report = type(
        "R", (), {"new": 1, "unchanged": 0, "reprocessed": 0, "claims": 2, "sources": 1,
                  "conflicts": 1, "unchecked": 0,
                  "failed": [type("F", (), {"path": hostile, "reason": hostile})()]}
    )()  # fmt: skip
    render.ingest_summary(report)
    render.error(hostile + "\nsecond line")
    render.warn(hostile)
    out, err = capsys.readouterr()
    assert_printable(out)
    assert_printable(err)
    assert "[bold red]alarm[/]" in out + err and "[link=http://evil.example]" in out + err
    assert "second line" not in err


@pytest.mark.parametrize(
    "text",
    [
        "\x1b[31m",
        "\x1b]8;;http://evil\x1b\\",
        "\x1b]0;t\x07",
        "\x9b31m",
        "\x1bP1;2|x\x1b\\",
        "\x1b_apc\x1b\\",
        "\x1bc",
        "\x1b",
        "\x07\x08\x0b\x0c\x0d\x7f\x85\x9c",
        "\u202e\u2066\u2069\u200f",
        "\ud800",
    ],
)
def test_sanitize_removes_every_control(text: str) -> None:
    cleaned = render.sanitize(f"a{text}b\tc\nd")
    assert_printable(cleaned)
    assert cleaned.startswith("a") and cleaned.endswith("b\tc\nd")
    assert render.safe("[bold]x[/bold]") == "\\[bold]x\\[/bold]"
