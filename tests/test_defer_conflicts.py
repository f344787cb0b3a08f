"""``ingest --defer-conflicts``: store now, compare later (``store.conflicts.catch_up``).

The catch-up compares the unchecked articles in the batches an ingest refreshes after, each
as if the later articles were not stored yet, so a deferred ingest followed by a catch-up
must leave exactly the store of a plain ingest: the tests compare whole exports, ids
included.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import claimtrack.store.conflicts as conflicts_module
from benchmarks.corpus import write_corpus
from claimtrack.cli import app
from claimtrack.ingest import ingest
from claimtrack.store.conflicts import catch_up, has_pending, plan_pending
from claimtrack.store.engine import open_store
from claimtrack.store.models import ArticleRow


def _export(runner: CliRunner, db: str) -> Any:
    result = runner.invoke(app, ["--db", db, "export"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _files(tmp_path: Path, n: int, seed: int) -> list[str]:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n, seed=seed)
    return sorted(str(p) for p in corpus.rglob("*.txt"))


def _plain(tmp_path: Path, files: list[str], batch_size: int) -> str:
    """A store of ``files`` ingested the plain way (conflicts compared batch by batch)."""
    plain = str(tmp_path / "plain.db")
    store = open_store(plain)
    ingest(store, files, batch_size=batch_size)
    store.close()
    return plain


def _plain_and_deferred(tmp_path: Path, files: list[str], workers: int = 1) -> tuple[str, str]:
    plain, deferred = _plain(tmp_path, files, 5), str(tmp_path / "deferred.db")
    store = open_store(deferred)
    report = ingest(store, files, batch_size=5, defer_conflicts=True, workers=workers)
    assert report.conflicts == 0 and report.unchecked == len(files)
    with store.reading() as s:
        assert has_pending(s)
    found = catch_up(store, batch_size=5)
    assert found > 0
    with store.reading() as s:
        assert not has_pending(s)
    store.close()
    return plain, deferred


@pytest.mark.parametrize("workers", [1, 2])
def test_deferred_then_caught_up_is_the_store_of_a_plain_ingest(
    tmp_path: Path, runner: CliRunner, workers: int
) -> None:
    plain, deferred = _plain_and_deferred(tmp_path, _files(tmp_path, 24, seed=21), workers)
    expected = _export(runner, plain)
    assert expected["conflicts"], "the corpus must give conflicts for this test to mean much"
    assert _export(runner, deferred) == expected


def test_a_catch_up_sees_only_the_articles_stored_before_each_batch_ends(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the bound, the first batch would be compared with every later claim at once
    (one big batch): a different store than the ingest that compares batch after batch."""
    files = _files(tmp_path, 24, seed=21)
    plain = _plain(tmp_path, files, 5)
    unbounded = str(tmp_path / "unbounded.db")
    store = open_store(unbounded)
    ingest(store, files, batch_size=5, defer_conflicts=True)
    monkeypatch.setattr(conflicts_module, "plan_pending", lambda s, bound: plan_pending(s))
    catch_up(store, batch_size=5)
    store.close()
    assert _export(runner, unbounded) != _export(runner, plain)


def test_an_interrupted_catch_up_keeps_its_batches_and_the_next_one_finishes(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(tmp_path, 12, seed=5)
    plain = _plain(tmp_path, files, 4)
    db = str(tmp_path / "d.db")
    store = open_store(db)
    ingest(store, files, batch_size=4, defer_conflicts=True)
    calls = []

    def failing_second(s: Any, bound: int | None = None) -> Any:
        calls.append(bound)
        if len(calls) == 2:
            raise RuntimeError("interrupted")
        return plan_pending(s, bound)

    monkeypatch.setattr(conflicts_module, "plan_pending", failing_second)
    with pytest.raises(RuntimeError):
        catch_up(store, batch_size=4)
    monkeypatch.undo()
    with store.reading() as s:
        unchecked = s.scalar(select(func.count()).where(ArticleRow.conflicts_checked.is_(False)))
    assert unchecked == 8  # the first batch of 4 was written, the failed one rolled back
    catch_up(store, batch_size=4)
    store.close()
    assert _export(runner, db) == _export(runner, plain)


def test_cli_defers_and_the_commands_that_show_conflicts_catch_up(
    tmp_path: Path, runner: CliRunner
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 10, seed=21)
    plain, deferred = str(tmp_path / "p.db"), str(tmp_path / "d.db")
    args = ["ingest", str(corpus), "--no-progress", "--json"]
    assert runner.invoke(app, ["--db", plain, *args]).exit_code == 0
    result = runner.invoke(app, ["--db", deferred, *args, "--defer-conflicts"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["conflicts"] == 0 and summary["unchecked"] == 10
    # who-said does not compare (and needs nothing compared)
    assert runner.invoke(app, ["--db", deferred, "who-said"]).exit_code == 0
    assert has_pending_in(deferred)
    shown = runner.invoke(app, ["--db", deferred, "conflicts", "--json"])
    assert shown.exit_code == 0, shown.output
    expected = runner.invoke(app, ["--db", plain, "conflicts", "--json"])
    assert json.loads(shown.stdout) == json.loads(expected.stdout) != []
    assert not has_pending_in(deferred)


@pytest.mark.parametrize("command", [["corroborations"], ["export"], ["graph"], ["show", "1"]])
def test_every_command_that_shows_conflicts_or_groups_catches_up(
    tmp_path: Path, runner: CliRunner, command: list[str]
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4, seed=2)
    db = str(tmp_path / "d.db")
    args = ["--db", db, "ingest", str(corpus), "--no-progress", "--defer-conflicts"]
    assert runner.invoke(app, args).exit_code == 0
    assert has_pending_in(db)
    result = runner.invoke(app, ["--db", db, *command])
    assert result.exit_code == 0, result.output
    assert not has_pending_in(db)


def test_plain_summary_says_what_is_left_to_compare(tmp_path: Path, runner: CliRunner) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3, seed=2)
    args = ["--db", str(tmp_path / "d.db"), "ingest", str(corpus), "--no-progress"]
    result = runner.invoke(app, [*args, "--defer-conflicts"])
    assert result.exit_code == 0
    assert "Conflicts not computed yet for 3 article(s)" in result.output


def has_pending_in(db: str) -> bool:
    store = open_store(db)
    try:
        with store.reading() as s:
            return has_pending(s)
    finally:
        store.close()
