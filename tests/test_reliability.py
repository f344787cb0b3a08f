"""Issue #6 through the CLI: bad inputs, other encodings, web pages, odd texts, hostile
queries, unusable stores and re-extraction. Every failure is one line, never a traceback.
"""

from __future__ import annotations

import ast
import codecs
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import claimtrack
from claimtrack.cli import app

REPO = Path(__file__).resolve().parent.parent
PACKAGE = Path(claimtrack.__file__).resolve().parent

ARTICLE = (
    "Port strike enters second week\n\n"
    "Dockworkers in Rotterdam extended their strike on Monday, the union said. "
    "According to Reuters, shipping lines have diverted 40 vessels to Antwerp.\n"
)
RU_ARTICLE = (
    "Министерство обороны России заявило, что войска отошли от Харькова.\n"
    "По словам губернатора, обстрел Белгорода продолжался всю ночь.\n"
)


def run(runner: CliRunner, db: str, *args: str, input: str | bytes | None = None) -> Any:
    return runner.invoke(app, ["--db", db, *args], input=input)


def error_lines(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("claimtrack: error")]


def assert_clean_failure(result: Any, code: int = 1) -> str:
    """Exit ``code``, no traceback; for exit 1 exactly one ``claimtrack: error:`` line."""
    assert result.exit_code == code, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), repr(result.exception)
    if code == 1:
        assert len(error_lines(result)) == 1, result.stderr
    return str(result.output)


def export_claims(runner: CliRunner, db: str) -> tuple[dict[int, str], list[dict[str, Any]]]:
    result = run(runner, db, "export", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return {a["id"]: a["text"] for a in data["articles"]}, data["claims"]


def assert_offsets_exact(runner: CliRunner, db: str) -> list[dict[str, Any]]:
    texts, claims = export_claims(runner, db)
    for c in claims:
        assert texts[c["article"]["id"]][c["start"] : c["end"]] == c["text"]
    return claims


# --------------------------------------------------------------------------- bad inputs


def _setup(kind: str, tmp: Path) -> str:
    """Create one bad input of ``kind`` under ``tmp`` and return its path."""
    if kind == "missing":
        return str(tmp / "no" / "such.txt")
    if kind == "empty":
        (tmp / "empty.txt").write_bytes(b"")
        return str(tmp / "empty.txt")
    if kind == "blank":
        (tmp / "blank.txt").write_bytes(b"  \r\n\t\n \xe3\x80\x80\n")
        return str(tmp / "blank.txt")
    if kind == "png":
        (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        return str(tmp / "photo.txt")
    if kind == "pdf":
        (tmp / "paper.txt").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        return str(tmp / "paper.txt")
    if kind == "nul":
        (tmp / "nul.md").write_bytes(b"The mayor\x00 said\x00\x01\x02 so.")
        return str(tmp / "nul.md")
    if kind == "nothing-dir":
        (tmp / "d").mkdir()
        (tmp / "d" / "notes.pdf").write_bytes(b"%PDF-1.4")
        return str(tmp / "d")
    if kind == "fifo":
        os.mkfifo(tmp / "pipe.txt")
        return str(tmp / "pipe.txt")
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "needle"),
    [
        ("missing", "no such file or directory"),
        ("empty", "empty article"),
        ("blank", "empty article"),
        ("png", "binary file (a PNG image)"),
        ("pdf", "binary file (a PDF document"),
        ("nul", "binary file (it holds NUL bytes)"),
        ("nothing-dir", "holds no .txt"),
        ("fifo", "not a regular file"),
    ],
)
def test_bad_input_alone_fails_with_one_line(
    runner: CliRunner, db_path: str, tmp_path: Path, kind: str, needle: str
) -> None:
    path = _setup(kind, tmp_path)
    result = run(runner, db_path, "ingest", path, "--no-progress")
    out = assert_clean_failure(result, 1)
    assert needle in error_lines(result)[0] and "nothing was ingested" in out
    assert "skipped" in result.stderr and needle in result.stderr  # the summary lists it


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ingest", "a.txt", "--date", "yesterday-ish"], "YYYY-MM-DD"),
        (["ingest", "a.txt", "--date", "2024-13-45"], "YYYY-MM-DD"),
        (["ingest", "a.txt", "--max-bytes", "0"], "max-bytes"),
        (["ingest", "a.txt", "--max-bytes", "lots"], "max-bytes"),
        (["ingest"], "PATH"),
        (["conflicts", "--kind", "vibes"], "vibes"),
        (["conflicts", "--min-score", "2"], "min-score"),
        (["who-said", "x", "--since", "last week"], "YYYY-MM-DD"),
        (["who-said", "x", "--until", "2024-02-30"], "YYYY-MM-DD"),
        (["who-said", "x", "--limit", "0"], "limit"),
        (["who-said", "x", "--format", "yaml"], "yaml"),
        (["export", "--format", "pdf"], "export writes"),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_invalid_option_values_are_usage_errors(
    runner: CliRunner, db_path: str, args: list[str], needle: str
) -> None:
    result = run(runner, db_path, *args)
    assert_clean_failure(result, 2)
    assert needle in result.output
    assert not Path(db_path).exists()  # a usage error touches no store


def test_batch_lists_bad_items_and_ingests_the_rest(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    bad = [_setup(k, tmp_path) for k in ("missing", "empty", "png", "nothing-dir")]
    result = run(runner, db_path, "ingest", str(good), *bad, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["new"] == 1 and summary["claims"] >= 1
    assert sorted(f["path"] for f in summary["failed"]) == sorted(bad)
    assert all(f["reason"] and "\n" not in f["reason"] for f in summary["failed"])
    table = run(runner, db_path, "ingest", str(good), *bad, "--no-progress")
    assert table.exit_code == 0  # good.txt is "unchanged": something was ingested
    assert table.stderr.count("skipped") == 4


def test_size_limit_is_named(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 10)
    result = run(runner, db_path, "ingest", str(big), "--max-bytes", "100", "--no-progress")
    assert_clean_failure(result, 1)
    assert "over the limit of 100" in result.stderr and "--max-bytes" in result.stderr
    piped = run(runner, db_path, "ingest", "-", "--max-bytes", "10", input=ARTICLE)
    assert_clean_failure(piped, 1)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_skipped(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(ARTICLE)
    p.chmod(0)
    try:
        result = run(runner, db_path, "ingest", str(p), "--no-progress")
    finally:
        p.chmod(0o600)
    assert_clean_failure(result, 1)
    assert "Permission denied" in result.stderr


# --------------------------------------------------------------------------- encodings


def test_cp1251_article_is_stored_and_searchable_as_cyrillic(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    p = tmp_path / "ru.txt"
    p.write_bytes(RU_ARTICLE.encode("cp1251"))
    assert run(runner, db_path, "ingest", str(p), "--no-progress").exit_code == 0
    for word in ("Харькова", "Белгорода"):
        result = run(runner, db_path, "who-said", word, "--json")
        assert result.exit_code == 0, result.output
        claims = json.loads(result.stdout)
        assert claims and all(word in c["text"] for c in claims)
    table = run(runner, db_path, "who-said", "Харькова")
    assert "Харькова" in table.stdout
    texts, _ = export_claims(runner, db_path)
    assert list(texts.values()) == [RU_ARTICLE]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "crlf"],
)
def test_one_article_in_any_unicode_encoding_is_one_article(
    runner: CliRunner, db_path: str, tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    text = ARTICLE + RU_ARTICLE
    plain = tmp_path / "plain.txt"
    plain.write_bytes(text.encode())
    other = tmp_path / "other.txt"
    other.write_bytes(encode(text))
    first = json.loads(run(runner, db_path, "ingest", str(plain), "--json").stdout)
    second = json.loads(run(runner, db_path, "ingest", str(other), "--json").stdout)
    assert first["new"] == 1 and second == {**second, "new": 0, "unchanged": 1}
    assert json.loads(run(runner, db_path, "who-said", "Белгорода", "--json").stdout)


def test_latin1_article_keeps_its_accents(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    p = tmp_path / "fr.txt"
    p.write_bytes(
        "Le ministère a déclaré que la réunion à Genève était annulée, selon l'AFP.\n".encode(
            "latin-1"
        )
    )
    assert run(runner, db_path, "ingest", str(p), "--no-progress").exit_code == 0
    claims = json.loads(run(runner, db_path, "who-said", "Genève", "--json").stdout)
    assert claims and "réunion à Genève" in claims[0]["text"]


def test_saved_web_page_is_ingested_offline(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    from tests.test_read import PAGE

    (tmp_path / "page.html").write_text(PAGE)
    result = run(runner, db_path, "ingest", str(tmp_path / "page.html"), "--json")
    assert result.exit_code == 0, result.output
    (article,) = json.loads(run(runner, db_path, "articles", "--json").stdout)
    assert article["title"] == "Bridge closed after strike"
    assert article["publisher"] == "The Daily Example"
    assert article["published"] == "2024-11-30"
    claims = json.loads(run(runner, db_path, "who-said", "Antwerp", "--json").stdout)
    assert claims and "<p>" not in claims[0]["text"]
    assert_offsets_exact(runner, db_path)


# --------------------------------------------------------------------------- odd texts

ODD_TEXTS = {
    "megabyte-line": "word " * 200_000,
    "megabyte-token": "x" * 1_000_000,
    "unbalanced-quotes": (
        'The mayor said "the bridge is safe. The union said “no.\n'
        "Reuters reported ‘that it will reopen, the minister said.\n"
        '"""\n' + '"' * 5000 + "\n"
    ),
    "controls": "The mayor said\x07 the \x1b[31mbridge\x1b[0m is\x08 safe.\x7f\x01\x02\n" * 50,
    "mixed-newlines": (
        "Bridge closed\r\n\r\nThe mayor said the bridge is closed.\rThe union said it is"
        " open.\u2028Reuters said talks failed.\u2029GUR said nothing.\x85The end.\n"
    ),
    "date-token-invalid": "date 2024-13-45\nThe mayor said the bridge is closed.\n",
    "only-punctuation": ".,;:!?" * 1000,
    "emoji-and-rtl": "🙂 The mayor said ‮the bridge‬ is safe 🌉. שלום said the envoy.\n",
}


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_texts_ingest_without_crashing(
    runner: CliRunner, db_path: str, tmp_path: Path, name: str
) -> None:
    p = tmp_path / f"{name}.txt"
    p.write_bytes(ODD_TEXTS[name].encode())
    result = run(runner, db_path, "ingest", str(p), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == 1
    texts, _ = export_claims(runner, db_path)
    (stored,) = texts.values()
    assert "\r" not in stored and "\u2028" not in stored and "\x85" not in stored
    assert_offsets_exact(runner, db_path)


def test_mixed_newlines_give_sensible_claims(
    runner: CliRunner, db_path: str, tmp_path: Path
) -> None:
    p = tmp_path / "nl.txt"
    p.write_bytes(ODD_TEXTS["mixed-newlines"].encode())
    run(runner, db_path, "ingest", str(p), "--no-progress")
    _, claims = export_claims(runner, db_path)
    texts = [c["text"] for c in claims]
    assert any("bridge is closed" in t for t in texts)
    assert not any("closed" in t and "open" in t for t in texts)  # lines are not merged


def test_invalid_leading_date_is_ignored(runner: CliRunner, db_path: str, tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text(ODD_TEXTS["date-token-invalid"])
    assert run(runner, db_path, "ingest", str(p), "--no-progress").exit_code == 0
    (article,) = json.loads(run(runner, db_path, "articles", "--json").stdout)
    assert article["published"] is None


# --------------------------------------------------------------------------- hostile queries

HOSTILE_QUERIES = [
    '"',
    '"Rotterdam',
    "'",
    "Rotterdam AND",
    "OR",
    "NOT Rotterdam",
    "NEAR(Rotterdam Antwerp, 2)",
    "Rotter*",
    "*",
    "text:Rotterdam",
    "^Rotterdam",
    "(Rotterdam",
    "Rotterdam)",
    "-Rotterdam",
    "x'; DROP TABLE claims; --",
    "1 OR 1=1",
    "Rotterdam UNION SELECT * FROM articles",
    "%",
    "_",
    "\\",
    "Rotterdam\x00",
    "Rotterdam " * 2000,
    "a" * 50_000,
    "🙂",
    "🙂 Rotterdam 🌉",
    "Роттердам",
    "\u202eRotterdam",
]


@pytest.fixture
def small_store(runner: CliRunner, db_path: str, tmp_path: Path) -> str:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert run(runner, db_path, "ingest", str(tmp_path / "a.txt"), "--no-progress").exit_code == 0
    return db_path


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_query_text_is_data(runner: CliRunner, small_store: str, query: str) -> None:
    for args in (  # "--" ends the options, so that "-Rotterdam" is a topic, not an option
        ["who-said", "--json", "--", query],
        ["who-said", "--", query],
        ["conflicts", "--json", "--", query],
        ["who-said", "--source", query, "--json"],
        ["who-said", "Rotterdam", "--article", query, "--json"],
    ):
        result = run(runner, small_store, *args)
        assert result.exit_code in (0, 1), (args, result.output)
        assert_clean_failure(result, result.exit_code)
        if result.exit_code == 0 and "--json" in args:
            assert isinstance(json.loads(result.stdout), list)
    # the store is intact and still answers
    claims = json.loads(run(runner, small_store, "who-said", "Rotterdam", "--json").stdout)
    assert claims


@pytest.mark.parametrize(
    "query", ["(Rotterdam", "Rotterdam)", '"Rotterdam"', "Rotterdam*", "^Rotterdam", "-Rotterdam"]
)
def test_operators_are_searched_as_plain_words(
    runner: CliRunner, small_store: str, query: str
) -> None:
    claims = json.loads(run(runner, small_store, "who-said", "--json", "--", query).stdout)
    assert claims and all("Rotterdam" in c["text"] for c in claims)


def test_operator_words_are_plain_words_too(runner: CliRunner, small_store: str) -> None:
    """``OR`` is a word to find like any other (all words must match), not an operator."""
    assert json.loads(run(runner, small_store, "who-said", "Rotterdam OR", "--json").stdout) == []
    assert json.loads(run(runner, small_store, "who-said", "Rotterdam OR *", "--json").stdout) == []


@pytest.mark.parametrize("query", ["", "   ", "\t\n", '""', "()*:^-", "¡¿"])
def test_queries_without_words_fail_in_one_line(
    runner: CliRunner, small_store: str, query: str
) -> None:
    result = run(runner, small_store, "who-said", query)
    assert result.exit_code in (0, 1)
    assert_clean_failure(result, result.exit_code)


def _sql_call_sites() -> Iterator[tuple[str, int, str]]:
    """(file, line, source) of SQL built with f-strings, % or + in the package."""
    sql_calls = {"text", "execute", "exec_driver_sql", "executescript", "literal_column"}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "_alembic" in path.parts:  # an installed wheel's copy of alembic/, not our source
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            built = isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add | ast.Mod)
            )
            if name in sql_calls and built:
                rel = path.relative_to(PACKAGE.parent).as_posix()
                yield rel, node.lineno, ast.unparse(arg)


# Reviewed: each interpolates a module constant, never user data.
SQL_BUILT_FROM_CONSTANTS = {
    ("claimtrack/store/engine.py", "f'PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}'"),
}


def test_all_sql_uses_bound_parameters() -> None:
    found = {(f, src) for f, _line, src in _sql_call_sites()}
    assert found <= SQL_BUILT_FROM_CONSTANTS, sorted(found - SQL_BUILT_FROM_CONSTANTS)


# --------------------------------------------------------------------------- stores


@pytest.mark.parametrize(
    "content", [b"my notes\n", b"\x00\x01binary", "тест".encode("cp1251")], ids=str
)
def test_not_a_database_is_refused_untouched(
    runner: CliRunner, tmp_path: Path, content: bytes
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_bytes(content)
    (tmp_path / "a.txt").write_text(ARTICLE)
    for args in (["ingest", str(tmp_path / "a.txt")], ["who-said", "x"], ["articles"]):
        result = run(runner, str(notes), *args)
        assert_clean_failure(result, 1)
        assert "not a SQLite database" in result.stderr and "untouched" in result.stderr
    assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "notes.db"]  # no -wal


def test_directory_and_foreign_database_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, str(tmp_path), "articles")
    assert_clean_failure(result, 1)
    assert "is a directory" in result.stderr
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = run(runner, str(other), "articles")
    assert_clean_failure(result, 1)
    assert "other tables" in result.stderr and other.read_bytes() == before


def test_newer_schema_is_refused_naming_both_versions(runner: CliRunner, db_path: str) -> None:
    from claimtrack.store.engine import open_store, schema_version

    store = open_store(db_path)
    head = schema_version(store)
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    result = run(runner, db_path, "articles")
    assert_clean_failure(result, 1)
    assert "9999_future" in result.stderr and str(head) in result.stderr
    assert "upgrade claimtrack" in result.stderr


def test_database_url_errors_are_one_line(runner: CliRunner) -> None:
    for url in ("nosuchdialect://x/y", "postgresql+nosuchdriver://u@h/db", "sqlite:///"):
        result = runner.invoke(app, ["--db", url, "articles"])
        assert result.exit_code in (0, 1), (url, result.output)
        assert_clean_failure(result, result.exit_code)


def _run_as_nobody(args: list[str], cwd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        user=65534,
        group=65534,
        extra_groups=[],
        env={**os.environ, "HOME": cwd, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _nobody_can_run_python(cwd: str) -> bool:
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import claimtrack"],
            cwd=cwd,
            capture_output=True,
            timeout=60,
            user=65534,
            group=65534,
            extra_groups=[],
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def _access_without_privileges(path: Any, mode: int, **kwargs: Any) -> bool:
    """``os.access`` as an unprivileged owner sees it: root ignores missing write bits."""
    if mode & os.W_OK and not os.stat(path).st_mode & 0o200:
        return False
    return _REAL_ACCESS(path, mode, **kwargs)


_REAL_ACCESS = os.access


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder other users can reach (pytest's tmp_path is private to root)."""
    d = Path(tempfile.mkdtemp(prefix="claimtrack-ro-"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        for p in d.rglob("*"):
            p.chmod(0o777)
        shutil.rmtree(d)


@pytest.mark.parametrize("what", ["read-only file", "read-only folder", "new in read-only folder"])
def test_read_only_store_is_a_clear_error(
    runner: CliRunner, shared_dir: Path, what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod does not stop root. As root the command runs as ``nobody`` in a subprocess when
    that user can run this Python; otherwise ``os.access`` is made to answer as it would for
    an unprivileged owner (the store's checks are what this test is about)."""
    folder = shared_dir / "stores"
    folder.mkdir()
    article = shared_dir / "a.txt"
    article.write_text(ARTICLE)
    article.chmod(0o644)
    db = folder / ("new.db" if what.startswith("new") else "store.db")
    if not what.startswith("new"):
        assert run(runner, str(db), "ingest", str(article), "--no-progress").exit_code == 0
        (folder / "store.db-wal").unlink(missing_ok=True)
        (folder / "store.db-shm").unlink(missing_ok=True)
        db.chmod(0o444 if what == "read-only file" else 0o666)
    folder.chmod(0o755 if what == "read-only file" else 0o555)
    before = db.read_bytes() if db.exists() else None
    args = ["--db", str(db), "ingest", str(article), "--no-progress"]
    if os.geteuid() == 0 and _nobody_can_run_python(str(shared_dir)):
        proc = _run_as_nobody(args, str(shared_dir))
        code, stderr = proc.returncode, proc.stderr
    else:
        if os.geteuid() == 0:
            monkeypatch.setattr(os, "access", _access_without_privileges)
        result = runner.invoke(app, args)
        code, stderr = result.exit_code, result.stderr
    assert code == 1, stderr
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    assert "read-only" in stderr and "claimtrack: error:" in stderr
    assert (db.read_bytes() if db.exists() else None) == before
    assert sorted(p.name for p in folder.iterdir()) == ([] if before is None else ["store.db"])


# --------------------------------------------------------------------------- re-extraction


def test_reprocess_re_extracts_in_place_without_duplicates(
    runner: CliRunner, db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimtrack.ingest
    import claimtrack.pipeline

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "seeds", corpus)
    (corpus / "extra.txt").write_text(ARTICLE)
    assert run(runner, db_path, "ingest", str(corpus), "--no-progress").exit_code == 0
    before_texts, before = export_claims(runner, db_path)
    articles_before = json.loads(run(runner, db_path, "articles", "--json").stdout)
    old = claimtrack.pipeline.EXTRACTOR_VERSION
    assert all(a["extractor_version"] == old for a in articles_before)

    monkeypatch.setattr(claimtrack.pipeline, "EXTRACTOR_VERSION", old + 1)
    monkeypatch.setattr(claimtrack.ingest, "EXTRACTOR_VERSION", old + 1, raising=False)
    plain = json.loads(run(runner, db_path, "ingest", str(corpus), "--json").stdout)
    assert plain["new"] == 0 and plain["reprocessed"] == 0 and plain["unchanged"] == 6
    again = json.loads(run(runner, db_path, "ingest", str(corpus), "--reprocess", "--json").stdout)
    assert again["reprocessed"] == 6 and again["new"] == 0
    after_texts, after = export_claims(runner, db_path)
    articles_after = json.loads(run(runner, db_path, "articles", "--json").stdout)
    assert [a["id"] for a in articles_after] == [a["id"] for a in articles_before]
    assert all(a["extractor_version"] == old + 1 for a in articles_after)
    assert after_texts == before_texts

    def key(c: dict[str, Any]) -> tuple[Any, ...]:
        return (c["article"]["id"], c["start"], c["end"], c["text"])

    assert sorted(map(key, after)) == sorted(map(key, before))  # same extractor: same claims
    assert len({key(c) for c in after}) == len(after)  # nothing duplicated
    third = json.loads(run(runner, db_path, "ingest", str(corpus), "--reprocess", "--json").stdout)
    assert third["reprocessed"] == 0 and third["unchanged"] == 6
    assert_text_index_complete(db_path)


def assert_text_index_complete(db_path: str) -> None:
    """Every stored claim, and only those, is in the full-text index, each found by its
    own words (the writer indexes each article's claims in one statement: migration 0007)."""
    with sqlite3.connect(db_path) as conn:
        claims = dict(conn.execute("SELECT id, text FROM claims").fetchall())
        indexed = {row[0] for row in conn.execute("SELECT id FROM claims_fts_docsize")}
        assert claims and indexed == set(claims)
        for cid, text in list(claims.items())[::7]:
            words = [w for w in text.split() if w.isalpha()][:3]
            query = " ".join(f'"{w}"' for w in words)
            found = {
                r[0]
                for r in conn.execute(
                    "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?", (query,)
                )
            }
            assert cid in found, (cid, query)
