"""``ingest --workers N`` and several writers at once (PostgreSQL).

The SQLite concurrency test lives in ``tests/test_concurrency.py``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, delete, func, select, update
from typer.testing import CliRunner

import claimtrack.ingest as ingest_module
from benchmarks.corpus import write_corpus
from claimtrack.catalog import list_sources, merge_sources
from claimtrack.cli import app
from claimtrack.errors import StoreError
from claimtrack.ingest import ingest
from claimtrack.store.conflicts import apply_planned, plan_pending
from claimtrack.store.engine import open_store
from claimtrack.store.models import ArticleRow, ClaimRow, ConflictRow, SourceRow
from claimtrack.store.writer import content_hash


def _normalised_export(runner: CliRunner, db: str) -> Any:
    """The store's JSON export with ids, and paths' temp prefixes, taken out."""
    result = runner.invoke(app, ["--db", db, "export"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id" and not k.endswith("_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(data)


def test_workers_2_gives_the_same_export_as_workers_1(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 16, seed=11)
    exports = []
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        args = ["--db", db, "ingest", str(corpus), "--no-progress", "--json"]
        result = runner.invoke(app, [*args, "--workers", str(workers)])
        assert result.exit_code == 0, result.output
        summary = json.loads(result.stdout)
        assert summary["new"] == 16 and not summary["failed"]
        exports.append(_normalised_export(runner, db))
    assert exports[0] == exports[1]
    assert exports[0]["claims"]


def test_workers_skip_articles_already_stored(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 6, seed=3)
    db = str(tmp_path / "s.db")
    args = ["--db", db, "ingest", str(corpus), "--no-progress", "--json", "--workers", "2"]
    assert json.loads(runner.invoke(app, args).stdout)["new"] == 6
    again = json.loads(runner.invoke(app, args).stdout)
    assert again["new"] == 0 and again["unchanged"] == 6


@pytest.mark.slow
@pytest.mark.postgres
def test_concurrent_writers_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    """Three processes ingest overlapping article sets at once: none lost, none twice."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 30, seed=5)
    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    sets = [files[:20], files[10:], list(reversed(files))]
    env = {**os.environ, "CLAIMTRACK_DB": pg_url}
    # migrate once up front, as a team would; the writers then race on data only
    subprocess.run([sys.executable, "-m", "claimtrack", "articles", "--json"], env=env, check=True)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "claimtrack", "ingest", *paths, "--no-progress", "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in sets
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    reports = [json.loads(out) for out, _ in outs]
    texts = {Path(f).read_text(encoding="utf-8") for f in files}
    expected = {content_hash(t) for t in texts}
    # every distinct text was written exactly once, by one of the writers
    assert sum(r["new"] for r in reports) == len(expected)
    assert all(r["new"] + r["unchanged"] == len(s) for r, s in zip(reports, sets, strict=True))
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        hashes = list(conn.scalars(select(ArticleRow.content_hash)))
        assert sorted(hashes) == sorted(expected)
        # each article's claims were written whole, once: seqs are 0..n-1 without gaps
        per_article = conn.execute(
            select(ClaimRow.article_id, func.count(), func.max(ClaimRow.seq)).group_by(
                ClaimRow.article_id
            )
        ).all()
        assert len(per_article) == len(expected)
        assert all(n == top + 1 for _, n, top in per_article)
        keys = list(conn.scalars(select(SourceRow.key)))
        assert len(keys) == len(set(keys))
    engine.dispose()


def _double(items: list[int]) -> list[int]:
    return [2 * i for i in items]


def test_workers_read_their_input_lazily_and_in_order() -> None:
    """Fast workers in front of a slow writer must not read (and hold) the whole corpus:
    ``Pool.imap`` would pull every input at once."""
    import multiprocessing

    from claimtrack.ingest import ordered_map

    pulled = 0

    def inputs() -> Iterator[int]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield i

    chunk, ahead = 4, 3
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        out = []
        for value in ordered_map(pool, _double, inputs(), chunk, ahead):
            out.append(value)
            # never more than the chunk being consumed plus ``ahead`` chunks sent
            assert pulled - len(out) < (ahead + 1) * chunk
    assert out == [2 * i for i in range(10_000)]


# ---------------------------------------------------------------- the refresher process
# With workers, conflicts are refreshed in a process of their own, one batch behind the
# writer (claimtrack.ingest module docstring). A refresh planned late, after the writer
# stored later batches, must still see only its own batch's store: the result is the
# store of workers=1, ids and all.


def _export(runner: CliRunner, db: str) -> Any:
    result = runner.invoke(app, ["--db", db, "export"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _late(plan: Any) -> Any:
    def planned_late(*args: Any, **kw: Any) -> Any:
        time.sleep(0.3)  # the writer stores the next batches meanwhile
        return plan(*args, **kw)

    return planned_late


@pytest.mark.slow
@pytest.mark.parametrize("with_merge", [False, True], ids=["plain", "recorded-merge"])
def test_refreshes_behind_the_writer_give_the_store_of_one_process(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, with_merge: bool
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 30, seed=21)
    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    first, rest = files[:6], files[6:]
    exports = []
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        store = open_store(db)
        ingest(store, first, batch_size=4)
        if with_merge:  # replayed after every batch: the writer waits for the refresher
            with store.session() as s:
                names = sorted(e.name for e in list_sources(s))
                merge_sources(s, names[0], names[1])
        if workers > 1:
            monkeypatch.setattr(ingest_module, "plan_pending", _late(plan_pending))
        ingest(store, rest, workers=workers, batch_size=4)
        monkeypatch.undo()
        store.close()
        exports.append(_export(runner, db))
    assert exports[0]["conflicts"], "the corpus must give conflicts for this test to mean much"
    assert exports[0] == exports[1]


def test_a_refresh_planned_before_claims_were_deleted_is_planned_again(tmp_path: Path) -> None:
    """``apply_planned`` checks that what the plan read is still stored as it was read;
    here an article is deleted between planning and writing (as a reprocessing or another
    writer might): writing the old plan would refer to claims that are gone."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 12, seed=4)
    store = open_store(str(tmp_path / "s.db"))
    ingest(store, [str(corpus)])
    with store.session() as s:
        article_of = dict(s.execute(select(ClaimRow.id, ClaimRow.article_id)).all())
        findings = s.execute(select(ConflictRow.claim_a_id, ConflictRow.claim_b_id)).all()
        a = next(a for a, b in findings if article_of[a] != article_of[b])
        gone_article = article_of[a]
        s.execute(update(ArticleRow).values(conflicts_checked=False))
    with store.reading() as s:
        plan = plan_pending(s)
    assert any(a in (f.claim_a, f.claim_b) for f in plan.findings)
    with store.session() as s:
        s.execute(delete(ArticleRow).where(ArticleRow.id == gone_article))
    with store.session() as s:
        apply_planned(s, plan, None)
    with store.session() as s:
        stored = s.execute(select(ConflictRow.claim_a_id, ConflictRow.claim_b_id)).all()
        assert stored and a not in {x for pair in stored for x in pair}
        unchecked = s.scalars(select(ArticleRow.id).where(~ArticleRow.conflicts_checked)).all()
        assert unchecked == []
    store.close()


def test_a_failed_refresh_is_one_error_and_keeps_the_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 10, seed=6)
    store = open_store(str(tmp_path / "s.db"))

    def broken(*_args: Any, **_kw: Any) -> int:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(ingest_module, "apply_planned", broken)
    with pytest.raises(StoreError) as err:
        ingest(store, [str(corpus)], workers=2, batch_size=4)
    message = str(err.value)
    assert "conflict refresh failed (RuntimeError: disk on fire)" in message
    assert "\n" not in message
    monkeypatch.undo()
    with store.session() as s:
        # the failure reaches the writer at one of its next steps, whichever the timing:
        # the batches written by then (4, 8 or all 10 articles) stay, whole
        stored = s.scalar(select(func.count()).select_from(ArticleRow))
        assert stored in (4, 8, 10)
        assert s.scalar(select(func.count()).select_from(ConflictRow)) == 0
    # the next ingest stores the rest and computes the conflicts left unchecked
    report = ingest(store, [str(corpus)])
    assert report.unchanged == stored and report.new == 10 - stored
    assert report.conflicts > 0
    store.close()


@pytest.mark.slow
def test_ctrl_c_with_workers_is_one_line_and_keeps_what_was_stored(tmp_path: Path) -> None:
    """Ctrl-C in a terminal interrupts the whole process group: the extraction workers and
    the refresher too. Only the writer reports it (one line); nothing is lost."""
    corpus = tmp_path / "corpus"
    total = 160
    write_corpus(corpus, total, seed=13)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [*_CLI, "--db", str(db), "ingest", str(corpus), "--workers", "2", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # a terminal's job takes Ctrl-C; a test runner started in the background of a
        # non-interactive shell hands its children SIGINT ignored, and Python then installs
        # no KeyboardInterrupt handler: give the child the terminal's default back
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and _stored(db) >= 20:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err  # (what it said, when a race ends it otherwise)
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        "claimtrack: error: interrupted; every article stored before the interruption is kept"
    ]
    stored = _stored(db)
    again = subprocess.run(
        [*_CLI, "--db", str(db), "ingest", str(corpus), "--no-progress", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(again.stdout)
    assert report["unchanged"] == stored and report["new"] == total - stored


_CLI = (sys.executable, "-m", "claimtrack")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stored(db: Path) -> int:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(ArticleRow)) or 0)
    except Exception:  # the first migration may still be running
        return 0
    finally:
        engine.dispose()
