"""Stage 1 (read): paths or standard input -> ``RawArticle`` records.

Needs: paths and optional metadata overrides. Adds: decoded text, title, publisher, date, url.

Decoding, in this order (the first that applies wins):

1. known binary formats (PNG, JPEG, GIF, PDF, ZIP/Office, gzip, ELF, SQLite ...) are refused;
2. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides the encoding;
3. NUL bytes mean binary, unless the bytes are BOM-less UTF-16 of plausible text;
4. strict UTF-8 (so a valid UTF-8 file is never turned into mojibake);
5. a high share of control bytes means binary;
6. otherwise charset-normalizer, limited first to the legacy encodings news text comes in
   (cp1252, latin-1, cp1251, KOI8-R, cp1250 ...), the candidates ranked by how plausible
   their text is (charset-normalizer alone mis-guesses short texts: ``Привет мир`` in
   cp1251 comes out as cp1250 ``Ďđčâĺň ěčđ``).

JSON lines (``*.jsonl``, ``*.ndjson``, gzip-compressed as ``*.jsonl.gz``) hold one article
per line, as news APIs and scrapers export them: ``iter_paths`` streams such a file line by
line (``JsonLine``), so a dump of any size is never held in memory, and each line becomes one
article named ``FILE:LINE``. The fields read are listed in ``JSON_FIELDS``; a line that is not
a JSON object with a text is one failure, and the other lines are still read.
A ``*.json`` file named on the command line holds an array of such objects (or a news API's
response with an ``articles`` array, or one article); it is read whole, each element an
article named ``FILE:N``.

Saved web pages (``*.html``/``*.htm``, or content that starts like HTML) go through
trafilatura, offline: the main text becomes the article, and the page's title, date,
site name and canonical address fill the metadata the user did not give.

The stored text is what every claim offset indexes, so it is normalised here, once, before
any stage sees it: every line break Python knows (``\\r\\n``, ``\\r``, ``\\v``, ``\\f``,
``\\x1c``-``\\x1e``, ``\\x85``, U+2028) becomes ``\\n``, U+2029 becomes a blank line, and NUL
is removed (PostgreSQL cannot store it). Other control characters (ESC, BEL, bidi overrides)
are *kept*: the stored text is the evidence as received, JSON output escapes them, and
``claimtrack.render`` strips them from everything shown on a terminal.
"""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from claimtrack.records import RawArticle

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
SUFFIXES = (".txt", ".md", ".html", ".htm", *JSONL_SUFFIXES)
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")

# Leading bytes of formats that are certainly not articles (checked before anything else).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (extract its text first, e.g. with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"{\\rtf", "an RTF document"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF = b"RIFF"  # WAV, AVI, WebP: "RIFF" + size + type

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy encodings tried first for non-UTF-8 input, in order of preference on a tie.
LEGACY_ENCODINGS = (
    "cp1252",
    "cp1251",
    "latin_1",
    "cp1250",
    "koi8_r",
    "koi8_u",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_15",
    "iso8859_2",
    "iso8859_5",
    "cp866",
    "mac_cyrillic",
    "mac_roman",
)

# Bytes that never occur in text: C0 controls but tab, LF, VT, FF, CR, SUB (0x1a, old DOS
# end of file) and ESC (terminal colours pasted into articles), plus DEL.
_CONTROL_BYTES = frozenset(
    b for b in [*range(0x00, 0x20), 0x7F] if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B)
)
# More control characters than this share (in the first 64 KiB) means binary: valid UTF-8
# may be text with pasted terminal junk; bytes that are not UTF-8 and hold control bytes at
# all are usually compressed or encrypted data (random bytes: about 10% are controls).
_BINARY_CONTROL_SHARE_UTF8 = 0.30
_BINARY_CONTROL_SHARE = 0.05
_SNIFF = 64 * 1024

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I
)


@dataclass(frozen=True)
class Overrides:
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ReadFailure:
    path: str
    reason: str  # one line, shown to the user


@dataclass(frozen=True)
class JsonLine:
    """One line of a JSON-lines file: one article of a dump (see ``read_json_line``)."""

    path: str  # the file, as given
    number: int  # 1-based line number
    data: bytes

    @property
    def shown(self) -> str:
        """The article's name, as stored and shown: ``FILE:LINE``."""
        return f"{display_path(self.path)}:{self.number}"


Input = str | JsonLine | ReadFailure  # what ``iter_paths`` yields


class _Undecodable(Exception):
    """The bytes are not text (the message is the one-line reason)."""


def display_path(path: str) -> str:
    """A path as valid Unicode: undecodable file-name bytes (surrogate escapes) become U+FFFD.

    The path is stored and printed, and neither a database nor a terminal accepts lone
    surrogates; the file itself is still opened by its real name.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def iter_paths(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: bytes | None = None
) -> Iterator[Input]:
    """Expand directories (recursively, sorted) into readable files, and JSON-lines files
    into their lines (streamed); ``-`` passes through, or, when standard input (``stdin``)
    holds JSON lines, becomes its lines (``-:LINE``)."""
    for p in paths:
        if p == "-":
            if stdin is not None and holds_json_lines(stdin):
                yield from _json_lines(io.BytesIO(stdin), p, max_bytes)
            else:
                yield p
            continue
        path = Path(p)
        try:
            if path.is_dir():
                found = False
                for child in sorted(path.rglob("*")):
                    if child.name.lower().endswith(SUFFIXES) and child.is_file():
                        found = True
                        yield from _expand(str(child), max_bytes)
                if not found:
                    yield ReadFailure(
                        display_path(p),
                        "directory holds no .txt, .md, .html, .htm or .jsonl file",
                    )
            elif path.exists():
                yield from _expand(str(path), max_bytes, named=True)
            elif path.is_symlink():
                yield ReadFailure(display_path(p), "broken symbolic link")
            else:
                yield ReadFailure(display_path(p), "no such file or directory")
        except OSError as err:  # unreadable directory, too many symlink levels, name too long
            yield ReadFailure(display_path(p), f"cannot read: {err.strerror or err}")


def _expand(path: str, max_bytes: int, named: bool = False) -> Iterator[Input]:
    """A file's inputs. ``named``: the user named the file itself (a ``.json`` file is read
    as articles only then: a folder's ``.json`` files are seldom articles)."""
    if is_jsonl(path):
        yield from iter_json_lines(path, max_bytes)
    elif named and path.lower().endswith(".json"):
        yield from iter_json_array(path, max_bytes)
    else:
        yield path


def iter_json_array(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[JsonLine | ReadFailure]:
    """The articles of a ``.json`` file, each as if it were a line of a dump (``FILE:N``):
    an array of articles, an object with an ``articles`` array (a news API's response), or
    one article. Read whole, so held to ``max_bytes``."""
    data = _read_limited(path, max_bytes)
    found = data if isinstance(data, ReadFailure) else _json_articles(path, data)
    if isinstance(found, ReadFailure):
        yield found
        return
    for n, item in enumerate(found, 1):
        yield JsonLine(path, n, json.dumps(item).encode("utf-8"))


def _json_articles(path: str, data: bytes) -> list[dict[str, Any]] | ReadFailure:
    shown = display_path(path)
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return ReadFailure(shown, "not UTF-8 (JSON is UTF-8)")
    except json.JSONDecodeError as err:
        return ReadFailure(shown, f"not valid JSON ({err.msg} at line {err.lineno})")
    except RecursionError:
        return ReadFailure(shown, "not valid JSON (nested too deeply)")
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    items = obj if isinstance(obj, list) else [obj]
    if not items or not all(isinstance(i, dict) for i in items):
        return ReadFailure(shown, 'not JSON articles (an array of {"text": ...} objects)')
    return items


def _open_lines(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]  # an IO[bytes] in use
    return open(path, "rb")


def iter_json_lines(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[JsonLine | ReadFailure]:
    """The non-blank lines of a JSON-lines file, one at a time (the file is never read
    whole); a line longer than ``max_bytes`` is a failure of its own and is skipped."""
    try:
        with _open_lines(path) as fh:
            head = fh.peek(16)[:16] if hasattr(fh, "peek") else b""
            kind = _binary_kind(head)
            if kind is not None:
                yield ReadFailure(display_path(path), f"not JSON lines: {kind}")
                return
            yield from _json_lines(fh, path, max_bytes)
    except OSError as err:  # unreadable
        yield ReadFailure(display_path(path), f"cannot read: {err.strerror or err}")


def _json_lines(fh: IO[bytes], path: str, max_bytes: int) -> Iterator[JsonLine | ReadFailure]:
    shown = display_path(path)
    number = found = 0
    try:
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                if not found:
                    yield ReadFailure(shown, "empty dump (no line holds an article)")
                return
            number += 1
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line
                    line = fh.readline(1 << 20)
                found += 1
                yield ReadFailure(
                    f"{shown}:{number}",
                    f"line is over the limit of {max_bytes} bytes (--max-bytes)",
                )
                continue
            if line.strip():
                found += 1
                yield JsonLine(path, number, line)
    except (OSError, EOFError) as err:  # a broken or truncated gzip file
        yield ReadFailure(
            f"{shown}:{number + 1}", f"cannot read: {getattr(err, 'strerror', None) or err}"
        )


def holds_json_lines(data: bytes) -> bool:
    """Whether ``data`` (standard input) is a JSON-lines dump rather than one article: its
    first non-blank line is a JSON object with an article's text (``JSON_FIELDS``)."""
    for raw in io.BytesIO(data[: 4 * 1024 * 1024]):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return False
        return isinstance(obj, dict) and _json_field(obj, "text") is not None
    return False


# --------------------------------------------------------------------------- decoding


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if data.startswith(_RIFF) and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "a RIFF media file"
    return None


def _script(ch: str) -> str:
    """The script of a letter, from its Unicode name (``LATIN``, ``CYRILLIC``, ``CJK`` ...)."""
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


_COMMON_PUNCTUATION = frozenset("’‘“”„«»–—…°€£§©®™•\u00a0")


def implausibility(text: str, limit: int = 20_000) -> float:
    """How unlike natural text ``text`` looks, from 0 (plausible) upward.

    Counts what wrong decodings produce: control and private-use characters, box drawing
    and half-width katakana among letters, words mixing scripts (``ministиre``), Latin
    words made mostly of accented letters (``Ďđčâĺň``) and words whose case flips from lower
    to upper (``оПХБЕР``, KOI8-R read as cp1251).
    """
    sample = text[:limit]
    if not sample:
        return 0.0
    odd = 0.0
    for i, ch in enumerate(sample):
        if ch.isascii():
            if ch < " " and ch not in "\t\n\r":
                odd += 1
            continue
        cat = unicodedata.category(ch)
        o = ord(ch)
        if (
            cat in ("Cc", "Co", "Cn", "Cs")
            or 0x2500 <= o <= 0x259F  # box drawing, blocks
            or 0xFF61 <= o <= 0xFF9F  # half-width katakana
            or ch in "¤¦¨¯´¸¬±·¹²³¼½¾×÷"
        ):
            odd += 1
        elif cat[0] in "PS" and ch not in _COMMON_PUNCTUATION:
            # punctuation glued inside a word ("‚Н•є") is what a wrong code page leaves
            glued = 0 < i < len(sample) - 1 and sample[i - 1].isalnum() and sample[i + 1].isalnum()
            odd += 1 if glued else 0.3
    words = re.findall(r"[^\W\d_]+", sample)
    bad_words = 0
    for w in words:
        scripts = {_script(c) for c in w}
        if len(scripts) > 1:
            bad_words += 1
        elif scripts == {"LATIN"} and len(w) >= 2:
            accented = sum(1 for c in w if not c.isascii())
            if accented * 2 > len(w):
                bad_words += 1
        elif len(w) >= 3 and _case_flips(w):  # not for Latin: iPhone, McDonald
            bad_words += 1
    return odd / len(sample) * 10 + (bad_words / len(words) if words else 0.0)


def _case_flips(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16 of mostly-ASCII text has NULs in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:_SNIFF]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.3 * half:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if implausibility(text) < 0.2:
                return text
    return None


def _detect_legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8: the most plausible of the candidate encodings."""
    from charset_normalizer import from_bytes

    candidates: dict[str, str] = {}
    chaos: dict[str, float] = {}

    def consider(results: Iterable[object]) -> None:
        for r in results:
            enc = str(getattr(r, "encoding", ""))
            if not enc or enc in candidates:
                continue
            try:
                candidates[enc] = data.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
            chaos[enc] = float(getattr(r, "chaos", 0.0)) - 0.25 * float(
                getattr(r, "coherence", 0.0)
            )

    order = {enc: i for i, enc in enumerate(LEGACY_ENCODINGS)}

    def best() -> tuple[float, str]:
        scored = [
            (round(implausibility(candidates[enc]) + chaos[enc], 3), order.get(enc, 99), enc)
            for enc in candidates
        ]
        score, _, enc = min(scored)
        return score, enc

    consider(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    for enc in LEGACY_ENCODINGS[:5]:  # always in the running, however short the text
        if enc not in candidates:
            try:
                candidates[enc] = data.decode(enc)
            except UnicodeDecodeError:
                continue
            chaos[enc] = 0.0
    if not candidates or best()[0] > 0.3:
        consider(from_bytes(data))  # maybe CJK or another family: let it look wider
    if not candidates:
        raise _Undecodable("cannot tell which text encoding it uses")
    return candidates[best()[1]]


def _html_declared(data: bytes) -> str | None:
    m = _HTML_META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode(data: bytes, *, html: bool = False) -> str:
    """Bytes -> text, or ``_Undecodable`` with the reason (see the module docstring)."""
    what = _binary_kind(data)
    if what:
        raise _Undecodable(f"binary file ({what}), not an article")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise _Undecodable(
                    f"starts with a {codec.upper()} byte-order mark but is not valid {codec}"
                ) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise _Undecodable("binary file (it holds NUL bytes), not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        head = text[:_SNIFF]
        controls = sum(1 for ch in head if ord(ch) in _CONTROL_BYTES)
        if head and controls > _BINARY_CONTROL_SHARE_UTF8 * len(head):
            raise _Undecodable("binary file (mostly control characters), not an article")
        return text
    head_bytes = data[:_SNIFF]
    controls = sum(1 for b in head_bytes if b in _CONTROL_BYTES)
    if controls > _BINARY_CONTROL_SHARE * len(head_bytes):
        raise _Undecodable("binary file (mostly control bytes), not an article")
    if html:
        declared = _html_declared(data)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
    return _detect_legacy(data)


def normalise_text(text: str) -> str:
    """Every line break to ``\\n``, U+2029 to a blank line, NUL removed (module docstring)."""
    text = text.replace("\x00", "")
    if text.startswith("\ufeff"):
        text = text[1:]
    return _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")


# --------------------------------------------------------------------------- HTML


def looks_like_html(path: str, text: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(text[:4096]))


class _TagStripper(HTMLParser):
    """Last resort when trafilatura finds no main text: the visible text, block by block."""

    _SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class _Page:
    text: str
    title: str | None = None
    published: date | None = None
    sitename: str | None = None
    url: str | None = None


def strip_tags(html: str) -> str:
    """The visible text of ``html``, block by block (no extraction of a main text)."""
    stripper = _TagStripper()
    try:
        stripper.feed(html)
        stripper.close()
    except Exception:  # html.parser on hostile input
        pass
    return stripper.text()


def _parse_date(value: str | None) -> date | None:
    """An ISO date (or the date of an ISO timestamp); also the RFC 822 dates of feeds
    ("Mon, 02 Dec 2024 10:00:00 GMT"). Anything else: no date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def extract_html(html: str) -> _Page:
    """Main text and metadata of a saved web page (trafilatura, no network)."""
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            favor_recall=True,
        )
    except Exception:  # a parser bug in a dependency must not stop a batch
        doc = None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        text = strip_tags(html)
    if doc is None:
        return _Page(text=text)
    return _Page(
        text=text,
        title=getattr(doc, "title", None) or None,
        published=_parse_date(getattr(doc, "date", None)),
        sitename=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
    )


# --------------------------------------------------------------------------- articles


def _first_line_title(text: str) -> str | None:
    dated = _DATE_LINE.match(text)
    if dated is not None:
        # "date 2024-12-06" on its own line, then the headline: the headline is the title
        rest = text[dated.end() :]
        if rest[:1] in ("\n", "\r") or not rest.split("\n", 1)[0].strip():
            text = rest
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) < 150 and not first.endswith((".", "!", "?", '"', "”")):
        return first
    return None


def read_article(
    path: str, data: bytes, overrides: Overrides = Overrides()
) -> RawArticle | ReadFailure:
    """Decode one input and gather its metadata."""
    shown = display_path(path)
    html = path.lower().endswith(HTML_SUFFIXES)
    try:
        text = decode(data, html=html)
    except _Undecodable as err:
        return ReadFailure(shown, str(err))
    text = normalise_text(text)
    page: _Page | None = None
    if looks_like_html(path, text):
        page = extract_html(text)
        text = normalise_text(page.text)
    return _article(shown, text, overrides, page)


def _article(
    shown: str, text: str, overrides: Overrides, page: _Page | None
) -> RawArticle | ReadFailure:
    """The article of a decoded ``text``: the user's ``overrides`` first, then what the
    input itself says (``page``: a web page's or a JSON line's metadata), then the text."""
    if not text.strip():
        return ReadFailure(shown, "empty article (no text to read)")
    if page is None:
        header = _header(text)
        if header is not None:
            fields, text = header
            if not text.strip():
                return ReadFailure(shown, "empty article (a header and no text to read)")
            page = _Page(
                text=text,
                title=fields.get("title"),
                published=_parse_date(fields.get("published")),
                sitename=fields.get("publisher"),
                url=fields.get("url"),
            )
    published = overrides.published
    if published is None and page is not None:
        published = page.published
    m = _DATE_LINE.match(text)
    if m and published is None:
        published = _parse_date(m.group(1))  # 2024-13-45: no date, and no crash
    title = overrides.title
    if title is None and page is not None:
        title = page.title
    if title is None:
        title = _first_line_title(text)
    publisher = overrides.publisher
    if publisher is None and page is not None:
        publisher = page.sitename
    url = overrides.url
    if url is None and page is not None:
        url = page.url
    return RawArticle(
        path=shown,
        text=text,
        title=title,
        publisher=publisher,
        published=published,
        url=url,
    )


# a header line of a text or Markdown article: "Title: ...", "date: 2026-02-10"
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,24}):[ \t]+(?P<value>\S.*?)\s*$")


def _header(text: str) -> tuple[dict[str, str], str] | None:
    """The metadata at the top of a text or Markdown article, and the text after it: YAML
    front matter between two "---" lines, or a block of "Key: value" lines before the first
    blank line ("Title: ...", "Published: 2026-02-10", "Source: Reuters"). Keys are read
    as ``JSON_FIELDS`` names them; a block that names none of them is the article's text."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        try:
            end = next(i for i in range(1, min(len(lines), 60)) if lines[i].strip() == "---")
        except StopIteration:
            return None
        block, rest = lines[1:end], lines[end + 1 :]
    else:
        end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        if end == 0 or end > 12 or end == len(lines):
            return None
        block, rest = lines[:end], lines[end + 1 :]
    fields: dict[str, str] = {}
    for line in block:
        if not line.strip():
            continue
        m = _HEADER_LINE.match(line)
        if m is None:
            return None  # a line of prose: no header
        key = m.group("key").strip().casefold().replace(" ", "_").replace("-", "_")
        field = _HEADER_FIELDS.get(key)
        if field is not None and field not in fields:
            fields[field] = m.group("value").strip().strip("\"'")
    if not fields:
        return None
    return fields, "\n".join(rest).lstrip("\n")


# --------------------------------------------------------------------------- JSON lines

# field of an article -> the keys a JSON line may give it under, first found wins (the
# names of common exports: news APIs, news-please, feeds, scrapers)
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext", "article"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "publishedAt", "date_publish", "pubDate"),
    "url": ("url", "link", "canonical_url"),
    "publisher": ("publisher", "source", "outlet", "sitename", "source_domain", "site"),
    "path": ("path",),  # the article's name (as ``export --format articles`` writes it)
}
# a header key -> the article's field it gives ("Published:" -> "published")
_HEADER_FIELDS: dict[str, str] = {
    key.casefold(): field
    for field in ("title", "published", "url", "publisher")
    for key in JSON_FIELDS[field]
}
# a lone surrogate: JSON may escape one ("\\ud800"), and no database or terminal takes it
_SURROGATE = re.compile("[\ud800-\udfff]")
# an HTML fragment in a text field ("<p>...</p>"), as some exports keep the page's markup
_HTML_FRAGMENT = re.compile(r"</(?:p|div|span|a|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)


def _json_field(obj: dict[str, Any], field: str) -> str | None:
    """The first of the field's keys with a usable value: a non-blank string, or an object
    with one as its ``name`` (NewsAPI's ``"source": {"name": "Reuters"}``)."""
    for key in JSON_FIELDS[field]:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            # the text as given (claim offsets index it), the metadata without blanks
            return _SURROGATE.sub("\ufffd", value if field == "text" else value.strip())
    return None


def read_json_line(line: JsonLine, overrides: Overrides = Overrides()) -> RawArticle | ReadFailure:
    """One article from one line of a JSON-lines file (``JSON_FIELDS``)."""
    shown = line.shown
    try:
        decoded = line.data.decode("utf-8-sig")  # a byte-order mark opens a dump at most
    except UnicodeDecodeError:
        return ReadFailure(shown, "not UTF-8 (JSON lines are UTF-8)")
    try:
        obj = json.loads(decoded)
    except json.JSONDecodeError as err:
        return ReadFailure(shown, f"not valid JSON ({err.msg} at column {err.colno})")
    except RecursionError:
        return ReadFailure(shown, "not valid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return ReadFailure(shown, 'not a JSON object (one article per line: {"text": "..."})')
    text = _json_field(obj, "text")
    if text is None:
        keys = ", ".join(JSON_FIELDS["text"])
        return ReadFailure(shown, f"empty article (no text in any of the fields {keys})")
    text = normalise_text(text)
    page = _Page(
        text=text,
        title=_json_field(obj, "title"),
        published=_parse_date(_json_field(obj, "published")),
        sitename=_json_field(obj, "publisher"),
        url=_json_field(obj, "url"),
    )
    if looks_like_html("", text):  # a whole saved page
        text = normalise_text(extract_html(text).text)
    elif _HTML_FRAGMENT.search(text[:_SNIFF]):  # the body's markup: every word is the article
        text = normalise_text(strip_tags(text))
    got = _article(shown, text, overrides, page)
    name = _json_field(obj, "path")
    if name is not None and isinstance(got, RawArticle):
        return got.model_copy(update={"path": name})  # failures keep naming FILE:LINE
    return got


def _read_limited(path: str, max_bytes: int) -> bytes | ReadFailure:
    """At most ``max_bytes`` of a regular file, refusing devices, FIFOs and sockets."""
    shown = display_path(path)
    try:
        st = os.stat(path)  # before open(): opening a FIFO would block
        if stat.S_ISDIR(st.st_mode):
            return ReadFailure(shown, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            return ReadFailure(shown, "not a regular file (a device, pipe or socket)")
        if st.st_size > max_bytes:
            return ReadFailure(
                shown, f"file is {st.st_size} bytes, over the limit of {max_bytes} (--max-bytes)"
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may grow while we read it
    except OSError as err:
        return ReadFailure(shown, f"cannot read: {err.strerror or err}")
    if len(data) > max_bytes:
        return ReadFailure(shown, f"file is over the limit of {max_bytes} bytes (--max-bytes)")
    return data


def read_input(
    path: str | JsonLine,
    overrides: Overrides = Overrides(),
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: bytes | None = None,
) -> RawArticle | ReadFailure:
    """Read one file (or standard input for ``-``, or one line of a JSON-lines file) into
    a ``RawArticle``."""
    if isinstance(path, JsonLine):
        return read_json_line(path, overrides)
    if path == "-":
        data = stdin or b""
        if len(data) > max_bytes:
            return ReadFailure(
                path, f"input is {len(data)} bytes, over the limit of {max_bytes} (--max-bytes)"
            )
    else:
        got = _read_limited(path, max_bytes)
        if isinstance(got, ReadFailure):
            return got
        data = got
    return read_article(path, data, overrides)
