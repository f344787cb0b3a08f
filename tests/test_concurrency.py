"""No lost data: ingests killed at random moments, and several ingests writing one store.

Each test runs real ``python -m claimtrack`` processes over a generated corpus of ~200
articles, then compares the store with one made by a single clean run (ids ignored).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import write_corpus
from claimtrack.normalise.translit import name_key

pytestmark = pytest.mark.slow

N_ARTICLES = 200


def claimtrack(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimtrack", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def snapshot(db: str) -> dict[str, Any]:
    """The store's content without ids: articles, claims with chains, conflicts.

    Sources are compared by their folded key: a source's display name is the first spelling
    stored (``Andriy`` or ``Andrii Yusov``), which depends on which article was written first.
    """
    result = claimtrack("--db", db, "export", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    articles = Counter((a["path"], a["content_hash"]) for a in data["articles"])
    claim_key = {
        c["id"]: (
            c["article"]["path"],
            c["start"],
            c["end"],
            c["text"],
            c["cue"],
            c["modality"],
            tuple(name_key(s["name"]) for s in c["chain"]),
        )
        for c in data["claims"]
    }
    conflicts = Counter(
        (cf["kind"], tuple(sorted(claim_key[c["id"]] for c in cf["claims"])))
        for cf in data["conflicts"]
    )
    return {
        "articles": articles,
        "claims": Counter(claim_key.values()),
        "sources": sorted(name_key(s["name"]) for s in data["sources"]),
        "conflicts": conflicts,
    }


def integrity_ok(db: str) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        migrated = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        # a kill during the first migration leaves a file with no schema (rolled back)
        if migrated:
            # the full-text index agrees with the claims it indexes
            conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, N_ARTICLES, seed=11)
    return out


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = str(tmp_path_factory.mktemp("clean") / "clean.db")
    result = claimtrack("--db", db, "ingest", str(corpus), "--no-progress", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["new"] == N_ARTICLES
    snap = snapshot(db)
    assert sum(snap["articles"].values()) == N_ARTICLES and snap["claims"]
    return snap


def _files(corpus: Path) -> list[str]:
    return sorted(str(p) for p in corpus.rglob("*.txt"))


def test_killed_ingest_leaves_a_sound_store_and_a_rerun_completes_it(
    corpus: Path, clean: dict[str, Any], tmp_path: Path
) -> None:
    rng = random.Random(20241202)
    # how long a full run takes here, to spread the kills over it
    t0 = time.monotonic()
    claimtrack("--db", str(tmp_path / "timing.db"), "ingest", str(corpus), "--no-progress")
    full = time.monotonic() - t0
    kills = 0
    for round_ in range(3):
        db = str(tmp_path / f"killed-{round_}.db")
        for _ in range(2):  # kill twice: the second run starts from a partial store
            proc = start("--db", db, "ingest", str(corpus), "--no-progress")
            time.sleep(rng.uniform(0.2, full * 0.9))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.communicate(timeout=120)
            if os.path.exists(db):
                integrity_ok(db)
                opened = claimtrack("--db", db, "articles", "--json")
                assert opened.returncode == 0, opened.stderr
        rerun = claimtrack("--db", db, "ingest", str(corpus), "--no-progress", "--json")
        assert rerun.returncode == 0, rerun.stderr
        integrity_ok(db)
        snap = snapshot(db)
        assert snap["articles"] == clean["articles"]
        assert snap["claims"] == clean["claims"]
        assert snap["sources"] == clean["sources"]
        assert snap["conflicts"] == clean["conflicts"]
        again = json.loads(
            claimtrack("--db", db, "ingest", str(corpus), "--no-progress", "--json").stdout
        )
        assert again["new"] == 0 and again["unchanged"] == N_ARTICLES
    assert kills >= 3, "the runs finished before they could be killed: nothing was tested"


def _overlapping_sets(files: list[str], n: int) -> list[list[str]]:
    """n sets, each missing one n-th of the files; every file is in n - 1 sets."""
    return [[f for i, f in enumerate(files) if i % n != k] for k in range(n)]


def _concurrent_ingest(db: str, corpus: Path, processes: int = 4) -> None:
    files = _files(corpus)
    sets = _overlapping_sets(files, processes)
    procs = [start("--db", db, "ingest", *s, "--no-progress", "--json") for s in sets]
    outcomes = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outcomes, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err, err
        summary = json.loads(out)
        assert summary["failed"] == []
        assert summary["new"] + summary["unchanged"] == len(sets[0])
    totals = [json.loads(out) for out, _ in outcomes]
    assert sum(t["new"] for t in totals) == len(files)  # each article stored exactly once


def test_concurrent_sqlite_writers_lose_nothing(
    corpus: Path, clean: dict[str, Any], tmp_path: Path
) -> None:
    db = str(tmp_path / "shared.db")  # new: the processes also race to create and migrate it
    _concurrent_ingest(db, corpus)
    integrity_ok(db)
    snap = snapshot(db)
    assert snap["articles"] == clean["articles"]
    assert snap["claims"] == clean["claims"]
    assert snap["sources"] == clean["sources"]
    assert_conflicts_sound(snap)


def test_concurrent_postgres_writers_lose_nothing(
    corpus: Path, clean: dict[str, Any], pg_url: str
) -> None:
    _concurrent_ingest(pg_url, corpus)
    snap = snapshot(pg_url)
    assert snap["articles"] == clean["articles"]
    assert snap["claims"] == clean["claims"]
    assert snap["sources"] == clean["sources"]
    assert_conflicts_sound(snap)


def assert_conflicts_sound(snap: dict[str, Any]) -> None:
    """Each (pair, kind) once, and conflicts were computed. Which pairs are found depends on
    how the articles were batched (see the xfail test below), so the set is not compared."""
    assert snap["conflicts"] and max(snap["conflicts"].values()) == 1


def _groups(db: str) -> list[tuple[str, ...]]:
    """Corroboration groups as sorted tuples of claim texts (with their article paths)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT g.key, a.path, c.start FROM claims c JOIN claim_groups g ON g.id = c.group_id"
            " JOIN articles a ON a.id = c.article_id"
        ).fetchall()
    finally:
        conn.close()
    by_key: dict[str, list[str]] = {}
    for key, path, start in rows:
        by_key.setdefault(key, []).append(f"{path}:{start}")
    return sorted(tuple(sorted(v)) for v in by_key.values())


def _at_once_and_in_halves(files: list[str], tmp_path: Path) -> tuple[str, str]:
    """Two stores of ``files``: one ingest of all, and two ingests of a half each."""
    one = str(tmp_path / "one.db")
    two = str(tmp_path / "two.db")
    half = len(files) // 2
    assert claimtrack("--db", one, "ingest", *files, "--no-progress").returncode == 0
    assert claimtrack("--db", two, "ingest", *files[:half], "--no-progress").returncode == 0
    assert claimtrack("--db", two, "ingest", *files[half:], "--no-progress").returncode == 0
    return one, two


def test_recompute_does_not_depend_on_how_articles_were_batched(
    corpus: Path, tmp_path: Path
) -> None:
    """``conflicts --recompute`` judges every pair and makes the groups afresh: the same
    articles ingested in one go or in two give the same conflicts and groups after it (the
    incremental result may differ: see the xfail below)."""
    one, two = _at_once_and_in_halves(_files(corpus)[:40], tmp_path)
    for db in (one, two):
        assert claimtrack("--db", db, "conflicts", "--recompute").returncode == 0
    a, b = snapshot(one), snapshot(two)
    assert a["claims"] == b["claims"]
    assert a["conflicts"] and a["conflicts"] == b["conflicts"]
    assert _groups(one) and _groups(one) == _groups(two)


@pytest.mark.xfail(
    strict=False,
    reason="incremental conflict detection is not yet batch-independent: 40 generated "
    "articles in one ingest give 576 conflicts, two ingests of 20 give 587, only 372 of "
    "them in common (the second refresh compares new claims with a bounded set of stored "
    "candidates, and groups are merged greedily as claims arrive); `conflicts --recompute` "
    "gives the same result however the articles were batched (test above)",
)
def test_conflicts_do_not_depend_on_how_articles_were_batched(corpus: Path, tmp_path: Path) -> None:
    one, two = _at_once_and_in_halves(_files(corpus)[:40], tmp_path)
    a, b = snapshot(one), snapshot(two)
    assert a["claims"] == b["claims"]  # extraction is per article: always equal
    assert a["conflicts"] == b["conflicts"]
