"""The same articles give the same store on SQLite and on PostgreSQL, ids included, so a
team that moves from one to the other (or compares exports) sees no difference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from benchmarks.corpus import write_corpus
from claimtrack.cli import app
from claimtrack.ingest import ingest
from claimtrack.store.engine import open_store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _export(runner: CliRunner, db: str) -> Any:
    result = runner.invoke(app, ["--db", db, "export"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.postgres
def test_two_ingests_give_the_same_export_on_both_backends(
    tmp_path: Path, runner: CliRunner, pg_url: str
) -> None:
    """The second ingest meets the first one's sources and entities again in a new process
    (empty caches): on PostgreSQL an insert that ``ON CONFLICT`` skips still draws a
    sequence value, so without a look-up first the new sources' ids had gaps there."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 24, seed=8)
    # the seeds name sources of the generated corpus again, and new ones after them
    batches = [sorted(str(p) for p in corpus.rglob("*.txt")), [str(SEEDS)]]
    exports = []
    for db in (str(tmp_path / "s.db"), pg_url):
        for batch in batches:
            args = ["--db", db, "ingest", *batch, "--no-progress", "--json"]
            result = runner.invoke(app, args)
            assert result.exit_code == 0, result.output
        exports.append(_export(runner, db))
    sqlite, postgres = exports
    assert [s["id"] for s in sqlite["sources"]] == [s["id"] for s in postgres["sources"]]
    for part in ("articles", "sources", "claims"):
        assert sqlite[part] == postgres[part], part
    # conflict ids may differ: SQLite gives a new row the id after the highest one left,
    # so ids of findings that a refresh deleted come back; a PostgreSQL sequence never
    # goes back. The findings themselves are the same.
    assert [_without_id(c) for c in sqlite["conflicts"]] == [
        _without_id(c) for c in postgres["conflicts"]
    ]
    assert sqlite["conflicts"]


def _without_id(conflict: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in conflict.items() if k != "id"}


@pytest.mark.postgres
@pytest.mark.slow
def test_refresher_on_postgresql_gives_the_store_of_one_sqlite_process(
    tmp_path: Path, runner: CliRunner, pg_url: str
) -> None:
    """``--workers 2`` on PostgreSQL (refreshes planned in their own process, one batch
    behind the writer, written under the advisory lock) against one process on SQLite."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 30, seed=21)
    exports = []
    for db, workers in ((str(tmp_path / "s.db"), 1), (pg_url, 2)):
        store = open_store(db)
        ingest(store, [str(corpus)], workers=workers, batch_size=4)
        store.close()
        exports.append(_export(runner, db))
    sqlite, postgres = exports
    for part in ("articles", "sources", "claims"):
        assert sqlite[part] == postgres[part], part
    assert sqlite["conflicts"]
    assert [_without_id(c) for c in sqlite["conflicts"]] == [
        _without_id(c) for c in postgres["conflicts"]
    ]
