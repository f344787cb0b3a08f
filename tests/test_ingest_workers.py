"""``ingest --workers N`` and several writers at once (PostgreSQL).

The SQLite concurrency test lives in ``tests/test_concurrency.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from benchmarks.corpus import write_corpus
from claimtrack.cli import app
from claimtrack.store.models import ArticleRow, ClaimRow, SourceRow
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
