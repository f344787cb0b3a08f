"""The catalogue: sources with counts, registry edits and their replay, claim detail,
corroborations; and the CLI commands over them. Stores are built with controlled content
(documents written directly) so that the tests do not depend on attribution quality."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from claimtrack import catalog, query
from claimtrack.cli import app
from claimtrack.errors import ClaimtrackError, QueryError
from claimtrack.records import ClaimDraft, Document, Mention, RawArticle, SourceRef
from claimtrack.store.engine import Store, open_store
from claimtrack.store.models import (
    ClaimGroupRow,
    ClaimRow,
    ConflictRow,
    RegistryEditRow,
    SourceRow,
)
from claimtrack.store.writer import SourceCache, content_hash, write_document

from .conftest import SEEDS

GUARDIAN = SourceRef(name="Guardian", kind="outlet")
GUR = SourceRef(name="GUR", kind="agency", full_name="Main Directorate of Intelligence")
HUR = SourceRef(name="HUR", kind="agency")
GENERAL = SourceRef(name="Oleksandr Zhuravlev", kind="person")
REUTERS = SourceRef(name="Reuters", kind="agency")

TEXT_A = (
    "Base attacked\n\n"
    "Smoke rose over the port on Monday. "
    "According to the Guardian, GUR said the general reported 12 aircraft destroyed. "
    "Reuters said the base was quiet. "
    "Officials declined to comment."
)
TEXT_B = "Second report\n\nHUR said 12 aircraft were destroyed at the base. Nothing else happened."


def _claim(text: str, span: str, chain: list[SourceRef], cue: str = "said") -> ClaimDraft:
    start = text.index(span)
    return ClaimDraft(start=start, end=start + len(span), text=span, cue=cue, chain=chain)


def _write(store: Store, doc: Document) -> list[int]:
    with store.session() as s:
        _, ids = write_document(
            s,
            doc,
            digest=content_hash(doc.article.text),
            extractor_version=1,
            sources=SourceCache(),
        )
    return ids


def _doc_a() -> Document:
    span = "GUR said the general reported 12 aircraft destroyed."
    claim = _claim(TEXT_A, span, [GUARDIAN, GUR, GENERAL], cue="reported")
    claim.reading = {"event": "destroy", "quantities": [{"value": 12, "unit": "aircraft"}]}
    quiet = _claim(TEXT_A, "Reuters said the base was quiet.", [REUTERS])
    mention_at = TEXT_A.index("port")
    return Document(
        article=RawArticle(
            path="a.txt", text=TEXT_A, title="Base attacked", published=date(2024, 12, 2)
        ),
        claims=[claim, quiet],
        mentions=[
            Mention(
                start=mention_at,
                end=mention_at + 4,
                surface="port",
                key="port",
                kind="place",
                claim_index=0,
            )
        ],
    )


def _doc_b() -> Document:
    span = "HUR said 12 aircraft were destroyed at the base."
    return Document(
        article=RawArticle(path="b.txt", text=TEXT_B, published=date(2024, 12, 5)),
        claims=[_claim(TEXT_B, span, [HUR])],
    )


@pytest.fixture
def store(db_path: str) -> Iterator[Store]:
    st = open_store(db_path)
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[int], list[int]]:
    return store, _write(store, _doc_a()), _write(store, _doc_b())


def _by_name(entries: list[catalog.SourceEntry]) -> dict[str, catalog.SourceEntry]:
    return {e.name: e for e in entries}


# --------------------------------------------------------------------------- sources


def test_sources_have_counts_and_dates(filled: tuple[Store, list[int], list[int]]) -> None:
    store, _, _ = filled
    with store.session() as s:
        entries = _by_name(catalog.list_sources(s))
    assert set(entries) == {"Guardian", "GUR", "Oleksandr Zhuravlev", "Reuters", "HUR"}
    assert (entries["Guardian"].originated, entries["Guardian"].relayed) == (0, 1)
    assert (entries["Oleksandr Zhuravlev"].originated, entries["Oleksandr Zhuravlev"].relayed) == (
        1,
        0,
    )
    assert (
        entries["GUR"].kind == "agency"
        and "Main Directorate of Intelligence" in entries["GUR"].aliases
    )
    assert entries["HUR"].first_date == entries["HUR"].last_date == date(2024, 12, 5)
    assert entries["GUR"].first_date == date(2024, 12, 2)


def test_sources_query_matches_names_and_aliases(
    filled: tuple[Store, list[int], list[int]],
) -> None:
    store, _, _ = filled
    with store.session() as s:
        assert [e.name for e in catalog.list_sources(s, "directorate")] == ["GUR"]
        assert [e.name for e in catalog.list_sources(s, "zhuravlev")] == ["Oleksandr Zhuravlev"]
        assert catalog.list_sources(s, "nobody") == []


def test_alias_is_recorded_and_found(filled: tuple[Store, list[int], list[int]]) -> None:
    store, _, _ = filled
    with store.session() as s:
        result = catalog.add_alias(s, "GUR", "Budanov's agency")
        assert result.edit.op == catalog.OP_ALIAS and "Budanov's agency" in result.source.aliases
    with store.session() as s:
        assert query.find_source(s, "budanovs agency").name == "GUR"
        assert [(e.op, e.arg1, e.arg2) for e in catalog.registry_edits(s)] == [
            ("source-alias", "GUR", "Budanov's agency")
        ]


@pytest.mark.parametrize(
    ("name", "alias", "needle"),
    [
        ("GUR", "HUR", "already names the source"),
        ("Nobody", "X", "no source named"),
        ("GUR", "!!", "no letters"),
    ],
)
def test_alias_refusals(
    filled: tuple[Store, list[int], list[int]], name: str, alias: str, needle: str
) -> None:
    store, _, _ = filled
    with pytest.raises(ClaimtrackError, match=needle), store.session() as s:
        catalog.add_alias(s, name, alias)
    with store.session() as s:
        assert catalog.registry_edits(s) == []


def test_merge_moves_claims_chains_and_aliases(filled: tuple[Store, list[int], list[int]]) -> None:
    store, _, b_ids = filled
    with store.session() as s:
        result = catalog.merge_sources(s, "GUR", "HUR")
    assert result.removed == "HUR" and result.claims_moved == 1
    with store.session() as s:
        assert query.find_source(s, "HUR").name == "GUR"
        names = {e.name for e in catalog.list_sources(s)}
        assert "HUR" not in names
        gur = _by_name(catalog.list_sources(s))["GUR"]
        assert (gur.originated, gur.relayed) == (1, 1)
        assert gur.last_date == date(2024, 12, 5)
        moved = query.claims_by_id(s, b_ids)[0]
        assert moved.source is not None and moved.source.name == "GUR"


def _relayed_claim(store: Store, path: str) -> int:
    """One claim relayed by HUR from GUR ("HUR said GUR said ..."); its id."""
    text = "HUR said GUR said the bridge fell."
    doc = Document(
        article=RawArticle(path=path, text=text),
        claims=[_claim(text, "the bridge fell.", [HUR, GUR])],
    )
    (cid,) = _write(store, doc)
    return cid


def test_merge_collapses_a_repeated_link(store: Store) -> None:
    cid = _relayed_claim(store, "c.txt")
    with store.session() as s:
        catalog.merge_sources(s, "GUR", "HUR")
    with store.session() as s:
        assert [x.name for x in query.claims_by_id(s, [cid])[0].chain] == ["GUR"]


def test_merge_refusals(filled: tuple[Store, list[int], list[int]]) -> None:
    store, _, _ = filled
    with pytest.raises(ClaimtrackError, match="already the same source"), store.session() as s:
        catalog.merge_sources(s, "GUR", "Main Directorate of Intelligence")
    with pytest.raises(QueryError), store.session() as s:
        catalog.merge_sources(s, "GUR", "Nobody")


def test_replay_folds_recreated_sources_back(filled: tuple[Store, list[int], list[int]]) -> None:
    store, _, _ = filled
    with store.session() as s:
        catalog.merge_sources(s, "GUR", "HUR")
        catalog.add_alias(s, "Reuters", "Thomson Reuters")
    # re-extraction writes a new article that names HUR and "Thomson Reuters" as sources
    text = "HUR said the depot burned. Thomson Reuters said so too."
    doc = Document(
        article=RawArticle(path="d.txt", text=text),
        claims=[
            _claim(text, "the depot burned.", [HUR]),
            _claim(text, "so too.", [SourceRef(name="Thomson Reuters", kind="agency")]),
        ],
    )
    depot, too = _write(store, doc)
    with store.session() as s:
        assert s.scalar(select(SourceRow.id).where(SourceRow.name == "HUR")) is not None
        assert catalog.replay_registry_edits(s) == 2
    with store.session() as s:
        names = {e.name for e in catalog.list_sources(s)}
        assert "HUR" not in names and "Thomson Reuters" not in names
        a, b = query.claims_by_id(s, [depot, too])
        assert a.source is not None and a.source.name == "GUR"
        assert b.source is not None and b.source.name == "Reuters"
        assert catalog.replay_registry_edits(s) == 0  # idempotent


def test_replay_skips_edits_whose_sources_are_gone(store: Store) -> None:
    _write(store, _doc_b())
    now = datetime.now(UTC)
    with store.session() as s:
        s.add(RegistryEditRow(op=catalog.OP_ALIAS, arg1="Nobody", arg2="X", created_at=now))
        s.add(RegistryEditRow(op=catalog.OP_MERGE, arg1="HUR", arg2="Ghost", created_at=now))
    with store.session() as s:
        assert catalog.replay_registry_edits(s) == 0


# --------------------------------------------------------------------------- claims


def _group_and_conflict(store: Store, a: int, b: int, other: int) -> None:
    with store.session() as s:
        group = ClaimGroupRow(key="destroy|aircraft|12", independent_origins=2)
        s.add(group)
        s.flush()
        s.execute(update(ClaimRow).where(ClaimRow.id.in_([a, b])).values(group_id=group.id))
        s.add(
            ConflictRow(
                kind="quantity",
                score=0.8,
                explanation="12 aircraft vs quiet",
                claim_a_id=min(a, other),
                claim_b_id=max(a, other),
                relay_distortion=False,
            )
        )


def test_claim_detail(filled: tuple[Store, list[int], list[int]]) -> None:
    store, (general, quiet), (hur,) = filled
    _group_and_conflict(store, general, hur, quiet)
    with store.session() as s:
        d = catalog.claim_detail(s, general)
    assert d.claim.text.startswith("GUR said")
    assert [x.name for x in d.claim.chain] == ["Guardian", "GUR", "Oleksandr Zhuravlev"]
    assert d.context.before == "Smoke rose over the port on Monday."
    assert d.context.after == "Reuters said the base was quiet."
    assert d.claim.text in d.context.sentence
    assert TEXT_A[d.context.start : d.context.end] == d.context.sentence
    assert d.reading["event"] == "destroy"
    assert [(m.surface, m.kind) for m in d.mentions] == [("port", "place")]
    assert d.corroboration is not None and d.corroboration.independent_origins == 2
    assert {c.id for c in d.corroboration.claims} == {general, hur}
    assert [c.kind for c in d.conflicts] == ["quantity"]


def test_claim_detail_unknown_id(store: Store) -> None:
    with pytest.raises(QueryError, match="no claim with id 7"), store.session() as s:
        catalog.claim_detail(s, 7)


def test_context_at_the_edges() -> None:
    ctx = catalog.context_of("Only one sentence here.", 0, 4)
    assert ctx.before is None and ctx.after is None and ctx.sentence == "Only one sentence here."


def test_corroborations_lists_groups_of_two_or_more(
    filled: tuple[Store, list[int], list[int]],
) -> None:
    store, (general, quiet), (hur,) = filled
    _group_and_conflict(store, general, hur, quiet)
    with store.session() as s:
        lone = ClaimGroupRow(key="lonely", independent_origins=1)
        s.add(lone)
        s.flush()
        s.execute(update(ClaimRow).where(ClaimRow.id == quiet).values(group_id=lone.id))
    with store.session() as s:
        groups = catalog.corroborations(s)
        assert [len(g.claims) for g in groups] == [2]
        assert catalog.corroborations(s, "aircraft")[0].independent_origins == 2
        assert catalog.corroborations(s, "quiet") == []


# --------------------------------------------------------------------------- CLI


def run(runner: CliRunner, db: str, *args: str) -> object:
    return runner.invoke(app, ["--db", db, *args])


@pytest.fixture
def seeded(runner: CliRunner, tmp_path: Path) -> str:
    db = str(tmp_path / "seeded.db")
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    result = run(runner, db, "ingest", str(corpus), "--no-progress")
    assert result.exit_code == 0, result.output
    return db


SOURCE_ENTRY_KEYS = {
    "id",
    "name",
    "full_name",
    "kind",
    "aliases",
    "originated",
    "relayed",
    "first_date",
    "last_date",
}


def test_cli_sources_on_the_seeds(runner: CliRunner, seeded: str) -> None:
    result = run(runner, seeded, "sources", "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert entries and all(set(e) == SOURCE_ENTRY_KEYS for e in entries)
    first = entries[0]["name"]
    same = json.loads(run(runner, seeded, "sources", "list", first, "--json").stdout)
    assert first in [e["name"] for e in same]
    assert json.loads(run(runner, seeded, "sources", first, "--json").stdout) == same
    table = run(runner, seeded, "sources")
    assert table.exit_code == 0 and first in table.stdout
    for fmt, needle in (
        ("csv", "id,name,full_name"),
        ("markdown", "| id | name"),
        ("jsonl", '"id"'),
    ):
        out = run(runner, seeded, "sources", "--format", fmt)
        assert out.exit_code == 0 and needle in out.stdout


def test_cli_alias_and_merge(runner: CliRunner, db_path: str) -> None:
    st = open_store(db_path)
    _write(st, _doc_a())
    _write(st, _doc_b())
    st.close()
    result = run(runner, db_path, "sources", "alias", "GUR", "Budanov agency", "--json")
    assert result.exit_code == 0, result.output
    assert "Budanov agency" in json.loads(result.stdout)["source"]["aliases"]
    assert run(runner, db_path, "sources", "alias", "GUR", "HUR").exit_code == 1
    merged = run(runner, db_path, "sources", "merge", "GUR", "HUR")
    assert merged.exit_code == 0 and "Merged" in merged.stdout
    again = run(runner, db_path, "sources", "merge", "GUR", "HUR")
    assert again.exit_code == 1 and "already the same source" in again.stderr
    assert run(runner, db_path, "sources", "merge", "GUR").exit_code == 2
    assert (
        "HUR" in json.loads(run(runner, db_path, "sources", "GUR", "--json").stdout)[0]["aliases"]
    )


def test_cli_show(runner: CliRunner, seeded: str) -> None:
    claims = json.loads(run(runner, seeded, "export").stdout)["claims"]
    cid = next((c for c in claims if c["chain"]), claims[0])["id"]
    result = run(runner, seeded, "show", str(cid), "--json")
    assert result.exit_code == 0, result.output
    detail = json.loads(result.stdout)
    assert set(detail) == {"claim", "context", "reading", "mentions", "corroboration", "conflicts"}
    assert detail["claim"]["id"] == cid and detail["claim"]["text"] in detail["context"]["sentence"]
    table = run(runner, seeded, "show", str(cid))
    assert table.exit_code == 0 and f"Claim #{cid}" in table.stdout and "Chain" in table.stdout
    missing = run(runner, seeded, "show", "999999")
    assert missing.exit_code == 1 and missing.stderr.count("\n") == 1
    assert "no claim with id 999999" in missing.stderr
    assert run(runner, seeded, "show", "abc").exit_code == 2


def test_cli_corroborations(runner: CliRunner, seeded: str) -> None:
    result = run(runner, seeded, "corroborations", "--json")
    assert result.exit_code == 0, result.output
    for g in json.loads(result.stdout):
        assert set(g) == {"id", "key", "independent_origins", "claims"} and len(g["claims"]) >= 2
    for fmt in ("csv", "markdown", "jsonl"):
        assert run(runner, seeded, "corroborations", "--format", fmt).exit_code == 0
    assert run(runner, seeded, "corroborations").exit_code == 0


def test_no_colour_when_not_a_terminal_or_no_color(
    runner: CliRunner, seeded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = run(runner, seeded, "sources")
    assert "\x1b[" not in out.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal that asks for colour ...
    from claimtrack import render

    assert render._console().no_color is True  # ... but NO_COLOR wins
    out = run(runner, seeded, "sources")
    assert "\x1b[" in out.stdout  # styles (bold) are allowed by NO_COLOR; colours are not
    assert not _colour_codes(out.stdout)


def _colour_codes(text: str) -> list[str]:
    """SGR parameters that set a foreground or background colour."""
    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        for p in params.split(";"):
            if p and (30 <= int(p) <= 49 or 90 <= int(p) <= 107):
                found.append(p)
    return found


def test_shell_completion_script(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    # typer asks shellingham which shell runs the process: under a job runner with no shell
    # as parent it finds none, so the test names bash itself
    monkeypatch.setattr("shellingham.detect_shell", lambda *a, **k: ("bash", "/bin/bash"))
    result = runner.invoke(app, ["--show-completion", "bash"], env={"SHELL": "/bin/bash"})
    assert result.exit_code == 0, result.output
    assert "complete" in result.stdout and "claimtrack" in result.stdout.lower()


@pytest.mark.parametrize(
    "command",
    [
        "sources",
        "sources list",
        "sources alias",
        "sources merge",
        "show",
        "corroborations",
        "graph",
        "export",
    ],
)
def test_help_has_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "claimtrack " + command.split()[0] in result.stdout


def test_store_is_friendly_to_datasette(seeded: str) -> None:
    import sqlite3

    conn = sqlite3.connect(seeded)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"claims_view", "conflicts_view", "claims_fts", "registry_edits"} <= names
        n = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM claims_view").fetchone()[0] == n
        hits = conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'Aleppo'")
        assert hits.fetchone()[0] > 0
    finally:
        conn.close()


def test_claims_by_id_reads_a_repeated_id_once(store: Store) -> None:
    # conflict listings ask for one claim per side of every finding: a claim in many
    # findings is asked for again and again, across the look-up's chunks of ids
    cid = _relayed_claim(store, "r.txt")
    with store.session() as s:
        claims = query.claims_by_id(s, [cid] * 1201)
    assert len(claims) == 1201
    assert all([x.name for x in c.chain] == ["HUR", "GUR"] for c in claims)


def test_a_source_relaying_itself_is_one_link(store: Store) -> None:
    text = "GUR, citing GUR sources, said the bridge fell; GUR said the depot burned."
    doc = Document(
        article=RawArticle(path="s.txt", text=text),
        claims=[
            _claim(text, "the bridge fell", [GUR, GUR]),
            _claim(text, "the depot burned.", [HUR, GUR, GUR]),
        ],
    )
    first, second = _write(store, doc)
    with store.session() as s:
        a, b = query.claims_by_id(s, [first, second])
        assert [x.name for x in a.chain] == ["GUR"]
        assert [x.name for x in b.chain] == ["HUR", "GUR"]
        counts = _by_name(catalog.list_sources(s))["GUR"]
        assert (counts.originated, counts.relayed) == (2, 0)


# ------------------------------------------------------------------ aliases and batching

ALIAS_ARTICLES = {
    "1.txt": "Bridge closed\n\nThe Varna bridge was closed on Monday, said Major General Anna "
    "Petrova.\n",
    "2.txt": "Port reopens\n\nThe port of Burgas reopened on Tuesday, said Colonel Anna Petrova, "
    "the regional commander.\n",
    "3.txt": "Ferries resume\n\nFerries to Sozopol resumed at noon, Anna Petrova said.\n",
}


def test_a_sources_aliases_do_not_depend_on_how_articles_were_split_into_runs(
    tmp_path: Path, runner: CliRunner
) -> None:
    """Each name a source is written under becomes an alias, whether it is met in the run
    that first stored the source or in a later one (it was only the first name per run)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ALIAS_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    one, several = str(tmp_path / "one.db"), str(tmp_path / "several.db")
    assert runner.invoke(app, ["--db", one, "ingest", str(folder), "--no-progress"]).exit_code == 0
    for name in sorted(ALIAS_ARTICLES):
        args = ["--db", several, "ingest", str(folder / name), "--no-progress"]
        assert runner.invoke(app, args).exit_code == 0

    def aliases(db: str) -> dict[str, list[str]]:
        out = runner.invoke(app, ["--db", db, "sources", "--json"]).stdout
        return {s["name"]: s["aliases"] for s in json.loads(out)}

    assert aliases(one) == aliases(several)
    assert {"Major General Anna Petrova", "Colonel Anna Petrova"} <= set(
        aliases(one)["Anna Petrova"]
    )
    found = runner.invoke(
        app, ["--db", one, "who-said", "--source", "Colonel Anna Petrova", "--json"]
    )
    assert found.exit_code == 0 and len(json.loads(found.stdout)) == 3
