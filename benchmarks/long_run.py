"""One long ingest, sampled: resident memory and articles stored over time.

``python -m benchmarks.long_run --articles 20000 [--every 20] [--workers 1] [--dir DIR] [--jsonl]``

Generates the corpus (``benchmarks.corpus``, deterministic), runs ``claimtrack ingest`` on
it into a new SQLite store in a child process, and every ``--every`` seconds prints the
child's resident and peak memory (``/proc/PID/status``, Linux) and how many articles and
claims the store holds (read-only). Flat memory and a steady rate of articles per second
from the first sample to the last are what bounded memory and near-linear conflicts
mean for a user; the table shows both at a size no unit test could.

``--jsonl`` puts the same articles in one JSON-lines dump (``corpus.jsonl``, one article per
line, in the files' order) and ingests that instead: a dump streams line by line, so its
memory should stay as flat as a folder's.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus


def _status(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) in MB of a live process, (0, 0) once it is gone."""
    values = {"VmRSS:": 0.0, "VmHWM:": 0.0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            parts = line.split()
            if parts and parts[0] in values:
                values[parts[0]] = int(parts[1]) / 1024
    except OSError:
        pass
    return values["VmRSS:"], values["VmHWM:"]


def _counts(db: Path) -> tuple[int, int]:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, 0  # not created yet
    return int(articles), int(claims)


def _dump(corpus: Path, out: Path) -> Path:
    """The corpus's files as one JSON-lines dump, one article per line (streamed)."""
    with out.open("w", encoding="utf-8") as fh:
        for f in sorted(corpus.rglob("*.txt")):
            fh.write(json.dumps({"text": f.read_text(encoding="utf-8")}) + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="one long ingest: memory and rate over time")
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--every", type=float, default=20.0, help="seconds between samples")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--dir", help="where the corpus and the store go (default: temporary)")
    ap.add_argument("--jsonl", action="store_true", help="ingest the corpus as one JSON-lines dump")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ctlong-") as tmp:
        base = Path(args.dir) if args.dir else Path(tmp)
        corpus, db = base / "corpus", base / "store.db"
        if not corpus.exists():
            write_corpus(corpus, args.articles)
        db.unlink(missing_ok=True)
        source = _dump(corpus, base / "corpus.jsonl") if args.jsonl else corpus
        cmd = [sys.executable, "-m", "claimtrack", "--db", str(db), "ingest", str(source)]
        cmd += ["--no-progress", "--workers", str(args.workers)]
        print(f"command: {' '.join(cmd)}\n")
        print("| seconds | articles | claims | articles/s since last | RSS MB | peak MB |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        start = time.monotonic()
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        last_t, last_n, peak = start, 0, 0.0
        while child.poll() is None:
            time.sleep(args.every)
            rss, hwm = _status(child.pid)
            if not rss:
                break  # ended during the sleep
            peak = max(peak, hwm)
            n, claims = _counts(db)
            now = time.monotonic()
            rate = (n - last_n) / (now - last_t)
            print(f"| {now - start:.0f} | {n} | {claims} | {rate:.1f} | {rss:.0f} | {hwm:.0f} |")
            sys.stdout.flush()
            last_t, last_n = now, n
        child.wait()
        n, claims = _counts(db)
        total = time.monotonic() - start
        print(f"\nexit {child.returncode}: {n} articles, {claims} claims in {total:.0f} s")
        print(f"({n / total:.1f} articles/s overall; peak RSS seen {peak:.0f} MB)")
        return child.returncode


if __name__ == "__main__":
    sys.exit(main())
