"""The stored per-source counts (``source_counts``, migration 0003) stay exact.

Every write path is checked against the aggregate the who-said summary and the sources
listing ran before 0003 (kept here as the reference): new articles, re-extraction in place,
``sources merge`` / ``sources alias`` and their replay, concurrent ingests, and the backfill
of a store made by 0002.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from benchmarks.corpus import write_corpus
from claimtrack import catalog
from claimtrack.ingest import IngestReport, ingest
from claimtrack.pipeline import process
from claimtrack.query import source_summary
from claimtrack.records import RawArticle
from claimtrack.store.engine import Store, migrations_dir, open_store, schema_version
from claimtrack.store.models import (
    ArticleRow,
    ClaimChainRow,
    ClaimRow,
    SourceCountRow,
    SourceRow,
)
from claimtrack.store.writer import EntityCache, SourceCache, content_hash, write_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# hand-written: relays of relays, a source twice in one chain (not adjacent), an undated
# article, a source (the FT) that a merge folds away and a later article brings back
ARTICLES = {
    "convoy.txt": (
        "Convoy moves north\n\nPublished: 2024-12-05\n\n"
        "Reuters, citing the GUR, reported that a convoy of 40 trucks left Hmeymim on "
        "Tuesday. The Financial Times said, citing Reuters, that the base was being emptied. "
        "According to the BBC, which cited Reuters, the ships had left Tartus. "
        "ISW analysts said the withdrawal was orderly.\n"
    ),
    "airbase.txt": (
        "Airbase quiet\n\n"
        "The Guardian reported, citing the FT, that the airbase was quiet on Wednesday. "
        "Kamal Lababidi told Reuters that 12 aircraft remained. The FT said the Guardian had "
        "seen satellite images, citing Maxar. Officials said nothing had changed, according "
        "to AFP.\n"
    ),
    "undated.txt": (
        "Undated note\n\n"
        "The GUR said the convoy had left, according to Reuters. Officials said the base was "
        "quiet, the BBC reported. Reuters said, citing the BBC, citing Reuters, that the count "
        "was 40.\n"
    ),
}
LATER = (
    "Satellite images\n\nPublished: 2024-12-09\n\n"
    "The FT reported, citing Maxar, that two aircraft had left the base. "
    "According to the Guardian, the FT had seen the images first.\n"
)


def reference(session: Session) -> dict[int, tuple[int, int]]:
    """The pre-0003 aggregate: source id -> (claims originated, distinct claims in chain)."""
    originated = dict(
        session.execute(
            select(ClaimRow.source_id, func.count())
            .where(ClaimRow.source_id.is_not(None))
            .group_by(ClaimRow.source_id)
        ).all()
    )
    in_chain = dict(
        session.execute(
            select(
                ClaimChainRow.source_id, func.count(func.distinct(ClaimChainRow.claim_id))
            ).group_by(ClaimChainRow.source_id)
        ).all()
    )
    return {
        sid: (originated.get(sid, 0), in_chain.get(sid, 0))
        for sid in set(originated) | set(in_chain)
    }


def stored(session: Session) -> dict[int, tuple[int, int]]:
    return {
        sid: (o, n)
        for sid, o, n in session.execute(
            select(SourceCountRow.source_id, SourceCountRow.originated, SourceCountRow.in_chain)
        )
        if o or n
    }


def assert_exact(db: str) -> dict[int, tuple[int, int]]:
    store = open_store(db)
    try:
        with store.session() as s:
            ref = reference(s)
            assert ref, "nothing stored: nothing was tested"
            assert stored(s) == ref
            # no stored row for a source that is gone, none negative
            rows = s.execute(select(SourceCountRow)).scalars().all()
            assert all(r.originated >= 0 and r.in_chain >= r.originated for r in rows)
            ids = set(s.scalars(select(SourceRow.id)))
            assert {r.source_id for r in rows} <= ids
            # the summary reads them: same numbers as the reference
            summary = {
                c.source.id: (c.originated, c.originated + c.relayed) for c in source_summary(s)
            }
            assert summary == {sid: v for sid, v in ref.items() if v[1]}
            listing = {
                e.id: (e.originated, e.originated + e.relayed) for e in catalog.list_sources(s)
            }
            assert {sid: v for sid, v in listing.items() if v[1]} == summary
    finally:
        store.close()
    return ref


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def _ingest(db: str, *paths: Path, reprocess: bool = False) -> IngestReport:
    store = open_store(db)
    try:
        return ingest(store, [str(p) for p in paths], reprocess=reprocess)
    finally:
        store.close()


def test_counts_follow_every_write_path(any_db: str, tmp_path: Path) -> None:
    extra = _write(tmp_path / "extra", ARTICLES)
    _ingest(any_db, SEEDS, extra)
    assert_exact(any_db)

    # re-extraction in place (--reprocess): the article's old claims are uncounted
    store = open_store(any_db)
    with store.session() as s:
        s.execute(update(ArticleRow).values(extractor_version=0))
    store.close()
    assert _ingest(any_db, SEEDS, extra, reprocess=True).reprocessed == len(ARTICLES) + 5
    before = assert_exact(any_db)

    # registry corrections: a merge moves counts, an alias changes none
    store = open_store(any_db)
    with store.session() as s:
        result = catalog.merge_sources(s, "Guardian", "FT")
        assert result.claims_moved > 0
        catalog.merge_sources(s, "Reuters", "BBC")  # chains Reuters → BBC → Reuters collapse
        catalog.add_alias(s, "ISW", "War Institute")
    store.close()
    after = assert_exact(any_db)
    assert after != before

    # a later article brings the FT back; the replayed merge folds it in again
    _ingest(any_db, _write(tmp_path / "later", {"later.txt": LATER}))
    assert_exact(any_db)
    store = open_store(any_db)
    with store.session() as s:
        assert not [e for e in catalog.list_sources(s, "FT") if e.name == "FT"]
    store.close()


def test_reextraction_with_other_claims(any_db: str) -> None:
    """An article re-extracted into different claims and sources: old ones uncounted."""
    store = open_store(any_db)
    first = process(RawArticle(path="a.txt", text=ARTICLES["convoy.txt"]))
    other = process(RawArticle(path="a.txt", text=ARTICLES["airbase.txt"]))
    empty = process(RawArticle(path="a.txt", text="Nothing\n\nNo one said anything.\n"))
    sources, entities = SourceCache(), EntityCache()
    with store.session() as s:
        aid, _ = write_document(
            s,
            first,
            digest=content_hash("x"),
            extractor_version=1,
            sources=sources,
            entities=entities,
        )
        write_document(  # another article sharing sources
            s,
            other,
            digest=content_hash("y"),
            extractor_version=1,
            sources=sources,
            entities=entities,
        )
    for doc in (other, first, empty, first):
        with store.session() as s:
            write_document(
                s,
                doc,
                digest=content_hash("x"),
                extractor_version=2,
                sources=sources,
                entities=entities,
                replace_article_id=aid,
            )
        with store.session() as s:
            assert stored(s) == reference(s)
    store.close()


def test_concurrent_ingests_keep_exact_counts(any_db: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 24)
    files = sorted(str(p) for p in corpus.rglob("*") if p.is_file())
    sets = [[f for i, f in enumerate(files) if i % 3 != k] for k in range(3)]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "claimtrack",
                "--db",
                any_db,
                "ingest",
                *part,
                "--no-progress",
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for part in sets
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert json.loads(out)["failed"] == []
    assert assert_exact(any_db)


def _alembic(store: Store, target: str, up: bool) -> None:
    with store.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.attributes["connection"] = conn
        (command.upgrade if up else command.downgrade)(cfg, target)


def test_a_0002_store_is_upgraded_and_backfilled(any_db: str, tmp_path: Path) -> None:
    extra = _write(tmp_path / "extra", ARTICLES)
    _ingest(any_db, SEEDS, extra)
    store = open_store(any_db)
    with store.session() as s:
        catalog.merge_sources(s, "Guardian", "FT")
        expected = reference(s)
    _alembic(store, "0002", up=False)  # what a 0002 claimtrack left: no counts at all
    assert schema_version(store) == "0002"
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claims")).scalar_one() > 0
    store.close()
    assert assert_exact(any_db) == expected  # open_store upgraded and backfilled
    store = open_store(any_db)
    assert schema_version(store) == ScriptDirectory(str(migrations_dir())).get_current_head()
    store.close()


def test_summary_reads_the_stored_counts_only(db_path: str) -> None:
    """The summary's plan touches ``source_counts``, never ``claims`` or ``claim_chain``."""
    _ingest(db_path, SEEDS)
    store = open_store(db_path)
    statements: list[str] = []
    from sqlalchemy import event

    @event.listens_for(store.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    with store.session() as s:
        assert source_summary(s)
    reads = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
    assert reads and not any("claim" in q.lower() for q in reads)
    store.close()
