"""JSON-lines input: one article per line, streamed, each bad line a failure of its own.

The lines are written here, in the shapes common exports give them (news APIs, feeds,
scrapers), rather than committed.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from benchmarks.corpus import write_corpus
from claimtrack.cli import app
from claimtrack.read import (
    JsonLine,
    Overrides,
    ReadFailure,
    iter_paths,
    read_input,
    read_json_line,
)
from claimtrack.records import RawArticle

BODY = "The ferry sank off Lesbos on Tuesday, the coastguard said."
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def _line(obj: Any, number: int = 2) -> JsonLine:
    return JsonLine("dump.jsonl", number, json.dumps(obj).encode("utf-8") + b"\n")


def _read(obj: Any, overrides: Overrides = Overrides()) -> RawArticle:
    got = read_json_line(_line(obj), overrides)
    assert isinstance(got, RawArticle), got
    return got


def _write_lines(path: Path, lines: list[str | bytes]) -> Path:
    data = b"".join((x if isinstance(x, bytes) else x.encode("utf-8")) + b"\n" for x in lines)
    path.write_bytes(data)
    return path


# (the line's fields, the article's title, publisher, date, url)
FIELD_CASES = [
    (
        {"text": BODY, "title": "Ferry sinks", "publisher": "Kathimerini", "date": "2026-03-03"},
        ("Ferry sinks", "Kathimerini", date(2026, 3, 3), None),
    ),
    (  # NewsAPI: a source object, an ISO timestamp, publishedAt
        {
            "content": BODY,
            "source": {"id": None, "name": "ERT News"},
            "publishedAt": "2026-03-03T22:15:00Z",
            "url": "https://example.org/a",
        },
        (None, "ERT News", date(2026, 3, 3), "https://example.org/a"),
    ),
    (  # a feed: headline, link, RFC 822 pubDate
        {
            "body": BODY,
            "headline": "Coastguard searches",
            "link": "https://example.org/b",
            "pubDate": "Wed, 04 Mar 2026 07:00:00 GMT",
        },
        ("Coastguard searches", None, date(2026, 3, 4), "https://example.org/b"),
    ),
    (  # news-please: maintext, date_publish, source_domain
        {
            "maintext": BODY,
            "date_publish": "2026-03-05 09:12:00",
            "source_domain": "ekathimerini.com",
        },
        (None, "ekathimerini.com", date(2026, 3, 5), None),
    ),
    (  # unusable values are passed over, not fatal
        {"text": BODY, "title": "  ", "date": "last Tuesday", "publisher": 7, "url": None},
        (None, None, None, None),
    ),
]


@pytest.mark.parametrize(("obj", "want"), FIELD_CASES)
def test_fields_of_common_exports(obj: dict[str, Any], want: tuple[Any, ...]) -> None:
    art = _read(obj)
    assert (art.title, art.publisher, art.published, art.url) == want
    assert art.text == BODY
    assert art.path == "dump.jsonl:2"


def test_the_users_flags_win_over_the_lines_fields() -> None:
    flags = Overrides(publisher="Wire", published=date(2026, 1, 1), title="T", url="u")
    art = _read({"text": BODY, "title": "X", "publisher": "Y", "date": "2026-03-03"}, flags)
    assert (art.title, art.publisher, art.published, art.url) == (
        "T",
        "Wire",
        date(2026, 1, 1),
        "u",
    )


def test_a_text_without_title_field_is_titled_like_a_file() -> None:
    art = _read({"text": "date 2026-03-03\nFerry sinks off Lesbos\n\n" + BODY})
    assert art.title == "Ferry sinks off Lesbos" and art.published == date(2026, 3, 3)


def test_markup_in_the_text_field_is_stripped_and_nothing_else_lost() -> None:
    art = _read(
        {"text": "<p>The ferry sank, the <b>coastguard</b> said.</p><p>Two are missing.</p>"}
    )
    assert "<" not in art.text
    assert "The ferry sank, the coastguard said." in art.text and "Two are missing." in art.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not json", "not valid JSON (Expecting value at column 1)"),
        (b'{"text": "unclosed', "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'"just a string"', "not a JSON object"),
        (b'{"title": "no text"}', "empty article (no text in any of the fields text, body"),
        (b'{"text": 5}', "empty article"),
        (b'{"text": "   "}', "empty article"),
        (b'{"text": "caf\xe9 said"}', "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
def test_a_bad_line_is_a_one_line_failure_named_by_file_and_line(data: bytes, reason: str) -> None:
    got = read_json_line(JsonLine("d.jsonl", 7, data))
    assert isinstance(got, ReadFailure)
    assert got.path == "d.jsonl:7" and got.reason.startswith(reason)
    assert "\n" not in got.reason


def test_a_byte_order_mark_on_the_first_line_is_allowed() -> None:
    got = read_json_line(
        JsonLine("d.jsonl", 1, b"\xef\xbb\xbf" + json.dumps({"text": BODY}).encode())
    )
    assert isinstance(got, RawArticle) and got.text == BODY


def test_lines_are_numbered_as_in_the_file_and_blank_lines_skipped(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "d.jsonl", [json.dumps({"text": BODY}), "", "  ", "oops", "{}"])
    items = list(iter_paths([str(path)]))
    assert [i.number for i in items if isinstance(i, JsonLine)] == [1, 4, 5]
    got = [read_input(i) for i in items if isinstance(i, JsonLine)]
    assert isinstance(got[0], RawArticle)
    assert [g.path for g in got if isinstance(g, ReadFailure)] == [f"{path}:4", f"{path}:5"]


def test_a_line_over_the_size_limit_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    big = json.dumps({"text": "The mayor said so. " * 200})
    path = _write_lines(tmp_path / "d.ndjson", [big, json.dumps({"text": BODY})])
    first, second = iter_paths([str(path)], max_bytes=1000)
    assert isinstance(first, ReadFailure) and first.path == f"{path}:1"
    assert "--max-bytes" in first.reason
    assert isinstance(second, JsonLine) and second.number == 2


def test_gzip_compressed_dumps_are_read(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"text": BODY}).encode() + b"\n"))
    (item,) = iter_paths([str(path)])
    assert isinstance(item, JsonLine)
    art = read_input(item)
    assert isinstance(art, RawArticle) and art.text == BODY


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("d.jsonl", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not JSON lines: a PNG image"),
        ("d.jsonl.gz", b"plain text, not gzip\n", "cannot read"),
        ("d.jsonl.gz", gzip.compress(b'{"text": "x"}\n' * 50)[:40], "cannot read"),
    ],
)
def test_a_file_that_is_no_dump_is_one_failure(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(iter_paths([str(path)]))
    assert isinstance(items[-1], ReadFailure) and items[-1].reason.startswith(reason)
    assert all(isinstance(i, JsonLine) for i in items[:-1])


def test_directories_take_in_dumps_with_the_other_files(tmp_path: Path) -> None:
    _write_lines(tmp_path / "a.jsonl", [json.dumps({"text": BODY})] * 2)
    (tmp_path / "b.txt").write_text(BODY)
    items = list(iter_paths([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["JsonLine", "JsonLine", "str"]


# --------------------------------------------------------------------------- end to end


def _dump_of(corpus: Path, out: Path) -> Path:
    """The corpus's files as one JSON-lines dump, one article per line, in the same order."""
    files = sorted(corpus.rglob("*.txt"))
    return _write_lines(out, [json.dumps({"text": f.read_text(encoding="utf-8")}) for f in files])


def _claims(runner: CliRunner, db: str) -> list[tuple[str, str, list[str]]]:
    result = runner.invoke(app, ["--db", db, "export"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    return [(c["text"], c["cue"], [s["name"] for s in c["chain"]]) for c in claims]


def test_a_dump_gives_the_claims_of_the_same_articles_as_files(
    tmp_path: Path, runner: CliRunner
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 12, seed=5)
    dump = _dump_of(corpus, tmp_path / "dump.jsonl")
    got = {}
    for name, source, workers in (("files", corpus, 1), ("dump", dump, 1), ("dump2", dump, 2)):
        db = str(tmp_path / f"{name}.db")
        args = [
            "--db",
            db,
            "ingest",
            str(source),
            "--no-progress",
            "--json",
            "--workers",
            str(workers),
        ]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["new"] == 12
        got[name] = _claims(runner, db)
    assert got["files"] and got["dump"] == got["files"] and got["dump2"] == got["files"]


def test_ingest_lists_bad_lines_keeps_the_good_ones_and_stores_nothing_twice(
    tmp_path: Path, runner: CliRunner
) -> None:
    dump = _write_lines(
        tmp_path / "d.jsonl",
        [json.dumps({"text": BODY, "publisher": "ERT"}), "{broken", json.dumps({"text": BODY})],
    )
    db = str(tmp_path / "s.db")
    args = ["--db", db, "ingest", str(dump), "--no-progress", "--json"]
    first = json.loads(runner.invoke(app, args).stdout)
    assert first["new"] == 1 and first["unchanged"] == 1  # line 3 repeats line 1's text
    assert first["failed"] == [
        {
            "path": f"{dump}:2",
            "reason": "not valid JSON (Expecting property name enclosed in "
            "double quotes at column 2)",
        }
    ]
    again = json.loads(runner.invoke(app, args).stdout)
    assert again["new"] == 0 and again["unchanged"] == 2
    listed = runner.invoke(app, ["--db", db, "articles", "--json"])
    assert [a["path"] for a in json.loads(listed.stdout)] == [f"{dump}:1"]


def test_a_dump_with_no_good_line_fails_in_one_line(tmp_path: Path, runner: CliRunner) -> None:
    dump = _write_lines(tmp_path / "d.jsonl", ["[]", "nope"])
    result = runner.invoke(
        app, ["--db", str(tmp_path / "s.db"), "ingest", str(dump), "--no-progress"]
    )
    assert result.exit_code == 1
    assert "nothing was ingested" in result.output and "Traceback" not in result.output


def test_lone_surrogates_escaped_in_json_are_replaced_not_fatal() -> None:
    got = read_json_line(
        JsonLine(
            "d.jsonl",
            3,
            b'{"text": "The mayor said the \\ud800 bridge is safe.", "title": "T\\udfff"}',
        )
    )
    assert isinstance(got, RawArticle)
    assert got.text == "The mayor said the \ufffd bridge is safe." and got.title == "T\ufffd"
    got.text.encode("utf-8")  # storable


def test_a_path_field_names_the_article_and_the_text_is_kept_as_given() -> None:
    art = _read({"path": "inbox/a.txt", "text": "\n  " + BODY + "\n"})
    assert art.path == "inbox/a.txt" and art.text == "\n  " + BODY + "\n"
    failure = read_json_line(JsonLine("d.jsonl", 4, b'{"path": "inbox/b.txt", "text": " "}'))
    assert isinstance(failure, ReadFailure) and failure.path == "d.jsonl:4"


def _export_text(runner: CliRunner, db: str, fmt: str = "json") -> str:
    result = runner.invoke(app, ["--db", db, "export", "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_an_articles_dump_moves_a_store_to_another_unchanged(
    tmp_path: Path, runner: CliRunner
) -> None:
    """``export --format articles`` then ``ingest`` of the dump: the same store, ids and
    article names included (the way to move a store, or to share its articles)."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 10, seed=4)
    first, second = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    args = ["--db", first, "ingest", str(corpus), str(SEEDS_DIR), "--no-progress"]
    assert runner.invoke(app, args).exit_code == 0
    dump = tmp_path / "articles.jsonl"
    dump.write_text(_export_text(runner, first, "articles"), encoding="utf-8")
    lines = dump.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 15 and set(json.loads(lines[0])) == {
        "path",
        "title",
        "publisher",
        "published",
        "url",
        "text",
    }
    assert runner.invoke(app, ["--db", second, "ingest", str(dump), "--no-progress"]).exit_code == 0
    assert _export_text(runner, second) == _export_text(runner, first)


@pytest.mark.postgres
def test_an_articles_dump_moves_a_sqlite_store_to_postgresql(
    tmp_path: Path, runner: CliRunner, pg_url: str
) -> None:
    sqlite = str(tmp_path / "a.db")
    assert (
        runner.invoke(app, ["--db", sqlite, "ingest", str(SEEDS_DIR), "--no-progress"]).exit_code
        == 0
    )
    dump = tmp_path / "articles.jsonl"
    dump.write_text(_export_text(runner, sqlite, "articles"), encoding="utf-8")
    assert runner.invoke(app, ["--db", pg_url, "ingest", str(dump), "--no-progress"]).exit_code == 0
    before, after = (
        json.loads(_export_text(runner, sqlite)),
        json.loads(_export_text(runner, pg_url)),
    )
    for part in ("articles", "sources", "claims"):
        assert after[part] == before[part], part
    assert [c["explanation"] for c in after["conflicts"]] == [
        c["explanation"] for c in before["conflicts"]
    ]


def test_json_lines_on_standard_input_are_read_line_by_line(
    tmp_path: Path, runner: CliRunner
) -> None:
    lines = [
        json.dumps({"text": BODY, "publisher": "ERT"}),
        json.dumps({"text": "The port reopened on Friday, the harbour master said."}),
        "{broken",
    ]
    db = str(tmp_path / "s.db")
    result = runner.invoke(
        app, ["--db", db, "ingest", "-", "--no-progress", "--json"], input="\n".join(lines)
    )
    summary = json.loads(result.stdout)
    assert summary["new"] == 2 and [f["path"] for f in summary["failed"]] == ["-:3"]
    listed = json.loads(runner.invoke(app, ["--db", db, "articles", "--json"]).stdout)
    assert [(a["path"], a["publisher"]) for a in listed] == [("-:1", "ERT"), ("-:2", None)]


@pytest.mark.parametrize(
    "text",
    [
        "{The mayor} said the bridge was safe.",  # braces, not JSON
        '{"note": "no text field"}\nThe mayor said the bridge was safe.',  # JSON, no text
        "The mayor said the bridge was safe.",
    ],
)
def test_an_article_on_standard_input_stays_one_article(
    tmp_path: Path, runner: CliRunner, text: str
) -> None:
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["--db", db, "ingest", "-", "--no-progress", "--json"], input=text)
    assert json.loads(result.stdout)["new"] == 1
    (article,) = json.loads(runner.invoke(app, ["--db", db, "articles", "--json"]).stdout)
    assert article["path"] == "-"


@pytest.mark.parametrize(
    ("content", "titles"),
    [
        ([{"text": BODY, "title": "A"}, {"body": BODY + " Again.", "title": "B"}], ["A", "B"]),
        ({"status": "ok", "articles": [{"content": BODY, "title": "C"}]}, ["C"]),  # NewsAPI
        ({"text": BODY, "title": "D"}, ["D"]),
    ],
)
def test_a_json_file_named_on_the_command_line_holds_articles(
    tmp_path: Path, content: Any, titles: list[str]
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    items = list(iter_paths([str(path)]))
    got = [read_input(i) for i in items]
    assert [a.title for a in got if isinstance(a, RawArticle)] == titles
    assert [a.path for a in got if isinstance(a, RawArticle)] == [
        f"{path}:{n}" for n in range(1, len(titles) + 1)
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[1, 2]", "not JSON articles"),
        (b"[]", "not JSON articles"),
        (b'{"text": ', "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_a_json_file_that_holds_no_articles_is_one_failure(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(data)
    (item,) = iter_paths([str(path)])
    assert isinstance(item, ReadFailure) and item.reason.startswith(reason)


def test_a_folders_json_files_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"name": "x"}')
    (tmp_path / "a.txt").write_text(BODY)
    assert list(iter_paths([str(tmp_path)])) == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("data", [b"", b"\n\n   \n", b"\xef\xbb\xbf\n"])
def test_an_empty_dump_is_one_failure(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(data)
    (item,) = iter_paths([str(path)])
    assert isinstance(item, ReadFailure) and item.reason.startswith("empty dump")


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_ARTICLE_KEYS = st.sampled_from(
    ["text", "body", "title", "date", "pubDate", "source", "url", "path"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=200)
    | st.dictionaries(_ARTICLE_KEYS, _JSON_VALUES, max_size=5).map(
        lambda d: json.dumps(d).encode("utf-8")
    )
)
def test_any_line_is_an_article_or_a_one_line_failure(data: bytes) -> None:
    got = read_json_line(JsonLine("d.jsonl", 2, data))
    if isinstance(got, ReadFailure):
        assert got.path == "d.jsonl:2" and got.reason and "\n" not in got.reason
    else:
        assert isinstance(got, RawArticle) and got.text.strip()
        for value in (got.text, got.title, got.publisher, got.url, got.path):
            (value or "").encode("utf-8")  # storable: no lone surrogate
