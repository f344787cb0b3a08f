"""The read stage: decoding, binary detection, newline normalisation, HTML, metadata, paths.

Encoded and binary inputs are generated here, at run time, rather than committed.
"""

from __future__ import annotations

import codecs
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.read import (
    Overrides,
    ReadFailure,
    decode,
    display_path,
    iter_paths,
    normalise_text,
    read_article,
    read_input,
)
from claimtrack.records import RawArticle

RU = "Министерство обороны России заявило, что войска отошли от Харькова."
UK = "Міністерство оборони України повідомило про їхнє повернення."
FR = "Le ministère a déclaré que la réunion à Genève était annulée."
DE = "Die Bundesregierung äußerte sich über die Lage in Köln."
PL = "Rząd Polski ogłosił, że żołnierze wrócili."
EL = "Η κυβέρνηση ανακοίνωσε ότι οι στρατιώτες επέστρεψαν."
JA = "政府は兵士が戻ったと発表した。東京の天気は晴れです。"
ZH = "政府宣布士兵已经返回。北京今天天气晴朗。"


def _article(path: str, data: bytes, overrides: Overrides = Overrides()) -> RawArticle:
    got = read_article(path, data, overrides)
    assert isinstance(got, RawArticle), got
    return got


def _failure(path: str, data: bytes) -> ReadFailure:
    got = read_article(path, data)
    assert isinstance(got, ReadFailure), got
    return got


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RU, "cp1251"),
        ("Привет мир", "cp1251"),  # short: charset-normalizer alone says cp1250
        ("Харьков", "cp1251"),
        (UK, "cp1251"),
        (RU, "koi8-r"),
        ("Привет мир", "koi8-r"),
        (FR, "latin-1"),
        ("café", "latin-1"),  # charset-normalizer alone says UTF-16-BE
        (DE, "latin-1"),
        ("“Quoted” text – with dashes é", "cp1252"),
        (PL, "cp1250"),
        (EL, "cp1253"),
        (JA, "shift_jis"),
        (ZH, "gb18030"),
    ],
)
def test_legacy_encodings_are_decoded(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks_decide_and_are_dropped(bom: bytes, codec: str) -> None:
    text = f"Kyiv says\n{RU}\n{JA}\n"
    art = _article("a.txt", bom + text.encode(codec))
    assert art.text == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    text = "The mayor said the bridge is safe. Привет.\n"
    assert decode(text.encode(codec)) == text


def test_a_bom_that_lies_is_a_clear_failure() -> None:
    failure = _failure("x.txt", codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone high surrogate
    assert "byte-order mark" in failure.reason


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=200))
def test_valid_utf8_is_never_turned_into_mojibake(text: str) -> None:
    # a text that opens with U+FEFF is, in UTF-8, a byte-order mark and the rest: the mark
    # is dropped by design, so the text then is the rest
    assert decode(text.encode("utf-8")) == text.removeprefix("\ufeff")


def test_utf8_that_also_decodes_as_cp1251_stays_utf8() -> None:
    # every UTF-8 Cyrillic byte pair is valid cp1251 too ("РџСЂРёРІРµС‚"): UTF-8 must win
    assert decode("Привет".encode()) == "Привет"


# --------------------------------------------------------------------------- binary inputs


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml", "ZIP"),
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 40, "ELF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 10, "gzip"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "SQLite"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "RIFF"),
        (b"Some text\x00with a NUL byte in the middle", "NUL"),
        (bytes(range(1, 32)) * 20, "control"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + "é".encode("latin-1"), "control"),
    ],
)
def test_binary_inputs_are_refused_with_a_reason(data: bytes, needle: str) -> None:
    failure = _failure("f.txt", data)
    assert "binary" in failure.reason and needle in failure.reason
    assert "\n" not in failure.reason


def test_a_few_escape_sequences_do_not_make_text_binary() -> None:
    text = "The mayor said \x1b[31mthe bridge\x1b[0m is safe.\x07\n"
    assert _article("a.txt", text.encode()).text == text


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\rb", "a\n\nb"),
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\n\nb"),
        ("a\x85b", "a\nb"),
        ("a\x0cb\x0bc", "a\nb\nc"),
        ("a\r\nb\rc\nd\u2028e", "a\nb\nc\nd\ne"),
        ("a\x00b", "ab"),  # PostgreSQL cannot store NUL
        ("\ufeffa", "a"),
        ("tab\tand \x1b[1mesc\x1b[0m kept", "tab\tand \x1b[1mesc\x1b[0m kept"),
    ],
)
def test_newlines_are_normalised_and_nul_removed(raw: str, stored: str) -> None:
    assert normalise_text(raw) == stored
    assert normalise_text(stored) == stored  # idempotent


def test_stored_text_splits_into_lines_the_same_way_everywhere() -> None:
    text = normalise_text("one\r\ntwo\rthree\u2028four\x85five\x1csix\u2029seven")
    assert text.splitlines() == text.split("\n")


@pytest.mark.parametrize("data", [b"", b"   ", b" \n\t\r\n ", "\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_empty_and_whitespace_only_inputs_are_empty_articles(data: bytes) -> None:
    assert "empty article" in _failure("e.txt", data).reason


def test_crlf_and_lf_versions_of_an_article_store_the_same_text() -> None:
    lf = _article("a.txt", b"Title\n\nThe mayor said so.\n")
    crlf = _article("a.txt", b"Title\r\n\r\nThe mayor said so.\r\n")
    assert lf.text == crlf.text


# --------------------------------------------------------------------------- metadata


def test_leading_date_token_sets_the_date_and_keeps_the_text() -> None:
    data = b"date 2024-11-30\nBridge closed\n\nThe mayor said the bridge is closed.\n"
    art = _article("a.txt", data)
    assert art.published == date(2024, 11, 30)
    assert art.text == data.decode()


@pytest.mark.parametrize("token", ["2024-13-45", "2024-02-30", "0000-00-00"])
def test_an_invalid_date_token_is_ignored_without_crashing(token: str) -> None:
    data = f"date {token}\nThe mayor said the bridge is closed.\n".encode()
    art = _article("a.txt", data)
    assert art.published is None and art.text == data.decode()


def test_overrides_beat_what_the_text_says() -> None:
    data = b"date 2024-11-30\nBridge closed\n\nThe mayor said so.\n"
    art = _article(
        "a.txt",
        data,
        Overrides(publisher="Wire", published=date(2020, 1, 1), title="T", url="http://x"),
    )
    assert (art.publisher, art.published, art.title, art.url) == (
        "Wire",
        date(2020, 1, 1),
        "T",
        "http://x",
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Port strike enters second week\n\nBody said so.", "Port strike enters second week"),
        ("The union said the strike goes on.\nMore.", None),
        ("x" * 200 + "\nbody", None),
        ('"Quoted first line"\nbody', None),
        # a date line first: the headline after it is the title, not the date line
        ("date 2024-11-30\nBridge closed\n\nThe mayor said so.", "Bridge closed"),
        ("date 2024-11-30\n\nBridge closed\n\nThe mayor said so.", "Bridge closed"),
    ],
)
def test_title_is_a_short_unpunctuated_first_line(text: str, title: str | None) -> None:
    assert _article("a.txt", text.encode()).title == title


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Bridge closed after strike | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-11-30T10:00:00Z">
<link rel="canonical" href="https://example.org/bridge">
<script>var tracking = "should not be read";</script>
</head><body><nav>Home | World | Sport</nav>
<article><h1>Bridge closed after strike</h1>
<p>The mayor of Rotterdam said on Monday that the bridge would stay closed until the
repairs were complete.</p>
<p>According to Reuters, shipping lines have diverted 40 vessels to Antwerp while the
strike continues &amp; talks stall.</p>
</article><footer>Copyright 2024 The Daily Example. All rights reserved.</footer>
</body></html>
"""


def test_saved_web_page_gives_main_text_and_metadata() -> None:
    art = _article("page.html", PAGE.encode())
    assert "diverted 40 vessels to Antwerp" in art.text
    assert "talks stall" in art.text and "&amp;" not in art.text
    assert "tracking" not in art.text and "<p>" not in art.text
    assert art.title == "Bridge closed after strike"
    assert art.publisher == "The Daily Example"
    assert art.published == date(2024, 11, 30)
    assert art.url == "https://example.org/bridge"


def test_html_content_is_recognised_whatever_the_suffix() -> None:
    art = _article("saved.txt", PAGE.encode())
    assert "<html" not in art.text and "Antwerp" in art.text


def test_html_overrides_win_over_page_metadata() -> None:
    art = _article("p.htm", PAGE.encode(), Overrides(publisher="Wire", title="Mine"))
    assert art.publisher == "Wire" and art.title == "Mine"


def test_html_in_a_legacy_encoding_declared_by_meta() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>Новости</title></head><body><article><p>{RU}</p><p>{RU}</p></article>"
        "</body></html>"
    )
    art = _article("ru.html", page.encode("cp1251"))
    assert "Харькова" in art.text


def test_tiny_or_empty_pages_do_not_crash() -> None:
    assert "Short one." in _article("t.html", b"<html><body><p>Short one.</p></body></html>").text
    assert "empty article" in _failure("e.html", b"<html><body></body></html>").reason
    assert "empty article" in _failure("s.html", b"<html><script>x()</script></html>").reason


def test_text_that_merely_mentions_tags_is_not_html() -> None:
    text = "The bill bans <script> tags in <html> emails, the minister said.\n"
    assert _article("a.txt", text.encode()).text == text


# --------------------------------------------------------------------------- files and paths


def test_missing_paths_and_empty_directories(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "doc.pdf").write_bytes(b"%PDF-1.4")
    items = list(
        iter_paths([str(tmp_path / "nope.txt"), str(tmp_path / "empty"), str(tmp_path / "other")])
    )
    assert all(isinstance(i, ReadFailure) for i in items)
    reasons = [i.reason for i in items if isinstance(i, ReadFailure)]
    assert reasons[0] == "no such file or directory"
    assert "holds no .txt" in reasons[1] and "holds no .txt" in reasons[2]


def test_directories_recurse_sorted_with_any_suffix_case(tmp_path: Path) -> None:
    for name in ["b/2.TXT", "a/1.md", "c.html", "d.htm", "skip.pdf", "z.txt"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    found = [Path(str(i)).relative_to(tmp_path).as_posix() for i in iter_paths([str(tmp_path)])]
    assert found == ["a/1.md", "b/2.TXT", "c.html", "d.htm", "z.txt"]


def test_broken_symlink_is_named(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    (item,) = iter_paths([str(link)])
    assert isinstance(item, ReadFailure) and "broken symbolic link" in item.reason


def test_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"The mayor said so. " * 100)
    failure = read_input(str(p), max_bytes=100)
    assert isinstance(failure, ReadFailure) and "--max-bytes" in failure.reason
    assert "1900 bytes" in failure.reason
    stdin_failure = read_input("-", stdin=b"x" * 101, max_bytes=100)
    assert isinstance(stdin_failure, ReadFailure) and "--max-bytes" in stdin_failure.reason


def test_devices_and_pipes_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (str(fifo), "/dev/zero", "/dev/null"):
        failure = read_input(path)
        assert isinstance(failure, ReadFailure) and "not a regular file" in failure.reason


def test_directory_given_as_a_file_is_refused(tmp_path: Path) -> None:
    failure = read_input(str(tmp_path))
    assert isinstance(failure, ReadFailure) and "directory" in failure.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_a_clear_failure(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("The mayor said so.")
    p.chmod(0)
    try:
        failure = read_input(str(p))
    finally:
        p.chmod(0o600)
    assert isinstance(failure, ReadFailure) and "Permission denied" in failure.reason


def test_undecodable_file_names_are_stored_as_valid_unicode(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xff\xfename.txt"
    with open(raw, "wb") as fh:
        fh.write(b"The mayor said the bridge is safe.\n")
    name = os.fsdecode(raw)  # holds lone surrogates
    art = read_input(name)
    assert isinstance(art, RawArticle)
    art.path.encode("utf-8")  # no surrogates left
    assert art.path == display_path(name) and "\ufffd" in art.path
    (listed,) = iter_paths([os.fsdecode(os.fsencode(tmp_path))])
    assert listed == name  # the real name is still used to open the file


@pytest.mark.parametrize(
    ("text", "title", "published", "publisher", "url", "body"),
    [
        (
            "Title: Floods kill 14\nPublished: 2026-02-10\nSource: Lusa\n\nAt least 14 died.",
            "Floods kill 14",
            date(2026, 2, 10),
            "Lusa",
            None,
            "At least 14 died.",
        ),
        (
            '---\ntitle: "Douro floods"\ndate: 2026-02-11\nurl: https://example.org/a\n'
            "tags: [floods]\n---\n\nThe Douro flooded Lamego.",
            "Douro floods",
            date(2026, 2, 11),
            None,
            "https://example.org/a",
            "The Douro flooded Lamego.",
        ),
        # "Key: value" lines that name no field of an article are its text
        (
            "Note: this is a test.\n\nThe ministry said 3 people died.",
            None,
            None,
            None,
            None,
            "Note: this is a test.\n\nThe ministry said 3 people died.",
        ),
    ],
)
def test_a_header_or_front_matter_gives_the_metadata(
    text: str,
    title: str | None,
    published: date | None,
    publisher: str | None,
    url: str | None,
    body: str,
) -> None:
    article = read_article("a.md", text.encode(), Overrides())
    assert isinstance(article, RawArticle)
    assert (article.title, article.published, article.publisher, article.url) == (
        title,
        published,
        publisher,
        url,
    )
    assert article.text == body


def test_a_header_without_text_is_an_empty_article() -> None:
    failure = read_article("a.md", b"Title: Nothing here\nDate: 2026-02-10\n\n", Overrides())
    assert isinstance(failure, ReadFailure)
    assert "empty article" in failure.reason
