"""The CLI end to end through typer's CliRunner: commands, JSON contracts, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

from .conftest import SEEDS

SOURCE_KEYS = {"id", "name", "full_name", "kind", "aliases"}
CLAIM_KEYS = {"id", "article", "text", "start", "end", "cue", "modality", "source", "chain"}
ARTICLE_REF_KEYS = {"id", "path", "title", "publisher", "published"}


def run(runner: CliRunner, db: str, *args: str, input: str | None = None) -> object:
    return runner.invoke(app, ["--db", db, *args], input=input)


def _ingest_seeds(runner: CliRunner, db: str, tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    result = run(runner, db, "ingest", str(corpus), "--no-progress")
    assert result.exit_code == 0, result.output
    return corpus


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


ARTICLE = (
    "Port strike enters second week\n\n"
    "Dockworkers in Rotterdam extended their strike on Monday, the union said. "
    "According to Reuters, shipping lines have diverted 40 vessels to Antwerp.\n"
)


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("claimtrack ")


@pytest.mark.parametrize("command", ["ingest", "who-said", "conflicts", "export", "articles"])
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "claimtrack " + command.split()[0] in result.output


def test_ingest_twice_changes_nothing(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    corpus = _ingest_seeds(runner, db_path, tmp_path)
    first = json.loads(run(runner, db_path, "export").stdout)
    again = run(runner, db_path, "ingest", str(corpus), "--json")
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert summary["new"] == 0 and summary["unchanged"] == 5 and summary["claims"] == 0
    assert json.loads(run(runner, db_path, "export").stdout) == first


def test_export_json_contract(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    _ingest_seeds(runner, db_path, tmp_path)
    data = json.loads(run(runner, db_path, "export", "--format", "json").stdout)
    assert set(data) == {"articles", "sources", "claims", "conflicts"}
    texts = {a["id"]: a["text"] for a in data["articles"]}
    assert {"id", "path", "title", "publisher", "published", "text"} <= set(data["articles"][0])
    for s in data["sources"]:
        assert set(s) == SOURCE_KEYS
        assert s["kind"] in {
            "agency",
            "outlet",
            "government",
            "person",
            "organisation",
            "anonymous",
            "collective",
        }
    assert data["claims"]
    for c in data["claims"]:
        assert set(c) == CLAIM_KEYS
        assert set(c["article"]) == ARTICLE_REF_KEYS
        # spans cut the claim text exactly
        assert texts[c["article"]["id"]][c["start"] : c["end"]] == c["text"]
        if c["chain"]:
            assert c["source"] == c["chain"][-1]
        else:
            assert c["source"] is None
    for cf in data["conflicts"]:
        assert {"id", "kind", "score", "explanation", "claims"} <= set(cf)
        assert len(cf["claims"]) == 2 and 0.0 <= cf["score"] <= 1.0


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown"])
def test_who_said_summary_in_every_machine_format(
    runner: CliRunner, db_path: str, tmp_path: Path, fmt: str
) -> None:
    _write(tmp_path, "a.txt", ARTICLE)
    assert run(runner, db_path, "ingest", str(tmp_path / "a.txt")).exit_code == 0
    result = run(runner, db_path, "who-said", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert {"source", "originated", "relayed"} == set(rows[0])
        assert rows[0]["source"]["name"] and rows[0]["originated"] >= 1
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert "Reuters" in {r["source"]["name"] for r in rows}
    elif fmt == "csv":
        assert result.stdout.splitlines()[0] == "source,kind,originated,relayed"
        assert any(line.startswith("Reuters,") for line in result.stdout.splitlines())
    else:
        assert result.stdout.startswith("| source | kind | originated | relayed |")


def test_who_said_json_is_an_array_of_claims(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    _write(tmp_path, "a.txt", ARTICLE)
    assert run(runner, db_path, "ingest", str(tmp_path / "a.txt")).exit_code == 0
    result = run(runner, db_path, "who-said", "Antwerp", "--json")
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert isinstance(claims, list) and len(claims) == 1
    assert "Antwerp" in claims[0]["text"]
    assert [s["name"] for s in claims[0]["chain"]] == ["Reuters"]


def test_who_said_article_alone_lists_that_articles_claims(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    """``--article`` is a filter like ``--source``: alone, it is not the source summary."""
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "other.txt", "Other\n\nThe ministry said the bridge was closed.\n")
    assert run(runner, db_path, "ingest", str(tmp_path)).exit_code == 0
    result = run(runner, db_path, "who-said", "--article", "a.txt", "--json")
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert claims and all(c["article"]["path"].endswith("a.txt") for c in claims)
    assert not any("bridge" in c["text"] for c in claims)


def test_who_said_table_is_readable(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    _ingest_seeds(runner, db_path, tmp_path)
    result = run(runner, db_path, "who-said", "Aleppo")
    assert result.exit_code == 0
    assert "Aleppo" in result.stdout and "claim(s)" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "markdown"])
def test_who_said_other_formats(runner: CliRunner, db_path: str, tmp_path: Path, fmt: str) -> None:
    _write(tmp_path, "a.txt", ARTICLE)
    run(runner, db_path, "ingest", str(tmp_path / "a.txt"))
    result = run(runner, db_path, "who-said", "Rotterdam", "--format", fmt)
    assert result.exit_code == 0
    assert "Rotterdam" in result.stdout
    if fmt == "jsonl":
        assert all(json.loads(line)["id"] for line in result.stdout.splitlines())


def test_hostile_queries_never_fail(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", ARTICLE)
    run(runner, db_path, "ingest", str(tmp_path / "a.txt"))
    for q in ['"', "NEAR(a b)", "Rotterdam OR *", "x'; DROP TABLE claims; --", "a:b (c", "^"]:
        result = run(runner, db_path, "who-said", q, "--json")
        assert result.exit_code in (0, 1), (q, result.output)
        assert "Traceback" not in result.output
    assert json.loads(run(runner, db_path, "who-said", "Rotterdam", "--json").stdout)


def test_stdin_with_metadata(runner: CliRunner, db_path: str) -> None:
    result = run(
        runner,
        db_path,
        "ingest",
        "-",
        "--publisher",
        "Wire",
        "--date",
        "2024-12-02",
        input=ARTICLE,
    )
    assert result.exit_code == 0, result.output
    art = json.loads(run(runner, db_path, "articles", "--json").stdout)[0]
    assert art["publisher"] == "Wire" and art["published"] == "2024-12-02"
    assert art["path"] == "-"


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["ingest", "/no/such/file.txt"], 1, "no such file"),
        (["ingest", "x.txt", "--date", "yesterday-ish"], 2, "YYYY-MM-DD"),
        (["conflicts", "--kind", "vibes"], 2, "vibes"),
        (["who-said", "--source", "Nobody At All"], 1, "no source named"),
        (["export", "--format", "table"], 2, "export writes"),
    ],
)
def test_bad_input_exit_codes(
    runner: CliRunner, db_path: str, args: list[str], code: int, needle: str
) -> None:
    result = run(runner, db_path, *args)
    assert result.exit_code == code, result.output
    assert needle in result.output
    assert "Traceback" not in result.output


def test_not_a_database_is_one_line_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    notes = _write(tmp_path, "notes.txt", "my notes\n")
    result = runner.invoke(app, ["--db", str(notes), "who-said", "x"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "not a SQLite database" in result.stderr
    assert notes.read_text() == "my notes\n"


def test_markup_and_controls_in_articles_are_not_interpreted(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    hostile = _write(
        tmp_path,
        "h.txt",
        "The mayor said [bold red]the bridge[/] is \x1b[31msafe\x1b]0;pwned\x07 today.\n",
    )
    run(runner, db_path, "ingest", str(hostile))
    shown = run(runner, db_path, "who-said", "bridge").stdout
    assert "[bold red]the bridge[/]" in shown
    assert "\x1b" not in shown and "\x07" not in shown
    exported = json.loads(run(runner, db_path, "who-said", "bridge", "--json").stdout)
    assert "\x1b[31m" in exported[0]["text"]  # JSON keeps the stored text exactly


def _answers(runner: CliRunner, db: str, tmp_path: Path) -> set[tuple[str, tuple[str, ...]]]:
    _ingest_seeds(runner, db, tmp_path)
    claims = json.loads(run(runner, db, "who-said", "Aleppo", "--json").stdout)
    return {(c["text"], tuple(s["name"] for s in c["chain"])) for c in claims}


def test_postgres_gives_the_same_answers_as_sqlite(
    runner: CliRunner, pg_url: str, tmp_path: Path
) -> None:
    lite = _answers(runner, str(tmp_path / "lite.db"), tmp_path / "a")
    pg = _answers(runner, pg_url, tmp_path / "b")
    assert lite and lite == pg


def test_conflicts_kind_option_lists_every_kind() -> None:
    from claimtrack.cli.options import Kind
    from claimtrack.records import CONFLICT_KINDS

    assert [k.value for k in Kind] == list(CONFLICT_KINDS)


def test_conflicts_limit_keeps_the_highest_scores(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _ingest_seeds(runner, db, tmp_path)
    every = json.loads(run(runner, db, "conflicts", "--json").stdout)  # type: ignore[attr-defined]
    assert len(every) > 2
    first = json.loads(run(runner, db, "conflicts", "--json", "--limit", "2").stdout)  # type: ignore[attr-defined]
    assert first == every[:2]
    assert run(runner, db, "conflicts", "--limit", "0").exit_code == 2  # type: ignore[attr-defined]
