"""Exports other tools read: W3C PROV (validated by parsing it back with ``prov``), and the
provenance graph as DOT, Mermaid and HTML with hostile article text escaped."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from prov.model import PROV, ProvDocument, ProvEntity
from typer.testing import CliRunner

from claimtrack import catalog
from claimtrack.cli import app
from claimtrack.exporters import graph as graph_exporter
from claimtrack.exporters import prov as prov_exporter
from claimtrack.records import Article, ArticleRef, Claim, Conflict, Source

HOSTILE = (
    'Evil "quote" \\ back <script>alert(1)</script> & #35; `tick` |pipe| ]] -->\n%% x\x1b[31m\u202e'
)

GUARDIAN = Source(id=1, name="Guardian", kind="outlet")
GUR = Source(id=2, name="GUR", kind="agency", full_name="Main Directorate of Intelligence")
GENERAL = Source(id=3, name="Oleksandr Zhuravlev", kind="person")
EVIL = Source(id=4, name=HOSTILE, kind="person")
ART = ArticleRef(
    id=1, path="a.txt", title="Base attacked", publisher="Wire", published=date(2024, 12, 2)
)
EVIL_ART = ArticleRef(id=2, path="evil.txt", title=HOSTILE)


def _claim(
    cid: int, chain: list[Source], text: str = "12 aircraft were destroyed.", art: ArticleRef = ART
) -> Claim:
    return Claim(
        id=cid,
        article=art,
        text=text,
        start=0,
        end=len(text),
        cue="said",
        modality="asserted",
        source=chain[-1] if chain else None,
        chain=chain,
    )


CHAINED = _claim(10, [GUARDIAN, GUR, GENERAL])
DIRECT = _claim(11, [GUR], "No aircraft were destroyed.")
OWN_VOICE = _claim(12, [], "Smoke rose over the port.")
EVIL_CLAIM = _claim(13, [EVIL], HOSTILE, EVIL_ART)


def _article(ref: ArticleRef) -> Article:
    return Article(**ref.model_dump(), text="...", content_hash="x", extractor_version=1)


# --------------------------------------------------------------------------- PROV


def _prov_doc() -> ProvDocument:
    return prov_exporter.build_document(
        [_article(ART), _article(EVIL_ART)],
        [GUARDIAN, GUR, GENERAL, EVIL],
        [CHAINED, DIRECT, OWN_VOICE, EVIL_CLAIM],
    )


def test_prov_json_round_trips() -> None:
    doc = _prov_doc()
    text = prov_exporter.to_prov_json(doc)
    json.loads(text)
    back = ProvDocument.deserialize(content=text, format="json")
    assert back == doc
    assert set(back.get_records()) == set(doc.get_records())


def _relations(doc: ProvDocument, name: str) -> set[tuple[str, str]]:
    out = set()
    for rec in doc.get_records():
        if rec.get_type().localpart == name:
            (a, b) = [str(v) for _, v in rec.formal_attributes[:2]]
            out.add((a, b))
    return out


def test_prov_models_the_chain() -> None:
    doc = _prov_doc()
    attributed = _relations(doc, "Attribution")
    derived = _relations(doc, "Derivation")
    members = _relations(doc, "Membership")
    # the statement as its origin made it, attributed to the origin
    assert ("ct:claim/10", "ct:source/3") in attributed
    # one version per relay, each attributed to its relay, quoted from the inner one
    assert ("ct:claim/10/relay/1", "ct:source/2") in attributed
    assert ("ct:claim/10/relay/0", "ct:source/1") in attributed
    assert derived >= {
        ("ct:claim/10/relay/0", "ct:claim/10/relay/1"),
        ("ct:claim/10/relay/1", "ct:claim/10"),
    }
    for rec in doc.get_records():
        if rec.get_type().localpart == "Derivation":
            assert PROV["Quotation"] in rec.get_asserted_types()
    # the article carries the outermost version; own-voice claims have no attribution
    assert ("ct:article/1", "ct:claim/10/relay/0") in members
    assert ("ct:article/1", "ct:claim/12") in members
    assert not [a for a in attributed if a[0] == "ct:claim/12"]
    generated = _relations(doc, "Generation")
    assert ("ct:claim/10/relay/0", "ct:extraction/1") in generated
    agents = {str(r.identifier): r for r in doc.get_records() if r.get_type().localpart == "Agent"}
    assert PROV["Person"] in agents["ct:source/3"].get_asserted_types()
    assert PROV["Organization"] in agents["ct:source/1"].get_asserted_types()


def test_prov_keeps_hostile_text_exactly() -> None:
    back = ProvDocument.deserialize(content=prov_exporter.to_prov_json(_prov_doc()), format="json")
    evil = next(r for r in back.get_records(ProvEntity) if str(r.identifier) == "ct:claim/13")
    assert HOSTILE in [str(v) for v in evil.get_attribute(PROV["value"])]


def test_prov_n_is_written_with_quoted_text() -> None:
    text = prov_exporter.to_prov_n(_prov_doc())
    assert text.startswith("document") and text.rstrip().endswith("endDocument")
    assert "wasAttributedTo(ct:claim/10, ct:source/3" in text
    assert "wasDerivedFrom(ct:claim/10/relay/0, ct:claim/10/relay/1" in text
    assert "hadMember(ct:article/1, ct:claim/10/relay/0)" in text
    # every statement is one line: no string literal leaked an unescaped quote or line
    for line in text.splitlines()[1:-1]:
        assert line.count('"') % 2 == 0 or '"""' in line or line.strip() == "", line


# --------------------------------------------------------------------------- graph


def _provenance() -> catalog.Provenance:
    conflict = Conflict(
        id=1, kind="quantity", score=0.9, explanation="12 vs 0", claims=[CHAINED, DIRECT]
    )
    group = catalog.Corroboration(
        id=1, key="k", independent_origins=2, claims=[CHAINED, EVIL_CLAIM]
    )
    return catalog.Provenance(
        topic=HOSTILE,
        claims=[CHAINED, DIRECT, OWN_VOICE, EVIL_CLAIM],
        conflicts=[conflict],
        groups=[group],
    )


def test_graph_structure() -> None:
    g = graph_exporter.build_graph(_provenance())
    kinds = {(e.source, e.target, e.kind) for e in g.edges}
    assert ("a1", "s1", "publishes") in kinds
    assert ("s1", "s2", "cites") in kinds and ("s2", "s3", "cites") in kinds
    assert ("s3", "c10", "asserts") in kinds
    assert ("a1", "c12", "asserts") in kinds  # own voice: article → claim
    assert ("c10", "c11", "conflict") in kinds and ("c10", "c13", "corroboration") in kinds
    layers = {n.id: n.layer for n in g.nodes.values()}
    assert layers["a1"] < layers["s1"] < layers["s2"] < layers["s3"] < layers["c10"]


def _dot_strings(text: str) -> list[str]:
    """The quoted strings of a DOT file, decoded the way Graphviz reads them."""
    out = []
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', text, re.S):
        out.append(
            re.sub(r"\\(.)", lambda x: "\n" if x.group(1) == "n" else x.group(1), m.group(1))
        )
    return out


def test_dot_escapes_hostile_text() -> None:
    text = graph_exporter.to_dot(graph_exporter.build_graph(_provenance()))
    assert "\x1b" not in text and "\u202e" not in text
    # outside quoted strings only DOT syntax remains
    skeleton = re.sub(r'"((?:[^"\\]|\\.)*)"', '""', text, flags=re.S)
    assert "<script>" not in skeleton and "alert" not in skeleton
    decoded = _dot_strings(text)
    assert any('Evil "quote" \\ back <script>' in s for s in decoded)
    assert text.count("{") == text.count("}")
    assert 'color="#d62728"' in text and 'color="#2ca02c"' in text


def test_mermaid_escapes_hostile_text() -> None:
    text = graph_exporter.to_mermaid(graph_exporter.build_graph(_provenance()))
    for bad in ("<script", '"quote"', "`", "|pipe|", "%%", "\x1b", "-->\n%%"):
        assert bad not in text.replace("<br/>", "")
    assert "#60;script#62;" in text and "#34;quote#34;" in text
    assert re.search(r"linkStyle \d+ stroke:#d62728", text)
    assert re.search(r"linkStyle \d+ stroke:#2ca02c", text)
    for line in text.splitlines()[1:]:  # each label stays inside its ["..."]
        if '["' in line:
            assert line.count('"') == 2, line


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attrs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append(dict(attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_hostile_text_and_is_self_contained() -> None:
    page = graph_exporter.to_html(graph_exporter.build_graph(_provenance()))
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags  # the article's <script> stays text
    assert any("<script>alert(1)</script>" in t for t in parser.text)
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "\x1b" not in page and "\u202e" not in page
    nodes = [a for a in parser.attrs if "node" in (a.get("class") or "")]
    assert len(nodes) == 4 + 4 + 2  # sources (one hostile), claims, articles
    assert html.escape("<script>") in page


def test_cli_graph_formats(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    article = tmp_path / "a.txt"
    article.write_text(
        "Port strike\n\nAccording to Reuters, shipping lines diverted 40 vessels to Antwerp.\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["--db", db, "ingest", str(article), "--no-progress"]).exit_code == 0
    dot = runner.invoke(app, ["--db", db, "graph", "Antwerp", "--format", "dot"])
    assert dot.exit_code == 0 and dot.stdout.startswith("digraph provenance {")
    mer = runner.invoke(app, ["--db", db, "graph", "Antwerp", "--format", "mermaid"])
    assert mer.exit_code == 0 and mer.stdout.startswith("flowchart LR")
    out = tmp_path / "g.html"
    page = runner.invoke(app, ["--db", db, "graph", "Antwerp", "-o", str(out)])
    assert page.exit_code == 0 and "wrote" in page.stderr
    assert "Antwerp" in out.read_text(encoding="utf-8")
    bad = runner.invoke(app, ["--db", db, "graph", "--format", "png"])
    assert bad.exit_code == 2
    nowhere = runner.invoke(app, ["--db", db, "graph", "-o", str(tmp_path / "no" / "g.html")])
    assert nowhere.exit_code == 1 and "cannot write" in nowhere.stderr


def test_cli_export_prov(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    article = tmp_path / "a.txt"
    article.write_text(
        "Strike\n\nAccording to Reuters, 40 vessels were diverted.\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["--db", db, "ingest", str(article), "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "export", "--format", "prov-json"])
    assert result.exit_code == 0, result.output
    doc = ProvDocument.deserialize(content=result.stdout, format="json")
    assert any(str(r.identifier).startswith("ct:claim/") for r in doc.get_records(ProvEntity))
    provn = runner.invoke(app, ["--db", db, "export", "--format", "prov-n"])
    assert provn.exit_code == 0 and provn.stdout.startswith("document")
    bad = runner.invoke(app, ["--db", db, "export", "--format", "xml"])
    assert bad.exit_code == 2 and "export writes" in bad.output


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown"])
def test_cli_export_other_formats_still_work(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["--db", db, "export", "--format", fmt]).exit_code == 0
