"""The performance harness: ingest throughput, memory, who-said latency, conflicts scaling.

``python -m benchmarks.run --articles N [--db PATH] [--workers W] [--pg URL] [--smoke]``

Everything is measured in one run on one machine, and the table reports ratios as well as
raw numbers (the machine is shared: compare ratios, not absolute times across runs).

* ingest: a generated corpus (``benchmarks.corpus``) of N/4 and N articles, each ingested in
  a fresh subprocess (so peak RSS is that run's own), with ``--workers 1`` and ``W``;
* conflicts: one store grown in stages to 1x, 4x and 16x of a base size (16x = N articles);
  after each stage, a full ``refresh_conflicts`` and an incremental one (the stage's last
  batch as focus) are timed;
* who-said: the N-article store is grown to 10x and 100x by bulk-copying its rows with SQL
  (``INSERT ... SELECT``, entity keys and the topic's spellings renamed per copy, so a topic
  matches as many claims at every size), then queried: p50/p95 over repeated runs.

``--smoke`` uses tiny sizes (< 30 s) and never fails on timing, only on errors.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.corpus import write_corpus

SPACY_SM_WPS = 6000  # spaCy small English on this machine (see RESULTS.md)
PARTS = ("ingest", "who-said", "conflicts")
TOPIC = "Hmeymim"
TOPIC_SPELLINGS = ("Hmeymim", "Khmeimim", "Hmeimim")


# ------------------------------------------------------------------ helpers


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _fresh_pg(base: str) -> tuple[str, Callable[[], None]]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"claimtrack_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


def _ingest_child(corpus: str, db: str, workers: int, defer: bool = False) -> dict[str, Any]:
    """Run one ingest in a fresh interpreter; returns its timings and peak RSS.
    ``defer``: ``--defer-conflicts`` (store only)."""
    args = [corpus, db, str(workers), *(["defer"] if defer else [])]
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--_child", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _child_main(corpus: str, db: str, workers: int, defer: bool = False) -> None:
    from claimtrack.ingest import ingest
    from claimtrack.store.engine import open_store

    store = open_store(db)
    t0 = time.perf_counter()
    report = ingest(store, [corpus], workers=workers, defer_conflicts=defer)
    seconds = time.perf_counter() - t0
    store.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "new": report.new,
                "claims": report.claims,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


# ------------------------------------------------------------------ store growth


def base_sizes(url: str) -> dict[str, int]:
    """The highest id of each table that ``grow`` copies (taken before the first copy)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        out = {
            t: int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one())
            for t in ("articles", "claims", "entities", "mentions", "entity_spellings")
        }
    engine.dispose()
    return out


def grow(url: str, factor: int, base: dict[str, int]) -> None:
    """Add copies of the ``base`` rows until the store holds ``factor`` times them."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    from claimtrack.store.writer import recount_sources

    engine = create_engine(url)
    with engine.connect() as conn:
        have = int(conn.execute(text("SELECT count(*) FROM articles")).scalar_one())
    a, c, e, m, sp = (
        base["articles"],
        base["claims"],
        base["entities"],
        base["mentions"],
        base["entity_spellings"],
    )
    copies = have // max(1, a)
    tables = list(base)
    text_expr = "text"
    for s in TOPIC_SPELLINGS:
        text_expr = f"replace({text_expr}, '{s}', '{s}' || :suffix)"
    for k in range(copies, factor):
        params = {"suffix": f"x{k}"}
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO entities (id, key, name, kind) SELECT id + :off, "
                    "key || '~' || :suffix, name, kind FROM entities WHERE id <= :base"
                ),
                {**params, "off": k * e, "base": e},
            )
            conn.execute(
                text(
                    "INSERT INTO entity_spellings (id, entity_id, spelling) SELECT id + :off, "
                    "entity_id + :eoff, spelling || '~' || :suffix FROM entity_spellings "
                    "WHERE id <= :base"
                ),
                {**params, "off": k * sp, "eoff": k * e, "base": sp},
            )
            conn.execute(
                text(
                    "INSERT INTO articles (id, path, title, publisher, published, url, text, "
                    "content_hash, extractor_version, ingested_at, relay_source_id, "
                    "conflicts_checked) "
                    "SELECT id + :off, path || '~' || :suffix, title, publisher, published, "
                    "url, text, substr(content_hash, 1, 56) || '~' || :suffix, extractor_version, "
                    "ingested_at, relay_source_id, conflicts_checked "
                    "FROM articles WHERE id <= :base"
                ),
                {**params, "off": k * a, "base": a},
            )
            conn.execute(
                text(
                    'INSERT INTO claims (id, article_id, seq, text, start, "end", cue, '
                    "modality, source_id, reading, group_id) SELECT id + :off, "
                    f'article_id + :aoff, seq, {text_expr}, start, "end", cue, modality, '
                    "source_id, reading, NULL FROM claims WHERE id <= :base"
                ),
                {**params, "off": k * c, "aoff": k * a, "base": c},
            )
            if engine.dialect.name == "sqlite":  # the writer indexes texts (migration 0007)
                conn.execute(
                    text(
                        "INSERT INTO claims_fts (rowid, text) SELECT id, text FROM claims "
                        "WHERE id > :lo AND id <= :hi"
                    ),
                    {"lo": k * c, "hi": (k + 1) * c},
                )
            conn.execute(
                text(
                    "INSERT INTO claim_chain (claim_id, position, source_id, published, "
                    "article_id, seq) SELECT claim_id + :off, position, source_id, published, "
                    "article_id + :aoff, seq FROM claim_chain WHERE claim_id <= :base"
                ),
                {"off": k * c, "aoff": k * a, "base": c},
            )
            conn.execute(
                text(
                    'INSERT INTO mentions (id, claim_id, entity_id, start, "end", surface) '
                    'SELECT id + :off, claim_id + :coff, entity_id + :eoff, start, "end", '
                    "surface FROM mentions WHERE id <= :base"
                ),
                {"off": k * m, "coff": k * c, "eoff": k * e, "base": m},
            )
    with engine.begin() as conn:
        # the copies bypass the writer: recount the per-source counts (migration 0003)
        with Session(bind=conn) as session:
            recount_sources(session)
            session.flush()
        if engine.dialect.name == "postgresql":
            for t in tables:
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), max(id)) FROM {t}")
                )
            conn.execute(text("ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
    engine.dispose()


def date_articles(url: str) -> None:
    """Give the generated (undated) articles dates, nine in ten of them, before growth:
    who-said orders by date (undated last) and ``--since``/``--until`` filter on it."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    day = (
        "date('2024-01-01', '+' || (id % 300) || ' days')"
        if engine.dialect.name == "sqlite"
        else "DATE '2024-01-01' + (id % 300)"
    )
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE articles SET published = {day} WHERE id % 10 <> 0"))
    engine.dispose()


WHO_SAID_QUERIES: dict[str, dict[str, Any]] = {
    f"{TOPIC} (limit 50)": {"topic": TOPIC, "limit": 50},
    f"{TOPIC} (all)": {"topic": TOPIC},
    "--source HUR (limit 50)": {"source": "HUR", "limit": 50},
    "--source HUR --since 2024-06-01 (limit 50)": {
        "source": "HUR",
        "since": date(2024, 6, 1),
        "limit": 50,
    },
    "--source HUR --until 2024-02-01 (limit 50)": {
        "source": "HUR",
        "until": date(2024, 2, 1),
        "limit": 50,
    },
    "--source HUR --article 0000123 (limit 50)": {
        "source": "HUR",
        "article": "0000123",
        "limit": 50,
    },
    f"{TOPIC} --source HUR (limit 50)": {"topic": TOPIC, "source": "HUR", "limit": 50},
    "(no topic, no source: sources summary)": {},
}


def who_said_latency(url: str, reps: int) -> dict[str, tuple[float, float, int]]:
    """p50/p95 (ms) and result size of a few who-said queries."""
    from claimtrack.query import source_summary, who_said
    from claimtrack.store.engine import open_store

    store = open_store(url)
    out: dict[str, tuple[float, float, int]] = {}
    for name, kwargs in WHO_SAID_QUERIES.items():
        times: list[float] = []
        n = 0
        for _ in range(reps):
            with store.session() as s:
                t0 = time.perf_counter()
                n = len(who_said(s, **kwargs).claims) if kwargs else len(source_summary(s))
                times.append((time.perf_counter() - t0) * 1000)
        out[name] = (_pct(times, 0.5), _pct(times, 0.95), n)
    with store.engine.connect() as conn:
        from sqlalchemy import text

        claims = int(conn.execute(text("SELECT count(*) FROM claims")).scalar_one())
    out["_claims"] = (0.0, 0.0, claims)
    store.close()
    return out


def conflicts_scaling(url: str, corpus: Path, base: int) -> list[dict[str, float]]:
    """Grow one store to 1x, 4x, 16x ``base`` articles; time full and incremental refresh."""
    from sqlalchemy import func, select

    from claimtrack.ingest import ingest
    from claimtrack.read import iter_paths
    from claimtrack.store.conflicts import refresh_conflicts
    from claimtrack.store.engine import open_store
    from claimtrack.store.models import ClaimRow

    files = [p for p in iter_paths([str(corpus)]) if isinstance(p, str)]
    store = open_store(url)
    rows: list[dict[str, float]] = []
    done = 0
    for mult in (1, 4, 16):
        upto = min(len(files), base * mult)
        t0 = time.perf_counter()
        ingest(store, files[done:upto])
        ingest_s = time.perf_counter() - t0
        done = upto
        with store.session() as s:
            last = set(s.scalars(select(ClaimRow.id).order_by(ClaimRow.id.desc()).limit(20 * 50)))
            claims = s.scalar(select(func.count()).select_from(ClaimRow)) or 0
        with store.session() as s:
            t0 = time.perf_counter()
            refresh_conflicts(s, focus=last)
            incr = time.perf_counter() - t0
        with store.session() as s:
            t0 = time.perf_counter()
            found = refresh_conflicts(s)
            full = time.perf_counter() - t0
        rows.append(
            {
                "mult": mult,
                "articles": upto,
                "claims": claims,
                "ingest_s": ingest_s,
                "full_s": full,
                "incr_s": incr,
                "conflicts": found,
            }
        )
    store.close()
    return rows


# ------------------------------------------------------------------ main


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"nproc {os.cpu_count()}, {cpu}, Python {platform.python_version()}"


def run_backend(
    label: str,
    make_db: Callable[[str], str],
    tmp: Path,
    n: int,
    workers: int,
    grow_to: int,
    reps: int,
    full: bool,
    parts: frozenset[str] = frozenset(PARTS),
) -> None:
    small = max(4, n // 4)
    corpora = {}
    words = {}
    for size in sorted({small, n}):
        path = tmp / f"corpus-{size}"
        if not path.exists():
            _, words[size] = write_corpus(path, size)
        else:
            _, words[size] = size, json.loads((tmp / f"words-{size}").read_text())
        (tmp / f"words-{size}").write_text(json.dumps(words[size]))
        corpora[size] = path
    print(f"\n## {label}\n")
    if "ingest" in parts:
        run_ingest(make_db, corpora, words, small, n, workers, full)
    if "who-said" in parts:
        db = make_db(f"ingest-{n}-1")
        if "ingest" not in parts:
            _ingest_child(str(corpora[n]), db, 1)
        run_who_said(db, grow_to, reps)
    if "conflicts" in parts:
        run_conflicts(make_db, corpora[n], n)


def run_ingest(
    make_db: Callable[[str], str],
    corpora: dict[int, Path],
    words: dict[int, int],
    small: int,
    n: int,
    workers: int,
    full: bool,
) -> None:
    print(
        "| run | articles | words | claims | seconds | words/s | articles/s | ×spaCy-sm |"
        " peak RSS MB (writer / workers) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    runs = [(small, 1, False), (n, 1, False)]
    runs += [(n, workers, False)] if workers > 1 and full else []
    runs += [(n, 1, True)] + ([(n, workers, True)] if workers > 1 and full else [])
    results: dict[tuple[int, int, bool], dict[str, Any]] = {}
    for size, w, defer in runs:
        db = make_db(f"ingest-{size}-{w}{'-defer' if defer else ''}")
        r = _ingest_child(str(corpora[size]), db, w, defer)
        results[(size, w, defer)] = r
        wps = words[size] / r["seconds"]
        run = f"ingest --workers {w}{' --defer-conflicts' if defer else ''}"
        print(
            f"| {run} | {size} | {words[size]} | {r['claims']} | "
            f"{r['seconds']:.2f} | {wps:,.0f} | {size / r['seconds']:.1f} | "
            f"{wps / SPACY_SM_WPS:.2f} | {r['rss_mb']:.0f} / {r['workers_rss_mb']:.0f} |"
        )
    for defer in (False, True):
        if (n, workers, defer) in results:
            ratio = results[(n, 1, defer)]["seconds"] / results[(n, workers, defer)]["seconds"]
            what = " (--defer-conflicts)" if defer else ""
            print(f"\nspeed-up with --workers {workers}{what}: ×{ratio:.2f}")
    ratio = results[(n, 1, False)]["seconds"] / results[(n, 1, True)]["seconds"]
    print(f"--defer-conflicts against a plain ingest: ×{ratio:.2f}")
    rss_ratio = results[(n, 1, False)]["rss_mb"] / results[(small, 1, False)]["rss_mb"]
    print(f"peak RSS at {n} vs {small} articles: ×{rss_ratio:.2f}")


def run_who_said(db: str, grow_to: int, reps: int) -> None:
    print("\n### who-said latency (ms)\n")
    print("| store | claims | query | p50 | p95 | results |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    date_articles(db)
    sizes = base_sizes(db)
    for factor in [f for f in (1, 10, 100) if f <= grow_to]:
        if factor > 1:
            t0 = time.perf_counter()
            grow(db, factor, sizes)
            grow_s = time.perf_counter() - t0
        else:
            grow_s = 0.0
        lat = who_said_latency(db, reps)
        claims = lat.pop("_claims")[2]
        for q, (p50, p95, k) in lat.items():
            print(f"| ×{factor} | {claims} | {q} | {p50:.1f} | {p95:.1f} | {k} |")
        if grow_s:
            print(f"| (grown ×{factor} by bulk copy in {grow_s:.1f} s) | | | | | |")


def run_conflicts(make_db: Callable[[str], str], corpus: Path, n: int) -> None:
    base = max(2, n // 16)
    print(f"\n### conflicts: one store grown to 1×, 4×, 16× of {base} articles\n")
    print(
        "| size | articles | claims | stage ingest s | full refresh s | incremental s | conflicts |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = conflicts_scaling(make_db("conflicts"), corpus, base)
    for row in rows:
        print(
            f"| {row['mult']:.0f}× | {row['articles']:.0f} | {row['claims']:.0f} | "
            f"{row['ingest_s']:.2f} | {row['full_s']:.3f} | {row['incr_s']:.3f} | "
            f"{row['conflicts']:.0f} |"
        )
    one = rows[0]
    for row in rows[1:]:
        cr = row["claims"] / max(1, one["claims"])
        print(
            f"- {row['mult']:.0f}×: claims ×{cr:.1f}, full refresh ×"
            f"{row['full_s'] / max(1e-9, one['full_s']):.1f}, incremental ×"
            f"{row['incr_s'] / max(1e-9, one['incr_s']):.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--_child":
        _child_main(argv[1], argv[2], int(argv[3]), argv[4:5] == ["defer"])
        return 0
    ap = argparse.ArgumentParser(description="claimtrack performance harness")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--db", help="SQLite file prefix (default: a temporary directory)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("CLAIMTRACK_TEST_PG_URL"))
    ap.add_argument("--grow", type=int, default=100, help="largest who-said store multiple")
    ap.add_argument("--reps", type=int, default=15)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, < 30 s, for CI")
    ap.add_argument(
        "--only",
        action="append",
        choices=PARTS,
        help="run only this part (repeatable); default: all",
    )
    ap.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = ap.parse_args(argv)
    if args.smoke:
        args.articles, args.grow, args.reps = 16, 10, 3
    t_start = time.perf_counter()
    print(f"# claimtrack benchmarks\n\nmachine: {machine()}")
    print(f"command: python -m benchmarks.run {' '.join(argv)}")
    with tempfile.TemporaryDirectory(prefix="ctbench-") as tmpdir:
        tmp = Path(tmpdir)
        prefix = Path(args.db) if args.db else tmp / "store"

        def sqlite_db(name: str) -> str:
            return _sqlite_url(Path(f"{prefix}-{name}.db"))

        parts = frozenset(args.only or PARTS)
        if not args.no_sqlite:
            run_backend(
                "SQLite",
                sqlite_db,
                tmp,
                args.articles,
                args.workers,
                args.grow,
                args.reps,
                True,
                parts,
            )
        if args.pg:
            made: dict[str, str] = {}
            drops: list[Callable[[], None]] = []

            def pg_db(name: str) -> str:
                if name not in made:
                    url, drop = _fresh_pg(args.pg)
                    made[name] = url
                    drops.append(drop)
                return made[name]

            try:
                run_backend(
                    "PostgreSQL",
                    pg_db,
                    tmp,
                    args.articles,
                    args.workers,
                    args.grow,
                    args.reps,
                    not args.smoke,
                    parts,
                )
            finally:
                for drop in drops:
                    drop()
    print(f"\ntotal harness time: {time.perf_counter() - t_start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
